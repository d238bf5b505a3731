"""Streaming JSONL batches: one result line per input line, in order, errors as records.

Lines are read and written one at a time (memory stays flat); work is spread over
processes with joblib in ordered chunks.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .config import CleanerConfig
from .core import Cleaner
from .errors import CleanerError, InputError

CHUNK = 64


@dataclass
class BatchSummary:
    docs: int = 0
    errors: int = 0
    removed: dict[str, int] = field(default_factory=dict)

    def add(self, record: dict[str, Any]) -> None:
        self.docs += 1
        if "error" in record:
            self.errors += 1
            return
        for item in record.get("removed", ()):
            self.removed[item["label"]] = self.removed.get(item["label"], 0) + 1


def open_text(path: str | Path, mode: str) -> IO[str]:
    """Open a path for text I/O; '-' is stdin/stdout and a .gz suffix means gzip."""
    if str(path) == "-":
        stream = sys.stdin.buffer if "r" in mode else sys.stdout.buffer
        if "r" in mode:
            return io.TextIOWrapper(stream, encoding="utf-8", errors="strict", newline="\n")
        return io.TextIOWrapper(stream, encoding="utf-8", newline="\n", write_through=True)
    if str(path).endswith(".gz"):
        return gzip.open(path, mode + "t", encoding="utf-8", newline="\n")
    return open(path, mode, encoding="utf-8", newline="\n")


def parse_line(line: str, number: int) -> tuple[Any, str | None, str | None, str | None]:
    """Return (id, text, html, error) for one input line."""
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return f"line-{number}", None, None, f"line {number}: not valid JSON ({exc.msg})"
    if not isinstance(obj, dict):
        return f"line-{number}", None, None, f"line {number}: expected a JSON object"
    doc_id = obj.get("id", f"line-{number}")
    text, html = obj.get("text"), obj.get("html")
    if "id" not in obj:
        return doc_id, None, None, f"line {number}: missing 'id'"
    if isinstance(html, str) and html.strip():
        return doc_id, None, html, None
    if isinstance(text, str) and text.strip():
        return doc_id, text, None, None
    if html is None and text is None:
        return doc_id, None, None, "neither 'text' nor 'html' given"
    return doc_id, None, None, "empty 'text'/'html'"


def _clean_chunk(
    config: CleanerConfig,
    items: list[tuple[Any, str | None, str | None, str | None]],
    cleaner: Cleaner | None = None,
) -> list[dict[str, Any]]:
    cleaner = cleaner or _worker_cleaner(config)
    out: list[dict[str, Any]] = []
    for doc_id, text, html, error in items:
        if error is not None:
            out.append({"id": doc_id, "error": error})
            continue
        try:
            if html is not None:
                result = cleaner.clean(html, kind="html")
            else:
                result = cleaner.clean(text, kind="text")
            out.append({"id": doc_id, **result.to_dict()})
        except CleanerError as exc:
            out.append({"id": doc_id, "error": str(exc)})
        except Exception as exc:  # one bad document must not stop the batch
            out.append({"id": doc_id, "error": f"{type(exc).__name__}: {exc}"})
    return out


_WORKER: dict[CleanerConfig, Cleaner] = {}


def _worker_cleaner(config: CleanerConfig) -> Cleaner:
    """One Cleaner (and model load) per worker process."""
    if config not in _WORKER:
        _WORKER[config] = Cleaner(config)
    return _WORKER[config]


def _chunks(
    lines: Iterable[str], size: int
) -> Iterator[list[tuple[Any, str | None, str | None, str | None]]]:
    chunk = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        chunk.append(parse_line(line, number))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_batch(
    lines: Iterable[str], config: CleanerConfig | None = None, jobs: int = 1, chunk: int = CHUNK
) -> Iterator[dict[str, Any]]:
    """Clean JSONL input lines into result records, in input order."""
    config = config or CleanerConfig()
    if jobs == 1:
        cleaner = Cleaner(config)
        for items in _chunks(lines, chunk):
            yield from _clean_chunk(config, items, cleaner)
        return
    from joblib import Parallel, delayed

    # Make sure the model loads (or fails clearly) once here before workers start.
    Cleaner(config).model  # noqa: B018
    parallel = Parallel(n_jobs=jobs, return_as="generator", batch_size=1, pre_dispatch="2*n_jobs")
    for records in parallel(
        delayed(_clean_chunk)(config, items) for items in _chunks(lines, chunk)
    ):
        yield from records


def batch_file(
    input_path: str | Path,
    output_path: str | Path,
    config: CleanerConfig | None = None,
    jobs: int = 1,
) -> BatchSummary:
    """Clean a JSONL file (or '-') into a JSONL file (or '-'); returns counts."""
    summary = BatchSummary()
    try:
        source = open_text(input_path, "r")
    except OSError as exc:
        raise InputError(f"{input_path}: cannot read ({exc.strerror})") from None
    with source, open_text(output_path, "w") as sink:
        try:
            for record in run_batch(source, config, jobs=jobs):
                summary.add(record)
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")
        except UnicodeDecodeError:
            raise InputError(f"{input_path}: not UTF-8 JSON lines") from None
    return summary
