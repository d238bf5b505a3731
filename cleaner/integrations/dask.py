"""Clean Dask bags and dataframe columns, and run `cleaner batch` chunks on a Dask cluster.

Partitions are cleaned with map_partitions; each worker process loads the model once and
reuses it for every partition (cleaner.workers.worker_cleaner). Needs `cleaner[dask]`.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..batch_io import Item, item_from_dict
from ..config import CleanerConfig
from ..core import KINDS
from ..errors import CleanerError
from ..workers import clean_results, worker_cleaner
from . import require


class ClusterError(CleanerError):
    """The Dask scheduler cannot be reached."""


def clean_bag(bag: Any, kind: str = "auto", config: CleanerConfig | None = None) -> Any:
    """Clean every element of a dask bag, lazily, keeping order.

    A str/bytes element becomes its JSON result (CONTRACT); a dict element with an 'id'
    and 'text' or 'html' (a `cleaner batch` input line) becomes a batch result line with
    that id. A document that cannot be cleaned becomes {"error": ...} (plus its id).
    """
    require("dask.bag", "dask")
    _check_kind(kind)
    return bag.map_partitions(_clean_partition, config or CleanerConfig(), kind)


def _clean_partition(partition: Iterable[Any], config: CleanerConfig, kind: str) -> list[dict]:
    elements = list(partition)
    items = [
        item_from_dict(el, n) if isinstance(el, dict) else _item(None, el, kind)
        for n, el in enumerate(elements, start=1)
    ]
    out = []
    for element, item, result in zip(elements, items, clean_results(worker_cleaner(config), items)):
        record = {"error": result} if isinstance(result, str) else result.to_dict()
        out.append({"id": item.id, **record} if isinstance(element, dict) else record)
    return out


def clean_column(
    frame: Any,
    column: str,
    kind: str = "auto",
    config: CleanerConfig | None = None,
    text_column: str = "clean_text",
    record_column: str | None = "cleaner",
) -> Any:
    """Clean one text/HTML column of a dask (or pandas) dataframe.

    Adds `text_column` (the clean text; None where cleaning failed) and `record_column`
    (the JSON result as a string, or {"error": ...}; pass None to skip it).
    """
    _check_kind(kind)
    config = config or CleanerConfig()
    args = (column, kind, config, text_column, record_column)
    if not hasattr(frame, "map_partitions"):  # a plain pandas frame: clean it right away
        return _clean_frame(frame, *args)
    require("dask.dataframe", "dask")
    meta = _clean_frame(frame._meta, *args)
    return frame.map_partitions(_clean_frame, *args, meta=meta)


def _clean_frame(
    part: Any,
    column: str,
    kind: str,
    config: CleanerConfig,
    text_column: str,
    record_column: str | None,
) -> Any:
    import pandas as pd

    items = [_item(i, value, kind) for i, value in enumerate(part[column].tolist())]
    results = clean_results(worker_cleaner(config), items) if items else []
    texts = [None if isinstance(r, str) else r.text for r in results]
    out = part.assign(**{text_column: pd.Series(texts, index=part.index, dtype=object)})
    if record_column:
        records = [
            json.dumps({"error": r} if isinstance(r, str) else r.to_dict(), ensure_ascii=False)
            for r in results
        ]
        out[record_column] = pd.Series(records, index=part.index, dtype=object)
    return out


def _item(doc_id: Any, value: Any, kind: str) -> Item:
    if isinstance(value, (str, bytes)) and value.strip():
        return Item(doc_id, value, kind)
    return Item(doc_id, None, kind, "empty or missing text")


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, got {kind!r}")


def map_on_cluster(
    func: Callable[..., Any],
    payloads: Iterable[Any],
    address: str,
    *args: Any,
    on_crash: Callable[[Any], Any] | None = None,
    timeout: str = "10s",
) -> Iterator[Any]:
    """Yield func(*args, payload) for each payload in order, computed on a Dask cluster.

    Twice as many payloads as the cluster has threads are in flight, so memory stays flat.
    Workers must have cleaner (and its model) installed.
    """
    distributed = require("distributed", "dask")
    try:
        client = distributed.Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address} ({exc})") from None
    with client:
        width = 2 * max(1, sum(client.nthreads().values()))
        window: deque[tuple[Any, Any]] = deque()
        for payload in payloads:
            window.append((payload, client.submit(func, *args, payload, pure=False)))
            if len(window) >= width:
                yield _result(window.popleft(), distributed, on_crash)
        while window:
            yield _result(window.popleft(), distributed, on_crash)


def _result(entry: tuple[Any, Any], distributed: Any, on_crash: Callable | None) -> Any:
    payload, future = entry
    try:
        return future.result()
    except distributed.KilledWorker:
        if on_crash is None:
            raise
        return on_crash(payload)
