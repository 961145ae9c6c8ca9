"""The bench's sorting of HTML removals into the kinds the benchmark golds disagree on (bench/html_policy.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from cleaner.documents.visible import LineFacts

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from html_policy import KINDS

CAPTION = LineFacts("figcaption", frozenset({"figure", "figcaption", "article"}), frozenset(), 0.0, kept=False)
COMMENT = LineFacts("p", frozenset({"li"}), frozenset({"comment"}), 0.0, kept=False)
MENU = LineFacts("li", frozenset({"li", "nav"}), frozenset({"menu"}), 1.0, kept=False)


def kinds(rule: str, category: str, facts: LineFacts) -> list[str]:
    return [kind for kind, test in KINDS.items() if test(rule, category, facts)]


def test_an_extractor_drop_is_sorted_by_where_the_line_sits() -> None:
    assert kinds("extractor.trafilatura", "boilerplate", CAPTION) == ["captions and credits"]
    assert kinds("extractor.trafilatura", "boilerplate", COMMENT) == ["comments"]
    assert kinds("extractor.trafilatura", "boilerplate", MENU) == []


def test_named_rules_are_sorted_by_their_names() -> None:
    assert kinds("extracted.headline", "metadata", MENU) == ["headline"]
    assert kinds("related.inline_link", "related", MENU) == ["related links, syndication"]
    assert kinds("syndication.originally_published", "syndication", MENU) == ["related links, syndication"]
    assert kinds("fragments.dom_caption", "metadata", MENU) == ["captions and credits"]
    assert kinds("navigation.dom_menu", "navigation", MENU) == []
