"""Reading a cue pattern's text: its alternatives, the first letters of the word a match
must begin with, plain phrases, short-unit guards and length bounds.

The phrase index (phrase_index.py) is built from these readings. Each one only ever
allows skipping a search that cannot match, so the rules find the same either way.
"""

from __future__ import annotations

import re
from functools import cache
from operator import itemgetter

from .alternation import (
    QUANTIFIERS,
    alternatives,
    balanced,
    first_char,
    group_end,
    groups,
    splittable,
)
from .scripts import EAST_ASIAN

# A phrase rule that starts at a word boundary can only match where a word starts with
# one of its alternatives' first letters. Checking those word starts against the unit's
# (a set operation) skips most regex scans: exact, and several times faster on prose.
START_CHARS = 6
_WORD = re.compile(r"\w+")
WORD_START = re.compile(rf"\b\w{{1,{START_CHARS}}}")  # the first letters of every word


def is_word_char(char: str) -> bool:
    """Whether `char` is a regex `\\w` character."""
    return char.isalnum() or char == "_"


def _parse(pattern: str):
    """(the standard library's regex parser, the parsed pattern), or None where that
    parser is not available (another Python's internals): then no shortcut is taken."""
    try:
        from re import _parser

        return _parser, _parser.parse(pattern)
    except Exception:
        return None


def word_starts(pattern: str) -> frozenset[str] | None:
    """The first letters of every word a match can start with, or None if unknown."""
    # Only a pattern that opens with "\\b" (or a group that may) starts with a word
    # boundary; parsing the others, a million characters in all, would take seconds.
    if not pattern.startswith(("\\b", "(")):
        return None
    parsed = _parse(pattern)
    if parsed is None:
        return None
    parser, tree = parsed
    items = list(tree)
    if not items or items[0] != (parser.AT, parser.AT_BOUNDARY):
        return None
    return _starts(items[1:], parser)


# After a word's letters, what ends the word: a boundary, a class of no word characters, the
# line's end.
_WORD_ENDS = ("\\b", "\\s", "\\W", "$")


class OpeningWords:
    """Reads from a pattern's text the first letters (up to START_CHARS) of the word a match
    opens with: letters, plain groups to branch into, and what ends a word. The pattern's
    groups are found once: a word list's pattern is read in many places."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.closes, self.bars = groups(pattern)

    def words(self, spans: tuple[tuple[int, int], ...], prefix: str = "") -> frozenset[str] | None:
        """The first letters of the first word of a match of the pattern's `spans` read in
        order, or None if unknown (a class, an optional letter, a lookaround ...)."""
        pattern = self.pattern
        for number, (index, end) in enumerate(spans):
            while index < end:
                char = pattern[index]
                if char in "\\$":
                    ending = next((e for e in _WORD_ENDS if pattern.startswith(e, index, end)), "")
                    if ending and not pattern.startswith(QUANTIFIERS, index + len(ending), end):
                        return frozenset([prefix]) if prefix else None
                if char == "(":
                    return self._branches(index, end, spans[number + 1 :], prefix)
                if char == "\\":
                    char = pattern[index + 1 : index + 2]
                    if not char or char.isascii() and char.isalnum():
                        return None  # a class ("\\d"), an anchor or a code ("\\x41")
                    step = 2
                elif char in "[].^$*+?{}|":
                    return None
                else:
                    step = 1
                if pattern.startswith(QUANTIFIERS, index + step, end):
                    return None  # an optional or repeated letter
                if not is_word_char(char):
                    return frozenset([prefix]) if prefix else None
                prefix += char
                if len(prefix) == START_CHARS:
                    return frozenset([prefix])
                index += step
        return None  # the match may end inside a longer word

    def _branches(
        self, index: int, end: int, later: tuple[tuple[int, int], ...], prefix: str
    ) -> frozenset[str] | None:
        """A group's words: each of its alternatives, then what follows the group (both
        ways for an optional group, "(s)?")."""
        pattern = self.pattern
        close = self.closes.get(index)
        plain = pattern.startswith("(?:", index)
        if close is None or close >= end or pattern.startswith("(?", index) and not plain:
            return None  # a lookaround, a named group
        after = close + 1
        found: set[str] = set()
        if pattern.startswith("?", after, end) and not pattern.startswith("?+", after, end):
            after += 2 if pattern.startswith("??", after, end) else 1
            skipped = self.words(((after, end), *later), prefix)
            if skipped is None:
                return None
            found |= skipped
        elif pattern.startswith(QUANTIFIERS, after, end):
            return None
        for start, stop in self._alternatives(index):
            words = self.words(((start, stop), (after, end), *later), prefix)
            if words is None:
                return None
            found |= words
        return frozenset(found)

    def _alternatives(self, index: int) -> list[tuple[int, int]]:
        """The spans of the alternatives of the group opened at `index`."""
        bars = self.bars[index]
        first = index + (3 if self.pattern.startswith("(?:", index) else 1)
        return list(zip([first, *(bar + 1 for bar in bars)], [*bars, self.closes[index]]))

    def opened(self, start: int, stop: int) -> list[tuple[int, int]]:
        """The span of a plain group as its alternatives' spans, opened again while they
        are such groups (as alternation.opened); any other span as it is."""
        pattern = self.pattern
        if pattern[start : start + 1] != "(" or self.closes.get(start) != stop - 1:
            return [(start, stop)]
        if pattern.startswith("(?", start) and not pattern.startswith("(?:", start):
            return [(start, stop)]
        return [span for part in self._alternatives(start) for span in self.opened(*part)]


# How an alternative anchored at the unit's start is indexed: by the first letters of the
# unit's first word, or by its first character (a word of a script written without
# spaces, "専門家監修", may go on into a longer one; "©" is no word).
BY_WORD, BY_CHAR = "word", "char"


def opened_at_start(piece: str) -> list[tuple[str, str, frozenset[str] | None]]:
    """A piece anchored at the unit's start ("^(sponsored|gesponsert)\\b") as its
    alternatives (as alternation.anchored opens them), grouped by how they are indexed:
    (a pattern, BY_WORD or BY_CHAR, the keys a unit must start with for it to match, or
    None if unknown); a piece not so anchored, whole and unknown. (Each group keeps the
    piece's one tail: a tail repeated for each alternative would be compiled as often.)"""
    if not piece.startswith("^") or not splittable(piece):
        return [(piece, "", None)]
    reader = OpeningWords(piece)
    close = reader.closes.get(1)
    parts = reader.opened(1, close + 1) if close is not None else []
    if not parts or parts == [(1, close + 1)] or piece.startswith(QUANTIFIERS, close + 1):
        return [(piece, *_start_keys(reader, (1, len(piece)), (len(piece), len(piece))))]
    tail = (close + 1, len(piece))
    keyed = [(part, *_start_keys(reader, part, tail)) for part in parts]
    if all(keys is None for _part, _kind, keys in keyed):
        return [(piece, "", None)]
    text = piece[tail[0] :]
    grouped = []
    for kind in (BY_WORD, BY_CHAR, ""):
        parts_of_kind = [(piece[a:b], keys) for (a, b), by, keys in keyed if by == kind]
        if parts_of_kind:
            pattern = f"^(?:{'|'.join(part for part, _keys in parts_of_kind)}){text}"
            keys_of_kind = [keys for _part, keys in parts_of_kind if keys is not None]
            grouped.append((pattern, kind, frozenset().union(*keys_of_kind) if kind else None))
    return grouped


def _start_keys(
    reader: OpeningWords, part: tuple[int, int], tail: tuple[int, int]
) -> tuple[str, frozenset[str] | None]:
    """How the alternative `part` (then `tail`) of an anchored piece is indexed, and by
    which keys: the unit's first word's letters if known, else its first character."""
    words = reader.words((part, tail))
    if words is not None:
        return BY_WORD, words
    text = reader.pattern[part[0] : part[1]] or reader.pattern[tail[0] : tail[1]]
    char = first_char(text)
    return (BY_CHAR, frozenset([char])) if char else ("", None)


def last_word_open(phrase: str, open_end: bool) -> bool:
    """Whether a match of `phrase` may end inside a longer word of the text, so that its
    last word need not be a whole word there: the phrase ends in a word character and
    nothing after it ends the word (`open_end`: no word end is required)."""
    return open_end and _WORD.fullmatch(phrase[-1:]) is not None


_ESCAPED_CHAR = re.compile(r"\\(.)")
_LITERAL_PHRASE = re.compile(r"\\b\(\?:((?:[^\\()|[\]{}*+?.^$]|\\[^\w])+)\)")
_WORD_END = "(?!\\w)"


@cache
def literal_text(piece: str) -> tuple[str, bool] | None:
    """The phrase of a plain piece ("\\b(?:support our newsroom)"), and whether it must
    end a word as well ("\\b(?:live on air)(?!\\w)"); else None."""
    ends_word = piece.endswith(_WORD_END)
    literal = _LITERAL_PHRASE.fullmatch(piece[: -len(_WORD_END)] if ends_word else piece)
    if literal is None:
        return None
    return _ESCAPED_CHAR.sub(itemgetter(1), literal.group(1)), ends_word


def index_starts(piece: str) -> frozenset[str] | None:
    """The word starts a piece is indexed by. A plain phrase ("support our newsroom") holds
    all of its words, each at a word start: it is indexed by its longest word, which is
    rarer than its first ("in", "a", "de" begin half the units of some languages)."""
    literal = literal_text(piece)
    if literal is not None:
        phrase, ends_word = literal
        words = _WORD.findall(phrase)
        # The last word may be the start of a longer one in the text ("후원하기" in
        # "후원하기s"): then it indexes the phrase only if it is long enough that its first
        # letters are the text word's too.
        if last_word_open(phrase, not ends_word) and len(words[-1]) < START_CHARS:
            words = words[:-1]
        if words:
            return frozenset([max(words, key=len)[:START_CHARS]])
    return word_starts(piece)


def _starts(items: list, parser, prefix: str = "") -> frozenset[str] | None:
    """Possible first letters (up to START_CHARS) of the first word of a match of `items`."""
    for index, (op, arg) in enumerate(items):
        if op is parser.LITERAL:
            char = chr(arg)
            if not is_word_char(char):
                # A short first word ("we use") ends here, so it is the whole word.
                return frozenset([prefix]) if prefix else None
            prefix += char
            if len(prefix) == START_CHARS:
                return frozenset([prefix])
            continue
        if op is parser.AT and arg is parser.AT_BOUNDARY and prefix:
            return frozenset([prefix])  # a short word that ends here ("an" in "par an")
        rest = items[index + 1 :]
        if op is parser.MAX_REPEAT and arg[0] == 0 and arg[1] == 1:
            # An optional piece ("articles?", "resta(m)?"): the word goes on with it or not.
            with_it = _starts(list(arg[2]) + rest, parser, prefix)
            without = _starts(rest, parser, prefix)
            return None if with_it is None or without is None else with_it | without
        if op is parser.SUBPATTERN:
            return _starts(list(arg[-1]) + rest, parser, prefix)
        if op is parser.BRANCH:
            found: set[str] = set()
            for branch in arg[1]:
                starts = _starts(list(branch) + rest, parser, prefix)
                if starts is None:
                    return None
                found |= starts
            return frozenset(found)
        return None
    return None  # the pattern may end inside a longer word: no shortcut


def _word_alternatives(pattern: str) -> list[str]:
    """The alternatives of a pattern, with a leading word-boundary group opened up
    ("\\b(support us|donate)" -> ["\\b(?:support us)", "\\b(?:donate)"]; also one that
    must end a word, "\\b(live on air|watch live)(?!\\w)"): each then gets its own word
    starts, and a unit is searched only for the phrases its words can begin."""
    pieces: list[str] = []
    for piece in alternatives(pattern):
        end = _WORD_END if piece.endswith(")" + _WORD_END) else ""
        inner = piece[3 : -1 - len(end)]
        if piece.startswith("\\b(") and piece.endswith(")" + end) and balanced(inner):
            pieces.extend(f"\\b(?:{alternative}){end}" for alternative in alternatives(inner))
        else:
            pieces.append(piece)
    return pieces


# A cue anywhere in a short unit (lexicon_calls.short_unit_cue): "^(?=[^\n]{0,250}$)[^\n]*?"
# before a group of phrases. Its phrases are split and indexed like any others, each
# searched only in a unit that short (a guard: _Guarded).
_SHORT_UNIT = re.compile(r"\^\(\?=\[\^\\n\]\{0,(\d+)\}\$\)\[\^\\n\]\*\?(?=\()")


def _guarded(alternative: str) -> tuple[str, int, str] | None:
    """A short-unit cue as (its guard's text, the unit's most characters, the group of
    phrases inside it), or None."""
    guard = _SHORT_UNIT.match(alternative)
    if guard is None:
        return None
    group = alternative[guard.end() :]
    if not group.startswith("(?:") or group_end(group) != len(group) - 1:
        return None
    return guard.group(), int(guard.group(1)), group[3:-1]


NO_GUARD = ("", 0)


def guarded_alternatives(pattern: str) -> list[tuple[tuple[str, int], str]]:
    """((guard, its most characters), alternative) for each alternative of a pattern (as
    _word_alternatives), with a short-unit cue opened into its phrases under its guard
    (NO_GUARD for the others)."""
    found: list[tuple[tuple[str, int], str]] = []
    for alternative in alternatives(pattern):
        guarded = _guarded(alternative)
        if guarded is None:
            found += [(NO_GUARD, piece) for piece in _word_alternatives(alternative)]
        else:
            guard = guarded[:2]
            found += [(guard, piece) for piece in _word_alternatives(guarded[2])]
    return found


# CJK punctuation and full-width forms ("：", "｜"), which East Asian cues use.
_EAST_ASIAN_MARKS = re.compile("[\u3000-\u303f\uff00-\uffef]")


def east_asian_only(piece: str) -> bool:
    """Whether a piece's letters, apart from ASCII (regex syntax), are all East Asian or
    Thai: then a unit without such characters cannot match it."""
    if not EAST_ASIAN.search(piece):
        return False
    rest = _EAST_ASIAN_MARKS.sub("", EAST_ASIAN.sub("", piece))
    return rest.isascii()


# A lookahead that bounds a line's length before the cue proper: "^(?=[^\n]{0,260}$)" (a
# short line's cue anywhere in it), "^(?=[^.!?\n]{0,90}$)". The line holds at most that many
# characters, and a final line break.
_LINE_GUARD = re.compile(r"\^\(\?=\[\^[^\]]*\\n[^\]]*\]\{\d*,(\d+)\}\$\)")


def longest_match(pattern: str) -> int | None:
    """For a pattern whose every alternative is anchored at both ends ("^...$": a whole
    short line) or opens with a line-length guard (_LINE_GUARD), the longest text it can
    match; longer units are skipped without a search. None if unbounded."""
    if "(?m" in pattern or "(?s" in pattern:
        return None  # ("^", "$" and "." would mean something else)
    bounds = []
    for piece in alternatives(pattern):
        guard = _LINE_GUARD.match(piece)
        if guard is not None:
            bounds.append(int(guard.group(1)) + 1)
        elif piece.startswith("^") and piece.endswith("$") and not piece.endswith("\\$"):
            parsed = _parse(piece)
            if parsed is None:
                return None
            parser, tree = parsed
            longest = tree.getwidth()[1]
            if longest >= parser.MAXREPEAT:
                return None
            # "$" also matches before a final newline, which the width does not count.
            bounds.append(longest + 1)
        else:
            return None
    return max(bounds, default=None)
