"""Where cleaner errs on the article benchmark: junk lines it keeps, body text it removes.

The report quotes benchmark pages, so it is written outside the repository
(default /tmp/cleaner-error-analysis.md) and must never be committed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.datasets import ArticlePage, load_article_benchmark  # noqa: E402
from benchmarks.extractors import cleaner_status  # noqa: E402
from benchmarks.metrics import SHINGLE_SIZE, page_counts, tokenize  # noqa: E402
from benchmarks.runner import (  # noqa: E402
    add_cleaner_arguments,
    cleaner_options_from,
    markdown_table,
    quiet_libraries,
)

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = Path("/tmp/cleaner-error-analysis.md")
POSITIONS = ("before", "inside", "after", "no body", "pruned")
MAX_QUOTE = 240

Span = tuple[int, int]


class TruthIndex:
    """n-gram sets of a page's truth, to ask how much of a piece of text it contains."""

    def __init__(self, truth: str) -> None:
        tokens = tokenize(truth)
        self._grams = [
            {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}
            for n in range(1, SHINGLE_SIZE + 1)
        ]

    def share(self, text: str) -> float | None:
        """Share of the text's 4-shingles found in the truth (None: text has no tokens).

        Texts of 1-3 tokens are looked up as one n-gram of their own length.
        """
        tokens = tokenize(text)
        if not tokens:
            return None
        n = min(SHINGLE_SIZE, len(tokens))
        grams = [tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
        return sum(g in self._grams[n - 1] for g in grams) / len(grams)

    def contains(self, text: str) -> bool:
        """True when at least half of the text's shingles are in the truth."""
        share = self.share(text)
        return share is not None and share >= 0.5


def text_lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line) of every line that has at least one token."""
    lines, pos = [], 0
    for line in text.split("\n"):
        if tokenize(line):
            lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return lines


def kept_segments(extracted: str, removed: Iterable[Any]) -> list[Span]:
    """Spans of `extracted` that survive the located removals."""
    segments, pos = [], 0
    for item in sorted((r for r in removed if r.start is not None), key=lambda r: r.start):
        if item.start > pos:
            segments.append((pos, item.start))
        pos = max(pos, item.end)
    if pos < len(extracted):
        segments.append((pos, len(extracted)))
    return segments


def to_source_offset(offset: int, segments: Sequence[Span]) -> int:
    """Map an offset in the clean text to the extracted text via the kept segments."""
    for start, end in segments:
        if offset <= end - start:
            return start + offset
        offset -= end - start
    return segments[-1][1] if segments else 0


def position(offset: int | None, body: Span | None) -> str:
    """Where an offset lies relative to the truth body's first and last line."""
    if offset is None:
        return "pruned"
    if body is None:
        return "no body"
    if offset < body[0]:
        return "before"
    return "after" if offset >= body[1] else "inside"


def body_span(lines: Sequence[tuple[int, int, str]], truth: TruthIndex) -> Span | None:
    """From the first to the last line that the truth contains."""
    inside = [(s, e) for s, e, line in lines if truth.contains(line)]
    return (inside[0][0], inside[-1][1]) if inside else None


def _label(item: Any) -> str:
    return str(getattr(item.label, "value", item.label))


@dataclass
class PageReport:
    """Findings on one page; each finding is (position, text, details)."""

    page: ArticlePage
    kept_wrong: list[tuple[str, str]] = field(default_factory=list)
    body_loss: list[tuple[str, Any]] = field(default_factory=list)
    removed_ok: list[tuple[str, Any]] = field(default_factory=list)
    leftovers: list[tuple[str, str, bool]] = field(default_factory=list)  # .., removed?
    scores: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    lossless: bool = True
    error: str | None = None

    @property
    def problems(self) -> int:
        return len(self.kept_wrong) + len(self.body_loss)


def analyse_page(page: ArticlePage, options: Mapping[str, Any] | None = None) -> PageReport:
    """Run cleaner on one page and sort its kept lines and removals against the truth."""
    from cleaner import clean  # lazy: keeps --help working without the package

    report = PageReport(page)
    options = options or {}
    try:
        result = clean(page.html, kind="html", **options)
    except Exception as exc:  # report the crash, go on with the next page
        report.error = f"{type(exc).__name__}: {exc}"
        return report
    truth = TruthIndex(page.truth)
    extracted = result.extracted if result.extracted is not None else result.text
    ext_lines = text_lines(extracted)
    body = body_span(ext_lines, truth)
    segments = kept_segments(extracted, result.removed)
    report.lossless = "".join(extracted[s:e] for s, e in segments) == result.text

    clean_lines = text_lines(result.text)
    if report.lossless:  # positions of kept lines in the extracted text's frame
        frame_body = body
        starts = [to_source_offset(s, segments) for s, _e, _l in clean_lines]
    else:  # the record is broken: fall back to positions within the clean text itself
        frame_body, starts = body_span(clean_lines, truth), [s for s, _e, _l in clean_lines]
    for (_s, _e, line), start in zip(clean_lines, starts, strict=True):
        if not truth.contains(line):
            report.kept_wrong.append((position(start, frame_body), line))

    for item in result.removed:
        where = position(item.start, body)
        bucket = report.body_loss if truth.contains(item.text) else report.removed_ok
        bucket.append((where, item))

    for start, end, line in ext_lines:
        if not truth.contains(line):
            kept = "".join(extracted[max(s, start) : min(e, end)] for s, e in segments)
            report.leftovers.append((position(start, body), line, not tokenize(kept)))

    cleaned, before = page_counts(page.truth, result.text), page_counts(page.truth, extracted)
    report.scores = (before.precision, before.recall, cleaned.precision, cleaned.recall)
    return report


# ----------------------------------------------------------------------------- report


def _quote(text: str) -> str:
    text = " ".join(text.split())
    text = text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1] + "…"
    return text.replace("|", "\\|")


def _by_position(counter: Counter[str]) -> list[str]:
    counts = [counter.get(p, 0) for p in POSITIONS]
    return [*map(str, counts), str(sum(counts))]


def position_table(reports: Sequence[PageReport]) -> str:
    """Leftovers of the extraction stage, cleaner's false positives and body loss."""
    leftovers = Counter(p for r in reports for p, _l, _rm in r.leftovers)
    fixed = Counter(p for r in reports for p, _l, removed in r.leftovers if removed)
    kept_wrong = Counter(p for r in reports for p, _l in r.kept_wrong)
    loss = Counter(p for r in reports for p, _i in r.body_loss)
    rows = [
        ["extracted lines not in truth (trafilatura stage)", *_by_position(leftovers)],
        ["… of which cleaner removed", *_by_position(fixed)],
        ["kept lines not in truth (cleaner false positives)", *_by_position(kept_wrong)],
        ["removed units in truth (body loss)", *_by_position(loss)],
    ]
    return markdown_table(["", *POSITIONS, "total"], rows)


def label_table(reports: Sequence[PageReport]) -> str:
    """Removed units per label: correct removals and body loss (split by position)."""
    labels: dict[str, Counter[str]] = {}
    for r in reports:
        for kind, items in (("ok", r.removed_ok), ("loss", r.body_loss)):
            for where, item in items:
                counts = labels.setdefault(_label(item), Counter())
                counts[kind] += 1
                if kind == "loss":
                    counts[where] += 1
    header = ["label", "removed", "not in truth", "in truth (loss)"]
    header += [f"loss {p}" for p in POSITIONS]
    rows = [
        [name, str(c["ok"] + c["loss"]), str(c["ok"]), str(c["loss"])]
        + [str(c[p]) for p in POSITIONS]
        for name, c in sorted(labels.items(), key=lambda kv: (-kv[1]["loss"], kv[0]))
    ]
    return markdown_table(header, rows)


def reason_table(reports: Sequence[PageReport], top: int = 20) -> str:
    """The removal reasons most often attached to body loss."""
    reasons = Counter(
        reason for r in reports for _w, item in r.body_loss for reason in item.reasons
    )
    return markdown_table(["reason", "units"], [[k, str(n)] for k, n in reasons.most_common(top)])


def summary(reports: Sequence[PageReport]) -> list[str]:
    """Markdown header and summary tables."""
    ok = [r for r in reports if r.error is None]
    p0, r0, p1, r1 = (sum(r.scores[i] for r in ok) / max(len(ok), 1) for i in range(4))
    return [
        "# cleaner error analysis (article-extraction benchmark)",
        "",
        "Contains benchmark text: evaluation only, never commit this file.",
        "",
        f"- pages: {len(reports)}; cleaner crashed on {len(reports) - len(ok)}; "
        f"record not lossless on {sum(not r.lossless for r in ok)}",
        f"- mean page precision/recall: extracted {p0:.3f}/{r0:.3f} -> cleaned {p1:.3f}/{r1:.3f}",
        "- a line is 'in truth' when at least half of its 4-shingles occur in the truth; "
        "position is relative to the first and last extracted line that is in truth "
        "(so body loss is 'inside' or 'pruned' by construction)",
        "",
        "## Lines and units by position",
        "",
        position_table(ok),
        "",
        "## Removed units by label",
        "",
        label_table(ok),
        "",
        "## Body loss by removal reason",
        "",
        reason_table(ok),
        "",
    ]


def page_details(report: PageReport) -> list[str]:
    """Markdown section listing one page's false positives and body loss."""
    page = report.page
    lines = [f"## {page.id[:16]} {page.url}", ""]
    if report.error:
        return [*lines, f"cleaner failed: {_quote(report.error)}", ""]
    p0, r0, p1, r1 = report.scores
    lines.append(f"P/R extracted {p0:.3f}/{r0:.3f}, cleaned {p1:.3f}/{r1:.3f}")
    if not report.lossless:
        lines.append("**record is not lossless on this page**")
    if report.kept_wrong:
        lines += ["", "Kept, not in truth:"]
        lines += [f"- [{where}] {_quote(line)}" for where, line in report.kept_wrong]
    if report.body_loss:
        lines += ["", "Removed, but in truth:"]
        for where, item in report.body_loss:
            reasons = ", ".join(item.reasons) or "-"
            lines.append(
                f"- [{where}] {_label(item)} {item.score:.2f} ({reasons}): {_quote(item.text)}"
            )
    return [*lines, ""]


def render(reports: Sequence[PageReport]) -> str:
    """Full report: summary, then pages with problems, worst first."""
    lines = summary(reports)
    worst = sorted(
        (r for r in reports if r.problems or r.error), key=lambda r: (-r.problems, r.page.id)
    )
    lines += ["# Pages with problems (worst first)", ""]
    for report in worst:
        lines += page_details(report)
    return "\n".join(lines)


def _inside_repo(path: Path) -> bool:
    return path.resolve().is_relative_to(REPO_ROOT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog="The report quotes benchmark text: keep it out of the repository "
        f"(default {DEFAULT_OUT}; paths inside the repository are refused).",
    )
    parser.add_argument(
        "data_dir", type=Path, metavar="DATA_DIR", help="the article-extraction-benchmark folder"
    )
    parser.add_argument("--limit", type=int, metavar="N", help="first N pages only (by id)")
    parser.add_argument(
        "--out",
        default=str(DEFAULT_OUT),
        metavar="PATH",
        help=f"report file, '-' for stdout (default {DEFAULT_OUT})",
    )
    add_cleaner_arguments(parser)
    args = parser.parse_args(argv)
    if args.out != "-" and _inside_repo(Path(args.out)):
        parser.error(f"{args.out} is inside the repository; the report must not be committed")

    quiet_libraries()
    options = cleaner_options_from(args)
    if reason := cleaner_status(options):
        print(f"error: {reason}", file=sys.stderr)
        return 2
    try:
        pages = load_article_benchmark(args.data_dir, args.limit)
    except OSError as exc:
        parser.error(str(exc))
    reports = []
    for i, page in enumerate(pages, 1):
        reports.append(analyse_page(page, options))
        if i % 20 == 0:
            print(f"{i}/{len(pages)} pages", file=sys.stderr)
    text = render(reports) + "\n"
    if args.out == "-":
        sys.stdout.write(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
