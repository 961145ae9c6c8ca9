"""A Scrapy item pipeline that cleans each scraped item as it passes.

Enable it the usual way, ``ITEM_PIPELINES = {"cleaner.run.scrapy_pipeline.CleanerPipeline": 300}``, and
configure it with ``CLEANER_*`` settings (see :class:`CleanerPipeline`). Scrapy is an optional
extra (``pip install '.[scrapy]'`` in cleaner's source folder); nothing else in cleaner imports this module.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

try:
    from itemadapter import ItemAdapter
    from scrapy.exceptions import NotConfigured
except ModuleNotFoundError as missing:
    raise ModuleNotFoundError(
        f"cleaner's Scrapy pipeline needs Scrapy ({missing.name} is not installed): "
        "pip install '.[scrapy]' in cleaner's source folder",
        name=missing.name,
    ) from missing

from cleaner.documents.inputs import Record, decode
from cleaner.engine.cleaner import Cleaner
from cleaner.evidence.boilerplate import BoilerplateTable
from cleaner.run.tasks import clean_record

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)


class CleanerPipeline:
    """Cleans one field of every item and writes the result, the removals and the metadata back.

    Settings (defaults in brackets):

    - ``CLEANER_ENABLED`` [True]: False switches the pipeline off (Scrapy drops it).
    - ``CLEANER_TEXT_FIELD`` ["text"]: field holding scraped text.
    - ``CLEANER_HTML_FIELD`` ["html"]: field holding raw HTML (str or bytes); used when the item has
      it, before the text field.
    - ``CLEANER_URL_FIELD`` ["url"]: field holding the page URL, which selects site rules.
    - ``CLEANER_OUTPUT_FIELD`` ["text"]: where the cleaned text goes.
    - ``CLEANER_REMOVED_FIELD`` ["removed"] and ``CLEANER_METADATA_FIELD`` ["metadata"]: where the
      removals (text, category, rule, reason, offsets) and the found metadata go; None: not written.
    - ``CLEANER_KEEP`` [[]]: categories never removed. ``CLEANER_RULE_DIRS`` [[]]: extra rule folders.
    - ``CLEANER_AI_SENSITIVITY`` [None]: the AI-filler detector's sensitivity, 0 to 1.
    - ``CLEANER_BOILERPLATE`` [None]: a learned site boilerplate table, as saved by
      ``cleaner clean --boilerplate FILE`` over earlier pages (a crawl cannot learn before it cleans).

    Stats: ``cleaner/items_cleaned``, ``cleaner/items_skipped`` (no text or HTML field; the first
    one is also logged, with the fields looked for),
    ``cleaner/errors`` (item left as it was) and ``cleaner/removed/<category>``.
    """

    def __init__(
        self,
        cleaner: Cleaner,
        stats: StatsCollector | None = None,
        *,
        text_field: str | None = "text",
        html_field: str | None = "html",
        url_field: str | None = "url",
        output_field: str = "text",
        removed_field: str | None = "removed",
        metadata_field: str | None = "metadata",
    ) -> None:
        self.cleaner = cleaner
        self.stats = stats
        self.text_field = text_field
        self.html_field = html_field
        self.url_field = url_field
        self.output_field = output_field
        self.removed_field = removed_field
        self.metadata_field = metadata_field
        self._skip_logged = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CleanerPipeline:
        settings = crawler.settings
        if not settings.getbool("CLEANER_ENABLED", True):
            raise NotConfigured("cleaner is switched off (CLEANER_ENABLED = False)")
        sensitivity = settings.get("CLEANER_AI_SENSITIVITY")
        table = settings.get("CLEANER_BOILERPLATE")
        cleaner = Cleaner(  # built once per crawl: a bad setting fails here, before any request
            rule_dirs=settings.getlist("CLEANER_RULE_DIRS"),
            keep=settings.getlist("CLEANER_KEEP"),
            settings={"ai_filler.sensitivity": float(sensitivity)} if sensitivity is not None else None,
            boilerplate=BoilerplateTable.load(table) if table else None,
        )

        def field(name: str, default: str | None) -> str | None:
            """A field name; set to None or "" it means none (``settings.get`` would give the default)."""
            return (settings[name] or None) if name in settings else default

        return cls(
            cleaner,
            crawler.stats,
            text_field=field("CLEANER_TEXT_FIELD", "text"),
            html_field=field("CLEANER_HTML_FIELD", "html"),
            url_field=field("CLEANER_URL_FIELD", "url"),
            output_field=field("CLEANER_OUTPUT_FIELD", "text") or "text",
            removed_field=field("CLEANER_REMOVED_FIELD", "removed"),
            metadata_field=field("CLEANER_METADATA_FIELD", "metadata"),
        )

    def process_item(self, item: Any, spider: Any = None) -> Any:
        """Clean ``item`` in place and return it; ``spider`` is accepted for older Scrapy versions."""
        adapter = ItemAdapter(item)
        record = self._record(adapter)
        if record is None:
            self._inc("cleaner/items_skipped")
            if not self._skip_logged:
                self._skip_logged = True
                fields = " or ".join(repr(name) for name in (self.html_field, self.text_field) if name)
                logger.warning(
                    "cleaner passed an item through untouched: it has no %s field holding text or HTML "
                    "(set CLEANER_TEXT_FIELD / CLEANER_HTML_FIELD); further ones are only counted in "
                    "the stats as cleaner/items_skipped",
                    fields or "configured",
                )
            return item
        output = clean_record(self.cleaner, record)
        if output.error:
            self._inc("cleaner/errors")
            logger.warning("cleaner left %s as it was: %s", record.id, output.error)
            return item
        written = output.to_json()
        adapter[self.output_field] = written["text"]
        if self.removed_field:
            adapter[self.removed_field] = written["removed"]
        if self.metadata_field:
            adapter[self.metadata_field] = written["metadata"]
        self._inc("cleaner/items_cleaned")
        for removal in output.removed:
            self._inc(f"cleaner/removed/{removal.category}")
        return item

    def _record(self, adapter: ItemAdapter) -> Record | None:
        url = adapter.get(self.url_field) if self.url_field else None
        url = url if isinstance(url, str) else None
        record_id = url or "item"
        for field, as_html in ((self.html_field, True), (self.text_field, False)):
            value = adapter.get(field) if field else None
            if isinstance(value, bytes):
                value, warnings = decode(value)
            elif isinstance(value, str):
                warnings = []
            else:
                continue
            if as_html:
                return Record(record_id, url=url, html=value, warnings=warnings)
            return Record(record_id, url=url, text=value, warnings=warnings)
        return None

    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)
