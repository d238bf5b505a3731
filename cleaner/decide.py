"""Turn first- and second-pass probabilities plus rule hits into one decision per unit.

Conservative by design: a unit is removed only when the junk probability clears the
threshold, because removing body text is the worst error.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Sequence

import numpy as np

from .features import ADDRESSING, PROSE_WORDS, UnitInput
from .records import LABELS
from .rules import FORMAT_RULES, MACHINE_MADE_WEIGHT, WHOLE_LINE_WEIGHT

# A whole-line cue ("Share", "Advertisement") decides unless the model is sure of body.
STRONG_RULE = WHOLE_LINE_WEIGHT
STRONG_BODY = 0.9
# ... and a machine-made line (an image address, a timestamp) decides whatever the model says.
CERTAIN_RULE = MACHINE_MADE_WEIGHT
# A unit the first pass reads as body on its own is only pulled out by an appeal block
# opened above it ("A Message from X:"), never by position or neighbours alone.
FIRST_PASS_BODY = 0.75
APPEAL_REACH = 10
# Between the first and last prose paragraph that read as body (the article's core), a
# unit is only removed on strong evidence: a cue rule or an appeal block. Outside the
# core (leading and trailing junk) the model's threshold applies.
ANCHOR_WORDS = 12
# Inside the core, a run of this many units that the first pass reads, each on its own,
# as junk this surely is a box inserted into the article (a newsletter or related box):
# the core does not shield it.
BOX_RUN = 2
BOX_FIRST = 0.9
# After the article, a unit between two units the first pass reads as junk needs only to
# read as junk itself (the neighbours this surely), unless it is a statement of at least
# this many words.
SANDWICH_SURE = 0.75
STATEMENT_WORDS = 6
# Without a cue rule the first pass must give the junk label this much on its own: the
# context pass may sharpen a label, not invent one.
FIRST_PASS_ALONE = 0.5
# Teaser lists after the article, opened by a related-links heading.
LIST_HEADINGS = frozenset({"related_heading", "related_heading_2"})
LIST_WORDS = 16
LIST_SCORE = 0.8
# A list of at least this many items whose items mostly read as body keeps all of them.
LIST_RUN = 3
# On an HTML page, a run of this many short units after the article that each start
# with a link covering this share of the unit is a teaser list, heading or not.
LINK_RUN = 3
LINK_LED = 0.25
LINK_LIST_WORDS = 40
# Inside or after the article, a line that is one link in capitals is an inline teaser
# ("SEE ALSO"-style headline of another story); the article's own text is not a link.
LINK_WHOLE = 0.9
CAPS_LINK_WORDS = 3
# Reported prose this long (news voice: nobody addressed) is never cut by the model alone.
GUARDED_PROSE_WORDS = 15
# Longest unit (in words) the model alone may call related / ui / social.
LABEL_MAX_WORDS = {"related": 40, "ui": 20, "social": 40}
# ... and the longest unit with no cue rule at all the model alone may remove.
UNCUED_MAX_WORDS = 40
# Cues for inserts that sit inside an article by design: where the first pass agrees,
# the context pass (which reads them as body from their neighbours) is overruled.
INLINE_CUES = frozenset({"teaser_prefix", "teaser_tag"})
# Decision rounds (see decide_stable): real documents settle in two or three.
MAX_ROUNDS = 8

LABEL_INDEX = {label: index for index, label in enumerate(LABELS)}

Verdict = tuple[str, float, str, tuple[str, ...]]  # label, score, first-pass label, reasons


def _boxes(first_rows: Sequence[Sequence[float]]) -> list[bool]:
    """Units in a run of BOX_RUN+ consecutive units each read as junk (BOX_FIRST) alone."""
    sure_junk = [max(row[1:]) >= BOX_FIRST for row in first_rows]
    marked = [False] * len(first_rows)
    for first, end in _runs(sure_junk):
        if end - first >= BOX_RUN:
            marked[first:end] = [True] * (end - first)
    return marked


def _sandwiched(first_rows: Sequence[Sequence[float]]) -> list[bool]:
    """Units that the first pass, reading each alone, calls more likely junk than body,
    between two units it is sure are junk (a unit at the document's edge has one side)."""
    junk = [1.0 - row[0] >= FIRST_PASS_ALONE for row in first_rows]
    sure = [1.0 - row[0] >= SANDWICH_SURE for row in first_rows]
    n = len(first_rows)
    return [0 < i < n - 1 and sure[i - 1] and junk[i] and sure[i + 1] for i in range(n)]


def _statement(item: UnitInput) -> bool:
    """A full sentence that addresses nobody ("Two firms will test the drones this summer."):
    the way an article's last lines read, unlike prompts, prices and teaser headlines."""
    return (
        item.n_words >= STATEMENT_WORDS
        and item.text.rstrip().endswith((".", "。"))
        and ADDRESSING.isdisjoint(item.words)
    )


def _is_table_row(text: str) -> bool:
    """Extractors render table rows as '| a | b |': tables in an article are content."""
    return text.startswith("|") and text.endswith("|") and text.count("|") >= 3


def _headline_like(text: str) -> bool:
    """A teaser headline: a few words, no closing full stop."""
    words = len(text.split())
    return 2 <= words <= LIST_WORDS and not text.rstrip().endswith((".", ":", ";"))


def _runs(flags: Sequence[bool], start: int = 0) -> Iterator[tuple[int, int]]:
    """(first, end) of every maximal run of True flags from `start` on."""
    i = start
    while i < len(flags):
        if not flags[i]:
            i += 1
            continue
        end = i
        while end < len(flags) and flags[end]:
            end += 1
        yield i, end
        i = end


def _teaser_runs(
    inputs: Sequence[UnitInput], link_led: Sequence[bool], core: tuple[int, int]
) -> list[bool]:
    """Units in a teaser list: a run of LINK_RUN or more link-led units at the tail.

    The tail starts after the article's core and after the last prose paragraph that
    is not link-led, so a list of product links followed by more of the article stays.
    A page with no core, or whose "teasers" outweigh its core (a link round-up post),
    is made of links: nothing is marked.
    """
    marked = [False] * len(inputs)
    if core[1] < 0:
        return marked
    last_prose = max(
        (i for i, item in enumerate(inputs) if item.n_words >= PROSE_WORDS and not link_led[i]),
        default=-1,
    )
    for first, end in _runs(link_led, start=max(core[1], last_prose) + 1):
        if end - first >= LINK_RUN:
            marked[first:end] = [True] * (end - first)
    core_words = sum(item.n_words for item in inputs[core[0] : core[1] + 1])
    teaser_words = sum(item.n_words for item, m in zip(inputs, marked) if m)
    if teaser_words >= core_words:
        return [False] * len(inputs)
    return marked


def _link_teasers(
    inputs: Sequence[UnitInput],
    linked: Sequence[float] | None,
    link_led: Sequence[bool],
    core: tuple[int, int],
) -> list[bool]:
    """Teasers found by their links: a teaser list at the tail, or a line inside or after
    the article that is one link in capitals."""
    marked = _teaser_runs(inputs, link_led, core)
    if linked is not None:
        for i in range(core[0] + 1, len(inputs)):
            item = inputs[i]
            if linked[i] >= LINK_WHOLE and item.n_words >= CAPS_LINK_WORDS and item.text.isupper():
                marked[i] = True
    return marked


_LIST_ITEM = re.compile(r"\s*([-*•·▪►–]|\d{1,2}[.)])\s")


def _body_lists(inputs: Sequence[UnitInput], first_rows: Sequence[Sequence[float]]) -> list[bool]:
    """Units in a list (LIST_RUN+ consecutive items) that is mostly not junk to the first
    pass (no junk label reaches FIRST_PASS_ALONE on most items).

    Items of one list share their fate: a minority the model doubts on their own
    ("- Wales (Group E): second appearance") belong to the story like the rest.
    """
    marked = [False] * len(inputs)
    items = [bool(_LIST_ITEM.match(item.text)) for item in inputs]
    for first, end in _runs(items):
        doubted = sum(max(row[1:]) < FIRST_PASS_ALONE for row in first_rows[first:end])
        if end - first >= LIST_RUN and doubted * 2 >= end - first:
            marked[first:end] = [True] * (end - first)
    return marked


def _ruled(item: UnitInput, label: str) -> bool:
    """Whether a cue rule for `label` counts as evidence on this unit.

    A cue phrase in news voice ("... ignored repeated copyright notices", the judges said)
    reports on the topic: only format rules count there. In a script the model was not
    trained on, a phrase found inside the text ("App Store" in a Japanese paragraph) is a
    borrowed word: only a whole-line match counts.
    """
    return any(
        h.label == label
        and (h.reason in FORMAT_RULES or not item.news_voice)
        and (item.trained_script or h.weight >= STRONG_RULE)
        for h in item.hits
    )


def _guard(
    item: UnitInput,
    label: str,
    first_label: str,
    ruled: bool,
    inside_core: bool,
    in_body_list: bool,
) -> str | None:
    """Why the model alone may not remove this unit (None: it may). When unsure, keep."""
    if first_label == "body":
        # Neighbours alone never remove what reads as body on its own.
        return "guard:reads_as_body"
    if in_body_list and not ruled:
        return "guard:list_reads_as_body"
    if _is_table_row(item.text):
        return "guard:table_row"
    if ruled:
        return None
    if inside_core:
        return "guard:inside_core"
    if not item.trained_script:
        return "guard:unknown_script"
    if item.n_words >= GUARDED_PROSE_WORDS and item.news_voice:
        # Long reported prose is the article's own voice.
        return "guard:prose"
    # Teasers, interface words and share prompts are short; and appeals or prompts of
    # paragraph length name what they want ("support us"): without any cue, keep it.
    if item.n_words > LABEL_MAX_WORDS.get(label, item.n_words) or (
        not item.hits and item.n_words >= UNCUED_MAX_WORDS
    ):
        return "guard:long_for_label"
    return None


def decide(
    inputs: Sequence[UnitInput],
    first: np.ndarray,
    second: np.ndarray,
    threshold: float = 0.6,
    keep: Collection[str] = (),
    linked: Sequence[float] | None = None,
) -> list[Verdict]:
    """One verdict per unit: (label, score, first-pass label, reasons).

    `linked` (HTML only): per unit, the share of its text covered by a link it starts
    with (links.py).
    """
    verdicts: list[Verdict] = []
    since_header = None
    confident_body = (first[:, 0] >= FIRST_PASS_BODY).tolist()
    # Link-led units (a teaser's headline and summary) are not the article's own prose.
    link_led = (
        [
            share >= LINK_LED and item.n_words <= LINK_LIST_WORDS
            for share, item in zip(linked, inputs)
        ]
        if linked is not None
        else [False] * len(inputs)
    )
    anchors = [
        i
        for i, item in enumerate(inputs)
        if confident_body[i] and item.n_words >= ANCHOR_WORDS and not link_led[i]
    ]
    core = (anchors[0], anchors[-1]) if anchors else (len(inputs), -1)
    last_confident = max((i for i, sure in enumerate(confident_body) if sure), default=-1)
    # Row-wise numbers as Python lists: indexing numpy one value at a time is slow.
    first_rows = first.tolist()
    first_labels = [LABELS[j] for j in first.argmax(axis=1).tolist()]
    second_rows = second.tolist()
    junk_labels = [LABELS[1 + j] for j in second[:, 1:].argmax(axis=1).tolist()]
    headings = [any(h.reason in LIST_HEADINGS for h in item.hits) for item in inputs]
    body_list = _body_lists(inputs, first_rows)
    boxed = _boxes(first_rows)
    sandwiched = _sandwiched(first_rows)
    link_list = _link_teasers(inputs, linked, link_led, core)
    in_list = False
    for i, item in enumerate(inputs):
        if item.opens_block:
            since_header = 0
        elif since_header is not None:
            since_header += 1
        in_block = since_header is not None and since_header <= APPEAL_REACH
        # After the article, a "Related stories" / "Most read" heading opens a list of
        # teaser headlines: short lines that end without a full stop.
        in_list = (
            i > core[1]
            and not headings[i]
            and _headline_like(item.text)
            and all(h.label == "related" for h in item.hits)  # "Share: ..." ends the list
            and (in_list or (i > 0 and headings[i - 1]))
        )
        first_label = first_labels[i]
        scores = second_rows[i]
        p_body = scores[0]
        junk = 1.0 - p_body
        label = junk_labels[i]
        ruled_labels = {h.label for h in item.hits}
        if ruled_labels and label not in ruled_labels:
            # A cue rule names the kind of junk; the context pass says how sure we are.
            label = max(ruled_labels, key=lambda name: scores[LABEL_INDEX[name]])

        strong = sorted((h for h in item.hits if h.weight >= STRONG_RULE), key=lambda h: -h.weight)
        guard: str | None = None
        if (in_list or link_list[i]) and not strong and not in_block:
            label, junk = "related", max(junk, LIST_SCORE)
        elif strong and (p_body < STRONG_BODY or strong[0].weight >= CERTAIN_RULE):
            label = strong[0].label
            junk = max(junk, strong[0].weight)
        elif not in_block:
            ruled = _ruled(item, label)
            inside_core = core[0] < i < core[1] and not boxed[i]
            guard = _guard(item, label, first_label, ruled, inside_core, body_list[i])
            if guard:
                junk = 0.0
            elif (
                not ruled
                and first_rows[i][LABEL_INDEX[label]] < FIRST_PASS_ALONE
                and not (i > core[1] and sandwiched[i] and not _statement(item))
            ):
                # Without a cue rule, the first pass must see this label on its own: the
                # context pass may sharpen a label, not invent one. After the article,
                # junk between junk needs only to look more like junk than body (the
                # first pass hesitates between two junk labels: "Kup bilety", a tier price).
                guard = "guard:first_pass_disagrees"
                junk = min(junk, first_rows[i][LABEL_INDEX[label]])
            elif any(h.reason in INLINE_CUES and h.label == label for h in item.hits):
                # "Related: <headline>" sits between body paragraphs by design, so the
                # context pass reads it as body: the rule and the first pass outvote it.
                junk = max(junk, first_rows[i][LABEL_INDEX[label]])
        if junk >= threshold and label not in keep:
            reasons = [f"rule:{h.reason}" for h in item.hits if h.label == label]
            reasons.append(f"model:{first_label}")
            if first_label != label:
                reasons.append("context:neighbours")
            if in_block:
                reasons.append("context:appeal_block")
            if in_list:
                reasons.append("context:related_list")
            if link_list[i]:
                reasons.append("dom:link_teaser")
            if last_confident <= i:
                reasons.append("context:after_last_body")
            verdicts.append((label, round(junk, 4), first_label, tuple(reasons)))
        else:
            kept_because = (f"model:{first_label}",) + ((guard,) if guard else ())
            verdicts.append(("body", round(p_body, 4), first_label, kept_because))
    return verdicts


def decide_stable(
    inputs: Sequence[UnitInput],
    first: np.ndarray,
    context_pass: Callable[[np.ndarray, Sequence[UnitInput]], np.ndarray],
    threshold: float = 0.6,
    keep: Collection[str] = (),
    linked: Sequence[float] | None = None,
) -> list[Verdict]:
    """Decide, then decide again on what is left, until a round removes nothing.

    Removing units changes the neighbours of the rest; repeating until nothing changes
    makes cleaning idempotent: cleaning the clean text again removes nothing more. The
    first pass reads each unit alone, so only the (cheap) context pass is repeated.
    Real documents settle in two or three rounds; MAX_ROUNDS bounds pathological ones
    (thousands of alternating lines), where idempotence then holds only approximately.
    """
    verdicts: list[Verdict] = [("body", 1.0, "body", ())] * len(inputs)
    kept = list(range(len(inputs)))
    for _round in range(MAX_ROUNDS):
        if not kept:
            break
        sub_inputs = [inputs[i] for i in kept]
        sub_first = first[kept]
        round_verdicts = decide(
            sub_inputs,
            sub_first,
            context_pass(sub_first, sub_inputs),
            threshold,
            keep,
            None if linked is None else [linked[i] for i in kept],
        )
        for index, verdict in zip(kept, round_verdicts):
            verdicts[index] = verdict
        still_kept = [i for i, v in zip(kept, round_verdicts) if v[0] == "body"]
        if len(still_kept) == len(kept):
            break
        kept = still_kept
    return verdicts
