"""Turn first- and second-pass probabilities plus rule hits into one decision per unit.

Conservative by design: a unit is removed only when the junk probability clears the
threshold, because removing body text is the worst error.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from itertools import groupby

import numpy as np

from .embeds import tweet_signature
from .features import (
    ADDRESSING,
    UnitInput,
    calls_to_reader,
    ends_on_icon,
    quotes_someone,
    widget_marked,
)
from .lexicon import SOURCE_WORDS
from .line_forms import FIELD_SEPARATOR, LEAD_IN, markdown_row, split_fields
from .prose_cues import CONTACT_MAX_WORDS, contact_data
from .readers import thread_start
from .records import LABELS
from .regions import (
    FIRST_PASS_ALONE,
    agreed_boxes,
    appeal_faqs,
    appeal_sandwiches,
    body_lists,
    boxes,
    head_meta,
    introduced_lists,
    link_teasers,
    list_item,
    outweighs_core,
    sandwiched,
    unlinked_item,
)
from .rules import (
    FORMAT_RULES,
    MACHINE_MADE_WEIGHT,
    WEAK_CUES,
    WHOLE_LINE_WEIGHT,
    rule_hits,
)
from .scripts import starts_in_lower_case
from .voice import CTA_VERBS

# A whole-line cue ("Share", "Advertisement") decides unless the model is sure of body.
STRONG_RULE = WHOLE_LINE_WEIGHT
STRONG_BODY = 0.9
# ... and a machine-made line (an image address, a timestamp) decides whatever the model says.
CERTAIN_RULE = MACHINE_MADE_WEIGHT
# A unit the first pass reads as body on its own is only pulled out by an appeal block
# opened above it ("A Message from X:"), never by position or neighbours alone.
FIRST_PASS_BODY = 0.75
# A prompt both passes all but rule out as body ("Смотрите все матчи ... на нашем канале",
# "Get breaking news on WhatsApp: send JOIN to ...") goes even when the first pass splits
# its junk share between two labels, so that no single one reaches FIRST_PASS_ALONE.
BOTH_PASSES_FIRST = 0.02
BOTH_PASSES_CONTEXT = 0.05
BOTH_PASSES_WORDS = 6
APPEAL_REACH = 10
# An appeal box ends on its own buttons ("Remind me later", "Donate now"): a line right
# above them is the appeal's closing line ("Thank you for standing with us."), however
# much it reads as the article's prose, not the article going on.
BOX_BUTTONS = frozenset({"appeal_dismiss", "appeal_give"})
BOX_BUTTON_REACH = 2
# Between the first and last prose paragraph that read as body (the article's core), a
# unit is only removed on strong evidence: a cue rule or an appeal block. Outside the
# core (leading and trailing junk) the model's threshold applies.
ANCHOR_WORDS = 12
# After the article, a doubted unit between sure junk goes with it (regions.sandwiched)
# unless it is a statement of at least this many words.
STATEMENT_WORDS = 6
# Inside the core, a newsletter, donation or subscription prompt the first pass alone is
# this sure of, that speaks to the reader, does not report and quotes nobody, is an
# inserted box even without a cue ("Receba a newsletter ... no seu email", "You've read 4
# of your 5 free stories"): the core does not shield it. A quotation is the story's
# ("'Free news does not exist: someone pays,' the editor says"). Not so for adverts and
# apps, nor for a line that names a price per period (a WEAK_CUE): consumer advice in the
# story speaks to the reader about those ("you'll pay $6.99 a month after the trial").
SURE_PROMPT = 0.85
# ... and it is a sentence or two: a shorter line ("This kit will help you!") may be the
# story's own.
PROMPT_WORDS = 8
# Inside the core, a call to the reader both passes are near certain of (_certain_call).
CERTAIN_NOT_BODY = 0.02
CERTAIN_LABEL = 0.9
CERTAIN_CALL_WORDS = (5, 25)
PROMPT_LABELS = frozenset({"newsletter", "donation", "subscription"})
# Teaser lists after the article, opened by a related-links heading.
LIST_HEADINGS = frozenset({"related_heading", "related_heading_2"})
# ... the article goes on after such a heading only if this many prose paragraphs follow.
RESUMED_PROSE = 2
LIST_WORDS = 16
# ... or, after the article, by a line a cue removed, when two headlines of so many words
# follow it.
TAIL_TEASER_WORDS = 4
LIST_SCORE = 0.8
# ... or opened by a heading the first pass alone reads as related this surely, of so many
# words (a one-word "Pros" or "Standings" is no teaser heading).
MODEL_HEADING = 0.6
MODEL_HEADING_WORDS = (2, 8)
# A unit is link-led (a teaser's headline and summary) when a link it starts with covers
# this share of it and it is at most this many words long.
LINK_LED = 0.25
LINK_LIST_WORDS = 40
# A page is a link round-up (its links are its content) with at least this many of them.
ROUNDUP_LINKS = 3
# Reported prose this long (news voice: nobody addressed) is never cut by the model alone.
GUARDED_PROSE_WORDS = 15
# Longest unit (in words) the model alone may call related / ui / social.
LABEL_MAX_WORDS = {"related": 40, "ui": 20, "social": 40}
# ... and the longest unit with no cue rule at all the model alone may remove, unless the
# first pass alone is this sure it is an appeal (an editor's letter names no button).
UNCUED_MAX_WORDS = 40
SURE_APPEAL = 0.9
# A topic cue in news voice counts when the first pass alone reads its label this surely.
SURE_CUED = 0.9
# Cues for inserts that sit inside an article by design (a teaser, a video that did not
# load): where the first pass agrees, the context pass (which reads them as body from
# their neighbours) is overruled.
INLINE_CUES = frozenset({"teaser_prefix", "teaser_tag", "widget_ui"})
# An advertisement's legally required marks ("18+ only. Gamble responsibly.", a Russian ad
# registry token) are not how a story talks about betting or ads: they outvote a first
# pass that leans to body without being sure of it.
AD_MARKS = frozenset({"gambling", "gambling_notice", "ad_token"})
# A headline tagged "[VIDEO]", "[INSIGHT]" once the article has begun is another story's
# teaser, whatever the model reads in it (before the article it may be the page's own title).
TAGGED_TEASER = "teaser_tag"
APPEAL_LABELS = frozenset({"donation", "subscription", "newsletter"})
# Above the article, the model alone does not remove an appeal, a share prompt or an advert:
# a headline about a newsletter company, a fundraiser, a messaging app or an app launch
# reads like one, and real boxes, share rows and ads there carry cues.
ABOVE_CORE_CUED = APPEAL_LABELS | {"social", "promo"}
# Lines above the headline that may be the page's furniture (decide: top_furniture).
TOP_FURNITURE = 3
TOP_FURNITURE_WORDS = 3
# Decision rounds (see decide_stable): real documents settle in two or three.
MAX_ROUNDS = 8
# A line the first pass reads as junk more than body, though as no one label, between two
# lines it is sure are junk: the context pass must be this sure it is junk to remove it.
DOUBTED_CONTEXT_SURE = 0.95

LABEL_INDEX = {label: index for index, label in enumerate(LABELS)}
RELATED_INDEX = LABEL_INDEX["related"]

Verdict = tuple[str, float, str, tuple[str, ...]]  # label, score, first-pass label, reasons


# Full stops: Latin and CJK, and the danda of Devanagari and Bengali, Urdu's, Burmese's and
# Ethiopic's (a Nepali answer ends on "।").
FULL_STOPS = (".", "。", "।", "۔", "။", "።")


def _both_passes_junk(item: UnitInput, first_body: float, context_body: float) -> bool:
    """A line of a few words that speaks to the reader (not in news voice, not quoting
    anyone) and that neither pass reads as body."""
    return (
        first_body < BOTH_PASSES_FIRST
        and context_body < BOTH_PASSES_CONTEXT
        and item.n_words >= BOTH_PASSES_WORDS
        and not item.news_voice
        and calls_to_reader(item)
        and not quotes_someone(item.text)
    )


def _sponsor_read(item: UnitInput, label: str) -> bool:
    """A line the sponsor-read cue names (prose_cues.sponsor_read), removed as promo."""
    return label == "promo" and any(hit.reason == "sponsor_read" for hit in item.hits)


def _statement(item: UnitInput) -> bool:
    """A full sentence that addresses nobody ("Two firms will test the drones this summer."):
    the way an article's last lines read, unlike prompts, prices and teaser headlines."""
    return (
        item.n_words >= STATEMENT_WORDS
        and item.text.rstrip().endswith((".", "。"))
        and ADDRESSING.isdisjoint(item.words)
    )


def _answered(inputs: Sequence[UnitInput], i: int, interview: bool) -> bool:
    """In an interview or FAQ, a question followed by a full sentence: its answer, not a
    teaser headline and its summary."""
    return (
        interview
        and _asks(inputs[i].text)
        and i + 1 < len(inputs)
        and inputs[i + 1].n_words >= STATEMENT_WORDS
        and inputs[i + 1].text.rstrip().endswith(FULL_STOPS)
    )


# An embedded social post: its text carries the platform's short link, and the line under
# it names the account ("— Ann Lee (@annlee) November 18, 2019", embeds.tweet_signature).
# Quoted posts are part of the story, like any quote.
_POST_LINK = re.compile(r"\bpic\.twitter\.com/\w|\bhttps?://t\.co/\w")


def _embedded_post(text: str) -> bool:
    """A post quoted from a social network, or the line that attributes it."""
    return _POST_LINK.search(text) is not None or tweet_signature(text)


# A study the story reports on, cited with its DOI ("The study: M. Ortega et al., ...,
# 2024. DOI: 10.1016/..."): the article's source, never the page's. (A DOI alone, a page's
# own identifier under its byline, is a few words.)
_DOI = re.compile(r"\b10\.\d{4,9}/[^\s\]]")
CITATION_MIN_WORDS = 6


def _cites_study(item: UnitInput) -> bool:
    return item.n_words >= CITATION_MIN_WORDS and _DOI.search(item.text) is not None


def _headline_like(item: UnitInput) -> bool:
    """A teaser headline: a few words (as the unit counts them: Chinese and Japanese write
    no spaces), no closing full stop (in any script: the danda, the Ethiopic, Burmese and
    Khmer stops)."""
    return 2 <= item.n_words <= LIST_WORDS and not item.text.rstrip().endswith(
        (".", ":", ";", "。", "：", "；", "।", "॥", "።", "။", "។")
    )


# A meta line shows its kind: a separator (breadcrumb, "name | date", "desk — city"), digits
# (a date), or a cue rule (byline, credit). Without any, a line of six words or more that
# ends without a full stop reads as a headline.
_META_MARKS = re.compile(r"[|›»>/·•・,;:@()（）—–\-]|\d")
HEADLINE_TOKENS = 6


def _unmarked_headline(item: UnitInput) -> bool:
    """A headline the first pass mistook for meta ("Local reporter cleared in
    'disinformation' case"): headline-shaped, and nothing marks it as meta. Tokens are
    counted between spaces, so Chinese and Japanese bylines never qualify."""
    return (
        not item.hits
        and _headline_like(item)
        and len(item.text.split()) >= HEADLINE_TOKENS
        and _META_MARKS.search(item.text) is None
    )


# A byline or stamp line strings short fields together with separators ("By Ann Lee |
# Updated: Sunday, 30 November 2025, 9:20 pm"; dashes only between three fields or more).
_DASH_SEPARATOR = re.compile(r"\s—\s")
FIELD_WORDS = 10
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")


def _fields(text: str) -> list[str]:
    """The fields of a line strung together with separators ([] for one field)."""
    separator, least = (
        (FIELD_SEPARATOR, 2) if FIELD_SEPARATOR.search(text) else (_DASH_SEPARATOR, 3)
    )
    fields = split_fields(text, separator, FIELD_WORDS)
    return fields if len(fields) >= least else []


_YEAR_OR_ADDRESS = re.compile(r"(?<!\d)\d{4}(?!\d)|@")


def _field_line(text: str) -> bool:
    """Short fields with a year (a date) or an address among them: how a byline, stamp or
    contact line reads, not a sentence. (A recipe's "Prep: 20 mins | Cook: 45 mins |
    Serves 8" is the story's own.)"""
    return bool(_fields(text)) and _YEAR_OR_ADDRESS.search(text) is not None


def _stamp_line(text: str) -> bool:
    """Short fields with a clock time among them. (A line of attachments, "Poster (PDF,
    1,2 MB) · Data 2020-2024 (XLSX, 86 KB)", has fields and numbers too, but no time.)"""
    return bool(_fields(text)) and _CLOCK.search(text) is not None


def _contact_fields(item: UnitInput) -> bool:
    """A line of contact fields: a name, an office, a phone number or an e-mail address,
    and no sentence's end ("Pressestelle: ..., Tel. +49 6421 555-3370"). (A witness
    appeal gives a number too, in a sentence: "... call 101, quoting log 1187.")"""
    return (
        item.n_words <= CONTACT_MAX_WORDS
        and not item.text.rstrip().endswith((".", "。", "!", "?"))
        and contact_data(item.text)
    )


def _junk_by_cue(verdict: Verdict) -> bool:
    """Whether a unit was removed on a cue rule's word ("Source: ...", "Share")."""
    return verdict[0] != "body" and any(reason.startswith("rule:") for reason in verdict[3])


# A teaser that carries its own headline after its prefix ("Read also: Slovenia signs
# with the space agency") is a whole teaser, not a list's heading: the article may go on
# under it (a fact box's title, a subheading).
WHOLE_TEASER_WORDS = 3
_PREFIX_COLON = re.compile(r"[:：]\s*")


def _whole_teaser(item: UnitInput) -> bool:
    if not any(h.reason == "teaser_prefix" for h in item.hits):
        return False
    parts = _PREFIX_COLON.split(item.text, maxsplit=1)
    return len(parts) == 2 and len(parts[1].split()) >= WHOLE_TEASER_WORDS


def _teaser_heading(verdict: Verdict, item: UnitInput, first_related: float) -> bool:
    """A line removed as related on a cue ("More from Sport", "Read more: ..."), or a short
    heading of a few words that the first pass alone reads as related ("Have you read
    this?", "More stories you will like"): headlines that follow it are the rest of its
    list. (Any line the model removes as related would run the chain on through a review's
    pros and cons or a table of standings.)"""
    if verdict[0] != "related":
        return False
    if _junk_by_cue(verdict):
        return not _whole_teaser(item)
    return (
        MODEL_HEADING_WORDS[0] <= item.n_words <= MODEL_HEADING_WORDS[1]
        and first_related >= MODEL_HEADING
        and not list_item(item.text)
        # A question that asks nobody is the story's subheading ("What did the drill test?").
        and (not item.text.rstrip().endswith(("?", "？")) or calls_to_reader(item))
    )


def _teaser_pair(inputs: Sequence[UnitInput], i: int) -> bool:
    """Whether units i and i+1 are both teaser headlines of TAIL_TEASER_WORDS or more
    (a lone line there may be a photo's caption; cue rules other than teasers' end it)."""
    return i + 1 < len(inputs) and all(
        _headline_like(item)
        and item.n_words >= TAIL_TEASER_WORDS
        and all(h.label == "related" for h in item.hits)
        for item in (inputs[i], inputs[i + 1])
    )


def _ruled(item: UnitInput, label: str, before_core_end: bool, sure: bool = False) -> bool:
    """Whether a cue rule for `label` counts as evidence on this unit.

    Inside the article's core, or above it, a weak cue (a price per period) counts for
    nothing: consumer advice names prices, and so does a headline about a price rise.

    A cue phrase in news voice ("... ignored repeated copyright notices", the judges said)
    reports on the topic: only format rules count there, unless the first pass alone is
    `sure` of the label (a third-person comment policy: "Comments are the property of
    their authors; the editors may delete them."). In a script the model was not trained
    on, a phrase found inside the text ("App Store" in a Japanese paragraph) is a borrowed
    word: only a whole-line match counts.
    """
    return any(
        h.label == label
        and not (before_core_end and h.reason in WEAK_CUES)
        and (h.reason in FORMAT_RULES or not item.news_voice or sure)
        and (item.trained_script or h.weight >= STRONG_RULE)
        for h in item.hits
    )


# A call quoted in a story's sentence: the fraudsters' text message, a poster's slogan
# ('The messages read: "Join our WhatsApp group to claim your refund", police said.').
# Its cue words are what the story reports; outside the quotes the line is news voice.
# (A quote is bounded: an opening mark repeated without its closing one must not make each
# try scan to the line's end.)
QUOTE_MAX_CHARS = 400
# Each quote's opening mark, the marks that close it, and its shortest text.
_QUOTE_MARKS = (
    ('"', '"', 8),
    ("“", "”", 8),
    ("„", "“”", 8),
    ("«", "»", 8),
    ("‘", "’", 8),
    ("「", "」", 4),
)
_QUOTED = re.compile(
    "|".join(
        rf"{opening}[^{closing}\n]{{{least},{QUOTE_MAX_CHARS}}}[{closing}]"
        for opening, closing, least in _QUOTE_MARKS
    )
)


def _cue_only_quoted(item: UnitInput) -> bool:
    """Whether the unit is in news voice and its cue rules fire only inside its quotes."""
    if not item.news_voice or not item.hits:
        return False
    if any(hit.reason in FORMAT_RULES for hit in item.hits):
        return False
    outside = _QUOTED.sub(" … ", item.text)
    return outside != item.text and not rule_hits(outside)


def _whole_line_cue(item: UnitInput, label: str) -> bool:
    """Whether a whole-line cue for `label` fires on the unit ("Share", "Advertisement")."""
    return any(h.label == label and h.weight >= STRONG_RULE for h in item.hits)


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
) -> str | None:
    """Why the model alone may not remove this unit (None: it may). When unsure, keep."""
    if first_label == "body" and not (ad_marked or doubted):
        # Neighbours alone never remove what reads as body on its own (unless the first
        # pass leans to junk but splits it between labels, between two sure junk lines).
        return "guard:reads_as_body"
    if _sponsor_read(item, label):
        # A host's ad read says what it is ("this episode is supported by ..."), in a
        # transcript printed as a list too.
        return None
    if introduced:
        # Announced by the article's prose: only a whole-line cue or an appeal block cuts.
        return "guard:introduced_list"
    if in_body_list and not (ruled and (_whole_line_cue(item, label) or inline_cued)):
        # A list the story holds ("3. Do not tap links that ask you to download an app")
        # loses an item only to a whole-line cue ("Share"), not to a phrase inside it;
        # or to a teaser's prefix the first pass agrees with ("Read also: ..." among rows
        # that open with a label and a colon, as a subheading may).
        return "guard:list_reads_as_body"
    if markdown_row(item.text):  # extractors print tables so: tables in an article are content
        return "guard:table_row"
    if _embedded_post(item.text):
        return "guard:embedded_post"
    if label == "meta" and _unmarked_headline(item):
        return "guard:headline_like"
    if _cue_only_quoted(item):
        return "guard:quoted_call"
    if ruled:
        return None
    if label == "meta" and _cites_study(item):
        return "guard:cites_study"
    if label == "related" and follows_body and _statement(item) and not calls_to_reader(item):
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
        and not (label == "meta" and (_stamp_line(item.text) or _contact_fields(item)))
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
    block_prose = False
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
        sum(row[0] >= 0.5 and _asks(item.text) for row, item in zip(first_rows, inputs))
        >= INTERVIEW_QUESTIONS
    )
    in_list = list_by_model = False
    for i, item in enumerate(inputs):
        if item.opens_block:
            # (A header that carries the appeal's prose itself, "Dear readers, we work in
            # exile ...", has given it: a cue-less line that reads as body ends the block.)
            since_header, block_prose = 0, item.n_words >= ANCHOR_WORDS
        elif since_header is not None:
            since_header += 1
        in_header_block = since_header is not None and since_header <= APPEAL_REACH
        # Under a header ("Dear readers,"), the appeal's first prose paragraph may read as
        # body; after it, a line that reads as body and names no cue is the article going
        # on (a subheading, the next section), not more of the appeal: the block does not
        # take it, and, as in the block, no teaser list does either. (Unless the box's own
        # buttons follow it: BOX_BUTTONS.)
        article_resumes = (
            in_header_block
            and block_prose
            and first_labels[i] == "body"
            and not item.hits
            and not any(box_button[i + 1 : i + 1 + BOX_BUTTON_REACH])
        )
        in_header_block = in_header_block and not article_resumes
        # (The appeal's prose may also be a paragraph the voice lists took for news prose
        # and the first pass then read as the appeal: features.read_as_appeal.)
        if (
            in_header_block
            and (confident_body[i] or item.read_as_appeal)
            and item.n_words >= ANCHOR_WORDS
        ):
            block_prose = True
        in_block = in_header_block or sandwiched_appeal[i] or appeal_faq[i]
        # After the article, a "Related stories" / "Most read" heading opens a list of
        # teaser headlines: short lines that end without a full stop. A heading only the
        # model removed opens none over a list that reads as the story's (body_list), or,
        # on a page, over lines that link nowhere (teasers link to their stories; a fact
        # box's rows do not).
        candidate = (
            i > core[1]
            and not headings[i]
            and (
                _headline_like(item)
                # Under a cued heading ("More from X"), a teaser may be a headline and a
                # sentence of summary ("Clinics closed. Here's how far women now drive.").
                or (
                    ((in_list and not list_by_model) or (i > 0 and headings[i - 1]))
                    and 2 <= item.n_words <= LIST_WORDS
                    and not calls_to_reader(item)
                )
            )
            and all(h.label == "related" for h in item.hits)  # "Share: ..." ends the list
            and not _answered(inputs, i, interview)
        )
        if candidate and not in_list and i > 0:
            if headings[i - 1]:
                in_list, list_by_model = True, False
            elif _teaser_heading(verdicts[-1], inputs[i - 1], first_rows[i - 1][RELATED_INDEX]):
                in_list, list_by_model = True, True
            elif _junk_by_cue(verdicts[-1]) and _teaser_pair(inputs, i):
                # No heading, but the article is over: under a line a cue removed (a
                # source line, a share row, an ad label), headlines in a row are teasers.
                in_list, list_by_model = True, True
        in_list = (
            candidate
            and in_list
            and not (
                list_by_model
                and (
                    body_list[i]
                    or (linked is not None and unlinked_item(item, linked[i], marked=False))
                )
            )
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
        tagged = i > core[0] and any(h.reason == TAGGED_TEASER for h in item.hits)
        if (in_list or link_list[i] or tagged) and not strong and not (in_block or article_resumes):
            label, junk = "related", max(junk, LIST_SCORE)
        elif strong and (p_body < STRONG_BODY or strong[0].weight >= CERTAIN_RULE):
            label = strong[0].label
            junk = max(junk, strong[0].weight)
        elif not in_block:
            inside_core = core[0] < i < core[1] and not boxed[i] and not byline_block[i]
            ruled = _ruled(
                item,
                label,
                inside_core or i < core[0],
                # (Not a meta cue: a caption that ends in its credit is mostly the caption.)
                sure=label != "meta" and first_rows[i][LABEL_INDEX[label]] >= SURE_CUED,
            )
            # (Not a full sentence that addresses nobody: an article's last line can sit
            # between an ad label and a teaser.)
            doubted = between_junk[i] and junk >= DOUBTED_CONTEXT_SURE and not _statement(item)
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
                body_list[i],
                introduced[i],
                above_core=i < core[0],
                sure_appeal=label in APPEAL_LABELS
                and first_rows[i][LABEL_INDEX[label]] >= SURE_APPEAL,
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
                agreed_box=agreed[i],
                doubted=doubted,
                inline_cued=inline_cue and first_rows[i][LABEL_INDEX[label]] >= FIRST_PASS_ALONE,
                certain=first_rows[i][0] <= CERTAIN_NOT_BODY
                and first_rows[i][LABEL_INDEX[label]] >= CERTAIN_LABEL
                and scores[LABEL_INDEX[label]] >= CERTAIN_LABEL,
                widget_insert=inside_core
                and (
                    (
                        (widget_marked(item.text) or (label == "meta" and _field_line(item.text)))
                        and first_rows[i][LABEL_INDEX[label]] >= FIRST_PASS_ALONE
                    )
                    or _certain_call(item, first_rows[i], scores, LABEL_INDEX[label])
                ),
            )
            if not guard and roundup and tail_links[i] and not ruled:
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
                and not _both_passes_junk(item, first_rows[i][0], p_body)
                and not (
                    (byline_block[i] or top_furniture[i] or (i > core[1] and between_junk[i]))
                    and not _statement(item)
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
        if junk >= threshold and label not in keep:
            reasons = [f"rule:{h.reason}" for h in item.hits if h.label == label]
            reasons.append(f"model:{first_label}")
            if first_label != label:
                reasons.append("context:neighbours")
            if appeal_faq[i]:
                reasons.append("context:appeal_faq")
            elif in_block:
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
    _remove_appeal_neighbours(verdicts, first_rows, keep)
    _keep_subheadings(verdicts, inputs, first_rows, second_rows)
    _keep_sign_offs(verdicts, inputs)
    _keep_closing_turns(verdicts, inputs, first_rows)
    _keep_timetables(verdicts, inputs)
    _keep_timeline_entries(verdicts, inputs)
    _keep_dated_runs(verdicts, inputs)
    _keep_table_sources(verdicts, inputs)
    return verdicts


# A sentence of a run-together line this long (in characters, links not counted) holds
# more than one line's worth: lines without a full stop (a byline, a teaser headline, a
# menu) glued to the article's next sentence. Removing it would take that sentence too.
GLUED_KEEP_CHARS = 400
# A Markdown link's target is bounded like a browser's address and holds no "]" (a run of
# "](" without its closing bracket must not make each try scan on).
LINK_TARGET_MAX_CHARS = 2048
_LINK_TARGET = re.compile(rf"\]\([^)\]\s]{{0,{LINK_TARGET_MAX_CHARS}}}\)|https?://\S+")


def kept_by_guard(verdict: Verdict, guard: str) -> Verdict:
    """A removed unit's verdict turned into a kept one that names the guard keeping it (the
    score becomes the body's: one minus the junk score)."""
    _label, score, first_label, _reasons = verdict
    return ("body", round(1.0 - score, 4), first_label, (f"model:{first_label}", guard))


def tail_start(inputs: Sequence[UnitInput], kept: Sequence[bool], share: float) -> int | None:
    """The first unit with at least `share` of the kept units' characters above it (the
    document's tail begins there), or None when nothing is kept."""
    total = sum(len(item.text) for item, is_kept in zip(inputs, kept) if is_kept)
    if not total:
        return None
    above = 0
    for i, (item, is_kept) in enumerate(zip(inputs, kept)):
        if above >= share * total:
            return i
        above += len(item.text) if is_kept else 0
    return len(inputs)


def removed_by_context(verdict: Verdict, label: str, context: str, floor: float) -> Verdict:
    """A kept unit's verdict turned into a removed one that names the context removing it
    (the score becomes the junk's, one minus the body score, at least `floor`)."""
    _label, score, first_label, _reasons = verdict
    reasons = (f"model:{first_label}", context)
    return (label, round(max(1.0 - score, floor), 4), first_label, reasons)


def remove_found(
    verdicts: Sequence[Verdict],
    find: Callable[[], Iterable[int]],
    label: str,
    context: str,
    score: float,
    threshold: float,
    keep: Collection[str] = (),
) -> list[Verdict]:
    """The verdicts with each kept unit that `find()` names removed as `label` by
    `context`, at least `score` sure; none if the caller keeps `label` or asks for more
    certainty than `score` (then `find` is not called: the document is not read for it)."""
    kept = list(verdicts)
    if label in keep or threshold > score:
        return kept
    for i in find():
        if kept[i][0] == "body":
            kept[i] = removed_by_context(kept[i], label, context, score)
    return kept


def keep_glued_sentences(
    verdicts: Sequence[Verdict], pieces: Sequence[str | None]
) -> list[Verdict]:
    """Keep the removed sentences of run-together lines that are GLUED_KEEP_CHARS or longer.

    `pieces`: each unit's text when it is a sentence of a run-together line, else None.
    """
    kept = []
    for verdict, piece in zip(verdicts, pieces):
        if (
            verdict[0] != "body"
            and piece is not None
            and len(_LINK_TARGET.sub("", piece)) >= GLUED_KEEP_CHARS
        ):
            verdict = kept_by_guard(verdict, "guard:glued_lines")
        kept.append(verdict)
    return kept


# Labels a subheading is taken for (decide: _keep_subheadings) ...
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


def _remove_appeal_neighbours(
    verdicts: list[Verdict], first_rows: Sequence[Sequence[float]], keep: Collection[str]
) -> None:
    """Remove a kept line beside a removed appeal when the first pass is sure it is part of
    an appeal too (APPEAL_NEIGHBOUR_SURE), unless the caller keeps that label. Runs left to
    right, so a box's lines go one after the other."""
    for i, (label, _score, first_label, reasons) in enumerate(verdicts):
        if (
            label != "body"
            or first_label not in APPEAL_LABELS
            or first_label in keep
            or first_rows[i][LABEL_INDEX[first_label]] < APPEAL_NEIGHBOUR_SURE
            or (len(reasons) > 1 and reasons[1] not in _OVERRIDDEN_BY_APPEAL_BOX)
        ):
            continue
        beside = [verdicts[j][0] for j in (i - 1, i + 1) if 0 <= j < len(verdicts)]
        if any(name in APPEAL_LABELS for name in beside):
            sure = first_rows[i][LABEL_INDEX[first_label]]
            verdicts[i] = removed_by_context(verdicts[i], first_label, "context:appeal_box", sure)


def _keep_subheadings(
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
            and (_headline_like(inputs[i]) or (over_list and inputs[i].n_words == 1))
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


def _keep_sign_offs(verdicts: list[Verdict], inputs: Sequence[UnitInput]) -> None:
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
        and _CLOCK.search(item.text) is not None
    )


def _keep_timetables(verdicts: list[Verdict], inputs: Sequence[UnitInput]) -> None:
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


def _keep_timeline_entries(verdicts: list[Verdict], inputs: Sequence[UnitInput]) -> None:
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


def _keep_dated_runs(verdicts: list[Verdict], inputs: Sequence[UnitInput]) -> None:
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


def _keep_table_sources(verdicts: list[Verdict], inputs: Sequence[UnitInput]) -> None:
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


# An interview: this many questions that stay. Its closing turns ("Thank you." / "Thanks
# for having me.") follow the last answer: short lines, read alone like a button or a
# comment prompt.
INTERVIEW_QUESTIONS = 3
CLOSING_TURNS = 2
CLOSING_TURN_WORDS = 12
# (Greek asks with a semicolon.)
_QUESTION_END = re.compile(r"(?:[?？؟\u037e]|(?<=[\u0370-\u03ff]);)\s*[\"'»”)]?\s*$")


def _asks(text: str) -> bool:
    """Whether the line ends on a question mark (of any script, closing quote allowed)."""
    return _QUESTION_END.search(text) is not None


def _keep_closing_turns(
    verdicts: list[Verdict], inputs: Sequence[UnitInput], first_rows: Sequence[Sequence[float]]
) -> None:
    """The last exchange of an interview stays with it: after the last question that
    stays and its answer, up to CLOSING_TURNS short lines the model alone removed (no
    cue rule, and read alone it is not sure what junk they are) go back."""
    questions = [
        i for i, item in enumerate(inputs) if verdicts[i][0] == "body" and _asks(item.text)
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
