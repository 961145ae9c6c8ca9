"""Every corpus case, cleaned, must equal its expected output line for line.

A case is ``NAME.txt`` (the scraped input) with a sibling ``NAME.expected`` (the cleaned text a
person judged line by line) and optionally ``NAME.json`` (``{"url": ..., "metadata": {...}}``:
the URL to clean it with and a subset of the metadata the result must carry). Cases live in any
folder under ``corpus/``, one folder per site or noise family.

A case whose ``.json`` names a ``known_miss`` (the noise it leaves, and why) expects the ideal
output and is a strict expected failure: it fails the suite once the cleaner gets it right, so
the note is removed then.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from cleaner import Cleaner

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
CASES = sorted(path for path in CORPUS.rglob("*.txt") if path.with_suffix(".expected").is_file())


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def _options(case: Path) -> dict:
    sidecar = case.with_suffix(".json")
    return json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.is_file() else {}


def test_corpus_has_cases() -> None:
    """An empty or misplaced corpus would make every other test here pass vacuously."""
    assert len(CASES) >= 30, f"found only {len(CASES)} cases under {CORPUS}"


def _param(case: Path) -> object:
    miss = _options(case).get("known_miss")
    marks = [pytest.mark.xfail(reason=f"known miss: {miss}", strict=True)] if miss else []
    return pytest.param(case, marks=marks, id=str(case.relative_to(CORPUS).with_suffix("")))


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_case(case: Path, cleaner: Cleaner) -> None:
    options = _options(case)
    result = cleaner.clean(case.read_text(encoding="utf-8"), url=options.get("url"))
    expected = case.with_suffix(".expected").read_text(encoding="utf-8").rstrip()
    actual = result.text.rstrip()
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), actual.splitlines(), "expected", "cleaned", lineterm="", n=2
        )
        reasons = "\n".join(f"  {r.rule}: {r.text.strip()[:70]!r}" for r in result.removed)
        pytest.fail(f"{case.name} differs from its .expected:\n" + "\n".join(diff) + "\nremovals:\n" + reasons)
    for key, value in options.get("metadata", {}).items():
        found = result.metadata.get(key)
        assert found == value, f"metadata[{key!r}]: expected {value!r}, got {found!r}"
