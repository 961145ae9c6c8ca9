"""The guard's ``BOX_PROSE`` policy (``cleaner/engine/guard.py``): a paragraph among a box's lines
past the article's end (a teaser, a comment, a newsletter's pitch, a site's blurb) goes, but only
past that end, between two lines of the box, one of them named as chrome, with no paragraph next
to it, about another subject than the article, while the boxes' paragraphs weigh less than the
article; and a box's tail goes only up to the first paragraph the guard keeps."""

from __future__ import annotations

from test_trailers import LEDE, SECOND

from cleaner import clean
from cleaner.engine.blocks import segment
from cleaner.engine.body import Body
from cleaner.engine.guard import Decision, decide
from cleaner.rule_api import Evidence, Mark

THIRD = (
    "The second section of the cycle lanes, from the hospital to the university, is due to open next year if "
    "the council approves its budget in the spring."
)
TEASER = "Forecasters expect heavy snow across the northern hills overnight, and drivers should avoid the passes."
OTHER_TEASER = "A rare orchid not seen in the valley for forty years has been found by volunteers in an old quarry."
ON_SUBJECT = "The council said the cycle lanes between the station and the hospital would be finished by the spring."


def _decision(lines: list[str], box: range, tail: range) -> Decision:
    """The guard's verdict when ``box`` holds a box's lines (``BOX``), ``tail`` its tail
    (``BOX_PROSE``), and a date rule names the dates among them."""
    marks = [Mark(index, "test.box", "related", "a box", Evidence.BOX) for index in box]
    marks += [Mark(index, "test.box", "related", "a box", Evidence.BOX_PROSE) for index in tail]
    marks += [Mark(index, "test.date", "metadata", "a date", Evidence.PATTERN) for index, line in enumerate(lines)
              if line.startswith("March ")]  # fmt: skip
    return decide(Body(segment("\n\n".join(lines))), marks)


def _taken(lines: list[str], box: range, tail: range) -> list[int]:
    """The lines the guard lets the box's marks take (see :func:`_decision`)."""
    removals = _decision(lines, box, tail).removals
    return [index for index, mark in enumerate(removals) if mark is not None and mark.rule == "test.box"]


def _vetoes(lines: list[str], box: range, tail: range) -> dict[int, str]:
    """Why the guard keeps each line it refuses a box's mark on (see :func:`_decision`)."""
    return {veto.mark.block: veto.why for veto in _decision(lines, box, tail).vetoes if veto.mark.rule == "test.box"}


ARTICLE = [LEDE, SECOND, THIRD]
BOX = ["You may also like", "Snow Closes Mountain Passes", TEASER, "March 3, 2026", "Orchid Found in Old Quarry",
       OTHER_TEASER, "March 2, 2026"]  # fmt: skip


def test_teasers_between_a_box_s_lines_past_the_article_go() -> None:
    """Past the article's end, teasers of other stories standing alone between the box's
    headlines and dates go with them."""
    assert _taken([*ARTICLE, *BOX], range(3, 5), range(5, 10)) == [3, 4, 5, 7, 8]  # the dates go as dates


def test_nothing_inside_the_article_goes() -> None:
    """A box's marks on the article's own paragraphs take nothing."""
    assert _taken([*ARTICLE, *BOX], range(0, 1), range(1, 3)) == []


def test_a_paragraph_next_to_a_paragraph_stays_and_so_does_the_rest_of_the_tail() -> None:
    """A run of paragraphs is the article going on: the paragraphs stay, and so do the line right
    over them and every line of the tail after them; the tail's lines before that line go."""
    lines = [*ARTICLE, "You may also like", "Snow Closes Mountain Passes", "Weather Warning for the Hills", TEASER,
             OTHER_TEASER, "March 2, 2026"]  # fmt: skip
    vetoes = _vetoes(lines, range(3, 4), range(4, 9))
    assert _taken(lines, range(3, 4), range(4, 9)) == [3, 4]
    assert "prose next to prose" in vetoes[6]
    assert "subheading" in vetoes[5]
    assert "past a paragraph that stays" in vetoes[7] and "past a paragraph that stays" in vetoes[8]


def test_a_paragraph_that_ends_the_page_stays() -> None:
    """A paragraph after a box with no line of the box after it may be the article's last."""
    lines = [*ARTICLE, "You may also like", "Snow Closes Mountain Passes", TEASER]
    assert _taken(lines, range(3, 5), range(5, 6)) == [3, 4]
    assert "between two of the box's lines" in _vetoes(lines, range(3, 5), range(5, 6))[5]


def test_a_paragraph_about_the_article_s_subject_stays() -> None:
    """A paragraph sharing the article's subject (the council, the cycle lanes) may be the
    article going on after a box that interrupts it."""
    lines = [*ARTICLE, "Lesen Sie auch", "Snow Closes Mountain Passes", ON_SUBJECT, "March 2, 2026"]
    assert 5 not in _taken(lines, range(3, 5), range(5, 7))
    assert "subject" in _vetoes(lines, range(3, 5), range(5, 7))[5]


def test_a_paragraph_with_no_named_line_next_to_it_stays() -> None:
    """Between a subheading and a headline, with no date, control or form label next to it, a
    paragraph may be the article's last section after an ad named like a box."""
    lines = [*ARTICLE, "Subscribe to our newsletter", "Common mistakes to avoid", TEASER, "Snow Closes Mountain Passes"]
    assert _taken(lines, range(3, 4), range(4, 7)) == [3]
    assert "named as chrome" in _vetoes(lines, range(3, 4), range(4, 7))[5]


def test_paragraphs_that_outweigh_the_article_stay() -> None:
    """Where a box's paragraphs hold as many words as the article before it, they may be the
    article going on."""
    short = ["The council approved the cycle lanes on Tuesday after a long debate.",
             "Work on the first section will start in March, the council said."]  # fmt: skip
    lines = [*short, *BOX]
    assert _taken(lines, range(2, 4), range(4, 9)) == [2, 3]  # the tail stops at its first paragraph that stays
    assert "outweigh" in _vetoes(lines, range(2, 4), range(4, 9))[4]


def test_half_of_a_broken_sentence_stays() -> None:
    """A line going on with the sentence the line over it left open is no box's paragraph."""
    page = "\n\n".join(ARTICLE) + "\n\nYou may also like\nThe volunteers said the orchid grew\n" + (
        "under a fallen oak near the quarry's northern wall, far from any path or road.\nMarch 2, 2026"
    )
    blocks = segment(page)
    marks = [Mark(3, "test.box", "related", "a box", Evidence.BOX)]
    marks += [Mark(index, "test.box", "related", "a box", Evidence.BOX_PROSE) for index in range(4, 7)]
    decision = decide(Body(blocks), marks)
    assert blocks[5].is_prose and decision.removals[5] is None


def test_a_page_without_two_paragraphs_besides_keeps_the_box_s_paragraph() -> None:
    """A one-paragraph page: the box's paragraph may be what the page has to say."""
    assert _taken([LEDE, *BOX], range(1, 3), range(3, 8)) == []


def test_the_reason_names_the_heading() -> None:
    """End to end: the teasers go as the related box's, under its heading past the article's end;
    the article stays whole."""
    result = clean("\n\n".join([*ARTICLE, *BOX, "© 2026 The Valley Courier"]))
    removed = {removal.text: removal for removal in result.removed}
    assert removed[TEASER].rule == "boxes.related_box"
    assert removed[TEASER].reason == "under 'You may also like', past the article's end"
    assert all(paragraph in result.text for paragraph in ARTICLE)


def test_a_paragraph_between_headline_shaped_lines_after_a_mid_article_comments_heading_stays() -> None:
    """The property tests' example, as they generated it: "Comments" inside the article, a
    headline-shaped line, the article's last paragraph, then that line printed again. A repeat
    and a shape name nothing the paragraph could be a box's by."""
    last = (
        "About 2 people were affected by the defense budget in Tokyo, according to figures released by the "
        "Pentagon on Monday."
    )
    text = (
        "Defense Secretary Pete Hegseth said on Monday that the plan would strengthen deterrence in the region, "
        "highlighting the focus on the defense budget.\nDefense Secretary Pete Hegseth said on Tuesday that the "
        "plan would strengthen deterrence in the region, highlighting the focus on the defense budget.\nCustomers "
        "who download the app from the App Store will have to verify their identity, the Pentagon said on Monday."
        f"\nComments\nHegseth Hegseth Hegseth\n{last}\nHegseth Hegseth Hegseth\nRhyl Journal\nHegseth Hegseth Says"
        "\nRhyl Journal"
    )
    assert last in clean(text).text.split("\n")
