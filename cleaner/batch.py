"""Streaming batches: JSONL in, one result line per document out, in order, errors as records.

Input is read and output written a chunk at a time (memory stays flat); chunks go to joblib's
process pool (or a Dask cluster) and come back in input order. Output is appended in whole
lines, so an interrupted run leaves complete lines that `resume=True` skips.
"""

from __future__ import annotations

import errno
import glob
import gzip
import json
import os
import re
import sys
import threading
import time
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import BrokenExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from .config import CleanerConfig
from .core import Cleaner
from .errors import CleanerError, InputError, ModelError

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


def chunked(items: Iterable[Item], size: int = CHUNK) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# --- the worker side ------------------------------------------------------------------------

_WORKER: dict[CleanerConfig, Cleaner] = {}
_WORKER_LOCK = threading.Lock()


def worker_cleaner(config: CleanerConfig) -> Cleaner:
    """One Cleaner per config per process, so each worker loads the model once."""
    with _WORKER_LOCK:
        if config not in _WORKER:
            _WORKER[config] = Cleaner(config)
        return _WORKER[config]


def encode_line(record: dict[str, Any]) -> bytes:
    try:
        return json.dumps(record, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from the input: escaping keeps it lossless
        return json.dumps(record).encode("utf-8")


def error_outcome(doc_id: Any, message: str) -> Outcome:
    return Outcome(doc_id, encode_line({"id": doc_id, "error": message}), None, None)


def clean_results(cleaner: Cleaner, items: list[Item]) -> list[Any]:
    """Clean items with one model call per kind: a CleanResult, or an error message (str).

    Model errors are not per-document problems, so they propagate and stop the run.
    """
    results: list[Any] = [item.error for item in items]
    by_kind: dict[str, list[int]] = {}
    for i, item in enumerate(items):
        if item.error is None:
            by_kind.setdefault(item.kind, []).append(i)
    for kind, indexes in by_kind.items():
        try:
            cleaned = cleaner.clean_many([items[i].source for i in indexes], kind=kind)
        except ModelError:
            raise
        except Exception:  # find the culprit: retry one by one
            cleaned = [_clean_one(cleaner, items[i].source, kind) for i in indexes]
        for i, result in zip(indexes, cleaned):
            results[i] = result
    return results


def _clean_one(cleaner: Cleaner, source: Any, kind: str) -> Any:
    try:
        return cleaner.clean(source, kind=kind)
    except ModelError:
        raise
    except CleanerError as exc:
        return str(exc) or type(exc).__name__
    except Exception as exc:  # one bad document must not stop the batch
        return f"{type(exc).__name__}: {exc}"


def clean_items(config: CleanerConfig, items: list[Item]) -> list[Outcome]:
    """The worker task of a batch: clean a chunk into encoded result lines."""
    out = []
    for item, result in zip(items, clean_results(worker_cleaner(config), items)):
        if isinstance(result, str):
            out.append(error_outcome(item.id, result))
        else:
            line = encode_line({"id": item.id, **result.to_dict()})
            removed = dict(Counter(r.label for r in result.removed))
            out.append(Outcome(item.id, line, result.text, removed))
    return out


def clean_sources(config: CleanerConfig, kind: str, sources: list[str | bytes]) -> list[Any]:
    """The worker task of `cleaner.clean_many(jobs>1)`: plain results, errors raise."""
    return worker_cleaner(config).clean_many(sources, kind=kind)


# --- running chunks in order, locally or on a cluster -----------------------------------------


def resolve_jobs(jobs: int | None) -> int:
    """None or <= 0 means every core."""
    return jobs if jobs and jobs > 0 else (os.cpu_count() or 1)


def _executor(jobs: int) -> Any:
    from joblib.externals.loky import get_reusable_executor

    return get_reusable_executor(max_workers=jobs, timeout=60)


def ordered_map(
    func: Callable[..., Any],
    payloads: Iterable[Any],
    jobs: int,
    *args: Any,
    on_crash: Callable[[Any], Any] | None = None,
) -> Iterator[Any]:
    """Yield func(*args, payload) for each payload in order, over `jobs` worker processes.

    At most 2*jobs payloads are in flight, so memory stays flat. If a worker process dies,
    `on_crash(payload)` supplies the head payload's result (else the error propagates) and
    the other in-flight payloads are resubmitted to a fresh pool.
    """
    executor = _executor(jobs)
    window: deque[list[Any]] = deque()
    source = iter(payloads)

    def fill() -> None:
        while len(window) < 2 * jobs:
            payload = next(source, None)
            if payload is None:
                return
            window.append([payload, executor.submit(func, *args, payload)])

    fill()
    while window:
        payload, future = window[0]
        try:
            result = future.result()
        except BrokenExecutor:
            if on_crash is None:
                raise
            result = on_crash(payload)
            executor = _executor(jobs)
            for entry in list(window)[1:]:
                if not (entry[1].done() and entry[1].exception() is None):
                    entry[1] = executor.submit(func, *args, entry[0])
        window.popleft()
        fill()
        yield result


def _isolate(config: CleanerConfig, items: list[Item], jobs: int) -> list[Outcome]:
    """After a worker crash, clean a chunk one document per task to find the culprit."""
    out = []
    for item in items:
        try:
            out.extend(_executor(jobs).submit(clean_items, config, [item]).result())
        except BrokenExecutor:
            out.append(error_outcome(item.id, "the worker process crashed on this document"))
    return out


def process_chunks(
    chunks: Iterable[list[Item]],
    config: CleanerConfig,
    jobs: int | None = 1,
    scheduler: str | None = None,
) -> Iterator[list[Outcome]]:
    """Clean chunks of items, yielding each chunk's outcomes in input order."""
    if scheduler:
        from .integrations.dask import map_on_cluster

        def killed(chunk: list[Item]) -> list[Outcome]:
            # Dask already retried the chunk on other workers before giving up on it.
            message = "Dask workers died repeatedly on the chunk holding this document"
            return [error_outcome(item.id, message) for item in chunk]

        yield from map_on_cluster(clean_items, chunks, scheduler, config, on_crash=killed)
        return
    jobs = resolve_jobs(jobs)
    if jobs == 1:
        for chunk in chunks:
            yield clean_items(config, chunk)
        return
    yield from ordered_map(
        clean_items, chunks, jobs, config, on_crash=lambda chunk: _isolate(config, chunk, jobs)
    )


def run_batch(
    lines: Iterable[bytes | str],
    config: CleanerConfig | None = None,
    jobs: int | None = 1,
    chunk: int = CHUNK,
) -> Iterator[dict[str, Any]]:
    """Clean JSONL input lines into result records (dicts), in input order."""
    items = (parse_line(line, n) for n, line in enumerate(lines, start=1) if line.strip())
    for outcomes in process_chunks(chunked(items, chunk), config or CleanerConfig(), jobs):
        for outcome in outcomes:
            yield json.loads(outcome.line)


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


# --- a folder or glob of .txt/.html files ------------------------------------------------------

_MAGIC = re.compile(r"[*?[]")


def find_inputs(source: str | Path, exclude: Path | None = None) -> tuple[Path, list[Path]]:
    """The base folder and the sorted .txt/.html files of a folder or a glob pattern."""
    path = Path(source)
    if path.is_dir():
        base, found = path, path.rglob("*")
    else:
        static = []
        for part in path.parts:
            if _MAGIC.search(part):
                break
            static.append(part)
        base = Path(*static) if static else Path(".")
        found = (Path(p) for p in glob.iglob(str(source), recursive=True))
    skip = exclude.resolve() if exclude is not None else None
    files = [
        p
        for p in found
        if p.suffix.lower() in FILE_SUFFIXES
        and p.is_file()
        and not (skip and p.resolve().is_relative_to(skip))
    ]
    return base, sorted(files, key=lambda p: p.relative_to(base).as_posix())


def output_names(base: Path, files: list[Path]) -> dict[str, str]:
    """Map each input id to its clean-text file name: x.html -> x.txt unless that is taken."""
    ids = [p.relative_to(base).as_posix() for p in files]
    taken = {i for i in ids if not i.lower().endswith(HTML_SUFFIXES)}
    names = {}
    for doc_id in ids:
        if doc_id in taken:
            names[doc_id] = doc_id
        else:
            stem = doc_id.rsplit(".", 1)[0] + ".txt"
            names[doc_id] = stem if stem not in taken else doc_id + ".txt"
    return names


def file_items(base: Path, files: Iterable[Path]) -> Iterator[Item]:
    for path in files:
        doc_id = path.relative_to(base).as_posix()
        kind = "html" if path.suffix.lower() in HTML_SUFFIXES else "text"
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield Item(doc_id, None, kind, f"cannot read ({exc.strerror})")
            continue
        yield Item(doc_id, data, kind, None if data.strip() else "file is empty")


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file and rename, so a file is either whole or absent."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write output ({exc.strerror})") from None


def batch_dir(
    source: str | Path,
    out_dir: str | Path,
    record: str | Path | None = None,
    config: CleanerConfig | None = None,
    jobs: int | None = 1,
    resume: bool = False,
    scheduler: str | None = None,
    progress: Progress | None = None,
) -> BatchSummary:
    """Clean every .txt/.html file of a folder or glob into `out_dir`, plus a JSONL record.

    Clean files keep their relative paths (x.html -> x.txt); the record file (default
    OUT/records.jsonl) holds one result line per input, its id being the relative path.
    """
    started = time.perf_counter()
    summary = BatchSummary()
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot create output folder ({exc.strerror})") from None
    record = Path(record) if record is not None else out_dir / "records.jsonl"
    base, files = find_inputs(source, exclude=out_dir)
    if not files:
        raise InputError(f"{source}: no .txt or .html files found")
    names = output_names(base, files)
    done = done_ids(record) if resume else Counter()
    total = max(0, len(files) - sum(done.values()))
    sink = LineSink(record, append=resume)
    try:
        items = skip_done(file_items(base, files), done, summary)
        for outcomes in process_chunks(chunked(items), config or CleanerConfig(), jobs, scheduler):
            for outcome in outcomes:
                if outcome.text is not None:
                    write_atomic(out_dir / names[outcome.id], outcome.text)
                summary.add(outcome)
            sink.write(o.line for o in outcomes)  # after the files: a record means done
            if progress:
                progress(len(outcomes), total)
    finally:
        sink.close()
    summary.elapsed = time.perf_counter() - started
    return summary
