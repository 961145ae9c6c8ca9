"""Widget labels whose words an article may also print, taken only where the page shows the widget:
a follow prompt over its network links, a tag list's heading after the article body.
"""

from __future__ import annotations

import pytest

from cleaner import Cleaner

BODY = [
    "The regional council approved a new water plan on Thursday after three months of public hearings, "
    "according to minutes published by the council.",
    "Farmers in the northern valley had asked for a larger share of the reservoir, and the plan now sets "
    "aside 40 percent of it for irrigation during dry summers.",
]


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner(plugins=False)


def _removed(cleaner: Cleaner, page: str) -> dict[str, str]:
    return {removal.text: removal.rule for removal in cleaner.clean(page).removed}


def test_a_follow_prompt_over_network_links_goes(cleaner: Cleaner) -> None:
    page = "\n\n".join(BODY) + "\n\nFollow Example News on\nFacebook\nX\nInstagram"
    assert _removed(cleaner, page).get("Follow Example News on") == "social.follow_site_on"


def test_the_first_half_of_a_sentence_that_starts_alike_stays(cleaner: Cleaner) -> None:
    page = "\n\n".join([BODY[0], "Follow the money on\nthe island, the prosecutor told the jury.", BODY[1]])
    assert "Follow the money on" not in _removed(cleaner, page)


@pytest.mark.parametrize("heading", ["Tags", "Tags:", "Schlagwörter", "Mots-clés", "タグ"])
def test_a_tag_list_after_the_body_goes_with_its_heading(heading: str, cleaner: Cleaner) -> None:
    page = "\n\n".join(BODY) + f"\n\n{heading}\nWater policy\nFarming\nRegional council"
    removed = _removed(cleaner, page)
    assert removed.get(heading) == "navigation.tag_heading_phrases"
    assert removed.get("Regional council") == "navigation.tag_heading_phrases"


def test_a_tag_heading_inside_the_article_is_its_own_list_item(cleaner: Cleaner) -> None:
    fields = "Journal title\nArticle title\nKeywords\nTopics\nCopyright license"
    page = "\n\n".join([BODY[0], "Each record lists these fields:", fields, BODY[1]])
    result = cleaner.clean(page)
    assert fields in result.text, result.removed
