"""Runs that trail the article and repeat one unit, found by rhythm in any language: comment threads
(a name, a date, the comment, the same button under each) and lists of story cards (a headline, a
teaser, often a date and a link), and an author's bio under the author's name.
:class:`cleaner.engine.body.Body` finds them
(:attr:`~cleaner.engine.body.Body.trailers`) and ends the article before them; these rules name
them, and the guard lets them go only past the article's end (``Evidence.TRAILER``).
"""

from cleaner.rule_api import Evidence, Family, Page, detector

family = Family("trailers")


def _runs(page: Page, *kinds: str):
    """The page's trailing runs of the ``kinds`` (:class:`cleaner.engine.trailers.Trailer`)."""
    return (run for run in page.body.trailers if run.kind in kinds)


@detector("comments", why="comment thread after the article", evidence=Evidence.TRAILER, name="comment_thread")
def comment_thread(page: Page):
    """Comments in a row, each dated next to a name and followed by its text, with the same button
    or counter under each, or each under its signature ("Anna Berg says:", "Anna Berg sagt:"): the
    thread from the first name to the last comment's buttons."""
    for run in _runs(page, "thread", "signed"):
        why = f"part of a comment thread: {run.units} comments in a row, {run.evidence}"
        for index in run.lines:
            yield index, why


@detector("related", why="story cards after the article", evidence=Evidence.TRAILER, name="story_cards")
def story_cards(page: Page):
    """Story cards in a row: each a headline over a one-line teaser, dated with the same link or
    label under each, or about another story than the article's (few of the teasers' words are
    the article's): from the first card's headline to the last card."""
    for run in _runs(page, "cards"):
        why = f"one of {run.units} story cards in a row, {run.evidence}"
        for index in run.lines:
            yield index, why


@detector("legal", why="the page's footer", evidence=Evidence.TRAILER, name="page_footer")
def page_footer(page: Page):
    """The footer that closes a page: a site's rights notice ("© 2004–2025 Example Media. All
    rights reserved.", "Copyright © Beispiel Verlag GmbH"), the short lines after it and the
    column of links right over it. A photo's credit ("© 2024 Jane Doe") is no such notice: it
    names no site, no span of years, no company and reserves no rights, and the article's
    paragraphs go on after it."""
    for run in _runs(page, "footer"):
        why = f"part of the page's footer, around a rights notice {run.evidence}"
        for index in run.lines:
            yield index, why


@detector("metadata", why="author bio after the article", evidence=Evidence.TRAILER, name="author_bio")
def author_bio(page: Page):
    """An author's bio after the article: a sentence about the author in the third person that
    names a trade ("Jane Doe is a freelance writer based in Toronto.", "Jane Doe ist Redakteurin
    ..."), right under a line naming that person ("Jane Doe", "Written by Jane Doe"). A paragraph
    about a person the article writes of has no line naming that person over it, or the article's
    paragraphs go on after it."""
    for run in _runs(page, "bio"):
        for index in run.lines:
            yield index, f"an author's bio, {run.evidence}"


rules = [comment_thread, story_cards, page_footer, author_bio]

must_drop: list[str] = []
must_keep = [
    "Reply to the council's letter was sent on 3 May, the spokeswoman said.",
    "On 14 March 2025 at 10:30 the council met again and approved the plan by 31 votes to 9.",
]
