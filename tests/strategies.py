"""Hypothesis strategies for the property tests: news-like article bodies wrapped in scrape noise.

A generated :class:`Article` knows which of its lines are body and which are noise, so a test can
check the promise (every body line survives, byte-identical and in order) against the cleaner's
output. Bodies are built from templates so they read like wire copy: names, numbers, dates and
quotes. The adversarial templates put noise phrases ("download the app", "leave a reply",
"related studies", "subscribe", "appeared first on") inside real sentences, which is where a rule
that is too eager would cut the article. Noise comes from every family the rule modules cover, in
the shapes the seed pages show, and is placed before, between and after the paragraphs.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hypothesis import assume
from hypothesis import strategies as st

from cleaner.rule_api import normalize, read_phrases

# --- word lists -----------------------------------------------------------------------------------

FIRST_NAMES = (
    "Pete", "Gen", "Momoka", "Joe", "Donald", "Maria", "Kiyoshi", "Aisha", "Lars", "Priya", "Chen",
    "Olga", "Tomás", "Fatima", "Jean-Luc", "Siobhan", "Kwame", "Yuki", "Ana", "Rahul",
)  # fmt: skip
LAST_NAMES = (
    "Hegseth", "Nakatani", "Yokoyama", "Biden", "Trump", "García", "Takenaka", "Khan", "Eriksen",
    "Patel", "Wei", "Petrova", "O'Brien", "Mensah", "Sato", "Müller", "Da Silva", "Okafor", "Kyle",
)  # fmt: skip
TITLES = (
    "Defense Secretary", "Prime Minister", "Finance Minister", "Governor", "Mayor", "chief executive",
    "spokeswoman", "spokesman", "analyst", "Professor", "Senator", "central bank governor",
)  # fmt: skip
PLACES = (
    "Tokyo", "Manila", "Washington", "Brussels", "Nairobi", "São Paulo", "Mumbai", "Berlin", "Seoul",
    "Lagos", "Kyiv", "Canberra", "Ottawa", "Jakarta", "Taipei", "Iwo Jima", "the East China Sea",
)  # fmt: skip
ORGS = (
    "the Pentagon", "the European Commission", "the central bank", "the city council", "Toyota",
    "the World Health Organization", "the Japan Joint Operations Command", "Reuters", "the ministry",
    "the Planning Inspectorate", "the IMF", "Tower Hamlets Council", "the union", "the court",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "March", "April", "June", "July", "September", "October", "December")
TOPICS = (
    "the defense budget", "the trade talks", "the new embassy plan", "interest rates", "the ceasefire",
    "the vaccine rollout", "the flood defenses", "the pension reform", "missile production",
    "the housing shortage", "the bond market", "the election result", "the merger", "the strike",
)  # fmt: skip
CLAUSES = (
    "the plan would strengthen deterrence in the region",
    "talks would resume after the holiday",
    "the government had no intention of raising taxes this year",
    "the company expected profits to recover by the end of the decade",
    "the decision was taken after months of careful consultation",
    "the alliance remained the cornerstone of security in the Indo-Pacific",
    "prices had risen faster than wages for a third consecutive year",
    "the bridge would reopen to traffic once inspections were complete",
    "more than a thousand people had signed the petition",
    "the two countries had agreed to share intelligence on the threat",
)
QUOTES = (
    "We must be prepared for any contingency",
    "This is a historic day for both of our nations",
    "Nobody expected the numbers to be this strong",
    "We will not accept a deal that leaves workers behind",
    "The data tell a very clear story",
    "It is far too early to say what caused the collapse",
    "Our partnership has never been stronger than it is today",
)


def _person(draw: st.DrawFn) -> str:
    return f"{draw(st.sampled_from(FIRST_NAMES))} {draw(st.sampled_from(LAST_NAMES))}"


def _date_parts(draw: st.DrawFn) -> tuple[int, int, int]:
    return draw(st.integers(1, 28)), draw(st.integers(1, 12)), draw(st.integers(1945, 2030))


def _numdate(draw: st.DrawFn) -> str:
    day, month, year = _date_parts(draw)
    return draw(st.sampled_from((f"{day:02d}.{month:02d}.{year}", f"{month}/{day}/{year}")))


def _money(draw: st.DrawFn) -> str:
    amount = draw(st.integers(1, 950))
    return f"{draw(st.sampled_from(('$', '€', '¥', '£')))}{amount}{draw(st.sampled_from((' million', ' billion', '')))}"


SLOTS: dict[str, Callable[[st.DrawFn], str]] = {
    "person": _person,
    "person2": _person,
    "last": lambda draw: draw(st.sampled_from(LAST_NAMES)),
    "title": lambda draw: draw(st.sampled_from(TITLES)),
    "place": lambda draw: draw(st.sampled_from(PLACES)),
    "org": lambda draw: draw(st.sampled_from(ORGS)),
    "weekday": lambda draw: draw(st.sampled_from(WEEKDAYS)),
    "month": lambda draw: draw(st.sampled_from(MONTHS)),
    "topic": lambda draw: draw(st.sampled_from(TOPICS)),
    "clause": lambda draw: draw(st.sampled_from(CLAUSES)),
    "quote": lambda draw: draw(st.sampled_from(QUOTES)),
    "year": lambda draw: str(draw(st.integers(1945, 2030))),
    "day": lambda draw: str(draw(st.integers(1, 28))),
    "numdate": _numdate,
    "n": lambda draw: f"{draw(st.integers(2, 99_999)):,}",
    "small": lambda draw: str(draw(st.integers(2, 60))),
    "pct": lambda draw: f"{draw(st.integers(0, 99))}.{draw(st.integers(0, 9))}%",
    "money": _money,
}
"""How each template slot is filled; only the slots a template names are drawn (it keeps
generation cheap, so the CI profile's examples go to the cleaner, not to the generator)."""


PROSE_TEMPLATES = (
    "{title} {person} said on {weekday} that {clause}, highlighting the focus on {topic}.",
    "In {place}, {person} told reporters that {clause} and that {org} would publish details in {month}.",
    "“{quote},” {person} said, speaking after a meeting with {title} {person2} in {place}.",
    "{org} said {topic} had cost {money} so far, up {pct} from a year earlier, and warned of further delays.",
    "About {n} people were affected by {topic} in {place}, according to figures released by {org} on {weekday}.",
    "Under the current deal, which runs through {month} {year}, {place} pays an average of {money} each year.",
    "On {weekday}, {person} visited {place} to mark the {small}th anniversary of the agreement on {topic}.",
    "'{quote},' {last} said at the start of talks with {person2} in {place} on {weekday}.",
    "{person}, who has led {org} since {year}, said {clause} but declined to give a timetable.",
    "The figures, published on {month} {day}, {year}, showed that {topic} had eased for the first time in {small}"
    " months.",
    "Critics said {clause}, while supporters of {topic} argued that the {money} package was long overdue.",
    "{last} has repeatedly said that {clause}, most recently in a speech in {place} in {month}.",
    '"{quote}," the {title} told a joint news conference, adding that {clause}.',
    "Shares in {org} fell {pct} in early trading in {place} after the report on {topic} was released.",
    "Asked about {topic}, {person} said only that {clause} and that more would be said in {month}.",
)
"""Ordinary news prose: attributed statements, figures, dates, quotes in several quote styles."""

ADVERSARIAL_TEMPLATES = (
    "Customers who download the app from the App Store will have to verify their identity, {org} said on {weekday}.",
    "The bank said {n} customers had downloaded the app since {month}, and urged others to download the app too.",
    "{person} urged residents to share the warning with neighbours and to leave a reply on the consultation page.",
    "Comments by {title} {person} on {topic} drew sharp criticism from opposition lawmakers in {place}.",
    "Related studies published in {year} found a similar effect among children under five, the authors said.",
    "Overall, the results suggest {clause}, according to the report released on {numdate}.",
    "Overall, {org} said, {topic} had improved, though {person} warned that {clause}.",
    "Readers who subscribe to the newsletter will receive the findings first, {person} said in a statement.",
    "Read more about {topic} in the {small}-page report, which {org} published on {weekday}, {month} {day}.",
    "The report, dated {numdate}, said {clause}, but {org} has not commented on {topic}.",
    "Sharing of the video on social media, including Facebook and Twitter, was restricted by {org} on {weekday}.",
    "No comments were made by {org} about {topic} when {person} asked about it on {weekday}.",
    "The related articles of the treaty, signed in {year}, oblige {place} to consult its partners on {topic}.",
    "Try as they might, officials in {place} could not explain why {topic} had cost {money}, {person} said.",
    "{person} said the company would subscribe to the new rules on {topic} and publish a newsletter in {month}.",
    "The post office in {place} appeared first on the list of closures that {org} published on {weekday}.",
    "Originally published in {year}, the novel was reissued this spring with a new foreword by {person}.",
    "Follow the money, {person} told the inquiry in {place}, and you will find out who paid for {topic}.",
    "The app store rules, {person} said, had cost developers in {place} about {money} since {year}.",
    "Home prices in {place} rose {pct} in {month}, the fastest pace since {year}, {org} said on {weekday}.",
    "Download speeds in rural {place} remain below {small} megabits a second, {org} said in its latest survey.",
    "Image captions written by volunteers help blind readers in {place} follow the archive, {person} said.",
    "Image copyright rules in {place} protect photographers for {small} years, {org} said on {weekday}.",
    "Main article of the {year} law, {person} said, is the duty to consult {org} on {topic}.",
    "Courtesy of {org}, the exhibition on {topic} will travel to {place} in {month}, {person} said.",
    "Photo credits for the {year} yearbook went to {person}, who took {n} pictures in {place}.",
)
"""Real sentences that contain noise phrases; a rule that eats one of these is cutting the body."""

ASKING_LINES = (
    "Will the council listen?", "Who pays for it now?", "What a week it has been!", "And the council said no!",
)  # fmt: skip
"""Short sentences of the article that ask or exclaim: an article may end in its own question,
and ask one before a section of its own, where a teaser's headline after the article asks too.
Each carries a word of its own subject: a closing line of generic words alone ("Nobody saw it
coming!") is what the AI-filler detector is made to judge."""
CLOSING_LINES = (
    "He declined to comment.",
    "The trial continues.",
    "Talks resume on Monday.",
    "Nobody was hurt.",
    "The vote is expected next week.",
    "Shares closed 2% higher.",
    *ASKING_LINES,
)
"""Short last sentences of the article itself, statements, questions and exclamations: never
prose-shaped, so only evidence keeps them. Wire credits ("Reuters contributed to this report.")
are not among them: they credit the copy, they are not the story, and the syndication rules may
take them."""


def _fill(template: str) -> st.SearchStrategy[str]:
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}

    @st.composite
    def sentence(draw: st.DrawFn) -> str:
        text = template.format(**{name: SLOTS[name](draw) for name in sorted(names)})
        return text[0].upper() + text[1:]  # "{org} said ..." starts a sentence with "the ministry"

    return sentence()


def _sentences(templates: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.sampled_from(templates).flatmap(_fill).filter(lambda s: 10 <= len(s.split()) <= 60)


MULTILINGUAL_ADVERSARIAL_TEMPLATES = (
    "{person} sagte am Montag, wer den Newsletter abonnieren wolle, müsse künftig sein Alter angeben, und nannte"
    " {n} Fälle aus {place}.",
    "Die Anzeige in der Lokalzeitung kostete den Verein {money}, wie {person} aus {place} am Dienstag bestätigte.",
    "Kommentare von {person} zu dem Plan sorgten in {place} für Streit, weil die Stadt {money} ausgeben will.",
    "Wer Cookies akzeptieren muss, um die Seite der Behörde zu lesen, sollte sich beschweren, sagte {person}.",
    "Mehr lesen die Kinder in {place} inzwischen am Bildschirm als auf Papier, zeigt eine Studie mit {n}"
    " Teilnehmern.",
    "Das Impressum der Firma nannte eine Adresse in {place}, die es nicht gibt, berichtete {person} im Jahr {year}.",
    "Les habitants de {place} peuvent télécharger l'application depuis {year}, a indiqué {person} dans un"
    " communiqué.",
    "Partager les données de {n} patients sans accord reste interdit, a rappelé {person} lors d'une réunion.",
    "Les commentaires de {person} sur la réforme ont été critiqués par {n} élus de {place}, selon la presse.",
    "À lire aussi dans le rapport de {year}, une hausse de {pct} des loyers à {place}, a noté {person}.",
    "Los vecinos de {place} pueden descargar la aplicación desde {year}, según explicó {person} a la prensa.",
    "Compartir datos de {n} pacientes sin permiso está prohibido, recordó {person} durante su visita a {place}.",
    "Los comentarios de {person} sobre el presupuesto de {money} provocaron críticas en {place} esta semana.",
    "Os moradores de {place} podem baixar o aplicativo desde {year}, segundo {person}, que citou {n} downloads.",
    "Compartilhar dados de {n} pacientes sem autorização é proibido, lembrou {person} em visita a {place}.",
    "I residenti di {place} possono scaricare l'app dal {year}, ha spiegato {person} in una conferenza stampa.",
    "Condividi la tua esperienza, ha chiesto {person} agli abitanti di {place}, e sono arrivate {n} risposte.",
    "Inwoners van {place} kunnen de app sinds {year} downloaden, zei {person} tijdens een bijeenkomst.",
    "Reacties van {person} op het plan van {money} leidden in {place} tot veel discussie in de gemeenteraad.",
    "{place}の住民は{year}年からアプリをダウンロードできるようになったと、{person}氏が説明した。",
    "この記事へのコメントは{n}件を超え、{person}氏は「シェアしてくれた皆さんに感謝したい」と話した。",
    "関連記事によると、{place}では{year}年に同様の事故が起きていたと{person}氏は述べた。",
    "{place} 주민들은 {year}년부터 앱을 내려받을 수 있게 됐다고 {person} 씨가 설명했다.",
    "이 기사에 달린 댓글은 {n}개를 넘었고, {person} 씨는 공유해 준 독자들에게 감사하다고 말했다.",
    "{place}居民自{year}年起可以下载该应用，{person}在发布会上介绍说，评论和分享已超过{n}条。",
    "这篇文章的评论已超过{n}条，{person}表示感谢大家的分享和支持，并说更多内容将在{year}年发布。",
)
"""Sentences in the other languages the phrase lists cover, holding their phrases inside prose:
"Newsletter abonnieren", "Cookies akzeptieren", "Partager", "Commenti", "シェア", "댓글", "评论"."""

PHRASE_LISTS = Path(__file__).resolve().parent.parent / "rules" / "families" / "phrases"
LISTED_PHRASES = tuple(phrase for path in sorted(PHRASE_LISTS.glob("*.txt")) for _, phrase in read_phrases(path))
"""Every phrase the shipped lists hold, in every language."""

prose_sentences = _sentences(PROSE_TEMPLATES)
adversarial_sentences = _sentences(ADVERSARIAL_TEMPLATES)
body_sentences = st.one_of(prose_sentences, adversarial_sentences)
"""One sentence of 10 to 60 words ending in punctuation, ordinary or adversarial."""


multilingual_sentences = st.sampled_from(MULTILINGUAL_ADVERSARIAL_TEMPLATES).flatmap(_fill)
"""One sentence of the other languages, phrases inside (CJK sentences carry no spaces to count)."""


@st.composite
def multilingual_bodies(draw: st.DrawFn, max_paragraphs: int = 6) -> list[str]:
    """Article paragraphs of one or two sentences in the languages of the phrase lists."""
    count = draw(st.integers(1, max_paragraphs))
    sentences = draw(st.lists(multilingual_sentences, min_size=count, max_size=count * 2, unique_by=normalize))
    cuts = sorted(draw(st.sets(st.integers(1, len(sentences) - 1), max_size=count - 1))) if count > 1 else []
    return [" ".join(sentences[a:b]) for a, b in zip([0, *cuts], [*cuts, len(sentences)], strict=True)]


phrase_noise = st.lists(st.sampled_from(LISTED_PHRASES), min_size=1, max_size=3).map(lambda lines: ("phrases", lines))
"""A chunk of one to three listed phrases, one a line, as the noise of a multilingual page."""


# --- noise ----------------------------------------------------------------------------------------

NAV_WORDS = ("Home", "World", "Sports", "Business", "Politics", "Markets", "Opinion", "Tech", "Video", "Health")
HEADLINE_WORDS = (
    "Hegseth", "Says", "US", "Upgrading", "Japan", "Ops", "Command", "Markets", "Rally", "Council",
    "Approves", "Budget", "Storm", "Hits", "Coast", "Talks", "Stall", "Over", "Tariffs", "New", "Plan",
)  # fmt: skip
SOURCES = ("Rhyl Journal", "Glasgow Times", "Leader Live", "Independent", "Fox News", "Live Mint", "Kyodo")


@st.composite
def headlines(draw: st.DrawFn) -> str:
    """A title-case headline: short, no closing punctuation."""
    return " ".join(draw(st.lists(st.sampled_from(HEADLINE_WORDS), min_size=3, max_size=8)))


@st.composite
def asking_headlines(draw: st.DrawFn) -> str:
    """A headline that asks or calls, ten words or more: it reads as prose, as a page's title does
    when it asks ("How Much Does a Roof Cost in 2025?")."""
    words = draw(st.lists(st.sampled_from(HEADLINE_WORDS), min_size=10, max_size=16))
    return f"{' '.join(words)}{draw(st.sampled_from(('?', '!', '?!')))}"


def page_titles() -> st.SearchStrategy[str]:
    """The headline a page's title prints: a short one, or one that asks and reads as prose."""
    return st.one_of(headlines(), asking_headlines())


def _one(*lines: str) -> st.SearchStrategy[list[str]]:
    return st.sampled_from(lines).map(lambda line: [line])


@st.composite
def navigation_noise(draw: st.DrawFn) -> list[str]:
    """Breadcrumbs glued into one line, menu runs, "MoreLess", tag lists, hashtag lines."""
    kind = draw(st.sampled_from(("breadcrumb", "menu", "toggle", "tags", "hashtags", "trail")))
    if kind == "breadcrumb":
        section = draw(st.sampled_from(("Politics", "Markets", "Companies", "World")))
        return [f"Business News{section}{draw(headlines())}"]
    if kind == "menu":
        return draw(st.lists(st.sampled_from(NAV_WORDS), min_size=3, max_size=7, unique=True))
    if kind == "toggle":
        return [draw(st.sampled_from(("MoreLess", "More Less", "Show more", "Read more", "Load more")))]
    if kind == "tags":
        tags = draw(
            st.lists(
                st.sampled_from(("US military", "Japan", "defense coordination", "Trump administration", "China",
                                 "Indo-Pacific", "trade", "Tokyo")),
                min_size=3, max_size=6, unique=True,
            )
        )  # fmt: skip
        return [", ".join(tags)]
    if kind == "hashtags":
        words = draw(st.lists(st.sampled_from(HEADLINE_WORDS), min_size=2, max_size=6, unique=True))
        return [" ".join("#" + word for word in words)]
    crumbs = draw(st.lists(st.sampled_from(NAV_WORDS[1:]), min_size=1, max_size=3, unique=True))
    return [" > ".join(("Home", *crumbs))]


promo_noise = _one(
    "Download the app",
    "DOWNLOAD THE APP",
    "Get Started Now: Download the App",
    "app-storeplay-store",
    "Subscribe to our newsletter",
    "Subscribe",
    "Try Our AI Features",
    "Advertisement",
    "Get the app",
)

SOCIAL_LINES = (
    "Share.", "Leave a Reply", "Leave A Reply", "No comments yet...", "Comments", "Share this article",
    "Facebook", "Twitter", "WhatsApp", "Facebook Twitter WhatsApp", "12 Comments", "Follow us on Twitter",
)  # fmt: skip
social_noise = st.one_of(
    _one(*SOCIAL_LINES),
    st.lists(st.sampled_from(("Facebook", "Twitter", "LinkedIn", "Email", "Print")), min_size=2, max_size=5),
    st.just(["Comments", "No comments yet..."]),
)

TEASER_TEMPLATES = (
    "Technology Secretary {person} indicated the government would offer a fulsome response to {topic}.",
    "A senior official in {place} had told a newspaper that {topic} was being reviewed line by line.",
    "Investors in {place} are watching {topic} closely after a volatile week, traders told the paper.",
)
"""Listing teasers: prose-shaped, but from a vocabulary the bodies do not use, so never a body copy."""


@st.composite
def related_noise(draw: st.DrawFn) -> list[str]:
    """A "Related Articles" heading and its listing: titles, card sources and times, now and then a teaser."""
    lines = [draw(st.sampled_from(("Related Articles", "Related", "You may also like", "Read next")))]
    for _ in range(draw(st.integers(1, 4))):
        lines.append(draw(headlines()))
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from(SOURCES)))
            lines.append(f"time{draw(st.integers(2, 59))} minutes ago")
        if draw(st.integers(0, 4)) == 0:
            lines.append(draw(_sentences(TEASER_TEMPLATES)))
    return lines


@st.composite
def syndication_noise(draw: st.DrawFn) -> list[str]:
    """Feed footers naming where the copy came from."""
    if draw(st.booleans()):
        return [f"The post {draw(headlines())} appeared first on {draw(st.sampled_from(SOURCES))}."]
    return ["This article was generated from an automated news agency feed without modifications to text."]


@st.composite
def fragment_noise(draw: st.DrawFn) -> list[str]:
    """Counters, glued source-and-date bylines, standalone dates, image leftovers."""
    day, month, year = draw(st.integers(1, 28)), draw(st.integers(1, 12)), draw(st.integers(2000, 2030))
    return [
        draw(
            st.sampled_from(
                (
                    "0",
                    "31",
                    str(day),
                    f"{draw(st.sampled_from(SOURCES))}{day:02d}-{month:02d}-{year}",
                    f"{day:02d}.{month:02d}.{year}",
                    "logo",
                    "Orange background",
                )
            )
        )
    ]


PHOTOGRAPHERS = ("Jane Holloway", "Peter Brandt", "Marie Dupont", "Carlos Ruiz", "Anna de Vries")
CAPTION_SCENES = (
    "The old harbour bridge at dusk, seen from the ferry terminal",
    "Volunteers plant trees along the river bank on Sunday",
    "Die neue Brücke über den Mühlbach am Dienstag",
    "Le nouveau pont sur la rivière, mardi matin",
    "El nuevo puente sobre el río, el martes por la mañana",
)


@st.composite
def caption_noise(draw: st.DrawFn) -> list[str]:
    """What sits where a picture, a video or an ad interrupts the article: a caption ending in its
    credit (after a full stop, a bar or a dash), a credit line in one of several languages (with a
    copyright sign and a year now and then, as a page's footer opens: the article goes on past it),
    a caption or a credit under its screen-reader label, a video player's notice, the picture's
    file address, an ad slot with its advertiser."""
    name, scene = draw(st.sampled_from(PHOTOGRAPHERS)), draw(st.sampled_from(CAPTION_SCENES))
    label = draw(st.sampled_from(("Photo", "Image", "Foto", "Bild", "Crédit photo", "Imagen", "Credit")))
    bar = draw(st.sampled_from(("|", "–", "—")))
    return [
        draw(
            st.sampled_from(
                (
                    f"{scene} ({label}: {name})",
                    f"{scene} ({name} / Associated Press)",
                    f"{label}: {name}",
                    f"{label}: © 2024 {name}",
                    f"{scene} (© 2024 {name})",
                    f"© 2024 {name}",
                    f"Photo by {name} on Unsplash",
                    "Getty Images",
                    f"[사진={name}]",
                    f"Advertisement – {name} Furniture Store",
                    f"{scene}. {bar} {label}: {name}",
                    f"{scene}. {bar} Photo Credit: {name} (example.com)",
                    f"{scene}. {name.split()[-1]} / Getty Images",
                    f"{scene}. Photo by: '{name}'.",
                    f"{scene} (Image via Unsplash)",
                    f"{scene} | © 2019 {name}",
                    f"Getty Images / {name}",
                    f"Courtesy of {name}",
                    "Source: example.com",
                    f"Image caption {scene}",
                    f"Bildunterschrift: {scene}",
                    f"Image copyright {draw(st.sampled_from(('Reuters', 'AFP/Getty Images', name)))}",
                    "Media playback is unsupported on your device",
                    "Your browser does not support the video tag.",
                    f"https://static.example.com/images/2026/{name.split()[0].lower()}-500x250.jpg",
                )
            )
        )
    ]


CROSS_REFERENCE_LABELS = ("Main article", "Hauptartikel", "Voir aussi", "Artículo principal", "Zie ook", "Vedi anche")


@st.composite
def cross_reference_noise(draw: st.DrawFn) -> list[str]:
    """A card set into the article pointing at another one: a label, a colon, its headline."""
    label = draw(st.sampled_from(CROSS_REFERENCE_LABELS))
    return [f"{label}{draw(st.sampled_from((': ', ' : ')))}{draw(headlines())}"]


NOISE_FAMILIES: dict[str, st.SearchStrategy[list[str]]] = {
    "cross-reference": cross_reference_noise(),
    "caption": caption_noise(),
    "navigation": navigation_noise(),
    "promo": promo_noise,
    "social": social_noise,
    "related": related_noise(),
    "syndication": syndication_noise(),
    "fragment": fragment_noise(),
}
noise_chunks = st.sampled_from(sorted(NOISE_FAMILIES)).flatmap(
    lambda family: NOISE_FAMILIES[family].map(lambda lines: (family, lines))
)
"""One chunk of noise lines of one family, tagged with the family."""


# --- articles -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One line of a generated page: its text, whether it is body, and the family if noise."""

    text: str
    body: bool
    family: str = ""


@dataclass(frozen=True)
class Article:
    """A generated page: its text, and where every line of it came from."""

    text: str
    lines: tuple[Line, ...]
    spans: tuple[tuple[int, int], ...]
    """Offsets of each line's block in ``text`` (trailing white space excluded), as lines go."""

    @property
    def body(self) -> list[str]:
        """The body lines as blocks hold them (trailing white space is the declared normalisation)."""
        return [line.text.rstrip() for line in self.lines if line.body]

    @property
    def body_spans(self) -> list[tuple[int, int]]:
        return [span for line, span in zip(self.lines, self.spans, strict=True) if line.body]


def _no_prefix_of_another(paragraphs: list[str]) -> bool:
    """No paragraph is a cut-off start of another: that is what a truncated teaser looks like."""
    keys = [normalize(p).rstrip(".…").rstrip() for p in paragraphs]
    return not any(a != b and b.startswith(a) for a in keys for b in keys)


@st.composite
def bodies(draw: st.DrawFn, max_paragraphs: int = 8) -> list[str]:
    """Article paragraphs: 1 to 3 distinct sentences each, sometimes ending in a short closing line.

    Sentences are unique within a body (a body does not print a sentence twice; printing one twice
    is what the repeat rules are allowed to take).
    """
    count = draw(st.integers(1, max_paragraphs))
    sentences = draw(st.lists(body_sentences, min_size=count, max_size=count * 3, unique_by=normalize))
    cuts = sorted(draw(st.sets(st.integers(1, len(sentences) - 1), max_size=count - 1))) if count > 1 else []
    paragraphs = [" ".join(sentences[a:b]) for a, b in zip([0, *cuts], [*cuts, len(sentences)], strict=True)]
    if draw(st.integers(0, 3)) == 0:
        paragraphs.append(draw(st.sampled_from(CLOSING_LINES)))
    return paragraphs


SUBHEADINGS = (
    "What the council decided", "How the new plan works", "What happens next", "The numbers behind it",
    "Image copyright and fair use", "Photo caption writing for beginners", "Courtesy and respect at work",
)  # fmt: skip
"""Headings an article gives its sections: short, no sentence end."""
STRUCTURES = {
    "ingredients": ("200 g flour", "2 eggs", "1 tsp salt", "A pinch of nutmeg", "Fresh basil leaves"),
    "event dates": ("14 June: opening night", "21 June – guided walk", "3 July, closing concert", "Saturday 12 July"),
    "awards": (
        "Awards",
        "2018",
        "Best Visual Effects, Nordic Film Festival",
        "2015",
        "Audience Award, Short Film Week",
        "2012",
        "Special Jury Prize, Animation Days",
    ),
    "table": ("Team | Played | Points", "Rovers | 12 | 27", "United | 12 | 24", "Athletic | 11 | 19"),
    "code": ("def area(width, height):", "    return width * height", "print(area(3, 4))", "12"),
    "steps": ("1. Preheat the oven", "2. Mix the dry ingredients", "3. Bake for 40 minutes"),
    "ranking": ("Rank", "State", "Rate", "1", "Alaska", "$14.55", "2", "Wyoming", "$43.88", "3", "Montana", "$45.57"),
    "infobox": (
        "Lindenau Library",
        "Architect Maria García Built 1998 2002 Floors Four Height 38 m Owner City of Lindenau Style Brutalist"
        " Revival Materials Concrete Glass Oak Awards Civic Trust Award European Prize Visitors Per Year 410000",
    ),
    "glued header row": (
        "Ranking in 2023 Business School Previous Ranking International Students Women Average GMAT Score"
        " Entering Fall 2022 Full-Time Acceptance Rate Median Starting Salary Employment Rate At Graduation",
        "1 Stanford 1 41% 47% 738 6.9% $165,000 88.4%",
    ),
    "cast": (
        "Cast",
        "Maria García Lars Eriksen Priya Patel Kwame Mensah Olga Petrova Jean-Luc Dupont Siobhan O'Brien Yuki"
        " Sato Ana Da Silva Rahul Khan Chen Wei Tomás Müller Aisha Okafor Joe Kyle",
    ),
}
"""Lines of an article that are not prose: list items (short ones too: years, quantities), table
rows, code, and lists the scraper glued into one line (an infobox, a table's header row, a cast
list of names), shaped like a glued menu. Only evidence that names a line as chrome may take such
a line inside an article, never its shape: years and counts look like counters, short items like
a menu, a row like tags, a glued list like a glued menu."""
CHECKLIST = ("Your love story", "Event details", "Entertainment", "Travel accommodations", "FAQs", "Registry")
"""A list inside the article whose items include menu words ("Entertainment", "FAQs"): among the
article's own items a menu word names nothing; only a run made of menu words is a menu."""


@st.composite
def broken_sentences(draw: st.DrawFn) -> str:
    """A prose sentence broken across two lines mid-sentence, the second half in lower case."""
    sentence = draw(prose_sentences.filter(lambda text: len(text.split()) >= 12))
    words = sentence.split()
    cuts = [i for i in range(4, len(words) - 3) if words[i][0].islower() and words[i - 1][-1].isalnum()]
    assume(cuts)
    cut = draw(st.sampled_from(cuts))
    return " ".join(words[:cut]) + "\n" + " ".join(words[cut:])


SIGNATURES = ("says:", "sagt:", "dit :", "dice:", "disse:", "ha detto:", "schreef:")
"""What comment systems print after a commenter's name over each comment, and what an article
may print after the name of each person it quotes."""


@st.composite
def quoted_voices(draw: st.DrawFn) -> list[str]:
    """Three or four people an article quotes one after another, each under "Name says:" (shaped
    like a thread of signed comments), the article going on after them."""
    count = draw(st.integers(3, 4))
    verb = draw(st.sampled_from(SIGNATURES))
    quotes = draw(st.lists(prose_sentences, min_size=count, max_size=count, unique_by=normalize))
    return [line for quote in quotes for line in (f"{_person(draw)} {verb}", quote)]


@st.composite
def structured_bodies(draw: st.DrawFn) -> list[str]:
    """Article paragraphs mixed with what articles also hold: subheadings, lists (a checklist with
    menu words among its items in mid-article), table rows, code and sentences broken across
    lines, and sometimes a short list at the very end. A list follows
    the paragraph that introduces it (an entry with newlines: its lines stay adjacent, with no
    noise between them), and so do people the article quotes under their names ("Anna Berg
    says:", :func:`quoted_voices`) where the article goes on after them, and people it writes about
    under their names ("Jane Doe" over "Jane Doe is a reporter who ...", :func:`people_sections`:
    one or two where it goes on after them, three or more anywhere); noise may come between
    paragraphs, as an ad slot or a caption does. A
    sentence broken across the first two lines opens the article now and then. A subheading heads
    a paragraph, never the page (a first line shaped like a heading is the headline), and follows
    the paragraph before it directly: after a "Related" listing, a title-like line is the listing's
    last headline as far as its shape tells."""
    paragraphs = draw(bodies(max_paragraphs=4))
    entries: list[str] = []
    if draw(st.integers(0, 3)) == 0:
        entries.append(draw(broken_sentences()))
    for number, paragraph in enumerate(paragraphs):
        kinds = ("plain", "plain", "subheading", "structure", "broken", "checklist", "voices", "people")
        kind = draw(st.sampled_from(kinds))
        if kind == "checklist" and number + 1 < len(paragraphs):  # the article goes on after it
            paragraph = "\n".join((paragraph, *CHECKLIST[: draw(st.integers(3, len(CHECKLIST)))]))
        if kind == "voices" and number + 1 < len(paragraphs):  # the article goes on after them
            paragraph = "\n".join((paragraph, *draw(quoted_voices())))
        if kind == "people":  # one or two people with the article going on after them, or a list of people
            people = draw(people_sections())
            if len(people) // 2 > 2 or number + 1 < len(paragraphs):
                paragraph = "\n".join((paragraph, *people))
        if kind == "subheading" and entries and paragraph not in CLOSING_LINES:  # see the docstring
            entries[-1] = "\n".join((entries[-1], draw(st.sampled_from(SUBHEADINGS))))
        elif kind == "broken":
            entries.append(draw(broken_sentences()))
        if kind == "structure":
            items = STRUCTURES[draw(st.sampled_from(sorted(STRUCTURES)))]
            paragraph = "\n".join((paragraph, *items[: draw(st.integers(2, len(items)))]))
        entries.append(paragraph)
    if draw(st.booleans()):
        entries[-1] = "\n".join((entries[-1], *STRUCTURES[draw(st.sampled_from(sorted(STRUCTURES)))]))
    lines = [normalize(line) for entry in entries for line in entry.split("\n")]
    assume(len(set(lines)) == len(lines))  # a line printed twice is a repeat, which may go
    text = normalize(" ".join(paragraphs))
    broken = [normalize(entry.replace("\n", " ")) for entry in entries if entry not in paragraphs and "\n" in entry]
    assume(not any(sentence in text for sentence in broken))  # nor may a sentence the article says twice
    return entries


BOX_LABELS = (
    "Comments", "Related", "About the author", "Newsletter", "Kommentare", "Über den Autor", "Recent comments",
)  # fmt: skip
"""Headings of boxes an article may print over a section of its own: the phrase lists name the
heading line itself as chrome, whatever follows it."""
BOX_WORDED_SUBHEADINGS = ("Comments from the minister", "Related research", "About the study's authors")
"""Subheadings worded like a box's heading that no phrase list names."""


@st.composite
def box_named_articles(draw: st.DrawFn) -> Article:
    """A page whose article holds a heading worded like a box's ("Comments", "Related research",
    "About the author") with more of the article under it: a paragraph or more, now and then a
    short list of its own after it, and now and then a short list at the very end; followed by
    what pages put after an article and now and then an author's box, at the page's end or right
    under the article's last line (one to three of them: a story's authors), where a box's heading,
    name and role over its bio read like a story card's head over its teaser. A listed label is the
    heading of a box by its wording and may go as such; everything under it is the article's, and
    so is a short question or exclamation (:data:`ASKING_LINES`) now and then right over it."""
    paragraphs = draw(bodies(max_paragraphs=5))
    assume(len(paragraphs) >= 2)
    at = draw(st.integers(1, len(paragraphs) - 1))
    heading = draw(st.sampled_from((*BOX_LABELS, *BOX_WORDED_SUBHEADINGS)))
    entries: list[list[Line]] = [[Line(paragraph, body=True)] for paragraph in paragraphs]
    if draw(st.booleans()):  # the section before the heading ends in a question of the article's
        entries[at - 1].append(Line(draw(st.sampled_from(ASKING_LINES)), body=True))
    entries[at - 1].append(Line(heading, body=heading in BOX_WORDED_SUBHEADINGS, family="box-named heading"))
    if draw(st.booleans()):
        items = STRUCTURES[draw(st.sampled_from(sorted(STRUCTURES)))]
        entries[at] += [Line(item, body=True) for item in items[: draw(st.integers(2, len(items)))]]
    if draw(st.booleans()):
        entries[-1] += [Line(item, body=True) for item in STRUCTURES[draw(st.sampled_from(sorted(STRUCTURES)))]]
    keys = [normalize(line.text) for entry in entries for line in entry]
    assume(len(set(keys)) == len(keys))  # a line printed twice is a repeat, which may go
    page = PageLines()
    gap = draw(st.sampled_from(("\n", "\n\n")))
    for entry in entries:
        for index, line in enumerate(entry):
            page.add(line, gap if index == 0 else "\n")
    _chrome_after(draw, page, with_boxes=draw(st.booleans()))
    _close(draw, page, author_box_noise() if draw(st.booleans()) else None)
    return render(page.lines, page.separators)


# --- whole bodies that are not one run of prose ------------------------------------------------------

LISTICLE_ITEMS = (
    "Squat Rack for Core Lifts", "Adjustable Dumbbells for Versatility", "Jump Rope for Cardio",
    "A Foldable Weight Bench", "Resistance Bands for Travel", "Pull-Up Bar for the Doorway",
    "Rowing Machine for Small Rooms", "Kettlebell Set for Beginners", "Rubber Floor Tiles",
    "A Wall Mirror to Check Your Form", "Foam Roller for Recovery", "Budget Air Bike",
)  # fmt: skip
"""A listicle's numbered subheadings: title case and no sentence end, shaped like story headlines."""
ITEM_FACTS = ("Price: about {money}", "Weight: {small} kg", "Best for: small rooms", "Rating: {small} out of 60")
"""The short list an item may carry instead of a paragraph: labelled facts, one a line."""
GUIDE_SECTIONS = (
    "Before you start", "Choosing a provider", "What it costs", "Common mistakes to avoid",
    "How to apply for a permit", "Questions to ask", "After the work is done", "Frequently asked questions",
)  # fmt: skip
GUIDE_TIPS = (
    "Compare at least three written quotes", "Ask for references from recent clients",
    "Check the contract for exit terms", "Keep every receipt until the work is signed off",
    "Photograph the site before the work begins", "Agree on a schedule of payments in writing",
)  # fmt: skip
CHECKLIST_SECTIONS = ("Twelve months before", "Six months before", "Three months before", "One month before",
                      "The week before", "The day before", "On the day")  # fmt: skip
CHECKLIST_VERBS = ("Book", "Confirm", "Collect", "Order", "Pay the deposit for", "Check the contract for")
CHECKLIST_THINGS = ("the venue", "the flowers", "the photographer", "the cake", "the band", "the cars", "the suits",
                    "the invitations", "the rings", "the caterer")  # fmt: skip
CHECKLIST_TAILS = ("and note the supplier's number", "with the help of the best man", "before the registrar's visit",
                   "and tell the guests abroad")  # fmt: skip
"""A checklist item is a verb, a thing and a tail: a line of words without a sentence end, shaped
like a story headline."""


def _numbered(items: list[str]) -> list[str]:
    return [f"{number}. {item}" for number, item in enumerate(items, start=1)]


@st.composite
def listicle_bodies(draw: st.DrawFn) -> list[str]:
    """A listicle: an introduction, then numbered subheadings each followed by a short paragraph
    or a short list of facts, running well past an interruption's twelve lines, and sometimes a
    closing paragraph. Each entry is one item with its text (its lines stay adjacent)."""
    names = draw(st.lists(st.sampled_from(LISTICLE_ITEMS), min_size=5, max_size=10, unique=True))
    sentences = draw(st.lists(body_sentences, min_size=len(names) + 2, max_size=len(names) + 2, unique_by=normalize))
    entries = [sentences[0]]
    for heading, sentence in zip(_numbered(names), sentences[1:], strict=False):
        if draw(st.booleans()):
            entries.append(f"{heading}\n{sentence}")
        else:
            facts = draw(st.lists(st.sampled_from(ITEM_FACTS), min_size=2, max_size=4, unique=True))
            entries.append("\n".join((heading, *(draw(_fill(fact)) for fact in facts))))
    if draw(st.booleans()):
        entries.append(sentences[-1])
    return entries


@st.composite
def guide_bodies(draw: st.DrawFn) -> list[str]:
    """A guide of several sections: each a heading followed by one or two paragraphs, some ending
    in a list of tips (lines of words without a sentence end)."""
    headings = draw(st.lists(st.sampled_from(GUIDE_SECTIONS), min_size=3, max_size=6, unique=True))
    sentences = draw(st.lists(body_sentences, min_size=len(headings) * 2 + 1, max_size=len(headings) * 2 + 1,
                              unique_by=normalize))  # fmt: skip
    entries, used = [sentences[0]], 1
    for heading in headings:
        count = draw(st.integers(1, 2))
        lines = [heading, *sentences[used : used + count]]
        used += count
        if draw(st.integers(0, 2)) == 0:
            lines += draw(st.lists(st.sampled_from(GUIDE_TIPS), min_size=2, max_size=4, unique=True))
        entries.append("\n".join(lines))
    return entries


@st.composite
def checklist_bodies(draw: st.DrawFn) -> list[str]:
    """A checklist under section headings: an introduction, then sections of items with no
    paragraph between them (a body of one paragraph and a list that may run past forty lines),
    sometimes a closing paragraph."""
    sections = sorted(draw(st.lists(st.sampled_from(CHECKLIST_SECTIONS), min_size=3, max_size=7, unique=True)),
                      key=CHECKLIST_SECTIONS.index)  # fmt: skip
    item = st.tuples(*(st.sampled_from(words) for words in (CHECKLIST_VERBS, CHECKLIST_THINGS, CHECKLIST_TAILS)))
    sentences = draw(st.lists(body_sentences, min_size=2, max_size=2, unique_by=normalize))
    counts = [draw(st.integers(2, 8)) for _ in sections]
    items = [" ".join(words) for words in draw(st.lists(item, min_size=sum(counts), max_size=sum(counts), unique=True))]
    lines: list[str] = []
    for section, count in zip(sections, counts, strict=True):
        lines += [section, *items[:count]]
        items = items[count:]
    entries = [f"{sentences[0]}\n" + "\n".join(lines)]
    if draw(st.booleans()):
        entries.append(sentences[1])
    return entries


@st.composite
def headline_run_noise(draw: st.DrawFn) -> list[str]:
    """Other stories' headlines in a row with no heading that names them, now and then with a card's
    source under each."""
    titles = draw(st.lists(headlines(), min_size=3, max_size=6, unique=True))
    if draw(st.booleans()):
        return titles
    source = draw(st.sampled_from(SOURCES))
    return [line for title in titles for line in (title, source)]


@st.composite
def most_read_noise(draw: st.DrawFn) -> list[str]:
    """A "Most read" box: its heading, then ranked headlines (the rank on its own line or before the
    title)."""
    heading = draw(st.sampled_from(("Most read", "Most popular", "Trending now", "Most viewed")))
    titles = draw(st.lists(headlines(), min_size=3, max_size=5, unique=True))
    if draw(st.booleans()):
        return [heading, *_numbered(titles)]
    return [heading, *(line for rank, title in enumerate(titles, start=1) for line in (str(rank), title))]


SECTION_TEMPLATES = (
    "{who} said the work on {what} in {where} would start in {month} and take about {small} weeks.",
    "Residents of {where} can comment on {what} until {month}, {who} said, and {org} will answer each"
    " letter.",
    "The cost of {what} has risen to {money}, {who} told the council in {where}, blaming higher prices.",
    "{who} said {clause}, and that {what} in {where} was the first of its kind.",
    "Under the plan for {what}, {where} would receive {money} over {small} years, {who} said.",
    "Critics of {what} in {where} said {clause}; {who} said the objections would be heard in {month}.",
)
"""A section's paragraph in an article about one subject (``who``, ``what``, ``where``): it
names the subject the whole article is about, as the sections of a real article do."""

SECTION_HEADINGS = (
    "What {what} Means for {where}", "How {who} Plans to Pay for It", "When the Work on {what} Starts",
    "Why {where} Was Chosen First", "What Residents of {where} Can Do Next", "The Cost of {what} So Far",
)  # fmt: skip
"""Section headings shaped like story headlines (title case, no closing mark), naming the subject."""


@st.composite
def card_like_section_bodies(draw: st.DrawFn) -> list[str]:
    """An article about one subject whose sections are shaped like story cards: an introduction,
    then three to six sections of a headline-shaped heading over one paragraph. What tells them
    from cards is their subject: each section names the article's own."""
    subject = _subject(draw)
    headings = draw(st.lists(st.sampled_from(SECTION_HEADINGS), min_size=3, max_size=6, unique=True))
    templates = draw(st.lists(st.sampled_from(SECTION_TEMPLATES), min_size=len(headings), max_size=len(headings)))
    intro = draw(st.lists(body_sentences, min_size=1, max_size=3, unique_by=normalize))
    entries = [*intro]
    for heading, template in zip(headings, templates, strict=True):
        entries.append(f"{heading.format(**subject)}\n{_about(draw, subject, template)}")
    return entries


def _subject(draw: st.DrawFn) -> dict[str, str]:
    """What an article is about: who, what and where, named in its sections (:data:`SECTION_TEMPLATES`)."""
    who = f"{draw(st.sampled_from(FIRST_NAMES))} {draw(st.sampled_from(LAST_NAMES))}"
    what = draw(st.sampled_from(TOPICS)).removeprefix("the ")
    return {"who": who, "what": what, "where": draw(st.sampled_from(PLACES))}


def _about(draw: st.DrawFn, subject: dict[str, str], template: str) -> str:
    """A paragraph of one of :data:`SECTION_TEMPLATES` about the article's ``subject``."""
    for slot, value in subject.items():
        template = template.replace(f"{{{slot}}}", value)
    return draw(_fill(template))


CARD_TEASERS = (
    "The home side came from two goals down to beat the league leaders in front of {n} fans.",
    "Forecasters expect heavy snow across the northern hills overnight, and drivers are warned to avoid"
    " mountain passes.",
    "A rare orchid not seen in the valley for {small} years has been found by volunteers clearing an old quarry.",
    "The bakery on the corner of Mill Street has closed its doors after {small} years of serving early"
    " commuters.",
    "Tickets for the summer festival sold out within minutes, leaving thousands of disappointed music lovers.",
    "Lifeguards rescued two kayakers off the rocky headland after their boat capsized in choppy water.",
    "The museum's new dinosaur gallery opens on Saturday with a skeleton nearly {small} metres long...",
    "Police are appealing for witnesses after a vintage tractor was stolen from a farm near the reservoir…",
)
"""Teasers of other stories: sport, weather, nature, shops, culture; nothing of the article's
subject. Some are cut with an ellipsis."""
COMMENTS = (
    "I have lived here for {small} years and never seen anything like it, thanks for writing this up.",
    "Does anyone know whether the buses will still stop outside the school while the work goes on?",
    "About time too. We have been asking for this since my kids were small, and they are grown up now.",
    "Great article, but you forgot to mention the parking problem on the side streets near the market.",
    "Who is going to pay for all of this in the end? The same people as always, I suppose.",
    "My neighbour went to the meeting last night and said it was standing room only, which says a lot.",
)
"""Readers' comments: prose printed once, like the article's own paragraphs."""
CARD_LABELS = ("Read More", "Read more »", "Continue reading", "Weiterlesen", "Lire la suite")
COMMENT_CONTROLS = ("Reply", "Antworten", "Répondre", "Responder", "Rispondi", "返信", "답글")


def _stamp(draw: st.DrawFn) -> str:
    """A card's or a comment's date line, with the time of day now and then."""
    year, month, day = draw(st.integers(2015, 2026)), draw(st.sampled_from(MONTHS)), draw(st.integers(1, 28))
    numeric = f"{day:02d}.0{day % 9 + 1}.{year}"
    date = draw(st.sampled_from((f"{month} {day}, {year}", f"{day} {month} {year}", numeric)))
    if draw(st.booleans()):
        return f"{date} at {draw(st.integers(1, 12))}:{draw(st.integers(10, 59))} pm"
    return date


@st.composite
def story_card_noise(draw: st.DrawFn) -> list[str]:
    """Three to five story cards after the article: a headline over a one-line teaser of another
    story, now and then dated and closed by the same link."""
    titles = draw(st.lists(headlines(), min_size=3, max_size=5, unique=True))
    teasers = draw(st.lists(st.sampled_from(CARD_TEASERS).flatmap(_fill), min_size=len(titles),
                            max_size=len(titles), unique_by=normalize))  # fmt: skip
    if draw(st.booleans()):
        return [line for title, teaser in zip(titles, teasers, strict=True) for line in (title, teaser)]
    label = draw(st.sampled_from(CARD_LABELS))
    return [
        line
        for title, teaser in zip(titles, teasers, strict=True)
        for line in (title, _stamp(draw), teaser, label)
    ]


@st.composite
def comment_thread_noise(draw: st.DrawFn) -> list[str]:
    """Three to six comments: a name, a date line, the comment (a line or two of prose) and the same
    control under each, under a heading now and then."""
    count = draw(st.integers(3, 6))
    comments = draw(st.lists(st.sampled_from(COMMENTS).flatmap(_fill), min_size=count, max_size=count,
                             unique_by=normalize))  # fmt: skip
    control = draw(st.sampled_from(COMMENT_CONTROLS))
    lines = [f"{count} Comments"] if draw(st.booleans()) else []
    for comment in comments:
        lines += [f"{draw(st.sampled_from(FIRST_NAMES))} {draw(st.sampled_from(LAST_NAMES))}", _stamp(draw), comment]
        lines.append(control)
    return lines


@st.composite
def signed_thread_noise(draw: st.DrawFn) -> list[str]:
    """Three to six comments, each under its signature ("Anna Berg says:", :data:`SIGNATURES`) and a
    date line, a button under each now and then, and "Comments are closed." after them now and then."""
    count = draw(st.integers(3, 6))
    comments = draw(st.lists(st.sampled_from(COMMENTS).flatmap(_fill), min_size=count, max_size=count,
                             unique_by=normalize))  # fmt: skip
    signature, control = draw(st.sampled_from(SIGNATURES)), draw(st.sampled_from(COMMENT_CONTROLS))
    buttons = draw(st.booleans())
    lines: list[str] = []
    for comment in comments:
        name = f"{draw(st.sampled_from(FIRST_NAMES))} {draw(st.sampled_from(LAST_NAMES))}"
        lines += [f"{name} {signature}", _stamp(draw), comment, *([control] if buttons else [])]
    return [*lines, "Comments are closed."] if draw(st.booleans()) else lines


AUTHOR_HEADINGS = ("About the author", "About the Author", "Written by", "Über den Autor", "À propos de l'auteur")
AUTHOR_BIOS = (
    "{person} is a reporter at {org} who writes about {topic}.",
    "{person} covers {topic} for {org}. Before that, {person} spent {small} years as an analyst.",
    "{person} is the author of {small} books about {topic}.",
)


@st.composite
def author_box_noise(draw: st.DrawFn) -> list[str]:
    """An author's box after the article: a heading naming it, the author's name and role, the bio
    (a sentence or a paragraph, printed once) and a link to the author's other stories."""
    person = _person(draw)
    bio = draw(st.sampled_from(AUTHOR_BIOS)).replace("{person}", person)
    lines = [draw(st.sampled_from(AUTHOR_HEADINGS)), person, draw(st.sampled_from(("Senior reporter", "Editor")))]
    return [*lines, draw(_fill(bio)), f"Follow {person.split()[0]} on X"]


NAMED_BIOS = (
    "{person} is a freelance writer based in {place} who covers {topic} for {org}.",
    "{person} is a senior reporter at {org}, covering {topic} since {year}.",
    "{first} is a contributing editor who writes about {topic} and lives in {place}.",
    "{person} ist Redakteurin im Ressort Politik und schreibt über {topic}.",
    "{person} est journaliste à {place} et suit {topic} depuis {year}.",
    "{person} es periodista especializada en {topic} desde {year}.",
)
"""Bios an author's box prints under the author's name with no heading over it, in the third
person and naming a trade."""
NAME_LABELS = ("{person}", "Written by {person}", "About {person}")


@st.composite
def named_bio_noise(draw: st.DrawFn) -> list[str]:
    """An author's bio after the article under the author's name alone or after a label ("Jane
    Doe", "Written by Jane Doe"), no box heading over them, now and then a link to the author's
    other stories under it."""
    person = _person(draw)
    bio = draw(st.sampled_from(NAMED_BIOS)).replace("{person}", person).replace("{first}", person.split()[0])
    lines = [draw(st.sampled_from(NAME_LABELS)).replace("{person}", person), draw(_fill(bio))]
    return [*lines, f"View all posts by {person}"] if draw(st.booleans()) else lines


PEOPLE_SENTENCES = (
    "{person} is a reporter who spent {small} years covering {topic} before joining {org}.",
    "{person} is a novelist whose book about {topic} was published in {year}.",
    "{person} is a writer and teacher who moved to {place} in {year}.",
    "{person} ist Journalistin und lebt seit {year} in {place}.",
)
"""Sentences an article writes about the people it is about, named over each as a subheading:
shaped like an author's bio under the author's name."""


@st.composite
def people_sections(draw: st.DrawFn) -> list[str]:
    """People an article writes about, each under their name as a subheading ("Jane Doe" over "Jane
    Doe is a reporter who ..."): one or two (a profile's sections, the article going on after
    them) or three and more (a list of people, which may end the article)."""
    count = draw(st.integers(1, 4))
    names = draw(st.lists(st.builds(lambda first, last: f"{first} {last}", st.sampled_from(FIRST_NAMES),
                                     st.sampled_from(LAST_NAMES)), min_size=count, max_size=count, unique=True))
    lines: list[str] = []
    for name in names:
        lines += [name, draw(_fill(draw(st.sampled_from(PEOPLE_SENTENCES)).replace("{person}", name)))]
    return lines


COMMENT_BOX_HEADINGS = ("Comments", "Leave a reply", "Kommentare", "Commentaires", "Comentarios")
RELATED_BOX_HEADINGS = (
    "You may also like", "More from the newsroom", "Das könnte Sie auch interessieren", "Leggi anche",
)  # fmt: skip
NEWSLETTER_BOX_HEADINGS = ("Newsletter", "Newsletter abonnieren", "Subscribe to our newsletter")
NEWSLETTER_PITCHES = (
    "Get the week's best stories from the valley delivered to your inbox every Friday morning, free of charge.",
    "Sign up for our daily briefing and never miss the local news, sport and weather that matter to you.",
)
SITE_BLURBS = (
    "The Valley Courier is an independent newspaper serving the towns of the upper valley since 1921.",
    "This site is part of a group of regional titles owned by a charitable trust and run by its readers.",
)
"""Paragraphs boxes print among their lines: a newsletter's pitch, the site's own blurb."""


@st.composite
def box_noise(draw: st.DrawFn) -> list[str]:
    """A box a heading names after the article, with paragraphs among its lines: comments (a name
    and a date over each comment, a control under it), related stories (a headline over a teaser
    of another story, a date under it), or a newsletter box (its pitch between the heading's label
    and the form's), now and then closed by the site's blurb and a footer line (and a short sentence
    under it)."""
    kind = draw(st.sampled_from(("comments", "related", "newsletter")))
    if kind == "comments":
        comments = draw(st.lists(st.sampled_from(COMMENTS).flatmap(_fill), min_size=1, max_size=3, unique_by=normalize))
        lines = [draw(st.sampled_from(COMMENT_BOX_HEADINGS))]
        for comment in comments:
            name = f"{draw(st.sampled_from(FIRST_NAMES))} {draw(st.sampled_from(LAST_NAMES))}"
            lines += [name, _stamp(draw), comment, "Reply"]
    elif kind == "related":
        titles = draw(st.lists(headlines(), min_size=1, max_size=3, unique=True))
        teasers = draw(st.lists(st.sampled_from(CARD_TEASERS).flatmap(_fill), min_size=len(titles),
                                max_size=len(titles), unique_by=normalize))  # fmt: skip
        lines = [draw(st.sampled_from(RELATED_BOX_HEADINGS))]
        for title, teaser in zip(titles, teasers, strict=True):
            lines += [title, teaser, _stamp(draw)]
    else:
        pitch = draw(st.sampled_from(NEWSLETTER_PITCHES))
        lines = [draw(st.sampled_from(NEWSLETTER_BOX_HEADINGS)), "Free every Friday", pitch, "Email address", "Sign up"]
    if draw(st.booleans()):
        lines += [draw(st.sampled_from(SITE_BLURBS)), "© 2026 The Valley Courier"]
        if draw(st.booleans()):  # a short sentence under the footer's notice
            lines.append("Thanks for reading the Courier.")
    return lines


MID_ARTICLE_BOX_HEADINGS = (*BOX_LABELS, "Lesen Sie auch", "Leggi anche", "You may also like", "Read also")
"""Box-named headings an article may print mid-article over a card of another story or a section
of its own."""


@st.composite
def box_interrupted_articles(draw: st.DrawFn) -> Article:
    """A page whose article a heading named like a box interrupts ("Lesen Sie auch" over a headline
    of another story, "Comments" or "Comments from the minister" over a section of its own, with a
    headline-shaped line of its own under it now and then) and then goes on: a paragraph or more,
    each now and then followed by a caption or an ad, so that a paragraph stands alone between
    lines that are not the article's, as a box's teaser does; then what pages put after an article
    and now and then a box with paragraphs of its own. Every paragraph is about the article's
    subject, as a real article's are (:data:`SECTION_TEMPLATES`): a teaser under a box is about
    another story, and only that tells a lone paragraph past the box from one. The heading is the
    article's own only when no phrase list names it; every paragraph is the article's."""
    subject = _subject(draw)
    templates = draw(st.lists(st.sampled_from(SECTION_TEMPLATES), min_size=2, max_size=6))
    paragraphs = [_about(draw, subject, template) for template in templates]

    def open_box(page: PageLines, gap: str) -> None:
        heading = draw(st.sampled_from((*MID_ARTICLE_BOX_HEADINGS, *BOX_WORDED_SUBHEADINGS)))
        page.add(Line(heading, body=heading in BOX_WORDED_SUBHEADINGS, family="box-named heading"), gap)
        if draw(st.booleans()):
            page.add(Line(draw(headlines()), body=False, family="card headline"), "\n")

    return _box_interrupted_page(draw, paragraphs, open_box, INTERRUPTIONS.map(lambda found: found[1]))


def _box_interrupted_page(
    draw: st.DrawFn,
    paragraphs: list[str],
    open_box: Callable[[PageLines, str], None],
    interruptions: st.SearchStrategy[list[str]],
) -> Article:
    """A page of the article's ``paragraphs`` that a box ``open_box`` adds (given the page and the
    gap between paragraphs) interrupts before one of them but the first, each paragraph from there
    on now and then followed by one of ``interruptions``; then what pages put after an article and
    now and then a box with paragraphs of its own."""
    at = draw(st.integers(1, len(paragraphs) - 1))
    page = PageLines()
    gap = draw(st.sampled_from(("\n", "\n\n")))
    for number, paragraph in enumerate(paragraphs):
        if number == at:
            open_box(page, gap)
        page.add(Line(paragraph, body=True), gap)
        if number >= at and draw(st.booleans()):
            for text in draw(interruptions):
                page.add(Line(text, body=False, family="interruption"), gap)
    keys = [normalize(line.text) for line in page.lines]
    assume(len(set(keys)) == len(keys))  # a line printed twice is a repeat, which may go
    _after_article(draw, page, 2)
    _close(draw, page, box_noise() if draw(st.booleans()) else None)
    return render(page.lines, page.separators)


@st.composite
def in_article_box(draw: st.DrawFn) -> list[str]:
    """A box a page prints inside the article, with its own lines: a newsletter box (its heading,
    a label, now and then its pitch, a form line) or a related story (a "Related" heading over a
    headline, now and then a teaser and a date)."""
    if draw(st.booleans()):
        lines = [draw(st.sampled_from(NEWSLETTER_BOX_HEADINGS)), "Free every Friday"]
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from(NEWSLETTER_PITCHES)))
        return [*lines, *draw(st.sampled_from((["Email address"], ["Sign up"], ["Email address", "Sign up"], [])))]
    lines = [draw(st.sampled_from(("Related Articles", "Related", *RELATED_BOX_HEADINGS))), draw(headlines())]
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(CARD_TEASERS).flatmap(_fill)))
    return [*lines, _stamp(draw)] if draw(st.booleans()) else lines


FACTUAL_FILLER_TEMPLATES = (
    "Looking ahead, residents will be able to have their say at {count} public meetings {venue} {time}.",
    "It remains to be seen how the plan will work in practice, but {count} drop-in sessions are due to be held"
    " {venue} {time}.",
    "Overall, it is a decision that will shape the area for years to come, and {count} open days will follow"
    " {venue} {time}.",
    "As the story continues to unfold, both sides are set to meet again {venue} {time}, with {count} proposals"
    " on the table.",
    "Only time will tell, but the first of {count} consultation evenings takes place {venue} {time}.",
    "Parents will be able to see the {count} new classrooms {venue} {time}.",
)
"""Paragraphs in filler's words ("Looking ahead", "Only time will tell", "for years to come") around
a scheduled event: how many, where and when, each given by no other paragraph, in lower case (no
name or digit to find)."""
FACT_COUNTS = ("two", "three", "four", "five", "six", "seven")
FACT_VENUES = ("in the town hall", "at the library", "in the school hall", "at the civic centre",
               "at the sports centre", "in the parish church")  # fmt: skip
FACT_TIMES = ("next week", "next month", "in the spring", "in the autumn", "this weekend", "later this month",
              "tomorrow", "next year")  # fmt: skip


@st.composite
def factual_filler_paragraphs(draw: st.DrawFn) -> list[str]:
    """One to three paragraphs of :data:`FACTUAL_FILLER_TEMPLATES`, each with a count, a place and
    a time of its own: the article's, however much they sound like filler."""
    size = draw(st.integers(1, 3))
    templates = draw(st.lists(st.sampled_from(FACTUAL_FILLER_TEMPLATES), min_size=size, max_size=size, unique=True))
    facts = [draw(st.lists(st.sampled_from(pool), min_size=size, max_size=size, unique=True))
             for pool in (FACT_COUNTS, FACT_VENUES, FACT_TIMES)]  # fmt: skip
    return [
        template.format(count=count, venue=venue, time=time)
        for template, count, venue, time in zip(templates, *facts, strict=True)
    ]


@st.composite
def factual_filler_bodies(draw: st.DrawFn) -> list[str]:
    """Article paragraphs (:func:`bodies`) with :func:`factual_filler_paragraphs` among them after
    the first, at the end now and then."""
    paragraphs = draw(bodies(max_paragraphs=4))
    for text in draw(factual_filler_paragraphs()):
        paragraphs.insert(draw(st.integers(1, len(paragraphs))), text)
    return paragraphs


@st.composite
def box_continued_articles(draw: st.DrawFn) -> Article:
    """A page whose article a box interrupts (:func:`in_article_box`: "Subscribe to our
    newsletter" with its form, "Related Articles" over another story's headline) and then goes on:
    the box past the article's first paragraphs, now and then a feed's notice among them (a
    paragraph that goes, so that the article before the box looks longer than it is), and after
    it the article's other paragraphs, each now and then alone between a caption, an ad or a date
    (a paragraph there has a box's teaser's place) and about whatever it is about (not one subject
    the others name); then what pages put after an article and now and then a box with paragraphs
    of its own. Now and then paragraphs in filler's words that carry a scheduled event
    (:func:`factual_filler_paragraphs`) go among the paragraphs after the box or close the article.
    Every paragraph is the article's, the box's lines and the notice are not."""
    paragraphs = draw(bodies(max_paragraphs=6))
    assume(len(paragraphs) >= 2)
    if draw(st.booleans()):
        extra = draw(factual_filler_paragraphs())
        for text in extra:
            paragraphs.insert(draw(st.integers(2, len(paragraphs))), text)

    def open_box(page: PageLines, gap: str) -> None:
        if draw(st.booleans()):
            page.add(Line(draw(syndication_noise())[0], body=False, family="syndication"), gap)
        for text in draw(in_article_box()):
            page.add(Line(text, body=False, family="in-article box"), gap)

    interruptions = st.one_of(INTERRUPTIONS.map(lambda found: found[1]), _stamp_lines())
    return _box_interrupted_page(draw, paragraphs, open_box, interruptions)


@st.composite
def _stamp_lines(draw: st.DrawFn) -> list[str]:
    """A date line on its own (:func:`_stamp`)."""
    return [_stamp(draw)]


@st.composite
def list_ending_bodies(draw: st.DrawFn) -> list[str]:
    """Article paragraphs ending in a short list of their own (ingredients, event dates, awards,
    code, a table), its items one a line right under the last paragraph, which introduces it. The
    article holds two paragraphs or more and the last is one, not a short closing line: a list
    after a one-paragraph article, or after a caption under "He declined to comment.", loses its
    years (known breaks, kept as strict expected failures in ``test_engine.py``)."""
    paragraphs = draw(bodies(max_paragraphs=4))
    assume(len(paragraphs) >= 2 and paragraphs[-1] not in CLOSING_LINES)
    items = STRUCTURES[draw(st.sampled_from(sorted(STRUCTURES)))]
    return [*paragraphs[:-1], "\n".join((paragraphs[-1], *items))]


@st.composite
def author_boxes(draw: st.DrawFn) -> list[str]:
    """One to three authors' boxes in a row, as a story with several authors prints them."""
    return [line for _ in range(draw(st.integers(1, 3))) for line in draw(author_box_noise())]


CALLS = tuple(phrase for _, phrase in read_phrases(PHRASE_LISTS / "calls.txt"))
"""Calls to action of sign-up, trial and sales boxes, in every language the list covers."""
SIGN_UP_LINES = (
    "Work email", "Company size", "Setup takes two minutes.", "Thanks, we will be in touch!",
    "Einrichtung in zwei Minuten.", "Installation en deux minutes.", "Configuración en dos minutos.",
    "Pronto em dois minutos.", "Pronto in due minuti.", "Binnen twee minuten klaar.",
)  # fmt: skip
"""Lines a sign-up box prints under its call that no phrase list names: its form's fields, and
short sentences (its terms, its messages) that end the box as a sentence of the article's would."""


@st.composite
def sign_up_box_noise(draw: st.DrawFn) -> list[str]:
    """A sign-up or sales box: a call to action, the lines under it (listed calls and terms, and
    others), and now and then another button."""
    under = st.sampled_from((*CALLS, *SIGN_UP_LINES))
    lines = [draw(st.sampled_from(CALLS)), *draw(st.lists(under, max_size=3, unique=True))]
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(CALLS)))
    return lines


AFTER_ARTICLE_NOISE = st.one_of(
    headline_run_noise().map(lambda lines: ("headline run", lines)),
    most_read_noise().map(lambda lines: ("most read", lines)),
    story_card_noise().map(lambda lines: ("story cards", lines)),
    comment_thread_noise().map(lambda lines: ("comment thread", lines)),
    named_bio_noise().map(lambda lines: ("named bio", lines)),
    noise_chunks,
    sign_up_box_noise().map(lambda lines: ("sign-up box", lines)),
)
"""What follows a whole article on a page: story headlines with or without a heading, a "Most
read" box, story cards (headline and teaser), a comment thread, an author's bio under the author's
name, the noise of every family, and a sign-up box (a call and the short sentences under it)."""
INTERRUPTIONS = st.one_of(caption_noise(), promo_noise, cross_reference_noise(), sign_up_box_noise()).map(
    lambda lines: ("interruption", lines)
)
"""What interrupts such an article between two of its entries: a caption, an ad slot, a card
pointing at another article, a sign-up box."""


CLOSING_LISTS = {
    "awards": STRUCTURES["awards"],
    "event dates": ("Dates", "June 12, 2026", "June 19, 2026", "3 July 2026", "12.07.2026"),
    "ingredients": ("Ingredients", *STRUCTURES["ingredients"]),
    "table": STRUCTURES["table"],
    "timeline": ("1998", "Founded in Lindenau", "2004", "First branch abroad", "2019", "Listed in Frankfurt"),
    "sources": (
        "Sources",
        "World Health Organization, Global Tuberculosis Report 2024, Geneva, published 29 October 2024",
        "City of Lindenau, Cycling Plan for the Town Centre, draft for consultation, March 2025",
        "Federal Statistical Office, Commuting Patterns by District and Mode of Transport, table 12-211",
    ),
}
"""Lists an article ends with right after its last paragraph: years heading the entries they date
(shaped like counters), bare dates (shaped like a post's date line), ingredients (shaped like a
menu), a table's rows (shaped like tags)."""
AD_LABELS = (
    "Advertisement", "ADVERTISEMENT", "Anzeige", "Publicité", "Publicidad", "Story continues below advertisement",
)  # fmt: skip


@st.composite
def closing_list_articles(draw: st.DrawFn) -> Article:
    """A page whose article ends in a list right after its last paragraph (:data:`CLOSING_LISTS`,
    two items or more), now and then interrupted between two paragraphs by an ad label and a photo
    caption after which it goes on, and followed by what pages put after an article (story cards,
    comment threads, headline runs, "Most read", authors' boxes right under the list now and then).
    Only its place tells the list from chrome: its years look like counters, its dates like a
    post's date line, its items like a menu."""
    paragraphs = draw(bodies(max_paragraphs=4))
    if draw(st.integers(0, 2)) == 0:  # an article about a website's cookies or a trademark, closing on it
        paragraphs = [*paragraphs, draw(st.sampled_from(SITE_TALK_PARAGRAPHS))]
    items = CLOSING_LISTS[draw(st.sampled_from(sorted(CLOSING_LISTS)))]
    closing = items[: draw(st.integers(2, len(items)))]
    keys = [normalize(text) for text in (*paragraphs, *closing)]
    assume(len(set(keys)) == len(keys))  # a line printed twice is a repeat, which may go
    page = PageLines()
    if draw(st.booleans()):
        page.add(Line(draw(headlines()), body=False, family="title"), "\n")
    gap = draw(st.sampled_from(("\n", "\n\n")))
    for number, paragraph in enumerate(paragraphs):
        if number and draw(st.integers(0, 2)) == 0:
            label, caption = draw(st.sampled_from(AD_LABELS)), draw(caption_noise())
            for text in draw(st.sampled_from(([label], caption, [label, *caption]))):
                page.add(Line(text, body=False, family="interruption"), gap)
        page.add(Line(paragraph, body=True), gap)
    for text in closing:
        page.add(Line(text, body=True), "\n")
    _chrome_after(draw, page, with_boxes=draw(st.integers(0, 2)) == 0)
    return render(page.lines, page.separators)


PHOTO_CREDITS = ("© 2024 Jane Doe", "Foto: © 2023 Max Muster", "© Jane Roe / Getty Images", "Photo © 2021 Anna Berg")
"""Credits under a photo inside the article: a mark, a year and a person, shaped like a footer's
notice but for what only a site's notice says."""
FOOTER_COLUMN = (
    "Home", "About us", "Contact", "Careers", "Impressum", "Datenschutz", "Mentions légales", "Aviso legal",
    "Facebook", "Instagram", "App Store", "Google Play", "Newsletter", "Advertise", "Jobs", "Archiv",
)  # fmt: skip
FOOTER_NOTICES = (
    "© 2025 Example Media. All rights reserved.",
    "Copyright © 2004–2025 Rheinblick Verlag GmbH. Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung.",
    "© 2025 Le Journal du Port – Tous droits réservés",
    "© 1998-2025 El Diario del Puerto. Todos los derechos reservados. Prohibida su reproducción total o parcial.",
    "Copyright © 港湾新闻 版权所有",
    "ⓒ 항구일보 무단전재 및 재배포 금지",
    "© Example Holdings Ltd.",
)
FOOTER_AFTER = ("Powered by WordPress", "12 Harbour Street, Springfield", "Made with love in Berlin", "Back to top")
FOOTER_SENTENCES = (
    "This website uses cookies to improve your experience. By continuing to browse the site you agree to our use"
    " of cookies.",
    "Example Media and the Example Media logo are registered trademarks of Example Media Group in the EU and"
    " elsewhere.",
    "The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used without"
    " permission.",
    "Diese Website verwendet Cookies. Wenn Sie die Seite weiter nutzen, stimmen Sie der Verwendung von Cookies zu.",
    "Ce site utilise des cookies pour améliorer votre expérience de navigation et mesurer l'audience du site.",
    "Este sitio utiliza cookies propias y de terceros para mejorar su experiencia y nuestros servicios.",
    "Use of and/or registration on any portion of this site constitutes acceptance of our Terms of Use and Privacy"
    " Policy",
    "Example Media Group, 12 Harbour Street, Suite 300, Springfield, IL 62701, United States | Tel. +1 217 555 0100",
    "Rheinblick Verlag GmbH, Hafenstraße 12, 20459 Hamburg | Amtsgericht Hamburg HRB 98765 | USt-IdNr. DE123456789",
)
"""A site's own lines under its rights notice: a cookie banner, a trademark or reuse notice, terms
the reader accepts written without a full stop, the publisher's address with its registration."""
SITE_TALK_PARAGRAPHS = (
    "The regulator said the website had set tracking cookies before visitors agreed to them, and fined the"
    " company on Tuesday.",
    "Lawyers for the brewer said the trademark had been registered in 1998 and that the website copying it had"
    " been taken down.",
)
"""Article paragraphs about a website, its cookies or a trademark: worded as a site's sentences are."""


@st.composite
def footer_closed_articles(draw: st.DrawFn) -> Article:
    """A page closed by a site's footer (a column of links, a rights notice, now and then the site's
    sentences under it, a cookie banner or a trademark notice, and a few short lines), now and then
    right under the article: an article of paragraphs, a photo's credit between two of them now and
    then, closing now and then on a paragraph about a website's cookies or a trademark (worded as
    the site's sentences are), ending now and then in a list of its own (an awards list whose last
    item may be a year) right over the footer's column, which only the article's rhythm tells apart."""
    paragraphs = draw(bodies(max_paragraphs=4))
    if draw(st.integers(0, 2)) == 0:  # an article about a website's cookies or a trademark, closing on it
        paragraphs = [*paragraphs, draw(st.sampled_from(SITE_TALK_PARAGRAPHS))]
    items = CLOSING_LISTS[draw(st.sampled_from(sorted(CLOSING_LISTS)))]
    closing = items[: draw(st.integers(2, len(items)))] if draw(st.booleans()) else ()
    # A list after a one-paragraph article or a short closing line loses its years on pages
    # without a footer too (known breaks, see :func:`list_ending_bodies`).
    assume(not closing or (len(paragraphs) >= 2 and paragraphs[-1] not in CLOSING_LINES))
    keys = [normalize(text) for text in (*paragraphs, *closing)]
    assume(len(set(keys)) == len(keys))  # a line printed twice is a repeat, which may go
    page = PageLines()
    credit = draw(st.integers(0, len(paragraphs) - 1))
    for number, paragraph in enumerate(paragraphs):
        if number == credit and number:
            page.add(Line(draw(st.sampled_from(PHOTO_CREDITS)), body=False, family="credit"), "\n")
        page.add(Line(paragraph, body=True), "\n")
    for text in closing:
        page.add(Line(text, body=True), "\n")
    if draw(st.booleans()):
        _after_article(draw, page, 2)
    footer = [
        *draw(st.lists(st.sampled_from(FOOTER_COLUMN), max_size=6, unique=True)),
        draw(st.sampled_from(FOOTER_NOTICES)),
        *draw(st.lists(st.sampled_from(FOOTER_SENTENCES), max_size=2, unique=True)),
        *draw(st.lists(st.sampled_from(FOOTER_AFTER), max_size=3, unique=True)),
    ]
    for text in footer:
        page.add(Line(text, body=False, family="footer"), "\n")
    return render(page.lines, page.separators)


def _chrome_after(draw: st.DrawFn, page: PageLines, with_boxes: bool) -> None:
    """Add what pages put after an article: authors' boxes right under it (``with_boxes``), then one
    to three chunks of :data:`AFTER_ARTICLE_NOISE`."""
    if with_boxes:
        for index, text in enumerate(draw(author_boxes())):
            page.add(Line(text, body=False, family="author box"), draw(_SEPARATORS) if index == 0 else "\n")
    _after_article(draw, page, 3)


@st.composite
def whole_articles(
    draw: st.DrawFn, body: st.SearchStrategy[list[str]], closing: st.SearchStrategy[list[str]] | None = None
) -> Article:
    """A page holding one of these bodies whole, now and then interrupted by a caption or an ad
    between two entries, with a headline over it and after it what pages put there: one to three
    chunks, headline runs and "Most read" boxes among them."""
    entries = draw(body)
    keys = [normalize(part) for entry in entries for part in entry.split("\n")]
    assume(len(set(keys)) == len(keys))  # a line printed twice is a repeat, which may go
    page = PageLines()
    add = page.add
    if draw(st.booleans()):
        add(Line(draw(headlines()), body=False, family="title"), "\n")
    gap = draw(st.sampled_from(("\n", "\n\n")))
    for number, entry in enumerate(entries):
        if number and draw(st.integers(0, 4)) == 0:
            for index, text in enumerate(draw(INTERRUPTIONS)[1]):
                add(Line(text, body=False, family="interruption"), gap if index == 0 else "\n")
        for index, part in enumerate(entry.split("\n")):
            add(Line(part, body=True), gap if index == 0 else "\n")
    _after_article(draw, page, 3)
    _close(draw, page, closing)
    return render(page.lines, page.separators)


def _after_article(draw: st.DrawFn, page: PageLines, most: int) -> None:
    """Add one to ``most`` chunks of what pages put after an article (:data:`AFTER_ARTICLE_NOISE`)."""
    for _ in range(draw(st.integers(1, most))):
        family, chunk = draw(AFTER_ARTICLE_NOISE)
        for index, text in enumerate(chunk):
            page.add(Line(text, body=False, family=family), draw(_SEPARATORS) if index == 0 else "\n")


def _close(draw: st.DrawFn, page: PageLines, closing: st.SearchStrategy[list[str]] | None) -> None:
    """Put a ``closing`` box (an author's box) at the page's end, when one is given."""
    if closing is not None:
        for index, text in enumerate(draw(closing)):
            page.add(Line(text, body=False, family="closing box"), draw(_SEPARATORS) if index == 0 else "\n")


class PageLines:
    """The lines of a page being generated and the separators between them."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.separators: list[str] = []

    def add(self, line: Line, separator: str) -> None:
        """Append ``line``, joined to the one before by ``separator`` (ignored for the first)."""
        if self.lines:
            self.separators.append(separator)
        self.lines.append(line)


def render(lines: list[Line], separators: list[str]) -> Article:
    """Join lines with the given separators (one fewer than lines) and record each line's span."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    position = 0
    for index, line in enumerate(lines):
        spans.append((position, position + len(line.text.rstrip())))
        parts.append(line.text)
        position += len(line.text)
        if index < len(separators):
            parts.append(separators[index])
            position += len(separators[index])
    return Article("".join(parts), tuple(lines), tuple(spans))


_SEPARATORS = st.sampled_from(("\n", "\n\n", "\n \n", "\r\n", "\r\n\r\n", "\n\n\n"))


@st.composite
def articles(
    draw: st.DrawFn,
    body: st.SearchStrategy[list[str]] | None = None,
    noise: st.SearchStrategy[tuple[str, list[str]]] = noise_chunks,
    max_chunks: int = 3,
) -> Article:
    """A page: a body with noise chunks before, between and after its paragraphs.

    Body paragraphs are separated by single newlines or blank lines (one style per page, as
    pages do); noise lines inside a chunk are usually one per line. A title may head the page,
    sometimes printed twice, and lines may carry trailing spaces.
    """
    paragraphs = draw((body if body is not None else bodies()).filter(_no_prefix_of_another))
    body_gap = draw(st.sampled_from(("\n", "\n\n", "\n\n", "\r\n\r\n")))
    page = PageLines()
    add = page.add
    if draw(st.booleans()):
        title = draw(page_titles())
        if draw(st.booleans()):  # the page's title, its masthead, then the headline over the article
            add(Line(f"{title} | {draw(st.sampled_from(SOURCES))}", body=False, family="title"), "\n")
            for text in draw(st.lists(st.sampled_from((*NAV_WORDS, "Sign in", "Menu", "Search")), max_size=5)):
                add(Line(text, body=False, family="navigation"), "\n")
        for _ in range(draw(st.integers(1, 2))):
            add(Line(title, body=False, family="title"), "\n\n")
    slots = len(paragraphs) + 1
    for slot in range(slots):
        for _ in range(draw(st.integers(0, max_chunks if slot in (0, slots - 1) else 1))):
            family, chunk = draw(noise)
            for number, text in enumerate(chunk):
                add(Line(text, body=False, family=family), draw(_SEPARATORS) if number == 0 else "\n")
        if slot < len(paragraphs):
            trailing = draw(st.sampled_from(("", "", "", " ", "  ")))
            gap = body_gap if page.lines and page.lines[-1].body else draw(_SEPARATORS)
            for number, part in enumerate(paragraphs[slot].split("\n")):  # a broken sentence's lines
                add(Line(part + trailing, body=True), gap if number == 0 else "\n")
    return render(page.lines, page.separators)


clear_tail_noise = st.sampled_from(
    (
        "Leave a Reply",
        "Leave A Reply",
        "Share.",
        "No comments yet...",
        "Comments",
        "Share this article",
        "DOWNLOAD THE APP",
        "Download the app",
        "app-storeplay-store",
        "Subscribe to our newsletter",
        "Try Our AI Features",
        "MoreLess",
        "#Hegseth #Upgrading #Japan",
        "US military, Japan, defense coordination, Trump administration, China",
        "The post Hegseth Says US Is Upgrading Japan Ops appeared first on Fox News.",
        "This article was generated from an automated news agency feed without modifications to text.",
        "Related Articles",
        "Facebook",
        "0",
        "31",
        "19.04.2025",
        "logo",
        "Independent30-03-2025",
    )
)
"""Noise lines every family module is expected to take when they trail a body (seed-page shapes)."""


def line_soup(alphabet: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[str]:
    """Arbitrary text with many line breaks and white space, mixed with real noise lines,
    so segmentation edge cases (blank lines, ``\\r``, lone spaces) come up often."""
    pieces = st.one_of(
        st.text(alphabet=alphabet, max_size=30) if alphabet is not None else st.text(max_size=30),
        st.sampled_from(("\n", "\n\n", "\r\n", " ", "\t", "\u2028", "\x85", "\u3000", "\ufeff")),
        noise_chunks.map(lambda chunk: "\n".join(chunk[1])),
        body_sentences,
    )
    return st.lists(pieces, max_size=25).map("".join)


# --- menus before the article ---------------------------------------------------------------------

MEGA_MENU_ITEMS = (
    ("Cloud Hosting", "Fast, secure hosting for growing teams."),
    ("Domains", "Find and register the perfect name."),
    ("Website Builder", "Build a site in minutes with our templates."),
    ("Professional Email", "Email on your own domain, without the spam."),
    ("Online Store", "Sell anywhere with one simple checkout!"),
    ("Case Studies", "See how teams like yours grow with us."),
    ("Careers", "Join a team that ships every week."),
    ("Webinars", "Live sessions with the people who build it."),
    ("Hilfe", "Antworten auf die häufigsten Fragen."),
    ("Tarifs", "Des offres claires pour chaque équipe."),
)  # fmt: skip
"""A mega-menu's items, each with its one-sentence description."""
MENU_SECTIONS = ("Products", "Resources", "Company", "Solutions")
SHORT_LEDES = (
    "The council approved the budget on Monday.",
    "Prices rose again in May.",
    "Nobody was hurt.",
    "She won.",
    "Rain is expected again tonight.",
    "Der Stadtrat hat am Montag entschieden.",
)
"""A first paragraph of one short sentence: shaped like a mega-menu's description."""
OPENING_LISTS = (
    ("Ingredients", "2 eggs", "200 g flour", "300 ml milk", "A pinch of salt"),
    ("Key dates", "3 March: nominations close", "12 April: hustings", "2 May: polling day"),
    ("Turnout", "The share of voters who cast a ballot.", "Quorum", "The fewest members a vote needs.",
     "Recount", "A second count of every ballot.", "Runoff", "A second round between the two leaders."),
    ("What changes", "Bus fares", "Parking charges", "School meals", "Library hours"),
)  # fmt: skip
"""Short lists an article may open with before its first paragraph; one is a list of key terms,
each over a one-sentence meaning: the rhythm of a mega-menu's items and descriptions."""


@st.composite
def mega_menu_noise(draw: st.DrawFn) -> list[str]:
    """A mega-menu: three to six items, each a short title-cased line (now and then under the name
    of the menu's section) followed by its one-sentence description."""
    items = draw(st.lists(st.sampled_from(MEGA_MENU_ITEMS), min_size=3, max_size=6, unique=True))
    lines = [draw(st.sampled_from(MENU_SECTIONS))] if draw(st.booleans()) else []
    return [*lines, *(line for item in items for line in item)]


@st.composite
def short_lede_bodies(draw: st.DrawFn) -> list[str]:
    """An article whose first paragraph is one short sentence, then paragraphs."""
    return [draw(st.sampled_from(SHORT_LEDES)), *draw(bodies(max_paragraphs=4))]


@st.composite
def list_opening_bodies(draw: st.DrawFn) -> list[str]:
    """An article that opens with a short list (ingredients, dates, key terms and their meanings)
    right before its first paragraph."""
    return ["\n".join(draw(st.sampled_from(OPENING_LISTS))), *draw(bodies(max_paragraphs=4))]


@st.composite
def menu_framed_articles(draw: st.DrawFn, body: st.SearchStrategy[list[str]]) -> Article:
    """A page with menus before the article (a mega-menu with descriptions, a menu of section
    names), now and then a headline over it, and after it what pages put there; the top menu is
    now and then printed again at the bottom."""
    entries = draw(body)
    menus = draw(st.lists(st.one_of(mega_menu_noise(), navigation_noise().filter(lambda lines: len(lines) > 1)),
                          min_size=1, max_size=2))  # fmt: skip
    body_keys = [normalize(part) for entry in entries for part in entry.split("\n")]
    menu_keys = {normalize(line) for menu in menus for line in menu}
    assume(len(set(body_keys)) == len(body_keys) and menu_keys.isdisjoint(body_keys))
    page = PageLines()
    for menu in menus:
        for index, text in enumerate(menu):
            page.add(Line(text, body=False, family="navigation"), draw(_SEPARATORS) if index == 0 else "\n")
    if draw(st.booleans()):
        page.add(Line(draw(headlines()), body=False, family="title"), "\n")
    gap = draw(st.sampled_from(("\n", "\n\n")))
    for entry in entries:
        for index, part in enumerate(entry.split("\n")):
            page.add(Line(part, body=True), gap if index == 0 else "\n")
    if draw(st.booleans()):
        family, chunk = draw(AFTER_ARTICLE_NOISE)
        for index, text in enumerate(chunk):
            page.add(Line(text, body=False, family=family), draw(_SEPARATORS) if index == 0 else "\n")
    if draw(st.booleans()):
        for index, text in enumerate(menus[0]):
            page.add(Line(text, body=False, family="navigation"), draw(_SEPARATORS) if index == 0 else "\n")
    return render(page.lines, page.separators)


# --- a card printing the page's title again -------------------------------------------------------

TITLE_CARD_HEADINGS = ("Most read", "Trending now", "Related Articles", "Read next", "More from this section")


@st.composite
def title_card_noise(draw: st.DrawFn, title: str) -> list[str]:
    """A box printing the page's ``title`` again among other stories' headlines: a "Most read" or
    "Related" list (now and then ranked), or story cards (a headline over another story's teaser)
    one of which is the page's own."""
    others = draw(st.lists(headlines().filter(lambda other: normalize(other) != normalize(title)),
                           min_size=2, max_size=4, unique_by=normalize))  # fmt: skip
    position = draw(st.integers(0, len(others)))
    titles = [*others[:position], title, *others[position:]]
    kind = draw(st.sampled_from(("list", "ranked", "cards")))
    heading = [draw(st.sampled_from(TITLE_CARD_HEADINGS))] if draw(st.booleans()) else []
    if kind == "list":
        return [*heading, *titles]
    if kind == "ranked":
        return [*heading, *(line for rank, other in enumerate(titles, start=1) for line in (str(rank), other))]
    teasers = draw(st.lists(st.sampled_from(CARD_TEASERS).flatmap(_fill), min_size=len(titles),
                            max_size=len(titles), unique_by=normalize))  # fmt: skip
    return [*heading, *(line for other, teaser in zip(titles, teasers, strict=True) for line in (other, teaser))]


@st.composite
def title_card_articles(draw: st.DrawFn, body: st.SearchStrategy[list[str]]) -> Article:
    """A page that opens on its title (the headline alone, or joined to the site's name: "Headline |
    Site", "Site - Headline"), now and then over a few menu words, with no headline printed over
    its article, and a box printing that title again (:func:`title_card_noise`): right after the
    article, before heavier prose (the next story's headline and paragraphs, as an endless page
    prints it), or among other boxes past the article's end. The card is no headline over an
    article: the lines over it are the article's, not a masthead."""
    entries = draw(body)
    title = draw(page_titles())
    site = draw(st.sampled_from(SOURCES))
    first = draw(st.sampled_from((title, f"{title} | {site}", f"{site} - {title}", f"{title} - {site}")))
    card = draw(title_card_noise(title))
    place = draw(st.sampled_from(("before heavier prose", "among boxes after")))
    next_story = [draw(headlines()), *draw(bodies(max_paragraphs=8))] if place == "before heavier prose" else []
    menu = draw(st.lists(st.sampled_from((*NAV_WORDS, "Menu", "Search")), max_size=4, unique=True))
    body_keys = [normalize(part) for entry in entries for part in entry.split("\n")]
    other_keys = {normalize(line) for line in (first, title, *card, *next_story, *menu)}
    assume(len(set(body_keys)) == len(body_keys) and other_keys.isdisjoint(body_keys))
    page = PageLines()
    page.add(Line(first, body=False, family="title"), "\n")
    for text in menu:
        page.add(Line(text, body=False, family="navigation"), "\n")
    gap = draw(st.sampled_from(("\n", "\n\n")))
    for entry in entries:
        for index, part in enumerate(entry.split("\n")):
            page.add(Line(part, body=True), gap if index == 0 else "\n")
    if place == "among boxes after":
        _after_article(draw, page, 2)
    for index, text in enumerate(card):
        page.add(Line(text, body=False, family="title card"), draw(_SEPARATORS) if index == 0 else "\n")
    for index, text in enumerate(next_story):
        page.add(Line(text, body=False, family="next story"), gap if index else draw(_SEPARATORS))
    if place == "among boxes after" or draw(st.booleans()):
        _after_article(draw, page, 2)
    return render(page.lines, page.separators)
