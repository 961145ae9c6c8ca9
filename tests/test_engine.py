"""The engine's contracts: blocks and offsets, the guard's policy, loading, and the library call."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from cleaner import Cleaner, clean
from cleaner.engine import loader, matching
from cleaner.engine.blocks import (
    _WORD,
    CJK_SCRIPTS,
    PUNCTUATION_BLOCKS,
    count_words,
    find_words,
    is_glued_list,
    join_blocks,
    looks_like_prose,
    segment,
)
from cleaner.engine.body import Body
from cleaner.engine.guard import decide
from cleaner.engine.sentence_ends import _HOLDS_END as _SENTENCE_END
from cleaner.evidence.dates import parse_date
from cleaner.rule_api import Evidence, Mark, line

BODY = (
    "The council approved the new budget on Tuesday after a debate that lasted more than four hours.\n\n"
    "Spending on schools will rise by 4.2 percent, the finance committee said in its final report.\n\n"
    "The mayor said she would sign the measure next week, before the fiscal year begins in July."
)


def test_blocks_are_exact_slices_of_the_input() -> None:
    text = "  Title line  \r\n\r\nFirst paragraph here.\t\nSecond line\n\n\nEnd"
    blocks = segment(text)
    assert [b.text for b in blocks] == ["  Title line", "First paragraph here.", "Second line", "End"]
    assert all(text[b.start : b.end] == b.text for b in blocks)
    assert [b.gap_before for b in blocks] == [True, True, False, True]


def test_join_keeps_paragraph_breaks_across_removed_blocks() -> None:
    blocks = segment("A one\nnoise\n\nB two\nC three")
    assert join_blocks(blocks, [True, False, True, True]) == "A one\n\nB two\nC three"
    assert join_blocks(blocks, [True, True, False, True]) == "A one\nnoise\n\nC three"


def test_clean_removes_chrome_and_keeps_body_byte_identical() -> None:
    text = f"Home\nWorld\nBusiness\nSports\n\n{BODY}\n\nShare this article\nLeave a Reply\n© 2025 Example News"
    result = clean(text)
    assert result.text == BODY
    assert {r.category for r in result.removed} == {"navigation", "social", "comments", "legal"}
    for removal in result.removed:
        assert text[removal.start : removal.end] == removal.text
        assert removal.rule.count(".") == 1 and removal.reason


def test_guard_refuses_pattern_rule_on_prose_and_records_it() -> None:
    blocks = segment(BODY)
    mark = Mark(1, "test.greedy", "promo", "greedy pattern", Evidence.PATTERN)
    decision = decide(Body(blocks), [mark])
    assert decision.removals == [None, None, None]
    assert decision.vetoes and "prose" in decision.vetoes[0].why


def test_guard_keeps_repeat_whose_original_was_removed() -> None:
    blocks = segment("Menu item\nBody of the article is here and it is long enough to count.\nMenu item")
    first = Mark(0, "t.nav", "navigation", "nav", Evidence.PATTERN)
    repeat = Mark(2, "t.rep", "duplicate", "repeat", Evidence.REPEAT, ref=0)
    decision = decide(Body(blocks), [first, repeat])
    assert decision.removals[0] is first
    assert decision.removals[2] is None


def test_region_never_takes_a_one_paragraph_article() -> None:
    text = (
        "Related Articles\nOther story title\nAnother story title\n"
        "The only paragraph of this short article reports that the bridge will reopen on Monday morning."
    )
    result = clean(text)
    assert "The only paragraph of this short article" in result.text


def test_region_takes_a_teaser_card_the_page_prints_again() -> None:
    teaser = "A teaser paragraph that summarises another story in a couple of sentences for readers here."
    card = f"Other story title\n{teaser}\nOutlet name"
    text = f"{BODY}\n\nRelated Articles\n{card}\n{card}"
    assert clean(text).text == BODY


def test_region_keeps_a_lone_paragraph_after_a_listing() -> None:
    last = "The mayor is expected to announce the winning design for the new bridge at a ceremony in May."
    text = f"{BODY}\n\nRelated Articles\nMarkets Rally As Talks Stall\nCouncil Approves Budget\n\n{last}"
    result = clean(text)
    assert result.text == f"{BODY}\n\n{last}"


def test_title_printed_twice_and_truncated_teaser_are_removed() -> None:
    text = (
        "Storm closes coastal roads\n\nStorm closes coastal roads\n\nLISBON (AP) — Sto\n\n"
        "LISBON (AP) – Storm Clara closed coastal roads across Portugal on Sunday, officials said."
    )
    result = clean(text)
    assert result.text == "LISBON (AP) – Storm Clara closed coastal roads across Portugal on Sunday, officials said."
    assert result.metadata["title"] == "Storm closes coastal roads"
    assert {r.category for r in result.removed} >= {"duplicate"}


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("19.04.2025", "2025-04-19"),
        ("March 30, 2025", "2025-03-30"),
        ("04/19/2025", "2025-04-19"),
        ("soon", None),
        ("Dienstag, 14. November 2026", "2026-11-14"),
        ("mardi 1er décembre 2026", "2026-12-01"),
        ("14 de noviembre de 2026", "2026-11-14"),
        ("3 Mär. 2026", "2026-03-03"),
        ("2026年11月14日", "2026-11-14"),
        ("2026년 11월 14일", "2026-11-14"),
        ("12 out 2026", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_dates_and_sources_from_removed_lines_go_to_metadata() -> None:
    result = clean(f"Independent30-03-2025\n\n{BODY}")
    assert result.metadata["date"] == "2025-03-30"
    assert result.metadata["source"] == "Independent"


def test_keep_switches_a_category_off() -> None:
    text = f"{BODY}\n\nShare this article"
    assert Cleaner(keep={"social"}).clean(text).text == text
    with pytest.raises(ValueError, match="unknown categories"):
        Cleaner(keep={"nonsense"})


def test_clean_rejects_wrong_arguments_with_a_message() -> None:
    with pytest.raises(TypeError, match="exactly one of"):
        clean()
    with pytest.raises(TypeError, match="decode bytes first"):
        clean(b"bytes")  # type: ignore[arg-type]


def write_module(folder: Path, name: str, body: str) -> None:
    (folder / f"{name}.py").write_text(body, encoding="utf-8")


def test_user_rule_folder_and_broken_modules_are_reported_by_name(tmp_path: Path) -> None:
    write_module(
        tmp_path,
        "example",
        'from cleaner.rule_api import Site, line\n'
        'site = Site("example", domains=["example.com"])\n'
        'rules = [line("promo", r"Buy the Example print edition at any newsagent", why="print edition ad",'
        ' name="print_ad")]\n',
    )
    write_module(tmp_path, "broken", "raise RuntimeError('boom')\n")
    cleaner = Cleaner(rule_dirs=[tmp_path])
    assert any("broken.py" in error and "boom" in error for error in cleaner.load_errors)
    text = f"{BODY}\n\nBuy the Example print edition at any newsagent"  # too long to go as a short line
    assert cleaner.clean(text, url="https://www.example.com/story").text == BODY
    assert cleaner.clean(text, url="https://other.org/story").text == text


COUNCIL_RULE = (
    'from cleaner.rule_api import Family, line\n'
    'family = Family("greedy")\n'
    'rules = [line("promo", r".*council.*", why="anything about the council", name="council")]\n'
)


def test_pattern_rule_matching_prose_is_refused_and_held_when_explaining(tmp_path: Path) -> None:
    write_module(tmp_path, "greedy", COUNCIL_RULE)
    cleaner = Cleaner(rule_dirs=[tmp_path])
    result = cleaner.clean(BODY, explain=True)
    assert result.text == BODY
    first_line = segment(BODY)[0]
    held = [(h.start, h.end, h.rule) for h in result.held]
    assert held == [(first_line.start, first_line.end, "greedy.council")]
    assert "prose" in result.held[0].why
    assert cleaner.clean(BODY).text == BODY


def test_runaway_user_pattern_is_a_recorded_miss_not_a_hang(tmp_path: Path) -> None:
    write_module(
        tmp_path,
        "slow",
        'from cleaner.rule_api import Family, line\nfamily = Family("slow")\n'
        'rules = [line("promo", r"(a+)+b", why="catastrophic backtracking", name="runaway", max_chars=100_000)]\n',
    )
    cleaner = Cleaner(rule_dirs=[tmp_path], builtin=False)
    result = cleaner.clean("a" * 5000 + "c")
    assert result.warnings and "timed out" in result.warnings[0]


def test_line_rule_requires_a_reason_and_a_known_category() -> None:
    with pytest.raises(ValueError, match="reason"):
        line("promo", "x", why=" ")
    with pytest.raises(ValueError, match="unknown category"):
        line("adverts", "x", why="ads")


def test_one_cleaner_shared_across_threads_gives_the_same_results(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shared cleaner starts cold, and its line caches are kept so small that the threads fill
    and empty them under each other: the expected results come from a cleaner of their own."""
    monkeypatch.setattr(matching, "MEMO_LIMIT", 3)
    monkeypatch.setattr(matching, "BUCKET_LIMIT", 5)
    texts = [f"Menu\nHome\nNews\n\n{BODY}\n\nShare\n{n}\nSubscribe to our newsletter" for n in range(40)]
    expected = [Cleaner().clean(text).text for text in texts]
    shared = Cleaner()
    start = threading.Barrier(4)
    results: list[list[str]] = []

    def work(offset: int) -> None:
        order = texts[offset:] + texts[:offset]  # each thread starts elsewhere, so caches differ
        start.wait()
        done = {text: shared.clean(text).text for text in order}
        results.append([done[text] for text in texts])

    threads = [threading.Thread(target=work, args=(offset,)) for offset in range(0, 40, 10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 4


def test_a_removal_record_carries_every_field_of_the_removal() -> None:
    removal = clean("Home\nWorld\nSports\n\nThe council approved the budget on Monday after a long debate.").removed[0]
    assert removal.to_dict() == dataclasses.asdict(removal)


def test_first_half_of_a_broken_sentence_is_neither_headline_nor_title() -> None:
    text = (
        "The council said the new plan would make the town centre easier to reach\n"
        "for cyclists, bus users and people who walk, and that work would begin in the spring.\n\n"
        "The first phase covers the market square and the two streets that lead to the station."
    )
    result = clean(text)
    assert result.text == text
    assert "title" not in result.metadata


def test_awards_list_keeps_its_years_and_items() -> None:
    awards = (
        "Awards\n2018\nBest Visual Effects, Nordic Film Festival\n2015\nAudience Award, Short Film Week\n"
        "2012\nSpecial Jury Prize, Animation Days"
    )
    text = (
        "Northlight is a small animation studio that has made short films and commercials since 2009.\n\n"
        "Our films have travelled to festivals across Europe, and the team works on every stage of them.\n\n"
        f"{awards}\n\nShare this article\n0"
    )
    result = clean(text)
    assert awards in result.text
    assert "Share this article" not in result.text


def test_a_card_repeating_the_title_does_not_make_the_article_a_masthead() -> None:
    # The property tests' example, as they generated it: a title, a one-paragraph article with its
    # checklist, then three story cards, the first under the page's title printed again.
    checklist = (
        "Twelve months before\nBook the venue and note the supplier's number\nBook the venue with the help of "
        "the best man\nSix months before\nBook the venue before the registrar's visit\nBook the venue and tell "
        "the guests abroad\nThree months before\nBook the flowers and note the supplier's number\nBook the "
        "flowers with the help of the best man\nOne month before\nBook the flowers before the registrar's "
        "visit\nBook the photographer and note the supplier's number\nConfirm the venue and note the "
        "supplier's number"
    )
    cards = (
        "Hegseth Hegseth Hegseth\nThe home side came from two goals down to beat the league leaders in front of "
        "2 fans.\nHegseth Hegseth Hegseth Hegseth\nForecasters expect heavy snow across the northern hills "
        "overnight, and drivers are warned to avoid mountain passes.\nHegseth Hegseth Says\nTickets for the "
        "summer festival sold out within minutes, leaving thousands of disappointed music lovers."
    )
    text = (
        "Hegseth Hegseth Hegseth\nDefense Secretary Pete Hegseth said on Monday that the plan would strengthen "
        f"deterrence in the region, highlighting the focus on the defense budget.\n{checklist}\n{cards}"
    )
    assert checklist in clean(text).text


def test_a_shape_rule_is_refused_inside_the_article_and_the_refusal_held() -> None:
    text = f"{BODY}\n\nResults\n2024\n2023\n\nShare this article"
    result = clean(text)
    assert "2024\n2023" in result.text
    # Both the bare-counter rule and the short-line rule read the years as chrome by their shape.
    assert {h.rule for h in result.held} == {"fragments.counter", "fragments.after_article"}
    assert all("shape" in h.why for h in result.held)


def test_a_run_of_story_headlines_after_the_article_goes_without_a_heading() -> None:
    headlines = (
        "Mayor opens the new library on the harbour front\n"
        "Rail strike called off after late night talks\n"
        "Local bakery wins national bread award for second year\n"
        "Storm damage closes coastal path until spring"
    )
    result = clean(f"{BODY}\n\nShare this article\n\n{headlines}")
    assert result.text == BODY
    assert {r.rule for r in result.removed if r.text in headlines} == {"related.headline_run"}


def test_headline_shaped_lines_the_article_ends_with_stay() -> None:
    items = (
        "Best Visual Effects at the Nordic Film Festival\nAudience Award at the Short Film Week\n"
        "Jury Prize at Animation Days"
    )
    text = f"{BODY}\n\nOur awards so far\n{items}"
    assert clean(text).text == text


def test_guard_refuses_a_score_on_half_of_a_broken_sentence() -> None:
    blocks = segment(f"The council said the new plan would make the town centre easier to reach\n"
                     f"for cyclists, bus users and people who walk, highlighting the focus on safety.\n\n{BODY}")
    mark = Mark(1, "t.filler", "ai_filler", "restates the article", Evidence.SCORED)
    decision = decide(Body(blocks), [mark])
    assert decision.removals[1] is None
    assert "half of a sentence" in decision.vetoes[0].why


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_words_are_counted_as_the_word_pattern_finds_them(text: str) -> None:
    assert count_words(text) == len(_WORD.findall(text))


@given(st.text(alphabet=st.sampled_from("a Z_9.,’é\u3042\u30a2\u4e00\uac00\u3260\u32d0\u3005-\t")) | st.text())
def test_words_are_the_word_runs_left_once_cjk_is_blanked_plus_half_the_cjk_characters(text: str) -> None:
    cjk = regex.compile(f"[{CJK_SCRIPTS}]")
    characters = len(cjk.findall(text))
    assert count_words(text) == len(_WORD.findall(cjk.sub(" ", text))) + (characters + 1) // 2


def _reference_words(text: str) -> int:
    """Words by the definition: ``\\w+`` runs once CJK characters are blanked, plus half of those."""
    cjk = regex.compile(f"[{CJK_SCRIPTS}]")
    return len(_WORD.findall(cjk.sub(" ", text))) + (len(cjk.findall(text)) + 1) // 2


PUNCTUATION_CHARS = [chr(code) for first, last in PUNCTUATION_BLOCKS for code in range(first, last + 1)]


def test_every_character_of_the_punctuation_blocks_counts_as_the_word_pattern_says() -> None:
    """The fast count of lines whose only other characters are punctuation and symbols must agree
    with the definition for every character of those blocks, word characters among them included."""
    texts = [
        text
        for char in PUNCTUATION_CHARS
        for text in (f"ab{char}cd", char, f"x {char} y{char}{char}z", f"It{char}s 4{char}2 km")
    ]
    assert [count_words(text) for text in texts] == [_reference_words(text) for text in texts]


@given(st.text(alphabet=st.sampled_from("ab Z9_.,'\t") | st.sampled_from(PUNCTUATION_CHARS)))
def test_lines_of_ascii_and_punctuation_are_counted_as_the_word_pattern_finds_them(text: str) -> None:
    assert count_words(text) == _reference_words(text)


@given(st.text(alphabet=st.sampled_from("ab Z9_.,'\t\u00e9") | st.sampled_from(PUNCTUATION_CHARS)) | st.text())
def test_words_are_found_as_the_word_pattern_finds_them(text: str) -> None:
    assert find_words(text) == _WORD.findall(text)


def test_the_words_of_lines_with_any_punctuation_character_are_the_word_patterns() -> None:
    texts = [f"ab{char}cd {char}x{char} 4{char}2" for char in PUNCTUATION_CHARS]
    assert [find_words(text) for text in texts] == [_WORD.findall(text) for text in texts]


@given(
    st.text(alphabet=st.characters(max_codepoint=127))
    | st.lists(st.sampled_from(["ab.", "c", "!", ";", "'", ")", "]", "\t", "\x0b", "\x1c", "\n", "Z"])).map("".join),
    st.integers(min_value=10, max_value=24),
)
@example("It rained.\x1cThen", 12)
@example("It rained.\x0bThen", 12)
@example("It rained.') Then", 12)
@example("Done; ", 12)
def test_ascii_lines_read_as_prose_as_the_unicode_pattern_says(text: str, words: int) -> None:
    assert looks_like_prose(text, words) == bool(_SENTENCE_END.search(text))


GLUED_LISTS = (
    "About Us News Car Reviews Press Room How We Test Cars Send Us a Tip Car Rankings Newsletter Contact Us"
    " Advertise Online Customer Service Gear and Accessories Subscribe Careers Privacy Policy",
    "Choose vehicle brand Abarth Alfa Romeo Aston Martin Audi BAIC Bentley BMW BYD Changan Chevrolet Chrysler"
    " Dodge Ferrari Ford Foton GAC Geely Great Wall Haima Honda Hyundai Isuzu",
    "Archives Select Month March 2026 February 2026 January 2026 December 2025 November 2025 October 2025"
    " September 2025 August 2025 July 2025 June 2025 May 2025",
    "Startseite Politik Wirtschaft Kultur Sport Reise Wissen Panorama Meinung Kontakt Impressum Datenschutz"
    " Newsletter Abo Archiv Karriere Werbung Podcasts Videos Bilder Wetter Verkehr Lokales Region Hilfe Shop",
)
NOT_GLUED = (
    # a sentence in German, its nouns capitalised, without its full stop
    "Die Gemeinde Lindenau hat im Haushalt für das kommende Jahr deutlich mehr Geld für Schulen Straßen Radwege"
    " und den Hochwasserschutz am Fluss vorgesehen als im vergangenen Jahr",
    # a list of names the article writes keeps its commas
    "Maria García, Lars Eriksen, Priya Patel, Kwame Mensah, Olga Petrova, Jean-Luc Dupont, Siobhan O'Brien,"
    " Yuki Sato, Ana Da Silva, Rahul Khan, Chen Wei and Tomás Müller",
    # text without case
    "東京都の新しい防災計画は来年から実施される予定で市民への説明会が各地で開かれる見通しだと関係者は話している"
    "ほか地域ごとの避難経路も見直される",
    # a line of numbers names nothing
    "12 14 15 18 21 22 25 27 30 31 33 35 38 40 41 44 47 50 52 55 57 60 62 65 68 70",
    # a title-case sentence with its punctuation
    "How The Council Plans To Spend Its Budget, Where The Money Goes, And Why The Mayor Says It Will Work For"
    " Every Family In The Town, Its Schools And Its Roads",
)


@pytest.mark.parametrize("text", GLUED_LISTS, ids=lambda text: text[:30])
def test_a_list_glued_into_one_line_does_not_read_as_prose(text: str) -> None:
    (block,) = segment(text)
    assert block.words >= 25 and not block.is_prose and is_glued_list(block)


@pytest.mark.parametrize("text", NOT_GLUED, ids=lambda text: text[:30])
def test_long_lines_that_are_no_glued_list_still_read_as_prose(text: str) -> None:
    (block,) = segment(text)
    assert block.words >= 25 and block.is_prose and not is_glued_list(block)


def test_a_glued_menu_goes_after_the_article_and_a_glued_infobox_stays_inside_it() -> None:
    menu, infobox = GLUED_LISTS[0], (
        "Architect Maria García Built 1998 2002 Floors Four Height 38 m Owner City of Lindenau Style Brutalist"
        " Revival Materials Concrete Glass Oak Awards Civic Trust Award European Prize Visitors Per Year 410000"
    )
    paragraphs = BODY.split("\n\n")
    text = "\n\n".join((paragraphs[0], infobox, *paragraphs[1:], menu))
    result = Cleaner(plugins=False).clean(text, explain=True)
    assert [m.rule for m in result.removed] == ["navigation.glued_list"]
    assert result.text == "\n\n".join((paragraphs[0], infobox, *paragraphs[1:]))
    assert any(h.rule == "navigation.glued_list" and text[h.start : h.end] == infobox for h in result.held)


def test_a_select_box_glued_into_one_line_goes_even_between_paragraphs() -> None:
    select = GLUED_LISTS[2]
    paragraphs = BODY.split("\n\n")
    text = "\n\n".join((paragraphs[0], select, *paragraphs[1:]))
    result = Cleaner(plugins=False).clean(text)
    assert [(m.rule, m.text) for m in result.removed] == [("navigation.glued_list", select)]
    assert "select box" in result.removed[0].reason


def test_a_listing_glued_into_one_line_under_its_heading_ends_there() -> None:
    """The scraper glued the whole listing into one line: the subheading and list after it are the
    article's, which goes on."""
    listing = (
        "The Best Computer Mice 2026 The Best Wireless Mice 2025 The Best Mice for Macs The Best Gaming Mice 2026"
        " The Best Trackballs 2026 The Best Keyboards The Best Vertical Mice"
    )
    first, second, third = BODY.split("\n\n")
    own = ["What the council decided", "Schools", "Roads and bridges", "Flood defences"]
    text = "\n".join((first, second, "Related:", listing, *own, third))
    result = Cleaner(plugins=False).clean(text)
    assert [m.text for m in result.removed] == ["Related:", listing]
    assert all(line in result.text.split("\n") for line in own)


def test_a_built_in_rule_module_that_does_not_import_stops_the_cleaner(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without it a whole family of chrome would quietly stay in; a user's broken module does not."""
    write_module(tmp_path, "navigation", "@decorator_without_a_function\n")
    monkeypatch.setattr(loader, "builtin_rules_dir", lambda: tmp_path)
    with pytest.raises(ImportError, match=r"navigation\.py.*installation is broken"):
        Cleaner(plugins=False)
