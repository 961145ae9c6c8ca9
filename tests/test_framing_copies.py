"""Lines a page prints before its article and again after it (``repeats.framing_copy``): a menu,
a card or a box at both ends is chrome in both places, while the article's own lines stay."""

from __future__ import annotations

from test_menus_before_the_article import PARAGRAPHS

from cleaner import clean

SECTIONS = ["Cloud Hosting Plans", "Managed Databases", "Edge Functions", "Status Page"]


def _removed_by(text: str) -> dict[str, str]:
    return {removal.text.strip(): removal.rule for removal in clean(text).removed}


def test_a_menu_printed_before_and_after_the_article_goes_in_both_places() -> None:
    head = ["Why hosting prices rose", "By Jane Doe", "March 3, 2026", "5 min read"]
    text = "\n".join(["Acme Cloud", *SECTIONS, *head, *PARAGRAPHS, "Products", *SECTIONS])
    result = clean(text)
    kept = result.text.split("\n")
    assert all(paragraph in kept for paragraph in PARAGRAPHS)
    assert not any(section in kept for section in SECTIONS), result.text
    first_copies = {removal.rule for removal in result.removed if removal.start < text.index(PARAGRAPHS[0])}
    assert "repeats.framing_copy" in first_copies


def test_the_headline_printed_again_after_the_article_is_no_framing_copy() -> None:
    """The headline over the lede, printed again over a share bar, is the title rules' to judge:
    the article's head (headline, dek, byline, date) is no framing copy, whatever repeats it."""
    headline = "Why hosting prices rose this year"
    text = "\n".join(["Acme Cloud News", headline, *PARAGRAPHS, "Share", headline])
    assert _removed_by(text).get(headline) != "repeats.framing_copy"
    result = clean(text)
    assert headline in result.text.split("\n") or result.metadata.get("title") == headline


def test_a_contents_list_whose_entries_are_the_articles_subheadings_is_no_framing_copy() -> None:
    """A copy inside the article (a subheading a table of contents named first) frames nothing."""
    headings = ["What changed", "Who pays more"]
    article = [PARAGRAPHS[0], headings[0], PARAGRAPHS[1], headings[1], PARAGRAPHS[2]]
    text = "\n".join(["Why hosting prices rose", "Contents", *headings, *article])
    assert "repeats.framing_copy" not in _removed_by(text).values()
    assert all(line in clean(text).text.split("\n") for line in [*PARAGRAPHS, *headings])


def test_a_line_printed_after_the_article_only_once_stays_before_it() -> None:
    """Printed before the article and nowhere after it, a short line is not named by a copy."""
    text = "\n".join(["Acme Cloud", "Cloud Hosting Plans", "Why hosting prices rose", *PARAGRAPHS])
    assert "repeats.framing_copy" not in _removed_by(text).values()


def test_a_card_printed_before_and_after_the_article_is_one_decision() -> None:
    """The copy after the article goes with the copy before it, as a copy of that line, where no
    other rule names it (a card's title too long for a short line after the article)."""
    card = "Five Quick Ways to Cut Your Hosting Bill This Spring"
    head = ["Why hosting prices rose", "By Jane Doe", "March 3, 2026", "5 min read"]
    text = "\n".join(["Acme Cloud", "Cloud Hosting Plans", card, "Managed Databases", *head, *PARAGRAPHS, card])
    result = clean(text)
    copies = [removal for removal in result.removed if removal.text == card]
    assert [removal.rule for removal in copies] == ["repeats.framing_copy", "repeats.framing_copy"]
    assert copies[1].reason.endswith(f"(a copy of the line at offset {text.index(card)})")
    assert all(paragraph in result.text.split("\n") for paragraph in PARAGRAPHS)
