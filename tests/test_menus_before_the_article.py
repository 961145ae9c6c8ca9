"""Chrome before the article: mega-menus whose items carry descriptions, later copies of menu lines,
and the article's own short lines that such menus run into."""

from __future__ import annotations

from cleaner import clean
from cleaner.engine.blocks import segment
from cleaner.engine.body import Body

MEGA_MENU = [
    "Cloud Hosting",
    "Fast, secure hosting for growing teams.",
    "Domains",
    "Find and register the perfect name.",
    "Business Email",
    "Professional email on your own domain.",
    "Website Builder",
    "Build a site in minutes with our templates.",
]
HEAD = ["Why hosting prices rose this year", "By Jane Doe", "March 3, 2026"]
PARAGRAPHS = [
    "Hosting prices rose by a fifth this year as data centres paid more for power, the survey of 400"
    " providers found on Monday.",
    "Small businesses felt the rise most, since they rarely sign the long contracts that lock in a price"
    " for three years.",
    "Providers expect prices to level off next spring, when two new plants come online near the coast.",
]
KEY_TERMS = [
    "Turnout",
    "The share of voters who cast a ballot.",
    "Quorum",
    "The fewest members a vote needs.",
    "Recount",
    "A second count of every ballot.",
    "Runoff",
    "A second round between the two leaders.",
]


def _removed_by(text: str) -> dict[str, str]:
    return {removal.text: removal.rule for removal in clean(text).removed}


def test_a_mega_menu_before_the_article_is_found_and_ends_before_the_head_lines() -> None:
    blocks = segment("\n".join(["Acme", *MEGA_MENU, "Support", *HEAD, *PARAGRAPHS]))
    body = Body(blocks)
    assert body.described_menus == (range(0, 9),)
    assert body.article.start >= 9, "the article must not start among the menu's descriptions"


def test_a_mega_menu_goes_and_the_headline_fills_the_title() -> None:
    text = "\n".join(["Acme", *MEGA_MENU, "Support", *HEAD, *PARAGRAPHS])
    result = clean(text)
    taken = {removal.text for removal in result.removed if removal.rule == "navigation.described_menu"}
    assert taken == {"Acme", *MEGA_MENU}
    assert all(paragraph in result.text for paragraph in PARAGRAPHS)
    assert result.metadata["title"] == HEAD[0]


def test_items_without_descriptions_and_a_headline_over_its_dek_are_no_mega_menu() -> None:
    dek = "Data centres are paying more for power, and customers now pay for it."
    blocks = segment("\n".join(["Products", "Pricing", "Support", "Careers", HEAD[0], dek, *HEAD[1:], *PARAGRAPHS]))
    assert Body(blocks).described_menus == ()


def test_a_list_of_key_terms_the_article_opens_with_is_no_mega_menu() -> None:
    """The rhythm of items over one-sentence meanings running into the article's paragraphs: the
    list the article opens with, not a menu."""
    text = "\n".join([*KEY_TERMS, *PARAGRAPHS])
    assert Body(segment(text)).described_menus == ()
    assert clean(text).text == text


def test_a_one_sentence_lede_under_its_headline_is_no_description_of_a_mega_menu() -> None:
    """A mega-menu, the headline and a one-sentence lede right over the article's paragraph, with
    heavier prose further down (the next story past a share bar and a menu): the headline and the
    lede read as one more item and its description, but a description right over a paragraph
    printed once opens the article (found by fresh random pages)."""
    lede = "The council approved the budget on Monday."
    after = ["Share", "Facebook", "Email", "Print", "Home", "News", "Sport", "Weather", "Travel", "Video"]
    text = "\n".join(["Acme", *MEGA_MENU, HEAD[0], lede, PARAGRAPHS[0], *after, *PARAGRAPHS[1:]])
    assert Body(segment(text)).described_menus == (range(0, 9),)
    removed = _removed_by(text)
    assert lede not in removed and PARAGRAPHS[0] not in removed


def test_a_menu_run_ends_before_the_list_the_article_opens_with() -> None:
    """A run of menu words running into a list that opens the article ends at its last menu word,
    where the article starts with the list's short lines."""
    text = "\n".join(["Home", "World", "Sports", *KEY_TERMS, *PARAGRAPHS[:1]])
    removed = _removed_by(text)
    assert set(removed) == {"Home", "World", "Sports"}


def test_a_menu_printed_again_over_the_footer_notice_goes_with_the_footer() -> None:
    """The menu's lines printed again as the link column over a rights notice closing the page are
    the page's footer: the footer run names them, the menu keeps its own name at the top."""
    footer = ["Cloud Hosting", "Domains", "© 2026 Acme Networks Ltd. All rights reserved."]
    text = "\n".join(["Acme", *MEGA_MENU, "Support", *HEAD, *PARAGRAPHS, "Share this article", *footer])
    removed = clean(text).removed
    rules = [r.rule for r in removed if r.text == "Cloud Hosting"]
    assert rules == ["navigation.described_menu", "trailers.page_footer"]
    column = [r for r in removed if r.rule == "trailers.page_footer"]
    assert [r.text for r in column] == ["Cloud Hosting", "Domains"]
    assert all(r.start > text.index(PARAGRAPHS[-1]) for r in column)


def test_a_copy_of_a_menu_line_between_the_paragraphs_stays() -> None:
    """Between the page's paragraphs a menu's entry may be the article's own list item."""
    body = [PARAGRAPHS[0], "What we offer:", "Domains", "Business Email", PARAGRAPHS[1], PARAGRAPHS[2]]
    text = "\n".join(["Acme", *MEGA_MENU, "Support", *HEAD, *body])
    result = clean(text)
    assert all(line in result.text.split("\n") for line in body)
    assert not [r for r in result.removed if "(a copy of the line at offset" in r.reason]


WEDDING_LIST = ["Your love story", "Event details", "Entertainment", "Travel accommodations", "FAQs", "Registry"]
"""An article's own list with menu words among its items ("Entertainment", "FAQs")."""
SITE_MENU = ["Home", "World", "Sports", "Business", "Politics", "Markets"]


def test_an_article_s_list_running_into_a_menu_between_its_paragraphs_stays() -> None:
    """The article's list under the paragraph that introduces it, a subheading, then a site menu,
    all between two of the article's paragraphs and longer together than an interruption: the run
    of short lines stands before the heaviest paragraph, yet its list and subheading are the
    article's; only the menu after the list's last item that is no menu word may go."""
    subheading = "What the council decided"
    lines = ["Council approves the wedding venue budget", PARAGRAPHS[0], *WEDDING_LIST, subheading, *SITE_MENU,
             PARAGRAPHS[1] + " " + PARAGRAPHS[2], "He declined to comment."]  # fmt: skip
    removed = _removed_by("\n".join(lines))
    assert not set(removed) & {PARAGRAPHS[0], *WEDDING_LIST, subheading}
    assert all(removed[line] == "navigation.menu_run" for line in SITE_MENU[1:])


def test_a_closing_question_and_its_list_past_a_menu_after_the_only_paragraph_stay() -> None:
    """A one-paragraph article, a menu of menu words alone, then the article's closing question
    and the awards list it introduces: the menu, one rule's one finding, is one box past which the
    question resumes the article; the menu goes, the question and the list are the article's (a
    page fresh random draws found)."""
    awards = ["Awards", "2018", "Best Visual Effects, Nordic Film Festival", "2015", "Audience Award, Short Film Week"]
    text = "\n".join([PARAGRAPHS[0] + " " + PARAGRAPHS[1], "Home", "World", "Sports", "Will the council listen?",
                      *awards])  # fmt: skip
    removed = _removed_by(text)
    assert not set(removed) & {"Will the council listen?", *awards}, removed
