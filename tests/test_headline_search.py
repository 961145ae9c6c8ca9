"""The headline the page's title prints again over the article, found in the forms pages print it."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from cleaner import Cleaner
from cleaner.documents.sites import NOT_LETTER_OR_DIGIT
from cleaner.engine import body as body_module
from cleaner.engine import headline as headline_module
from cleaner.engine.blocks import normalize, segment
from cleaner.engine.body import Body
from cleaner.engine.headline import Headline, carried_headline, headline_key, title_form, title_likeness

PARAGRAPH = "The council approved the new budget on Tuesday after a debate that lasted more than four hours."
SECOND = "Members said the vote had been delayed twice by questions about the cost of the new bus lanes."
MENU = "News\nSport\nWeather\nOpinion\nSign in"
ARTICLE = f"{PARAGRAPH}\n\n{SECOND}"


def headline_of(title: str, printed: str) -> tuple[str, int] | None:
    """The headline found on a page opening with ``title`` over a menu and ``printed`` over an article."""
    headline = Body(segment(f"{title}\n{MENU}\n{printed}\n\n{ARTICLE}")).headline
    return None if headline is None else (headline.title, headline.index)


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        # case and punctuation: capitals, another dash, quote or question mark
        ("Council Approves Budget: What Changes | The Valley Times", "COUNCIL APPROVES BUDGET — WHAT CHANGES"),
        ("Ultralight Backpacking: Anna Berg's Ultimate Guide", "Ultralight Backpacking – Anna Berg’s Ultimate Guide"),
        ("Wie teuer wird das Parken? | Stadtanzeiger", "Wie teuer wird das Parken"),
        # the site's name before a colon with no space before it, or after a bar without spaces
        ("The Valley Review: Seeking a bigger role for the old harbour", "Seeking a bigger role for the old harbour"),
        ("市议会通过新的预算方案｜山谷时报", "市议会通过新的预算方案"),
        ("Le conseil vote le budget|Le Journal du Val", "Le conseil vote le budget"),
        # an invisible character inside a word: a zero-width space, a byte-order mark, a soft hyphen
        ("Ten Best Home Projects | Reno Guide", "Ten B\u200best Home Projects"),
        ("Ten Best Home Projects | Reno Guide", "Ten Best Ho\ufeffme Projects"),
        ("Neue Radwege für die Innen\u00adstadt | Stadtanzeiger", "Neue Radwege für die Innenstadt"),
    ],
)
def test_a_headline_printed_with_other_case_punctuation_or_separators_is_found(title: str, printed: str) -> None:
    """The title's part is the headline, in the title's spelling; what the page prints in
    another spelling, or with characters that print nothing, is its copy."""
    found = headline_of(title, printed)
    assert found is not None and found[1] == 6 and headline_key(found[0]) == headline_key(printed)


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        # a title tag cut with an ellipsis, mid-word too
        ("Council approves new budget after long…", "Council approves new budget after long debate on parking"),
        ("Council approves new budget after long deb...", "Council approves new budget after long debate"),
        # the headline printed in another form: an article or a word added, a year changed
        ("Best Electric Scooters for Commuting in 2025 | Scoot", "The Best Electric Scooters for Commuting in 2025"),
        ("Why you can't trust the council on budgets - Politics", "Why you just can't trust the council on budgets"),
        ("Guide to filing your taxes in 2024 | Tax Office", "Guide to filing your taxes in 2025"),
    ],
)  # fmt: skip
def test_a_headline_the_title_prints_cut_short_or_in_another_form_is_found(title: str, printed: str) -> None:
    assert headline_of(title, printed) == (printed, 6)


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        # a title naming no site, printed with a word left out or added, no word changed
        ("12 Best Budget Tents for Families 2025", "12 Best Budget Tents for Families"),
        ("Recipe Ideas for Students To Cook on a Small Budget",
         "Recipe Ideas for Busy Students To Cook on a Small Budget"),
        ("How To Plan A Garden Party: The Host's Checklist", "How To Plan A Garden Party? The Host? Checklist"),
        # an article opening the headline printed, in the languages the phrase lists cover
        ("Best Electric Scooters for Commuting in 2025", "The Best Electric Scooters for Commuting in 2025"),
        ("Stadtrat beschließt den Haushalt für 2025", "Der Stadtrat beschließt den Haushalt für 2025"),
        ("Été le plus chaud depuis cinquante ans", "L'été le plus chaud depuis cinquante ans"),
        ("Nieuwe fietspaden voor het centrum van Gent", "De nieuwe fietspaden voor het centrum van Gent"),
    ],
)  # fmt: skip
def test_a_title_naming_no_site_printed_with_words_added_or_left_out_is_found(title: str, printed: str) -> None:
    """Without a site's name beside it, a title is still the headline printed in another form
    where that form only adds words to it or leaves some out: a listing's sibling changes one."""
    assert headline_of(title, printed) == (printed, 6)


@pytest.mark.parametrize(
    "printed",
    [
        "Home Blog Fitness Spring Fair Call for Stalls is Open Until May 31",  # a breadcrumb ending in it
        "0 Comments on Spring Fair Call for Stalls is Open Until May 31",
        "Our Spring Fair Call for Stalls is Open Until May 31",  # a word before it, no article
    ],
)
def test_a_line_printing_a_title_naming_no_site_whole_with_words_around_it_is_no_headline(printed: str) -> None:
    """A line holding the whole title and more words before or after it is a line about the
    article, not its headline in another form."""
    assert headline_of("Spring Fair Call for Stalls is Open Until May 31", printed) is None


@pytest.mark.parametrize(
    "under",
    [
        "Spring Fair Call for Stalls is Open Until May 31 by Anna Berg",  # a card's line with its byline
        "Fair Call for Stalls is Open Until May 31",  # what a skip link skips to
    ],
)
def test_a_title_naming_no_site_is_not_found_in_another_form_right_under_it(under: str) -> None:
    """Right under a first line naming no site, a line like it is the next line of the same block,
    as the cleaned text opens on a card or a skip link: cleaning it again finds no headline there."""
    title = "Spring Fair Call for Stalls is Open Until May 31"
    assert Body(segment(f"{title}\n{under}\n{MENU}\n\n{ARTICLE}")).headline is None


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        # the headline with a subtitle the title tag leaves out, or another one
        ("Best Running Shoes for Flat Feet in 2025 | Shoe Lab | Shoe Lab",
         "Best Running Shoes for Flat Feet in 2025, Tested by a Podiatrist"),
        ("Solar Panels for Small Roofs | Green Energy Hub", "Solar Panels for Small Roofs: More Power from Less Space"),
        ("Best Travel Pillows of 2026, Tested & Reviewed | Trip Kit", "Best Travel Pillows of 2026"),
        ("Smart Thermostats for Older Homes (2025 Guide) - Home Notes",
         "Smart Thermostats for Older Homes: What to Buy"),
        # and with an article opening it
        ("Best CRM Software for 2026: Top Platforms Compared - Sales Notes", "The Best CRM Software for 2026"),
    ],
)  # fmt: skip
def test_a_headline_printed_with_another_subtitle_is_found(title: str, printed: str) -> None:
    """A title tag joining the site's name prints the headline with its subtitle cut, or another
    subtitle, than the page prints over the article: the two open on the same words up to a
    separator."""
    assert headline_of(title, printed) == (printed, 6)


def test_a_sites_name_opening_a_line_is_no_headline_with_a_subtitle() -> None:
    """The site's name before a separator in the title is not the headline's opening words."""
    title = "The Old Farmers Almanac | Limit garden pest damage"
    assert headline_of(title, "The Old Farmers Almanac: Garden Planner") is None


def test_of_two_lines_like_the_title_the_one_most_like_it_is_the_headline() -> None:
    title = "Best Electric Scooters for Commuting in 2025 | Scoot Mag"
    text = f"{title}\nBest Electric Bikes\n{MENU}\nThe Best Electric Scooters for Commuting in 2025\n\n{ARTICLE}"
    headline = Body(segment(text)).headline
    assert headline is not None and headline.index == 7


@pytest.mark.parametrize(
    "printed",
    [
        "Best Electric Bikes for Families",  # shares a few of the title's words only
        "Scoot Mag Reviews and Buying Guides",  # the site's name
    ],
)
def test_a_line_sharing_some_of_the_titles_words_is_no_headline(printed: str) -> None:
    assert headline_of("Best Electric Scooters for Commuting in 2025 | Scoot Mag", printed) is None


def test_the_sites_name_is_not_matched_in_another_form() -> None:
    """A part of the title holding half its words or fewer may be the site's name, which the
    masthead prints in its own form: it is no headline."""
    title = "Limit garden pest damage without any chemicals | The Old Farmers Almanac"
    assert headline_of(title, "The Old Farmers Almanac Garden Planner") is None


def test_of_lines_like_the_title_the_first_is_the_headline() -> None:
    """A line further down like the title (a FAQ heading over the article's last section) is no
    headline: a headline taken too far down would make the article's first lines a masthead."""
    title = "Best Website Builder For Small Business [2026] - Site Guide"
    printed = "Best Website Builders for Small Business in 2026"
    faq = "Best Website Builder for Small Business FAQs"
    text = f"{title}\n{MENU}\n{printed}\nBy Anna Berg\nOn this page\nKey points\n{faq}\n\n{ARTICLE}"
    body = Body(segment(text))
    assert body.core.start == 11
    assert body.headline is not None and body.headline.index == 6


def test_the_sites_words_do_not_make_a_line_like_the_title() -> None:
    """Compared word by word, "Headline | The Site" would lend "the" to a subheading."""
    title = "Best Cloud Computing Stocks of 2025 | The Motley Fool"
    assert headline_of(title, "Investing in the best cloud computing stocks of 2025") is None


def test_a_copy_of_the_headline_past_a_paragraph_is_not_the_headlines() -> None:
    """A comment's link back printing the headline between brackets, past the article's first
    paragraph, is not the headline printed again over the article."""
    title = "Ten Easy Wood Projects to Make - Craft Corner"
    link_back = "[…] Ten Easy Wood Projects to Make […]"
    text = f"{title}\n{MENU}\nTen Easy Wood Projects to Make\n{PARAGRAPH}\n{MENU}\n{link_back}\n\n{ARTICLE}"
    body = Body(segment(text))
    assert body.core.start > 13
    headline = body.headline
    assert headline is not None and headline.copies == (6,)


def test_cleaning_the_cleaned_text_takes_no_headline_the_first_cleaning_kept() -> None:
    """Once the page's title and the headline printed under it went to the metadata, the first
    line left (a breadcrumb glued to the headline, a dek) is judged as on any page whose text opens
    there: the cleaned text, cleaned again, has no headline left to take."""
    title = "Hegseth Hegseth Hegseth"
    crumb = f"Business NewsPolitics{title}"
    lede = (
        "Defense Secretary Pete Hegseth said on Monday that the plan would strengthen deterrence in the"
        " region, highlighting the focus on the defense budget."
    )
    text = f"{title}\n\n{title}\n{crumb}\n{lede}\nHe declined to comment."
    once = Cleaner().clean(text)
    assert once.metadata["title"] == title
    assert lede in once.text.splitlines()
    assert Cleaner().clean(once.text).text == once.text


def test_the_line_under_the_headline_is_judged_as_on_a_page_opening_with_it() -> None:
    """The dek under the headline, once the page's title and headline went, is what a page
    opening with it would make of it: cleaning the cleaned text again changes nothing."""
    title = "Top Business Schools of 2025 (US) | Rankings and Guides"
    dek = "Your guide to the best business schools"
    text = f"{title}\n{MENU}\nTop Business Schools of 2025 (US)\n{dek}\n\n{ARTICLE}"
    once = Cleaner().clean(text)
    assert once.metadata["title"] == "Top Business Schools of 2025 (US)"
    assert Cleaner().clean(once.text).text == once.text


@pytest.mark.parametrize(
    "printed",
    [
        "Top Business Schools of 2025 (US)",  # three quarters of the title's words
        "“Top Business Schools of 2025”",  # between quotes
    ],
)
def test_a_title_printed_in_another_form_over_a_line_shaped_as_a_headline_stays(printed: str) -> None:
    """Right under a line printing the title in another form, a line shaped as a headline over
    the article's first paragraph (a dek, a second form of the headline, the first subheading)
    leaves open which is the headline; once the title and that line went, the lower one would go
    as the headline the page opens with. The line printing the title stays over it, and the
    masthead over them goes. Printed letter for letter, the title is the headline all the same."""
    title = "Top Business Schools of 2025 | Rankings and Guides"
    dek = "Your guide to the best business schools"
    for under in (dek, f"{dek}\nBy Anna Berg"):
        found = Body(segment(f"{title}\n{MENU}\n{printed}\n{under}\n\n{ARTICLE}")).headline
        assert found is not None and found.index == 6 and found.kept
    found = Body(segment(f"{title}\n{MENU}\n{printed}\nAnna Berg\n\n{ARTICLE}")).headline
    assert found is not None and not found.kept
    found = Body(segment(f"{title}\n{MENU}\nTop Business Schools of 2025\n{dek}\n\n{ARTICLE}")).headline
    assert found is not None and found.index == 6 and not found.kept


def test_the_line_printing_the_title_over_a_dek_stays_and_the_masthead_goes() -> None:
    """The cleaned text opens with the line printing the title and the dek under it, and
    cleaning it again changes nothing: neither is taken for the headline the text opens with."""
    title = "Top Business Schools of 2025 | Rankings and Guides"
    printed, dek = "Top Business Schools of 2025 (US)", "Your guide to the best business schools"
    once = Cleaner().clean(f"{title}\n{MENU}\n{printed}\n{dek}\n\n{ARTICLE}")
    assert [line for line in once.text.splitlines() if line][:3] == [printed, dek, PARAGRAPH]
    assert once.metadata["title"] == printed
    assert Cleaner().clean(once.text).text == once.text


def test_a_title_naming_no_site_in_another_form_over_a_headline_byline_and_date_stays() -> None:
    """A title naming no site, printed with words left out, over a line shaped as a headline, a
    byline and a date: that line may be the article's headline, which would go once the title
    went, and the line printing the title stays over it; the byline under a headline printed
    beside the site's name leaves nothing open."""
    printed = "Harbour Weekly Edition for May 3, 2024"
    head = f"{MENU}\n{printed}\nA long fight over the old pier\nBy Anna Berg\nMay 2, 2024\n\n{ARTICLE}"
    found = Body(segment(f"{printed} [Harbour News]\n{head}")).headline
    assert found is not None and found.index == 6 and found.kept
    named = Body(segment(f"{printed} | Harbour News\n{MENU}\n{printed}\nBy Anna Berg\nMay 2, 2024\n\n{ARTICLE}"))
    assert named.headline is not None and not named.headline.kept


def test_a_similar_line_under_a_paragraph_opening_right_under_the_title_is_no_headline() -> None:
    """The article opens right under the title: a line like it further down is a card repeating it."""
    title = "Best Electric Scooters for Commuting in 2025"
    printed = "The Best Electric Scooters for Commuting in 2025"
    text = f"{title}\n{PARAGRAPH}\n{MENU}\n{printed}\n\n{SECOND}\n\n{SECOND} Again."
    assert Body(segment(text)).headline is None


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        # a first line opening a longer one: a headline over its card ("... by Anna Berg")
        ("Solo Travel in Southeast Asia", "Solo Travel in Southeast Asia: Everything You Need to Know"),
        # a first line like a later one: a listing's siblings
        ("Homes for Sale in Lake Keowee", "Homes for Sale in Lake Hartwell"),
        ("Free Intermediate Marathon Training Plan: Ten Weeks", "Free Advanced Marathon Training Plan: Ten Weeks"),
    ],
)
def test_a_first_line_naming_no_site_is_not_found_in_another_form(title: str, printed: str) -> None:
    """Only a title tag's marks (a separator joining a site's name, an ellipsis cutting it) let a
    line in another form be the headline: any first line, the article's once the title went to the
    metadata, may print a line like it further down. The cleaned text cleaned again would take it."""
    assert headline_of(title, printed) is None


def test_a_title_part_before_a_colon_opening_another_line_is_no_headline() -> None:
    """A title "Headline: Subtitle" over a line printing the headline with another subtitle: that line may
    be the article's own heading, and the title's part no headline cut short."""
    title = "The long history of the harbour: Hello there"
    assert headline_of(title, "The long history of the harbour: and why it still matters today") is None


def test_a_kicker_before_a_colon_is_no_headline() -> None:
    """A title "Fact Check: Headline": the kicker printed over the headline is not the headline,
    which the title's metadata would then name."""
    title = "Fact Check: Is the bus lane costing shoppers?"
    printed = "Is the bus lane costing the town centre its shoppers?"
    headline = Body(segment(f"{title}\n{MENU}\nFact Check\n{printed}\n\n{ARTICLE}")).headline
    assert headline is None or headline.title != "Fact Check"


def test_a_later_view_carries_the_documents_headline() -> None:
    """A later pass sees the page without the lines an earlier one removed: the headline is the
    one the first view found, on the lines still in view, and none where its title went. The
    first line left is not the page's title for being first."""
    blocks = segment(f"Harbour: Why It Matters\n{MENU}\nWhy It Matters\n\n{ARTICLE}")
    found = Body(blocks).headline
    assert found is not None and found.copies == (6,)
    assert Body(blocks, headline=None).headline is None  # given, not searched
    first = range(len(blocks))
    assert carried_headline(found, first, [0, 1, 4, 5, 6, 7, 8]) == replace(found, copies=(4,))
    assert carried_headline(found, first, [1, 2, 3, 4, 5, 6, 7, 8]) is None
    assert carried_headline(found, first, [0, 1, 2, 7, 8]) is None  # its copies went, not its title
    assert carried_headline(None, first, first) is None


def searched_views(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The first line of each view the headline is searched on, as cleaning goes."""
    views: list[str] = []
    search = body_module.search_headline

    def searched(body: Body) -> Headline | None:
        views.append(body.blocks[0].text)
        return search(body)

    monkeypatch.setattr(body_module, "search_headline", searched)
    return views


def test_a_headline_found_is_not_searched_for_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """However many passes a cleaning takes, the headline it found is the document's."""
    views = searched_views(monkeypatch)
    result = Cleaner().clean(f"Harbour: Why It Matters\n{MENU}\nWhy It Matters\nShare\n\n{ARTICLE}")
    assert result.metadata["title"] == "Why It Matters"
    assert views == ["Harbour: Why It Matters"]


def test_no_headline_is_searched_for_once_the_title_went(monkeypatch: pytest.MonkeyPatch) -> None:
    """The page's title went to the metadata with no headline printed again under it: the line a
    later pass sees first (a contents list's entry over the subheading it names) is not the page's
    title, and no headline is searched for under it."""
    views = searched_views(monkeypatch)
    title = "Parking fees rise across the old town | Example Post"
    text = f"{title}\nWhy It Matters\nWhat Changes\nWhy It Matters\n{PARAGRAPH}\n{SECOND}"
    result = Cleaner().clean(text, url="https://www.examplepost.com/parking")
    assert result.metadata["title"] == "Parking fees rise across the old town"
    assert result.text.splitlines()[-2:] == [PARAGRAPH, SECOND]
    assert views == [title]


@given(st.text(st.characters(max_codepoint=0x7F)) | st.text())
def test_the_key_of_an_ascii_line_folds_what_the_unicode_classes_fold(text: str) -> None:
    """ASCII lines are keyed by the standard engine's letters and digits: the same key as the
    Unicode letter and number classes give, which fold every other sign into a space once the
    invisible format characters (which ASCII has none of) left the words they were set in."""
    visible = regex.sub(r"\p{Cf}+", "", normalize(text))
    assert headline_key(text) == " ".join(NOT_LETTER_OR_DIGIT.sub(" ", visible).split())


def test_a_document_keys_each_line_once_however_many_passes_search(monkeypatch: pytest.MonkeyPatch) -> None:
    """The search compares lines by a key their text decides (:func:`headline_key`), and passes
    never rewrite a line: a document keys each line once, though its passes search until one
    finds the headline (here the second, once the skip link over the title went)."""
    keyed: Counter[str] = Counter()
    key = headline_module.headline_key

    def counted(text: str) -> str:
        keyed[text] += 1
        return key(text)

    monkeypatch.setattr(headline_module, "headline_key", counted)
    views = searched_views(monkeypatch)
    headline = "Harbour plans approved after a long debate"
    text = f"Skip to content\n{headline} | The Valley Times\n{MENU}\n{headline}\nBy Anna Berg\n\n{ARTICLE}"
    assert Cleaner().clean(text).metadata["title"] == headline
    assert len(views) == 2
    assert keyed[normalize("Sport")] == 1 and max(keyed.values()) == 1


def test_the_headline_under_chrome_over_the_title_is_found_once_it_went() -> None:
    """A skip link over the page's title is no title: once it went, the title is the page's first
    line and its headline is found under it, as a cleaning of the cleaned text would find it."""
    headline = "Harbour plans approved after a long debate"
    text = f"Skip to content\n{headline} | The Valley Times\n{MENU}\n{headline}\nBy Anna Berg\n\n{ARTICLE}"
    once = Cleaner().clean(text)
    assert once.metadata["title"] == headline
    assert once.text.splitlines()[0] == PARAGRAPH
    assert Cleaner().clean(once.text).text == once.text


def test_title_likeness() -> None:
    line = headline_key("The Best Electric Scooters for Commuting in 2025")
    assert title_likeness(title_form("Best Electric Scooters for Commuting in 2025"), line) == pytest.approx(7 / 8)
    assert title_likeness(title_form("The Best Electric"), line) < 0.5  # without an ellipsis: not cut
    assert title_likeness(title_form("The Best Elec…"), line) == 1.0
    repeated = title_form("New Trains from New York to New Jersey")  # each word shared as often as both print it
    assert title_likeness(repeated, headline_key("New trains for New York")) == pytest.approx(4 / 8)
    assert headline_key("  “Wie teuer?” – Parken ") == "wie teuer parken"


def test_an_html_pages_first_heading_is_not_split_at_its_colon() -> None:
    """On an HTML page the first line in view is a heading, not the title tag: its part after a
    colon printed again as a subheading is no headline, and the list over that subheading is the
    article's, no masthead."""
    items = "".join(f"<li>A quilt is usually lighter than a bag of the same rating, model {n}</li>" for n in range(3))
    html = (
        "<html><head><title>Ultralight Backpacking: A Guide | Trail Notes</title></head><body><article>"
        f"<h1>Ultralight Backpacking: Don't Pack Your Fears</h1><p>{PARAGRAPH}</p><ul>{items}</ul>"
        f"<h2>Don't Pack Your Fears</h2><p>{SECOND}</p><p>{SECOND} Again.</p></article></body></html>"
    )
    result = Cleaner().clean(html=html)
    assert [removal.rule for removal in result.removed] == ["extracted.headline"]


ASKING = "How Much Does Hiring a Roofer Cost in Lakeside in 2025?"
"""A headline that asks, ten words and a question mark: it reads as prose."""
MASTHEAD = f"{MENU}\nHome\nGuides\nRoofing\nCosts\nPrices"
BYLINE = "By Anna Berg | Roofing Editor | Lakeside\nLast updated: May 2, 2024 at 10:00"


@pytest.mark.parametrize(
    "title",
    [ASKING, f"{ASKING} | Roof Guide", "Lakeside Roofers Are Finally Here to Fix the Storm Damage!"],
)
def test_a_title_that_asks_printed_again_alone_is_the_headline_and_the_masthead_goes(title: str) -> None:
    """A page's title that asks (or calls) reads as prose, as a paragraph does; printed again
    alone over the byline over the article, it is the headline all the same, and the masthead
    between goes."""
    printed = title.split(" | ")[0]
    text = f"{title}\n{MASTHEAD}\n{printed}\n{BYLINE}\n\n{ARTICLE}"
    headline = Body(segment(text)).headline
    assert headline is not None and headline.index == 11
    once = Cleaner().clean(text)
    lines = once.text.splitlines()
    assert not set(MASTHEAD.splitlines()) & set(lines)
    assert lines[-3:] == [PARAGRAPH, "", SECOND]
    assert Cleaner().clean(once.text).text == once.text


@pytest.mark.parametrize(
    ("first", "printed"),
    [
        # a statement's sentence: the article's, printed again as a pull quote
        ("The council says hiring a roofer in Lakeside costs less in 2025.",
         "The council says hiring a roofer in Lakeside costs less in 2025."),
        # a title that asks is found printed again alone only, not in another form
        (ASKING, "How Much Does It Cost to Hire a Roofer in Lakeside in 2025?"),
        # a question too long for a headline: a paragraph that asks
        ("How much does it cost to hire a roofer in Lakeside this year, when the storms of the winter"
         " left half the town's houses with broken tiles and the council still has not paid?", ""),
    ],
)  # fmt: skip
def test_a_first_line_that_reads_as_prose_otherwise_has_no_headline(first: str, printed: str) -> None:
    text = f"{first}\n{MASTHEAD}\n{printed or first}\n{BYLINE}\n\n{ARTICLE}"
    assert Body(segment(text)).headline is None


def test_a_title_that_asks_over_a_paragraph_right_under_it_has_no_headline_further_down() -> None:
    """The article opens right under the title that asks: its copy further down is a card's."""
    text = f"{ASKING}\n{PARAGRAPH}\n{MASTHEAD}\n{ASKING}\n{BYLINE}\n\n{SECOND}\n\n{SECOND} Again."
    assert Body(segment(text)).headline is None


def test_a_title_that_asks_beside_the_sites_name_is_found_where_its_copy_opens_the_prose() -> None:
    """Printed again right over the article's first paragraph, a headline that asks opens the
    heaviest prose itself: with the site's name beside it, the title names it apart, and it is
    the headline printed inside that prose (:attr:`Headline.inside`); the masthead over it goes.
    A first line naming no site may be the article's own question there, and is no title."""
    text = f"{ASKING} | Roof Guide\n{MASTHEAD}\n{ASKING}\n{PARAGRAPH}\n\n{SECOND}"
    headline = Body(segment(text)).headline
    assert headline is not None and headline.index == 11 and headline.inside
    lines = Cleaner().clean(text).text.splitlines()
    assert not set(MASTHEAD.splitlines()) & set(lines)
    assert lines[-3:] == [PARAGRAPH, "", SECOND]
    assert Body(segment(f"{ASKING}\n{MASTHEAD}\n{ASKING}\n{PARAGRAPH}\n\n{SECOND}")).headline is None


def test_a_first_line_opening_a_sentence_broken_across_lines_is_no_title() -> None:
    """A text opening with the first half of a sentence broken across lines opens on its article:
    a later line printing most of its words (another sentence's first half) is no headline, and
    neither line goes as one."""
    first = "Shares in the harbour company fell 0.5% in early trading in Lakeside"
    second = "Shares in the harbour company fell 0.5% in early"
    text = (f"{first}\nafter the report on the budget was released.\n{second}\n"
            f"trading in Lakeside after the report on the budget was released.\n{PARAGRAPH}\n{SECOND}")  # fmt: skip
    assert Body(segment(text)).headline is None
    assert Cleaner().clean(text).text == text


def test_a_title_that_asks_over_the_article_opening_under_it_makes_no_masthead_of_it() -> None:
    """The article opens right under a title that asks (a one-sentence lede, a paragraph, a short
    closing line), and a "Most read" box prints the title again over heavier prose: that copy is a
    card's, and the article over it is no masthead."""
    lede, closing = "The council approved the budget on Monday.", "The vote was close."
    story, more = " ".join([SECOND] * 3), " ".join([PARAGRAPH] * 3)
    text = (f"Roof Guide - {ASKING}\n{lede}\n{PARAGRAPH}\n{closing}\nMost read\n{ASKING}\n"
            f"Harbour Plan Delayed Again\n{story}\n{more}")  # fmt: skip
    assert Body(segment(text)).headline is None
    kept = Cleaner().clean(text).text.splitlines()
    assert [lede, PARAGRAPH, closing] == kept[1:4]
