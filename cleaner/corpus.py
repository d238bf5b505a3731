"""Training data I/O: CONTRACT-format JSONL lines, validated with file:line errors."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import TrainingDataError
from .paths import bundled
from .records import LABELS

DEFAULT_DATA_DIR = bundled("training_data")


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    doc: str
    pos: int
    origin: str  # "file:line", for error messages


@dataclass(frozen=True)
class Document:
    doc: str
    texts: tuple[str, ...]
    labels: tuple[str, ...]


def data_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into their *.jsonl files, sorted, so hashing is reproducible."""
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files.extend(sorted(path.glob("*.jsonl")))
        elif path.is_file():
            files.append(path)
        else:
            raise TrainingDataError(f"{path}: no such training file or folder")
    return files


def read_examples(path: Path) -> Iterator[Example]:
    """Yield examples from one file; a bad line raises TrainingDataError naming file:line."""
    try:
        handle = open(path, encoding="utf-8")
    except OSError as exc:
        raise TrainingDataError(f"{path}: cannot read ({exc.strerror})") from None
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                yield _parse_line(line, f"{path}:{number}", number)
        except UnicodeDecodeError:
            raise TrainingDataError(f"{path}: not UTF-8 text") from None


def _parse_line(line: str, origin: str, number: int) -> Example:
    try:
        obj = json.loads(line)
    except ValueError as exc:
        raise TrainingDataError(f"{origin}: not valid JSON ({exc.msg})") from None
    if not isinstance(obj, dict):
        raise TrainingDataError(f"{origin}: expected a JSON object")
    text, label = obj.get("text"), obj.get("label")
    if not isinstance(text, str) or not text.strip():
        raise TrainingDataError(f"{origin}: 'text' must be a non-empty string")
    if label not in LABELS:
        raise TrainingDataError(
            f"{origin}: unknown label {label!r} (expected one of: {', '.join(LABELS)})"
        )
    doc = obj.get("doc")
    pos = obj.get("pos")
    if doc is not None and not isinstance(doc, str):
        raise TrainingDataError(f"{origin}: 'doc' must be a string")
    if pos is not None and (not isinstance(pos, int) or isinstance(pos, bool) or pos < 0):
        raise TrainingDataError(f"{origin}: 'pos' must be a non-negative integer")
    # Isolated examples become one-unit documents of their own.
    return Example(
        text=text.strip(),
        label=label,
        doc=doc if doc is not None else f"@{origin}",
        pos=pos if pos is not None else 0,
        origin=origin,
    )


def load_documents(paths: Iterable[Path]) -> list[Document]:
    """Read every file and group examples into documents ordered by `pos`."""
    grouped: dict[str, list[Example]] = {}
    for path in data_files(paths):
        for example in read_examples(path):
            grouped.setdefault(example.doc, []).append(example)
    if not grouped:
        raise TrainingDataError("no training examples found")
    docs = []
    for doc_id in sorted(grouped):
        examples = sorted(grouped[doc_id], key=lambda e: e.pos)
        docs.append(
            Document(
                doc=doc_id,
                texts=tuple(e.text for e in examples),
                labels=tuple(e.label for e in examples),
            )
        )
    return docs


def data_hash(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in data_files(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def write_examples(path: Path, rows: Iterable[dict], append: bool = True) -> int:
    """Append CONTRACT training lines; returns how many were written."""
    count = 0
    with open(path, "a" if append else "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count
