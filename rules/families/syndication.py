"""Syndication notices: feed footers that say where the copy came from, not what happened."""

from cleaner.rule_api import Family, line

family = Family("syndication")

rules = [
    line(
        "syndication",
        r"the post .{3,300} appeared first on (?-i:[\p{Lu}\d][\w&'’.-]*(?:\s+[\p{Lu}\d&][\w&'’.-]*){0,7}"
        r"|[\w-]+(?:\.[\w-]+)+)\.?",
        why="feed footer naming the original post",
        name="appeared_first",
        sentence=True,
        max_chars=500,
    ),
    line(
        "syndication",
        r"this (?:article|story|report|content) (?:was|has been|is) (?:generated|published|auto-generated|republished)"
        r" (?:from|via|with) (?:an? )?(?:automated |syndicated |wire )?(?:news )?(?:agency )?feed"
        r"(?: without (?:any )?modifications? to (?:the )?text)?\.?"
        r"|\(?(?:only the headline of this report may have been reworked by .{1,60}?; )?the rest of the content"
        r" is auto-generated from a syndicated feed\.?\)?"
        r"|\(?(?:except for the headline, )?this story has not been edited by .{1,60}? and is"
        r" (?:auto-generated|published) from a syndicated feed\.?\)?",
        why="automated feed notice",
        name="feed_notice",
        sentence=True,
        max_chars=300,
    ),
    line(
        "syndication",
        r"(?:this (?:article|story|post) )?(?:was )?originally (?:published|appeared) (?:on|in|at|by) [^,;]{2,120}?\.?"
        r"|(?:this article is )?republished (?:from|with permission from) [^,;]{2,120}?\.?",
        why="republication notice",
        name="originally_published",
        sentence=True,
        max_chars=240,
    ),
]

must_drop = [
    "The post Ten ways to fix a leaking tap appeared first on home-fixes.example.org.",
    "The post Hegseth announces plan for US command upgrades in Japan to deter China appeared first on Fox News.",
    "This article was generated from an automated news agency feed without modifications to text.",
    "This story has been published from a wire agency feed without modifications to the text.",
]
must_keep = [
    "The post office appeared first on the list of closures that the council published on Monday.",
    "The report was originally published in 2019 and has been cited by 40 later studies.",
    "Originally published in 1974, the novel was reissued this spring with a new foreword by its author.",
]
