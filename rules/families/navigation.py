"""Navigation: skip links, menus, breadcrumbs, "MoreLess" toggles, tag lists and hashtag lines."""

import regex

from cleaner.guard import body_core
from cleaner.rules import Family, Page, detector, line

family = Family("navigation")

_NAV_WORDS = (
    "home|news|latest|world|politics|business|markets?|economy|sports?|tech(?:nology)?|science|health"
    "|entertainment|lifestyle|opinion|culture|travel|food|video|videos|photos|podcasts?|weather|local"
    "|national|international|us|uk|europe|asia|africa|india|china|education|environment|climate"
    "|money|finance|property|real estate|autos?|cars|style|fashion|arts?|books|music|movies|tv"
    "|about(?: us)?|contact(?: us)?|careers|jobs|blog|blogs|events|shop|store|help|faqs?|support"
    "|resources|company|products|services|solutions|pricing|features|partners|press|community"
    "|topics|categories|archives?|sections|more|menu|search|log ?in|sign ?in|sign up|register"
    "|advertise(?: with us)?|newsletters?|subscribe|podcast|live|breaking|trending|features?"
)

rules = [
    line("navigation", r"skip to (?:main |primary )?(?:content|navigation|search|footer)", why="skip link"),
    line(
        "navigation",
        r"(?:toggle |main |primary |mobile |open |close )?(?:menu|navigation|search|nav)"
        r"|search(?: for)?:?|search …|close(?: menu| search)?|×|✕|back(?: to top)?|top|↑|go to top",
        why="menu or search control",
    ),
    line(
        "navigation",
        r"more\s*less|show (?:more|less)|load more|view (?:all|more)|see (?:all|more)|more"
        r"|read more(?: »| ›|…)?|continue reading(?: »| →)?|learn more|expand|collapse",
        why="list toggle or read-more link",
        name="toggle",
    ),
    line(
        "navigation",
        r"(?:you are here:?\s*)?(?:home|startseite|accueil|inicio)\s*(?:[>»›/|→]\s*[^>»›/|→]{1,60}){1,6}",
        why="breadcrumb trail starting at the home page",
    ),
    line("navigation", r"(?:#[\w-]+[\s,]*){2,}", why="hashtag line"),
    line(
        "navigation",
        r"(?:tags?|topics?|tagged(?: with)?|filed under|categories|keywords)\s*:\s*.{1,300}",
        why="tag list",
        name="tag_line",
    ),
    line(
        "navigation",
        r"(?:[«‹←] ?)?(?:previous|prev|next) (?:article|post|story|page)(?: ?[»›→])?(?:\s*:\s*.{1,120})?"
        r"|(?:[«‹←] ?)?(?:previous|prev|next)(?: ?[»›→])?",
        why="previous/next article link",
        name="pager",
        max_chars=140,
    ),
    line(
        "navigation",
        r"(?:page )?\d{1,3} of \d{1,3}|(?:« )?(?:prev(?:ious)?|next)(?: »)?|[«‹›»]",
        why="pagination control",
        name="pagination",
        max_chars=20,
    ),
    line(
        "navigation",
        rf"(?:{_NAV_WORDS})(?:\s*[|•·/]\s*(?:{_NAV_WORDS}))+",
        why="menu items on one line",
        name="menu_line",
    ),
]


_NAV_WORD = regex.compile(rf"(?i)(?:{_NAV_WORDS})")
_NOT_A_TAG = frozenset({"and", "or", "is", "was", "are", "the", "of", "to", "in"})


@detector("navigation", why="run of short menu items")
def menu_run(page: Page):
    """Three or more adjacent short lines, most of them menu words, are a menu, not a list in prose."""
    blocks = page.blocks
    start = 0
    while start < len(blocks):
        end = start
        while end < len(blocks) and blocks[end].words <= 3 and not blocks[end].text.rstrip().endswith((".", ":")):
            end += 1
        run = blocks[start:end]
        if len(run) >= 3 and sum(bool(_NAV_WORD.fullmatch(b.text.strip())) for b in run) * 2 >= len(run):
            for block in run:
                yield block.index, f"menu run of {len(run)} short lines"
        start = end + 1 if end == start else end


@detector("navigation", why="tag list after the article")
def tag_list(page: Page):
    """A comma-separated list of short phrases with no verb-like words, after the article body.

    Only after the body: inside it, such a line is as likely to be a list the article makes.
    """
    core = body_core(page.blocks)
    if not core:
        return
    for block in page.blocks[core.stop :]:
        items = [item.strip() for item in block.text.split(",")]
        if (
            len(items) >= 3
            and all(0 < len(item.split()) <= 4 for item in items)
            and not block.text.rstrip().endswith((".", "!", "?"))
            and not any(word in _NOT_A_TAG for item in items for word in item.lower().split())
        ):
            yield block.index, f"list of {len(items)} short tags after the article"


rules += [menu_run, tag_list]
