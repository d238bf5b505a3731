"""A table's head row, kept above its kept rows.

Plain text gives a table as rows of cells between bars ("Platz | Film | Besucher |
Gesamt" over "1 | Harbour Lights | 120.000 | 1,2 Mio."). Read alone, the head row is a row
of menu items (rules.field_menu); above rows of the same cells that stay, it is the table's
own head (body: a box-office or ratings chart belongs to the story).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .decide import Verdict, kept_by_guard
from .features import UnitInput

_CELL_BAR = re.compile(r"\s\|\s")
# The reasons a head row may carry alone: its form as a menu, nothing that names it.
MENU_FORMS = frozenset({"field_menu", "button_row"})
# A table has three columns at least (two fields side by side are a credit's or a menu's).
MIN_CELLS = 3


def _cells(text: str) -> int:
    return len(_CELL_BAR.split(text.strip()))


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
