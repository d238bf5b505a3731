"""Score cleaner's plain-text path on labelled documents it was not trained on, per language.

The default data is benchmarks/devset/devset.jsonl: 48 invented documents in 12 languages
(including Chinese, Japanese, Korean and Arabic), written for evaluation only, by a writer
who did not see training_data/; devset2.jsonl to devset26.jsonl beside it hold 50-60 more
each (devset8 to devset11, devset18 to devset21, devset23 and devset25 are held out, see
benchmarks/README.md).
Any file in the training-data format works (`{"text", "label", "doc", "pos"}` per line).

Each document's units are joined with blank lines and cleaned as a user would
(`cleaner.clean(text, "text")`); a unit counts as removed when a removed span covers it.
Scores are weighted by characters, so they mean the same in every script:
- precision: the share of the kept characters that are body (what a reader gets);
- recall: the share of the body characters kept (body loss = 1 - recall);
- F1 of those two, beside the same figures for the uncleaned input;
- junk removed: the share of the non-body characters that were removed.

With --layouts, the documents are also cleaned laid out as one unit per line, hard-wrapped
at 72 columns (with and without blank lines between paragraphs) and run together on one
line; a unit partly removed counts by the share of its characters kept.

With --peers, the documents are also rendered as HTML pages (every unit a paragraph of
the article, where real pages put their appeals) and run through trafilatura, readability,
jusText and newspaper4k; a unit counts as kept when its text is a line of their output.

Usage: python benchmarks/devset.py [DATA.jsonl] [--peers] [--layouts] [--model PATH --trust-model]
                                   [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.metrics import normalize_space, output_holds  # noqa: E402
from benchmarks.runner import (  # noqa: E402
    add_cleaner_arguments,
    cleaner_options_from,
    markdown_table,
    quiet_libraries,
)

DEFAULT_DATA = Path(__file__).with_name("devset") / "devset.jsonl"
# Languages of the default data in scripts other than Latin, Greek and Cyrillic.
NON_LATIN = frozenset({"ar", "ja", "ko", "zh"})


@dataclass
class Tally:
    """Characters of body and junk units, and how many of each were kept."""

    docs: int = 0
    body: int = 0
    body_kept: int = 0
    junk: int = 0
    junk_kept: int = 0
    lost_units: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def scores(self, cleaned: bool = True) -> tuple[float, float, float]:
        """(F1, precision, recall) of the kept text as the article body."""
        body_kept = self.body_kept if cleaned else self.body
        junk_kept = self.junk_kept if cleaned else self.junk
        precision = body_kept / (body_kept + junk_kept) if body_kept + junk_kept else 1.0
        recall = body_kept / self.body if self.body else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return f1, precision, recall


def load(path: Path) -> dict[str, list[tuple[str, str]]]:
    """doc id -> [(text, label)] in document order."""
    docs: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                docs[row["doc"]].append((row.get("pos", 0), row["text"], row["label"]))
    return {
        doc: [(text, label) for _pos, text, label in sorted(units)] for doc, units in docs.items()
    }


def language(doc_id: str) -> str:
    """The group of a document id: 'dev-ja-03' -> 'ja', 'v4zh-012' -> 'v4zh'."""
    parts = doc_id.split("-")
    return parts[1] if len(parts) >= 3 else parts[0]


def tally_units(units: list[tuple[str, str]], kept: list[float]) -> Tally:
    """Characters of body and junk, and how many of each an extractor kept (`kept`: the
    share of each unit kept, 1.0 or True for all of it)."""
    tally = Tally(docs=1)
    for (text, label), share in zip(units, kept):
        size = len(text.strip())
        if label == "body":
            tally.body += size
            tally.body_kept += size * share
            tally.lost_units += share < 0.5
        else:
            tally.junk += size
            tally.junk_kept += size * share
    return tally


def _wrapped(text: str) -> str:
    return textwrap.fill(text, WRAP_WIDTH)


def _run_together(text: str) -> str:
    return " ".join(text.split())


# How a document's units are laid out as plain text: how each unit is written, and what
# goes between two. "paragraphs" is how every table here is scored; the others are what
# scrapers, mail archives and datasets also deliver.
LAYOUTS: dict[str, tuple[Callable[[str], str], str]] = {
    "paragraphs": (str.strip, "\n\n"),
    "lines": (str.strip, "\n"),
    "wrapped": (_wrapped, "\n\n"),
    "wrapped, no blank lines": (_wrapped, "\n"),
    "run together": (_run_together, " "),
}
WRAP_WIDTH = 72


def lay_out(texts: list[str], layout: str) -> tuple[str, list[tuple[int, int]]]:
    """The document as plain text in `layout`, and where each unit sits in it."""
    write, separator = LAYOUTS[layout]
    pieces, spans, offset = [], [], 0
    for text in texts:
        piece = write(text)
        spans.append((offset, offset + len(piece)))
        pieces.append(piece)
        offset += len(piece) + len(separator)
    return separator.join(pieces), spans


def score_document(
    units: list[tuple[str, str]], options: dict, layout: str = "paragraphs"
) -> Tally:
    """Clean the document as plain text laid out as `layout`; each unit counts by the share
    of its (non-space) characters that no removed span covers."""
    import cleaner

    text, spans = lay_out([text.strip() for text, _label in units], layout)
    result = cleaner.clean(text, "text", **options)
    removed = bytearray(len(text))
    for r in result.removed:
        if r.start is not None:
            removed[r.start : r.end] = b"\x01" * (r.end - r.start)
    kept = []
    for start, end in spans:
        visible = [i for i in range(start, end) if not text[i].isspace()]
        kept.append(sum(not removed[i] for i in visible) / len(visible) if visible else 1.0)
    return tally_units(units, kept)


def as_html(doc_id: str, units: list[tuple[str, str]]) -> str:
    """The document as a page whose article holds every unit as a paragraph: where the
    appeals of real pages sit, inside the article container."""
    paragraphs = "\n".join(f"<p>{escape(text.strip())}</p>" for text, _label in units)
    title = escape(units[0][0].strip()) if units else ""
    return (
        f'<!DOCTYPE html><html lang="{language(doc_id)}"><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body><article>\n{paragraphs}\n</article></body></html>"
    )


def score_extractor(
    extract: Callable[[str], str], doc_id: str, units: list[tuple[str, str]]
) -> Tally:
    """Run an HTML extractor on the document's page; a unit is kept when its text is one
    of the output's lines (or, for a unit of 40+ characters, inside the output)."""
    try:
        output = extract(as_html(doc_id, units)) or ""
    except Exception:  # a peer's crash keeps nothing, as in the other benchmarks
        output = ""
    lines = {normalize_space(line) for line in output.splitlines()}
    flat = normalize_space(output)
    kept = [output_holds(normalize_space(text), lines, flat) for text, _label in units]
    return tally_units(units, kept)


def _junk_removed(tally: Tally) -> float:
    return 1 - tally.junk_kept / tally.junk if tally.junk else 1.0


def language_table(groups: dict[str, Tally]) -> tuple[str, dict]:
    """cleaner's scores per language and overall, beside the uncleaned input's."""
    total = Tally()
    for tally in groups.values():
        total.add(tally)
    rows, report = [], {}
    for name, tally in sorted(groups.items()) + ([("all", total)] if len(groups) > 1 else []):
        f1, precision, recall = tally.scores()
        raw_f1, raw_precision, _ = tally.scores(cleaned=False)
        report[name] = {
            "docs": tally.docs,
            "f1": f1,
            "precision": precision,
            "recall": recall,
            "junk_removed": _junk_removed(tally),
            "body_units_lost": tally.lost_units,
            "uncleaned_f1": raw_f1,
            "uncleaned_precision": raw_precision,
        }
        rows.append(
            [
                f"**{name}**" if name == "all" else name,
                str(tally.docs),
                f"{raw_f1:.3f} ({raw_precision:.3f})",
                f"{f1:.3f}",
                f"{precision:.3f}",
                f"{recall:.3f}",
                f"{_junk_removed(tally):.3f}",
                str(tally.lost_units),
            ]
        )
    header = ["language", "docs", "uncleaned F1 (P)", "cleaner F1", "precision", "recall"]
    header += ["junk removed", "body units lost"]
    return markdown_table(header, rows), report


def peers_table(docs: dict[str, list[tuple[str, str]]], options: dict) -> tuple[str, dict]:
    """Every extractor of the registry on the documents rendered as HTML pages, beside
    cleaner's plain-text path, overall and on the non-Latin-script languages."""
    from benchmarks.extractors import build_registry

    runs: dict[str, dict[str, Tally]] = {}
    for name, extract in build_registry(options).items():
        if name == "cleaner-text":
            continue
        runs[name] = {doc: score_extractor(extract, doc, units) for doc, units in docs.items()}
    runs["cleaner (plain text)"] = {
        doc: score_document(units, options) for doc, units in docs.items()
    }
    rows, report = [], {}
    for name, per_doc in runs.items():
        total, other_scripts = Tally(), Tally()
        for doc, tally in per_doc.items():
            total.add(tally)
            if language(doc) in NON_LATIN:
                other_scripts.add(tally)
        f1, precision, recall = total.scores()
        report[name] = {"f1": f1, "precision": precision, "recall": recall}
        rows.append(
            [
                name,
                f"{f1:.3f}",
                f"{precision:.3f}",
                f"{recall:.3f}",
                f"{_junk_removed(total):.3f}",
                str(total.lost_units),
                # "–" when the set has no document in those scripts.
                f"{other_scripts.scores()[0]:.3f}" if other_scripts.docs else "–",
            ]
        )
    header = ["extractor", "F1", "precision", "recall", "junk removed", "body units lost"]
    header.append("F1 " + "/".join(sorted(NON_LATIN)))
    return markdown_table(header, rows), report


def layouts_table(docs: dict[str, list[tuple[str, str]]], options: dict) -> tuple[str, dict]:
    """cleaner's plain-text path on the same documents in every layout."""
    rows, report = [], {}
    for layout in LAYOUTS:
        total = Tally()
        for units in docs.values():
            total.add(score_document(units, options, layout))
        f1, precision, recall = total.scores()
        report[layout] = {
            "f1": f1,
            "precision": precision,
            "recall": recall,
            "junk_removed": _junk_removed(total),
            "body_units_lost": total.lost_units,
        }
        rows.append(
            [
                layout,
                f"{f1:.3f}",
                f"{precision:.3f}",
                f"{recall:.3f}",
                f"{_junk_removed(total):.3f}",
                str(total.lost_units),
            ]
        )
    header = ["layout", "F1", "precision", "recall", "junk removed", "body units lost"]
    return markdown_table(header, rows), report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA, help="labelled JSONL")
    parser.add_argument(
        "--peers",
        action="store_true",
        help="also run trafilatura, readability, jusText and newspaper4k on the documents "
        "rendered as HTML pages (each unit a paragraph of the article)",
    )
    parser.add_argument(
        "--layouts",
        action="store_true",
        help="also clean the documents laid out as lines, hard-wrapped at 72 columns (with "
        "and without blank lines) and run together on one line",
    )
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write scores as JSON")
    add_cleaner_arguments(parser)
    args = parser.parse_args(argv)
    options = cleaner_options_from(args)
    docs = load(args.data)
    groups: dict[str, Tally] = defaultdict(Tally)
    for doc_id, units in docs.items():
        groups[language(doc_id)].add(score_document(units, options))
    table, report = language_table(groups)
    print(table)
    if args.peers:
        quiet_libraries()
        table, report["peers"] = peers_table(docs, options)
        print()
        print(table)
    if args.layouts:
        table, report["layouts"] = layouts_table(docs, options)
        print()
        print(table)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
