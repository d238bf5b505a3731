"""Lines that break one sentence (a link on a line of its own) stay with their sentence."""

from __future__ import annotations

from conftest import assert_lossless

from cleaner.features import make_inputs
from cleaner.fragments import keep_sentence_starts

ARTICLE = "\n".join(
    [
        "Ferry timetable cut again as crew shortage drags on",
        "",
        "The island service will run four crossings a day instead of seven from Monday,"
        " the operator said on Tuesday.",
        "A spokesperson said two new captains would finish training in June, and that the"
        " full timetable should return by the summer holidays.",
        "In a letter to season-ticket holders dated 14 March the",
        "Harbour Board",
        "apologised for the disruption and offered a month of free travel.",
        "Share",
        "",
    ]
)


def test_a_name_on_its_own_line_inside_a_sentence_is_kept(cleaner):
    result = cleaner.clean(ARTICLE, kind="text")
    assert_lossless(ARTICLE, result)
    assert "the\nHarbour Board\napologised" in result.text
    (name,) = [d for d in result.decisions if d.unit.text == "Harbour Board"]
    # The model alone reads the name as junk; a guard keeps it (which one depends on the
    # model: the context pass may disagree with the first pass before this guard runs).
    assert name.label == "body" and name.first_label != "body"
    assert {"guard:sentence_start", "guard:first_pass_disagrees"} & set(name.reasons)
    assert [r.text.strip() for r in result.removed] == ["Share"]
    # Removed by the model, the same line on this page is kept by the sentence around it.
    texts = [d.unit.text for d in result.decisions]
    verdicts = [
        removed() if d is name else (d.label, d.score, d.first_label, d.reasons)
        for d in result.decisions
    ]
    label, _score, _first, reasons = keep_sentence_starts(verdicts, make_inputs(texts))[
        texts.index("Harbour Board")
    ]
    assert label == "body" and "guard:sentence_start" in reasons


def removed(label: str = "meta") -> tuple[str, float, str, tuple[str, ...]]:
    return (label, 0.9, label, (f"model:{label}",))


KEPT = ("body", 0.9, "body", ("model:body",))


def verdicts_for(texts: list[str], labels: list[str]) -> list[str]:
    inputs = make_inputs(texts)
    verdicts = [KEPT if label == "body" else removed(label) for label in labels]
    return [verdict[0] for verdict in keep_sentence_starts(verdicts, inputs)]


def test_up_to_three_open_lines_before_a_lower_case_line_are_kept():
    texts = [
        "The mayor opened the session at nine.",
        "Ten years ago the",
        "city of",
        "Tarnow",
        "voted to close the old tram depot on the river.",
    ]
    assert verdicts_for(texts, ["body", "meta", "meta", "meta", "body"]) == ["body"] * 5
    # A fourth line up is out of reach: a sentence is not broken that often.
    texts.insert(1, "In the")
    labels = ["body", "meta", "meta", "meta", "meta", "body"]
    assert verdicts_for(texts, labels) == ["body", "meta", "body", "body", "body", "body"]


def test_lines_that_end_their_own_sentence_or_a_field_are_not_taken():
    below = "voted to close the old tram depot on the river."
    for line in ("Related: Depot plans", "Advertisement", "Tel. +49 40 123 456", "Photo: Reuters."):
        labels = ["meta", "body"]
        assert verdicts_for([line, below], labels)[0] == "meta", line


def test_only_a_lower_case_word_of_a_cased_script_goes_on_with_a_sentence():
    for below in (
        "www.tramdepot.example.org for the programme",  # an address
        "iPhone owners can book seats in the app.",  # a paragraph may start with "iPhone"
        "überregional",  # one word: a field of a fact box
        "ყურძნის ფასი ეცემა და გლეხები ღვინოს თავად აყენებენ",  # Georgian has no capitals
        "Voted to close the old tram depot on the river.",
    ):
        assert verdicts_for(["By Anna Novak", below], ["meta", "body"])[0] == "meta", below


def test_a_removed_line_stays_removed_when_the_line_below_goes_too():
    texts = ["Listen to the", "podcast episode on the tram depot vote"]
    assert verdicts_for(texts, ["promo", "promo"]) == ["promo", "promo"]
