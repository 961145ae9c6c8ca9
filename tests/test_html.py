"""HTML input: the page's visible text goes through the rules with trafilatura's verdict as evidence;
its metadata joins the result."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

import pytest

from cleaner import Cleaner
from cleaner.documents.html import extract, year_only_guess
from cleaner.documents.visible import LineFacts
from cleaner.engine import body as body_module
from cleaner.engine import cleaner as cleaner_module
from cleaner.engine import html_places
from cleaner.engine.blocks import Block

BODY = [
    "The city council voted on Tuesday to expand the tram network by twelve kilometres, the largest"
    " extension since the line opened in 1998.",
    "Construction is expected to start next spring and to cost about 240 million euros, according to"
    " figures the transport department published after the vote.",
    "Opponents said the money would be better spent on buses, which serve the outer districts that the"
    " new tram line will not reach for at least a decade.",
]


def page(*, date_meta: str = "", footer: str = "© 2021 Example Media. All rights reserved.") -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    return f"""<html><head><title>Council backs tram extension | Example News</title>
    <meta name="author" content="Jane Roe">{date_meta}</head><body>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
    <article><h1>Council backs tram extension</h1>
    <p>6 min read</p>
    {paragraphs}
    <p>Share this article</p>
    <h2>Table of Contents</h2>
    </article>
    <footer><p>{footer}</p></footer></body></html>"""


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


@pytest.fixture
def extractor_keeps(monkeypatch: pytest.MonkeyPatch) -> Callable[[Collection[str]], None]:
    """Fixes the extractor's verdict to keeping the lines given and dropping every other line."""
    from cleaner.documents import html as html_module

    def keep(kept: Collection[str]) -> None:
        monkeypatch.setattr(html_module, "kept_lines", lambda lines, extracted: [line in kept for line in lines])

    return keep


@pytest.fixture
def extractor_keeps_body(monkeypatch: pytest.MonkeyPatch) -> None:
    """The extractor's verdict, fixed: it keeps the lines of ``BODY`` and drops every other line."""
    from cleaner.documents import html as html_module

    monkeypatch.setattr(html_module, "kept_lines", lambda lines, extracted: [line in BODY for line in lines])


def test_body_survives_whole_and_in_order(cleaner: Cleaner) -> None:
    result = cleaner.clean(html=page(), url="https://news.example.com/tram")
    lines = result.text.split("\n")
    assert [line for line in lines if line in BODY] == BODY
    assert "6 min read" not in result.text
    assert "Share this article" not in result.text
    assert all(removal.rule and removal.reason for removal in result.removed)


def test_each_paragraph_is_one_block() -> None:
    text = extract(page(), "https://news.example.com/tram").text
    for paragraph in BODY:
        assert f"\n{paragraph}\n" in f"\n{text}\n"


def test_metadata_comes_from_the_page(cleaner: Cleaner) -> None:
    meta = '<meta property="article:published_time" content="2024-03-05T10:00:00Z">'
    result = cleaner.clean(html=page(date_meta=meta), url="https://news.example.com/tram")
    assert result.metadata["title"] == "Council backs tram extension"
    assert result.metadata["author"] == "Jane Roe"
    assert result.metadata["date"] == "2024-03-05"
    assert result.metadata["url"] == "https://news.example.com/tram"


def test_a_copyright_year_is_not_the_article_date() -> None:
    metadata = extract(page(), "https://news.example.com/tram").metadata
    assert "date" not in metadata


def test_year_only_guess() -> None:
    assert year_only_guess("2021-01-01", "<p>© 2021 Example</p>")
    assert not year_only_guess("2021-01-01", "<time>January 1, 2021</time><p>© 2021 Example</p>")
    assert not year_only_guess("2021-01-01", '<meta content="2021-01-01T08:00">')
    assert not year_only_guess("2021-03-05", "<p>© 2021 Example</p>")


def test_a_dateline_in_the_text_overrides_the_extractor(cleaner: Cleaner) -> None:
    meta = '<meta property="article:published_time" content="2024-03-05T10:00:00Z">'
    html = page(date_meta=meta).replace("<p>6 min read</p>", "<p>Published: March 9, 2024</p>")
    assert cleaner.clean(html=html).metadata["date"] == "2024-03-09"


@pytest.mark.parametrize("html", ["", "   ", "plain words without any markup"])
def test_input_that_is_not_html_is_a_clear_error(cleaner: Cleaner, html: str) -> None:
    with pytest.raises(ValueError, match="HTML"):
        cleaner.clean(html=html)


def test_a_page_without_main_text_gives_empty_text_and_keeps_its_title(cleaner: Cleaner) -> None:
    result = cleaner.clean(html="<html><head><title>Only a title here</title></head><body></body></html>")
    assert result.text == ""
    assert result.metadata["title"] == "Only a title here"


def test_table_of_contents_goes_and_the_headings_it_names_stay(cleaner: Cleaner) -> None:
    sections = "".join(
        f"<h2>{title}</h2><p>{text}</p>" for title, text in zip(("Costs", "Timeline"), BODY, strict=False)
    )
    html = (
        "<html><body><article><h1>Tram extension explained</h1><p>Table of Contents</p>"
        "<ul><li>1. Costs</li><li>2. Timeline</li></ul>" + sections + "</article></body></html>"
    )
    result = cleaner.clean(html=html)
    assert [r.text for r in result.removed if r.rule == "extracted.contents"] == [
        "Table of Contents",
        "1. Costs",
        "2. Timeline",
    ]
    assert [line for line in result.text.split("\n") if line][-4:] == ["Costs", BODY[0], "Timeline", BODY[1]]


def test_every_line_the_extractor_leaves_out_is_a_removal_with_a_reason(cleaner: Cleaner) -> None:
    result = cleaner.clean(html=page(), url="https://news.example.com/tram")
    gone = {removal.text: removal for removal in result.removed}
    assert gone["Home"].category == "navigation"
    assert set(gone) >= {"Home", "News", "6 min read", "Share this article"}
    assert all(removal.rule and removal.reason for removal in result.removed)
    assert result.source == extract(page(), "https://news.example.com/tram").text


def test_article_prose_the_extractor_drops_is_held_and_recorded(
    cleaner: Cleaner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An extractor that stops after the first paragraph truncates; the guard keeps the rest."""
    from cleaner.documents import html as html_module

    monkeypatch.setattr(html_module, "kept_lines", lambda lines, extracted: [line == BODY[0] for line in lines])
    result = cleaner.clean(html=page(), url="https://news.example.com/tram")
    assert [line for line in result.text.split("\n") if line in BODY] == BODY
    held = {(result.source[h.start : h.end], h.rule) for h in result.held}
    assert {(BODY[1], "extractor.trafilatura"), (BODY[2], "extractor.trafilatura")} <= held
    assert "Home" not in result.text.split("\n")


JSON_LD = """<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Tram line to grow", "author": {"@type": "Person", "name": "Ana Lopez"},
 "datePublished": "2023-11-02", "publisher": {"@type": "Organization", "name": "Metro Daily"}}</script>"""


@pytest.mark.parametrize(
    ("head", "url"),
    [
        ("", "https://news.example.com/tram"),
        (JSON_LD, "https://metro.example.org/a/1"),
        ('<meta property="og:site_name" content="@citydesk"><meta name="author" content="admin">', None),
        ('<link rel="canonical" href="https://www.example.net/story">', None),
    ],
)
def test_page_metadata_equals_trafilaturas_for_the_five_fields(head: str, url: str | None) -> None:
    from trafilatura import extract_metadata, load_html
    from trafilatura.settings import set_date_params

    from cleaner.documents.html_metadata import FIELDS, page_metadata

    html = page().replace("</head>", head + "</head>")
    dates = set_date_params(extensive=False)
    theirs = extract_metadata(load_html(html), default_url=url, date_config=dates).as_dict()
    ours = page_metadata(load_html(html), url, dates)
    assert ours == {mine: theirs[key] for key, mine in FIELDS.items() if theirs.get(key)}
    assert ours.get("title"), "the page's title was found"


AUTHOR_PAGES = {
    "a byline class": ('<div class="post-byline">By Ana Lopez</div><p>Text of the story.</p>', "Ana Lopez"),
    "the specific expression before the generic one": (
        '<span class="writer">Site Desk</span><a rel="author">Ana Lopez</a>',
        "Ana Lopez",
    ),
    "an author inside the comment thread": (
        '<div id="comments"><span class="author">Bob Reader</span></div><p>Text.</p>',
        None,
    ),
    "a date inside the author box": (
        '<div class="author">Ana Lopez <time>2 November 2023</time></div>',
        "Ana Lopez",
    ),
    "a figure credit": ('<figure><span class="author">Photo Agency</span></figure>', None),
    "an author page named only in a link's address": (
        '<p>Text by <a href="/author/ana-lopez" title="writer">Ana Lopez</a>.</p>',
        None,
    ),
    "no author at all": ('<div class="content"><p>Text of the story.</p></div>', None),
}


@pytest.mark.parametrize("body", AUTHOR_PAGES.values(), ids=AUTHOR_PAGES.keys())
def test_author_search_answers_as_trafilaturas(body: tuple[str, str | None]) -> None:
    from trafilatura import load_html
    from trafilatura.metadata import extract_author

    from cleaner.documents.html_author import find_author

    markup, expected = body
    tree = load_html(f"<html><head><title>T</title></head><body>{markup}</body></html>")
    assert find_author(tree) == expected
    assert extract_author(tree) == expected


def test_a_dateline_in_page_chrome_still_fills_the_date(cleaner: Cleaner) -> None:
    """Chrome lines the extractor drops go before the page rules run, but a dateline among them
    still gives its date."""
    html = page().replace("<p>6 min read</p>", '<div class="sidebar">Published: March 9, 2024</div>')
    result = cleaner.clean(html=html, url="https://news.example.com/tram")
    assert result.metadata["date"] == "2024-03-09"
    assert "Published: March 9, 2024" not in result.text


def test_a_nav_line_without_links_is_named_navigation(cleaner: Cleaner) -> None:
    html = page().replace('<nav><ul><li><a href="/">Home</a></li>', "<nav><ul><li>Sections</li>")
    gone = {removal.text: removal for removal in cleaner.clean(html=html).removed}
    assert gone["Sections"].rule == "navigation.dom_nav"


def test_the_article_does_not_run_on_past_page_chrome(cleaner: Cleaner, extractor_keeps_body: None) -> None:
    """Prose the extractor drops after a menu is not the article's, though the menu went first."""
    teaser = "Five things you never knew about the old harbour and the ships that still sail from it every day!"
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    html = (
        f"<html><body><article>{paragraphs}</article>"
        "<nav><ul>" + "".join(f'<li><a href="/{n}">Section {n}</a></li>' for n in range(8)) + "</ul></nav>"
        f'<ul><li><h2><a href="/c">{teaser}</a></h2></li></ul></body></html>'
    )
    result = cleaner.clean(html=html, url="https://news.example.com/tram")
    assert [line for line in result.text.split("\n") if line in BODY] == BODY
    assert teaser not in result.text


def test_a_page_that_names_its_title_keeps_it(cleaner: Cleaner) -> None:
    """The head-of-page guess at a title is for text; a page's markup names its own."""
    html = page().replace("<h1>Council backs tram extension</h1>", "")
    html = html.replace("<article>", "<div>Place an Ad</div><article>")
    assert cleaner.clean(html=html).metadata["title"] == "Council backs tram extension"


def test_a_kept_category_names_no_chrome_line_settled_up_front() -> None:
    html = page().replace("<p>6 min read</p>", '<div class="sidebar">Published: March 9, 2024</div>')
    result = Cleaner(keep={"metadata"}).clean(html=html, url="https://news.example.com/tram")
    gone = {removal.text: removal for removal in result.removed}
    assert gone["Published: March 9, 2024"].rule == "extractor.trafilatura"
    assert all(removal.category != "metadata" for removal in result.removed)


def test_an_article_printed_after_the_pages_end_tags_is_read(cleaner: Cleaner) -> None:
    """A browser reads what follows ``</body></html>`` into the body; the article there is the page's."""
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    html = f"<html><body><nav><a href='/'>Home</a></nav></body></html>\n<div><article>{paragraphs}</article></div>"
    result = cleaner.clean(html=html, url="https://news.example.com/tram")
    assert [line for line in result.text.split("\n") if line in BODY] == BODY


def test_a_page_ending_in_its_end_tags_parses_as_written() -> None:
    from cleaner.documents.html import _early_end_tags

    html = f"<html><body><p>{BODY[0]}</p></body></html>\n<!-- served in 3 ms -->\n"
    assert _early_end_tags(html) == html


@pytest.mark.parametrize(
    "html",
    [
        f"<!DOCTYPE html>\n<html><body><p>{BODY[0]}</p></body></html>",
        f"<!DOCTYPE html/>\n<html><body><p>{BODY[0]}\x0b and\x00 more\ufffe</p></body></html>",
        f"<html/>\n<body><p>{BODY[0]}\x1f</p></body>",
        f'<?xml version="1.0"?>\n<!doctype html>\n<html lang="en"/>\n<p>{BODY[0]}\t\r\n</p>',
        "",
    ],
)
def test_the_repair_before_parsing_is_trafilaturas(html: str) -> None:
    from trafilatura.utils import repair_faulty_html

    from cleaner.documents.html import _repaired

    beginning = html[:50].lower()
    assert _repaired(html, beginning) == repair_faulty_html(html, beginning)


def test_a_chrome_name_on_the_articles_own_container_puts_no_line_outside(
    cleaner: Cleaner, extractor_keeps_body: None
) -> None:
    """A layout class (``has-sidebar``) around the whole article is not a sidebar: the paragraph the
    extractor drops at the article's end is held like any other."""
    last = "The council will publish the final route in June, after a second round of public hearings."
    paragraphs = "".join(f"<p>{text}</p>" for text in [*BODY, last])
    html = f'<html><body><div class="page has-sidebar"><article>{paragraphs}</article></div></body></html>'
    result = cleaner.clean(html=html, url="https://news.example.com/tram")
    assert [line for line in result.text.split("\n") if line in (*BODY, last)] == [*BODY, last]


def test_the_h1_printing_the_titles_headline_part_goes_to_the_title(cleaner: Cleaner) -> None:
    """The page's title joins the headline to a section's name; its <h1> prints the headline alone,
    above a byline rather than the body."""
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    html = (
        '<html><head><meta property="og:title" content="Opinion | Council backs tram extension"></head><body>'
        f"<article><h1>Council backs tram extension</h1><div>By Jane Roe</div>{paragraphs}</article></body></html>"
    )
    result = cleaner.clean(html=html, url="https://news.example.com/tram")
    assert "Council backs tram extension" not in result.text.split("\n")
    assert result.metadata["title"] == "Council backs tram extension"
    assert [line for line in result.text.split("\n") if line in BODY] == BODY


def test_a_time_line_the_extractor_drops_goes_even_inside_the_article(
    cleaner: Cleaner, extractor_keeps_body: None
) -> None:
    stamp = "Updated two hours ago"
    html = (
        f"<html><body><article><p>{BODY[0]}</p><p><time>{stamp}</time></p><p>{BODY[1]}</p>"
        f"<p>{BODY[2]}</p></article></body></html>"
    )
    result = cleaner.clean(html=html, url="https://news.example.com/tram")
    assert stamp in [removal.text for removal in result.removed]
    assert [line for line in result.text.split("\n") if line in BODY] == BODY


def test_a_dom_rule_does_not_name_a_line_by_the_articles_own_container(
    cleaner: Cleaner, extractor_keeps_body: None
) -> None:
    """A post whose container carries an ``ads`` class keeps the subheading the extractor drops."""
    heading = "How the route was chosen"
    html = (
        f'<html><body><div class="post with-ads"><p>{BODY[0]}</p><h2>{heading}</h2><p>{BODY[1]}</p>'
        f"<p>{BODY[2]}</p></div></body></html>"
    )
    result = cleaner.clean(html=html, url="https://news.example.com/tram")
    assert heading in result.text.split("\n")


def test_the_h1_after_a_breadcrumb_and_its_copy_go_to_the_title(cleaner: Cleaner) -> None:
    """Lines that are not prose (a breadcrumb) may come before the headline; the headline printed
    again before the article goes with it."""
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    html = (
        "<html><head><title>Council backs tram extension | Example News</title></head><body><article>"
        "<div>News / Transport</div><h1>Council backs tram extension</h1><div>By Jane Roe</div>"
        f"<div>Council backs tram extension</div>{paragraphs}</article></body></html>"
    )
    result = cleaner.clean(html=html, url="https://news.example.com/tram")
    assert "Council backs tram extension" not in result.text.split("\n")
    assert result.metadata["title"] == "Council backs tram extension"
    assert [line for line in result.text.split("\n") if line in BODY] == BODY


def test_the_h1_printing_the_title_goes_even_when_it_reads_like_a_sentence(cleaner: Cleaner) -> None:
    """A headline phrased as a question reads like prose; the page's <h1> printing the title its
    metadata names is a headline all the same, and it moves to the title."""
    headline = "Is the new tram line worth the money the city will spend on it over the next decade?"
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    html = (
        f"<html><head><title>{headline}</title></head><body>"
        f"<article><h1>{headline}</h1>{paragraphs}</article></body></html>"
    )
    result = cleaner.clean(html=html, url="https://news.example.com/tram")
    assert headline not in result.text.split("\n")
    assert result.metadata["title"] == headline
    assert [line for line in result.text.split("\n") if line in BODY] == BODY


def test_the_subheading_printing_the_title_goes_to_the_title_under_a_sites_h1(cleaner: Cleaner) -> None:
    """The page's one <h1> is the site's name, which its <title> does not print; the <h2> printing
    the <title>'s headline part is the headline: it goes to the title, above a byline."""
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    html = (
        "<html><head><title>Council backs tram extension | Transport | Example News</title></head><body>"
        "<header><h1>Welcome to our city pages</h1></header><article><h2>Council backs tram extension</h2>"
        f"<div>By Jane Roe</div>{paragraphs}</article></body></html>"
    )
    result = cleaner.clean(html=html, url="https://news.example.com/tram")
    assert result.metadata["title"] == "Council backs tram extension"
    assert "Council backs tram extension" not in result.text.split("\n")
    assert [line for line in result.text.split("\n") if line in BODY] == BODY


def test_a_sites_h1_the_title_prints_stays_the_title(cleaner: Cleaner) -> None:
    """A lone <h1> that the <title> prints is the title, whatever <h2> follows."""
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    html = (
        "<html><head><title>Council backs tram extension | Example News</title></head><body>"
        "<article><h1>Council backs tram extension</h1><h2>Example News</h2>"
        f"{paragraphs}</article></body></html>"
    )
    assert cleaner.clean(html=html, url="https://news.example.com/tram").metadata["title"] == (
        "Council backs tram extension"
    )


SHARE_BAR = (
    '<div class="sharedaddy"><h3>Share this:</h3><ul>'
    + "".join(f'<li><a href="/share/{n}">Share on {n}</a></li>' for n in ("Facebook", "X", "LinkedIn", "WhatsApp"))
    + '</ul><h3>Like this:</h3><div><a href="/like">Like</a> Loading...</div></div>'
)


def test_prose_past_a_share_bar_in_the_articles_place_is_held(
    cleaner: Cleaner, extractor_keeps: Callable[[Collection[str]], None]
) -> None:
    """The extractor stops at a share bar; the paragraph after it sits where the paragraphs it kept
    sit, so it is the article's and stays. A teaser there that is one link stays the extractor's."""
    extractor_keeps(BODY[:2])
    teaser = "Read the whole story of how the old harbour tram line was built in the years before the war."
    html = (
        f"<html><body><article><p>{BODY[0]}</p><p>{BODY[1]}</p>"
        f'{SHARE_BAR}<p>{BODY[2]}</p><p><a href="/harbour">{teaser}</a></p></article></body></html>'
    )
    result = cleaner.clean(html=html, url="https://news.example.com/tram")
    assert [line for line in result.text.split("\n") if line in BODY] == BODY
    held = {(result.source[h.start : h.end], h.rule) for h in result.held}
    assert (BODY[2], "extractor.trafilatura") in held
    assert teaser in [removal.text for removal in result.removed]


def test_prose_the_extractor_drops_in_another_place_is_not_held(
    cleaner: Cleaner, extractor_keeps: Callable[[Collection[str]], None]
) -> None:
    """Prose under a share bar in a box of its own (a sidebar's blurb) is not the article's place."""
    extractor_keeps(BODY[:2])
    blurb = "Our newsroom covers the city's transport, housing and schools from its office by the harbour."
    article = f"<article><p>{BODY[0]}</p><p>{BODY[1]}</p></article>"
    blurb_box = f'<section class="about-us"><p>{blurb}</p></section>'
    removed = cleaner.clean(html=f"<html><body>{article}{SHARE_BAR}{blurb_box}</body></html>").removed
    assert blurb in [removal.text for removal in removed]


def test_a_run_of_story_links_after_the_last_paragraph_goes_though_the_extractor_keeps_it(
    cleaner: Cleaner, extractor_keeps: Callable[[Collection[str]], None]
) -> None:
    """Headline-shaped lines after the article are a list of stories by their shape; when each is a
    link, the markup says so too, and they go even where the article might still run on."""
    stories = ["Ten hidden gardens of the old town", "How the harbour ferry got its name", "A bakery that never closes"]
    extractor_keeps((*BODY, *stories))
    links = "".join(f'<p><a href="/s/{n}">{story}</a></p>' for n, story in enumerate(stories))
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    html = f"<html><body><article>{paragraphs}{links}</article></body></html>"
    result = cleaner.clean(html=html, url="https://news.example.com/tram")
    assert {removal.text: removal.rule for removal in result.removed} == dict.fromkeys(stories, "related.headline_run")
    assert [line for line in result.text.split("\n") if line in BODY] == BODY


def test_a_run_of_cards_the_extractor_drops_goes_even_inside_the_article(
    cleaner: Cleaner, extractor_keeps_body: None
) -> None:
    """Three cards printed alike (a linked headline over its teaser) are a listing by their markup;
    the extractor dropping them agrees, so their teasers go though they read like prose."""
    cards = [
        ("Harbour ferry fares rise in May", "The city's ferries will cost more from May, the operator said."),
        ("New bike lanes for the old town", "Cyclists will get four new lanes through the old town this summer."),
        ("Bakery wins national bread prize", "A family bakery near the station has won the national bread prize."),
    ]
    grid = "".join(f'<div class="card"><h3><a href="/s">{head}</a></h3><p>{teaser}</p></div>' for head, teaser in cards)
    html = f"<html><body><article><p>{BODY[0]}</p><p>{BODY[1]}</p>{grid}<p>{BODY[2]}</p></article></body></html>"
    result = cleaner.clean(html=html, url="https://news.example.com/tram")
    assert [line for line in result.text.split("\n") if line in BODY] == BODY
    gone = {removal.text for removal in result.removed}
    assert gone >= {text for card in cards for text in card}


def test_cards_the_extractor_keeps_in_part_stay_its_verdict(
    cleaner: Cleaner, extractor_keeps: Callable[[Collection[str]], None]
) -> None:
    """A run of cards of which the extractor keeps a line is not a listing it dropped: a product
    roundup's entries the extractor judges the article's are held like any article line."""
    entries = [
        ("Harbour ferry pass", "A year of ferry rides for the price of nine months, sold at every pier."),
        ("Old town bike rental", "Bikes by the hour from the station, with a helmet and a lock included."),
        ("Station bakery card", "Ten loaves for the price of eight, stamped at the counter each visit."),
    ]
    extractor_keeps((*BODY, entries[0][1]))
    grid = "".join(f'<div class="item"><h3><a href="/p">{name}</a></h3><p>{text}</p></div>' for name, text in entries)
    html = f"<html><body><article><p>{BODY[0]}</p><p>{BODY[1]}</p>{grid}<p>{BODY[2]}</p></article></body></html>"
    result = cleaner.clean(html=html, url="https://news.example.com/tram")
    lines = result.text.split("\n")
    assert all(text in lines for _, text in entries)


def test_machine_data_the_extractor_drops_goes_and_a_code_sample_stays(
    cleaner: Cleaner, extractor_keeps: Callable[[Collection[str]], None]
) -> None:
    """A widget's settings printed as JSON inside the article are data, not text, when the
    extractor drops them too; the same object shown in <pre> is a sample the article explains."""
    data = '{"layout":2,"buttonText":"Buy now","productTitle":{"size":14},"showPrice":true}'
    extractor_keeps(BODY)
    html = (
        f"<html><body><article><p>{BODY[0]}</p><div><span hidden>{data}</span></div><p>{BODY[1]}</p>"
        f"<pre>{data.replace('layout', 'sample')}</pre><p>{BODY[2]}</p></article></body></html>"
    )
    result = cleaner.clean(html=html, url="https://news.example.com/tram")
    lines = result.text.split("\n")
    assert data not in lines
    assert data.replace("layout", "sample") in lines
    assert [line for line in lines if line in BODY] == BODY


def removed_around_body(cleaner: Cleaner, markup: str) -> dict[str, str]:
    """The rule of each line removed from a page printing ``markup`` after the article's first
    paragraph, once the article's paragraphs are found kept whole and in order."""
    html = f"<html><body><article><p>{BODY[0]}</p>{markup}<p>{BODY[1]}</p><p>{BODY[2]}</p></article></body></html>"
    result = cleaner.clean(html=html, url="https://news.example.com/tram")
    assert [line for line in result.text.split("\n") if line in BODY] == BODY
    return {removal.text: removal.rule for removal in result.removed}


@pytest.mark.parametrize(
    ("wrapper", "rule"),
    [('<div class="cta-box">', "promos.dom_promo"), ('<div class="invisible">', "extractor.trafilatura")],
)
def test_a_pitch_in_a_call_to_action_or_invisible_box_goes_even_inside_the_article(
    cleaner: Cleaner, extractor_keeps_body: None, wrapper: str, rule: str
) -> None:
    """A sales pitch, in a box named for a call to action (or for not being shown) that the
    extractor drops between the article's paragraphs, is chrome the markup names: its prose goes
    for the extractor's verdict, its button for the DOM rule that names the box, if any."""
    pitch = "Want to see how our platform can make sense of all of your data? Book a free demo today."
    button = "Book a demo"
    rules = removed_around_body(cleaner, f"{wrapper}<p>{pitch}</p><p>{button}</p></div>")
    assert rules.get(pitch) == "extractor.trafilatura"
    assert rules.get(button) == rule


def test_a_button_line_the_extractor_drops_goes_and_a_button_word_in_prose_stays(
    cleaner: Cleaner, extractor_keeps_body: None
) -> None:
    """A button's label is chrome; a paragraph inside a button-named element may be the article's."""
    label = "See latest updates"
    prose = "Riders will be able to follow the works online, the department said in a statement on Monday."
    rules = removed_around_body(
        cleaner, f'<div class="btn-wrap"><span>{label}</span></div><div class="btn-note"><p>{prose}</p></div>'
    )
    assert label in rules
    assert prose not in rules


@pytest.mark.parametrize(
    ("container", "label", "rule"),
    [
        ('<section id="kommentare">', "3 Kommentare", "social.dom_comments"),
        ('<div class="compartir-redes">', "Compartir en redes", "social.dom_share"),
        (
            '<div class="articoli-correlati">',
            '<a href="/ponte">Il nuovo ponte apre a maggio</a>',
            "related.dom_related",
        ),
    ],
)
def test_chrome_class_words_in_other_languages_name_the_lines_the_extractor_drops(
    cleaner: Cleaner, extractor_keeps_body: None, container: str, label: str, rule: str
) -> None:
    """A comment, share or related box whose class or id is in German, Spanish or Italian is named
    as its English twin would be (a related-story line by its link), and the prose in it goes too."""
    comment = "Peter wrote on 3 May: this is very good news for the city and for everyone who lives there."
    tag = container[1 : container.index(" ")]
    text = label.split(">")[1].split("<")[0] if label.startswith("<") else label
    rules = removed_around_body(cleaner, f"{container}<h3>{label}</h3><p>{comment}</p></{tag}>")
    assert rules.get(text) == rule
    assert comment in rules


STANDFIRST = "Twelve new kilometres of track are planned for the outer districts by the end of the decade."


def standfirst_page(*, description: str, header: str = "header", wrapped: bool = False) -> str:
    """An article whose ``<header>`` holds its headline and a standfirst, with a description meta."""
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    top = f"<{header}><h1>Council backs tram extension</h1><h2>{STANDFIRST}</h2></{header}>"
    article = f"<article>{top}{paragraphs}</article>"
    if wrapped:  # a <header> around the page's whole content names no chrome
        article = f"<header>{article}</header>"
    return f"""<html><head><title>Council backs tram extension | Example News</title>
    <meta name="description" content="{description}"></head><body>{article}</body></html>"""


def test_the_standfirst_the_description_prints_goes_to_the_metadata(cleaner: Cleaner) -> None:
    result = cleaner.clean(html=standfirst_page(description=STANDFIRST))
    assert STANDFIRST not in result.text and all(paragraph in result.text for paragraph in BODY)
    assert result.metadata["standfirst"] == STANDFIRST
    assert any(removal.rule == "extracted.standfirst" for removal in result.removed)
    cut = cleaner.clean(html=standfirst_page(description=STANDFIRST[:50] + "..."))
    assert cut.metadata.get("standfirst") == STANDFIRST, "a description cut short with an ellipsis names it too"


@pytest.mark.parametrize(
    "page_html",
    [
        standfirst_page(description="The council voted on the tram."),  # the description prints another text
        standfirst_page(description=STANDFIRST, header="div"),  # no <header>: nothing names it as introduction
        standfirst_page(description=STANDFIRST, wrapped=True),  # a <header> wrapping the content
    ],
    ids=["another description", "no header", "header around the content"],
)
def test_a_summary_line_without_both_names_stays(cleaner: Cleaner, page_html: str) -> None:
    result = cleaner.clean(html=page_html)
    assert STANDFIRST in result.text
    assert "standfirst" not in result.metadata


def test_a_hidden_copy_of_a_shown_paragraph_goes_and_hidden_text_alone_stays(cleaner: Cleaner) -> None:
    tab = "The second tab lists the stations the extension will serve, from the harbour to the airport."
    html = f"""<html><head><title>Council backs tram extension</title></head><body><article>
    <h1>Council backs tram extension</h1><p>{BODY[0]}</p><p>{BODY[1]}</p>
    <div style="display: none"><p>{BODY[0]}</p></div><p>{BODY[2]}</p><p hidden>{BODY[1]}</p>
    <div hidden><p>{tab}</p></div></article></body></html>"""
    result = cleaner.clean(html=html)  # inside the article: a copy the reader sees would stay
    assert [paragraph for paragraph in result.text.split("\n") if paragraph] == [*BODY, tab]
    copies = [removal for removal in result.removed if removal.category == "duplicate"]
    assert [removal.text for removal in copies] == [BODY[0], BODY[1]]
    assert copies[1].rule == "repeats.hidden_copy", "the copy past the paragraphs printed once goes as hidden"
    assert all(result.source[removal.start : removal.end] == removal.text for removal in copies)


@pytest.mark.parametrize("listed", ["<ul>{}</ul>", "{}"], ids=["list items", "paragraphs"])
def test_links_listed_under_an_article_line_ending_in_a_colon_stay(
    cleaner: Cleaner, extractor_keeps: Callable[[Collection[str]], None], listed: str
) -> None:
    """The article introduces a list of links ("In progress:"), as list items or as paragraphs;
    the extractor drops the items, and they stay the article's. The same links nothing introduces
    are chrome."""
    intro = "Work on the extension is going on in three places:"
    items = ["Harbour stop rebuilt", "Depot extended", "New signals at the bridge"]
    extractor_keeps([*BODY, intro])
    tag = "li" if listed.startswith("<ul>") else "p"
    links = listed.format("".join(f'<{tag}><a href="/{n}">{item}</a></{tag}>' for n, item in enumerate(items)))
    html = f"<html><body><article><p>{BODY[0]}</p><p>{BODY[1]}</p><p>{intro}</p>{links}<p>{BODY[2]}</p>"
    result = cleaner.clean(html=html + "</article></body></html>")
    assert all(item in result.text for item in items)
    bare = html.replace(f"<p>{intro}</p>", "")
    removed = [removal.text for removal in cleaner.clean(html=bare + "</article></body></html>").removed]
    assert all(item in removed for item in items)


def test_prose_the_extractor_drops_in_a_banner_goes(
    cleaner: Cleaner, extractor_keeps: Callable[[Collection[str]], None]
) -> None:
    """A site banner's blurb (class ``banner``) that the extractor drops is page chrome, not an
    article paragraph the guard would hold."""
    extractor_keeps(BODY)
    blurb = "This is the shared diary of two walkers who love the coast, the hills and a long lunch in town."
    html = f'<html><body><div class="site-banner"><h2>{blurb}</h2></div><article>'
    html += "".join(f"<p>{text}</p>" for text in BODY) + "</article></body></html>"
    result = cleaner.clean(html=html)
    assert blurb not in result.text and all(text in result.text for text in BODY)


def test_a_link_line_between_lines_the_extractor_keeps_stays_with_them(
    cleaner: Cleaner, extractor_keeps: Callable[[Collection[str]], None]
) -> None:
    """A listicle's item heading printed as a link, or a paragraph's own "get the pattern here"
    link, stands between lines the extractor keeps, in their place: the article's, though it is a
    link through and through. A button (a ``<div>`` link) between them, and three links in a row
    there (a listing), stay chrome."""
    items = ["Oak bench", "Pine shelf"]
    own = "Grab the pattern here!"
    extractor_keeps(BODY)
    html = f'<html><body><article><p>{BODY[0]}</p><h2><a href="/a">{items[0]}</a></h2><p>{BODY[1]}</p>'
    html += f'<h2><a href="/b">{items[1]}</a></h2><p><a href="/p">{own}</a></p><p>{BODY[2]}</p>'
    result = cleaner.clean(html=html + "</article></body></html>")
    assert [line for line in result.text.split("\n") if line] == [BODY[0], items[0], BODY[1], items[1], own, BODY[2]]
    button = "Order the kit today"
    listing = "".join(f'<p><a href="/{n}">Another story number {n}</a></p>' for n in range(3))
    html = f'<html><body><article><p>{BODY[0]}</p><div class="x"><a href="/k">{button}</a></div><p>{BODY[1]}</p>'
    result = cleaner.clean(html=html + f"{listing}<p>{BODY[2]}</p></article></body></html>")
    assert [line for line in result.text.split("\n") if line] == BODY


def test_the_headline_and_standfirst_of_an_article_header_the_extractor_drops_go_to_the_metadata(
    cleaner: Cleaner, extractor_keeps: Callable[[Collection[str]], None]
) -> None:
    """A ``<header>`` inside the ``<article>`` is the article's own: where the extractor drops its
    headline and standfirst, they go to the title and the standfirst as they would were they kept,
    not out with the page's chrome; its byline stays chrome. The page's banner, a ``<header>``
    outside the article, is chrome, prose too."""
    extractor_keeps(BODY)
    blurb = "A weekly letter about the city's trams, buses and bicycle lanes, written by its readers."
    html = standfirst_page(description=STANDFIRST).replace("<h2>", "<p>By Jane Roe</p><h2>")
    html = html.replace("<body>", f"<body><header><p>{blurb}</p></header>")
    result = cleaner.clean(html=html)
    assert [line for line in result.text.split("\n") if line] == BODY
    rules = {removal.text: removal.rule for removal in result.removed}
    assert rules["Council backs tram extension"] == "extracted.headline"
    assert rules[STANDFIRST] == "extracted.standfirst" and result.metadata["standfirst"] == STANDFIRST
    assert rules["By Jane Roe"] == "fragments.byline" and rules[blurb] == "extractor.trafilatura"


def test_a_reference_list_of_addresses_after_the_article_stays(
    cleaner: Cleaner, extractor_keeps: Callable[[Collection[str]], None]
) -> None:
    """Links printed as their web addresses, listed after the article's last paragraph in its
    place, are the sources it cites, though the extractor drops them and three make a run of
    headline-shaped lines; the same addresses in the page's footer, and linked titles of other
    stories after the article, are chrome."""
    extractor_keeps(BODY)
    sources = [
        "https://example.org/transport/tram-report-2024",
        "www.example.net/council/minutes",
        "https://example.com/reports/2023/urban-transport-plan-final-version",
    ]
    listed = "".join(f'<li><a href="http://{n}">{address}</a></li>' for n, address in enumerate(sources))
    stories = "".join(f'<li><a href="/s{n}">Another story about the harbour {n}</a></li>' for n in range(2))
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    html = f"<html><body><article>{paragraphs}<ul>{listed}</ul><ul>{stories}</ul></article>"
    result = cleaner.clean(html=html + f"<footer><ul>{listed}</ul></footer></body></html>")
    assert [line for line in result.text.split("\n") if line] == [*BODY, *sources]
    assert sum(removal.text in sources for removal in result.removed) == len(sources)


@pytest.mark.parametrize(
    ("ident", "header", "prose_goes"),
    [
        ("schedule-and-related", False, False),
        ("more-on-tram-related-articles-text", False, False),
        ("related-stories-and-more", False, True),
        ("spending-as-a-share-of-income", True, True),
    ],
)
def test_an_id_that_reads_as_a_phrase_puts_no_prose_outside_the_article(
    cleaner: Cleaner, extractor_keeps_body: None, ident: str, header: bool, prose_goes: bool
) -> None:
    """An id that reads as a phrase (a heading's slug, a box named by what it holds) names its
    section by its subject: its chrome word still names the short link the extractor drops, but
    the paragraph in it is the guard's to hold, unless a landmark around it agrees (a chart's
    ``<header>`` lead-in). An id that names its role first puts the paragraph outside."""
    prose = "The works on the bridge will close two lanes from May, the department said in a statement."
    link = "Bridge works timetable"
    lead = f"<header><p>{prose}</p></header>" if header else f"<p>{prose}</p>"
    markup = f'<section id="{ident}">{lead}<p><a href="/bridge">{link}</a></p></section>'
    rules = removed_around_body(cleaner, markup)
    assert (prose in rules) is prose_goes
    assert rules.get(link) == ("social.dom_share" if "share" in ident else "related.dom_related")


def test_the_cited_addresses_are_found_once_a_page(
    cleaner: Cleaner, extractor_keeps: Callable[[Collection[str]], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The addresses an article cites are the page's, as its chrome is: found once before the
    passes and carried to each pass's view, not found again for its chrome and its guard."""
    extractor_keeps(BODY)
    calls: list[int] = []
    found = html_places.cited_addresses

    def counted(facts: Sequence[LineFacts], blocks: Sequence[Block]) -> frozenset[int]:
        calls.append(len(blocks))
        return found(facts, blocks)

    for module in (html_places, body_module, cleaner_module):
        monkeypatch.setattr(module, "cited_addresses", counted, raising=False)
    listed = '<li><a href="http://1">https://example.org/transport/tram-report-2024</a></li>'
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    menu = '<nav><a href="/a">News</a> <a href="/b">Sport</a></nav>'
    result = cleaner.clean(html=f"<html><body>{menu}<article>{paragraphs}<ul>{listed}</ul></article></body></html>")
    assert result.text.split("\n")[-1] == "https://example.org/transport/tram-report-2024"
    assert len(calls) == 1
