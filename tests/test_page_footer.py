"""The footer that closes a page (``cleaner/engine/trailers.py``: :func:`footer_runs`,
``rules/families/trailers.py``: ``page_footer``): a site's rights notice, told from a photo's credit
by its wording and its place, takes the short lines after it and the column of links over it, past
the article's end only."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.documents.sites import site_name
from cleaner.engine.blocks import segment
from cleaner.engine.loader import load_rules
from cleaner.engine.trailers import RIGHTS_RESERVED, RIGHTS_RESERVED_UNSPACED, footer_notice, footer_runs
from cleaner.rule_api import Page

PARAGRAPHS = [
    "The council met on Tuesday to discuss the new cycling plan for the town centre, which has divided "
    "residents for months.",
    "Supporters say the plan will make the streets safer for children walking to school and for older "
    "people crossing the road.",
    "Opponents argue that shops will lose customers if parking spaces are removed from the high street, "
    "and they have started a petition.",
    "The mayor said a final decision would be taken in the spring after a public consultation with "
    "residents and businesses.",
]
AWARDS = ["Awards", "2019", "Best Visual Effects, Nordic Film Festival", "2018"]
COLUMN = ["Home", "About us", "Contact", "Careers"]
NOTICE = "© 2004–2025 Example Media Group. Reproduction without written permission is strictly prohibited."
AFTER = ["Example Media Group, 12 Harbour Street, Springfield", "Powered by WordPress"]


@pytest.mark.parametrize(
    "text",
    [
        "© 2025 Example Media. All rights reserved.",
        "Copyright © 2019 Example Post Inc. All rights reserved • Terms of Use • Privacy Policy",
        "© 2025 Rheinblick Verlag. Alle Rechte vorbehalten.",
        "© 2025 Le Journal du Port – Tous droits réservés",
        "© 2025 El Diario del Puerto. Todos los derechos reservados.",
        "© 2025 Jornal do Porto. Todos os direitos reservados.",
        "© 2025 Il Giornale del Porto. Tutti i diritti riservati.",
        "© 2025 Havenkrant. Alle rechten voorbehouden.",
        "Copyright © 港湾新闻 版权所有",
        "Copyright © 港湾新聞 All Rights Reserved. 無断転載を禁じます。",
        "ⓒ 항구일보 무단전재 및 재배포 금지",
        "© 1998–2025 Example Review",
        "Copyright 2004-2025 Example Review",
        "© Beispiel Verlag GmbH",
        "© 2024 Example Holdings Ltd.",
    ],
)
def test_a_site_s_rights_notice_is_a_footer_notice(text: str) -> None:
    """Rights reserved in the languages of the phrase families, a span of years, a company as the
    holder: what a site's notice says and a photo's credit does not."""
    assert footer_notice(text)


@pytest.mark.parametrize(
    "text",
    [
        "© 2024 Jane Doe",
        "Photo: © 2023 Max Muster",
        "© Jane Roe / Getty Images",
        "Foto: © 2021 Anna Berg",
        "2018",
        "Best Visual Effects, Nordic Film Festival",
        "Copyright law in 2024 and beyond",
    ],
)
def test_a_photo_credit_or_a_list_item_is_no_footer_notice(text: str) -> None:
    """A credit names a person and one year; a year or an award is a list's item; a heading about
    copyright holds no mark of a notice's own."""
    assert not footer_notice(text)


@pytest.mark.parametrize("wording", RIGHTS_RESERVED)
def test_the_footer_and_the_legal_rules_read_one_rights_wording(wording: str) -> None:
    """Each form of "All rights reserved" makes a site's notice for the page's footer and a
    copyright line for the legal family, with no copyright mark: both read the one list."""
    text = f"Example Media, {wording.title()}."
    assert footer_notice(text)
    (legal,) = [module for module in load_rules(plugins=False).modules if module.name == "legal"]
    (copyright_line,) = [rule for rule in legal.line_rules if rule.name == "copyright"]
    assert copyright_line.compiled.fullmatch(text)


@pytest.mark.parametrize(
    ("notice", "wording"),
    [
        ("© 2024 山谷时报 版权所有", 0),
        ("Copyright © 2024 山谷時報 版權所有", 1),
        ("Copyright © 2024 谷新聞社 無断転載を禁じます", 2),
        ("ⓒ 2024 골짜기신문 무단 전재 및 재배포 금지", 3),
    ],
)
def test_the_footer_and_the_legal_notice_read_one_unspaced_rights_wording(notice: str, wording: int) -> None:
    """Chinese, Japanese and Korean claim all rights without spaces: the page's footer finds the
    claim's stem anywhere in a line, the legal family's notice its whole phrase, and both read the
    one table, whose string a line needs lets the notice try the line."""
    rights = RIGHTS_RESERVED_UNSPACED[wording]
    assert rights.need in notice and footer_notice(notice)
    (legal,) = [module for module in load_rules(plugins=False).modules if module.name == "legal"]
    (rights_notice,) = [rule for rule in legal.page_rules if rule.name == "rights_notice"]
    page = Page(segment("\n\n".join([*PARAGRAPHS, notice])))
    assert [mark.block for mark in rights_notice.marks(page)] == [len(PARAGRAPHS)]


def test_the_site_s_own_name_makes_a_notice_of_a_credit_shaped_line() -> None:
    """"© 2024 Example" under the site example.com is the site's notice, not a credit."""
    assert footer_notice("© 2024 Example", site_name("https://www.example.com/news/1"))
    assert not footer_notice("© 2024 Jane Doe", site_name("https://www.example.com/news/1"))


def test_the_footer_run_reaches_from_the_column_to_the_page_s_end() -> None:
    blocks = segment("\n".join([*PARAGRAPHS, "Share this article", *COLUMN, NOTICE, *AFTER]))
    (run,) = footer_runs(blocks)
    texts = [block.text for block in blocks]
    assert [texts[i] for i in run.lines] == ["Share this article", *COLUMN, NOTICE, *AFTER]
    assert [texts[i] for i in run.head] == ["Share this article", *COLUMN]


def test_a_credit_with_paragraphs_after_it_makes_no_footer() -> None:
    """A credit inside the article, even one reserving rights, has the article's paragraphs after
    it: it closes no page."""
    lines = [*PARAGRAPHS[:2], "© 2024 Jane Doe. All rights reserved.", *PARAGRAPHS[2:], *COLUMN]
    assert footer_runs(segment("\n".join(lines))) == []


def test_a_credit_closing_the_page_makes_no_footer() -> None:
    """The article's awards list, and a photo's credit last on the page: no site's notice."""
    assert footer_runs(segment("\n".join([*PARAGRAPHS, *AWARDS, "© 2024 Jane Doe"]))) == []


def test_the_footer_goes_past_the_article_and_the_article_stays() -> None:
    """A share bar ends the article; the column, the notice (prose, which only its place lets go)
    and the lines after it go as the page's footer."""
    text = "\n".join([*PARAGRAPHS, "Share this article", *COLUMN, NOTICE, *AFTER])
    result = clean(text)
    assert result.text == "\n".join(PARAGRAPHS)
    removed = {removal.text: removal.rule for removal in result.removed}
    assert {removed[line] for line in [*COLUMN, AFTER[0]]} == {"trailers.page_footer"}


def test_an_awards_list_right_over_the_footer_stays() -> None:
    """The article ends in a list whose last item is a year, right over the footer's column: the
    column may be the list's last items, so the list runs on over it and every item stays."""
    text = "\n".join([*PARAGRAPHS, *AWARDS, *COLUMN, NOTICE, *AFTER])
    kept = clean(text).text.split("\n")
    assert kept[: len(PARAGRAPHS) + len(AWARDS)] == [*PARAGRAPHS, *AWARDS]


def test_the_article_goes_on_past_a_credit_before_the_footer() -> None:
    """A photo's credit between two paragraphs interrupts the article; the paragraphs after it and
    the list it ends with stay over the footer."""
    lines = [*PARAGRAPHS[:2], "© 2024 Jane Doe", *PARAGRAPHS[2:], *AWARDS, "Share this article", *COLUMN, NOTICE]
    kept = clean("\n".join(lines)).text.split("\n")
    assert kept == [*PARAGRAPHS, *AWARDS]


def test_the_footer_takes_nothing_under_a_one_paragraph_article() -> None:
    """With fewer than two paragraphs besides, the lines over the notice may be the page's text:
    the footer's rule takes none of them."""
    result = clean("\n".join([PARAGRAPHS[0], *AWARDS, "Share this article", *COLUMN, NOTICE, *AFTER]))
    assert result.text.startswith("\n".join([PARAGRAPHS[0], *AWARDS]))
    assert "trailers.page_footer" not in {removal.rule for removal in result.removed}


WIRE_NOTICE = (
    "© 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, "
    "rewritten or redistributed without permission."
)


def test_a_wire_notice_right_under_the_last_paragraph_is_the_article_s() -> None:
    """A notice that reads like prose right under a paragraph may be the article's last paragraph
    (a wire story prints its agency's notice so): it closes no page, whatever short lines follow."""
    blocks = segment("\n".join([*PARAGRAPHS, WIRE_NOTICE, *COLUMN]))
    assert footer_runs(blocks) == []
    assert WIRE_NOTICE in clean("\n".join([*PARAGRAPHS, WIRE_NOTICE, *COLUMN])).text.split("\n")


def test_a_notice_under_a_paragraph_naming_the_site_is_its_footer() -> None:
    """The same place, but the notice names the site the page is on: the site's own footer."""
    site_notice = "Copyright © 2019 Example Post Inc. All rights reserved. Use of this site means you accept our terms."
    blocks = segment("\n".join([*PARAGRAPHS, site_notice, *COLUMN]))
    (run,) = footer_runs(blocks, site_name("https://www.examplepost.com/world/1"))
    assert [blocks[i].text for i in run.lines] == [site_notice, *COLUMN]


def test_a_row_of_links_glued_into_one_line_is_a_footer_line() -> None:
    """A footer's links the scraper glued into one line are no paragraph: the run goes over them."""
    row = "Privacy Policy Terms of Use Cookie Settings Do Not Sell My Personal Information Accessibility Site Map"
    blocks = segment("\n".join([*PARAGRAPHS, "Share this article", NOTICE, row, *AFTER]))
    (run,) = footer_runs(blocks)
    assert [blocks[i].text for i in run.lines] == ["Share this article", NOTICE, row, *AFTER]


def test_a_paragraph_after_the_notice_makes_no_footer() -> None:
    """A paragraph after the notice: the notice does not close the page, and may be the article's."""
    blocks = segment("\n".join([*PARAGRAPHS[:2], NOTICE, *PARAGRAPHS[2:], *COLUMN]))
    assert footer_runs(blocks) == []


COOKIE_BANNER = (
    "This website uses cookies to improve your experience. By continuing to browse the site you agree to "
    "our use of cookies."
)
TRADEMARK = "Example Media and the Example Media logo are registered trademarks of Example Media Group in the EU."


@pytest.mark.parametrize(
    "sentences",
    [
        [COOKIE_BANNER],
        [TRADEMARK, COOKIE_BANNER],
        ["Diese Website verwendet Cookies. Wenn Sie die Seite weiter nutzen, stimmen Sie der Verwendung zu."],
        ["Ce site utilise des cookies pour améliorer votre expérience de navigation sur notre site."],
        ["The material on this site may not be reproduced, distributed, transmitted or otherwise used."],
    ],
)
def test_the_site_s_sentences_after_its_notice_go_with_the_footer(sentences: list[str]) -> None:
    """A cookie banner, a trademark sentence or a reuse notice after the rights notice talks about
    the site, not the article's subject: the footer still closes the page, and goes."""
    lines = [*PARAGRAPHS, "Share this article", *COLUMN, NOTICE, *sentences, *AFTER]
    (run,) = footer_runs(segment("\n".join(lines)))
    assert run.lines.stop == len(lines)
    result = clean("\n".join(lines))
    assert result.text == "\n".join(PARAGRAPHS)


def test_paragraphs_after_a_notice_under_a_paragraph_stay_whatever_their_words() -> None:
    """A notice right under a paragraph with paragraphs after it, even ones about a website's
    cookies, is a credit inside the article (or its wire notice): no footer, and every paragraph stays."""
    about = "The regulator said the website had set tracking cookies before visitors agreed to them."
    lines = [*PARAGRAPHS[:3], NOTICE, PARAGRAPHS[3], about, *COLUMN]
    assert footer_runs(segment("\n".join(lines))) == []
    kept = clean("\n".join(lines)).text.split("\n")
    assert [line for line in kept if line in (*PARAGRAPHS, about)] == [*PARAGRAPHS, about]


def test_a_paragraph_after_the_notice_s_sentences_makes_no_footer() -> None:
    """Only the site's sentences may follow its notice: a paragraph of the article's subject after
    them says the notice closes nothing."""
    lines = [*PARAGRAPHS[:2], "Share", NOTICE, COOKIE_BANNER, *PARAGRAPHS[2:], *COLUMN]
    assert footer_runs(segment("\n".join(lines))) == []


def test_a_credit_under_a_caption_with_a_paragraph_about_cookies_after_it_makes_no_footer() -> None:
    """A company's credit under a photo's caption, then the article's last paragraph about a
    website's cookies: no column of footer lines stands over the notice, so the paragraph after it
    is the article's, and stays."""
    about = "The regulator said the website had set tracking cookies before visitors agreed to them."
    lines = [*PARAGRAPHS, "The regulator's offices in Springfield.", "© 2024 Example Media Ltd.", about, "Share"]
    assert footer_runs(segment("\n".join(lines))) == []
    assert about in clean("\n".join(lines)).text.split("\n")


TERMS = "Use of and/or registration on any portion of this site constitutes acceptance of our Terms of Use"
ADDRESS = "Example Media Group, 12 Harbour Street, Suite 300, Springfield, IL 62701, United States"


@pytest.mark.parametrize("lines", [[TERMS], [ADDRESS], [ADDRESS, TERMS]])
def test_the_footer_s_longer_lines_after_its_notice_go_with_it(lines: list[str]) -> None:
    """Terms the reader accepts written without a full stop, the publisher's street address: longer
    lines after the notice that read as no prose end no footer under a column of links."""
    page = [*PARAGRAPHS, "Share this article", *COLUMN, NOTICE, *lines, *AFTER]
    (run,) = footer_runs(segment("\n".join(page)))
    assert run.lines.stop == len(page)
    assert clean("\n".join(page)).text == "\n".join(PARAGRAPHS)


def test_a_longer_line_after_a_company_credit_with_no_column_over_it_makes_no_footer() -> None:
    """A company's credit under a photo's caption, then the article's closing list of sources: no
    column of footer lines stands over the credit, so the lines after it are the article's."""
    sources = [
        "City of Springfield, Cycling Plan for the Town Centre, draft for consultation, March 2025",
        "Federal Statistical Office, Commuting Patterns by District and Mode of Transport, table 12-211",
    ]
    lines = [*PARAGRAPHS, "The council's offices in Springfield.", "© 2024 Example Media Ltd.", *sources]
    assert footer_runs(segment("\n".join(lines))) == []
    kept = clean("\n".join(lines)).text.split("\n")
    assert [line for line in kept if line in sources] == sources


@pytest.mark.parametrize("closing", ["Will the council listen?", "What a week it has been!", "He declined to comment."])
def test_the_article_s_closing_question_past_a_credit_stays_over_the_footer(closing: str) -> None:
    """A photo's credit, then the article's closing question, exclamation or statement right over
    the footer's column: the credit interrupts the article, which goes on to its closing line;
    the column, the notice and the lines after it go."""
    lines = [*PARAGRAPHS[:3], "© 2024 Jane Doe", closing, *COLUMN, NOTICE, *AFTER]
    assert clean("\n".join(lines)).text.split("\n") == [*PARAGRAPHS[:3], closing]
