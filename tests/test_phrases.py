"""Phrase lists: a line made of listed phrases goes, a phrase inside a sentence takes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from strategies import LISTED_PHRASES
from test_rule_examples import LEDE, SECOND

from cleaner import Cleaner
from cleaner.engine.blocks import segment
from cleaner.engine.phrase_table import PhraseTable, phrase_words
from cleaner.engine.phrases import PhraseMatcher
from cleaner.rule_api import Evidence, PhraseRegion, PhraseRule, normalize, read_phrases


def _rule(tmp_path: Path, text: str, name: str = "labels", kind: type = PhraseRule) -> PhraseRule:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    rule = kind("social", path, why="test phrases", name=name)
    rule.id = f"test.{name}"
    return rule


@pytest.fixture
def table(tmp_path: Path) -> PhraseTable:
    return PhraseTable(
        [
            _rule(tmp_path, "[de]\nTeilen\nDrucken\n0 Kommentare\nKommentare\n[any]\nFacebook\nE-Mail\n"),
            _rule(tmp_path, "[de]\nIhre E-Mail-Adresse wird nicht veröffentlicht.\n[zh]\n分享到\n微信\n", "sentences"),
        ]
    )


def _find(table: PhraseTable, line: str):
    return table.find(normalize(line))


def test_a_row_of_labels_is_covered_whatever_stands_between_them(table: PhraseTable) -> None:
    hit = _find(table, "» Teilen: Facebook | E-Mail | Drucken «")
    assert hit is not None and hit.rule == 0 and not hit.sentence
    assert hit.phrases == ("Teilen", "Facebook", "E-Mail", "Drucken")


def test_a_word_that_is_no_phrase_leaves_the_line_alone(table: PhraseTable) -> None:
    assert _find(table, "Teilen Sie Ihre Meinung") is None
    assert _find(table, "Facebook Marketplace") is None


def test_counts_are_free_after_a_phrase_but_open_a_line_only_where_listed(table: PhraseTable) -> None:
    assert _find(table, "Kommentare (12)") is not None
    assert _find(table, "12 Kommentare") is not None
    assert _find(table, "1. Facebook") is None, "a numbered list item is the article's"
    assert _find(table, "2018") is None


def test_a_line_mostly_of_symbols_is_art_or_code_not_labels(table: PhraseTable) -> None:
    assert _find(table, ".#Facebook# ##.#### #.. ##.## ..##") is None
    assert _find(table, "» Teilen «") is not None


def test_a_whole_sentence_phrase_is_sentence_evidence(table: PhraseTable) -> None:
    hit = _find(table, "Ihre E-Mail-Adresse wird nicht veröffentlicht.")
    assert hit is not None and hit.sentence and hit.rule == 1


def test_cjk_lines_are_matched_character_by_character(table: PhraseTable) -> None:
    hit = _find(table, "分享到：微信")
    assert hit is not None and hit.phrases == ("分享到", "微信")
    assert _find(table, "分享到朋友") is None


def test_phrase_words_fold_case_digits_and_scripts() -> None:
    assert phrase_words(normalize("E-Mail (12) 微信 Ünd")) == ("e", "mail", "#", "微", "信", "ünd")


def test_matcher_marks_labels_and_records_region_headings(tmp_path: Path) -> None:
    labels = _rule(tmp_path, "[de]\nTeilen\n")
    heading = _rule(tmp_path, "[de]\nMehr zum Thema\n", "related", PhraseRegion)
    blocks = segment("Teilen\nMehr zum Thema\nEin Satz, der im Artikel steht und niemandem gehört.")
    marks, headings = PhraseMatcher([labels, heading]).scan(blocks, [normalize(b.text) for b in blocks])
    assert [(m.block, m.rule, m.evidence) for m in marks] == [(0, "test.labels", Evidence.PATTERN)]
    assert "'Teilen'" in marks[0].reason
    assert headings == {1: "test.related"}


def test_a_phrase_list_names_its_language_and_holds_phrases(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_text("Teilen\n", encoding="utf-8")
    with pytest.raises(ValueError, match="before any"):
        read_phrases(tmp_path / "bad.txt")
    (tmp_path / "empty.txt").write_text("# nothing\n[de]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no phrases"):
        read_phrases(tmp_path / "empty.txt")


def test_a_phrase_of_numbers_alone_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no word"):
        PhraseTable([_rule(tmp_path, "[any]\n2025\n")])


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner(plugins=False)


@pytest.mark.parametrize("phrase", LISTED_PHRASES)
def test_every_listed_phrase_goes_after_a_body(phrase: str, cleaner: Cleaner) -> None:
    """Each shipped phrase, alone on a line after an article, is removed and the article stays."""
    result = cleaner.clean(f"{LEDE}\n\n{SECOND}\n\n{phrase}")
    assert phrase in {removal.text for removal in result.removed}, f"{phrase!r} was kept"
    assert result.text == f"{LEDE}\n\n{SECOND}"
