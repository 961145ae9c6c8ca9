"""Chrome set into the article (a caption with its credit, a credit under its screen-reader label,
a video player's notice, a picture's file address, a card pointing at another article) goes, named
by what it is; the article's own lines worded like it stay, and the article goes on after it."""

from __future__ import annotations

import pytest
from test_rule_examples import LAST, LEDE, SECOND

from cleaner import Cleaner, CleanResult
from cleaner.rule_api import phrase_pattern

MIDDLE = (
    "Engineers will survey the old pumping station in March, and the council expects their report to set"
    " out the cost of repairs before the summer recess."
)
"""A paragraph of the article between the chrome and its last paragraph."""


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner(plugins=False)


def removed_by(result: CleanResult) -> dict[str, str]:
    return {removal.text.strip(): removal.rule for removal in result.removed}


def _interrupted(*chrome: str) -> str:
    """An article of four paragraphs with ``chrome`` between its second and third."""
    return "\n\n".join([LEDE, SECOND, *chrome, MIDDLE, LAST])


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("The new bridge over the river at dusk on Tuesday. | Foto: Reuters", "captions.caption"),
        ("Volunteers plant trees by the river. – Photo Credit: Jane Holloway (example.com)", "captions.caption"),
        ("Volunteers plant trees along the river bank on Sunday. Holloway / Getty Images", "captions.caption"),
        ("The harbour at dawn, seen from the ferry. Photo by: 'Jane Holloway'.", "captions.caption"),
        ("Getty Images / Jane Holloway", "captions.credit"),
        ("Courtesy of the harbour museum", "captions.credit"),
        ("Source: www.example.com", "captions.credit"),
        ("Image caption The new bridge over the river at dusk on Tuesday", "captions.labelled_caption"),
        ("Bildunterschrift: Die neue Brücke über den Fluss am Dienstag", "captions.labelled_caption"),
        ("图像加注文字，新桥周二通车", "captions.labelled_caption"),
        ("Image copyright Reuters", "captions.labelled_credit"),
        ("Image copyright AFP/Getty Images", "captions.labelled_credit"),
        ("Media playback is unsupported on your device", "captions.player_phrases"),
        ("Your browser does not support the video tag.", "captions.player_phrases"),
        ("https://static.example.com/images/2026/bridge-500x250.jpg", "captions.image_address"),
        ("Main article: History of the harbour town", "related.cross_reference"),
        ("Hauptartikel: Geschichte des Hafens", "related.cross_reference"),
        ("Voir aussi : Le port de Lindenau", "related.cross_reference"),
        ("主条目：港口历史", "related.cross_reference"),
        ("Contents hide", "extracted.contents"),
    ],
)
def test_chrome_inside_the_article_goes_and_the_article_goes_on(cleaner: Cleaner, line: str, rule: str) -> None:
    result = cleaner.clean(_interrupted(line))
    assert result.text.split("\n\n") == [LEDE, SECOND, MIDDLE, LAST]
    assert removed_by(result)[line] == rule


def test_a_caption_and_its_labelled_credit_go_together(cleaner: Cleaner) -> None:
    """The pair a news page prints under a picture: the credit first, then the caption."""
    credit, caption = "Image copyright EPA", "Image caption The minister leaves the talks in Brussels on Monday"
    result = cleaner.clean(_interrupted(credit, caption))
    assert result.text.split("\n\n") == [LEDE, SECOND, MIDDLE, LAST]
    assert removed_by(result) == {credit: "captions.labelled_credit", caption: "captions.labelled_caption"}


@pytest.mark.parametrize(
    "line",
    [
        "Image copyright and fair use",  # a subheading: the label's words, then lower-case words
        "Photo caption writing for beginners",
        "Courtesy and respect at work",
        "Image source code is published with the paper, the researchers said on Monday.",
        "Image captions written by volunteers help blind readers follow the archive, the curator said.",
        "Main article of the 2026 housing law: tenants in Leeds may ask Harbour Homes for 12 meter readings.",
        "Officials confirmed the figure to two agencies (Reuters)",
        "The report was sent to the board – Credit Suisse declined to comment on it.",
    ],
)
def test_the_article_s_own_lines_worded_like_that_chrome_stay(cleaner: Cleaner, line: str) -> None:
    result = cleaner.clean(_interrupted(line))
    assert result.text.split("\n\n") == [LEDE, SECOND, line, MIDDLE, LAST]


def test_phrase_pattern_matches_the_longest_label_and_any_run_of_spaces(tmp_path) -> None:
    listed = tmp_path / "labels.txt"
    listed.write_text("[en]\nMain article\nMain articles\n\n[de]\nHauptartikel\n", encoding="utf-8")
    pattern = phrase_pattern(listed)
    assert pattern.split("|") == ["Main\\s+articles", "Hauptartikel", "Main\\s+article"]


def test_a_checklist_closing_the_article_stays_past_the_credits_between_its_sections(cleaner: Cleaner) -> None:
    """The article ends in a checklist whose sections each sit under a photo credit: a credit names
    a line that interrupts the article, so the list goes on past it, and the shape of its items
    (headline-shaped, short) takes none of them."""
    sections = [
        "The Week Before", "Confirm the caterer's numbers", "Collect the suits from the tailor",
        "Print the running order for the day",
        "After the Wedding", "Return the rented chairs and tables to the hire shop",
        "Write and send thank-you notes to guests who were especially helpful",
        "Collect your marriage certificate from the registry office",
    ]  # fmt: skip
    credits = ["Photo: Jane Holloway", "Photo: Peter Brandt"]
    lines = [LEDE, "", SECOND, "", credits[0], *sections[:4], credits[1], *sections[4:]]
    result = cleaner.clean("\n".join([*lines, "", "Related Articles", "Ten venues by the sea", "A winter wedding"]))
    kept = result.text.split("\n")
    assert [line for line in kept if line] == [LEDE, SECOND, *sections]
    assert set(credits) <= removed_by(result).keys()
