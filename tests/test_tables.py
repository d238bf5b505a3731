"""A table's head row, read as a menu by its form, stays above the table's kept rows
(tables.py); a menu's row above a story's paragraph still goes."""

from __future__ import annotations

from conftest import assert_lossless

ROWS = [
    "1 | Harbour Lights | 120.000 | 1,2 Mio.",
    "2 | Operation Phoenix | 95.000 | 310.000",
    "3 | The Glass Lake | 60.000 | 800.000",
]
HEAD = "Platz | Film | Besucher (Wochenende) | Gesamt"


def _document(*middle: str) -> str:
    return "\n\n".join(
        [
            "Box office: Harbour Lights stays on top",
            "The lighthouse drama held first place for a third weekend, the distributors"
            " said on Monday.",
            *middle,
            "Next weekend brings three new releases, among them a French comedy that opened"
            " the festival in Valmer.",
        ]
    )


def test_a_tables_head_row_stays_with_its_rows(cleaner):
    text = _document(HEAD, *ROWS)
    result = cleaner.clean(text, kind="text")
    assert_lossless(text, result)
    assert HEAD in result.text
    assert all(row in result.text for row in ROWS)


def test_a_menus_row_above_prose_still_goes(cleaner):
    menu = "Home | TV | Film | Music | Games"
    text = _document(menu)
    result = cleaner.clean(text, kind="text")
    assert menu not in result.text
    assert not any("guard:table_head" in d.reasons for d in result.decisions)
