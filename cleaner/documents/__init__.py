"""Documents in and out: reading text, HTML, JSONL and WARC inputs, and writing results."""
