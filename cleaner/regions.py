"""Regions of a document that the decision treats as a whole: runs of flags, boxes of
sure junk inside the article, doubted units between sure junk, teaser lists found by their
links, and lists whose items share one fate. Each function marks units; decide.py says
what a mark means.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import groupby

from .features import ADDRESSING, PROSE_WORDS, UnitInput
from .links import MAX_WORDS as LINK_MAX_WORDS
from .links import MIN_LINK_WORDS
from .records import LABELS

META_INDEX = LABELS.index("meta")

# Inside the core, a run of this many units that the first pass reads, each on its own,
# as junk this surely is a box inserted into the article (a newsletter or related box):
# the core does not shield it.
BOX_RUN = 2
BOX_FIRST = 0.9
# A line between two such lines that the first pass reads as their kind of junk this surely
# belongs to their box: an appeal's pitch between its heading and its button.
BOX_BRIDGE = 0.75
# ... but a box's last line of at most this many words, right above a prose paragraph and
# read as another kind of junk than the line above it, is the next section's subheading.
SUBHEADING_WORDS = 12

# Inside the core, a run of this many units that both passes read as one kind of appeal,
# the first pass each on its own this surely and the context pass as junk this surely, is
# an inserted appeal box in a language or voice the first pass knows less well: three
# lines of one appeal in a row are no part of a story.
AGREED_RUN = 3
AGREED_FIRST = 0.6
AGREED_JUNK = 0.8
AGREED_LABELS = frozenset(LABELS.index(name) for name in ("donation", "subscription", "newsletter"))

# Under the headline, between it and the first prose paragraphs (a standfirst, then the
# text), a run of short doubted lines with one the first pass reads as meta this surely is
# the byline block: the core does not shield it.
HEAD_META = 0.9
HEAD_META_WORDS = 6
# ... a line a meta rule fires on, or that the first pass is that sure of, may be longer
# ("15.02.2025 - 10:42 | Updated: ...").
HEAD_META_RULED_WORDS = 12
# ... looked for in the gaps up to this many prose paragraphs into the article.
HEAD_META_ANCHORS = 3

# After the article, an appeal whose first line both passes are this sure of, and whose
# ask carries a cue at most this many units below it, is one block: the outlet's account
# of itself in between ("We take no money from governments ...") reads as body alone.
APPEAL_OPENER = 0.9
APPEAL_OPENER_WORDS = 40
APPEAL_GAP = 2

# After the article, a unit between two units the first pass reads as junk this surely
# needs only to read as junk itself (decide.py keeps full statements).
SANDWICH_SURE = 0.75

# Without a cue rule the first pass must give the junk label this much on its own: the
# context pass may sharpen a label, not invent one.
FIRST_PASS_ALONE = 0.5

# A list of at least this many items whose items mostly read as body keeps all of them.
LIST_RUN = 3

# A list right after a paragraph that reads as body on its own (this surely, at least this
# many words) and ends with a colon was announced by the article: its items are content.
INTRO_BODY = 0.75
INTRO_WORDS = 6
# ... or a question subheading of this many words ("What should the kit hold?") that reads
# at least this much as body, or that no junk label is sure of and that asks without a
# cue and without addressing the reader, under a paragraph that reads more as body than not.
QUESTION_WORDS = 3
QUESTION_BODY = 0.4
QUESTION_ABOVE = 0.5
# ... or one that takes up a word of the paragraph above it (its first STEM letters, words
# of at least that length), which the first pass does not read as junk this surely: it
# asks about the story ("What did the drill test?" under a paragraph on the drill).
STEM = 5
QUESTION_ON_TOPIC = 0.9
# ... and a list written without marks is a run of lines of at most this many words.
PLAIN_ITEM_WORDS = 12

# On an HTML page or in Markdown, a run of this many link-led units after the article is a
# teaser list, heading or not (one such link may be a source or a document).
LINK_RUN = 2

# Inside or after the article, a line that is one link in capitals is an inline teaser
# ("SEE ALSO"-style headline of another story); the article's own text is not a link.
LINK_WHOLE = 0.9
CAPS_LINK_WORDS = 3


_LETTER = re.compile(r"[^\W\d_]")


def boxes(inputs: Sequence[UnitInput], first_rows: Sequence[Sequence[float]]) -> list[bool]:
    """Units in a run of BOX_RUN+ consecutive units each read as junk (BOX_FIRST) alone,
    or bridging two such units of one label (BOX_BRIDGE: an appeal's pitch the first pass
    is less sure of, between its heading and its button).

    A paragraph of PROSE_WORDS+ words without a cue that reads as another kind of junk than
    each sure neighbour is no part of their box: a quote about the paywall right above an
    inline "Read also: ..." teaser.

    A line without words ("* * *", "___") separates; it is no part of a box: a live blog's
    separator and its next entry's time stamp are not an inserted box.
    """
    sure_junk = [
        max(row[1:]) >= BOX_FIRST and _LETTER.search(item.text) is not None
        for row, item in zip(first_rows, inputs)
    ]

    def apart(i: int) -> bool:
        """An uncued paragraph unlike the sure junk beside it."""
        neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(inputs) and sure_junk[j]]
        if not neighbours or inputs[i].hits or inputs[i].n_words < PROSE_WORDS:
            return False
        label = _junk_label(first_rows[i])
        return all(_junk_label(first_rows[j]) != label for j in neighbours)

    sure_junk = [sure and not apart(i) for i, sure in enumerate(sure_junk)]
    sure_junk = [
        sure or _bridges(i, sure_junk, first_rows, inputs) for i, sure in enumerate(sure_junk)
    ]
    marked = [False] * len(first_rows)
    for first, end in runs(sure_junk):
        if (
            end < len(inputs)
            and end - first >= BOX_RUN
            and _junk_label(first_rows[end - 1]) != _junk_label(first_rows[end - 2])
            and _subheading_above_prose(inputs[end - 1], inputs[end])
        ):
            end -= 1  # the box ends before the next section's heading
        if end - first >= BOX_RUN:
            marked[first:end] = [True] * (end - first)
    return marked


def agreed_boxes(
    inputs: Sequence[UnitInput],
    first_rows: Sequence[Sequence[float]],
    second_rows: Sequence[Sequence[float]],
) -> list[bool]:
    """Units in a run of AGREED_RUN+ consecutive units of one appeal label that the first
    pass reads as that label (AGREED_FIRST) and the context pass as junk (AGREED_JUNK).

    A question that ends the run right above a prose paragraph in news voice is the next
    section's heading in a Q&A ("Can I appeal the bill?"), not the box's: a box ends on a
    button ("I'm in", "Give monthly")."""
    labels = [
        label
        if label in AGREED_LABELS
        and first[label] >= AGREED_FIRST
        and 1.0 - second[0] >= AGREED_JUNK
        and _LETTER.search(item.text) is not None
        else -1
        for item, first, second in zip(inputs, first_rows, second_rows)
        for label in (_junk_label(first),)
    ]
    marked = [False] * len(inputs)
    end = 0
    for label, run in groupby(labels):
        start, end = end, end + len(list(run))
        last = end
        if (
            last < len(inputs)
            and inputs[last - 1].text.rstrip().endswith(("?", "？"))
            and _subheading_above_prose(inputs[last - 1], inputs[last])
        ):
            last -= 1  # the box ends before the next section's question (a Q&A)
        if label >= 0 and last - start >= AGREED_RUN:
            marked[start:last] = [True] * (last - start)
    return marked


def _bridges(
    i: int,
    sure_junk: Sequence[bool],
    first_rows: Sequence[Sequence[float]],
    inputs: Sequence[UnitInput],
) -> bool:
    """Whether unit i sits between two sure junk lines of one label and reads, less
    surely (BOX_BRIDGE), as that label too."""
    if not 0 < i < len(sure_junk) - 1 or not (sure_junk[i - 1] and sure_junk[i + 1]):
        return False
    label = _junk_label(first_rows[i - 1])
    return (
        _junk_label(first_rows[i + 1]) == label
        and first_rows[i][label] >= BOX_BRIDGE
        and _LETTER.search(inputs[i].text) is not None
    )


def _junk_label(row: Sequence[float]) -> int:
    """The junk label the first pass reads in a unit (index into LABELS)."""
    return max(range(1, len(row)), key=row.__getitem__)


def _subheading_above_prose(item: UnitInput, below: UnitInput) -> bool:
    """A short line without a cue and without a closing full stop, right above a prose
    paragraph in news voice: the subheading of the next section ("Why drivers are so
    hard to find") when it reads as another kind of junk than the box above it, not the
    box's last line."""
    return (
        not item.hits
        and 0 < item.n_words <= SUBHEADING_WORDS
        and not item.text.rstrip().endswith((".", "!", "。"))
        and below.news_voice
        and below.n_words >= PROSE_WORDS
    )


def sandwiched(first_rows: Sequence[Sequence[float]]) -> list[bool]:
    """Units that the first pass, reading each alone, calls more likely junk than body,
    between two units it is sure are junk. A unit at the document's edge has only one
    side and is never taken: a page's last line under its footer's junk is as often the
    author's sign-off or a closing sentence as more junk (measured on real pages)."""
    junk = [1.0 - row[0] >= FIRST_PASS_ALONE for row in first_rows]
    sure = [1.0 - row[0] >= SANDWICH_SURE for row in first_rows]
    n = len(first_rows)
    return [0 < i < n - 1 and sure[i - 1] and junk[i] and sure[i + 1] for i in range(n)]


def runs(flags: Sequence[bool], start: int = 0) -> Iterator[tuple[int, int]]:
    """(first, end) of every maximal run of True flags from `start` on."""
    i = start
    while i < len(flags):
        if not flags[i]:
            i += 1
            continue
        end = i
        while end < len(flags) and flags[end]:
            end += 1
        yield i, end
        i = end


def teaser_runs(
    inputs: Sequence[UnitInput], link_led: Sequence[bool], core: tuple[int, int]
) -> list[bool]:
    """Units in a teaser list: a run of LINK_RUN or more link-led units at the tail.

    The tail starts after the article's core and after the last prose paragraph that
    is not link-led, so a list of product links followed by more of the article stays.
    A page with no core, or whose "teasers" outweigh its core (a link round-up post),
    is made of links: nothing is marked.
    """
    marked = [False] * len(inputs)
    if core[1] < 0:
        return marked
    last_prose = max(
        (i for i, item in enumerate(inputs) if item.n_words >= PROSE_WORDS and not link_led[i]),
        default=-1,
    )
    for first, end in runs(link_led, start=max(core[1], last_prose) + 1):
        if end - first >= LINK_RUN:
            marked[first:end] = [True] * (end - first)
    if outweighs_core(inputs, marked, core):
        return [False] * len(inputs)
    return marked


def outweighs_core(
    inputs: Sequence[UnitInput], marked: Sequence[bool], core: tuple[int, int]
) -> bool:
    """Whether the marked units hold as many words as the article's core: then the page
    is made of them (a link round-up post), and they are its content."""
    core_words = sum(item.n_words for item in inputs[core[0] : core[1] + 1])
    return sum(item.n_words for item, m in zip(inputs, marked) if m) >= core_words


def link_teasers(
    inputs: Sequence[UnitInput],
    linked: Sequence[float] | None,
    link_led: Sequence[bool],
    core: tuple[int, int],
) -> list[bool]:
    """Teasers found by their links: a teaser list at the tail, or a line inside or after
    the article that is one link in capitals."""
    marked = teaser_runs(inputs, link_led, core)
    if linked is not None:
        for i in range(core[0] + 1, len(inputs)):
            item = inputs[i]
            if linked[i] >= LINK_WHOLE and item.n_words >= CAPS_LINK_WORDS and item.text.isupper():
                marked[i] = True
    return marked


# (An em dash marks the items of many Russian and Ukrainian lists: "— яркий экран".)
_LIST_ITEM = re.compile(r"\s*([-*•·▪►–—]|\d{1,2}[.)])\s")
# Rows of a list written without marks share their punctuation: "June 9 – Tampa, FL @ Arena",
# "Spain 2-1 Italy (Group B)". A row is short and its first two marks match a neighbour's.
_TWO_MARKS = re.compile(r"([^\w\s])[\w\s]*([^\w\s])")
# ... or they open with a short label and a colon: "Friday: concert of the town band".
_LABEL_ROW = re.compile(r"[^\W\d_][\w'’-]*( [\w'’-]+){0,2} ?[:：] ")
ROW_WORDS = 20
# ... or they are a table's rows, cells split by pipes: "Paper | 31,200 | 28,900" (its
# header row may hold dates: "Subscriptions | Feb 2024 | Feb 2025").
_CELL_BREAK = " | "


@lru_cache(maxsize=1 << 14)
def _row_key(text: str) -> str:
    """The first two punctuation marks of a unit ("" when it has fewer), or ":" for a
    labelled row, or the number of cell breaks for a table row. Cached: every decision
    round asks again."""
    if _CELL_BREAK in text:
        return "|" * text.count(_CELL_BREAK)
    if _LABEL_ROW.match(text):
        return ":"
    marks = _TWO_MARKS.search(text, 0, 200)
    return marks.group(1) + marks.group(2) if marks else ""


def _row_keys(inputs: Sequence[UnitInput]) -> list[str]:
    """The row key of each short unit ("" for longer ones)."""
    return [_row_key(item.text) if item.n_words <= ROW_WORDS else "" for item in inputs]


def body_lists(inputs: Sequence[UnitInput], first_rows: Sequence[Sequence[float]]) -> list[bool]:
    """Units in a list (LIST_RUN+ consecutive items, with list marks or as rows of the same
    punctuation) that is mostly not junk to the first pass (no junk label reaches
    FIRST_PASS_ALONE on most items).

    Items of one list share their fate: a minority the model doubts on their own
    ("- Wales (Group E): second appearance") belong to the story like the rest.
    """
    marked = [False] * len(inputs)
    keys = _row_keys(inputs)
    items = [
        list_item(item.text)
        or (
            key != ""
            and key in (keys[i - 1] if i else "", keys[i + 1] if i + 1 < len(keys) else "")
        )
        for i, (item, key) in enumerate(zip(inputs, keys))
    ]
    for first, end in runs(items):
        doubted = sum(max(row[1:]) < FIRST_PASS_ALONE for row in first_rows[first:end])
        if end - first >= LIST_RUN and doubted * 2 >= end - first:
            marked[first:end] = [True] * (end - first)
    return marked


def list_item(text: str) -> bool:
    """Whether a unit carries a list mark ("- ", "• ", "2. ")."""
    return _LIST_ITEM.match(text) is not None


def unlinked_item(item: UnitInput, link_share: float, marked: bool = True) -> bool:
    """A list item (with a list mark, unless `marked` is False) that no link starts, among
    those links.py can tell about (a one-word link is not collected, a long unit not
    checked)."""
    return (
        link_share == 0.0
        and MIN_LINK_WORDS <= item.n_words <= LINK_MAX_WORDS
        and (not marked or list_item(item.text))
    )


def introduced_lists(
    inputs: Sequence[UnitInput], first_rows: Sequence[Sequence[float]]
) -> list[bool]:
    """List items the article announces: right after a paragraph that reads as body on its
    own and ends with a colon ("Here is how to upgrade:", "Her recipe needs:"), or after a
    question subheading ("What went wrong?"), a run of list items, or of short lines
    without a cue (ingredients, steps, names).

    Steps of a how-to ("- Sign up for the bundle with the same e-mail") read like
    prompts one by one; an outlet's own prompts are not introduced by its prose.
    """
    marked = [False] * len(inputs)
    for start in range(1, len(inputs)):
        intro = inputs[start - 1]
        intro_text = intro.text.rstrip()
        announced = (
            intro_text.endswith((":", "："))
            and intro.n_words >= INTRO_WORDS
            and first_rows[start - 1][0] >= INTRO_BODY
        )
        # A subheading reads as half body on its own, and so must the paragraph above it.
        plain_question = not intro.hits and ADDRESSING.isdisjoint(intro.words)
        junk = max(first_rows[start - 1][1:])
        asked = (
            intro_text.endswith(("?", "？"))
            and intro.n_words >= QUESTION_WORDS
            and start >= 2
            and (
                first_rows[start - 1][0] >= QUESTION_BODY
                or (plain_question and junk < FIRST_PASS_ALONE)
                or (
                    plain_question
                    and junk < QUESTION_ON_TOPIC
                    and _shares_stem(intro, inputs[start - 2])
                )
            )
            and first_rows[start - 2][0] >= QUESTION_ABOVE
            and inputs[start - 2].n_words >= INTRO_WORDS
        )
        if not (announced or asked):
            continue
        if asked:
            marked[start - 1] = True  # the story's own subheading, with its list
        with_marks = list_item(inputs[start].text)
        end = start
        while end < len(inputs) and (
            list_item(inputs[end].text) if with_marks else _plain_item(inputs[end])
        ):
            end += 1
        marked[start:end] = [True] * (end - start)
    return marked


def _shares_stem(unit: UnitInput, above: UnitInput) -> bool:
    """Whether a unit takes up a word of the unit above (the same first STEM letters)."""
    stems = {word[:STEM] for word in unit.words if len(word) >= STEM}
    return any(word[:STEM] in stems for word in above.words if len(word) >= STEM)


def _plain_item(item: UnitInput) -> bool:
    """A list item written without a mark: a short line, no full stop, no cue rule."""
    return (
        0 < item.n_words <= PLAIN_ITEM_WORDS
        and not item.hits
        and not item.text.rstrip().endswith((".", "。", ":", "："))
    )


# A question and its answer in one unit ("Can I cancel? Yes, at any time."): the items of a
# FAQ. The question has no sentence end before its mark; the answer follows it.
_QUESTION_AND_ANSWER = re.compile(r"[\W_]{0,3}[^.!?？。\n]{3,150}[?？][\s\W]*\w")
# A FAQ is an appeal's when the context pass reads every item as that appeal this surely
# and the first pass alone reads at least one so ("How much should I give? ...").
FAQ_SURE = 0.9


def appeal_faqs(
    inputs: Sequence[UnitInput],
    first_rows: Sequence[Sequence[float]],
    second_rows: Sequence[Sequence[float]],
    labels: Sequence[str],
) -> list[bool]:
    """The items of an appeal's FAQ ("Can I cancel? ...", "Is my gift tax-deductible? ...")
    and the question heading right above them ("Why do we ask for your support?").

    Each item answers the reader in plain prose, so the guards would keep most of them;
    a run of two or more that the context pass reads as one appeal, one of them surely so
    on its own, goes with the appeal. (A story's own Q&A on the same topic sits among the
    story's paragraphs: the context pass does not read every item as an appeal.)"""
    marked = [False] * len(inputs)
    items = [_QUESTION_AND_ANSWER.match(item.text) is not None for item in inputs]
    indexes = [LABELS.index(label) for label in labels]
    for start, end in runs(items):
        if end - start < 2:
            continue
        for index in indexes:
            run = range(start, end)
            if all(second_rows[k][index] >= FAQ_SURE for k in run) and any(
                first_rows[k][index] >= FAQ_SURE for k in run
            ):
                marked[start:end] = [True] * (end - start)
                heading = inputs[start - 1].text.rstrip() if start else ""
                if heading.endswith(("?", "？")) and second_rows[start - 1][index] >= FAQ_SURE:
                    marked[start - 1] = True
                break
    return marked


def appeal_sandwiches(
    inputs: Sequence[UnitInput],
    first_rows: Sequence[Sequence[float]],
    second_rows: Sequence[Sequence[float]],
    anchors: Sequence[int],
    labels: Sequence[str],
) -> list[bool]:
    """Appeals told by their two ends: a first line both passes read as an appeal, then at
    most APPEAL_GAP units, then a line an appeal cue of the same kind fires on ("Support us
    from R$ 15 a month"), with no prose paragraph of the article after it. Marks the
    opener and the units in between."""
    marked = [False] * len(inputs)
    last_anchor = max(anchors, default=-1)
    indexes = [(label, LABELS.index(label)) for label in labels]
    for i, item in enumerate(inputs):
        if item.n_words > APPEAL_OPENER_WORDS:
            continue
        for label, index in indexes:
            if min(first_rows[i][index], second_rows[i][index]) < APPEAL_OPENER:
                continue
            for j in range(i + 2, min(i + APPEAL_GAP + 2, len(inputs))):
                cued = not inputs[j].news_voice and any(h.label == label for h in inputs[j].hits)
                if cued and j > last_anchor:
                    marked[i:j] = [True] * (j - i)
                    break
    return marked


def head_meta(
    inputs: Sequence[UnitInput],
    first_rows: Sequence[Sequence[float]],
    anchors: Sequence[int],
    headline: int,
) -> list[bool]:
    """The byline block under the headline: in a gap between the headline (the first unit
    that reads as body) and the first prose paragraphs (standfirst, text), a run of short
    lines, each more likely junk than body to the first pass, one of them surely meta (the
    date beside a name: a name alone reads as half body)."""
    marked = [False] * len(inputs)
    bounds = sorted({headline, *anchors[:HEAD_META_ANCHORS]})
    if len(bounds) < 2:
        return marked

    def doubted(i: int) -> bool:
        item = inputs[i]
        sure_meta = first_rows[i][META_INDEX] >= HEAD_META or any(
            h.label == "meta" for h in item.hits
        )
        return (
            item.n_words <= (HEAD_META_RULED_WORDS if sure_meta else HEAD_META_WORDS)
            and 1.0 - first_rows[i][0] >= FIRST_PASS_ALONE
            # A time alone there heads a live blog's first entry (a page's stamp has a date).
            and not any(h.reason == "clock_time" for h in item.hits)
        )

    for above, below in zip(bounds, bounds[1:]):
        flags = [above < i < below and doubted(i) for i in range(below)]
        for first, end in runs(flags, start=above + 1):
            if any(first_rows[i][META_INDEX] >= HEAD_META for i in range(first, end)):
                marked[first:end] = [True] * (end - first)
    return marked
