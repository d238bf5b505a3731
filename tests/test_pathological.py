"""Pathological inputs for every regex: ~200 KB runs of what each pattern repeats.

The inputs are derived from each pattern's own parse tree (the text that leads into every
quantifier, then that quantifier's characters repeated), so a new rule gets attacked too.
Each input (for a lexicon rule: each attack string, as a large rule has dozens) or family
must finish within a very generous bound: it exists to catch catastrophic backtracking
(hours), not to measure speed (see benchmarks/ for timings). The repeated
decision rounds get the same treatment, counted rather than timed.
"""

from __future__ import annotations

import re
import signal
import time
from contextlib import contextmanager

import pytest

from cleaner import (
    decide,
    features,
    line_forms,
    normal_form,
    page_reading,
    phrase_index,
    prune,
    revise,
    segment,
    sources,
    unit_kinds,
    verdicts,
)
from cleaner.lexicon import PHRASES, WHOLE_LINE
from cleaner.normal_form import normalise
from cleaner.rules import rule_hits

try:  # the regex parser is private; it moved in Python 3.11
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

# A quadratic pattern takes 2e10 steps on 200 KB (minutes, far past the bound); a linear one
# with a bounded window (a quote of at most 400 characters) takes 8e7, a fraction of a
# second, so a slow machine still passes with room to spare.
SIZE = 200_000
BOUND_SECONDS = 10.0
# The lexicon has about 150 rules, each a trie of thousands of phrases, and each gets dozens
# of inputs; the rules search only a unit's first 2,000 characters, so 50 KB (25 times that
# cap) is enough to show a phrase pattern stays safe should the cap ever go.
LEXICON_SIZE = 50_000
_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}
_CATEGORY_CHARS = {
    "CATEGORY_DIGIT": "1",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_WORD": "a",
    "CATEGORY_NOT_WORD": " ",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "a",
}
_CANDIDATES = "a1 .-$<@é"


@contextmanager
def time_limit(seconds: float = BOUND_SECONDS):
    """Fail (instead of hanging the suite) when a block runs longer than `seconds`."""

    def expired(_signum, _frame):
        raise TimeoutError(f"took longer than {seconds} s: catastrophic backtracking?")

    start = time.perf_counter()
    if not hasattr(signal, "setitimer"):  # Windows: no alarm, only the check afterwards
        yield
    else:
        previous = signal.signal(signal.SIGALRM, expired)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    assert time.perf_counter() - start < seconds


def _class_chars(items) -> list[str]:
    if items and str(items[0][0]) == "NEGATE":
        excluded = "".join(_class_chars(items[1:]))
        return [next(c for c in _CANDIDATES if not re.fullmatch(f"[{re.escape(excluded)}]", c))]
    chars: list[str] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            chars.append(chr(av))
        elif name == "RANGE":
            chars.append(chr(av[0]))
        elif name == "CATEGORY":
            chars.append(_CATEGORY_CHARS.get(str(av), "a"))
    return chars


def _atom_chars(op, av) -> list[str]:
    name = str(op)
    if name == "LITERAL":
        return [chr(av)]
    if name == "NOT_LITERAL":
        return ["a" if av != ord("a") else "b"]
    if name == "ANY":
        return ["a"]
    if name == "IN":
        return _class_chars(av)
    return []


def _repeated_chars(items) -> list[str]:
    chars: list[str] = []
    for op, av in items:
        name = str(op)
        if name in _REPEATS:
            chars += _repeated_chars(av[2])
        elif name == "SUBPATTERN":
            chars += _repeated_chars(av[-1])
        elif name == "BRANCH":
            for alternative in av[1]:
                chars += _repeated_chars(alternative)
        else:
            chars += _atom_chars(op, av)
    return chars


def attack_points(pattern: str) -> tuple[list[tuple[str, str]], str]:
    """(text leading into a quantifier, a unit that quantifier repeats) for every quantifier,
    and one string the whole pattern matches."""
    points: list[tuple[str, str]] = []

    def walk(items, prefix: str) -> str:
        for op, av in items:
            name = str(op)
            if name in _REPEATS:
                body = av[2]
                unit = walk(body, "")
                points.append((prefix, unit))
                points.extend((prefix, c) for c in _repeated_chars(body))
                walk(body, prefix)  # quantifiers nested inside the body
                prefix += unit  # one pass through the body, optional or not
            elif name == "SUBPATTERN":
                prefix = walk(av[-1], prefix)
            elif name == "BRANCH":
                ends = [walk(alternative, prefix) for alternative in av[1]]
                prefix = ends[0]
            else:
                chars = _atom_chars(op, av)
                prefix += chars[0] if chars else ""
        return prefix

    witness = walk(list(sre_parse.parse(pattern)), "")
    return points, witness


def attack_inputs(pattern: str, limit: int = 80, size: int = SIZE) -> list[str]:
    """~`size` strings: near misses of a match repeated, runs of each repeated character,
    and each quantifier's lead-in followed by its repeated unit."""
    inputs: dict[str, None] = {}
    points, witness = attack_points(pattern)
    # Near misses of a match, back to back: every position starts a hopeful attempt.
    for near in {witness, witness[:-1], witness[:-1] + " "}:
        if near:
            inputs[near * (size // len(near))] = None
    for _prefix, unit in points:
        if len(unit) == 1:
            inputs[unit * size] = None
    for prefix, unit in points:
        if unit:
            inputs[prefix + unit * (size // len(unit))] = None
        if len(inputs) >= limit:
            break
    return list(inputs)


@pytest.fixture(autouse=True, scope="module")
def compiled_rules_first():
    # The rules compile once per process, each piece on its first search (seconds for the
    # word lists of 82 languages, more on a loaded machine): outside the timed blocks,
    # which bound the matching only.
    phrase_index.compiled_rules().compile_all()


def _lexicon(table: dict[str, dict[str, str]]) -> list:
    return [
        pytest.param(pattern, id=f"{label}:{reason}")
        for label, reasons in table.items()
        for reason, pattern in reasons.items()
    ]


def test_attack_inputs_reach_into_quantifiers():
    # The generator must produce the classic killers for the classic bad patterns.
    inputs = attack_inputs(r"^(\w+\s?)*$")
    assert "a" * SIZE in inputs
    assert any(s.startswith("a a a ") for s in inputs)
    assert any(s.startswith("$ 111") for s in attack_inputs(r"[$€] ?\d+"))
    with pytest.raises(TimeoutError), time_limit(1.0):
        for text in attack_inputs(r"(a+)+b"):
            re.search(r"(a+)+b", text[:5000])


@pytest.mark.parametrize("pattern", _lexicon(WHOLE_LINE))
def test_whole_line_rule_is_linear(pattern):
    compiled = re.compile(rf"(?:{pattern})")
    inputs = attack_inputs(pattern, size=LEXICON_SIZE)
    assert inputs
    for text in inputs:
        with time_limit():
            compiled.fullmatch(text)  # how phrase_index.py applies whole-line patterns
            rule_hits(text)


@pytest.mark.parametrize("pattern", _lexicon(PHRASES))
def test_phrase_rule_is_linear(pattern):
    # The rules search only the first 2,000 characters; searching 200 KB here proves the
    # pattern itself is safe, should that cap ever go.
    compiled = re.compile(pattern)
    inputs = attack_inputs(pattern, size=LEXICON_SIZE)
    assert inputs
    for text in inputs:
        with time_limit():
            compiled.search(text)
            rule_hits(text)


def test_normalise_and_rule_hits_on_runs_of_edge_junk():
    junk = normal_form.EDGE_JUNK
    with time_limit():
        for char in junk:
            assert normalise(char * SIZE) == ""
        assert rule_hits(junk * (SIZE // len(junk))) == [rule_hits("|")[0]]


# rule_hits' own filters read the whole raw unit, not the searched head: as rule_hits
# calls them (the lead-in is searched for, the data row matched at the start).
@pytest.mark.parametrize(("name", "how"), [("LEAD_IN", "search"), ("_DATED_VALUE", "match")])
def test_a_date_line_filter_is_linear(name, how):
    find = getattr(getattr(line_forms, name), how)
    # (Each input has its own bound, as above: all of them in one took 8.5 s of the 10 on
    # this machine at rest, and timed out while a retraining shared it.)
    for text in attack_inputs(getattr(line_forms, name).pattern):
        with time_limit():
            find(text)
            rule_hits(text)
    with time_limit():
        rule_hits("12.03.2026: 1" + " " * SIZE + "!")


def patterns_of(module) -> dict[str, re.Pattern]:
    """A module's compiled regexes by name: each is attacked, so a new one is too."""
    return {name: value for name, value in vars(module).items() if isinstance(value, re.Pattern)}


FEATURE_PATTERNS = patterns_of(features)


@pytest.mark.parametrize("name", sorted(FEATURE_PATTERNS))
def test_feature_pattern_is_linear(name):
    compiled = FEATURE_PATTERNS[name]
    with time_limit():
        for text in attack_inputs(compiled.pattern):
            compiled.search(text)
            compiled.findall(text)
            features.unit_features(features.make_inputs([text])[0])


def test_every_feature_pattern_is_covered():
    # A regex added to features.py without a test here would escape the attack above.
    assert set(FEATURE_PATTERNS) >= {"_WORD", "_URL", "_EMAIL", "_DIGIT", "_HANDLE"}


SOURCE_PATTERNS = patterns_of(sources)


@pytest.mark.parametrize("name", sorted(SOURCE_PATTERNS))
def test_source_pattern_is_linear(name):
    compiled = SOURCE_PATTERNS[name]
    pattern = compiled.pattern
    as_bytes = isinstance(pattern, bytes)
    texts = attack_inputs(pattern.decode("latin-1") if as_bytes else pattern)
    with time_limit():
        for text in texts:
            subject = text.encode("latin-1", "replace") if as_bytes else text
            compiled.search(subject)
            compiled.findall(subject)
            if not as_bytes:
                sources.looks_like_html(text)


BYTE_ATTACKS = {
    "invalid_ff": b"\xff" * SIZE,
    "lone_lead_bytes": b"\xc3" * SIZE,
    "truncated_3_byte": b"\xe2\x82" * (SIZE // 2),
    "truncated_4_byte": b"\xf0\x9f\x98" * (SIZE // 3),
    "ascii_and_stray": b"a\xff" * (SIZE // 2),
    "utf8_and_stray": "é".encode() * (SIZE // 3) + b"\xff",
    "meta_runs": b"<meta charset=" * (SIZE // 14) + b"\xff",
    "open_tags": b"<p " * (SIZE // 3) + b"\xe9",
    "cp1251_text": "Ответ ".encode("cp1251") * (SIZE // 6),
    "utf16_like": b"a\x00" * (SIZE // 2),
}


@pytest.mark.parametrize("name", sorted(BYTE_ATTACKS))
def test_decoding_is_linear(name):
    with time_limit():
        text = sources.decode_bytes(BYTE_ATTACKS[name])
    assert len(text) >= SIZE // 3


SEGMENT_ATTACKS = ["\r", "\n", "\r\n", "\n\r", " \n", "\r\r\n", "a", " ", "a\r", "\u2028"]


def test_segment_pattern_is_linear():
    with time_limit():
        for text in attack_inputs(segment._LINE.pattern):
            segment.segment(text)
        for unit in SEGMENT_ATTACKS:
            units = segment.segment(unit * (SIZE // len(unit)))
            assert len(units) <= SIZE


def test_html_token_pattern_is_linear():
    with time_limit():
        for text in [
            *attack_inputs(prune._TOKEN.pattern),
            "a-" * (SIZE // 2),
            "a-mor" * (SIZE // 5),
        ]:
            prune._TOKEN.findall(text)


def test_a_large_file_of_junk_lines_is_decided_in_few_rounds(cleaner, monkeypatch):
    rounds = count_calls(monkeypatch, decide, "decide")
    with time_limit():
        result = cleaner.clean("Advertisement\nShare this article\n" * (SIZE // 33), kind="text")
    assert result.text == ""
    assert len(rounds) <= 3


PARAGRAPH = (
    "The council voted on Tuesday to close the old bridge for repairs, officials said after "
    "a long meeting."
)


def test_decide_rounds_do_not_grow_with_the_document(cleaner, monkeypatch):
    rounds = count_calls(monkeypatch, decide, "decide")
    cleaner.clean(f"{PARAGRAPH}\nx\n" * 300, kind="text")
    assert len(rounds) <= 10


def count_calls(monkeypatch, module, name: str) -> list[int]:
    """Record each call of module.name (the number of units it was given)."""
    calls: list[int] = []
    original = getattr(module, name)

    def counting(inputs, *args, **kwargs):
        calls.append(len(inputs))
        return original(inputs, *args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


def decision_patterns() -> dict[str, re.Pattern]:
    """The regexes of decide() and the modules it reads units and verdicts with, each
    once (by the module that defines or first imports it)."""
    found: dict[str, re.Pattern] = {}
    seen: set[int] = set()
    for module in (decide, page_reading, unit_kinds, revise, verdicts):
        for name, pattern in patterns_of(module).items():
            if id(pattern) not in seen:
                seen.add(id(pattern))
                found[f"{module.__name__.rsplit('.', 1)[1]}.{name}"] = pattern
    return found


DECIDE_PATTERNS = decision_patterns()


@pytest.mark.parametrize("name", sorted(DECIDE_PATTERNS))
def test_decision_pattern_is_linear(name):
    # The decision rules' own patterns (a quote, a stamp, a lead-in) read every unit the
    # model would remove.
    compiled = DECIDE_PATTERNS[name]
    with time_limit():
        for text in attack_inputs(compiled.pattern):
            compiled.search(text)
            compiled.findall(text)
            compiled.sub(" ", text)


def test_a_run_of_opening_quotes_is_linear():
    # Each opening mark without its closing one: every try stops at the quote's bound (400
    # characters: linear, but 400 steps a position, so each mark gets its own bound).
    for mark in '"“„«‘「':
        with time_limit():
            unit_kinds.QUOTED.sub(" ", mark * SIZE)
