"""Looking at what cleaner did: one document explained, a batch's report, and the benchmark metric."""
