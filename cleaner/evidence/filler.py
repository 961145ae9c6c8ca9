"""Score prose blocks for AI-rewrite filler: paragraphs that restate the article and add no fact.

Content farms pass wire copy through a language model, which keeps the facts and pads them with
paragraphs of commentary ("Overall, the visit highlighted the strategic importance of ...").
What makes such a paragraph filler is not its vocabulary but what it adds: nothing. A block is
filler only when these agree:

* **no new fact** (a gate): no number, date, quote, attribution or named entity that the rest of
  the document does not already carry;
* **generic terms**: most of its content words are generic (abstract, evaluative, forward-looking,
  the page talking about itself); the others lower the score: those the article's other
  paragraphs use (**echo**: the paragraph carries on the account) and those no other paragraph
  uses that are specific (**novelty**). A new word that most real articles use whatever their
  topic (a table learned from real text, not written by hand) is neither: filler talks around a
  story in everyday words;
* **nothing specific**: a paragraph that names, counts and dates nothing at all, not even what the
  article already stated, and uses no specific word, adds a little: real paragraphs without a new
  fact mostly still point at the story's people, places, numbers or things;
* **length**: filler says little; a long fact-free paragraph explains, and a long page has many
  fact-free paragraphs that could be mistaken, so both raise the bar;
* **markers**: stock phrases and LLM-overused words add evidence; **position**: opening and
  closing paragraphs and runs of candidates reaching them add a little, and so does a paragraph
  alone between two of the article's own; **narration**: a verb in the simple past takes a little
  away (a real paragraph tells what happened; filler evaluates and looks ahead); **judging**: a
  sentence that calls the story something ("It is a film that lingers", "What a sight.") adds
  evidence whatever its words, found by its shape, not by a word list.

Filler is relative to an article with facts: a page with fewer than two prose paragraphs that
are not fact-free candidates, or whose prose is mostly fact-free generic paragraphs (marketing copy, SEO text,
market commentary), or whose other paragraphs hardly report (no one quoted, nothing dated: a guide) and do not read as a
news story all the same (:func:`_news_story`), or whose body
shows the signs of a guide, a comparison, sales copy or a blurb (headings or list items, "you",
imperative advice, product talk: :func:`guide_signs`) and dates next to nothing, gets no verdicts;
its generic prose is its content.

The vocabulary (phrases, leftovers, word lists) is rule data: the ``ai_filler`` rule module
builds a :class:`Lexicon` from it and hands it in, one for each language, with what the scoring
reads of that language's grammar (attribution, dates, narration, the first and second person,
sentences that judge, whether nouns are capitalised); the scoring is the same in every language.
Scoring is separate from the decision: :func:`score_page` returns a :class:`Verdict` per
candidate block with its markers, generic share, novelty, echo and score; the caller compares the
score with :func:`threshold` and records both.

The phrase patterns are curated literals and short alternations with no nested quantifiers, so
they use the standard ``re`` engine (faster here than ``regex``) without a timeout.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain, pairwise
from math import log

from cleaner.engine.blocks import Block

TEXT_MEMO = 1 << 10
"""Paragraph texts whose features each memo remembers: cleaning runs to a fixed point, so a
page's paragraphs are scored again on the next pass. A thousand covers a page; 65,536 made a
worker's memory grow over the first 100,000 documents of a batch (43 to 74 MiB, with the line
memo below) for no measurable speed."""

WORD_MEMO = 1 << 14
"""Words whose stem is remembered: English prose reuses a few thousand words most of the time."""

DEFAULT_SENSITIVITY = 0.5
"""Middle of the 0..1 range: threshold 2.1."""

_THRESHOLDS = ((0.0, 5.0), (DEFAULT_SENSITIVITY, 2.1), (1.0, 1.8))
"""Sensitivity to threshold, linear between these points. The default keeps real article
paragraphs well under 0.3 removals per 1,000 over whole bodies (0.02; ``bench/ai_filler_fp.py``;
0.02 at 1), and near it per 1,000 judged on short pages cut from them (0.33); 1 is as
low as the generated development set and the corpus lose no body paragraph (the short concrete
reports "The researchers now plan to repeat the test with bumblebees." and "The diaries can be
searched by town and by date." go at 1.6); 0 removes only blatant filler."""


def threshold(sensitivity: object) -> float:
    """Score a block needs to be filler, from ``ai_filler.sensitivity`` (0 = only blatant filler,
    1 = aggressive; default 0.5 gives 2.1). Values outside 0..1 are clamped; junk means default."""
    try:
        value = float(sensitivity)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        value = DEFAULT_SENSITIVITY
    if value != value:  # NaN
        value = DEFAULT_SENSITIVITY
    value = min(1.0, max(0.0, value))
    for (low, at_low), (high, at_high) in pairwise(_THRESHOLDS):
        if value <= high:
            return round(at_low + (at_high - at_low) * (value - low) / (high - low), 2)
    return _THRESHOLDS[-1][1]


MIN_GENERIC = 0.3
"""Share of generic content words (or marker phrases weighing ``MIN_PHRASE_EVIDENCE``) a block
needs to be a candidate at all, whatever the sensitivity: a paragraph in plain concrete words is
never filler, however little it adds."""
MIN_PHRASE_EVIDENCE = 2.0
STUFFING_WEIGHT = 2.0
"""A marker the engine finds itself: a phrase repeated for search engines ("city budget vote news")."""
STUFFING_LABEL = "repeated keyword phrase"
"""Its echo of the article costs a stuffed paragraph nothing: a keyword string ("Hadley Moor solar
farm news, solar farm planning news") is made of the article's own terms, which is what it stuffs."""
JUDGING_LABEL = "judges the story"
JUDGING_WEIGHT = 1.2
"""A sentence that calls the story something ("It is a film that lingers", "it's a story worth
watching", "This was a night he will carry", "What a sight."): it judges what the article told
instead of telling more. Found by its shape (:data:`_JUDGING`), whatever the words of the judgment,
and such a paragraph is a candidate however few of its words are generic. On the hand-written sets
and the real gold bodies cut into short pages, it finds a tenth more of the filler scored between
0.5 and the default threshold and none of the real paragraphs there; the pages where real prose
says it most (reviews, guides, tool comparisons) stand down before scoring."""
STUFFED_PAIR = 3
"""Times a pair of content words must be said in one paragraph (of at least three times as many
words) to be stuffing: a name or a search phrase repeated, which prose varies or says once."""
STUFFED_PHRASES = 2
"""Pairs of content words each said twice in one paragraph that make it stuffing too: a search
phrase of three words said again ("free hospital parking"), or two phrases each said again."""
MIN_CONTENT_WORDS = 4
"""Fewer content words than this say too little to judge (and such lines are rarely prose), unless
every one of them, :data:`MIN_GENERIC_WORDS` or more, is generic."""
MIN_GENERIC_WORDS = 2
"""Content words a short line needs, all of them generic, to be judged: a sentence of filler says
nothing in a few stock words ("As ever, much will depend on what comes next.", "Stay with us for
updates."), while a short line of the article's own names what it tells ("The trial continues.",
"Nobody was hurt.")."""
GENERIC_WEIGHT = 3.0
CONTRAST_WEIGHT = 3.0
"""Score per unit of generic share above the page's own (the median of its other prose paragraphs):
filler stands out from the article it pads, while a guide or a sales page is generic throughout."""
NOVELTY_WEIGHT = 3.0
"""Score lost per unit of **novelty**, the share of a block's content words that no other paragraph
uses and that are specific: not among the words most real articles use whatever their topic (the
lexicon's ``common_stems``, learned from real text). Filler brings new words too, but everyday ones
("it can ripple through every household's morning routine"); a real paragraph's new words name
something ("repeat the test with bumblebees")."""
PHRASE_WEIGHT = 0.6
PHRASE_CAP = 6.0
"""Markers add evidence up to this much: a pile of stock phrases cannot outweigh novelty."""
WORD_WEIGHT = 20.0
"""Score per unit of LLM-word density above the base rate of news prose."""
WORD_BASE_RATE = 0.03
WORD_CAP = 1.0
READER_BONUS = 0.5
"""A paragraph that talks to the reader on a page whose report does not (see :data:`READER_SHARE`)
is the rewrite's own voice ("Stay tuned", "Here's what you need to know")."""
EDGE_BONUS = 0.5
"""Opening and closing paragraphs, and runs of candidates reaching them, are where filler sits."""
NARRATION_WEIGHT = 0.5
"""Score lost by a paragraph with a verb in the simple past (:data:`_PAST`): it tells what happened
("Police released images ...", "The attackers got in through a test server ..."), while filler
evaluates, generalises and looks ahead in the present and the future. A quarter of the hand-written
sets' filler that reaches scoring has one, two thirds of the real paragraphs that do."""
ACTOR_WEIGHT = 0.5
"""Score lost by a paragraph that opens on one of the article's people by pronoun ("They hope for
government funding ...", "She said ..."): it carries on the account of what they do, while filler
speaks about the story ("It is a reminder ...", "This is ..."). Of the development sets' paragraphs
so opened, 33 are the article's and 3 filler."""
BETWEEN_BONUS = 0.5
"""A suspect alone between two lines that are not (:func:`_between_facts`): filler inserted into an
article comes a paragraph at a time between its fact paragraphs, while the fact-free stretches of a
guide or a discussion run on. On the hand-written sets' middle filler and the real pages cut into
short ones (``bench/ai_filler_fp.py``), at equal false positives it finds a sixth more of the middle
filler. :func:`_best_score` bounds a score with the larger of this and :data:`EDGE_BONUS`."""
ECHO_WEIGHT = 3.0
"""Score lost per unit of **echo**, the share of a block's content words that are neither generic
nor its own but the article's (used by a paragraph that is not a suspect). A paragraph without a
new fact that goes on in the article's particular terms is part of its account (context, a
caveat, what happens next); filler talks around the story in terms of its own. Measured on the
fact-free paragraphs that reach scoring: a fifth of the content words of real ones echo their
article, a fourteenth of rewrite filler's. Novelty counting every new word barely told them apart
(0.29 and 0.28); counting only specific ones (see :data:`NOVELTY_WEIGHT`) it weighs as much."""
EVERYDAY_WEIGHT = 0.8
"""Score per unit of **everyday** share, the share of a block's content words that no other paragraph
uses and that most real articles use whatever their topic (the lexicon's ``common_stems``): filler
talks around the story in words of its own, but plain ones ("the mood on the quay has been one of
quiet pride"), where a real paragraph without a new fact goes on in the article's terms (echo) or
names something (novelty). Not for a paragraph that narrates, nor beyond what its marker phrases
already scored (:func:`_everyday_bonus`). On the hand-written development sets at the default it
finds 8 more of their 555 filler paragraphs and no body paragraph, and takes none more of the real
gold bodies cut into short pages; at 1.0 a stilted body line of the generated set ("The seats are
fitted in every car but ...") went at sensitivity 1."""
DETACHED_LABEL = "detached from the article"
DETACHED_WEIGHT = 0.7
"""Score added to a paragraph detached from the article (:func:`_detached`): none of its words but
the generic ones is used by another paragraph, and it names, counts, quotes and attributes nothing,
not even what the article already said. Filler talks around the story in words of its own, vivid
or plain ("It got me a bit teary", "There was joy in it, and nerves"), where a real paragraph
without a new fact goes on in the article's terms. Of the paragraphs without a new fact scoring
from 0 to under the default threshold, 36 of the hand-written tuning sets' 70 filler paragraphs
are so detached (16 of them lifted over it), and 2 of the 65 real ones on the gold bodies cut into
short pages, neither lifted; at 0.9 both go (a list item of advice, a company's plans)."""
NOTHING_SPECIFIC_BONUS = 0.4
"""A paragraph that names, counts, dates and quotes nothing at all, not even what the article
already stated, speaks in generalities: the fact-free paragraphs of real articles still mostly
point at the story's people, places or numbers (two in three of those that reach scoring), while
rewrite filler rarely does (one in nine). No word list decides this, so it holds for wording
the lexicon has never seen."""
SECTION_WEIGHT = 3.2
"""Score lost by a suspect right before or after a subheading inside the body (:func:`_beside_heading`):
it opens or closes a section of the page ("Final note on taxes", "Limitations of real-time
detection"), which is how guides, reports and reviews are built; a rewrite inserts its filler
between the article's paragraphs, not at its section breaks. On the real gold bodies cut into short
pages it took four paragraphs so placed; of the hand-written sets' filler, two paragraphs of the
set written with subheadings (``handwritten_j``) sit there, and one of them now stays."""
UNDATED_WEIGHT = 0.6
"""Score lost by every suspect of a page none of whose other paragraphs dates anything (a day and
month, a weekday, "last week": :func:`_dates`): a news story padded by a rewrite tells when things
happened, while essays, columns, fiction and blurbs mostly do not. A weight, not a gate: a rewrite
of an undated story still loses its blatant filler."""
MIN_FACT_PARAGRAPHS = 2
"""Prose paragraphs that are not fact-free candidates a page needs before any of its paragraphs can be filler."""
QUIET_NOTE = "ai_filler.quiet"
"""The document note holding the judged lines of the last page that left scoring early."""
MAX_PROSE = 20
"""Prose paragraphs beyond which a page is not judged: on a long page every word echoes somewhere,
so novelty says nothing, and rewrites padded with filler are article-length."""
LONG_PAGE_FROM = 7
LONG_PAGE_WEIGHT = 0.3
"""Score lost per prose paragraph beyond :data:`LONG_PAGE_FROM`: every fact-free paragraph of a page
is one more chance to mistake the article's own context or explanation for filler, and a long page
has many (the real pages' fact-free paragraphs that reach scoring sit on pages of 11 prose paragraphs
at the median), while a rewrite padded with filler is a short news story. The bar a paragraph must
clear rises with the number of paragraphs that could clear it."""
EXPLAINING_WORDS = 16
EXPLAINING_WEIGHT = 1.5
EXPLAINING_CAP = 1.5
"""A fact-free paragraph's length speaks too, whatever its words: filler says little (a median of 9
distinct content words in the hand-written sets' filler), while the fact-free paragraphs of real
articles explain, qualify or set the scene at length (a median of 18). A paragraph with more than
``EXPLAINING_WORDS`` content words loses ``EXPLAINING_WEIGHT`` times the log of how many times more
it has, at most ``EXPLAINING_CAP``. Shortness earns nothing: a short concrete report ("Police released
images from a security camera") is as short as filler."""
LIST_PAGE_GAPS = 2
"""Prose lines set apart by a blank line a page needs before its lines without one count as list
items: text with no blank lines at all says nothing about lists."""
SHORT_SENTENCE_WORDS = 3
"""Words a line shorter than prose needs to be judged as a sentence of its own: three ("We'll see.",
"Small steps, perhaps."); such a line still needs all its content words generic to be a candidate
(:data:`MIN_GENERIC_WORDS`). From five to three, the hand-written sets lose two more filler lines
and the real gold bodies cut into short pages none more (138 more lines judged)."""
STAND_DOWN_SHARE = 0.5
"""A page more than this share of whose prose paragraphs are fact-free candidates is generic prose
itself (marketing, SEO, commentary): it has no filler."""
READER_PAGE_SHARE = 2 / 3
"""A page more than half of whose prose paragraphs address the reader talks to its reader
throughout, filler or not: a report padded by a rewrite still reports in the third person."""
MIN_FACT_SHARE = 1 / 3
"""Share of its prose paragraphs that must state something no other paragraph does (a name, number,
date, quote or attribution) for a page to be a report that filler could pad: below it, the page
explains, advises or sells, and its fact-free paragraphs are its content."""
MIN_REPORT_SHARE = 0.2
"""Share of the paragraphs that are not suspects which must report (:func:`_reports`: someone's word
on record, a quote, a date, a weekday) for the page to be a report that filler could pad. A guide, a
product review or a sales page names things and counts them too, but rarely dates an event or
attributes a statement: on the benchmark's gold bodies cut into short pages, two thirds of the
paragraphs the detector took sat on pages where none of the others reported (144 taken of 21,542
judged without this, 44 with it), while the hand-written rewrites' filler sits on pages where a
quarter to two thirds do. A rewrite of a story that dates and quotes nothing keeps its filler."""
NEWS_STORY_PARAGRAPHS = 3
"""Paragraphs besides the suspects, each with a fact of its own, that make a page which hardly
reports a news story all the same (:func:`_news_story`): two say too little (a guide's introduction
with two counted paragraphs is not a report). On the real gold bodies cut into short pages, judging
such pages took one real paragraph more with two, two more where pages speaking to their reader
counted (a sales page), and none as it stands; the hand-written and generated rewrites it opens
lose eight more filler paragraphs and no body paragraph."""
READER_SHARE = 1 / 3
"""A page more than this share of whose other prose paragraphs (all but the suspects) address the
reader or speak for the writer ("you", "we", "I", "my" outside quotes: :func:`_in_person`) is a blog,
a guide, a sales page or someone's own account: news reports in the third person, so its filler is
what talks to the reader, while a page that does so throughout means it. Only paragraphs that name,
count, date or quote something count: an author's own account says who and what, while a rewrite's
greetings and sign-offs that failed to be suspects ("Morning, friends. Grab a coffee.", "Reply and
tell me what you think.") name nothing and would otherwise make its filler the page's voice."""

GUIDE_SECOND_PERSON = 1 / 4
"""Share of the paragraphs that are not suspects which must speak to "you" for the page to count as
advice: a guide says "you" throughout, a report padded by a rewrite only in its filler."""
GUIDE_PRODUCT_SHARE = 0.03
"""Share of the other paragraphs' words that must be product talk (:attr:`Lexicon.product_words`:
"features", "pricing", "platform") for the page to count as a comparison or sales page."""
DATED_SHARE_PER_SIGN = 1 / 4
"""How much of a page's other paragraphs may date what they tell (a day and month, a weekday, "last
week") for it to stand down as a guide (:func:`guide_signs`): with one or two signs it must date
nothing, with three less than a quarter, with four less than half. News dates its events; a guide,
a tool comparison, sales copy or a blurb rarely does. On the benchmark's gold bodies cut into short
pages, the guides, comparisons, sales copy and blurbs among the paragraphs the detector took dated
nothing while showing one to three signs, or showed all four; of the hand-written and generated
rewrites whose filler it finds, the few that date nothing show no sign, and product news in a
numbered list (list items and product talk) dates one event in four or six."""
MIN_HEADING_WORDS = 2
"""Words a line that is not prose needs to count as a heading (:func:`_heading`): a one-word line
("Image", "Share") is more often chrome than the body's structure."""

_INFLECTIONS = (
    "", "s", "es", "e", "ed", "d", "ing", "ion", "ions", "y", "ies", "ied", "ying", "ly", "al", "ally", "led",
    "ling", "ize", "izes", "ized", "izing", "ise", "ises", "ised", "ising", "ze", "zes", "zed", "zing", "se", "ses",
    "sed", "sing", "ment", "ments", "ation", "ations",
)
_PUNCTUATION = "\"'“”‘’.,;:!?()[]{}*_"
_JUDGING = re.compile(
    r"(?:^|[.!?;:,]\s+)\W*(?:and |but |so )?(?:(?:it|this|that)(?: is|['’]s| was| has been| will be| remains| felt"
    r"| feels| seems)(?: \w+ly)? (?:a|an|one|something|the kind|the sort)\b|there (?:is|was|['’]s) something\b"
    r"|what an? [a-z]+[.!])"
)
"""The shape of a sentence that judges the story (:data:`JUDGING_WEIGHT`), in the lower-cased block."""
_LETTER_RUN = re.compile(r"[a-z]+")
"""What a trigger word is matched against: runs of ASCII letters of the lower-cased block (the
lexicon is English), found in one C call per paragraph."""
_WORD_RUN = re.compile(r"[^\W\d_]+")
"""What a trigger word is matched against in a language written with accents ("témoigne", "über"):
runs of any letters."""
_WORD = re.compile(r"[^\W\d_][\w&-]*(?:[.'’][^\W\d_][\w&-]*)*")
_NUMBER = re.compile(r"\d[\d,.:/]*\d|\d")
_MEASURE = re.compile(r"(\d[\d,.:/]*\d|\d)[ -]([a-z]+)")
"""A number with the word it counts ("6 basis points"): the measure is the fact, so six points
is new beside six members."""
_NUMBER_WORDS = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
    r"|million|billion|trillion|dozen|hundreds|thousands|millions|billions|dozens"
    r"|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twice|thrice)"
)
_NUMBER_WORD = re.compile(rf"\b{_NUMBER_WORDS}\b", re.IGNORECASE)
"""Numbers in words count as numbers ("the third robbery this year", "shared thousands of times");
"one" and "first" are everyday words ("one thing is clear", "at first glance"), so they do not."""
_WORD_MEASURE = re.compile(rf"\b({_NUMBER_WORDS})[ -]([a-z]+)(?: ([a-z]+))?", re.IGNORECASE)
"""A number in words with the next word or the one after it, what it counts ("two public meetings"
is not the "two-hour" debate): as with :data:`_MEASURE`, the measure is the fact."""
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}\b|\b{_MONTH}\.? \d{{1,2}}\b", re.IGNORECASE)
"""A day and month ("12 May", "May 12"): a date is a fact even where its day number is not new."""
_SCHEDULE = re.compile(
    r"\b(?:(?:next|later this|early next|this coming) (?:week|weekend|month|year|season|term|quarter|spring"
    r"|summer|autumn|winter)|(?:in|by|this|next|over|during|until) (?:the )?(?:spring|summer|autumn|winter)"
    r"|by the end of (?:the|this|next) (?:week|month|year)|tonight|tomorrow(?![’']s)|this (?:weekend|evening"
    r"|afternoon))\b",
    re.IGNORECASE,
)
"""When something is due, said without a date: the day after, the next week, month or season."""
_VENUE = re.compile(
    r"\b(?:at|in|outside|inside) (?:the|a) ((?:[a-z-]+ ){0,2}(?:hall|library|centre|center|church|school|stadium"
    r"|museum|park|station|theatre|theater|gym|clinic|hospital|courthouse|court|depot|harbour|harbor|port|airport"
    r"|cathedral|mosque|temple|synagogue))\b(?! of\b)",
    re.IGNORECASE,
)
"""Where something happens, said without a name ("in the town hall", "at the library"): a building
or ground an event is held at. Not one a phrase holds ("at the centre of", "in the court of public
opinion"), nor the abstract places filler talks of ("in the market", "in the political arena")."""
_NOUN_BEFORE = re.compile(r"(?:\ban?(?:,? [\w-]+){0,3}|\b(?:of|what)|[’']s) $", re.IGNORECASE)
"""What makes the "tomorrow" after it a noun ("a brighter tomorrow", "the cities of tomorrow")."""
_HEDGE_BEFORE = re.compile(r"\bwhatever (?:happens|comes) $", re.IGNORECASE)
"""What makes the time after it a hedge over the future, not when something is due ("Whatever happens
tomorrow, this was a night ...", "whatever comes next week")."""
_QUOTE = re.compile(r"[“\"«„]([^“”\"«»„\n]{3,}?)[”\"»“]")
"""A quotation in the marks of any of the detector's languages: “…” and "…", German „…“, French,
Spanish and Italian « … » (Portuguese and Dutch use these too)."""
_ATTRIBUTION = re.compile(
    r"\b(?:said|(?<!being )(?<!be )told|according to|testified|wrote|quoted|reported|declined to comment"
    r"|request for comment|reached out to|could not be reached|did not immediately|had no immediate"
    r"|(?<!to )(?<!['’]s )(?<!can )(?<!could )(?<!would )(?<!might )says?)\b"
    r"(?! (?:a lot|so much|much|little|something|volumes|otherwise|it all)\b)"
    r"|, (?:the |a |an |his |her |their |its )?(?:[\w’'-]+ ){0,2}(?:claim|allege|argue|insist|contend|warn)(?:s|e?d)"
    r"(?=[.,;!?]|$)",
    re.IGNORECASE,
)
"""Someone's word on record ("officials say", not "needless to say", "let's say", "we can say", "says a lot
about", "the odds say otherwise", "being told to"), or the record that they gave none ("did not respond to a
request for comment", "did not immediately provide details"), or a clause that closes a sentence on its
source in a verb no noun shares ("..., the lawsuit claims.", "..., the report warns.")."""
_WHEN = re.compile(
    r"\b(?:(?<![Ee]very )(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Yy]esterday"
    r"|(?:[Ll]ast|[Tt]his|[Nn]ext) (?:week|month|year))\b"
)
"""When something happened or will: a weekday, "last week"; with :data:`_DATE`, what dates a report. A year
alone does not: guides and sales pages are "for 2025". Cased as prose writes it: "This Week in Startups"
names a show, it dates nothing; nor does a schedule ("published every Thursday")."""
_PAST = re.compile(
    r"\b(?:[a-z]{3,}ed|went|came|took|gave|got|left|won|lost|met|began|told|found|saw|sold|bought|held|led|ran"
    r"|fell|rose|grew|paid|said|wrote|spent|sent|brought|built|caught|stood|struck|broke|chose|drove|flew|threw"
    r"|woke|wore|sank|swam|fought|taught|thought|felt|meant|heard|knew|ate|drank|stole)\b"
)
"""A verb in the simple past, by its shape: a word ending in "-ed" or a common irregular past form
(the regular ending also finds a few adjectives, "committed", "renewed": the weight is small)."""
_PARTICIPLE_AFTER = re.compile(
    r"(?:\b(?:be|being|is|are|am|get|gets|getting|keep|keeps|stay|stays|feel|feels|most|more|so|very)"
    r"|[’']re|[’']m)(?: \w+ly)?(?: you| them| us| it)? $"
)
"""What makes the "-ed" word after it a participle or an adjective, not a verb telling what happened."""
_PRESENT_PARTICIPLE = re.compile(_PARTICIPLE_AFTER.pattern.removesuffix("$") + "[a-z]+$")
"""A past-tense match that is such a participle, the match included: what :attr:`Lexicon.participle`
holds for English."""
_ACTOR_OPENING = re.compile(r"^\W*(?:He|She|They)\b(?![’'])")
"""A paragraph opening on a person by pronoun (not "They're" or "He's", a chatty aside's start)."""
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b")
_ENGLISH_DAY = re.compile(f"(?i:{_DATE.pattern})|{_WEEKDAY.pattern}")
"""A day and month or a weekday: what :func:`_names_a_day` asks of an English paragraph."""
_ENGLISH_DATING = re.compile(f"(?i:{_DATE.pattern})|{_WHEN.pattern}")
"""A day and month, a weekday or "last week": what dates an English report (:func:`_dates`)."""
_READER = re.compile(
    r"\b(?:[Ww]e|[Oo]urs?|[Yy]ou|[Yy]ours?|[Yy]ourself|I|us|[Ll]et[’']s|[Ww]e[’'](?:ll|re|ve|d)"
    r"|[Yy]ou[’'](?:ll|re|ve|d)|I[’'](?:m|ve|ll|d))\b"
)
"""First and second person: the writer or the reader in the text ("us" lower-case only: "US" is a country)."""
_SPEAKER = re.compile(r"\bI(?:[’'](?:m|ve|ll|d))?\b")
"""The first person singular: outside quote marks in a report, someone speaking (a block quote, a
first-hand account); rewrite filler speaks for no one."""
_MY = re.compile(r"\b(?:[Mm]y|me)\b")
"""The first person as object and owner, which :data:`_READER` leaves out (a suspect saying "my" is
not addressing anyone); on a page's other paragraphs it is the author telling their own story."""
_CAPITAL = re.compile(r"(?<![\w'’])[A-Z][\w&-]*(?:[.'’][^\W\d_][\w&-]*)*")
_CLOSERS = "'\"”’)]"
_LEAD_IN_ENDS = (":", "...", "…")
"""How a lead-in ends ("Two things are required:", "The bottom line ..."): what it introduces follows."""
_QUOTE_MARKS = "\"“‘'«„"
_OPENERS = "\"“‘'([•·*#>–—- ¡¿«„"
_LIST_NUMBER = re.compile(r"^\W*\d{1,2}[.)]\s")
"""A list item's own number ("3. "): the list's order, not a fact."""
_ENTRY_TIME = re.compile(
    r"^\W*\d{1,2}[:.]\d{2}\s?(?:(?:[ap]\.?m\.?\s?)?[-–—:|]\s|[ap]\.?m\.?\s)", re.IGNORECASE
)
"""A live blog entry's time ("14:50 - ", "8:05am: "): it dates the entry, which reports, but it is
when the entry was posted, not a fact of what it says: a live blog's filler is an entry that says
nothing under its time ("21:05 - It's going to be a long night")."""
_LIST_LINE = re.compile(r"^\s*(?:[-•*→–]|\d{1,2}[.)])\s")
"""A line printed as an item of a list: a bullet or a dash, or its own number ("3. ")."""
_SECOND_PERSON = re.compile(r"\b(?:[Yy]ou|[Yy]ours?|[Yy]ourself|[Yy]ou[’'](?:ll|re|ve|d))\b")
_FIRST_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_DIGIT = re.compile(r"\d")
"""Every number pattern but the number words needs a digit: most generic prose has none."""

PhraseTable = Sequence[tuple[str, float, Collection[str], str]]


_SUFFIXES = ("ingly", "edly", "ing", "ed", "ly", "es", "s")


@lru_cache(maxsize=WORD_MEMO)
def stem(word: str) -> str:
    """A crude stem: one common ending shed when three letters stay, then six letters ("setting"
    and "sets" meet "set"; "cooperation" and "cooperate" meet)."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # "sett(ing)" is "set"
    return word[:6]


class Lexicon:
    """The rule data the detector scores with, compiled once: marker phrases with their trigger
    index, chatbot leftovers, and the word lists (LLM-overused, generic, stop words).

    What a text scores depends on the lexicon, so the per-text memos are keyed by both.
    """

    def __init__(
        self,
        *,
        phrases: PhraseTable,
        leftovers: Sequence[tuple[str, str]],
        leftover_keys: Sequence[str],
        preface: str,
        preface_keys: Sequence[str],
        llm_words: Collection[str],
        generic_words: Collection[str],
        stop_words: Collection[str],
        common_stems: Collection[str] = (),
        guide_verbs: Collection[str] = (),
        product_words: Collection[str] = (),
        attribution: str | None = None,
        dating: str | None = None,
        day: str | None = None,
        narration: str | None = None,
        reader: str | None = None,
        judging: str | None = None,
        capitalised_nouns: bool = False,
        second_person: str | None = None,
        speaker: str | None = None,
        own: str | None = None,
        number_words: Collection[str] | None = None,
        schedule: str | None = None,
        venue: str | None = None,
        actor: str | None = None,
        generic_endings: Sequence[str] = (),
        hedge: str | None = None,
        time_noun: str | None = None,
        participle: str | None = None,
    ) -> None:
        accented = not all(word.isascii() for word in chain(stop_words, *(keys for _, _, keys, _ in phrases)))
        self.letter_run = _WORD_RUN if accented else _LETTER_RUN
        """What a block's trigger words and stuffed phrases are read from: runs of ASCII letters in a
        language written without accents (English), of any letters in one written with them."""
        self.phrase_rules = tuple((label, weight, re.compile(pattern)) for label, weight, _, pattern in phrases)
        """Lower-case patterns, searched in the lower-cased block: a third faster than ``re.IGNORECASE``."""
        self.triggers, self.openings = _index_keys(phrases)
        self.trigger_words = frozenset(self.triggers)
        self.opening_texts = tuple(self.openings)
        self.leftover_re = re.compile(
            "|".join(f"(?P<c{number}>{pattern})" for number, (_, pattern) in enumerate(leftovers)),
            re.IGNORECASE | re.MULTILINE,
        )
        """Every leftover; a preface counts at the start of any line, so a page's leftovers are its blocks'."""
        self.leftover_labels = {f"c{number}": label for number, (label, _) in enumerate(leftovers)}
        self.leftover_keys = tuple(key for key in leftover_keys if key[0].isalpha())
        self.marked_keys: dict[str, list[str]] = {}
        """Keys opening with a mark ("[insert "), by that mark: a one-character scan of a page that
        has no "[" (most pages) spares the scans for its keys."""
        for key in leftover_keys:
            if not key[0].isalpha():
                self.marked_keys.setdefault(key[0], []).append(key)
        self.preface_keys = tuple(preface_keys)
        self.leftover_opening = re.compile(preface, re.MULTILINE)
        self.llm_words = frozenset(llm_words)
        self.stop_words = frozenset(stop_words)
        self.generic_stems = frozenset(stem(word) for word in chain(generic_words, llm_words))
        self.common_stems = frozenset(common_stems)
        """Stems most real articles use whatever their topic (learned from real text): a new one is
        no novelty."""
        self.guide_verbs = frozenset(guide_verbs)
        """Verbs a line of advice opens with in the imperative ("Choose", "Test this", "Sign up")."""
        self.product_words = frozenset(product_words)
        """What a comparison or sales page talks about ("features", "pricing", "platform")."""
        self.attribution = _ATTRIBUTION if attribution is None else re.compile(attribution, re.IGNORECASE)
        """Someone's word on record in the lexicon's language (English: :data:`_ATTRIBUTION`)."""
        self.dating = _ENGLISH_DATING if dating is None else re.compile(dating, re.IGNORECASE)
        """A day and month, a weekday or a week named relative to now ("last week") in the lexicon's
        language: what dates a report (:func:`_dates`; English: :data:`_ENGLISH_DATING`)."""
        self.day = _ENGLISH_DAY if day is None else re.compile(day, re.IGNORECASE)
        """A day and month or a weekday: a day something happens (:func:`_names_a_day`; English:
        :data:`_ENGLISH_DAY`)."""
        self.narration = _PAST if narration is None else re.compile(narration)
        """A verb in the past tense, in the lower-cased block (English: :data:`_PAST`)."""
        self.reader = _READER if reader is None else re.compile(reader)
        """The writer or the reader in the text, in the lexicon's language, cased as prose writes
        it (English: :data:`_READER`)."""
        self.judging = _JUDGING if judging is None else re.compile(judging)
        """The shape of a sentence that judges the story, in the lower-cased block (English:
        :data:`_JUDGING`)."""
        self.capitalised_nouns = capitalised_nouns
        """Whether the language writes every noun with a capital (German): a capital inside a sentence
        then names no one on its own, only a run of two or more does (:func:`_entities`)."""
        self.second_person = _SECOND_PERSON if second_person is None else re.compile(second_person)
        """The reader addressed, cased as prose writes it: a guide's sign (:func:`guide_signs`; English:
        :data:`_SECOND_PERSON`)."""
        self.speaker = _SPEAKER if speaker is None else re.compile(speaker)
        """The first person singular as subject, cased as prose writes it: someone speaking
        (:func:`_speaks`; English: :data:`_SPEAKER`)."""
        self.own = _MY if own is None else re.compile(own)
        """The first person as object and owner (English: :data:`_MY`): the author's own story."""
        numbers = _NUMBER_WORDS if number_words is None else "(?:" + "|".join(sorted(number_words)) + ")"
        self.number_word = _NUMBER_WORD if number_words is None else re.compile(rf"\b{numbers}\b", re.IGNORECASE)
        """Numbers in words, "one" and its like left out (English: :data:`_NUMBER_WORD`)."""
        self.word_measure = _WORD_MEASURE if number_words is None else re.compile(
            rf"\b({numbers})[ -]([^\W\d_]+)(?: ([^\W\d_]+))?", re.IGNORECASE
        )
        """A number in words with what it counts (English: :data:`_WORD_MEASURE`)."""
        self.schedule = _SCHEDULE if schedule is None else re.compile(schedule, re.IGNORECASE)
        """When something is due, said without a date (English: :data:`_SCHEDULE`)."""
        self.venue = _VENUE if venue is None else re.compile(venue, re.IGNORECASE)
        """A place named by what it is, its one group the place (English: :data:`_VENUE`)."""
        self.actor = _ACTOR_OPENING if actor is None else re.compile(actor)
        """A paragraph opening on one of the article's people by pronoun, cased as prose writes it
        (:data:`ACTOR_WEIGHT`; English: :data:`_ACTOR_OPENING`)."""
        self.generic_endings = tuple(generic_endings)
        """Endings of abstract nouns ("-ung", "-ité", "-ción"): a word with one counts as generic
        whatever its stem, so that a paragraph of abstract nouns reads as generic by its shape, not by
        a list of the words a tuning set happened to use (English: none, its lists are long)."""
        self.hedge = _HEDGE_BEFORE if hedge is None else re.compile(f"(?:{hedge}) $", re.IGNORECASE)
        """What makes the time after it a hedge over the future ("Whatever happens tomorrow", "Quoi
        qu'il arrive demain"), not when something is due (English: :data:`_HEDGE_BEFORE`)."""
        self.time_noun = _NOUN_BEFORE if time_noun is None else re.compile(f"(?:{time_noun}) $", re.IGNORECASE)
        """What makes a one-word time after it a noun ("a brighter tomorrow", "le monde de demain", "il
        domani"), not when something is due (English: :data:`_NOUN_BEFORE`)."""
        self.participle = _PRESENT_PARTICIPLE if participle is None else re.compile(f"(?:{participle})$")
        """A match of :attr:`narration` that is a participle of the present, the match and what comes
        before it ("will be missed"; "est appelé à", "ist gespannt", "è chiamato a"), not a verb
        telling what happened (English: :data:`_PRESENT_PARTICIPLE`)."""

    def markers(self, text: str) -> tuple[tuple[str, ...], float]:
        """The marker phrases a block carries and their summed weight (memoised)."""
        return _markers(self, text)

    def content(self, text: str) -> tuple[frozenset[str], frozenset[str]]:
        """The block's content-word stems, and those of them that are generic (memoised)."""
        return _content(self, text)

    def word_score(self, text: str) -> tuple[int, float]:
        """LLM-overused words in a block and what their density above news prose's base rate scores
        (memoised)."""
        return _word_score(self, text)

    def find_markers(self, text: str) -> tuple[tuple[str, ...], float]:
        lowered = text.lower()
        unlocked: set[int] = set()
        for word in self.trigger_words.intersection(self.letter_run.findall(lowered)):
            unlocked |= self.triggers[word]
        opening = lowered.lstrip(" \t\"'“‘*#>-•")
        if opening.startswith(self.opening_texts):
            unlocked.update(n for text, numbers in self.openings.items() if opening.startswith(text) for n in numbers)
        labels: list[str] = []
        score = 0.0
        if _stuffed(self.letter_run.findall(lowered), self.stop_words):
            labels.append(STUFFING_LABEL)
            score += STUFFING_WEIGHT
        for number in sorted(unlocked):
            label, weight, pattern = self.phrase_rules[number]
            if pattern.search(lowered):
                labels.append(label)
                score += weight
        return tuple(labels), score

    def find_content(self, text: str) -> tuple[frozenset[str], frozenset[str]]:
        words = {word for word in _lower_words(text) if len(word) > 2} - self.stop_words
        stems = frozenset(map(stem, words))  # each distinct word stemmed once
        generic = stems & self.generic_stems
        if self.generic_endings:
            generic |= {stem(word) for word in words if word.endswith(self.generic_endings)}
        return stems, generic

    def count_words(self, text: str) -> tuple[int, float]:
        words = _lower_words(text)
        hits = sum(word in self.llm_words for word in words)
        density = hits / max(1, len(words))
        return hits, min(WORD_CAP, max(0.0, density - WORD_BASE_RATE) * WORD_WEIGHT)

    def may_hold_leftovers(self, text: str) -> bool:
        """A cheap test that ``text`` has no chatbot leftover when it says False (nearly every page)."""
        lowered = text.lower()
        return (
            any(key in lowered for key in self.leftover_keys)
            or any(mark in lowered and any(key in lowered for key in keys) for mark, keys in self.marked_keys.items())
            or (any(key in lowered for key in self.preface_keys) and self.leftover_opening.search(lowered) is not None)
        )

    def leftovers(self, text: str) -> list[str]:
        """Chatbot leftovers in ``text`` ("As an AI language model", "[Insert quote here]"), by label."""
        if not self.may_hold_leftovers(text):
            return []
        return sorted({self.leftover_labels[m.lastgroup] for m in self.leftover_re.finditer(text) if m.lastgroup})

    def has_leftover(self, text: str) -> bool:
        return self.may_hold_leftovers(text) and self.leftover_re.search(text) is not None


def _stuffed(words: list[str], stop_words: frozenset[str]) -> bool:
    """Keyword stuffing: one phrase of two content words said :data:`STUFFED_PAIR` times or more in
    a paragraph ("Jane Roe news, Jane Roe photos and Jane Roe updates"), or
    :data:`STUFFED_PHRASES` such phrases each said twice ("free hospital parking ... free hospital
    parking"). A plural is its singular here: a search phrase is said in both ("petrol prices today:
    petrol price news")."""
    if len(words) < 3 * STUFFED_PAIR:
        return False
    counts = Counter(pairwise(None if word in stop_words else _singular(word) for word in words))
    if counts.most_common(1)[0][1] < 2:  # counted in C: most paragraphs say no pair twice
        return False
    repeated = [count for phrase, count in counts.items() if count >= 2 and None not in phrase]
    return any(count >= STUFFED_PAIR for count in repeated) or len(repeated) >= STUFFED_PHRASES


def _singular(word: str) -> str:
    """A word with a plural's final "s" shed ("prices" is "price", "fees" is "fee"; "bus" and "glass" stay)."""
    return word[:-1] if len(word) > 3 and word[-1] == "s" and word[-2] not in "su" else word


@lru_cache(maxsize=TEXT_MEMO)
def _markers(lexicon: Lexicon, text: str) -> tuple[tuple[str, ...], float]:
    return lexicon.find_markers(text)


@lru_cache(maxsize=TEXT_MEMO)
def _content(lexicon: Lexicon, text: str) -> tuple[frozenset[str], frozenset[str]]:
    return lexicon.find_content(text)


@lru_cache(maxsize=TEXT_MEMO)
def _word_score(lexicon: Lexicon, text: str) -> tuple[int, float]:
    return lexicon.count_words(text)


def _index_keys(phrases: PhraseTable) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
    """The phrases each inflected key word unlocks, and those each block opening unlocks."""
    triggers: dict[str, set[int]] = {}
    openings: dict[str, set[int]] = {}
    for number, (_, _, keys, _) in enumerate(phrases):
        for key in keys:
            if key.startswith("^"):
                openings.setdefault(key[1:], set()).add(number)
            else:
                root = _WORD_RUN.findall(key)[0]
                for ending in _INFLECTIONS:
                    triggers.setdefault(root + ending, set()).add(number)
    return triggers, openings


@dataclass(frozen=True, slots=True)
class Verdict:
    """The evidence on one prose block; ``is_filler(threshold)`` is the decision."""

    block: int
    markers: tuple[str, ...]
    phrase_score: float
    word_hits: int
    generic: float
    page_generic: float
    novelty: float
    echo: float
    new_facts: tuple[str, ...]
    score: float
    guide_signs: tuple[str, ...] = ()
    """Signs that the page reads as a guide (:func:`guide_signs`), too few for how much it dates."""
    everyday: float = 0.0
    """Share of its content words that are everyday and its own (:data:`EVERYDAY_WEIGHT`)."""

    def is_filler(self, limit: float) -> bool:
        """Nothing new and specific, generic enough, and a score at or over the threshold."""
        return (
            not self.new_facts
            and (
                self.generic >= MIN_GENERIC or self.phrase_score >= MIN_PHRASE_EVIDENCE or JUDGING_LABEL in self.markers
            )
            and self.score >= limit
        )

    def reason(self, limit: float) -> str:
        marks = ", ".join(self.markers)
        return (
            f"restates the article without a new fact: markers [{marks}] + {self.word_hits} lexicon words; "
            f"generic {self.generic:.2f} (page {self.page_generic:.2f}); echo {self.echo:.2f}; "
            f"novelty {self.novelty:.2f}; everyday {self.everyday:.2f}; "
            f"score {self.score:.2f} >= threshold {limit:.2f}"
            + (f"; signs of a guide ({', '.join(self.guide_signs)}), but the page dates its events"
               if self.guide_signs else "")
        )


@lru_cache(maxsize=TEXT_MEMO)
def _entities(lexicon: Lexicon, text: str) -> frozenset[str]:
    """Capitalised words not at a sentence start, plus runs of two capitalised words anywhere
    (stop words aside: "I" names no one); in a language that capitalises its nouns, the runs only
    ("Katrin Ostmeyer", "Landgericht Ebersfeld", not "die Zukunft")."""
    found: set[str] = set()
    previous_end = -2
    run_start = ""
    if entry := _ENTRY_TIME.match(text):  # a live blog entry's first word opens its sentence
        text = " " * entry.end() + text[entry.end() :]
    for match in _CAPITAL.finditer(text):
        word = match.group().lower()
        word = word[:-2] if word.endswith(("'s", "’s")) else word
        if not word or word in lexicon.stop_words:
            previous_end = -2
            continue
        if match.start() == previous_end + 1:
            found.add(word)
            if lexicon.capitalised_nouns:
                found.add(run_start)  # the run's first word names as much as the others
        elif not lexicon.capitalised_nouns and not _at_sentence_start(text, match.start()):
            found.add(word)
        else:
            run_start = word
        previous_end = match.end()
    return frozenset(found)


def _at_sentence_start(text: str, position: int) -> bool:
    """Whether a word at ``position`` opens a sentence or a list item ("• ", "3. "): only what
    precedes it on a few characters counts."""
    before = text[max(0, position - 6) : position].rstrip().rstrip(_CLOSERS)
    return position == 0 or not before.strip(_OPENERS) or before[-1] in ".!?:;"


@lru_cache(maxsize=TEXT_MEMO)
def _word_set(text: str) -> frozenset[str]:
    """The block's words for "was this said elsewhere?": split on spaces (cheap), punctuation shed."""
    words = {token.strip(_PUNCTUATION) for token in text.lower().split()}
    possessives = {word for word in words if word.endswith(("'s", "’s"))}
    return frozenset((words - possessives) | {word[:-2] for word in possessives} if possessives else words)


def _numbers(text: str, lexicon: Lexicon) -> frozenset[str]:
    """The block's numbers, measures, dates, times something is due (:func:`_schedule`) and places
    named by what they are (:func:`_venues`), a list item's own number left out; numbers in words,
    times and places in the lexicon's language."""
    return _numbers_in(lexicon, text)


@lru_cache(maxsize=TEXT_MEMO)
def _numbers_in(lexicon: Lexicon, text: str) -> frozenset[str]:
    """Memoised by lexicon and text: a page asks it of every block, and again on the next pass."""
    if not _DIGIT.search(text):
        return frozenset(
            [n.lower() for n in lexicon.number_word.findall(text)] + _word_measures(text, lexicon)
            + _schedule(text, lexicon) + _venues(text, lexicon)
        )
    text = _ENTRY_TIME.sub("", _LIST_NUMBER.sub("", text, count=1), count=1)
    return frozenset(
        [n.replace(",", "") for n in _NUMBER.findall(text)]
        + [f"{n.replace(',', '')} {unit}" for n, unit in _MEASURE.findall(text)]
        + [n.lower() for n in lexicon.number_word.findall(text)]
        + _word_measures(text, lexicon)
        + ["date " + " ".join(n.lower().split()) for n in _DATE.findall(text)]
        + _schedule(text, lexicon)
        + _venues(text, lexicon)
    )


def _word_measures(text: str, lexicon: Lexicon) -> list[str]:
    """Each number in words with the word after it and the one after that (:attr:`Lexicon.word_measure`)."""
    return [
        f"{number.lower()} {unit.lower()}"
        for number, *units in lexicon.word_measure.findall(text)
        for unit in units
        if unit
    ]


def _venues(text: str, lexicon: Lexicon) -> list[str]:
    """Each place named by what it is (:attr:`Lexicon.venue`), by its last two words ("town hall", "the
    library"): like a name, a fact where no other paragraph gives it."""
    return ["place " + " ".join(venue.lower().split()[-2:]) for venue in lexicon.venue.findall(text)]


def _schedule(text: str, lexicon: Lexicon) -> list[str]:
    """When something is due, as the report says it ("next month", "in the spring", "tomorrow"):
    like a date, a fact where no other paragraph says it ("two public meetings in the town hall
    next month"). Not in a paragraph that speaks for the writer or to the reader: that is a
    rewrite's sign-off ("We'll pick things up again tomorrow", "updating you again next quarter"),
    nor a one-word time as a noun ("a brighter, more sustainable tomorrow", "what tomorrow brings":
    :attr:`Lexicon.time_noun`), nor a time after a hedge over the future ("Whatever happens
    tomorrow, ...": :attr:`Lexicon.hedge`)."""
    found = [
        "when " + " ".join(match.group().lower().split())
        for match in lexicon.schedule.finditer(text)
        if not (" " not in match.group() and lexicon.time_noun.search(text, 0, match.start()))
        and not lexicon.hedge.search(text, 0, match.start())
    ]
    return found if found and not lexicon.reader.search(_QUOTE.sub(" ", text)) else []


@lru_cache(maxsize=TEXT_MEMO)
def _prefixes(text: str) -> frozenset[str]:
    return frozenset(word[:5] for word in _word_set(text))


def words(text: str) -> tuple[str, ...]:
    """A block's words, lower-cased, possessives folded (memoised): what a page's language is told by."""
    return _lower_words(text)


@lru_cache(maxsize=TEXT_MEMO)
def _lower_words(text: str) -> tuple[str, ...]:
    """Lower-cased words, possessives folded ("Japan’s" is "japan"), initialisms kept ("u.s")."""
    lowered = text.lower()
    words = _WORD.findall(lowered)
    if "'s" not in lowered and "’s" not in lowered:
        return tuple(words)  # nothing to fold, no per-word pass
    return tuple(word[:-2] if word.endswith(("'s", "’s")) else word for word in words)


@lru_cache(maxsize=TEXT_MEMO)
def _addresses_reader(lexicon: Lexicon, text: str) -> bool:
    """Whether a paragraph speaks in the first or second person outside its quotes."""
    return lexicon.reader.search(_QUOTE.sub(" ", text)) is not None


@lru_cache(maxsize=TEXT_MEMO)
def _speaks(lexicon: Lexicon, text: str) -> bool:
    """Whether a paragraph says "I" (in the lexicon's language) outside its quotes."""
    return lexicon.speaker.search(_QUOTE.sub(" ", text)) is not None


@lru_cache(maxsize=TEXT_MEMO)
def _in_person(lexicon: Lexicon, text: str) -> bool:
    """Whether a paragraph speaks in the first or second person outside its quotes, "my" and "me"
    included: on more than :data:`READER_SHARE` of a page's other paragraphs, the page is its
    author's own account or talks to its reader (a diary, a personal newsletter, a team's year in
    review, a guide), not a report a rewrite pads."""
    return _addresses_reader(lexicon, text) or lexicon.own.search(_QUOTE.sub(" ", text)) is not None


@lru_cache(maxsize=TEXT_MEMO)
def _reports(lexicon: Lexicon, text: str) -> bool:
    """Whether a paragraph reports: someone's word on record or a quote, or when something happened
    (a live blog entry's time among them)."""
    return bool(lexicon.attribution.search(text) or _QUOTE.search(text) or _dates(text, lexicon))


@lru_cache(maxsize=TEXT_MEMO)
def _judges(lexicon: Lexicon, text: str) -> bool:
    """Whether a paragraph has a sentence that calls the story something (:data:`JUDGING_WEIGHT`)."""
    return lexicon.judging.search(_ENTRY_TIME.sub("", text, count=1).lower()) is not None


@lru_cache(maxsize=TEXT_MEMO)
def _narrates(lexicon: Lexicon, text: str) -> bool:
    """Whether a paragraph has a verb in the simple past (by its shape: "-ed", or a common irregular form)
    that is not a participle after a present or future "be", "get", "keep" or "stay" ("will be
    missed", "we're thrilled", "keep you posted"): those evaluate and look ahead."""
    lowered = text.lower()
    return any(
        not lexicon.participle.search(lowered, 0, found.end()) for found in lexicon.narration.finditer(lowered)
    )


def carries_a_fact(text: str, lexicon: Lexicon) -> bool:
    """Whether a paragraph states anything specific at all: a number, a quote, an attribution or a name."""
    return _carries_a_fact(lexicon, text)


@lru_cache(maxsize=TEXT_MEMO)
def _carries_a_fact(lexicon: Lexicon, text: str) -> bool:
    """Memoised: a page asks it of its candidates, of all its prose and again on the next pass."""
    return bool(
        _numbers(text, lexicon) or _QUOTE.search(text) or lexicon.attribution.search(text) or _entities(lexicon, text)
    )


class _Document:
    """What each block of a document says (words, numbers, stems), counted so that "does any other
    block say this?" costs a lookup, whichever blocks are set aside."""

    def __init__(self, blocks: Sequence[Block], lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.texts = [block.text for block in blocks]
        self.words = [_word_set(text) for text in self.texts]
        self.numbers = [_numbers(text, lexicon) for text in self.texts]
        self.prefixes = [_prefixes(text) for text in self.texts]
        self.word_count = Counter(chain.from_iterable(self.words))
        self.prefix_count = Counter(chain.from_iterable(self.prefixes))
        self.number_count = Counter(chain.from_iterable(self.numbers))
        self.aside: list[int] = []

    @cached_property
    def lowered(self) -> str:
        """The document's text, lower-cased: asked only where a block quotes someone."""
        return "\n".join(self.texts).lower()

    @cached_property
    def stem_count(self) -> Counter[str]:
        """How many counted blocks use each content stem, built on first use: only a page with
        suspects left to score asks (for novelty and echo), after most pages have stood down."""
        count = Counter(chain.from_iterable(self.lexicon.content(text)[0] for text in self.texts))
        for index in self.aside:
            count.subtract(self.lexicon.content(self.texts[index])[0])
        return count

    def set_aside(self, excluded: Iterable[int]) -> None:
        """Forget what ``excluded`` blocks say: later questions are about the rest only."""
        for index in excluded:
            self.word_count.subtract(self.words[index])
            self.prefix_count.subtract(self.prefixes[index])
            self.number_count.subtract(self.numbers[index])
            self.aside.append(index)
            if "stem_count" in self.__dict__:
                self.stem_count.subtract(self.lexicon.content(self.texts[index])[0])

    def new_facts(self, index: int, counted: bool, text: str | None = None) -> tuple[str, ...]:
        """Specific facts of block ``index`` (or of ``text``, a part of it) that no other counted
        block carries: numbers, quotes, attribution, named entities. ``counted`` says whether the
        block itself is still counted."""
        own = 1 if counted else 0
        text = self.texts[index] if text is None else text
        facts: list[str] = []
        if self.lexicon.attribution.search(text):
            facts.append("attribution")
        facts.extend(
            n if n.startswith(("date ", "when ", "place ")) else f"number {n}"
            for n in sorted(self.numbers[index])
            if self.number_count[n] - own <= 0 and self._is_fact(n)
        )
        for quote in _QUOTE.findall(text):
            if len(quote.split()) >= 3 and self.lowered.count(quote.lower().strip(" ,.")) <= 1:
                facts.append(f"quote {quote[:30]!r}")
        for entity in sorted(_entities(self.lexicon, text)):
            if self.word_count[entity] - own <= 0 and self.prefix_count[entity[:5]] - own <= 0:
                facts.append(f"name {entity}")
        return tuple(facts)

    def _is_fact(self, number: str) -> bool:
        """A number, a date, a time something is due, or a measure whose unit is a content word ("9 represents" of a
        "Pixelight 9 represents ..." is not a measure)."""
        value, _, unit = number.partition(" ")
        if not unit or value in ("date", "when", "place"):
            return True
        return unit not in self.lexicon.stop_words and stem(unit) not in self.lexicon.generic_stems

    def novelty_and_echo(self, index: int, generic: frozenset[str]) -> tuple[float, float, float]:
        """Shares of the block's content stems that are not generic and that no counted block uses
        while being specific, not common to real articles at large (new words), that one does
        (echoes of the article), and that no counted block uses while being common (everyday words
        of its own: "routine", "decision")."""
        stems = self.lexicon.content(self.texts[index])[0]
        if not stems:
            return 0.0, 0.0, 0.0
        own = stems - generic
        unused = [word for word in own if self.stem_count[word] <= 0]
        new = sum(1 for word in unused if word not in self.lexicon.common_stems)
        return new / len(stems), (len(own) - len(unused)) / len(stems), (len(unused) - new) / len(stems)


def score_page(
    blocks: Sequence[Block],
    lexicon: Lexicon,
    limit: float | None = None,
    notes: dict[str, object] | None = None,
    judged: list[int] | None = None,
) -> list[Verdict]:
    """Verdicts on the prose blocks that could be filler, in block order.

    A candidate is a prose block generic enough (:data:`MIN_GENERIC`, or marker phrases). Facts
    and novelty are measured against the rest: a candidate with a fact no other block carries is
    body; the others are judged against the non-candidates plus those. So a summary that copies a
    body paragraph never makes that paragraph look stale, and opening filler is judged against the
    article that follows it.

    A page with fewer than :data:`MIN_FACT_PARAGRAPHS` prose paragraphs that are not fact-free
    candidates, or more than
    :data:`STAND_DOWN_SHARE` of whose prose paragraphs are fact-free candidates, or fewer than
    :data:`MIN_REPORT_SHARE` of whose other paragraphs report (a guide) unless they read as a news
    story all the same (:func:`_news_story`), gets no verdicts.
    With a ``limit``, a page none of whose candidates could reach it (at an edge, its non-generic
    words costing the lesser of the novelty and echo weights: :func:`_best_score`) gets none either,
    and the document-wide counts that facts, novelty and echo need are never built.
    Everything decided before those counts depends on the judged lines alone; ``notes`` (a
    document's notes kept across cleaning passes) remembers the judged lines of a page so left, and
    a later pass over the same lines (only chrome around them gone) leaves at once
    (:func:`left_before`). ``judged``: the page's :func:`judged_lines`, where the caller has them.
    """
    judged = judged_lines(blocks) if judged is None else judged
    if not judged:
        return []
    if notes is not None and limit is not None and left_before(blocks, judged, limit, notes):
        return []
    prose = [block.index for block in blocks if block.is_prose]
    found = _candidates(blocks, prose, judged, lexicon, limit)
    if found is None:
        if notes is not None and limit is not None:
            notes[QUIET_NOTE] = _quiet(blocks, judged, limit)
        return []
    candidates, page_shares, base = found
    document = _Document(blocks, lexicon)
    suspects = [index for index in candidates if not document.new_facts(index, counted=True)]
    if not suspects:
        return []
    marked = set(suspects)
    others = [index for index in prose if index not in marked]
    told = [blocks[index].text for index in others]
    in_person = sum(1 for text in told if _in_person(lexicon, text) and carries_a_fact(text, lexicon))
    if in_person > READER_SHARE * len(others):
        return []
    factual = sum(1 for index in others if document.new_facts(index, counted=True))
    if factual < MIN_FACT_SHARE * len(prose):
        return []
    signs = guide_signs(blocks, others, marked, lexicon)
    reporting = sum(1 for index in others if _reports(lexicon, blocks[index].text))
    if reporting < MIN_REPORT_SHARE * len(others) and not _news_story(told, factual, signs, lexicon):
        return []
    if _is_guide(blocks, others, signs, lexicon):
        return []
    document.set_aside(suspects)
    undated = UNDATED_WEIGHT if not any(_dates(blocks[index].text, lexicon) for index in others) else 0.0
    span = (min(prose), max(prose))
    verdicts = []
    for index in suspects:
        text = blocks[index].text
        labels, phrase_score = lexicon.markers(text)
        if _addresses_reader(lexicon, text):
            labels = (*labels, "addresses the reader")
        if _emptiness(text, lexicon):
            labels = (*labels, "names nothing specific")
        if _judges(lexicon, text):
            labels = (*labels, JUDGING_LABEL)
        novelty, echo, everyday = document.novelty_and_echo(index, lexicon.content(text)[1])
        if _at_edge(index, judged, marked):
            place = EDGE_BONUS
        else:
            place = BETWEEN_BONUS if _between_facts(index, judged, marked) else 0.0
        stuffed = STUFFING_LABEL in labels  # a keyword string repeats the article's terms by design
        detached = _detached(text, echo, lexicon)
        if detached:
            labels = (*labels, DETACHED_LABEL)
        score = (
            base[index] + place - NOVELTY_WEIGHT * novelty - (0.0 if stuffed else ECHO_WEIGHT * echo)
            + _everyday_bonus(text, everyday, lexicon) - undated + (DETACHED_WEIGHT if detached else 0.0)
        )
        if _beside_heading(blocks, index, span):
            score -= SECTION_WEIGHT
        facts = document.new_facts(index, counted=False)
        verdicts.append(
            Verdict(
                index, labels, phrase_score, lexicon.word_score(text)[0], candidates[index], page_shares[index],
                novelty, echo, facts, round(score, 2), tuple(signs), everyday,
            )
        )
    return verdicts


def left_before(blocks: Sequence[Block], judged: Sequence[int], limit: float, notes: dict[str, object]) -> bool:
    """Whether an earlier pass over the same ``judged`` lines, with the same ``limit``, left
    scoring before counting the document (its ``notes`` say so): this one would leave as well, and
    need not even choose the page's language."""
    return notes.get(QUIET_NOTE) == _quiet(blocks, judged, limit)


def _quiet(blocks: Sequence[Block], judged: Sequence[int], limit: float) -> tuple[object, ...]:
    """What :data:`QUIET_NOTE` records of a page that left scoring early: all it decided by."""
    return limit, tuple((blocks[index].text, blocks[index].is_prose, blocks[index].gap_before) for index in judged)


def _news_story(told: Sequence[str], factual: int, signs: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether a page's paragraphs besides the suspects (``told``, ``factual`` of them carrying a
    fact no other paragraph has) read as a news story although they hardly report
    (:data:`MIN_REPORT_SHARE`): :data:`NEWS_STORY_PARAGRAPHS` or more, every one of them with a
    fact of its own, half of them or more telling what happened (:func:`_narrates`), told in the
    third person, and no sign of a guide (``signs``). A rewrite of a story that names and counts but
    neither quotes nor dates is still a report; a product page or a guide that counts things
    describes in the present, speaks to its reader, shows a guide's signs, or has a paragraph that
    states nothing of its own."""
    return (
        not signs
        and factual == len(told) >= NEWS_STORY_PARAGRAPHS
        and 2 * sum(1 for text in told if _narrates(lexicon, text)) >= len(told)
        and not any(_in_person(lexicon, text) for text in told)
    )


def guide_signs(
    blocks: Sequence[Block], others: Sequence[int], suspects: Collection[int], lexicon: Lexicon
) -> list[str]:
    """What makes a page read as a guide, a comparison, sales copy or a blurb rather than a news
    story, judged on its lines from its first prose paragraph to its last that are not ``suspects``
    (``others``: its prose among them), so that chrome above and below says nothing: headings or list
    items that structure it, "you" across its paragraphs, lines of advice in the imperative, and
    product talk. Filler copies none of these from the article it pads; a guide is made of them."""
    signs = []
    prose = [*others, *suspects]
    if not prose:
        return signs
    first, last = min(prose), max(prose)
    lines = [block for block in blocks[first : last + 1] if block.index not in suspects]
    if any(_LIST_LINE.match(block.text) or _heading(block) for block in lines):
        signs.append("headings or list items")
    texts = [blocks[index].text for index in others]
    speaking_to_you = sum(1 for text in texts if lexicon.second_person.search(_QUOTE.sub(" ", text)))
    if texts and speaking_to_you >= GUIDE_SECOND_PERSON * len(texts):
        signs.append("second person")
    if any(_opening_word(block.text) in lexicon.guide_verbs for block in lines):
        signs.append("imperatives")
    words = [word for text in texts for word in _lower_words(text)]
    if words and sum(1 for word in words if word in lexicon.product_words) >= GUIDE_PRODUCT_SHARE * len(words):
        signs.append("product words")
    return signs


def _is_guide(blocks: Sequence[Block], others: Sequence[int], signs: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether a page whose body shows ``signs`` of a guide, a comparison, sales copy or a blurb
    (:func:`guide_signs`) dates too little for a report (:data:`DATED_SHARE_PER_SIGN`): its generic
    prose is its content."""
    if not signs:
        return False
    dated = sum(1 for index in others if _dates(blocks[index].text, lexicon))
    return dated == 0 or dated < DATED_SHARE_PER_SIGN * (len(signs) - 2) * len(others)


def _beside_heading(blocks: Sequence[Block], index: int, span: tuple[int, int]) -> bool:
    """Whether the line right before or after block ``index`` is a subheading (:func:`_heading`)
    strictly inside ``span``, the page's first and last prose lines, or above the first under the
    items of a list (a guide taken up mid-way): a title above the article or a label below it says
    nothing about sections."""
    return any(
        (span[0] < neighbour < span[1] or _under_a_list(blocks, neighbour, span[0])) and _heading(blocks[neighbour])
        for neighbour in (index - 1, index + 1)
    )


def _under_a_list(blocks: Sequence[Block], line: int, first_prose: int) -> bool:
    """Whether ``line``, above the page's first prose line, has an item of a list above it: the body's
    structure goes on above it, so it heads a section rather than the page."""
    return 0 < line < first_prose and any(_LIST_LINE.match(blocks[above].text) for above in range(line))


def _heading(block: Block) -> bool:
    """A line that is not prose and does not end a sentence, of :data:`MIN_HEADING_WORDS` to a dozen
    words: a heading or a label of the body's structure ("Set your intentions", "Pricing:")."""
    text = block.text.rstrip(_CLOSERS)
    return (
        not block.is_prose
        and MIN_HEADING_WORDS <= block.words <= 12
        and text[-1:] not in ".!,;"
        and not _short_sentence(block)
    )


def _opening_word(text: str) -> str:
    """The first word of a line, a list item's mark or number left out, lower-cased."""
    found = _FIRST_WORD.search(text[:40])
    return found.group().lower() if found else ""


def _names_a_day(text: str, lexicon: Lexicon) -> bool:
    """Whether a paragraph names a weekday or a day and month: it says when something happens, even
    where the article named that day before. One of the 903 filler paragraphs of the hand-written and
    generated sets does ("the full impact of Tuesday's vote"); a schedule's list item ("Glass
    collections stay on the first Monday of the month") is the article's content."""
    return lexicon.day.search(text) is not None


def _dates(text: str, lexicon: Lexicon) -> bool:
    """Whether a paragraph dates what it tells: a day and month, a weekday, "last week", a live blog
    entry's time."""
    return bool(lexicon.dating.search(text) or _ENTRY_TIME.match(text))


def judged_lines(blocks: Sequence[Block]) -> list[int]:
    """The lines a page's verdicts are about (its prose and its short statements), or none when the
    page is too short or too long to judge: fewer than three prose paragraphs, or more than
    :data:`MAX_PROSE`. What a false-positive count is per: a paragraph never judged cannot be taken."""
    prose = sum(1 for block in blocks if block.is_prose)
    if not 3 <= prose <= MAX_PROSE:
        return []
    return [block.index for block in blocks if block.is_prose or _short_sentence(block)]


def _candidates(
    blocks: Sequence[Block], prose: list[int], judged: list[int], lexicon: Lexicon, limit: float | None
) -> tuple[dict[int, float], dict[int, float], dict[int, float]] | None:
    """The candidates of a page with their generic shares, page medians and base scores, or None
    when the page has no verdicts to give whatever the rest of the document says: nothing generic
    enough, nothing that can reach ``limit``, or a page that stands down. A function of the judged
    lines' texts alone."""
    shares: dict[int, float] = {}
    candidates: dict[int, float] = {}
    listed = _list_items(blocks, prose)
    for index in judged:
        stems, generic = lexicon.content(blocks[index].text)
        too_few = len(stems) < MIN_CONTENT_WORDS and (len(stems) < MIN_GENERIC_WORDS or generic != stems)
        if not stems or (too_few and not _judges(lexicon, blocks[index].text)):
            continue
        share = len(generic) / len(stems)
        if blocks[index].is_prose:
            shares[index] = share
        if blocks[index].text.endswith(_LEAD_IN_ENDS):
            continue  # a lead-in: what it introduces follows
        if index and blocks[index - 1].text.endswith(_LEAD_IN_ENDS):
            continue  # what a lead-in introduces ("Two things are required:"): the page's content
        if _speaks(lexicon, blocks[index].text) and _someones_words(blocks, prose, index, lexicon):
            continue  # someone's own words, on a page told in the first person
        if _short_report(blocks[index], lexicon):
            continue  # a short line telling what happened ("Nobody saw it coming!"): the article's own
        if _names_a_day(blocks[index].text, lexicon):
            continue  # when something happens ("on the first Monday of the month"): a schedule, not commentary
        if index in listed:
            continue  # an item of a list (of advice, of steps): the list is the article's content
        text = blocks[index].text
        if share >= MIN_GENERIC or lexicon.markers(text)[1] >= MIN_PHRASE_EVIDENCE or _judges(lexicon, text):
            candidates[index] = share
    if not candidates:
        return None
    ordered = sorted(shares.values())
    long_page = LONG_PAGE_WEIGHT * max(0, len(prose) - LONG_PAGE_FROM)
    page_shares = {index: _median_without(ordered, shares.get(index)) for index in candidates}
    reader_bonus = 0.0 if _page_addresses_reader(blocks, prose, candidates, lexicon) else READER_BONUS
    base = {
        index: _base_score(blocks[index].text, share, page_shares[index], lexicon) - long_page
        + (reader_bonus if _addresses_reader(lexicon, blocks[index].text) else 0.0)
        for index, share in candidates.items()
    }
    if limit is not None and all(
        _best_score(
            base[index], _specific_share(blocks[index].text, lexicon, costed=True),
            _everyday_share(blocks[index].text, lexicon),
        ) < limit
        for index in candidates
    ):
        return None
    if not _is_article_with_facts(blocks, prose, [index for index in candidates if blocks[index].is_prose], lexicon):
        return None
    if sum(1 for index in prose if _addresses_reader(lexicon, blocks[index].text)) > READER_PAGE_SHARE * len(prose):
        return None
    if sum(1 for index in prose if carries_a_fact(blocks[index].text, lexicon)) < MIN_FACT_SHARE * len(prose):
        return None  # a paragraph with a new fact carries one: too few can, before any counting
    return candidates, page_shares, base


def _list_items(blocks: Sequence[Block], prose: list[int]) -> frozenset[int]:
    """Prose lines printed as items of a list, on a page that sets paragraphs apart with blank
    lines (two or more of its prose lines have one before them, besides the first line): lines
    with no blank line before them, or none between them and the next line. Filler is a paragraph
    of its own; generic advice in a list of best practices or steps is what the page says."""
    if sum(blocks[index].gap_before for index in prose if index > 0) < LIST_PAGE_GAPS:
        return frozenset()
    return frozenset(
        index
        for index in prose
        if not blocks[index].gap_before or (index + 1 < len(blocks) and not blocks[index + 1].gap_before)
    )


def _page_addresses_reader(
    blocks: Sequence[Block], prose: list[int], candidates: Collection[int], lexicon: Lexicon
) -> bool:
    """Whether a prose paragraph that is not a candidate talks to the reader: then the page does, and
    a candidate doing so speaks in the page's own voice, not the rewrite's."""
    return any(_addresses_reader(lexicon, blocks[index].text) for index in prose if index not in candidates)


def _someones_words(blocks: Sequence[Block], prose: list[int], index: int, lexicon: Lexicon) -> bool:
    """Whether line ``index``, which says "I" outside its quotes, is someone's own words:
    it opens with a quote mark, or the prose paragraph before it quotes or attributes (a speaker's
    words running on), or another prose paragraph of the page speaks in the first or second person
    outside its quotes (:func:`_in_person`: a diary, a column, an interview). In a report told in the
    third person, a lone paragraph saying "I" that follows no speaker is the rewrite's voice
    ("Honestly? I'm still processing it."). On the real gold bodies cut into short pages, judging
    "I" paragraphs took three real ones where the page's others say "we" or "you" (an interview's
    answers, a blogger's aside) and none elsewhere."""
    before = next((blocks[other].text for other in reversed(prose) if other < index), "")
    return (
        blocks[index].text.lstrip()[:1] in _QUOTE_MARKS
        or bool(_QUOTE.search(before) or lexicon.attribution.search(before))
        or any(_in_person(lexicon, blocks[other].text) for other in prose if other != index)
    )


def _short_sentence(block: Block) -> bool:
    """A line too short to be prose that is still a statement ("Buckle up, folks. This is only the
    start."): filler in a chatty rewrite is often one. A short question is more often a subheading.
    Asked of every line of a page on every pass: the word count, which most lines fail, comes first."""
    if block.words < SHORT_SENTENCE_WORDS:
        return False
    text = _ENTRY_TIME.sub("", _LIST_NUMBER.sub("", block.text, count=1), count=1)
    return text[:1].isupper() and text.rstrip(_CLOSERS)[-1:] in (".", "!")


def _short_report(block: Block, lexicon: Lexicon) -> bool:
    """Whether a line too short to be prose tells what happened, in the past tense (:func:`_narrates`),
    without judging it: an article's own closing line, an exclamation among them ("Nobody saw it
    coming!", "The whole town turned out!"), where a rewrite's short lines evaluate, greet and look
    ahead in the present ("Big change. Not everyone's happy!", "Stay tuned!"). Of the hand-written
    tuning sets' short filler lines, two tell in the past ("Analysts came away with plenty to think
    about.") and stay."""
    return not block.is_prose and _narrates(lexicon, block.text) and not _judges(lexicon, block.text)


def _is_article_with_facts(
    blocks: Sequence[Block], prose: list[int], candidates: Collection[int], lexicon: Lexicon
) -> bool:
    """Whether the page is a factual article that filler could pad: enough fact-bearing paragraphs
    and no majority of fact-free generic prose."""
    factless = sum(1 for index in candidates if not carries_a_fact(blocks[index].text, lexicon))
    return len(prose) - factless >= MIN_FACT_PARAGRAPHS and factless <= STAND_DOWN_SHARE * len(prose)


def _base_score(text: str, generic: float, page_generic: float, lexicon: Lexicon) -> float:
    """A candidate's score before position and novelty: markers, LLM words, its generic share and
    how far that stands above the page's, and whether it names anything at all. With
    the edge bonus it bounds the final score, which lets a page none of whose candidates can reach
    the threshold skip the document counts."""
    return (
        PHRASE_WEIGHT * min(PHRASE_CAP, lexicon.markers(text)[1])
        + lexicon.word_score(text)[1]
        + GENERIC_WEIGHT * generic
        + CONTRAST_WEIGHT * (generic - page_generic)
        + _emptiness(text, lexicon)
        - _explaining(len(lexicon.content(text)[0]))
        - (NARRATION_WEIGHT if _narrates(lexicon, text) else 0.0)
        - (ACTOR_WEIGHT if lexicon.actor.match(text) else 0.0)
        + (JUDGING_WEIGHT if _judges(lexicon, text) else 0.0)
    )


def _everyday_bonus(text: str, everyday: float, lexicon: Lexicon) -> float:
    """What everyday words of its own add (:data:`EVERYDAY_WEIGHT`, ``everyday`` their share) beyond
    the paragraph's marker phrases, as with :func:`_emptiness`: both say it talks around the story,
    so stock phrases that already scored as much leave nothing to add. Nothing for a paragraph that
    narrates: telling what happened in plain words is the article's account; nor for one of more than
    :data:`EXPLAINING_WORDS` content words: at length, plain words explain (how a place works, what to
    bring)."""
    if _narrates(lexicon, text) or len(lexicon.content(text)[0]) > EXPLAINING_WORDS:
        return 0.0
    return max(0.0, EVERYDAY_WEIGHT * everyday - PHRASE_WEIGHT * min(PHRASE_CAP, lexicon.markers(text)[1]))


def _detached(text: str, echo: float, lexicon: Lexicon) -> bool:
    """Whether a paragraph touches none of the article's particulars (:data:`DETACHED_WEIGHT`): no
    word of its own that another paragraph uses (``echo``), no name, number, quote or attribution
    (no capital inside a sentence either: :func:`_capital_inside`), and it opens a sentence (a
    capital after any list mark or quote mark: a line opening in lower case is a sentence the
    scraper split, not a paragraph)."""
    return (
        echo == 0.0 and not carries_a_fact(text, lexicon) and not _capital_inside(text, lexicon)
        and text.lstrip(_OPENERS)[:1].isupper()
    )


def _capital_inside(text: str, lexicon: Lexicon) -> bool:
    """Whether a word inside a sentence has a capital, "I" aside: a name, or a month ("in May") that
    :func:`_entities` leaves out among the stop words. In a language that capitalises its nouns a
    capital says nothing of the kind: there only :func:`_entities`' runs of capitals name someone."""
    if lexicon.capitalised_nouns:
        return bool(_entities(lexicon, text))
    return any(
        not _at_sentence_start(text, found.start()) and not lexicon.speaker.fullmatch(found.group())
        for found in _CAPITAL.finditer(text)
    )


def _explaining(content_words: int) -> float:
    """What a long fact-free paragraph loses: it explains rather than pads (:data:`EXPLAINING_WEIGHT`)."""
    if content_words <= EXPLAINING_WORDS:
        return 0.0
    return min(EXPLAINING_CAP, EXPLAINING_WEIGHT * log(content_words / EXPLAINING_WORDS))


def _emptiness(text: str, lexicon: Lexicon) -> float:
    """What naming nothing at all adds (:data:`NOTHING_SPECIFIC_BONUS`) beyond the paragraph's
    marker phrases: both say it speaks in stock generalities, so stock phrases that already scored
    as much leave nothing to add, and a paragraph a sensitivity of 0 keeps is not pushed past it by
    the same evidence counted twice. A paragraph names something when it carries a name, number,
    quote or attribution, or a word that is neither generic nor common to real articles at large
    ("bumblebees", "diaries")."""
    left = NOTHING_SPECIFIC_BONUS - PHRASE_WEIGHT * min(PHRASE_CAP, lexicon.markers(text)[1])
    if left <= 0.0 or _specific_share(text, lexicon) > 0.0 or carries_a_fact(text, lexicon):
        return 0.0
    return left


def _median_without(ordered: list[float], value: float | None) -> float:
    """The median of ``ordered`` (sorted) less one occurrence of ``value`` (``None``: nothing taken
    out), 0 when nothing is left: what ``statistics.median`` gives on that list, without building it."""
    count = len(ordered) - (value is not None)
    if count == 0:
        return 0.0
    skip = bisect_left(ordered, value) if value is not None else count

    def at(position: int) -> float:
        return ordered[position if position < skip else position + 1]

    middle = count // 2
    return at(middle) if count % 2 else (at(middle - 1) + at(middle)) / 2


def _specific_share(text: str, lexicon: Lexicon, costed: bool = False) -> float:
    """Share of a block's content stems that are neither generic nor common: each of them is either
    new or an echo of the article, so each costs at least the lesser of the two weights. ``costed``:
    only where that holds, so none for keyword stuffing, whose echo costs nothing."""
    if costed and STUFFING_LABEL in lexicon.markers(text)[0]:
        return 0.0
    stems, generic = lexicon.content(text)
    return len(stems - generic - lexicon.common_stems) / len(stems) if stems else 0.0


def _everyday_share(text: str, lexicon: Lexicon) -> float:
    """Share of a block's content stems that are common to real articles and not generic: the most
    of them that can be everyday words of its own (:data:`EVERYDAY_WEIGHT`)."""
    stems, generic = lexicon.content(text)
    return len((stems - generic) & lexicon.common_stems) / len(stems) if stems else 0.0


def _best_score(base: float, specific: float, everyday: float) -> float:
    """The most a candidate with this base score, specific share and everyday share can score: at an
    edge, with its specific content words (a share of ``specific``, each either new or an echo)
    costing the lesser of the two weights and its common ones (a share of ``everyday``) all its own,
    rounded as verdicts are, a hair up so that no order of float operations puts it under the
    score. A page none of whose candidates can reach the threshold is left before its document is
    counted."""
    return round(
        base + DETACHED_WEIGHT + max(EDGE_BONUS, BETWEEN_BONUS) - min(NOVELTY_WEIGHT, ECHO_WEIGHT) * specific
        + EVERYDAY_WEIGHT * everyday + 1e-9,
        2,
    )


def _between_facts(index: int, judged: list[int], marked: set[int]) -> bool:
    """Whether the lines either side of a suspect are not suspects: a lone generic paragraph between
    two of the article's own (:data:`BETWEEN_BONUS`)."""
    position = judged.index(index)
    return 0 < position < len(judged) - 1 and judged[position - 1] not in marked and judged[position + 1] not in marked


def _at_edge(index: int, prose: list[int], marked: set[int]) -> bool:
    """First or last prose block, or inside a run of suspects that reaches one of them."""
    position = prose.index(index)
    return all(i in marked for i in prose[position:]) or all(i in marked for i in prose[: position + 1])


def leftover_blocks(blocks: Sequence[Block], lexicon: Lexicon) -> list[Block]:
    """Blocks holding a chatbot leftover and no fact the rest of the document lacks.

    A leftover inside a paragraph that carries a new fact stays: the paragraph is still article.
    """
    found = [block.index for block in blocks if lexicon.has_leftover(block.text)]
    if not found:
        return []
    document = _Document(blocks, lexicon)
    document.set_aside(found)
    return [
        blocks[index]
        for index in found
        if not document.new_facts(index, counted=False, text=lexicon.leftover_re.sub(" ", blocks[index].text))
    ]


def forget() -> None:
    """Empty the per-text memos (a benchmark's cold pass)."""
    for memo in (stem, _markers, _content, _word_score, _entities, _word_set, _numbers_in, _prefixes, _lower_words,
                 _addresses_reader, _speaks, _in_person, _carries_a_fact, _reports, _narrates, _judges):
        memo.cache_clear()
