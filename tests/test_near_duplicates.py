"""The same story across outlets: rewrites and wire copies paired, distinct stories never."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from cleaner import Cleaner
from cleaner.engine.blocks import _WORD, Block, find_words, segment
from cleaner.evidence import near_duplicates
from cleaner.evidence.near_duplicates import (
    SAME_SITE_THRESHOLD,
    STOPWORDS,
    THRESHOLD,
    DuplicateIndex,
    _BandTable,
    content_words,
    find_duplicates,
    signature,
    similarity,
)
from cleaner.run.cli import main

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench" / "data"
KNOWN_DUPLICATES = {("wcxb", "3035"): ("wcxb", "0463")}
"""One page of the wcxb dev set crawled twice (its URL with and without a trailing slash)."""


def seeds() -> dict[str, str]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed documents not found at {SEEDS}")
    return {path.name[:3]: path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))}


def story(seed: int) -> str:
    """A long distinct article: enough content words to be eligible for pairing."""
    return "\n\n".join(
        f"Paragraph {seed}-{n}: the committee number {seed * 31 + n} reviewed item{seed}x{n} and "
        + " ".join(f"topic{seed}w{k}" for k in range(n * 12, n * 12 + 12))
        + f" before voting {n} times on proposal {seed}."
        for n in range(12)
    )


def test_seed_rewrites_are_paired_and_the_other_outlet_is_not() -> None:
    texts = seeds()
    found = find_duplicates(texts.items())
    assert set(found) == {"002", "004"}
    assert found["002"][0] == "001" and found["004"][0] == "003"
    assert all(score >= THRESHOLD for _, score in found.values())


def test_seed_scores_keep_a_margin_around_the_threshold() -> None:
    sigs = {key: signature(text) for key, text in seeds().items()}
    pairs = {("001", "002"), ("003", "004")}
    for a in sigs:
        for b in sigs:
            if a < b:
                score = similarity(sigs[a], sigs[b])
                assert (score >= THRESHOLD) == ((a, b) in pairs), (a, b, score)


@pytest.mark.parametrize("field", ["fulltext", "gold"])
def test_no_pair_among_the_bench_dev_pages(field: str) -> None:
    files = sorted(BENCH.glob("*/dev.jsonl.gz"))
    if not files:
        pytest.skip(f"bench dev pages not found under {BENCH}")
    docs = []
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            docs.extend(((path.parent.name, row["id"]), row[field]) for row in map(json.loads, lines))
    found = find_duplicates(docs)
    texts = dict(docs)
    # besides the known pair, only pages whose text is byte for byte another's (short test pages)
    copies = {doc for doc, (first, _) in found.items() if texts[doc] == texts[first] and doc not in KNOWN_DUPLICATES}
    assert {doc: first for doc, (first, _) in found.items() if doc not in copies} == KNOWN_DUPLICATES
    assert all(found[doc][1] == 1.0 for doc in copies)


def test_verbatim_copy_points_to_the_first_in_input_order() -> None:
    docs = [("a", story(1)), ("b", story(2)), ("c", story(1)), ("d", story(1))]
    assert find_duplicates(docs) == {"c": ("a", 1.0), "d": ("a", 1.0)}
    assert find_duplicates(reversed(docs)) == {"c": ("d", 1.0), "a": ("d", 1.0)}
    assert find_duplicates(docs) == find_duplicates(list(docs))


def test_short_documents_are_paired_only_as_exact_copies() -> None:
    short = "The council met on Monday and approved the budget for the harbour bridge repairs."
    assert find_duplicates([("a", short), ("b", short.replace("Monday", "Tuesday"))]) == {}
    assert find_duplicates([("a", short), ("b", short)]) == {"b": ("a", 1.0)}


def test_distinct_stories_are_not_paired() -> None:
    assert find_duplicates((str(n), story(n)) for n in range(50)) == {}


def test_pages_of_one_site_need_more_than_a_shared_template() -> None:
    """Two stories under one site's long template score like a rewrite; across sites they would
    not share that template, so only a same-site pair is held to the higher threshold."""
    template = "\n\n".join(
        f"The site section {k} lists guideword{k}a, guideword{k}b and guideword{k}c for every reader of ours."
        for k in range(60)
    )
    first, second = f"{template}\n\n{story(1)}", f"{template}\n\n{story(2)}"
    index = DuplicateIndex()
    assert index.add("a", first, "news.example") is None
    score = similarity(signature(first), signature(second))
    assert THRESHOLD <= score < SAME_SITE_THRESHOLD, score
    assert index.add("b", second, "news.example") is None
    assert DuplicateIndex().add("a", first, "one.example") is None
    across = DuplicateIndex()
    across.add("a", first, "one.example")
    assert across.add("b", second, "two.example") == ("a", pytest.approx(score, abs=1e-3))


def test_the_index_forgets_its_oldest_stories_past_max_stories() -> None:
    index = DuplicateIndex(max_stories=4)
    for n in range(5):  # the fifth story fills it past four: the oldest quarter (story 0) goes
        assert index.add(str(n), story(n)) is None
    assert index.add("copy of 0", story(0)) is None  # forgotten, so it starts a story of its own
    assert index.add("copy of 2", story(2)) == ("2", 1.0)
    with pytest.raises(ValueError, match="max_stories"):
        DuplicateIndex(max_stories=3)


def test_the_command_passes_max_stories_to_the_index(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    lines = [{"id": str(n), "text": story(n)} for n in range(5)] + [{"id": "copy", "text": story(0)}]
    batch.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")

    def copy_metadata(*options: str) -> dict:
        result = CliRunner().invoke(main, ["clean", str(batch), "--format", "jsonl", "--no-learn", *options])
        assert result.exit_code == 0, result.stderr
        return [json.loads(line) for line in result.stdout.splitlines()][-1]["metadata"]

    assert copy_metadata()["duplicate_of"] == "0"
    assert "duplicate_of" not in copy_metadata("--max-stories", "4")


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_text_has_the_same_words_by_either_engine(text: str) -> None:
    assert find_words(text) == _WORD.findall(text)


def test_a_cleaning_results_blocks_are_its_text_cut_again() -> None:
    text = (
        "Home | News | Sport\n\nShare this article\n"
        "The council approved the river budget on Monday after a long debate about schools.\n"
        "  Officials said the plan would cost 4 million euros over five years, starting in May.\n\n\n"
        "Share this article\nIt rained.\n"
    )
    result = Cleaner().clean(text)

    def lines(blocks: list[Block]) -> list[tuple]:  # offsets aside: the result's point into its source
        return [(block.index, block.text, block.gap_before, block.words, block.is_prose) for block in blocks]

    assert result.removed and lines(result.blocks) == lines(segment(result.text))
    assert signature(result.text, blocks=result.blocks) == signature(result.text)


@given(
    st.lists(st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=12), max_size=30),
    st.integers(min_value=1, max_value=4),
)
def test_band_keys_are_filed_as_a_bounded_list_per_key(documents: list[list[int]], limit: int) -> None:
    """Keys drawn from a few values, spread over two partitions, so that one document's keys often
    share a partition or repeat: each key lists the first ``limit`` documents filed under it."""
    table = _BandTable()
    model: dict[int, list[int]] = {}
    for number, drawn in enumerate(documents):
        keys = [(value % 2) << 63 | value << 18 for value in drawn]
        places = table.places(keys)
        assert table.numbers(places) == [n for key in keys for n in model.get(key, [])]
        table.add(places, number, limit)
        for key in keys:
            if len(model.setdefault(key, [])) < limit:
                model[key].append(number)


WORDS = ["The", "news", "glass", "Ministers", "said", "is", "42", "a", "x", "Ünits"]


@given(st.lists(st.sampled_from(WORDS) | st.text()))
def test_content_words_are_remembered_as_they_were_worked_out(parts: list[str]) -> None:
    """A word's content form, looked up in the memo, is what its definition gives: lower case, no
    function word, no short word but a number, a plural "s" folded (not "ss"); also once the memo
    was emptied for being full."""
    text = " ".join(parts)
    expected = [
        word[:-1] if len(word) > 4 and word[-1] == "s" and word[-2] != "s" else word
        for word in find_words(text.casefold())
        if word not in STOPWORDS and (len(word) > 2 or word.isdigit())
    ]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(near_duplicates, "CONTENT_FORMS_LIMIT", 3)
        assert content_words(text) == expected
        assert content_words(text) == expected
