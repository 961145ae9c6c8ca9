"""No module of cleaner imports itself back, directly or through others.

The graph is of modules (files), not packages. Every ``import`` statement counts, wherever it
stands: inside a function (a lazy import only hides a cycle) and under ``if TYPE_CHECKING:`` (an
import for annotations still says one module needs the other). An import names the module it
reaches (``from cleaner.run import crossdoc`` is an edge to ``cleaner.run.crossdoc``; ``from
cleaner import clean`` one to the package ``cleaner``, its ``__init__``). The implicit import of a
module's parent packages does not count: Python runs a package's ``__init__`` before its modules,
and an ``__init__`` that imports its own modules (``cleaner/__init__.py`` exposes ``Cleaner``) is
the usual pattern, not a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "cleaner"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(source: str, here: str, is_package: bool, modules: set[str]) -> set[str]:
    """The modules of ``modules`` that ``source``, the text of module ``here``, imports."""
    package = here if is_package else here.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in modules else base)
    return found & modules


def graph() -> dict[str, set[str]]:
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {module_name(path) for path in paths}
    return {
        module_name(path): imports(path.read_text(encoding="utf-8"), name, path.name == "__init__.py", modules)
        for path in paths
        for name in [module_name(path)]
    }


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """One cycle through each module that is on one (depth-first search, white/grey/black)."""
    found: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        stack.append(module)
        for target in sorted(edges.get(module, ())):
            if state.get(target) == 1:
                found.append([*stack[stack.index(target) :], target])
            elif target not in state:
                visit(target)
        stack.pop()
        state[module] = 2

    for module in sorted(edges):
        if module not in state:
            visit(module)
    return found


def test_no_module_imports_itself_back() -> None:
    edges = graph()
    assert len(edges) > 20 and edges["cleaner.run.cli"], "the parser found the package and its imports"
    assert cycles(edges) == [], "import cycles: " + "; ".join(" -> ".join(cycle) for cycle in cycles(edges))


def test_the_cycle_finder_finds_a_cycle() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(edges) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_relative_and_package_imports_are_resolved() -> None:
    modules = {"cleaner", "cleaner.run", "cleaner.run.pool", "cleaner.run.tasks", "cleaner.engine.result"}
    source = "from . import tasks\nfrom ..engine.result import Removal\nfrom cleaner import clean\nimport cleaner.run\n"
    found = imports(source, "cleaner.run.pool", False, modules)
    assert found == {"cleaner.run.tasks", "cleaner.engine.result", "cleaner", "cleaner.run"}
    assert imports("from . import pool\n", "cleaner.run", True, modules) == {"cleaner.run.pool"}


def test_imports_for_annotations_and_lazy_ones_count() -> None:
    modules = {"cleaner.run.pool", "cleaner.run.tasks", "cleaner.run.dask_runner", "cleaner.run.cli"}
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from cleaner.run import tasks\nelse:\n    from cleaner.run import cli\n"
        "def later():\n    from cleaner.run import dask_runner\n"
    )
    assert imports(source, "cleaner.run.pool", False, modules) == {
        "cleaner.run.tasks", "cleaner.run.cli", "cleaner.run.dask_runner"
    }
