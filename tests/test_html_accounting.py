"""HTML mode accounts for the whole page: its visible text is the source, and kept text plus
removals give it back, on generated pages with chrome of every kind around an article."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import Cleaner
from cleaner.documents.html import extract
from cleaner.review.accounting import unaccounted

CLEANER = Cleaner()

WORDS = st.sampled_from(
    [
        "the",
        "council",
        "said",
        "tram",
        "line",
        "would",
        "open",
        "in",
        "May",
        "after",
        "delays",
        "residents",
        "waited",
        "since",
        "mayor",
        "budget",
        "plan",
        "bridge",
        "river",
        "school",
        "2019",
        "12",
        "%",
        "€",
        "Zürich",
        "naïve",
        "東京",
        "—",
        "“quoted”",
        "&",
        "<",
        ">",
        "share",
        "menu",
        "reply",
    ]
)
SENTENCE = st.lists(WORDS, min_size=1, max_size=30).map(lambda words: " ".join(words).capitalize() + ".")
INLINE = st.sampled_from(["{}", "<a href='/x'>{}</a>", "<b>{}</b>", "<span class='share'>{}</span>", "{}<br>"])
TEXT = st.tuples(SENTENCE, INLINE).map(lambda pair: pair[1].format(pair[0].replace("&", "&amp;").replace("<", "&lt;")))
BLOCK = st.sampled_from(
    [
        "<p>{}</p>",
        "<li>{}</li>",
        "<h2>{}</h2>",
        "<div class='related'>{}</div>",
        "<td>{}</td>",
        "<figcaption>{}</figcaption>",
        "<div>{}</div>",
        "{}",
        "<script>var x = '{}';</script>",
        "<!-- {} -->",
        "<p hidden>{}</p>",
    ]
)
WRAPPER = st.sampled_from(
    [
        "<nav>{}</nav>",
        "<article>{}</article>",
        "<footer>{}</footer>",
        "<aside>{}</aside>",
        "<div id='comments'>{}</div>",
        "<section id='notes-and-related-works'>{}</section>",
        "<main>{}</main>",
        "<ul>{}</ul>",
        "<table><tr>{}</tr></table>",
    ]
)
SECTION = st.tuples(WRAPPER, st.lists(st.tuples(BLOCK, TEXT), min_size=1, max_size=6)).map(
    lambda pair: pair[0].format("".join(block.format(text) for block, text in pair[1]))
)
PAGE = st.lists(SECTION, min_size=1, max_size=8).map(
    lambda sections: "<html><head><title>A page</title></head><body>" + "\n".join(sections) + "</body></html>"
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGE)
def test_kept_text_and_removals_give_back_the_visible_text(html: str) -> None:
    result = CLEANER.clean(html=html)
    assert result.source == extract(html).text
    assert unaccounted(result) == []
    assert all(removal.rule and removal.reason for removal in result.removed)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_text_as_html_is_cleaned_or_refused_clearly(text: str) -> None:
    try:
        result = CLEANER.clean(html=f"<html><body><p>{text}</p></body></html>")
    except ValueError as error:
        assert "HTML" in str(error)
        return
    assert unaccounted(result) == []


def test_a_removal_that_is_not_a_line_is_reported() -> None:
    from dataclasses import replace

    paragraph = "<p>The council said on Monday that the new tram line would open in May, two months late.</p>"
    html = f"<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li></ul></nav>{paragraph * 3}"
    result = CLEANER.clean(html=html + "<footer><a href='/about'>About us</a></footer></body></html>")
    assert result.removed, "the menu goes"
    assert unaccounted(result) == []
    broken = replace(result.removed[0], start=result.removed[0].start + 1)
    assert unaccounted(type(result)(result.text, [broken], result.metadata, source=result.source))
    assert unaccounted(type(result)(result.text + "x", result.removed, result.metadata, source=result.source))
