"""Split text into units (paragraphs, lines or sentences) with exact character offsets.

A unit is normally one non-blank line. Two layouts that scrapers and datasets produce
would hide the article's paragraphs from that reading, so they are undone here:
- hard-wrapped text (e-mail, plain-text dumps, `textwrap` output): the lines that were
  broken only because the next word did not fit are one paragraph again;
- run-together text (white space collapsed, or an appeal glued to the last paragraph): a
  line much longer than a paragraph, or a document's only line, is read sentence by
  sentence.

Every character of the input belongs to exactly one unit span or to leading blank lines,
which is what makes the removal record lossless.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .records import Unit

# A line's content: \r\n, \n and \r all end a line; offsets stay exact because we never
# normalise. Empty lines never match, so runs of blank lines cost nothing per line.
_LINE = re.compile(r"[^\r\n]+")
_LINE_BREAK = re.compile(r"[\r\n]")

# Hard wrapping: a width between these, and at least this many lines (and this share of the
# lines followed by another in the same block) broken where the next word did not fit.
WRAP_WIDTHS = (30, 120)
MIN_WRAPPED_LINES = 3
MIN_WRAPPED_SHARE = 0.2

# A line this long is several paragraphs run together (the longest of the training data's
# 42,000 body paragraphs is under 1,000 characters); so is a document's only line from
# ONE_LINE_DOCUMENT on. Such a line is read sentence by sentence. Chinese, Japanese and
# Korean characters count three times: each says about as much as a word.
RUN_TOGETHER = 1200
ONE_LINE_DOCUMENT = 400
# A piece shorter than this goes on into the next sentence (it also bounds the number of
# pieces a line can make).
MIN_SENTENCE = 10
_WIDE = re.compile(r"[\u2e80-\ud7a3\uf900-\ufaff\uff00-\uffef]")
# A sentence ends at . ! ? … (or an Arabic, Urdu, Devanagari, Ethiopic, Armenian, Burmese,
# Khmer or Tibetan stop), maybe closed by quotes or brackets, before white space; CJK full
# stops need no space after them. A stop before a lower-case letter or a digit does not end
# the sentence ("approx. 5", "e.g. the"); an abbreviation before a name still does.
_STOP = re.compile(r"[.!?…؟।॥።։۔။។།][\"'”’»)\]]*\s+|[。！？][」』”’）)]*\s*")

# A line that starts a list item or a Markdown heading starts a unit of its own.
_ITEM = re.compile(r"(?:[-*+•·–—]|\d{1,3}[.)]|#{1,6})\s")


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    text: str


def segment(text: str) -> list[Unit]:
    """Return the units of `text` in order: its paragraphs, lines or sentences."""
    lines = _lines(text)
    width = _wrap_width(text, lines)
    if width is not None:
        lines = _rejoin_wrapped(text, lines, width)
    # The only line of a document is never one paragraph's worth of junk alone: when long
    # enough to hold two paragraphs, it is read as sentences too.
    shortest = RUN_TOGETHER if len(lines) > 1 else ONE_LINE_DOCUMENT
    pieces = [piece for line in lines for piece in _sentences(text, line, shortest)]
    return [
        Unit(
            index=index,
            start=piece.start,
            end=piece.end,
            # The span runs to the next unit's start: line breaks and blank lines go with it.
            span_end=pieces[index + 1].start if index + 1 < len(pieces) else len(text),
            text=piece.text,
        )
        for index, piece in enumerate(pieces)
    ]


def _lines(text: str) -> list[_Piece]:
    return [
        _Piece(match.start(), match.end(), match.group().strip())
        for match in _LINE.finditer(text)
        if match.group().strip()
    ]


def _same_block(text: str, before: _Piece, after: _Piece) -> bool:
    """True when one line break (no blank line) separates the two lines."""
    gap = text[before.end : after.start]
    return gap.count("\n") + gap.replace("\r\n", "\n").count("\r") <= 1


def _forced_break(before: _Piece, after: _Piece, width: int) -> bool:
    """The line ended only because the next line's first word would not have fitted."""
    first_word = after.text.split(maxsplit=1)[0]
    return len(before.text) <= width < len(before.text) + 1 + len(first_word)


def _continues(before: _Piece, after: _Piece, width: int, blank_separated: bool) -> bool:
    """The next line goes on with the same paragraph: the break was forced and it starts
    no list item or heading. When blank lines do not mark the paragraphs, a break after a
    sentence is also taken for a paragraph's end: keeping two sentences of a paragraph
    apart costs little, joining a paragraph to the box after it would hide the box."""
    if not _forced_break(before, after, width) or _ITEM.match(after.text):
        return False
    if blank_separated:
        return True
    sentence_ended = _STOP.search(before.text + " ", max(0, len(before.text) - 3)) is not None
    return not sentence_ended or after.text[0].islower()


def _wrap_width(text: str, lines: list[_Piece]) -> int | None:
    """The width the text was wrapped at, or None when it does not look hard-wrapped."""
    # Only text wrapped at spaces counts: lines without one (Chinese, Japanese) were not
    # broken by a word-wrapping tool.
    if 2 * sum(" " in line.text for line in lines) < len(lines):
        return None
    pairs = [(a, b) for a, b in zip(lines, lines[1:]) if " " in a.text and _same_block(text, a, b)]
    lengths = [len(a.text) for a, _b in pairs if len(a.text) <= WRAP_WIDTHS[1]]
    if len(lengths) < MIN_WRAPPED_LINES or max(lengths) < WRAP_WIDTHS[0]:
        return None
    width = max(lengths)
    # Wrapping leaves no line longer than the width that it could have broken; only a word
    # longer than the width (a link, a line of Chinese) sticks out.
    if any(len(line.text) > width and " " in line.text for line in lines):
        return None
    forced = [(a, b) for a, b in pairs if _forced_break(a, b, width)]
    # (A line repeated word for word is one line of evidence, not several.)
    distinct = len({a.text for a, _b in forced})
    if distinct < MIN_WRAPPED_LINES or len(forced) < MIN_WRAPPED_SHARE * len(pairs):
        return None
    # A wrapped line often goes on with a lower-case word; a list of headlines or names of
    # much the same length starts every line with a capital.
    starts = [b.text[0] for _a, b in forced]
    cased = [c.islower() for c in starts if c.islower() or c.isupper()]
    if len(cased) >= 2 and sum(cased) < 0.2 * len(cased):
        return None
    return width


def _rejoin_wrapped(text: str, lines: list[_Piece], width: int) -> list[_Piece]:
    """Join each run of lines broken by the wrap width back into one paragraph."""
    same_block = [_same_block(text, a, b) for a, b in zip(lines, lines[1:])]
    blank_gaps = same_block.count(False)
    blank_separated = blank_gaps >= max(2, len(same_block) // 10)
    joined = [lines[0]]
    for previous, line, same in zip(lines, lines[1:], same_block):
        if same and _continues(previous, line, width, blank_separated):
            start = joined[-1].start
            joined[-1] = _Piece(start, line.end, unit_text(text[start : line.end]))
        else:
            joined.append(line)
    return joined


def unit_text(source: str) -> str:
    """A unit's text: its lines joined by one space (none after a hyphen that split a word)."""
    parts: list[str] = []
    for line in _LINE.findall(source):
        line = line.strip()
        if line:
            if parts and not (parts[-1][-1] == "-" and parts[-1][-2:-1].isalpha()):
                parts.append(" ")
            parts.append(line)
    return "".join(parts)


def _sentences(text: str, line: _Piece, shortest: int) -> list[_Piece]:
    """A run-together line (`shortest` characters or more) as its sentences; any other
    line as itself."""
    if len(line.text) < shortest / 3 or _weighted_length(line.text) < shortest:
        return [line]
    pieces, start = [], line.start
    for match in _STOP.finditer(text, line.start, line.end):
        following = text[match.end() : match.end() + 1]
        if match.end() >= line.end or following.islower() or following.isdigit():
            continue
        if _weighted_length(text[start : match.end()].strip()) < MIN_SENTENCE:
            continue  # "Dr.", "No. 5.", a run of stops: too short to stand alone
        pieces.append(_Piece(start, match.end(), unit_text(text[start : match.end()])))
        start = match.end()
    if not pieces:
        return [line]
    pieces.append(_Piece(start, line.end, unit_text(text[start : line.end])))
    # A piece's end excludes the white space after its stop.
    return [_Piece(p.start, p.start + len(text[p.start : p.end].rstrip()), p.text) for p in pieces]


def cut_unit(text: str, unit: Unit, offsets: list[int]) -> list[Unit]:
    """`unit` cut at the given offsets inside it (sorted): each part's span runs to the next
    part's start, its end leaves out the white space before it. Callers renumber."""
    bounds = [unit.start, *offsets]
    parts = []
    for start, following in zip(bounds, [*offsets, None]):
        if following is None:
            end, span_end = unit.end, unit.span_end
        else:
            end, span_end = start + len(text[start:following].rstrip()), following
        parts.append(Unit(unit.index, start, end, span_end, unit_text(text[start:end])))
    return parts


def sentence_pieces(text: str, units: list[Unit]) -> list[bool]:
    """For each unit, whether it is a sentence of a run-together line (shares its line
    with another unit) rather than a whole line or paragraph."""
    return [
        (unit.start > 0 and text[unit.start - 1] not in "\r\n")
        or (unit.span_end < len(text) and not _LINE_BREAK.search(text, unit.end, unit.span_end))
        for unit in units
    ]


def _weighted_length(text: str) -> int:
    return len(text) + 2 * len(_WIDE.findall(text))
