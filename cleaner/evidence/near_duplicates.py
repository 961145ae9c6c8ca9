"""The same story across outlets: wire copy printed by several sites, or an LLM rewrite of it.

Verbatim copies share long word n-grams; rewrites do not (word 5-gram Jaccard is 0.06-0.11
between a story and its rewrite), but they keep the story's content words, names and numbers.
So a document's features are its content words (lower case, function words dropped, a plural
"s" folded) and the pairs of adjacent content words ("military command", "pete hegseth"), which
also catch quoted phrases. Pairs separate a rewrite (Jaccard 0.26-0.32 on the seeds) from another
outlet's own report of the same event (at most 0.14) better than words alone (0.37-0.43 against
0.26).

Features come from the document's prose inside its body (:attr:`cleaner.engine.body.Body.core`), so
chrome that pages of one site share (footers, related-story teasers) does not make two different
stories of a site look alike. A document with fewer than ``min_words`` distinct content words is
never paired by its features: in a short text a template (two shops' promotion terms) overlaps
as much as a rewrite does. Exact copies are marked whatever their length: a short document
whose text is byte for byte an earlier one's is that one's duplicate, with score 1.0.

The index is MinHash by one-permutation hashing (one xxhash per feature, 128 bins, empty bins
filled from their neighbour), cut into 64 bands of 2 rows for locality-sensitive hashing. A pair is a
candidate when it shares at least two band keys: probability 0.89 at Jaccard 0.24, 0.98 at 0.3,
and 0.0003 at the 0.02 of two unrelated pages (with one shared key it would be 0.025, and on
Zipf-distributed text the comparisons per document grew with the batch: 3.8 ms a document at
20,000 documents, against 0.12 ms with two). Each bucket keeps its first ``bucket_size``
representatives, so the work per document is bounded and a million documents are never compared
pairwise. Every candidate is verified with the exact Jaccard of the two feature sets (skipped
when the sizes alone rule the threshold out), and that score is what is reported.

Memory is bounded: band keys sit in sorted arrays (8 bytes a key, where a dict took about 100),
feature sets in a temporary SQLite file until a candidate needs them, and the index remembers
the latest ``max_stories`` representatives (0.6 KB of objects each by ``tracemalloc``, 0.9 KB
of resident memory in a batch).

Clusters are greedy in input order: a document is a duplicate of the earliest earlier
*representative* (a document that is no one's duplicate) whose score reaches the threshold, so
duplicates never chain across drifting rewrites. Built on xxhash and the standard library:
datasketch would add numpy and scipy for a sketch this module computes in one pass per document.
"""

from __future__ import annotations

import sqlite3
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, deque
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from itertools import islice, pairwise, repeat
from operator import and_, eq, getitem, sub
from typing import NamedTuple

import xxhash

from cleaner.engine.blocks import Block, find_words, segment
from cleaner.engine.body import Body

THRESHOLD = 0.24
"""Exact Jaccard of features at which two documents carry the same story. Seeds: rewrites score
0.26 and 0.32 raw, 0.33 and 0.41 cleaned; other outlets' reports of the same event at most 0.14
(0.16 cleaned). Bench dev pages (distinct stories): at most 0.18 from their full text, 0.22
cleaned (two pages of one theatre's site sharing a credits line and a comment form), 0.13 from
their gold; one pair scores 1.0 and is a true duplicate (one page crawled under two URLs)."""
SAME_SITE_THRESHOLD = 0.6
"""For two pages of one site, whose shared template text survives cleaning: distinct stories of
one news site scored up to 0.36 on cleaned text, the same page crawled twice 1.0 (0.62 on its
article text alone). Across outlets, where templates differ, :data:`THRESHOLD` applies."""
MIN_WORDS = 100
"""Distinct content words both documents need (about 200 running words, a short news story)."""
BANDS = 64
ROWS = 2
MIN_SHARED_BANDS = 2
"""Band keys a document must share with an earlier one to be compared with it. One shared band
is what two unrelated documents (Jaccard 0.02-0.05) often have, so with one the comparisons per
document grow with the batch; two keep them flat, and still find a pair at the threshold 89% of
the time, at Jaccard 0.3 98% and at 0.4 (the seeds' rewrites) more than 99.9%."""
BUCKET_SIZE = 32
"""Representatives a bucket remembers; a bucket this full is a common feature pair, not a story."""
MAX_STORIES = 1_000_000
"""Representatives the index remembers (just under 1 KB of memory each, so at most about 0.9 GB,
and their features on disk); a batch with more distinct stories forgets its oldest ones first."""
FEATURE_CACHE_KIB = 16_384
"""Memory SQLite may use to cache stored feature sets; the rest stays in its temporary file."""

_MASK32 = 0xFFFFFFFF

STOPWORDS = frozenset(
    str.split("""
    a about above across after again against all almost also although always am among an and
    another any are around as at be because been before being below between both but by can
    could did do does doing down during each either else even ever every few for from further
    had has have having he her here hers herself him himself his how however i if in into is it
    its itself just least less many may me might more most much must my myself neither no nor
    not now of off often on once one only or other others our ours ourselves out over own per
    perhaps rather same several shall she should since so some still such than that the their
    theirs them themselves then there therefore these they this those though through thus to
    too under until up upon us very via was we were what whatever when where whether which while
    who whom whose why will with within without would yet you your yours yourself yourselves
    said says say saying told according
    """)
)
"""English function words and the reporting verbs every story uses; they say nothing about
which story a text tells."""


def story_text(text: str, blocks: Sequence[Block] | None = None, keys: Sequence[str] | None = None) -> str:
    """The prose of the document's body: the blocks a rewrite keeps and chrome does not touch.
    ``blocks``: ``segment(text)`` when the caller has it (a cleaning result's kept blocks), and
    ``keys`` their comparison keys (the result's, which the body reads)."""
    blocks = segment(text) if blocks is None else blocks
    core = Body(blocks, keys).core
    chosen = [blocks[i].text for i in core if blocks[i].is_prose]
    if len(chosen) < 2:
        chosen = [block.text for block in blocks if block.is_prose] or [block.text for block in blocks]
    return "\n".join(chosen)


def content_words(text: str) -> list[str]:
    """Content words in order: lower case, no function words, short words only when numbers."""
    words = find_words(text.casefold())
    forms = list(map(_CONTENT_FORMS.get, words))
    if None in forms:
        forms = [_content_form(word) if form is None else form for word, form in zip(words, forms, strict=True)]
    return list(filter(None, forms))


_CONTENT_FORMS: dict[str, str] = {}
"""Each word met (lower case) -> its content form, or "" where it is not a content word. Words
recur from page to page, so most are looked up, not worked out again."""
CONTENT_FORMS_LIMIT = 1 << 15
"""Words :data:`_CONTENT_FORMS` holds (about 3 MB); emptied when it fills up."""


def _content_form(word: str) -> str:
    """A plural "s" folded (not "ss"); "" for a function word, or a word under three letters that
    is not a number."""
    if word in STOPWORDS or not (len(word) > 2 or word.isdigit()):
        form = ""
    elif len(word) > 4 and word[-1] == "s" and word[-2] != "s":
        form = word[:-1]
    else:
        form = word
    if len(_CONTENT_FORMS) >= CONTENT_FORMS_LIMIT:
        _CONTENT_FORMS.clear()
    _CONTENT_FORMS[word] = form
    return form


@dataclass(frozen=True, slots=True)
class Signature:
    """What the index keeps of a document: feature hashes for the exact score, band keys to look up."""

    words: int
    """Distinct content words."""
    features: array
    """The distinct 32-bit hashes of content words and adjacent pairs (in no particular order)."""
    bands: array
    """64-bit band keys."""
    exact: int = 0
    """Hash of the whole text, byte for byte, for exact copies too short for the features."""

    def __reduce__(self) -> tuple[type[Signature], tuple[int, array, array, int]]:
        """Workers send a signature with every output: as its two arrays' bytes this pickles in a
        third of the time the dataclass's own state does (3.8 against 11.7 us a document)."""
        return Signature, (self.words, self.features, self.bands, self.exact)


def signature(
    text: str,
    *,
    bands: int = BANDS,
    rows: int = ROWS,
    blocks: Sequence[Block] | None = None,
    keys: Sequence[str] | None = None,
) -> Signature:
    """The document's features, and its MinHash band keys by one-permutation hashing (``blocks``:
    ``segment(text)`` when the caller has it; ``keys``: their comparison keys, see :func:`story_text`)."""
    words = content_words(story_text(text, blocks, keys))
    distinct = set(words)
    units = distinct.union(map(" ".join, pairwise(words)))
    hashes = list(map(xxhash.xxh3_64_intdigest, map(str.encode, units)))
    bins = bands * rows
    least = [_NO_HASH] * bins  # a bin's least hash holds its least rest: a hash is its bin plus bins times that
    for value in hashes:
        slot = value % bins
        if value < least[slot]:
            least[slot] = value
    minima = [None if value == _NO_HASH else value // bins for value in least]
    keys = array("Q")
    if hashes:
        packed = array("Q", _densify(minima)).tobytes()
        width = 8 * rows
        keys.extend(
            map(
                xxhash.xxh3_64_intdigest,
                [packed[start : start + width] for start in range(0, bins * 8, width)],
                range(bands),
            )
        )
    features = array("I", set(map(and_, hashes, repeat(_MASK32))))
    return Signature(len(distinct), features, keys, xxhash.xxh3_64_intdigest(text.encode("utf-8", "surrogatepass")))


_NO_HASH = 1 << 64
"""Above every 64-bit hash: the least hash of a bin no hash fell in."""


def _densify(minima: list[int | None]) -> list[int]:
    """Fill each empty bin from the next non-empty one, mixed with the distance (rotation
    densification), so short documents still give every band a key."""
    size = len(minima)
    filled = list(minima)
    for slot in [slot for slot, value in enumerate(minima) if value is None]:
        distance = 1
        while (found := minima[(slot + distance) % size]) is None:
            distance += 1
        filled[slot] = xxhash.xxh3_64_intdigest(array("Q", [found, distance]).tobytes())
    return filled  # type: ignore[return-value]  # every None was replaced


def similarity(a: Signature, b: Signature) -> float:
    """Exact Jaccard of the two documents' feature sets."""
    return _jaccard(a.features, b.features)


def _jaccard(a: array, b: array) -> float:
    return _jaccard_of_set(set(a), b) if a and b else 0.0


def _jaccard_of_set(mine: set[int], theirs: array) -> float:
    """Jaccard of a feature set and a feature array, both of distinct values (the set built once
    per document, however many candidates it is compared with)."""
    shared = len(mine.intersection(theirs))
    return shared / (len(mine) + len(theirs) - shared)


class DuplicateIndex:
    """Documents added in input order; each is checked against earlier representatives only.

    Memory stays bounded however long the batch: band keys take 8 bytes each in sorted arrays
    (:class:`_BandTable`), feature sets wait on disk (:class:`_FeatureStore`) until a candidate
    needs them, and only the latest ``max_stories`` representatives are remembered: when the
    index is full, the oldest quarter is forgotten, and a later copy of one of those stories
    starts a story of its own.
    """

    def __init__(
        self,
        *,
        threshold: float = THRESHOLD,
        same_site_threshold: float = SAME_SITE_THRESHOLD,
        min_words: int = MIN_WORDS,
        bands: int = BANDS,
        rows: int = ROWS,
        bucket_size: int = BUCKET_SIZE,
        max_stories: int = MAX_STORIES,
    ) -> None:
        if not 0 < threshold <= 1:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        if max_stories < 4:
            raise ValueError(f"max_stories must be at least 4, got {max_stories}")
        self.threshold = threshold
        self.same_site_threshold = same_site_threshold
        self.min_words = min_words
        self.bands = bands
        self.rows = rows
        self.bucket_size = bucket_size
        self.max_stories = max_stories
        self._first = 0
        """Number of the oldest representative still remembered; the lists below start there."""
        self._ids: list[Hashable] = []
        self._sites: list[str | None] = []
        self._sizes = array("I")
        self._bands = _BandTable()
        self._features = _FeatureStore()
        self._short: dict[int, Hashable] = {}
        """First id of each short text (under ``min_words``), by :attr:`Signature.exact`; insertion
        ordered, so the oldest are forgotten first, past ``max_stories``."""

    def add(self, doc_id: Hashable, text: str, site: str | None = None) -> tuple[Hashable, float] | None:
        """Add one document; returns ``(id of the representative it duplicates, score)`` or None.

        ``site``: the document's site, when known; two pages of one site need
        ``same_site_threshold``, since their shared template inflates the score.
        """
        return self.add_signature(doc_id, signature(text, bands=self.bands, rows=self.rows), site)

    def add_signature(
        self, doc_id: Hashable, found: Signature, site: str | None = None
    ) -> tuple[Hashable, float] | None:
        """:meth:`add` for a document whose :func:`signature` was computed elsewhere (a worker)."""
        if found.words < self.min_words:
            return self._exact_copy(doc_id, found)
        if len(found.bands) != self.bands:
            raise ValueError(f"signature has {len(found.bands)} bands; this index uses {self.bands}")
        places = self._bands.places(found.bands.tolist())
        shared_bands = Counter(self._bands.numbers(places))
        candidates = sorted(number for number, count in shared_bands.items() if count >= MIN_SHARED_BANDS)
        mine: set[int] | None = None
        size = len(found.features)
        for number in candidates:
            slot = number - self._first
            theirs = self._sizes[slot]
            same_site = site is not None and site == self._sites[slot]
            needed = self.same_site_threshold if same_site else self.threshold
            if min(size, theirs) < needed * max(size, theirs):
                continue  # Jaccard is at most the smaller set's size over the larger's
            mine = set(found.features) if mine is None else mine
            score = _jaccard_of_set(mine, self._features.get(number))
            if score >= needed:
                return self._ids[slot], round(score, 4)
        if len(self._ids) >= self.max_stories:
            self._forget_oldest(self.max_stories // 4)
            places = self._bands.places(found.bands.tolist())
        number = self._first + len(self._ids)
        self._ids.append(doc_id)
        self._sites.append(site)
        self._sizes.append(size)
        self._features.put(number, found.features)
        self._bands.add(places, number, self.bucket_size)
        return None

    def _exact_copy(self, doc_id: Hashable, found: Signature) -> tuple[Hashable, float] | None:
        """A short document is a duplicate only of an earlier one with the very same text."""
        if not found.words:
            return None  # nothing to call a story: an empty text, a line of symbols
        earlier = self._short.get(found.exact)
        if earlier is not None:
            return earlier, 1.0
        if len(self._short) >= self.max_stories:
            for key in list(islice(self._short, self.max_stories // 4)):
                del self._short[key]
        self._short[found.exact] = doc_id
        return None

    def _forget_oldest(self, count: int) -> None:
        self._first += count
        del self._ids[:count], self._sites[:count], self._sizes[:count]
        self._bands.forget_before(self._first)
        self._features.forget_before(self._first)


class _Places(NamedTuple):
    """Where a document's band keys are filed in a :class:`_BandTable`, or would be: found once
    per document, for its lookup and, when it becomes a representative, its filing."""

    parts: list[int]
    """Each key's partition."""
    rests: list[int]
    """The part of each key that is stored."""
    held: list[array]
    """Each key's partition's key array."""
    starts: list[int]
    """Each key's first entry (where it would go, if it has none)."""
    ends: list[int]
    """Past each key's last entry: ``starts`` for a key with none."""


class _BandTable:
    """Band key -> representatives that have it, oldest first: for each of 32,768 partitions (the
    key's top 15 bits) a sorted array of its next 31 bits and a parallel array of representative
    numbers. An entry takes 8 bytes (a dict of ints takes about 100, 6 KB a document for 64
    bands). Every key array ends with :data:`_END`, above any stored key, so a bisection never
    runs off its end, and a document's 64 lookups and filings are a few calls that loop in C."""

    PARTITIONS = 1 << 15
    _END = 0xFFFFFFFF

    def __init__(self) -> None:
        self._keys = [array("I", [self._END]) for _ in range(self.PARTITIONS)]
        self._numbers = [array("I", [0]) for _ in range(self.PARTITIONS)]

    def places(self, keys: Sequence[int]) -> _Places:
        """Where each of ``keys`` is filed; valid until the table changes."""
        parts = [key >> 49 for key in keys]
        rests = [(key >> 18) & 0x7FFFFFFF for key in keys]
        held = list(map(self._keys.__getitem__, parts))
        starts = list(map(bisect_left, held, rests))
        if not any(map(eq, map(getitem, held, starts), rests)):  # a story that shares no band
            return _Places(parts, rests, held, starts, starts)
        return _Places(parts, rests, held, starts, list(map(bisect_right, held, rests, starts)))

    def numbers(self, places: _Places) -> list[int]:
        """The representatives filed under each key of ``places``, one entry per key that has them."""
        if places.starts == places.ends:  # most documents share no band with an earlier one
            return []
        found: list[int] = []
        for part, start, end in zip(places.parts, places.starts, places.ends, strict=True):
            if start != end:
                found.extend(self._numbers[part][start:end])
        return found

    def add(self, places: _Places, number: int, limit: int) -> None:
        """File ``number`` under each key of ``places`` that holds fewer than ``limit`` representatives,
        after the ones filed before it."""
        parts, rests, held, starts, ends = places
        if len(set(parts)) < len(parts):  # two keys in one partition: the second's place moves
            self._add_one_by_one(parts, rests, number, limit)
            return
        if starts is not ends and max(map(sub, ends, starts)) >= limit:  # a key that holds enough
            room = [slot for slot, (start, end) in enumerate(zip(starts, ends, strict=True)) if end - start < limit]
            parts, rests, held, ends = ([values[slot] for slot in room] for values in (parts, rests, held, ends))
        deque(map(array.insert, held, ends, rests), maxlen=0)
        deque(map(array.insert, map(self._numbers.__getitem__, parts), ends, repeat(number)), maxlen=0)

    def _add_one_by_one(self, parts: list[int], rests: list[int], number: int, limit: int) -> None:
        for part, rest in zip(parts, rests, strict=True):
            stored = self._keys[part]
            end = bisect_right(stored, rest)
            if stored[end - 1] == rest and end - bisect_left(stored, rest, 0, end) >= limit:
                continue  # (at end 0, stored[-1] is the end mark, never equal)
            stored.insert(end, rest)
            self._numbers[part].insert(end, number)

    def forget_before(self, first: int) -> None:
        """Drop the entries of representatives numbered below ``first``."""
        for part, numbers in enumerate(self._numbers):
            if len(numbers) == 1 or min(numbers[:-1]) >= first:
                continue
            keys = self._keys[part]
            kept = [slot for slot in range(len(numbers) - 1) if numbers[slot] >= first]
            self._keys[part] = array("I", [*(keys[slot] for slot in kept), self._END])
            self._numbers[part] = array("I", [*(numbers[slot] for slot in kept), 0])


class _FeatureStore:
    """Representatives' feature sets (2-3 KB a story) in a private temporary SQLite database, which
    SQLite deletes when it is closed; they are read back only to verify a candidate. The database
    is opened at the first story, so a batch that indexes none never makes one, and worker
    processes forked before then do not inherit the connection."""

    def __init__(self) -> None:
        self._db: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = sqlite3.connect("", isolation_level=None, check_same_thread=False)
            for pragma in ("journal_mode = OFF", "synchronous = OFF", f"cache_size = -{FEATURE_CACHE_KIB}"):
                self._db.execute(f"PRAGMA {pragma}")
            self._db.execute("CREATE TABLE features (number INTEGER PRIMARY KEY, hashes BLOB NOT NULL)")
            self._db.execute("BEGIN")  # one transaction, never committed: the file dies with the index
        return self._db

    def put(self, number: int, features: array) -> None:
        self._connection().execute("INSERT INTO features VALUES (?, ?)", (number, features.tobytes()))

    def get(self, number: int) -> array:
        (blob,) = self._connection().execute("SELECT hashes FROM features WHERE number = ?", (number,)).fetchone()
        found = array("I")
        found.frombytes(blob)
        return found

    def forget_before(self, first: int) -> None:
        self._connection().execute("DELETE FROM features WHERE number < ?", (first,))


def find_duplicates(
    docs: Iterable[tuple[Hashable, str]],
    *,
    threshold: float = THRESHOLD,
    min_words: int = MIN_WORDS,
) -> dict[Hashable, tuple[Hashable, float]]:
    """Map each document that repeats an earlier story to ``(id of the first document of that
    story in input order, similarity score)``; documents not listed are first or alone.

    Deterministic: the same documents in the same order give the same answer; the order matters
    only in deciding which document is "first".
    """
    index = DuplicateIndex(threshold=threshold, min_words=min_words)
    found: dict[Hashable, tuple[Hashable, float]] = {}
    for doc_id, text in docs:
        match = index.add(doc_id, text)
        if match is not None:
            found[doc_id] = match
    return found
