"""Reader comments under a post, in extracted text.

A blog's comment section comes through an extractor as lines that each open with the
reader's name (and often a date): "Zsuzsa: A mi családunkban is ...", "Marcus T. —
February 13, 2025 at 7:42 am: Got mine last month ...". Read alone, such a line is a
person speaking, as a transcript's turn or an interview's answer is, so the model keeps
it. Under a line removed as the comments' heading or count ("14 Comments", "18
hozzászólás", "Leave a reply"), the lines in that shape that follow are the thread:
they go, as comments (`context:comment_thread`), until a kept line that is not one.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .decide import Verdict, removed_by_context
from .features import UnitInput
from .transcripts import speaker

# How sure a thread's line is removed: a heading and the shape of a reader's line.
THREAD_SCORE = 0.8
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
    if not name[0].isalpha() or len(name.split()) > NAME_MAX_WORDS:
        return False
    for word, after in _STOP.findall(name):
        if len(word) > 1 and not word.isdigit() and after.islower():
            return False
    if " " not in comment.strip():  # unspaced script, or a field's one-word value
        return len(comment) >= COMMENT_MIN_CHARS and not comment.isascii()
    return len(comment.split()) >= COMMENT_MIN_WORDS


def remove_comment_thread(
    verdicts: Sequence[Verdict],
    inputs: Sequence[UnitInput],
    threshold: float,
    keep: Collection[str] = (),
) -> list[Verdict]:
    """Remove the readers' lines under a removed comments heading (see the module's
    docstring), unless the caller keeps `comments` or asks for more certainty than
    THREAD_SCORE. A name that spoke before the heading is a transcript's or an
    interview's speaker: its lines stay, and so does the rest."""
    kept = list(verdicts)
    if "comments" in keep or threshold > THREAD_SCORE:
        return kept
    # (The article has begun: a count line above it is the post's own meta row.)
    started = next(
        (i for i, verdict in enumerate(kept) if verdict[0] == "body" and inputs[i].n_words >= 20),
        None,
    )
    if started is None:
        return kept
    heading = next((i for i in range(started + 1, len(kept)) if kept[i][0] == "comments"), None)
    if heading is None:
        return kept
    # Who spoke above the first heading: a transcript's or an interview's speakers.
    speakers = {name for name in map(speaker, (item.text for item in inputs[:heading])) if name}
    in_thread = False
    for i in range(heading, len(kept)):
        label = kept[i][0]
        if label == "comments":
            in_thread = True
            continue
        if not in_thread or label != "body":
            continue
        text = inputs[i].text
        if not reader_line(text) or speaker(text) in speakers:
            in_thread = False
            continue
        kept[i] = removed_by_context(kept[i], "comments", "context:comment_thread", THREAD_SCORE)
    return kept
