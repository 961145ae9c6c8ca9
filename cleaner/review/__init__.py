"""Looking at what cleaner did: one document explained, and the benchmark metric."""
