"""alternation.py: reading a pattern's alternatives, and split matchers that must match
exactly what the whole pattern matches."""

from __future__ import annotations

import re
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import alternation
from cleaner.alternation import (
    FirstCharSplit,
    alternatives,
    anchored,
    first_char,
    opened,
    structure,
    whole_line,
)
from cleaner.lexicon import WHOLE_LINE
from cleaner.lexicon_eu import phrase_trie
from cleaner.phrase_index import compiled_rules
from cleaner.scripts import as_folded


def reference_structure(pattern: str) -> list[tuple[int, str, int]]:
    """The character-by-character reading that structure() replaced (it was the slow part
    of start-up): escapes skip a character, a class runs to its first "]"."""
    found, depth, index, in_class = [], 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()|":
            depth += (char == "(") - (char == ")")
            found.append((index, char, depth))
        index += 1
    return found


@given(st.text(alphabet="\\()|[]^ab\n", max_size=40))
def test_structure_reads_groups_as_the_character_walk_does(pattern):
    assert list(structure(pattern)) == reference_structure(pattern)


def test_alternatives_split_only_at_the_top_level():
    assert alternatives(r"^(a|b)|\b(c|d\|e)|[|]x") == [r"^(a|b)", r"\b(c|d\|e)", r"[|]x"]
    assert alternatives("plain") == ["plain"]


def test_plain_groups_open_and_others_stay():
    assert opened("(?:a(?:x|y)|(b|c))") == ["a(?:x|y)", "b", "c"]
    assert opened("(?=ab)") == ["(?=ab)"]  # a lookahead is not a choice of texts
    assert opened("(a|b)+") == ["(a|b)+"]  # nor is a repeated group
    assert opened("(a)(b)") == ["(a)(b)"]


def test_first_char_is_known_only_for_a_literal_that_must_be_there():
    assert first_char("read more") == "r"
    assert first_char(r"\ x") == " "
    assert first_char("ä") == "ä"
    for unknown in ("a?b", "a*", "a{2}", r"\bread", r"\d+", "[ab]c", "(?:a|b)", "", ".x"):
        assert first_char(unknown) is None, unknown


WORDS = st.lists(
    st.text(alphabet="abc .+", min_size=1, max_size=6), min_size=1, max_size=12, unique=True
)
TEXTS = st.text(alphabet="abc .+\n", max_size=10)


@contextmanager
def splitting_everything():
    """Split even the small patterns a test can read (real ones split from 2,000 chars)."""
    original = alternation.SPLIT_MIN_CHARS
    alternation.SPLIT_MIN_CHARS = 0
    try:
        yield
    finally:
        alternation.SPLIT_MIN_CHARS = original


@settings(max_examples=300, deadline=None)
@given(WORDS, st.sampled_from(["", r"\d?", "(?:x|y)?"]), TEXTS)
def test_a_split_whole_line_cue_matches_what_the_pattern_matches(words, extra, text):
    pattern = f"{phrase_trie(words)}|{extra}x" if extra else phrase_trie(words)
    whole = re.compile(f"(?:{pattern})")
    with splitting_everything():
        split = whole_line(pattern)
    for candidate in [text, *words, *(word[:-1] for word in words), *(w + "a" for w in words)]:
        assert split.fullmatch(candidate) == (whole.fullmatch(candidate) is not None), (
            pattern,
            candidate,
        )


@settings(max_examples=300, deadline=None)
@given(WORDS, st.sampled_from([r"\s?:", "$", ".{0,3}$", ""]), TEXTS)
def test_a_split_anchored_piece_searches_as_the_pattern_does(words, tail, text):
    pattern = rf"^({phrase_trie(words)}){tail}|\bc\+"
    with splitting_everything():
        split = anchored(pattern)
    assert isinstance(split, FirstCharSplit)
    for candidate in [text, *(w + ": x" for w in words), *(" " + w for w in words), "a c+"]:
        expected = re.search(pattern, candidate) is not None
        assert split.search(candidate) == expected, (pattern, candidate)


def test_small_patterns_and_group_counting_patterns_are_not_split():
    assert anchored("^(read|see)$") is None  # small: compiled whole
    assert anchored(r"^(a|b)\1" + "|x" * 2000) is None  # a back reference counts groups
    counted = whole_line(r"(a)\1|" + "|".join(f"w{n}" for n in range(1000)))
    assert counted.fullmatch("aa") and counted.fullmatch("w7") and not counted.fullmatch("ab")


def lines_of(pattern: str) -> list[str]:
    """Texts a cue is about: its alternatives that are plain text (escapes read), whole,
    cut short and run on."""
    plain = []
    for part in alternatives(pattern):
        for piece in opened(part):
            text = re.sub(r"\\([^\w])", r"\1", piece)
            if not re.search(r"[\\()\[\]{}|.^$*+?]", re.sub(r"\\[^\w]", "", piece)):
                plain.append(text)
    return plain + [text[:-1] for text in plain] + [text + " x" for text in plain]


@pytest.mark.parametrize("reason", ["ui_word", "related_heading", "widget_ui", "gallery_control"])
def test_the_lexicons_biggest_whole_line_cues_match_as_before(reason):
    pattern = next(
        as_folded(patterns[reason]) for patterns in WHOLE_LINE.values() if reason in patterns
    )
    whole = re.compile(f"(?:{pattern})")
    split = whole_line(pattern)
    texts = lines_of(pattern)[::7]
    assert len(texts) > 50
    for text in texts:
        assert split.fullmatch(text) == (whole.fullmatch(text) is not None), text


def test_the_lexicons_anchored_pieces_split_and_search_as_before():
    rules = compiled_rules()
    split = checked = 0
    for _phrase, piece in rules.pieces:
        matcher = anchored(piece.pattern)
        if matcher is None:
            continue
        split += 1
        texts = [
            text + end
            for part in alternatives(piece.pattern)
            for inner, _tail in [alternation._anchored_group(part) or ([], "")]
            for text in lines_of("|".join(inner))
            for end in ("", ": x", " 12")
        ]
        whole = re.compile(piece.pattern)
        checked += len(texts[::23])
        for text in texts[::23]:
            assert matcher.search(text) == (whole.search(text) is not None), text
    assert split >= 20  # the big anchored word lists ("^(?:read more|...)") are split
    assert checked > 1000
