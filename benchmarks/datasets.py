"""Loaders for the two evaluation folders, with robust decoding of the HTML bytes.

Pages are returned in a stable order (sorted by id) so `--limit N` always picks the same N.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from pathlib import Path

from bs4 import UnicodeDammit

# C0 controls other than tab/newline/CR: meaningless in HTML, and lxml rejects them.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _decode_bytes(data: bytes) -> str:
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if not bad:
        return text
    # UTF-8 pages with a few stray bytes decode to many good non-ASCII characters;
    # legacy charsets decode to (almost) none, so their declared/guessed charset wins.
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    if good > 4 * bad:
        return text
    dammit = UnicodeDammit(data, is_html=True)
    return dammit.unicode_markup if dammit.unicode_markup is not None else text


def decode_html(data: bytes | str) -> str:
    """Page text: UTF-8 if (almost) valid, else the declared/guessed charset.

    Bytes are decoded and stripped of control characters; a str is returned unchanged.
    """
    if isinstance(data, str):
        return data
    return _CONTROL_RE.sub("", _decode_bytes(data))


@dataclass(frozen=True)
class ArticlePage:
    """One page of the article-extraction benchmark."""

    id: str
    url: str
    html: str
    truth: str


@dataclass(frozen=True)
class SnippetPage:
    """One page of the trafilatura evaluation set."""

    id: str
    url: str
    html: str
    with_: tuple[str, ...]
    without: tuple[str, ...]


def _read_gz(path: Path) -> bytes:
    with gzip.open(path, "rb") as f:
        return f.read()


def _check_dir(data_dir: Path, required: str) -> None:
    if not (data_dir / required).is_file():
        raise FileNotFoundError(f"{data_dir} has no {required}; pass the dataset folder")


def load_article_benchmark(data_dir: Path, limit: int | None = None) -> list[ArticlePage]:
    """Pages of `article-extraction-benchmark/` (ground-truth.json + html/<id>.html.gz)."""
    _check_dir(data_dir, "ground-truth.json")
    truth = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    return [
        ArticlePage(
            id=page_id,
            url=truth[page_id].get("url", ""),
            html=decode_html(_read_gz(data_dir / "html" / f"{page_id}.html.gz")),
            truth=truth[page_id].get("articleBody") or "",
        )
        for page_id in ids
    ]


def load_trafilatura_eval(data_dir: Path, limit: int | None = None) -> list[SnippetPage]:
    """Pages of `trafilatura-eval/` (evaldata.json + index.json + html/<id>.html.gz)."""
    _check_dir(data_dir, "evaldata.json")
    evaldata = json.loads((data_dir / "evaldata.json").read_text(encoding="utf-8"))
    index = json.loads((data_dir / "index.json").read_text(encoding="utf-8"))
    urls = sorted(evaldata, key=lambda url: index[url]["id"])
    urls = urls[:limit] if limit else urls
    return [
        SnippetPage(
            id=index[url]["id"],
            url=url,
            html=decode_html(_read_gz(data_dir / "html" / f"{index[url]['id']}.html.gz")),
            with_=tuple(evaldata[url].get("with") or ()),
            without=tuple(evaldata[url].get("without") or ()),
        )
        for url in urls
    ]
