"""Read a section of the README, so tests can run its snippets exactly as a user would."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def readme_section(title: str) -> str:
    """The text under ``## title`` up to the next ``## `` heading."""
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    following = re.search(r"\n## ", text[start + 1 :])
    return text[start : start + 1 + following.start()] if following else text[start:]
