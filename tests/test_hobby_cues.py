"""Pages about money and consumer rights, pets, history, books and hobbies: their
furniture (lexicon_hobbies.py, a form's fields and button copied on one line) and their
story's lines that read like junk (a rates table in bars, a chronology, a programme of
events)."""

from __future__ import annotations

import pytest
from conftest import assert_covers_every_language, removed_text, rule_labels

from cleaner.features import UnitInput
from cleaner.lexicon_hobbies import HOBBY_CUES
from cleaner.rules import rule_hits
from cleaner.tables import keep_table_runs


def test_the_new_table_covers_every_language() -> None:
    assert_covers_every_language(HOBBY_CUES)


@pytest.mark.parametrize(
    ("line", "reason", "label"),
    [
        # Buttons, widgets, ads and appeals of this round's pages (lexicon_hobbies.py).
        ("Add to reading list", "widget_ui", "ui"),
        ("Tambah ke keranjang", "widget_ui", "ui"),
        ("Savings calculator: deposit, term, rate", "widget_ui", "ui"),
        ("Tide table", "widget_ui", "ui"),
        ("Adopt me: Biscuit, 3 years, loves long walks and other dogs", "adopt_teaser", "related"),
        (
            "Buy it from your local bookshop and support independent booksellers.",
            "promo_cue",
            "promo",
        ),
        ("Send us your pet's photo and win a year's supply of treats!", "promo_cue", "promo"),
        ("Join our WhatsApp group for weekly planting tips.", "follow_us", "social"),
        ("Sponsor an animal from £3 a month and help us care for them.", "support_ask", "donation"),
        (
            "This is not financial advice. Capital at risk. Rates can change at any time.",
            "not_advice",
            "legal",
        ),
        # A form's field names and its button copied side by side.
        ("Depósito inicial  Plazo  Calcular ahora", "form_row", "ui"),
        ("Montant  Durée  Taux  Calculer maintenant", "form_row", "ui"),
    ],
)
def test_this_rounds_furniture_is_named(line: str, reason: str, label: str) -> None:
    assert rule_labels(line).get(reason) == label, (line, rule_labels(line))


@pytest.mark.parametrize(
    "line",
    [
        # A table's head row spaced like a form has no button at its end.
        "Bank  Rate  Term  Deposit",
        # A form's row has no figures; a table's row has them.
        "Kestrel Mutual  4.20%  3.95%  Calculate",
    ],
)
def test_a_tables_row_is_no_form(line: str) -> None:
    assert "form_row" not in rule_labels(line)


def test_a_storys_lines_about_shops_scams_and_sponsors_stay() -> None:
    # News voice: the cue words report on the topic.
    lines = [
        "Volunteers at the shelter said people who sponsor an animal receive a photo every "
        "month, and 212 did so last year.",
        "The bank told customers they could open an account in minutes online, but the app "
        "crashed on launch day, the regulator said.",
        "Savings calculators on bank websites often overstate returns, the consumer group "
        "found in a study of 40 sites.",
    ]
    text = "Consumer watchdog warns of refund scams\n\n" + "\n\n".join(lines)
    removed = removed_text(text + "\n\nShare: Facebook | X | Email")
    assert not any(line in removed for line in lines), removed
    assert "Share: Facebook" in removed


def _inputs(lines: list[str]) -> list[UnitInput]:
    return [
        UnitInput(text=line, position=i, count=len(lines), hits=tuple(rule_hits(line)))
        for i, line in enumerate(lines)
    ]


RATES = [
    "Here's where the accounts stood on Thursday:",
    "Bank | Old rate | New rate | Minimum deposit",
    "Kestrel Mutual | 4.20% | 3.95% | £0",
    "Orchard Direct | 4.05% | 3.80% | £100",
    "Tidewell Bank | 3.90% | 3.85% | £0",
]


def test_a_rates_tables_rows_read_as_headers_stay_together() -> None:
    # Read alone, a row with one field of a word and a number is a newsletter's header,
    # and the head row a menu; together, with figures, they are the story's table.
    inputs = _inputs(RATES)
    assert {hit.reason for hit in inputs[2].hits} == {"numbered_header"}
    assert {hit.reason for hit in inputs[1].hits} == {"field_menu"}
    verdicts = [("body", 0.9, "body", ("model:body",))] + [
        (hit.label, 0.8, "promo", (f"rule:{hit.reason}", "model:promo"))
        for item in inputs[1:]
        for hit in item.hits[:1]
    ]
    kept = keep_table_runs(verdicts, inputs)
    assert [verdict[0] for verdict in kept] == ["body"] * len(RATES)
    assert all("guard:table_rows" in verdict[3] for verdict in kept[1:])


def test_a_run_of_menu_rows_and_a_rows_own_cue_still_go() -> None:
    # Rows without figures are a footer's menus; a row with a cue of its own is not
    # removed by its form alone.
    menus = ["About us | Contact | Careers", "Privacy | Terms | Cookies", "Advertise | Jobs | Help"]
    removed = [("ui", 0.95, "ui", ("rule:field_menu", "model:ui"))] * 3
    assert keep_table_runs(removed, _inputs(menus)) == removed
    rows = RATES[1:]
    cued = [("promo", 0.9, "promo", ("rule:promo_cue", "model:promo"))] * len(rows)
    assert keep_table_runs(cued, _inputs(rows)) == cued


def test_a_programme_of_events_under_its_lead_in_stays() -> None:
    # Each row opens on a day and a time and reads as a date line alone.
    rows = [
        "- 1月10日（土）14:00 村井さんが語る店の五十年",
        "- 1月17日（土）14:00 郷土史家と読む古地図",
        "- 1月24日（土）13:00 古書の大放出市",
    ]
    assert all("dateline_short" in rule_labels(row.removeprefix("- ")) for row in rows)
    text = (
        "松川市の老舗古書店「灯台書林」が来月末で閉店する。店主の村井昭さん（72）が明らかにした。"
        "\n\n店は駅前の商店街で半世紀近く営業し、郷土史の資料を求める研究者も多く通った。\n\n"
        "閉店までの催しは以下の通り。いずれも入場無料：\n\n"
        + "\n\n".join(rows)
        + "\n\n村井さんは「本は次の持ち主のもとで生き続ける」と話した。"
        + "\n\nシェア：X | Facebook | LINE"
    )
    removed = removed_text(text)
    assert not any(row in removed for row in rows), removed
    assert "シェア" in removed, removed


def test_page_stamps_without_a_lead_in_or_kept_rows_still_go() -> None:
    stamps = ["12.03.2025 14:32", "12.03.2025 15:10", "12.03.2025 16:45"]
    text = (
        "The council approved the new rules for dog owners in the old town on Tuesday.\n\n"
        "Owners will have to keep dogs on a lead in the market square from April.\n\n"
        + "\n\n".join(stamps)
    )
    removed = removed_text(text)
    assert all(stamp in removed for stamp in stamps), removed


def test_a_call_quoted_in_a_storys_sentence_stays() -> None:
    # The fraudsters' message names a channel; the sentence reports it (news voice).
    quoted = (
        'The messages read: "Join our WhatsApp group to claim your refund", police said on Tuesday.'
    )
    appeal = (
        '"This paper kept me informed for 30 years," says reader Anna Berg. Support us today '
        "from £5 a month."
    )
    story = (
        "Consumer watchdog warns of refund scams\n\n"
        "More than 900 people reported fake refund messages in October, the consumer "
        "watchdog said, twice as many as a year earlier."
    )
    removed = removed_text(f"{story}\n\n{quoted}\n\n{appeal}")
    assert quoted not in removed, removed
    # A call outside the quotes still counts.
    assert appeal in removed, removed
