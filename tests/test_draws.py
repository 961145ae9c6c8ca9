"""A property's examples depend on its seed alone: not on which modules were loaded before it (the
derandomised ``ci`` profile must draw the same pages for a property run alone and in the full
suite), and a document's cleaning does not depend on the documents cleaned before it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from strategies import Article, articles, box_continued_articles

from cleaner import Cleaner

DRAWS = 60


def _drawn() -> list[str]:
    """The pages a derandomised property draws first, as the ``ci`` profile runs it."""
    pages: list[str] = []

    @settings(max_examples=DRAWS, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
    @given(box_continued_articles())
    def draw(article: Article) -> None:
        pages.append(article.text)

    draw()
    return pages


def test_a_derandomised_property_draws_the_same_pages_whatever_was_loaded_before(tmp_path: Path) -> None:
    """A module of the project loaded between two runs (here one written to a temporary folder, as
    a rule folder is, full of constants of its own) changes nothing the property draws."""
    before = _drawn()
    source = tmp_path / "late_module.py"
    source.write_text(
        "WORDS = ('Hegseth', 'Rhyl Journal', 'January 1, 2015', 'Awards')\n"
        + "".join(f"CONSTANT_{n} = {n}\n" for n in range(1, 500)),
        encoding="utf-8",
    )
    spec = importlib.util.spec_from_file_location("late_module_for_draws", source)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
        after = _drawn()
    finally:
        del sys.modules[spec.name]
    assert after == before


CLEANER = Cleaner()


@given(articles(), articles())
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_a_document_is_cleaned_the_same_after_other_documents(first: Article, second: Article) -> None:
    """Cleaning ``first`` in between leaves what ``second`` becomes as it was: no cache, table or
    counter a cleaning fills carries one document's page into another's."""
    alone = CLEANER.clean(second.text)
    CLEANER.clean(first.text)
    again = CLEANER.clean(second.text)
    assert (again.text, again.removed, again.metadata, again.held) == (
        alone.text,
        alone.removed,
        alone.metadata,
        alone.held,
    )
