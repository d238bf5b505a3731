"""`cleaner label`: label units interactively, or turn a corrected JSON result into
training lines.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .app import (
    HtmlOpt,
    ModelOpt,
    TextOpt,
    ThresholdOpt,
    TrustOpt,
    app,
    fail,
    input_kind,
    make_config,
    read_input,
)


def _key_reader():
    """One key per answer: raw keys from a terminal, characters from a pipe or script."""
    if sys.stdin.isatty():
        import click

        return click.getchar

    def read() -> str:
        while True:
            char = sys.stdin.read(1)
            if char not in ("\n", "\r"):  # lets scripts put one answer per line
                return char

    return read


def _lines(n: int) -> str:
    return f"{n} line" if n == 1 else f"{n} lines"


@app.command()
def label(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Documents (text or HTML files) to label.")
    ] = None,
    output: Annotated[
        Path,
        typer.Option(
            "-o", "--output", help="Training file (JSONL) to append to; a rerun resumes it."
        ),
    ] = ...,
    from_record: Annotated[
        Path | None,
        typer.Option(
            "--from-record",
            help="Instead of asking, convert this (hand-corrected) JSON result into training "
            "lines: removed spans give their label, every other unit is body.",
        ),
    ] = None,
    html: HtmlOpt = False,
    text: TextOpt = False,
    threshold: ThresholdOpt = None,
    model: ModelOpt = None,
    trust_model: TrustOpt = False,
) -> None:
    """Label units, most uncertain first, one key each; appends training lines (JSONL).

    Keys: b body, d donation, p subscription (paywall), n newsletter, h social (share),
    r related, a promo (ad), c comments, l legal, i ui, m meta. y or Enter accepts the
    model's label, s skips, u undoes, q saves and quits, ? shows the keys.
    """
    from ..core import Cleaner
    from ..label import label_documents
    from ..records_io import examples_from_records

    if output.is_dir():
        raise fail(f"{output}: is a directory, expected a JSONL file")
    if not output.parent.is_dir():  # fail now, not after the user's answers are given
        raise fail(f"{output.parent}: no such folder for the output file")
    if from_record is not None:
        if paths:
            raise fail("give documents to label or --from-record, not both")
        name = "standard input" if str(from_record) == "-" else str(from_record)
        try:
            data = read_input(str(from_record)).decode("utf-8")
        except UnicodeDecodeError:
            raise fail(f"{name}: not UTF-8 text") from None
        done = examples_from_records(name, output, data=data)
        note = f"; {done.already} already in {output}" if done.already else ""
        note += f"; {done.failed} error record(s) ignored" if done.failed else ""
        typer.echo(f"wrote {_lines(done.written)} from {done.records} result(s){note}", err=True)
        return
    if not paths:
        raise fail("give documents to label (or --from-record RESULT.json)")
    if "-" in paths:
        raise fail("label reads your answers from the keyboard; give documents as files")
    kind = input_kind(html, text)
    sources = [(path, read_input(path)) for path in paths]
    cleaner = Cleaner(make_config(threshold, None, model, trust_model))
    summary = label_documents(sources, output, cleaner, _key_reader(), sys.stderr, kind=kind)
    typer.echo(
        f"wrote {_lines(summary.written)} to {output}; skipped {summary.skipped}, "
        f"{summary.remaining} left, {summary.already} labelled earlier",
        err=True,
    )
