"""Labelling: scripted key presses drive the interactive loop; JSON results turn back into
training lines that `cleaner train` accepts.
"""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.core import assemble
from cleaner.corpus import load_documents, read_examples
from cleaner.errors import InputError
from cleaner.label import (
    ACCEPT,
    HELP,
    KEYS,
    QUIT,
    SKIP,
    UNDO,
    LabelDoc,
    LabelSession,
    doc_id,
    label_documents,
    prepare_documents,
    rank,
)
from cleaner.records import LABELS, Decision
from cleaner.records_io import examples_from_records, read_records, record_examples
from cleaner.segment import segment

ARTICLE = (
    "Council approves new budget for city parks\n"
    "\n"
    "The city council on Tuesday approved a budget of 4.2 million dollars for parks.\n"
    "The money will pay for new playgrounds in three districts.\n"
    "Share this article on Facebook\n"
    "Support independent journalism: donate today and become a member.\n"
    "Subscribe to our daily newsletter\n"
    "© 2024 City Times. All rights reserved.\n"
)


def keys(script: str):
    """A key source that replays `script` one character at a time, then reports the end."""
    stream = iter(script)
    return lambda: next(stream, "")


def fake_doc(name: str, margins: list[float], predicted: list[str] | None = None) -> LabelDoc:
    units = tuple(f"{name} unit {i}" for i in range(len(margins)))
    return LabelDoc(
        doc=doc_id(name),
        name=name,
        units=units,
        predicted=tuple(predicted or ["body"] * len(units)),
        margins=tuple(margins),
    )


def test_keys_are_one_per_label_and_never_an_action():
    assert sorted(KEYS.values()) == sorted(LABELS)
    assert all(len(key) == 1 for key in KEYS)
    actions = {SKIP, UNDO, QUIT, HELP, *ACCEPT}
    assert not actions & set(KEYS)


def test_rank_puts_smallest_margin_first_and_leaves_out_done_units():
    a = fake_doc("a", [0.9, 0.05, 0.5])
    b = fake_doc("b", [0.01, 0.7])
    order = [(c.doc.name, c.pos) for c in rank([a, b], done={(a.doc, 1)})]
    assert order == [("b", 0), ("a", 2), ("b", 1), ("a", 0)]


def test_scripted_session_labels_accepts_skips_undoes_and_quits():
    doc = fake_doc("a", [0.1, 0.2, 0.3, 0.4, 0.5], ["body", "donation", "body", "meta", "ui"])
    out = io.StringIO()
    # unit0 -> donation, unit1 -> accept (donation), unit2 skipped, undo the skip,
    # unit2 -> social, ? help, unknown key, unit3 -> legal, then quit before unit4.
    rows = LabelSession(rank([doc]), keys("dysuhx?lq"), out).run()
    assert [(r["pos"], r["label"]) for r in rows] == [
        (0, "donation"),
        (1, "donation"),
        (2, "social"),
        (3, "legal"),
    ]
    assert all(r["doc"] == doc.doc and r["text"] == doc.units[r["pos"]] for r in rows)
    screen = out.getvalue()
    assert "undone: skip" in screen
    assert "unknown key 'x'" in screen
    assert "accept the predicted label" in screen  # the help text
    # The unit is shown with its neighbours and the model's guess.
    assert "a unit 1" in screen and "model says donation" in screen


def test_undo_goes_back_to_the_previous_unit_and_replaces_its_answer():
    doc = fake_doc("a", [0.1, 0.2, 0.3])
    rows = LabelSession(rank([doc]), keys("dbumb"), io.StringIO()).run()
    assert [(r["pos"], r["label"]) for r in rows] == [(0, "donation"), (1, "meta"), (2, "body")]


def test_end_of_input_and_ctrl_c_keep_the_answers_given_so_far():
    doc = fake_doc("a", [0.1, 0.2, 0.3])
    assert len(LabelSession(rank([doc]), keys("dd"), io.StringIO()).run()) == 2

    presses = iter("r")

    def interrupted() -> str:
        for key in presses:
            return key
        raise KeyboardInterrupt

    out = io.StringIO()
    rows = LabelSession(rank([doc]), interrupted, out).run()
    assert [r["label"] for r in rows] == ["related"]
    assert "saving" in out.getvalue()


def test_active_learning_order_follows_the_shipped_model(cleaner):
    docs = prepare_documents([("article.txt", ARTICLE)], cleaner)
    ranked = rank(docs)
    margins = [c.margin for c in ranked]
    assert margins == sorted(margins)
    assert len(ranked) == len(segment(ARTICLE))
    assert all(c.predicted in LABELS for c in ranked)


def test_label_documents_appends_training_lines_and_resumes(cleaner, tmp_path):
    output = tmp_path / "mine.jsonl"
    out = io.StringIO()
    first = label_documents([("article.txt", ARTICLE)], output, cleaner, keys("bdq"), out)
    assert (first.written, first.already) == (2, 0)
    lines = list(read_examples(output))  # valid CONTRACT lines (raises otherwise)
    asked_first = {(e.doc, e.pos) for e in lines}

    screen = io.StringIO()
    second = label_documents([("article.txt", ARTICLE)], output, cleaner, keys("mq"), screen)
    assert (second.written, second.already) == (1, 2)
    lines = list(read_examples(output))
    assert len(lines) == 3
    assert len({(e.doc, e.pos) for e in lines}) == 3  # nothing asked twice
    assert not asked_first & {(e.doc, e.pos) for e in lines[2:]}
    docs = load_documents([output])
    assert len(docs) == 1 and docs[0].doc == doc_id(ARTICLE)


# --- the command line --------------------------------------------------------------------


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_cli_label_is_driven_by_key_presses(article, tmp_path):
    output = tmp_path / "labels.jsonl"
    runner = CliRunner()
    result = runner.invoke(app, ["label", str(article), "-o", str(output)], input="b\nd\ns\n?q")
    assert result.exit_code == 0, result.output
    assert "wrote 2 lines" in result.stderr
    assert "accept the predicted label" in result.stderr  # help shown on '?'
    assert result.stdout == ""  # the screen is stderr; stdout stays for data
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["label"] for r in rows) == ["body", "donation"]

    # A rerun resumes: labelled units are not asked again; skipped ones are.
    again = runner.invoke(app, ["label", str(article), "-o", str(output)], input="")
    assert again.exit_code == 0, again.output
    assert "2 labelled earlier" in again.stderr


def test_cli_label_needs_documents_or_a_record(tmp_path, article):
    runner = CliRunner()
    out = tmp_path / "o.jsonl"
    none = runner.invoke(app, ["label", "-o", str(out)])
    assert none.exit_code == 2 and "give documents" in none.stderr
    both = runner.invoke(
        app, ["label", str(article), "--from-record", str(article), "-o", str(out)]
    )
    assert both.exit_code == 2 and "not both" in both.stderr
    stdin = runner.invoke(app, ["label", "-", "-o", str(out)])
    assert stdin.exit_code == 2 and "keyboard" in stdin.stderr
    missing_o = runner.invoke(app, ["label", str(article)])
    assert missing_o.exit_code == 2


# --- from a (hand-corrected) JSON result --------------------------------------------------


def corrected_record(cleaner) -> tuple[dict, dict[str, str]]:
    """A real result with one wrong removal fixed (set to body) and one relabelled."""
    record = cleaner.clean(ARTICLE, kind="text").to_dict()
    assert len(record["removed"]) >= 2, record
    expected = {u.text: "body" for u in segment(ARTICLE)}
    for item in record["removed"]:
        expected[item["text"].strip()] = item["label"]
    record["removed"][0]["label"] = "body"
    expected[record["removed"][0]["text"].strip()] = "body"
    record["removed"][1]["label"] = "legal"
    expected[record["removed"][1]["text"].strip()] = "legal"
    return record, expected


def test_record_becomes_training_lines_with_corrections(cleaner):
    record, expected = corrected_record(cleaner)
    rows = record_examples(record)
    assert {r["text"]: r["label"] for r in rows} == expected
    assert [r["pos"] for r in rows] == list(range(len(segment(ARTICLE))))
    # Same document id as interactive labelling, so the two never label a unit twice.
    assert {r["doc"] for r in rows} == {prepare_documents([("a", ARTICLE)], cleaner)[0].doc}


@pytest.mark.parametrize("layout", ["object", "list", "lines"])
def test_record_file_layouts(cleaner, tmp_path, layout):
    record, expected = corrected_record(cleaner)
    path = tmp_path / "result.json"
    if layout == "object":
        path.write_text(json.dumps(record, indent=2), encoding="utf-8")
    elif layout == "list":
        path.write_text(json.dumps([record, record]), encoding="utf-8")
    else:
        batch_line = {"id": "x1", **record}
        error_line = {"id": "x2", "error": "input is empty"}
        path.write_text(json.dumps(batch_line) + "\n" + json.dumps(error_line) + "\n")
    output = tmp_path / "train.jsonl"
    summary = examples_from_records(path, output)
    assert summary.written == len(expected)
    assert {e.text: e.label for e in read_examples(output)} == expected
    if layout == "list":
        assert summary.already == len(expected)  # the duplicate record adds nothing
    if layout == "lines":
        assert summary.failed == 1


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(
                alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1
            ),
            st.sampled_from(LABELS),
            st.sampled_from(["\n", "\r\n", "\n\n", "\r", "\n \n"]),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_any_result_converts_back_to_its_unit_labels(lines):
    text = "".join(line + end for line, _label, end in lines)
    units = segment(text)
    wanted = [label for line, label, _end in lines if line.strip()]
    assert len(units) == len(wanted)
    decisions = [
        Decision(unit=u, label=label, score=0.9, first_label=label, reasons=())
        for u, label in zip(units, wanted)
    ]
    record = assemble(text, "text", decisions).to_dict()
    rows = record_examples(json.loads(json.dumps(record)))
    assert [(r["text"], r["label"], r["pos"]) for r in rows] == [
        (u.text, label, u.index) for u, label in zip(units, wanted)
    ]


def test_deleting_an_entry_from_a_text_record_is_caught_with_a_hint(cleaner):
    record, _ = corrected_record(cleaner)
    del record["removed"][0]
    with pytest.raises(InputError, match='set its label to "body"'):
        record_examples(record, "result.json")


def test_bad_records_name_the_problem(tmp_path):
    with pytest.raises(InputError, match="unknown label 'spam'"):
        record_examples(
            {"text": "", "removed": [{"start": 0, "end": 1, "text": "x", "label": "spam"}]}
        )
    with pytest.raises(InputError, match="needs 'text' and 'removed'"):
        record_examples({"clean": "x"})
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"text": "a", "removed": []}\n{oops\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"broken.jsonl:2"):
        read_records(broken)


def test_html_record_uses_extracted_text_and_keeps_pruned_parts():
    extracted = "Headline here\nBody sentence one.\nSubscribe now\n"
    start = extracted.index("Subscribe")
    record = {
        "text": "Headline here\nBody sentence one.\n",
        "source": "html",
        "extracted": extracted,
        "removed": [
            {"start": None, "end": None, "label": "donation", "text": "Donate  to us\n today"},
            {
                "start": start,
                "end": len(extracted),
                "label": "subscription",
                "text": extracted[start:],
                "score": 0.9,
                "reasons": [],
            },
        ],
        "model": "m",
    }
    # Deleting an entry is fine here: `extracted` still holds every unit.
    rows = record_examples(record)
    assert [(r["text"], r["label"]) for r in rows] == [
        ("Headline here", "body"),
        ("Body sentence one.", "body"),
        ("Subscribe now", "subscription"),
        ("Donate to us today", "donation"),
    ]
    assert rows[-1]["doc"] != rows[0]["doc"]  # a pruned part is a document of its own


def test_cli_from_record_round_trip(cleaner, tmp_path, article):
    runner = CliRunner()
    record = tmp_path / "result.json"
    cleaned = runner.invoke(app, ["clean", str(article), "--record", str(record)])
    assert cleaned.exit_code == 0, cleaned.output
    output = tmp_path / "train.jsonl"
    args = ["label", "--from-record", str(record), "-o", str(output)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert f"wrote {len(segment(ARTICLE))} lines" in result.stderr
    assert len(load_documents([output])[0].texts) == len(segment(ARTICLE))
    again = runner.invoke(app, args)
    assert "wrote 0 lines" in again.stderr and "already in" in again.stderr


def test_cli_help_documents_every_key():
    result = CliRunner().invoke(app, ["label", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    flat = " ".join(result.stdout.split())
    for key, label in KEYS.items():
        assert f"{key} {label}" in flat
    for action in ("y or Enter", "s skips", "u undoes", "q saves and quits", "? shows"):
        assert action in flat
