"""A table of contents: the post's own subheadings, listed once more above them.

Blog themes and long guides put a contents box under the headline: "Contents [hide]
1. First impressions 2. Grind quality 3. Daily use ...", or one link per line. Read alone,
it is a list of short phrases, which the story's own lists are too, so the model keeps
it. What gives it away is the document itself: its entries are the subheadings that
come below it, word for word, spread through the text. That holds in any language and
needs no word list: three or more entries that match later subheadings, with body
between those subheadings, make the line (or the run of lines) a contents box
(`ui`, `context:contents_box`); and the subheadings it names are the article's, kept
even where the model alone would remove one (`guard:contents_section`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from .features import UnitInput
from .verdicts import Verdict, kept_by_guard, remove_found

CONTENTS_SCORE = 0.9
# Entries that must match later subheadings, and how long a subheading may be.
MIN_ENTRIES = 3
HEADING_WORDS = 12
HEADING_CHARS = 120
# A contents box stands near the top, in a post of ordinary length: only the first
# CONTENTS_REACH units are read as one, in documents of at most CONTENTS_MAX_UNITS (each
# entry is looked up among all the subheadings below it).
CONTENTS_REACH = 80
CONTENTS_MAX_UNITS = 3000
MAX_ENTRIES = 40
# Of the subheadings an entry list names, this share at least have text between them.
SPREAD_SHARE = 0.75
# A one-word entry names a longer subheading only if it is a long word.
PARTIAL_CHARS = 6
# A contents line is a few dozen entries at most.
CONTENTS_CHARS = 600
# An entry opens at a bullet, an arrow or a separator, after the box's "[hide]" button,
# or at a section number standing alone ("2.").
_ENTRY_BREAK = re.compile(r"\s*(?:[·•▸▶►▾▼›»|｜\]］)]|(?<!\S)\d{1,2}[.)](?=\s))\s*")
_LEADING_NUMBER = re.compile(r"^\d{1,2} ")
# A directory tree's lines ("|-- Dockerfile", "├── src") name files the text then shows:
# a listing the story holds, not a contents box.
_TREE_LINE = re.compile(r"^\s*(?:[│├└┌]|[|`]--)")


_ASCII_NOT_WORD = re.compile(r"[^a-z0-9]+")


def _key(text: str) -> str:
    """A subheading or an entry as compared: case, punctuation, symbols and its number
    dropped ("3. Daily use" and "Daily use ›" are one key). (Not `\\W`: it would split
    Devanagari or Thai words at their vowel signs.)"""
    folded = text.casefold()
    if folded.isascii():
        kept = _ASCII_NOT_WORD.sub(" ", folded)
    else:
        kept = "".join(char if unicodedata.category(char)[0] in "LMN" else " " for char in folded)
    return _LEADING_NUMBER.sub("", " ".join(kept.split()))


def _entries(text: str) -> list[str]:
    """A line's contents entries, if it has more than MIN_ENTRIES pieces at all."""
    if len(text) > CONTENTS_CHARS:
        return []
    pieces = _ENTRY_BREAK.split(text)
    if len(pieces) <= MIN_ENTRIES:
        return []
    return [key for key in map(_key, pieces) if key]


def _headings(inputs: Sequence[UnitInput]) -> list[tuple[int, str]]:
    """Short units with their keys: where each possible subheading stands."""
    found = []
    for i, item in enumerate(inputs):
        if (
            item.n_words <= HEADING_WORDS
            and len(item.text) <= HEADING_CHARS
            and not _TREE_LINE.match(item.text)
        ):
            key = _key(item.text)
            if key:
                found.append((i, key))
    return found


def _matches(entry: str, heading: str) -> bool:
    """Whether a contents entry names a subheading: the same words, or (an entry of more
    than one word) the start or the end of a longer one ("Day 3: Oysters" for "Day 3:
    Oysters and a long lunch", "Vullen" for "Stap 3: Vullen")."""
    if entry == heading:
        return True
    if " " not in entry and len(entry) < PARTIAL_CHARS:
        return False
    return heading.startswith(entry + " ") or heading.endswith(" " + entry)


def _below(entry: str, after: int, headings: Sequence[tuple[int, str]]) -> int:
    """The first subheading below `after` that the entry names, or -1."""
    return next((j for j, key in headings if j > after and _matches(entry, key)), -1)


def _named_sections(entries: Sequence[str], positions: Sequence[int]) -> list[int]:
    """The subheadings the entries name (`positions`: each entry's, or -1), if they are
    MIN_ENTRIES or more, distinct, in the entries' order and mostly with text between them
    (a contents box points into sections; a table or a teaser list printed twice does
    not); else none."""
    if len(set(entries)) < len(entries):
        return []  # the same line twice: a repeated block, not a list of sections
    found = [position for position in positions if position >= 0]
    if len(found) < MIN_ENTRIES or any(b <= a for a, b in zip(found, found[1:])):
        return []
    gaps = sum(b - a > 1 for a, b in zip(found, found[1:]))
    if gaps < max(MIN_ENTRIES - 1, SPREAD_SHARE * (len(found) - 1)):
        return []
    return found


@dataclass
class Contents:
    """A document's contents boxes (per unit) and the subheadings they name."""

    boxed: list[bool]
    sections: set[int]


def find_contents(inputs: Sequence[UnitInput]) -> Contents:
    """The contents boxes of a document, as one line of entries or a run of one-entry
    lines, and the subheadings below that they name."""
    found = Contents([False] * len(inputs), set())
    if len(inputs) > CONTENTS_MAX_UNITS:
        return found
    headings = _headings(inputs)
    reach = min(len(inputs), CONTENTS_REACH)
    # One line that lists the entries; half of them at least are subheadings below (the
    # rest is the box's title: "Contents [hide]").
    for i, item in enumerate(inputs[:reach]):
        entries = _entries(item.text)
        if not MIN_ENTRIES < len(entries) <= MAX_ENTRIES:
            continue
        positions = [_below(entry, i, headings) for entry in entries]
        sections = _named_sections(entries, positions)
        if sections and 2 * sum(position >= 0 for position in positions) >= len(entries):
            found.boxed[i] = True
            found.sections.update(sections)
    # One entry per line: a run of short lines, each a subheading below the run.
    keys = dict(headings)
    i = 0
    while i < reach:
        end = i
        while end in keys and end - i < MAX_ENTRIES and _below(keys[end], end, headings) >= 0:
            end += 1
        run = [keys[j] for j in range(i, end)]
        sections = _named_sections(run, [_below(entry, end - 1, headings) for entry in run])
        if end - i >= MIN_ENTRIES and sections:
            found.boxed[i:end] = [True] * (end - i)
            found.sections.update(sections)
        i = max(end, i + 1)
    return found


def apply_contents(
    verdicts: Sequence[Verdict],
    inputs: Sequence[UnitInput],
    threshold: float,
    keep: Collection[str] = (),
) -> list[Verdict]:
    """Remove the kept units of a contents box as `ui` (unless the caller keeps `ui` or
    asks for more certainty than CONTENTS_SCORE), and keep the subheadings it names that
    the model alone removed: the box says they head the article's sections."""
    kept = list(verdicts)
    found = find_contents(inputs)
    for i in found.sections:
        if kept[i][0] != "body" and not inputs[i].hits and not found.boxed[i]:
            kept[i] = kept_by_guard(kept[i], "guard:contents_section")
    return remove_found(
        kept,
        lambda: (i for i, boxed in enumerate(found.boxed) if boxed),
        "ui",
        "context:contents_box",
        CONTENTS_SCORE,
        threshold,
        keep,
    )
