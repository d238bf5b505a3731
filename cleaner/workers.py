"""Cleaning chunks of batch items in worker processes, and running chunks in input order.

Locally on joblib's process pool or on a Dask cluster; one Cleaner (one model load) per worker.
"""

from __future__ import annotations

import json
import os
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import BrokenExecutor
from typing import Any

from .batch_io import CHUNK, Item, Outcome, chunked, parse_line
from .config import CleanerConfig
from .core import Cleaner
from .errors import CleanerError, ModelError

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


def reusable_executor(jobs: int) -> Any:
    """joblib's reusable pool of `jobs` worker processes, shared by batch runs and
    training in one process."""
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
    executor = reusable_executor(jobs)
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
            executor = reusable_executor(jobs)
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
            out.extend(reusable_executor(jobs).submit(clean_items, config, [item]).result())
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
