"""Related-content sections: a heading ("Related Articles", "Read next") and the listing under it."""

from collections.abc import Iterator

from cleaner.guard import page_core
from cleaner.rules import Evidence, Family, Mark, Page, RegionRule, line

family = Family("related")


class Listing(RegionRule):
    """A region that stops where the article body takes over.

    A plain region runs until two adjacent paragraphs, and an article whose paragraphs each
    follow a subheading never has two: a "More stories" link in the masthead then swallowed the
    subheadings of the whole body. So a listing opened before the body (:func:`cleaner.guard.body_core`) ends
    where the body starts. (Ending a listing opened inside the body at its first paragraph was
    tried and left out: the generous core this rule can compute without the other rules' marks
    reaches over the headline lists after an article, and their teasers then ended it early.)
    """

    def marks(self, page: Page) -> Iterator[Mark]:
        core = page_core(page)
        heading = -1
        for mark in super().marks(page):
            if mark.evidence is not Evidence.REGION:
                heading = mark.block
            elif heading < core.start <= mark.block:
                continue
            yield mark


def listing(category: str, heading: str, why: str, *, name: str | None = None) -> Listing:
    """Like :func:`cleaner.rules.region`, bounded by the article body (see :class:`Listing`)."""
    return Listing(category, heading, why, name=name)


rules = [
    listing(
        "related",
        r"related(?: articles?| posts?| stories| content| news| coverage| reading| links| topics)?:?"
        r"|(?:you (?:may|might) (?:also )?(?:like|enjoy)|read next|up next|what to read next|more (?:news|stories)"
        r"|more from .{1,40}|recommended(?: for you| stories| articles)?|most (?:popular|read|viewed|shared)"
        r"|trending(?: now| stories)?|popular (?:posts|stories|articles)|latest (?:news|stories|articles|posts)"
        r"|editor'?s? picks|don'?t miss|also read|see also|further reading|top stories|more in .{1,40})[:.]?",
        why="related-content section",
        name="section",
    ),
    line(
        "related",
        r"(?:also read|read also|see also|related|read more|more|recommended|watch)\s*[:|]\s*.{3,200}",
        why="inline related-story link",
        name="inline_link",
    ),
    line("related", r"time(?:\d+|an?) (?:minutes?|hours?|days?) ago|•?\s*\d+ (?:minutes?|hours?|days?) ago",
         why="card timestamp", name="card_time"),
]

must_drop = [
    "Related Articles",
    "You may also like",
    "Also read: Markets rally as inflation cools",
    "Read more: How the city plans to pay for its new tram line",
    "3 hours ago",
]
must_keep = [
    "Related research published last year found the same effect in children under five, the authors said.",
    "Read more about the scheme on the council's website, the leaflet tells residents in bold type.",
]
