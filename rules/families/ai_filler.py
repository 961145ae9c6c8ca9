"""AI-rewrite filler: paragraphs a language model adds around the facts it was asked to rewrite.

A paragraph goes when it adds no fact the rest of the article does not already state (no new
name, number, date, quote or attribution) and speaks in generic, evaluative or forward-looking
terms: most of its content words are either the article's own or the generic vocabulary below,
with few words of its own (low novelty). Marker phrases and LLM-overused words add to the score.
A page whose prose is mostly generic (marketing, SEO, commentary) has no filler: the detector
stands down there, and so it does on a page whose body reads as a guide, a tool comparison, sales
copy or a blurb (headings or list items, "you", advice in the imperative: ``GUIDE_VERBS``, product
talk: ``PRODUCT_WORDS``) and dates next to nothing. The reason records the markers, the generic
share, the novelty, the score and the threshold; the scoring lives in
:mod:`cleaner.evidence.filler`, the English vocabulary here, and that of German, French, Spanish,
Portuguese, Italian and Dutch in one file a language (:data:`LANGUAGES_DIR`): the scoring is the
same in every language, and a page is read in the one its prose's stop words say (:func:`_lexicon_for`).

Setting ``ai_filler.sensitivity`` (float, 0..1, default 0.5, threshold 2.1): 0 removes only blatant
filler (threshold 5.0), 1 is aggressive (threshold 1.8). ``keep={"ai_filler"}`` turns the family off.

The phrase and word lists are curated (not copied) from published sources:

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

The generic vocabulary (abstract nouns, evaluative words, forward-looking words, a page talking
about itself, verbs that restate) is written from what such paragraphs are, not from any page.
"""

from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from itertools import chain
from pathlib import Path

from cleaner.evidence import filler
from cleaner.rule_api import Block, Evidence, Family, Found, Page, detector

family = Family("ai_filler")

# (label, weight, keys, pattern): multi-word phrases and sentence shapes, matched in the lower-cased
# block. A pattern is tried only on a block holding one of its keys: a word (any inflection, as a
# run of letters) or "^text", text the block opens with; a key is the pattern's rarest required word.
PHRASES: tuple[tuple[str, float, tuple[str, ...], str], ...] = (
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
CHATBOT_PREFACE = (
    r"^\W*(?:certainly|sure|absolutely|of course)[!,.]?\s+here(?:'s| is| are)\b"
    r"|^\W*here(?:'s| is) (?:a |the |your )?(?:rewritten|revised|paraphrased|reworded|updated|rephrased)\b"
)

LEFTOVERS: tuple[tuple[str, str], ...] = (
    ("as an AI language model", r"\bas an ai(?: language)? model\b|\bas a large language model\b"),
    ("knowledge cutoff", r"\bas of my (?:last )?(?:knowledge )?(?:update|cutoff|training)\b|\bmy knowledge cutoff\b"),
    ("placeholder", r"\[(?:insert|add|include|your) [^\]\n]{1,60}\]"),
    ("chatbot preface", CHATBOT_PREFACE),
    ("chatbot sign-off", r"\blet me know if you(?:'d| would) like (?:me to|any) (?:changes|adjustments|revisions"
     r"|expand|rewrite|adjust)\b"),
    ("regenerate response", r"\bregenerate response\b"),
)

# Single words over-represented in LLM prose (Kobak et al.; Liang et al.; Wikipedia): density only.
LLM_WORDS = frozenset(
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

STOP_WORDS = frozenset(
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

# Abstract nouns and adjectives filler recombines; they carry no fact.
GENERIC_WORDS = frozenset(
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

LEFTOVER_KEYS = (
    "as an ai", "as a large language model", "as of my", "knowledge cutoff", "[insert ", "[add ", "[include ",
    "[your ", "let me know if you", "regenerate response",
)
"""Lower-case literals one of which every leftover but a chatbot preface contains: a page without
them (nearly every page) costs a few substring scans, not a pass of the leftover patterns. Each is
as long as its pattern allows, so that "let me know" in a comment box or an article about large
language models does not send the page through the patterns."""
PREFACE_KEYS = ("here's", "here is", "here are")
"""One of these is in every chatbot preface: only a page holding one is searched for a preface."""

# What filler talks in when it has no fact to give, by kind; with GENERIC_WORDS above, the words
# that count as generic (the rest of a paragraph's content words either echo the article or are new).
ABSTRACT_NOUNS = frozenset(
    (
        "significance", "landscape", "implication", "chapter", "story", "stories", "debate", "conversation",
        "discussion", "matter", "matters", "direction", "change", "changes", "transformation", "pressure",
        "pressures", "tension", "tensions", "stakes", "priority", "priorities", "interest", "interests", "dialogue",
        "planning", "cooperation", "outcome", "outcomes", "result", "results", "lesson", "lessons", "purpose",
        "sense", "attention", "scrutiny", "recognition", "thinking", "legacy", "picture", "backdrop", "headline",
        "headlines", "dimension", "theme", "themes", "trust", "responsibility", "hope", "hopes", "excitement",
        "twist", "twists", "thing", "things", "something", "everything", "anything", "nothing", "everyone",
        "anyone", "someone", "everybody", "history", "page", "lot", "deal", "kind", "bit", "aspect", "aspects",
        "factor", "factors", "element", "elements", "dynamics", "balance", "interplay", "complexity",
        "complexities", "nuance", "nuances", "reality", "realities", "perspective", "perspectives", "insight",
        "lens", "window", "surface", "spotlight", "fabric", "journey", "horizon", "milestone", "turning", "point",
        "problem", "problems", "solution", "solutions", "decision", "decisions", "choice", "choices", "event",
        "events", "episode", "place", "part", "side", "sides", "manner", "topic", "topics", "subject", "emotion",
        "emotions", "feeling", "feelings", "mood", "momentum", "promise", "spirit", "signs", "uncertainty",
        "confidence", "optimism", "resonance", "relevance", "meaning", "moments", "truth", "reason", "reasons",
        "idea", "ideas", "fresh", "good",
    )
)
EVALUATIVE_WORDS = frozenset(
    (
        "notable", "remarkable", "profound", "complex", "delicate", "deeper", "deep", "bigger", "big", "huge",
        "massive", "lively", "interesting", "exciting", "excited", "nervous", "wild", "surprising", "surprised",
        "curious", "honest", "honestly", "certain", "uncertain", "simple", "complicated", "difficult", "decisive",
        "great", "better", "best", "true", "real", "really", "truly", "certainly", "definitely", "inevitably",
        "undoubtedly", "clearly", "simply", "totally", "pretty", "quite", "rather", "far", "beyond", "rarely",
        "never", "always", "constantly", "inevitable", "careful", "thoughtful", "coordinated", "resilient",
        "immediate", "isolated", "full", "whole", "entire", "vibrant", "rich", "powerful", "worth", "worthy",
        "unprecedented", "historic", "dramatic", "sweeping", "bold", "timely", "relevant", "obvious", "fascinating",
        "incredible", "amazing", "unique", "special", "open", "fair", "serious", "tough", "hard", "easy",
        "possible", "likely", "unlikely", "various", "numerous", "countless", "particular", "particularly",
        "especially", "indeed", "surely", "perhaps", "maybe", "probably", "arguably", "largely", "greatly",
        "deeply", "highly", "widely", "increasingly", "simmered", "simmer", "least", "less", "enough", "little",
    )
)
FORWARD_WORDS = frozenset(
    (
        "coming", "soon", "unfold", "unfolds", "unfolding", "watch", "watching", "watched", "wait", "waiting",
        "awaiting", "expect", "expected", "expecting", "hoped", "hoping", "tell", "see", "seen", "heading", "lies",
        "lie", "await", "awaits", "tomorrow", "eventually", "someday", "later", "longer", "upcoming", "shape",
        "shaping", "shaped", "determine", "decide", "depend", "depends", "depending", "follow", "following", "stay",
        "keep", "evolve", "emerge", "emerging", "felt", "feel", "remembered", "remember", "remind", "reminds",
        "bring", "brings", "play", "plays", "playing", "turn", "months", "weeks", "days", "decades", "generations",
        "spring", "summer",
    )
)
META_WORDS = frozenset(
    (
        "article", "articles", "news", "update", "updates", "updated", "coverage", "guide", "reader", "readers",
        "read", "reading", "learn", "know", "explain", "explains", "explained", "information", "analysis",
        "explainer", "explainers", "trending", "searched", "search", "bookmark", "check", "regularly", "comment",
        "comments", "thoughts", "think", "opinion", "opinions", "let", "tuned", "radar", "okay", "whew", "bottom",
        "line", "takeaway", "takeaways", "essentials", "zoom", "unpack", "web", "online", "click", "subscribe",
        "share", "team", "daily", "latest", "breaking", "trusted", "curated", "covering", "cover", "love", "hate",
        "care", "folks", "fans", "us", "saying", "talking", "talk", "ask", "asking", "wonder", "discussed", "noted",
        "note", "mind", "vibes", "tea", "coffee", "processing", "surprise",
    )
)
RESTATING_VERBS = frozenset(
    (
        "underscore", "underscores", "highlights", "illustrate", "illustrates", "shed", "sheds", "raise", "raises",
        "draw", "drawn", "drew", "capture", "captures", "speak", "speaks", "offer", "offers", "points", "touch",
        "touches", "resonate", "resonates", "fuel", "fuels", "define", "defines", "characterise", "characterize",
        "stand", "stands", "show", "shows", "showing", "reveal", "reveals", "suggest", "suggests", "indicate",
        "indicates", "mean", "means", "add", "added", "adds", "set", "sets", "pave", "paves", "opened", "leave",
        "leaves", "left", "face", "faces", "facing", "needing", "require", "requires", "taken", "taking", "give",
        "gives", "happen", "happens", "get", "gets", "getting", "go", "goes", "going", "come", "comes", "became",
        "become", "becomes", "seem", "seems", "feels", "look", "looks", "looking", "find", "found",
    )
)

COMMON_WORDS = frozenset(
    (
        "now", "already", "right", "actually", "quickly", "rapidly", "rapid", "away", "back", "instead", "whatever",
        "whenever", "wherever", "every", "nobody", "somebody", "anybody", "everywhere", "anywhere", "nowhere",
        "somehow", "anyway", "almost", "nearly", "near", "often", "usually", "sometimes", "mostly", "mainly",
        "fully", "exactly", "finally", "final", "else", "otherwise", "we're", "we'll", "we've", "you're", "you'd",
        "you'll", "you've", "that's", "there's", "let's", "what's", "here's", "they're", "i'm", "i've", "aren't",
        "wasn't", "didn't", "doesn't", "saw", "want", "wants", "tend", "tends", "start", "started", "begin",
        "begins", "began", "end", "ends", "ending", "fall", "falls", "fell", "keeps", "kept", "write", "written",
        "run", "runs", "known", "knew", "thought", "put", "puts", "moving", "try", "tries", "tried", "use", "used",
        "call", "called", "asked", "eye", "eyes", "heart", "hand", "hands", "minds", "life", "lives", "core",
        "essence", "effect", "effects", "dust", "settle", "settles", "glance", "ripple", "ripples", "deserve",
        "deserves", "miss", "missed", "involved", "involve", "different", "difference", "others", "another", "day",
        "sort", "type", "level", "levels", "number", "amount", "range", "form", "forms", "group", "groups", "stage",
        "beneath", "above", "below", "behind", "inside", "outside", "alone", "itself", "themselves", "ourselves",
        "yourself", "renewed", "old", "young", "small", "large", "high", "low", "early", "late", "recent",
        "recently", "current", "currently", "prepared", "ready", "able", "unable", "sure", "available", "competing",
    )
)
"""Common English words that never carry a fact on their own: adverbs, contractions, light verbs."""
FIELD_WORDS = frozenset(
    (
        "economy", "economic", "market", "markets", "politics", "political", "government", "health", "science",
        "scientific", "technology", "technological", "sport", "sports", "culture", "cultural", "arts", "tourism",
        "policy", "policies", "justice", "law", "legal", "system", "systems", "city", "cities", "town", "towns",
        "local", "research", "education", "climate", "safety", "business", "businesses", "finance", "finances",
        "financial", "consumer", "consumers", "customers", "residents", "citizens", "neighbourhood", "neighborhood",
        "institutions", "authorities", "profession", "career", "national", "international", "cybersecurity",
        "commuters", "athletics", "monetary",
    )
)
"""The fields filler generalises a story to ("the broader tourism sector"): a field is not a fact."""

GUIDE_VERBS = frozenset(
    (
        "use", "choose", "consider", "remember", "keep", "try", "avoid", "test", "measure", "upload", "build",
        "translate", "partner", "create", "monitor", "deploy", "conduct", "begin", "start", "focus", "don't",
        "don’t", "do", "be", "ask", "think", "plan", "review", "compare", "pick", "install", "select", "enter",
        "write", "make", "find", "take", "check", "get", "give", "set", "run", "add", "define", "identify", "track",
        "ensure", "apply", "invest", "save", "explore", "discover", "prepare", "schedule", "book", "order", "grab",
        "look", "stop", "imagine", "remove", "replace", "clean", "turn", "put", "limit", "reduce", "include",
        "assess", "evaluate", "determine", "establish", "document", "prioritize", "prioritise", "clarify",
        "align", "outline", "understand", "never", "always", "go", "opt", "skip", "aim", "let's", "let’s",
    )
)
"""Verbs a line of advice opens with in the imperative ("Choose the right mix", "Test this during a
trial"): a page whose own lines give advice is a guide. Verbs of the chrome around news articles
("Follow", "Share", "Sign up", "Read more", "Subscribe", "Watch") are left out: they say nothing of
the body. Filler's own imperatives ("Stay tuned") do not count: only lines that are not suspects are
asked."""
PRODUCT_WORDS = frozenset(
    (
        "feature", "features", "pricing", "platform", "platforms", "tool", "tools", "app", "apps", "software",
        "user", "users", "setup", "integration", "integrations", "dashboard", "dashboards", "workflow",
        "workflows", "subscription", "subscriptions", "template", "templates", "device", "devices", "interface",
        "solution", "solutions", "customer", "customers", "product", "products", "website", "websites", "plugin",
        "plugins", "upgrade", "upgrades", "pros", "cons", "tier", "tiers", "checkout", "ecommerce",
        "e-commerce", "crm", "saas", "api", "apis",
    )
)
"""What a comparison or a sales page talks about; news about a product launch says these too, but
dates it (:data:`cleaner.evidence.filler.DATED_SHARE_PER_SIGN`)."""

COMMON_STEMS_FILE = Path(__file__).with_name("data") / "ai_filler_common_stems.txt"
"""Stems of the words most real articles use whatever their topic, learned from real article text by
``bench/ai_filler_common_words.py`` (not written by hand): a new word among them is not novelty."""


def _stems(path: Path) -> frozenset[str]:
    """A table of common stems: one a line, first on the line, with ``#`` comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t", 1)[0] for line in lines if line and not line.startswith("#"))


ENGLISH_DETECTOR_WORDS = frozenset(("the", "and", "of", "to", "is", "was", "with", "that", "for", "it", "on", "are"))
"""English function words a page's language is told by (:func:`_lexicon_for`), against the other
languages' stop words."""
LANGUAGES_DIR = Path(__file__).with_name("data") / "ai_filler"
"""One file a language other than English (``de.txt``, ``fr.txt``, ...): its stop words, generic
vocabulary, stock phrases, the endings of abstract nouns, the verbs advice opens with and a sales
page's product talk, and the shapes of attribution, days and dates, narration, the first and second
person, numbers in words, times due and places and what makes a time a hedge or a noun, in sections
(``de.txt``'s header says how they are written). The scoring is the same in every language: only
these words and shapes change; a section left out reads as English does."""
LANGUAGE_MARGIN = 1.25
"""How many times the English function words a page's prose must hold another language's stop
words to be read in that language: an English page quoting a French phrase stays English."""

LEXICON = filler.Lexicon(
    phrases=PHRASES,
    leftovers=LEFTOVERS,
    leftover_keys=LEFTOVER_KEYS,
    preface=CHATBOT_PREFACE,
    preface_keys=PREFACE_KEYS,
    llm_words=LLM_WORDS,
    generic_words=(
        GENERIC_WORDS | ABSTRACT_NOUNS | EVALUATIVE_WORDS | FORWARD_WORDS | META_WORDS | RESTATING_VERBS
        | COMMON_WORDS | FIELD_WORDS
    ),
    stop_words=STOP_WORDS,
    common_stems=_stems(COMMON_STEMS_FILE),
    guide_verbs=GUIDE_VERBS,
    product_words=PRODUCT_WORDS,
)


def _sections(path: Path) -> dict[str, list[str]]:
    """A language file's lines by section (``[stop]``, ``[generic]``, ...), comments and blanks left out."""
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        else:
            current.append(line)
    return sections


def _phrase(line: str) -> tuple[str, float, tuple[str, ...], str]:
    """A phrase line, ``weight | label | keys | pattern``: the keys split on spaces, a ``^`` opening
    one to the end of its run (``^alles in allem``)."""
    weight, label, keys, pattern = (part.strip() for part in line.split(" | ", 3))
    return label, float(weight), tuple(_keys(keys)), pattern


def _keys(text: str) -> list[str]:
    """Keys of a phrase line: words, and openings that run from a ``^`` to the next ``^``."""
    keys: list[str] = []
    for part in text.split("^"):
        if not keys and not text.startswith("^"):
            keys.extend(part.split())
        elif part.strip():
            keys.append("^" + part.strip())
    return keys


def _language_lexicon(path: Path, leave_out: Collection[str] = ()) -> filler.Lexicon:
    """The lexicon of one language file: its words and shapes, its table of common stems (``common/``,
    built by ``bench/ai_filler_language_common_words.py`` from a frequency list of the language) and
    the English chatbot leftovers (a model addresses its user in English whatever it writes).
    ``leave_out`` names generic words and phrase labels to do without: what an evaluation holding
    out some articles takes away because only those articles could have taught it
    (``bench/ai_filler_topic_folds.py``)."""
    data = _sections(path)
    common = path.parent / "common" / path.name

    def words(section: str) -> frozenset[str]:
        found = frozenset(word for line in data.get(section, ()) for word in line.lower().split())
        return found - frozenset(leave_out) if section == "generic" else found

    def pattern(section: str) -> str | None:
        return "|".join(data[section]) if data.get(section) else None

    day = pattern("day")
    relative = pattern("dating")
    dating = "|".join(part for part in (day, relative) if part) or None
    numbers = words("numbers")
    return filler.Lexicon(
        phrases=tuple(phrase for phrase in map(_phrase, data.get("phrases", ())) if phrase[0] not in leave_out),
        leftovers=LEFTOVERS,
        leftover_keys=LEFTOVER_KEYS,
        preface=CHATBOT_PREFACE,
        preface_keys=PREFACE_KEYS,
        llm_words=(),
        generic_words=words("generic"),
        stop_words=words("stop"),
        common_stems=_stems(common) if common.is_file() else (),
        attribution=pattern("attribution"),
        dating=dating,
        day=day or dating,
        narration=pattern("narration"),
        reader=pattern("reader"),
        judging=pattern("judging"),
        capitalised_nouns="capitalised_nouns" in data.get("options", ()),
        second_person=pattern("second"),
        speaker=pattern("speaker"),
        own=pattern("own"),
        number_words=numbers or None,
        schedule=pattern("schedule"),
        venue=pattern("place"),
        actor=pattern("actor"),
        generic_endings=tuple(sorted(words("endings"))),
        guide_verbs=words("guide"),
        product_words=words("product"),
        hedge=pattern("hedge"),
        time_noun=pattern("noun"),
        participle=pattern("participle"),
    )


LANGUAGE_LEXICONS = {path.stem: _language_lexicon(path) for path in sorted(LANGUAGES_DIR.glob("*.txt"))}
"""The lexicon of each language besides English, by its code."""


def _lexicon_for(blocks: Sequence[Block], judged: Sequence[int]) -> filler.Lexicon:
    """The lexicon of the language the judged lines are written in: the one whose stop words they
    use most, English unless another language's outnumber its function words by
    :data:`LANGUAGE_MARGIN`."""
    words = Counter(chain.from_iterable(filler.words(blocks[index].text) for index in judged))
    english = sum(words[word] for word in ENGLISH_DETECTOR_WORDS)
    best, hits = LEXICON, english * LANGUAGE_MARGIN
    for lexicon in LANGUAGE_LEXICONS.values():
        found = sum(words[word] for word in lexicon.stop_words.intersection(words))
        if found > hits:
            best, hits = lexicon, found
    return best


LANGUAGE_NOTE = "ai_filler.language"
"""The document note holding the judged lines' texts of the last page whose language was chosen,
and that language's lexicon."""


def _page_lexicon(page: Page, judged: Sequence[int]) -> filler.Lexicon:
    """The lexicon of the page's language (:func:`_lexicon_for`), chosen once for the document while
    its passes judge the same lines (a pass removes lines, never rewrites one): kept in its notes
    with the texts it was chosen by."""
    texts = tuple(page.blocks[index].text for index in judged)
    chosen = page.document.get(LANGUAGE_NOTE)
    if isinstance(chosen, tuple) and chosen[0] == texts:
        return chosen[1]
    lexicon = _lexicon_for(page.blocks, judged)
    page.document[LANGUAGE_NOTE] = texts, lexicon
    return lexicon


@detector(
    "ai_filler",
    why="AI-rewrite filler: restates the article in generic terms and adds no fact",
    evidence=Evidence.SCORED,
    name="restatement",
)
def restatement(page: Page) -> Iterator[Found]:
    limit = filler.threshold(page.settings.get("ai_filler.sensitivity", filler.DEFAULT_SENSITIVITY))
    judged = filler.judged_lines(page.blocks)
    if not judged or filler.left_before(page.blocks, judged, limit, page.document):
        return
    lexicon = _page_lexicon(page, judged)
    for verdict in filler.score_page(page.blocks, lexicon, limit, notes=page.document, judged=judged):
        if verdict.is_filler(limit):
            yield verdict.block, verdict.reason(limit)


@detector(
    "ai_filler",
    why="chatbot leftover: the model addressing its user, not the article",
    evidence=Evidence.SCORED,
    name="chatbot_leftover",
)
def chatbot_leftover(page: Page) -> Iterator[Found]:
    if page.document.get("ai_filler.no_leftover"):
        return
    labels = LEXICON.leftovers("\n".join(block.text for block in page.blocks))
    if not labels:  # no block holds one either: the page's leftovers are its blocks'
        page.document["ai_filler.no_leftover"] = True
        return
    page.signals.extend(("ai_generated_signals", label) for label in labels)
    for block in filler.leftover_blocks(page.blocks, LEXICON):
        labels = LEXICON.leftovers(block.text)
        yield block.index, f"chatbot leftover ({', '.join(labels)}) in a block with no new fact"


rules = [restatement, chatbot_leftover]

must_drop = [
    "Overall, the decision underscores the importance of collaborative efforts and reflects a broader shift "
    "in the evolving landscape, paving the way for a more comprehensive approach.",
    "As the situation continues to unfold, only time will tell whether these developments will leave a lasting "
    "impact, but one thing is clear: the commitment of both sides remains steadfast.",
    "As an AI language model, I cannot verify the latest developments in this story.",
]
must_keep = [
    "Overall, sales rose 4.2% to $1.3 billion in the quarter, the company said on Tuesday.",
    "The ruling underscores the importance of the 1998 statute, Judge Maria Okafor wrote in a 42-page opinion.",
    "Analysts said the deal was a testament to how far the landscape had shifted since Nvidia's March results.",
]
