"""Fox News: in-body app and cross-promo links in capitals, and the feed's "appeared first on" footer."""

from cleaner.rule_api import Site, line

site = Site(
    "foxnews", domains=["foxnews.com", "foxbusiness.com"], fingerprint=r"appeared first on Fox (?:News|Business)"
)

rules = [
    line(
        "promo",
        r"click here (?:to|for) (?:get|download|read|watch|sign up|subscribe)[^a-z]{0,120}",
        why="capitalised in-body cross-promo link",
        name="cross_promo_link",
        case_sensitive=True,
    ),
    line("promo", r"CLICK HERE.{0,120}", why="capitalised call to action", case_sensitive=True, name="click_here"),
    line(
        "related",
        r"(?=(?:\S+\s+){3})[^a-z.!?]{20,160}(?<![.!?])",
        why="link to another story, printed in capitals inside the article",
        case_sensitive=True,
        name="capitals_link",
    ),
]

must_drop = [
    "CLICK HERE TO GET THE FOX NEWS APP",
    "CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES LIVING OUT THEIR AMERICAN DREAM",
    "CLICK HERE TO READ MORE FROM FOX BUSINESS",
]
must_keep = [
    "WASHINGTON",
    "The Pentagon chief said he asked Nakatani for greater access to Japan's strategic southwest islands.",
    "In his first official visit to Asia, Hegseth traveled to Japan from the Philippines.",
]
