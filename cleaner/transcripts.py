"""Podcast pages: a transcript's turns are the article, its chapter list is not.

In an interview or a podcast transcript every line opens with its speaker ("ANA RUIZ:
Thank you.", "[14:30] Yoav: How does that work?"). Read alone, a short turn looks like a
name and a field, the way bylines and credits do, and after the last long turn the model
takes the closing "Thank you." lines for the page's furniture or a donation's thanks.
When several speakers each open two or more lines, a turn that only the model removed (no
cue rule names it) stays. An episode's chapter list ("00:00 Intro", "02:10 The letter",
...) reads as short body lines, and goes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence

from .features import UnitInput
from .verdicts import Verdict, kept_by_guard, remove_found

# A turn opens with its speaker, one to four words, and a colon, with the time stamp
# before or after the name: "Ana Ruiz: ...", "[12:30] Ana: ...", "Ana (12:30): ..."; or
# with a time stamp and a dash or a name and a time stamp: "00:04:40 Ana — ...", "Ana
# 00:09:58 ...".
_TIME = r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?"
_NAME = r"(?P<speaker>[^\W\d_][^\s:：(]*(?:\s[^\W\d_][^\s:：(]*){0,3})"
_TURNS = tuple(
    re.compile(pattern)
    for pattern in (
        rf"(?:{_TIME}\s+)?{_NAME}(?:\s?\(\d{{1,2}}:\d{{2}}(?::\d{{2}})?\))?\s?[:：]\s*\S",
        rf"{_TIME}\s+{_NAME}\s[—–-]\s+\S",
        rf"{_NAME}\s{_TIME}\s+\S",
    )
)
SPEAKERS = 2  # speakers with two or more turns each make a transcript


def speaker(text: str) -> str | None:
    """The speaker a line opens with, in upper case, or None."""
    line = text.strip()
    for turn in _TURNS:
        match = turn.match(line)
        if match:
            return match.group("speaker").upper()
    return None


def _speakers(names: Sequence[str | None]) -> frozenset[str]:
    counts = Counter(name for name in names if name)
    speakers = frozenset(name for name, n in counts.items() if n >= 2)
    return speakers if len(speakers) >= SPEAKERS else frozenset()


def transcript_speakers(texts: Sequence[str]) -> frozenset[str]:
    """The speakers of a transcript (each opens two or more lines), or nothing when fewer
    than SPEAKERS do: "Photo: ..." twice is no conversation."""
    return _speakers([speaker(text) for text in texts])


def keep_turns(verdicts: Sequence[Verdict], inputs: Sequence[UnitInput]) -> list[Verdict]:
    """Keep a transcript's turns that the model alone removed."""
    names = [speaker(item.text) for item in inputs]
    speakers = _speakers(names)
    if not speakers:
        return list(verdicts)
    kept = []
    for verdict, item, name in zip(verdicts, inputs, names):
        # (A cue still removes a turn: a host's sponsor read, "HOST: Support the show ...".)
        if verdict[0] != "body" and not item.hits and name in speakers:
            verdict = kept_by_guard(verdict, "guard:transcript_turn")
        kept.append(verdict)
    return kept


# A chapter of an episode on a line (or list item) of its own: "00:00 Intro", "(12:30) -
# Listener letters", "- 02:10 The letter".
_CHAPTER_LINE = re.compile(
    r"(?:[-*•]\s)?[\[(]?(?P<time>\d{1,2}:\d{2}(?::\d{2})?)[\])]?\s*[-–—·|]?\s*(?P<title>[^\W\d_].*)"
)
CHAPTERS = 3  # lines in a row
CHAPTER_WORDS = 10
CHAPTER_SCORE = 0.9  # how sure the list's form makes it junk
# A title that ends a sentence is a live blog's entry, not a chapter. (Not a question:
# chapters ask them, "20:05 Et après ?"; nor a full stop after a number, which is an
# ordinal or a decade in many languages: "Sieć w latach 50.", "Teil 2.")
_STOP = re.compile(r"(?<!\d)[.]$|[!。！]$")


def _seconds(stamp: str) -> int:
    total = 0
    for part in stamp.split(":"):
        total = total * 60 + int(part)
    return total


def chapter_lines(texts: Sequence[str]) -> list[bool]:
    """Which lines belong to an episode's chapter list: CHAPTERS or more lines in a row of
    a time and a short title (not a turn, no full stop), the first at 0:00 and the times
    rising. (A programme or a live blog's timeline does not start at midnight with
    titles.)"""
    marked = [False] * len(texts)
    start = 0
    while start < len(texts):
        end, last = start, -1
        while end < len(texts):
            match = _CHAPTER_LINE.fullmatch(texts[end].strip())
            if not match:
                break
            title, seconds = match.group("title"), _seconds(match.group("time"))
            if (
                (end == start and seconds != 0)
                or seconds <= last
                or len(title.split()) > CHAPTER_WORDS
                or speaker(title)
                or _STOP.search(title)
            ):
                break
            last, end = seconds, end + 1
        if end - start >= CHAPTERS:
            marked[start:end] = [True] * (end - start)
        start = max(end, start + 1)
    return marked


def remove_chapters(
    verdicts: Sequence[Verdict],
    inputs: Sequence[UnitInput],
    threshold: float,
    keep: Collection[str] = (),
) -> list[Verdict]:
    """Remove an episode's chapter list (`context:chapter_list`), unless the caller keeps
    `meta` or asks for more certainty than CHAPTER_SCORE."""
    return remove_found(
        verdicts,
        lambda: (
            i for i, chapter in enumerate(chapter_lines([item.text for item in inputs])) if chapter
        ),
        "meta",
        "context:chapter_list",
        CHAPTER_SCORE,
        threshold,
        keep,
    )
