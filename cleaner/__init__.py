"""cleaner: strip scrape noise from web and news articles without ever cutting the article.

>>> from cleaner import clean
>>> result = clean("Story paragraph one.\\n\\nShare this article")
"""

from __future__ import annotations

from functools import lru_cache

from cleaner.engine.cleaner import Cleaner
from cleaner.engine.result import CleanResult, Held, Removal

__all__ = ["CleanResult", "Cleaner", "Held", "Removal", "clean"]


@lru_cache(maxsize=1)
def _default_cleaner() -> Cleaner:
    return Cleaner()


def clean(
    text: str | None = None, *, html: str | None = None, url: str | None = None, explain: bool = False
) -> CleanResult:
    """Clean one document with the shipped rules; build a :class:`Cleaner` to configure them.
    ``explain``: record every refused mark in ``held`` (see :meth:`Cleaner.clean`)."""
    return _default_cleaner().clean(text, html=html, url=url, explain=explain)
