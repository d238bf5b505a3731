"""An article's list of sources at its end: "Sources", "Quellen", "参考文献" over citations.

Health and science magazines close an explainer with the studies it drew on: "References /
1. Marsh, P. et al. (2021). Digital CBT for chronic insomnia. Journal of Sleep Practice,
14(2), 88-97." Read alone, a citation is a line of names, a title and numbers that the
model takes for the story's own list. What gives it away is the document: a heading that
names a sources list (per language, lexicon_magazine.py), below most of the article's
text, and under it lines shaped like citations (short, with a publication year or a
link). The heading and its citations are removed as `meta`
(`context:source_list`); so is a line that opens with the heading's word and a colon and
goes on with citations ("Quellen: Roth A., Kessler M. (2022) ...").

A study the story reports in its own sentences ("published last month in the Journal of
Planetary Missions (2025, vol. 12, pp. 40-52)") is no list: it stands above the tail, or
under no such heading.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache

from .features import UnitInput
from .scripts import fold_case
from .verdicts import Verdict, removed_by_context, tail_start

SOURCES_SCORE = 0.9
# At least this share of the kept body's characters stands above the heading: the
# article comes first, the studies it drew on after it.
TAIL_SHARE = 0.6
# A citation is a line, not a paragraph of prose.
CITATION_CHARS = 500
_EDGE = "■□●•▪►▶*#_-–—:：|｜ \t"
# A publication year in any script's digits: four digits standing alone.
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
FIRST_YEAR, LAST_YEAR = 1800, 2099
_LINK = re.compile(r"https?://|\bdoi\b|www\.", re.IGNORECASE)


@cache
def _headings() -> frozenset[str]:
    """All languages' headings of a sources list, folded."""
    from .lexicon_magazine import MAGAZINE_CUES

    return frozenset(
        fold_case(phrase) for lang in MAGAZINE_CUES.values() for phrase in lang["source_heading"]
    )


def sources_heading(text: str) -> bool:
    """Whether a line is a sources list's heading alone ("Sources", "Quellen:")."""
    return fold_case(text.strip().strip(_EDGE)) in _headings()


def citation(text: str) -> bool:
    """Whether a line under a sources heading is a citation: not a paragraph, with a
    publication year or a link ("Sociedad Ibérica de Lípidos. Guía de práctica clínica,
    2024.", "1. Marsh, P. et al. (2021). ... 14(2), 88-97.")."""
    line = text.strip()
    if not line or len(line) > CITATION_CHARS:
        return False
    if _LINK.search(line):
        return True
    return any(FIRST_YEAR <= int(year) <= LAST_YEAR for year in _YEAR.findall(line))


def _labelled_citations(text: str) -> bool:
    """Whether a line opens with a sources heading's word and a colon, then a citation
    ("Quellen: Roth A., Kessler M. (2022). Insomnie ...")."""
    head, colon, rest = text.strip().partition(":")
    if not colon:
        head, colon, rest = text.strip().partition("：")
    return bool(colon) and sources_heading(head) and citation(rest)


def find_source_lists(inputs: Sequence[UnitInput], kept: Sequence[bool]) -> list[int]:
    """The units of sources lists below TAIL_SHARE of the kept body's text: each heading
    with the citations right under it (none: no list), and labelled citation lines
    (`kept`: whether each unit is kept now)."""
    start = tail_start(inputs, kept, TAIL_SHARE)
    if start is None:
        return []
    found: list[int] = []
    for i in range(start, len(inputs)):
        item = inputs[i]
        if i not in found:
            if sources_heading(item.text):
                section = []
                for j in range(i + 1, len(inputs)):
                    if not citation(inputs[j].text):
                        break
                    section.append(j)
                if section:
                    found += [i, *section]
            elif _labelled_citations(item.text):
                found.append(i)
    return sorted(set(found))


def _furniture_above(
    verdicts: Sequence[Verdict], inputs: Sequence[UnitInput], start: int
) -> list[int]:
    """Kept units right above a sources list (from `start` up, past removed ones) that a
    cue names and the first pass reads as that junk: a health page's disclaimer or
    feedback box between the article's last paragraph and its sources. (The citations
    read as body, so the model took these for lines inside the article.)"""
    found = []
    for j in range(start - 1, -1, -1):
        label, _score, first_label, _reasons = verdicts[j]
        if label != "body":
            continue
        if first_label == "body" or first_label not in {hit.label for hit in inputs[j].hits}:
            break
        found.append(j)
    return found


def remove_source_lists(
    verdicts: Sequence[Verdict],
    inputs: Sequence[UnitInput],
    threshold: float,
    keep: Collection[str] = (),
) -> list[Verdict]:
    """Remove the kept units of a sources list as `meta`, and the furniture right above it
    that a cue names (unless the caller keeps `meta` or asks for more certainty than
    SOURCES_SCORE)."""
    kept = list(verdicts)
    if "meta" in keep or threshold > SOURCES_SCORE:
        return kept
    found = find_source_lists(inputs, [verdict[0] == "body" for verdict in verdicts])
    for i in found:
        if kept[i][0] == "body":
            kept[i] = removed_by_context(kept[i], "meta", "context:source_list", SOURCES_SCORE)
    if found:
        for j in _furniture_above(kept, inputs, found[0]):
            label = kept[j][2]
            if label not in keep:
                kept[j] = removed_by_context(kept[j], label, "context:source_list", SOURCES_SCORE)
    return kept
