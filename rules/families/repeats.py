"""Repeats inside one page: a block printed again (a title twice, a pasted card), and a truncated
teaser of a block that follows ("TOKYO (AP) — U" before the full lede).

Both compare blocks by their normalised key (case, white space, quote and dash variants and
leading bullets folded). Each mark names the block it repeats, and the guard lets it stand only
while that block is kept, so the first occurrence always survives. A copy of a line that went is
no repeat: it goes, where it goes, as what that line was (:mod:`cleaner.engine.copies`).

A block an article repeats on purpose (a passage an essay discusses, a code line, "Rest day" in
every week of a training plan, a heading its table of contents named first) sits inside the
article; a menu printed twice, a title printed twice, a teaser above the lede or a card pasted
after the article sits outside it. So both rules act only outside the article's span: before
the first or after the last prose block that the page prints once. A page with no such block
keeps everything: with no text printed once there is no telling the article from its copies.
On an HTML page a copy the markup hides from the reader goes wherever it stands: the reader sees
the text once, in the copy that stays.
"""

from cleaner.rule_api import HEAD_LINES, Evidence, Family, Page, detector, mark

family = Family("repeats")


@detector("duplicate", why="block printed again", evidence=Evidence.REPEAT)
def repeated_block(page: Page):
    """Every later copy of a block outside the article's span, pointing at the first copy.

    After the article only short lines go (a menu or a card title printed again): a paragraph
    printed again there may be the article's own, and a pasted card's teaser is the listing
    rules' to take.
    """
    span = page.body.span
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
    span = page.body.span
    for index, later in page.body.teasers.items():
        if index not in span:
            reason = f"truncated copy of block {later} at offset {page.blocks[later].start}"
            yield mark(index, reason, repeats=later)


@detector(
    "duplicate",
    why="line printed before the article and again after it",
    evidence=Evidence.SHAPE,
    copies=Evidence.SHAPE,
)
def framing_copy(page: Page):
    """A line before the article printed again after its last paragraph: a menu, a related card or
    a newsletter box the page prints at both ends. Both copies go, as one decision: this one here,
    the copy after the article as a copy of this one in the next pass (``copies``, see
    :mod:`cleaner.engine.copies`), which the guard keeps off the article as it keeps this mark.
    Before the article only, and never the page's first line, its headline printed again, nor the
    :data:`HEAD_LINES` lines over the article (its headline, dek, byline and date, which a share
    bar or an author box may print again: the title and byline rules judge them). The guard keeps
    the mark off the article as it sees it: a subheading or a list item printed again in a listing
    after the article, inside the article's own model, stays."""
    body = page.body
    span = body.span
    if not span:
        return
    keys, blocks = page.keys, page.blocks
    later = {keys[index] for index in range(span.stop, len(blocks)) if keys[index]}
    if not later:
        return
    headline = body.headline
    titles = frozenset(headline.copies) if headline is not None else frozenset()
    for index in range(1, min(span.start, body.article.start) - HEAD_LINES):
        if keys[index] in later and index not in titles and not blocks[index].is_prose:
            yield index, "printed again after the article's last paragraph"


@detector("duplicate", why="hidden copy of a block the page shows", evidence=Evidence.REPEAT)
def hidden_copy(page: Page):
    """HTML: a block the markup hides (a ``hidden`` attribute, ``display: none``) that prints the
    text of a block the reader sees, wherever the two stand, pointing at the first shown copy. A
    page printed twice for two layouts, one of them hidden, shows its reader each paragraph once;
    the shown copy stays (the guard lets a repeat stand only while the block it repeats is kept).
    A block hidden in every copy (a tab, an accordion) is left alone: nothing says which one shows."""
    facts = page.facts
    if facts is None or not any(line.hidden for line in facts):
        return
    shown: dict[str, int] = {}
    for index, (key, line) in enumerate(zip(page.keys, facts, strict=True)):
        if key and not line.hidden:
            shown.setdefault(key, index)
    for index, (key, line) in enumerate(zip(page.keys, facts, strict=True)):
        if line.hidden and key in shown:
            first = shown[key]
            yield mark(index, f"hidden copy of block {first} at offset {page.blocks[first].start}", repeats=first)


rules = [repeated_block, truncated_teaser, framing_copy, hidden_copy]
