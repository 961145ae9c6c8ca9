"""trafilatura's extraction run on cleaner's own tree gives the text ``bare_extraction`` gives."""

from __future__ import annotations

import importlib

import pytest

from cleaner.documents.html import _drop_code, extractor_options, parse
from cleaner.documents.html_extraction import extracted_text, prune_raw

SENTENCE = (
    "The regional council approved the budget for the new water treatment plant after a debate that"
    " lasted most of the afternoon and ended with a narrow vote. "
)
FORUM_DATA = '{"@context": "https://schema.org", "@type": "DiscussionForumPosting", "headline": "Pumps"}'


NEXT_STORY = (
    '<div class="infinite-scroll"><h2>Next story</h2><p>The harbour authority opened a second ferry'
    " terminal on the north shore, where commuters had waited for years.</p></div>"
)


def article(paragraphs: int, *, comments: bool = False, forum: bool = False, after: str = "") -> str:
    """A news page with ``paragraphs`` paragraphs of two sentences, chrome around them, and
    optionally a reader comment thread, the structured data of a forum thread and more markup
    ``after`` them in the ``<article>``."""
    body = "".join(f"<p>{SENTENCE * 2}Paragraph {number}.</p>" for number in range(paragraphs))
    thread = (
        '<div class="comments"><div class="comment"><p>Reader one says the plant is long overdue and'
        " the vote should have come years ago.</p></div><div class=\"comment\"><p>Reader two asks who"
        " pays for the pipes to the outer villages.</p></div></div>"
        if comments
        else ""
    )
    data = f'<script type="application/ld+json">{FORUM_DATA}</script>' if forum else ""
    return (
        f"<html><head><title>Council approves plant</title>{data}</head><body>"
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ul></nav>'
        f"<main><article><h1>Council approves plant</h1>{body}{thread}{after}</article></main>"
        '<div class="share"><a href="/s">Share</a></div><footer><p>© 2024 Example Media</p></footer>'
        "</body></html>"
    )


PAGES = {
    "long: the comparison with readability and jusText skipped": article(12),
    "short: compared with readability and jusText": article(3),
    "shorter than trafilatura's minimum: the baseline rescue": article(0).replace("<h1>", "<h1>Only "),
    "a comment thread, pruned": article(12, comments=True),
    "an infinite scroll's next story, pruned": article(12, after=NEXT_STORY),
    "a forum thread, its comments not pruned first": article(3, comments=True, forum=True),
    "no text at all": "<html><head><title>Nothing</title></head><body><div></div></body></html>",
}


def _tree(html: str) -> object:
    """The page as HTML mode hands it to trafilatura: parsed, its code dropped."""
    tree = parse(html)
    _drop_code(tree)
    return tree


@pytest.mark.parametrize("name", PAGES)
def test_the_text_is_bare_extractions(name: str) -> None:
    from trafilatura import bare_extraction

    url = "https://news.example.com/plant"
    document = bare_extraction(_tree(PAGES[name]), options=extractor_options(url))
    assert extracted_text(_tree(PAGES[name]), extractor_options(url)) == ((document.text or "") if document else "")


def test_the_pages_reach_each_step(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pages above take each way through the steps: the comparison on the tree itself (which
    it then leaves alone) or on a copy, the baseline rescue, a forum thread's comments not pruned first."""
    calls: dict[str, tuple[tuple[object, ...], object]] = {}

    def spy_on(module: str, step: str) -> None:
        original = getattr(importlib.import_module(module), step)

        def spy(*args: object) -> object:
            calls[step] = (args, result := original(*args))
            return result

        monkeypatch.setattr(importlib.import_module(module), step, spy)

    spy_on("trafilatura.external", "compare_extraction")
    spy_on("trafilatura.baseline", "baseline")
    spy_on("trafilatura.core", "_forum_thread_page")

    def ways(name: str) -> tuple[bool, bool, object]:
        """Whether the comparison got the tree itself, whether the baseline ran, whether a forum."""
        calls.clear()
        tree = _tree(PAGES[name])
        extracted_text(tree, extractor_options(None))
        return calls["compare_extraction"][0][1] is tree, "baseline" in calls, calls["_forum_thread_page"][1]

    assert ways("long: the comparison with readability and jusText skipped") == (True, False, False)
    assert ways("short: compared with readability and jusText") == (False, False, False)
    assert ways("shorter than trafilatura's minimum: the baseline rescue") == (False, True, False)
    assert ways("a forum thread, its comments not pruned first") == (False, False, True)
    kept = {name: extracted_text(_tree(PAGES[name]), extractor_options(None)) for name in PAGES}
    assert "Reader one" not in kept["a comment thread, pruned"]
    assert "Reader one" in kept["a forum thread, its comments not pruned first"]
    assert "ferry" not in kept["an infinite scroll's next story, pruned"]
    unnamed = article(12, after=NEXT_STORY.replace("infinite", "endless"))
    assert "ferry" in extracted_text(_tree(unnamed), extractor_options(None))
    assert kept["no text at all"] == ""


def test_html_modes_settings_are_the_ones_it_runs_for() -> None:
    """The steps left out of trafilatura's cascade run only for other settings: with comments,
    in precision or balanced mode, fast, with deduplication, a language filter or a tree limit."""
    options = extractor_options(None)
    assert options.focus == "recall"
    assert not (options.comments or options.fast or options.dedup or options.lang or options.max_tree_size)


NAMES = (
    "comments",
    "Comments-area",
    "commentary",
    "comment-list",
    "comol",
    "disqus_thread",
    "dsq-comments",
    "post-comments",
    "article-comments",
    "no-comments",
    "infinite-scroll",
    "infinitescroll",
    "mvp-post-add-box",
    "mvp-post-add-wrap",
    "elementor-share-buttons wide",
    "story",
)
TAGS = ("div", "section", "aside", "details", "ol", "ul", "list", "span")


def pruned_page() -> str:
    """Every tag the prunes test with every name as its id and as its class, with and without a
    headline inside, some nested in others, each followed by a tail that must stay."""
    parts = []
    for tag in TAGS:
        for name in NAMES:
            for attribute in ("id", "class"):
                nested = f'<{tag} {attribute}="{name}"><p>nested</p></{tag}>'
                for inside in ("<p>words</p>", "<h1>Headline</h1>", nested):
                    parts.append(f'<{tag} {attribute}="{name}">{inside}</{tag}>{tag} {name} tail ')
    return "<html><body><main>" + "".join(parts) + "</main></body></html>"


@pytest.mark.parametrize("comments", [True, False])
def test_the_raw_prune_is_trafilaturas(comments: bool) -> None:
    from lxml.html import tostring
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    theirs, ours = parse(pruned_page()), parse(pruned_page())
    prune_unwanted_nodes(theirs, RAW_TREE_PRUNE_XPATH)
    if comments:
        prune_unwanted_nodes(theirs, REMOVE_COMMENTS_AND_LISTS_XPATH)
    prune_raw(ours, comments=comments)
    assert tostring(ours) == tostring(theirs)
    assert tostring(ours) != tostring(parse(pruned_page()))
