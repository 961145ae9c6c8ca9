"""Site boilerplate learned across a batch: lines that recur on most pages of one site.

Learning comes first, cleaning second, so every page (the first ones included) is cleaned with
the same table, and the same batch in any order gives the same table and the same output (unlike
a cache filled while cleaning, the trap of trafilatura's ``deduplicate``, its issue #778).

* **Site**: the URL's registered domain (:func:`cleaner.documents.sites.site_key`), or for text
  without a URL the name of the site module that recognised it.
* **Fingerprint**: xxhash of a CCNet-style normalisation of a block (case folded, digits to 0,
  punctuation and symbols dropped, white space collapsed), so "© 2024" and "© 2025" are one line.
* **Counting**: a block counts once per page, and once per distinct *body*: pages are keyed by a
  signature of their prose blocks, so a site that publishes the same story many times counts it
  once and does not learn its paragraphs.
* **Decision**: a line is boilerplate when it is on at least ``min_pages`` of those distinct pages
  and on at least ``min_share`` of them. When learned lines would take most of a page's prose, the
  page is a re-published story (a live blog, an updated article), not chrome, and keeps it all.
* **Memory**: bounded whatever the batch size: each site keeps a hash sample of at most
  ``max_pages_per_site`` distinct bodies, and all sites together at most ``max_blocks`` block
  occurrences. Sampling by hash level makes the sample a function of the batch, not of its order.
"""

from __future__ import annotations

import hashlib
import json
import re
import string
import unicodedata
from array import array
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

import regex
import xxhash

from cleaner.documents.sites import site_key
from cleaner.engine.blocks import Block, beyond_ascii_and, punctuation_marks, segment
from cleaner.rule_api import Evidence, Mark, Page

RULE_ID = "learned.site_boilerplate"
CATEGORY = "boilerplate"
FORMAT = "cleaner.evidence.boilerplate"
VERSION = 1

MIN_PAGES = 3
"""A line must be on at least three distinct pages: two pages of a site can share a quote or a
paragraph of wire copy by chance, three distinct bodies sharing a line is a template."""
MIN_SHARE = 0.5
"""...and on at least half of the site's distinct pages. Menus, footers and standing promos are
on nearly every page; a background paragraph that several stories of a site reuse is on a few."""
MIN_CHARS = 10
"""Normalised characters a line needs to be learned. Shorter lines ("Share", "Menu", "Sports")
are single words that the family rules already know, and that recur inside bodies too (a section
label, "Photo", "Q."), so learning them buys little and risks a body line."""
MAX_PROSE_SHARE = 0.5
"""Largest share of a page's prose words that learned lines may take; beyond it the page is a
re-published story whose paragraphs the site has printed many times, and nothing is taken."""
MAX_PAGES_PER_SITE = 256
"""Distinct bodies sampled per site. A share of 50% is measured within a few points from 256
pages, and the sample keeps one site's memory flat however many pages it has."""
MAX_BLOCKS = 2_000_000
"""Block occurrences kept for all sites together (about 16 MB of fingerprints): the bound for
batches of very many sites; beyond it every site's sample is thinned alike."""
MAX_EXAMPLE_CHARS = 400
"""Longest line kept as an example for a generated rule module; ``line()`` rules stop there."""

_PUNCT = regex.compile(r"[\p{P}\p{S}]+")
_DIGIT = regex.compile(r"\d")
_SPACE = regex.compile(r"\s+")


_ASCII_DIGITS = bytes.maketrans(string.digits.encode(), b"0" * 10)
_ASCII_PUNCTUATION = string.punctuation.encode()
"""For an ASCII line, the same folds as the patterns above, on its bytes: digits become 0, every
ASCII punctuation mark and symbol (all in ``string.punctuation``) goes, and ``bytes.split()``
cuts at exactly the white space ``\\s`` matches in ASCII (``\\t\\n\\v\\f\\r`` and the space)."""


_PLAIN_MARKS = punctuation_marks(
    lambda char: _PUNCT.fullmatch(char) and unicodedata.normalize("NFKC", char) == char and char.casefold() == char
)
"""Punctuation marks and symbols (curly quotes, dashes, bullets, arrows) that NFKC and case folding
leave as they are: :func:`_normalize_any` only deletes them."""
_PLAIN_MARK = re.compile(f"[{re.escape(_PLAIN_MARKS)}]")
_BEYOND_PLAIN_MARKS = beyond_ascii_and(_PLAIN_MARKS)


def normalize_line(text: str) -> str:
    """CCNet-style normalisation for fingerprints: case, digits, punctuation, white space folded."""
    if not text.isascii():
        if _BEYOND_PLAIN_MARKS.search(text) is not None:
            return _normalize_any(text)
        text = _PLAIN_MARK.sub("", text)  # ASCII once its plain marks, which the folds delete, are gone
    # most lines: one byte translation and a split do what three substitutions do, 10x faster
    return b" ".join(text.encode().lower().translate(_ASCII_DIGITS, _ASCII_PUNCTUATION).split()).decode().strip()


def _normalize_any(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _PUNCT.sub("", _DIGIT.sub("0", text))
    return _SPACE.sub(" ", text).strip()


def fingerprint(text: str, min_chars: int = MIN_CHARS) -> int | None:
    """The 64-bit fingerprint of a block, or None when it is too short to be learned."""
    return _fingerprint_of(normalize_line(text), min_chars)


def _fingerprint_of(key: str, min_chars: int) -> int | None:
    return xxhash.xxh3_64_intdigest(key.encode()) if len(key) >= min_chars else None


def body_signature(blocks: Sequence[Block], keys: Sequence[str]) -> int:
    """A page's body: the hash of its prose blocks' normalised set (all blocks if none is prose).
    ``keys``: the blocks' :func:`normalize_line` forms, which the page's fingerprints use too."""
    chosen = [key for block, key in zip(blocks, keys, strict=True) if block.is_prose] or keys
    return xxhash.xxh3_64_intdigest("\n".join(sorted(set(chosen))).encode())


def _level(signature: int) -> int:
    """Sampling level of a body: trailing zero bits of its signature (level >= L is a 2^-L sample)."""
    return (signature & -signature).bit_length() - 1 if signature else 64


@dataclass(frozen=True, slots=True)
class Observation:
    """What learning needs of one page, computed apart from the counting so that worker processes
    can do it: its site, its body signature, its line fingerprints and their example lines."""

    site: str
    signature: int
    lines: array
    """Sorted distinct fingerprints of the page's lines long enough to learn."""
    examples: dict[int, str]
    """Fingerprint -> the smallest original line, for lines short enough to be an example."""


def observe(
    page_text: str,
    url: str | None = None,
    fallback_site: str | None = None,
    min_chars: int = MIN_CHARS,
    *,
    examples: bool = True,
) -> Observation | None:
    """What :class:`BoilerplateLearner` counts of a page; None when the page has no site.

    ``examples=False`` leaves out the example lines: a table that is only used to clean, not
    saved or printed, never shows them, and they are most of what a worker sends back."""
    site = site_key(url, fallback_site)
    if site is None:
        return None
    blocks = segment(page_text)
    keys = [normalize_line(block.text) for block in blocks]
    lines: dict[int, str] = {}
    for block, normalized in zip(blocks, keys, strict=True):
        key = _fingerprint_of(normalized, min_chars)
        if key is not None:
            line = block.text.strip()
            lines[key] = min(line, lines.get(key, line))
    shown = {key: line for key, line in lines.items() if len(line) <= MAX_EXAMPLE_CHARS} if examples else {}
    return Observation(site, body_signature(blocks, keys), array("Q", sorted(lines)), shown)


@dataclass(frozen=True)
class SiteLines:
    """What was learned for one site: its boilerplate lines and how many distinct pages showed each."""

    pages: int
    """Distinct bodies the counts are over (the sample, when the site had more)."""
    pages_added: int
    """Pages added for the site, duplicates included."""
    lines: Mapping[int, int]
    """Fingerprint -> distinct pages that carried the line."""
    examples: Mapping[int, str] = field(default_factory=dict)
    """Fingerprint -> one original line (the smallest, so it does not depend on order)."""

    def reason(self, count: int, site: str) -> str:
        return f"on {count} of {self.pages} pages of site {site}"


@dataclass(frozen=True)
class BoilerplateTable:
    """Learned boilerplate of every site of a batch; immutable, shareable across threads."""

    sites: Mapping[str, SiteLines]
    min_pages: int = MIN_PAGES
    min_share: float = MIN_SHARE
    min_chars: int = MIN_CHARS
    max_prose_share: float = MAX_PROSE_SHARE

    def marks(self, page: Page, site_key: str | None) -> list[Mark]:
        """Marks for the blocks of ``page`` that are learned boilerplate of ``site_key``."""
        learned = self.sites.get(site_key) if site_key else None
        if learned is None or not learned.lines:
            return []
        found: list[tuple[Block, int]] = []
        for block in page.blocks:
            key = fingerprint(block.text, self.min_chars)
            count = learned.lines.get(key) if key is not None else None
            if count:
                found.append((block, count))
        prose_words = sum(block.words for block in page.blocks if block.is_prose)
        learned_words = sum(block.words for block, _ in found if block.is_prose)
        if prose_words and learned_words > self.max_prose_share * prose_words:
            return []
        return [
            Mark(block.index, RULE_ID, CATEGORY, learned.reason(count, site_key or ""), Evidence.LEARNED)
            for block, count in found
        ]

    def digest(self) -> str:
        """A content hash, so a table can stand in a cache key (workers build one cleaner per table)."""
        return hashlib.sha1(json.dumps(self.to_json(), sort_keys=True).encode()).hexdigest()

    def save(self, path: str | Path) -> None:
        """Write the table as versioned JSON, so a scraper can reuse it across runs."""
        Path(path).write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> BoilerplateTable:
        """Read a table written by :meth:`save`; a file of another format or version is refused."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as problem:
            raise ValueError(f"cannot read boilerplate table {path}: {problem}") from problem
        return cls.from_json(data, str(path))

    def to_json(self) -> dict[str, object]:
        sites = {
            name: {
                "pages": site.pages,
                "pages_added": site.pages_added,
                "lines": [
                    {"fingerprint": f"{key:016x}", "pages": count, "example": site.examples.get(key)}
                    for key, count in sorted(site.lines.items(), key=lambda item: (-item[1], item[0]))
                ],
            }
            for name, site in sorted(self.sites.items())
        }
        settings = {
            "min_pages": self.min_pages,
            "min_share": self.min_share,
            "min_chars": self.min_chars,
            "max_prose_share": self.max_prose_share,
        }
        return {"format": FORMAT, "version": VERSION, "settings": settings, "sites": sites}

    @classmethod
    def from_json(cls, data: object, source: str = "table") -> BoilerplateTable:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError(f"{source} is not a cleaner boilerplate table (expected format {FORMAT!r})")
        if data.get("version") != VERSION:
            raise ValueError(f"{source} has table version {data.get('version')!r}; this cleaner reads {VERSION}")
        sites: dict[str, SiteLines] = {}
        for name, site in data["sites"].items():
            lines = {int(line["fingerprint"], 16): int(line["pages"]) for line in site["lines"]}
            examples = {int(line["fingerprint"], 16): line["example"] for line in site["lines"] if line.get("example")}
            sites[name] = SiteLines(
                site["pages"], site["pages_added"], MappingProxyType(lines), MappingProxyType(examples)
            )
        return cls(MappingProxyType(sites), **data["settings"])


@dataclass
class _SiteSample:
    """The pages of one site kept for counting: the distinct bodies whose hash level is >= ``level``."""

    level: int = 0
    pages_added: int = 0
    bodies: dict[int, array] = field(default_factory=dict)
    """Body signature -> the fingerprints of the page's lines."""
    examples: dict[int, dict[int, str]] = field(default_factory=dict)
    """Fingerprint -> body level -> smallest original line seen on a body of that level."""

    def evict(self, level: int) -> None:
        """Raise the sampling level to ``level`` and forget everything below it."""
        if level <= self.level:
            return
        self.level = level
        for signature in [sig for sig in self.bodies if _level(sig) < level]:
            del self.bodies[signature]
        for key in list(self.examples):
            kept = {lvl: line for lvl, line in self.examples[key].items() if lvl >= level}
            if kept:
                self.examples[key] = kept
            else:
                del self.examples[key]

    def example(self, key: int) -> str | None:
        by_level = self.examples.get(key)
        return min(by_level.values()) if by_level else None


class BoilerplateLearner:
    """Count line fingerprints per site over a batch; :meth:`table` freezes what was learned.

    The result depends on the multiset of pages added, never on their order: counts are sums, a
    site keeps the distinct bodies whose hash level is at least L, and L rises only with
    quantities that grow with the batch (a site's distinct bodies, all pages' blocks), so it ends
    the same whatever the order. Example lines are the smallest original per level, for the same
    reason.
    """

    def __init__(
        self,
        *,
        min_chars: int = MIN_CHARS,
        max_pages_per_site: int = MAX_PAGES_PER_SITE,
        max_blocks: int = MAX_BLOCKS,
    ) -> None:
        if max_pages_per_site < 1 or max_blocks < 1:
            raise ValueError(
                f"max_pages_per_site and max_blocks must be at least 1, got {max_pages_per_site} and {max_blocks}"
            )
        self.min_chars = min_chars
        self.max_pages_per_site = max_pages_per_site
        self.max_blocks = max_blocks
        self._sites: dict[str, _SiteSample] = {}
        self._level = 0
        self._added_by_level = [0] * 65
        """Block occurrences of every page added, by its body level: the global bound's measure.
        It counts duplicates and pages a site's cap dropped, so it only grows and never
        undercounts what is stored."""

    @property
    def stored_blocks(self) -> int:
        """Block occurrences held now: the learner's memory, at most ``max_blocks``."""
        return sum(len(keys) for sample in self._sites.values() for keys in sample.bodies.values())

    def add(self, page_text: str, url: str | None = None, fallback_site: str | None = None) -> str | None:
        """Count one page; returns its site key (None when it has no site and is not learned from)."""
        observed = observe(page_text, url, fallback_site, self.min_chars)
        if observed is not None:
            self.count(observed)
        return observed.site if observed is not None else None

    def count(self, observed: Observation) -> None:
        """Count a page from what :func:`observe` saw of it (in this process or in a worker)."""
        sample = self._sites.setdefault(observed.site, _SiteSample(level=self._level))
        sample.pages_added += 1
        if not observed.lines:
            return
        level = _level(observed.signature)
        self._added_by_level[level] += len(observed.lines)
        while sum(self._added_by_level[self._level :]) > self.max_blocks:
            self._level += 1
            for other in self._sites.values():
                other.evict(self._level)
        if level < sample.level or observed.signature in sample.bodies:
            return
        sample.bodies[observed.signature] = observed.lines
        for key, line in observed.examples.items():
            by_level = sample.examples.setdefault(key, {})
            by_level[level] = min(line, by_level.get(level, line))
        while len(sample.bodies) > self.max_pages_per_site:
            sample.evict(sample.level + 1)

    def table(
        self,
        *,
        min_pages: int = MIN_PAGES,
        min_share: float = MIN_SHARE,
        max_prose_share: float = MAX_PROSE_SHARE,
    ) -> BoilerplateTable:
        """Freeze the lines on at least ``min_pages`` and ``min_share`` of each site's distinct pages."""
        sites: dict[str, SiteLines] = {}
        for name, sample in sorted(self._sites.items()):
            counts: Counter[int] = Counter()
            for keys in sample.bodies.values():
                counts.update(keys)
            pages = len(sample.bodies)
            needed = max(min_pages, min_share * pages)
            lines = {key: count for key, count in sorted(counts.items()) if count >= needed}
            examples = {key: line for key in lines if (line := sample.example(key))}
            sites[name] = SiteLines(pages, sample.pages_added, MappingProxyType(lines), MappingProxyType(examples))
        return BoilerplateTable(
            MappingProxyType(sites),
            min_pages=min_pages,
            min_share=min_share,
            min_chars=self.min_chars,
            max_prose_share=max_prose_share,
        )


_DIGITS = regex.compile(r"\d+")


def _pattern(example: str) -> str:
    """A full-match pattern for a learned line: literal text, any digits, any white space."""
    parts = []
    for piece in _SPACE.split(example.strip()):
        escaped = regex.escape(piece, special_only=True)
        parts.append(_DIGITS.sub(lambda _m: r"\d+", escaped))
    return r"\s+".join(parts)


def _literal(pattern: str) -> str:
    """A pattern as a raw string literal when it can be one (readable), else as its repr."""
    for quote in ('"', "'"):
        if quote not in pattern and not pattern.endswith("\\") and pattern.isprintable():
            return f"r{quote}{pattern}{quote}"
    return repr(pattern)


def render_site_module(table: BoilerplateTable, site: str) -> str:
    """A rule module for ``site`` with its learned lines as ``line()`` rules, for a person to review
    and commit to ``rules/sites/``; counts are in comments and the lines are its must-drop examples."""
    learned = table.sites.get(site)
    if learned is None:
        raise KeyError(f"no site {site!r} in the table; learned sites: {', '.join(sorted(table.sites)) or 'none'}")
    name = regex.sub(r"\W+", "_", site).strip("_").lower() or "site"
    is_domain = "." in site
    rules: list[str] = []
    examples: list[str] = []
    ordered = sorted(learned.lines.items(), key=lambda item: (-item[1], learned.examples.get(item[0], "")))
    for key, count in ordered:
        example = learned.examples.get(key)
        if not example:
            continue
        prose = bool(segment(example)) and segment(example)[0].is_prose
        why = f"learned: on {count} of {learned.pages} pages of {site}"
        options = f", name={f'learned_{len(rules) + 1}'!r}" + (", sentence=True" if prose else "")
        rules.append(
            f"    # on {count} of {learned.pages} pages\n"
            f"    line({CATEGORY!r}, {_literal(_pattern(example))}, why={why!r}{options}),"
        )
        examples.append(f"    {example!r},")
    scope = f"domains=[{site!r}]" if is_domain else "domains=[]"
    note = (
        ""
        if is_domain
        else f"# {site!r} is a site module's name, not a domain: move these rules into that module.\n"
    )
    return (
        f'"""{site}: boilerplate learned from {learned.pages} distinct pages '
        f"({learned.pages_added} added); generated by `cleaner learn`, review before committing.\"\"\"\n\n"
        "from cleaner.rule_api import Site, line\n\n"
        f"{note}"
        f"site = Site({('learned_' + name)!r}, {scope})\n\n"
        "rules = [\n" + "\n".join(rules) + ("\n" if rules else "") + "]\n\n"
        "must_drop = [\n" + "\n".join(examples) + ("\n" if examples else "") + "]\n\n"
        "must_keep: list[str] = []\n"
    )
