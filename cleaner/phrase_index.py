"""The compiled rules: each phrase rule split into pieces, indexed by the word starts a
line must hold for a piece to match, and searched as text or as a regex compiled on first
use (RuleSet, compiled_rules, matched_phrases).

The index only skips searches that cannot match: the rules found are those a search of
each whole pattern finds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .alternation import FirstCharSplit, anchored, whole_line
from .lexicon import ANY_LENGTH, INDEX_WORDS, PHRASES, WHOLE_LINE
from .pattern_pieces import (
    BY_CHAR,
    BY_WORD,
    NO_GUARD,
    WORD_START,
    east_asian_only,
    guarded_alternatives,
    index_starts,
    is_word_char,
    literal_text,
    longest_match,
    opened_at_start,
    word_starts,
)
from .scripts import as_folded, has_east_asian_script

# Units longer than this are prose: a whole-line match cannot apply.
WHOLE_LINE_MAX_CHARS = 60


class _Literal:
    """A plain phrase at a word start ("\\b(?:support our newsroom)"), maybe also at a
    word's end ("...(?!\\w)"), searched with str.find: thousands of them would cost a
    second of regex compiling at start-up."""

    __slots__ = ("pattern", "text", "ends_word")

    def __init__(self, pattern: str, text: str, ends_word: bool = False) -> None:
        self.pattern = pattern
        self.text = text
        self.ends_word = ends_word

    def search(self, head: str) -> bool:
        text = self.text
        found = head.find(text)
        while found >= 0:
            end = found + len(text)
            if (found == 0 or not is_word_char(head[found - 1])) and not (
                self.ends_word and end < len(head) and is_word_char(head[end])
            ):
                return True
            found = head.find(text, found + 1)
        return False

    def compile_all(self) -> None:
        pass


class _Regex:
    """A piece searched as a regex, compiled when it is first searched: cleaning an article
    searches only the pieces its words can begin, a small part of the word lists, and
    compiling all of them took seconds of every process's start-up. A big piece anchored
    at the start ("^(?:read more|see also|...)") is split by the first character of its
    alternatives (alternation.py), and only the groups a text can start with compile."""

    __slots__ = ("pattern", "_matcher", "_longest")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._matcher: re.Pattern[str] | FirstCharSplit | None = None
        # The longest text the piece can match whole, if bounded (see longest_match; a
        # split piece's groups are small enough to search without the bound).
        self._longest: int | None = None

    def _prepare(self) -> re.Pattern[str] | FirstCharSplit:
        matcher = self._matcher
        if matcher is None:
            matcher = anchored(self.pattern)
            if matcher is None:
                self._longest = longest_match(self.pattern)
                matcher = re.compile(self.pattern)
            self._matcher = matcher
        return matcher

    def search(self, head: str) -> bool:
        """Whether the piece occurs in `head`; a unit longer than the piece's longest
        match is no match, without a search."""
        matcher = self._matcher or self._prepare()
        longest = self._longest
        if longest is not None and len(head) > longest:
            return False
        return bool(matcher.search(head))

    def compile_all(self) -> None:
        matcher = self._prepare()
        if isinstance(matcher, FirstCharSplit):
            matcher.compile()


class _Guarded:
    """A phrase of a short-unit cue ("^(?=[^\\n]{0,250}$)[^\\n]*?(?:\\b(?:follow us))"): in a
    unit without a line break, the phrase anywhere in a unit of at most that many
    characters; in one with a break (rare), the whole pattern as written."""

    __slots__ = ("pattern", "max_chars", "inner", "_whole")

    def __init__(self, pattern: str, max_chars: int, inner: _Regex | _Literal) -> None:
        self.pattern = pattern
        self.max_chars = max_chars
        self.inner = inner
        self._whole: re.Pattern[str] | None = None

    def search(self, head: str) -> bool:
        if "\n" not in head:
            return len(head) <= self.max_chars and self.inner.search(head)
        if self._whole is None:
            self._whole = re.compile(self.pattern)
        return self._whole.search(head) is not None

    def compile_all(self) -> None:
        self.inner.compile_all()


# What searches one piece of a phrase rule.
Searcher = _Regex | _Literal | _Guarded


# A page's date and time in another script's digits ("۲۲ خرداد ۱۴۰۵ – ۱۸:۴۰", "साउन १२,
# आइतबार १६:३०"): the date forms spell their ranges in ASCII ("[0-5]\d"), so such a line is
# searched again with ASCII digits.
DATE_FORMS = frozenset({"dateline", "dateline_short", "clock_time", "updated_line"})
_ASCII_DIGITS = str.maketrans(
    {
        code: str(unicodedata.decimal(chr(code)))
        for code in (*range(0x0660, 0x1C5A), *range(0xFF10, 0xFF1A))
        if unicodedata.decimal(chr(code), None) is not None
    }
)
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


@dataclass(frozen=True)
class RuleSet:
    """Compiled rules. Phrase rules are split into their top-level alternatives
    ("pieces"), indexed by the word starts that can begin a match."""

    whole: tuple[tuple[str, str, FirstCharSplit], ...]  # matched with `fullmatch`
    whole_any_length: tuple[tuple[str, str, FirstCharSplit], ...]  # also for long lines
    phrases: tuple[tuple[str, str], ...]  # (label, reason) in the lexicon's order
    # (phrase rule, alternative searched as a regex or a plain phrase searched as text)
    pieces: tuple[tuple[int, Searcher], ...]
    always: tuple[int, ...]  # pieces without a word-start shortcut
    # Pieces in East Asian scripts or Thai (no word starts to index in most of them): searched
    # only in units that hold such characters.
    east_asian: tuple[int, ...]
    by_start: dict[str, tuple[int, ...]]  # word start -> pieces it may begin
    all_starts: frozenset[str]
    # The unit's first word start (or first character) -> pieces anchored at the unit's
    # start it may begin.
    by_first: dict[str, tuple[int, ...]]
    by_first_char: dict[str, tuple[int, ...]]
    dated: tuple[int, ...]  # pieces of DATE_FORMS, searched again with ASCII digits
    # (whether for long lines, a line's first character) -> what whole_line_hits tries
    _whole_tried: dict[tuple[bool, str], tuple[tuple[int, re.Pattern[str]], ...]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def whole_line_hits(self, norm: str, every_length: bool = False) -> list[tuple[str, str]]:
        """(label, reason) of each whole-line cue that matches the normalised line `norm`
        all through, in the lexicon's order. A line longer than WHOLE_LINE_MAX_CHARS is
        tried only against the cues that hold at any length, unless `every_length` (a
        field of a row, a button's words: each is asked whether it is a cue's whole text)."""
        long = len(norm) > WHOLE_LINE_MAX_CHARS and not every_length
        rules = self.whole_any_length if long else self.whole
        key = (long, norm[:1])
        tried = self._whole_tried.get(key)
        if tried is None:
            # Each rule's groups that a line with this first character is tried against,
            # once per character (a rule's own fullmatch picks them for every line).
            tried = tuple(
                (index, regex)
                for index, (_, _, matcher) in enumerate(rules)
                for regex in matcher.candidates(norm)
            )
            self._whole_tried[key] = tried
        found: list[tuple[str, str]] = []
        last = -1
        for index, regex in tried:
            if index != last and regex.fullmatch(norm):
                found.append(rules[index][:2])
                last = index
        return found

    def compile_all(self) -> None:
        """Compile every piece now rather than on its first search (for a long-lived
        process that wants its start-up cost paid at once, or a timing that must not
        include it)."""
        for _phrase, piece in self.pieces:
            piece.compile_all()
        for _label, _reason, matcher in self.whole:
            matcher.compile()


@cache
def _whole_line(pattern: str) -> FirstCharSplit:
    """A whole-line cue's matcher, shared by every rule set that holds it."""
    return whole_line(pattern)


@cache
def _piece(pattern_text: str) -> _Regex | _Literal:
    """The object that searches one piece: a plain phrase by text, else a regex. One per
    pattern text, shared by every rule set (a subset of the rules holds the same pieces),
    so each regex is compiled once per process."""
    literal = literal_text(pattern_text)
    if literal is not None and is_word_char(literal[0][0]):
        return _Literal(pattern_text, *literal)
    return _Regex(pattern_text)


def _guarded_piece(guard: tuple[str, int], pattern_text: str) -> Searcher:
    """The object that searches one piece under its guard, if any."""
    if guard == NO_GUARD:
        return _piece(pattern_text)
    return _Guarded(f"{guard[0]}(?:{pattern_text})", guard[1], _piece(pattern_text))


@cache
def _searched_pieces(
    reason: str, pattern: str
) -> tuple[tuple[Searcher, frozenset[str] | None, bool, str], ...]:
    """One phrase rule as the pieces searched for it: (the piece's searcher, the word
    starts it is indexed by or None, whether it is searched only in units of East Asian
    scripts, and BY_WORD or BY_CHAR if its starts are those of the unit's first word or
    first character only). Worked out once per rule, whichever rule sets hold it."""
    pattern = as_folded(pattern)
    split = [(guard, piece, index_starts(piece)) for guard, piece in guarded_alternatives(pattern)]
    searched = [
        (_guarded_piece(guard, piece), starts, False, "")
        for guard, piece, starts in split
        if starts is not None
    ]
    # Alternatives without a word-start shortcut are searched as one regex (per guard),
    # one for most scripts and one for East Asian and Thai cues (searched only in units of
    # those scripts).
    guards = list(dict.fromkeys(guard for guard, _piece, _starts in split))
    # Alternatives that spell out one of a rule's INDEX_WORDS ("$5 a month") are searched
    # only where such a word starts, like the pieces above.
    words = INDEX_WORDS.get(reason)
    required = word_starts(words) if words else None
    for guard in guards:
        loose = [piece for g, piece, starts in split if g == guard and starts is None]
        if guard == NO_GUARD:
            # Alternatives anchored at the unit's start ("^(sponsored|gesponsert)") are
            # searched only in units whose first word (or character) can begin them.
            opened = [found for piece in loose for found in opened_at_start(piece)]
            for kind in (BY_WORD, BY_CHAR):
                opening = [(part, keys) for part, by, keys in opened if by == kind and keys]
                if opening:
                    keys = frozenset().union(*(keys for _part, keys in opening))
                    joined = _piece("|".join(part for part, _keys in opening))
                    searched.append((joined, keys, False, kind))
            loose = [part for part, _kind, keys in opened if keys is None]
        for script in (False, True):
            group = [piece for piece in loose if east_asian_only(piece) == script]
            indexed = [piece for piece in group if required and re.search(words, piece)]
            spelled = set(indexed)
            rest = [piece for piece in group if piece not in spelled]
            for part, starts in ((rest, None), (indexed, required)):
                if part:
                    searcher = _guarded_piece(guard, "|".join(part))
                    searched.append((searcher, starts, script, ""))
    return tuple(searched)


def compiled_rules(only: frozenset[str] | None = None) -> RuleSet:
    """The rules (only those named in `only`, if given), compiled once."""
    return _compiled_rules(only)  # (one cache key for "no argument" and None)


@lru_cache(maxsize=4)
def _compiled_rules(only: frozenset[str] | None) -> RuleSet:
    whole = tuple(
        (label, reason, _whole_line(as_folded(pattern)))
        for label, reasons in WHOLE_LINE.items()
        for reason, pattern in reasons.items()
        if only is None or reason in only
    )
    phrases: list[tuple[str, str]] = []
    pieces: list[tuple[int, Searcher]] = []
    always: list[int] = []
    east_asian: list[int] = []
    by_start: dict[str, list[int]] = {}
    by_first: dict[str, list[int]] = {}
    by_first_char: dict[str, list[int]] = {}
    index_of = {"": by_start, BY_WORD: by_first, BY_CHAR: by_first_char}
    for label, reasons in PHRASES.items():
        for reason, pattern in reasons.items():
            if only is not None and reason not in only:
                continue
            phrases.append((label, reason))
            for searcher, starts, script, kind in _searched_pieces(reason, pattern):
                index = len(pieces)
                pieces.append((len(phrases) - 1, searcher))
                if starts is None:
                    (east_asian if script else always).append(index)
                for start in starts or ():
                    index_of[kind].setdefault(start, []).append(index)
    return RuleSet(
        whole=whole,
        whole_any_length=tuple(rule for rule in whole if rule[1] in ANY_LENGTH),
        phrases=tuple(phrases),
        pieces=tuple(pieces),
        always=tuple(always),
        east_asian=tuple(east_asian),
        by_start={start: tuple(indexes) for start, indexes in by_start.items()},
        all_starts=frozenset(by_start),
        by_first={start: tuple(indexes) for start, indexes in by_first.items()},
        by_first_char={char: tuple(indexes) for char, indexes in by_first_char.items()},
        dated=tuple(
            index for index, (phrase, _) in enumerate(pieces) if phrases[phrase][1] in DATE_FORMS
        ),
    )


def matched_phrases(rules: RuleSet, head: str) -> list[int]:
    """The phrase rules (indexes into rules.phrases, in order) whose pattern `head` holds:
    what searching each whole pattern would find, searching only the pieces the unit's
    words can begin."""
    candidates: Iterable[int] = rules.always
    more: set[int] = set()
    if rules.by_start:
        for start in rules.all_starts.intersection(WORD_START.findall(head)):
            more.update(rules.by_start[start])
    first_word = WORD_START.match(head)
    if first_word is not None and first_word.group() in rules.by_first:
        more.update(rules.by_first[first_word.group()])
    if head[:1] in rules.by_first_char:
        more.update(rules.by_first_char[head[:1]])
    if rules.east_asian and has_east_asian_script(head):
        more.update(rules.east_asian)
    if more:
        more.update(rules.always)
        candidates = more  # (in any order: the matches are sorted at the end)
    matched: set[int] = set()
    pieces = rules.pieces
    for index in candidates:
        phrase, searcher = pieces[index]
        if phrase not in matched and searcher.search(head):
            matched.add(phrase)
    if rules.dated and _OTHER_DIGIT.search(head):
        ascii_head = head.translate(_ASCII_DIGITS)
        for index in rules.dated:
            phrase, searcher = pieces[index]
            if phrase not in matched and searcher.search(ascii_head):
                matched.add(phrase)
    return sorted(matched)
