"""Repeats inside one page: a block printed again (a title twice, a pasted card), and a truncated
teaser of a block that follows ("TOKYO (AP) — U" before the full lede).

Both compare blocks by their normalised key (case, white space, quote and dash variants and
leading bullets folded). Each mark names the block it repeats, and the guard lets it stand only
while that block is kept, so the first occurrence always survives.

A block an article repeats on purpose (a passage an essay discusses, a heading that a table of
contents named first, "Rest day" in every week of a training plan) sits inside the article body;
a menu printed twice, a title printed twice or a card pasted after the article sits outside it.
So a copy inside the body (:func:`cleaner.guard.body_core`, where prose printed more than once
adds nothing) is left alone, and so is prose on a page with no other body: a text that is one
paragraph printed again and again has nothing else to be.
"""

from collections import Counter

from cleaner.guard import body_core
from cleaner.rules import Evidence, Family, Mark, Page, detector

family = Family("repeats")

TEASER_LOOKAHEAD = 3
"""A teaser stands just before the block it abbreviates; look this many blocks ahead."""
TEASER_MIN_CHARS = 12
"""Shorter prefixes ("The", a one-word heading) say nothing about truncation."""


@detector("duplicate", why="block printed again", evidence=Evidence.REPEAT)
def repeated_block(page: Page):
    """Every later copy of a block outside the article body, pointing at the first copy."""
    counts = Counter(page.keys)
    echoed = frozenset(i for i, block in enumerate(page.blocks) if block.is_prose and counts[page.keys[i]] > 1)
    core = body_core(page.blocks, echoed=echoed)
    first_seen: dict[str, int] = {}
    for index, key in enumerate(page.keys):
        if not key:
            continue
        first = first_seen.setdefault(key, index)
        if first != index and index not in core and (core or not page.blocks[index].is_prose):
            reason = f"repeats block {first} at offset {page.blocks[first].start}"
            yield Mark(index, "", "", reason, Evidence.REPEAT, first)


@detector("duplicate", why="truncated teaser of a following block", evidence=Evidence.REPEAT)
def truncated_teaser(page: Page):
    """A block whose key is a prefix of a following block's key, cut inside a word or with an ellipsis.

    Inside a word means a letter or digit on both sides of the cut: a paragraph that ends its
    sentence where a longer version of it goes on ("... laborum." then "... laborum. Sed ...")
    is a complete text, not a teaser.
    """
    keys = page.keys
    for index, key in enumerate(keys):
        teaser = key.rstrip(".…").rstrip()
        cut_marked = key.endswith(("…", "..."))
        if len(teaser) < TEASER_MIN_CHARS:
            continue
        for later in range(index + 1, min(index + 1 + TEASER_LOOKAHEAD, len(keys))):
            full = keys[later]
            if len(full) <= len(teaser) or not full.startswith(teaser):
                continue
            if cut_marked or (teaser[-1].isalnum() and full[len(teaser)].isalnum()):
                yield Mark(
                    index,
                    "",
                    "",
                    f"truncated copy of block {later} at offset {page.blocks[later].start}",
                    Evidence.REPEAT,
                    later,
                )
                break


rules = [repeated_block, truncated_teaser]
