"""What decide() reads from the document as a whole: the page-wide facts before it judges
any unit (read_page -> PageReading), and the two states it follows down the page, the
block an appeal's header opens (AppealBlock) and a list of teasers after the article
(TeaserList).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .features import UnitInput, calls_to_reader
from .readers import thread_start
from .records import LABELS
from .regions import (
    agreed_boxes,
    appeal_faqs,
    appeal_sandwiches,
    body_lists,
    boxes,
    head_meta,
    introduced_lists,
    link_teasers,
    outweighs_core,
    sandwiched,
    unlinked_item,
)
from .thresholds import (
    ANCHOR_WORDS,
    APPEAL_REACH,
    BOX_BUTTON_REACH,
    BOX_BUTTONS,
    FIRST_PASS_BODY,
    INTERVIEW_QUESTIONS,
    LABEL_INDEX,
    LINK_LED,
    LINK_LIST_WORDS,
    LIST_HEADINGS,
    LIST_WORDS,
    RELATED_INDEX,
    RESUMED_PROSE,
    ROUNDUP_LINKS,
    TOP_FURNITURE,
    TOP_FURNITURE_WORDS,
)
from .unit_kinds import (
    asks_question,
    headline_like,
    is_answered,
    junk_by_cue,
    teaser_heading,
    teaser_pair,
)
from .verdicts import Verdict


@dataclass(frozen=True)
class PageReading:
    """What decide() reads from the whole document before it judges each unit: where the
    article's core runs, each unit's scores, and which units sit in the page's lists,
    boxes and blocks."""

    # The article's core: its first and last anchor (prose the first pass is sure of).
    core: tuple[int, int]
    last_confident: int  # the last unit the first pass reads as body (-1: none)
    # Each unit's scores and labels, as lists (numpy read one value at a time is slow).
    first_rows: list[list[float]]
    first_labels: list[str]
    second_rows: list[list[float]]
    junk_labels: list[str]  # the context pass's likeliest junk label
    # Per unit:
    confident_body: list[bool]  # the first pass reads it as body (FIRST_PASS_BODY)
    headings: list[bool]  # a related list's heading cue ("More from X")
    box_button: list[bool]  # an appeal box's own button (BOX_BUTTONS)
    body_list: list[bool]  # in a list that reads as the story's (regions.body_lists)
    introduced: list[bool]  # in a list the story introduces (regions.introduced_lists)
    agreed: list[bool]  # in a box both passes agree is junk (regions.agreed_boxes)
    boxed: list[bool]  # in a box set into the article (regions.boxes), or an agreed one
    byline_block: list[bool]  # in the byline block under the headline (regions.head_meta)
    sandwiched_appeal: list[bool]  # between lines of one appeal (regions.appeal_sandwiches)
    appeal_faq: list[bool]  # in an appeal's questions and answers (regions.appeal_faqs)
    top_furniture: list[bool]  # a short line of the furniture above the headline
    between_junk: list[bool]  # between two lines surely junk (regions.sandwiched)
    link_list: list[bool]  # a teaser in a list of links (regions.link_teasers)
    tail_links: list[bool]  # a link-led line after the core
    # The links after the core outweigh it: they are a round-up post's content.
    roundup: bool
    # INTERVIEW_QUESTIONS questions or more that read as the story's: an interview or FAQ.
    interview: bool


def read_page(
    inputs: Sequence[UnitInput],
    first: np.ndarray,
    second: np.ndarray,
    linked: Sequence[float] | None = None,
) -> PageReading:
    """The document-wide facts decide() reads (see decide for `linked`)."""
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
    headings = [any(h.reason in LIST_HEADINGS for h in item.hits) for item in inputs]
    box_button = [any(h.reason in BOX_BUTTONS for h in item.hits) for item in inputs]
    # After the last "More from ..." heading, one prose-like line is a teaser with a summary,
    # not the article going on: the core ends before the heading unless prose resumes.
    last_heading = max((i for i, is_heading in enumerate(headings) if is_heading), default=-1)
    if last_heading >= 0 and sum(i > last_heading for i in anchors) < RESUMED_PROSE:
        anchors = [i for i in anchors if i < last_heading]
    # Readers' comments read as body (people speaking): the core ends above their thread's
    # heading, which it would otherwise shield ("23 comentários" inside the article).
    read_as_comments = (first.argmax(axis=1) == LABEL_INDEX["comments"]).tolist()
    thread = thread_start(inputs, read_as_comments, anchors)
    if thread is not None:
        anchors = [i for i in anchors if i < thread]
    core = (anchors[0], anchors[-1]) if anchors else (len(inputs), -1)
    last_confident = max((i for i, sure in enumerate(confident_body) if sure), default=-1)
    # Row-wise numbers as Python lists: indexing numpy one value at a time is slow.
    first_rows = first.tolist()
    first_labels = [LABELS[j] for j in first.argmax(axis=1).tolist()]
    second_rows = second.tolist()
    junk_labels = [LABELS[1 + j] for j in second[:, 1:].argmax(axis=1).tolist()]
    body_list = body_lists(inputs, first_rows)
    introduced = introduced_lists(inputs, first_rows)
    agreed = agreed_boxes(inputs, first_rows, second_rows)
    boxed = [box or in_agreed for box, in_agreed in zip(boxes(inputs, first_rows), agreed)]
    # The first unit that reads as body: the headline, as a rule.
    first_body = next((i for i, row in enumerate(first_rows) if row[0] >= 0.5), len(inputs))
    byline_block = head_meta(inputs, first_rows, anchors, first_body)
    sandwiched_appeal = appeal_sandwiches(
        inputs, first_rows, second_rows, anchors, ("donation", "subscription")
    )
    appeal_faq = appeal_faqs(inputs, first_rows, second_rows, ("donation", "subscription"))
    # Above the headline and the article's core, the first few lines of one to three words
    # that read as junk are the page's top furniture: a section name, a place. (A headline
    # the first pass doubts is longer.)
    top_furniture = [
        i < min(first_body, TOP_FURNITURE)
        and first_body <= core[0] < len(inputs)
        and item.n_words <= TOP_FURNITURE_WORDS
        for i, item in enumerate(inputs)
    ]
    between_junk = sandwiched(first_rows)
    link_list = link_teasers(inputs, linked, link_led, core)
    tail_links = [led and i > core[1] for i, led in enumerate(link_led)]
    # A round-up post is several links; a lone link ("Share this article") is no content.
    roundup = sum(tail_links) >= ROUNDUP_LINKS and outweighs_core(inputs, tail_links, core)
    # An interview or FAQ asks several questions the first pass reads as the story's own.
    interview = (
        sum(row[0] >= 0.5 and asks_question(item.text) for row, item in zip(first_rows, inputs))
        >= INTERVIEW_QUESTIONS
    )
    return PageReading(
        confident_body=confident_body,
        headings=headings,
        box_button=box_button,
        core=core,
        last_confident=last_confident,
        first_rows=first_rows,
        first_labels=first_labels,
        second_rows=second_rows,
        junk_labels=junk_labels,
        body_list=body_list,
        introduced=introduced,
        agreed=agreed,
        boxed=boxed,
        byline_block=byline_block,
        sandwiched_appeal=sandwiched_appeal,
        appeal_faq=appeal_faq,
        top_furniture=top_furniture,
        between_junk=between_junk,
        link_list=link_list,
        tail_links=tail_links,
        roundup=roundup,
        interview=interview,
    )


@dataclass
class AppealBlock:
    """The appeal block a header opens ("A Message from X:", "Dear readers,"), followed
    down the page: how many units below its header a unit is, and whether the appeal's
    prose paragraph has come."""

    since_header: int | None = None
    prose_given: bool = False

    def step(self, i: int, item: UnitInput, page: PageReading) -> tuple[bool, bool]:
        """For unit `i`: whether the header's block holds it, and whether the article
        resumes there instead."""
        if item.opens_block:
            # (A header that carries the appeal's prose itself, "Dear readers, we work in
            # exile ...", has given it: a cue-less line that reads as body ends the block.)
            self.since_header, self.prose_given = 0, item.n_words >= ANCHOR_WORDS
        elif self.since_header is not None:
            self.since_header += 1
        in_header_block = self.since_header is not None and self.since_header <= APPEAL_REACH
        # Under a header ("Dear readers,"), the appeal's first prose paragraph may read as
        # body; after it, a line that reads as body and names no cue is the article going
        # on (a subheading, the next section), not more of the appeal: the block does not
        # take it, and, as in the block, no teaser list does either. (Unless the box's own
        # buttons follow it: BOX_BUTTONS.)
        article_resumes = (
            in_header_block
            and self.prose_given
            and page.first_labels[i] == "body"
            and not item.hits
            and not any(page.box_button[i + 1 : i + 1 + BOX_BUTTON_REACH])
        )
        in_header_block = in_header_block and not article_resumes
        # (The appeal's prose may also be a paragraph the voice lists took for news prose
        # and the first pass then read as the appeal: features.read_as_appeal.)
        if (
            in_header_block
            and (page.confident_body[i] or item.read_as_appeal)
            and item.n_words >= ANCHOR_WORDS
        ):
            self.prose_given = True
        return in_header_block, article_resumes


@dataclass
class TeaserList:
    """A list of teaser headlines after the article, followed down the page: after a
    "Related stories" / "Most read" heading (a cue's), or one only the model removed, or
    a line a cue removed (`by_model`)."""

    open: bool = False
    by_model: bool = False

    def step(
        self,
        i: int,
        inputs: Sequence[UnitInput],
        page: PageReading,
        verdicts: Sequence[Verdict],
        linked: Sequence[float] | None,
    ) -> bool:
        """Whether unit `i` is a teaser of an open list (the verdicts so far are those of
        the units above it)."""
        item = inputs[i]
        # Teasers are short lines that end without a full stop. A heading only the model
        # removed opens no list over one that reads as the story's (page.body_list), or, on
        # a page, over lines that link nowhere (teasers link to their stories; a fact box's
        # rows do not).
        candidate = (
            i > page.core[1]
            and not page.headings[i]
            and (
                headline_like(item)
                # Under a cued heading ("More from X"), a teaser may be a headline and a
                # sentence of summary ("Clinics closed. Here's how far women now drive.").
                or (
                    ((self.open and not self.by_model) or (i > 0 and page.headings[i - 1]))
                    and 2 <= item.n_words <= LIST_WORDS
                    and not calls_to_reader(item)
                )
            )
            and all(h.label == "related" for h in item.hits)  # "Share: ..." ends the list
            and not is_answered(inputs, i, page.interview)
        )
        if candidate and not self.open and i > 0:
            above = page.first_rows[i - 1][RELATED_INDEX]
            if page.headings[i - 1]:
                self.open, self.by_model = True, False
            elif teaser_heading(verdicts[-1], inputs[i - 1], above):
                self.open, self.by_model = True, True
            elif junk_by_cue(verdicts[-1]) and teaser_pair(inputs, i):
                # No heading, but the article is over: under a line a cue removed (a
                # source line, a share row, an ad label), headlines in a row are teasers.
                self.open, self.by_model = True, True
        self.open = (
            candidate
            and self.open
            and not (
                self.by_model
                and (
                    page.body_list[i]
                    or (linked is not None and unlinked_item(item, linked[i], marked=False))
                )
            )
        )
        return self.open
