"""WordPress news themes with a mobile view: share bar, reply form and the "Exit mobile version" link."""

from cleaner.rule_api import Site, line

site = Site("wordpress_mobile", fingerprint=r"(?m)^Exit mobile version\s*$")

rules = [
    line("navigation", r"exit mobile version", why="mobile theme switch link", name="mobile_theme_switch_link"),
    line("comments", r"leave a reply cancel reply|leave a reply", why="reply form heading", name="reply_form_heading"),
]

must_drop = ["Exit mobile version", "Leave A Reply"]
must_keep = [
    "Hegseth's visit and discussions in Japan underscore the mutual commitment of both countries, officials said.",
]
