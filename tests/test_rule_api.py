"""The rule API: one module to import, explicit rule names, and findings that carry what a pair cannot."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from readme import readme_section

from cleaner import Cleaner
from cleaner.engine import loader
from cleaner.engine.blocks import segment
from cleaner.engine.loader import builtin_rules_dir, load_rules
from cleaner.rule_api import Evidence, Page, Role, detector, line, mark
from cleaner.rule_api import __all__ as RULE_API

SCORER_BACKED = {"ai_filler.py": {"cleaner.evidence.filler"}}
"""Built-in families that are the rule face of a scorer kept in the engine, and what they import."""


def _cleaner_imports(path: Path) -> set[str]:
    """Every ``cleaner`` name the module imports, as ``module.name`` (``cleaner.rule_api.line``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("cleaner.") or name == "cleaner"}


def test_rule_modules_import_only_the_rule_api() -> None:
    modules = sorted(builtin_rules_dir().rglob("*.py"))
    assert len(modules) > 10
    for path in modules:
        imported = _cleaner_imports(path) - SCORER_BACKED.get(path.name, set())
        outside = {name for name in imported if not name.startswith("cleaner.rule_api.")}
        assert not outside, f"{path.name} imports {outside}"


def test_rule_modules_use_only_the_public_names() -> None:
    for path in sorted(builtin_rules_dir().rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "cleaner.rule_api":
                names = {alias.name for alias in node.names}
                assert names <= set(RULE_API), f"{path.name} imports {names - set(RULE_API)}"


def test_a_nameless_rule_is_refused_with_how_to_fix_it_and_the_others_still_load(tmp_path: Path) -> None:
    (tmp_path / "nameless.py").write_text(
        "from cleaner.rule_api import Family, line\n"
        'family = Family("nameless")\n'
        'rules = [line("promo", r"buy the print edition", why="print edition ad")]\n',
        encoding="utf-8",
    )
    (tmp_path / "named.py").write_text(
        "from cleaner.rule_api import Family, line\n"
        'family = Family("named")\n'
        'rules = [line("promo", r"buy the print edition", why="print edition ad", name="print_ad")]\n',
        encoding="utf-8",
    )
    report = load_rules([tmp_path], builtin=False, plugins=False)
    assert [module.name for module in report.modules] == ["named"]
    assert [rule.id for rule in report.modules[0].rules] == ["named.print_ad"]
    (error,) = report.errors
    assert "nameless.py" in error and "why='print edition ad': add name='print_edition_ad'" in error


def test_every_builtin_rule_is_loaded_under_its_own_name() -> None:
    report = load_rules(plugins=False)
    assert not report.errors, report.errors
    for module in report.modules:
        for rule in module.rules:
            assert rule.name and rule.id == f"{module.name}.{rule.name}"


def _page(text: str) -> Page:
    return Page(segment(text))


def test_a_finding_carries_its_repeat_and_metadata_and_takes_the_detectors_category_and_evidence() -> None:
    @detector("duplicate", why="printed again", evidence=Evidence.REPEAT, name="again")
    def again(page: Page):
        yield mark(2, "repeats block 0", repeats=0, title="Storm closes the port")

    (found,) = again.marks(_page("Storm closes the port\nThe port closed on Monday.\nStorm closes the port"))
    assert (found.block, found.category, found.evidence, found.ref) == (2, "duplicate", Evidence.REPEAT, 0)
    assert found.reason == "repeats block 0" and found.metadata == (("title", "Storm closes the port"),)


def test_a_finding_may_name_other_evidence_than_its_detectors() -> None:
    @detector("promo", why="promo", name="promo")
    def promo(page: Page):
        yield mark(0, "whole boilerplate sentence", evidence=Evidence.SENTENCE)
        yield 1, "plain pair"

    marks = list(promo.marks(_page("Get the app.\nMenu")))
    assert [(m.block, m.evidence, m.reason) for m in marks] == [
        (0, Evidence.SENTENCE, "whole boilerplate sentence"),
        (1, Evidence.PATTERN, "plain pair"),
    ]


def test_a_mark_carries_its_rules_role_its_categorys_default_unless_the_rule_declares_one() -> None:
    """A fragment (a caption) interrupts the article, a line of any other category heads a box,
    and a rule may say its lines interrupt the article (an ad slot, a cross-reference)."""
    caption = line("fragment", r"photo: .+", why="caption", name="caption")
    box = line("related", r"read more: .+", why="related link", name="box")
    inline = line("related", r"read more: .+", why="related link", name="inline", role=Role.INTERRUPTS)
    assert [rule.mark(0, rule.evidence).role for rule in (caption, box, inline)] == [
        Role.INTERRUPTS,
        Role.HEADS_BOX,
        Role.INTERRUPTS,
    ]

    @detector("promo", why="ad slot", name="ad", role=Role.INTERRUPTS)
    def ad(page: Page):
        yield 0, "ad slot"

    assert [m.role for m in ad.marks(_page("Anzeige – Autohaus Brandt"))] == [Role.INTERRUPTS]


def test_mark_refuses_a_metadata_field_the_result_does_not_know() -> None:
    with pytest.raises(ValueError, match="unknown metadata field 'headline'"):
        mark(0, "headline", headline="Storm closes the port")


def test_a_detector_yielding_something_else_names_itself_and_the_fix() -> None:
    @detector("promo", why="promo", name="odd")
    def odd(page: Page):
        yield 0

    with pytest.raises(TypeError, match=r"detector odd yielded 0; yield \(index, reason\) or mark"):
        list(odd.marks(_page("Menu")))


def test_a_user_detector_finding_fills_the_metadata(tmp_path: Path) -> None:
    (tmp_path / "kicker.py").write_text(
        "from cleaner.rule_api import Family, detector, mark\n"
        'family = Family("kicker")\n'
        '@detector("metadata", why="section kicker above the headline")\n'
        "def kicker(page):\n"
        '    if page.blocks and page.blocks[0].text == "WORLD NEWS":\n'
        '        yield mark(0, "section kicker", source="World desk")\n'
        "rules = [kicker]\n",
        encoding="utf-8",
    )
    cleaner = Cleaner(rule_dirs=[tmp_path], builtin=False, plugins=False)
    assert not cleaner.load_errors, cleaner.load_errors
    body = "The port closed on Monday after a storm, the harbour master said in a statement to reporters."
    result = cleaner.clean(f"WORLD NEWS\n\n{body}")
    assert result.text.strip() == body
    assert result.metadata["source"] == "World desk"
    assert [removal.rule for removal in result.removed] == ["kicker.kicker"]


def test_the_api_names_what_a_rule_module_needs() -> None:
    needed = {"Family", "Site", "line", "region", "detector", "mark", "Page", "Body", "DATE", "CATEGORIES"}
    assert needed <= set(RULE_API)


def test_the_readme_rule_module_loads_and_keeps_its_own_examples(tmp_path: Path) -> None:
    (snippet,) = re.findall(r"```python\n(.*?)```", readme_section("Writing a rule module for a site"), re.S)
    (tmp_path / "readme_site.py").write_text(snippet, encoding="utf-8")
    cleaner = Cleaner(rule_dirs=[tmp_path], builtin=False, plugins=False)
    assert not cleaner.load_errors, cleaner.load_errors
    namespace: dict[str, object] = {}
    exec(compile(snippet, "readme_site.py", "exec"), namespace)
    body = "The port closed on Monday after a storm, the harbour master said in a statement to reporters."
    url = "https://www.livemint.com/news/port"
    for noise in namespace["must_drop"]:  # type: ignore[attr-defined]
        result = cleaner.clean(f"{body}\n\n{noise}", url=url)
        assert result.text.strip() == body
        assert all(removal.rule.startswith("livemint.") for removal in result.removed)
    for sentence in namespace["must_keep"]:  # type: ignore[attr-defined]
        assert cleaner.clean(f"{body}\n\n{sentence}", url=url).text.strip() == f"{body}\n\n{sentence}"


def _fake_loader_file(root: Path) -> str:
    """Where ``cleaner/engine/loader.py`` would sit in a tree rooted at ``root``."""
    engine = root / "cleaner" / "engine"
    engine.mkdir(parents=True)
    return str(engine / "loader.py")


def test_the_rules_of_the_checkout_cleaner_was_imported_from_come_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bench script run from a second checkout must measure that checkout's rules, not those an
    editable install maps the built-in package to."""
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    (tmp_path / "rules").mkdir()
    monkeypatch.setattr(loader, "__file__", _fake_loader_file(tmp_path))
    assert loader.builtin_rules_dir() == (tmp_path / "rules").resolve()


def test_an_installed_package_uses_its_built_in_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Installed from a wheel, ``cleaner`` sits in site-packages beside no ``pyproject.toml``: even a
    stray ``rules`` folder there is not ours."""
    (tmp_path / "rules").mkdir()
    monkeypatch.setattr(loader, "__file__", _fake_loader_file(tmp_path))
    installed = loader.builtin_rules_dir()
    assert installed != (tmp_path / "rules").resolve()
    assert (installed / "families").is_dir()
