"""The article body of a page: its core, its edges, and the lines that interrupt it."""

from __future__ import annotations

import pytest

from cleaner.engine.blocks import segment
from cleaner.engine.body import Body, broken_sentence
from cleaner.evidence.metadata import head_title

PARAGRAPH = "The council approved the new budget on Tuesday after a debate that lasted more than four hours."
HALF = "The council said the new plan would make the town centre easier to reach"
REST = "for cyclists, bus users and people who walk, and that work would begin in the spring."


def test_a_sentence_broken_across_the_first_two_lines_starts_the_article() -> None:
    blocks = segment(f"{HALF}\n{REST}\n\n{PARAGRAPH}")
    body = Body(blocks)
    assert body.core.start == 1
    assert body.article.start == 0 and 2 in body.article
    assert broken_sentence(blocks[0], blocks[1])
    assert head_title(blocks, [None] * len(blocks)) is None


def test_a_headline_is_not_a_broken_sentence() -> None:
    blocks = segment(f"Council approves budget\n\n{PARAGRAPH}\n\nShare")
    assert not broken_sentence(blocks[0], blocks[1])
    assert Body(blocks).article.start == 1
    assert head_title(blocks, [None] * len(blocks)) == "Council approves budget"


def test_lines_between_paragraphs_are_interruptions_and_the_article_goes_on() -> None:
    blocks = segment(f"Menu\n\n{PARAGRAPH}\n\nAdvertisement\n\nPhoto: A. Person\n\n{PARAGRAPH} Again.\n\nFooter")
    article = Body(blocks).article
    assert (article.start, article.stop) == (1, 5)
    assert article.interruptions == (range(2, 4),)


def test_the_tail_after_the_last_paragraph_ends_at_the_first_named_line() -> None:
    text = f"{PARAGRAPH}\n\nAwards\n2018\nBest Visual Effects\n2012\nSpecial Jury Prize\nShare this\nTwitter"
    body = Body(segment(text))
    assert body.article.stop == 1
    assert body.article_with_tail({6}).stop == 6  # "Share this", named by a rule, ends it
    assert body.article_with_tail(set()).stop == 8


def test_the_page_title_and_the_headline_it_repeats_mark_the_masthead() -> None:
    text = f"Council approves budget | The Valley Times\nNews\nSport\nSign in\nCouncil approves budget\n\n{PARAGRAPH}"
    headline = Body(segment(text)).headline
    assert headline is not None
    assert (headline.title, headline.copies) == ("Council approves budget", (4,))


def test_the_site_name_may_come_first_and_the_longest_part_printed_again_is_the_headline() -> None:
    text = f"The Valley Times - Council approves budget\nThe Valley Times\nMenu\nCouncil approves budget\n\n{PARAGRAPH}"
    headline = Body(segment(text)).headline
    assert headline is not None and headline.title == "Council approves budget" and headline.index == 3


def test_no_headline_without_a_repeat_before_the_article() -> None:
    assert Body(segment(f"Council approves budget | The Valley Times\nMenu\n\n{PARAGRAPH}")).headline is None
    # The title's words printed again inside the article are a subheading of it, not its headline.
    later = f"Budget news | The Valley Times\n\n{PARAGRAPH}\n\nBudget news\n\n{PARAGRAPH} Again."
    assert Body(segment(later)).headline is None


CARDS = "\n".join([
    "Council approves budget", "The home side came from two goals down to beat the league leaders in front of fans.",
    "Storm hits the coast", "Forecasters expect heavy snow across the northern hills overnight and on Sunday.",
    "Festival sells out", "Tickets for the summer festival sold out within minutes, leaving many fans outside.",
])  # fmt: skip
"""Story cards after an article, the first printing the article's headline again."""
MENU = "News\nSport\nWeather\nOpinion\nVideo\nSign in"
ARTICLE = f"{PARAGRAPH}\n\n{REST.capitalize()}"
CHECKLIST = "Six months before\nBook the venue and note the number\nOne month before\nConfirm the caterer"


def test_a_copy_of_the_headline_below_the_first_paragraph_under_it_is_no_headline() -> None:
    """The headline alone opens the page right over a paragraph: the article starts there, and a
    card printing the headline again further down is no headline over it, however heavy the
    cards' teasers are against a one-paragraph article."""
    text = f"Council approves budget\n{PARAGRAPH}\n{CHECKLIST}\n{CARDS}"
    body = Body(segment(text))
    assert body.core.start > 6  # the cards outweigh the article
    assert body.headline is None
    broken = f"Council approves budget\n{HALF}\n{REST}\n{CHECKLIST}\n{CARDS}"
    assert Body(segment(broken)).headline is None


def test_a_page_title_over_a_promo_and_the_headline_printed_again_still_mark_the_masthead() -> None:
    """A "Headline | Site" title opens the page's head: a promo sentence under it is the masthead's."""
    promo = "Sign up for our newsletter and get the week's best stories every Friday morning."
    text = f"Council approves budget | The Valley Times\n{promo}\n{MENU}\nCouncil approves budget\n\n{ARTICLE}"
    headline = Body(segment(text)).headline
    assert headline is not None and headline.copies == (8,)


def test_a_paragraph_under_the_headline_only_once_a_line_between_went_still_leaves_the_headline() -> None:
    """Lines removed in an earlier pass stood between the headline and the promo under it: the
    page did not print the headline over a paragraph."""
    promo = "Sign up for our newsletter and get the week's best stories every Friday morning."
    text = f"Council approves budget\n{promo}\n{MENU}\nCouncil approves budget\n\n{ARTICLE}"
    assert Body(segment(text)).headline is None
    removed_before = [False, True, *[False] * 9]
    headline = Body(segment(text), removed_before=removed_before).headline
    assert headline is not None and headline.copies == (8,)


def test_the_article_goes_on_after_a_table_longer_than_an_interruption() -> None:
    rows = [f"{rank}\nRegion {rank}\n${20 + rank}.50" for rank in range(1, 8)]
    lede = f"{PARAGRAPH} Members said the vote had been delayed twice by questions about the costs of the plan."
    text = "\n".join([lede, "Rank", *rows, REST.capitalize(), "Subjects", "Schedule", "Payment", "Share"])
    body = Body(segment(text))
    assert (body.article.start, body.article.stop) == (0, 1)  # 22 lines of table: longer than an interruption
    assert body.article_with_tail({27}).stop == 27  # the table, the paragraph after it, the list up to "Share"


SECTION_TEXT = "The guide's authors tested each method over two summers in gardens of different sizes and soils."


def test_the_article_goes_on_over_sections_past_its_heaviest_stretch() -> None:
    """A guide: a heading over a list longer than an interruption, a paragraph, a heading and a
    paragraph, a heading and a short list; it ends at the first named line ("Share this")."""
    items = [f"Step {number} of the plan" for number in range(1, 11)]
    checks = [f"Check number {number}" for number in range(1, 5)]
    lede = f"{PARAGRAPH} Members said the vote had been delayed twice by questions about the costs of the plan."
    lines = [lede, "What you need", *items, "Before you start", *checks, SECTION_TEXT, "What it costs", REST,
             "Questions to ask", "Who pays for the survey", "Who signs it off", "Share this", "Twitter"]  # fmt: skip
    body = Body(segment("\n".join(lines)))
    assert (body.article.start, body.article.stop) == (0, 1)  # sixteen lines to the next paragraph: no interruption
    assert body.article_with_tail({lines.index("Share this")}).stop == lines.index("Share this")


def test_a_long_list_goes_on_while_its_lines_keep_their_shapes() -> None:
    """A ranking of sixty rows is the article's to its last row; the pager that follows does not
    keep its rhythm (two numbers, but no rank opening the line)."""
    rows = [f"{rank}. Springfield, MA {90 - rank}.5" for rank in range(1, 61)]
    lines = [PARAGRAPH, "Top cities", *rows, "Page 1 of 3", "Next"]
    body = Body(segment("\n".join(lines)))
    assert body.article_with_tail(set()).stop == lines.index("Page 1 of 3")


def test_after_a_named_box_the_article_goes_on_at_its_next_numbered_item_or_a_short_sentence() -> None:
    facts = ["Price: about 120 euros", "Weight: 12 kg", "Best for: small rooms"]
    items = [line for number in range(1, 5) for line in (f"{number}. A folding bench, model {number}", *facts)]
    lines = [PARAGRAPH, *items, "Advertisement", "5. A rowing machine", *facts, "Sponsored", "6. A jump rope", *facts,
             "Related Articles", "Storm hits coast", "He declined to comment.", "Awards", "2018", "Best Visual Effects",
             "Share this"]  # fmt: skip
    named = {lines.index(line) for line in ("Advertisement", "Sponsored", "Related Articles", "Storm hits coast",
                                            "Share this")}  # fmt: skip
    assert Body(segment("\n".join(lines))).article_with_tail(named).stop == lines.index("Share this")


def test_past_a_named_line_the_article_goes_on_at_the_first_item_of_a_numbered_list() -> None:
    """An ad slot between the introduction and a listicle's first item: the article goes on at the
    item numbered 1 when the item numbered 2 follows; a count ("1 Comment") opens no list."""
    facts = ["Price: about 120 euros", "Weight: 12 kg", "Best for: small rooms"]
    items = [line for number in range(1, 4) for line in (f"{number}. A folding bench, model {number}", *facts)]
    lines = [PARAGRAPH, "Advertisement", *items, "Share this", "Twitter"]
    named = {lines.index("Advertisement"), lines.index("Share this")}
    assert Body(segment("\n".join(lines))).article_with_tail(named).stop == lines.index("Share this")
    counts = [PARAGRAPH, "Share this", "1 Comment", "2 Shares", "Twitter"]
    assert Body(segment("\n".join(counts))).article_with_tail({1}).stop == 1


def test_after_a_named_line_a_paragraph_is_no_longer_the_article() -> None:
    """An author's box: a named heading, then a paragraph printed once (the bio) and the site's
    links; the article ends at the box, and the list right after the page's last paragraph is
    its closing list as far as shape tells."""
    awards = [line for year in range(2000, 2008) for line in (str(year), f"Prize number {year}")]
    lines = [PARAGRAPH, "Awards", *awards, "About the author", f"{REST.capitalize()} Again.", "Topics", "Gardening"]
    box = lines.index("About the author")
    body = Body(segment("\n".join(lines)))
    article = body.article_with_tail({box})
    assert article.stop == box
    assert body.closing_list({box}, article) == range(box + 2, box + 4)
    assert body.closing_list(set(), body.article_with_tail(set())) == range(0)  # no named line: the walk has it


TEASERS = [
    "Police say two people are in custody after a crash on the ring road closed it for most of the night.",
    "A party of six left a steakhouse without paying a bill of almost seven hundred dollars, the owner says.",
    "The state will mail applications for its new redistricting panel to a quarter of a million voters.",
    "Conservation officers are asking for tips after a bull elk was shot and left in the northern forest.",
]
"""A mega-menu's story teasers: prose printed once, heavier together than a short article."""


def _mega_menu_page(title: str, headline: str) -> str:
    sections = [["News", "Latest Headlines"], ["Weather", "School Closings"], ["Sports", "All Sports"], ["Video"]]
    menu = [line for section, teaser in zip(sections, TEASERS, strict=True) for line in (*section, teaser)]
    return "\n".join([title, *menu, "More", headline, "November 19, 2019 at 9:45 am", PARAGRAPH, REST.capitalize()])


def test_a_headline_printed_under_a_mega_menu_of_teasers_starts_the_core() -> None:
    text = _mega_menu_page("Council approves budget – Valley Times", "Council approves budget")
    body = Body(segment(text))
    headline = body.headline
    assert headline is not None and headline.inside and headline.title == "Council approves budget"
    assert (headline.copies, body.core) == ((13,), range(15, 17))  # the teasers outweigh the article, yet stand over it
    assert body.article.start == 15


def test_no_headline_inside_the_heaviest_prose_from_a_site_name_or_a_line_alone() -> None:
    """The site's name printed inside the heaviest prose is an item of the article's list, not its
    headline; the page's first line alone printed again there may be a story card repeating it."""
    assert Body(segment(_mega_menu_page("Council approves budget | Valley Times", "Valley Times"))).headline is None
    assert Body(segment(_mega_menu_page("Council approves budget", "Council approves budget"))).headline is None


def test_the_article_does_not_start_back_above_the_headline_its_title_names() -> None:
    """A promo sentence printed once over the masthead's menu, a few lines over the headline: the
    article followed back from its paragraphs would start at the promo, but the title names the
    headline apart from the site's name ("Headline | Site"), and the article starts under it. A
    first line printed again alone may be a story card's repeat: there the article goes back."""
    promo = "Sign up today and get the best of the week in your inbox."
    head = ["Menu", promo, "News", "Sport", "Weather", "Video", "Sign in", "Council approves budget"]
    body = Body(segment("\n".join(["Council approves budget | The Valley Times", *head, PARAGRAPH, REST.capitalize()])))
    assert body.headline is not None and body.headline.index == 8 and not body.headline.inside
    assert (body.core.start, body.article.start) == (9, 9)
    alone = Body(segment("\n".join(["Council approves budget", *head, PARAGRAPH, REST.capitalize()])))
    assert alone.headline is not None and alone.article.start == 2


SECOND = "Work on the new cycle lanes will start in March and cost about 2.4 million euros, the council said."


def test_a_question_or_a_call_past_the_articles_end_does_not_carry_it_on() -> None:
    """A teaser's headline that asks and a form's message, a few unmarked lines past the last
    paragraph, are no closing line of the article: it ends at its last paragraph."""
    text = "\n".join([PARAGRAPH, SECOND, "Facebook", "Twitter", "Is Your Attic Insulation Wasting Money?",
                      "EcoFlow", "Your submission has been received!", "Home"])  # fmt: skip
    assert Body(segment(text)).article.stop == 2


def test_a_question_closing_the_article_and_a_statement_after_an_interruption_stay_in_it() -> None:
    """Right after the last paragraph, a question ends the article's text ("What do you think?");
    past a caption, a short statement goes on with it; and a guide's question heading goes on
    with its paragraph."""
    closing = Body(segment("\n".join([PARAGRAPH, SECOND, "What do you think?", "Facebook"])))
    assert closing.article.stop == 3
    caption = ["Photo: A. Person", "Nobody was hurt in the fire.", "Home"]
    statement = Body(segment("\n".join([PARAGRAPH, SECOND, *caption])))
    assert statement.article.stop == 4
    section = Body(segment("\n".join([PARAGRAPH, SECOND, "Costs", "How much will the lanes cost?", SECTION_TEXT])))
    assert section.article.stop == 5


def test_past_a_named_box_a_question_is_a_teaser_and_a_statement_closes_the_article() -> None:
    """After a "Related" heading a rule names, a headline that asks is the listing's teaser, not
    the article going on; the article's closing statement past the box still carries it on."""
    teaser = [PARAGRAPH, SECOND, "Related Posts", "Sim Local Review: The Best eSIM For Travel?", "October 10, 2025"]
    assert Body(segment("\n".join(teaser))).article_with_tail(named={2}).stop == 2
    closing = [PARAGRAPH, SECOND, "Related Posts", "Council Approves Budget", "He declined to comment."]
    assert Body(segment("\n".join(closing))).article_with_tail(named={2}).stop == 5


@pytest.mark.parametrize(
    ("between", "question", "after", "stop"),
    [
        (["Advertisement – Harbour Furniture"], "Will the council listen?", ["Awards", "Best Score"], 6),
        (["Comments"], "What a week it has been!", [], 4),
        (["Comments"], "Who pays for it now?", ["Awards", "2018"], 6),
        (["Related Posts"], "Is Your Attic Insulation Wasting Money?", ["Council Approves Budget"], 2),
        (["Related Posts"], "Is your attic insulation wasting money?", ["October 10, 2025"], 2),
        (["Share", "Facebook"], "Will the council listen?", ["Home"], 2),
        (["Comments", "No comments yet..."], "Will the council listen?", ["Awards", "2018"], 7),
        (["Comments", "No comments yet. Be the first!"], "What a week it has been!", [], 5),
        (["Share", "Facebook", "No comments yet..."], "Will the council listen?", ["Home"], 2),
    ],
)
def test_right_past_one_named_line_the_article_s_own_question_carries_it_on(
    between: list[str], question: str, after: list[str], stop: int
) -> None:
    """Right past one named line (an ad slot, a heading) or one box (a heading and the message
    under it that the box is empty), a question or exclamation written as a sentence closes the
    article as a statement does, and the list it introduces is the article's; one in title case,
    one over its date (a card's headline) or one past a share bar of several named lines does not."""
    lines = [PARAGRAPH, SECOND, *between, question, *after]
    named = set(range(2, 2 + len(between)))
    assert Body(segment("\n".join(lines))).article_with_tail(named=named).stop == stop


@pytest.mark.parametrize("after", [[], ["Home"]])
def test_right_past_lines_that_interrupt_the_article_its_own_question_closes_it(after: list[str]) -> None:
    """A photo's caption and its credit, named as lines that interrupt the article, stand between
    its last paragraph and its closing question: the question is its closing line however many
    such lines stand before it, and a footer's link under it is no item of a list it ends with.
    Named as a box's lines (a share bar of two buttons), they end the article before it."""
    caption = ["The harbour at dusk", "Photo: Jane Roe / Getty Images"]
    body = Body(segment("\n".join([PARAGRAPH, SECOND, *caption, "Will the council listen?", *after])))
    assert body.article_with_tail(named={2, 3}, interrupting={2, 3}).stop == 5
    assert body.article_with_tail(named={2, 3}).stop == 2


def test_a_list_past_a_box_an_earlier_pass_removed_is_no_list_of_the_article_s() -> None:
    """Where an earlier pass removed a box's line right over the lines after the last paragraph
    (``boxes_before``), the article ended there when that line was in view: the lines are no list
    it closes with, as they are with nothing removed before them."""
    lines = segment("\n".join([PARAGRAPH, SECOND, "Awards", "2018", "Best Visual Effects"]))
    assert Body(lines).article_with_tail(set()).stop == 5
    assert Body(lines, removed_before=[0, 0, 2, 0, 0], boxes_before=[0, 0, 1, 0, 0]).article_with_tail(set()).stop == 2
    assert Body(lines, removed_before=[0, 0, 0, 1, 0], boxes_before=[0, 0, 0, 1, 0]).article_with_tail(set()).stop == 5


@pytest.mark.parametrize(("runs", "stop"), [({3, 4}, 8), (set(), 2)])
def test_past_a_menu_one_finding_names_the_article_s_question_carries_it_on(runs: set[int], stop: int) -> None:
    """A menu's three lines one rule names as one run (the ``runs``: its lines after the first) are
    one box, past which the article's question resumes it with the list it introduces; named by
    three findings, they are several boxes, past which a question may be a teaser's headline."""
    lines = [PARAGRAPH, SECOND, "Home", "World", "Sports", "Will the council listen?", "Awards", "2018"]
    body = Body(segment("\n".join(lines)))
    assert body.article_with_tail(named={2, 3, 4}, runs=runs).stop == stop
