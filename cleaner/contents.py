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

from .decide import Verdict, kept_by_guard, removed_by_context
from .features import UnitInput

CONTENTS_SCORE = 0.9
# Entries that must match later subheadings, and how long a subheading may be.
MIN_ENTRIES = 3
HEADING_WORDS = 12
HEADING_CHARS = 120
# A one-word entry names a longer subheading only if it is a long word.
PARTIAL_CHARS = 6
# A contents line is a few dozen entries at most.
CONTENTS_CHARS = 600
# An entry opens at a bullet, an arrow or a separator, after the box's "[hide]" button,
# or at a section number standing alone ("2.").
_ENTRY_BREAK = re.compile(r"\s*(?:[·•▸▶►▾▼›»|｜\]］)]|(?<!\S)\d{1,2}[.)](?=\s))\s*")
_LEADING_NUMBER = re.compile(r"^\d{1,2} ")


def _key(text: str) -> str:
    """A subheading or an entry as compared: case, punctuation, symbols and its number
    dropped ("3. Daily use" and "Daily use ›" are one key). (Not `\\W`: it would split
    Devanagari or Thai words at their vowel signs.)"""
    kept = "".join(
        char if unicodedata.category(char)[0] in "LMN" else " " for char in text.casefold()
    )
    return _LEADING_NUMBER.sub("", " ".join(kept.split()))


def _entries(text: str) -> list[str]:
    if len(text) > CONTENTS_CHARS:
        return []
    return [key for key in map(_key, _ENTRY_BREAK.split(text)) if key]


def _headings(inputs: Sequence[UnitInput]) -> list[tuple[int, str]]:
    """Short units with their keys: where each possible subheading stands."""
    found = []
    for i, item in enumerate(inputs):
        if item.n_words <= HEADING_WORDS and len(item.text) <= HEADING_CHARS:
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


def _named_sections(
    entries: Sequence[str], after: int, headings: Sequence[tuple[int, str]]
) -> list[int]:
    """The subheadings below `after` that the entries name, if MIN_ENTRIES distinct ones
    with text between them (a contents box points into sections, not at a list of short
    lines); else none."""
    positions = sorted({_below(entry, after, headings) for entry in entries} - {-1})
    gaps = sum(b - a > 1 for a, b in zip(positions, positions[1:]))
    if len(positions) < MIN_ENTRIES or gaps < MIN_ENTRIES - 1:
        return []
    return positions


@dataclass
class Contents:
    """A document's contents boxes (per unit) and the subheadings they name."""

    boxed: list[bool]
    sections: set[int]


def find_contents(inputs: Sequence[UnitInput]) -> Contents:
    """The contents boxes of a document, as one line of entries or a run of one-entry
    lines, and the subheadings below that they name."""
    headings = _headings(inputs)
    found = Contents([False] * len(inputs), set())
    # One line that lists the entries; half of them at least are subheadings below (the
    # rest is the box's title: "Contents [hide]").
    for i, item in enumerate(inputs):
        entries = _entries(item.text)
        if len(entries) <= MIN_ENTRIES:
            continue
        sections = _named_sections(entries, i, headings)
        if sections and 2 * sum(_below(entry, i, headings) >= 0 for entry in entries) >= len(
            entries
        ):
            found.boxed[i] = True
            found.sections.update(sections)
    # One entry per line: a run of short lines, each a subheading below the run.
    i = 0
    while i < len(inputs):
        end = i
        while (
            end < len(inputs)
            and inputs[end].n_words <= HEADING_WORDS
            and _below(_key(inputs[end].text), end, headings) >= 0
        ):
            end += 1
        sections = _named_sections([_key(item.text) for item in inputs[i:end]], end - 1, headings)
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
    if "ui" in keep or threshold > CONTENTS_SCORE:
        return kept
    for i, boxed in enumerate(found.boxed):
        if boxed and kept[i][0] == "body":
            kept[i] = removed_by_context(kept[i], "ui", "context:contents_box", CONTENTS_SCORE)
    return kept
