"""Lines that widgets print, recognised by their form in any language: a market ticker
strip, a bookmaker's odds box, the age mark that opens a gambling notice, and the note
under market data that its quotes come late.

A sports or business page's extracted text keeps these inside the article: "S&P 500
5,412.88 −1.12% · NASDAQ 17,106.40 −1.87% · ...", "Rheinhafen 2,05 | Remis 3,50 |
Grünwald 3,40 – jetzt tippen!", "18+ | Spela ansvarsfullt ...". Read alone they are
figures and names, as a results list or a key-figures line is, so the model keeps them;
their shape is what tells them apart: quotes with their day's change side by side, three
decimal odds in separate fields, a legal age before anything else is said.
"""

from __future__ import annotations

import re

from .prose_cues import table_pattern
from .scripts import fold_case

# A ticker's fields: separated by a bullet or bar, or by wide spaces.
_TICKER_FIELD = re.compile(r"\s*(?:[·|｜•]|\s{2,}|\u3000+)\s*")
# A quote's change: "+0.61%", "−1,34 %", "(−14.60%)", "▲0.74%", "▼0,15".
_CHANGE = re.compile(r"[+\-−–]\s?\d+(?:[.,]\d+)?\s?%|[▲▼△▽↑↓]\s?[+\-−]?\d")
TICKER_QUOTES = 2
TICKER_FIELDS = 3
TICKER_FIELD_WORDS = 8  # a quote is a name and figures, no sentence
TICKER_MAX_WORDS = 50

# Decimal odds: two decimals, not a longer number, a price, a percentage, a date or a
# time ("2,05", "3.40"; not "€2.05", "2.05%", "12.30.2025", "1,0842").
_ODDS_FIELD = re.compile(r"\s*[·|｜•/]\s*")
_ODDS = re.compile(r"(?<![\d.,$€£¥₹/])(\d{1,2}[.,]\d{2})(?![\d%/]|[.,:]\d)")
ODDS_FIELDS = 3
# A field that opens with a rank is a results list's ("2. Lea Brandt (GER) 11.01").
_RANK = re.compile(r"\d{1,2}[.)]\s")
ODDS_RANGE = (1.0, 50.0)
ODDS_MAX_WORDS = 50

# A legal age opening the line: "18+", "+18", "21+", "K18" (Finnish), "N-18" (Lithuanian)
# ... then the notice. (Not "U18": a youth team.)
_AGE_MARK = re.compile(
    r"\W{0,2}(?:\+\s?1[89]|(?:1[89]|2[01]|25)\s?\+|[KN]-?1[89])(?!\d)"
    r"(?P<after>\s*[.|:·,;)]?)"
)
AGE_MARK_MAX_WORDS = 60


# Widget rows are short lines: longer text is not searched at all.
ROW_MAX_CHARS = 600


def ticker_strip(text: str) -> bool:
    """Whether the line is a ticker strip: three fields or more, two quotes with their
    change at least, no field a sentence, and most fields not "Label: value" (a story's
    key figures, "Revenue: 4.1 bn (+6%)", are labelled)."""
    if len(text) > ROW_MAX_CHARS or len(text.split()) > TICKER_MAX_WORDS:
        return False
    fields = [field for field in _TICKER_FIELD.split(text.strip()) if field]
    if len(fields) < TICKER_FIELDS:
        return False
    if any(len(field.split()) > TICKER_FIELD_WORDS for field in fields):
        return False
    labelled = sum(":" in field or "：" in field for field in fields)
    quotes = sum(bool(_CHANGE.search(field)) for field in fields)
    return quotes >= TICKER_QUOTES and 2 * labelled < len(fields)


def odds_row(text: str) -> bool:
    """Whether the line offers odds: three fields (between bars, bullets or slashes) that
    each hold one decimal number in the odds' range ("Home 1.85 | Draw 3.40 | Away
    4.20"). Prices and times in prose are not split into such fields."""
    if len(text) > ROW_MAX_CHARS or len(text.split()) > ODDS_MAX_WORDS:
        return False
    low, high = ODDS_RANGE
    fields = 0
    for field in _ODDS_FIELD.split(text):
        if _RANK.match(field):
            continue
        found = _ODDS.findall(field)
        if len(found) == 1 and low < float(found[0].replace(",", ".")) < high:
            fields += 1
    return fields >= ODDS_FIELDS


def age_mark(text: str) -> str | None:
    """How a gambling notice's legal age opens the line: "marked" when a stop or a bar
    follows it ("18+ | ...", "K18. ..."), "bare" when words follow at once, else None."""
    if len(text) > ROW_MAX_CHARS or len(text.split()) > AGE_MARK_MAX_WORDS:
        return None
    found = _AGE_MARK.match(text.strip())
    if found is None:
        return None
    return "marked" if found["after"].strip() else "bare"


# "Quotes delayed at least 15 minutes", "Kursdata er forsinket mindst 15 minutter",
# "行情数据延迟15分钟": the word for delayed, a figure and the word for minutes, in a short
# line. (A topic cue: "Trains were delayed by 30 minutes" is news, and news voice lets the
# model alone judge it.)
DELAY_MAX_WORDS = 25
_FIGURE = re.compile(r"\d")
_CLOCK = re.compile(r"\d\s?[:：时時h]\s?\d{2}")


def data_delay(text: str) -> bool:
    """Whether the line is a market-data delay note (with no clock time in it: "the last
    train is delayed to 23:30" is a timetable's news)."""
    if len(text) > ROW_MAX_CHARS or len(text.split()) > DELAY_MAX_WORDS:
        return False
    if not _FIGURE.search(text) or _CLOCK.search(text):
        return False
    line = fold_case(text)
    return all(
        table_pattern("lexicon_live", "LIVE_CUES", kind).search(line)
        for kind in ("delayed", "minutes")
    )
