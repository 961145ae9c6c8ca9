"""The benchmark metric's text-mode figures: retention with the moved headline, and where chrome sits."""

from __future__ import annotations

from cleaner.review.scoring import chrome_left, retention

GOLD = (
    "The council approved the new tram line on Tuesday after a long debate.\n"
    "Work on the first section will start in the spring and last two years."
)


def test_retention_counts_the_moved_headline_as_kept() -> None:
    gold = "Tram line approved\n" + GOLD
    source = "Menu\nTram line approved\n" + GOLD
    without_title = retention(source, GOLD, gold)
    with_title = retention(source, GOLD, gold, moved="Tram line approved")
    assert without_title.held == with_title.held == len(gold.split())
    assert without_title.kept == without_title.held - 3
    assert with_title.share == 1.0


def test_retention_never_counts_moved_text_beyond_what_the_input_held() -> None:
    kept = retention("A short body here.", "A short body here.", "A short body here.", moved="body body body")
    assert kept.kept == kept.held == 4


def test_chrome_left_sorts_non_article_lines_by_place_and_length() -> None:
    first, second = GOLD.splitlines()
    output = "\n".join(
        (
            "Home",  # before, short
            "Sign up for our morning briefing and get every story in your inbox before breakfast",  # before, long
            first,
            "Advertisement",  # inside, short
            second,
            "Share",  # after, short
            "Readers also liked this piece about the harbour festival and the fireworks over the bay",  # after, long
        )
    )
    left = chrome_left(output, GOLD)
    assert left == {
        ("before", "short"): 1,
        ("before", "long"): 15,
        ("inside", "short"): 1,
        ("after", "short"): 1,
        ("after", "long"): 15,
    }


def test_chrome_left_is_empty_for_the_article_alone() -> None:
    assert chrome_left(GOLD, GOLD) == {}


def test_a_gold_word_alone_on_a_line_does_not_stretch_the_span() -> None:
    """A gold word ("council") alone on a line before the article is not where it starts."""
    output = "council\nMenu\n" + GOLD
    left = chrome_left(output, GOLD)
    assert left == {("before", "short"): 1}


def test_policy_removals_are_the_syndication_notices_and_inline_related_links() -> None:
    from cleaner import Cleaner
    from cleaner.review.scoring import policy_removal

    text = (
        "The council approved the new tram line on Tuesday after a long debate in the chamber.\n"
        "Read more: How the city plans to pay for its new tram line\n"
        "Work on the first section will start in the spring and last two years, the council said.\n"
        "Reporting by Jane Roe; Editing by John Doe\n"
        "The post Council approves tram line appeared first on City News.\n"
        "Share on Facebook\n"
    )
    removed = Cleaner().clean(text).removed
    policy = {r.text for r in removed if policy_removal(r.category, r.rule)}
    assert policy == {
        "Read more: How the city plans to pay for its new tram line",
        "Reporting by Jane Roe; Editing by John Doe",
        "The post Council approves tram line appeared first on City News.",
    }
    assert "Share on Facebook" in {r.text for r in removed} - policy
