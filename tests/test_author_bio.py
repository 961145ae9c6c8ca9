"""An author's bio after the article (``cleaner/engine/trailers.py``: :func:`bio_runs`,
``rules/families/trailers.py``: ``author_bio``): a sentence about a person in the third person that
names a trade, under a line naming that person, past the article's end. A paragraph about a person
the article writes of, a list of people and a bio the article goes on after stay."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_page_footer import PARAGRAPHS

from cleaner import clean
from cleaner.engine.blocks import segment
from cleaner.engine.body import Body
from cleaner.engine.trailers import _BIO_SUBJECT, BioSubjects, _subject

AFTER = ["Related", "Share", "Contact us"]


def _removed(text: str) -> dict[str, str]:
    return {removal.text.strip(): removal.rule for removal in clean(text).removed}


@pytest.mark.parametrize(
    ("name", "bio"),
    [
        ("Jane Doe", "Jane Doe is a freelance writer based in Toronto. Her work has appeared in many magazines."),
        ("Written by Jane Doe", "Jane Doe is a senior reporter covering city politics and transport for the paper."),
        ("Maria Rossi", "Maria is a growth analyst and contributing editor who writes about data and the city."),
        ("Anna Berg", "Anna Berg ist Redakteurin im Ressort Politik und schreibt über Verkehr und Stadtplanung."),
        ("Claire Martin", "Claire Martin est journaliste au service politique depuis 2015 et suit les transports."),
        ("Lucía Gómez", "Lucía Gómez es periodista especializada en urbanismo y transporte desde hace diez años."),
    ],
)
def test_a_bio_under_its_author_s_name_after_the_article_goes(name: str, bio: str) -> None:
    text = "\n\n".join([*PARAGRAPHS, name, bio, *AFTER])
    result = clean(text)
    assert _removed(text).get(bio) == "trailers.author_bio"
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text


def test_a_bio_without_its_author_s_name_over_it_stays() -> None:
    """Right under the last paragraph, a sentence about a writer may be the article's closing one
    (some pages print the author's note as the article's): nothing names its author over it."""
    bio = "Jane Doe is a freelance writer based in Toronto. Her work has appeared in many magazines."
    text = "\n\n".join([*PARAGRAPHS, bio, *AFTER])
    assert bio in clean(text).text


def test_a_paragraph_about_a_person_the_article_goes_on_after_stays() -> None:
    """A profile's section: the person's name as a subheading over a paragraph about that person,
    and the article's paragraphs after it."""
    section = ["Jane Doe", "Jane Doe is a reporter who spent two years covering the council's budget."]
    text = "\n\n".join([PARAGRAPHS[0], PARAGRAPHS[1], *section, PARAGRAPHS[2], PARAGRAPHS[3], *AFTER])
    result = clean(text)
    for paragraph in [*PARAGRAPHS, section[1]]:
        assert paragraph in result.text


def test_a_list_of_people_is_the_article_s() -> None:
    """Three writers or more, each named over a sentence about them: a listicle or a team page, the
    article's own lines, the last one too."""
    people = [
        ("Jane Doe", "Jane Doe is a novelist whose second book won the city prize for fiction last year."),
        ("John Roe", "John Roe is a columnist who has written about the harbour and its workers since 1998."),
        ("Anna Berg", "Anna Berg is a poet and translator who runs workshops for children in the old library."),
    ]
    text = "\n\n".join([PARAGRAPHS[0], PARAGRAPHS[1], *(line for person in people for line in person), *AFTER])
    result = clean(text)
    for _, sentence in people:
        assert sentence in result.text


def test_a_one_paragraph_page_keeps_its_bio() -> None:
    """With fewer than two paragraphs besides, the bio may be the page's only text."""
    bio = "Jane Doe is a freelance writer based in Toronto. Her work has appeared in many magazines."
    text = "\n\n".join([PARAGRAPHS[0], "Jane Doe", bio, *AFTER])
    assert bio in clean(text).text


def test_a_paragraph_about_a_person_the_article_goes_on_after_past_a_caption_stays() -> None:
    """The article's paragraphs going on past a caption after its sections about two people, and
    its awards list: two paragraphs after the section, apart, say the article goes on, as two in a
    row do (a page the property tests drew)."""
    lines = [
        'Hegseth Hegseth Hegseth',
        "About 2 people were affected by the defense budget in Tokyo, according to figures released by the"
        " Pentagon on Monday.",
        'Pete Hegseth',
        'Pete Hegseth is a novelist whose book about the defense budget was published in 1945.',
        'Gen Hegseth',
        'Gen Hegseth is a reporter who spent 2 years covering the defense budget before joining the Pentagon.',
        'Photo credits for the 1945 yearbook went to Pete Hegseth, who took 2 pictures in Tokyo.',
        'The old harbour bridge at dusk, seen from the ferry terminal (Photo: Jane Holloway)',
        "Customers who download the app from the App Store will have to verify their identity, the Pentagon"
        " said on Monday.",
        'Awards',
        '2018',
        'Best Visual Effects, Nordic Film Festival',
        '2015',
        "About 2 people were affected by the defense budget in Tokyo, according to figures released by the"
        " Pentagon on Tuesday.",
    ]
    bio = "Gen Hegseth is a reporter who spent 2 years covering the defense budget before joining the Pentagon."
    assert bio in clean("\n".join(lines)).text.split("\n")


_SPACES = [" ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\u202f", "\u2028", "\u0085"]
_WORDS = [
    *["Dr", "Dr.", "Jane", "J.R.", "O’Neil", "Doe,", "doe", "a", "Is"],
    *["is", "was", "has", "been", "ist", "était", "é"],
]


@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SPACES)), max_size=9), st.sampled_from(["", " "]))
def test_a_line_s_subject_is_the_bio_opening_s(words: list[tuple[str, str]], before: str) -> None:
    """The quick test that skips most lines before the bio's opening is tried (a copula among the
    first words) never skips one the opening matches: any spaces, Dr. and four names."""
    text = before + "".join(word + space for word, space in words)
    expected = found.group("who") if (found := _BIO_SUBJECT.match(text.strip())) is not None else None
    assert _subject(text) == expected


def test_a_subject_after_a_title_and_four_names_is_found() -> None:
    assert _subject("Dr. Anna Maria Berg\u00a0Schmidt, ist\u3000Redakteurin.") == (
        "Dr. Anna Maria Berg\u00a0Schmidt"
    )


def test_a_document_finds_each_line_s_subject_once_for_all_its_passes() -> None:
    """The bio's subjects are kept by line across a document's passes: the second view of a line
    (chrome around it gone) reads the person its first found, without matching the line again."""
    subjects = BioSubjects()
    line = "Jane Doe is a freelance writer based in Toronto."
    assert subjects[line] == "Jane Doe" and subjects["Menu"] is None
    subjects[line] = "Anna Berg"  # what was found first stands
    page = f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\nJane Doe\n\n{line}"
    assert Body(segment(page), bio_subjects=subjects).trailers == ()  # no line over it names Anna Berg
    assert [run.kind for run in Body(segment(page)).trailers] == ["bio"]


def test_a_paragraph_about_a_person_before_a_caption_and_the_article_s_closing_question_stays() -> None:
    """A section about a person (the name, then a paragraph naming the trade), a photo caption,
    the article's closing question, then story cards and a signed comment thread: the question
    closes the article past the section, which is the article's as it is before a closing
    statement (a page the property on signed comment threads drew)."""
    lede = (
        "About 2 people were affected by the defense budget in Tokyo, according to figures released by the"
        " Pentagon on Monday."
    )
    bio = "Pete Hegseth is a reporter who spent 2 years covering the defense budget before joining the Pentagon."
    caption = "The old harbour bridge at dusk, seen from the ferry terminal (Photo: Jane Holloway)"
    cards = ["Hegseth Hegseth Hegseth", "Rhyl Journal", "Hegseth Hegseth Hegseth Hegseth", "Rhyl Journal",
             "Hegseth Hegseth Hegseth Hegseth Hegseth", "Rhyl Journal"]  # fmt: skip
    comments = [
        "About time too. We have been asking for this since my kids were small, and they are grown up now.",
        "Great article, but you forgot to mention the parking problem on the side streets near the market.",
        "I have lived here for 2 years and never seen anything like it, thanks for writing this up.",
    ]
    thread = [line for comment in comments for line in ("Pete Hegseth disse:", "1 January 2015", comment)]
    for closing in ("Will the council listen?", "He declined to comment."):
        lines = [lede, caption, PARAGRAPHS[1], "Pete Hegseth", bio, caption, closing, *cards, *thread]
        kept = clean("\n".join(lines)).text.split("\n")
        assert [line for line in (lede, PARAGRAPHS[1], "Pete Hegseth", bio, closing) if line not in kept] == []


def test_a_paragraph_about_a_person_stays_once_the_chrome_after_it_went() -> None:
    """A section about a person with one paragraph of the article after it, then a "Most read"
    box, the author's byline and bio, a caption and a signed comment thread: on the first pass the
    author's bio and the caption after the section are paragraphs printed once, so the section is
    no bio; once the first pass took them, the second sees one paragraph after the section, which
    stands right between two of the article's paragraphs all the same (a page the property on
    signed comment threads drew)."""
    section = [
        "Chen O'Brien",
        "Chen O'Brien is a reporter who spent 13 years covering the housing shortage before joining the World"
        " Health Organization.",
    ]
    after = "Fatima Takenaka, who has led the central bank since 2001, said the plan would strengthen deterrence."
    box = ["Most read", "1. Japan Coast Says", "2. Budget Tariffs Approves Markets", "3. New Council Coast Budget",
           "4. Rally Hits Rally"]  # fmt: skip
    author = [
        "Written by Siobhan Hegseth",
        "Siobhan Hegseth est journaliste à Brussels et suit the strike depuis 2006.",
        "View all posts by Siobhan Hegseth",
        "The old harbour bridge at dusk, seen from the ferry terminal. Photo by: 'Jane Holloway'.",
    ]
    comments = [
        "About time too. We have been asking for this since my kids were small, and they are grown up now.",
        "Great article, but you forgot to mention the parking problem on the side streets near the market.",
        "I have lived here for 31 years and never seen anything like it, thanks for writing this up.",
    ]
    thread = [line for comment in comments for line in ("Pete Hegseth dice:", "January 1, 2015", comment)]
    lines = [*PARAGRAPHS[:2], *section, after, *box, *author, *thread]
    kept = clean("\n".join(lines)).text.split("\n")
    assert [line for line in [*PARAGRAPHS[:2], *section, after] if line not in kept] == []


def test_a_bio_is_between_paragraphs_only_where_nothing_was_removed_around_it() -> None:
    """A name and a bio right between two paragraphs is a section of the article; where an earlier
    pass removed a line between the bio and the paragraph under it (a "Related posts" heading over
    a card's teaser left in), the two stood apart on the page, and the bio is the author's."""
    bio = "Jane Doe is a freelance writer and content marketer who writes about data and the city for the paper."
    teaser = "Marketing agencies do a lot at once, and the budget they run has to cover more of it every year."
    blocks = segment("\n".join([*PARAGRAPHS, "Jane Doe", bio, teaser]))
    assert [run.kind for run in Body(blocks).trailers] == []
    removed = [0] * len(blocks)
    removed[-1] = 1
    assert [run.kind for run in Body(blocks, removed_before=removed).trailers] == ["bio"]


_SECTION = [
    "Jane Doe",
    "Jane Doe is a reporter who spent two years covering the council's budget before joining the paper.",
]
_BROKEN = ["The council said on Monday that the new plan for the harbour", "would go to a vote by the end of the year."]
_TABLE = ["Team | Played | Points", "Rovers | 12 | 27", "United | 12 | 24", "Athletic | 11 | 19"]
_CODE = ["def area(width, height):", "    return width * height", "print(area(3, 4))", "12"]


@pytest.mark.parametrize("lines", [_BROKEN, _TABLE, _CODE], ids=["broken sentence", "table", "code"])
@pytest.mark.parametrize("closing", [[PARAGRAPHS[2]], []], ids=["then a paragraph", "at the end"])
def test_a_paragraph_about_a_person_over_more_of_the_article_stays(lines: list[str], closing: list[str]) -> None:
    """A section about a person right under one of the article's paragraphs, with more of the
    article right under it that is no paragraph (a sentence broken across two lines, a table's rows,
    code), then a paragraph or the page's chrome: the article goes on after the section, so the
    section is the article's (pages the property on structured articles drew)."""
    _assert_kept([*PARAGRAPHS[:2], *_SECTION, *lines, *closing])


@pytest.mark.parametrize(
    "lines",
    [["What happens next"], ["200 g flour", "2 eggs", "1 tsp salt"], ["Awards", "2018", "Best Visual Effects"]],
    ids=["subheading", "list", "awards"],
)
def test_a_paragraph_about_a_person_over_short_lines_and_a_paragraph_stays(lines: list[str]) -> None:
    """A section about a person under one of the article's paragraphs, then a subheading or a list
    of the article's and its next paragraph: the article goes on past the short lines."""
    _assert_kept([*PARAGRAPHS[:2], *_SECTION, *lines, PARAGRAPHS[2]])


def _assert_kept(article: list[str]) -> None:
    """The article's lines all stay with the chrome of :data:`AFTER` after them."""
    kept = clean("\n".join([*article, *AFTER])).text.split("\n")
    assert [line for line in article if line not in kept] == []


def test_paragraphs_about_two_people_before_the_article_s_closing_exclamation_stay() -> None:
    """Two sections about people in a row under the article's paragraphs, then its closing
    exclamation: the first stands over the second, the second over the closing line, and the
    article goes on after both (a page the property on structured articles drew)."""
    people = [
        "Donald Mensah",
        "Donald Mensah is a reporter who spent 35 years covering the pension reform before joining the Commission.",
        "Lars Petrova",
        "Lars Petrova is a reporter who spent 2 years covering the defense budget before joining the Pentagon.",
    ]
    _assert_kept([*PARAGRAPHS[:3], *people, "And the council said no!"])
