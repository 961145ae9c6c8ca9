"""Each removal is reported under the family the README lists it in."""

from __future__ import annotations

import pytest

from cleaner import clean

BODY = (
    "Preheat the oven to 200C and line a baking tray with parchment paper before you start.\n\n"
    "Toss the chicken thighs with lemon zest, garlic and olive oil, then roast them for 35 minutes."
)


@pytest.mark.parametrize(
    ("tail", "line", "category"),
    [
        ("\n\nAdvertisement", "Advertisement", "promo"),
        ("\n\nADVERTISING\n\nServe the thighs hot with rice, and spoon the pan juices over them at the table.",
         "ADVERTISING", "promo"),
        ("\n\nSign up for our weekly recipes", "Sign up for our weekly recipes", "promo"),
        ("\n\nYou may also like\nLemon Tart with cream\nSign up for our weekly recipes",
         "Sign up for our weekly recipes", "promo"),
        ("\n\nsam.patel@example.com", "sam.patel@example.com", "metadata"),
    ],
)
def test_category(tail: str, line: str, category: str) -> None:
    removed = {removal.text: removal.category for removal in clean(BODY + tail).removed}
    assert removed.get(line) == category
