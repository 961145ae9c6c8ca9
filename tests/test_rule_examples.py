"""Every rule module's own examples: its ``must_drop`` strings go, its ``must_keep`` sentences stay.

Each example is placed in a small generated article, the way it would arrive from a scrape:
a ``must_drop`` string after a two-paragraph body, a ``must_keep`` sentence between body
paragraphs. Site modules are cleaned with a URL on their first domain, or, for a site known
only by its fingerprint, with a page that carries it.
"""

from __future__ import annotations

import pytest
import regex

from cleaner import Cleaner
from cleaner.engine.loader import RuleModule, load_rules
from cleaner.rule_api import Site

MODULES = load_rules(plugins=False).modules

LEDE = (
    "The regional council approved a new water plan on Thursday after three months of public hearings, "
    "according to minutes published by the council."
)
SECOND = (
    "Farmers in the northern valley had asked for a larger share of the reservoir, and the plan now sets "
    "aside 40 percent of it for irrigation during dry summers."
)
LAST = "The plan takes effect in January and will be reviewed in two years, a spokesperson said."


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner(plugins=False)


def _site_context(module: RuleModule) -> tuple[str | None, str]:
    """A URL for the site, or else a line that carries its fingerprint (empty for a family)."""
    scope = module.scope
    if not isinstance(scope, Site):
        return None, ""
    if scope.domains:
        return f"https://www.{scope.domains[0]}/news/2025/water-plan", ""
    assert scope.fingerprint, f"site module {module.name} has neither domains nor a fingerprint"
    return None, _fingerprint_line(scope.fingerprint)


def _fingerprint_line(fingerprint: str) -> str:
    """A line the fingerprint pattern finds: its literal text with regex syntax stripped."""
    text = regex.sub(r"\(\?[a-zA-Z]+\)|[\^$]|\\s[*+?]?|\\", "", fingerprint)
    text = regex.sub(r"(\w) \?", r"\1", text).replace("?", "")
    assert regex.search(fingerprint, text), f"could not build a line for fingerprint {fingerprint!r}"
    return text


def _examples(kind: str) -> list[tuple[RuleModule, str]]:
    return [(module, example) for module in MODULES for example in getattr(module, kind)]


def _id(item: object) -> str:
    return item.name if isinstance(item, RuleModule) else str(item)[:40]


def test_modules_carry_examples() -> None:
    """A module that changes rules adds examples; at least the family modules must have some."""
    assert _examples("must_drop") and _examples("must_keep")


@pytest.mark.parametrize(("module", "example"), _examples("must_drop"), ids=_id)
def test_must_drop(module: RuleModule, example: str, cleaner: Cleaner) -> None:
    url, marker = _site_context(module)
    page = "\n\n".join(part for part in (LEDE, SECOND, example, marker) if part)
    result = cleaner.clean(page, url=url)
    removed = {r.text.strip() for r in result.removed}
    assert example.strip() in removed, f"{module.name}: {example!r} was kept; removals: {sorted(removed)}"
    assert LEDE in result.text and SECOND in result.text, f"{module.name}: the body was cut: {result.text!r}"


@pytest.mark.parametrize(("module", "example"), _examples("must_keep"), ids=_id)
def test_must_keep(module: RuleModule, example: str, cleaner: Cleaner) -> None:
    url, marker = _site_context(module)
    page = "\n\n".join(part for part in (LEDE, example, SECOND, LAST, marker) if part)
    result = cleaner.clean(page, url=url)
    assert example in result.text.split("\n"), f"{module.name}: {example!r} was removed: {result.removed}"


def _corpus_lines() -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "corpus"
    lines = {line.strip() for path in root.rglob("*.txt") for line in path.read_text(encoding="utf-8").splitlines()}
    return sorted(line for line in lines if line)


def test_a_rules_needs_are_in_every_line_its_pattern_matches() -> None:
    """``needs`` only skips work: any corpus line or example a pattern matches holds one of them."""
    lines = _corpus_lines() + [example for module in MODULES for example in module.must_drop]
    with_needs = [rule for module in MODULES for rule in module.line_rules if rule.needs]
    assert with_needs, "some shipped rules declare needs"
    checked = 0
    for rule in with_needs:
        for text in lines:
            if len(text) <= rule.max_chars and rule.compiled.fullmatch(text):
                checked += 1
                assert any(need in text.lower() for need in rule.needs), f"{rule.id} matches {text!r}"
    assert checked >= len(with_needs), "the check saw the rules match real lines"
