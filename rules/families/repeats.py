"""Repeats inside one page: a block printed again (a title twice, a pasted card), and a truncated
teaser of a block that follows ("TOKYO (AP) — U" before the full lede).

Both compare blocks by their normalised key (case, white space, quote and dash variants and
leading bullets folded). Each mark names the block it repeats, and the guard lets it stand only
while that block is kept, so the first occurrence always survives.
"""

from cleaner.rules import Evidence, Family, Mark, Page, detector

family = Family("repeats")

TEASER_LOOKAHEAD = 3
"""A teaser stands just before the block it abbreviates; look this many blocks ahead."""
TEASER_MIN_CHARS = 12
"""Shorter prefixes ("The", a one-word heading) say nothing about truncation."""


@detector("duplicate", why="block printed again", evidence=Evidence.REPEAT)
def repeated_block(page: Page):
    """Every later copy of a block, pointing at the first copy."""
    first_seen: dict[str, int] = {}
    for index, key in enumerate(page.keys):
        if not key:
            continue
        first = first_seen.setdefault(key, index)
        if first != index:
            reason = f"repeats block {first} at offset {page.blocks[first].start}"
            yield Mark(index, "", "", reason, Evidence.REPEAT, first)


@detector("duplicate", why="truncated teaser of a following block", evidence=Evidence.REPEAT)
def truncated_teaser(page: Page):
    """A block whose key is a prefix of a following block's key, cut inside a word or with an ellipsis."""
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
            if cut_marked or not full[len(teaser)].isspace():
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
