"""Learned site boilerplate: chrome learned across pages goes, bodies unique to a page stay, and
the table is the same whatever order the batch comes in."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner import Cleaner
from cleaner.documents.sites import site_key
from cleaner.engine.blocks import PUNCTUATION_BLOCKS, segment
from cleaner.engine.guard import decide
from cleaner.evidence.boilerplate import (
    RULE_ID,
    BoilerplateLearner,
    BoilerplateTable,
    _normalize_any,
    fingerprint,
    normalize_line,
    observe,
    render_site_module,
)
from cleaner.rule_api import Evidence, Page

WORDS = str.split(
    "council budget river storm minister school hospital court police energy price harbour farmers "
    "election bridge museum railway drought vaccine festival union tariff satellite glacier"
)
NAMES = ("Hegseth", "Nakatani", "Okafor", "Petrova", "Eriksen", "Takenaka", "Mensah", "García")


def body(seed: int, paragraphs: int = 4) -> list[str]:
    """Distinct news-like paragraphs, each a prose block that names its seed."""
    rnd = random.Random(seed)
    return [
        f"{rnd.choice(NAMES)} said on day {seed} that the "
        + " ".join(rnd.choice(WORDS) for _ in range(18))
        + f" would matter for {rnd.randint(2, 9000)} people, in report {seed}-{n}."
        for n in range(paragraphs)
    ]


def chrome(site: str, year: int = 2025) -> tuple[list[str], list[str]]:
    """Header and footer lines of one site, prose-like ones included; the year varies by page."""
    head = [f"{site.title()} Daily | World | Business | Sport", f"Subscribe to {site.title()} Daily for $1 a week"]
    foot = [
        f"© {year} {site.title()} Media Group. All rights reserved.",
        f"Sign up for the {site.title()} morning briefing and get the day's top stories in your inbox, "
        "every weekday before breakfast.",
        "Share",
    ]
    return head, foot


def page(site: str, seed: int) -> tuple[str, set[int]]:
    """A page and the indexes of its body blocks."""
    head, foot = chrome(site, 2020 + seed % 6)
    lines = [*head, *body(seed), *foot]
    return "\n\n".join(lines), set(range(len(head), len(head) + 4))


def apply(table: BoilerplateTable, text: str, url: str) -> list[int]:
    """Indexes of the blocks the guard lets the table's marks remove."""
    blocks = segment(text)
    page = Page(blocks, url)
    marks = table.marks(page, site_key(url))
    return [i for i, mark in enumerate(decide(page.body, marks).removals) if mark is not None]


def test_fingerprint_folds_case_digits_punctuation_and_skips_short_lines() -> None:
    assert normalize_line("  © 2024 Example,  Inc. — All Rights Reserved! ") == "0000 example inc all rights reserved"
    assert fingerprint("Copyright 2024 Example") == fingerprint("copyright 1999 example!")
    assert fingerprint("Share") is None
    assert fingerprint("Share this article") is not None


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_lines_are_normalised_as_any_line_is(line: str) -> None:
    assert normalize_line(line) == _normalize_any(line)


PUNCTUATION_CHARS = [chr(code) for first, last in PUNCTUATION_BLOCKS for code in range(first, last + 1)]


def test_lines_of_ascii_and_any_punctuation_character_are_normalised_as_any_line_is() -> None:
    """Every character of the punctuation blocks, whether the fast path takes it or not, in a few
    places of a line."""
    lines = [
        line
        for char in PUNCTUATION_CHARS
        for line in (f"ab{char}cd", char, f"x {char} y{char}{char}z 12", f"It{char}s 4{char}2 KM", f" {char}Tag{char} ")
    ]
    assert [normalize_line(line) for line in lines] == [_normalize_any(line) for line in lines]


@given(st.text(alphabet=st.sampled_from("aZ 9,.\t\u00e9\u00a0\u2026") | st.sampled_from(PUNCTUATION_CHARS)) | st.text())
def test_lines_with_punctuation_are_normalised_as_any_line_is(line: str) -> None:
    assert normalize_line(line) == _normalize_any(line)


def test_site_key_is_the_registered_domain_offline_or_the_fallback() -> None:
    assert site_key("https://www.news.bbc.co.uk/a/b?c=1") == "bbc.co.uk"
    assert site_key("edition.cnn.com/world") == "cnn.com"
    assert site_key("http://127.0.0.1:8000/x") == "127.0.0.1"
    assert site_key(None, "livemint") == "livemint"
    assert site_key(None) is None


@given(st.integers(3, 9), st.integers(0, 10_000))
def test_pages_lose_all_chrome_and_none_of_their_distinct_bodies(pages: int, offset: int) -> None:
    learner = BoilerplateLearner()
    batch = [(page("example", offset + n), f"https://example.com/{n}") for n in range(pages)]
    for (text, _), url in batch:
        learner.add(text, url)
    table = learner.table()
    for (text, body_blocks), url in batch:
        removed = set(apply(table, text, url))
        short = {i for i, block in enumerate(segment(text)) if fingerprint(block.text) is None}
        assert removed.isdisjoint(body_blocks)
        assert removed == set(range(len(segment(text)))) - body_blocks - short


def test_removal_reason_names_counts_and_site() -> None:
    learner = BoilerplateLearner()
    for n in range(4):
        learner.add(page("example", n)[0], f"https://www.example.com/{n}")
    text = page("example", 99)[0]
    marks = learner.table().marks(Page(segment(text)), "example.com")
    assert marks and {m.rule for m in marks} == {RULE_ID}
    assert {m.reason for m in marks} == {"on 4 of 4 pages of site example.com"}
    assert {m.evidence for m in marks} == {Evidence.LEARNED} and {m.category for m in marks} == {"boilerplate"}


def test_a_story_published_many_times_is_not_learned() -> None:
    """Exact re-publication counts once; updated versions (a live blog) keep their paragraphs."""
    learner = BoilerplateLearner()
    story = body(7, paragraphs=6)
    head, foot = chrome("live")
    versions = ["\n\n".join([*head, *story[: 3 + n], *foot]) for n in range(4)]
    batch = [*versions, versions[-1], versions[-1], page("live", 1)[0], page("live", 2)[0]]
    for n, text in enumerate(batch):
        learner.add(text, f"https://live.example.org/{n}")
    table = learner.table()
    assert table.sites["example.org"].pages == 6
    for text in versions:
        kept = {segment(text)[i].text for i in range(len(segment(text)))} - {
            segment(text)[i].text for i in apply(table, text, "https://live.example.org/x")
        }
        assert set(story[:3]) <= kept


@st.composite
def batches(draw: st.DrawFn) -> list[tuple[str, str]]:
    sites = draw(st.lists(st.sampled_from(["alpha", "beta", "gamma"]), min_size=1, max_size=3, unique=True))
    batch = []
    for site in sites:
        for n in range(draw(st.integers(1, 7))):
            seed = draw(st.integers(0, 40))
            batch.append((page(site, seed)[0], f"https://{site}.example.net/{n}" if site != "gamma" else ""))
            if draw(st.booleans()):
                batch.append(batch[-1])
    return batch


@given(batches(), st.randoms(use_true_random=False), st.sampled_from([(256, 2_000_000), (3, 10_000), (2, 60)]))
def test_same_batch_in_any_order_gives_the_same_table_and_marks(
    batch: list[tuple[str, str]], rnd: random.Random, caps: tuple[int, int]
) -> None:
    """Also with caps small enough that the learner samples, which must not depend on order."""

    def learn(pages: list[tuple[str, str]]) -> BoilerplateTable:
        learner = BoilerplateLearner(max_pages_per_site=caps[0], max_blocks=caps[1])
        for text, url in pages:
            learner.add(text, url or None, "gamma_module")
        assert learner.stored_blocks <= caps[1]
        return learner.table()

    shuffled = batch[:]
    rnd.shuffle(shuffled)
    first, second = learn(batch), learn(shuffled)
    assert first.to_json() == second.to_json()
    for text, url in batch:
        key = site_key(url or None, "gamma_module")
        assert first.marks(Page(segment(text)), key) == second.marks(Page(segment(text)), key)


def test_memory_stays_within_the_caps() -> None:
    learner = BoilerplateLearner(max_pages_per_site=16, max_blocks=400)
    for n in range(300):
        learner.add(page("example", n)[0], f"https://example.com/{n}")
        assert learner.stored_blocks <= 400
    assert learner.table().sites["example.com"].pages <= 16
    assert learner.table().sites["example.com"].pages_added == 300
    assert learner.table().sites["example.com"].lines, "a sample still learns the chrome"


def test_save_and_load_round_trip(tmp_path) -> None:
    learner = BoilerplateLearner()
    for n in range(5):
        learner.add(page("example", n)[0], f"https://example.com/{n}")
        learner.add(page("other", n)[0], None, "other_module")
    table = learner.table()
    path = tmp_path / "table.json"
    table.save(path)
    loaded = BoilerplateTable.load(path)
    assert loaded.to_json() == table.to_json()
    text = page("example", 50)[0]
    assert loaded.marks(Page(segment(text)), "example.com") == table.marks(Page(segment(text)), "example.com")
    path.write_text(path.read_text().replace('"version": 1', '"version": 99'))
    with pytest.raises(ValueError, match="version 99"):
        BoilerplateTable.load(path)


def test_observing_without_examples_learns_the_same_lines() -> None:
    """A table that is only used to clean is learned without example lines: same lines, same
    marks, nothing to show."""
    with_examples, without = BoilerplateLearner(), BoilerplateLearner()
    for n in range(6):
        text, url = page("example", n)[0], f"https://example.com/{n}"
        with_examples.count(observe(text, url))
        without.count(observe(text, url, examples=False))
    shown, bare = with_examples.table().sites["example.com"], without.table().sites["example.com"]
    assert bare.lines == shown.lines and len(shown.lines) >= 3
    assert shown.examples and not bare.examples
    text = page("example", 50)[0]
    assert without.table().marks(Page(segment(text)), "example.com") == with_examples.table().marks(
        Page(segment(text)), "example.com"
    )


def test_rendered_site_module_loads_and_removes_the_learned_lines(tmp_path) -> None:
    learner = BoilerplateLearner()
    for n in range(5):
        learner.add(page("example", n)[0], f"https://www.example.com/{n}")
    table = learner.table()
    source = render_site_module(table, "example.com")
    (tmp_path / "example_com.py").write_text(source)
    cleaner = Cleaner(rule_dirs=[tmp_path])
    assert not [e for e in cleaner.load_errors if "example_com" in e]
    module = next(m for m in cleaner.modules if m.name == "learned_example_com")
    assert len(module.rules) == len(table.sites["example.com"].lines) == len(module.must_drop) == 4
    text, body_blocks = page("example", 123)
    text = text.replace("© 2023", "© 2031")  # digits are generalised
    result = cleaner.clean(text, url="https://example.com/new")
    blocks = segment(text)
    for index, block in enumerate(blocks):
        if index in body_blocks:
            assert block.text in result.text
        elif fingerprint(block.text) is not None:
            assert block.text not in result.text, block.text
    for example in module.must_drop:
        assert any(rule.matches(example) for rule in module.rules)
