"""The Scrapy pipeline: a real crawl of corpus pages on 127.0.0.1, and the pipeline's contract.

A crawl's reactor runs once per process, so the crawl runs in a subprocess: this file, run as a
script, serves the pages, crawls them with the settings from the README and writes the items
and stats as JSON.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from readme import readme_section

scrapy = pytest.importorskip("scrapy")
from itemadapter import ItemAdapter  # noqa: E402 - Scrapy's dependency
from scrapy.exceptions import NotConfigured  # noqa: E402
from scrapy.pipelines import ItemPipelineManager  # noqa: E402
from scrapy.utils.test import get_crawler  # noqa: E402

from cleaner.engine.cleaner import Cleaner  # noqa: E402
from cleaner.evidence.boilerplate import BoilerplateLearner  # noqa: E402
from cleaner.run.scrapy_pipeline import CleanerPipeline  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PAGE = "Home\nWorld\nBusiness\nSports\n\nThe council approved the new budget on Tuesday after a debate.\n\nShare this"
HTML = (
    "<html><head><title>Budget</title></head><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
    "<article><h1>Council approves budget</h1><p>The council approved the new budget on Tuesday after a debate "
    "that lasted more than four hours.</p><p>Spending on schools will rise by 4.2 percent, the finance "
    "committee said in its final report.</p></article><footer>Share this article</footer></body></html>"
)


def docs_settings() -> dict[str, Any]:
    """The ``settings.py`` snippet of "Inside a Scrapy project", executed as written."""
    section = readme_section("Inside a Scrapy project")
    (snippet,) = re.findall(r"```python\n(.*?)```", section, re.S)
    settings: dict[str, Any] = {}
    exec(snippet, {}, settings)
    return settings


def serve_site(folder: Path) -> ThreadingHTTPServer:
    """Corpus texts as text/plain pages and one HTML page, linked from an index page."""
    names = []
    for path in sorted((ROOT / "corpus").rglob("*.txt")):
        name = f"{path.parent.name}-{path.name}"
        (folder / name).write_bytes(path.read_bytes())
        names.append(name)
    (folder / "budget.html").write_text(HTML, encoding="utf-8")
    links = "".join(f'<a href="{name}">{name}</a>' for name in [*names, "budget.html"])
    (folder / "index.html").write_text(f"<html><body>{links}</body></html>", encoding="utf-8")

    class Handler(SimpleHTTPRequestHandler):
        extensions_map = {".txt": "text/plain; charset=utf-8", ".html": "text/html; charset=utf-8"}  # noqa: RUF012

        def log_message(self, *_: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def crawl(folder: Path, result: Path) -> None:
    """Crawl the served site with the documented settings; write the items and the stats."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.signals import item_scraped

    server = serve_site(folder)
    base = f"http://127.0.0.1:{server.server_address[1]}/"

    class Pages(scrapy.Spider):
        name = "pages"
        start_urls = [base + "index.html"]  # noqa: RUF012

        def parse(self, response: Any) -> Any:
            yield from response.follow_all(css="a", callback=self.parse_page)

        def parse_page(self, response: Any) -> Any:
            kind = "html" if response.headers.get("Content-Type", b"").startswith(b"text/html") else "text"
            yield {"url": response.url, kind: response.text}

    items: list[dict[str, Any]] = []

    def collect(item: dict[str, Any], **_: Any) -> None:
        items.append(dict(item))

    settings = {**docs_settings(), "LOG_LEVEL": "WARNING", "TELNETCONSOLE_ENABLED": False}
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(Pages)
    crawler.signals.connect(collect, signal=item_scraped)  # held weakly: a named function, alive here
    process.crawl(crawler)
    process.start()
    server.shutdown()
    stats = crawler.stats.get_stats()
    result.write_text(json.dumps({"items": items, "stats": stats}, default=str), encoding="utf-8")


def test_real_crawl_cleans_every_page(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    result = tmp_path / "result.json"
    subprocess.run([sys.executable, __file__, str(tmp_path / "site"), str(result)], check=True, timeout=300)
    found = json.loads(result.read_text(encoding="utf-8"))
    items, stats = found["items"], found["stats"]
    corpus = {f"{path.parent.name}-{path.name}": path for path in (ROOT / "corpus").rglob("*.txt")}
    assert len(items) == len(corpus) + 1
    cleaner = Cleaner()
    counts: dict[str, int] = {}
    for item in items:
        name = item["url"].rsplit("/", 1)[1]
        if name == "budget.html":
            want = cleaner.clean(html=item["html"], url=item["url"])
        else:
            want = cleaner.clean(corpus[name].read_text(encoding="utf-8"), url=item["url"])
        assert item["text"] == want.text, name
        assert item["removed"] == [removal.to_dict() for removal in want.removed], name
        assert item["metadata"] == json.loads(json.dumps(want.metadata, default=str)), name
        for removal in item["removed"]:
            counts[removal["category"]] = counts.get(removal["category"], 0) + 1
    assert sum(counts.values()) > len(items)  # the corpus is noisy: the crawl did clean
    assert {key: value for key, value in stats.items() if key.startswith("cleaner/removed/")} == {
        f"cleaner/removed/{category}": count for category, count in counts.items()
    }
    assert stats["cleaner/items_cleaned"] == len(items)


def test_disabled_pipeline_is_not_configured() -> None:
    crawler = get_crawler(settings_dict={"CLEANER_ENABLED": False})
    with pytest.raises(NotConfigured):
        CleanerPipeline.from_crawler(crawler)
    enabled = get_crawler(settings_dict={"ITEM_PIPELINES": {"cleaner.run.scrapy_pipeline.CleanerPipeline": 300}})
    disabled = get_crawler(
        settings_dict={"ITEM_PIPELINES": {"cleaner.run.scrapy_pipeline.CleanerPipeline": 300}, "CLEANER_ENABLED": False}
    )
    assert ItemPipelineManager.from_crawler(enabled).methods["process_item"]
    assert not ItemPipelineManager.from_crawler(disabled).methods["process_item"]


class Article(scrapy.Item):
    body = scrapy.Field()
    link = scrapy.Field()
    clean = scrapy.Field()


@dataclass
class Story:
    text: str
    url: str | None = None
    removed: list[dict[str, Any]] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)


def test_item_types_fields_and_stats() -> None:
    settings = {
        "CLEANER_TEXT_FIELD": "body",
        "CLEANER_URL_FIELD": "link",
        "CLEANER_OUTPUT_FIELD": "clean",
        "CLEANER_REMOVED_FIELD": None,
        "CLEANER_METADATA_FIELD": None,
        "CLEANER_KEEP": ["social"],
    }
    crawler = get_crawler(settings_dict=settings)
    crawler.stats.open_spider()
    pipeline = CleanerPipeline.from_crawler(crawler)
    item = pipeline.process_item(Article(body=PAGE, link="https://example.com/a"))
    assert isinstance(item, Article) and set(item.keys()) == {"body", "link", "clean"}
    want = Cleaner(keep={"social"}).clean(PAGE, url="https://example.com/a")
    assert item["clean"] == want.text and item["body"] == PAGE
    assert "Share this" in item["clean"]  # kept: CLEANER_KEEP
    assert crawler.stats.get_value("cleaner/removed/navigation") == 4  # Home, World, Business, Sports
    assert crawler.stats.get_value("cleaner/removed/social") is None

    pipeline = CleanerPipeline.from_crawler(get_crawler(settings_dict={}))
    story = pipeline.process_item(Story(PAGE))
    assert story.text == Cleaner().clean(PAGE).text
    assert [removal["category"] for removal in story.removed] == [r.category for r in Cleaner().clean(PAGE).removed]
    assert pipeline.process_item({"title": "no text"}) == {"title": "no text"}
    assert pipeline.stats is not None and pipeline.stats.get_value("cleaner/items_skipped") == 1


def test_html_bytes_field_is_cleaned_like_html() -> None:
    crawler = get_crawler(settings_dict={"CLEANER_HTML_FIELD": "body"})
    crawler.stats.open_spider()
    item = CleanerPipeline.from_crawler(crawler).process_item({"body": HTML.encode(), "url": "https://example.com/b"})
    want = Cleaner().clean(html=HTML, url="https://example.com/b")
    assert ItemAdapter(item)["text"] == want.text and item["metadata"] == want.metadata


if __name__ == "__main__":
    crawl(Path(sys.argv[1]), Path(sys.argv[2]))



def test_saved_boilerplate_table_is_applied(tmp_path: Path) -> None:
    footer = "Riverside Courier, 12 Mill Lane, Riverside, printed by the Courier Press works"
    topics = ("bridge repairs", "school budget", "flood defences", "tram timetable")
    pages = [
        (f"The council debated the {topic} again on Monday, and the mayor promised a vote.\n\n{footer}", url)
        for topic, url in zip(topics, (f"https://courier.example/{n}" for n in range(4)), strict=True)
    ]
    learner = BoilerplateLearner()
    for text, url in pages:
        learner.add(text, url)
    learner.table().save(tmp_path / "table.json")
    crawler = get_crawler(settings_dict={"CLEANER_BOILERPLATE": str(tmp_path / "table.json")})
    crawler.stats.open_spider()
    text, url = pages[0]
    item = CleanerPipeline.from_crawler(crawler).process_item({"text": text, "url": url})
    assert footer not in item["text"] and item["text"].startswith("The council debated the bridge repairs")
    assert crawler.stats.get_value("cleaner/removed/boilerplate") == 1
