"""Lines that widgets print, recognised by their form in any language: a market ticker
strip, a bookmaker's odds box, the age mark that opens a gambling notice, the note under
market data that its quotes come late; a row of teasers under a label; an agency's slug
and end mark under its copy.

A sports or business page's extracted text keeps these inside the article: "S&P 500
5,412.88 −1.12% · NASDAQ 17,106.40 −1.87% · ...", "Rheinhafen 2,05 | Remis 3,50 |
Grünwald 3,40 – jetzt tippen!", "18+ | Spela ansvarsfullt ...", "Latest releases: ... |
...", "(PAI) kw/ mpr/". Read alone they are figures and names, as a results list or a
key-figures line is, so the model keeps them; their shape is what tells them apart:
quotes with their day's change side by side, three decimal odds in separate fields, a
legal age before anything else is said, headlines between bars, initials between slashes.
"""

from __future__ import annotations

import re

from .prose_cues import table_pattern
from .scripts import cue_form, first_letter, has_capitals, starts_in_lower_case

# A ticker's fields: separated by a bullet or bar, or by wide spaces.
_TICKER_FIELD = re.compile(r"\s*(?:[·|｜•]|\s{2,}|\u3000+)\s*")
# A quote's change: "+0.61%", "−1,34 %", "(−14.60%)", "▲0.74%", "▼0,15"; or a trend mark
# closing the quote, after its figure and unit, as farm and commodity boards print them
# ("Schlachtkühe O3 4,92 €/kg ▼", "Foderbyg 1.420 kr./t ▲", "배합사료 593원/㎏ ▬").
_CHANGE = re.compile(
    r"[+\-−–]\s?\d+(?:[.,]\d+)?\s?%|[▲▼△▽↑↓]\s?[+\-−]?\d|\d[^\d▲▼△▽↑↓▬]{0,12}[▲▼△▽↑↓▬]\s*$"
)
TICKER_QUOTES = 2
TICKER_FIELDS = 3
TICKER_FIELD_WORDS = 8  # a quote is a name and figures, no sentence
TICKER_MAX_WORDS = 50
# Quotes and odds are figures: a line without a digit is neither (a quick test first).
_DIGIT = re.compile(r"\d")

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

# A teaser row: a label, a colon, then two headlines or more between bars or bullets
# ("Latest releases: Man charged over robbery | Winter road safety operation begins").
_TEASER_FIELD = re.compile(r"\s+[|｜·•]\s+|\s*[｜]\s*")
TEASER_LABEL_WORDS = 5
TEASER_FIELDS = 2
# A headline: a few words (or, in a script without spaces, a few characters), no stop at
# its end; in a script with capitals, a capital first ("Revenue 4.1 bn" is a figure's
# label, which a key-figures line's fields hold: they are short or hold digits).
TEASER_HEADLINE_WORDS = (4, 20)
TEASER_HEADLINE_CHARS = 8
_HEADLINE_END = re.compile(r"[.!?;:。！？]$")
# Not a headline: a field with a label of its own ("Zuletzt aktualisiert: 17:29"), or a
# file's size ("Harmonogram stavby (PDF, 412 kB)", a list of attachments).
_NOT_HEADLINE = re.compile(r"[:：]|\([^()]*\d[^()]*\)$")


def ticker_strip(text: str) -> bool:
    """Whether the line is a ticker strip: three fields or more, two quotes with their
    change at least, no field a sentence, and most fields not "Label: value" (a story's
    key figures, "Revenue: 4.1 bn (+6%)", are labelled)."""
    if len(text) > ROW_MAX_CHARS or _DIGIT.search(text) is None:
        return False
    if len(text.split()) > TICKER_MAX_WORDS:
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
    if len(text) > ROW_MAX_CHARS or _DIGIT.search(text) is None:
        return False
    if len(text.split()) > ODDS_MAX_WORDS:
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
    line = cue_form(text)
    return all(
        table_pattern("lexicon_live", "LIVE_CUES", kind).search(line)
        for kind in ("delayed", "minutes")
    )


def teaser_row(text: str) -> bool:
    """Whether the line is a row of teasers under a label: "Lo más leído: <headline> |
    <headline>" (each field a headline: no stop at its end, a capital first where the
    script has them, few digits)."""
    if len(text) > ROW_MAX_CHARS:
        return False
    label, colon, rest = text.partition(":")
    if not colon:
        label, colon, rest = text.partition("：")
    if not colon or not label.strip() or len(label.split()) > TEASER_LABEL_WORDS:
        return False
    fields = [field.strip() for field in _TEASER_FIELD.split(rest.strip())]
    return len(fields) >= TEASER_FIELDS and all(map(_headline, fields))


def _headline(field: str) -> bool:
    if not field or _HEADLINE_END.search(field) or _NOT_HEADLINE.search(field):
        return False
    digits = sum(char.isdigit() for char in field)
    if 4 * digits > len(field):
        return False
    if starts_in_lower_case(field):
        return False
    words = len(field.split())
    if words == 1 and not has_capitals(first_letter(field)):
        return len(field) >= TEASER_HEADLINE_CHARS  # (a script without spaces)
    low, high = TEASER_HEADLINE_WORDS
    return low <= words <= high


# An agency's marks under its copy: the editors' initials and the slug ("(PAI) kw/ mpr/",
# "mpd ks/hl yyzz a3 ded", "ع.ح/س.م"), the end mark ("（完）", "(END)"), and a release's
# "SOURCE <Company>" line.
SLUG_MAX_CHARS = 48
SLUG_MAX_TOKENS = 8
_AGENCY = re.compile(r"^[(（][^()（）]{1,30}[)）]\s*")
_SLUG_TOKEN = re.compile(r"[^\W_]{1,5}(?:[./][^\W\d_]{1,5})*[./]?")
_VOWELS = frozenset("aeiouy")
_DOTTED = re.compile(r"[^\W\d_]\.[^\W\d_]")  # initials with a dot between ("ع.ح")
_END_MARK = re.compile(
    r"[(（]\s*(?:完|end|ends|fin|ende|konec|koniec|kraj|конец|кінець)\s*[)）]", re.I
)
_SOURCE_LINE = re.compile(r"SOURCE\s+\S")
SOURCE_MAX_WORDS = 12


def wire_mark(text: str) -> bool:
    """Whether the line is an agency's slug or end mark, or a release's "SOURCE" line."""
    line = text.strip()
    if len(line) > ROW_MAX_CHARS:
        return False
    if _END_MARK.fullmatch(line):
        return True
    if _SOURCE_LINE.match(line):
        return len(line.split()) <= SOURCE_MAX_WORDS
    if len(line) > SLUG_MAX_CHARS:
        return False
    rest = _AGENCY.sub("", line)
    tokens = rest.split()
    if not 0 < len(tokens) <= SLUG_MAX_TOKENS:
        return False
    if not all(_SLUG_TOKEN.fullmatch(t) and any(c.isalpha() for c in t) for t in tokens):
        return False
    if "/" in rest and all(token.isupper() for token in tokens):
        return True  # ("(БНА) ДМ/ЈП")
    if any(char.isupper() for char in rest):
        return False
    if "/" in rest or _DOTTED.search(rest):
        return True
    # Initials in Latin letters without a slash or a dot: no vowel in any ("jhk kst").
    return len(tokens) >= 2 and all(
        token.isascii() and token.isalpha() and not (_VOWELS & set(token)) for token in tokens
    )
