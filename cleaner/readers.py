"""The shape of a reader's comment in extracted text, and where a thread of them begins.

A blog's comment section comes through an extractor as lines that each open with the
reader's name (and often a date) and a colon: "Zsuzsa: A mi családunkban is ...",
"Marcus T. — February 13, 2025 at 7:42 am: Got mine last month ...", or sign at the end,
as a guest book's entries do ("Rest easy, Marg. — The Magpies committee"). comments.py
removes such lines under the thread's heading; decide.py ends the article's core above a
thread, so that its heading ("23 comentários") is not shielded as part of the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .features import UnitInput

# A reader's name and the date beside it, before the colon ("Heike S. schrieb am 2. Mai
# 2024"): a few words, no sentence in them.
NAME_MAX_CHARS = 80
NAME_MAX_WORDS = 10
# What the reader writes after the colon: more than a field's value.
COMMENT_MIN_WORDS = 4
COMMENT_MIN_CHARS = 15  # in Chinese, Japanese or Thai, written without spaces
_COLON = re.compile(r":\s|：")
# A sentence inside the name part: a word, a stop, then a lower-case word ("The plan was
# simple. it had one step: ..."); not an initial's or a date's stop ("Heike S. schrieb
# am 2. Mai 2024: ...").
_STOP = re.compile(r"(\w+)[.!?]\s+(\w)")


def reader_line(text: str) -> bool:
    """Whether a line opens with a reader's name (and date) and a colon, then their
    comment: "Zsuzsa: ...", "Ania K.: ...", "Marcus T. — February 13, 2025 at 7:42 am: ..."."""
    line = text.strip()
    colon = _COLON.search(line, 0, NAME_MAX_CHARS + 2)
    if colon is None or colon.start() == 0:
        return False
    name, comment = line[: colon.start()], line[colon.end() :]
    if not name[0].isalpha() or len(name.split()) > NAME_MAX_WORDS or _holds_sentence(name):
        return False
    return _says_enough(comment, COMMENT_MIN_WORDS)


def _holds_sentence(name: str) -> bool:
    """Whether a name part holds a sentence's end: a word, a stop, a lower-case word."""
    return any(
        len(word) > 1 and not word.isdigit() and after.islower()
        for word, after in _STOP.findall(name)
    )


def _says_enough(words: str, least: int) -> bool:
    """Whether a reader's words are more than a field's value: `least` words, or in a
    script without spaces COMMENT_MIN_CHARS characters (a one-word Latin value is not)."""
    if " " not in words.strip():
        return len(words) >= COMMENT_MIN_CHARS and not words.isascii()
    return len(words.split()) >= least


# A guest book's or a condolence book's entry signs at its end, after a dash: "Rest easy,
# Marg. — The Magpies committee", "Dumnezeu să-l odihnească! – Familia Vasilescu": a
# signature of a few words without a sentence's stop, after a message of a few words.
SIGNATURE_MAX_WORDS = 8
_INITIAL = re.compile(r"\b([^\W\d_])\.(?=[\s,]|$)")
# (A hyphen inside the signature joins words, "Holt-Morrison"; spaced, in the signature or
# in the message before it, it lists: "Mill Lane - Oak Street - Elm Road" is a closure
# list's line.)
_SPACED_DASH = re.compile(r"\s[—–-]\s")
_SIGNED = re.compile(r"(.+?)\s[—–-]\s?([^\W\d_](?:[^.!?—–\n-]|(?<=\w)-(?=\w)){0,60})")


def signed_line(text: str) -> bool:
    """Whether a line is a message signed at its end after a dash, as a guest book's
    entry is: "Thinking of you all. — Tanya Morrison, Dubbo"."""
    # (An initial's stop is no sentence's: "— Patricia R., Fenwick Bay".)
    found = _SIGNED.fullmatch(_INITIAL.sub(r"\1", text.strip()))
    if found is None:
        return False
    message, signature = found.groups()
    if len(signature.split()) > SIGNATURE_MAX_WORDS or _SPACED_DASH.search(message):
        return False
    return _says_enough(message, COMMENT_MIN_WORDS - 1)


# A thread's heading or count is short: "23 comentários", "Reacties (4)".
HEADING_WORDS = 5


def thread_start(
    inputs: Sequence[UnitInput], comment_heading: Sequence[bool], anchors: Sequence[int]
) -> int | None:
    """Where a comment thread under the article begins: a short line the model reads as
    the comments' heading or count (`comment_heading`), right above a reader's line, below
    the first anchor, with nothing after it that reads surely as prose (`anchors`) but
    readers' lines. None when there is no such line. (A name that opened a line above it
    speaks in an interview or a transcript: then there is no thread.)"""
    if not anchors:
        return None
    for i in range(anchors[0] + 1, len(inputs) - 1):
        if not (
            comment_heading[i]
            and inputs[i].n_words <= HEADING_WORDS
            and reader_line(inputs[i + 1].text)
        ):
            continue
        if not all(reader_line(inputs[a].text) for a in anchors if a > i):
            return None
        above = {_name(item.text) for item in inputs[:i]}
        readers = {_name(item.text) for item in inputs[i + 1 :] if reader_line(item.text)}
        return None if above & readers else i
    return None


def _name(text: str) -> str | None:
    """A line's opening name, before its colon (upper case), or None."""
    colon = _COLON.search(text.strip(), 0, NAME_MAX_CHARS + 2)
    return text.strip()[: colon.start()].upper() if colon else None


# A forum's or a blog's thread may set the reader's name (a handle, perhaps with the date
# after a dot) off by a spaced dash instead of a colon: "marta.fvg · 22 gen 2025 — Anche a
# me è successo ...", "Marta R. — Jo tenia aquest joc!". A list's line has the same shape
# ("Onion – 1, finely chopped", "Lyon – 3 (Dupont 12')"), so comments.py counts this form
# only under the comment section's own heading.
DASHED_NAME_MAX_WORDS = 3
_DASHED = re.compile(r"([^\W\d_][^—–:\n]{0,60}?)\s[—–]\s(.+)")
_NAME_DATE = re.compile(r"\s·\s")


def dashed_reader_line(text: str) -> bool:
    """Whether a line opens with a reader's name (or handle, perhaps with a date after a
    dot) and a spaced dash, then their comment: "pixelvell — L'Amstrad el tenia un amic
    de Terrassa"."""
    found = _DASHED.fullmatch(text.strip())
    if found is None:
        return False
    name, comment = found.groups()
    handle = _NAME_DATE.split(name, maxsplit=1)[0]
    if len(handle.split()) > DASHED_NAME_MAX_WORDS or _holds_sentence(name):
        return False
    return _says_enough(comment, COMMENT_MIN_WORDS)
