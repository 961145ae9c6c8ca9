"""The AI-filler family: removes paragraphs that restate the article, never one that carries a fact."""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path
from statistics import median
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Cleaner
from cleaner.engine.blocks import segment
from cleaner.engine.loader import load_rules
from cleaner.evidence import filler

ROOT = Path(__file__).resolve().parent.parent
DEV_SET = ROOT / "corpus" / "ai_filler"
LABELLED_SET = ROOT / "bench" / "ai_filler_set" / "articles.jsonl.gz"
SEEDS = ROOT.parent / "shared" / "seeds"

BODY = [
    "The port authority approved a 410 million dollar expansion of the container terminal at Kessling on Monday, "
    "adding four berths and 1,200 metres of quay.",
    "Harbour master Ines Kowalski said construction would begin in April and take three years, with the first two "
    "berths opening in 2028.",
    "Shipping lines have complained for years about waiting times at Kessling, where vessels queued for an average "
    "of 31 hours last winter, according to the authority's own figures.",
]
"""A short factual article the tests add paragraphs to."""


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def rules_module() -> ModuleType:
    """This checkout's ``ai_filler`` rule module, as the loader imports it (an import by name before any
    loading would find the one an editable install maps the package to)."""
    load_rules(plugins=False)
    return sys.modules["cleaner.builtin_rules.families.ai_filler"]


def english() -> filler.Lexicon:
    """The English lexicon the rules build."""
    return rules_module().LEXICON


def filler_removed(cleaner: Cleaner, text: str) -> list[str]:
    return [removal.text for removal in cleaner.clean(text).removed if removal.category == "ai_filler"]


def page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def test_dev_set_recall_with_no_body_lost(cleaner: Cleaner) -> None:
    cases = sorted(DEV_SET.glob("*.txt"))
    assert len(cases) >= 30
    filler_total = caught = 0
    lost: list[str] = []
    for source in cases:
        text = source.read_text(encoding="utf-8")
        expected = Counter(line for line in source.with_suffix(".expected").read_text("utf-8").split("\n") if line)
        wanted_out = Counter(line for line in text.split("\n") if line) - expected
        removed = Counter(r.text for r in cleaner.clean(text).removed)
        filler_total += sum(wanted_out.values())
        caught += sum((removed & wanted_out).values())
        lost.extend(f"{source.name}: {paragraph[:70]}" for paragraph in removed - wanted_out)
    assert lost == []
    assert filler_total >= 40
    assert caught / filler_total >= 0.9, f"recall {caught}/{filler_total}"


SEED_002_FILLER = ("Hegseth’s visit and discussions in Japan underscore", "Overall, Hegseth’s visit highlighted")


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed documents not found at {SEEDS}")
def test_seeds_lose_only_the_two_closing_filler_paragraphs(cleaner: Cleaner) -> None:
    removed = {
        seed.name: filler_removed(cleaner, seed.read_text(encoding="utf-8")) for seed in sorted(SEEDS.glob("*.txt"))
    }
    assert len(removed) == 5
    for name, paragraphs in removed.items():
        if name.startswith("002_"):
            assert [p[: len(start)] for p, start in zip(paragraphs, SEED_002_FILLER, strict=True)] == list(
                SEED_002_FILLER
            )
        else:
            assert paragraphs == [], name


def test_reason_records_markers_novelty_score_and_threshold(cleaner: Cleaner) -> None:
    closing = (
        "Overall, the expansion underscores the importance of the terminal and reflects a broader push to modernise "
        "the port, paving the way for a brighter future."
    )
    result = cleaner.clean(page(*BODY, closing))
    [removal] = [r for r in result.removed if r.category == "ai_filler"]
    assert removal.text == closing
    assert removal.rule == "ai_filler.restatement"
    pattern = r"markers \[summary opener, .*\].*novelty 0\.\d\d; everyday 0\.\d\d; score \d+\.\d\d >= threshold 2\.10"
    assert re.search(pattern, removal.reason)
    assert result.text == page(*BODY)


def test_a_fact_protects_a_paragraph_full_of_markers(cleaner: Cleaner) -> None:
    closing = (
        "Overall, the expansion underscores the importance of the terminal and reflects a broader push to modernise "
        "the port, paving the way for a brighter future."
    )
    for fact in ("a further 75 million", "Mayor Aldo Brecht", "“a terminal for the next century”", "officials said"):
        paragraph = closing.replace("the port,", f"the port with {fact},")
        assert filler_removed(cleaner, page(*BODY, paragraph)) == [], fact


def test_opening_and_middle_filler_go_too(cleaner: Cleaner) -> None:
    opening = (
        "In a significant move that could reshape the landscape of regional shipping, the port has taken a step "
        "that underscores the growing importance of trade, highlighting the evolving challenges of the sector."
    )
    middle = (
        "The decision highlights the delicate balance between growth and capacity and serves as a reminder of the "
        "critical importance of infrastructure in an increasingly competitive world."
    )
    text = page(opening, BODY[0], BODY[1], middle, BODY[2])
    assert filler_removed(cleaner, text) == [opening, middle]


HUMAN_USES = [
    "Overall, the company sold 18,400 vehicles in March, 6% more than a year earlier, the trade body said.",
    "The verdict underscores how rarely juries in Hamelin County side with landlords, said Professor Ruth Amsel.",
    "Her 11 goals this season are a testament to how quickly Lena Voss adapted after leaving Brondby in January.",
    "The landscape changed in 2019, when Brussels capped interchange fees at 0.3% for credit cards.",
]


@pytest.mark.parametrize("paragraph", HUMAN_USES)
def test_human_paragraphs_with_marker_words_stay(cleaner: Cleaner, paragraph: str) -> None:
    assert filler_removed(cleaner, page(*BODY, paragraph)) == []
    assert filler_removed(cleaner, page(paragraph, *BODY)) == []


MARKERS = [
    "Overall,",
    "In conclusion,",
    "Ultimately,",
    "underscoring the importance of the deal,",
    "highlighting a broader shift,",
    "which reflects a broader trend,",
    "a move that paves the way for more,",
    "and only time will tell,",
    "though it remains to be seen,",
    "which serves as a reminder of the stakes,",
    "a testament to the evolving landscape,",
]
NAMES = ["Tomasz Wierzbicki", "Adaora Nwosu", "Keanu Halvorsen", "Marisol Etxeberria", "Orrin Blackwood"]
FACTS = st.one_of(
    st.integers(min_value=2, max_value=99_999).map(lambda n: f"{n:,} tonnes"),
    st.sampled_from(NAMES),
    st.sampled_from(["“we will not back down”", "“the numbers speak for themselves”"]),
    st.sampled_from(["on 14 March 2026", "in 1987", "by 2031"]),
)


@settings(max_examples=60, deadline=None)
@given(
    first=st.sampled_from(MARKERS),
    second=st.sampled_from(MARKERS),
    fact=FACTS,
    closing=st.booleans(),
)
def test_factual_sentences_with_marker_words_are_never_removed(
    cleaner: Cleaner, first: str, second: str, fact: str, closing: bool
) -> None:
    paragraph = (
        f"{first} the port will handle {fact} more cargo, {second.rstrip(',')} and the strategic importance of the "
        "terminal for the region."
    )
    paragraphs = [*BODY, paragraph] if closing else [paragraph, *BODY]
    assert filler_removed(cleaner, page(*paragraphs)) == []


def test_sensitivity_setting_moves_the_threshold() -> None:
    assert filler.threshold(0) == 5.0
    assert filler.threshold(1) == 1.8
    assert filler.threshold(None) == filler.threshold(filler.DEFAULT_SENSITIVITY) == 2.1
    assert filler.threshold(7) == 1.8 and filler.threshold(-3) == 5.0
    borderline = (
        "It remains to be seen how shipping lines will respond to the expansion, which marks a shift for the terminal."
    )
    text = page(*BODY, borderline)
    assert filler_removed(Cleaner(settings={"ai_filler.sensitivity": 1.0}), text) == [borderline]
    assert filler_removed(Cleaner(settings={"ai_filler.sensitivity": 0.0}), text) == []


def test_keep_ai_filler_turns_the_family_off() -> None:
    closing = (
        "Overall, the expansion underscores the importance of the terminal and reflects a broader push to modernise "
        "the port, paving the way for a brighter future."
    )
    text = page(*BODY, closing)
    assert filler_removed(Cleaner(), text) == [closing]
    assert Cleaner(keep={"ai_filler"}).clean(text).text == text


def test_chatbot_leftovers_are_removed_and_flagged(cleaner: Cleaner) -> None:
    result = cleaner.clean(page("Sure! Here is the rewritten article:", *BODY, "[Insert quote from the mayor here]"))
    assert result.text == page(*BODY)
    assert {r.rule for r in result.removed} == {"ai_filler.chatbot_leftover"}
    assert "chatbot preface" in result.metadata["ai_generated_signals"]


def test_a_leftover_inside_a_factual_paragraph_stays(cleaner: Cleaner) -> None:
    paragraph = "As an AI language model I cannot check prices, but the terminal fee rises to 212 euros in May."
    assert filler_removed(cleaner, page(*BODY, paragraph)) == []


def test_module_examples() -> None:
    [module] = [m for m in load_rules(plugins=False).modules if m.name == "ai_filler"]
    assert module.must_drop and module.must_keep
    cleaner = Cleaner(plugins=False)
    for example in module.must_drop:
        assert filler_removed(cleaner, page(*BODY, example)) == [example], example
    for example in module.must_keep:
        assert filler_removed(cleaner, page(*BODY, example)) == [], example


def labelled_removals(sensitivity: float) -> tuple[Counter[str], int]:
    """Labels of the development set's paragraphs the detector removes, and the filler count."""
    cleaner = Cleaner(settings={"ai_filler.sensitivity": sensitivity})
    removed: Counter[str] = Counter()
    filler_total = 0
    with gzip.open(LABELLED_SET, "rt", encoding="utf-8") as lines:
        for line in lines:
            paragraphs = json.loads(line)["paragraphs"]
            taken = Counter(filler_removed(cleaner, page(*(p["text"] for p in paragraphs))))
            filler_total += sum(p["label"] == "filler" for p in paragraphs)
            for paragraph in paragraphs:
                if taken[paragraph["text"]] > 0:
                    taken[paragraph["text"]] -= 1
                    removed[paragraph["label"]] += 1
    return removed, filler_total


@pytest.mark.parametrize("sensitivity", [0.5, 1.0])
def test_development_set_loses_no_body_or_hard_negative(sensitivity: float) -> None:
    removed, filler_total = labelled_removals(sensitivity)
    assert removed["body"] == 0 and removed["hard"] == 0, removed
    assert filler_total >= 500
    assert removed["filler"] / filler_total >= (0.8 if sensitivity == 0.5 else 0.95), removed


def test_filler_without_stock_phrases_goes_too(cleaner: Cleaner) -> None:
    chatty = "Stay tuned, because this story is far from over, and we'll be here for every twist."
    stilted = "The people of Kessling are following the developments with big attention and hope."
    assert filler_removed(cleaner, page(*BODY, chatty)) == [chatty]
    assert filler_removed(cleaner, page(stilted, *BODY)) == [stilted]


def test_number_words_and_dates_are_new_facts(cleaner: Cleaner) -> None:
    generic = "Overall, the expansion underscores the importance of the terminal for the region"
    for fact in (", the third at Kessling this decade.", ", which stays open until 31 May."):
        assert filler_removed(cleaner, page(*BODY, generic + fact)) == [], fact
    assert filler_removed(cleaner, page(*BODY, generic + ".")) == [generic + "."]


def test_keyword_stuffing_is_a_marker(cleaner: Cleaner) -> None:
    stuffed = (
        "For more kessling port expansion news, check back regularly, because kessling port expansion news moves "
        "fast and kessling port expansion news matters."
    )
    [removal] = [r for r in cleaner.clean(page(*BODY, stuffed)).removed if r.category == "ai_filler"]
    assert removal.text == stuffed
    assert "repeated keyword phrase" in removal.reason


def test_a_search_phrase_said_in_the_plural_and_the_singular_is_stuffing() -> None:
    """ "harbour fees ... harbour fee news ... berth fee news": two phrases each said twice once the
    plural is folded; prose that says a plural once and its singular once is not."""
    from cleaner.builtin_rules.families.ai_filler import LEXICON

    stuffed = "Harbour fees today: harbour fee news, berth fee news and the latest mooring updates for sailors."
    prose = "Harbour fees rose in May, and the harbour fee for a berth is now twice what sailors paid in 2020."
    assert "repeated keyword phrase" in LEXICON.find_markers(stuffed)[0]
    assert "repeated keyword phrase" not in LEXICON.find_markers(prose)[0]


def test_a_name_repeated_for_search_engines_is_stuffing() -> None:
    from cleaner.builtin_rules.families.ai_filler import LEXICON

    stuffed = "Ines Kowalski news: find Ines Kowalski updates, Ines Kowalski photos and more on the harbour master."
    assert "repeated keyword phrase" in LEXICON.find_markers(stuffed)[0]
    twice = "Ines Kowalski news: find Ines Kowalski updates, photos and more on the harbour master."
    assert "repeated keyword phrase" not in LEXICON.find_markers(twice)[0]


def test_a_page_of_generic_prose_has_no_filler(cleaner: Cleaner) -> None:
    generic = [
        "Great content builds trust, answers questions before they are asked and turns visitors into customers.",
        "A strong strategy is not about publishing more; it is about publishing the right thing at the right time.",
        "Our writers work closely with your team to capture your voice and deliver content that feels authentic.",
        "Overall, the right words underscore the importance of clarity and pave the way for lasting growth.",
    ]
    text = page(generic[0], BODY[0], generic[1], BODY[1], generic[2], generic[3])
    assert filler_removed(cleaner, text) == []


def test_a_page_that_talks_to_its_reader_throughout_has_no_filler(
    cleaner: Cleaner, monkeypatch: pytest.MonkeyPatch
) -> None:
    closing = "Stay tuned, because this story is far from over, and we'll be here for every twist."
    assert filler_removed(cleaner, page(*BODY, closing)) == [closing]
    chatty_body = [
        BODY[0].replace("on Monday", "on Monday, as you may have heard,"),
        "Harbour master Ines Kowalski told us construction would begin in April and take three years.",
        "If you ship through Kessling, you will know vessels queued for 31 hours last winter.",
    ]
    assert filler_removed(cleaner, page(*chatty_body, closing)) == []
    monkeypatch.setattr(filler, "READER_SHARE", 1.0)
    monkeypatch.setattr(filler, "READER_PAGE_SHARE", 1.0)
    assert filler_removed(Cleaner(), page(*chatty_body, closing)) == [closing]


def test_a_paragraph_that_says_i_is_someone_speaking(cleaner: Cleaner) -> None:
    spoken = "I have always believed that the harbour matters for the future of the whole region."
    assert filler_removed(cleaner, page(*BODY, spoken)) == []
    unspoken = "The harbour has always mattered for the future of the whole region, and it always will."
    assert filler_removed(cleaner, page(*BODY, unspoken)) == [unspoken]


def test_present_tense_attribution_is_a_fact_but_hedging_is_not(cleaner: Cleaner) -> None:
    reported = "Local officials say they do not expect a significant change in their responsibilities for now."
    assert filler_removed(cleaner, page(*BODY, reported)) == []
    hedged = "We can say that the matter is complex and that it has many sides which are needing attention."
    assert filler_removed(cleaner, page(*BODY, hedged)) == [hedged]


def test_a_page_with_too_few_new_facts_has_no_filler(cleaner: Cleaner, monkeypatch: pytest.MonkeyPatch) -> None:
    closing = "Stay tuned, because this story is far from over, and we'll be here for every twist."
    concrete = [
        "Cranes at the terminal lift containers from ships onto trucks and trains waiting on the quay.",
        "Dock workers load and unload the vessels in shifts, and pilots guide the ships through the channel.",
        "Tugboats push the largest ships into their berths when the wind blows hard across the harbour.",
        "Customs officers check the cargo before it leaves the port gates for warehouses inland.",
        "Forklifts move pallets between the sheds, and the gantry cranes run along rails beside the water.",
        "Gulls circle over the fishing boats moored at the old pier while the nets dry on the wall.",
    ]
    text = page(*BODY, *concrete, closing)
    assert len(BODY) < filler.MIN_FACT_SHARE * len([*BODY, *concrete, closing])
    assert filler_removed(cleaner, text) == []
    monkeypatch.setattr(filler, "MIN_FACT_SHARE", 0.0)
    assert filler_removed(Cleaner(), text) == [closing]


def test_a_short_filler_sentence_goes_and_a_short_question_stays(cleaner: Cleaner) -> None:
    short = "Stay tuned, folks, this story is only getting started."
    assert filler_removed(cleaner, page(*BODY, short)) == [short]
    question = "So what happens to the waiting ships now?"
    assert filler_removed(cleaner, page(*BODY, question)) == []


def test_talking_to_the_reader_is_a_recorded_marker(cleaner: Cleaner) -> None:
    closing = "Stay tuned, because this story is far from over, and we'll be here for every twist."
    [removal] = [r for r in cleaner.clean(page(*BODY, closing)).removed if r.category == "ai_filler"]
    assert "addresses the reader" in removal.reason


@given(st.lists(st.floats(min_value=0.0, max_value=1.0), max_size=12), st.data())
def test_median_without_one_value_is_the_median_of_the_rest(values: list[float], data: st.DataObject) -> None:
    taken = data.draw(st.sampled_from([None, *values]))
    rest = list(values)
    if taken is not None:
        rest.remove(taken)
    assert filler._median_without(sorted(values), taken) == (median(rest) if rest else 0.0)


def test_leaving_a_page_early_changes_no_decision() -> None:
    """With a threshold, a page none of whose candidates can reach it gets no verdicts, before its
    document is counted; every paragraph the full scoring finds at or over the threshold is still found."""
    from cleaner.builtin_rules.families.ai_filler import LEXICON

    with gzip.open(LABELLED_SET, "rt", encoding="utf-8") as lines:
        articles = [json.loads(line) for line in lines]
    for path in sorted(LABELLED_SET.parent.glob("handwritten_*.jsonl")):
        articles += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    left_early = 0
    for article in articles:
        blocks = segment("\n\n".join(p["text"] for p in article["paragraphs"]))
        full = filler.score_page(blocks, LEXICON)
        for limit in (2.0, 2.8, 5.0):
            early = filler.score_page(blocks, LEXICON, limit)
            left_early += bool(full) and not early
            assert [v for v in early if v.is_filler(limit)] == [v for v in full if v.is_filler(limit)]
    assert left_early > 0  # the shortcut is taken, so the equality above tests it


def test_a_later_pass_over_the_same_lines_leaves_as_the_first_did() -> None:
    """A page's notes remember the judged lines of a page that left scoring before its document
    was counted; the next pass, with chrome around them gone or added, decides as a fresh one."""
    from cleaner.builtin_rules.families.ai_filler import LEXICON

    remembered = 0
    articles = []
    for path in sorted(LABELLED_SET.parent.glob("handwritten_*.jsonl")):
        articles += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for article, limit in ((article, limit) for article in articles for limit in (2.8, 5.0)):
        text = "\n\n".join(p["text"] for p in article["paragraphs"])
        notes: dict[str, object] = {}
        first = filler.score_page(segment(text), LEXICON, limit, notes)
        remembered += filler.QUIET_NOTE in notes
        later = segment("Menu\n\n" + text + "\n\nShare this")
        again = filler.score_page(later, LEXICON, limit, notes)
        assert [v.score for v in again] == [v.score for v in filler.score_page(later, LEXICON, limit)]
        assert bool(first) == bool(again)
        other = segment(page(*BODY, "Overall, the expansion underscores the importance of the terminal."))
        assert [v.score for v in filler.score_page(other, LEXICON, limit, notes)] == [
            v.score for v in filler.score_page(other, LEXICON, limit)
        ]  # the notes of one page say nothing about another
    assert remembered > 0


def test_naming_nothing_raises_the_score_and_echoing_the_article_lowers_it() -> None:
    from cleaner.builtin_rules.families.ai_filler import LEXICON

    empty = "Plenty of people will have their own views about what all this means for everyone involved."
    named = "Plenty of people in Kessling will have their own views about what all this means for everyone involved."
    verdicts = {}
    for closing in (empty, named):
        blocks = segment(page(*BODY, closing))
        [verdicts[closing]] = [v for v in filler.score_page(blocks, LEXICON) if v.block == len(blocks) - 1]
    assert "names nothing specific" in verdicts[empty].markers
    assert "names nothing specific" not in verdicts[named].markers  # Kessling: the article's own name
    assert verdicts[named].echo > 0 == verdicts[empty].echo
    assert verdicts[named].score < verdicts[empty].score - filler.NOTHING_SPECIFIC_BONUS
    assert f"echo {verdicts[named].echo:.2f}" in verdicts[named].reason(2.8)


def closing_verdict(*paragraphs: str) -> filler.Verdict:
    """The verdict on the last of ``paragraphs``, scored as a page with no threshold."""
    from cleaner.builtin_rules.families.ai_filler import LEXICON

    blocks = segment(page(*paragraphs))
    [verdict] = [v for v in filler.score_page(blocks, LEXICON) if v.block == len(blocks) - 1]
    return verdict


def test_new_words_common_to_real_articles_are_no_novelty() -> None:
    """A new word most real articles use ("paper", "routine", "morning") says nothing specific; a
    new word few do ("bumblebees", "diaries") does."""
    from cleaner.builtin_rules.families.ai_filler import LEXICON

    everyday = "It is the kind of decision that sounds small on paper but can change the morning routine."
    specific = "It is the kind of decision that sounds small to the bumblebees but can change the diaries."
    assert {filler.stem(word) for word in ("paper", "morning", "routine")} <= LEXICON.common_stems
    assert not {filler.stem(word) for word in ("bumblebees", "diaries")} & LEXICON.common_stems
    assert closing_verdict(*BODY, everyday).novelty == 0.0
    assert closing_verdict(*BODY, specific).novelty > 0.0
    assert closing_verdict(*BODY, everyday).score > closing_verdict(*BODY, specific).score
    assert "names nothing specific" in closing_verdict(*BODY, everyday).markers
    assert "names nothing specific" not in closing_verdict(*BODY, specific).markers


def test_a_long_fact_free_paragraph_and_a_long_page_raise_the_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    closing = "Overall, the expansion underscores the importance of the terminal for the region."
    explaining = (
        "Overall, the expansion underscores the importance of the terminal for the region, whose exporters of "
        "timber, grain, machinery, furniture and paper depend on berths, cranes, warehouses and railway sidings "
        "that were designed for smaller ships."
    )
    assert filler._explaining(filler.EXPLAINING_WORDS) == 0.0
    assert 0.0 < filler._explaining(2 * filler.EXPLAINING_WORDS) <= filler.EXPLAINING_CAP
    assert filler._explaining(100 * filler.EXPLAINING_WORDS) == filler.EXPLAINING_CAP
    short_page = closing_verdict(*BODY, closing)
    assert closing_verdict(*BODY, explaining).score < short_page.score
    more = [f"{sentence[:-1]}, officials in Kessling said on day {day}." for day, sentence in enumerate((BODY * 3)[:7])]
    paragraphs = (*BODY, *[f"Paragraph {n}: {text}" for n, text in enumerate(more)], closing)
    long_page = closing_verdict(*paragraphs)
    weight = filler.LONG_PAGE_WEIGHT
    monkeypatch.setattr(filler, "LONG_PAGE_WEIGHT", 0.0)
    unweighted = closing_verdict(*paragraphs)
    beyond = len(paragraphs) - filler.LONG_PAGE_FROM
    assert beyond > 0
    assert long_page.score == pytest.approx(unweighted.score - weight * beyond, abs=0.011)


def test_a_page_whose_other_paragraphs_neither_date_nor_attribute_has_no_filler(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Filler pads a report; a guide names and counts things too, but dates no event and quotes no one."""
    closing = "Overall, the right tool underscores the importance of planning and paves the way for growth."
    guide = [
        "The Harbourline 4 crane lifts 40 tonnes and reaches across 22 rows of containers.",
        "Its cab sits 48 metres above the quay, with cameras that show the driver every corner of the load.",
        "A second model, the Harbourline 6, adds a longer boom for ships of up to 24 rows.",
    ]
    assert not any(filler._reports(english(), paragraph) for paragraph in guide)
    assert filler_removed(Cleaner(), page(*guide, closing)) == []
    assert filler_removed(Cleaner(), page(*BODY, closing)) == [closing]  # the report dates and attributes
    monkeypatch.setattr(filler, "MIN_REPORT_SHARE", 0.0)
    assert filler_removed(Cleaner(), page(*guide, closing)) == [closing]


def test_the_articles_own_short_closing_exclamation_stays(cleaner: Cleaner) -> None:
    """A short closing line that tells what happened is the article's own ending, not a rewrite's
    comment on it, exclamation mark or not; a short closing line that evaluates in the present still goes."""
    for closing in ("Nobody saw it coming!", "Nobody saw that coming.", "The whole town turned out!"):
        assert filler_removed(cleaner, page(*BODY, closing)) == [], closing
    for comment in ("Big change. Not everyone's happy!", "Stay tuned for more!"):
        assert filler_removed(cleaner, page(*BODY, comment)) == [comment], comment


def test_what_reports_and_what_is_an_idiom() -> None:
    for report in ("The board met on Tuesday.", "It opened on 12 May.", "Officials say the plan works.",
                   "Sales rose last year."):
        assert filler._reports(english(), report), report
    assert not filler._reports(english(), "The guide for 2025 covers every model.")  # a year alone dates nothing
    for idiom in ("Stories like this say a lot.", "The odds say otherwise.", "Nobody likes being told to wait."):
        assert not filler._reports(english(), idiom), idiom


def test_a_lone_generic_paragraph_between_two_fact_paragraphs_scores_more(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaner.builtin_rules.families.ai_filler import LEXICON

    middle = "In many ways, the moment carries a significance that reaches well beyond the harbour itself."
    second = "It is a change that many people will be watching closely as the months go by."

    def score(*paragraphs: str) -> float:
        blocks = segment(page(*paragraphs))
        [verdict] = [v for v in filler.score_page(blocks, LEXICON) if blocks[v.block].text == middle]
        return verdict.score

    alone = (BODY[0], middle, BODY[1], BODY[2])
    in_run = (BODY[0], middle, second, BODY[1], BODY[2])
    with_bonus = score(*alone), score(*in_run)
    monkeypatch.setattr(filler, "BETWEEN_BONUS", 0.0)
    assert with_bonus[0] == pytest.approx(score(*alone) + 0.5, abs=0.011)
    assert with_bonus[1] == score(*in_run)  # one of a run of suspects: no bonus


def test_a_paragraph_that_narrates_in_the_past_loses_score() -> None:
    assert filler._narrates(english(), "Police released images and asked witnesses to come forward.")
    assert filler._narrates(english(), "The attackers got in through a test server.")
    assert not filler._narrates(english(), "The moment will shape what comes next for the whole region.")
    present = "Overall, the terminal matters for the region and for everyone who depends on it."
    past = "Overall, the terminal mattered for the region and for everyone who depended on it."
    assert closing_verdict(*BODY, past).score == pytest.approx(
        closing_verdict(*BODY, present).score - filler.NARRATION_WEIGHT, abs=0.011
    )


def test_judged_lines_are_those_of_pages_the_detector_judges() -> None:
    assert filler.judged_lines(segment(page(*BODY))) == [0, 1, 2]
    assert filler.judged_lines(segment(page(*BODY[:2]))) == []  # too short
    long_page = segment(page(*(BODY * 7)))
    assert filler.judged_lines(long_page) == []  # too long: 21 prose paragraphs


GUIDE = [
    "A home charger for an electric car costs between 800 and 1,400 euros fitted, according to the installers' "
    "trade body Voltra.",
    "Check the fuse box",
    "Installers need a 32-amp circuit and a spot within five metres of the parking space, said Ruud Balder, who "
    "trains electricians in Utrecht.",
    "Compare the tariffs",
    "Most chargers connect to a phone app that shows what each session cost and when the grid is cheapest.",
]
"""A guide: headings that give advice, facts and someone's word on record, but no dated event."""
GUIDE_CLOSING = "Overall, the right charger underscores the importance of planning and paves the way for growth."


def test_what_makes_a_page_read_as_a_guide() -> None:
    from cleaner.builtin_rules.families.ai_filler import LEXICON

    def signs(*paragraphs: str) -> list[str]:
        blocks = segment(page(*paragraphs))
        return filler.guide_signs(blocks, [b.index for b in blocks if b.is_prose], (), LEXICON)

    assert signs(*BODY) == []
    assert signs(*GUIDE) == ["headings or list items", "imperatives"]
    advice = [
        "You can book the free trial online, and the app syncs your calendar across every device.",
        "Your team gets its own dashboard, and the pricing does not change with the number of users.",
        "The software also exports every booking to a spreadsheet for the accountant.",
    ]
    assert signs(*advice) == ["second person", "product words"]
    assert signs(BODY[0], "- Use a surge protector.", *BODY[1:]) == ["headings or list items", "imperatives"]
    assert signs("Top stories", "- Use a surge protector.", *BODY, "Share this story") == []  # chrome around


def test_a_guide_that_dates_nothing_has_no_filler(cleaner: Cleaner, monkeypatch: pytest.MonkeyPatch) -> None:
    """A guide's generic closing is its own content; on a report that dates its events a heading alone
    changes nothing."""
    assert filler_removed(cleaner, page(*GUIDE, GUIDE_CLOSING)) == []
    report = page(BODY[0], "What happens next", BODY[1], BODY[2], GUIDE_CLOSING)
    assert filler_removed(cleaner, report) == [GUIDE_CLOSING]  # one sign, and the report dates
    monkeypatch.setattr(filler, "guide_signs", lambda *args: [])
    assert filler_removed(Cleaner(), page(*GUIDE, GUIDE_CLOSING)) == [GUIDE_CLOSING]


def test_each_sign_of_a_guide_beyond_two_allows_more_dated_paragraphs() -> None:
    """One or two signs stand the detector down only on a page that dates nothing, three on one that
    dates less than a quarter of its other paragraphs, four less than half."""
    blocks = segment(page(*BODY))
    others = [block.index for block in blocks]  # BODY dates one paragraph of three
    signs = ["headings or list items", "second person", "imperatives", "product words"]
    for count, expected in ((0, False), (1, False), (2, False), (3, False), (4, True)):
        assert filler._is_guide(blocks, others, signs[:count], english()) == expected, count
    undated = segment(page(BODY[1], BODY[2], "Cranes are inspected every year before the busy season starts."))
    assert filler._is_guide(undated, [block.index for block in undated], signs[:1], english())
    assert not filler._is_guide(undated, [block.index for block in undated], [], english())


def test_the_reason_names_the_signs_of_a_guide_on_a_page_that_dates_its_events(cleaner: Cleaner) -> None:
    report = page(BODY[0], "What happens next", BODY[1], BODY[2], GUIDE_CLOSING)
    [removal] = [r for r in cleaner.clean(report).removed if r.category == "ai_filler"]
    assert removal.reason.endswith("; signs of a guide (headings or list items), but the page dates its events")
    [plain] = [r for r in cleaner.clean(page(*BODY, GUIDE_CLOSING)).removed if r.category == "ai_filler"]
    assert "guide" not in plain.reason


def test_a_paragraph_that_names_a_day_is_never_filler(cleaner: Cleaner, monkeypatch: pytest.MonkeyPatch) -> None:
    """Naming a weekday or a date says when something happens, even a day the article named before."""
    scheduled = "Overall, the Monday vote underscores the importance of the terminal and paves the way for growth."
    assert filler._names_a_day(scheduled, english()) and filler._names_a_day("It opens on 12 May.", english())
    assert not filler._names_a_day("It may open this year.", english())
    assert filler_removed(cleaner, page(*BODY, scheduled)) == []
    monkeypatch.setattr(filler, "_names_a_day", lambda text, lexicon: False)
    assert filler_removed(Cleaner(), page(*BODY, scheduled)) == [scheduled]


def test_a_participle_after_a_present_be_or_keep_is_not_narration() -> None:
    """ "will be missed", "we're thrilled" and "keep you posted" evaluate and look ahead; a passive in the
    past still tells what happened."""
    for looking_ahead in ("He will be missed.", "We're thrilled to share it.", "We'll keep you posted.",
                          "It is one of the most anticipated albums."):
        assert not filler._narrates(english(), looking_ahead), looking_ahead
    for telling in ("He was arrested on the quay.", "Fingers crossed, the crew waited.", "Police released images."):
        assert filler._narrates(english(), telling), telling


def test_a_suspect_beside_a_subheading_inside_the_body_loses_score() -> None:
    """It opens or closes a section; a heading above the first paragraph (a title) changes nothing."""
    from cleaner.builtin_rules.families.ai_filler import LEXICON

    def score(*paragraphs: str) -> float:
        blocks = segment(page(*paragraphs))
        [verdict] = [v for v in filler.score_page(blocks, LEXICON) if blocks[v.block].text == GUIDE_CLOSING]
        return verdict.score

    plain = score(BODY[0], GUIDE_CLOSING, BODY[1], BODY[2])
    closing_a_section = score(BODY[0], GUIDE_CLOSING, "What happens next", BODY[1], BODY[2])
    assert closing_a_section == pytest.approx(plain - filler.SECTION_WEIGHT, abs=0.011)
    assert score("What happens next", GUIDE_CLOSING, *BODY) == score(GUIDE_CLOSING, *BODY)


def test_everyday_words_of_its_own_raise_a_paragraph_that_does_not_narrate(monkeypatch: pytest.MonkeyPatch) -> None:
    """Filler talks around the story in plain words the article does not use; a paragraph telling what
    happened in such words is the account, and gets nothing for them."""
    everyday = "It is the kind of decision that sounds small on paper but can change the morning routine."
    told = "The crew stayed on board through the morning routine and the decision sounded small on paper."
    weighed = {text: closing_verdict(*BODY, text) for text in (everyday, told)}
    assert weighed[everyday].everyday > 0 and weighed[told].everyday > 0
    assert f"everyday {weighed[everyday].everyday:.2f}" in weighed[everyday].reason(2.1)
    weight = filler.EVERYDAY_WEIGHT
    monkeypatch.setattr(filler, "EVERYDAY_WEIGHT", 0.0)
    assert closing_verdict(*BODY, everyday).score == pytest.approx(
        weighed[everyday].score - weight * weighed[everyday].everyday, abs=0.011
    )
    assert closing_verdict(*BODY, told).score == weighed[told].score


def test_everyday_words_add_nothing_to_a_long_paragraph() -> None:
    """At length, plain words explain (how a place works, what to bring): only a paragraph that says
    little gets the everyday bonus."""
    from cleaner.builtin_rules.families.ai_filler import LEXICON

    short = "It is the kind of decision that sounds small on paper but can change the morning routine."
    long = (
        "The top of the hill sits above the trees, so it can be cold and windy even in summer. Bring a warm coat "
        "and check the sky before you set off, because the cars stop running in high winds and the walk down is long."
    )
    assert len(LEXICON.content(long)[0]) > filler.EXPLAINING_WORDS >= len(LEXICON.content(short)[0])
    assert filler._everyday_bonus(short, 0.5, LEXICON) > 0.0
    assert filler._everyday_bonus(long, 0.5, LEXICON) == 0.0


def test_a_subheading_under_a_list_above_the_first_paragraph_opens_a_section() -> None:
    """A page that opens on the last items of a list and then a heading (a guide cut mid-way) has its
    first paragraph open a section: the heading is the body's, not a title over it."""
    from cleaner.builtin_rules.families.ai_filler import LEXICON

    def score(*lines: str) -> float:
        blocks = segment(page(*lines))
        [verdict] = [v for v in filler.score_page(blocks, LEXICON) if blocks[v.block].text == GUIDE_CLOSING]
        return verdict.score

    titled = score("What happens next", GUIDE_CLOSING, *BODY)
    under_a_list = score("- Ask the harbour master", "- Read the terms", "What happens next", GUIDE_CLOSING, *BODY)
    assert under_a_list == pytest.approx(titled - filler.SECTION_WEIGHT, abs=0.011)


def test_a_page_whose_other_paragraphs_date_nothing_lowers_its_suspects_scores(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert filler._dates(BODY[0], english()) and not filler._dates(BODY[1], english())
    dated = closing_verdict(*BODY, GUIDE_CLOSING).score
    monkeypatch.setattr(filler, "_dates", lambda text, lexicon: False)
    assert closing_verdict(*BODY, GUIDE_CLOSING).score == pytest.approx(dated - filler.UNDATED_WEIGHT, abs=0.011)


def test_a_page_told_by_its_writer_has_no_filler(cleaner: Cleaner) -> None:
    """"my" and "me" on more than a third of the other paragraphs: a diary or a personal newsletter."""
    told = [BODY[0], BODY[1].replace("Harbour master Ines Kowalski said", "My colleague Ines Kowalski told me"),
            BODY[2].replace("Shipping lines have complained", "Shipping lines have complained to me"), GUIDE_CLOSING]
    assert filler._in_person(english(), told[1]) and not filler._addresses_reader(english(), told[1])
    assert filler_removed(cleaner, page(*BODY, GUIDE_CLOSING)) == [GUIDE_CLOSING]
    assert filler_removed(cleaner, page(*told)) == []


def test_what_a_lead_in_introduces_is_never_filler(cleaner: Cleaner) -> None:
    """The line after one ending in a colon is what the page set out to list or explain."""
    lead_in = "The authority named two conditions for the expansion:"
    assert filler_removed(cleaner, page(*BODY, GUIDE_CLOSING)) == [GUIDE_CLOSING]
    assert filler_removed(cleaner, page(*BODY, lead_in, GUIDE_CLOSING)) == []


def test_a_name_or_a_schedule_dates_nothing() -> None:
    for dated in ("The council met on Thursday.", "Prices rose this week."):
        assert filler._dates(dated, english()), dated
    assert not filler._dates("He hosts This Week in Startups with three friends.", english())
    assert not filler._dates("The letter is published every Thursday.", english())


MEETINGS = "Residents will be able to comment on the route at two public meetings in the town hall next month."
AUTUMN = "It remains to be seen how the route will work, but the first buses are due to run in the autumn."
HEARING = "Looking ahead, the council will hold a public hearing on the plan at the library next week."
FEED_NOTICE = "This article was generated from an automated news agency feed without modifications to text."
NEWSLETTER_BOX = [
    "Subscribe to our newsletter", "Free every Friday",
    "Get the week's best stories from the valley delivered to your inbox every Friday morning, free of charge.",
    "Email address", "Sign up",
]  # fmt: skip


@pytest.mark.parametrize(
    "after",
    [
        [FEED_NOTICE, "Related", "Council Backs New Bus Lanes", MEETINGS, "12 March 2026", "Contact us"],
        [FEED_NOTICE, *NEWSLETTER_BOX, HEARING, AUTUMN],
        [*NEWSLETTER_BOX, MEETINGS, AUTUMN],
        [MEETINGS, AUTUMN, FEED_NOTICE, "Related", "Council Backs New Bus Lanes"],
    ],
    ids=["after a related box", "after a newsletter box and a notice", "after a newsletter box", "at the end"],
)
def test_a_scheduled_event_the_article_does_not_state_is_a_fact(cleaner: Cleaner, after: list[str]) -> None:
    """A paragraph saying what happens when ("next month", "in the autumn"), however generic its
    other words, adds a fact no other paragraph has: it stays after a box printed inside the
    article, after a feed's notice and at the article's end (each of these pages lost it)."""
    from test_trailers import LEDE, SECOND

    for separator in ("\n", "\n\n"):
        removed = {removal.text for removal in cleaner.clean(separator.join([LEDE, SECOND, *after])).removed}
        assert not {LEDE, SECOND, MEETINGS, AUTUMN, HEARING} & removed


def test_a_time_is_a_fact_only_where_no_other_paragraph_gives_it() -> None:
    """Novelty against the article's facts: "next month" said again, by filler speaking for the
    writer or to the reader, or "tomorrow" as a noun, adds nothing."""
    from cleaner.builtin_rules.families.ai_filler import LEXICON

    assert filler._schedule(MEETINGS, english()) == ["when next month"]
    assert filler._schedule("The council will vote on it tomorrow.", english()) == ["when tomorrow"]
    for no_time in ("We'll pick things up again first thing tomorrow.", "Stay with us next week, you won't regret it.",
                    "It looks forward to a brighter, more sustainable tomorrow.", "Nobody knows what tomorrow brings."):
        assert filler._schedule(no_time, english()) == [], no_time
    blocks = segment(page(*BODY, MEETINGS))
    assert "when next month" in filler._Document(blocks, LEXICON).new_facts(len(BODY), counted=True)
    echoed = [BODY[0], BODY[1] + " A public meeting on the plans is due next month.", BODY[2], MEETINGS]
    assert "when next month" not in filler._Document(segment(page(*echoed)), LEXICON).new_facts(3, counted=True)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Residents will be able to comment on the route at two public meetings in the town hall.",
        "Parents will be able to see the new classrooms at an open day in the school hall.",
        "Both sides will meet again at the town hall to discuss the remaining issues.",
    ],
)
def test_a_place_or_a_count_the_article_does_not_state_is_a_fact(cleaner: Cleaner, paragraph: str) -> None:
    """"two public meetings" counts something the "two-hour" debate did not; "in the town hall"
    says where: each is a fact no other paragraph has, after a related box as at the end."""
    from test_trailers import LEDE, SECOND

    for lines in ([LEDE, SECOND, FEED_NOTICE, "Related", "Council Backs New Bus Lanes", paragraph, "Contact us"],
                  [LEDE, SECOND, paragraph, FEED_NOTICE]):
        assert paragraph not in {removal.text for removal in cleaner.clean("\n\n".join(lines)).removed}


def test_what_a_number_in_words_counts_and_where_a_place_is() -> None:
    assert {"two meetings", "two public"} <= filler._numbers("It held two public meetings.", english())
    assert "two hour" in filler._numbers("After a two-hour debate.", english())
    venues = filler._venues("It met in the town hall and at the library.", english())
    assert venues == ["place town hall", "place library"]
    for phrase in ("at the centre of the debate", "in the court of public opinion", "in the market"):
        assert filler._venues(phrase, english()) == [], phrase


def test_a_short_line_in_generic_words_alone_is_judged(cleaner: Cleaner) -> None:
    """Two or three content words, all generic, say nothing: such a line goes at the end or between
    two fact paragraphs; a short line of the article's own names what it tells and stays."""
    for said_nothing in ("As ever, much will depend on what comes next.", "Stay with us for updates."):
        assert filler_removed(cleaner, page(*BODY, said_nothing)) == [said_nothing]
        assert filler_removed(cleaner, page(BODY[0], said_nothing, BODY[1], BODY[2])) == [said_nothing]
    for told in ("The trial continues.", "Nobody was hurt.", "He will be missed.", "Work on the quay goes on."):
        assert filler_removed(cleaner, page(*BODY, told)) == [], told


LIVE_BLOG = [
    "13:10 - Police have closed Harbour Road between the ferry terminal and the Kessling roundabout after a gas leak.",
    "13:45 - About 200 homes on Quay Street have been evacuated to the leisure centre, the fire service said.",
    "14:20 - Engineers from Northgas expect to reach the damaged pipe within two hours, a spokeswoman said.",
    "15:05 - Buses 4 and 17 are being diverted along Station Road until further notice.",
]


def test_a_live_blog_entry_that_says_nothing_under_its_time_is_filler(cleaner: Cleaner) -> None:
    """An entry's time dates the entry (the page reports) but is no fact of what it says."""
    empty = ("14:50 - It has been a tense afternoon here, and the situation remains fluid. We will keep bringing you "
             "the latest as it happens.")
    assert filler._numbers(empty, english()) == frozenset() and filler._reports(english(), LIVE_BLOG[0])
    assert "13:10" not in filler._numbers(LIVE_BLOG[0], english()) and "200" in filler._numbers(LIVE_BLOG[1], english())
    assert filler._numbers("10.50 euros is the new fare.", english()) >= {"10.50"}
    removed = filler_removed(cleaner, page(*LIVE_BLOG[:3], empty, LIVE_BLOG[3]))
    assert removed == [empty]


def test_a_search_phrase_of_three_words_said_twice_is_stuffing() -> None:
    """Two pairs of content words each said twice: a three-word search phrase repeated, or two
    phrases; one pair said twice is prose naming its subject again."""
    from cleaner.builtin_rules.families.ai_filler import LEXICON

    for stuffed in (
        "Free harbour parking Kessling is great news for anyone searching for free harbour parking near me.",
        "Kessling port news: port expansion news, berth news and more port expansion news for shippers.",
    ):
        assert "repeated keyword phrase" in LEXICON.find_markers(stuffed)[0], stuffed
    prose = "The harbour master said the container terminal would open in April, and that the terminal fees would rise."
    assert "repeated keyword phrase" not in LEXICON.find_markers(prose)[0]
    named_again = "The city council said the city council budget would be cut by a tenth next year."
    assert "repeated keyword phrase" not in LEXICON.find_markers(named_again)[0]


def test_a_paragraph_opening_on_a_person_by_pronoun_loses_score(monkeypatch: pytest.MonkeyPatch) -> None:
    """"They hope ..." carries on the account of the article's people; "It is ..." speaks about it."""
    closing = "They hope the expansion will make a real difference and shape the future of the port for years."
    assert filler._ACTOR_OPENING.match(closing) and not filler._ACTOR_OPENING.match("They're thrilled, honestly.")
    assert not filler._ACTOR_OPENING.match("It is a reminder of what matters.")
    opened = closing_verdict(*BODY, closing).score
    monkeypatch.setattr(filler, "ACTOR_WEIGHT", 0.0)
    assert closing_verdict(*BODY, closing).score == pytest.approx(opened + 0.5, abs=0.011)


def test_a_keyword_string_pays_nothing_for_echoing_the_article(cleaner: Cleaner) -> None:
    """A keyword string is made of the article's own terms: its echo of them is what it stuffs, not
    the article's account going on."""
    stuffed = (
        "Kessling terminal news: Kessling terminal expansion news, Kessling terminal berths and the latest "
        "Kessling terminal updates."
    )
    verdict = closing_verdict(*BODY, stuffed)
    assert filler.STUFFING_LABEL in verdict.markers
    assert verdict.echo > 0.0
    assert verdict.score - filler.ECHO_WEIGHT * verdict.echo < filler.threshold(0.5) <= verdict.score
    assert filler_removed(cleaner, page(*BODY, stuffed)) == [stuffed]


def test_a_live_blog_entry_time_hides_neither_a_short_line_nor_a_sentence_start() -> None:
    """The time before a live blog entry, or a list item's number, is not part of what the line says:
    its first word opens a sentence (no name), and a short line after it is still a sentence."""
    from cleaner.builtin_rules.families.ai_filler import LEXICON

    assert "stay" not in filler._entities(LEXICON, "14:30 - Stay with us, this is going to be good.")
    assert "stay" in filler._entities(LEXICON, "They waited at Stay Hall, a hotel.")
    for line in ("14:25 - Deep breaths, everyone. It's all happening.", "5. See you all in the water!"):
        [block] = segment(line)
        assert filler._short_sentence(block), line
    [question] = segment("5. Is it worth the money, really?")
    assert not filler._short_sentence(question)


def test_a_greeting_and_a_sign_off_do_not_make_a_report_its_writer_s_account(cleaner: Cleaner) -> None:
    """A page counts as its writer's own account by the paragraphs that name, count, date or quote
    something: a rewrite's greeting and sign-off name nothing, so its filler is still judged."""
    greeting = "Morning, friends. Grab a coffee, this one is a bit of a saga."
    sign_off = "As always, reply and tell me what you think. I read everything."
    closing = "Overall, the expansion underscores the importance of collaborative efforts for the evolving landscape."
    text = page(greeting, *BODY, closing, sign_off)
    assert closing in filler_removed(cleaner, text)
    own_account = [
        "I visited the Kessling terminal on Monday with harbour master Ines Kowalski, who showed me the quay.",
        "We counted 14 ships waiting outside the harbour, and I spoke to two of their captains.",
    ]
    assert closing not in filler_removed(cleaner, page(*own_account, *BODY, closing))


def test_a_sentence_that_judges_the_story_is_evidence_whatever_its_words() -> None:
    """'It is a ...', 'This was a ...', 'What a ...': the paragraph calls the story something rather than
    telling more of it; without a new fact it can go, with one it stays."""
    verdict = closing_verdict(*BODY, "This is a story of grit, patience and salt air.")
    assert filler.JUDGING_LABEL in verdict.markers
    assert verdict.generic < filler.MIN_GENERIC  # a candidate by its shape, not its words
    judging = "It is a sight that warms the heart of anyone who loves ships."
    plain = "The sight warms the heart of anyone who loves ships."
    expected = closing_verdict(*BODY, plain).score + filler.JUDGING_WEIGHT
    assert closing_verdict(*BODY, judging).score == pytest.approx(expected, abs=0.011)
    aggressive = Cleaner(settings={"ai_filler.sensitivity": 1.0})
    assert filler_removed(aggressive, page(*BODY, judging)) == [judging]
    assert filler_removed(aggressive, page(*BODY, plain)) == []
    with_fact = "It is a sight that warms the heart: the first ship is due at berth 5 on 3 June."
    assert filler_removed(aggressive, page(*BODY, with_fact)) == []
    short = "What a morning. Just brilliant."
    assert filler._judges(english(), short) and filler._judges(english(), "10:30am: " + short)
    assert not filler._judges(english(), "The minister said what a board decides is binding.")


def test_a_lone_aside_saying_i_in_a_third_person_report_is_judged(cleaner: Cleaner) -> None:
    """A paragraph saying "I" is someone's words after a speaker or on a page told in person; in a
    report told in the third person, following no one, it is the rewrite's own voice."""
    aside = "Honestly? I am still taking it all in. What a moment for the whole region."
    assert filler_removed(cleaner, page(BODY[0], aside, BODY[1], BODY[2])) == [aside]
    assert filler_removed(cleaner, page(*BODY, aside)) == []  # after an attribution: the speaker goes on
    told = "We asked the harbour master what the change would mean for the town's fishing fleet."
    assert filler_removed(cleaner, page(BODY[0], aside, BODY[1], BODY[2], told)) == []  # a page told in person


def test_a_story_that_narrates_but_neither_quotes_nor_dates_is_still_a_report(cleaner: Cleaner) -> None:
    closing = "Overall, the outcome underscores the importance of planning and paves the way for growth."
    story = [
        "The Harbourline crane company won a 40 million euro order for six cranes at the port of Velsund.",
        "Its engineers finished the first crane in 11 months, two fewer than the contract allowed.",
        "The port's operator Norvik Terminals paid a deposit of 4 million euros when the deal was signed.",
    ]
    assert not any(filler._reports(english(), paragraph) for paragraph in story)
    assert filler_removed(cleaner, page(*story, closing)) == [closing]
    assert filler_removed(cleaner, page(*story[:2], closing)) == []  # two fact paragraphs say too little


def test_a_time_after_a_hedge_over_the_future_is_not_when_something_is_due() -> None:
    assert "when tomorrow" in filler._numbers("The council will vote on the plan tomorrow.", english())
    assert "when tomorrow" not in filler._numbers("Whatever happens tomorrow, this was a night to remember.", english())
    assert "when next week" not in filler._numbers("Whatever comes next week, the mood has changed.", english())


def test_a_paragraph_detached_from_the_article_scores_more(cleaner: Cleaner) -> None:
    """Filler talks around the story in words of its own; a paragraph without a new fact that goes
    on in the article's terms, or names anything, is part of the account."""
    from cleaner.builtin_rules.families.ai_filler import LEXICON

    detached = "Honestly, it got me a bit teary. Good things still happen."
    assert filler._detached(detached, 0.0, LEXICON)
    assert not filler._detached(detached, 0.1, LEXICON)  # one of its words is the article's
    assert not filler._detached("The work finished in May, ahead of the rains.", 0.0, LEXICON)  # a month
    assert not filler._detached("and good things still happen, it seems.", 0.0, LEXICON)  # a split sentence
    aside = "It got me a bit teary, if I am honest."  # 1.89 without the weight: under the default
    assert filler_removed(cleaner, page(BODY[0], aside, BODY[1], BODY[2])) == [aside]


def test_a_short_lead_in_ending_in_an_ellipsis_introduces_what_follows() -> None:
    from cleaner.builtin_rules.families.ai_filler import LEXICON

    blocks = segment(page(*BODY, "The bottom line ...", "Expect delays."))
    assert [blocks[verdict.block].text for verdict in filler.score_page(blocks, LEXICON)] == []


def test_a_clause_closing_a_sentence_on_its_source_is_an_attribution() -> None:
    reports = ("You agree to give up your photos forever, the lawsuit claims.", "It was a fraud, prosecutors argued.")
    for reported in reports:
        assert filler._ATTRIBUTION.search(reported), reported
    for plain in ("It reached a calm, meditative state, which helped.", "Prices rose in the United States."):
        assert not filler._ATTRIBUTION.search(plain), plain


GERMAN_BODY = [
    "Der Stadtrat von Kellfurt hat am Dienstag beschlossen, die Brücke über die Saale für 4,6 Millionen Euro zu "
    "erneuern; die Arbeiten beginnen im März.",
    "Oberbürgermeister Tobias Renner sagte, der Verkehr werde während der Bauzeit von 14 Monaten über die "
    "Nordbrücke umgeleitet.",
    "Die alte Brücke stammt aus dem Jahr 1958 und war im vergangenen Jahr für Lastwagen über 7,5 Tonnen gesperrt "
    "worden.",
]
FRENCH_BODY = [
    "La commune de Valbrise a inauguré samedi une médiathèque de 1 200 mètres carrés, construite pour 5,3 millions "
    "d'euros dans l'ancienne gare.",
    "Selon la maire, Claire Dumesnil, le bâtiment accueillera aussi une ludothèque et un atelier numérique ouvert "
    "le mercredi.",
    "Les travaux avaient commencé en 2023 et ont été financés à moitié par la région.",
]


@pytest.mark.parametrize(
    ("body", "closing"),
    [
        (GERMAN_BODY, "Es bleibt abzuwarten, wie sich die Entscheidung auf die Zukunft der Region auswirkt. Eines "
                      "ist jedoch klar: Für viele Menschen ist dies ein wichtiger Schritt."),
        (FRENCH_BODY, "Reste à savoir si ce projet tiendra toutes ses promesses. Une chose est sûre : il marque un "
                      "tournant important pour l'avenir de la commune."),
    ],
)
def test_filler_in_another_language_is_scored_with_that_languages_words(
    cleaner: Cleaner, body: list[str], closing: str
) -> None:
    """The scoring is the same in every language; a German or French page is read with its own stop
    words, generic words, stock phrases and shapes of attribution and dates, so its filler goes and
    its report stays."""
    assert filler_removed(cleaner, page(*body, closing)) == [closing]
    assert filler_removed(cleaner, page(*body)) == []


def test_a_fact_in_filler_words_stays_in_another_language(cleaner: Cleaner) -> None:
    """A hard negative: stock words around a date and a place no other paragraph gives."""
    appointment = "Eines ist klar: Am Donnerstag, 12. März, lädt die Stadt um 19 Uhr zu einer Versammlung ins Rathaus."
    assert filler_removed(cleaner, page(*GERMAN_BODY, appointment)) == []


@pytest.mark.parametrize(
    ("body", "fact", "closing"),
    [
        (GERMAN_BODY, "Eines ist klar: Die Stadt will die Bürger in zwei Versammlungen über die Zukunft informieren.",
         "Eines ist klar: Wer an die Zukunft der Region denkt, wird diese Entscheidung begrüßen."),
        (GERMAN_BODY, "Eines ist klar: „Für viele Menschen ist das ein wichtiger Schritt in die Zukunft“, so die "
                      "Hoffnung.", None),
        (GERMAN_BODY, "Eines ist klar: Wer Fragen zur Zukunft der Brücke hat, kann sie nächste Woche im Rathaus "
                      "stellen.", None),
        (FRENCH_BODY, "Une chose est sûre : trois associations feront de ce projet un tournant important pour la "
                      "commune.",
         "Une chose est sûre : ce projet marque un tournant important pour l'avenir de la commune."),
        (FRENCH_BODY, "Une chose est sûre : les habitants pourront découvrir le projet au printemps à la mairie.",
         None),
        (FRENCH_BODY, "Une chose est sûre : « ce projet marque un tournant important pour toute la commune », "
                      "résume-t-on.", None),
    ],
)
def test_a_closing_paragraph_with_a_fact_in_its_own_language_stays(
    cleaner: Cleaner, body: list[str], fact: str, closing: str | None
) -> None:
    """A number in words, a quote in the language's own marks, a time due and a place named by what it
    is are facts in every language: the look-alike closing paragraph that carries one stays, where
    the same stock words around nothing go."""
    assert filler_removed(cleaner, page(*body, fact)) == []
    if closing is not None:
        assert filler_removed(cleaner, page(*body, closing)) == [closing]


@pytest.mark.parametrize(
    ("language", "text", "facts"),
    [
        ("de", "Die Bürger können nächste Woche im Rathaus drei Fragen stellen.",
         {"drei", "drei fragen", "when nächste woche", "place rathaus"}),
        ("fr", "Trois réunions auront lieu au printemps à la mairie.",
         {"trois", "trois réunions", "when au printemps", "place mairie"}),
        ("es", "Habrá tres reuniones la próxima semana en el ayuntamiento.",
         {"tres", "tres reuniones", "when la próxima semana", "place ayuntamiento"}),
        ("pt", "Haverá três reuniões na próxima semana na câmara municipal.",
         {"três", "três reuniões", "when na próxima semana", "place câmara municipal"}),
        ("it", "Ci saranno tre riunioni la prossima settimana in municipio.",
         {"tre", "tre riunioni", "when la prossima settimana", "place municipio"}),
        ("nl", "Er komen volgende week drie bijeenkomsten in het gemeentehuis.",
         {"drie", "drie bijeenkomsten", "when volgende week", "place gemeentehuis"}),
    ],
)
def test_each_language_reads_its_own_numbers_times_and_places(language: str, text: str, facts: set[str]) -> None:
    """Numbers in words, times due and places are read in the page's language, as in English."""
    assert facts <= filler._numbers(text, rules_module().LANGUAGE_LEXICONS[language])


def test_a_time_due_is_no_fact_in_a_sign_off_in_another_language() -> None:
    """As in English, a time said to the reader is a rewrite's sign-off ("Bis nächste Woche!"), and
    "am Morgen" is a morning, not tomorrow."""
    german = rules_module().LANGUAGE_LEXICONS["de"]
    assert not filler._schedule("Wir sehen uns nächste Woche wieder!", german)
    assert not filler._schedule("Am Morgen war die Straße gesperrt.", german)
    assert filler._schedule("Der Rat stimmt morgen ab.", german) == ["when morgen"]


def test_someones_words_after_an_attribution_stay_in_another_language(cleaner: Cleaner) -> None:
    """A paragraph saying "ich" right after one that attributes is the speaker's words running on, as
    "I" is in English; the first person is read in the page's language."""
    speaking = "Ich finde, das ist für viele Menschen in der Region ein wichtiger Schritt in die richtige Richtung."
    assert filler_removed(cleaner, page(GERMAN_BODY[0], GERMAN_BODY[1], speaking, GERMAN_BODY[2])) == []


def test_a_guide_speaks_to_its_reader_in_its_own_language() -> None:
    """"vous" across a French page's paragraphs is the second person of a guide, as "you" is in English."""
    guide = segment(page(
        "Choisissez d'abord une assurance adaptée à vos besoins avant de partir en voyage.",
        "Vous pouvez comparer les offres en ligne et demander plusieurs devis à votre banque.",
        "Pensez aussi à vérifier ce que votre carte bancaire couvre déjà pendant vos déplacements.",
        "Une bonne préparation vous évitera bien des soucis une fois sur place.",
    ))
    assert "second person" in filler.guide_signs(guide, [0, 1, 2], [3], rules_module().LANGUAGE_LEXICONS["fr"])


ITALIAN_BODY = [
    "La Polisportiva Valdera ha vinto domenica il campionato regionale di basket battendo il Cecina 81-74 davanti "
    "a 1.300 spettatori.",
    "Decisivi i 27 punti della guardia Marco Landi, che ha segnato quattro triple nell'ultimo quarto.",
    "La squadra, allenata da Paola Ricci, giocherà la prossima stagione in Serie C per la prima volta dal 1998.",
]


@pytest.mark.parametrize(
    ("closing", "abstract"),
    [
        ("Una vittoria che racconta la perseveranza, l'umiltà e la costanza di un gruppo straordinario.",
         {"perseveranza", "costanza"}),
        ("Un successo costruito sulla dedizione e sulla determinazione di tutti.", {"dedizione", "determinazione"}),
    ],
)
def test_a_closing_paragraph_of_abstract_nouns_goes_in_another_language(
    cleaner: Cleaner, closing: str, abstract: set[str]
) -> None:
    """Abstract nouns are generic by their ending ("-anza", "-zione", "-ung", "-dad"), not by a list of
    the words some rewrite used: a closing paragraph of them that names, counts and dates nothing
    goes, though none of its nouns is in the language's generic vocabulary."""
    italian = rules_module().LANGUAGE_LEXICONS["it"]
    assert not abstract & italian_generic_words()
    assert {filler.stem(word) for word in abstract} <= italian.content(closing)[1]
    assert filler_removed(cleaner, page(*ITALIAN_BODY, closing)) == [closing]


def italian_generic_words() -> set[str]:
    """The words of the Italian file's generic vocabulary, as written."""
    sections = rules_module()._sections(rules_module().LANGUAGES_DIR / "it.txt")
    return {word for line in sections["generic"] for word in line.split()}


@pytest.mark.parametrize(
    "fact",
    [
        "La società festeggerà la promozione sabato 14 marzo in piazza Garibaldi con i tifosi.",
        "«È la vittoria della perseveranza e della costanza di tutta la comunità», ha detto il presidente Ugo Serri.",
        "La perseveranza del gruppo sarà premiata dal Comune con una targa, consegnata alla squadra in municipio.",
    ],
)
def test_the_look_alike_closing_paragraph_with_a_fact_stays_in_another_language(cleaner: Cleaner, fact: str) -> None:
    """The same abstract nouns around a date, a quote with its speaker, or a place named by what it is
    (a named next step) stay: a fact no other paragraph gives protects a paragraph whatever its words."""
    assert filler_removed(cleaner, page(*ITALIAN_BODY, fact)) == []


@pytest.mark.parametrize(
    ("language", "abstract", "concrete"),
    [
        ("de", "Beständigkeit", "Feuerwehr"),
        ("fr", "longévité", "pompiers"),
        ("es", "perdurabilidad", "bomberos"),
        ("pt", "perenidade", "bombeiros"),
        ("it", "perennità", "pompieri"),
        ("nl", "standvastigheid", "brandweer"),
    ],
)
def test_an_abstract_noun_is_generic_by_its_ending_in_each_language(
    language: str, abstract: str, concrete: str
) -> None:
    """Each language's file lists the endings of its abstract nouns; a word with one is generic, a
    concrete noun without one is not."""
    lexicon = rules_module().LANGUAGE_LEXICONS[language]
    stems, generic = lexicon.content(f"{abstract} {concrete}")
    assert filler.stem(abstract.lower()) in generic
    assert filler.stem(concrete.lower()) in stems - generic
    assert filler.stem(abstract.lower()) not in english().content(abstract)[1]


@pytest.mark.parametrize(
    ("language", "advice"),
    [
        ("de", "Vergleichen Sie die Angebote, bevor Sie einen Vertrag unterschreiben."),
        ("fr", "Comparez les offres avant de signer un contrat."),
        ("es", "Compara las ofertas antes de firmar un contrato."),
        ("pt", "Verifique as ofertas antes de assinar um contrato."),
        ("it", "Confronta le offerte prima di firmare un contratto."),
        ("nl", "Vergelijk de aanbiedingen voordat je een contract tekent."),
    ],
)
def test_a_line_of_advice_in_the_imperative_is_a_guides_sign_in_each_language(language: str, advice: str) -> None:
    """Advice opening with an imperative is a guide's sign in every language, as in English."""
    lines = segment(page("Ein Absatz.", advice, "Noch ein Absatz."))
    signs = filler.guide_signs(lines, [0, 2], [], rules_module().LANGUAGE_LEXICONS[language])
    assert "imperatives" in signs
    plain = segment(page("Ein Absatz.", "Der Rat hat die Angebote am Montag verglichen.", "Noch ein Absatz."))
    assert "imperatives" not in filler.guide_signs(plain, [0, 2], [], rules_module().LANGUAGE_LEXICONS[language])


def test_product_talk_is_a_sales_pages_sign_in_another_language() -> None:
    """"Plattform", "Funktionen" and "Nutzer" across a German page are product talk, as "platform" and
    "features" are in English; a word that also means applying a rule ("aplicación") is not."""
    sales = segment(page(
        "Unsere Plattform bündelt alle Funktionen, die Nutzer für ihre Projekte brauchen.",
        "Die Software lässt sich mit jedem Tool verbinden, und die Preise richten sich nach den Nutzern.",
        "Neue Funktionen kommen regelmäßig hinzu.",
    ))
    assert "product words" in filler.guide_signs(sales, [0, 1], [2], rules_module().LANGUAGE_LEXICONS["de"])
    assert "aplicación" not in rules_module().LANGUAGE_LEXICONS["es"].product_words


@pytest.mark.parametrize(
    ("language", "hedged", "noun", "due"),
    [
        ("fr", "Quoi qu'il arrive demain, ce fut une soirée mémorable.", "Ils rêvent d'un meilleur demain.",
         "Le conseil votera demain."),
        ("es", "Pase lo que pase mañana, fue una noche para recordar.", "Todos sueñan con un mejor mañana.",
         "El pleno vota mañana."),
        ("pt", "Aconteça o que acontecer amanhã, foi uma noite memorável.", "Todos sonham com um amanhã melhor.",
         "A assembleia vota amanhã."),
        ("it", "Comunque vada domani, è stata una serata da ricordare.", "Tutti pensano al domani.",
         "Il consiglio vota domani."),
        ("nl", "Wat er morgen ook gebeurt, het was een avond om te onthouden.",
         "Ze bouwen aan de wereld van morgen.", "De raad stemt morgen."),
    ],
)
def test_a_time_after_a_hedge_or_as_a_noun_is_not_due_in_another_language(
    language: str, hedged: str, noun: str, due: str
) -> None:
    """As "Whatever happens tomorrow" and "a brighter tomorrow" are in English, a time after a hedge
    over the future or used as a noun says when nothing is due; the same word in a report does."""
    lexicon = rules_module().LANGUAGE_LEXICONS[language]
    assert filler._schedule(hedged, lexicon) == []
    assert filler._schedule(noun, lexicon) == []
    assert len(filler._schedule(due, lexicon)) == 1


@pytest.mark.parametrize(
    ("language", "postponed"),
    [
        ("it", "In caso di pioggia la festa sarà rinviata al fine settimana successivo."),
        ("fr", "En cas de pluie, la fête sera reportée au week-end suivant."),
        ("es", "Si llueve, la fiesta se aplazará al fin de semana siguiente."),
        ("pt", "Se chover, a festa será adiada para o fim de semana seguinte."),
        ("de", "Bei Regen wird das Fest auf das folgende Wochenende verschoben."),
        ("nl", "Bij regen wordt het feest verplaatst naar het volgende weekend."),
    ],
)
def test_a_time_counted_from_the_event_is_due_in_each_language(language: str, postponed: str) -> None:
    """"The following weekend" says when something is due as "next weekend" does: a closing line that
    names a fallback date in generic words is a fact, not filler."""
    assert len(filler._schedule(postponed, rules_module().LANGUAGE_LEXICONS[language])) == 1


def test_a_closing_fallback_date_stays_on_an_italian_page(cleaner: Cleaner) -> None:
    """The look-alike closing line of a short Italian report: what happens if it rains, and when."""
    postponed = "In caso di pioggia la festa sarà rinviata al fine settimana successivo."
    assert filler_removed(cleaner, page(*ITALIAN_BODY, postponed)) == []


@pytest.mark.parametrize(
    ("language", "present", "past"),
    [
        ("fr", "Le club est appelé à rebondir et reste confronté à de grands défis.", "Le maire est arrivé lundi."),
        ("fr", "Tout le territoire est concerné.", "La fête s'est déroulée sans incident."),
        ("it", "Il club è chiamato a reagire.", "Il sindaco è stato eletto."),
        ("de", "Man ist gespannt, wie es weitergeht.", "Er ist gestern gestorben."),
        ("nl", "Het plan is gericht op groei.", "De burgemeester is gisteren gekomen."),
    ],
)
def test_a_participle_of_the_present_is_not_narration_in_another_language(
    language: str, present: str, past: str
) -> None:
    """As "will be missed" is not in English, a present passive or state ("est appelé à", "ist
    gespannt") looks ahead or evaluates; the same auxiliary with a verb of motion or change, or a
    reflexive, tells what happened."""
    lexicon = rules_module().LANGUAGE_LEXICONS[language]
    assert not filler._narrates(lexicon, present)
    assert filler._narrates(lexicon, past)


def test_a_german_noun_names_no_one_but_a_run_of_capitals_does() -> None:
    """German writes every noun with a capital: only a run of two capitals is a name there."""
    german = rules_module().LANGUAGE_LEXICONS["de"]
    assert filler._entities(german, "Für viele Menschen ist die Zukunft wichtig.") == frozenset()
    assert {"tobias", "renner"} <= filler._entities(german, "Das sagte gestern Oberbürgermeister Tobias Renner.")
    assert "zukunft" in filler._entities(english(), "They spoke of Zukunft often.")


def test_a_german_paragraph_of_nouns_alone_can_be_detached_from_the_article() -> None:
    """Its nouns' capitals name no one, so a German paragraph that touches none of the article's
    particulars is detached as an English one is; a run of capitals (a name) still ties it to them."""
    german = rules_module().LANGUAGE_LEXICONS["de"]
    assert filler._detached("Am Ende zählt für die Menschen vor allem das Gefühl von Sicherheit.", 0.0, german)
    assert not filler._detached("Am Ende zählt für Katrin Ostmeyer vor allem das Gefühl von Sicherheit.", 0.0, german)


def test_a_language_lexicon_can_do_without_what_held_out_articles_taught() -> None:
    """Leave-topic-out (``bench/ai_filler_topic_folds.py``) rebuilds a language's lexicon without the
    generic words and phrases only the held-out topic could have taught; the rest stays."""
    ai_filler = rules_module()
    path = ai_filler.LANGUAGES_DIR / "de.txt"
    full = ai_filler._language_lexicon(path)
    lean = ai_filler._language_lexicon(path, leave_out={"zukunft", "bleibt abzuwarten"})
    assert filler.stem("zukunft") in full.generic_stems and filler.stem("zukunft") not in lean.generic_stems
    assert "bleibt abzuwarten" in full.markers("Es bleibt abzuwarten, was kommt.")[0]
    assert "bleibt abzuwarten" not in lean.markers("Es bleibt abzuwarten, was kommt.")[0]
    assert lean.markers("Die Zeit wird es zeigen.") == full.markers("Die Zeit wird es zeigen.")


@pytest.mark.parametrize(
    ("language", "actor", "speaking_about"),
    [
        ("de", "Sie hofft nun auf eine rasche Entscheidung über die Zukunft der Brücke.",
         "Man hofft nun auf eine rasche Entscheidung über die Zukunft der Brücke."),
        ("fr", "Elle espère désormais une décision rapide sur l'avenir du pont.",
         "Il reste à espérer une décision rapide sur l'avenir du pont."),
        ("es", "Ella espera ahora una decisión rápida sobre el futuro del puente.",
         "Se espera ahora una decisión rápida sobre el futuro del puente."),
        ("pt", "Ela espera agora uma decisão rápida sobre o futuro da ponte.",
         "Espera-se agora uma decisão rápida sobre o futuro da ponte."),
        ("it", "Lei spera ora in una decisione rapida sul futuro del ponte.",
         "Si spera ora in una decisione rapida sul futuro del ponte."),
        ("nl", "Zij hoopt nu op een snelle beslissing over de toekomst van de brug.",
         "Men hoopt nu op een snelle beslissing over de toekomst van de brug."),
    ],
)
def test_a_paragraph_opening_on_a_person_by_pronoun_carries_on_their_account(
    language: str, actor: str, speaking_about: str
) -> None:
    """"Sie hofft ...", "Elle espère ...": as "She hopes ..." in English, a paragraph opening on one of
    the article's people by pronoun loses the actor weight; an impersonal opening does not."""
    lexicon = rules_module().LANGUAGE_LEXICONS[language]
    assert lexicon.actor.match(actor) and not lexicon.actor.match(speaking_about)


def test_the_page_language_decides_the_lexicon() -> None:
    """An English page quoting a phrase in French stays English; a page in French is read in French."""
    ai_filler = rules_module()
    english_page = segment(page(*BODY, "The sign on the door read « fermé pour la saison » all winter."))
    french_page = segment(page(*FRENCH_BODY))
    assert ai_filler._lexicon_for(english_page, [b.index for b in english_page]) is ai_filler.LEXICON
    assert ai_filler._lexicon_for(french_page, [b.index for b in french_page]) is ai_filler.LANGUAGE_LEXICONS["fr"]


def test_the_page_language_is_chosen_once_while_the_judged_lines_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    """A later pass over the same judged lines (chrome around them gone) reads the page in the language
    the first chose, without counting its words again; other judged lines are counted afresh, and a
    page the notes say left scoring early is not counted at all."""
    from cleaner.rule_api import Page

    ai_filler = rules_module()
    counted: list[int] = []
    choose = ai_filler._lexicon_for

    def counting(blocks: list, judged: list[int]) -> filler.Lexicon:
        counted.append(len(judged))
        return choose(blocks, judged)

    monkeypatch.setattr(ai_filler, "_lexicon_for", counting)
    closing = "Overall, the expansion underscores the importance of collaborative efforts in the evolving landscape."
    notes: dict[str, object] = {}
    text = page(*FRENCH_BODY, closing)
    for source in (text, "Menu\n\n" + text + "\n\nShare this"):
        list(ai_filler.restatement.marks(Page(segment(source), document=notes)))
    assert counted == [4]
    assert notes[ai_filler.LANGUAGE_NOTE][1] is ai_filler.LANGUAGE_LEXICONS["fr"]
    list(ai_filler.restatement.marks(Page(segment(page(*BODY, closing)), document=notes)))
    assert counted == [4, 4]
    assert notes[ai_filler.LANGUAGE_NOTE][1] is ai_filler.LEXICON
    quiet: dict[str, object] = {}
    plain = page(*BODY)
    list(ai_filler.restatement.marks(Page(segment(plain), document=quiet)))
    assert filler.QUIET_NOTE in quiet
    list(ai_filler.restatement.marks(Page(segment("Menu\n\n" + plain), document=quiet)))
    assert counted == [4, 4, 3]
