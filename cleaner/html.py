"""HTML in: trafilatura extracts the main text and its metadata; cleaner's rules run after it."""

from __future__ import annotations

from typing import Any

_METADATA_FIELDS = ("title", "author", "date", "sitename", "url")


def extract(html: str, url: str | None = None) -> tuple[str, dict[str, Any]]:
    """Main text with one paragraph per line, plus trafilatura's metadata (``sitename`` as ``site``)."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html, url=url, favor_recall=True, include_comments=False, with_metadata=True
    )
    if document is None:
        return "", {}
    found = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    metadata = {
        ("site" if key == "sitename" else key): found[key] for key in _METADATA_FIELDS if found.get(key)
    }
    return found.get("text") or "", metadata
