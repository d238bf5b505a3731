"""An obituary's or a death notice's head, the name over the life's dates or over a lead
that opens with it, stays with the notice (notices.py)."""

from __future__ import annotations

from conftest import assert_lossless

from cleaner.notices import life_span

NOTICE = "\n\n".join(
    [
        "MACPHERSON, Eileen Margaret (née Doucette)",
        "April 3, 1936 – November 22, 2024",
        "Peacefully, at Lakeview Manor in Fenwick Bay, surrounded by her family, on Friday,"
        " November 22, 2024, in her 89th year.",
        "Eileen was born in Antigonish, the youngest of seven children. She came to Ontario"
        " in 1957 to train as a nurse and worked for thirty-one years on the maternity ward,"
        " where she liked to say she had caught half the town.",
        "Visitation will be held at Tremblay & Oakes Funeral Home on Thursday from 2 to 4"
        " p.m. In lieu of flowers, donations to the hospital foundation are appreciated.",
        "Send Flowers",
    ]
)


def test_a_notices_name_and_life_dates_stay_with_it(cleaner):
    result = cleaner.clean(NOTICE, kind="text")
    assert_lossless(NOTICE, result)
    assert result.text.startswith("MACPHERSON, Eileen Margaret (née Doucette)\n")
    assert "April 3, 1936 – November 22, 2024" in result.text
    assert "Send Flowers" not in result.text


def test_a_name_the_lead_opens_with_is_the_headline(cleaner):
    text = "\n\n".join(
        [
            "Eileen Margaret Doyle",
            "Eileen Margaret Doyle, 88, of Fenwick Bay, died peacefully on Friday at the"
            " Bayview care home with her daughters at her side.",
            "Born on a farm outside Fenwick Bay, she trained as a nurse in Kingston and"
            " worked for 36 years on the maternity ward of the town's hospital.",
        ]
    )
    result = cleaner.clean(text, kind="text")
    assert result.text.startswith("Eileen Margaret Doyle\n")
    guarded = [d for d in result.decisions if "guard:notice_head" in d.reasons]
    assert [d.unit.text for d in guarded] == ["Eileen Margaret Doyle"]


def test_a_life_span_is_two_dates_and_nothing_else():
    assert life_span("* 2. Februar 1941     † 9. Jänner 2025")
    assert life_span("12 March 1938 – 4 September 2024")
    assert not life_span("Published 12.03.2026 – Updated 13.03.2026")
    assert not life_span("The bridge was built between 1938 and 1941.")
