"""Second looks after one round of verdicts: units the first decisions took or left
against their neighbours. An appeal box's neighbours go with it; subheadings, sign-offs,
an interview's closing turns, timetables, timelines, dated runs and a table's source line
stay with the body they belong to.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from itertools import groupby

from .features import UnitInput, ends_on_icon
from .lexicon import SOURCE_WORDS
from .line_forms import LEAD_IN, markdown_row
from .regions import FIRST_PASS_ALONE, list_item
from .scripts import starts_in_lower_case
from .thresholds import (
    ANCHOR_WORDS,
    APPEAL_LABELS,
    CERTAIN_LABEL,
    INTERVIEW_QUESTIONS,
    LABEL_INDEX,
    STRONG_RULE,
    SURE_PROMPT,
)
from .unit_kinds import CLOCK, FULL_STOPS, asks_question, headline_like
from .verdicts import Verdict, kept_by_guard, removed_by_context
from .voice import CTA_VERBS

# Labels a subheading is taken for (keep_subheadings) ...
HEADING_LABELS = APPEAL_LABELS | {"promo", "social", "related"}
# ... and, over a list that stays, what a one-word heading is read as ("Pros", "Cons").
LIST_HEADING_LABELS = frozenset({"meta", "ui", "comments"})
# ... reasons that put a heading in a block or list of junk, whatever follows it ...
_GROUPED = ("context:appeal", "context:related_list", "dom:link_teaser")
# ... and a sentence ending inside a line: a box's sentences, not a heading.
_SENTENCE_END = re.compile(r"[.!?。！？]\s+\S")


# An appeal box is several lines: the pitch, the ask, the amount buttons ("€ 25"). When one
# of them went as an appeal, a line beside it that the first pass alone is sure belongs to
# an appeal is the rest of that box, even inside the article or in prose's voice ("Science
# journalism without ads is only possible with your help."), and when the context pass,
# seeing body around the box, doubts it. Not a line some other guard keeps for what it
# is: a quotation the story reports, a table row, an embedded post.
APPEAL_NEIGHBOUR_SURE = SURE_PROMPT
_OVERRIDDEN_BY_APPEAL_BOX = frozenset(
    {
        "guard:inside_core",
        "guard:prose",
        "guard:long_for_label",
        "guard:list_reads_as_body",
        "guard:first_pass_disagrees",
    }
)


def remove_appeal_neighbours(
    verdicts: list[Verdict],
    inputs: Sequence[UnitInput],
    first_rows: Sequence[Sequence[float]],
    keep: Collection[str],
) -> None:
    """Remove a kept line beside a removed appeal when the first pass is sure it is part of
    an appeal too (APPEAL_NEIGHBOUR_SURE), unless the caller keeps that label. Walks down,
    then up, so a box's lines go one after the other from the line that went, whether that
    is the box's pitch at its top or its "Other amount" button at its foot."""
    for order in (range(len(verdicts)), range(len(verdicts) - 1, -1, -1)):
        for i in order:
            _remove_if_in_appeal_box(verdicts, inputs, first_rows, keep, i)


def _remove_if_in_appeal_box(
    verdicts: list[Verdict],
    inputs: Sequence[UnitInput],
    first_rows: Sequence[Sequence[float]],
    keep: Collection[str],
    i: int,
) -> None:
    label, _score, first_label, reasons = verdicts[i]
    if (
        label != "body"
        or first_label not in APPEAL_LABELS
        or first_label in keep
        or first_rows[i][LABEL_INDEX[first_label]] < APPEAL_NEIGHBOUR_SURE
        or (len(reasons) > 1 and reasons[1] not in _OVERRIDDEN_BY_APPEAL_BOX)
    ):
        return
    above, below = (verdicts[j][0] if 0 <= j < len(verdicts) else None for j in (i - 1, i + 1))
    if above not in APPEAL_LABELS and below not in APPEAL_LABELS:
        return
    if below not in APPEAL_LABELS and _asks_over_body(inputs, first_rows, verdicts, i):
        return
    sure = first_rows[i][LABEL_INDEX[first_label]]
    verdicts[i] = removed_by_context(verdicts[i], first_label, "context:appeal_box", sure)


def _asks_over_body(
    inputs: Sequence[UnitInput],
    first_rows: Sequence[Sequence[float]],
    verdicts: Sequence[Verdict],
    i: int,
) -> bool:
    """An explainer's question heading under an appeal box ("Can I object?"), over a
    paragraph that reads as body on its own: it heads the answer, not the box (a box's
    question asks above its amount buttons)."""
    return (
        i + 1 < len(verdicts)
        and verdicts[i + 1][0] == "body"
        and first_rows[i + 1][0] >= FIRST_PASS_ALONE
        and not inputs[i].hits
        and headline_like(inputs[i])
        and asks_question(inputs[i].text)
    )


def keep_subheadings(
    verdicts: list[Verdict],
    inputs: Sequence[UnitInput],
    first_rows: Sequence[Sequence[float]],
    second_rows: Sequence[Sequence[float]],
) -> None:
    """A heading the model alone removed goes back when what is under it stays: a paragraph
    that reads as body on its own ("What you can do as a reader" over the article's advice
    in the second person), or a list ("How to check the app's permissions" over its steps).
    Only a lone line between kept text (a box's last line follows the rest of its box), and
    not a line read as meta (a name under the headline is no subheading), unless a kept
    list follows it (a summary box's "Key points" over its bullets)."""
    for i in range(1, len(verdicts) - 1):
        label, _score, first_label, reasons = verdicts[i]
        below = inputs[i + 1]
        # A summary box's heading ("Key points", "Қысқаша") over the bullets that stay reads
        # like a site's section label, and often follows an audio player that went.
        # So does a review's "Pros" or "Cons" over its kept items, read as a button or a
        # comment count; between kept text, one item is enough ("Cons" over its one con).
        least = 1 if label in LIST_HEADING_LABELS and verdicts[i - 1][0] == "body" else 2
        over_list = label in LIST_HEADING_LABELS and _kept_list_below(
            verdicts, inputs, first_rows, i + 1, least
        )
        if (
            (label in HEADING_LABELS or over_list)
            and (verdicts[i - 1][0] == "body" or over_list)
            # ... not a prompt that opens with its verb ("Listen to our podcast on ...").
            and not (inputs[i].words and inputs[i].words[0] in CTA_VERBS)
            # ... nor a button, which ends on its icon or arrow ("JOIN US ➜").
            and not ends_on_icon(inputs[i].text)
            and not inputs[i].hits
            and (headline_like(inputs[i]) or (over_list and inputs[i].n_words == 1))
            # ... one line, not a box's sentences ("Newsletter X: every Thursday. Sign up")
            and _SENTENCE_END.search(inputs[i].text) is None
            and not any(reason.startswith(_GROUPED) for reason in reasons)
            and verdicts[i + 1][0] == "body"
            and (
                (first_rows[i + 1][0] >= FIRST_PASS_ALONE and below.n_words >= ANCHOR_WORDS)
                or _kept_list_below(verdicts, inputs, first_rows, i + 1, least)
            )
        ):
            verdicts[i] = (
                "body",
                round(second_rows[i][0], 4),
                first_label,
                (f"model:{first_label}", "guard:heads_body"),
            )


# A letter's sign-off: a name, a comma and a place, and nothing else ("Réjean Gagnon,
# Saint-Amable", "KUMARAN A/L SUBRAMANIAM, Sungai Rengas"). No digit, address or colon:
# "Ann Lee, 14 May", "ann@x.example, desk" and "Photo: Ann Lee, AP" are no sign-offs; no
# full stop either, and in a script with capitals every word of the name and the place's
# first starts with one (a sentence with a comma is no sign-off).
# (The name starts a word: a search inside a run of letters does not try every position.)
_SIGN_OFF = re.compile(
    r"(?<![^\W\d_])([^\W\d_][^,\d@:：|.!?。\n]{1,50}),\s([^\W\d_][^,\d@:：|.!?。\n]{0,40})"
)
SIGN_OFF_WORDS = (2, 9)
SIGN_OFF_NAME_WORDS = 5
SIGN_OFFS = 2
# Small words inside names ("Marc de la Tour", "Ahmad bin Ali", "Jan van Dijk").
_NAME_PARTICLES = frozenset(
    "de da do dos das del della di du la le van von der den ter bin binti al el ben y e".split()
)


def _sign_off(item: UnitInput) -> bool:
    found = _SIGN_OFF.fullmatch(item.text.strip())
    if found is None or not SIGN_OFF_WORDS[0] <= item.n_words <= SIGN_OFF_WORDS[1]:
        return False
    name, place = found.group(1).split(), found.group(2).split()
    return (
        len(name) <= SIGN_OFF_NAME_WORDS
        and all(not starts_in_lower_case(word) or word in _NAME_PARTICLES for word in name)
        and not starts_in_lower_case(place[0])
        and not any(h.weight >= STRONG_RULE for h in item.hits)
    )


def keep_sign_offs(verdicts: list[Verdict], inputs: Sequence[UnitInput]) -> None:
    """On a letters page each letter ends on its writer's name and place. Inside the
    article they stay; the first letter's, above the first long paragraph, and the last
    one's, after the last, read like a byline. A sign-off right under kept text goes back
    when another line of the same form also stays right under kept text."""
    candidates = [
        i for i in range(1, len(inputs)) if verdicts[i - 1][0] == "body" and _sign_off(inputs[i])
    ]
    if len(candidates) < SIGN_OFFS or not any(verdicts[i][0] == "body" for i in candidates):
        return
    for i in candidates:
        if verdicts[i][0] != "body":
            verdicts[i] = kept_by_guard(verdicts[i], "guard:sign_off_series")


# A timetable under its lead-in ("Timetable:", "... as the operator published it:"): rows
# that each name a stop, then its times ("Castlegate dep. 07:05, 08:05", "Вінниця — 01:10").
# Read alone a row is a place and a time, as a page's date line is ("London, 14:32"); under
# a kept line that ends on a colon, two rows of that form or more are the story's list.
# (A live blog's stamps hold a time and nothing before it; a byline block has no lead-in.)
TIMETABLE_ROWS = 2
TIMETABLE_ROW_WORDS = 16
_ROW_NAME = re.compile(r"^\W*[^\W\d_]")
_DATE_REASONS = frozenset({"rule:dateline_short", "rule:clock_time"})
_NOTE_REASONS = _DATE_REASONS | {"rule:meta_cue", "rule:dateline"}


def _removed_as_date_line(verdict: Verdict) -> bool:
    """Whether a unit went as meta on date-line rules alone (with the model's word)."""
    label, _score, _first, reasons = verdict
    rule_reasons = {r for r in reasons if r.startswith("rule:")}
    return label == "meta" and bool(rule_reasons) and rule_reasons <= _DATE_REASONS


def _timetable_row(item: UnitInput) -> bool:
    return (
        item.n_words <= TIMETABLE_ROW_WORDS
        and _ROW_NAME.match(item.text) is not None
        and CLOCK.search(item.text) is not None
    )


def keep_timetables(verdicts: list[Verdict], inputs: Sequence[UnitInput]) -> None:
    """Rows removed as date lines go back when they run under a kept lead-in."""
    # rows_from[i]: how many timetable rows run from unit i on (read once, from the end, so
    # a document of many lead-ins that are rows too stays linear).
    rows_from = [0] * (len(inputs) + 1)
    for i in range(len(inputs) - 1, -1, -1):
        rows_from[i] = rows_from[i + 1] + 1 if _timetable_row(inputs[i]) else 0
    done = 0  # rows up to here are already looked at (a lead-in inside a run of rows)
    for i in range(len(inputs) - TIMETABLE_ROWS):
        if rows_from[i + 1] < TIMETABLE_ROWS or verdicts[i][0] != "body":
            continue
        if not LEAD_IN.search(inputs[i].text):
            continue
        end = i + 1 + rows_from[i + 1]
        for j in range(max(i + 1, done), end):
            if _removed_as_date_line(verdicts[j]):
                verdicts[j] = kept_by_guard(verdicts[j], "guard:timetable")
        done = end


# A timeline's entry: a stamp, a colon, then what happened ("T-0 (10:15): Liftoff", "14:02:
# Police close the bridge"). Alone it reads as a date line; beside a kept entry of the same
# form it is the story's list. (A page's stamp has its time after the colon: "Updated: 10:15".)
_TIMELINE_ENTRY = re.compile(r"^[^\n]{0,40}?\d\S{0,3}\s?[:：]\s*[^\W\d_]")
TIMELINE_ENTRY_WORDS = 16


def _timeline_entry(item: UnitInput) -> bool:
    return item.n_words <= TIMELINE_ENTRY_WORDS and _TIMELINE_ENTRY.match(item.text) is not None


NOTE_WORDS = 4


def _editors_note(item: UnitInput) -> bool:
    """A stamp that goes on as a sentence: "Updated 14 Oct, 11:05: we added the ministry's
    reply." (an editor's note, the story's by contract)."""
    found = _TIMELINE_ENTRY.match(item.text)
    if found is None:
        return False
    rest = item.text[found.end() - 1 :].strip()
    return len(rest.split()) >= NOTE_WORDS and rest.endswith(FULL_STOPS)


def keep_timeline_entries(verdicts: list[Verdict], inputs: Sequence[UnitInput]) -> None:
    """Entries removed as date lines go back beside a kept entry of the same form, and an
    editor's note even alone."""
    entry = [_timeline_entry(item) for item in inputs]
    kept_entry = [e and v[0] == "body" for e, v in zip(entry, verdicts)]
    for i, (label, _score, _first, reasons) in enumerate(verdicts):
        if label != "meta" or not entry[i]:
            continue
        rule_reasons = {r for r in reasons if r.startswith("rule:")}
        if not rule_reasons:
            continue
        beside = (i > 0 and kept_entry[i - 1]) or (i + 1 < len(inputs) and kept_entry[i + 1])
        if beside and rule_reasons <= _DATE_REASONS:
            verdicts[i] = kept_by_guard(verdicts[i], "guard:timeline")
        elif rule_reasons <= _NOTE_REASONS and _editors_note(inputs[i]):
            verdicts[i] = kept_by_guard(verdicts[i], "guard:editors_note")


# A chronology or a programme: lines that each open on a date or a time and go on with
# what happens ("2008年 開辦讀書會", "3月15日（六）19:00 作家談...", "12 May 1940 The army
# crosses the Meuse"). Read alone each is a date line; in a run of such lines of which the
# story keeps two, or under a kept lead-in ("The last events, all free:"), they are the
# story's list.
DATED_RUN = 3
DATED_ROW_CHARS = 120  # (in characters: a count of words means little in Chinese)
_DATED_ROW = re.compile(r"^\W{0,2}\d")


def _dated_row(item: UnitInput) -> bool:
    return len(item.text.strip()) <= DATED_ROW_CHARS and _DATED_ROW.match(item.text) is not None


def keep_dated_runs(verdicts: list[Verdict], inputs: Sequence[UnitInput]) -> None:
    """Rows removed as date lines go back in a run of dated rows that holds two kept rows,
    or that runs under a kept lead-in."""
    for dated, group in groupby(range(len(inputs)), key=lambda i: _dated_row(inputs[i])):
        run = list(group)
        if not dated or len(run) < DATED_RUN:
            continue
        before = run[0] - 1  # (never a dated row, so never changed here)
        led_in = (
            before >= 0
            and verdicts[before][0] == "body"
            and LEAD_IN.search(inputs[before].text) is not None
        )
        if sum(verdicts[i][0] == "body" for i in run) >= 2 or led_in:
            for i in run:
                if _removed_as_date_line(verdicts[i]):
                    verdicts[i] = kept_by_guard(verdicts[i], "guard:dated_run")


# A table's source line ("Source: district health office", "Zdroj: Nájemní index") reads as
# a photo's credit; under a kept table row (printed '| a | b |', or a short row of figures)
# it is the table's note.
_SOURCE_LINE = re.compile(rf"^\W*(?:{SOURCE_WORDS})\s?[:：]", re.IGNORECASE)
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
_SOURCE_REASONS = frozenset({"rule:credit", "rule:meta_cue", "rule:byline"})
DATA_ROW_WORDS = 16


def _data_row(item: UnitInput) -> bool:
    text = item.text.strip()
    return markdown_row(text) or (
        item.n_words <= DATA_ROW_WORDS
        and len(_FIGURE.findall(text)) >= 2
        and not text.endswith(FULL_STOPS)
    )


def keep_table_sources(verdicts: list[Verdict], inputs: Sequence[UnitInput]) -> None:
    """A source line removed as a credit goes back under a kept table row."""
    for i in range(1, len(inputs)):
        label, _score, _first, reasons = verdicts[i]
        if label != "meta" or verdicts[i - 1][0] != "body":
            continue
        rule_reasons = {r for r in reasons if r.startswith("rule:")}
        if not rule_reasons or not rule_reasons <= _SOURCE_REASONS:
            continue
        if _SOURCE_LINE.match(inputs[i].text) and _data_row(inputs[i - 1]):
            verdicts[i] = kept_by_guard(verdicts[i], "guard:table_source")


# An interview (thresholds.INTERVIEW_QUESTIONS questions that stay): its closing turns
# ("Thank you." / "Thanks for having me.") follow the last answer: short lines, read alone
# like a button or a comment prompt.
CLOSING_TURNS = 2
CLOSING_TURN_WORDS = 12


def keep_closing_turns(
    verdicts: list[Verdict], inputs: Sequence[UnitInput], first_rows: Sequence[Sequence[float]]
) -> None:
    """The last exchange of an interview stays with it: after the last question that
    stays and its answer, up to CLOSING_TURNS short lines the model alone removed (no
    cue rule, and read alone it is not sure what junk they are) go back."""
    questions = [
        i for i, item in enumerate(inputs) if verdicts[i][0] == "body" and asks_question(item.text)
    ]
    if len(questions) < INTERVIEW_QUESTIONS:
        return
    answer = questions[-1] + 1
    if answer >= len(inputs) or verdicts[answer][0] != "body":
        return
    for i in range(answer + 1, min(answer + 1 + CLOSING_TURNS, len(inputs))):
        item = inputs[i]
        if verdicts[i][0] == "body":
            continue
        if (
            item.hits
            or item.n_words > CLOSING_TURN_WORDS
            # (A sign-up or channel line under an explainer's last answer is no turn: read
            # alone, it is surely a sign-up.)
            or max(first_rows[i][1:]) >= CERTAIN_LABEL
            or any(char.isdigit() for char in item.text)  # a date or count: a page's field
            or any(reason.startswith("rule:") for reason in verdicts[i][3])
        ):
            return
        verdicts[i] = kept_by_guard(verdicts[i], "guard:closing_turn")


def _kept_list_below(
    verdicts: list[Verdict],
    inputs: Sequence[UnitInput],
    first_rows: Sequence[Sequence[float]],
    start: int,
    least: int = 2,
) -> bool:
    """Whether a marked list of at least `least` items that stay starts at `start`, one of
    them read as body on its own ("How to check the app's permissions:" over its steps).
    (Between kept text, `least` is 1 and the kept items are enough: "Cons" over "- Runs
    hot in games", which reads like a teaser on its own.)"""
    end = start
    while end < len(inputs) and verdicts[end][0] == "body" and list_item(inputs[end].text):
        end += 1
    return end - start >= least and (
        least == 1 or any(first_rows[i][0] >= FIRST_PASS_ALONE for i in range(start, end))
    )
