"""Related-content sections: a heading ("Related Articles", "Read next") and the listing under it."""

from pathlib import Path

from cleaner.rule_api import (
    AGE,
    Block,
    Evidence,
    Family,
    Page,
    Role,
    detector,
    dom,
    ends_clause,
    line,
    mark,
    phrase_pattern,
    phrase_region,
    region,
)

family = Family("related")
PHRASES = Path(__file__).with_name("phrases")
LABELS = Path(__file__).with_name("labels")
"""Labels that open a line going on in free text ("Main article: ..."), read by :func:`phrase_pattern`."""

rules = [
    dom("related", "related-story link (HTML: under a related/recommended/popular class)", name="dom_related",
        named=("related", "recommend", "popular", "trending"), links=0.5),
    phrase_region("related", PHRASES / "related.txt", why="related-content section", name="section_phrases"),
    phrase_region("related", PHRASES / "related_cjk.txt", why="related-content section", name="section_phrases_cjk",
                  after_body=True),
    region(
        "related",
        r"related(?: articles?| posts?| stories| content| news| coverage| reading| links| topics)?:?"
        r"|(?:you (?:may|might) (?:also )?(?:like|enjoy)|read next|up next|what to read next|more (?:news|stories)"
        r"|more from .{1,40}|recommended(?: for you| stories| articles)?|most (?:popular|read|viewed|shared)"
        r"|trending(?: now| stories)?|popular (?:posts|stories|articles)|latest (?:news|stories|articles|posts)"
        r"|editor'?s? picks|don'?t miss|also read|see also|further reading|top stories|more in .{1,40}"
        # A portal's own box is "Today on <one name>"; "Today on Wall Street" is a subheading.
        r"|today on (?-i:\p{Lu})[\w.&'’-]*)[:.]?",
        why="related-content section",
        name="section",
    ),
    line(
        "related",
        r"\(?(?:also read|read also|see also|see more|related|related coverage|read more|more|more on this(?: story)?"
        r"|recommended|watch|leggi anche(?: su)?|lees ook|lesen sie auch|lire aussi|lea también|lee también"
        r"|leia também)\s*[:|]\s*.{3,200}"
        r"|also on [\w-]+(?:\.[\w-]+)+ .{3,200}",
        why="inline related-story link",
        name="inline_link",
        role=Role.INTERRUPTS,  # set into the text: the article goes on after it
    ),
    line(
        "related",
        rf"(?:{phrase_pattern(LABELS / 'cross_reference.txt')})\s*[:：]\s*[^\s:：].{{1,200}}",
        why="cross-reference to another article set into the text (\"Main article: ...\")",
        name="cross_reference",
        role=Role.INTERRUPTS,
        max_chars=240,
    ),
    line(
        "related",
        AGE,
        why="card timestamp",
        name="card_time",
        max_chars=40,
    ),
]

HEADLINE_WORDS = range(4, 21)
"""A story's headline: a few words to a long line, never a paragraph."""
HEADLINE_RUN = 3
"""Headlines in a row that make a list of stories rather than a heading and its subtitle."""
LINKED = 0.9
"""Share of a line's characters in link text from which the line is a link (HTML)."""


def _headline_shaped(block: Block) -> bool:
    return not block.is_prose and block.words in HEADLINE_WORDS and not ends_clause(block.text)


@detector("related", why="run of story headlines after the article", evidence=Evidence.SHAPE, name="headline_run")
def headline_run(page: Page):
    """Three or more headline-shaped lines in a row after the article's core and its interruptions
    (:attr:`cleaner.engine.body.Body.article`): a list of other stories ("most read", "more from
    the site"), with or without a heading that names it. Shape and place only, in any language:
    the guard keeps every such line the article still holds as it follows the body to its real
    end (:meth:`cleaner.engine.body.Body.article_with_tail`: a listicle's subheadings, a guide's
    sections, a checklist's items)."""
    blocks, body = page.blocks, page.body
    if not body.article:
        return
    # From the article's end as the text shows it; on an HTML page (an infobox, a navigation box
    # between the article's sections) from its last paragraph printed once, as the extractor's
    # evidence judges the rest.
    index = body.article.stop if page.facts is None else body.after_paragraphs
    cited = body.cited  # on an HTML page, links printed as the addresses the article lists as sources
    while index < len(blocks):
        end = index
        while end < len(blocks) and _headline_shaped(blocks[end]) and end not in cited:
            end += 1
        if end - index >= HEADLINE_RUN:
            # On an HTML page, the links of a run holding enough of them are a list of links by
            # their markup too, not by their shape alone: they go even where the article may run on.
            links = {n for n in range(index, end) if page.facts is not None and page.facts[n].link_density >= LINKED}
            for number in range(index, end):
                reason = f"one of {end - index} story headlines in a row after the article"
                linked = number in links and len(links) >= HEADLINE_RUN
                yield mark(number, reason, evidence=Evidence.PATTERN) if linked else (number, reason)
        index = max(end, index + 1)


rules.append(headline_run)

must_drop = [
    "Today on HealthDesk",
    "SEE MORE: Hong Kong protests: 800 students under siege in university",
    "(Leggi anche su: I Cavalieri dello Zodiaco: ecco gli attori che interpreteranno Pegasus e co –FOTO)",
    "Also on rt.com Journalists & politicians from Morales' party threatened with sedition arrests",
    "Related Articles",
    "You may also like",
    "Also read: Markets rally as inflation cools",
    "Read more: How the city plans to pay for its new tram line",
    "3 hours ago",
    "vor 2 Stunden",
    "il y a 3 heures",
    "hace 5 minutos",
    "2 ore fa",
    "3 uur geleden",
    "2時間前",
    "3시간 전",
    "5小时前",
    "Das könnte Sie auch interessieren",
    "Articles similaires",
    "関連記事",
    "Recent Posts",
    "Most Shared",
    "Entradas recientes",
    "Neueste Beiträge",
    "Main article: History of the harbour town",
    "Main articles: Economy of the region and Transport in the region",
    "Hauptartikel: Geschichte des Hafens",
    "Article détaillé : Histoire du port",
    "Artículo principal: Historia del puerto",
    "Voce principale: Storia del porto",
    "Zie ook: Geschiedenis van de haven",
    "主条目：港口历史",
]
must_keep = [
    "Today on Wall Street",
    "Recent posts on the council's forum asked for more crossings on the new route, the report said.",
    "See more: the council's full budget, published on Monday, runs to 80 pages and sets out 12 savings.",
    "Related research published last year found the same effect in children under five, the authors said.",
    "Read more about the scheme on the council's website, the leaflet tells residents in bold type.",
    "Vor 2 Stunden hatte der Stadtrat die Sitzung unterbrochen, um die Zahlen noch einmal zu prüfen.",
    "Verwandte Artikel des Vertrags verpflichten beide Seiten, sich bei Streitfragen zu konsultieren.",
    "Main article of the 2026 housing law: tenants in Leeds may ask Harbour Homes for 12 meter readings.",
]
