"""What kind of line a unit is, as decide() and the passes after it ask: a statement, a
headline, a teaser beside others, a stamp or a field line, a contact's fields, a quote that
holds a cue, a post embedded in the story, a question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .embeds import tweet_signature
from .features import ADDRESSING, UnitInput, calls_to_reader, quotes_someone
from .line_forms import FIELD_SEPARATOR, split_fields
from .prose_cues import CONTACT_MAX_WORDS, contact_data
from .regions import list_item
from .rules import FORMAT_RULES, WEAK_CUES, rule_hits
from .thresholds import (
    BOTH_PASSES_CONTEXT,
    BOTH_PASSES_FIRST,
    BOTH_PASSES_WORDS,
    LIST_WORDS,
    MODEL_HEADING,
    MODEL_HEADING_WORDS,
    STATEMENT_WORDS,
    STRONG_RULE,
    TAIL_TEASER_WORDS,
)
from .verdicts import Verdict

# Full stops: Latin and CJK, and the danda of Devanagari and Bengali, Urdu's, Burmese's and
# Ethiopic's (a Nepali answer ends on "।").
FULL_STOPS = (".", "。", "।", "۔", "။", "።")


def both_passes_junk(item: UnitInput, first_body: float, context_body: float) -> bool:
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


def is_sponsor_read(item: UnitInput, label: str) -> bool:
    """A line the sponsor-read cue names (prose_cues.sponsor_read), removed as promo."""
    return label == "promo" and any(hit.reason == "sponsor_read" for hit in item.hits)


def is_statement(item: UnitInput) -> bool:
    """A full sentence that addresses nobody ("Two firms will test the drones this summer."):
    the way an article's last lines read, unlike prompts, prices and teaser headlines."""
    return (
        item.n_words >= STATEMENT_WORDS
        and item.text.rstrip().endswith((".", "。"))
        and ADDRESSING.isdisjoint(item.words)
    )


def is_answered(inputs: Sequence[UnitInput], i: int, interview: bool) -> bool:
    """In an interview or FAQ, a question followed by a full sentence: its answer, not a
    teaser headline and its summary."""
    return (
        interview
        and asks_question(inputs[i].text)
        and i + 1 < len(inputs)
        and inputs[i + 1].n_words >= STATEMENT_WORDS
        and inputs[i + 1].text.rstrip().endswith(FULL_STOPS)
    )


# An embedded social post: its text carries the platform's short link, and the line under
# it names the account ("— Ann Lee (@annlee) November 18, 2019", embeds.tweet_signature).
# Quoted posts are part of the story, like any quote.
_POST_LINK = re.compile(r"\bpic\.twitter\.com/\w|\bhttps?://t\.co/\w")


def embedded_post(text: str) -> bool:
    """A post quoted from a social network, or the line that attributes it."""
    return _POST_LINK.search(text) is not None or tweet_signature(text)


# A study the story reports on, cited with its DOI ("The study: M. Ortega et al., ...,
# 2024. DOI: 10.1016/..."): the article's source, never the page's. (A DOI alone, a page's
# own identifier under its byline, is a few words.)
_DOI = re.compile(r"\b10\.\d{4,9}/[^\s\]]")
CITATION_MIN_WORDS = 6


def cites_study(item: UnitInput) -> bool:
    return item.n_words >= CITATION_MIN_WORDS and _DOI.search(item.text) is not None


def headline_like(item: UnitInput) -> bool:
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


def unmarked_headline(item: UnitInput) -> bool:
    """A headline the first pass mistook for meta ("Local reporter cleared in
    'disinformation' case"): headline-shaped, and nothing marks it as meta. Tokens are
    counted between spaces, so Chinese and Japanese bylines never qualify."""
    return (
        not item.hits
        and headline_like(item)
        and len(item.text.split()) >= HEADLINE_TOKENS
        and _META_MARKS.search(item.text) is None
    )


# A byline or stamp line strings short fields together with separators ("By Ann Lee |
# Updated: Sunday, 30 November 2025, 9:20 pm"; dashes only between three fields or more).
_DASH_SEPARATOR = re.compile(r"\s—\s")
FIELD_WORDS = 10
CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")


def _fields(text: str) -> list[str]:
    """The fields of a line strung together with separators ([] for one field)."""
    separator, least = (
        (FIELD_SEPARATOR, 2) if FIELD_SEPARATOR.search(text) else (_DASH_SEPARATOR, 3)
    )
    fields = split_fields(text, separator, FIELD_WORDS)
    return fields if len(fields) >= least else []


_YEAR_OR_ADDRESS = re.compile(r"(?<!\d)\d{4}(?!\d)|@")


def field_line(text: str) -> bool:
    """Short fields with a year (a date) or an address among them: how a byline, stamp or
    contact line reads, not a sentence. (A recipe's "Prep: 20 mins | Cook: 45 mins |
    Serves 8" is the story's own.)"""
    return bool(_fields(text)) and _YEAR_OR_ADDRESS.search(text) is not None


def stamp_line(text: str) -> bool:
    """Short fields with a clock time among them. (A line of attachments, "Poster (PDF,
    1,2 MB) · Data 2020-2024 (XLSX, 86 KB)", has fields and numbers too, but no time.)"""
    return bool(_fields(text)) and CLOCK.search(text) is not None


def contact_fields(item: UnitInput) -> bool:
    """A line of contact fields: a name, an office, a phone number or an e-mail address,
    and no sentence's end ("Pressestelle: ..., Tel. +49 6421 555-3370"). (A witness
    appeal gives a number too, in a sentence: "... call 101, quoting log 1187.")"""
    return (
        item.n_words <= CONTACT_MAX_WORDS
        and not item.text.rstrip().endswith((".", "。", "!", "?"))
        and contact_data(item.text)
    )


def junk_by_cue(verdict: Verdict) -> bool:
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


def teaser_heading(verdict: Verdict, item: UnitInput, first_related: float) -> bool:
    """A line removed as related on a cue ("More from Sport", "Read more: ..."), or a short
    heading of a few words that the first pass alone reads as related ("Have you read
    this?", "More stories you will like"): headlines that follow it are the rest of its
    list. (Any line the model removes as related would run the chain on through a review's
    pros and cons or a table of standings.)"""
    if verdict[0] != "related":
        return False
    if junk_by_cue(verdict):
        return not _whole_teaser(item)
    return (
        MODEL_HEADING_WORDS[0] <= item.n_words <= MODEL_HEADING_WORDS[1]
        and first_related >= MODEL_HEADING
        and not list_item(item.text)
        # A question that asks nobody is the story's subheading ("What did the drill test?").
        and (not item.text.rstrip().endswith(("?", "？")) or calls_to_reader(item))
    )


def teaser_pair(inputs: Sequence[UnitInput], i: int) -> bool:
    """Whether units i and i+1 are both teaser headlines of TAIL_TEASER_WORDS or more
    (a lone line there may be a photo's caption; cue rules other than teasers' end it)."""
    return i + 1 < len(inputs) and all(
        headline_like(item)
        and item.n_words >= TAIL_TEASER_WORDS
        and all(h.label == "related" for h in item.hits)
        for item in (inputs[i], inputs[i + 1])
    )


def named_by_cue(item: UnitInput, label: str, before_core_end: bool, sure: bool = False) -> bool:
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
QUOTED = re.compile(
    "|".join(
        rf"{opening}[^{closing}\n]{{{least},{QUOTE_MAX_CHARS}}}[{closing}]"
        for opening, closing, least in _QUOTE_MARKS
    )
)


def cue_only_quoted(item: UnitInput) -> bool:
    """Whether the unit is in news voice and its cue rules fire only inside its quotes."""
    if not item.news_voice or not item.hits:
        return False
    if any(hit.reason in FORMAT_RULES for hit in item.hits):
        return False
    outside = QUOTED.sub(" … ", item.text)
    return outside != item.text and not rule_hits(outside)


def whole_line_cue(item: UnitInput, label: str) -> bool:
    """Whether a whole-line cue for `label` fires on the unit ("Share", "Advertisement")."""
    return any(h.label == label and h.weight >= STRONG_RULE for h in item.hits)


# (Greek asks with a semicolon.)
_QUESTION_END = re.compile(r"(?:[?？؟\u037e]|(?<=[\u0370-\u03ff]);)\s*[\"'»”)]?\s*$")


def asks_question(text: str) -> bool:
    """Whether the line ends on a question mark (of any script, closing quote allowed)."""
    return _QUESTION_END.search(text) is not None
