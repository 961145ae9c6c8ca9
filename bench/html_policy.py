"""HTML mode's removals that the benchmark golds disagree on, by kind, and what each costs.

    python bench/html_policy.py [--datasets readability] [--limit 50]

The golds of the dev sets keep things the product removes on purpose, and not all alike: image
captions and photo credits, the headline (moved to ``metadata.title``) and the standfirst under it
(to ``metadata.standfirst``), inline "Related:" links
and syndication notices, reader comments, a pull quote printed again in a click-to-tweet box.
For each kind this prints, per dataset, the gold shingles its removals hold (the metric's runs
of four tokens that putting them back would add to the matches), the pages it touches, and
cleaner's F1, precision, recall and share of truncated pages with that kind put back, beside the
figures as they are. A kind that raises recall on one set and lowers precision on another is a
policy the golds disagree on, not body loss. Skips with a message where the data is absent.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run_bench import dev_pages, load

from cleaner import Cleaner
from cleaner.documents.html import extract
from cleaner.documents.visible import LineFacts
from cleaner.engine.blocks import segment
from cleaner.review.scoring import DocScore, policy_removal, score, shingles, summarize


def _caption(rule: str, facts: LineFacts) -> bool:
    named = rule == "fragments.dom_caption" or rule.startswith("captions.") or rule == "extracted.gallery"
    placed = rule == "extractor.trafilatura" and (
        facts.within("figcaption", "figure") or facts.named("caption", "credit")
    )
    return named or placed


def _comment(rule: str, facts: LineFacts) -> bool:
    return rule == "social.dom_comments" or (rule == "extractor.trafilatura" and facts.named("comment", "reply"))


KINDS: dict[str, Callable[[str, str, LineFacts], bool]] = {
    "captions and credits": lambda rule, _category, facts: _caption(rule, facts),
    "headline": lambda rule, _category, _facts: rule in ("extracted.headline", "extracted.page_title"),
    "standfirst": lambda rule, _category, _facts: rule == "extracted.standfirst",
    "related links, syndication": lambda rule, category, _facts: policy_removal(category, rule),
    "comments": lambda rule, _category, facts: _comment(rule, facts),
    "click-to-tweet quotes": lambda rule, _category, _facts: rule == "extracted.click_to_tweet",
}
"""Each kind of removal the golds disagree on, as a test of a removal's rule, category and line facts."""


def _matches(text: str, gold: str) -> int:
    return sum((shingles(text) & shingles(gold)).values())


def main(argv: list[str] | None = None) -> int:
    args, folder = dev_pages(__doc__, argv)
    if folder is None:
        return 0
    cleaner = Cleaner()
    for dataset in args.datasets.split(","):
        pages = load(folder, dataset, limit=args.limit)
        plain: list[DocScore] = []
        restored: dict[str, list[DocScore]] = {kind: [] for kind in KINDS}
        held: dict[str, int] = dict.fromkeys(KINDS, 0)
        touched: dict[str, int] = dict.fromkeys(KINDS, 0)
        for page in pages:
            result = cleaner.clean(html=page["html"], url=page["url"])
            blocks = segment(result.source)
            facts = {
                block.start: line for block, line in zip(blocks, extract(page["html"], page["url"]).facts, strict=True)
            }
            removed = {removal.start: removal for removal in result.removed}
            base = _matches(result.text, page["gold"])
            plain.append(score(result.text, page["gold"]))
            for kind, test in KINDS.items():
                kept = [
                    block.text
                    for block in blocks
                    if (removal := removed.get(block.start)) is None
                    or test(removal.rule, removal.category, facts[block.start])
                ]
                text = "\n".join(kept)
                restored[kind].append(score(text, page["gold"]))
                gained = _matches(text, page["gold"]) - base
                held[kind] += max(gained, 0)
                touched[kind] += gained > 0
        print(f"\n**{dataset}** dev, {len(pages)} pages\n")
        print("| put back | gold shingles | pages | F1 | P | R | trunc (R<0.9) |")
        print("|---|---|---|---|---|---|---|")
        summary = summarize(plain)
        print(
            f"| nothing (as is) | | | {summary.f1:.4f} | {summary.precision:.4f} | {summary.recall:.4f}"
            f" | {summary.truncated:.3f} |"
        )
        for kind in KINDS:
            summary = summarize(restored[kind])
            print(
                f"| {kind} | {held[kind]} | {touched[kind]} | {summary.f1:.4f} | {summary.precision:.4f}"
                f" | {summary.recall:.4f} | {summary.truncated:.3f} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
