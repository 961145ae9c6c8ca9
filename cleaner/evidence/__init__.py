"""Evidence that is learned or scored: site boilerplate, the same-story index, AI filler, dates and metadata."""
