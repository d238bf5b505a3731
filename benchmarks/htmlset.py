"""Score every extractor on whole invented HTML pages in many languages, where each visible
text block is labelled.

The default data is benchmarks/devset/htmlset1.jsonl: 40 article pages of invented outlets
in 20 languages, written for evaluation only by writers who saw neither the code nor
training_data/, and held out (scored at a session's start and end only). htmlset2.jsonl
to htmlset22.jsonl beside it hold 40 pages each, written the same way; htmlset13 to
htmlset21 are held out like htmlset1, the others are studied (benchmarks/README.md says
which since when).

Each line is `{"doc", "html", "units": [{"text", "label"}]}`, the units being every
visible block of the page in reading order: the article's own (`body`) and
the rest (menus, footers, cookie banners, and the appeals, boxes and teasers inside the
article container). Unlike the plain-text dev sets, this is the whole chain a scraper
runs: the page's chrome, its markup and the extraction are part of the test.

Scores:
- F1, precision, recall: 4-token shingles of the output against the body units joined,
  averaged per page (the article benchmark's metric, benchmarks/metrics.py);
- junk removed: the share of the non-body characters of the page that the output does not
  hold (a unit counts as kept when it is one of the output's lines, or, for 40 characters
  or more, inside it);
- body units lost: body units the output does not hold.
Extractors render a list item as "- item" and a table row as "| a | b |": the marks are
dropped before units are looked up. Writers label a table by row or by cell and
extractors print a row on one line or a cell per line, so a unit also counts as held when
it is one cell of a printed row or a run of up to RUN_LINES consecutive output lines.

Usage: python benchmarks/htmlset.py [DATA.jsonl] [--only NAME,...] [--model PATH --trust-model]
                                    [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.metrics import (  # noqa: E402
    PageCounts,
    normalize_space,
    output_holds,
    page_counts,
    shingle_scores,
)
from benchmarks.runner import (  # noqa: E402
    add_cleaner_arguments,
    cleaner_options_from,
    markdown_table,
    quiet_libraries,
    run_extractor,
    select_extractors,
)

DEFAULT_DATA = Path(__file__).with_name("devset") / "htmlset1.jsonl"


@dataclass
class Page:
    doc: str
    html: str
    units: list[tuple[str, str]]  # (text, label) in reading order

    @property
    def language(self) -> str:
        """'html1-de-02' -> 'de'."""
        parts = self.doc.split("-")
        return parts[1] if len(parts) >= 3 else parts[0]

    @property
    def truth(self) -> str:
        return "\n".join(text for text, label in self.units if label == "body")


@dataclass
class Tally:
    """Shingle counts per page plus characters of junk and body units kept."""

    pages: list[PageCounts] = field(default_factory=list)
    junk: int = 0
    junk_kept: int = 0
    body_units_lost: int = 0

    def add(self, other: Tally) -> None:
        self.pages += other.pages
        self.junk += other.junk
        self.junk_kept += other.junk_kept
        self.body_units_lost += other.body_units_lost

    @property
    def junk_removed(self) -> float:
        return 1 - self.junk_kept / self.junk if self.junk else 1.0


def load(path: Path) -> list[Page]:
    pages = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                units = [(unit["text"], unit["label"]) for unit in row["units"]]
                pages.append(Page(row["doc"], row["html"], units))
    return pages


# How extractors render blocks: a list item as "- item", a table row as "| a | b |".
_LIST_MARK = re.compile(r"^[-*•] ")


# A table row printed one cell per line is a run of this many lines at most (held_texts).
RUN_LINES = 6


def _table_cells(line: str) -> list[str]:
    """The cells of a printed table row ("| a | b |"), or [] for another line."""
    line = line.strip()
    if len(line) < 2 or not (line.startswith("|") and line.endswith("|")):
        return []
    return [normalize_space(cell) for cell in line[1:-1].split(" | ")]


def _output_line(line: str) -> str:
    cells = _table_cells(line)
    if cells:
        return normalize_space(" ".join(cells))
    return _without_list_mark(line)


def _without_list_mark(text: str) -> str:
    """`text` with its leading list mark ("- ", "* ", "• ") dropped, spaces collapsed."""
    return normalize_space(_LIST_MARK.sub("", text.strip()))


def held_texts(output: str) -> tuple[set[str], str]:
    """The texts a unit may equal to count as held (the output's lines, the cells of its
    table rows, runs of consecutive lines), and the output flattened to one line."""
    raw = output.splitlines()
    rendered = [line for line in map(_output_line, raw) if line]
    texts = set(rendered)
    for line in raw:
        texts.update(cell for cell in _table_cells(line) if cell)
    for start in range(len(rendered)):
        for end in range(start + 2, min(start + RUN_LINES, len(rendered)) + 1):
            texts.add(" ".join(rendered[start:end]))
    return texts, " ".join(rendered)


def score_page(page: Page, output: str) -> Tally:
    """Shingle scores of the output, and which units it holds."""
    lines, flat = held_texts(output)
    tally = Tally(pages=[page_counts(page.truth, output)])
    for text, label in page.units:
        # A unit that starts with a dash of its own (an interview's answer, "- Yes, ...")
        # loses it, as the output's lines lose their list marks.
        unit = _without_list_mark(text)
        kept = output_holds(unit, lines, flat)
        if label == "body":
            tally.body_units_lost += not kept
        else:
            tally.junk += len(unit)
            tally.junk_kept += len(unit) if kept else 0
    return tally


def row_of(name: str, tally: Tally, pages_per_second: float | None = None) -> list[str]:
    scores = shingle_scores(tally.pages, n_bootstrap=0)
    row = [
        name,
        str(len(tally.pages)),
        f"{scores.f1:.3f}",
        f"{scores.precision:.3f}",
        f"{scores.recall:.3f}",
        f"{tally.junk_removed:.3f}",
        str(tally.body_units_lost),
    ]
    if pages_per_second is not None:
        row.append(f"{pages_per_second:.1f}")
    return row


HEADER = ["extractor", "pages", "F1", "precision", "recall", "junk removed", "body units lost"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA, help="pages JSONL")
    parser.add_argument(
        "--only", metavar="NAME,...", help="comma-separated extractor names (default: all)"
    )
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write scores as JSON")
    add_cleaner_arguments(parser)
    args = parser.parse_args(argv)
    quiet_libraries()
    try:
        pages = load(args.data)
        extractors = select_extractors(args.only, cleaner_options_from(args))
    except (OSError, ValueError, KeyError) as exc:
        parser.error(str(exc))
    rows, report, by_language = [], {}, {}
    for name, extract in extractors.items():
        run = run_extractor(name, extract, [(page.doc, page.html) for page in pages])
        total, languages = Tally(), defaultdict(Tally)
        for page, output in zip(pages, run.outputs, strict=True):
            tally = score_page(page, output)
            total.add(tally)
            languages[page.language].add(tally)
        rows.append(row_of(name, total, run.pages_per_second))
        scores = shingle_scores(total.pages, n_bootstrap=0)
        report[name] = {
            "f1": scores.f1,
            "precision": scores.precision,
            "recall": scores.recall,
            "junk_removed": total.junk_removed,
            "body_units_lost": total.body_units_lost,
            "pages_per_second": run.pages_per_second,
        }
        by_language[name] = languages
    print(f"{len(pages)} pages from {args.data.name}\n")
    print(markdown_table([*HEADER, "pages/s"], rows))
    if "cleaner" in by_language:  # the HTML path, per language
        languages = by_language["cleaner"]
        rows = [row_of(language, languages[language]) for language in sorted(languages)]
        print("\ncleaner, per language:\n")
        print(markdown_table(["language", *HEADER[1:]], rows))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
