"""Rule modules that apply to every document, one per kind of page chrome."""
