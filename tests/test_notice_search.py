"""What of the notices' needs each line of a document holds, found in one search over the whole
document: the same answer as looking for every need in every line, with or without pyahocorasick."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner.engine import notice_search
from cleaner.engine.notice_search import DocumentNeeds, NeedSearch, opens_word

NEEDS = frozenset({"mail", "e-mail", "mailing list", "©", "(c)", "dienen ", "community-", "未经", "订阅", "cookie"})


def by_hand(keys: list[str], needs: frozenset[str], min_chars: int = 0) -> dict[int, frozenset[str]]:
    """Every need at every place it counts in each key, with the needs it contains, one by one."""
    held = {}
    for line, key in enumerate(keys):
        found = set()
        for need in needs:
            start = key.find(need)
            while start >= 0:
                before = key[start - 1] if start > 0 else " "
                if not opens_word(need) or not (before.isalnum() or before == "_"):
                    found |= {other for other in needs if other in need}
                start = key.find(need, start + 1)
        if found and len(key) >= min_chars:
            held[line] = frozenset(found)
    return held


SEARCHES = [pytest.param(False, id="pure Python")]
if notice_search.ahocorasick is not None:
    SEARCHES.append(pytest.param(True, id="pyahocorasick"))


@pytest.mark.parametrize("compiled", SEARCHES)
def test_words_count_where_a_word_starts_and_signs_anywhere(compiled: bool) -> None:
    keys = ["send us an e-mail today", "our email desk", "©2025 acme", "copyright(c) acme", "x未经许可", "no"]
    held = NeedSearch(NEEDS, compiled=compiled).held(keys)
    assert held == {
        0: frozenset({"e-mail", "mail"}),  # "mail" in "e-mail" is a word of its own and within it
        2: frozenset({"©"}),
        3: frozenset({"(c)"}),
        4: frozenset({"未经"}),
    }


@pytest.mark.parametrize("compiled", SEARCHES)
def test_short_lines_are_left_out(compiled: bool) -> None:
    keys = ["© acme", "© acme corporation"]
    assert NeedSearch(NEEDS, compiled=compiled).held(keys, min_chars=8) == {1: frozenset({"©"})}


@pytest.mark.parametrize("compiled", SEARCHES)
@given(
    st.lists(
        st.lists(
            st.sampled_from(["mail", "e-", "ing list", "©", "(c)", "dienen", " ", "-", "_", "x", "未经", "é"]),
            max_size=12,
        ).map("".join),
        max_size=8,
    )
)
def test_one_search_over_the_document_finds_what_each_line_holds(compiled: bool, keys: list[str]) -> None:
    assert NeedSearch(NEEDS, compiled=compiled).held(keys, min_chars=3) == by_hand(keys, NEEDS, 3)


def test_a_view_of_the_document_keeps_its_lines_answers_renumbered() -> None:
    keys = ["intro", "send an e-mail", "article text", "© 2025 acme corporation"]
    document = DocumentNeeds(keys, lambda: NEEDS, 0)
    assert document.in_view(None) == {1: frozenset({"e-mail", "mail"}), 3: frozenset({"©"})}
    assert document.in_view([0, 2, 3]) == {2: frozenset({"©"})}
