"""What a rule removes as metadata reaches ``metadata``, and a byline is never taken for the title."""

from __future__ import annotations

from cleaner import clean

BODY = (
    "Preheat the oven to 200C and line a baking tray with parchment paper before you start.\n\n"
    "Toss the chicken thighs with lemon zest, garlic and olive oil, then roast them for 35 minutes."
)


def test_an_update_line_with_a_time_gives_its_date() -> None:
    result = clean(f"Council approves budget\nUpdated 9:42 a.m. EST, Thu March 6, 2025\n\n{BODY}")
    assert [removal.rule for removal in result.removed] == ["extracted.headline", "extracted.dateline"]
    assert result.metadata["date"] == "2025-03-06"
    assert clean(f"Lemon Chicken Traybake\nUpdated March 6, 2025\n\n{BODY}").metadata["date"] == "2025-03-06"


def test_a_byline_is_not_the_title() -> None:
    result = clean(f"Home\nRecipes\nDinner\nDesserts\nSoups\nLemon Chicken\nBy Sam Patel\nServes 4\n\n{BODY}")
    assert result.metadata.get("author") == "Sam Patel"
    assert result.metadata.get("title") != "By Sam Patel"
    assert "Lemon Chicken" in result.text


def test_a_publication_date_wins_over_an_earlier_update_line() -> None:
    page = f"Council approves budget\nUpdated 9:42 a.m. EST, Thu March 6, 2025\nPublished March 1, 2025\n\n{BODY}"
    assert clean(page).metadata["date"] == "2025-03-01"


def test_a_label_ending_in_a_colon_is_not_the_title() -> None:
    page = f"Sie sind hier:\nStartseite\nRegional\nGemeinderat beschließt neuen Radweg\n\n{BODY}"
    assert clean(page).metadata.get("title") == "Gemeinderat beschließt neuen Radweg"
