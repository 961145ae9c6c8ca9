"""A line rule's ``contains`` pattern only skips work: the matcher takes exactly the lines the
rule's pattern alone takes."""

from __future__ import annotations

import pytest

from cleaner.engine.loader import load_rules
from cleaner.engine.matching import _Alternation
from cleaner.rule_api import LineRule

LINE_RULES = [rule for module in load_rules(plugins=False).modules for rule in module.line_rules]


def _rule(name: str) -> LineRule:
    (rule,) = [rule for rule in LINE_RULES if rule.id.rsplit(".", 1)[-1] == name]
    return rule


def _unfiltered(rule: LineRule) -> LineRule:
    """The same rule without its ``contains`` pattern (its ``needs`` kept, as before)."""
    return LineRule(
        rule.category,
        rule.pattern,
        rule.why,
        name=rule.id,
        max_chars=rule.max_chars,
        needs=rule.needs,
        case_sensitive=not rule.flags,
    )


TOGGLE_TAKES = [
    "Defense Minister Ngo Xuan Lich shake hands in Hanoi, Vietnam Wednesday. Esper is on a visit to Vietnam. less",
    "Defense Minister Ngo Xuan Lich shake hands in Hanoi, Vietnam Wednesday, Nov. 20, 2019. Esper is on a ... more",
    "The mayor opens the new bridge over the river on Sunday morning…MORE",
    "Crowds gather outside the stadium before the final on Saturday!\u00a0Less",
    "We asked for more and got nothing at all from the council. LEſS",
]
TOGGLE_KEEPS = [
    "Voters wanted more. Many wanted less.",
    "The plan costs more than the last one, and the council says it will ask for more...",
    "The council wants to spend less. Residents want to pay less, and more is not on the table.",
    "Officials said the new rules would cost more... or less",
    "Short. less",
    "The mayor opens the new bridge over the river on Sunday morning... more or less",
]
AFFILIATE_TAKES = [
    "If you buy something through this post, we may get a share of the sale.",
    "When you purchase through our links, we may earn a commission that helps keep our reviews free.",
    "We test every product ourselves. If you click a link and SIGN UP, we receive a small fee.",
    "This guide is independent; when you ſhop through it we earn an affiliate commission.",
]
AFFILIATE_KEEPS = [
    "Retailers may earn a commission when shoppers buy through the links, the regulator said in its report.",
    "If you ask our readers, they earn a commission on nothing and pay a fee for everything.",
    "When you buyers come to our market, we make a fee from every stall, the organiser joked.",
    "If you buy a house this year, expect to pay a higher fee than last year, the bank said.",
]


@pytest.mark.parametrize(
    ("name", "takes", "keeps"),
    [("toggle_caption", TOGGLE_TAKES, TOGGLE_KEEPS), ("affiliate", AFFILIATE_TAKES, AFFILIATE_KEEPS)],
)
def test_a_prefiltered_rule_takes_what_its_pattern_takes(name: str, takes: list[str], keeps: list[str]) -> None:
    rule = _rule(name)
    assert rule.find_contained is not None, f"{name} declares a contains pattern"
    filtered, alone = _Alternation([rule]), _Alternation([_unfiltered(rule)])
    for text in takes:
        assert alone.find(text)[0] == 0, f"the pattern of {name} takes {text!r}"
        assert filtered.find(text)[0] == 0, f"{name}'s contains pattern skips {text!r}, which its pattern takes"
    for text in keeps:
        assert alone.find(text)[0] == -1, f"the pattern of {name} keeps {text!r}"
        assert filtered.find(text)[0] == -1, f"{name} takes {text!r}"
    assert any(rule.find_contained(text) is None for text in keeps), f"{name}'s contains pattern skips some lines"


def test_every_contains_pattern_is_in_every_line_its_rule_matches() -> None:
    """Over the shipped examples and the hand-written lines above."""
    with_contains = [rule for rule in LINE_RULES if rule.find_contained is not None]
    assert with_contains, "some shipped rules declare a contains pattern"
    modules = load_rules(plugins=False).modules
    lines = [text for module in modules for text in module.must_drop] + TOGGLE_TAKES + AFFILIATE_TAKES
    checked = 0
    for rule in with_contains:
        for text in lines:
            if rule.matches(text):
                checked += 1
                assert rule.find_contained(text.strip()) is not None, f"{rule.id} matches {text!r}"
    assert checked >= len(with_contains), "the check saw every such rule match"


def test_prefixes_admitting_the_same_rules_share_one_bucket_and_forget_rereads_the_rules() -> None:
    rules = [_rule("toggle_caption"), _rule("affiliate")]
    alternation = _Alternation(rules)
    text = TOGGLE_TAKES[0]
    assert alternation.find(text)[0] == 0
    # both rules can open with any characters: every prefix admits both, in one bucket
    assert alternation._bucket("Def") is alternation._bucket("Xyz") is alternation._bucket("De")
    saved = rules[0].find_contained
    rules[0].find_contained = lambda line: None  # a contains pattern no line holds
    try:
        alternation.memo.clear()
        assert alternation.find(text)[0] == 0, "the buckets keep the rule as it was read"
        alternation.forget()
        assert alternation.find(text)[0] == -1, "forgotten buckets read the rule again"
    finally:
        rules[0].find_contained = saved
