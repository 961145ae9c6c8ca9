"""The Scrapy pipeline with nothing but ITEM_PIPELINES set: HTML items are cleaned, and an item it
cannot clean is logged once."""

from __future__ import annotations

import logging

import pytest

pytest.importorskip("scrapy")
from scrapy.utils.test import get_crawler

from cleaner.engine.cleaner import Cleaner
from cleaner.run.scrapy_pipeline import CleanerPipeline

HTML = (
    "<html><head><title>Budget</title></head><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
    "<article><h1>Council approves budget</h1><p>The council approved the new budget on Tuesday after a debate "
    "that lasted more than four hours.</p><p>Spending on schools will rise by 4.2 percent, the finance "
    "committee said in its final report.</p></article><footer>Share this article</footer></body></html>"
)


def test_html_items_are_cleaned_by_default() -> None:
    crawler = get_crawler(settings_dict={})
    crawler.stats.open_spider()
    item = CleanerPipeline.from_crawler(crawler).process_item({"html": HTML, "url": "https://example.com/b"})
    assert item["text"] == Cleaner().clean(html=HTML, url="https://example.com/b").text
    assert crawler.stats.get_value("cleaner/items_cleaned") == 1


def test_skipped_items_are_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    crawler = get_crawler(settings_dict={})
    crawler.stats.open_spider()
    pipeline = CleanerPipeline.from_crawler(crawler)
    with caplog.at_level(logging.WARNING, logger="cleaner.run.scrapy_pipeline"):
        for _ in range(3):
            pipeline.process_item({"body": HTML})
    assert len(caplog.records) == 1 and "'html' or 'text'" in caplog.records[0].getMessage()
    assert crawler.stats.get_value("cleaner/items_skipped") == 3
