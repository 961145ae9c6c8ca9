"""Daily8: an AI news aggregator that frames each story with an app banner and AI-feature upsell."""

from cleaner.rule_api import Site, line

site = Site("daily8", fingerprint=r"Daily8 AI")

rules = [
    line("fragment", r"orange background", why="layout leftover of the story card", name="card_leftover"),
    line("promo", r"explore what daily8 ai can do for you:?", why="AI feature upsell", name="ai_feature_upsell"),
    line(
        "promo",
        r"ready to dive into the world of global news and events\? download our app.{0,120}",
        why="app banner pitch",
        name="app_banner_pitch",
        sentence=True,
    ),
]

must_drop = [
    "Explore what Daily8 AI can do for you:",
    "Ready to dive into the world of global news and events? Download our app today from your preferred app store "
    "and start exploring.",
]
must_keep = [
    "Hegseth and Nakatani told a joint news conference that they have also agreed on the need to beef up Japan's "
    "defense posture on the Southwestern islands.",
]
