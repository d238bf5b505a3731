"""The compiled rules' index: every shortcut it takes (word starts, first words, plain
phrases searched as text, whole-line cues tried by first character, length bounds) finds
what a search of each whole pattern finds."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import pytest
from conftest import BODY_LINES, JUNK_LINES, SEED
from hypothesis import given, settings
from hypothesis import strategies as st

import cleaner
from cleaner.alternation import alternatives, group_end, opened
from cleaner.lexicon import PHRASES, WHOLE_LINE
from cleaner.normal_form import normalise
from cleaner.pattern_pieces import OpeningWords, last_word_open, longest_match
from cleaner.phrase_index import WHOLE_LINE_MAX_CHARS, compiled_rules, matched_phrases
from cleaner.rules import rule_hits
from cleaner.scripts import as_folded, fold_case, without_greek_accents


def fragments(cues: dict[str, dict[str, str]]) -> list[str]:
    """Pieces of the cues' own phrases, so random text often comes close to a match."""
    return sorted(
        {
            piece
            for reasons in cues.values()
            for pattern in reasons.values()
            for piece in re.split(r"[\\()|?\[\]^$*+{}]+", pattern)
            if piece.strip()
        }
    )


FRAGMENTS = fragments(PHRASES)


@cache
def whole_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every phrase rule's whole pattern, compiled once (folded as the lines are: Greek
    accents, the dotless "ı", Arabic marks)."""
    return [
        (reason, re.compile(as_folded(pattern)))
        for reasons in PHRASES.values()
        for reason, pattern in reasons.items()
    ]


def reference_phrase_hits(text: str) -> set[str]:
    """Every phrase pattern searched directly, without any shortcut."""
    head = normalise(text)[:2000]
    return {reason for reason, pattern in whole_patterns() if head and pattern.search(head)}


def phrase_reasons(text: str) -> set[str]:
    """The phrase rules the index's shortcut finds. (Not rule_hits: a whole-line cue may
    share a phrase rule's reason, "shop_button", and rule_hits drops a few phrase hits
    that the line's form explains.)"""
    rules = compiled_rules()
    head = normalise(text)[:2000]
    return {rules.phrases[phrase][1] for phrase in matched_phrases(rules, head)} if head else set()


def test_most_phrase_rules_get_the_shortcut():
    rules = compiled_rules()
    reason_of = [rules.phrases[phrase][1] for phrase, _pattern in rules.pieces]
    with_shortcut = {reason_of[index] for indexes in rules.by_start.values() for index in indexes}
    assert {"support_ask", "paywall", "newsletter_signup", "follow_us"} <= with_shortcut
    # An anchored alternative ("^(©|...)") is searched directly: it costs nothing. Each
    # alternative of such a piece must start with the anchor: "\b(?:^x)" is tried at
    # every position of every unit.
    from cleaner.alternation import alternatives

    assert all(
        all(alternative.startswith("^") for alternative in alternatives(pattern.pattern))
        or reason_of[index] == "money_per_period"
        for index in rules.always
        for pattern in [rules.pieces[index][1]]
    )


def test_shortcut_agrees_on_known_lines():
    lines = SEED.read_text(encoding="utf-8").splitlines() + JUNK_LINES + BODY_LINES
    lines += [
        "We use cookies to improve your experience.",
        "Be the first to comment",
        "Enter your e-mail address below",
        "Your email address will not be published.",
        "Support us — become a member today",
        "Folgen Sie uns auf Instagram",
        "Подпишитесь на нашу рассылку",
        "Download our app from the App Store",
        "we-use cookies",
        "supportive readers follow-ups",
        # A whole-line cue with a phrase rule's reason (a shop button, in Lao).
        "ສັ່ງຊື້ອອນລາຍ",
    ]
    for line in lines:
        assert phrase_reasons(line) == reference_phrase_hits(line), line


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(FRAGMENTS),
            st.sampled_from([" ", "  ", "-", "'", ".", ",", "@", "x", "A", "é", "_", "1"]),
            st.text(max_size=4),
        ),
        max_size=12,
    ).map("".join)
)
def test_shortcut_never_changes_a_phrase_hit(text):
    assert phrase_reasons(text) == reference_phrase_hits(text)


def test_cues_at_a_lines_start_are_searched_by_its_first_word():
    rules = compiled_rules()
    reason_of = [rules.phrases[phrase][1] for phrase, _pattern in rules.pieces]
    with_first = {reason_of[index] for indexes in rules.by_first.values() for index in indexes}
    assert {"sponsored_prefix", "byline", "teaser_prefix", "author_bio"} <= with_first
    assert rules.by_first["sponso"] and rules.by_first["read"]
    # Where no first word is known, the first character: a word of a script written without
    # spaces may go on into a longer one, and "©" is no word.
    by_char = {
        char: {reason_of[index] for index in rules.by_first_char[char]} for char in ("専", "©")
    }
    assert "reviewed_by" in by_char["専"] and "copyright" in by_char["©"]


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (r"^(by|von)\s", {"by", "von"}),
        (r"^(sponsored|gesponsert)\b", {"sponso", "gespon"}),
        (r"^read(s)?:", {"read", "reads"}),
        (r"^(?:a(?:b|c)|de)(?:\ x|:)", {"ab", "ac", "de"}),
        (r"^tags$", {"tags"}),
        (r"^(по|за)\ ", {"по", "за"}),
        (r"^ab\s?c", None),  # the word may go on: "abc"
        (r"^abc", None),  # ... into "abcd"
        (r"^ab?c\s", None),
        (r"^\d+ min", None),
        (r"^(?=x)xy\b", None),
        (r"^[ab]c\b", None),
    ],
)
def test_a_cues_first_words_are_read_from_its_text(pattern, starts):
    words = OpeningWords(pattern).words(((1, len(pattern)),))
    assert words == (frozenset(starts) if starts is not None else None)


def test_first_word_shortcut_agrees_on_lines_that_open_with_a_cue():
    # Lines made of the anchored lists' own phrases: whole, cut short, run on into a
    # longer word, and after another word.
    phrases = []
    for reasons in PHRASES.values():
        for pattern in reasons.values():
            for part in alternatives(pattern):
                if part.startswith("^("):
                    for piece in opened(part[1 : group_end(part[1:]) + 2]):
                        if re.fullmatch(r"[^\\()\[\]{}|.^$*+?]+", piece.replace("\\ ", " ")):
                            phrases.append(piece.replace("\\ ", " "))
    lines = [
        line
        for phrase in phrases[::40]
        for line in (phrase, phrase[:-1], phrase + "x", phrase + ": Ana Lee", "so " + phrase)
    ]
    assert len(lines) > 500
    rules = compiled_rules()
    for line in lines:
        found = matched_phrases(rules, normalise(line)[:2000])
        assert {rules.phrases[phrase][1] for phrase in found} == reference_phrase_hits(line), line


def test_plain_phrases_are_indexed_by_their_longest_word():
    from cleaner.pattern_pieces import START_CHARS, index_starts

    phrase = r"\b(?:a\ cikk\ folytatásához)"
    assert index_starts(phrase) == frozenset({"folytatásához"[:START_CHARS]})
    # A short last word may begin a longer word of the text ("inbox" in "inboxes"): the
    # phrase is indexed by another of its words.
    assert index_starts(r"\b(?:in your inbox)") == frozenset({"your"})
    assert index_starts(r"\b(?:szerző:)") == frozenset({"szerző"})
    assert rule_hits("후원하기S")  # "후원하기" begins the word
    # A phrase with alternatives inside keeps the starts of its first word.
    assert index_starts(r"\b(?:subscribe (now|today))") == frozenset({"subscribe"[:START_CHARS]})


def test_phrases_that_must_end_a_word_are_split_and_searched_as_text():
    # "\b(watch live|...)(?!\w)" (lexicon_live.py) opens into its phrases, each searched as
    # text where its longest word occurs: a phrase run on into a longer word is no match.
    from cleaner.lexicon_live import phrases

    rules = compiled_rules()
    split = [
        piece
        for phrase, piece in rules.pieces
        if rules.phrases[phrase][1] == "stream_plug" and getattr(piece, "ends_word", False)
    ]
    assert len(split) > 100
    lines = [
        line
        for phrase in phrases("stream_plug")[::7] + phrases("watchlist")[::7]
        if " " in phrase
        for line in (phrase, phrase + "x", "x" + phrase, f"so {phrase}.", phrase[:-1])
    ]
    assert len(lines) > 200

    def found(line: str) -> set[str]:
        return {rules.phrases[p][1] for p in matched_phrases(rules, normalise(line)[:2000])}

    for line in lines:
        assert found(line) == reference_phrase_hits(line), line
    assert "stream_plug" in found("Watch live on Kanal 7 tonight")
    assert "stream_plug" not in found("Watch live onward to Kanal 7 tonight")


def _each_rules_whole_line_hits(norm: str, every_length: bool = False) -> list[tuple[str, str]]:
    rules = compiled_rules()
    short = every_length or len(norm) <= WHOLE_LINE_MAX_CHARS
    whole = rules.whole if short else rules.whole_any_length
    return [(label, reason) for label, reason, matcher in whole if matcher.fullmatch(norm)]


WHOLE_FRAGMENTS = fragments(WHOLE_LINE)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(WHOLE_FRAGMENTS), st.sampled_from([" ", "·", "|", "1", "x"])),
        min_size=1,
        max_size=4,
    ).map("".join)
)
def test_whole_line_cues_tried_by_first_character_agree_with_each_rule(text):
    norm = normalise(text)
    for every_length in (False, True):
        hits = compiled_rules().whole_line_hits(norm, every_length)
        assert hits == _each_rules_whole_line_hits(norm, every_length)


def test_whole_line_cues_agree_on_known_lines():
    lines = SEED.read_text(encoding="utf-8").splitlines() + JUNK_LINES + BODY_LINES
    found = 0
    for line in lines:
        norm = normalise(line)
        hits = compiled_rules().whole_line_hits(norm)
        assert hits == _each_rules_whole_line_hits(norm), line
        found += bool(hits)
        # A row's field or a button's words are tried against every cue, whatever their
        # length: a long line's tried list must not serve them.
        every = compiled_rules().whole_line_hits(norm, every_length=True)
        assert every == _each_rules_whole_line_hits(norm, every_length=True), line
    assert found >= 5  # (some of the lines are whole-line cues)


@pytest.mark.parametrize(
    ("pattern", "longest"),
    [
        (r"^abc$", 4),  # (and a final line break)
        (r"^(?:ab|abcd)$|^x{2,5}$", 6),
        (r"^(?=[^\n]{0,260}$)(?=[^\n]*\b(not necessarily|no endorsement))", 261),
        (r"^(?=[^.!?\n]{0,90}$)[^\n]{0,40}\b(paypal|patreon)|^ab$", 91),
        (r"^(?=[^\n]{0,5}$)x|y", None),  # "y" anywhere, in a unit of any length
        (r"^ab", None),
        (r"^a+$", None),
        (r"(?m)^(?=[^\n]{0,5}$)x", None),
    ],
)
def test_a_pieces_longest_match_bounds_the_units_it_is_searched_in(pattern, longest):
    assert longest_match(pattern) == longest


@pytest.mark.parametrize(
    ("opening", "pattern"),
    [
        ("views are not necessarily ours", r"^(?=[^\n]{0,260}$)(?=[^\n]*\b(not necessarily))"),
        ("give via paypal", r"^(?=[^.!?\n]{0,90}$)[^\n]{0,40}\b(paypal|patreon)"),
    ],
)
def test_a_line_guard_bound_is_where_the_pattern_stops_matching(opening, pattern):
    # Padded to the bound (a final line break counted), the line still matches; one
    # character more, and it does not, whatever it holds.
    regex, longest = re.compile(pattern), longest_match(pattern)
    at_bound = opening + " x" * ((longest - 1 - len(opening)) // 2)
    at_bound += "x" * (longest - 1 - len(at_bound)) + "\n"
    assert len(at_bound) == longest and regex.search(at_bound)
    assert not regex.search(at_bound[:-1] + "x\n")
    assert not regex.search(at_bound[:-1] + "xx")


def test_a_phrase_last_word_is_open_only_where_a_match_may_run_on():
    # Shared by both word indexes (these lists' keys, and the phrase rules' word starts):
    # a last word that may go on into a longer one in the text is no whole word there.
    assert last_word_open("support us", open_end=True)
    assert not last_word_open("support us", open_end=False)  # a word end is required
    assert not last_word_open("support us:", open_end=True)  # the mark ends the word
    assert last_word_open("후원하기", open_end=True)
    assert not last_word_open("", open_end=True)


def test_no_cue_pattern_matches_a_line_of_nonsense():
    # An empty alternative (a language table with no phrases of a kind) would match every
    # line: every unit of every page would carry that cue.
    nonsense = "qqq zzz xxxq"
    for label, reasons in PHRASES.items():
        for reason, pattern in reasons.items():
            assert not re.search(pattern, nonsense), (label, reason)
            assert not re.search(pattern, ""), (label, reason)
    for label, reasons in WHOLE_LINE.items():
        for reason, pattern in reasons.items():
            assert not re.fullmatch(pattern, nonsense), (label, reason)


@cache
def _cue_module_strings() -> frozenset[str]:
    """Every one-line string literal in the package's modules: the cue tables' phrases
    among them. (Parsed once for the tests that scan them.)"""
    package = Path(cleaner.__file__).parent
    return frozenset(
        {
            node.value
            for path in package.glob("*.py")
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and "\n" not in node.value
        }
    )


def test_a_whole_line_cue_matches_the_line_its_phrase_spells():
    # Rules read a line in normal form, whose edges lose a closing bracket, dots and
    # colons: a whole-line phrase spelled with them ("name (required)") matched as written
    # but never on a page. Each phrase a whole-line cue holds must match in normal form.
    rules = compiled_rules(None)
    missed = []
    for text in sorted(_cue_module_strings()):
        lower, norm = fold_case(text), normalise(text)
        if lower == norm or not norm or len(text) > WHOLE_LINE_MAX_CHARS:
            continue
        as_written = set(rules.whole_line_hits(lower, every_length=True))
        if as_written - set(rules.whole_line_hits(norm, every_length=True)):
            missed.append(text)
    assert not missed
    assert ("ui", "ui_word") in rules.whole_line_hits(normalise("Name (required) *"))


def _folded_spelling(text: str) -> str:
    """The text as capitals and plain keyboards write it: Greek vowels unaccented, "ı"
    dotted, Arabic marks left out."""
    return re.sub("[\u064b-\u0652\u0670\u0640]", "", without_greek_accents(text)).replace(
        "\u0131", "i"
    )


def test_a_cue_matches_its_phrase_spelled_without_accents_or_marks():
    # Greek capitals carry no accents ("ΑΓΟΡΑΣΤΕ ΤΩΡΑ"), a Turkish capital "I" lower-cases
    # to "i", and sites write Arabic with or without marks: each cue a phrase of the
    # package's tables makes must fire on its folded spelling too. (Cues that read a line
    # lower-cased but not folded missed Greek capitals: "shop_call", "contact_line".)
    differ = []
    for text in sorted(_cue_module_strings()):
        folded = _folded_spelling(text)
        if folded == text or len(text) > WHOLE_LINE_MAX_CHARS or not re.search(r"\w", folded):
            continue  # (not a phrase: the marks' own character class)
        written = {(h.label, h.reason) for h in rule_hits(text)}
        if written != {(h.label, h.reason) for h in rule_hits(folded)}:
            differ.append(text)
    assert not differ


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("ΑΓΟΡΑΣΤΕ ΤΩΡΑ", "shop_call"),
        ("ΛΗΨΗ PDF", "download_button"),
        ("ΓΡΑΦΕΙΟ ΤΥΠΟΥ: press@example.gr", "contact_line"),
        # Phrases the tables spell with Arabic marks, which a line is read without.
        ("قيّم البودكاست", "follow_us"),
        ("رشّح صديقًا", "promo_cue"),
        ("تحميل PDF", "download_button"),
        ("حمّل PDF", "download_button"),
    ],
)
def test_cues_fire_on_greek_capitals_and_on_arabic_with_or_without_marks(line, reason):
    assert reason in {hit.reason for hit in rule_hits(line)}
    assert reason in {hit.reason for hit in rule_hits(_folded_spelling(line))}
