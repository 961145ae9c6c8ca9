"""The cleaning pipeline: segment, let every applicable rule module mark, let the guard decide,
rebuild the text from kept blocks and record every removal with its rule and reason."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from copy import copy
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from cleaner.documents.html import extract
from cleaner.documents.sites import host, site_key
from cleaner.documents.visible import LineFacts
from cleaner.engine.blocks import Block, block_of, join_blocks, segment
from cleaner.engine.copies import Gone, copy_of
from cleaner.engine.extractor import extractor_marks
from cleaner.engine.guard import Decision, decide, heads_box, settle_outside
from cleaner.engine.headline import Headline, HeadlineKeys, Search, carried_headline
from cleaner.engine.html_places import article_container, cited_addresses, outside_article
from cleaner.engine.loader import RuleModule, load_rules
from cleaner.engine.matching import HeadingMatcher, LineMatcher
from cleaner.engine.notice_search import DocumentNeeds
from cleaner.engine.phrases import PhraseMatcher
from cleaner.engine.result import CleanResult, Held, Removal
from cleaner.engine.trailers import BioSubjects
from cleaner.evidence import metadata as found_metadata
from cleaner.evidence.boilerplate import BoilerplateTable
from cleaner.rule_api import CATEGORIES, NOTICE_MIN_CHARS, DomRule, Evidence, Mark, Page, mark_of, notice_needs

MAX_PASSES = 4
"""Cleaning repeats on what it kept until nothing more goes; in practice two passes settle it."""


class Cleaner:
    """A reusable cleaner: rule modules are loaded and compiled once, then ``clean`` is cheap.

    What a call changes is only the line matchers' caches (a line's answer by its text, the rules
    a line's first characters admit): each entry depends on its key alone and a full cache is
    emptied, so no result depends on what was cleaned before, and one instance can be shared
    across threads.

    ``rule_dirs``: extra folders of rule modules (each must exist). ``keep``: categories never
    removed (``{"ai_filler"}``, or one name as a string). ``ai_sensitivity``: the AI-filler
    detector's sensitivity from 0 (cautious) to 1 (eager), default 0.5 (score threshold
    5.0 at 0, 2.1 at 0.5, 1.8 at 1, linear between). ``builtin``/``plugins``: turn off the shipped modules or those that
    other installed packages register in the ``cleaner.rules`` entry-point group. ``settings``:
    tuning knobs detectors read by name (``ai_sensitivity`` sets ``"ai_filler.sensitivity"``).
    ``boilerplate``: site boilerplate learned across a batch (see :mod:`cleaner.evidence.boilerplate`).
    """

    def __init__(
        self,
        *,
        rule_dirs: Sequence[str | Path] = (),
        keep: Iterable[str] | str = (),
        ai_sensitivity: float | None = None,
        builtin: bool = True,
        plugins: bool = True,
        settings: Mapping[str, object] | None = None,
        boilerplate: BoilerplateTable | None = None,
    ) -> None:
        self.keep = frozenset([keep] if isinstance(keep, str) else keep)
        self.settings = dict(settings or {})
        if ai_sensitivity is not None:
            if not 0.0 <= ai_sensitivity <= 1.0:
                raise ValueError(f"ai_sensitivity must be between 0 and 1, not {ai_sensitivity}")
            self.settings["ai_filler.sensitivity"] = float(ai_sensitivity)
        self.boilerplate = boilerplate
        rule_dirs = [rule_dirs] if isinstance(rule_dirs, str | Path) else rule_dirs
        missing = [str(folder) for folder in rule_dirs if not Path(folder).is_dir()]
        if missing:
            raise ValueError(f"rule folders not found: {', '.join(missing)}")
        unknown = self.keep - set(CATEGORIES)
        if unknown:
            raise ValueError(
                f"unknown categories to keep: {', '.join(sorted(unknown))}; expected some of {', '.join(CATEGORIES)}"
            )
        report = load_rules(rule_dirs, builtin=builtin, plugins=plugins)
        self.modules: list[RuleModule] = report.modules
        self.load_errors: list[str] = report.errors
        self._families = [m for m in self.modules if not m.is_site]
        self._sites = [m for m in self.modules if m.is_site]
        self._family_lines = LineMatcher([rule for m in self._families for rule in m.line_rules])
        self._family_captures = LineMatcher([rule for m in self._families for rule in m.line_rules if rule.captures])
        self._site_lines = {m.name: LineMatcher(m.line_rules) for m in self._sites}
        self._family_headings = HeadingMatcher([region for m in self._families for region in m.regions])
        self._site_headings = {m.name: HeadingMatcher(m.regions) for m in self._sites}
        self._family_phrases = PhraseMatcher([rule for m in self._families for rule in m.phrase_rules])
        self._site_phrases = {m.name: PhraseMatcher(m.phrase_rules) for m in self._sites if m.phrase_rules}
        self._inherited = {
            rule.id: evidence
            for m in self.modules
            for rule in m.rules
            if (evidence := rule.copies or getattr(m.scope, "copies", None)) is not None
        }
        """Rule id -> the evidence a later copy of a line it removed goes with (see :mod:`cleaner.engine.copies`)."""

    def with_boilerplate(self, boilerplate: BoilerplateTable | None) -> Cleaner:
        """This cleaner's rules (shared, not reloaded) with another learned boilerplate table."""
        cleaner = copy(self)
        cleaner.boilerplate = boilerplate
        return cleaner

    def clean(
        self, text: str | None = None, *, html: str | None = None, url: str | None = None, explain: bool = False
    ) -> CleanResult:
        """Clean one document given as scraped ``text`` or as raw ``html``.

        ``explain``: record in ``held`` every mark the guard refuses, also those of line rules that
        could only be refused (a pattern rule matching a line that reads like prose). Those are
        otherwise not even tried on prose, which saves a pattern search on every prose line.
        """
        if (text is None) == (html is None):
            raise TypeError("clean() takes exactly one of text=... or html=...")
        if html is not None:
            if not isinstance(html, str):
                raise TypeError(f"html must be str, not {type(html).__name__}")
            page = extract(html, url)
            return self._clean_text(page.text, url, page.metadata, explain, page.facts, page.description)
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}; decode bytes first")
        return self._clean_text(text, url, {}, explain)

    def applicable(self, text: str, url: str | None) -> list[RuleModule]:
        """The family modules, then the site modules whose domain or fingerprint fits."""
        domain = _domain(url)
        return self._families + [m for m in self._sites if m.scope.applies(domain, text)]

    def _clean_text(
        self,
        text: str,
        url: str | None,
        extracted: dict[str, object],
        explain: bool,
        facts: list[LineFacts] | None = None,
        description: str | None = None,
    ) -> CleanResult:
        """Clean to a fixed point: rules that look at neighbours (a menu run, a listing, the first
        line) see the page again once chrome around them is gone, so cleaning is idempotent.

        ``facts``: for an HTML page, each block's DOM facts and the extractor's verdict;
        ``description``: its description meta."""
        blocks = segment(text)
        if facts is not None and len(facts) != len(blocks):
            raise ValueError(f"{len(facts)} line facts for {len(blocks)} lines of the page's text")
        modules = self.applicable(text, url)
        keys = Page(blocks).keys
        warnings: list[str] = []
        removals: list[Mark | None] = [None] * len(blocks)
        held: dict[tuple[int, str], Held] = {}
        origin = list(range(len(blocks)))
        copies: dict[int, int] = {}
        site = next((m.name for m in modules if m.is_site), None)
        learned_site = site_key(url, site) if self.boilerplate is not None else None
        signals: dict[str, list[str]] = {}
        known_title = extracted.get("title") if isinstance(extracted.get("title"), str) else None
        notes: dict[str, object] = {}
        evidence = facts if "boilerplate" not in self.keep else None  # the extractor's marks are boilerplate
        container = article_container(evidence, blocks) if evidence is not None else frozenset()
        cited = cited_addresses(facts, blocks) if facts is not None else frozenset()  # decided once, as chrome is
        outside = outside_article(evidence, blocks, container, cited) if evidence is not None else frozenset()
        lines = self._line_marks(blocks, keys, modules, warnings, explain, outside)
        chrome = [0] * len(blocks)  # the weight of each line settled up front (see _settle_outside)
        chrome_prose: frozenset[str] = frozenset()
        gone = Gone()  # the lines removed so far, whose later copies go as they did
        if evidence is not None:
            for mark in extractor_marks(evidence):
                lines.marks.setdefault(mark.block, []).append(mark)
            settled = self._settle_outside(blocks, evidence, lines, modules, outside, container)
            for index, mark in settled.items():
                removals[index] = mark
                chrome[index] = 10 + blocks[index].words
            origin = [i for i in origin if i not in settled]
            for index, mark in sorted(settled.items()):
                gone.record(keys[index], mark, blocks[index].start)
            chrome_prose = frozenset(keys[index] for index in settled if blocks[index].is_prose)
        notices = DocumentNeeds(keys, notice_needs, NOTICE_MIN_CHARS)
        kept_view: tuple[list[Block], list[str]] | None = None  # the last pass's, when it removed nothing: the result's
        headline: Headline | Search | None = Search.ON_VIEW  # searched for until found or the page's title went
        found_on = origin  # the view the headline was found on
        headline_keys = HeadlineKeys()  # its search's keys of the document's lines, for every pass that searches
        bio_subjects = BioSubjects()  # the people the document's lines open on as a bio, for every pass
        boxed = [False] * len(blocks)  # the lines a pass removed as a box's (see heads_box)
        for _ in range(MAX_PASSES):
            view = _view(blocks, origin)
            view_keys = [keys[i] for i in origin]
            page = Page(
                view,
                url,
                self.settings,
                keys=view_keys,
                title=known_title,
                description=description,
                document=notes,
                facts=[facts[i] for i in origin] if facts is not None else None,
                chrome_before=_chrome_before(chrome, origin) if any(chrome) else None,
                chrome_prose=chrome_prose,
                notice_holds=partial(notices.in_view, None if len(origin) == len(blocks) else origin),
                removed_before=_removed_before(origin) if len(origin) < len(blocks) else None,
                boxes_before=_removed_before(origin, boxed) if any(boxed) else None,
                headline=carried_headline(headline, found_on, origin) if isinstance(headline, Headline) else headline,
                headline_keys=headline_keys,
                cited=_in_view(cited, origin),
                bio_subjects=bio_subjects,
            )
            marks = self._marks(page, origin, lines, modules, learned_site, warnings)
            marks.extend(gone.copies(page, self._inherited))
            decision = decide(page.body, marks)
            for key, value in page.signals:
                values = signals.setdefault(key, [])
                if value not in values:
                    values.append(value)
            for veto in decision.vetoes:
                block = blocks[origin[veto.mark.block]]
                held.setdefault((block.index, veto.mark.rule), Held(block.start, block.end, veto.mark.rule, veto.why))
            if headline is Search.ON_VIEW:
                headline, found_on = _headline_decided(page, decision.removals[0] if origin else None), origin
            remaining = [i for i, mark in enumerate(decision.removals) if mark is None]
            for index, mark in enumerate(decision.removals):
                if mark is not None:
                    removals[origin[index]] = mark
                    boxed[origin[index]] = _ended_article(decision, index, mark)
                    gone.record(keys[origin[index]], mark, blocks[origin[index]].start)
                    if mark.ref is not None:
                        copies[origin[index]] = origin[mark.ref]
            if len(remaining) == len(origin):
                kept_view = view, view_keys
                break
            origin = [origin[i] for i in remaining]
        _share_fate(blocks, removals, copies)
        kept = [mark is None for mark in removals]
        removed = [
            Removal(block.start, block.end, block.text, mark.category, mark.rule, mark.reason)
            for block, mark in zip(blocks, removals, strict=True)
            if mark is not None
        ]
        found = found_metadata.collect(blocks, removals, site, guess_title=known_title is None)
        metadata = {**extracted, **found, **signals}
        kept_held = sorted((h for (index, _), h in held.items() if kept[index]), key=lambda h: (h.start, h.rule))
        kept_blocks, kept_keys = kept_view or (_view(blocks, origin), [keys[index] for index in origin])
        return CleanResult(
            join_blocks(blocks, kept),
            removed,
            metadata,
            kept_held,
            warnings,
            source=text,
            blocks=kept_blocks,
            keys=kept_keys,
        )

    def _settle_outside(
        self,
        blocks: list[Block],
        facts: list[LineFacts],
        lines: _LineMarks,
        modules: list[RuleModule],
        outside: frozenset[int],
        container: frozenset[str],
    ) -> dict[int, Mark]:
        """Remove up front the ``outside`` lines (the extractor left them out and the page puts
        them in chrome), each for its most specific mark (see
        :func:`cleaner.engine.guard.settle_outside`); the DOM rules name them here, where the
        article's ``container`` does not (:func:`cleaner.engine.html_places.article_container`)."""
        if not outside:
            return {}
        rules = [
            rule
            for module in modules
            for rule in module.page_rules
            if isinstance(rule, DomRule) and rule.category not in self.keep
        ]
        first_claim: dict[tuple[LineFacts, bool], DomRule | None] = {}  # chrome lines share a few places
        marks: dict[int, list[Mark]] = {}
        for index in outside:
            key = (facts[index], blocks[index].is_prose)
            if key not in first_claim:
                first_claim[key] = next(
                    (rule for rule in rules if rule.claims(blocks[index], facts[index], container)), None
                )
            rule = first_claim[key]
            own = [mark for mark in lines.marks.get(index, ()) if mark.category not in self.keep]
            marks[index] = [*own, rule.mark(index, Evidence.PATTERN)] if rule is not None else own
        return settle_outside(blocks, outside, marks)

    def _line_marks(
        self,
        blocks: list[Block],
        keys: list[str],
        modules: list[RuleModule],
        warnings: list[str],
        explain: bool,
        outside: frozenset[int] = frozenset(),
    ) -> _LineMarks:
        """Line and phrase rules' marks and region headings of every block, by block. A line's
        answer depends on its text alone, so it is found once per document, not once per pass.

        On the ``outside`` lines, which go before any page rule runs whatever rule names them,
        only the family rules that capture metadata (a dateline, a byline) are tried: most of a
        page's lines, and a third of cleaning's time, for names the DOM rules mostly give."""
        inside = [block for block in blocks if block.index not in outside] if outside else blocks
        inside_keys = [keys[block.index] for block in inside] if outside else keys
        marks = list(self._family_lines.marks(inside, warnings, refusals=explain))
        if outside:
            marks.extend(self._family_captures.marks([blocks[index] for index in sorted(outside)], warnings))
        headings = self._family_headings.headings(inside, warnings)
        phrase_marks, phrase_headings = self._family_phrases.scan(inside, inside_keys)
        for module in modules:
            if module.is_site:
                marks.extend(self._site_lines[module.name].marks(blocks, warnings, refusals=explain))
                headings |= self._site_headings[module.name].headings(blocks, warnings)
                if module.name in self._site_phrases:
                    site_marks, site_headings = self._site_phrases[module.name].scan(blocks, keys)
                    phrase_marks.extend(site_marks)
                    phrase_headings |= site_headings
        marks.extend(phrase_marks)
        headings = phrase_headings | headings
        by_block: dict[int, list[Mark]] = {}
        for mark in marks:
            by_block.setdefault(mark.block, []).append(mark)
        return _LineMarks(by_block, headings)

    def _marks(
        self,
        page: Page,
        origin: list[int],
        lines: _LineMarks,
        modules: list[RuleModule],
        learned_site: str | None,
        warnings: list[str],
    ) -> list[Mark]:
        """Every applicable rule's marks on one view of the page (whose block ``i`` is the
        document's block ``origin[i]``), learned boilerplate included, less the categories kept
        (page rules of a kept category are not even run), and less the shape marks on lines a rule
        of a kept category names ("Share this article" kept with ``social`` is no short line)."""
        marks = [
            mark if index == block else mark_of((index, *mark[1:]))
            for index, block in enumerate(origin)
            if block in lines.marks
            for mark in lines.marks[block]
        ]
        page.headings = {index: lines.headings[block] for index, block in enumerate(origin) if block in lines.headings}
        for module in modules:
            for rule in module.page_rules:
                if rule.category in self.keep:
                    continue
                try:
                    marks.extend(rule.marks(page))
                except TimeoutError:  # what it found before timing out stands; it is asked again next pass
                    warnings.append(f"{rule.id} timed out and was skipped")
        if self.boilerplate is not None and "boilerplate" not in self.keep:
            marks.extend(self.boilerplate.marks(page, learned_site))
        if self.keep:  # a line named as a kept category is not taken by its shape or place alone either
            placed = (Evidence.SHAPE, Evidence.HEAD)
            kept = {mark.block for mark in marks if mark.category in self.keep and mark.evidence not in placed}
            marks = [
                mark
                for mark in marks
                if mark.category not in self.keep and not (mark.evidence in placed and mark.block in kept)
            ]
        return marks


@dataclass(frozen=True)
class _LineMarks:
    """What the line rules and region headings found in a document, by its block index."""

    marks: dict[int, list[Mark]]
    headings: dict[int, str]


TITLE_FACTS = frozenset({"title", "page_title"})
"""The facts a mark records for the page's title (see :mod:`cleaner.evidence.metadata`)."""


def _headline_decided(page: Page, first: Mark | None) -> Headline | Search | None:
    """The document's headline once a pass over ``page`` decided it: the one found there, kept
    for the later passes (:func:`cleaner.engine.headline.carried_headline`); None where none was and
    the page's first line went to the metadata as its title (``first``: the mark that took it):
    the title gone, no line a later pass leaves first is the page's title, and a headline found
    under it would take the article's dek or its first subheading. Else still to search for: once
    chrome over the title (a skip link) or in the masthead went, a later pass may find it."""
    found = page.body.headline
    if found is not None:
        return found
    if first is not None and any(name in TITLE_FACTS for name, _ in first.metadata):
        return None
    return Search.ON_VIEW


def _share_fate(blocks: list[Block], removals: list[Mark | None], copies: dict[int, int]) -> None:
    """A copy removed for repeating a block that a later pass removed goes for that block's reason.

    The guard never lets a repeat stand on a removed block within a pass; across passes, the
    block a copy repeats may go later (a title printed twice, whose first copy then becomes the
    headline). The copy has the same text, so it is what its original is: the removal is
    re-attributed to the original's rule, and no repeat points at a removed block.
    """
    for index, original in sorted(copies.items()):
        while original in copies and removals[original] is not None and removals[original].ref is not None:
            original = copies[original]
        mark = removals[original]
        if mark is not None and removals[index] is not None and mark.ref is None:
            removals[index] = copy_of(mark, index, blocks[original].start)


def _ended_article(decision: Decision, index: int, mark: Mark) -> bool:
    """Whether the line ``index`` that ``mark`` removes is a box's past the article's end as the
    guard followed it (:attr:`Decision.article_end`): a later pass, without it in view, still
    ends the article there (:attr:`cleaner.engine.body.Body.boxes_before`). A box's line inside
    the article (a "Read more" under each entry of a list it ends with) ends nothing."""
    return decision.article_end is not None and index >= decision.article_end and heads_box(mark)


def _removed_runs(origin: list[int]) -> Iterator[range]:
    """For each block of the view (document blocks ``origin``), the document's blocks removed
    between it and the view's block before it (empty where nothing was)."""
    previous = -1
    for index in origin:
        yield range(previous + 1, index)
        previous = index


def _chrome_before(chrome: list[int], origin: list[int]) -> list[int]:
    """For each block of the view, the ``chrome`` weight of the document's blocks removed just before it."""
    return [sum(chrome[run.start : run.stop]) for run in _removed_runs(origin)]


def _removed_before(origin: list[int], among: Sequence[bool] | None = None) -> list[int]:
    """For each block of the view, how many removed blocks stood just before it (0 where none did);
    only those flagged ``among``, where given."""
    if among is None:
        return [len(run) for run in _removed_runs(origin)]
    return [sum(among[run.start : run.stop]) for run in _removed_runs(origin)]


def _in_view(lines: frozenset[int], origin: list[int]) -> frozenset[int]:
    """The document's ``lines`` still in the view of blocks ``origin``, renumbered."""
    if not lines:
        return lines
    return frozenset(place for place, index in enumerate(origin) if index in lines)


def _view(blocks: list[Block], origin: list[int]) -> list[Block]:
    """The blocks still kept, renumbered, each with a gap before it when the text rebuilt from
    them would have one (see :func:`cleaner.engine.blocks.join_blocks`); offsets stay the input's.
    A block before the first removal is the same block; the others are built from their fields
    (``Block._replace`` costs five times as much), by position: the loop runs on every kept line
    of every later pass."""
    if len(origin) == len(blocks):
        return blocks
    view: list[Block] = []
    append = view.append
    previous = -1
    for index, original in enumerate(origin):
        block = blocks[original]
        gap = block[4]  # gap_before
        if not gap and original != previous + 1:  # a blank line before a removed block stays
            gap = any(blocks[removed][4] for removed in range(previous + 1, original))
        if index == original and (gap or index != 0):  # nothing removed before it
            append(block)
        else:
            append(block_of((index, block[1], block[2], block[3], gap or index == 0, block[5], block[6])))
        previous = original
    return view


def _domain(url: str | None) -> str | None:
    return host(url).removeprefix("www.") or None
