"""Where the article starts (the page's title, its masthead, the headline) and what interrupts it
(captions, credits, ad slots), and the article's own lines that look like chrome but are not:
a table's rank column, a checklist that holds menu words, a headline under a comment count."""

from __future__ import annotations

import pytest
from test_rule_examples import LAST, LEDE, SECOND

from cleaner import Cleaner, CleanResult, clean
from cleaner.engine.blocks import segment
from cleaner.engine.body import Body


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner(plugins=False)


def removed_by(result: CleanResult) -> dict[str, str]:
    return {removal.text.strip(): removal.rule for removal in result.removed}


def test_the_masthead_between_the_page_title_and_the_headline_goes(cleaner: Cleaner) -> None:
    masthead = ["Wetter", "Lindenau aktuell", "Veranstaltungen", "Anmelden"]
    text = "\n".join(["Council backs water plan | Valley Times", *masthead, "Council backs water plan", "", LEDE,
                      "", SECOND, "", LAST])  # fmt: skip
    result = cleaner.clean(text)
    assert result.text.split("\n\n") == [LEDE, SECOND, LAST]
    assert result.metadata["title"] == "Council backs water plan"
    taken = removed_by(result)
    assert set(masthead) <= taken.keys()
    assert taken["Lindenau aktuell"] == taken["Veranstaltungen"] == "navigation.masthead"  # named by no phrase


@pytest.mark.parametrize(
    ("title", "url", "headline"),
    [
        ("Council backs water plan | Valley Times", "https://www.valleytimes.example/1", "Council backs water plan"),
        ("Valley Times - Council backs water plan", "https://valleytimes.example/a", "Council backs water plan"),
        ("Council backs water plan - ValleyTimesPolitics", "https://valleytimes.example/a", "Council backs water plan"),
        (
            "Valley Times Guide: where to swim this summer - Valley Times",
            "https://valleytimes.example/a",
            "Valley Times Guide: where to swim this summer",
        ),
    ],
)
def test_the_page_title_naming_the_url_s_site_goes_when_the_headline_is_not_printed_again(
    cleaner: Cleaner, title: str, url: str, headline: str
) -> None:
    result = cleaner.clean("\n\n".join([title, LEDE, SECOND, LAST]), url=url)
    assert result.text.split("\n\n") == [LEDE, SECOND, LAST]
    assert removed_by(result)[title] == "extracted.page_title"
    assert result.metadata["title"] == headline


@pytest.mark.parametrize(
    ("first", "url"),
    [
        ("Council backs water plan | Valley Times", None),  # no URL names the site
        ("Council backs water plan | Valley Times", "https://www.riverpost.example/a"),  # another site's name
        ("Valley Times Guide: where to swim this summer", "https://valleytimes.example/a"),  # no separator
        # the first half of a sentence the next line finishes, opening with the site's name
        (
            "Valley Times - The council said the new plan would make the town centre easier to reach\nfor cyclists,"
            " bus users and people who walk, and that work would begin in the spring.",
            "https://valleytimes.example/a",
        ),
    ],
)
def test_a_first_line_that_names_no_site_of_the_url_stays(cleaner: Cleaner, first: str, url: str | None) -> None:
    result = cleaner.clean("\n\n".join([first, LEDE, SECOND, LAST]), url=url)
    assert all(removal.rule != "extracted.page_title" for removal in result.removed)


def test_a_headline_over_the_article_is_the_title_before_the_page_s_own_title_line(cleaner: Cleaner) -> None:
    text = "\n\n".join(["How to plan a garden | Valley Times", "Five steps to a greener yard", LEDE, SECOND, LAST])
    result = cleaner.clean(text, url="https://valleytimes.example/garden")
    assert "How to plan a garden | Valley Times" not in result.text
    assert result.metadata["title"] == "Five steps to a greener yard"


def test_a_rank_column_counts_rows_and_stays(cleaner: Cleaner) -> None:
    """A table longer than the article's tail reaches: its rank column is not a row of counters."""
    states = ("Alaska", "Wyoming", "Montana", "Ohio", "Kansas", "Iowa", "Utah", "Maine", "Texas", "Idaho", "Nevada",
              "Oregon", "Alabama", "Georgia", "Vermont")  # fmt: skip
    rows = ["Rank", "State", "Rate"]
    for rank, state in enumerate(states, 1):
        rows += [str(rank), state, f"${40 + rank}.50"]
    text = "\n".join([LEDE, "", SECOND, "", *rows, "", "Share", "12"])
    result = cleaner.clean(text)
    assert result.text.split("\n")[4:] == rows
    assert removed_by(result)["12"] == "fragments.counter"


def test_years_heading_a_list_s_entries_are_no_counters_where_chrome_outweighs_the_article(
    cleaner: Cleaner,
) -> None:
    """A two-paragraph article under a "Comments" subheading, closing on an awards list, then an
    author's box, runs of story headlines and a comment thread: prose heavier than the article, so
    the article's model may not reach the list. The years run down the calendar, each over its
    entry: they head a dated list, not counts (the random property profile's example)."""
    lede = "Customers who download the app from the App Store will have to verify their identity, the Pentagon said."
    awards = ["Awards", "2018", "Best Visual Effects, Nordic Film Festival", "2015", "Audience Award, Short Film Week",
              "2012", "Special Jury Prize, Animation Days"]  # fmt: skip
    bio = "Pete Hegseth is a reporter at the Pentagon who writes about the defense budget."
    author = ["About the author", "Pete Hegseth", "Senior reporter", bio, "Follow Pete on X"]
    titles = ("Hegseth Hegseth Hits", "Storm Hegseth Hegseth", "Hegseth Tariffs Hegseth", "Hegseth Hegseth Hegseth",
              "Hegseth Hegseth Hegseth Hegseth", "Hegseth Hegseth Hegseth Hegseth Hegseth")  # fmt: skip
    headlines = [line for title in titles for line in (title, "Rhyl Journal")]  # thirteen lines and more
    comments = []
    for said in (
        "I have lived here for 9 years and never seen anything like it, thanks for writing this up.",
        "About time too. We have been asking for this since my kids were small, and they are grown up now.",
        "Great article, but you forgot to mention the parking problem on the side streets near the market.",
    ):
        comments += ["Pete Hegseth", "January 1, 2015", said, "Reply"]
    page = [lede, "Comments", "He declined to comment.", *awards, *author, *headlines, *comments, *headlines[:6]]
    assert "\n".join(awards) in cleaner.clean("\n".join(page)).text


def test_counts_out_of_calendar_order_are_counters(cleaner: Cleaner) -> None:
    """Numbers in the years' range that do not run one way through the calendar are counts."""
    widgets = ["Share", "2014", "Likes", "1999", "Views", "2030"]
    result = cleaner.clean("\n".join([LEDE, "", SECOND, "", LAST, "", *widgets]))
    assert {removed_by(result).get(count) for count in ("2014", "1999", "2030")} == {"fragments.counter"}


def test_page_numbers_on_adjacent_lines_are_counters(cleaner: Cleaner) -> None:
    result = cleaner.clean("\n".join([LEDE, "", SECOND, "", LAST, "", "1", "2", "3", "4", "Next"]))
    assert result.text.split("\n\n") == [LEDE, SECOND, LAST]


def test_menu_words_among_a_checklist_in_the_article_stay(cleaner: Cleaner) -> None:
    """Outside the article's core a run with a few menu words is a menu by its place; inside the
    article that place says nothing, and "FAQs" among the items names nothing either."""
    checklist = ["Your love story", "Event details", "Entertainment", "Travel accommodations", "FAQs", "Registry"]
    opening = "Here is what the couple planned for the big day in June."
    text = "\n".join([opening, *checklist, "", SECOND, "", LEDE, "", LAST])
    result = cleaner.clean(text)
    assert all(line in result.text.split("\n") for line in checklist), result.removed


def test_a_checklist_running_into_a_menu_inside_the_article_keeps_its_menu_word(cleaner: Cleaner) -> None:
    """A list of the article's that ends in a menu word and runs straight into a menu: inside the
    article a mixed run names none of its lines, so "Entertainment" is not taken as a menu word."""
    checklist = ["Your love story", "Event details", "Entertainment"]
    text = "\n".join([LEDE, "", SECOND, *checklist, "Home", "World", "Sports", LAST, "", LEDE.replace(".", "!")])
    result = cleaner.clean(text)
    assert all(line in result.text.split("\n") for line in checklist), result.removed


def test_a_comment_count_before_the_article_takes_no_headline(cleaner: Cleaner) -> None:
    text = "\n".join(["Responses", "How the valley got its water back", "Jane Holloway", "", LEDE, "", SECOND])
    result = cleaner.clean(text)
    assert removed_by(result).get("Responses") == "social.comment_section"
    assert "How the valley got its water back" not in removed_by(result)
    assert "Jane Holloway" in result.text.split("\n")


@pytest.mark.parametrize(
    "interruption",
    [
        "The new weir on the river at dawn (Photo: Jane Holloway)",
        "Das neue Wehr am Fluss im Morgengrauen. Foto: Peter Brandt",
        "Le nouveau barrage au lever du jour (Crédit photo : Marie Dupont)",
        "La nueva presa al amanecer (Maria Lopez / Associated Press)",
        "Imagen: Carlos Ruiz",
        "写真：共同",
        "Getty Images",
        "Advertisement – Harbour Furniture Store",
        "Bei Amazon kaufen",
        "Check price at Amazon",
    ],
)
def test_captions_credits_and_ad_slots_inside_the_article_go(cleaner: Cleaner, interruption: str) -> None:
    result = cleaner.clean("\n\n".join([LEDE, interruption, SECOND, LAST]))
    assert result.text.split("\n\n") == [LEDE, SECOND, LAST], result.held
    assert removed_by(result)[interruption].split(".")[0] in {"captions", "promos", "extracted"}


@pytest.mark.parametrize(
    "line",
    [
        "Pictures of the flood, taken by residents on their phones, were shared thousands of times online.",
        "The minister (AP) and her deputy left the talks early, the agency said in a statement on Friday.",
        "Image quality",
        "Megger Digital/Analog Insulation Tester",
    ],
)
def test_lines_that_only_look_like_credits_stay(cleaner: Cleaner, line: str) -> None:
    result = cleaner.clean("\n\n".join([LEDE, line, SECOND, LAST]))
    assert line in result.text.split("\n\n"), result.removed


def test_a_dated_list_after_an_interruption_keeps_its_years(cleaner: Cleaner) -> None:
    """Past the article's end as the page shows it (a listing interrupts it), a year over a line of
    words still heads an entry of the article's list, not a count."""
    awards = ["Awards", "2018", "Best Visual Effects, Nordic Film Festival", "2015", "Audience Award, Short Film Week"]
    listing = ["Related Articles", *["Harbour works", "Valley Times", "time2 minutes ago"] * 2]
    checklist = ["Your love story", "Event details", "Entertainment", "Travel accommodations", "FAQs", "Registry"]
    text = "\n".join([LEDE, SECOND, *checklist, *listing, "He declined to comment.", *awards])
    result = cleaner.clean(text)
    kept = result.text.split("\n")
    assert all(line in kept for line in awards), result.removed


@pytest.mark.parametrize(
    "credit",
    [
        "Photo: © 2024 Jane Holloway",
        "The old harbour bridge at dusk, seen from the ferry terminal (© 2024 Jane Holloway)",
        "The old harbour bridge at dusk, seen from the ferry terminal (©Jane Holloway)",
        "The old harbour bridge at dusk, seen from the ferry terminal | © 2019 Anna de Vries",
        "Die neue Brücke über den Mühlbach am Dienstag (Foto © dpa)",
        "Le nouveau pont sur la rivière, mardi matin (Crédit photo © 2023 Marie Dupont)",
    ],
)
def test_past_an_ad_label_and_a_copyright_credit_the_closing_question_keeps_its_list(
    cleaner: Cleaner, credit: str
) -> None:
    """An ad label and a photo's credit with its copyright sign (on a line of its own, reading as a
    rights notice too, or in parentheses closing a caption with no label's colon) stand between
    the last paragraph and the article's closing question, then the list it closes with: the
    credit interrupts the article, so past the ad label's box the question carries it on, and
    "Awards" and "2018" are its list, no short line or counter after it (pages the property on
    closing lists drew)."""
    question, awards = "Will the council listen?", ["Awards", "2018"]
    text = "\n".join([LEDE, SECOND, LAST, "Advertisement", credit, question, *awards, "Download the app"])
    result = cleaner.clean(text)
    taken = removed_by(result)
    assert taken.keys() == {"Advertisement", credit, "Download the app"}, taken


def test_short_lines_after_the_article_go_and_its_own_stay(cleaner: Cleaner) -> None:
    """After the article's last paragraph, a short line goes by its shape (a button, a footer link,
    a name over a comment, in any language), but not the article's closing sentence, nor a list
    right after its last paragraph."""
    steps = ["Step one", "Step two", "Step three"]
    chrome = ["Weiterlesen", "Jo Baker", "Kontakt", "Mentions légales"]
    text = "\n".join([LEDE, SECOND, LAST, *steps, "Nobody was hurt.", "", *chrome])
    result = cleaner.clean(text)
    assert result.text.split("\n") == [LEDE, SECOND, LAST, *steps, "Nobody was hurt."]
    assert removed_by(result)["Jo Baker"] == "fragments.after_article"


def test_a_listicle_keeps_its_items_and_loses_the_headlines_after_it(cleaner: Cleaner) -> None:
    """Numbered items, each over a short list, run past an interruption's length; the story
    headlines after the article's share bar go, in any language, with no heading naming them.
    (Right after the last paragraph, with nothing named between, lines like these may be a list
    the article ends with, and stay.)"""
    items = []
    for number, name in enumerate(("Lavendel", "Rosmarin", "Thymian", "Salbei", "Oregano"), start=1):
        items += [f"{number}. {name} für trockene Beete", f"Höhe: {20 + 10 * number} cm", f"Abstand: {5 * number} cm"]
    headlines = ["Stadtrat beschließt neue Parkgebühren für die Innenstadt",
                 "Freibad öffnet nach Sanierung schon Anfang Mai",
                 "Bäckerei am Marktplatz schließt nach siebzig Jahren"]  # fmt: skip
    result = cleaner.clean("\n".join([LEDE, SECOND, *items, LAST, "", "Teilen", *headlines]))
    assert [line for line in result.text.split("\n") if line] == [LEDE, SECOND, *items, LAST]
    assert {removed_by(result)[line] for line in headlines} == {"related.headline_run"}


def test_the_article_goes_on_after_a_listing_to_a_bare_number_of_its_own(cleaner: Cleaner) -> None:
    """A listing interrupts the article (its teaser printed twice), and the article goes on with a
    short sentence, a code sample and the number it prints: the number is not a counter."""
    teaser = "Technology Secretary Pete Hegseth indicated the government would offer a fulsome response."
    listing = ["Related Articles", "Hegseth Hegseth Hegseth", teaser]
    code = ["def area(width, height):", "    return width * height", "print(area(3, 4))", "12"]
    text = "\n".join([LEDE, *listing, SECOND, "Your love story", "Event details", "Entertainment", *listing,
                      "He declined to comment.", *code])  # fmt: skip
    kept = cleaner.clean(text).text.split("\n")
    assert all(line in kept for line in ["He declined to comment.", *code])


_TEASER = "A senior official in Manila had told a newspaper that the ceasefire was being reviewed line by line."
_ONCE = "Technology Secretary Pete Hegseth indicated the government would offer a fulsome response to the budget."
_CARD = ["Hegseth Hegseth Hegseth", "Rhyl Journal", "time2 minutes ago"]


@pytest.mark.parametrize(
    "listing",
    [
        # a teaser printed once among the cards: no reason to end the article before its closing line
        ["Related Articles", *_CARD, _TEASER, *_CARD, _ONCE, *_CARD, *_CARD, _TEASER],
        # the heading and cards go in a first pass; the next pass, without them in view, still
        # sees the listing by its teaser printed twice, and the article goes on past it
        ["Related Articles", *_CARD, _TEASER, "Hegseth Hegseth Hegseth", "Hegseth Hegseth Hegseth Hegseth",
         "Hegseth Hegseth Hegseth Hegseth Hegseth", "Glasgow Times", "time2 minutes ago", _TEASER],
    ],
    ids=["teaser printed once", "listing gone in a first pass"],
)  # fmt: skip
def test_the_article_goes_on_after_a_listing_to_its_closing_line_and_code(cleaner: Cleaner, listing: list[str]) -> None:
    """The article goes on past a "Related" listing at its closing sentence, and the code sample
    after that sentence is the article's, not short lines after it (pages the property tests
    generated)."""
    said = "Defense Secretary Pete Hegseth said on {} that the plan would strengthen deterrence in the region, "
    paragraphs = [said.format("Monday") + "highlighting the focus on the defense budget.",
                  said.format("Tuesday") + "highlighting the focus on the defense budget.",
                  said.format("Monday") + "highlighting the focus on the trade talks."]  # fmt: skip
    code = ["def area(width, height):", "    return width * height", "print(area(3, 4))", "12"]
    article = [*paragraphs, "Awards", "2018"]
    text = "\n".join(["Hegseth Hegseth Hegseth", *article, *listing, "He declined to comment.", *code])
    kept = cleaner.clean(text).text.split("\n")
    assert all(line in kept for line in [*article, "He declined to comment.", *code])


def test_a_list_of_dates_inside_the_article_stays_and_a_date_stamp_goes(cleaner: Cleaner) -> None:
    """A bare date is a shape: inside the article it may be an item of a list of event dates. A date
    with its time of day, or with a byline after a bar, stamps a post or a comment wherever it is."""
    dates = ["June 12, 2026", "June 19, 2026", "June 26, 2026"]
    stamps = ["November 18, 2019 at 2:01 pm", "September 10, 2018 | by Jane Roe"]
    text = "\n".join([LEDE, SECOND, "The weekends are:", *dates, LAST, stamps[0], stamps[1]])
    result = cleaner.clean(text)
    assert all(line in result.text.split("\n") for line in dates), result.removed
    assert {removed_by(result)[line] for line in stamps} == {"fragments.date_stamp"}


def test_the_article_before_a_long_interruption_with_a_listing_is_the_article(cleaner: Cleaner) -> None:
    """The heaviest prose comes after an interruption longer than twelve lines (a checklist, a
    subheading and a "Related" listing whose cards print the page's title again): the paragraphs
    before it are still the article's, not a masthead between the title and a headline printed
    again (a page the property tests generated)."""
    caption = "The old harbour bridge at dusk, seen from the ferry terminal (Photo: Jane Holloway)"
    said = "Defense Secretary Pete Hegseth said on {} that the plan would strengthen deterrence in the region, "
    checklist = ["Your love story", "Event details", "Entertainment", "Travel accommodations", "FAQs", "Registry"]
    article = ["Defense Secretary Pete Hegseth",
               "said on Monday that the plan would strengthen deterrence in the region, highlighting the trade talks.",
               said.format("Monday") + "highlighting the focus on the defense budget.",
               *checklist, "What the council decided"]  # fmt: skip
    listing = ["Related Articles", "Hegseth Hegseth Hegseth", "Hegseth Hegseth Hegseth", "Rhyl Journal",
               "time2 minutes ago", "Hegseth Hegseth Hegseth",
               "Technology Secretary Pete Hegseth indicated the government would offer a response."]  # fmt: skip
    last = said.format("Tuesday") + "highlighting the focus on the defense budget."
    text = "\n".join(["Hegseth Hegseth Hegseth", caption, caption, *article[:2], caption, *article[2:], *listing,
                      last, "He declined to comment."])  # fmt: skip
    kept = cleaner.clean(text).text.split("\n")
    assert all(line in kept for line in [*article, last, "He declined to comment."])


_AWARDS = ["Awards", "2018", "Best Visual Effects, Nordic Film Festival", "2015", "Audience Award, Short Film Week"]
_HEADLINE_RUN = ["Harbour Works Begin Again", "Rhyl Journal", "Valley Road Closed", "Rhyl Journal",
                 "Council Vote Delayed", "Rhyl Journal", "School Roof Repaired", "Rhyl Journal"]  # fmt: skip
_CARD_ROW = [
    "Home Side Comes Back",
    "The home side came from two goals down to beat the league leaders in front of 2,000 fans.",
    "Snow Warning For Hills",
    "Forecasters expect heavy snow across the northern hills overnight, and drivers are warned to avoid passes.",
    "Orchid Found In Quarry",
    "A rare orchid not seen in the valley for 20 years has been found by volunteers clearing an old quarry.",
    "Festival Tickets Sold Out",
    "Tickets for the summer festival sold out within minutes, leaving thousands of fans disappointed.",
]


@pytest.mark.parametrize("closing", [[], ["He declined to comment."]], ids=["list", "short sentence and list"])
def test_a_one_paragraph_article_keeps_the_years_of_its_awards_list_before_a_heavier_row_of_cards(
    cleaner: Cleaner, closing: list[str]
) -> None:
    """A one-paragraph article ends in an awards list; story headlines follow, longer than an
    interruption, then a row of headlines over teasers that weighs more than the article: the
    heaviest prose is that row, yet the article followed from its paragraph reaches it, so the
    article starts there and the years heading the list's entries are no counters (a page the
    property tests generated)."""
    text = "\n".join([LEDE, *closing, *_AWARDS, *_HEADLINE_RUN, *_CARD_ROW])
    body = Body(segment(text))
    assert body.core.start > len(closing) + len(_AWARDS) and body.core_is_card_row
    assert body.article_from_before(body.article_with_tail(()), ()).start == 0
    kept = cleaner.clean(text).text.split("\n")
    assert all(line in kept for line in [LEDE, *closing, *_AWARDS]), kept


_HEGSETH = (
    "Defense Secretary Pete Hegseth said on Monday that the plan would strengthen deterrence in the region, "
    "highlighting the focus on the defense budget."
)
_COMMENTS = [
    "Does anyone know whether the buses will still stop outside the school while the work goes on?",
    "About time too. We have been asking for this since my kids were small, and they are grown up now.",
    "Great article, but you forgot to mention the parking problem on the side streets near the market.",
]
_SAME_NAME_CARDS = [
    "Hegseth Hegseth Hegseth", "The home side came from two goals down to beat the league leaders in front of 2 fans.",
    "Hegseth Hegseth Hegseth Hegseth",
    "Forecasters expect heavy snow across the northern hills overnight, and drivers are warned to avoid mountain "
    "passes.",
    "Hegseth Hegseth Hegseth Hegseth Hegseth",
    "The home side came from two goals down to beat the league leaders in front of 3 fans.",
]  # fmt: skip


@pytest.mark.parametrize("stamp", [["January 1, 2015"], []], ids=["dated thread", "its dates taken"])
def test_a_one_paragraph_article_keeps_its_awards_list_before_a_menu_and_a_signed_thread(
    cleaner: Cleaner, stamp: list[str]
) -> None:
    """A one-paragraph article, its awards list, a menu, then a thread of comments each under "Name
    says:". Dated, the thread trails the article; once a pass has taken its dates, the comments
    under their names are the heaviest prose, a row of units whose heads say nothing of whether
    they are quotes or comments: the article opens the page at its one paragraph either way, and
    its list is no menu run however many menu words follow it (a page the property tests
    generated)."""
    awards = [*_AWARDS, "2012", "Special Jury Prize, Animation Days"]
    thread = [line for comment in _COMMENTS for line in ["Pete Hegseth says:", *stamp, comment]]
    text = "\n".join([_HEGSETH, *awards, "Home", "World", "Sports", "Business", "Politics", *thread])
    if not stamp:
        body = Body(segment(text))
        assert body.core.start > len(awards) and body.core_is_row
    result = cleaner.clean(text)
    kept = result.text.split("\n")
    assert all(line in kept for line in [_HEGSETH, *awards]), result.removed


@pytest.mark.parametrize(
    "between",
    [
        ["Comments", "He declined to comment.", "Awards", "2018", "Rank", "State", "Rate", "1", "Alaska", "$14.55",
         "2", "Wyoming", "$43.88", "3", "Montana", "$45.57"],
        ["Awards", "2018", "Best Visual Effects, Nordic Film Festival", "2015",
         *["Hegseth Hegseth Hegseth", "Rhyl Journal", "Hegseth Hegseth Says", "Rhyl Journal"] * 2],
    ],
    ids=["table after the list's year", "headline run after the list"],
)  # fmt: skip
def test_a_one_paragraph_article_keeps_the_years_of_its_list_before_a_row_of_short_headed_cards(
    cleaner: Cleaner, between: list[str]
) -> None:
    """A one-paragraph article closes with a list headed by years, then more lines than an
    interruption holds, then story cards whose heads are too short for headlines: the cards are
    the heaviest prose, a row of units, and the article opens the page at its one paragraph, so a
    year heading an entry of its list is no counter, one year or two (pages the property tests
    generated)."""
    text = "\n".join([_HEGSETH, *between, *_SAME_NAME_CARDS])
    body = Body(segment(text))
    assert body.core.start > len(between) and body.core_is_row and not body.core_is_card_row
    result = cleaner.clean(text)
    kept = result.text.split("\n")
    article = [line for line in between if line != "Comments" and "Hegseth" not in line and line != "Rhyl Journal"]
    assert all(line in kept for line in [_HEGSETH, *article]), result.removed


def test_a_closing_list_before_an_author_box_and_a_thread_keeps_its_date(cleaner: Cleaner) -> None:
    """A one-paragraph article closes with a short sentence and a list of dates; an author's box and
    a dated comment thread follow, the commenter named as the author is: the list's heading over its
    date reads as the first unit's head of the thread, which takes the list for that unit, yet the
    list ends at the box's heading a rule names, so it is the article's closing list and its date
    is no date stamp (a page the property tests generated)."""
    closing = ["He declined to comment.", "Dates", "June 12, 2026"]
    box = [
        "About the author",
        "Pete Hegseth",
        "Senior reporter",
        "Pete Hegseth is a reporter at the Pentagon who writes about the defense budget.",
        "Follow Pete on X",
    ]
    thread = [line for comment in _COMMENTS for line in ["Pete Hegseth", "January 1, 2015", comment, "Reply"]]
    text = "\n".join([_HEGSETH, "Advertisement", *closing, *box, *thread])
    result = cleaner.clean(text)
    kept = result.text.split("\n")
    assert all(line in kept for line in [_HEGSETH, *closing]), result.removed


def test_a_paragraph_after_a_caption_keeps_its_awards_list(cleaner: Cleaner) -> None:
    """A photo caption a rule names interrupts the article after a table as long as an interruption;
    the article goes on past the caption with a paragraph and its awards list before a "Related"
    box: the caption ends nothing, so the list's years are no counters (a page the property tests
    generated)."""
    caption = "The old harbour bridge at dusk, seen from the ferry terminal (Photo: Jane Holloway)"
    table = ["Rank", "State", "Rate", "1", "Alaska", "$14.55", "2", "Wyoming", "$43.88", "3", "Montana", "$45.57"]
    awards = [*_AWARDS, "2012", "Special Jury Prize, Animation Days"]
    teaser = "Technology Secretary Pete Hegseth indicated the government would offer a fulsome response."
    related = ["Related Articles", "Harbour Works Begin Again", teaser]
    text = "\n".join([LEDE, SECOND, *table, caption, LAST, *awards, *related])
    result = cleaner.clean(text)
    kept = result.text.split("\n")
    assert all(line in kept for line in [LEDE, SECOND, *table, LAST, *awards]), result.removed
    assert removed_by(result)[caption] == "extracted.photo_caption"


def test_a_checklist_before_a_feed_notice_printed_twice_stays_in_the_article(cleaner: Cleaner) -> None:
    """A paragraph and its checklist (menu words among the items), then a feed notice the page prints
    again at its end, then the heavier rest of the article: the notice printed twice names its box
    as a rule's mark does, so the article goes back over it to the checklist's paragraph, and the
    checklist is no menu run (a page the property tests generated)."""
    notice = "This article was generated from an automated news agency feed without modifications to text."
    checklist = ["Your love story", "Event details", "Entertainment", "Travel accommodations", "FAQs"]
    broken = ["About 2 people were affected by the defense budget in Tokyo, according",
              "to figures released by the Pentagon on Monday."]  # fmt: skip
    said = "Defense Secretary Pete Hegseth said on Monday that the plan would strengthen deterrence in the region."
    first = "Related studies published in 1945 found a similar effect among children under five, the authors said."
    text = "\n".join([first, *checklist, notice, *broken, said, "He declined to comment.", notice])
    result = cleaner.clean(text)
    assert result.text.split("\n") == [first, *checklist, *broken, said, "He declined to comment."], result.removed


def test_a_closing_table_whose_rank_repeats_a_number_above_it_stays(cleaner: Cleaner) -> None:
    """The article's last paragraph is followed by a bare number and a ranking table whose first rank
    repeats it: the rank is the table's cell, not a copy of anything, and the table is the article's."""
    rank = ["Rank", "State", "Rate", "1", "Alaska", "$14.55", "2", "Wyoming", "$43.88", "3", "Montana", "$45.57"]
    result = cleaner.clean("\n".join([LEDE, SECOND, "1", *rank]))
    assert result.text.split("\n") == [LEDE, SECOND, "1", *rank], result.removed


def test_a_phone_number_the_footer_prints_again_goes_and_a_date_a_table_prints_again_stays(cleaner: Cleaner) -> None:
    """A figure printed twice is weighed by its shape (a rank or a year repeats in a table by
    chance), unless it holds as many digits as a phone number: the footer's copy of the masthead's
    phone number then names the footer, right after the last paragraph too, and it goes with the
    footer's links under it; a date a closing table prints twice stays."""
    phone = "+1 (734) 409-7256"
    footer = [phone, "Services", "Contact"]
    result = cleaner.clean("\n".join(["Call us today", phone, "Council backs water plan", LEDE, SECOND, LAST, *footer]))
    assert result.text.split("\n")[-1] == LAST, result.removed
    assert result.text.split("\n").count(phone) == 1
    table = ["Date", "Event", "12.07.2026", "Opening night", "12.07.2026", "Guided walk", "19.07.2026", "Concert"]
    result = cleaner.clean("\n".join([LEDE, SECOND, *table]))
    assert result.text.split("\n") == [LEDE, SECOND, *table], result.removed


def test_a_listicle_goes_on_past_a_caption_at_its_next_item() -> None:
    """A photo caption stands between a listicle's fourth item and its fifth, whose short list of
    facts ends the article before a run of story headlines: the article goes on at its next
    numbered item past the caption, and the item and its facts are no short lines after it (a page
    the property tests generated)."""
    caption = "The old harbour bridge at dusk, seen from the ferry terminal (Photo: Jane Holloway)"
    items = [
        "Defense Secretary Pete Hegseth said on Monday that the plan would strengthen deterrence in the region, "
        "highlighting the focus on the defense budget.",
        "1. Squat Rack for Core Lifts",
        "Customers who download the app from the App Store will have to verify their identity, the Pentagon said "
        "on Tuesday.",
        "2. Adjustable Dumbbells for Versatility",
        "Prime Minister Pete Hegseth said on Monday that the plan would strengthen deterrence in the region, "
        "highlighting the focus on the defense budget.",
        "3. Jump Rope for Cardio",
        "Price: about $1 million",
        "Weight: 3 kg",
        "4. A Foldable Weight Bench",
        "Weight: 2 kg",
        "Price: about ¥1",
    ]
    last = ["5. Resistance Bands for Travel", "Price: about $1 billion", "Rating: 2 out of 60"]
    run = [
        "Hegseth Hegseth Hegseth",
        "Rhyl Journal",
        "Hegseth Hegseth Says",
        "Rhyl Journal",
        "Hegseth Hegseth Hegseth Hegseth",
        "Rhyl Journal",
    ]
    kept = clean("\n".join([*items, caption, *last, *run])).text.split("\n")
    assert all(line in kept for line in [*items, *last]), kept


def test_a_table_whose_first_rank_repeats_a_counter_over_the_article_stays(cleaner: Cleaner) -> None:
    """A comment count "1" stands between a photo caption and the article's first paragraph, and
    the article closes with a short sentence and a table's header row over its first rank "1": the
    rank printing the same number is no copy of the counter, and the table's rows are the
    article's, not short lines after it (a page the property tests generated)."""
    caption = "Volunteers clear the river bank below the old mill on Saturday (Photo: Anna Berg)"
    table = ["Rank", "District", "Turnout", "1"]
    text = "\n".join(["Council backs water plan", caption, "1", LEDE, "Nobody was hurt.", *table])
    result = cleaner.clean(text)
    assert result.text.split("\n")[-6:] == [LEDE, "Nobody was hurt.", *table], result.removed


def test_a_listicle_whose_items_a_caption_interrupts_each_is_no_run_of_headlines(cleaner: Cleaner) -> None:
    """A listicle's items (a numbered name over its facts) each stand under a photo caption, and
    more lines than an interruption holds lie between the first paragraph and the last: the
    captions go, but the items are the article's list going on past them to its last paragraph,
    not a run of story headlines after its first (a page the property tests generated)."""
    caption = "Volunteers clear the river bank below the old mill on Saturday (Photo: Anna Berg)"
    items = [
        ["1. A Sturdy Canvas Tent for Wet Weekends", "Price: about 240 dollars", "Weight: 4 kg"],
        ["2. Folding Camp Chairs for the Whole Family", "Price: about 35 dollars", "Weight: 2 kg"],
        ["3. A Lantern That Charges From the Sun", "Price: about 20 dollars", "Weight: 1 kg"],
        ["4. Sleeping Mats for Cold Nights", "Weight: 1 kg", "Price: about 60 dollars"],
    ]
    page = [LEDE]
    for item in items:
        page += [caption, *item]
    page += ["5. A Cool Box That Keeps Ice for Days", LAST]
    run = ["Council Opens New Library Wing", "Valley Courier", "Bridge Repairs Close Main Road",
           "Valley Courier", "School Choir Wins Regional Prize", "Valley Courier"]  # fmt: skip
    result = cleaner.clean("\n".join([*page, *run]))
    kept = result.text.split("\n")
    assert kept[: len(page) - len(items)] == [line for line in page if line != caption], result.removed
    assert removed_by(result)[caption] == "extracted.photo_caption"


def test_a_cast_list_closing_a_short_article_before_heavier_story_cards_stays(cleaner: Cleaner) -> None:
    """A short article (its headline, two paragraphs about a caption) closes with its cast glued
    into one line; a run of story headlines, story cards whose teasers outweigh the article, and a
    comment box follow. The page opens with the article's paragraphs, so the article starts there
    and its cast list is no menu glued into one line before it (a page the property tests
    generated)."""
    caption = "Volunteers clear the river bank below the old mill on Saturday (Photo: Anna Berg)"
    cast = ("Hanna Berg Tomas Lind Erik Sund Maja Holm Oskar Dahl Ida Falk Nils Strand Sara Lund Emil Frost Lea Moberg "
            "Karl Vik Alva Nord Jonas Ek Elsa Brandt")  # fmt: skip
    article = ["Valley Players Open Winter Season", LEDE, caption, SECOND, "Cast", cast]
    run = [line for title in ("Council Opens New Library Wing", "Bridge Repairs Close Main Road",
                              "School Choir Wins Regional Prize", "Market Hall Gets New Roof",
                              "Ferry Timetable Changes Next Month") for line in (title, "Valley Courier")]  # fmt: skip
    cards = [
        "Storm Warning for Coast",
        "Forecasters expect heavy snow across the northern hills overnight, and drivers are warned to avoid passes.",
        "Late Goal Lifts the Rovers",
        "The home side came from two goals down to beat the league leaders in front of a record crowd at home.",
        "Bakery Wins National Award",
        "A family bakery in the old town has been named the best in the country by a panel of judges this week.",
    ]
    comments = ["Comments", "Jane Porter", "January 1, 2026",
                "Does anyone know whether the buses will still stop outside the school while the work goes on?",
                "Reply"]  # fmt: skip
    result = cleaner.clean("\n".join([*article, *run, *cards, *comments]))
    kept = result.text.split("\n")
    assert [line for line in article[1:] if line != caption] == kept[:4], result.removed


def test_a_list_the_article_goes_on_in_at_its_next_number_keeps_its_last_item(cleaner: Cleaner) -> None:
    """Two short lists close the article: quantities ("2 apples") and event dates, the third date
    opening with the number after the last quantity ("3 June, premiere"), the last date with a
    weekday, and a photo caption under them. The article goes on at the date its numbering reaches,
    and the list goes on from there: the last date is no short line after the article (a page the
    property tests generated)."""
    caption = "Volunteers clear the river bank below the old mill on Saturday (Photo: Anna Berg)"
    lists = ["250 g butter", "2 apples", "Nobody was hurt.", "12 May: first rehearsal", "19 May – open day",
             "3 June, premiere", "Sunday 8 June"]  # fmt: skip
    result = cleaner.clean("\n".join([LEDE, SECOND, *lists, caption]))
    assert result.text.split("\n") == [LEDE, SECOND, *lists], result.removed


def test_a_closing_line_over_story_cards_heads_no_card(cleaner: Cleaner) -> None:
    """The article's last paragraph stands under a photo credit and closes with a short sentence,
    right over a row of story cards: the credit over the paragraph and the sentence over the first
    card's headline are no heads of cards, so the paragraph and its closing line are the article's,
    not teasers of other stories (a page the property tests generated)."""
    cards = [
        "Storm Warning for Coast",
        "Forecasters expect heavy snow across the northern hills overnight, and drivers are warned to avoid passes.",
        "Festival Tickets Sell Out",
        "Tickets for the summer festival sold out within minutes, leaving thousands of disappointed music lovers.",
        "Kayakers Rescued Offshore",
        "Lifeguards rescued two kayakers off the rocky headland after their boat capsized in choppy water.",
        "Tractor Stolen Overnight",
        "Police are appealing for witnesses after a vintage tractor was stolen from a farm near the reservoir…",
    ]
    last = "Shares in the regional bus operator fell sharply in early trading in London after the news was released."
    long = f"{SECOND} {LAST} The council will publish the full plan online next week, the spokesperson added."
    text = "\n".join([LEDE, "Related Articles", "Library Wing Opens", long,
                     "Photo by Anna Berg on Unsplash", last, "Nobody was hurt.", *cards])  # fmt: skip
    kept = cleaner.clean(text).text.split("\n")
    assert [LEDE, long, last, "Nobody was hurt."] == kept[:4], kept


def test_cards_printing_the_title_again_after_the_article_opens_are_no_headline_over_it(cleaner: Cleaner) -> None:
    """The page opens with the headline alone and a caption; the article's first paragraphs, a
    subheading and a short list follow, then a "Related" listing whose cards print the title again
    (longer than an interruption), then the article's heaviest paragraph. The cards' copies of the
    title stand inside the article, not over it: what lies before them is the article's, not a
    masthead."""
    title = "Ferry Fares Rise Again"
    opening = [
        "Fares on the island ferry will rise by a tenth from April, the operator said in a statement on Monday.",
        "What the operator said",
        "The operator blamed the cost of fuel and a new harbour levy, and said timetables would not change.",
        "Season tickets bought before March keep their old price until the end of the year, it added.",
        "Single fares", "Return fares", "Season tickets", "Freight",
    ]  # fmt: skip
    card = [title, "Island Gazette", "time5 minutes ago"]
    last = (
        "Passenger groups said the rise was the third in two years and asked the council to review the contract, "
        "which runs until 2031, while the operator said it would meet them before the new fares take effect. "
        "The council's transport committee will discuss the contract at its next meeting in March, and members "
        "said they would ask the operator to publish its fuel costs for the last three years."
    )
    text = "\n".join([title, "The ferry leaving the harbour at dawn (Photo: Ann Lee)", *opening,
                      "Related Articles", *card * 3, last])  # fmt: skip
    result = cleaner.clean(text)
    kept = result.text.split("\n")
    assert all(line in kept for line in [*opening, last]), result.removed
    assert "Related Articles" not in kept


def test_a_mega_menu_of_teasers_over_the_headline_is_the_masthead(cleaner: Cleaner) -> None:
    """Section names and a story teaser under each, then the headline, its date and a short
    article: the teasers weigh more than the article, yet the headline printed again under the
    page's title says where it starts, and the menu's short lines over it go."""
    teasers = [
        "Police say two people are in custody after a crash on the ring road closed it for most of the night.",
        "A party of six left a steakhouse without paying a bill of almost seven hundred dollars, the owner says.",
        "The state will mail applications for its new redistricting panel to a quarter of a million voters.",
        "Conservation officers are asking for tips after a bull elk was shot and left in the northern forest.",
    ]
    sections = [["Nachrichten", "Lindenau aktuell"], ["Wetter", "Schulausfall"], ["Vereine", "Alle Vereine"]]
    menu = [line for section, teaser in zip(sections, teasers, strict=False) for line in (*section, teaser)]
    text = "\n".join(["Council backs water plan – Valley Times", *menu, teasers[3], "Council backs water plan",
                      "November 19, 2019 at 9:45 am", LEDE, SECOND, LAST])  # fmt: skip
    result = cleaner.clean(text)
    kept = result.text.split("\n")
    assert kept[-3:] == [LEDE, SECOND, LAST]
    assert result.metadata["title"] == "Council backs water plan"
    taken = removed_by(result)
    assert {line for section in sections for line in section} <= taken.keys()
    assert taken["Lindenau aktuell"] == taken["Schulausfall"] == "navigation.masthead"


_PROMO = "Die Valley Times berichtet seit 1890 über alles, was in Lindenau und Umgebung geschieht."
_TEASER = "Der Stadtrat hat am Dienstag über den neuen Haushalt beraten und die Abstimmung vertagt."
_DEK = "The vote ends a year of argument over who pays for the new reservoir and the pipes to it."


def _masthead_page(title: str, article: list[str]) -> str:
    return "\n".join([title, "Menu", _PROMO, "News", "Sport", _TEASER, "Lindenau aktuell", "Video", "Sign in", "Search",
                      "Council backs water plan", *article])  # fmt: skip


def test_the_masthead_sentences_over_a_headline_the_title_names_go(cleaner: Cleaner) -> None:
    result = cleaner.clean(_masthead_page("Council backs water plan | Valley Times", [_DEK, LEDE, SECOND, LAST]))
    assert result.text.split("\n") == [_DEK, LEDE, SECOND, LAST]  # the dek under the headline stays
    taken = removed_by(result)
    assert taken[_PROMO] == taken[_TEASER] == "navigation.masthead"  # sentences no phrase names


@pytest.mark.parametrize(
    ("title", "article", "why"),
    [
        ("Council backs water plan", [_DEK, LEDE, SECOND, LAST], "a first line alone: the article goes back over them"),
        ("Council backs water plan | Valley Times", [LEDE], "a one-paragraph article"),
    ],
    ids=["title alone", "one paragraph"],
)
def test_the_masthead_sentences_stay_in_the_article_or_over_a_one_paragraph_one(
    cleaner: Cleaner, title: str, article: list[str], why: str
) -> None:
    kept = cleaner.clean(_masthead_page(title, article)).text.split("\n")
    assert _PROMO in kept and _TEASER in kept, why
    assert kept[-len(article) :] == article


def test_a_masthead_whose_listing_reaches_the_headline_goes_under_a_promotion(cleaner: Cleaner) -> None:
    """A promotion right under the title, menus, and a "Most read" heading whose listing runs over
    the masthead's last lines to the headline the title prints again, where the article starts: the
    headline ends that listing, so it is no card of it, and the masthead's lines go."""
    masthead = ["Menu", _PROMO, "News", "Sport", _TEASER, "Lindenau aktuell", "Most read", "Video", "Sign in"]
    text = "\n".join(["Council backs water plan | Valley Times", *masthead, "Council backs water plan", LEDE, SECOND])
    result = cleaner.clean(text)
    assert result.text.split("\n") == [LEDE, SECOND]
    assert removed_by(result)[_PROMO] == removed_by(result)[_TEASER] == "navigation.masthead"


def test_a_sentence_just_over_the_headline_stays(cleaner: Cleaner) -> None:
    """A kicker or a dek may stand over the headline: a sentence within four lines of it stays."""
    text = "\n".join(["Council backs water plan | Valley Times", "Menu", "News", "Sport", "Weather", "Video",
                      _DEK, "Council backs water plan", LEDE, SECOND, LAST])  # fmt: skip
    result = cleaner.clean(text, explain=True)
    assert _DEK in result.text.split("\n")
    assert any(h.rule == "navigation.masthead" and "kicker" in h.why for h in result.held)


def test_a_masthead_sentence_far_over_a_headline_printed_alone_goes(cleaner: Cleaner) -> None:
    """The first line is the headline alone; a site's description stands over a menu longer than
    an interruption, then the headline again over the article: the article does not reach back
    over the menu to it, and it goes with the masthead."""
    menu = ["Lindenau aktuell", "Vereine", "Schulausfall", "Kirchennachrichten", "Leserbriefe", "Baustellen",
            "Gottesdienste", "Fundbüro", "Anzeigen", "Wanderwege", "Stadtfeste", "Vereinsheim", "Abo"]  # fmt: skip
    head = ["Council backs water plan", "Menu", _PROMO, *menu, "Council backs water plan"]
    text = "\n".join([*head, _DEK, LEDE, SECOND])
    result = cleaner.clean(text)
    assert result.text.split("\n") == [_DEK, LEDE, SECOND]
    assert removed_by(result)[_PROMO] == "navigation.masthead"


_NEXT_STORY = [
    "Harbour Ferry Returns After Repairs",
    "The harbour ferry returns to service on Monday after six weeks in dry dock, the operator said, with an"
    " extra crossing at noon during the summer months and new ramps for bicycles and prams at both ends.",
    "Tickets bought for the cancelled crossings stay valid until the end of August, and season passes are"
    " extended by six weeks at no cost to their holders, according to a notice posted at the terminal.",
    "The operator said the repairs cost more than planned because rust was found under the car deck.",
]
"""The next story an endless page prints under the article: heavier prose than a short article."""


def _title_card_page(article: list[str]) -> str:
    """The page's title, a short article with no headline over it, a "Most read" box printing the
    title again among other stories, then the next story."""
    most_read = ["Most read", "1", "Storm Hits Coast Overnight", "2", "Council backs water plan", "3",
                 "Talks Stall Over Tariffs"]  # fmt: skip
    return "\n".join(["Council backs water plan | Valley Times", "Home", "News", *article, *most_read, *_NEXT_STORY])


@pytest.mark.parametrize(
    "article",
    [
        ["The council approved the water plan on Thursday.", SECOND],
        [LEDE, SECOND],
        [LEDE, "Nobody was hurt."],
        [LEDE],
    ],
    ids=["short lede", "two paragraphs", "closing line", "one paragraph"],
)
def test_a_card_printing_the_title_again_makes_no_masthead_of_the_article_over_it(
    cleaner: Cleaner, article: list[str]
) -> None:
    """No headline is printed over the article, only the title in the page's head and, further
    down, a "Most read" entry repeating it over heavier prose: the lines over that entry are the
    article's, not a masthead, whatever the prose under it weighs. Over one paragraph the body
    still takes the entry for the headline (one paragraph may be a promotion over the masthead's
    menus), but the entry stands in a listing a heading names, so it heads no masthead."""
    result = cleaner.clean(_title_card_page(article))
    kept = result.text.split("\n")
    assert article[0] in kept, result.removed
    start = kept.index(article[0])
    assert kept[start : start + len(article)] == article, result.removed
    assert all(line in kept for line in _NEXT_STORY[1:])


@pytest.mark.parametrize(
    "under",
    [[], ["13.01.2010", "The post Council backs water plan appeared first on Valley Times."]],
    ids=["cards", "date and feed notice"],
)
def test_a_closing_question_under_the_title_makes_no_masthead_of_the_article_over_a_card(
    cleaner: Cleaner, under: list[str]
) -> None:
    """Pages the property tests generated: the article's paragraph and its closing question
    ("Will the council listen?") stand under the title, a list of headlines with no heading prints
    the title again, and the next story follows; now and then a date and a feed's notice stand
    under the question, as a card's date and teaser would under its headline. The question closes
    the article as a statement would: the article has begun under the title, so the line repeating
    it heads no masthead, and neither the question nor the paragraph goes as one."""
    article = [LEDE, "Will the council listen?"]
    cards = ["Storm Hits Coast Overnight", "Council backs water plan", "Talks Stall Over Tariffs"]
    text = "\n".join(["Council backs water plan | Valley Times", "Home", *article, *under, *cards, *_NEXT_STORY])
    assert Body(segment(text)).headline is None
    result = cleaner.clean(text)
    kept = result.text.split("\n")
    assert article[0] in kept, result.removed
    start = kept.index(article[0])
    assert kept[start : start + len(article)] == article, result.removed
    assert all(line in kept for line in _NEXT_STORY[1:])


@pytest.mark.parametrize("closing", ["Will the council listen?", "And the council said no!"])
def test_a_closing_question_over_a_most_read_box_stays_once_the_box_s_heading_went(
    cleaner: Cleaner, closing: str
) -> None:
    """A page the property tests generated: the article's paragraph and its closing question under
    the title (past menu words), then a "Most read" box of story cards, one printing the title
    again. The first pass opens the article under the title and takes the box's heading and first
    headline; on the next, the first card's teaser stands in view right under the question, where a
    card's teaser stands under its headline, but it stood further down on the page: the question
    is still the article's, no card's headline, and no masthead takes it."""
    teasers = ["The home side came from two goals down to beat the league leaders in front of 17 fans.",
               "The bakery on the corner of Mill Street has closed its doors after 27 years of serving early"
               " commuters.",
               "Lifeguards rescued two kayakers off the rocky headland after their boat capsized in choppy water."]
    cards = ["Most read", "Storm Hits Coast Overnight", teasers[0], "Council backs water plan", teasers[1],
             "Talks Stall Over Tariffs", teasers[2]]  # fmt: skip
    text = "\n".join(["Council backs water plan | Valley Times", "Tech", "Search", LEDE, closing, *cards, *_NEXT_STORY])
    kept = cleaner.clean(text).text.split("\n")
    assert kept[kept.index(LEDE) : kept.index(LEDE) + 2] == [LEDE, closing]


def test_a_promotion_s_calls_under_the_title_open_no_article_and_the_masthead_goes(cleaner: Cleaner) -> None:
    """What the closing question under the title is not: a promotion under the page's title, one
    call long enough to read as a paragraph over a shorter one ("... Shop Now!"), then menu words
    and the headline over the article. The second call stands under a call, not under a paragraph
    that states: it closes no article there, and the masthead over the headline goes."""
    promotion = ["Up to 30% off all garden furniture for the spring season Shop Now!",
                 "Free shipping on orders over $100 Shop Now!"]  # fmt: skip
    text = "\n".join(["Council backs water plan | Valley Times", *promotion, "Menu", "News", "Sport",
                      "Council backs water plan", LEDE, SECOND])  # fmt: skip
    assert cleaner.clean(text).text.split("\n") == [LEDE, SECOND]


def test_two_paragraphs_under_the_title_make_the_line_repeating_it_no_headline() -> None:
    """The body's model: two paragraphs in a row right under the title (past a menu's words), or a
    one-sentence lede over one, open the article there, so a line repeating the title further down
    heads nothing; one paragraph there may be a promotion over the masthead, and leaves it a
    headline."""
    for article in ([LEDE, SECOND], ["The council approved the water plan on Thursday.", SECOND]):
        assert Body(segment(_title_card_page(article))).headline is None
    one = Body(segment(_title_card_page([LEDE])))
    assert one.headline is not None and list(one.under_title) == [3]


def test_a_one_paragraph_article_closing_in_a_list_over_a_card_printing_the_title_stays(cleaner: Cleaner) -> None:
    """A page the property tests generated: the article's one paragraph and its awards list stand
    under the title, a ranked "Most read" box repeats the title, and the next story follows: the
    entry repeating the title is the box's, no headline, so the list's lines are no masthead's."""
    awards = ["Awards", "2018", "Best Visual Effects, Nordic Film Festival", "2015", "Audience Award, Short Film Week",
              "2012", "Special Jury Prize, Animation Days"]  # fmt: skip
    kept = cleaner.clean(_title_card_page([LEDE, *awards])).text.split("\n")
    assert all(line in kept for line in [LEDE, *awards])


def _short_article_over_threads() -> list[str]:
    """A short article (a paragraph, a photo caption, a paragraph) and its closing lists, then a
    headline run and two comment threads, one under names and dates, one signed "says:": the
    threads are the heaviest prose, a row of units."""
    return [
        "About 2 people were affected by the defense budget in Tokyo, according to figures released by the Pentagon"
        " on Monday.",
        "The old harbour bridge at dusk, seen from the ferry terminal (Photo: Jane Holloway)",
        "Customers who download the app from the App Store will have to verify their identity, the Pentagon said"
        " on Monday.",
        "Awards",
        "2018",
        "Cast",
        "Maria García Lars Eriksen Priya Patel Kwame Mensah Olga Petrova Jean-Luc Dupont Siobhan O'Brien Yuki Sato"
        " Ana Da Silva Rahul Khan Chen Wei Tomás Müller Aisha Okafor Joe Kyle",
        "Hegseth Hegseth Hegseth",
        "Rhyl Journal",
        "Hegseth Hegseth Hegseth Hegseth",
        "Rhyl Journal",
        "Hegseth Hegseth Hegseth Hegseth Hegseth",
        "Rhyl Journal",
        "Hegseth Hegseth Says",
        "Rhyl Journal",
        "Pete Hegseth",
        "January 1, 2015",
        "Does anyone know whether the buses will still stop outside the school while the work goes on?",
        "Reply",
        "Pete Hegseth",
        "January 1, 2015",
        "About time too. We have been asking for this since my kids were small, and they are grown up now.",
        "Reply",
        "Pete Hegseth",
        "January 1, 2015",
        "Great article, but you forgot to mention the parking problem on the side streets near the market.",
        "Reply",
        "Download the app",
        "Pete Hegseth says:",
        "January 1, 2015",
        "I have lived here for 2 years and never seen anything like it, thanks for writing this up.",
        "Pete Hegseth says:",
        "January 1, 2015",
        "Does anyone know whether the buses will still stop outside the school while the work goes on?",
        "Pete Hegseth says:",
        "January 1, 2015",
        "About time too. We have been asking for this since my kids were small, and they are grown up now.",
    ]


def test_a_short_article_s_closing_lists_stay_over_a_headline_run_and_comment_threads(cleaner: Cleaner) -> None:
    """Only lines rules name stand between the threads and the short article, so the article
    starts at the top and its award year and glued cast list stay (found by fresh random pages)."""
    page = _short_article_over_threads()
    kept = cleaner.clean("\n".join(page)).text.split("\n")
    assert "2018" in kept and page[6] in kept


def test_a_first_paragraph_broken_across_lines_over_a_row_of_threads_keeps_its_first_half(cleaner: Cleaner) -> None:
    """The same page with its first sentence broken after four words ("About 2 people were" /
    "affected by ..."): the first half is headline-shaped, but the article opens on the sentence
    it starts, so it is no headline over the article (found by fresh random pages)."""
    first, *rest = _short_article_over_threads()
    half = "About 2 people were"
    page = [half, first.removeprefix(half + " "), *rest]
    kept = cleaner.clean("\n".join(page)).text.split("\n")
    assert kept[:2] == page[:2] and "2018" in kept


def test_the_site_s_name_printed_again_under_other_headlines_is_no_headline(cleaner: Cleaner) -> None:
    """The page's title joins the headline to the site's name ("Headline | Site"); the article
    under it is one paragraph, its first sentence broken across two lines, and a run of other
    stories' headlines after it prints the site's name under each before the next story's heavier
    prose. The site's name is taken for a headline over that story, and the lines over it for a
    masthead; but the first half of the broken sentence has a name's shape only, and shape alone
    takes no half of a sentence that reads like prose (found by fresh random pages)."""
    article = ["Defense Secretary Pete Hegseth", "said on Monday that the talks with Japan would go on next week in"
               " Tokyo despite the storm, and that both sides hoped to agree on a timetable."]  # fmt: skip
    headlines = ["Storm Hits Coast Overnight", "Valley Times", "Talks Stall Over Tariffs", "Valley Times",
                 "Markets Slide Again", "Valley Times"]  # fmt: skip
    page = ["Council backs water plan | Valley Times", "Home", *article, *headlines, *_NEXT_STORY]
    kept = cleaner.clean("\n".join(page)).text.split("\n")
    assert article[0] in kept, kept
    start = kept.index(article[0])
    assert kept[start : start + len(article)] == article


def test_addresses_one_a_line_in_the_masthead_are_no_broken_sentence(cleaner: Cleaner) -> None:
    """A script's address printed one a line opens in lower case and ends no sentence, as the second
    half of a broken sentence does, and three of them read like prose together: they are no
    sentence's halves, and go with the masthead."""
    address = "https://valleytimes.example/wp-content/cache/minified/js/insights-council-backs-water-plan-1-19054"
    urls = [f"{address}-inline_script_{number}.js?ver=1773518052" for number in (1, 2, 3)]
    masthead = [*urls, "Menu", "News", "Sport", "Weather"]
    text = "\n".join(["Council backs water plan | Valley Times", *masthead, "Council backs water plan", LEDE, SECOND])
    result = cleaner.clean(text)
    assert result.text.split("\n") == [LEDE, SECOND]
    assert all(removed_by(result)[url] == "navigation.masthead" for url in urls)


def test_a_year_under_a_box_named_heading_before_an_author_box_printed_twice_stays(cleaner: Cleaner) -> None:
    """One paragraph, a "Comments" subheading over a short sentence, an awards list and a ranked
    table of the article's own, then the author's box printed twice and a "Most read" box: the
    year heads an entry of the article's list (found by fresh random pages). Once a pass has
    removed the boxes, the bio printed twice is the heaviest prose left; it is no article's own
    text, so the list after the page's last paragraph printed once still closes the article."""
    lede = ("Defense Secretary Pete Hegseth said on Monday that the plan would strengthen deterrence in the region,"
            " highlighting the focus on the defense budget.")  # fmt: skip
    article = [lede, "Comments", "He declined to comment.", "Awards", "2018", "Rank", "State", "Rate",
               "1", "Alaska", "$14.55", "2", "Wyoming", "$43.88", "3", "Montana", "$45.57"]  # fmt: skip
    bio = "Pete Hegseth is a reporter at the Pentagon who writes about the defense budget."
    author = ["About the author", "Pete Hegseth", "Senior reporter", bio, "Follow Pete on X"]
    most_read = ["Most read", "1", "Hegseth Hegseth Hegseth", "2", "Hegseth Hegseth Says", "3", "Hegseth Hegseth US"]
    kept = cleaner.clean("\n".join([*article, *author, *author, *most_read])).text.split("\n")
    assert "2018" in kept


def test_the_last_paragraph_under_a_related_box_inside_the_article_is_no_story_card(cleaner: Cleaner) -> None:
    """Four paragraphs, a "Related Articles" box of one headline inside the article, the article's
    last paragraph under it, then story cards and a newsletter box: that paragraph stands where the
    box's card's teaser would, the first of a run of story cards by its shape, but under a box a
    rule names it may as well be the article's next paragraph, and it stays (found by fresh random
    pages)."""
    article = [
        "Customers who download the app from the App Store will have to verify their identity, Tower Hamlets"
        " Council said on Monday.",
        "Defense Secretary Pete Hegseth said on Monday that the plan would strengthen deterrence in the region,"
        " highlighting the focus on the defense budget.",
        "Looking ahead, residents will be able to have their say at two public meetings in the town hall next week.",
    ]
    last = ("It remains to be seen how the plan will work in practice, but three drop-in sessions are due to be held"
            " at the library next month.")  # fmt: skip
    cards = [
        "Plan Hegseth Tariffs Hegseth Hegseth Hegseth Hegseth Budget",
        "Tickets for the summer festival sold out within minutes, leaving thousands of disappointed music lovers.",
        "Storm Hits Hegseth Hegseth Hegseth Budget Hegseth Stall",
        "The bakery on the corner of Mill Street has closed its doors after 19 years of serving early commuters.",
        "New Hegseth Hegseth",
        "Lifeguards rescued two kayakers off the rocky headland after their boat capsized in choppy water.",
        "Ops US Markets Approves",
        "The home side came from two goals down to beat the league leaders in front of 53,348 fans.",
    ]
    box = ["Related Articles", "Hegseth Hegseth Talks Hegseth Storm Talks Hegseth Hegseth"]
    page = [*article, *box, last, *cards, "Subscribe to our newsletter", "Free every Friday", "Email address"]
    kept = cleaner.clean("\n".join(page)).text.split("\n")
    assert kept[: len(article)] == article and last in kept
    assert cards[1] not in kept and cards[3] not in kept  # the run's other cards still go


AWARDS = ["Awards", "2018", "Best Visual Effects, Nordic Film Festival", "2015", "Audience Award, Short Film Week"]


@pytest.mark.parametrize("closing", ["Will the council listen?", "What a week it has been!"])
def test_the_list_under_the_article_s_question_past_an_ad_slot_stays(closing: str, cleaner: Cleaner) -> None:
    """Three paragraphs, an ad slot labelled with its advertiser, the article's closing question
    or exclamation and an awards list it introduces: the ad slot interrupts the article, and the
    question and the list are the article's."""
    text = "\n".join([LEDE, SECOND, LAST, "Advertisement – Jane Holloway Furniture Store", closing, *AWARDS])
    kept = cleaner.clean(text).text.split("\n")
    assert [line for line in [closing, *AWARDS] if line not in kept] == []


@pytest.mark.parametrize(
    ("interruption", "closing"),
    [
        ("Photo: Jane Roe / Getty Images", "Will the council listen?"),
        ("Photo: Jane Roe / Getty Images", "He declined to comment."),
        ("Advertisement – Jane Holloway Furniture Store", "He declined to comment."),
    ],
)
def test_the_list_under_the_article_s_closing_line_stays(interruption: str, closing: str, cleaner: Cleaner) -> None:
    """Past a caption any closing line carries the article on to the list it introduces, and past
    an ad slot a statement does."""
    kept = cleaner.clean("\n".join([LEDE, SECOND, LAST, interruption, closing, *AWARDS])).text.split("\n")
    assert [line for line in [closing, *AWARDS] if line not in kept] == []


@pytest.mark.parametrize("box", [["Comments"], ["Comments", "No comments yet..."]])
def test_the_list_under_the_article_s_question_under_a_box_named_heading_stays(
    box: list[str], cleaner: Cleaner
) -> None:
    """Two paragraphs, a subheading worded as a listed box's ("Comments"), or a comment box's
    heading and the line saying it is empty, then the article's question and an awards list it
    introduces: the box may go, the question and the list are the article's."""
    text = "\n".join([LEDE, SECOND, *box, "Will the council listen?", *AWARDS])
    kept = cleaner.clean(text).text.split("\n")
    assert [line for line in ["Will the council listen?", *AWARDS] if line not in kept] == []


def test_a_comment_box_s_question_and_form_still_go(cleaner: Cleaner) -> None:
    """What the article's question under "Comments" is not: the box's own prompt and its form."""
    box = ["Comments", "What do you think?", "Leave a Reply", "Name", "Email", "Website", "Post Comment"]
    assert cleaner.clean("\n".join([LEDE, SECOND, LAST, *box])).text.split("\n") == [LEDE, SECOND, LAST]


@pytest.mark.parametrize(
    "teaser", ["Is Your Attic Insulation Wasting Money?", "Is your attic insulation wasting money?"]
)
def test_a_related_box_s_teaser_that_asks_carries_no_article_on(teaser: str, cleaner: Cleaner) -> None:
    """Under a "Related" heading, a headline that asks is the listing's, in title case or over its
    date as a card's head: the listing's other lines still go."""
    box = ["Related Articles", teaser, "October 10, 2025", "Council approves the new budget", "October 9, 2025"]
    kept = cleaner.clean("\n".join([LEDE, SECOND, LAST, *box])).text.split("\n")
    assert [line for line in box if line in kept] == [teaser]


@pytest.mark.parametrize("named", ["Advertisement", "Photo: © 2024 Jane Holloway"])
def test_a_listicle_goes_on_at_its_first_item_past_a_named_line_under_its_introduction(named: str) -> None:
    """An ad slot or a photo's copyright credit stands between a listicle's introduction and its
    first numbered item, and the items (each a numbered name over its facts) close the page before
    a run of story headlines: the article goes on past the named line at the item numbered 1, as it
    goes on at its next item past one further down, and the items and their facts are no short
    lines after the article (a page the property tests generated)."""
    intro = ("Hegseth has repeatedly said that the plan would strengthen deterrence in the region, most recently in"
             " a speech in Tokyo in January.")  # fmt: skip
    items = ["1. Squat Rack for Core Lifts", "Weight: 29 kg", "Price: about $50 million",
             "2. Adjustable Dumbbells for Versatility", "Price: about $1 million", "Weight: 3 kg",
             "3. Jump Rope for Cardio", "Price: about £1 million", "Weight: 2 kg",
             "4. A Foldable Weight Bench", "Price: about $1", "Rating: 2 out of 60",
             "5. Resistance Bands for Travel"]  # fmt: skip
    run = ["Hegseth Hegseth Hegseth", "Rhyl Journal", "Hegseth Upgrading Hegseth", "Rhyl Journal",
           "Hegseth Hegseth Command", "Rhyl Journal"]  # fmt: skip
    result = clean("\n".join(["Council Backs Fitness Plan", intro, named, *items, *run]))
    assert not set(removed_by(result)) & {intro, *items}, result.removed


_STORIES = ["Infants from long ago found with helmets made of shells",
            "Long spaceflights found to change how blood flows", "Researchers find the secret of beetle success",
            "New danger for corals in warming oceans", "Endangered whales react to changes in the sea"]  # fmt: skip


def test_story_headlines_whose_dates_a_first_pass_took_past_the_article_s_end_are_no_list_of_its_own(
    cleaner: Cleaner,
) -> None:
    """Past a share bar after the article, story headlines each over their card's time: the first
    pass takes the bar and the times, by what they are, past the article's end. The next pass,
    without them in view, sees a run of headlines right under the last paragraph, which could be
    a list the article closes with; but the article ended at the share bar when it was in view,
    and the headlines go as a run of headlines."""
    cards = [line for story in _STORIES for line in (story, "20 hours ago")]
    text = "\n".join([LEDE, SECOND, LAST, "Facebook", "Twitter", "Email", "Featured", "Popular", *cards])
    result = cleaner.clean(text)
    assert result.text.split("\n") == [LEDE, SECOND, LAST]
    assert {removed_by(result)[story] for story in _STORIES} == {"related.headline_run"}


@pytest.mark.parametrize(
    "between",
    [
        [],  # the list right under the last paragraph
        ["Read more"],  # a list whose entries each carry a link
    ],
)
def test_a_list_the_article_closes_with_stays_whatever_a_first_pass_took_among_its_entries(
    cleaner: Cleaner, between: list[str]
) -> None:
    """The article's closing list of resources, each entry's link taken in a first pass: the next
    pass, without the links in view, still reads the entries as the article's list."""
    entries = [line for story in _STORIES for line in (story, *between)]
    text = "\n".join([LEDE, SECOND, "Sources", *entries])
    kept = cleaner.clean(text).text.split("\n")
    assert all(story in kept for story in _STORIES)
