"""A Scrapy item pipeline that cleans each item's HTML or text and stores the removal record.

Enable it with ITEM_PIPELINES = {"cleaner.integrations.scrapy.CleanerPipeline": 300}.
Needs `cleaner[scrapy]`.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from ..config import CleanerConfig
from ..core import KINDS, Cleaner
from ..errors import CleanerError, ModelError
from . import require

require("scrapy", "scrapy")

from itemadapter import ItemAdapter  # noqa: E402  (installed with scrapy, checked above)

logger = logging.getLogger(__name__)

# Every setting, its default and what it does (all optional).
SETTINGS: dict[str, Any] = {
    # Item fields to read, in order; the first non-empty one is cleaned (str or bytes).
    "CLEANER_INPUT_FIELDS": ["html", "text"],
    # "auto": a field named html is HTML, one named text is plain text, others are detected.
    "CLEANER_KIND": "auto",
    # Where the clean text goes (may be the input field itself).
    "CLEANER_TEXT_FIELD": "text",
    # Where the JSON result (CONTRACT: text, source, removed, ...) goes; "" to skip it.
    "CLEANER_RECORD_FIELD": "cleaner",
    # Junk confidence needed to remove a unit (None: the library default).
    "CLEANER_THRESHOLD": None,
    # Labels never removed, e.g. ["meta"] to keep bylines and dates.
    "CLEANER_KEEP": [],
    # Prune appeal containers from the HTML before extraction.
    "CLEANER_PRUNE_HTML": True,
    # Another model file, and whether to trust it (needed only for an old pickled model).
    "CLEANER_MODEL": None,
    "CLEANER_TRUST_MODEL": False,
}


class CleanerPipeline:
    """Cleans dict items and scrapy Items; items without any input field pass through.

    A document that cannot be cleaned keeps its fields and gets {"error": ...} as record.
    """

    def __init__(
        self,
        config: CleanerConfig | None = None,
        input_fields: list[str] | tuple[str, ...] = ("html", "text"),
        kind: str = "auto",
        text_field: str = "text",
        record_field: str | None = "cleaner",
    ) -> None:
        if kind not in KINDS:
            raise ValueError(f"CLEANER_KIND must be one of {', '.join(KINDS)}, got {kind!r}")
        if not input_fields:
            raise ValueError("CLEANER_INPUT_FIELDS is empty: name the field(s) to clean")
        self.cleaner = Cleaner(config or CleanerConfig())
        self.input_fields = tuple(input_fields)
        self.kind = kind
        self.text_field = text_field
        self.record_field = record_field or None

    @classmethod
    def from_crawler(cls, crawler: Any) -> CleanerPipeline:
        return cls.from_settings(crawler.settings)

    @classmethod
    def from_settings(cls, settings: Any) -> CleanerPipeline:
        def get(name: str) -> Any:
            value = settings.get(name)
            return SETTINGS[name] if value is None else value

        threshold, model = get("CLEANER_THRESHOLD"), get("CLEANER_MODEL")
        try:
            config = CleanerConfig(
                threshold=CleanerConfig.threshold if threshold is None else float(threshold),
                keep=frozenset(settings.getlist("CLEANER_KEEP")),
                prune_html=settings.getbool("CLEANER_PRUNE_HTML", True),
                model_path=Path(model) if model else None,
                trust_model=settings.getbool("CLEANER_TRUST_MODEL", False),
            )
        except ValueError as exc:
            raise ValueError(f"cleaner settings: {exc}") from None
        fields = settings.getlist("CLEANER_INPUT_FIELDS") or SETTINGS["CLEANER_INPUT_FIELDS"]
        return cls(
            config,
            input_fields=fields,
            kind=get("CLEANER_KIND"),
            text_field=get("CLEANER_TEXT_FIELD"),
            record_field=get("CLEANER_RECORD_FIELD"),
        )

    def open_spider(self, spider: Any = None) -> None:
        self.cleaner.model  # noqa: B018  (load now: a broken model stops the crawl at once)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        for name in self.input_fields:
            value = adapter.get(name)
            if isinstance(value, (str, bytes)) and value.strip():
                break
        else:
            logger.debug("cleaner: no %s field in item, left as is", "/".join(self.input_fields))
            return item
        kind = self.kind if self.kind != "auto" else {"html": "html", "text": "text"}.get(name)
        try:
            result = self.cleaner.clean(value, kind=kind or "auto")
        except ModelError:
            raise
        except CleanerError as exc:
            logger.warning("cleaner: cannot clean field %r: %s", name, exc)
            self._set(adapter, self.record_field, {"error": str(exc)})
            return item
        self._set(adapter, self.text_field, result.text)
        self._set(adapter, self.record_field, result.to_dict())
        return item

    @staticmethod
    def _set(adapter: Any, field: str | None, value: Any) -> None:
        if not field:
            return
        try:
            adapter[field] = value
        except KeyError:
            setting = "CLEANER_RECORD_FIELD" if isinstance(value, dict) else "CLEANER_TEXT_FIELD"
            raise KeyError(
                f"{type(adapter.item).__name__} has no field {field!r}: declare it "
                f"({field} = scrapy.Field()) or point {setting} at a declared field"
            ) from None
