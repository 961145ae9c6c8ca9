"""The chrome cleaner keeps after the article, by what it is, and where the article model ends.

    python bench/after_chrome.py [--datasets wcxb] [--limit 100] [--show comments] [--samples 20]

For every dev page's ``fulltext`` (text mode), the lines cleaner keeps after the last line of the
gold article (:func:`cleaner.review.scoring.article_bounds`) that are not article themselves, put
in rough groups by a reading of their wording and shape made for this count only (English and a
few other languages; the groups say where to look, the rules then go by shape and place):
comment threads, related headlines and teasers, author bios, newsletter and legal text, product
and listing cards, a site's "about" text, link columns (runs of short lines), other. It prints
their tokens per page and per group per set, and where :attr:`cleaner.engine.body.Body.article`
ends on those pages against the gold's last line: on the page as it comes (``input``) and on the
lines cleaner keeps (``kept``), with the after-chrome tokens that lie inside that article (the
model takes them for the article's) and past it. ``--show GROUP`` prints sample lines of a group
with their page, ``--show all`` of every group.

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
from cleaner.engine.blocks import Block, segment
from cleaner.engine.body import Body

GROUPS = ("comments", "related", "bio", "newsletter_legal", "listing", "about", "link_columns", "other")
_LEGAL = regex.compile(
    r"newsletter|subscri|sign[ -]?up|copyright|©|all rights reserved|privacy|cookie|terms of|impressum|"
    r"datenschutz|abonn|inscri|suscr|iscriviti|aanmelden|nutzungsbedingungen|mentions légales|aviso legal",
    regex.I,
)
_COMMENT = regex.compile(
    r"^(?:reply|antworten|répondre|responder|rispondi|reageer|report|like|dislike|flag)$|\bsays:?$|"
    r"\bcomments?\b|kommentar|commentaire|comentario|commento|reacties|\bago\b|\d{1,2}:\d{2}\s*(?:am|pm)?",
    regex.I,
)
_BIO = regex.compile(
    r"\b(?:is|was) an? (?:\w+ ){0,4}(?:writer|journalist|editor|reporter|author|correspondent|contributor|"
    r"freelance|columnist|photographer|producer|blogger|founder|researcher|professor)|about the author|"
    r"über (?:den|die) autor|à propos de l'auteur|sobre el autor|follow (?:him|her|them) on",
    regex.I,
)
_LISTING = regex.compile(
    r"[$€£¥]\s?\d|\d[.,]\d\d\s?(?:€|eur|usd)|\bout of 5\b|\bstars?\b|\bin stock\b|add to cart", regex.I
)
_ABOUT = regex.compile(
    r"about us|\bwe are\b|our mission|founded in|\bour (?:team|readers|journalism)\b|independent (?:news|journalism)",
    regex.I,
)
_RELATED_HEAD = regex.compile(
    r"related|more (?:from|on|stories|news|in)|read (?:more|next|also)|also like|popular|trending|latest|"
    r"recommended|you may|weitere|mehr zum|lire aussi|à lire|leia também|también|potrebbe|lees ook",
    regex.I,
)
PAGE_SAMPLES = 3
"""Sample lines of one group shown from one page at most, so that one page does not fill the list."""
SHORT_WORDS = 5
"""A line of a link column: a few words."""


@dataclass
class SetCount:
    """One set's after-chrome: tokens per group, pages, samples, and where the article model ends."""

    pages: int = 0
    tokens: Counter[str] = field(default_factory=Counter)
    samples: dict[str, list[str]] = field(default_factory=dict)
    ends: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(view, how the model's end stands against the gold's) -> pages with after-chrome."""
    placed: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(view, inside / past the model's article) -> after-chrome tokens."""


def group_of(lines: Sequence[Block], index: int) -> str:
    """The rough group of the kept line ``index`` among the kept ``lines`` (see the module doc)."""
    text = lines[index].text.strip()
    near = [lines[i].text.strip() for i in range(max(0, index - 3), min(len(lines), index + 4))]
    if _LEGAL.search(text):
        return "newsletter_legal"
    if _BIO.search(text) or any(_BIO.search(line) and len(line.split()) <= 6 for line in near[:3]):
        return "bio"
    if _LISTING.search(text):
        return "listing"
    if _ABOUT.search(text):
        return "about"
    if sum(bool(_COMMENT.search(line)) for line in near) >= 2:
        return "comments"
    before = [lines[i].text.strip() for i in range(max(0, index - 8), index)]
    if any(_RELATED_HEAD.search(line) and len(line.split()) <= 6 for line in before):
        return "related"
    words = lines[index].words
    if lines[index].is_prose and index > 0 and not lines[index - 1].is_prose and 3 <= lines[index - 1].words <= 16:
        return "related"
    if not lines[index].is_prose and 3 <= words <= 16 and index + 1 < len(lines) and lines[index + 1].is_prose:
        return "related"
    run = [i for i in range(max(0, index - 2), min(len(lines), index + 3)) if lines[i].words <= SHORT_WORDS]
    if words <= SHORT_WORDS and len(run) >= 3:
        return "link_columns"
    return "other"


def _end_against(stop: int, gold_last: int) -> str:
    """How an article's end (``stop``, exclusive) stands against the gold's last line."""
    last = stop - 1
    if last < gold_last:
        return "before gold end"
    if last == gold_last:
        return "at gold end"
    return "1-5 lines past" if last - gold_last <= 5 else "6-20 lines past" if last - gold_last <= 20 else ">20 past"


def measure(pages: list[dict], cleaner: Cleaner, show: str | None, samples: int) -> SetCount:
    """Count one set's after-chrome (see the module doc)."""
    count = SetCount()
    for page in pages:
        count.pages += 1
        read = kept_against_gold(page, cleaner)
        kept, found, last, after = read.kept, read.found, read.last, read.after
        if last >= len(kept) or not after:
            continue
        blocks = segment(page["fulltext"])
        by_start = {block.start: block.index for block in blocks}
        gold_last = by_start[kept[last].start]
        place = [by_start[block.start] for block in kept]  # each kept line's index on the page
        kept_article = Body(kept).article
        stops = {
            "input": Body(blocks).article.stop,
            "kept": place[kept_article.stop - 1] + 1 if kept_article else 0,
        }
        for view, stop in stops.items():
            count.ends[view, _end_against(stop, gold_last)] += 1
            for i in after:
                count.placed[view, "inside" if place[i] < stop else "past"] += len(found[i][0])
        for i in after:
            group = group_of(kept, i)
            count.tokens[group] += len(found[i][0])
            if show in (group, "all"):
                listed = count.samples.setdefault(group, [])
                shown = sum(line.startswith(f"{page['id']}:") for line in listed)
                if len(listed) < samples and shown < PAGE_SAMPLES:
                    listed.append(f"{page['id']}: {kept[i].text.strip()[:140]}")
    return count


def report(name: str, count: SetCount) -> None:
    """Print one set's counts."""
    total = sum(count.tokens.values())
    print(f"\n**{name}** dev, {count.pages} pages: after-chrome {total / max(count.pages, 1):.0f} tokens/page\n")
    print("| group | tokens/page | share |\n|---|---|---|")
    for group in sorted(GROUPS, key=lambda g: -count.tokens[g]):
        tokens = count.tokens[group]
        print(f"| {group} | {tokens / max(count.pages, 1):.1f} | {tokens / max(total, 1):.0%} |")
    for view in ("input", "kept"):
        ends = ", ".join(f"{how} {n}" for (seen, how), n in sorted(count.ends.items()) if seen == view)
        inside, past = count.placed[view, "inside"], count.placed[view, "past"]
        print(f"\nBody.article on the {view} lines, pages with after-chrome: {ends}")
        print(f"after-chrome tokens inside that article {inside}, past it {past}")
    print_samples(count.samples)


def main(argv: list[str] | None = None) -> int:
    return grouped_main(__doc__, argv, GROUPS, measure, report)


if __name__ == "__main__":
    sys.exit(main())
