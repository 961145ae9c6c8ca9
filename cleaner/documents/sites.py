"""A page's site, read from its address once for everyone who asks.

The host's labels are split at the public suffix (tldextract with its bundled list, never the
network): learned boilerplate is kept per registered domain (:func:`site_key`), the page's footer
tells the site's own rights notice by the site's name (:func:`site_name`), and the page's title
names the site after its headline, a sub-domain's name included (:func:`site_labels`). The module
imports nothing of the engine or the rule API, so each of them may import it.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import regex

if TYPE_CHECKING:
    from tldextract.tldextract import ExtractResult

SITE_NAME_CHARS = 3
"""A site's name shorter than this ("tv", "ft") is found inside too many words to name it."""
NOT_LETTER_OR_DIGIT = regex.compile(r"[^\p{L}\p{N}]+")
"""Signs, punctuation and spaces: what a site's name drops (:func:`letters_and_digits`), and what
the headline search folds into spaces when it compares a line with the page's title."""


def letters_and_digits(text: str) -> str:
    """``text`` as a site's name is spelled: its letters and digits only, lower case
    ("examplepost" for "Example-Post"), so a line naming the site is found however it spaces it."""
    return NOT_LETTER_OR_DIGIT.sub("", text).lower()


@cache
def _extractor() -> object:
    import tldextract

    # No suffix-list URL and no cache folder: the bundled snapshot, no network, no disk writes.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def prepare_site_keys() -> None:
    """Load the public suffix list now (tldextract's import and its suffix trie, about 0.07 s):
    worker processes forked afterwards share it instead of each building its own."""
    _extractor()


def host(url: str | None) -> str:
    """The host of an address, lower case and without a closing dot ("" for none); a bare host
    ("edition.example.com/world") is an address too."""
    if not url:
        return ""
    return (urlsplit(url if "//" in url else "//" + url).hostname or "").rstrip(".")


@lru_cache(maxsize=1 << 14)
def _split(name: str) -> ExtractResult:
    """A batch has far fewer hosts than pages, and the suffix-list lookup is the slow part."""
    return _extractor()(name)  # type: ignore[operator]


def _is_address(name: str) -> bool:
    """An IP address (v4 or v6) names a machine, not a site."""
    return name.replace(".", "").isdigit() or ":" in name


def site_key(url: str | None, fallback: str | None = None) -> str | None:
    """The site a page belongs to: its URL's registered domain, else ``fallback`` (the name of the
    site module that recognised the text), else None (the page is not learned from).

    A host under no public suffix (``www.news-a.example``, an intranet name) counts its last label
    as the suffix, so its subdomains are one site (``news-a.example``) as under ``.com``; an IP
    address or a one-label host is its own site."""
    name = host(url)
    if not name:
        return fallback or None
    found = _split(name)
    if found.top_domain_under_public_suffix:
        return found.top_domain_under_public_suffix
    if found.suffix or _is_address(found.domain) or ":" in name:
        return name
    return ".".join(name.split(".")[-2:])


def _labels(url: str | None) -> list[str]:
    """The host's labels before its public suffix ("news", "bbc" for news.bbc.co.uk; all but the
    last under no listed suffix), none for an IP address."""
    name = host(url)
    if not name or _is_address(name):
        return []
    found = _split(name)
    if found.suffix:
        return [label for label in (*found.subdomain.split("."), found.domain) if label]
    return name.split(".")[:-1]


def _as_name(label: str) -> str | None:
    """A label as a site's name: letters and digits only ("examplepost" for example-post), None
    when too short (:data:`SITE_NAME_CHARS`)."""
    name = letters_and_digits(label)
    return name if len(name) >= SITE_NAME_CHARS else None


def site_name(url: str | None) -> str | None:
    """The site's name in its address, the registered domain's own label ("example" for
    https://www.example.co.uk/news/1), or None without one."""
    labels = _labels(url)
    return _as_name(labels[-1]) if labels else None


def site_labels(url: str | None) -> list[str]:
    """The names (:func:`_as_name`) of the host's labels before its public suffix, sub-domains
    first ("news", "bbc" for news.bbc.co.uk) and a leading "www" left out: a page's title may name
    the site by any of them ("Money | CNN" for money.cnn.com)."""
    labels = _labels(url)
    if labels[:1] == ["www"]:
        labels = labels[1:]
    return [name for label in labels if (name := _as_name(label)) is not None]
