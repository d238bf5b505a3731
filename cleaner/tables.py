"""A table's rows and head row, kept together.

Plain text gives a table as rows of cells between bars ("Platz | Film | Besucher |
Gesamt" over "1 | Harbour Lights | 120.000 | 1,2 Mio."). Read alone, the head row is a row
of menu items (line_forms.field_menu); above rows of the same cells that stay, it is the table's
own head (body: a box-office or ratings chart belongs to the story). Read alone, a data row
with one field of a word or two and a number ("Harborline Direct | 4.35% | 4.10% | $0") is a
newsletter's or a podcast's header (line_forms.numbered_header); in a run of rows of as many
cells with figures, it is a row of a rates or prices table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import groupby

from .features import UnitInput
from .verdicts import Verdict, kept_by_guard

_CELL_BAR = re.compile(r"\s\|\s")
# The reasons a head row may carry alone: its form as a menu, nothing that names it.
MENU_FORMS = frozenset({"field_menu", "button_row"})
# A table has three columns at least (two fields side by side are a credit's or a menu's).
MIN_CELLS = 3
# The reasons a table's row may carry alone: its form as a menu or a header line.
ROW_FORMS = MENU_FORMS | {"numbered_header"}
# A run of rows is a table when this many lines in a row have as many cells, and this many
# of them hold figures (a head row and two data rows; a menu has no figures, and a header
# line stands alone).
MIN_RUN = 3
MIN_FIGURE_ROWS = 2
# A cell row is short; a longer line with bars is prose or a list run together.
MAX_ROW_CHARS = 300


def _cells(text: str) -> int:
    return len(_CELL_BAR.split(text.strip()))


def _row_cells(text: str) -> int:
    """The cells of a line read as a table row (0 for a line too long to be one)."""
    return _cells(text) if len(text.strip()) <= MAX_ROW_CHARS else 0


def _form_only(reasons: Sequence[str]) -> bool:
    rules = {reason.removeprefix("rule:") for reason in reasons if reason.startswith("rule:")}
    return rules <= ROW_FORMS


def keep_table_runs(verdicts: Sequence[Verdict], inputs: Sequence[UnitInput]) -> list[Verdict]:
    """Keep the removed rows of a table: a run of lines with as many bar-separated cells,
    figures in some of them, each row removed by its form alone or by the model's word."""
    kept = list(verdicts)
    for cells, group in groupby(range(len(inputs)), key=lambda i: _row_cells(inputs[i].text)):
        run = list(group)
        if (
            cells >= MIN_CELLS
            and len(run) >= MIN_RUN
            and sum(any(char.isdigit() for char in inputs[i].text) for i in run) >= MIN_FIGURE_ROWS
        ):
            for i in run:
                if kept[i][0] != "body" and _form_only(kept[i][3]):
                    kept[i] = kept_by_guard(kept[i], "guard:table_rows")
    return kept


def keep_table_heads(verdicts: Sequence[Verdict], inputs: Sequence[UnitInput]) -> list[Verdict]:
    """Keep a removed row of bar-separated cells, read as a menu by its form alone, right
    above a kept row of as many cells with figures in it (the table's first data row)."""
    kept = list(verdicts)
    for i in range(len(inputs) - 1):
        head, row = inputs[i], inputs[i + 1]
        if (
            kept[i][0] != "body"
            and kept[i + 1][0] == "body"
            and head.hits
            and {hit.reason for hit in head.hits} <= MENU_FORMS
            and _cells(head.text) >= MIN_CELLS
            and _cells(head.text) == _cells(row.text)
            and any(char.isdigit() for char in row.text)
        ):
            kept[i] = kept_by_guard(kept[i], "guard:table_head")
    return kept
