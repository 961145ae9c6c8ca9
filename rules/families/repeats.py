"""Repeats inside one page: a block printed again (a title twice, a pasted card), and a truncated
teaser of a block that follows ("TOKYO (AP) — U" before the full lede).

Both compare blocks by their normalised key (case, white space, quote and dash variants and
leading bullets folded). Each mark names the block it repeats, and the guard lets it stand only
while that block is kept, so the first occurrence always survives.

A block an article repeats on purpose (a passage an essay discusses, a code line, "Rest day" in
every week of a training plan, a heading its table of contents named first) sits inside the
article; a menu printed twice, a title printed twice, a teaser above the lede or a card pasted
after the article sits outside it. So both rules act only outside the article's span: before
the first or after the last prose block that the page prints once. A page with no such block
keeps everything: with no text printed once there is no telling the article from its copies.
"""

from cleaner.rule_api import Evidence, Family, Page, detector, mark

family = Family("repeats")

TEASER_LOOKAHEAD = 3
"""A teaser stands just before the block it abbreviates; look this many blocks ahead."""
TEASER_MIN_CHARS = 12
"""Shorter prefixes ("The", a one-word heading) say nothing about truncation."""


def article_span(page: Page) -> range:
    """From the first to the last prose block printed once (teasers aside): the article's own text."""
    counts = page.key_counts
    teasers = page.shared("repeats.teasers", teasers_of)
    unique = [
        i
        for i, block in enumerate(page.blocks)
        if block.is_prose and counts[page.keys[i]] == 1 and i not in teasers
    ]
    return range(unique[0], unique[-1] + 1) if unique else range(0)


@detector("duplicate", why="block printed again", evidence=Evidence.REPEAT)
def repeated_block(page: Page):
    """Every later copy of a block outside the article's span, pointing at the first copy.

    After the article only short lines go (a menu or a card title printed again): a paragraph
    printed again there may be the article's own, and a pasted card's teaser is the listing
    rules' to take.
    """
    span = page.shared("repeats.span", article_span)
    if not span:
        return
    first_seen: dict[str, int] = {}
    for index, key in enumerate(page.keys):
        if not key:
            continue
        first = first_seen.setdefault(key, index)
        if first != index and index not in span and (index < span.start or not page.blocks[index].is_prose):
            reason = f"repeats block {first} at offset {page.blocks[first].start}"
            yield mark(index, reason, repeats=first)


@detector("duplicate", why="truncated teaser of a following block", evidence=Evidence.REPEAT)
def truncated_teaser(page: Page):
    """A block outside the article's span whose key is a prefix of a following block's key."""
    span = page.shared("repeats.span", article_span)
    for index, later in page.shared("repeats.teasers", teasers_of).items():
        if index not in span:
            reason = f"truncated copy of block {later} at offset {page.blocks[later].start}"
            yield mark(index, reason, repeats=later)


def teasers_of(page: Page) -> dict[int, int]:
    """Block index -> the following block it is a truncated copy of: cut with an ellipsis or inside a word.

    Inside a word means the teaser ends in a letter or digit and the full text goes on without a
    space ("— U" before "— U.S. Defense"). A teaser that ends its own sentence where a longer
    version goes on ("... laborum." then "... laborum. Sed ...") is a complete text, not a cut.
    """
    keys = page.keys
    by_opening: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        if len(key) >= TEASER_MIN_CHARS:
            by_opening.setdefault(key[:TEASER_MIN_CHARS], []).append(index)
    found: dict[int, int] = {}
    for indices in by_opening.values():  # a teaser and its full text open alike
        for position, index in enumerate(indices):
            key = keys[index]
            teaser = key.rstrip(".…").rstrip()
            if len(teaser) < TEASER_MIN_CHARS:
                continue
            cut_marked = key.endswith(("…", "..."))
            for next_position in range(position + 1, len(indices)):
                later = indices[next_position]
                if later > index + TEASER_LOOKAHEAD:
                    break
                full = keys[later]
                if len(full) > len(teaser) and full.startswith(teaser) and (
                    cut_marked or (teaser[-1].isalnum() and not full[len(teaser)].isspace() and not key.endswith("."))
                ):
                    found[index] = later
                    break
    return dict(sorted(found.items()))


rules = [repeated_block, truncated_teaser]
