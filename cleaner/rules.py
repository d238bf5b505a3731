"""Heuristic rules: cue lexicons and structural patterns that vote for a label.

Rules never decide alone on long units; they feed the model and the context pass.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from operator import itemgetter

from .alternation import (
    QUANTIFIERS,
    FirstCharSplit,
    alternatives,
    anchored,
    balanced,
    first_char,
    group_end,
    groups,
    splittable,
    whole_line,
)
from .bios import writer_bio
from .data_rows import age_mark, data_delay, odds_row, teaser_row, ticker_strip, wire_mark
from .embeds import account_credit, gallery_counter
from .lexicon import ANY_LENGTH, INDEX_WORDS, MACHINE_MADE, PHRASES, WHOLE_LINE
from .lexicon_live import controls
from .page_widgets import dropdown_control, weather_now
from .payments import amount_row, lone_sum, payment_cue
from .prose_cues import (
    affiliate_note,
    conditional_ask,
    contact_line,
    earning_links,
    last_word_open,
    promo_code,
    shop_call,
    sponsor_read,
    table_pattern,
)
from .records import RuleHit
from .registers import register_number
from .scripts import EAST_ASIAN, fold_case, has_east_asian_script
from .small_print import credit_terms, fuel_figures, terms_apply
from .time_ago import relative_stamp
from .trip_widgets import place_distance, starred_price, weather_box
from .widget_forms import (
    FILE_TYPES,
    download_button,
    price_change_note,
    price_drop,
    servings_switch,
    shop_button,
    unit_toggle,
)

# Units longer than this are prose: a whole-line match cannot apply.
WHOLE_LINE_MAX_CHARS = 60
# A phrase hit on a long paragraph is weak evidence: body text quotes these words too.
LONG_UNIT_CHARS = 300
WHOLE_LINE_WEIGHT = 0.95
MACHINE_MADE_WEIGHT = 0.99
# A donation box's button alone on a line is a price's form too: evidence for the model,
# not a verdict.
LONE_SUM_WEIGHT = 0.7
# A register's number in small print: a name and a number, which a story's sentence about a
# company may hold too.
REGISTER_WEIGHT = 0.8
# An ad's small print (small_print.py): weak, as a consumer story may quote it.
SMALL_PRINT_WEIGHT = 0.7
SMALL_PRINT = (
    ("credit_terms", credit_terms),
    ("terms_apply", terms_apply),
    ("fuel_figures", fuel_figures),
)
# A travel page's widgets and fare ads (trip_widgets.py): weak, as a travel story may give
# a place's weather, its distance or a fare.
TRIP_WIDGET_WEIGHT = 0.7
TRIP_WIDGETS = (
    ("ui", "weather_box", weather_box),
    ("related", "place_distance", place_distance),
    ("promo", "starred_price", starred_price),
)

# Rules about a line's form (a notice, a byline, a teaser prefix) hold even in prose;
# topic cues ("donate", "subscribe") do not when the prose is in news voice.
FORMAT_RULES = frozenset(
    {
        "copyright",
        "cookies",
        "byline",
        "author_bio",
        "dateline",
        "dateline_short",
        "clock_time",
        "match_minute",
        "relative_stamp",
        "post_credit",
        "account_credit",
        "tags",
        "reading_time",
        "breadcrumb",
        "appeal_header",
        "dear_readers",
        "payment_methods",
        "teaser_prefix",
        "teaser_tag",
        "credit",
        "affiliate",
        "php_error",
        "photo_credit",
        "comment_policy",
        "comment_heading",
        "license_note",
        "reuse_ban",
        "views_disclaimer",
        "views_note",
        "author_is",
        "foreign_agent_label",
        "disclaimer",
        "meta_fields",
        "gambling_notice",
        "ad_token",
        "free_count",
        "offer_terms",
        # Who checked a magazine's article, an ad's own label (lexicon_magazine.py).
        "reviewed_by",
        "ad_label",
        "ticket_price",
        # A line that opens with its label ("Sponsored:"), and a site tool's line.
        "sponsored_prefix",
        "typo_report",
        "audio_player",
        "field_menu",
        "hashtag_list",
        "slash_trail",
        "chapter_list",
        "numbered_header",
        # The medium naming its sponsor ("this episode is supported by"), a promo code, a
        # money ask put to the reader ("if you value this letter, ... a month").
        "sponsor_read",
        "promo_code",
        "conditional_ask",
        # Readers' stars and their vote count ("4,9/5 (212 głosów)").
        "readers_rating",
        # Affiliate and gambling notes in 71 languages (lexicon_disclosures.py,
        # prose_cues.affiliate_note).
        "affiliate_note",
        "gambling_warning",
        # Widget rows (data_rows.py): a market ticker, a bookmaker's odds, a legal age.
        "ticker_strip",
        "odds_row",
        "age_mark",
        # A label and two headlines or more between bars ("Latest releases: ... | ...").
        "teaser_row",
        # An agency's slug and end mark, a release's "SOURCE" line.
        "wire_mark",
        # A press release's disclaimers and contacts (lexicon_release.py): its forms.
        "forward_looking",
        "distributor_note",
        "contact_line",
        # Where to send money: a labelled account number or wallet, a row of sums to choose
        # from (payments.py), and one of its buttons alone on a line.
        "payment_details",
        "amount_row",
        "lone_sum",
        # An organisation's register number after its label (registers.py).
        "register_number",
        # An ad's small print: a credit's rates, its terms, a car's official figures
        # (small_print.py).
        "credit_terms",
        "terms_apply",
        "fuel_figures",
        # A travel page's weather box, a "Nearby" box's entry, a fare with its footnote's
        # mark (trip_widgets.py).
        "weather_box",
        "place_distance",
        "starred_price",
        # A recipe card's servings control and measuring switch, a deal box's old and new
        # price, a download button (widget_forms.py); a row of buttons; a legal note ending
        # on a copyright, a short line with the mark and a year.
        "servings_switch",
        "unit_toggle",
        "price_drop",
        "download_button",
        "button_row",
        "form_row",
        "copyright_tail",
        "copyright_year",
        # A trip or product paid for by whom the story covers (lexicon_commerce.py).
        "press_trip",
    }
)

# Cues that hold only outside the article's core: a price per period is also how consumer
# stories talk ("afterwards you'll pay $6.99 a month"), a store's name how they give advice,
# and "X is a reporter ..." may be a story's own sentence. Inside the core such a cue alone
# is no evidence; nor is a sum alone on its line (a product's or a listing's price), nor an
# offer's small print (a consumer story may quote it). (A time alone on its line is a stamp
# anywhere, a live blog's entry's too: the contract's dates are meta.)
WEAK_CUES = frozenset(
    {
        "money_per_period",
        "author_bio",
        "author_is",
        "app_store",
        "lone_sum",
        "credit_terms",
        "terms_apply",
        "fuel_figures",
        "weather_box",
        "place_distance",
        "starred_price",
    }
)

# Greek capitals drop their accents ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ" for "Διαβάστε επίσης"): lines and
# cue patterns are both matched without them, so every Greek cue matches either way.
_GREEK_VOWELS = tuple(zip("άέήίόύώϊϋΐΰ", "αεηιουωιυιυ"))  # (accented, plain)
_GREEK_ACCENTS = str.maketrans(dict(_GREEK_VOWELS))
_GREEK_ACCENTED = re.compile(f"[{''.join(accented for accented, _ in _GREEK_VOWELS)}]")


def without_greek_accents(text: str) -> str:
    """The text (a line or a cue pattern) with Greek vowels unaccented."""
    return text.translate(_GREEK_ACCENTS) if _GREEK_ACCENTED.search(text) else text


def _as_folded(pattern: str) -> str:
    """A cue pattern as the lines it is matched against are folded: Greek vowels
    unaccented, typographic apostrophes straight (scripts.fold_case)."""
    # (What without_greek_accents does, by replacing each vowel: translating a pattern of
    # a million characters through a table takes a good part of a second.)
    if _GREEK_ACCENTED.search(pattern):
        for accented, plain in _GREEK_VOWELS:
            pattern = pattern.replace(accented, plain)
    return pattern.replace("\u2019", "'")


_EDGE_JUNK = " \t\u00a0|•·»«›‹<>→←-–—*#:.!?\"'“”„[](){}\\▷▶►▸■◆●"


# A phrase rule that starts at a word boundary can only match where a word starts with
# one of its alternatives' first letters. Checking those word starts against the unit's
# (a set operation) skips most regex scans: exact, and several times faster on prose.
_START = 6
_WORD = re.compile(r"\w+")
_WORD_START = re.compile(rf"\b\w{{1,{_START}}}")  # the first letters of every word


def _is_word_char(char: str) -> bool:
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


def _word_starts(pattern: str) -> frozenset[str] | None:
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


class _OpeningWords:
    """Reads from a pattern's text the first letters (up to _START) of the word a match
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
                if not _is_word_char(char):
                    return frozenset([prefix]) if prefix else None
                prefix += char
                if len(prefix) == _START:
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
_BY_WORD, _BY_CHAR = "word", "char"


def _opened_at_start(piece: str) -> list[tuple[str, str, frozenset[str] | None]]:
    """A piece anchored at the unit's start ("^(sponsored|gesponsert)\\b") as its
    alternatives (as alternation.anchored opens them), grouped by how they are indexed:
    (a pattern, _BY_WORD or _BY_CHAR, the keys a unit must start with for it to match, or
    None if unknown); a piece not so anchored, whole and unknown. (Each group keeps the
    piece's one tail: a tail repeated for each alternative would be compiled as often.)"""
    if not piece.startswith("^") or not splittable(piece):
        return [(piece, "", None)]
    reader = _OpeningWords(piece)
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
    for kind in (_BY_WORD, _BY_CHAR, ""):
        parts_of_kind = [(piece[a:b], keys) for (a, b), by, keys in keyed if by == kind]
        if parts_of_kind:
            pattern = f"^(?:{'|'.join(part for part, _keys in parts_of_kind)}){text}"
            keys_of_kind = [keys for _part, keys in parts_of_kind if keys is not None]
            grouped.append((pattern, kind, frozenset().union(*keys_of_kind) if kind else None))
    return grouped


def _start_keys(
    reader: _OpeningWords, part: tuple[int, int], tail: tuple[int, int]
) -> tuple[str, frozenset[str] | None]:
    """How the alternative `part` (then `tail`) of an anchored piece is indexed, and by
    which keys: the unit's first word's letters if known, else its first character."""
    words = reader.words((part, tail))
    if words is not None:
        return _BY_WORD, words
    text = reader.pattern[part[0] : part[1]] or reader.pattern[tail[0] : tail[1]]
    char = first_char(text)
    return (_BY_CHAR, frozenset([char])) if char else ("", None)


_ESCAPED_CHAR = re.compile(r"\\(.)")
_LITERAL_PHRASE = re.compile(r"\\b\(\?:((?:[^\\()|[\]{}*+?.^$]|\\[^\w])+)\)")
_WORD_END = "(?!\\w)"


@cache
def _literal_text(piece: str) -> tuple[str, bool] | None:
    """The phrase of a plain piece ("\\b(?:support our newsroom)"), and whether it must
    end a word as well ("\\b(?:live on air)(?!\\w)"); else None."""
    ends_word = piece.endswith(_WORD_END)
    literal = _LITERAL_PHRASE.fullmatch(piece[: -len(_WORD_END)] if ends_word else piece)
    if literal is None:
        return None
    return _ESCAPED_CHAR.sub(itemgetter(1), literal.group(1)), ends_word


def _index_starts(piece: str) -> frozenset[str] | None:
    """The word starts a piece is indexed by. A plain phrase ("support our newsroom") holds
    all of its words, each at a word start: it is indexed by its longest word, which is
    rarer than its first ("in", "a", "de" begin half the units of some languages)."""
    literal = _literal_text(piece)
    if literal is not None:
        phrase, ends_word = literal
        words = _WORD.findall(phrase)
        # The last word may be the start of a longer one in the text ("후원하기" in
        # "후원하기s"): then it indexes the phrase only if it is long enough that its first
        # letters are the text word's too.
        if last_word_open(phrase, not ends_word) and len(words[-1]) < _START:
            words = words[:-1]
        if words:
            return frozenset([max(words, key=len)[:_START]])
    return _word_starts(piece)


def _starts(items: list, parser, prefix: str = "") -> frozenset[str] | None:
    """Possible first letters (up to _START) of the first word of a match of `items`."""
    for index, (op, arg) in enumerate(items):
        if op is parser.LITERAL:
            char = chr(arg)
            if not _is_word_char(char):
                # A short first word ("we use") ends here, so it is the whole word.
                return frozenset([prefix]) if prefix else None
            prefix += char
            if len(prefix) == _START:
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


_NO_GUARD = ("", 0)


def _guarded_alternatives(pattern: str) -> list[tuple[tuple[str, int], str]]:
    """((guard, its most characters), alternative) for each alternative of a pattern (as
    _word_alternatives), with a short-unit cue opened into its phrases under its guard
    (_NO_GUARD for the others)."""
    found: list[tuple[tuple[str, int], str]] = []
    for alternative in alternatives(pattern):
        guarded = _guarded(alternative)
        if guarded is None:
            found += [(_NO_GUARD, piece) for piece in _word_alternatives(alternative)]
        else:
            guard = guarded[:2]
            found += [(guard, piece) for piece in _word_alternatives(guarded[2])]
    return found


# CJK punctuation and full-width forms ("：", "｜"), which East Asian cues use.
_EAST_ASIAN_MARKS = re.compile("[\u3000-\u303f\uff00-\uffef]")


def _east_asian_only(piece: str) -> bool:
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


def _longest_match(pattern: str) -> int | None:
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
            if (found == 0 or not _is_word_char(head[found - 1])) and not (
                self.ends_word and end < len(head) and _is_word_char(head[end])
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
        # The longest text the piece can match whole, if bounded (see _longest_match; a
        # split piece's groups are small enough to search without the bound).
        self._longest: int | None = None

    def _prepare(self) -> re.Pattern[str] | FirstCharSplit:
        matcher = self._matcher
        if matcher is None:
            matcher = anchored(self.pattern)
            if matcher is None:
                self._longest = _longest_match(self.pattern)
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


# "De" opens a byline in Romance languages ("de Ana Popescu"), and a Dutch subheading as
# its article ("De zetelverdeling"): a name after it has a capital.
_DE_OPENING = re.compile(r"\s*[Dd][Ee]\s+([^\W\d_])")


def _article_de(text: str) -> bool:
    opening = _DE_OPENING.match(text)
    return opening is not None and opening.group(1).islower()


# A menu path inside an instruction ("Na iPhoneu idite na Podešavanja > Mobilni podaci >
# Opcije."): a sentence of four words or more that ends as one; a breadcrumb does not.
_INSTRUCTION_END = re.compile(r"[.!?。।።؟]\s*$")
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _menu_path_sentence(text: str) -> bool:
    return _INSTRUCTION_END.search(text) is not None and len(_LETTER_RUN.findall(text)) >= 4


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

    def whole_line_hits(self, norm: str) -> list[tuple[str, str]]:
        """(label, reason) of each whole-line cue that matches the normalised line `norm`
        all through, in the lexicon's order."""
        long = len(norm) > WHOLE_LINE_MAX_CHARS
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
    literal = _literal_text(pattern_text)
    if literal is not None and _is_word_char(literal[0][0]):
        return _Literal(pattern_text, *literal)
    return _Regex(pattern_text)


def _guarded_piece(guard: tuple[str, int], pattern_text: str) -> Searcher:
    """The object that searches one piece under its guard, if any."""
    if guard == _NO_GUARD:
        return _piece(pattern_text)
    return _Guarded(f"{guard[0]}(?:{pattern_text})", guard[1], _piece(pattern_text))


@cache
def _searched_pieces(
    reason: str, pattern: str
) -> tuple[tuple[Searcher, frozenset[str] | None, bool, str], ...]:
    """One phrase rule as the pieces searched for it: (the piece's searcher, the word
    starts it is indexed by or None, whether it is searched only in units of East Asian
    scripts, and _BY_WORD or _BY_CHAR if its starts are those of the unit's first word or
    first character only). Worked out once per rule, whichever rule sets hold it."""
    pattern = _as_folded(pattern)
    split = [
        (guard, piece, _index_starts(piece)) for guard, piece in _guarded_alternatives(pattern)
    ]
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
    required = _word_starts(words) if words else None
    for guard in guards:
        loose = [piece for g, piece, starts in split if g == guard and starts is None]
        if guard == _NO_GUARD:
            # Alternatives anchored at the unit's start ("^(sponsored|gesponsert)") are
            # searched only in units whose first word (or character) can begin them.
            opened = [found for piece in loose for found in _opened_at_start(piece)]
            for kind in (_BY_WORD, _BY_CHAR):
                opening = [(part, keys) for part, by, keys in opened if by == kind and keys]
                if opening:
                    keys = frozenset().union(*(keys for _part, keys in opening))
                    joined = _piece("|".join(part for part, _keys in opening))
                    searched.append((joined, keys, False, kind))
            loose = [part for part, _kind, keys in opened if keys is None]
        for script in (False, True):
            group = [piece for piece in loose if _east_asian_only(piece) == script]
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
        (label, reason, _whole_line(_as_folded(pattern)))
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
    index_of = {"": by_start, _BY_WORD: by_first, _BY_CHAR: by_first_char}
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


# Pictographs at a line's edge ("👉 Read also: ...", "🔔 Subscribe", "✅"): symbols, and
# the joiners and selectors emoji are built with. The marks a cue spells stay.
_KEPT_SYMBOLS = frozenset("©®℗™°")
EMOJI_PARTS = frozenset("\u200d\ufe0e\ufe0f\u20e3")


def _is_arrow(char: str) -> bool:
    """Arrows (some are math symbols to Unicode: "↓", "⟳"), from their blocks."""
    code = ord(char)
    return 0x2190 <= code <= 0x21FF or 0x27F0 <= code <= 0x27FF or 0x2900 <= code <= 0x297F


def _is_edge_symbol(char: str) -> bool:
    """Whether `char` is a pictograph, an arrow or an emoji part to strip from a line's
    edge."""
    if char in EMOJI_PARTS or _is_arrow(char):
        return True
    return unicodedata.category(char) in ("So", "Sk") and char not in _KEPT_SYMBOLS


def _strip_symbols(text: str) -> str:
    """`text` without pictographs (and edge junk between them) at either end."""
    start, end = 0, len(text)
    while start < end and (text[start] in _EDGE_JUNK or _is_edge_symbol(text[start])):
        start += 1
    while end > start and (text[end - 1] in _EDGE_JUNK or _is_edge_symbol(text[end - 1])):
        end -= 1
    return text[start:end]


# Hours are a span, from one time to another ("營業時間：每日7:00am-7:00pm", "Donderdag
# 17.00 – 19.30 uur"): a review's or a notice's facts, where a page's stamp names one
# time. (A stamp's seconds and zone, "06:45:00-05:00", are no span.)
_TIME_SPAN = re.compile(
    r"(?<![\d:.])\d{1,2}[:.]\d{2}(?![:.]?\d)\s?(?:[ap]\.?m\.?|uhr|h)?\s?"
    r"[-–~〜至到]\s?\d{1,2}[:.]\d{2}(?![:.]\d)",
    re.IGNORECASE,
)


# A period between two whole dates ("2023년 3월 9일~2024년 1월 22일", "01.03.2023 –
# 30.11.2023"): a recall's production run, a programme's term, told by the story. A page's
# own date line gives one date.
_WHOLE_DATE = (
    r"(?:\d{4}\s?[년年]\s?\d{1,2}\s?[월月]\s?\d{1,2}\s?[일日]|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r"|(?:19|20)\d\d[./-]\d\d?[./-]\d\d?)"
)
# A weekday may follow each date: "2024年11月1日（金）～2025年3月14日（金）".
_WEEKDAY_AFTER = r"(?:\s?[（(][^）)\d]{1,4}[）)])?"
# The second date may leave out what the first one gave: "2025年7月1日～10月25日".
_LATER_DATE = rf"(?:{_WHOLE_DATE}|\d{{1,2}}\s?[월月]\s?\d{{1,2}}\s?[일日]|\d{{1,2}}\s?[일日])"
_DATE_SPAN = re.compile(rf"{_WHOLE_DATE}{_WEEKDAY_AFTER}\s?(?:[~〜～–—-]|至|到)\s?{_LATER_DATE}")
# A sentence that names a time ("Doors open at 18:00.", "白天（18:00前）免费入园。"): five
# words or more, or a dozen CJK characters, and a full stop. A date line holds a weekday and
# a month at most, and no full stop after its time.
_TIMED_SENTENCE_END = re.compile(r"[^\W\d_][^\d\s]*[.!。！]\s*$")
_SENTENCE_WORD = re.compile(r"(?<!\S)[^\W\d_]{2,}")
_CJK_CHARACTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _timed_sentence(text: str) -> bool:
    if not _TIMED_SENTENCE_END.search(text):
        return False
    return len(_SENTENCE_WORD.findall(text)) >= 5 or len(_CJK_CHARACTER.findall(text)) >= 12


# A timetable's row runs from one clock time to the next: "AB 301 あおば 08:10発 → 新千歳
# 09:45着", "LX 1612 Zurich 07:05 – Vilnius 10:40". A page's date line gives one time.
_TIMETABLE_ROW = re.compile(
    r"(?<![\d:.])\d{1,2}:\d{2}(?![:.]?\d)[^\n\d]{0,30}(?:→|->|⇒|➝|–|—|-)[^\n\d]{0,30}"
    r"(?<![\d:.])\d{1,2}:\d{2}(?![:.]?\d)"
)
# A list's lead-in ends in a colon after a word ("The highest readings at 16:00 were:"):
# no date line, whatever time it names (normalise() strips the colon, so this reads the
# raw text). decide.py reads it too, over a timetable.
LEAD_IN = re.compile(r"[^\W\d_][:：]\s*$")
# A data row names its date, then its value: "febrer 2024: 14 %", "2025 (t/m mei): 312
# uur", "März 2026: 4,2 Mio. m³" (a page's date line has no figure after its colon; a
# time's colon has figures on both sides: "29.07.2025 | 18:40"; a field after a separator
# is the page's: "13.05.2023 | Lesedauer: 6 Min."). The value's run is possessive: what
# follows it never starts with a figure or a space it would give back, and backing off a
# long run of spaces cost time squared.
_DATED_VALUE = re.compile(
    r"\s*[^:：\n·|•—–]{0,30}\d[^:：\n·|•—–-]{0,20}(?:(?<=\D)[:：]\s?|[:：]\s)[-−+~≈]?\d[\d.,\s]*+"
    r"(?:%|‰|°\s?c?|[^\W\d_]{1,6}\.?(?:\s?[^\W\d_]{1,4}[³²]?)?(?:/[^\W\d_]{1,4})?)?\s*$"
)


def normalise(text: str) -> str:
    """Lower-case, drop Greek accents and strip bullets, arrows, pictographs and punctuation
    from the edges."""
    stripped = text.strip(_EDGE_JUNK)
    if stripped and not (stripped[0].isascii() and stripped[-1].isascii()):
        # A line of symbols alone ("★★★★☆", a review's rating) stays as it is.
        stripped = _strip_symbols(stripped) or stripped
    return without_greek_accents(fold_case(stripped))


# An audio player's line: a play, speaker or headphones mark, a few words, then the
# length ("▶ Artikel anhören · 3:41 Min.", "🎧 Lytt til saken (5 min)", "🔊 ఈ కథనాన్ని
# వినండి — 05:12"). The mark is what normalise() strips, so this reads the raw text; words
# must come before the length (a live blog's "▶ 12:30 Police close the bridge" starts
# with its time).
_PLAYER_MARKS = frozenset("▶▷►⏵⏯🔊🔉🔈🎧🎙📻")
_PLAYER_WORDS = 12
_DURATION = re.compile(
    r"(?<!\d)\d{1,2}[:：]\d{2}(?!\d)|(?<!\w)\d{1,3}\s?(?:min|mins|minutes?)(?!\w)", re.IGNORECASE
)


# A player's position and length and nothing else: "00:00 / 38:42", "▶ 0:00 / 1:02:10".
_PLAYER_CLOCK = re.compile(r"\W{0,3}\d{1,2}:\d{2}(:\d{2})?\s?/\s?\d{1,2}:\d{2}(:\d{2})?")


# A match blog's minute stamp alone on a line, maybe with added time or the half before
# it: "78'", "45+2'", "90'+4'", "ST 44'", "2T 67′". (The mark makes it a minute: "78" alone
# is any number.)
_MATCH_MINUTE = re.compile(
    r"(?:[^\W\d_]{1,3}\.?\s?|[12]\.?\s?[^\W\d_]{1,3}\.?\s)?"
    r"\d{1,3}(?:\s?\+\s?\d{1,2})?\s?['′’](?:\s?\+\s?\d{1,2}\s?['′’]?)?"
)


def match_minute(text: str) -> bool:
    """Whether the line is a match minute and nothing else."""
    return _MATCH_MINUTE.fullmatch(text.strip()) is not None


# Readers' rating of a recipe or post: a score and the votes it comes from ("★★★★☆ 4,7 sur 5
# (89 votes)", "Hinne 4,9 (41 häält)", "التقييم ٤٫٨ من ٥ (٩٤ صوتًا)"). A reviewer's own score
# ("Our verdict: 8.5/10") has no vote count, and a share of the vote ("0.9% — 861 votes") is
# no score.
# (A measurement is no score and no count: "2,8 mg/l", "4.5 m³/s", a walk's "2,1 km" or a
# summit's "(1.610 m)".)
_UNIT = r"(?:[kcm]?m|m[²³]|k?g|mg|m?l|k?W|kWh|h|ha|hm|min|mi|ft|lbs?|oz|Std)(?![^\W\d_])"
_RATING_SCORE = re.compile(
    r"[★☆]{3,}|(?<![\d.,٫])\d[.,٫]\d"
    rf"(?![\d.,٫]|\s?[%٪]|\s?[^\W\d_]{{1,3}}[³²]?/[^\W\d_]|\s?{_UNIT})"
)
_VOTE_COUNT = re.compile(
    r"[(（](?:[^()（）]{0,30}[\s–-])?\d+(?:[.,\s٬]\d{3})*(?![\d.,٫])"
    rf"(?!\s?{_UNIT})\s?[^\W\d_][^()（）]{{0,20}}[)）]"
)
RATING_MAX_WORDS = 12
RATING_MAX_CHARS = 90  # (in scripts written without spaces a line is one "word")
RATING_SCALE = 10


# ... or a count with its noun, bracketed or not ("4.8 from 412 votes", "4,8 от 201 гласа",
# "4.9（276 則評分）"): the nouns are lexicon_commerce.py's, a number right before them.
_COUNT_BEFORE = re.compile(r"\d[\s\u00a0()（]{0,2}(?:[^\W\d_]{1,2}\s?)?$")


def _counted_votes(line: str) -> bool:
    # (The score is no count, "Our verdict: 4.5 stars" counts nothing; and the count comes
    # after it: "Airbook 14 review: 1.1 kg ..." is a headline.)
    folded = _RATING_SCORE.sub("\x00", fold_case(line))
    nouns = table_pattern("lexicon_commerce", "COMMERCE_CUES", "rating_count")
    score = folded.find("\x00")
    for found in nouns.finditer(folded, score + 1):
        count = _COUNT_BEFORE.search(folded, 0, found.start())
        # (A scale is no count either: "4.5 out of 5 stars".)
        if count is not None and _number_before(folded, count.start() + 1) > RATING_SCALE:
            return True
    return False


def _number_before(text: str, end: int) -> int:
    """The whole number that ends at `end` (its thousands separators dropped)."""
    start = end
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ",. \u00a0٬"):
        start -= 1
    digits = "".join(char for char in text[start:end] if char.isdigit())
    return int(digits) if digits else 0


def readers_rating(text: str) -> bool:
    """Whether a short line is a readers' rating: a score (stars or "4,7") and a vote count,
    in brackets or with its noun."""
    line = text.strip()
    return (
        len(line.split()) <= RATING_MAX_WORDS
        and len(line) <= RATING_MAX_CHARS
        and _RATING_SCORE.search(line) is not None
        and (_VOTE_COUNT.search(line) is not None or _counted_votes(line))
        # (A bracketed period is no count: "1.6 가솔린 (2023년 3월 9일~2024년 1월 22일 생산)".)
        and _DATE_SPAN.search(line) is None
    )


def audio_player(text: str) -> bool:
    """Whether a unit is an audio player's line (see _PLAYER_MARKS)."""
    line = text.strip()
    if not line or line[0] not in _PLAYER_MARKS:
        return False
    rest = line[1:].lstrip("\ufe0f ")
    length = _DURATION.search(rest)
    return (
        length is not None
        and len(rest.split()) <= _PLAYER_WORDS
        and any(char.isalpha() for char in rest[: length.start()])
    )


# Bylines, stamps and menus written out as text string short fields together with these.
FIELD_SEPARATOR = re.compile(r"\s[|·•]\s")


def split_fields(
    text: str, separator: re.Pattern[str], max_words: int, min_words: int = 0
) -> list[str]:
    """The fields of a line between `separator` matches, or [] when a field has more than
    `max_words` words (or fewer than `min_words`)."""
    fields = separator.split(text)
    if all(min_words <= len(field.split()) <= max_words for field in fields):
        return fields
    return []


# A menu written out as text: short fields between separators, none a sentence.
_MENU_FIELDS = 4
_MENU_FIELD_WORDS = 3
_NOT_A_MENU = re.compile(r"[\d.!?:;,。！？：；，]")
_GAP_SEPARATOR = re.compile(r" {2,}|\u3000+")
_GAP_MENU_FIELDS = 5


# A filter menu of ranges ("0-1 years | 1-3 years | 3-5 years | 5+ years", "0–12 mies. ·
# 1–3 lata · 3–6 lat · 6+"): every field a range or an open end and its unit word at most.
_RANGE_FIELD = re.compile(r"\d{1,4}\s?(?:[-–]\s?\d{1,4}|\+)(?:\s?[^\W\d_]{1,12}\.?)?")
_RANGE_FIELD_WORDS = 2  # "0–12 mies."


def _range_menu(line: str) -> bool:
    fields = split_fields(line, FIELD_SEPARATOR, _RANGE_FIELD_WORDS, min_words=1)
    return len(fields) >= _MENU_FIELDS and all(
        _RANGE_FIELD.fullmatch(field.strip()) for field in fields
    )


def field_menu(text: str) -> bool:
    """A line of four or more fields of one to three words between ' | ' or ' · ' (five or
    more between wide gaps), with no digit or sentence mark ("Home | Politics | Sport |
    Culture | Archive"): a site's menu or footer links; or four fields or more that are
    each a range ("0-1 years | 1-3 years | ..."): a filter menu. A table row ("| Pos |
    Team | Pts |") starts with its bar."""
    line = text.strip()
    if line.startswith("|"):
        return False
    if _NOT_A_MENU.search(line):
        return _range_menu(line)
    fields = split_fields(line, FIELD_SEPARATOR, _MENU_FIELD_WORDS, min_words=1)
    if len(fields) >= _MENU_FIELDS:
        return True
    # A menu copied with wide gaps between its items ("News  Sport  Health  Culture
    # Opinion") needs one item more: a table's header row may be spaced alike.
    fields = split_fields(line, _GAP_SEPARATOR, _MENU_FIELD_WORDS, min_words=1)
    return len(fields) >= _GAP_MENU_FIELDS


# Three hashtags or more alone on a line, in any script: "#Klima #Dürre #Landwirtschaft",
# "#조선업 #임금협상 #파업" (a story quoting a hashtag has words around it).
_HASHTAG_LIST = re.compile(r"#[^\s#,]{1,60}(?:,? #[^\s#,]{1,60}){2,}")
HASHTAG_LIST_MAX_CHARS = 400


def hashtag_list(text: str) -> bool:
    """A tag list written as hashtags: a page's tags, not the story's words."""
    line = text.strip()
    return len(line) <= HASHTAG_LIST_MAX_CHARS and _HASHTAG_LIST.fullmatch(line) is not None


def markdown_row(text: str) -> bool:
    """Whether the line is a table row as extractors print it: '| a | b |'."""
    line = text.strip()
    return line.startswith("|") and line.endswith("|") and line.count("|") >= 3


# A line's last segment that is a copyright mark and a name ("... may change. © 2024 X").
_COPYRIGHT_TAIL = re.compile(
    r"(?:[.!?。]\s*|\s[|·–—-]\s)(?:©|\(c\)|copyright)\s?[^!?。©]{1,60}$", re.IGNORECASE
)
COPYRIGHT_TAIL_CHARS = 80
# The mark and a year anywhere in a short line is the page's notice, in any language
# ("Зохиогчийн эрх хуулиар хамгаалагдсан. © 2025 Өдрийн Тойм", "Jornal do Sobral © 2025 |
# Estatuto Editorial"): a story names a copyright in words, not with the mark and a year.
_COPYRIGHT_YEAR = re.compile(r"©\s?\(?\d{4}(?!\d)")
COPYRIGHT_YEAR_CHARS = 150


# Buttons and headings whose words the lexicon lists without the count they show
# (lexicon_commerce.py; "12 comentários", "تبصرے (31)", "Réagir (84)"). A count is a
# number of up to four digits in any script, bare or in brackets.
COUNTED_BUTTONS = frozenset({"jump_link", "shop_button", "comment_word"})
_COUNT = re.compile(r"(?<!\S)[(\[]?\d{1,4}[)\]]?(?!\S)")
_BUTTON_MAX_WORDS = 8


def _counted_button(text: str) -> str | None:
    """A short line's normalised text without its counts, if it has any."""
    if len(text.split()) > _BUTTON_MAX_WORDS or not _COUNT.search(text):
        return None
    return normalise(" ".join(_COUNT.sub(" ", text).split())) or None


# A download button names its file's type, and perhaps its size, after its words:
# "Download the worksheet (PDF)", "Télécharger la fiche (PDF, 1,2 Mo)", "Скачать трек
# (GPX)". Read without the tag, its words are a button's. (A story's attachment is named
# by its title, no button's words: "Arrêté municipal n° 2024-187 (PDF, 214 Ko)".)
_FILE_TAG = re.compile(rf"[(\[]\s?{FILE_TYPES}\b[^()\[\]\n]{{0,20}}[)\]]$", re.IGNORECASE)
_TAG_WORDS = 4  # "(PDF, 1,2 MB)"
_TAG_CHARS = 30
_FILE_BUTTON_CHARS = WHOLE_LINE_MAX_CHARS + _TAG_CHARS


def _file_button(text: str) -> str | None:
    """A short line's normalised text without the file tag at its end, if it has one."""
    line = text.rstrip()
    if len(line) > _FILE_BUTTON_CHARS or len(line.split()) > _BUTTON_MAX_WORDS + _TAG_WORDS:
        return None
    # (Searched in the line's tail only: the tag ends it.)
    found = _FILE_TAG.search(line, max(0, len(line) - _TAG_CHARS))
    if found is None:
        return None
    return normalise(line[: found.start()]) or None


def _rematched(
    whole: Sequence[tuple[str, str, FirstCharSplit]],
    line: str | None,
    admits: Callable[[str, str], bool],
) -> list[RuleHit]:
    """The whole-line hits on a button's words read without what the page added to them
    (a count, a file's tag), for the (label, reason) pairs `admits`."""
    if not line:
        return []
    return [
        RuleHit(label, WHOLE_LINE_WEIGHT, reason)
        for label, reason, pattern in whole
        if admits(label, reason) and pattern.fullmatch(line)
    ]


# A row of buttons: two to five fields, each a whole-line cue on its own ("Print · Save",
# "Imprimir · Guardar receita"). Its label is the first button's.
_BUTTON_FIELDS = (2, 5)
_FORM_FIELDS = (3, 6)
_BUTTON_WORDS = 4


def _whole_label(field: str, whole: Sequence[tuple[str, str, FirstCharSplit]]) -> str | None:
    norm = normalise(field)
    return next((label for label, _, p in whole if p.fullmatch(norm)), None) if norm else None


def _row_fields(line: str) -> list[str]:
    """A row's fields between bars or dots, or else between wide gaps (a player's or a
    form's controls copied side by side: "Play  Full screen  Settings")."""
    separator = FIELD_SEPARATOR if FIELD_SEPARATOR.search(line) else _GAP_SEPARATOR
    return split_fields(line, separator, _BUTTON_WORDS, min_words=1)


def button_row(text: str, whole: Sequence[tuple[str, str, FirstCharSplit]]) -> str | None:
    """The label of a line made of whole-line cues side by side, or None."""
    line = text.strip()
    if len(line) > WHOLE_LINE_MAX_CHARS * 2:
        return None
    fields = _row_fields(line)
    if not _BUTTON_FIELDS[0] <= len(fields) <= _BUTTON_FIELDS[1]:
        return None
    labels = [_whole_label(field, whole) for field in fields]
    return None if None in labels else labels[0]


def form_row(text: str, whole: Sequence[tuple[str, str, FirstCharSplit]]) -> bool:
    """Whether the line is a widget's form as copied: the names of its fields side by side
    and its button last ("Initial deposit  Monthly contribution  APY  Calculate"), with
    no figure (a table's row has them; its head row ends on a column's name, no button)."""
    line = text.strip()
    if len(line) > WHOLE_LINE_MAX_CHARS * 2 or any(char.isdigit() for char in line):
        return False
    fields = _row_fields(line)
    return _FORM_FIELDS[0] <= len(fields) <= _FORM_FIELDS[1] and (
        _whole_label(fields[-1], whole) == "ui"
    )


# A trending bar: a heading, its colon, then three or more teasers between dots or bars
# ("TRENDING: Tidal Lane exit · Jungle star's new look · Pop diva's tour").
_BAR = re.compile(r"([^:：·|]{2,30})[:：]\s?([^·|]+(?:\s[·|]\s[^·|]+){2,})")


def trending_bar(text: str, whole: Sequence[tuple[str, str, FirstCharSplit]]) -> bool:
    """Whether the line is a related heading's teasers on one line. (A cast list, "Cast:
    Lia Moreno · Dax Orr · Mara Quill", has no related heading before its colon.)"""
    found = _BAR.fullmatch(text.strip())
    if found is None:
        return False
    head = normalise(found.group(1))
    return any(label == "related" and p.fullmatch(head) for label, _, p in whole)


# A breadcrumb trail written with slashes: "News / Region / Courts".
_TRAIL_SEPARATOR = re.compile(r"\s/\s")
_TRAIL_FIELD_WORDS = 4
_NOT_A_TRAIL = re.compile(r"[\d.!?:;,\"“”«»„。！？：；，]")


def slash_trail(text: str) -> bool:
    """Two or more fields of one to four words between ' / ', with no digit, sentence mark
    or quote ("Newyddion / Ymchwil / Datganiad i'r wasg"): a section trail or a "name /
    outlet" credit. A phrase-weight cue: a headline the first pass reads as body stays."""
    line = text.strip()
    if _NOT_A_TRAIL.search(line):
        return False
    return len(split_fields(line, _TRAIL_SEPARATOR, _TRAIL_FIELD_WORDS, min_words=1)) >= 2


# An episode's chapter list: times that each start the line or follow a separator, each
# with its chapter's title ("Chapters: 00:00 Welcome · 02:10 First frost · 14:45 ...").
_CHAPTER = re.compile(r"(?:^|[:：·|•–—-]\s*)\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s+[^\W\d_]")
_CHAPTERS = 3


def chapter_list(text: str) -> bool:
    """Three or more chapter marks on one line. (A sentence that names times, "trains leave
    at 10:15, 12:30 and 14:45", has no separator before them.)"""
    return len(_CHAPTER.findall(text.strip())) >= _CHAPTERS


# An issue's or episode's number as a field of a header line: "Episode 142", "n° 142",
# "udgave 31", "ฉบับที่ 38", "34-шығарылым", "#58".
_NUMBER_FIELD = re.compile(
    r"(?:[^\s\d]+\s?){1,2}(?:n[°º]\.?\s?|#\s?|№\s?)?\d{1,4}|#\d{1,4}|\d{1,4}[-.]?\s?[^\s\d]+"
)
_HEADER_WORDS = 16
_HEADER_CHARS = 160  # (and the number's pattern never meets a long field)
_HEADER_FIELD_WORDS = 8
# A stop that ends a sentence: at the end of the line, or before a capital ("št. 21" and
# "4. novembril" are abbreviations and ordinals).
_SENTENCE_END = re.compile(r"[.!?。！？]$|[.!?]\s+(?=[^\W\d_])")


def _ends_sentence(line: str) -> bool:
    return any(
        match.end() == len(line) or line[match.end()].isupper()
        for match in _SENTENCE_END.finditer(line)
    )


def numbered_header(text: str) -> bool:
    """A short line of fields between ' | ' or ' · ', exactly one of them a word or two and
    a number, with no sentence end: a newsletter issue's or a podcast episode's header
    ("The Borrowed Shed · Episode 142", "Jadranski tjednik · broj 33"). ("Arsenal 2 ·
    Chelsea 1" is a result.) A phrase-weight cue: a line the first pass reads as body
    stays."""
    line = text.strip()
    # (Fields with their labels are a fact box: "Prep: 20 mins | Cook: 45 mins | Serves 8".)
    if (
        len(line) > _HEADER_CHARS
        or len(line.split()) > _HEADER_WORDS
        or _ends_sentence(line)
        or ":" in line
    ):
        return False
    fields = split_fields(line, FIELD_SEPARATOR, _HEADER_FIELD_WORDS, min_words=1)
    numbered = sum(bool(_NUMBER_FIELD.fullmatch(field.strip())) for field in fields)
    # (A number in every one of three fields or more is a fact box without labels'
    # colons, "Prep 15 min | Cook 35 min | Serves 4"; a header has a field without one.)
    fact_box = len(fields) >= 3 and all(any(c.isdigit() for c in field) for field in fields)
    return numbered == 1 and len(fields) >= 2 and not fact_box


# An ad's own label ahead of its text: "Anzeige – Schlafen wie auf Wolken ...",
# "Publicidad · Climatizadores ...", "广告｜离焦镜片限时八折", "Реклама. Онлайн-...", "PR　自己分析
# ツールを..." (an ideographic space sets it off in Japanese). The label is a whole-line ad
# word (lexicon's advert_word); some text must follow it.
_AD_LABEL_END = re.compile(r"\s*(?:[·|｜:：•፦\u3000]|\s[–—-]|\.)\s*")
AD_LABEL_CHARS = 45
AD_TEXT_WORDS = 3
AD_TEXT_CHARS = 12  # (in a script without spaces)


def ad_labelled(text: str, whole: Sequence[tuple[str, str, FirstCharSplit]]) -> bool:
    """Whether a line opens with an ad label and a separator, then the ad's own text."""
    line = text.strip()
    end = _AD_LABEL_END.search(line, 0, AD_LABEL_CHARS)
    if end is None or end.start() == 0:
        return False
    rest = line[end.end() :]
    if len(rest.split()) < AD_TEXT_WORDS and len(rest) < AD_TEXT_CHARS:
        return False
    label = normalise(line[: end.start()])
    return any(reason == "advert_word" and p.fullmatch(label) for _, reason, p in whole)


def _matched_phrases(rules: RuleSet, head: str) -> list[int]:
    """The phrase rules (indexes into rules.phrases, in order) whose pattern `head` holds:
    what searching each whole pattern would find, searching only the pieces the unit's
    words can begin."""
    candidates: Iterable[int] = rules.always
    more: set[int] = set()
    if rules.by_start:
        for start in rules.all_starts.intersection(_WORD_START.findall(head)):
            more.update(rules.by_start[start])
    first_word = _WORD_START.match(head)
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


def rule_hits(text: str, only: frozenset[str] | None = None) -> list[RuleHit]:
    """All rules that fire on one unit's text (only those named in `only`, if given)."""
    rules = compiled_rules(only)
    norm = normalise(text)
    hits: list[RuleHit] = []
    # A table the extractor kept ("| Milano | +6,8% | 5.320 |") is the article's: a widget's
    # row forms (a ticker's quotes, a rating, odds) do not read its rows.
    table_row = markdown_row(text)
    if only is None or "audio_player" in only:
        if _PLAYER_CLOCK.fullmatch(text.strip()):  # made by the player: "00:00 / 38:42"
            hits.append(RuleHit("ui", MACHINE_MADE_WEIGHT, "audio_player"))
        elif audio_player(text):
            hits.append(RuleHit("ui", WHOLE_LINE_WEIGHT, "audio_player"))
    if not norm:
        if text.strip():
            hits.append(RuleHit("ui", 0.9, "no_letters"))
        return hits
    for label, reason in rules.whole_line_hits(norm):
        weight = MACHINE_MADE_WEIGHT if reason in MACHINE_MADE else WHOLE_LINE_WEIGHT
        hits.append(RuleHit(label, weight, reason))
    if not hits and (only is None or not only.isdisjoint(COUNTED_BUTTONS)):
        # A button with a count in it, read without the number ("Show all 8 models").
        hits += _rematched(rules.whole, _counted_button(text), lambda _, r: r in COUNTED_BUTTONS)
    if not hits:
        # A button with its file's tag, read without it ("Download the worksheet (PDF)").
        hits += _rematched(rules.whole, _file_button(text), lambda label, _: label == "ui")
    if (
        (only is None or "ad_label" in only)
        and not any(hit.reason == "advert_word" for hit in hits)
        and ad_labelled(text, compiled_rules(None).whole)
    ):
        hits.append(RuleHit("promo", WHOLE_LINE_WEIGHT, "ad_label"))
    weight = 0.4 if len(norm) > LONG_UNIT_CHARS else 0.7
    for phrase in _matched_phrases(rules, norm[:2000]):  # in the lexicon's order
        label, reason = rules.phrases[phrase]
        if reason == "byline" and _article_de(text):
            continue
        if reason == "breadcrumb" and _menu_path_sentence(text):
            continue
        if reason == "dateline_short" and (
            LEAD_IN.search(text)
            or _DATED_VALUE.match(text)
            or _TIME_SPAN.search(text)
            or _DATE_SPAN.search(text)
            or _TIMETABLE_ROW.search(text)
            or _timed_sentence(text)
        ):
            continue
        hits.append(RuleHit(label, weight, reason))
    if (
        (only is None or "author_bio" in only)
        and not any(hit.reason == "author_bio" for hit in hits)
        and writer_bio(text)
    ):
        # A writer's bio by what they write about (bios.py); the lexicon's cue reads a job.
        hits.append(RuleHit("meta", weight, "author_bio"))
    if (
        (only is None or "field_menu" in only)
        and not any(hit.weight >= WHOLE_LINE_WEIGHT for hit in hits)
        and field_menu(text)
    ):
        # (A whole-line cue names the row better: "Facebook | X | Instagram" is social.)
        hits.append(RuleHit("ui", WHOLE_LINE_WEIGHT, "field_menu"))
    if (only is None or "hashtag_list" in only) and hashtag_list(text):
        hits.append(RuleHit("meta", WHOLE_LINE_WEIGHT, "hashtag_list"))
    if (only is None or "button_row" in only) and not any(
        hit.weight >= WHOLE_LINE_WEIGHT for hit in hits
    ):
        buttons = button_row(text, rules.whole)
        if buttons:
            hits.append(RuleHit(buttons, WHOLE_LINE_WEIGHT, "button_row"))
    if (only is None or "form_row" in only) and not hits and form_row(text, rules.whole):
        hits.append(RuleHit("ui", WHOLE_LINE_WEIGHT, "form_row"))
    if (only is None or "trending_bar" in only) and not hits and trending_bar(text, rules.whole):
        hits.append(RuleHit("related", WHOLE_LINE_WEIGHT, "trending_bar"))
    if (only is None or "slash_trail" in only) and not hits and slash_trail(text):
        hits.append(RuleHit("meta", 0.7, "slash_trail"))
    if (only is None or "chapter_list" in only) and chapter_list(text):
        hits.append(RuleHit("meta", MACHINE_MADE_WEIGHT, "chapter_list"))
    if (only is None or "numbered_header" in only) and not hits and numbered_header(text):
        hits.append(RuleHit("meta", 0.7, "numbered_header"))
    if only is None or not only.isdisjoint(("payment_details", "payment_id")):
        payment = payment_cue(text)
        if payment == "payment_details" and (only is None or payment in only):
            hits.append(RuleHit("donation", WHOLE_LINE_WEIGHT, payment))
        elif payment and (only is None or "payment_id" in only):
            hits.append(RuleHit("donation", weight, "payment_id"))
    if (only is None or "amount_row" in only) and amount_row(text):
        hits.append(RuleHit("donation", WHOLE_LINE_WEIGHT, "amount_row"))
    elif (only is None or "lone_sum" in only) and lone_sum(text):
        hits.append(RuleHit("donation", LONE_SUM_WEIGHT, "lone_sum"))
    # (Another rule names the line better: an ad's label, an appeal for a tax share.)
    if (only is None or "register_number" in only) and not hits and register_number(text):
        hits.append(RuleHit("legal", REGISTER_WEIGHT, "register_number"))
    for reason, told in SMALL_PRINT:
        if (only is None or reason in only) and told(text):
            hits.append(RuleHit("legal", SMALL_PRINT_WEIGHT, reason))
    hits += _cue_hits(text, only, TRIP_WIDGET_WEIGHT, TRIP_WIDGETS)
    # A live blog's or a page's stamp alone on a line: a match minute, "12 min ago".
    hits += _cue_hits(text, only, 0.7, _STAMP_FORMS)
    if (only is None or "readers_rating" in only) and not table_row and readers_rating(text):
        hits.append(RuleHit("meta", WHOLE_LINE_WEIGHT, "readers_rating"))
    # A recipe card's controls, a deal's prices and a header's widgets (widget_forms.py,
    # page_widgets.py).
    hits += _cue_hits(text, only, WHOLE_LINE_WEIGHT, _WIDGET_FORMS)
    if (
        (only is None or "copyright_year" in only)
        and len(text) <= COPYRIGHT_YEAR_CHARS
        and _COPYRIGHT_YEAR.search(text)
    ):
        hits.append(RuleHit("legal", WHOLE_LINE_WEIGHT, "copyright_year"))
    if (
        (only is None or "copyright_tail" in only)
        and any(hit.label == "legal" for hit in hits)
        and _COPYRIGHT_TAIL.search(text[-COPYRIGHT_TAIL_CHARS:])
    ):
        # A legal note that ends on the outlet's copyright ("Prices may change. © Woonwijzer")
        # is the page's footer line, not a sentence of the story.
        hits.append(RuleHit("legal", WHOLE_LINE_WEIGHT, "copyright_tail"))
    # A show's sponsor, a promo code and a money ask told as prose (prose_cues.py).
    hits += _cue_hits(text, only, weight, _PROSE_CUES)
    # Widget rows told by their form (data_rows.py).
    if (only is None or "ticker_strip" in only) and not table_row and ticker_strip(text):
        hits.append(RuleHit("ui", WHOLE_LINE_WEIGHT, "ticker_strip"))
    if (only is None or "odds_row" in only) and not table_row and odds_row(text):
        hits.append(RuleHit("promo", weight, "odds_row"))
    if (only is None or "teaser_row" in only) and teaser_row(text):
        hits.append(RuleHit("related", weight, "teaser_row"))
    if (only is None or "wire_mark" in only) and wire_mark(text):
        hits.append(RuleHit("meta", weight, "wire_mark"))
    if only is None or "age_mark" in only:
        age = age_mark(text)
        if age:
            # "18+ | ..." is the notice's own form; "18+ fans queued ..." may be a story's.
            hits.append(
                RuleHit("legal", WHOLE_LINE_WEIGHT if age == "marked" else weight, "age_mark")
            )
    if only is None or "live_controls" in only:
        # A live blog's controls alone on a line; a single one may be its subheading.
        found = controls(norm)
        if found:
            hits.append(RuleHit("ui", WHOLE_LINE_WEIGHT if found > 1 else weight, "live_controls"))
    # A shop's button, an affiliate disclosure, a market-data delay note (word lists).
    hits += _cue_hits(text, only, weight, _LISTED_CUES)
    return hits


# Cues that are a yes or no on the unit's text: (label, reason, test), at the phrase weight.
_PROSE_CUES: tuple[tuple[str, str, Callable[[str], bool]], ...] = (
    ("promo", "sponsor_read", sponsor_read),
    ("promo", "promo_code", promo_code),
    ("donation", "conditional_ask", conditional_ask),
)
# Widget forms that are the whole line, at the whole-line weight.
_WIDGET_FORMS: tuple[tuple[str, str, Callable[[str], bool]], ...] = (
    ("ui", "servings_switch", servings_switch),
    ("ui", "unit_toggle", unit_toggle),
    ("promo", "price_drop", price_drop),
    ("promo", "shop_button", shop_button),
    ("ui", "download_button", download_button),
    # A page header's picker and weather reading (page_widgets.py).
    ("ui", "dropdown_control", dropdown_control),
    ("ui", "weather_now", weather_now),
    # An embedded post's credit and a gallery's count (embeds.py).
    ("meta", "account_credit", account_credit),
    ("ui", "gallery_counter", gallery_counter),
)
_STAMP_FORMS: tuple[tuple[str, str, Callable[[str], bool]], ...] = (
    ("meta", "match_minute", match_minute),
    ("meta", "relative_stamp", relative_stamp),
)
_LISTED_CUES: tuple[tuple[str, str, Callable[[str], bool]], ...] = (
    ("promo", "shop_call", shop_call),
    ("legal", "price_note", price_change_note),
    # (promo, as lexicon.py's affiliate cue: a disclosure belongs to the ad it discloses)
    ("promo", "affiliate_note", affiliate_note),
    ("promo", "earning_links", earning_links),
    ("legal", "data_delay", data_delay),
    # A press contact: its label with an address or a number (lexicon_release.py).
    ("meta", "contact_line", contact_line),
)


def _cue_hits(
    text: str,
    only: frozenset[str] | None,
    weight: float,
    cues: Sequence[tuple[str, str, Callable[[str], bool]]],
) -> list[RuleHit]:
    return [
        RuleHit(label, weight, reason)
        for label, reason, test in cues
        if (only is None or reason in only) and test(text)
    ]


def opens_block(text: str, hits: Sequence[RuleHit]) -> bool:
    """Header lines that open an appeal block ("A Message from X:", "Dear readers,")."""
    if any(hit.reason in {"appeal_header", "dear_readers"} for hit in hits):
        return len(text) < 200
    return False
