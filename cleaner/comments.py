"""Reader comments under a post, in extracted text.

A blog's comment section comes through an extractor as lines that each open with the
reader's name (and often a date) and a colon, a guest book's as messages signed at their
end (readers.py). Read alone, such a line is a person speaking, as a transcript's turn or
an interview's answer is, so the model keeps it. Under a line removed as the comments'
heading or count ("14 Comments", "18 hozzászólás", "Leave a reply"), the lines in that
shape that follow are the thread: they go, as comments (`context:comment_thread`), until
a kept line that is not one.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .features import UnitInput
from .readers import dashed_reader_line, reader_line, signed_line
from .transcripts import speaker
from .verdicts import Verdict, removed_by_context

# How sure a thread's line is removed: a heading and the shape of a reader's line.
THREAD_SCORE = 0.8


def _heading(verdict: Verdict) -> bool:
    """A removed line that is, or that the model read as, the comments' heading or count
    (a count under a teaser list is removed with the list, as `related`)."""
    label, _score, first_label, _reasons = verdict
    return label == "comments" or (label != "body" and first_label == "comments")


SECTION_CUES = frozenset({"rule:comment_word", "rule:comment_heading"})


def _section_heading(verdict: Verdict) -> bool:
    """A line removed as comments on the comment section's words or count."""
    return verdict[0] == "comments" and not SECTION_CUES.isdisjoint(verdict[3])


def _readers(text: str, dashed: bool = False) -> bool:
    """A line in the shape of a reader's comment: opened by the reader's name, or signed
    at its end as a guest book's entry is (readers.py). With `dashed`, under the comment
    section's own heading, also a name set off by a spaced dash ("pixelvell — ...")."""
    return reader_line(text) or signed_line(text) or (dashed and dashed_reader_line(text))


def _relabelled(verdict: Verdict) -> Verdict:
    """A removed reader's line, labelled as the thread's (its score kept, at least
    THREAD_SCORE)."""
    _label, score, first_label, _reasons = verdict
    reasons = (f"model:{first_label}", "context:comment_thread")
    return ("comments", round(max(score, THREAD_SCORE), 4), first_label, reasons)


# A page's thread often comes through as blocks: the reader's name (or handle) on a line
# of its own, or the comment's date line, then the comment ("marek_z_lodzi" / "Dostałem
# dziś dwa takie SMS-y ..."); buttons between them ("Reply") are removed already.
NAME_MAX_CHARS_ALONE = 30
NAME_MAX_WORDS_ALONE = 3
BLOCK_MAX_LINES = 3  # a comment's lines under its name
BLOCK_MAX_WORDS = 80  # a comment's line; an article's paragraph is often longer
_NAME_END = tuple(".!?:;。！？：…")


def _name_alone(text: str) -> bool:
    line = text.strip()
    return (
        0 < len(line) <= NAME_MAX_CHARS_ALONE
        and len(line.split()) <= NAME_MAX_WORDS_ALONE
        and not line.endswith(_NAME_END)
        and (line[0].isalpha() or line[0] == "@")
    )


def _named_tail(
    verdicts: Sequence[Verdict], inputs: Sequence[UnitInput], start: int
) -> list[int] | None:
    """The kept lines from `start` to the end when they are all name-and-comment blocks:
    a name alone (kept or removed) or a removed date line, then one to BLOCK_MAX_LINES
    short lines; else None. The lines from `start` to the end, removed ones too, hold
    fewer words than the page above them: the rest of an article under a count near its
    top would not (a subheading and its paragraphs read alike)."""
    kept: list[int] = []
    blocks, under, words = 0, None, 0
    for i in range(start, len(verdicts)):
        text, removed = inputs[i].text, verdicts[i][0] != "body"
        words += inputs[i].n_words
        header = _name_alone(text) or (removed and verdicts[i][0] == "meta")
        if header and (under is None or under > 0):
            blocks, under = blocks + 1, 0
            if not removed:
                kept.append(i)
        elif removed:
            continue
        elif under is None or under >= BLOCK_MAX_LINES or inputs[i].n_words > BLOCK_MAX_WORDS:
            return None
        else:
            under += 1
            kept.append(i)
    above = sum(item.n_words for item in inputs[:start])
    return kept if blocks and under and words < above else None


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
    heading = next((i for i in range(started + 1, len(kept)) if _heading(kept[i])), None)
    if heading is None:
        return kept
    # The blocks' heading is the comment section's own, named by its words or count ("12
    # commentaires", "Yorumlar (31)"): a recipe's "Rate this recipe: ☆☆☆☆☆", removed as
    # comments too, sits above the post's own tips.
    named = next(
        (i for i in range(heading, len(kept)) if _section_heading(kept[i])),
        None,
    )
    tail = None if named is None else _named_tail(kept, inputs, named + 1)
    if tail:
        for i in tail:
            kept[i] = removed_by_context(
                kept[i], "comments", "context:comment_thread", THREAD_SCORE
            )
        return kept
    # Who spoke above the first heading: a transcript's or an interview's speakers.
    speakers = {name for name in map(speaker, (item.text for item in inputs[:heading])) if name}
    in_thread = section = False
    for i in range(heading, len(kept)):
        if _heading(kept[i]):
            in_thread, section = True, _section_heading(kept[i])
            continue
        if not in_thread:
            continue
        text = inputs[i].text
        label, _score, _first, reasons = kept[i]
        if label != "body":
            # A reader's line that the model alone removed as something else ("ui") is
            # the thread's too; a line a cue removed keeps the cue's label.
            if _readers(text, section) and not any(r.startswith("rule:") for r in reasons):
                kept[i] = _relabelled(kept[i])
            continue
        if not _readers(text, section) or speaker(text) in speakers:
            in_thread = False
            continue
        kept[i] = removed_by_context(kept[i], "comments", "context:comment_thread", THREAD_SCORE)
    return kept
