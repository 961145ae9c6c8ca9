"""Runs that trail the article (``cleaner/engine/trailers.py``, ``rules/families/trailers.py``): comment
threads and story cards go by their rhythm past the article's end, and an article's own sections
shaped like cards stay; the guard's ``TRAILER`` policy takes nothing inside or before the article."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.engine.blocks import segment
from cleaner.engine.body import Body
from cleaner.engine.guard import decide
from cleaner.engine.trailers import is_stamp
from cleaner.rule_api import Evidence, Mark

LEDE = (
    "The district council approved the new cycle lanes on Tuesday after a two-hour debate, with 31 votes in "
    "favour and 9 against."
)
SECOND = (
    "Work on the first section of the cycle lanes, between the station and the hospital, will start in March "
    "and cost about 2.4 million euros, the council said."
)
SECTIONS = [
    ("What the Cycle Lanes Mean for the Station",
     "Cyclists riding from the station to the hospital will use the new lanes on both sides of the road, the "
     "council said, and the station will get 200 more bicycle stands."),
    ("How the Council Will Pay for the Lanes",
     "The council said the cycle lanes would be paid for from its transport budget and a national grant, and "
     "that the works near the hospital would be done at night."),
    ("When the Second Section of the Lanes Opens",
     "The second section of the cycle lanes, from the hospital to the university, is due to open next year if "
     "the council approves its budget in the spring, the council said."),
]  # fmt: skip
CARDS = [
    ("Lifeboat Crew Rescues Two Kayakers Off the Point",
     "Two kayakers were brought ashore by the volunteer crew after their boat capsized near the lighthouse..."),
    ("Town Bakery Closes After Forty Years on Mill Street",
     "The bakery on the corner of Mill Street served its last loaves on Saturday, and its owners thanked..."),
    ("Summer Festival Tickets Sold Out in Minutes",
     "Tickets for the summer festival sold out within minutes on Thursday, leaving thousands of music fans..."),
]  # fmt: skip
COMMENTS = (
    "駅から病院までの自転車道ができるのは本当にうれしいです、毎朝とても危ないと感じていました。",
    "工事の期間中はバスの時刻表も変わるのでしょうか、市のホームページにはまだ何も書かれていません。",
    "三月からとのことですが、冬の間に準備を進めてほしいと思います。子どもの通学路でもあるので。",
)


def _article() -> list[str]:
    return [LEDE, SECOND, *(line for section in SECTIONS for line in section)]


def _removed_by(text: str) -> dict[str, str]:
    return {removal.text: removal.rule for removal in clean(text).removed}


def test_a_japanese_thread_goes_by_its_rhythm_and_the_article_stays() -> None:
    """Names, dates, comments and the same 返信 under each, no listed label: the comments go, prose
    as they are, and every line of the article stays."""
    thread = []
    for number, comment in enumerate(COMMENTS):
        thread += [f"山田 太郎{number}", f"2025/03/0{number + 1} 10:1{number}", comment, "返信"]
    result = clean("\n\n".join([*_article(), *thread]))
    assert result.text == "\n\n".join(_article())
    removed = {removal.text: removal.rule for removal in result.removed}
    assert all(removed[comment] == "trailers.comment_thread" for comment in COMMENTS)


def test_story_cards_go_and_the_card_shaped_sections_of_the_article_stay() -> None:
    """Title-case headlines over one-line teasers, three in a row, both after the article's lede and
    as cards after its end: the sections name the article's subject, the cards' teasers do not."""
    cards = [line for card in CARDS for line in card]
    result = clean("\n".join([*_article(), *cards]))
    assert result.text == "\n".join(_article())
    removed = {removal.text: removal for removal in result.removed}
    assert {removed[line].rule for line in cards} == {"trailers.story_cards"}
    assert "of their words in the article, under 0.25" in removed[CARDS[0][1]].reason


def test_dated_cards_under_one_link_go() -> None:
    """Cards with a date and the same "Read more" under each go as dated cards."""
    cards = [line for title, teaser in CARDS for line in (title, "14 April 2026", teaser, "Read more")]
    removed = _removed_by("\n".join([*_article(), *cards]))
    assert removed[CARDS[1][1]] == "trailers.story_cards"


def test_a_timeline_of_dated_paragraphs_stays() -> None:
    """Dates between paragraphs (a timeline) have no name or headline beside them: no thread."""
    timeline = []
    for day, (_, text) in zip((3, 10, 17), SECTIONS, strict=True):
        timeline += [f"March {day}, 2025", text]
    text = "\n\n".join([LEDE, SECOND, *timeline])
    assert Body(segment(text)).trailers == ()
    assert clean(text).text.count("\n\n") >= len(timeline) + 1


def test_a_numbered_listicle_is_no_run_of_cards() -> None:
    """Numbered title-case items over short paragraphs about other things are a listicle's items."""
    items = [f"{number}. {title}" for number, (title, _) in enumerate(CARDS, start=1)]
    lines = [LEDE, SECOND, *(line for item, (_, teaser) in zip(items, CARDS, strict=True) for line in (item, teaser))]
    text = "\n".join(lines)
    assert Body(segment(text)).trailers == ()
    assert clean(text).text == text


def test_trailer_marks_stand_only_after_the_article() -> None:
    """The guard lets a TRAILER mark take a line of a thread past the article's end, prose too, and
    refuses it on the article's lines, and on a page whose only paragraphs are the run's."""
    thread = []
    for number, comment in enumerate(COMMENTS):
        thread += [f"山田 太郎{number}", f"2025/03/0{number + 1} 10:1{number}", comment, "返信"]

    def taken(lines: list[str], run: range) -> list[int]:
        marks = [Mark(index, "test.run", "comments", "a run", Evidence.TRAILER) for index in run]
        decision = decide(Body(segment("\n\n".join(lines))), marks)
        return [index for index, mark in enumerate(decision.removals) if mark is not None]

    assert taken([LEDE, SECOND, *thread], range(2, 14)) == list(range(2, 14))
    assert taken([LEDE, SECOND, *thread], range(0, 2)) == []
    assert taken([LEDE, SECOND, *thread], range(0, 14)) == []  # a run claiming every paragraph may be the article
    assert taken(thread, range(0, 12)) == []


def test_measures_and_ages_are_no_dates() -> None:
    """A product's measures ("68g", "6 min") and ages ("vor 3 Stunden") date no unit."""
    lines = ["Weight", "68g", "Battery life", "6 min", "Sensor", "vor 3 Stunden", "time2 minutes ago"]
    assert not any(is_stamp(block) for block in segment("\n".join(lines)))


_CLOSING_QUOTE = (
    '"We must be prepared for any contingency," the Defense Secretary told a joint news conference, '
    "adding that talks would resume after the holiday."
)


_CLOSING_FACT = "The related articles of the treaty, signed in 1945, oblige Tokyo to consult its partners."


@pytest.mark.parametrize(
    "closing",
    [[], ["Rating: 2 out of 60", _CLOSING_QUOTE], ["Rating: 2 out of 60", _CLOSING_FACT]],
    ids=["specs", "specs and quote", "specs and a paragraph naming nothing the article names"],
)
def test_the_lines_over_the_first_card_stay_with_the_article(closing: list[str]) -> None:
    """A listicle's last item ends in short spec lines (and a closing paragraph naming the article's
    people), and story cards follow: the cards go from the first one's headline on, and the item's
    specs and the closing paragraph stay (pages the property tests generated)."""
    said = "Defense Secretary Pete Hegseth said on {} that the plan would strengthen deterrence in the region."
    items = ["1. Squat Rack for Core Lifts", "2. Adjustable Dumbbells for Versatility", "3. Jump Rope for Cardio",
             "4. A Foldable Weight Bench", "5. Resistance Bands for Travel"]  # fmt: skip
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    article = [said.format(days[0])]
    for item, day in zip(items, days[1:], strict=True):
        article += [item, said.format(day)]
    article += ["6. Pull-Up Bar for the Doorway", "Price: about $1 million", "Weight: 2 kg", "Best for: small rooms"]
    article += closing
    cards = ["Hegseth Hegseth Hegseth Hegseth",
             "The home side came from two goals down to beat the league leaders in front of 2 fans.",
             "Hegseth Hegseth Hegseth Hegseth Hegseth",
             "Forecasters expect heavy snow across the northern hills overnight, and drivers are warned.",
             "Hegseth Hegseth Hegseth Hegseth Hegseth Hegseth Hegseth",
             "Tickets for the summer festival sold out within minutes, leaving thousands disappointed.",
             "Hegseth Hegseth Hegseth",
             "Lifeguards rescued two kayakers off the rocky headland after their boat capsized."]  # fmt: skip
    kept = clean("\n".join([*article, *cards])).text.split("\n")
    assert all(line in kept for line in article)


AWARDS = ["Awards", "2018", "Best Visual Effects, Nordic Film Festival", "2015", "Audience Award, Short Film Week",
          "2012", "Special Jury Prize, Animation Days"]  # fmt: skip


def _author_box(person: str, bio: str) -> list[str]:
    return ["About the author", person, "Senior reporter", bio, f"Follow {person.split()[0]} on X"]


def test_an_awards_list_keeps_its_last_item_over_the_authors_boxes_under_it() -> None:
    """Three authors' boxes right under an article's awards list read as story cards (a heading, a
    name and a role over a bio about another subject), the first with the list's last item as its
    headline: that item is the first card's head, and the article's list runs on over it to the
    box's heading, which a rule names (a page the property tests generated)."""
    boxes = [
        *_author_box("Maria García", "Maria García is a reporter at the Pentagon who writes about the defense budget."),
        *_author_box("Lars Eriksen", "Lars Eriksen covers interest rates for Toyota. Before that, he spent 4 years "
                     "as an analyst."),
        *_author_box("Priya Patel", "Priya Patel is the author of 3 books about the merger."),
    ]  # fmt: skip
    text = "\n".join([LEDE, SECOND, *AWARDS, *boxes])
    body = Body(segment(text))
    (run,) = body.trailers
    assert run.kind == "cards" and run.lines.start == 8 and run.head == range(8, 12)  # the last item opens it
    assert body.card_heads == frozenset(range(8, 12))
    result = clean(text)
    assert result.text.split("\n")[: 2 + len(AWARDS)] == [LEDE, SECOND, *AWARDS]
    assert "About the author" not in result.text and "Follow Lars on X" not in result.text


def test_an_awards_list_keeps_its_years_once_the_author_box_under_it_is_gone() -> None:
    """A one-paragraph article ends in an awards list, an author's box under it, story cards, and two
    comment threads repeating comments (no thread by its rhythm, whose texts are printed once: the
    heaviest prose). The first pass follows the article back over the named box to its paragraph;
    once the box's named lines are gone, the next pass goes back from the bio left over the list
    alike, and the list's year stays no counter (a page the property tests generated)."""
    said = "I have lived here for {} years and never seen anything like it, thanks for writing this up."
    comments = ["Does anyone know whether the buses will still stop outside the school while the work goes on?",
                said.format(2), "About time too. We have been asking for this since my kids were small, and they are "
                "grown up now.", said.format(44)]  # fmt: skip
    stamps = ["January 1, 2015 at 1:10 pm", "January 6, 2015", "January 27, 2021 at 4:58 pm", "January 1, 2015"]
    units = zip(stamps, comments, strict=True)
    thread = [line for stamp, comment in units for line in ("Jo Baker", stamp, comment, "Reply")]
    cards = [line for card in CARDS for line in card]
    box = _author_box("Maria García", "Maria García is a reporter at the Pentagon who writes about the defense budget.")
    text = "\n".join([f"{LEDE} {SECOND}", *AWARDS[:2], *box, *cards, *thread[:12], *thread[12:], *thread[4:12]])
    kept = clean(text).text.split("\n")
    assert kept[:3] == [f"{LEDE} {SECOND}", *AWARDS[:2]], kept


SIGNED_COMMENTS = (
    "Finally some good news for cyclists in this town, I have been waiting for these lanes for years.",
    "Will the buses still stop outside the hospital while the works go on? Nobody seems to know.",
    "Great, but who is going to pay for the night works near the hospital in the end?",
)


@pytest.mark.parametrize("verb", ["says:", "sagt:", "dit :", "dice:", "schreef:"])
def test_a_thread_of_signed_comments_goes_and_the_article_stays(verb: str) -> None:
    """Each comment under its signature ("Anna Berg says:") and a date, no button, and a short
    sentence after the thread: the comments go, prose as they are, and the article does not go on
    past them at "Comments are closed." (a thread ends the article)."""
    names = ("Anna Berg", "Tom Vries", "Lea Marchand")
    thread = [
        line
        for day, (name, comment) in enumerate(zip(names, SIGNED_COMMENTS, strict=True), start=3)
        for line in (f"{name} {verb}", f"March {day}, 2025 at 4:1{day} pm", comment)
    ]
    result = clean("\n\n".join([*_article(), *thread, "Comments are closed."]))
    assert result.text == "\n\n".join(_article())
    removed = {removal.text: removal.rule for removal in result.removed}
    assert all(removed[comment] == "trailers.comment_thread" for comment in SIGNED_COMMENTS)


@pytest.mark.parametrize("after", [[SECTIONS[0][1], SECTIONS[1][1]], ["He declined to comment."]])
def test_people_the_article_quotes_under_their_names_stay(after: list[str]) -> None:
    """Three people the article quotes one after another, each under "Name says:" with no date,
    then the article's next paragraph or its closing line: no thread, and every line stays."""
    quotes = [line for name, quote in zip(("Anna Berg", "Tom Vries", "Lea Marchand"), SIGNED_COMMENTS, strict=True)
              for line in (f"{name} says:", quote)]  # fmt: skip
    text = "\n\n".join([LEDE, SECOND, *quotes, *after])
    assert clean(text).text == text


def test_numbered_steps_after_a_numbered_row_stay_before_a_most_read_box_and_a_thread() -> None:
    """A table row opening with "1" before the article's closing steps, a ranked "Most read" box
    and a signed thread after them: the article goes on at "2. Mix" after "1. Preheat", and at "3.
    Bake" after that, so the last step is the article's, not a headline of the box's run (a page
    the property tests generated)."""
    steps = ["1. Preheat the oven", "2. Mix the dry ingredients", "3. Bake for 40 minutes"]
    most_read = ["Most read", "1", CARDS[0][0], "2", CARDS[1][0], "3", CARDS[2][0]]
    thread = [
        line
        for day, comment in enumerate(SIGNED_COMMENTS, start=3)
        for line in ("Anna Berg says:", f"March {day}, 2025 at 4:1{day} pm", comment)
    ]
    table = ["Rank School Score", "1 Stanford 1 41% 47% 738"]
    article = [LEDE, *table, SECOND, "He declined to comment.", *steps]
    result = clean("\n".join([*article, *most_read, *thread]))
    assert result.text == "\n".join(article), result.removed


def test_the_last_paragraph_after_a_credit_over_story_cards_stays() -> None:
    """The article's last paragraph stands alone under a photo credit, right above story cards with no
    heading: the credit, title case as a headline is, makes the paragraph look like the first card,
    but a line a rule names as a credit heads no card, and the article goes on past it (a page the
    property on filler-worded paragraphs generated)."""
    last = "Shares in Toyota fell 4.2% in early trading in Lagos after the report on the merger was released."
    lines = [
        LEDE, SECOND, "Photo by Jane Holloway on Unsplash", last,
        "Hegseth Hegseth Hegseth Hegseth",
        "The home side came from two goals down to beat the league leaders in front of 2 fans.",
        "Hegseth Hegseth Hegseth Hegseth Hegseth",
        "Tickets for the summer festival sold out within minutes, leaving thousands of disappointed music lovers.",
        "Free every Friday",
        "Get the week's best stories from the valley delivered to your inbox every Friday morning, free of charge.",
    ]  # fmt: skip
    assert last not in _removed_by("\n".join(lines))


def test_a_paragraph_after_a_dated_card_in_a_box_inside_the_article_stays() -> None:
    """A "Related Articles" box inside the article prints a card's headline over its date, and the
    article's next paragraph follows; after the article, story cards each dated under the teaser:
    the box's date stands over a paragraph, the cards' under theirs, so they make no run together,
    and the paragraph is no comment of a thread (a page box_continued_articles generated)."""
    after_box = (
        "Looking ahead, residents will be able to have their say at two public meetings in the town hall next week."
    )
    lines = [
        "Defense Secretary Pete Hegseth said on Monday that the plan would strengthen deterrence in the region, "
        "highlighting the focus on the defense budget.",
        "He declined to comment.",
        "Overall, it is a decision that will shape the area for years to come, and four open days will follow in "
        "the school hall in the spring.",
        "It remains to be seen how the plan will work in practice, but three drop-in sessions are due to be held "
        "at the library next month.",
        "Related Articles", "Hegseth Hegseth Hegseth", "January 1, 2015", after_box,
        "Hegseth Hegseth Hegseth", "Rhyl Journal", "Hegseth Hegseth Says", "Rhyl Journal",
        "Hegseth Hegseth Hegseth Hegseth", "Rhyl Journal", "You may also like", "Hegseth Hegseth Hegseth",
        "The home side came from two goals down to beat the league leaders in front of 2 fans.", "January 1, 2015",
        "Hegseth Hegseth Hegseth Hegseth",
        "Forecasters expect heavy snow across the northern hills overnight, and drivers are warned to avoid "
        "mountain passes.",
        "January 1, 2015", "Hegseth Hegseth Says",
        "Tickets for the summer festival sold out within minutes, leaving thousands of disappointed music lovers.",
        "January 1, 2015",
    ]  # fmt: skip
    assert after_box not in _removed_by("\n".join(lines))


def test_paragraphs_under_a_credit_and_a_breadcrumb_inside_the_article_are_no_story_cards() -> None:
    """A photo credit and a breadcrumb line stand between the article's paragraphs, each over a
    paragraph about another place, and a "Related Articles" box of one card follows: by their shape
    the credit and the breadcrumb are the headlines of the first two cards of a row of three, but
    rules name them as a credit and a breadcrumb, not as a card's headline; with one card left the
    row is no run of story cards, and the article's paragraphs under them stay (a page the
    property on noisy articles generated)."""
    lede = (
        "The council approved the new cycle lanes on Tuesday after a two-hour debate, with 31 votes in favour and"
        " 9 against. Work on the first section, between the station and the hospital, will start in March and"
        " cost about 2.4 million euros, the council said. The lanes were first proposed in 2019, when a survey"
        " found that most residents felt unsafe cycling on the main road."
    )
    article = [
        lede,
        "The vote ends a dispute that has divided the town for six years and that twice brought the council close"
        " to collapse over the cost of the works.",
        "Follow the money, one councillor told the meeting, and you will find out who paid for the survey.",
        "In Mumbai, Lars Takenaka told reporters that the government had no intention of raising taxes this year"
        " and that the city council would publish details in January.",
        "Residents will be able to have their say on the lanes at two public meetings in the town hall next week.",
        "The mayor said the lanes would make the town safer for the 4,000 pupils who cycle to school every day.",
    ]
    box = [
        "Related Articles",
        "Lifeboat Crew Rescues Two Kayakers Off the Point",
        "Two kayakers were brought ashore by the volunteer crew after their boat capsized near the lighthouse.",
        "Town Bakery Closes After Forty Years",
        "Valley Gazette",
    ]
    page = [*article[:2], "[사진=Anna de Vries]", article[2], "Home > World > Sports > Business", article[3]]
    removed = _removed_by("\n".join([*page, *box, *article[4:]]))
    assert not set(article) & set(removed), removed
    assert removed["Home > World > Sports > Business"] == "navigation.home_breadcrumb"


def test_a_guide_section_under_a_cross_reference_is_no_story_card() -> None:
    """A guide's last section ("What it costs", a paragraph, two tips) under a cross-reference set
    into the article ("Hauptartikel: …"), story cards after it: the cross-reference, title case as a
    card's headline is, made the section the first card of a run of three. A line a rule names as a
    cross-reference heads no card, so the run is none (:meth:`Body.false_cards`), and it interrupts
    the article (its rule's role, :class:`cleaner.rule_api.Role`) rather than heading a box: the
    article goes on past it, and the section's tips, shaped like headlines, are the article's, not
    a run of story headlines after it (a page the property on sectioned bodies generated)."""
    guide = [
        "Originally published in 1945, the novel was reissued this spring with a new foreword by Pete Hegseth.",
        "Before you start",
        "Siobhan Hegseth, who has led the Pentagon since 1985, said the plan would strengthen deterrence in the"
        " region but declined to give a timetable.",
        "Choosing a provider",
        "Customers who download the app from the App Store will have to verify their identity, the Pentagon said on"
        " Monday.",
        "Defense Secretary Pete Hegseth said on Monday that the plan would strengthen deterrence in the region,"
        " highlighting the focus on the defense budget.",
    ]
    section = [
        "What it costs",
        "Spokesman Jean-Luc Okafor said on Sunday that the alliance remained the cornerstone of security in the"
        " Indo-Pacific, highlighting the focus on the defense budget.",
        "Compare at least three written quotes",
        "Ask for references from recent clients",
    ]
    cards = [
        "Hegseth Hegseth Hegseth Hegseth Hegseth",
        "The home side came from two goals down to beat the league leaders in front of 2 fans.",
        "Hegseth Hegseth Hegseth Hegseth",
        "Police are appealing for witnesses after a vintage tractor was stolen from a farm near the reservoir…",
        "Hegseth Hegseth Hegseth",
        "Lifeguards rescued two kayakers off the rocky headland after their boat capsized in choppy water.",
    ]
    removed = _removed_by("\n".join([*guide, "Hauptartikel: Hegseth Hegseth Hegseth", *section, *cards]))
    assert not set(guide + section) & set(removed), removed


RULING = "Defense Secretary Pete Hegseth said on Monday that the plan would strengthen deterrence in the region."


@pytest.mark.parametrize("glued", ["infobox", "cast"])
def test_an_infobox_between_the_paragraphs_after_a_related_box_stays(glued: str) -> None:
    """Two paragraphs of the article after a "Related Articles" box of cards whose teasers are
    printed twice, an infobox or a cast list glued into one line between them under its heading:
    the article model ends at the box (a paragraph past it may be a teaser), yet a glued list
    right between two paragraphs printed once is the body's, and its shape alone does not take it
    (a page the property on structured bodies generated)."""
    teaser = "Technology Secretary Pete Hegseth indicated the government would offer a fulsome response to the budget."
    infobox = [
        "Lindenau Library",
        "Architect Maria García Built 1998 2002 Floors Four Height 38 m Owner City of Lindenau Style Brutalist"
        " Revival Materials Concrete Glass Oak Awards Civic Trust Award European Prize Visitors Per Year 410000",
    ]
    article = [
        f"{RULING} About 2 people were affected by the defense budget in Tokyo, according to figures released by the"
        " Pentagon on Monday. Analyst Pete Trump said the plan would strengthen deterrence in the region.",
        "Awards", "2018", "Best Visual Effects, Nordic Film Festival", "2015", "Audience Award, Short Film Week",
    ]  # fmt: skip
    box = ["Related Articles", "Hegseth Hegseth Hegseth Hegseth Hegseth Hegseth", "Rhyl Journal", "time2 minutes ago",
           teaser, "Hegseth Hegseth Hegseth Hegseth", "Rhyl Journal", "time2 minutes ago", teaser]  # fmt: skip
    cast = [
        "Cast",
        "Maria García Lars Eriksen Priya Patel Kwame Mensah Olga Petrova Jean-Luc Dupont Siobhan O'Brien Yuki"
        " Sato Ana Da Silva Rahul Khan Chen Wei Tomás Müller Aisha Okafor Joe Kyle",
    ]
    after = [
        "Customers who download the app from the App Store will have to verify their identity, the Pentagon said.",
        *(infobox if glued == "infobox" else cast),
        "Originally published in 2002, the novel was reissued this spring with a new foreword by Ana Hegseth.",
    ]
    removed = _removed_by("\n".join([*article, *box, *after]))
    assert not set(article + after) & set(removed), removed


@pytest.mark.xfail(strict=True, reason="a thread whose dates a pass took outweighs a one-paragraph article")
def test_a_one_paragraph_articles_list_stays_before_a_thread_its_dates_gone() -> None:
    """A one-paragraph article and its list (an awards list, a glued table header and its row),
    then comments under names and dates with "Reply" under each, story cards, and comments each
    under a signature ("Pete Hegseth says:") and a date, two of them printing a comment of the
    first thread again. The first pass takes the dates, the buttons and a signature by their own
    rules; on the second, no run is left to weigh as chrome, the last comments are the heaviest
    prose, and the article's list before them goes as a counter and a glued menu (a page the
    property on signed comment threads generated)."""
    comment = "I have lived here for {} years and never seen anything like it, thanks for writing this up."
    article = [
        "Defense Secretary Pete Hegseth said on Monday that the plan would strengthen deterrence in the region,"
        " highlighting the focus on the defense budget. Customers who download the app from the App Store will"
        " have to verify their identity, the Pentagon said on Monday.",
        "Awards", "2018", "Best Visual Effects, Nordic Film Festival",
        "Ranking in 2023 Business School Previous Ranking International Students Women Average GMAT Score Entering"
        " Fall 2022 Full-Time Acceptance Rate Median Starting Salary Employment Rate At Graduation",
        "1 Stanford 1 41% 47% 738 6.9% $165,000 88.4%",
    ]  # fmt: skip
    thread = []
    for stamp, text in (("January 1, 2015", comment.format(2)), ("January 1, 2015", "About time too. We have been"
                        " asking for this since my kids were small, and they are grown up now."),
                        ("January 1, 2015 at 1:10 pm", comment.format(16))):  # fmt: skip
        thread += ["Pete Hegseth", stamp, text, "Reply"]
    titles = ("Hegseth Hegseth Hegseth", "Hegseth Hegseth Hegseth Hegseth", "Hegseth Hegseth Says")
    cards = [line for title in (*titles, "Hegseth Storm Hegseth", *titles[::2]) for line in (title, "Rhyl Journal")]
    signed = [line for years in (16, 5, 2) for line in ("Pete Hegseth says:", "January 1, 2015", comment.format(years))]
    removed = _removed_by("\n".join(["Hegseth Hegseth Hegseth", *article, *thread, *cards, *signed]))
    assert not set(article) & set(removed), removed
