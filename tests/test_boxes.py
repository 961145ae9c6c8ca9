"""Boxes a heading names after the article (``rules/families/boxes.py``): past the article's end,
the lines under "About the author", "Kommentare" or "Related" go up to the next box or the first
line that may be the article's own text; a heading named like a box inside the article ends
nothing, and the guard's ``BOX`` policy takes no prose and nothing inside or before the article."""

from __future__ import annotations

from test_trailers import LEDE, SECOND

from cleaner import clean
from cleaner.engine.blocks import segment
from cleaner.engine.body import Body
from cleaner.engine.guard import decide
from cleaner.rule_api import Evidence, Mark

THIRD = (
    "The second section of the cycle lanes, from the hospital to the university, is due to open next year if "
    "the council approves its budget in the spring."
)
BIO = (
    "Anna Berg has reported on transport and city politics for the Valley Courier since 2015, from its "
    "Riverside office."
)


def _removed(text: str) -> dict[str, str]:
    return {removal.text: removal.rule for removal in clean(text).removed}


def test_an_author_box_past_the_end_goes_up_to_its_bio() -> None:
    """Under "Über die Autorin" past the article's last paragraph, the heading and the name go as
    the author box's; the bio reads as a paragraph and stays (a paragraph there may be the
    article's), and so does the line right over it (it may be that paragraph's subheading)."""
    box = ["Über die Autorin", "Anna Berg", "Verkehrsreporterin", BIO, "Alle Artikel von Anna Berg"]
    removed = _removed("\n\n".join([LEDE, SECOND, THIRD, *box]))
    for line in ("Über die Autorin", "Anna Berg"):
        assert removed.get(line) == "boxes.author_box", line
    assert "Verkehrsreporterin" not in removed
    assert removed.get("Alle Artikel von Anna Berg") != "boxes.author_box"  # past the bio: no longer the box's
    assert not {LEDE, SECOND, THIRD, BIO} & set(removed)


def test_a_german_comment_box_ends_at_the_next_box() -> None:
    """A comment section under "Kommentare" goes as comments up to the next box's heading, whose
    lines go under that box's own name."""
    lines = [LEDE, SECOND, THIRD, "Kommentare", "Neueste zuerst", "Älteste zuerst", "Über den Autor", "Anna Berg",
             "Verkehrsreporterin"]  # fmt: skip
    removed = _removed("\n\n".join(lines))
    assert removed.get("Neueste zuerst") == "boxes.comment_box"
    assert removed.get("Verkehrsreporterin") == "boxes.author_box"
    assert not {LEDE, SECOND, THIRD} & set(removed)


def test_a_subheading_named_like_a_box_inside_the_article_ends_nothing() -> None:
    """"Comments" over paragraphs that go on with the article, and a list of its own under it: the
    article goes on past the heading, so nothing under it is a box's."""
    items = ["Station to hospital: March", "Hospital to university: next year", "Ring road: 2028"]
    lines = [LEDE, SECOND, "Comments", THIRD, *items, "The council will publish the full timetable in May."]
    removed = _removed("\n\n".join(lines))
    assert not [line for line in removed if line.startswith("boxes.")]
    assert not {LEDE, SECOND, THIRD, *items} & set(removed)


def test_a_count_under_each_item_names_no_box() -> None:
    """"12 comments" under each item of a list is a counter, not the heading of a comment box: the
    page prints the label again with another count."""
    items = []
    for number, name in enumerate(("Cargo bikes", "Folding bikes", "Tandems")):
        items += [name, f"{number + 3} comments", "Compare prices"]
    removed = _removed("\n\n".join([LEDE, SECOND, THIRD, *items]))
    assert not [rule for rule in removed.values() if rule.startswith("boxes.")]


def test_a_box_ends_at_a_sentence_the_article_may_go_on_at() -> None:
    """After "Related" a short sentence may be the article's closing line, with the list it
    introduces: the box ends before it, and the list stays."""
    lines = [LEDE, SECOND, THIRD, "Related", "Bus Lanes Approved for the Ring Road", "He declined to comment.",
             "Station", "Hospital"]  # fmt: skip
    removed = _removed("\n\n".join(lines))
    assert removed.get("Bus Lanes Approved for the Ring Road", "").startswith(("related.", "boxes."))
    assert not {"He declined to comment.", "Station", "Hospital"} & set(removed)


def test_box_marks_stand_only_past_the_article_and_never_on_prose() -> None:
    """The guard lets a BOX mark take a line that is not prose past the article's end, and refuses
    it on the article's lines, on prose past the end, on a page without two paragraphs besides
    the box, and on the list right after the page's last paragraph."""

    def taken(lines: list[str], box: range) -> list[int]:
        marks = [Mark(index, "test.box", "boilerplate", "a box", Evidence.BOX) for index in box]
        decision = decide(Body(segment("\n\n".join(lines))), marks)
        return [index for index, mark in enumerate(decision.removals) if mark is not None]

    page = [LEDE, SECOND, THIRD, "About the author", "Anna Berg", BIO, "Follow Anna on X", "Contact us"]
    assert taken(page, range(3, 8)) == [3, 4]  # the bio is prose, and the two lines after it may close the article
    assert taken(page[:5], range(3, 5)) == []  # right after the last paragraph: a list that may close the article
    assert taken(page, range(0, 3)) == []
    assert taken([LEDE, *page[3:5]], range(1, 3)) == []  # one paragraph: the box may be what the page has to say


SIGN_UP_BOX = ["Start your free trial", "No credit card required.", "Work email", "Company size", "Get started"]
"""A sign-up box: a call, the terms the calls list names under it, a form's fields and another button."""


def test_a_sign_up_box_past_the_end_goes_with_its_short_lines() -> None:
    """A call to action past the article's last paragraph ("Start your free trial") opens a sign-up
    box: the terms the calls list names under it ("No credit card required.") do not end it as a
    sentence of the article's would, and the form's fields under them go with it; the paragraphs
    stay."""
    removed = _removed("\n\n".join([LEDE, SECOND, THIRD, *SIGN_UP_BOX]))
    for line in SIGN_UP_BOX:
        assert removed.get(line, "").startswith(("promos.", "boxes.")), line
    assert removed["Work email"] == removed["Company size"] == "boxes.newsletter_box"
    assert not {LEDE, SECOND, THIRD} & set(removed)


def test_a_sentence_no_list_names_under_a_call_ends_its_box() -> None:
    """Under a call that interrupts the article ("Subscribe to our newsletter" between two of its
    parts), a short sentence no list names may be the article's going on with its list: the box
    ends before it, and the sentence and the list stay."""
    items = ["Awards", "2018", "Best Visual Effects, Nordic Film Festival"]
    lines = [LEDE, SECOND, "Start your free trial", "Will the council listen?", *items, THIRD]
    removed = _removed("\n\n".join(lines))
    assert not [line for line, rule in removed.items() if rule.startswith("boxes.")]
    assert not {LEDE, SECOND, THIRD, "Will the council listen?", *items} & set(removed)


def test_sign_up_boxes_in_other_languages_go_too() -> None:
    """The calls to action are phrase data in the languages the lists cover."""
    boxes = {
        "de": ["Jetzt kostenlos testen", "Keine Kreditkarte erforderlich.", "Jederzeit kündbar."],
        "fr": ["Demander une démo", "Aucune carte bancaire requise.", "Sans engagement."],
        "es": ["Solicita una demo", "No se requiere tarjeta de crédito.", "Sin compromiso."],
        "pt": ["Solicite uma demonstração", "Não é necessário cartão de crédito.", "Sem compromisso."],
        "it": ["Richiedi una demo", "Nessuna carta di credito richiesta.", "Senza impegno."],
        "nl": ["Vraag een demo aan", "Geen creditcard nodig.", "Vrijblijvend."],
    }
    for language, box in boxes.items():
        removed = _removed("\n\n".join([LEDE, SECOND, THIRD, *box]))
        assert set(box) <= set(removed), language
        assert not {LEDE, SECOND, THIRD} & set(removed), language


def test_the_article_s_closing_lines_stay_over_a_sign_up_box() -> None:
    """The article's own closing question, and a closing line that is a statement, stand right
    under its last paragraph, before the box: they stay, and the box under them goes."""
    for closing in ("Will the council listen?", "He declined to comment."):
        removed = _removed("\n\n".join([LEDE, SECOND, THIRD, closing, *SIGN_UP_BOX]))
        assert closing not in removed, closing
        assert removed.get("Work email") == "boxes.newsletter_box", closing


def test_a_closing_paragraph_that_asks_readers_to_sign_up_stays() -> None:
    """The article's last paragraph telling readers to sign up for something concrete, with its
    facts, is prose of the article: a box after it takes nothing of it."""
    closing = ("Residents can sign up for the free cycle repair course at the town hall until 30 May, and the "
               "first 40 get a lock, the council said.")  # fmt: skip
    removed = _removed("\n\n".join([LEDE, SECOND, closing, *SIGN_UP_BOX]))
    assert not {LEDE, SECOND, closing} & set(removed)
    assert removed.get("Work email") == "boxes.newsletter_box"


def test_a_call_under_each_item_of_a_list_opens_no_box() -> None:
    """"Start now" under each lesson of a course's list is the items' control, not a sign-up box's
    call: printed more than once, it opens no box, and the lessons under it stay."""
    lessons = ["Get to know your bike", "Riding in traffic", "Choosing a lock"]
    lines = [LEDE, SECOND, "Lessons"]
    for number, lesson in enumerate(lessons, 1):
        lines += [str(number), lesson, "6 min", "Start now"]
    removed = _removed("\n\n".join([*lines, THIRD]))
    assert not [line for line, rule in removed.items() if rule.startswith("boxes.")]
    assert not {LEDE, SECOND, THIRD, *lessons} & set(removed)


def test_a_feed_notice_and_an_author_s_bio_do_not_outweigh_a_one_paragraph_article_s_closing_list() -> None:
    """A one-paragraph article, a heading named like a box ("Comments") over its closing sentence,
    the list it closes with (an awards list, a program and its output), story cards, then a feed
    notice and an author's box: the notice and the bio under "About the author" outweigh the
    article's one paragraph, but no paragraph of theirs is the article's own (the notice goes
    whatever else is decided, the bio stands under the box's heading), so the article is found
    past them, and "2018" and "12" are its list's lines, no counters (a page the property on
    headings named like boxes drew)."""
    lede = "Image copyright rules in Tokyo protect photographers for 2 years, the Pentagon said on Monday."
    closing = ["He declined to comment.", "Awards", "2018", "Best Visual Effects, Nordic Film Festival",
               "def area(width, height):", "    return width * height", "print(area(3, 4))", "12"]  # fmt: skip
    cards = ["Hegseth Hegseth Hegseth", "Rhyl Journal", "Hegseth Hegseth Says", "Rhyl Journal",
             "Hegseth Hegseth Hegseth Hegseth", "Rhyl Journal"]  # fmt: skip
    notice = "This article was generated from an automated news agency feed without modifications to text."
    bio = "Pete Hegseth is a reporter at the Pentagon who writes about the defense budget."
    box = ["About the author", "Pete Hegseth", "Senior reporter", bio, "Follow Pete on X"]
    removed = _removed("\n".join([lede, "Comments", *closing, *cards, notice, *box]))
    assert not {lede, *closing} & set(removed), removed
    assert removed[notice] == "syndication.feed_notice"
