"""Score prose blocks for AI-rewrite filler: paragraphs that restate the article and add no fact.

Content farms pass wire copy through a language model, which keeps the facts and pads them with
paragraphs of commentary ("Overall, the visit highlighted the strategic importance of ...").
Real journalism uses the same words now and then, so no word decides alone. A block is filler
only when three things agree:

* **markers**: stock phrases and sentence shapes that language models over-use (weighted; a
  multi-word phrase weighs more than a word, and single words count only as a density);
* **no new specific fact**: no number, quote, attribution or named entity that the rest of the
  document does not already carry (a gate); **novelty**, the share of its content words the body
  does not use, lowers the score;
* **position**: filler sits in the opening and closing paragraphs and in runs of them.

The lexicon is curated (not copied) from published sources:

* Kobak et al. 2024, "Delving into LLM-assisted writing in biomedical publications through
  excess vocabulary" (arXiv:2406.07016; github.com/berenslab/llm-excess-vocab): the excess style
  words of 2023-2024 ("delves", "underscores", "showcasing", "pivotal", "intricate", ...);
* Liang et al. 2024, "Mapping the increasing use of LLMs in scientific papers" and "Monitoring
  AI-modified content at scale" (arXiv:2404.01268, arXiv:2403.07183): adjectives and adverbs whose
  frequency jumped ("commendable", "meticulous", "innovative", "intricate", "notable", ...);
* Wikipedia, "Wikipedia:Signs of AI writing" (WikiProject AI Cleanup): "stands as a testament",
  "plays a vital role", "a rich cultural heritage", summary openers ("In conclusion", "Overall"),
  trailing "-ing" clauses that assert significance ("..., highlighting its importance"),
  "it's important to note", and chatbot leftovers ("As an AI language model", "[Insert ...]");
* the antislop phrase lists (github.com/sam-paech/antislop-sampler, ``slop_phrases*.json``,
  ``slop_words*.json``): the few non-fiction entries ("time would tell", "a testament to",
  "tapestry", "beacon of hope", "forge a new path", "a stark reminder").

The scoring is separate from the decision: :func:`score_page` returns a :class:`Verdict` per
candidate block with its markers, novelty and score; the caller compares the score with the
threshold from :func:`threshold` and records both in the reason.

The patterns are curated literals and short alternations with no nested quantifiers, so they use
the standard ``re`` engine (faster here than ``regex``) without a timeout.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from cleaner.engine.blocks import Block

TEXT_MEMO = 1 << 10
"""Paragraph texts whose features each memo remembers: cleaning runs to a fixed point, so a
page's paragraphs are scored again on the next pass. A thousand covers a page; 65,536 made a
worker's memory grow over the first 100,000 documents of a batch (43 to 74 MiB, with the line
memo below) for no measurable speed."""

DEFAULT_SENSITIVITY = 0.5
"""Middle of the 0..1 range: removes paragraphs with two or more strong markers and no new fact."""

_THRESHOLD_AT_ZERO = 5.0
_THRESHOLD_AT_ONE = 2.0


def threshold(sensitivity: object) -> float:
    """Score a block needs to be filler, from ``ai_filler.sensitivity`` (0 = only blatant filler,
    1 = aggressive; default 0.5 gives 3.5). Values outside 0..1 are clamped; junk means default."""
    try:
        value = float(sensitivity)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        value = DEFAULT_SENSITIVITY
    if value != value:  # NaN
        value = DEFAULT_SENSITIVITY
    value = min(1.0, max(0.0, value))
    return _THRESHOLD_AT_ZERO + (_THRESHOLD_AT_ONE - _THRESHOLD_AT_ZERO) * value


MIN_PHRASE_EVIDENCE = 2.0
"""Phrase and shape markers a block needs whatever the sensitivity: words alone never decide."""

# (label, weight, keys, pattern): multi-word phrases and sentence shapes, matched case-insensitively.
# A pattern is tried only on a block holding one of its keys: a word (any of its _INFLECTIONS, as a
# run of letters) or "^text", text the block opens with. A set intersection costs almost nothing, so
# most prose never reaches a regular expression; a key is the pattern's rarest required word.
_PHRASES: tuple[tuple[str, float, tuple[str, ...], str], ...] = (
    ("summary opener", 2.0,
     ("^overall", "^in conclusion", "^in summary", "^to sum", "^ultimately", "^all in all", "^in essence",
      "^taken together", "^in the end", "^looking", "^moving forward", "^going forward", "^in light of"),
     r"^\W*(?:overall|in conclusion|in summary|to sum up|to summari[sz]e|ultimately|all in all|in essence"
     r"|taken together|in the end|looking ahead|looking forward|moving forward|going forward"
     r"|in light of (?:this|these developments)),"),
    ("as the story unfolds", 1.0, ("^as ",),
     r"^\W*as (?:the|this|these|such|we|society|communities|nations"
     r"|organi[sz]ations) [a-z -]{0,60}?(?:continues?|unfolds?|evolves?|moves? forward|progress(?:es)?"
     r"|approach(?:es)?|begins?|grapples?|embarks?|intensif(?:y|ies)|matures?|comes? together)\b"),
    ("in a landmark move", 1.5, ("^in a ",),
     r"^\W*in a (?:landmark|significant|bold|major|historic|surprising|thrilling|dramatic|stunning"
     r"|pivotal) (?:move|decision|development|ruling|step|display|turn)\b|^\W*in a move that\b"),
    ("only time will tell", 3.0, ("tell",),
     r"\b(?:only )?time will tell\b"),
    ("remains to be seen", 1.5, ("seen",),
     r"\bremains? to be seen\b"),
    ("serves as a reminder", 2.5, ("reminder", "picture", "call"),
     r"\bserves? as a (?:\w+ )?reminder\b|\ba (?:stark|powerful|poignant|sobering|timely) (?:reminder"
     r"|picture)\b|\ba wake-up call\b"),
    ("reflects a broader", 2.0, ("reflect",),
     r"\breflect(?:s|ed|ing)? (?:a |the )?(?:broader|wider|larger|growing)\b"),
    ("paves the way", 1.5, ("pav",),
     r"\bpav(?:es|ed|ing|e) the way\b"),
    ("testament", 2.0, ("testament",),
     r"\b(?:stands?|serves?) as a testament\b|\b(?:is|are|was|as) a testament to\b"),
    ("plays a key role", 1.5, ("role",),
     r"\bplay(?:s|ed|ing)? (?:a|an) (?:crucial|vital|pivotal|key|significant|critical|important"
     r"|instrumental|central|major) role\b"),
    ("underscores the importance", 2.0,
     ("underscor", "highlight", "emphasi", "demonstrat", "reinforc", "reaffirm", "showcas", "illustrat", "signal",
      "cement"),
     r"\b(?:underscor|highlight|emphasi[sz]|demonstrat|reinforc|reaffirm|showcas|illustrat|signal"
     r"|cement)(?:e|es|ed|ing|s)? (?:the|their|its|a|his|her|our|this) (?:\w+ ){0,2}(?:importance"
     r"|significance|need|commitment|determination|resolve|value|potential|complexit(?:y|ies)|challenges"
     r"|urgency|dedication|resilience|relevance|vulnerability|fragility|power|acceptance|role|momentum"
     r"|impact|threat|pressures|interplay)\b"),
    ("urgent need", 1.5, ("urgent", "pressing", "critical"),
     r"\b(?:the|an) (?:urgent|pressing|critical) need (?:for|to)\b"),
    ("shared commitment", 1.5, ("commitment",),
     r"\b(?:shared|mutual|unwavering|steadfast|continued|strong|collective|ongoing|deep|firm"
     r"|renewed) commitment\b|\bcommitment to (?:innovation|excellence|quality|sustainability|transparency"
     r"|progress|diversity|its customers)\b"),
    ("marks a milestone", 1.5, ("signal", "mark", "represent", "milestone", "forward", "turning", "moment"),
     r"\b(?:signal|mark|represent)(?:s|ed|ing)? a (?:\w+ )?(?:shift|step|milestone|turning point|departure"
     r"|watershed|new chapter|new era|moment)\b|\ba (?:significant|major|important|crucial|pivotal|key"
     r"|notable|historic) (?:milestone|step forward|turning point|moment)\b"),
    ("in the face of", 1.0, ("face",),
     r"\bin the face of (?:rising|growing|evolving|mounting|increasing|ongoing|this)\b"),
    ("evolving landscape", 2.0,
     ("evolving", "changing", "paced", "shifting", "complex", "crowded", "competitive", "reshape", "transform",
      "redefine", "shape"),
     r"\b(?:ever[- ]evolving|rapidly evolving|ever[- ]changing|fast[- ]paced|shifting|evolving|changing"
     r"|complex|crowded|competitive) (?:landscape|world|environment|threats|challenges|dynamics"
     r"|technology)\b|\b(?:reshape|transform|redefine|shape) the (?:landscape|future)\b"),
    ("navigate the complexities", 2.0, ("navigat",),
     r"\bnavigat(?:e|es|ed|ing) (?:the )?(?:complexities|challenges|intricacies|uncertainties|landscape)\b"),
    ("peace and stability", 1.0, ("stability", "prosperity"),
     r"\b(?:peace|security|growth) and (?:stability|prosperity)\b"),
    ("a comprehensive approach", 1.5, ("approach", "strategy", "response", "effort"),
     r"\ba (?:more )?(?:comprehensive|holistic|coordinated|nuanced|collaborative|balanced|measured"
     r"|multifaceted|unified) (?:approach|strategy|response|effort)\b"),
    ("for years to come", 1.5, ("come", "ahead"),
     r"\bfor (?:years|decades|generations) to come\b|\bgenerations to come\b|\b(?:weeks|months|years|races"
     r"|games|matches) (?:and months )?(?:ahead|to come)\b"),
    ("the road ahead", 1.0, ("ahead", "forward", "recovery"),
     r"\b(?:the|a) (?:long )?(?:road|path|way) (?:ahead|forward|to recovery)\b"),
    ("as the situation unfolds", 1.5, ("unfold", "evolv", "develop", "progress"),
     r"\bas the (?:situation|story|investigation|crisis|case|season|debate"
     r"|process) (?:continues to )?(?:unfold|evolve|develop|progress)(?:s)?\b"
     r"|\bhow the [a-z ]{1,40} unfolds\b"),
    ("one thing is clear", 2.0, ("thing",),
     r"\bone thing (?:is|remains) (?:clear|certain)\b"),
    ("it is important to note", 2.0, ("important", "worth", "crucial", "essential", "vital"),
     r"\bit(?: is|'s|’s) (?:important|worth|crucial|essential|vital) (?:to note|noting|to remember"
     r"|to recognize|to consider|to acknowledge)\b"),
    ("continues to shape", 1.5, ("continu",),
     r"\bcontinu(?:e|es|ing) to (?:captivate|inspire|shape|resonate|evolve|thrive|influence|define"
     r"|reverberate)\b"),
    ("lasting impact", 2.0, ("lasting", "enduring"),
     r"\b(?:leave|leaves|leaving|left) a lasting (?:impact|legacy|impression|mark)\b|\benduring (?:legacy"
     r"|connection|power|appeal)\b|\blasting legacy\b"),
    ("rich heritage", 1.5, ("rich", "vibrant"),
     r"\b(?:rich|vibrant) (?:cultural )?(?:heritage|tapestry|history|traditions?)\b|\bvibrant (?:platform"
     r"|hub|community|celebration)\b"),
    ("broader trend", 1.5, ("growing", "broader", "wider", "larger"),
     r"\b(?:a|the) (?:growing|broader|wider|larger) (?:trend|movement|effort|push|recognition|awareness"
     r"|shift|conversation|context|strategy|picture|debates?|acceptance)\b|\bbroader debates?\b"),
    ("broader implications", 1.5, ("implications", "ramifications", "consequences"),
     r"\b(?:broader|wider|far-reaching|profound|significant|political) (?:implications|ramifications"
     r"|consequences)\b"),
    ("in an era of", 1.5, ("era", "today's", "today’s", "increasingly"),
     r"\bin (?:an|this) era (?:of|where|when|marked)\b|\bin today['’]s (?:world|climate|landscape"
     r"|digital age|society|market)\b|\bin an increasingly (?:digital|connected|competitive|complex"
     r"|uncertain|interconnected|globali[sz]ed) (?:world|landscape|environment|economy|market)\b"),
    ("delves into", 2.0, ("delv",),
     r"\bdelv(?:e|es|ed|ing) (?:into|deeper)\b"),
    ("beacon of hope", 2.0, ("hope", "human", "spirit", "brighter"),
     r"\ba (?:beacon|symbol|testament) of (?:hope|resilience|progress|unity|strength)\b|\b(?:renewed"
     r"|new) hope\b|\bthe (?:strength|resilience) of the human spirit\b|\ba brighter future\b"),
    ("shape the future", 1.5, ("future", "chapter", "generation"),
     r"\bshap(?:e|es|ed|ing) the future of\b|\b(?:the|a) (?:new|next|bold new) chapter\b"
     r"|\bthe next generation of\b"),
    ("strategic importance", 1.5, ("importance",),
     r"\b(?:strategic|critical|crucial|vital|paramount|immense) importance\b"),
    ("collaborative efforts", 1.0, ("effort",),
     r"\b(?:collaborative|concerted|joint|collective) efforts?\b"),
    ("poised to transform", 1.5, ("reshape", "transform", "redefine", "revolution"),
     r"\b(?:poised|set|stands) to (?:reshape|transform|redefine|revolutioni[sz]e)\b"),
    ("fosters cooperation", 1.5, ("foster",),
     r"\bfoster(?:s|ed|ing)? (?:a |greater |closer |stronger |deeper |a deeper )?(?:sense|culture"
     r"|collaboration|cooperation|dialogue|innovation|trust|understanding|unity|growth|sustainable"
     r"|appreciation)\b"),
    ("bolster capabilities", 1.0, ("bolster", "enhanc", "strengthen", "deepen"),
     r"\b(?:bolster|enhanc|strengthen|deepen)(?:e|es|ed|ing|s)? (?:their|its|the"
     r"|our) (?:\w+ )?(?:capabilities|resilience|position|ties|commitment|readiness|partnership"
     r"|cooperation)\b"),
    ("cements its status", 2.0, ("cement", "solidif", "reinforc", "secur"),
     r"\b(?:cement|solidif(?:y|ie)|reinforc|secur)(?:e|es|ed|ing|s)? (?:his|her|their|its) (?:position"
     r"|status|place|reputation|standing|legacy) as\b"),
    ("remains committed", 1.0, ("remain",),
     r"\bremain(?:s|ed)? (?:committed|steadfast|resilient|optimistic|hopeful|vigilant)\b"),
    ("not only but also", 1.0, ("only",),
     r"\bnot only\b[^.;]{1,80}\bbut also\b"),
    ("this move highlights", 1.5,
     ("highlight", "underscor", "reflect", "demonstrat", "signal", "showcas", "emphasi", "illustrat", "represent",
      "serve", "mark", "paint"),
     r"(?:^|(?<=[.!?]\s))\W*(?:this|the|these|such) [\w '’-]{0,40}?(?:highlights?|underscores?|reflects?"
     r"|demonstrates?|signals?|showcases?|emphasi[sz]es?|illustrates?|represents? a|serves? as|marks? a"
     r"|paints? a)\b"),
    ("participial tail", 1.5,
     ("highlighting", "underscoring", "emphasizing", "emphasising", "reflecting", "signaling", "signalling",
      "showcasing", "demonstrating", "reinforcing", "illustrating", "cementing", "solidifying", "fostering",
      "paving", "symbolizing", "symbolising", "contributing", "setting", "ensuring", "bringing", "offering"),
     r",\s(?:highlighting|underscoring|emphasi[sz]ing|reflecting|signal(?:l)?ing|showcasing|demonstrating"
     r"|reinforcing|illustrating|cementing|solidifying|fostering|paving|symboli[sz]ing|contributing to"
     r"|setting the stage|ensuring|bringing together|offering a glimpse)\b"),
    ("watching closely", 2.0, ("watching", "awaiting", "looking", "eagerly"),
     r"\b(?:fans|investors|observers|analysts|all eyes|the world|stakeholders) (?:will be|are) (?:eagerly "
     r"|closely )?(?:watching|awaiting|looking)\b|\bwatching closely\b|\beagerly (?:awaiting|anticipat\w+"
     r"|watching)\b"),
    ("delicate balance", 1.5, ("delicate", "balanc", "interplay"),
     r"\bdelicate (?:balance|interplay|balancing)\b|\bbalancing act\b|\bcomplex interplay\b"
     r"|\bstriking the right balance\b"),
    ("draws attention", 1.5, ("attention", "pressing", "grappl"),
     r"\bha(?:s|ve) drawn (?:significant|widespread|considerable|international) attention\b"
     r"|\bone of the most pressing\b|\bgrappl(?:e|es|ing) with (?:the )?(?:aftermath|challenge|question)\b"),
    ("power of storytelling", 1.5, ("power", "magic", "beauty", "transcend"),
     r"\bthe (?:power|magic|beauty) of (?:storytelling|music|art|sport|community|cinema|film)\b"
     r"|\btranscend(?:s|ing)? (?:borders|boundaries|generations)\b"),
    ("compelling option", 1.0, ("compelling", "formidable", "promising", "promises", "plenty"),
     r"\b(?:a|the) (?:compelling|formidable|promising) (?:option|choice|contender|force|voice"
     r"|proposition)\b|\bpromises to (?:deliver|be)\b|\bplenty of excitement\b"),
    ("a celebration of", 1.5, ("celebration", "spirit", "undoubtedly"),
     r"\ba (?:true |fitting )?celebration of\b|\b(?:shared )?spirit of (?:perseverance|unity|solidarity"
     r"|cooperation|resilience|collaboration|innovation)\b|\bwill undoubtedly\b"),
    ("both sides", 0.5, ("both",),
     r"\bboth (?:countries|nations|sides|parties|teams|companies|leaders|organi[sz]ations)\b"),
)

# Chatbot leftovers: the model talking to its user. Each is evidence on its own.
_PREFACE = (
    r"^\W*(?:certainly|sure|absolutely|of course)[!,.]?\s+here(?:'s| is| are)\b"
    r"|^\W*here(?:'s| is) (?:a |the |your )?(?:rewritten|revised|paraphrased|reworded|updated|rephrased)\b"
)
_LEFTOVERS: tuple[tuple[str, str], ...] = (
    ("as an AI language model", r"\bas an ai(?: language)? model\b|\bas a large language model\b"),
    ("knowledge cutoff", r"\bas of my (?:last )?(?:knowledge )?(?:update|cutoff|training)\b|\bmy knowledge cutoff\b"),
    ("placeholder", r"\[(?:insert|add|include|your) [^\]\n]{1,60}\]"),
    ("chatbot preface", _PREFACE),
    ("chatbot sign-off", r"\blet me know if you(?:'d| would) like (?:me to|any) (?:changes|adjustments|revisions"
     r"|expand|rewrite|adjust)\b"),
    ("regenerate response", r"\bregenerate response\b"),
)

# Single words over-represented in LLM prose (Kobak et al.; Liang et al.; Wikipedia): density only.
_WORDS = frozenset(
    (
        "delve", "delves", "delved", "delving", "underscore", "underscores", "underscored", "underscoring",
        "showcase", "showcases", "showcased", "showcasing", "pivotal", "intricate", "intricacies", "realm",
        "tapestry", "testament", "multifaceted", "commendable", "meticulous", "meticulously", "invaluable",
        "noteworthy", "nuanced", "paramount", "holistic", "seamless", "seamlessly", "robust", "bolster", "bolsters",
        "bolstered", "bolstering", "foster", "fosters", "fostered", "fostering", "enhance", "enhances", "enhanced",
        "enhancing", "enhancement", "crucial", "vital", "comprehensive", "notably", "additionally", "furthermore",
        "moreover", "landscape", "navigate", "navigating", "strategic", "commitment", "commitments",
        "collaborative", "collaboration", "resilience", "resilient", "emphasize", "emphasizes", "emphasizing",
        "emphasise", "emphasises", "emphasising", "highlighting", "highlights", "ensuring", "significant",
        "significance", "potential", "insights", "garner", "garnered", "boasts", "nestled", "vibrant",
        "groundbreaking", "transformative", "profound", "unwavering", "steadfast", "endeavor", "endeavors",
        "endeavour", "stakeholders", "synergy", "dynamic", "evolving", "essential", "importance", "thereby",
        "paving", "innovative", "innovation", "align", "aligns", "aligning", "alignment", "leverage", "leveraging",
        "utilize", "utilizing", "facilitate", "facilitating", "encompassing", "exemplifies", "exemplify",
        "remarkable", "elevate", "unlock", "harness", "harnessing", "amidst", "myriad", "deepen", "deepening",
        "strengthen", "strengthening", "cooperation", "broader", "shared", "mutual", "readiness", "capabilities",
        "promoting", "ongoing", "concerted", "heightened", "reaffirm", "reaffirms", "reaffirming", "reaffirmed",
    )
)

_STOP = frozenset(
    (
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "with", "by", "from",
        "as", "is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "this", "that", "these",
        "those", "their", "there", "they", "them", "he", "she", "his", "her", "hers", "him", "we", "our", "ours",
        "you", "your", "i", "me", "my", "not", "no", "so", "than", "then", "also", "has", "have", "had", "having",
        "will", "would", "can", "could", "may", "might", "should", "shall", "must", "into", "onto", "over", "under",
        "about", "after", "before", "while", "which", "who", "whom", "whose", "what", "when", "where", "why", "how",
        "all", "any", "both", "each", "more", "most", "other", "some", "such", "only", "own", "same", "very",
        "just", "up", "out", "down", "off", "again", "further", "once", "here", "too", "s", "t", "can't", "don't",
        "won't", "isn't", "it's", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "first", "second", "third", "new", "last", "next", "many", "much", "several", "like", "well", "even",
        "still", "yet", "ever", "among", "amid", "within", "without", "between", "through", "during", "against",
        "toward", "towards", "upon", "across", "around", "along", "despite", "however", "although", "though",
        "because", "since", "until", "unless", "whether", "if", "do", "does", "did", "done", "make", "makes",
        "made", "take", "takes", "took", "say", "says", "said", "told", "according", "per", "via",
    )
)

# Abstract nouns and adjectives filler recombines; they carry no fact, so novelty ignores them.
_GENERIC = frozenset(
    (
        "region", "regional", "future", "efforts", "effort", "approach", "strategy", "strategies", "challenge",
        "challenges", "security", "stability", "peace", "ties", "relationship", "relationships", "partnership",
        "partnerships", "capability", "capacity", "growth", "development", "developments", "community",
        "communities", "industry", "sector", "world", "global", "overall", "role", "impact", "implications",
        "shift", "trend", "step", "move", "moves", "way", "ways", "need", "needs", "goal", "goals", "aim", "aims",
        "focus", "plan", "plans", "progress", "success", "ability", "key", "major", "important", "importance",
        "critical", "clear", "continued", "continuing", "continue", "continues", "growing", "rising", "increasing",
        "greater", "strong", "stronger", "closer", "close", "further", "long", "term", "long-term", "broad", "wide",
        "wider", "larger", "commitment", "committed", "determination", "resolve", "vision", "values", "value",
        "benefit", "benefits", "opportunity", "opportunities", "issue", "issues", "concern", "concerns", "question",
        "questions", "situation", "context", "environment", "area", "areas", "field", "fields", "measures",
        "action", "actions", "response", "responses", "threat", "threats", "risk", "risks", "nation", "nations",
        "country", "countries", "people", "public", "society", "both", "parties", "stakeholders", "leaders",
        "leadership", "officials", "experts", "observers", "analysts", "times", "time", "years", "today", "era",
        "moment", "period", "reminder", "testament", "signal", "sign", "path", "road", "ahead", "forward",
        "address", "addressing", "maintain", "maintaining", "ensure", "ensures", "ensuring", "promote", "promoting",
        "support", "supporting", "help", "helping", "highlight", "highlighted", "emphasized", "underscored",
        "demonstrate", "demonstrates", "demonstrated", "reflect", "reflects", "reflected", "remain", "remains",
        "remained", "serve", "serves", "served", "represent", "represents", "represented", "mark", "marks",
        "marked", "signals", "signaled", "aimed", "seek", "seeks", "sought", "work", "working", "together",
        "collective", "shared", "mutual", "essential", "significant", "vital", "crucial", "pivotal", "strategic",
        "comprehensive", "broader", "evolving", "ongoing", "potential", "positive", "negative", "lasting",
        "enduring", "meaningful", "ultimately", "conclusion", "summary", "light", "wake",
    )
)

_PHRASE_RULES = tuple((label, weight, re.compile(pattern)) for label, weight, _, pattern in _PHRASES)
"""Lower-case patterns, searched in the lower-cased block: a third faster than ``re.IGNORECASE``."""
_INFLECTIONS = (
    "", "s", "es", "e", "ed", "d", "ing", "ion", "ions", "y", "ies", "ied", "ying", "ly", "al", "ally", "led",
    "ling", "ize", "izes", "ized", "izing", "ise", "ises", "ised", "ising", "ze", "zes", "zed", "zing", "se", "ses",
    "sed", "sing", "ment", "ments", "ation", "ations",
)


_PUNCTUATION = "\"'“”‘’.,;:!?()[]{}*_"
_LETTER_RUN = re.compile(r"[a-z]+")
"""What a trigger word is matched against: runs of ASCII letters of the lower-cased block (the
lexicon is English), found in one C call per paragraph."""


def _index_keys() -> tuple[dict[str, set[int]], dict[str, set[int]]]:
    """The phrases each inflected key word unlocks, and those each block opening unlocks."""
    triggers: dict[str, set[int]] = {}
    openings: dict[str, set[int]] = {}
    for number, (_, _, keys, _) in enumerate(_PHRASES):
        for key in keys:
            if key.startswith("^"):
                openings.setdefault(key[1:], set()).add(number)
            else:
                stem = _LETTER_RUN.findall(key)[0]
                for ending in _INFLECTIONS:
                    triggers.setdefault(stem + ending, set()).add(number)
    return triggers, openings


_TRIGGERS, _OPENINGS = _index_keys()
_TRIGGER_WORDS = frozenset(_TRIGGERS)
_OPENING_TEXTS = tuple(_OPENINGS)
_LEFTOVER_RE = re.compile(
    "|".join(f"(?P<c{number}>{pattern})" for number, (_, pattern) in enumerate(_LEFTOVERS)),
    re.IGNORECASE | re.MULTILINE,
)
"""Every leftover; a preface counts at the start of any line, so a page's leftovers are those of its blocks."""
_LEFTOVER_KEYS = (
    "as an ai", "large language model", "as of my", "knowledge cutoff", "[insert ", "[add ", "[include ", "[your ",
    "let me know", "regenerate",
)
"""Lower-case literals one of which every leftover but a chatbot preface contains: a page without
them (nearly every page) costs a few substring scans, not a pass of the leftover patterns."""
_PREFACE_KEYS = ("here's", "here is", "here are")
"""One of these is in every chatbot preface: only a page holding one is searched for a preface."""
_LEFTOVER_OPENING = re.compile(_PREFACE, re.MULTILINE)
"""A chatbot preface opening any line, searched in lower-cased text: with the keys above, what
decides whether a page is scanned."""
_LEFTOVER_LABEL = {f"c{number}": label for number, (label, _) in enumerate(_LEFTOVERS)}

_WORD = re.compile(r"[^\W\d_][\w&-]*(?:[.'’][^\W\d_][\w&-]*)*")
_NUMBER = re.compile(r"\d[\d,.:/]*\d|\d")
_QUOTE = re.compile(r"[“\"]([^“”\"\n]{3,}?)[”\"]")
_ATTRIBUTION = re.compile(r"\b(?:said|told|according to|testified|wrote|quoted|reported)\b", re.IGNORECASE)
_CAPITAL = re.compile(r"(?<![\w'’])[A-Z][\w&-]*(?:[.'’][^\W\d_][\w&-]*)*")
_CLOSERS = "'\"”’)]"
_OPENERS = "\"“‘'(["

WORD_WEIGHT = 20.0
"""Score per unit of lexicon-word density above the base rate of news prose."""
WORD_BASE_RATE = 0.03
WORD_CAP = 2.0
EDGE_BONUS = 1.0
"""Opening and closing paragraphs, and runs of candidates reaching them, are where filler sits."""
NOVELTY_WEIGHT = 1.5


@dataclass(frozen=True, slots=True)
class Verdict:
    """The evidence on one prose block; ``is_filler(threshold)`` is the decision."""

    block: int
    markers: tuple[str, ...]
    phrase_score: float
    word_hits: int
    novelty: float
    new_facts: tuple[str, ...]
    score: float

    def is_filler(self, limit: float) -> bool:
        """Strong marker evidence, nothing new and specific, and a score at or over the threshold."""
        return (
            not self.new_facts
            and self.phrase_score >= MIN_PHRASE_EVIDENCE
            and self.score >= limit
        )

    def reason(self, limit: float) -> str:
        marks = ", ".join(self.markers)
        return (
            f"restates the article without a new fact: markers [{marks}] + {self.word_hits} lexicon words; "
            f"novelty {self.novelty:.2f}; score {self.score:.2f} >= threshold {limit:.2f}"
        )


def may_hold_leftovers(text: str) -> bool:
    """A cheap test that ``text`` has no chatbot leftover when it says False (nearly every page)."""
    lowered = text.lower()
    return any(key in lowered for key in _LEFTOVER_KEYS) or (
        any(key in lowered for key in _PREFACE_KEYS) and _LEFTOVER_OPENING.search(lowered) is not None
    )


def leftovers(text: str) -> list[str]:
    """Chatbot leftovers in ``text`` ("As an AI language model", "[Insert quote here]"), by label."""
    if not may_hold_leftovers(text):
        return []
    return sorted({_LEFTOVER_LABEL[m.lastgroup] for m in _LEFTOVER_RE.finditer(text) if m.lastgroup})


@lru_cache(maxsize=TEXT_MEMO)
def _markers(text: str) -> tuple[tuple[str, ...], float]:
    """The marker phrases a block carries and their weight; nothing when the phrases its words
    unlock could not weigh :data:`MIN_PHRASE_EVIDENCE` together (a candidate needs that much)."""
    lowered = text.lower()
    unlocked: set[int] = set()
    for word in _TRIGGER_WORDS.intersection(_LETTER_RUN.findall(lowered)):
        unlocked |= _TRIGGERS[word]
    opening = lowered.lstrip(" \t\"'“‘*#>-")
    if opening.startswith(_OPENING_TEXTS):
        unlocked.update(n for text, numbers in _OPENINGS.items() if opening.startswith(text) for n in numbers)
    if sum(_PHRASE_RULES[number][1] for number in unlocked) < MIN_PHRASE_EVIDENCE:
        return (), 0.0
    labels: list[str] = []
    score = 0.0
    for number in sorted(unlocked):
        label, weight, pattern = _PHRASE_RULES[number]
        if pattern.search(lowered):
            labels.append(label)
            score += weight
    return tuple(labels), score


def _content(words: Sequence[str]) -> set[str]:
    """Content-word stems: a six-letter prefix folds "cooperation" and "cooperate" together."""
    return {
        word[:6]
        for word in words
        if len(word) > 2 and word not in _STOP and word not in _GENERIC and word not in _WORDS
    }


@lru_cache(maxsize=TEXT_MEMO)
def _entities(text: str) -> frozenset[str]:
    """Capitalised words not at a sentence start, plus runs of two capitalised words anywhere."""
    found: set[str] = set()
    previous_end = -2
    for match in _CAPITAL.finditer(text):
        word = match.group().lower()
        word = word[:-2] if word.endswith(("'s", "’s")) else word
        if not word or word in _STOP:
            previous_end = -2
            continue
        if not _at_sentence_start(text, match.start()) or match.start() == previous_end + 1:
            found.add(word)
        previous_end = match.end()
    return frozenset(found)


def _at_sentence_start(text: str, position: int) -> bool:
    """Whether a word at ``position`` opens a sentence: only what precedes it on a few characters counts."""
    before = text[max(0, position - 6) : position].rstrip().rstrip(_CLOSERS)
    return position == 0 or not before.strip(_OPENERS) or before[-1] in ".!?:;"


@lru_cache(maxsize=TEXT_MEMO)
def _word_set(text: str) -> frozenset[str]:
    """The block's words for "was this said elsewhere?": split on spaces (cheap), punctuation shed."""
    words = {token.strip(_PUNCTUATION) for token in text.lower().split()}
    possessives = {word for word in words if word.endswith(("'s", "’s"))}
    return frozenset((words - possessives) | {word[:-2] for word in possessives} if possessives else words)


@lru_cache(maxsize=TEXT_MEMO)
def _numbers(text: str) -> frozenset[str]:
    return frozenset(n.replace(",", "") for n in _NUMBER.findall(text))


@lru_cache(maxsize=TEXT_MEMO)
def _stems(text: str) -> frozenset[str]:
    return frozenset(word[:5] for word in _word_set(text))


@lru_cache(maxsize=TEXT_MEMO)
def _lower_words(text: str) -> tuple[str, ...]:
    """Lower-cased words, possessives folded ("Japan’s" is "japan"), initialisms kept ("u.s")."""
    return tuple(word[:-2] if word.endswith(("'s", "’s")) else word for word in _WORD.findall(text.lower()))


class _Document:
    """What each block of a document says (words, numbers, text), counted so that "does any other
    block say this?" costs a lookup, whichever blocks are set aside."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.texts = [block.text for block in blocks]
        self.words = [_word_set(text) for text in self.texts]
        self.numbers = [_numbers(text) for text in self.texts]
        self.stems = [_stems(text) for text in self.texts]
        self.lowered = "\n".join(self.texts).lower()
        self.word_count = Counter(chain.from_iterable(self.words))
        self.stem_count = Counter(chain.from_iterable(self.stems))
        self.number_count = Counter(chain.from_iterable(self.numbers))

    def set_aside(self, excluded: Iterable[int]) -> None:
        """Forget what ``excluded`` blocks say: later questions are about the rest only."""
        for index in excluded:
            self.word_count.subtract(self.words[index])
            self.stem_count.subtract(self.stems[index])
            self.number_count.subtract(self.numbers[index])

    def new_facts(self, index: int, counted: bool, text: str | None = None) -> tuple[str, ...]:
        """Specific facts of block ``index`` (or of ``text``, a part of it) that no other counted
        block carries: numbers, quotes, attribution, named entities. ``counted`` says whether the
        block itself is still counted."""
        own = 1 if counted else 0
        text = self.texts[index] if text is None else text
        facts: list[str] = []
        if _ATTRIBUTION.search(text):
            facts.append("attribution")
        facts.extend(f"number {n}" for n in sorted(self.numbers[index]) if self.number_count[n] - own <= 0)
        for quote in _QUOTE.findall(text):
            if len(quote.split()) >= 3 and self.lowered.count(quote.lower().strip(" ,.")) <= 1:
                facts.append(f"quote {quote[:30]!r}")
        for entity in sorted(_entities(text)):
            if self.word_count[entity] - own <= 0 and self.stem_count[entity[:5]] - own <= 0:
                facts.append(f"name {entity}")
        return tuple(facts)

    def novelty(self, index: int) -> float:
        """Share of the block's content-word stems that no other counted block uses."""
        stems = _content(self.words[index])
        if not stems:
            return 0.0
        body = {word[:6] for word, count in self.word_count.items() if count > 0}
        return len(stems - body) / len(stems)


def score_page(blocks: Sequence[Block], limit: float | None = None) -> list[Verdict]:
    """Verdicts on the prose blocks that carry phrase markers, in block order.

    Facts and novelty are measured against the body. A candidate with a fact no other block
    carries is body; the rest are judged against the non-candidates plus those. So a summary that
    copies a body paragraph never makes that paragraph look stale, and opening filler is judged
    against the article that follows it.

    With a ``limit``, a page none of whose candidates could reach it (markers, lexicon words and
    the edge bonus if the candidate could be at an edge, before novelty subtracts) gets no
    verdicts, and the document-wide counts that facts and novelty need are never built.
    """
    marked: dict[int, tuple[tuple[str, ...], float]] = {}
    for block in blocks:
        if block.is_prose:
            labels, phrase_score = _markers(block.text)
            if phrase_score >= MIN_PHRASE_EVIDENCE:
                marked[block.index] = (labels, phrase_score)
    if not marked:
        return []
    prose = [block.index for block in blocks if block.is_prose]
    if limit is not None:
        candidates = set(marked)  # the suspects are among them, so this edge test is an upper bound
        if all(
            phrase_score
            + _word_score(blocks[index].text)[1]
            + (EDGE_BONUS if _at_edge(index, prose, candidates) else 0.0)
            < limit
            for index, (_, phrase_score) in marked.items()
        ):
            return []
    document = _Document(blocks)
    suspects = [index for index in marked if not document.new_facts(index, counted=True)]
    if not suspects:
        return []
    document.set_aside(suspects)
    verdicts = []
    for index in suspects:
        labels, phrase_score = marked[index]
        novelty = document.novelty(index)
        word_hits, word_score = _word_score(blocks[index].text)
        edge = EDGE_BONUS if _at_edge(index, prose, set(suspects)) else 0.0
        score = phrase_score + word_score + edge - NOVELTY_WEIGHT * novelty
        facts = document.new_facts(index, counted=False)
        verdicts.append(Verdict(index, tuple(labels), phrase_score, word_hits, novelty, facts, round(score, 2)))
    return verdicts


@lru_cache(maxsize=TEXT_MEMO)
def _word_score(text: str) -> tuple[int, float]:
    """Lexicon words in a block and what their density above news prose's base rate scores
    (memoised: the candidate gate and the verdict both ask)."""
    words = _lower_words(text)
    hits = sum(word in _WORDS for word in words)
    density = hits / max(1, len(words))
    return hits, min(WORD_CAP, max(0.0, density - WORD_BASE_RATE) * WORD_WEIGHT)


def _at_edge(index: int, prose: list[int], marked: set[int]) -> bool:
    """First or last prose block, or inside a run of marker candidates that reaches one of them."""
    if not prose:
        return False
    position = prose.index(index)
    return all(i in marked for i in prose[position:]) or all(i in marked for i in prose[: position + 1])


def leftover_blocks(blocks: Sequence[Block]) -> list[Block]:
    """Blocks holding a chatbot leftover and no fact the rest of the document lacks.

    A leftover inside a paragraph that carries a new fact stays: the paragraph is still article.
    """
    found = [block.index for block in blocks if _has_leftover(block.text)]
    if not found:
        return []
    document = _Document(blocks)
    document.set_aside(found)
    return [
        blocks[index]
        for index in found
        if not document.new_facts(index, counted=False, text=_LEFTOVER_RE.sub(" ", blocks[index].text))
    ]


def _has_leftover(text: str) -> bool:
    return may_hold_leftovers(text) and _LEFTOVER_RE.search(text) is not None
