"""A post's tag list at its end: a "Tags" heading over a line of keywords.

Blogs and small news sites print their tags under a heading of their own ("Tags",
"Schlagworte", "Etiquetas") rather than after it on the same line ("Tags: ..." is a cue
rule, lexicon.py's `tags`). Read alone, the keyword line ("ridge path, kellwang alpine
club, brenntal hut, hiking 2025") is a line of words the model may take for the story's own
list. What gives it away is the document: right under such a heading, below most of the
article's text, lines of keywords (separated by commas or bars, no sentence) are removed
as `meta` (`context:tag_list`), as the heading is.

A story's own list under a heading of its own words ("Themen der Sitzung") is no tag list:
only the tags headings the cue rule knows open one.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache

from .features import UnitInput
from .normal_form import normalise
from .verdicts import Verdict, remove_found, tail_start

TAGS_SCORE = 0.9
# Tags follow the article: at least this share of the kept body's characters is above.
TAIL_SHARE = 0.6
HEADING_WORDS = 3
# A keyword line: short keywords, at least two of them, and no sentence.
KEYWORD_LINE_CHARS = 400
KEYWORD_WORDS = 6
MIN_KEYWORDS = 2
_SEPARATORS = re.compile(r"\s*(?:,|，|、|;|\||·|•)\s*")
_SENTENCE_END = (".", "!", "?", "。", "！", "？")


@cache
def _tags_cue() -> re.Pattern[str]:
    from .lexicon import PHRASES

    return re.compile(PHRASES["meta"]["tags"])


def tags_heading(text: str) -> bool:
    """Whether a line is a tags heading alone ("Tags", "Schlagworte:", "Etiquetas")."""
    line = text.strip()
    if not line or len(line.split()) > HEADING_WORDS:
        return False
    # The cue reads "<heading>:"; a heading on its own line may have lost its colon.
    return _tags_cue().match(normalise(line).rstrip(" :：") + ":") is not None


def keyword_line(text: str) -> bool:
    """Whether a line is a list of keywords: two or more short items, no sentence
    ("ridge path, brenntal hut, hiking 2025", "#Wahl | Landtag | Bayern")."""
    line = text.strip()
    if not line or len(line) > KEYWORD_LINE_CHARS or line.endswith(_SENTENCE_END):
        return False
    items = [item for item in _SEPARATORS.split(line) if item]
    return len(items) >= MIN_KEYWORDS and all(len(item.split()) <= KEYWORD_WORDS for item in items)


def find_tag_lists(inputs: Sequence[UnitInput], kept: Sequence[bool]) -> list[int]:
    """The keyword lines right under each tags heading in the document's tail (`kept`:
    whether each unit is kept now)."""
    start = tail_start(inputs, kept, TAIL_SHARE)
    if start is None:
        return []
    found: list[int] = []
    for i in range(start, len(inputs)):
        if tags_heading(inputs[i].text):
            j = i + 1
            while j < len(inputs) and keyword_line(inputs[j].text):
                found.append(j)
                j += 1
    return found


def remove_tag_lists(
    verdicts: Sequence[Verdict],
    inputs: Sequence[UnitInput],
    threshold: float,
    keep: Collection[str] = (),
) -> list[Verdict]:
    """Remove the kept keyword lines under a tags heading as `meta` (unless the caller
    keeps `meta` or asks for more certainty than TAGS_SCORE)."""
    return remove_found(
        verdicts,
        lambda: find_tag_lists(inputs, [verdict[0] == "body" for verdict in verdicts]),
        "meta",
        "context:tag_list",
        TAGS_SCORE,
        threshold,
        keep,
    )
