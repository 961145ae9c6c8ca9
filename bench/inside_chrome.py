"""The chrome cleaner keeps inside the article span, by what it is, and the rules that come near it.

    python bench/inside_chrome.py [--datasets wcxb] [--limit 100] [--show caption_credit] [--samples 20]

For every dev page's ``fulltext`` (text mode), the lines cleaner keeps between the first and the
last line of the gold article (:mod:`gold_span`) that are not article themselves, put in rough
groups by a reading of their wording and shape made for this count only (the groups say where
to look; the rules then go by what names a line): photo captions and credits, embedded social
posts, cross-references ("Main article:", "Read more", a related card), promos and ads (shop
buttons, sign-up boxes, ad labels), tables of contents, figures (table cells, prices, scores),
code, headline-shaped lines (a subheading the gold leaves out, a caption without a credit, a
card's title), other short lines and other prose. It prints their tokens per page and per group
per set, split into lines that read like prose and lines that do not (inside the article only
evidence naming a line may take it; prose goes only to strong evidence), and which rules come
near them: the marks the guard held back on the line itself, and the rules that removed the line
just before or after it on the page. ``--show GROUP`` prints sample lines of a group with their
page, ``--show all`` of every group.

The data is ``../shared/bench`` next to the repository, or the folder named by
``CLEANER_BENCH_DATA``; without it the script says so and exits 0.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field

import regex
from gold_span import grouped_main, kept_against_gold, print_samples

from cleaner import Cleaner
from cleaner.engine.blocks import Block, segment

GROUPS = (
    "caption_credit", "embed", "cross_reference", "promo_ad", "toc", "figures", "code", "headline_shaped",
    "other_short", "other_prose",
)  # fmt: skip
_CREDIT = regex.compile(
    r"\b(?:photo|foto|image|imagen|imagem|immagine|bild|beeld|picture|credit|crédit|crédito|courtesy|source|quelle"
    r"|fonte|fuente|bron)s?\b\s*(?:by|:|credit)|\((?:AP|AFP|Reuters|dpa|EPA|Getty(?: Images)?)\)|©|"
    r"\b(?:Getty Images|Shutterstock|Unsplash|iStock|Reuters|AFP)\b|写真|사진|图片|圖片",
    regex.I,
)
_EMBED = regex.compile(
    r"pic\.twitter\.com|\(@\w+\)|view this post on instagram|a post shared by|twitter\.com/|instagram\.com/|"
    r"tiktok\.com/|youtube\.com/watch|youtu\.be/|watch on youtube",
    regex.I,
)
_CROSS_REFERENCE = regex.compile(
    r"^(?:»|›|→|►)|\b(?:main articles?|see also|further information|read (?:more|also|next|our)|related|"
    r"more on|also read|learn more|more (?:from|about)|helpful guide|useful resource|explore|don'?t miss|"
    r"hauptartikel|siehe auch|lesen sie auch|mehr zum|article (?:détaillé|principal)|lire aussi|à lire|voir aussi|"
    r"artículo principal|lee también|véase también|artigo principal|leia também|veja também|voce principale|"
    r"leggi anche|vedi anche|lees ook|zie ook|関連|관련|相关|相關)\b",
    regex.I,
)
_PROMO = regex.compile(
    r"\b(?:advert\w*|sponsor\w*|anzeige|werbung|publicit\w+|newsletter|subscribe|sign up|buy now|shop|"
    r"check (?:price|availability)|on amazon|get a quote|get started|free trial|download|coupon|deal|"
    r"invented by|affiliate|commission|abonn\w+|suscr\w+|iscriviti|inschrijven)\b",
    regex.I,
)
_TOC = regex.compile(
    r"^\d+(?:\.\d+)+\s+\p{L}|^(?:table of contents|contents|inhalt|sommaire|índice|indice|inhoud)$", regex.I
)
_CODE = regex.compile(r"[{};=<>]|\b(?:import|return|func|def|const|var|let)\b|//|\w\(\)")
FIGURE_SHARE = 0.3
"""A line whose characters are this share digits, currency and percent signs or more is a figure."""
CODE_MARKS = 2
"""A non-prose line with this many code marks or more is code."""
HEADLINE_WORDS = range(3, 21)
SHORT_WORDS = 10


@dataclass
class SetCount:
    """One set's inside-chrome: tokens per (group, prose or not), samples and the rules near it."""

    pages: int = 0
    tokens: Counter[tuple[str, bool]] = field(default_factory=Counter)
    held: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(group, rule held back on the line) -> tokens."""
    beside: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(group, rule that removed the line next to it on the page) -> tokens."""
    samples: dict[str, list[str]] = field(default_factory=dict)


def group_of(block: Block) -> str:
    """The rough group of a kept line (see the module doc)."""
    text = block.text.strip()
    if _EMBED.search(text):
        return "embed"
    if len(text) < 400 and _CREDIT.search(text):
        return "caption_credit"
    if not block.is_prose and _CROSS_REFERENCE.search(text):
        return "cross_reference"
    if not block.is_prose and _PROMO.search(text):
        return "promo_ad"
    if _TOC.search(text):
        return "toc"
    figures = sum(ch.isdigit() or ch in "$€£¥%" for ch in text)
    if figures >= FIGURE_SHARE * max(1, len(text) - text.count(" ")):
        return "figures"
    if len(_CODE.findall(text)) >= CODE_MARKS:
        return "code"
    if block.is_prose:
        return "other_prose"
    if block.words in HEADLINE_WORDS:
        return "headline_shaped"
    return "other_short"


def _rules_beside(at: int, removed: dict[int, str]) -> set[str]:
    """The rules that removed the page's lines right before and after its line ``at``."""
    return {removed[n] for n in (at - 1, at + 1) if n in removed}


def measure(pages: list[dict], cleaner: Cleaner, show: str | None, samples: int) -> SetCount:
    """Count one set's inside-chrome (see the module doc)."""
    count = SetCount()
    for page in pages:
        count.pages += 1
        read = kept_against_gold(page, cleaner, explain=True)
        inside = read.inside
        if not inside:
            continue
        blocks = segment(page["fulltext"])
        by_start = {block.start: block.index for block in blocks}
        place = [by_start[block.start] for block in read.kept]
        removed = {by_start[r.start]: r.rule for r in read.result.removed if r.start in by_start}
        held: dict[int, set[str]] = {}
        for veto in read.result.held:
            held.setdefault(veto.start, set()).add(veto.rule)
        for i in inside:
            block = read.kept[i]
            group, tokens = group_of(block), len(read.found[i][0])
            count.tokens[group, block.is_prose] += tokens
            for rule in held.get(block.start, ()):
                count.held[group, rule] += tokens
            for rule in _rules_beside(place[i], removed):
                count.beside[group, rule] += tokens
            if show in (group, "all"):
                listed = count.samples.setdefault(group, [])
                if len(listed) < samples:
                    listed.append(f"{page['id'][:12]}: {block.text.strip()[:140]}")
    return count


TOP_RULES = 3
"""Rules named per group in each "near" column."""


def _top(counter: Counter[tuple[str, str]], group: str) -> str:
    ranked = sorted(((n, rule) for (seen, rule), n in counter.items() if seen == group), reverse=True)
    return ", ".join(f"{rule} {n}" for n, rule in ranked[:TOP_RULES]) or "-"


def report(name: str, count: SetCount) -> None:
    """Print one set's counts."""
    pages = max(count.pages, 1)
    total = sum(count.tokens.values())
    print(f"\n**{name}** dev, {count.pages} pages: inside-chrome {total / pages:.0f} tokens/page\n")
    print("| group | tokens/page | share | not prose | prose | held back on it (tokens) | removed beside it (tokens) |")
    print("|---|---|---|---|---|---|---|")
    by_group = Counter({group: count.tokens[group, False] + count.tokens[group, True] for group in GROUPS})
    for group, tokens in by_group.most_common():
        share = tokens / max(total, 1)
        plain, prose = count.tokens[group, False] / pages, count.tokens[group, True] / pages
        print(
            f"| {group} | {tokens / pages:.1f} | {share:.0%} | {plain:.1f} | {prose:.1f}"
            f" | {_top(count.held, group)} | {_top(count.beside, group)} |"
        )
    print_samples(count.samples)


def main(argv: list[str] | None = None) -> int:
    return grouped_main(__doc__, argv, GROUPS, measure, report)


if __name__ == "__main__":
    sys.exit(main())
