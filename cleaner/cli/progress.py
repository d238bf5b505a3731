"""A progress bar on stderr for the long commands (`batch`, `train`), shown only when stderr
is a terminal: logs and pipes get nothing but the command's own summary."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

# advance(count, total, phase=None, unit=None): `count` more steps done of `total` (None
# when unknown); a new `phase` starts the bar again under that name, counting `unit`s.
Advance = Callable[..., None]


def terminal_progress(phase: str, unit: str | None) -> tuple[Advance | None, Callable[[], None]]:
    """(advance, stop) for a rich progress bar, or (None, a no-op) when stderr is not a
    terminal. The bar shows the phase, a bar, done/total, the rate in `unit`s per second
    (if a unit is given), elapsed and remaining time; it disappears when stopped."""
    if not sys.stderr.isatty():
        return None, lambda: None
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task: Any) -> Text:
            unit = task.fields.get("unit")
            return Text(f"{task.speed or 0:.0f} {unit}/s" if unit else "")

    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        Rate(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = bar.add_task(phase, total=None, unit=unit)
    bar.start()

    def advance(
        count: int, total: int | None, phase: str | None = None, unit: str | None = None
    ) -> None:
        if phase is not None and phase != bar.tasks[0].description:
            bar.reset(task, total=total, description=phase, unit=unit)
        bar.update(task, advance=count, total=total)

    return advance, bar.stop
