"""Streaming batches: JSONL in, one result line per document out, in order, errors as records.

Input is read and output written a chunk at a time (memory stays flat); chunks go to joblib's
process pool (or a Dask cluster) and come back in input order. Output is appended in whole
lines, so an interrupted run leaves complete lines that `resume=True` skips.
"""

from __future__ import annotations

import errno
import gzip
import json
import os
import sys
import time
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .batch_io import BatchSummary, Item, OutputError, Progress, chunked, jsonl_items, open_binary
from .config import CleanerConfig
from .errors import InputError
from .workers import process_chunks, run_batch

# The public batch API; run_batch lives with the workers but belongs here for users.
__all__ = ["BatchSummary", "LineSink", "batch_file", "done_ids", "run_batch", "skip_done"]

# --- writing and resuming ---------------------------------------------------------------------


class LineSink:
    """Appends whole lines (one write per chunk; a gzip member per chunk for .gz)."""

    def __init__(self, path: str | Path, append: bool = False) -> None:
        self.path = str(path)
        self.gzip = self.path.endswith(".gz")
        self.fd: int | None = None
        if self.path == "-":
            return
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (0 if append else os.O_TRUNC)
        try:
            self.fd = os.open(self.path, flags, 0o644)
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write output ({exc.strerror})") from None

    def write(self, lines: Iterable[bytes]) -> None:
        blob = b"".join(line + b"\n" for line in lines)
        if not blob:
            return
        if self.gzip:
            blob = gzip.compress(blob, compresslevel=6)
        if self.fd is None:
            sys.stdout.buffer.write(blob)
            sys.stdout.buffer.flush()
            return
        view = memoryview(blob)
        try:
            while view:
                view = view[os.write(self.fd, view) :]
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write output ({exc.strerror})") from None

    def close(self) -> None:
        if self.fd is None:
            return
        fd, self.fd = self.fd, None
        try:
            os.fsync(fd)
        except OSError as exc:
            if exc.errno not in (errno.EINVAL, errno.EROFS, errno.ENOTSUP):  # pipes, /dev/null
                raise OutputError(f"{self.path}: cannot write output ({exc.strerror})") from None
        finally:
            os.close(fd)


def id_key(doc_id: Any) -> str:
    return json.dumps(doc_id, sort_keys=True)


def done_ids(path: str | Path) -> Counter:
    """Ids already in an output file, after dropping a torn last line left by a crash."""
    path = Path(path)
    if not path.exists():
        return Counter()
    _repair(path)
    done: Counter = Counter()
    with open_binary(path) as stream:
        for number, line in enumerate(stream, start=1):
            try:
                done[id_key(json.loads(line)["id"])] += 1
            except (ValueError, KeyError, TypeError):
                raise InputError(
                    f"{path}: line {number} is not a result line; cannot resume into this file"
                ) from None
    return done


def _intact_gz_lines(path: Path, torn: list[bool]) -> Iterator[bytes]:
    """Whole lines of a gzip file up to where it breaks off (noted in `torn`)."""
    try:
        with gzip.open(path, "rb") as stream:
            for line in stream:
                if not line.endswith(b"\n"):
                    torn.append(True)
                    return
                yield line
    except (EOFError, OSError, zlib.error):
        torn.append(True)


def _repair(path: Path) -> None:
    if path.suffix == ".gz":
        torn: list[bool] = []
        for _line in _intact_gz_lines(path, torn):
            pass
        if torn:  # rewrite the intact lines; the torn tail is redone by the resumed run
            tmp = path.with_name(f".{path.name}.repair")
            with gzip.open(tmp, "wb") as out:
                out.writelines(_intact_gz_lines(path, []))
            os.replace(tmp, path)
        return
    with open(path, "rb+") as handle:
        size = handle.seek(0, os.SEEK_END)
        pos = size
        while pos > 0:
            step = min(65536, pos)
            handle.seek(pos - step)
            block = handle.read(step)
            cut = block.rfind(b"\n")
            if cut >= 0:
                pos = pos - step + cut + 1
                break
            pos -= step
        if pos != size:
            handle.truncate(pos)


def skip_done(items: Iterable[Item], done: Counter, summary: BatchSummary) -> Iterator[Item]:
    for item in items:
        key = id_key(item.id)
        if done[key] > 0:
            done[key] -= 1
            summary.skipped += 1
            continue
        yield item


def batch_file(
    input_path: str | Path,
    output_path: str | Path,
    config: CleanerConfig | None = None,
    jobs: int | None = 1,
    resume: bool = False,
    scheduler: str | None = None,
    progress: Progress | None = None,
) -> BatchSummary:
    """Clean a JSONL file (or '-') into a JSONL file (or '-'), streaming; returns counts."""
    started = time.perf_counter()
    summary = BatchSummary()
    if resume and str(output_path) == "-":
        raise OutputError("--resume needs an output file, not standard output")
    done = done_ids(output_path) if resume else Counter()
    total = None
    if progress and str(input_path) != "-":
        total = max(0, count_lines(input_path) - sum(done.values()))
    stream = open_binary(input_path)
    sink = LineSink(output_path, append=resume)
    broken: list[Exception] = []
    try:
        items = skip_done(jsonl_items(read_lines(stream, broken)), done, summary)
        for outcomes in process_chunks(chunked(items), config or CleanerConfig(), jobs, scheduler):
            sink.write(o.line for o in outcomes)
            for outcome in outcomes:
                summary.add(outcome)
            if progress:
                progress(len(outcomes), total)
    finally:
        sink.close()
        if stream is not sys.stdin.buffer:
            stream.close()
    summary.elapsed = time.perf_counter() - started
    if broken:  # the lines before the break are cleaned and written: --resume can go on
        read = summary.docs + summary.skipped
        where = f"breaks off after {read} lines" if read else "cannot be read"
        raise InputError(f"{input_path}: input {where} ({broken[0]})")
    return summary


def read_lines(stream: Any, broken: list[Exception]) -> Iterator[bytes]:
    """The stream's lines; a truncated or corrupt gzip ends them early, noted in `broken`."""
    try:
        yield from stream
    except (EOFError, OSError, zlib.error) as exc:  # gzip.BadGzipFile is an OSError
        broken.append(exc)


def count_lines(path: str | Path) -> int:
    """Non-blank lines in an input file (a progress total), read in a streaming pass."""
    with open_binary(path) as stream:
        return sum(1 for line in read_lines(stream, []) if line.strip())
