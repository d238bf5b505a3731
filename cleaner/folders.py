"""Batch mode for a folder or glob of .txt/.html files: clean files out, one record file.

Each output file is written to a temporary name and renamed, so it is whole or absent.
"""

from __future__ import annotations

import glob
import os
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from .batch import LineSink, done_ids, skip_done
from .batch_io import (
    FILE_SUFFIXES,
    HTML_SUFFIXES,
    BatchSummary,
    Item,
    OutputError,
    Progress,
    chunked,
)
from .config import CleanerConfig
from .errors import InputError
from .workers import process_chunks

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
