"""Turn first- and second-pass probabilities plus rule hits into one decision per unit.

Conservative by design: a unit is removed only when the junk probability clears the
threshold, because removing body text is the worst error.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

import numpy as np

from .corrections import correction_note
from .features import UnitInput, calls_to_reader, quotes_someone, widget_marked
from .line_forms import markdown_row
from .page_reading import AppealBlock, PageReading, TeaserList, read_page
from .regions import (
    FIRST_PASS_ALONE,
    unlinked_item,
)
from .revise import (
    keep_closing_turns,
    keep_dated_runs,
    keep_sign_offs,
    keep_subheadings,
    keep_table_sources,
    keep_timeline_entries,
    keep_timetables,
    remove_appeal_neighbours,
)
from .rules import WEAK_CUES
from .thresholds import (
    ABOVE_CORE_CUED,
    AD_MARKS,
    APPEAL_LABELS,
    CERTAIN_CALL_WORDS,
    CERTAIN_LABEL,
    CERTAIN_NOT_BODY,
    CERTAIN_RULE,
    DOUBTED_CONTEXT_SURE,
    FIRST_PASS_BODY,
    GUARDED_PROSE_WORDS,
    INLINE_CUES,
    LABEL_INDEX,
    LABEL_MAX_WORDS,
    LIST_SCORE,
    MAX_ROUNDS,
    PROMPT_LABELS,
    PROMPT_WORDS,
    STRONG_BODY,
    STRONG_RULE,
    SURE_APPEAL,
    SURE_CUED,
    SURE_PROMPT,
    TAGGED_TEASER,
    UNCUED_MAX_WORDS,
)
from .unit_kinds import (
    both_passes_junk,
    cites_study,
    contact_fields,
    cue_only_quoted,
    embedded_post,
    field_line,
    is_sponsor_read,
    is_statement,
    named_by_cue,
    stamp_line,
    unmarked_headline,
    whole_line_cue,
)
from .verdicts import Verdict


def _guard(
    item: UnitInput,
    label: str,
    first_label: str,
    ruled: bool,
    inside_core: bool,
    in_body_list: bool,
    introduced: bool,
    above_core: bool,
    sure_appeal: bool = False,
    sure_prompt: bool = False,
    follows_body: bool = False,
    ad_marked: bool = False,
    agreed_box: bool = False,
    widget_insert: bool = False,
    doubted: bool = False,
    inline_cued: bool = False,
    certain: bool = False,
    correction: bool = False,
) -> str | None:
    """Why the model alone may not remove this unit (None: it may). When unsure, keep."""
    if first_label == "body" and not (ad_marked or doubted):
        # Neighbours alone never remove what reads as body on its own (unless the first
        # pass leans to junk but splits it between labels, between two sure junk lines).
        return "guard:reads_as_body"
    if correction:
        # The story's correction or editor's note names what it corrects (a price, a
        # subscription): the contract keeps it.
        return "guard:correction_note"
    if is_sponsor_read(item, label):
        # A host's ad read says what it is ("this episode is supported by ..."), in a
        # transcript printed as a list too.
        return None
    if introduced:
        # Announced by the article's prose: only a whole-line cue or an appeal block cuts.
        return "guard:introduced_list"
    if in_body_list and not (ruled and (whole_line_cue(item, label) or inline_cued)):
        # A list the story holds ("3. Do not tap links that ask you to download an app")
        # loses an item only to a whole-line cue ("Share"), not to a phrase inside it;
        # or to a teaser's prefix the first pass agrees with ("Read also: ..." among rows
        # that open with a label and a colon, as a subheading may).
        return "guard:list_reads_as_body"
    if markdown_row(item.text):  # extractors print tables so: tables in an article are content
        return "guard:table_row"
    if embedded_post(item.text):
        return "guard:embedded_post"
    if label == "meta" and unmarked_headline(item):
        return "guard:headline_like"
    if cue_only_quoted(item):
        return "guard:quoted_call"
    if ruled:
        return None
    if label == "meta" and cites_study(item):
        return "guard:cites_study"
    if label == "related" and follows_body and is_statement(item) and not calls_to_reader(item):
        # A full sentence right under a kept paragraph goes on with the article: teaser
        # headlines end without a full stop.
        return "guard:statement"
    if inside_core and not (sure_prompt or widget_insert):
        return "guard:inside_core"
    if above_core and label in ABOVE_CORE_CUED:
        return "guard:appeal_above_article"
    if not item.trained_script:
        return "guard:unknown_script"
    if (
        item.n_words >= GUARDED_PROSE_WORDS
        and item.news_voice
        and not agreed_box
        and not certain
        and not (label == "meta" and (stamp_line(item.text) or contact_fields(item)))
    ):
        # Long reported prose is the article's own voice. (Not in a box both passes agree
        # on: the voice word lists miss a polite imperative in some languages, "колдоп
        # коюңуз", and read the appeal as reported. Nor when both passes are certain of
        # the label: a comment policy or a bio reads as reported too.)
        return "guard:prose"
    # Teasers, interface words and share prompts are short; and appeals or prompts of
    # paragraph length name what they want ("support us"): without any cue, keep it.
    if item.n_words > LABEL_MAX_WORDS.get(label, item.n_words) or (
        not item.hits and item.n_words >= UNCUED_MAX_WORDS and not sure_appeal
    ):
        return "guard:long_for_label"
    return None


def _certain_call(
    item: UnitInput, first_row: Sequence[float], scores: Sequence[float], label_index: int
) -> bool:
    """A short call to the reader that both passes all but rule out as body: a booking
    button or a cookbook's plug between a guide's paragraphs ("Ordinalo nel nostro shop
    ..."). Inside the core, what the passes only lean to call junk stays."""
    return (
        first_row[0] <= CERTAIN_NOT_BODY
        and first_row[label_index] >= CERTAIN_LABEL
        and scores[label_index] >= CERTAIN_LABEL
        and CERTAIN_CALL_WORDS[0] <= item.n_words <= CERTAIN_CALL_WORDS[1]
        and not item.news_voice
        and calls_to_reader(item)
    )


def _removal_reasons(
    i: int, item: UnitInput, label: str, page: PageReading, in_block: bool, in_list: bool
) -> tuple[str, ...]:
    """Why unit `i` is removed as `label`: its cue rules, the first pass's label, and what
    around it took it."""
    first_label = page.first_labels[i]
    reasons = [f"rule:{h.reason}" for h in item.hits if h.label == label]
    reasons.append(f"model:{first_label}")
    if first_label != label:
        reasons.append("context:neighbours")
    if page.appeal_faq[i]:
        reasons.append("context:appeal_faq")
    elif in_block:
        reasons.append("context:appeal_block")
    if in_list:
        reasons.append("context:related_list")
    if page.link_list[i]:
        reasons.append("dom:link_teaser")
    if page.last_confident <= i:
        reasons.append("context:after_last_body")
    return tuple(reasons)


def _weigh_against_guards(
    i: int,
    item: UnitInput,
    label: str,
    junk: float,
    note: bool,
    page: PageReading,
    verdicts: Sequence[Verdict],
    linked: Sequence[float] | None,
) -> tuple[str | None, float]:
    """For a unit no strong rule or teaser list settles: the guard that keeps it, if one
    does, and how sure removing it as `label` is."""
    first_rows, core = page.first_rows, page.core
    first_label = page.first_labels[i]
    scores = page.second_rows[i]
    p_body = scores[0]
    inside_core = core[0] < i < core[1] and not page.boxed[i] and not page.byline_block[i]
    ruled = named_by_cue(
        item,
        label,
        inside_core or i < core[0],
        # (Not a meta cue: a caption that ends in its credit is mostly the caption.)
        sure=label != "meta" and first_rows[i][LABEL_INDEX[label]] >= SURE_CUED,
    )
    # (Not a full sentence that addresses nobody: an article's last line can sit
    # between an ad label and a teaser.)
    doubted = page.between_junk[i] and junk >= DOUBTED_CONTEXT_SURE and not is_statement(item)
    ad_marked = (
        ruled
        and first_rows[i][0] < FIRST_PASS_BODY
        and any(h.reason in AD_MARKS and h.label == label for h in item.hits)
    )
    inline_cue = any(h.reason in INLINE_CUES and h.label == label for h in item.hits)
    guard = _guard(
        item,
        label,
        first_label,
        ruled,
        inside_core,
        page.body_list[i],
        page.introduced[i],
        above_core=i < core[0],
        sure_appeal=label in APPEAL_LABELS and first_rows[i][LABEL_INDEX[label]] >= SURE_APPEAL,
        sure_prompt=inside_core
        and label in PROMPT_LABELS
        and first_rows[i][LABEL_INDEX[label]] >= SURE_PROMPT
        and item.n_words >= PROMPT_WORDS
        and not item.news_voice
        and calls_to_reader(item)
        and not quotes_someone(item.text)
        and not any(h.reason in WEAK_CUES for h in item.hits),
        follows_body=i > 0 and verdicts[-1][0] == "body",
        ad_marked=ad_marked,
        agreed_box=page.agreed[i],
        doubted=doubted,
        inline_cued=inline_cue and first_rows[i][LABEL_INDEX[label]] >= FIRST_PASS_ALONE,
        certain=first_rows[i][0] <= CERTAIN_NOT_BODY
        and first_rows[i][LABEL_INDEX[label]] >= CERTAIN_LABEL
        and scores[LABEL_INDEX[label]] >= CERTAIN_LABEL,
        correction=note,
        widget_insert=inside_core
        and (
            (
                (widget_marked(item.text) or (label == "meta" and field_line(item.text)))
                and first_rows[i][LABEL_INDEX[label]] >= FIRST_PASS_ALONE
            )
            or _certain_call(item, first_rows[i], scores, LABEL_INDEX[label])
        ),
    )
    if not guard and page.roundup and page.tail_links[i] and not ruled:
        # The links of a round-up post are its content, whatever they read like.
        guard = "guard:link_roundup"
    elif (
        not guard
        and label == "related"
        and not ruled
        and linked is not None
        and unlinked_item(item, linked[i])
    ):
        # On a page, teasers link to their stories: a list item that holds no
        # link is the story's own list (warning signs, steps, facts).
        guard = "guard:unlinked_list_item"
    if guard:
        junk = 0.0
    elif (
        not ruled
        and first_rows[i][LABEL_INDEX[label]] < FIRST_PASS_ALONE
        and not doubted
        and not both_passes_junk(item, first_rows[i][0], p_body)
        and not (
            (
                page.byline_block[i]
                or page.top_furniture[i]
                or (i > core[1] and page.between_junk[i])
            )
            and not is_statement(item)
        )
    ):
        # Without a cue rule, the first pass must see this label on its own: the
        # context pass may sharpen a label, not invent one. After the article,
        # junk between junk needs only to look more like junk than body (the
        # first pass hesitates between two junk labels: "Kup bilety", a tier price),
        # and so does a line of the byline block under the headline (a name) or
        # of the furniture above it (a section name).
        guard = "guard:first_pass_disagrees"
        junk = min(junk, first_rows[i][LABEL_INDEX[label]])
    elif ad_marked:
        junk = max(junk, *(h.weight for h in item.hits if h.reason in AD_MARKS))
    elif inline_cue:
        # "Related: <headline>" sits between body paragraphs by design, so the
        # context pass reads it as body: the rule and the first pass outvote it.
        junk = max(junk, first_rows[i][LABEL_INDEX[label]])
    return guard, junk


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
    page = read_page(inputs, first, second, linked)
    first_rows, core = page.first_rows, page.core
    appeal_block, teaser_list = AppealBlock(), TeaserList()
    for i, item in enumerate(inputs):
        in_header_block, article_resumes = appeal_block.step(i, item, page)
        in_block = in_header_block or page.sandwiched_appeal[i] or page.appeal_faq[i]
        in_list = teaser_list.step(i, inputs, page, verdicts, linked)
        first_label = page.first_labels[i]
        scores = page.second_rows[i]
        p_body = scores[0]
        junk = 1.0 - p_body
        label = page.junk_labels[i]
        ruled_labels = {h.label for h in item.hits}
        if ruled_labels and label not in ruled_labels:
            # A cue rule names the kind of junk; the context pass says how sure we are.
            label = max(ruled_labels, key=lambda name: scores[LABEL_INDEX[name]])

        strong = sorted((h for h in item.hits if h.weight >= STRONG_RULE), key=lambda h: -h.weight)
        guard: str | None = None
        tagged = i > core[0] and any(h.reason == TAGGED_TEASER for h in item.hits)
        # A correction under the story is no teaser and no cue's junk: the guards decide.
        note = correction_note(item.text)
        if (
            (in_list or page.link_list[i] or tagged)
            and not strong
            and not (in_block or article_resumes or note)
        ):
            label, junk = "related", max(junk, LIST_SCORE)
        elif strong and not note and (p_body < STRONG_BODY or strong[0].weight >= CERTAIN_RULE):
            label = strong[0].label
            junk = max(junk, strong[0].weight)
        elif not in_block:
            guard, junk = _weigh_against_guards(i, item, label, junk, note, page, verdicts, linked)
        if junk >= threshold and label not in keep:
            reasons = _removal_reasons(i, item, label, page, in_block, in_list)
            verdicts.append((label, round(junk, 4), first_label, reasons))
        else:
            kept_because = (f"model:{first_label}",) + ((guard,) if guard else ())
            verdicts.append(("body", round(p_body, 4), first_label, kept_because))
    remove_appeal_neighbours(verdicts, inputs, first_rows, keep)
    keep_subheadings(verdicts, inputs, first_rows, page.second_rows)
    keep_sign_offs(verdicts, inputs)
    keep_closing_turns(verdicts, inputs, first_rows)
    keep_timetables(verdicts, inputs)
    keep_timeline_entries(verdicts, inputs)
    keep_dated_runs(verdicts, inputs)
    keep_table_sources(verdicts, inputs)
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
