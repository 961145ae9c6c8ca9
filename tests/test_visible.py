"""The page's visible text: one line per block, each with its DOM facts; trafilatura's output
aligned to those lines; the guard's policy for what the extractor leaves out."""

from __future__ import annotations

from trafilatura import load_html

from cleaner.documents.alignment import kept_lines
from cleaner.documents.visible import LineFacts, visible_text
from cleaner.engine.blocks import segment
from cleaner.engine.body import Body
from cleaner.engine.guard import decide
from cleaner.rule_api import Evidence, Mark

PAGE = """<html><head><title>T</title><script>var hidden = 1;</script></head><body>
<nav class="site-menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Harbour bridge reopens</h1>
<p>The bridge reopened on <b>Monday</b> after <a href="/r">two years</a> of repairs.</p>
<figure><img src="x.jpg"><figcaption>The bridge at dawn.</figcaption></figure>
<div class="share-bar"><a href="/s">Share</a></div>
<table><tr><td>Cost</td><td>12m</td></tr></table>
</article><footer>© 2025 Example</footer><!-- a comment --></body></html>"""


def test_each_block_is_a_line_with_its_facts() -> None:
    page = visible_text(load_html(PAGE))
    lines = page.text.split("\n")
    assert [line for line in lines if line] == [
        "Home",
        "World",
        "Harbour bridge reopens",
        "The bridge reopened on Monday after two years of repairs.",
        "The bridge at dawn.",
        "Share",
        "Cost 12m",
        "© 2025 Example",
    ]
    assert len(page.facts) == len(segment(page.text)), "one facts entry per block"
    home, _, headline, paragraph, caption, share, _, footer = page.facts
    assert home.within("nav", "li") and home.named("menu") and home.link_density == 1.0
    assert headline.element == "h1" and headline.within("article")
    assert 0 < paragraph.link_density < 0.3
    assert caption.within("figcaption")
    assert share.named("share")
    assert footer.within("footer") and not footer.within("article")
    assert "hidden" not in page.text and "comment" not in page.text and "T\n" not in page.text


def test_class_and_id_words_and_an_id_that_reads_as_a_phrase_kept_apart() -> None:
    """An id's chrome words join the class's (:attr:`LineFacts.words`), unless the id reads as a
    phrase (a heading's slug): then they are :attr:`LineFacts.titled` and the class's stay words."""
    page = visible_text(
        load_html(
            """<html><body>
<div class="promo-box" id="share-tools"><p>Tools</p></div>
<div class="promo-box" id="more-on-the-related-trams"><p>Story</p></div>
<div id="comments-and-replies"><p>Replies</p></div>
<div class="col-md-8 wide" id="menu"><p>Menu</p></div>
</body></html>"""
        )
    )
    tools, story, replies, menu = page.facts
    assert tools.words == {"promo", "share"} and not tools.titled
    assert story.words == {"promo"} and story.titled == {"related"}
    assert replies.words == {"comment"} and not replies.titled  # names its role first: no phrase
    assert menu.words == {"menu"} and not menu.titled


def test_paragraphs_are_set_off_by_a_blank_line_and_list_items_are_not() -> None:
    text = visible_text(load_html("<html><body><p>One.</p><p>Two.</p><ul><li>a</li><li>b</li></ul></body></html>")).text
    assert text == "One.\n\nTwo.\n\na\nb"


def test_extractor_output_aligns_to_lines() -> None:
    lines = ["Home", "Harbour bridge reopens", "The bridge reopened on Monday.", "Cost 12m", "Footer"]
    extracted = "Harbour bridge reopens\nThe bridge  reopened on Monday.\n- Cost 12m"
    assert kept_lines(lines, extracted) == [False, True, True, True, False]
    assert kept_lines(lines, "") == [False] * 5
    assert kept_lines(["A first line", "a second"], "A first line a second") == [True, True], "joined lines"


PROSE = "The council said on Monday that the new tram line would open in May after long delays."


def _decide(texts: list[str], dropped: set[int], chrome: set[int]):
    """The guard on a page of ``texts`` whose extractor drops ``dropped``, ``chrome`` of them in a <nav>."""
    blocks = segment("\n".join(texts))
    facts = [
        LineFacts("p", frozenset({"nav"} if i in chrome else set()), frozenset(), 0.0, kept=i not in dropped)
        for i in range(len(blocks))
    ]
    marks = [Mark(i, "extractor.trafilatura", "boilerplate", "left out", Evidence.EXTRACTOR) for i in sorted(dropped)]
    return decide(Body(blocks, facts=facts), marks)


def test_the_extractor_does_not_take_article_lines_it_dropped() -> None:
    texts = [PROSE, "A subheading", PROSE.replace("May", "June"), PROSE.replace("May", "July"), "Menu"]
    decision = _decide(texts, dropped={1, 2, 3, 4}, chrome={4})
    assert [mark is not None for mark in decision.removals] == [False, False, False, False, True]
    assert {veto.mark.block for veto in decision.vetoes} == {1, 2, 3}


def test_the_extractor_takes_what_the_page_puts_in_chrome_even_prose() -> None:
    texts = [PROSE, PROSE.replace("May", "June"), "Comments", PROSE.replace("council", "reader")]
    decision = _decide(texts, dropped={2, 3}, chrome={2, 3})
    assert [mark is not None for mark in decision.removals] == [False, False, True, True]


def test_text_input_has_no_extractor_evidence() -> None:
    body = Body(segment(PROSE))
    assert body.outside == frozenset() and body.kept_span == range(0)


def test_a_line_the_markup_hides_says_so() -> None:
    html = """<html><body><p>Shown</p><div style="color: red; DISPLAY:none"><p>Styled <b>away</b></p></div>
    <section hidden><ul><li>Attribute</li></ul></section><p style="visibility: hidden">Invisible</p>
    <p class="hidden-xs">Class</p><p style="display: block">Block</p></body></html>"""
    page = visible_text(load_html(html))
    lines = [line for line in page.text.split("\n") if line]
    assert {line: facts.hidden for line, facts in zip(lines, page.facts, strict=True)} == {
        "Shown": False,
        "Styled away": True,
        "Attribute": True,
        "Invisible": True,
        "Class": False,  # a class hides only through a style sheet, which is not read
        "Block": False,
    }


def test_text_after_a_comment_or_processing_instruction_stays_on_its_line() -> None:
    from lxml.html import fromstring  # keeps comments, unlike trafilatura's parser

    tree = fromstring("<html><body><p>one <!-- note --> two<?pi x?> three</p><svg>no</svg>four</body></html>")
    assert visible_text(tree).text == "one two three\n\nfour"
