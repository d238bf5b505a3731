"""`cleaner review`: write a self-contained HTML page showing what was removed and why."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .app import (
    HtmlOpt,
    KeepOpt,
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


@app.command()
def review(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Documents to clean and show; '-' reads stdin.")
    ] = None,
    output: Annotated[
        Path, typer.Option("-o", "--output", help="The HTML report to write.")
    ] = Path("review.html"),
    from_record: Annotated[
        list[Path] | None,
        typer.Option(
            "--from-record",
            help="Show existing JSON results (clean --record, batch output) instead of "
            "cleaning documents (repeatable).",
        ),
    ] = None,
    html: HtmlOpt = False,
    text: TextOpt = False,
    threshold: ThresholdOpt = None,
    keep: KeepOpt = None,
    model: ModelOpt = None,
    trust_model: TrustOpt = False,
) -> None:
    """Write an HTML page with every removed unit highlighted by label, score and reasons."""
    from ..core import Cleaner
    from ..errors import InputError
    from ..review import ReviewDoc, review_doc, write_review

    requested_kind = input_kind(html, text)
    if output.is_dir():
        raise fail(f"{output}: is a directory, expected an .html file")
    docs: list[ReviewDoc] = []
    if from_record:
        from ..records_io import read_records, record_source

        for path in from_record:
            records = read_records(path)
            for number, record in enumerate(records, start=1):
                if "error" in record and "text" not in record:
                    continue
                name = f"{path} #{number}" if len(records) > 1 else str(path)
                if "id" in record:
                    name = f"{path}: {record['id']}"
                source, removed = record_source(record, name)
                kind = "html" if isinstance(record.get("extracted"), str) else "text"
                docs.append(ReviewDoc(name, source, tuple(removed), kind, record.get("model", "")))
    if paths or not from_record:
        kind = requested_kind
        cleaner = Cleaner(make_config(threshold, keep, model, trust_model))
        for path in paths or ["-"]:
            name = "standard input" if path == "-" else path
            data = read_input(path)
            if not data.strip():
                raise fail(f"{name}: input is empty")
            try:
                docs.append(review_doc(name, cleaner.clean(data, kind=kind)))
            except InputError as exc:
                raise fail(f"{name}: {exc}") from None
    try:
        write_review(docs, output)
    except OSError as exc:
        raise fail(f"{output}: cannot write ({exc.strerror})") from None
    removed = sum(len(doc.removed) for doc in docs)
    typer.echo(f"wrote {output}: {len(docs)} document(s), {removed} removed unit(s)", err=True)
