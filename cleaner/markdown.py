"""Markdown input: what its syntax tells about each unit, and the text the model reads.

Many pipelines turn pages into Markdown before cleaning them (reader services, crawlers,
extractors' Markdown mode). Its syntax carries what the HTML path reads from the page:
which words are links, and which lines are nothing but links (a menu, a breadcrumb trail,
a row of share buttons). The model and the cue rules learnt plain text, so they read
each unit's display text ("**Read also:** [Headline](https://...)" -> "Read also:
Headline"); the spans cut are always the original text's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .records import RuleHit
from .rules import MACHINE_MADE_WEIGHT, WHOLE_LINE_WEIGHT
from .scripts import count_words

# A link or an image: [text](target "title") / ![alt](src). The text may hold one level of
# brackets ("[[PDF] Report](...)"), the target one level of parentheses (Wikipedia URLs).
# A reference link, "[text][1]", names its target in a definition line ("[1]: https://...").
_LINK = re.compile(
    r"(!?)\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]"
    r"(?:\(\s*(<[^>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)"
    r"|\[([^\[\]\n]{1,40})\])"
)
_DEFINITION = re.compile(r"^\[[^\[\]\n]{1,40}\]:\s*<?\S+>?(?:\s+[\"'(][^\n]*[\"')])?$")
# A document is read as Markdown when it holds a link or an image. (With a higher bar,
# cleaning the clean text again could read it as plain text, where the menu that made
# the count is gone, and remove more: cleaning must be idempotent.)
MIN_LINKS = 1
_HEADING = re.compile(r"^#{1,6}\s+(.*?)(?:\s+#+)?$")
_QUOTE = re.compile(r"^(?:>\s?)+")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# What may sit between the links of a menu, a trail or a share row.
_ROW_FILLER = re.compile(r"[\s|·•,;/\\>»›→:\-–—*【】\[\]()]*")
_TRAIL_MARKS = re.compile(r"[>»›/\\]")
# Share buttons link to a network's share endpoint, whatever their label says.
_SHARE_TARGET = re.compile(
    r"sharer|/share|share\?|sharearticle|intent/(?:tweet|post)|wa\.me/|whatsapp://|"
    r"t\.me/share|telegram\.me/share|pinterest\.[a-z.]+/pin/create|reddit\.com/submit|"
    r"line\.me/r/msg|connect\.ok\.ru|^mailto:\?",
    re.IGNORECASE,
)
# A menu row has this many links or more; a trail or a share row two.
MENU_LINKS = 3
# The header lines a reader service writes above the page's Markdown.
_READER_HEADER = re.compile(r"^(?:URL Source|Published Time):\s*\S|^Markdown Content:$")
# As links.py: a link of one word says nothing about the line it starts.
MIN_LINK_WORDS = 2
MAX_LINKED_WORDS = 40
_LIST_MARK = re.compile(r"^(?:[-*+•]\s+|\d{1,3}[.)]\s+)")


@dataclass(frozen=True)
class MarkdownUnit:
    """What Markdown syntax says about one unit."""

    display: str  # the text as a reader sees it rendered
    hits: tuple[RuleHit, ...] = ()  # cues of its markup (a menu row, a share row)
    linked: float = 0.0  # share of the display text covered by a link it starts with


def looks_like_markdown(text: str) -> bool:
    """Whether a document carries Markdown links or images (MIN_LINKS of them). A
    bracketed aside followed by a parenthesis, "[sic] (see below)", is none: no space may
    come between "]" and "("."""
    matches = _LINK.finditer(text)
    return all(next(matches, None) is not None for _ in range(MIN_LINKS))


def _plain(text: str) -> str:
    """Emphasis, heading and quote marks dropped."""
    heading = _HEADING.match(text)
    if heading:
        text = heading.group(1)
    text = _QUOTE.sub("", text)
    return _STRONG.sub(r"\2", text)


def read_unit(text: str) -> MarkdownUnit:
    """Display text, markup cues and link share of one unit (a line) of Markdown."""
    if _READER_HEADER.match(text):
        label = "ui" if text.startswith("Markdown") else "meta"
        return MarkdownUnit(text, (RuleHit(label, MACHINE_MADE_WEIGHT, "reader_header"),))
    if _DEFINITION.match(text):
        return MarkdownUnit(text, (RuleHit("ui", MACHINE_MADE_WEIGHT, "link_definition"),))
    pieces: list[str] = []
    outside: list[str] = []  # the text between links and images
    targets: list[str] = []
    link_spans: list[tuple[int, int]] = []
    cursor, size = 0, 0
    for match in _LINK.finditer(text):
        before = text[cursor : match.start()]
        pieces.append(before)
        outside.append(before)
        size += len(before)
        label = match.group(2)
        if match.group(1) != "!":  # a link: its text (an image: its alt text)
            label = _LINK.sub(lambda inner: inner.group(2), label)
            target = match.group(3)
            targets.append(target.strip("<>") if target is not None else "")
            link_spans.append((size, size + len(label)))
        pieces.append(label)
        size += len(label)
        cursor = match.end()
    if not pieces:
        return MarkdownUnit(_plain(text))
    pieces.append(text[cursor:])
    outside.append(text[cursor:])
    joined = "".join(pieces)
    display = " ".join(_plain(joined).split())
    if not display or not any(char.isalnum() for char in display):
        # A bare image or an empty link: its address is what rules know ("image_url").
        return MarkdownUnit(text)
    hits = _row_hits(outside, targets)
    return MarkdownUnit(display, hits, _leading_share(joined, link_spans))


def _row_hits(outside: Sequence[str], targets: Sequence[str]) -> tuple[RuleHit, ...]:
    """A line of nothing but links: a share row, a breadcrumb trail or a menu; or one link
    into the page itself ("[Skip to content](#main)", "[Back to top](#top)"). `outside`
    is the text before, between and after its links and images."""
    rest = " ".join(outside)
    if len(targets) == 1:
        # (One link and nothing else: no image beside it, no words around it.)
        if len(outside) == 2 and not rest.strip() and targets[0].startswith("#"):
            return (RuleHit("ui", WHOLE_LINE_WEIGHT, "page_anchor"),)
        return ()
    if not targets:
        return ()
    labelled = _ROW_FILLER.fullmatch(rest) is None
    shares = sum(bool(_SHARE_TARGET.search(target)) for target in targets)
    if shares * 2 >= len(targets) and (not labelled or count_words(rest) <= 3):
        # "Share: [Facebook](...) [X](...)": the label may name the row.
        return (RuleHit("social", WHOLE_LINE_WEIGHT, "share_links"),)
    if labelled:
        return ()
    if _TRAIL_MARKS.search(rest):
        return (RuleHit("meta", WHOLE_LINE_WEIGHT, "link_trail"),)
    if len(targets) >= MENU_LINKS:
        return (RuleHit("ui", WHOLE_LINE_WEIGHT, "link_menu"),)
    return ()


def _leading_share(joined: str, link_spans: Sequence[tuple[int, int]]) -> float:
    """Share of the unit covered by a link that starts it (after a list mark), as links.py
    measures it on a page: the cue of a teaser's headline."""
    if not link_spans:
        return 0.0
    mark = _LIST_MARK.match(joined)
    start = mark.end() if mark else 0
    while start < len(joined) and joined[start] in "*_ ":
        start += 1
    first_start, first_end = link_spans[0]
    body = joined[start:].strip()
    if first_start != start or not body or len(body.split()) > MAX_LINKED_WORDS:
        return 0.0
    link_text = joined[first_start:first_end].strip()
    if len(link_text.split()) < MIN_LINK_WORDS and count_words(link_text) < MIN_LINK_WORDS:
        return 0.0
    return min(1.0, len(link_text) / len(body))


def read_units(texts: Sequence[str]) -> list[MarkdownUnit] | None:
    """read_unit() of every unit of a document, or None when it is not Markdown."""
    if not looks_like_markdown("\n".join(texts)):
        return None
    return [read_unit(text) for text in texts]
