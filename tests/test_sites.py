"""A page's site read from its address once, at the public suffix, for every part that asks."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from cleaner.documents import sites
from cleaner.documents.sites import host, site_key, site_labels, site_name


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.example.com/news/1", "example"),
        ("https://news.example.co.uk/a", "example"),
        ("example-post.de", "examplepost"),
        ("https://www.ft.com/x", None),
        (None, None),
        ("https://www.example.gc.ca/a", "example"),
        ("https://www.example.ltd.uk/a", "example"),
        ("https://www.example.com./a", "example"),
        ("https://news-a.example/1", "newsa"),
        ("http://127.0.0.1:8000/x", None),
        ("http://[::1]/x", None),
        ("http://localhost/x", None),
    ],
)
def test_the_site_s_name_is_the_label_over_the_public_suffix(url: str | None, name: str | None) -> None:
    """A second-level suffix of any country ("gc.ca", "ltd.uk") is no site's name; an address
    under no listed suffix is named by its label before the last; a machine has no name."""
    assert site_name(url) == name


@pytest.mark.parametrize(
    ("url", "labels"),
    [
        ("https://money.cnn.com/x", ["money", "cnn"]),
        ("https://www.example.com.au/x", ["example"]),
        ("https://www.9to5-mac.com/x", ["9to5mac"]),
        ("https://m.example.de/x", ["example"]),
        ("https://a.b.intranet.example/x", ["intranet"]),
        ("http://10.0.0.5/x", []),
        (None, []),
    ],
)
def test_a_title_may_name_the_site_by_any_label_over_the_suffix(url: str | None, labels: list[str]) -> None:
    """Sub-domains count ("Money | CNN"), the suffix's own labels ("com" in .com.au) and names too
    short to tell anything do not."""
    assert site_labels(url) == labels


def test_the_key_of_learned_boilerplate_and_the_name_come_from_one_parse() -> None:
    url = "https://www.news.example.co.uk/a/b?c=1"
    assert host(url) == "www.news.example.co.uk"
    assert site_key(url) == "example.co.uk"
    assert site_name(url) == site_key(url).split(".")[0]


def test_the_module_imports_nothing_of_cleaner() -> None:
    """The engine, the evidence and the rule API all read the site here: importing any of them
    back would make a cycle."""
    tree = ast.parse(Path(sites.__file__).read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not {name for name in imported if name.split(".")[0] == "cleaner"}
