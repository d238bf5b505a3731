"""Interactive labelling: show each unit with its neighbours, most uncertain first, read
one key per answer and append CONTRACT training lines that `cleaner train` reads.

Hand-corrected JSON results become training lines in records_io.py instead.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from .corpus import read_examples, write_examples

# One key per label; none of them collides with an action key below.
KEYS: dict[str, str] = {
    "b": "body",
    "d": "donation",
    "p": "subscription",  # paywall
    "n": "newsletter",
    "h": "social",  # share
    "r": "related",
    "a": "promo",  # ad
    "c": "comments",
    "l": "legal",
    "i": "ui",
    "m": "meta",
}
ACCEPT = ("y", "\r", "\n")  # take the model's prediction
SKIP, UNDO, QUIT, HELP = "s", "u", "q", "?"
# Neighbours shown above and below the unit being labelled.
CONTEXT = 2
NEIGHBOUR_CHARS = 160

KeySource = Callable[[], str]  # returns one key, or "" at end of input


def help_text() -> str:
    lines = ["keys:"]
    lines += [f"  {key}  {label}" for key, label in KEYS.items()]
    lines += [
        "  y  (or Enter) accept the predicted label",
        "  s  skip this unit (asked again next run)",
        "  u  undo the last answer",
        "  q  save and quit (Ctrl-C and end of input also save)",
        "  ?  this help",
    ]
    return "\n".join(lines) + "\n"


def doc_id(text: str) -> str:
    """Content-addressed document id: the same text gets the same id on every run."""
    return "d" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class LabelDoc:
    """One document as the labeller sees it: its units and the current model's view."""

    doc: str
    name: str
    units: tuple[str, ...]
    predicted: tuple[str, ...]
    margins: tuple[float, ...]  # top-1 minus top-2 probability of the context pass


@dataclass(frozen=True)
class Candidate:
    doc: LabelDoc
    pos: int

    @property
    def text(self) -> str:
        return self.doc.units[self.pos]

    @property
    def predicted(self) -> str:
        return self.doc.predicted[self.pos]

    @property
    def margin(self) -> float:
        return self.doc.margins[self.pos]

    @property
    def key(self) -> tuple[str, int]:
        return (self.doc.doc, self.pos)


def prepare_documents(
    sources: Sequence[tuple[str, str | bytes]], cleaner: Any, kind: str = "auto"
) -> list[LabelDoc]:
    """Segment and predict each (name, text-or-HTML) source with one model call."""
    results = cleaner.clean_many([source for _name, source in sources], kind=kind)
    units = [[d.unit.text for d in result.decisions] for result in results]
    probs = cleaner.model.predict_documents(units)
    docs = []
    for (name, _source), result, texts, (_first, second, _inputs) in zip(
        sources, results, units, probs
    ):
        text = result.extracted if result.source == "html" else result.restore()
        top2 = [sorted(row, reverse=True)[:2] for row in second.tolist()]
        docs.append(
            LabelDoc(
                doc=doc_id(text or ""),
                name=name,
                units=tuple(texts),
                predicted=tuple(d.label for d in result.decisions),
                margins=tuple(round(a - b, 6) for a, b in top2),
            )
        )
    return docs


def rank(docs: Sequence[LabelDoc], done: Iterable[tuple[str, int]] = ()) -> list[Candidate]:
    """Active-learning order: smallest margin first; ties keep document order."""
    skip = set(done)
    candidates = [
        Candidate(doc, pos)
        for doc in docs
        for pos in range(len(doc.units))
        if (doc.doc, pos) not in skip
    ]
    order = {id(doc): n for n, doc in enumerate(docs)}
    return sorted(candidates, key=lambda c: (c.margin, order[id(c.doc)], c.pos))


def labelled_keys(path: Path) -> set[tuple[str, int]]:
    """(doc, pos) pairs already in a training file, so a second run does not ask again."""
    if not Path(path).is_file():
        return set()
    return {(e.doc, e.pos) for e in read_examples(Path(path))}


def _short(text: str, limit: int = NEIGHBOUR_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class LabelSession:
    """The interactive loop: shows a unit with its neighbours and reads one key per answer.

    Keys come from `read_key` and the screen goes to `out`, so tests script both.
    """

    def __init__(self, candidates: Sequence[Candidate], read_key: KeySource, out: TextIO) -> None:
        self.candidates = list(candidates)
        self.read_key = read_key
        self.out = out
        self.answers: list[tuple[int, str | None]] = []  # (candidate index, label or skip)

    def answered(self) -> dict[tuple[str, int], str]:
        return {self.candidates[i].key: label for i, label in self.answers if label is not None}

    def rows(self) -> list[dict[str, Any]]:
        """Training lines for every answer (skips left out), in document order."""
        rows = [
            {"text": c.text, "label": label, "doc": c.doc.doc, "pos": c.pos}
            for c, label in ((self.candidates[i], label) for i, label in self.answers)
            if label is not None
        ]
        return sorted(rows, key=lambda row: (row["doc"], row["pos"]))

    def run(self) -> list[dict[str, Any]]:
        index = 0
        shown = -1
        if self.candidates:
            keymap = "  ".join(f"{key}={label}" for key, label in KEYS.items())
            self.out.write(f"{len(self.candidates)} units, least certain first. {keymap}\n")
        try:
            while index < len(self.candidates):
                if shown != index:
                    self.show(index)
                    shown = index
                self.out.write(self._prompt(self.candidates[index]))
                self.out.flush()
                key = self.read_key()
                if key == "":
                    self.out.write("\nend of input: saving\n")
                    break
                key = key if key in ACCEPT else key.lower()
                self.out.write((key if key.isprintable() else "") + "\n")
                if key in KEYS or key in ACCEPT:
                    label = KEYS.get(key) or self.candidates[index].predicted
                    self.answers.append((index, label))
                    index += 1
                elif key == SKIP:
                    self.answers.append((index, None))
                    index += 1
                elif key == UNDO:
                    if self.answers:
                        index, label = self.answers.pop()
                        self.out.write(f"undone: {label or 'skip'}\n")
                        shown = -1
                    else:
                        self.out.write("nothing to undo\n")
                elif key == QUIT:
                    break
                elif key == HELP:
                    self.out.write(help_text())
                else:
                    self.out.write(f"unknown key {key!r}; press ? for help\n")
        except (KeyboardInterrupt, EOFError):
            self.out.write("\ninterrupted: saving\n")
        return self.rows()

    def show(self, index: int) -> None:
        cand = self.candidates[index]
        doc, answered = cand.doc, self.answered()
        self.out.write(
            f"\n[{index + 1}/{len(self.candidates)}] {doc.name} — unit {cand.pos + 1} of "
            f"{len(doc.units)}; model says {cand.predicted} (margin {cand.margin:.2f})\n"
        )
        low, high = max(0, cand.pos - CONTEXT), min(len(doc.units), cand.pos + CONTEXT + 1)
        for pos in range(low, high):
            mine = answered.get((doc.doc, pos))
            tag = f"{mine}*" if mine else doc.predicted[pos]
            if pos == cand.pos:
                self.out.write(f"> {pos + 1:>4} {'':<13}| {doc.units[pos]}\n")
            else:
                self.out.write(f"  {pos + 1:>4} {tag:<13}| {_short(doc.units[pos])}\n")

    @staticmethod
    def _prompt(cand: Candidate) -> str:
        keys = " ".join(KEYS)
        return f"label [{keys}] y=accept {cand.predicted} s=skip u=undo q=quit ?=help: "


@dataclass(frozen=True)
class LabelSummary:
    written: int
    skipped: int  # units shown and skipped (asked again next time)
    remaining: int  # units never reached
    already: int  # units labelled in an earlier run


def label_documents(
    sources: Sequence[tuple[str, str | bytes]],
    output: Path,
    cleaner: Any,
    read_key: KeySource,
    out: TextIO,
    kind: str = "auto",
) -> LabelSummary:
    """Label the units of `sources` interactively and append the answers to `output`."""
    done = labelled_keys(output)
    docs = prepare_documents(sources, cleaner, kind)
    candidates = rank(docs, done)
    total = sum(len(doc.units) for doc in docs)
    if not candidates:
        out.write("nothing to label: every unit is already in the output file\n")
    session = LabelSession(candidates, read_key, out)
    rows = session.run()
    write_examples(Path(output), rows)
    skipped = sum(1 for _i, label in session.answers if label is None)
    return LabelSummary(
        written=len(rows),
        skipped=skipped,
        remaining=len(candidates) - len(session.answers),
        already=total - len(candidates),
    )
