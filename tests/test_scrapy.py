"""The Scrapy pipeline in a real crawl of pages served on 127.0.0.1 (crawler in a subprocess)."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import textwrap
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import SEED

pytest.importorskip("scrapy")

from cleaner.integrations import MissingExtraError  # noqa: E402

PAGE = (
    "<html><head><title>Harbour reopens</title></head><body><article>"
    "<h1>Harbour reopens after repairs</h1>"
    "<p>The harbour reopened on Monday after three weeks of repairs to the sea wall.</p>"
    "<p>Fishing boats returned before dawn and the market was busy by eight.</p>"
    "<div class='donate-box'><p>Donate to keep our reporting free.</p></div>"
    "</article></body></html>"
)

SPIDERS = textwrap.dedent(
    """
    import sys
    import scrapy
    from scrapy.crawler import CrawlerProcess

    BASE, OUT = sys.argv[1], sys.argv[2]

    class Page(scrapy.Item):
        url = scrapy.Field()
        html = scrapy.Field()
        text = scrapy.Field()
        cleaner = scrapy.Field()

    class Default(scrapy.Spider):
        name = "default"
        start_urls = [BASE + "/index.html"]
        custom_settings = {"FEEDS": {OUT + "/default.jsonl": {"format": "jsonlines"}}}

        def parse(self, response):
            for href in response.css("a::attr(href)").getall():
                yield response.follow(href, self.parse_page)

        def parse_page(self, response):
            if response.url.endswith("a.html"):
                yield {"url": response.url, "html": response.text}
            elif response.url.endswith("b.html"):
                yield Page(url=response.url, html=response.text)
            else:
                yield {"url": response.url, "text": response.text}

    class Custom(scrapy.Spider):
        name = "custom"
        start_urls = [BASE + "/story.txt"]
        custom_settings = {
            "FEEDS": {OUT + "/custom.jsonl": {"format": "jsonlines"}},
            "CLEANER_INPUT_FIELDS": ["body"],
            "CLEANER_TEXT_FIELD": "clean",
            "CLEANER_RECORD_FIELD": "record",
            "CLEANER_KEEP": ["donation"],
        }

        def parse(self, response):
            yield {"url": response.url, "body": response.text}
            yield {"url": "no body here"}

    process = CrawlerProcess({
        "ITEM_PIPELINES": {"cleaner.integrations.scrapy.CleanerPipeline": 300},
        "LOG_LEVEL": "WARNING",
        "ROBOTSTXT_OBEY": False,
        "TELNETCONSOLE_ENABLED": False,
    })
    process.crawl(Default)
    process.crawl(Custom)
    process.start()
    """
)


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    links = "".join(f'<a href="{name}">{name}</a>' for name in ("a.html", "b.html", "story.txt"))
    (root / "index.html").write_text(f"<html><body>{links}</body></html>", encoding="utf-8")
    (root / "a.html").write_text(PAGE, encoding="utf-8")
    (root / "b.html").write_text(PAGE, encoding="utf-8")
    (root / "story.txt").write_bytes(SEED.read_bytes())
    handler = functools.partial(QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def feed(path) -> dict[str, dict]:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return {item["url"].rsplit("/", 1)[-1]: item for item in items}


def test_pipeline_in_a_real_crawl(site, tmp_path):
    script = tmp_path / "crawl.py"
    script.write_text(SPIDERS, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(script), site, str(tmp_path)], capture_output=True, check=False
    )
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]

    default = feed(tmp_path / "default.jsonl")
    assert set(default) == {"a.html", "b.html", "story.txt"}
    for name in ("a.html", "b.html"):  # a dict item and a scrapy Item
        item = default[name]
        record = item["cleaner"]
        assert item["html"] == PAGE  # input untouched
        assert item["text"] == record["text"] and record["source"] == "html"
        assert "Fishing boats returned" in item["text"] and "Donate" not in item["text"]
        assert any(r["label"] == "donation" for r in record["removed"])
    story = default["story.txt"]
    assert story["cleaner"]["source"] == "text"
    assert any(r["label"] == "donation" for r in story["cleaner"]["removed"])
    assert len(story["text"]) < len(SEED.read_text(encoding="utf-8"))

    custom = feed(tmp_path / "custom.jsonl")
    assert custom["no body here"] == {"url": "no body here"}  # passes through untouched
    kept = custom["story.txt"]
    assert set(kept) == {"url", "body", "clean", "record"}
    assert kept["record"]["text"] == kept["clean"]
    assert not any(r["label"] == "donation" for r in kept["record"]["removed"])  # CLEANER_KEEP


def test_missing_scrapy_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "scrapy", None)
    monkeypatch.delitem(sys.modules, "cleaner.integrations.scrapy", raising=False)
    with pytest.raises(MissingExtraError, match=r"pip install 'cleaner\[scrapy\]'"):
        import cleaner.integrations.scrapy  # noqa: F401
