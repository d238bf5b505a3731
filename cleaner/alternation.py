"""A regex's alternation structure, read from its text, and big alternations matched one
first character at a time.

The word lists make regexes of up to 200,000 characters ("^(?:read more|read also|...)").
Python parses and compiles a regex in Python code: the lexicon took over ten seconds of
every process's start-up. A `FirstCharSplit` instead groups a pattern's alternatives by
the character a match must start with, and compiles a group only when a text starting
with that character is first matched. It matches exactly the texts the whole pattern does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np

# What a pattern's group structure is read from: "(", ")" and "|", outside escapes ("\\(")
# and character classes ("[(|]", which run to their first "]"). Escapes, then classes, are
# masked out at C speed, keeping every index; the lexicon's patterns add up to millions
# of characters at start-up, most of them escaped.
_ESCAPE = re.compile(r"\\.", re.DOTALL)
_CLASS = re.compile(r"\[[^\]]*(?:\]|\Z)")


def _masked_class(found: re.Match[str]) -> str:
    return "_" * len(found.group())


_OPEN, _CLOSE, _BAR = ord("("), ord(")"), ord("|")


def _structural(pattern: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The index, character code and group depth after it of each "(", ")" and "|"
    outside escapes and character classes, as arrays: the word lists' patterns hold
    hundreds of thousands of them, too many to walk one at a time in Python."""
    masked = _CLASS.sub(_masked_class, _ESCAPE.sub("__", pattern))
    codes = np.frombuffer(masked.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    where = np.flatnonzero((codes == _OPEN) | (codes == _CLOSE) | (codes == _BAR))
    kinds = codes[where]
    depths = np.cumsum((kinds == _OPEN).astype(np.intp) - (kinds == _CLOSE))
    return where, kinds, depths


def structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) of each "(", ")" and "|" outside escapes
    and character classes: what splitting at top-level "|" and checking groups both need."""
    where, kinds, depths = _structural(pattern)
    for index, code, depth in zip(where.tolist(), kinds.tolist(), depths.tolist()):
        yield index, chr(code), depth


def groups(pattern: str) -> tuple[dict[int, int], dict[int, list[int]]]:
    """Where each group of a pattern closes ("(" index -> ")" index) and the "|" directly
    inside it ("(" index -> "|" indexes; -1 for those at the top level), from one reading
    of its structure (patterns of a nested word list are read many times over otherwise)."""
    closes: dict[int, int] = {}
    bars: dict[int, list[int]] = {-1: []}
    opened = [-1]
    for index, char, _depth in structure(pattern):
        if char == "(":
            opened.append(index)
            bars[index] = []
        elif char == ")":
            if len(opened) > 1:
                closes[opened.pop()] = index
        else:
            bars[opened[-1]].append(index)
    return closes, bars


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern ("a|b(c|d)" -> ["a", "b(c|d)"]): a match of
    the pattern is a match of one of them."""
    where, kinds, depths = _structural(pattern)
    pieces, start = [], 0
    for index in where[(kinds == _BAR) & (depths == 0)].tolist():
        pieces.append(pattern[start:index])
        start = index + 1
    pieces.append(pattern[start:])
    return pieces


def balanced(pattern: str) -> bool:
    """Whether every group opened in `pattern` closes in it (outside character classes)."""
    _where, _kinds, depths = _structural(pattern)
    return not depths.size or bool(depths.min() >= 0 and depths[-1] == 0)


def group_end(pattern: str) -> int | None:
    """The index of the ")" that closes the group `pattern` opens with, or None."""
    if not pattern.startswith("("):
        return None
    where, kinds, depths = _structural(pattern)
    closing = where[(kinds == _CLOSE) & (depths == 0)]
    return int(closing[0]) if closing.size else None


# What a split must leave alone: a back reference or a conditional counts groups, which
# opening a group renumbers, and an inline flag applies to the whole pattern.
_GROUP_COUNTING = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|\(\?[aiLmsux-]")
QUANTIFIERS = ("?", "*", "+", "{")


def splittable(pattern: str) -> bool:
    """Whether a pattern's alternatives may be regrouped without changing what it matches."""
    return _GROUP_COUNTING.search(pattern) is None


def opened(alternative: str) -> list[str]:
    """An alternative that is one plain group ("(?:a|b(c|d))" or "(a|b(c|d))") as its own
    alternatives, opened again while they are such groups (["a", "b(c|d)"]); any other
    alternative (a lookahead, a group with a quantifier or more after it) as it is."""
    if group_end(alternative) != len(alternative) - 1:
        return [alternative]
    if alternative.startswith("(?:"):
        inner = alternative[3:-1]
    elif alternative.startswith("(?"):
        return [alternative]
    else:
        inner = alternative[1:-1]
    return [piece for part in alternatives(inner) for piece in opened(part)]


def first_char(alternative: str) -> str | None:
    """The character every match of an alternative starts with, if its text says so (a
    plain or escaped literal not made optional by a quantifier), else None."""
    if not alternative:
        return None
    char = alternative[0]
    if char == "\\":
        if len(alternative) < 2 or alternative[1].isascii() and alternative[1].isalnum():
            return None  # a class ("\\w"), an anchor ("\\b") or a code ("\\x41", "\\n")
        char, rest = alternative[1], alternative[2:]
    elif char in "[](){}|.^$*+?":
        return None
    else:
        rest = alternative[1:]
    return None if rest.startswith(QUANTIFIERS) else char


# Below this size a pattern is compiled whole: splitting it saves little.
SPLIT_MIN_CHARS = 2000
_ANY_FIRST = ""  # the group of alternatives whose first character is not known


class FirstCharSplit:
    """A pattern as parts (first character or "", head, alternative, tail), each standing
    for `head(?:alternative)tail`; a match of the pattern is a match of one of them. The
    parts are grouped by first character, and each group is compiled on first use. A text
    is tried only against the group of its own first character and the group of parts
    with none ("": a part not anchored at the text's start, or of unknown start)."""

    __slots__ = ("pattern", "_groups", "_compiled")

    def __init__(self, pattern: str, parts: list[tuple[str, str, str, str]]) -> None:
        self.pattern = pattern  # the pattern this stands for, whole
        self._groups: dict[str, dict[tuple[str, str], list[str]]] = {}
        for first, head, alternative, tail in parts:
            frames = self._groups.setdefault(first, {})
            frames.setdefault((head, tail), []).append(alternative)
        self._compiled: dict[str, re.Pattern[str]] = {}

    def _regex(self, key: str) -> re.Pattern[str]:
        regex = self._compiled.get(key)
        if regex is None:
            regex = re.compile(
                "|".join(
                    f"{head}(?:{'|'.join(alternatives)}){tail}"
                    for (head, tail), alternatives in self._groups[key].items()
                )
            )
            self._compiled[key] = regex
        return regex

    def candidates(self, text: str) -> list[re.Pattern[str]]:
        """The compiled groups a text is tried against: its first character's group, and
        the group of parts whose first character is not known."""
        first = text[:1]
        found = []
        if first and first in self._groups:
            found.append(self._regex(first))
        if _ANY_FIRST in self._groups:
            found.append(self._regex(_ANY_FIRST))
        return found

    def fullmatch(self, text: str) -> bool:
        return any(regex.fullmatch(text) for regex in self.candidates(text))

    def search(self, text: str) -> bool:
        return any(regex.search(text) for regex in self.candidates(text))

    def compile(self) -> None:
        """Compile every group now (for a timing that must not include it)."""
        for key in self._groups:
            self._regex(key)


def _keyed(alternative: str, size: int) -> str:
    """The group key of an alternative whose match starts at the text's start: its first
    character if the pattern is big enough to split, else the catch-all group."""
    first = first_char(alternative) if size >= SPLIT_MIN_CHARS else None
    return first or _ANY_FIRST


def whole_line(pattern: str) -> FirstCharSplit:
    """A whole-line cue, for `fullmatch` (every match starts at the text's start): its
    alternatives, opened where they are plain groups."""
    if not splittable(pattern):
        return FirstCharSplit(pattern, [(_ANY_FIRST, "", pattern, "")])
    return FirstCharSplit(
        pattern,
        [
            (_keyed(piece, len(pattern)), "", piece, "")
            for part in alternatives(pattern)
            for piece in opened(part)
        ],
    )


def anchored(pattern: str) -> FirstCharSplit | None:
    """A searched pattern whose alternatives open with "^" and a plain group
    ("^(?:read more|see also)\\s?:"), for `search`: each such group's alternatives, with
    the "^" before and the rest after them. None if no alternative has that form, or the
    pattern is too small to split."""
    if len(pattern) < SPLIT_MIN_CHARS or not splittable(pattern):
        return None
    parts: list[tuple[str, str, str, str]] = []
    for alternative in alternatives(pattern):
        split = _anchored_group(alternative)
        if split is None:
            parts.append((_ANY_FIRST, "", alternative, ""))
            continue
        inner, tail = split
        parts += [(_keyed(piece, len(pattern)), "^", piece, tail) for piece in inner]
    if all(first == _ANY_FIRST for first, *_ in parts):
        return None
    return FirstCharSplit(pattern, parts)


def _anchored_group(alternative: str) -> tuple[list[str], str] | None:
    """ "^(group)tail" as (the group's alternatives, opened, and the tail), or None."""
    if not alternative.startswith("^("):
        return None
    end = group_end(alternative[1:])
    if end is None:
        return None
    group, tail = alternative[1 : end + 2], alternative[end + 2 :]
    inner = opened(group)
    if inner == [group] or tail.startswith(QUANTIFIERS):
        return None
    return inner, tail
