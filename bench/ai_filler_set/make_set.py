"""Build the AI-filler development set: ``articles.jsonl.gz`` beside this script.

    python bench/ai_filler_set/make_set.py

300 articles: 15 topics x 2 hand-written stories (``stories.py``) x 10 renderings. Each rendering
fills the story's slots with invented people, places and organisations, renders it in one of five
styles (formal wire rewrite, chatty blog, listicle / "key takeaways", keyword-stuffed SEO news,
stilted machine-translated English), inserts one to four filler paragraphs (``filler.py``) at the
start, in the middle and at the end, and zero to two hard negatives: the story's paragraphs that
use filler vocabulary around one fact no other paragraph carries.

Every paragraph is labelled ``body``, ``filler`` or ``hard`` (a hard negative, which must stay).
The output is deterministic (fixed seed); the JSONL is committed so that a change here shows.
"""

from __future__ import annotations

import gzip
import json
import random
import re
from pathlib import Path

from filler import LISTICLE, STYLE_FILLER, WIRE_CLAIMS, WIRE_OPENERS, WIRE_TAILS, WIRE_WHOLE
from stories import TOPICS

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "articles.jsonl.gz"
STYLES = ("wire", "blog", "listicle", "seo", "translated")
RENDERINGS = 10

FIRST = [
    "Ines", "Tomas", "Adaora", "Keanu", "Marisol", "Orrin", "Liesel", "Dmitar", "Yara", "Bastian", "Ottilie",
    "Ruslan", "Sunniva", "Caspar", "Nadira", "Emeric", "Zofia", "Halvor", "Priya", "Teodor", "Maren", "Ansel",
    "Ilse", "Florin", "Greta", "Joaquin", "Mirela", "Lasse", "Noor", "Severin", "Amaia", "Radomir", "Thea",
    "Kasimir", "Ysolde", "Bjarke", "Leontine", "Aurelio", "Signe", "Matteus",
]
SURNAMES = [
    "Kowalski", "Brecht", "Nwosu", "Halvorsen", "Etxeberria", "Blackwood", "Amsel", "Marrow", "Okafor",
    "Vintersol", "Drummel", "Ferreira-Lind", "Castellane", "Oyelaran", "Strakosch", "Pellegrin", "Haugland",
    "Morrissette", "Quennell", "Zaborska", "Lindqvist", "Achterberg", "Rosenthal", "Mbeki-Hart", "Tavernier",
    "Olszewska", "Grimaldo", "Szabo", "Kettering", "Valdemar", "Thornquist", "Abernethy", "Fontaine-Ruiz",
    "Wexley", "Dunmore", "Aksoy", "Brannagh", "Lokken", "Steenbergen", "Ivashko",
]
TOWNS = [
    "Kessling", "Velmora", "Ostravin", "Brindlemoor", "Tarrowick", "Selvano", "Hallerup", "Dravik", "Marlowe Bay",
    "Castrelle", "Ebbingford", "Lunzberg", "Porto Vesca", "Runcival", "Sankt Aldo", "Weyholm", "Falcreek",
    "Gorzemin", "Iskavar", "Juniper Falls", "Korvansk", "Lisselby", "Montarre", "Nethercombe", "Orsavik",
    "Pellworth", "Quintara", "Ravensmoor", "Solvik", "Trevanna",
]
ORGS = [
    "Norvane", "Treskell", "Vantora", "Brisca", "Quellon", "Harrowgate", "Meridel", "Stonebridge", "Kalvos",
    "Aldermoor", "Pinecrest", "Corvane", "Lumeris", "Ostmark", "Tavrin", "Belhaven", "Sorvik", "Dunmarrow",
    "Ferrana", "Gildor",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
]
QUOTES = [
    "\u201ca long-overdue correction\u201d", "\u201cthe hardest week of my working life\u201d",
    "\u201cnot the end, but a very expensive beginning\u201d", "\u201ca gift to the lawyers\u201d",
    "\u201cexactly what we warned about in the spring\u201d", "\u201cbrave, messy and probably right\u201d",
    "\u201ca decision nobody wanted to own\u201d", "\u201cthe best thing to happen here in decades\u201d",
    "\u201ca test we were never allowed to prepare for\u201d", "\u201cfrankly, a relief\u201d",
]
ROLES = [
    "an economist at the university in {town}", "who studies the sector at a research institute in {town}",
    "a former official in {town}", "who chairs a residents' group in {town}", "a consultant based in {town}",
]
BLOG_LEADS = ["Get this: ", "Here's what happened: ", "Quick recap: ", "The details: ", "And yes, "]
SEO_TAGS = ["This is the latest {kw}.", "Stay with us for more {kw}.", "(Updated {kw})"]


def person(rng: random.Random, taken: set[str]) -> tuple[str, str]:
    """A full name and surname whose surname the article does not use yet."""
    while True:
        first, last = rng.choice(FIRST), rng.choice(SURNAMES)
        if last not in taken and first not in taken:
            taken.update((first, last))
            return f"{first} {last}", last


def new_fact(kind: str, rng: random.Random, taken: set[str], text: str, town: str) -> str:
    """One fact of ``kind`` that no paragraph of ``text`` carries."""
    if kind == "person":
        return person(rng, taken)[0]
    if kind == "number":
        while True:
            number = str(rng.choice([rng.randint(3, 95), rng.randint(120, 990), rng.randint(1100, 48000)]))
            shown = f"{int(number):,}"
            if shown not in text and number not in text:
                return shown
    if kind == "date":
        month = rng.choice([m for m in MONTHS if m not in text])
        day = rng.randint(2, 28)
        return rng.choice([f"{day} {month}", f"{month} {day}", f"{month} {day}, 2027"])
    if kind == "quote":
        return rng.choice(QUOTES)
    name = person(rng, taken)[0]
    role = rng.choice(ROLES).format(town=town)
    return rng.choice(
        [f"said {name}, {role}", f"according to {name}, {role}", f"{name}, {role}, told reporters"]
    )


def wire_filler(rng: random.Random) -> str:
    """One formal filler paragraph: a composed opener-claim-tail sentence, sometimes with a whole one."""
    if rng.random() < 0.3:
        return rng.choice(WIRE_WHOLE)
    claim = rng.choice(WIRE_CLAIMS)
    opener = rng.choice(WIRE_OPENERS)
    sentence = opener + claim + rng.choice(WIRE_TAILS)
    sentence = sentence[0].upper() + sentence[1:]
    if rng.random() < 0.35:
        sentence += " " + rng.choice(WIRE_WHOLE)
    return sentence


def filler_paragraph(style: str, rng: random.Random) -> str:
    """A filler paragraph in ``style``; a fifth of them come from the formal pool, as rewrites mix."""
    if style == "wire" or rng.random() < 0.2:
        return wire_filler(rng)
    return rng.choice(STYLE_FILLER[style])


def translate(paragraph: str, rng: random.Random) -> str:
    """Stilted machine-translated English: articles dropped, tenses and idioms bent."""
    swaps = [
        (r"\bsaid\b", "has said that"), (r"\bpercent\b", "per cent"), (r"\bwill\b", "is going to"),
        (r"\btold\b", "has told to"), (r"\bafter\b", "after that"), (r"\babout\b", "around of"),
    ]
    for pattern, replacement in swaps:
        if rng.random() < 0.6:
            paragraph = re.sub(pattern, replacement, paragraph, count=1)
    return re.sub(r"(?<=[a-z] )the (?=[a-z])", lambda m: "" if rng.random() < 0.35 else m.group(), paragraph)


def style_body(style: str, paragraphs: list[str], rng: random.Random, kw: str) -> list[str]:
    """The story's fact paragraphs as ``style`` renders them (facts unchanged)."""
    out = list(paragraphs)
    if style == "blog":
        for index in rng.sample(range(len(out)), 2):
            out[index] = rng.choice(BLOG_LEADS) + out[index]
    elif style == "listicle":
        out = [f"{number}. {text}" if rng.random() < 0.5 else f"\u2022 {text}" for number, text in
               enumerate(out, 1)]
    elif style == "seo":
        out[0] = f"{kw[0].upper()}{kw[1:]}: {out[0]}"
        index = rng.randrange(1, len(out))
        out[index] = f"{out[index]} {rng.choice(SEO_TAGS).format(kw=kw)}"
    elif style == "translated":
        out = [translate(text, rng) for text in out]
    return out


def render(topic: str, story_number: int, story: dict, rendering: int, rng: random.Random) -> dict:
    """One labelled article from a story."""
    style = STYLES[rendering % len(STYLES)]
    taken: set[str] = set()
    people = [person(rng, taken) for _ in range(3)]
    town, town2 = rng.sample(TOWNS, 2)
    slots = {
        "town": town, "town2": town2, "org": rng.choice(ORGS), "day": rng.choice(DAYS),
        "month": rng.choice(MONTHS),
        **{f"p{n}": full for n, (full, _) in enumerate(people, 1)},
        **{f"s{n}": last for n, (_, last) in enumerate(people, 1)},
    }
    facts = [text.format(**slots) for text in story["facts"]]
    if len(facts) > 5 and rng.random() < 0.4:
        del facts[rng.randrange(1, len(facts))]
    subject = story["subject"]
    kw = f"{town} {subject.removeprefix('the ').removeprefix('his ').removeprefix('her ')} news"
    body = [(text, "body") for text in style_body(style, facts, rng, kw.lower())]
    text_so_far = "\n".join(facts)
    for kind, template in rng.sample(story["hard"], rng.choice([0, 1, 1, 2])):
        fact = new_fact(kind, rng, taken, text_so_far, town)
        paragraph = template.format(x=fact, **slots)
        paragraph = paragraph[0].upper() + paragraph[1:]
        body.insert(rng.randrange(1, len(body)), (paragraph, "hard"))
        text_so_far += "\n" + paragraph
    fill = {"subject": subject, "area": story["area"], "town": town, "s1": slots["s1"], "kw": kw.lower()}
    places = rng.choice([["end"], ["start"], ["middle"], ["start", "end"], ["middle", "end"], ["end", "end"],
                         ["start", "middle", "end"], ["start", "middle", "end", "end"], ["middle", "middle"]])
    paragraphs = list(body)
    used: set[str] = set()
    for place in places:
        while True:
            paragraph = filler_paragraph(style, rng)
            if paragraph not in used:
                used.add(paragraph)
                break
        paragraph = paragraph.format(Subject=subject.capitalize(), **{**fill, "subject": subject})
        paragraph = paragraph[0].upper() + paragraph[1:]
        if style == "listicle" and rng.random() < 0.5 and paragraph in [p.format(**fill) for p in LISTICLE]:
            paragraph = "\u2022 " + paragraph
        at = {"start": 0, "end": len(paragraphs), "middle": rng.randrange(2, len(paragraphs) - 1)}[place]
        paragraphs.insert(at, (paragraph, "filler"))
    if style == "listicle":
        paragraphs.insert(0, (rng.choice(["Key takeaways", "What you need to know", "The essentials"]), "body"))
    return {
        "id": f"{topic}-{story_number}-{rendering}",
        "topic": topic,
        "style": style,
        "filler_places": places,
        "paragraphs": [{"text": text, "label": label} for text, label in paragraphs],
    }


def build() -> list[dict]:
    rng = random.Random(20)
    return [
        render(topic, number, story, rendering, rng)
        for topic, stories in TOPICS.items()
        for number, story in enumerate(stories)
        for rendering in range(RENDERINGS)
    ]


def main() -> None:
    articles = build()
    with gzip.GzipFile(OUTPUT, "wb", mtime=0) as raw:
        raw.write("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles).encode("utf-8"))
    labels = [p["label"] for a in articles for p in a["paragraphs"]]
    print(f"{len(articles)} articles, {len(TOPICS)} topics: {labels.count('body')} body, "
          f"{labels.count('filler')} filler, {labels.count('hard')} hard-negative paragraphs -> {OUTPUT}")


if __name__ == "__main__":
    main()
