"""Find rule modules: the built-in ones shipped in the wheel, folders the user names, and other
installed packages through the ``cleaner.rules`` entry-point group.

One broken module is reported by name and never stops the others from loading.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from types import ModuleType

from cleaner.engine.pattern_cost import unguarded_chars
from cleaner.engine.pattern_needs import required
from cleaner.rule_api import Family, LineRule, PhraseRegion, PhraseRule, RegionRule, Rule, Site

BUILTIN_PACKAGE = "cleaner.builtin_rules"
"""The repository's ``rules/`` folder, installed inside the ``cleaner`` package."""
ENTRY_POINT_GROUP = "cleaner.rules"


@dataclass
class RuleModule:
    """One loaded module: where it applies, its rules (line rules pre-compiled), its examples."""

    name: str
    scope: Site | Family
    rules: list[Rule]
    must_drop: list[str] = field(default_factory=list)
    must_keep: list[str] = field(default_factory=list)
    source: str = ""

    def __post_init__(self) -> None:
        self.line_rules = [r for r in self.rules if isinstance(r, LineRule)]
        self.phrase_rules = [r for r in self.rules if isinstance(r, PhraseRule | PhraseRegion)]
        self.page_rules = [r for r in self.rules if not isinstance(r, LineRule | PhraseRule)]
        self.regions = [r for r in self.page_rules if isinstance(r, RegionRule) and r.heading is not None]

    @property
    def is_site(self) -> bool:
        return isinstance(self.scope, Site)


@dataclass
class LoadReport:
    modules: list[RuleModule]
    errors: list[str]


def load_rules(
    rule_dirs: Sequence[str | Path] = (), *, builtin: bool = True, plugins: bool = True
) -> LoadReport:
    """Load every rule module from the enabled sources. A user's or a plugin's broken module is
    collected in the report's errors, so one bad rule file does not stop a batch; a built-in one
    that does not import raises :class:`ImportError`, since cleaning without it would quietly
    leave a whole family of chrome in."""
    modules: list[RuleModule] = []
    errors: list[str] = []
    found: list[tuple[str, ModuleType | Exception]] = []
    builtin_sources: set[str] = set()
    if builtin:
        for source, loaded in _folder_modules(builtin_rules_dir(), errors, BUILTIN_PACKAGE):
            if isinstance(loaded, Exception):
                raise ImportError(
                    f"cleaner's built-in rule module {source} does not import "
                    f"({type(loaded).__name__}: {loaded}); the installation is broken"
                ) from loaded
            found.append((source, loaded))
            builtin_sources.add(source)
    for folder in rule_dirs:
        found.extend(_folder_modules(Path(folder), errors))
    if plugins:
        found.extend(_plugin_modules())
    seen: dict[str, str] = {}
    for source, loaded in found:
        if isinstance(loaded, Exception):
            errors.append(f"rule module {source} failed to load: {type(loaded).__name__}: {loaded}")
            continue
        try:
            module = to_rule_module(loaded, source)
        except (TypeError, ValueError) as problem:
            errors.append(f"rule module {source} is not valid: {problem}")
            continue
        if module is None:
            continue
        if module.name in seen:
            errors.append(f"rule module {source} reuses the name {module.name!r} of {seen[module.name]}; skipped")
            continue
        seen[module.name] = source
        if source in builtin_sources:
            _unguard(module)
        modules.append(module)
    return LoadReport(modules, errors)


def _unguard(module: RuleModule) -> None:
    """Let a built-in module's line patterns (and region headings) match without the pattern
    timeout on the lines where they provably cannot run away, and be tried only on lines holding
    a string their matches hold (when they declare none). A user's or a plugin's rules keep their
    timeout on every line and are tried on every line: nobody has looked at their shape."""
    for rule in [*module.line_rules, *(region.heading for region in module.regions)]:
        rule.unguarded_chars = unguarded_chars(rule.pattern, rule.flags, rule.max_chars)
        if not rule.needs:
            rule.read_needs = required(rule.pattern, rule.flags)


def to_rule_module(module: ModuleType, source: str) -> RuleModule | None:
    """Read the module-level names a rule module defines; None for helper modules without any."""
    scope = getattr(module, "site", None) or getattr(module, "family", None)
    rules = getattr(module, "rules", None)
    if scope is None and rules is None:
        return None
    if not isinstance(scope, Site | Family):
        raise TypeError("define `site = Site(...)` or `family = Family(...)` next to `rules`")
    if not isinstance(rules, list | tuple) or not all(isinstance(rule, Rule) for rule in rules):
        raise TypeError("`rules` must be a list of rules built with line(), region() or @detector")
    nameless = [rule for rule in rules if not rule.name]
    if nameless:
        fixes = "; ".join(f"why={rule.why!r}: add name={_old_id(rule.why)!r}" for rule in nameless)
        raise ValueError(
            f"every rule needs a stable name, its id in the output that editing `why` never changes ({fixes}; "
            "these keep the ids the rules had when names came from `why`)"
        )
    names = [rule.name for rule in rules]
    duplicates = {name for name in names if names.count(name) > 1}
    if duplicates:
        raise ValueError(f"two rules share the name {sorted(duplicates)[0]!r}; pass name='...' to one")
    for rule in rules:
        rule.id = f"{scope.name}.{rule.name}"
    return RuleModule(
        name=scope.name,
        scope=scope,
        rules=list(rules),
        must_drop=list(getattr(module, "must_drop", [])),
        must_keep=list(getattr(module, "must_keep", [])),
        source=source,
    )


def _old_id(why: str) -> str:
    """The id a nameless rule got from its sentence before names were required, so the fix keeps it."""
    return re.sub(r"[^a-z0-9]+", "_", why.lower()).strip("_")[:48] or "rule"


def builtin_rules_dir() -> Path:
    """The shipped rule folder: ``rules/`` of the source checkout this ``cleaner`` was imported
    from, else the one installed inside the package.

    The checkout goes first so that code run from one checkout (a bench script putting its folder
    first on the import path) loads that checkout's rules, not those of whichever checkout an
    editable install maps ``cleaner.builtin_rules`` to.
    """
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "pyproject.toml").is_file() and (checkout / "rules").is_dir():
        return checkout / "rules"
    try:
        spec = importlib.util.find_spec(BUILTIN_PACKAGE)
    except ModuleNotFoundError:
        spec = None
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return checkout / "rules"


def _folder_modules(
    folder: Path, errors: list[str], namespace: str | None = None
) -> Iterable[tuple[str, ModuleType | Exception]]:
    """Import every ``*.py`` below ``folder`` by path, as modules of ``namespace``."""
    if not folder.is_dir():
        errors.append(f"rule folder {folder} does not exist or is not a folder")
        return
    namespace = namespace or "cleaner_user_rules_" + hashlib.sha1(str(folder.resolve()).encode()).hexdigest()[:10]
    for path in sorted(folder.rglob("*.py")):
        if path.name.startswith("_"):
            continue
        relative = path.relative_to(folder).with_suffix("")
        name = ".".join((namespace, *relative.parts))
        yield str(path), _import_path(name, path)


def _import_path(name: str, path: Path) -> ModuleType | Exception:
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            return ImportError(f"cannot import {path}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        return module
    except Exception as problem:
        sys.modules.pop(name, None)
        return problem


def _plugin_modules() -> Iterable[tuple[str, ModuleType | Exception]]:
    for point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            yield f"{point.name} ({point.value})", point.load()
        except Exception as problem:
            yield f"{point.name} ({point.value})", problem
