"""JSON results read back in: `cleaner review` draws them and `cleaner label --from-record`
turns hand-corrected ones into training lines.

A result's removals are checked against its text before use, so a broken hand edit is
reported with its place instead of becoming wrong training lines. Units get the same
`doc` and `pos` as in an interactive `cleaner label` run (label.py), so both kinds of
training lines resume and deduplicate against each other.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .corpus import write_examples
from .errors import InputError
from .label import doc_id, labelled_keys
from .records import LABELS, Removal, Unit
from .segment import cut_unit, segment, sentence_pieces


def read_records(path: Path | str, data: str | None = None) -> list[dict[str, Any]]:
    """Read JSON results: one object, a list of objects, or JSON lines."""
    name = str(path)
    if data is None:
        try:
            data = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise InputError(f"{name}: no such file") from None
        except UnicodeDecodeError:
            raise InputError(f"{name}: not UTF-8 text") from None
        except OSError as exc:
            raise InputError(f"{name}: cannot read ({exc.strerror})") from None
    try:
        whole = json.loads(data)
        records = whole if isinstance(whole, list) else [whole]
    except ValueError:
        records = []
        for number, line in enumerate(data.splitlines(), start=1):
            try:
                records += [json.loads(line)] if line.strip() else []
            except ValueError as exc:
                raise InputError(f"{name}:{number}: not valid JSON ({exc.msg})") from None
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            raise InputError(f"{name}: record {number} is not a JSON object")
    if not records:
        raise InputError(f"{name}: no JSON results found")
    return records


def _removals(record: dict[str, Any], where: str) -> list[Removal]:
    items = record.get("removed")
    if not isinstance(record.get("text"), str) or not isinstance(items, list):
        raise InputError(f"{where}: not a cleaner result (needs 'text' and 'removed')")
    out = []
    for n, item in enumerate(items):
        spot = f"{where}: removed[{n}]"
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise InputError(f"{spot}: needs a 'text' string")
        label = item.get("label")
        if label not in LABELS:
            raise InputError(
                f"{spot}: unknown label {label!r} (expected one of: {', '.join(LABELS)})"
            )
        start, end = item.get("start"), item.get("end")
        located = isinstance(start, int) and isinstance(end, int)
        if not located and (start is not None or end is not None):
            raise InputError(f"{spot}: 'start' and 'end' must both be integers or both null")
        if located and (start < 0 or end - start != len(item["text"])):
            raise InputError(f"{spot}: end - start does not match the length of its text")
        reasons = item.get("reasons") or ()
        score = item.get("score")
        out.append(
            Removal(
                start=start if located else None,
                end=end if located else None,
                label=label,
                text=item["text"],
                score=float(score) if isinstance(score, (int, float)) else 0.0,
                reasons=tuple(str(r) for r in reasons) if isinstance(reasons, list) else (),
            )
        )
    return out


_UNDELETE_HINT = (
    "was an entry deleted from 'removed'? to keep a unit, set its label to \"body\" instead"
)


def record_source(record: dict[str, Any], where: str = "record") -> tuple[str, list[Removal]]:
    """The text a result's offsets point into (input or `extracted`) and its removals.

    Checks that the spans line up, so a hand edit that broke the record is reported
    instead of producing wrong training lines.
    """
    source, removals, _units = _checked_source(record, where)
    return source, removals


def _checked_source(
    record: dict[str, Any], where: str
) -> tuple[str, list[Removal], list[Unit] | None]:
    """record_source's work, with the source's units when checking needed them."""
    removals = _removals(record, where)
    located = [r for r in removals if r.start is not None]
    located.sort(key=lambda r: r.start)
    for before, after in zip(located, located[1:]):
        if after.start < before.end:
            raise InputError(f"{where}: removed spans overlap at offset {after.start}")
    if isinstance(record.get("extracted"), str):
        source = record["extracted"]
        for r in located:
            if source[r.start : r.end] != r.text:
                raise InputError(
                    f"{where}: removed text at {r.start}:{r.end} does not match 'extracted'"
                )
        return source, removals, None
    pieces, cursor, kept = [], 0, record["text"]
    for r in located:
        gap = r.start - cursor
        if gap < 0 or len(kept) < gap:
            raise InputError(f"{where}: removed spans do not fit the text; {_UNDELETE_HINT}")
        pieces += [kept[:gap], r.text]
        kept, cursor = kept[gap:], r.end
    source = "".join(pieces) + kept
    # Every cut starts a unit (a line, a wrapped paragraph, a sentence of a run-together
    # line, or a word of such a sentence where glued junk ends): one that does not means
    # the spans were shifted by a deleted entry.
    units = segment(source)
    starts = {unit.start for unit in units}
    sentences = [(u.start, u.end) for u, part in zip(units, sentence_pieces(source, units)) if part]
    for r in located:
        at_unit = r.start == 0 or r.start in starts
        if not at_unit and not _starts_word_in(source, r.start, sentences):
            raise InputError(
                f"{where}: removed span at {r.start} starts inside a unit; {_UNDELETE_HINT}"
            )
    return source, removals, units


def _starts_word_in(source: str, offset: int, sentences: list[tuple[int, int]]) -> bool:
    """Whether `offset` starts a word inside one of the (start, end) sentence pieces."""
    return source[offset - 1].isspace() and any(a < offset < b for a, b in sentences)


def _cut_at(source: str, units: list[Unit], bounds: list[int]) -> list[Unit]:
    """The units, each cut where a removed span starts or ends inside it (junk cut off a
    run-together sentence, glued.py), renumbered."""
    out: list[Unit] = []
    for unit in units:
        offsets = sorted({b for b in bounds if unit.start < b < unit.end})
        out += cut_unit(source, unit, offsets) if offsets else [unit]
    return [replace(unit, index=n) for n, unit in enumerate(out)]


def record_examples(record: dict[str, Any], where: str = "record") -> list[dict[str, Any]]:
    """Training lines for one result: removed spans give their label, other units are body.

    Units are cut exactly as `clean` cuts them, so `pos` matches `cleaner label`. Parts
    pruned from HTML before extraction (no offsets) become one-unit documents of their own.
    """
    source, removals, units = _checked_source(record, where)
    doc = doc_id(source)
    spans = [r for r in removals if r.start is not None]
    rows = []
    bounds = [offset for r in spans for offset in (r.start, r.end)]
    for unit in _cut_at(source, units if units is not None else segment(source), bounds):
        best, label = 0, "body"
        for r in spans:
            overlap = min(unit.end, r.end) - max(unit.start, r.start)
            if overlap > best:
                best, label = overlap, r.label
        rows.append({"text": unit.text, "label": label, "doc": doc, "pos": unit.index})
    pruned = [r for r in removals if r.start is None and r.text.strip()]
    for n, r in enumerate(pruned):
        text = " ".join(r.text.split())
        rows.append({"text": text, "label": r.label, "doc": f"{doc}/pruned{n}", "pos": 0})
    return rows


@dataclass(frozen=True)
class RecordSummary:
    records: int
    written: int
    already: int  # lines already in the output file (same doc and pos)
    failed: int  # batch result lines that carry an error instead of a result


def examples_from_records(path: Path | str, output: Path, data: str | None = None) -> RecordSummary:
    """Append the training lines of every result in a record file to `output`."""
    records = read_records(path, data)
    done = labelled_keys(output)
    rows, already, failed = [], 0, 0
    for number, record in enumerate(records, start=1):
        if "error" in record and "text" not in record:
            failed += 1
            continue
        where = f"{path}: record {number}" if len(records) > 1 else str(path)
        for row in record_examples(record, where):
            key = (row["doc"], row["pos"])
            if key in done:
                already += 1
                continue
            done.add(key)
            rows.append(row)
    write_examples(Path(output), rows)
    return RecordSummary(records=len(records), written=len(rows), already=already, failed=failed)
