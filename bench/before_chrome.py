"""The chrome cleaner keeps before the article, by what it is, and why no headline was found.

    python bench/before_chrome.py [--datasets wcxb] [--limit 100] [--show menu] [--samples 20]

For every dev page's ``fulltext`` (text mode), the lines cleaner keeps before the first line of
the gold article (:mod:`gold_span`) that are not article themselves, put in rough groups by a
reading of their wording and shape made for this count only (the groups say where to look; the
rules then go by shape and place): the page's title and the headline printed again, skip links,
breadcrumbs, cookie and legal notices, dates and bylines, promos, a standfirst (a sentence right
over the article), menu words (short lines), other short and other long lines. It prints their
tokens per page and per group per set, and, on the page as it comes, whether
:attr:`cleaner.engine.body.Body.headline` found the headline the title prints again and, where it
did not, why (:func:`headline_miss`), with the before-chrome tokens of those pages.
``--show GROUP`` prints sample lines of a group with their page, ``--show all`` of every group;
``--show misses`` prints the title and the line most like it on pages without a headline.

The data is ``../shared/bench`` next to the repository, or the folder named by
``CLEANER_BENCH_DATA``; without it the script says so and exits 0.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex
from gold_span import grouped_main, kept_against_gold, print_samples

from cleaner import Cleaner
from cleaner.engine.blocks import Block, normalize, segment
from cleaner.engine.body import Body
from cleaner.engine.headline import title_parts

GROUPS = (
    "title_headline", "skip", "breadcrumb", "cookie_legal", "date_byline", "promo", "standfirst", "menu",
    "other_short", "other_long", "misses",
)  # fmt: skip
MISSES = (
    "found", "no title line", "copy refused", "copy in the core or prose", "case or punctuation", "truncated title",
    "title cut short", "other form", "not printed",
)  # fmt: skip
_SKIP = regex.compile(r"\bskip\b|\bjump to\b|zum inhalt|aller au contenu|ir al contenido|vai al contenuto", regex.I)
_BREADCRUMB = regex.compile(r"[»›>/]|\bhome\b.{0,40}\b", regex.I)
_LEGAL = regex.compile(
    r"cookie|privacy|consent|datenschutz|terms of|copyright|©|all rights reserved|gdpr|impressum|accept", regex.I
)
_DATE = regex.compile(
    r"\b(?:19|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:by|von|par|por|di|door)\s+\p{Lu}|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.? \d|\b(?:min(?:ute)?s? read|updated|published)\b",
    regex.I,
)
_PROMO = regex.compile(
    r"subscri|newsletter|sign (?:up|in)|log ?in|download|\bapp\b|free trial|advert|sponsor|anzeige|abonn|"
    r"become a member|donate|shop|sale\b",
    regex.I,
)
_LOOSE = regex.compile(r"[\W_]+")
_ELLIPSIS = ("...", "…")
SHORT_WORDS = 5
"""A line of a menu: a few words."""
LONG_WORDS = 10
CUT_TITLE_WORDS = 4
"""A title part this long that opens a longer line is the headline cut short in the title tag."""
FORM_OVERLAP = 0.6
"""A line sharing this share of the title's words (and as many of its own) prints it in another form."""
STANDFIRST_LINES = 3
"""A sentence this close over the article's first line may be its standfirst."""


@dataclass
class SetCount:
    """One set's before-chrome: tokens per group, pages and tokens by headline diagnosis, samples."""

    pages: int = 0
    tokens: Counter[str] = field(default_factory=Counter)
    misses: Counter[str] = field(default_factory=Counter)
    miss_tokens: Counter[str] = field(default_factory=Counter)
    samples: dict[str, list[str]] = field(default_factory=dict)


def loose(text: str) -> str:
    """A line as this count compares it with the title: case, punctuation and spacing folded."""
    return " ".join(_LOOSE.sub(" ", normalize(text)).split())


def _overlap(first: str, second: str) -> float:
    """The share of words the two loose keys share, of the longer one's."""
    one, two = set(first.split()), set(second.split())
    return len(one & two) / max(len(one), len(two), 1)


def headline_miss(blocks: Sequence[Block], body: Body) -> tuple[str, str]:
    """Why :attr:`Body.headline` found no headline on the page (:data:`MISSES`; "found" when it
    did), and the line most like the title, for ``--show misses``."""
    if body.headline is not None:
        return "found", ""
    if len(blocks) < 3 or blocks[0].is_prose or not body.core:
        return "no title line", ""
    title = blocks[0].text.strip()
    parts = title_parts(title, plain=True)
    exact = {normalize(part) for part in parts}
    later = range(1, len(blocks))
    copies = [i for i in later if body.keys[i] in exact]
    if copies:
        refused = any(i < body.core.start and not blocks[i].is_prose for i in copies)
        return ("copy refused" if refused else "copy in the core or prose"), blocks[copies[0]].text
    keys = {loose(part) for part in parts}
    for index in later:
        if loose(blocks[index].text) in keys:
            return "case or punctuation", blocks[index].text
    if title.endswith(_ELLIPSIS) and (cut := loose(title.rstrip(".… "))):
        for index in later:
            if loose(blocks[index].text).startswith(cut):
                return "truncated title", blocks[index].text
    long_keys = [key for key in keys if len(key.split()) >= CUT_TITLE_WORDS]
    for index in later:
        key = loose(blocks[index].text)
        if any(key.startswith(part) for part in long_keys):
            return "title cut short", blocks[index].text
    if long_keys:
        best = max(later, key=lambda i: max(_overlap(loose(blocks[i].text), key) for key in long_keys))
        if max(_overlap(loose(blocks[best].text), key) for key in long_keys) >= FORM_OVERLAP:
            return "other form", blocks[best].text
    return "not printed", ""


def group_of(lines: Sequence[Block], index: int, first: int, title_keys: frozenset[str]) -> str:
    """The rough group of the kept line ``index`` before the article's first line ``first``."""
    text = lines[index].text.strip()
    words = lines[index].words
    if loose(text) in title_keys or index == 0:
        return "title_headline"
    if _SKIP.search(text) and words <= SHORT_WORDS + 2:
        return "skip"
    if _LEGAL.search(text):
        return "cookie_legal"
    if _PROMO.search(text) and words <= LONG_WORDS * 2:
        return "promo"
    if _DATE.search(text) and words <= LONG_WORDS + 2:
        return "date_byline"
    if _BREADCRUMB.search(text) and words <= LONG_WORDS and not lines[index].is_prose:
        return "breadcrumb"
    if lines[index].is_prose and first - index <= STANDFIRST_LINES:
        return "standfirst"
    if words <= SHORT_WORDS:
        return "menu"
    return "other_long" if words >= LONG_WORDS else "other_short"


def _sample(count: SetCount, group: str, page: dict, text: str, samples: int) -> None:
    """Keep one sample line of a group, at most three from one page."""
    listed = count.samples.setdefault(group, [])
    if len(listed) < samples and sum(line.startswith(f"{page['id']}:") for line in listed) < 3:
        listed.append(f"{page['id']}: {text.strip()[:140]}")


def measure(pages: list[dict], cleaner: Cleaner, show: str | None, samples: int) -> SetCount:
    """Count one set's before-chrome and headline misses (see the module doc)."""
    count = SetCount()
    for page in pages:
        count.pages += 1
        read = kept_against_gold(page, cleaner)
        blocks = segment(page["fulltext"])
        miss, like = headline_miss(blocks, Body(blocks))
        before = read.before if read.first < len(read.kept) else []
        tokens = sum(len(read.found[i][0]) for i in before)
        count.misses[miss] += 1
        count.miss_tokens[miss] += tokens
        if show == "misses" and miss != "found":
            title = blocks[0].text.strip()[:100] if blocks else ""
            _sample(count, "misses", page, f"[{miss}] {title!r} ~ {like.strip()[:100]!r}", samples)
        parts = title_parts(blocks[0].text, plain=True) if blocks else []
        title_keys = frozenset(loose(part) for part in parts)
        for i in before:
            group = group_of(read.kept, i, read.first, title_keys)
            count.tokens[group] += len(read.found[i][0])
            if show in (group, "all"):
                _sample(count, group, page, read.kept[i].text, samples)
    return count


def report(name: str, count: SetCount) -> None:
    """Print one set's counts."""
    total = sum(count.tokens.values())
    pages = max(count.pages, 1)
    print(f"\n**{name}** dev, {count.pages} pages: before-chrome {total / pages:.0f} tokens/page\n")
    print("| group | tokens/page | share |\n|---|---|---|")
    for group in sorted(GROUPS[:-1], key=lambda g: -count.tokens[g]):
        print(f"| {group} | {count.tokens[group] / pages:.1f} | {count.tokens[group] / max(total, 1):.0%} |")
    print("\n| headline (page as it comes) | pages | before-chrome tokens kept |\n|---|---|---|")
    for miss in MISSES:
        print(f"| {miss} | {count.misses[miss]} | {count.miss_tokens[miss]} |")
    print_samples(count.samples)


def main(argv: list[str] | None = None) -> int:
    return grouped_main(__doc__, argv, GROUPS, measure, report)


if __name__ == "__main__":
    sys.exit(main())
