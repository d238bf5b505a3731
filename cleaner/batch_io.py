"""Batch items and reading: JSON lines (or files) in, `Item`s out, in chunks.

Shared by the streaming batch, its workers and folder mode.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from .errors import CleanerError, InputError

T = TypeVar("T")
CHUNK = 64
HTML_SUFFIXES = (".html", ".htm")
FILE_SUFFIXES = (".txt", *HTML_SUFFIXES)
# progress(advance, total): called after each chunk; total is None when it is unknown.
Progress = Callable[[int, "int | None"], None]


class OutputError(CleanerError):
    """The output file or folder cannot be written."""


class Item(NamedTuple):
    """One document to clean; `error` set means it is already known to be unusable."""

    id: Any
    source: str | bytes | None
    kind: str
    error: str | None = None


class Outcome(NamedTuple):
    """What a worker returns per document: the encoded result line plus summary facts."""

    id: Any
    line: bytes
    text: str | None
    removed: dict[str, int] | None  # None for an error record


@dataclass
class BatchSummary:
    docs: int = 0
    errors: int = 0
    skipped: int = 0
    removed: Counter = field(default_factory=Counter)
    elapsed: float = 0.0

    def add(self, outcome: Outcome) -> None:
        self.docs += 1
        if outcome.removed is None:
            self.errors += 1
        else:
            self.removed.update(outcome.removed)

    def line(self) -> str:
        """The one-line summary the CLI prints at the end."""
        rate = self.docs / self.elapsed if self.elapsed > 0 else 0.0
        labels = ", ".join(f"{k} {v}" for k, v in sorted(self.removed.items())) or "none"
        skipped = f" ({self.skipped} already done, skipped)" if self.skipped else ""
        return (
            f"cleaned {self.docs} docs{skipped} in {self.elapsed:.1f} s ({rate:.0f} docs/s); "
            f"removed units: {labels}; errors: {self.errors}"
        )


# --- reading -------------------------------------------------------------------------------


def open_binary(path: str | Path) -> Any:
    """Open input bytes: '-' is stdin and a .gz suffix means gzip."""
    if str(path) == "-":
        return sys.stdin.buffer
    try:
        return gzip.open(path, "rb") if str(path).endswith(".gz") else open(path, "rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def parse_line(line: bytes | str, number: int) -> Item:
    """Turn one JSONL input line into an Item (with an error when it cannot be used)."""
    try:
        obj = json.loads(line)
    except UnicodeDecodeError:
        return Item(f"line-{number}", None, "text", f"line {number}: not UTF-8")
    except ValueError as exc:
        return Item(f"line-{number}", None, "text", f"line {number}: not valid JSON ({exc})")
    return item_from_dict(obj, number)


def item_from_dict(obj: Any, number: int) -> Item:
    """An Item from a decoded record with an 'id' and 'text' or 'html'."""
    if not isinstance(obj, dict):
        return Item(f"line-{number}", None, "text", f"line {number}: expected a JSON object")
    if "id" not in obj:
        return Item(f"line-{number}", None, "text", f"line {number}: missing 'id'")
    doc_id, text, html = obj["id"], obj.get("text"), obj.get("html")
    if isinstance(html, str) and html.strip():
        return Item(doc_id, html, "html")
    if isinstance(text, str) and text.strip():
        return Item(doc_id, text, "text")
    if html is None and text is None:
        return Item(doc_id, None, "text", "neither 'text' nor 'html' given")
    return Item(doc_id, None, "text", "'text'/'html' is empty or not a string")


def jsonl_items(stream: Iterable[bytes]) -> Iterator[Item]:
    for number, line in enumerate(stream, start=1):
        if line.strip():
            yield parse_line(line, number)


def chunked(items: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    """Group any stream into lists of `size` (the last may be shorter)."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
