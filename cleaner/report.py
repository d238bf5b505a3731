"""Plain-text reports for training and evaluation, printed to stderr-friendly tables."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from .records import LABELS


def print_scores(scores, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    out.write(f"{'label':<13}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>9}\n")
    for label, row in scores.per_label.items():
        out.write(
            f"{label:<13}{row['precision']:>10.3f}{row['recall']:>10.3f}{row['f1']:>10.3f}"
            f"{row['support']:>9}\n"
        )
    out.write(
        f"macro-F1 {scores.macro_f1:.3f}   body-loss rate {scores.body_loss:.4f} "
        f"({scores.units} units)\n\nconfusion (rows = truth, columns = predicted):\n"
    )
    short = [label[:5] for label in LABELS]
    out.write(" " * 13 + "".join(f"{s:>6}" for s in short) + "\n")
    for label, row in zip(LABELS, scores.confusion):
        if any(row):
            out.write(f"{label:<13}" + "".join(f"{v:>6}" for v in row) + "\n")


def print_train_report(report, output: Path, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    out.write(
        f"trained on {report.final.units} units in {report.documents} documents "
        f"in {report.seconds:.1f}s\n"
    )
    out.write(
        f"cross-validated (grouped by document) first pass macro-F1 "
        f"{report.first_pass.macro_f1:.3f}; with context pass and threshold:\n\n"
    )
    print_scores(report.final, out)
    out.write(f"\nwrote {output} and {output.with_suffix('.json')}\n")
