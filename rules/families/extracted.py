"""What HTML extractors leave behind: the headline above the body, tables of contents, author
boxes, affiliate disclosures, wire credits, gallery controls and click-to-tweet boxes.

An extractor keeps what sits inside the article container, and publishers put this chrome there.
The same lines reach cleaner in text mode, so the family applies to every document.
"""

import functools
import itertools

import regex

from cleaner.rule_api import (
    DATE,
    Evidence,
    Family,
    Page,
    broken_sentence,
    detector,
    headline_shaped,
    line,
    mark,
    normalize,
    region,
    site_labels,
    title_ends,
    title_parts,
)

family = Family("extracted")

@detector("metadata", why="headline printed above the article body", evidence=Evidence.PATTERN)
def headline(page: Page):
    """The first block, when it is headline-shaped and the body starts right after it; it becomes
    the title in the metadata instead of the first line of the body. When the page's title is
    known (HTML), the block must be that title; otherwise its shape has to do. On an HTML page the
    headline is the first line printing the title (an <h1> printing its headline part) when no
    prose comes before it (a breadcrumb, a section name or the site's own <h1> may)."""
    blocks = page.blocks
    index = _title_heading(page, page.title) if page.title is not None and page.facts is not None else 0
    if index + 1 >= len(blocks):
        return
    first = blocks[index]
    text = first.text.strip()
    # On an HTML page, the page's own <h1> printing its title (or the title's headline part,
    # "Headline | Site") is the headline whatever follows it (a standfirst, a byline); elsewhere
    # the body must start right after it.
    marked_up = page.title is not None and page.facts is not None and _marked_up(page, index, page.title)
    if page.title is not None:
        whole, parts = _title_keys(page.title)
        if _key(text) not in (parts if marked_up else (whole,)):
            return
    elif not headline_shaped(first):
        return
    if text.startswith(("-", "|", "•", "*")) or not (blocks[index + 1].is_prose or marked_up):
        return
    # A title the source named says what the line is; without one, only its shape and place do.
    # The page's own <h1> printing that title is named twice, by the markup and by the page's
    # metadata: it goes even when it reads like a sentence ("Is X worth it? Here's what we found.").
    named = Evidence.SENTENCE if marked_up else Evidence.PATTERN
    evidence = named if page.title is not None else Evidence.SHAPE
    yield mark(index, "headline printed above the article body", evidence=evidence, title=text)


def _marked_up(page: Page, index: int, title: str) -> bool:
    """Whether the markup names line ``index`` of an HTML page the headline: the page's <h1>
    printing its title or the title's headline part, or a subheading (<h2>, <h3>) printing the
    whole title (the page's one <h1> being the site's or a section's name)."""
    facts = page.facts[index]
    return facts.within("h1") or (facts.within("h2", "h3") and _key(page.blocks[index].text) == _title_keys(title)[0])


def _key(text: str) -> str:
    """A line or title as headlines are compared: normalised, without quotes around it."""
    return normalize(text.strip()).strip("\"'")


@functools.lru_cache(maxsize=1024)
def _title_keys(title: str) -> tuple[str, frozenset[str]]:
    """The key of a page's title and those of its parts ("Headline | Site"); worked out once per
    title, not on every cleaning pass."""
    return _key(title), frozenset(_key(name) for name in title_parts(title))


def _title_heading(page: Page, title: str) -> int:
    """The page's first line printing ``title`` (in an <h1>: or its headline part), when no prose
    line comes before it; else its first line."""
    whole, names = _title_keys(title)
    for index, (block, facts) in enumerate(zip(page.blocks, page.facts or (), strict=False)):
        key = _key(block.text)
        if key == whole or (key in names and facts.within("h1")):
            return index
        if block.is_prose:
            break
    return 0


STANDFIRST_PLACES = ("p", "h2", "h3", "h4", "h5", "h6")
"""Elements a standfirst is printed in: a paragraph or a subheading under the headline."""
CUT_DESCRIPTION_CHARS = 40
"""A description cut short with an ellipsis names a line that opens with it from this length on."""


@detector("metadata", why="standfirst under the headline, moved to the metadata", evidence=Evidence.SENTENCE)
def standfirst(page: Page):
    """HTML: the summary under the headline, in the article's ``<header>`` (introductory content by
    HTML's definition), when the page's description meta prints it too: named twice, by the markup
    and by the page's metadata, it goes to ``metadata.standfirst`` as the headline goes to the
    title. Only before the article's paragraphs, with two of them after it, and not where a
    ``<header>`` wraps the page's content (:attr:`cleaner.engine.body.Body.container`)."""
    facts, description = page.facts, page.description
    if facts is None or not description or "header" in page.body.container:
        return
    wanted = _key(description)
    cut = description.endswith(("...", "…")) and len(wanted) >= CUT_DESCRIPTION_CHARS
    if cut:
        wanted = _key(description.rstrip(".… "))
    blocks = page.blocks
    for index, (block, where) in enumerate(zip(blocks, facts, strict=True)):
        if not block.is_prose:
            continue
        if not where.within("header"):
            return  # the article's paragraphs have begun
        key = _key(block.text)
        if where.element in STANDFIRST_PLACES and (key == wanted or (cut and key.startswith(wanted))):
            after = (
                following.is_prose and not place.within("header")
                for following, place in zip(blocks, facts, strict=True)
            )
            if sum(itertools.islice(after, index + 1, None)) >= 2:
                reason = "standfirst under the headline, printed again by the page's description"
                yield mark(index, reason, standfirst=block.text.strip())
            return


@detector("metadata", why="the page's title above the article: its headline with the site's name")
def page_title(page: Page):
    """The first line, when it is the page's title ("Headline | Site") and the headline alone is
    printed again before the article (:attr:`cleaner.engine.body.Body.headline`): both lines go,
    and the headline becomes the title."""
    headline = page.body.headline
    if headline is not None:
        yield mark(0, f"the page's title: the headline {headline.title!r} with the site's name", title=headline.title)
        for index in headline.copies[:-1] if headline.kept else headline.copies:
            yield mark(index, "the headline, printed again under the page's title", title=headline.title)
    elif (
        page.facts is None
        and len(page.blocks) > 1
        and not broken_sentence(page.blocks[0], page.blocks[1])  # "Reuters - The council said ..." / "for ..."
        and (named := _site_named(page.blocks[0].text, page.url)) is not None
    ):
        site, title = named
        reason = f"the page's title: the headline {title!r} with the site's name {site!r} (the URL's)"
        yield mark(0, reason, page_title=title)


_SQUASH = regex.compile(r"[\W_]+")
SITE_MIN_CHARS = 3
"""A title's part is compared squashed with the names of the site in the page's address
(:func:`site_labels`: "Credit Karma", creditkarma.com); shorter than this, a match says nothing."""


def _site_named(line: str, url: str | None) -> tuple[str, str] | None:
    """The site's name and the headline of a first line shaped "Headline | Site" (or "Site -
    Headline") whose outer part names the site of the page's ``url``: the page's title, printed
    above the text when the headline is not printed again. None otherwise."""
    labels = site_labels(url)
    text = line.strip()
    for site, title in title_ends(text) if labels else ():
        squashed = _SQUASH.sub("", site.lower())
        # After the headline, the name may go on ("CNNPolitics", "Business Insider Deutschland");
        # before it, a headline may open with the site's name ("9to5Mac Gift Guide: ...").
        widened = text.endswith(site) and any(label in squashed for label in labels)
        if len(squashed) >= SITE_MIN_CHARS and (widened or any(squashed in label for label in labels)):
            return site, title
    return None


_CONTENTS_HEADING = regex.compile(
    r"(?:(?:table of )?contents|in this (?:article|post|guide|story)|on this page|jump to(?: section)?"
    r"|inhaltsverzeichnis|inhaltsübersicht|sommaire|table des matières|índice(?: de contenidos?)?"
    r"|sumário|indice|sommario|inhoudsopgave|目次|目录|目錄|목차)"
    r"(?:\s*\[?(?:hide|show|toggle|ausblenden|einblenden|anzeigen|masquer|afficher|ocultar|mostrar|nascondi|mostra"
    r"|verbergen|tonen|非表示|表示|隐藏|显示|숨기기|보이기)\]?){0,2}",
    regex.IGNORECASE,
)
"""A table of contents' heading in the languages the phrase lists cover, with the toggle a page
prints beside it ("Contents hide", "Table of Contents [Hide] [Show]")."""
_NUMBERING = regex.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[ivx]{1,4}\.)\s+|\s*\.{3,}\s*\d{1,3}$", regex.IGNORECASE)
_NUMBERED = regex.compile(r"\d|[ivx]", regex.IGNORECASE)
"""How a line :data:`_NUMBERING` can change opens; a line that does not, and has no "...", stays."""


def _bare(key: str) -> str:
    """A line's key without its numbering and page number."""
    return _NUMBERING.sub("", key) if "..." in key or _NUMBERED.match(key) else key


@functools.lru_cache(maxsize=8192)
def _names_contents(text: str) -> bool:
    """Whether a line is a table of contents' heading; remembered by text, since every cleaning
    pass asks again about the same short lines."""
    return _CONTENTS_HEADING.fullmatch(text.strip().rstrip(":")) is not None


NO_CONTENTS = "extracted.no_contents"
"""The note (:attr:`Page.document`) that no line of the document names a table of contents."""


@detector("navigation", why="table of contents", evidence=Evidence.PATTERN)
def contents(page: Page):
    """A "Table of Contents" heading (alone, it is a leftover link) and the entries under it that name
    a heading printed later in the page (numbering and page numbers aside); the first entry that
    names none ends the table."""
    if page.document.get(NO_CONTENTS):
        return
    headings = [block.index for block in page.blocks if block.words <= 4 and _names_contents(block.text)]
    if not headings:  # a later pass sees a subset of these lines: none of them heads a table either
        page.document[NO_CONTENTS] = True
        return
    bare = [_bare(key) for key in page.keys]
    last_at = {key: index for index, key in enumerate(bare)}
    for index in headings:
        entry = index + 1
        while entry < len(bare) and bare[entry] and not page.blocks[entry].is_prose and last_at[bare[entry]] > entry:
            entry += 1
        yield index, "table of contents heading"
        yield from ((item, "table of contents entry naming a later heading") for item in range(index + 1, entry))


_NAME = r"\p{Lu}[\w.'’-]*(?: \p{Lu}[\w.'’-]*){0,3}"
_NAMES = rf"{_NAME}(?:(?:, |,? and |,? & ){_NAME}){{0,9}}"
_CREDIT = (
    rf"(?i:(?:with )?(?:additional )?(?:reporting|writing|editing|compiled|graphics|photos) by) {_NAMES}"
    rf"(?: (?i:in) {_NAME})?"
)
"""A wire credit: "Reporting by Jane Roe and John Doe in Paris"; names are capitalised."""
_AFFILIATE_VOICE = r"(?=.{0,400}\b(?:we|our|us|this (?:post|article|page|site|website|guide|review))\b)"

_PHOTO_AGENCY = r"(?:AP|AFP|Reuters|Getty Images|EPA|EPA-EFE|Xinhua|dpa|ANP|Bloomberg|Shutterstock|Alamy)"
"""Agencies whose credit ends a photo caption: "... in Hanoi. (AP Photo/Hau Dinh)"."""

rules = [
    headline,
    standfirst,
    page_title,
    contents,
    region(
        "boilerplate",
        r"about the (?:author|writer|reviewer)s?|(?:author|writer) bio|meet the (?:author|writer)|written by",
        why="author box",
        name="author_box",
    ),
    region(
        "related",
        r"recent (?:articles|posts|stories|news)|(?:other|similar) (?:articles|posts|stories|reviews)"
        r"|keep reading|read this next|you may also be interested in|related reading",
        why="listing of other articles",
        name="other_articles",
    ),
    line(
        "promo",
        _AFFILIATE_VOICE + r".{0,300}\b(?:if|when) you (?:buy|purchase|click|shop|sign up)\b.{0,200}"
        r"\b(?:earn|get|receive|make)s? (?:an? )?(?:small )?(?:affiliate )?(?:commission|share of (?:the )?sales?"
        r"|compensation|fee)\b.{0,300}",
        why="affiliate disclosure",
        name="affiliate",
        needs=("if you", "when you"),
        contains=r"\b(?:if|when) you (?:buy|purchase|click|shop|sign up)\b",
        sentence=True,
        max_chars=800,
    ),
    line(
        "promo",
        r"(?:disclosure:\s*)?(?:this|the|our|some of (?:my|our|the)|some) (?:post|article|page|site|website|content"
        r"|guide|review)s? (?:may )?contains? affiliate links.{0,400}"
        r"|(?:for more (?:information|details),? )?(?:please )?(?:visit|see|read) our (?:full )?(?:affiliate )?"
        r"disclosure(?: page| policy| statement)?(?: (?:here|for more (?:information|details)))?[.!]?",
        why="affiliate disclosure",
        name="affiliate_links",
        sentence=True,
        max_chars=600,
    ),
    line(
        "syndication",
        rf"\(?{_CREDIT}(?:(?:[;,]|,? with) {_CREDIT}){{0,5}}\.?\)?",
        why="wire credit line",
        name="wire_credit",
        sentence=True,
        case_sensitive=True,
    ),
    line(
        "syndication",
        rf"(?:[\p{{L}}'’ ]{{0,60}}?\s)?{_NAMES} (?i:contributed (?:reporting|to this (?:report|story|article)))"
        rf"(?: (?i:from) {_NAME})?\.",
        why="contributor credit",
        name="contributors",
        needs=("contributed",),
        sentence=True,
        case_sensitive=True,
    ),
    line(
        "syndication",
        r"(?:AP|BC)-[\w-]+(?:--[\w-]+)*,?\s+\d+(?:st|nd|rd|th) Ld-Writethru",
        why="wire slug line",
        name="wire_slug",
        case_sensitive=True,
        max_chars=120,
    ),
    line(
        "social",
        r".{10,500}?[.!?\"”]?\s*click to tweet",
        why="click-to-tweet box quoting a body sentence again for sharing",
        name="click_to_tweet",
        needs=("click to tweet",),
        sentence=True,
        max_chars=600,
    ),
    line(
        "social",
        r"(?:like|liked|enjoy|enjoyed|love|loved) this (?:story|article|post|piece)\?.{0,160}"
        r"|tell us what you think\W*",
        why="sharing or feedback prompt",
        name="prompt",
        sentence=True,
        max_chars=220,
    ),
    line(
        "metadata",
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://)?(?:www\.)?(?:twitter|x|instagram)\.com/\w+",
        why="author's contact address on a line of its own",
        name="contact",
        needs=("@", ".com/"),
        max_chars=80,
    ),
    line(
        "fragment",
        r"(?i:(?:image|photo|picture|slide) \d{1,3} (?:of|/) \d{1,3}|\d{1,3} ?(?:of|/) ?/?\d{1,3}|caption"
        r"|back to gallery|explore further|updated)|(?:Photo|Image|Picture|Credit|Foto|PHOTO|IMAGE)s?"
        r"(?: (?i:credit))?: .{2,60}",
        why="gallery control or photo credit",
        name="gallery",
        case_sensitive=True,
        max_chars=80,
    ),
    line(
        "metadata",
        rf"(?:last )?updated(?: on| at)?:? "
        rf"(?:[^|]{{0,30}}?(?P<updated>{DATE})[^|]{{0,30}}|[^|]{{0,30}}?\d[^|]{{0,30}})",
        why="update line",
        name="dateline",
        max_chars=80,
    ),
    line(
        "fragment",
        rf".{{10,500}}\(\s*(?:{_PHOTO_AGENCY}(?: Photo)?\s*/\s*[^)]{{1,80}}|{_PHOTO_AGENCY} Photo"
        rf"|Photo(?:graph)?:? [^)]{{1,60}})\s*\)",
        why="photo caption ending in its agency credit",
        name="photo_caption",
        needs=("(",),
        sentence=True,
        max_chars=600,
    ),
    line(
        "fragment",
        r".{20,600}(?:[.!?]\s+less|(?:\.\.\.|…)\s*more)",
        why="caption or teaser with its show-more or show-less toggle",
        name="toggle_caption",
        needs=("less", "more"),
        contains=r"(?r)(?:[.!?]\s+less|(?:\.\.\.|…)\s*more)\Z",
        sentence=True,
        max_chars=700,
    ),
]

must_drop = [
    "Defense Minister Ngo Xuan Lich shake hands in Hanoi, Vietnam Wednesday. Esper is on a visit to Vietnam. less",
    "Defense Minister Ngo Xuan Lich shake hands in Hanoi, Vietnam Wednesday, Nov. 20, 2019. Esper is on a ... more",
    "U.S. Defense Secretary Mark Esper, left, and Vietnamese Defense Minister Ngo Xuan Lich shake hands in Hanoi, "
    "Vietnam Wednesday, Nov. 20, 2019. (AP Photo/Hau Dinh)",
    "Table of Contents",
    "Contents hide",
    "Table of Contents [Hide] [Show]",
    "Table des matières",
    "Inhaltsverzeichnis anzeigen",
    "목차",
    "About the Author",
    "If you buy something through this post, we may get a share of the sale.",
    "When you purchase through our links, we may earn a commission that helps keep our reviews free.",
    "This post contains affiliate links, which means we earn a small fee at no cost to you.",
    "Disclosure: some of my posts contain affiliate links. If you purchase something through one of those links I may "
    "receive a small commission.",
    "For more information, visit our Disclosure page.",
    "(Reporting by Jane Roe, editing by John Doe.)",
    "(Reporting by Jane Roe, Ann Lee, with reporting by Bo Li and Max Mus, editing by John Doe.)",
    "기사입력 :[ 2018-08-25 15:24 ]",
    "Associated Press writers Jane Roe and John Doe contributed to this report.",
    "AP-US--Budget-Talks, 4th Ld-Writethru",
    "Every online business exists in a market that never sleeps.Click To Tweet",
    "Like this story? Share it with a friend!",
    "Image 1 of 8",
    "Back to Gallery",
    "6 min read",
    "Tempo de leitura: 2 minutos",
    "Updated at 1:23 p.m.",
    "jane.roe@example.com",
]
must_keep = [
    "Voters wanted more. Many wanted less.",
    "The plan costs more than the last one, and the council says it will ask for more...",
    "The minister (AP) and her deputy left the talks early, the agency said in a statement on Friday.",
    "Officials confirmed the figure to two agencies (Reuters)",
    "Retailers may earn a commission when shoppers buy through the links, the regulator said in its report.",
    "The contents of the report were shared with the committee on Tuesday, two officials said.",
    "Reporting by the newspaper in 2019 prompted the inquiry that led to the minister's resignation last week.",
    "The updated figures, released at 9 a.m., showed 1,200 more cases than the week before.",
    "Please see our disclosure of the minister's shareholdings, filed with the ethics office in 2021, for details.",
]
