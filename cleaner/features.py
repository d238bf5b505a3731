"""Hand-made numeric features per unit, as dicts for a DictVectorizer.

Module-level functions only: they are referenced by the persisted pipeline.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from .lexicon_intl import ADDRESSING_MARKS, MARKED_SCRIPTS, REPORTING_MARKS
from .normal_form import EMOJI_PARTS
from .records import RuleHit
from .rules import FORMAT_RULES, WHOLE_LINE_WEIGHT, opens_block, rule_hits
from .scripts import WORD, count_words, fold_case, has_no_space_script, trained_script
from .voice import (
    ADDRESSING,
    CTA_VERBS,
    FIRST_PLURAL,
    FORMAL_ADDRESS,
    NEWS_FORMULA,
    NORDIC_ADDRESS,
    PAIRED_WORDS,
    REPORTING,
    SECOND_PERSON,
    THIRD_PERSON,
)

# Text handed to the vectorisers is capped: a 5 MB line must not cost 5 MB of n-grams.
MAX_MODEL_CHARS = 1500
CHAR_CHARS = 160
# Long reported prose is the article's own voice: the model alone never removes it.
PROSE_WORDS = 20
# A unit of at most this many words is too short to be taken for news voice.
SHORT_WORDS = 8

_WORD = re.compile(r"\w+")  # words of text in scripts written with spaces
_URL = re.compile(r"https?://|www\.|\.(com|org|net|de|fr|ru|es)\b")
_EMAIL = re.compile(r"\S@\S")
# A currency sign, or a currency code as a whole word.
CURRENCY_SIGNS = "$€£₽¥"
CURRENCY_CODES = frozenset({"usd", "eur", "gbp", "rub", "руб"})
_DIGIT = re.compile(r"\d")
_HANDLE = re.compile(r"(^|\s)@\w")


@dataclass(slots=True)  # not frozen: a frozen dataclass costs a call per field to build
class UnitInput:
    """What the classifier sees of one unit: its text, where it sits, its rule hits, and
    the text facts that features and decision rules both ask for (computed once)."""

    text: str
    position: int
    count: int
    hits: tuple[RuleHit, ...] = ()
    # Long news-voice prose with no format cue: the first pass does not read it (see
    # make_inputs); it gets the model's prior for such prose instead.
    settled: bool = False
    words: tuple[str, ...] = field(default=(), repr=False)  # lower-cased, capped text
    n_words: int = 0  # whitespace-separated words of the whole text
    news_voice: bool = False
    calls_reader: bool = False  # speaks to the reader (calls_to_reader)
    trained_script: bool = True
    opens_block: bool = False
    # A settled unit the first pass then read as an appeal (read_as_appeal).
    read_as_appeal: bool = False


# A settled unit short enough to be an appeal is read after all: the voice word lists
# miss many languages' imperatives and address forms ("Werde Mitglied ...", "Оформите
# подписку ...", "Per continuare a leggere ... abbonati a ..."), so an appeal with no word
# they know reads to them as news prose. When the first pass is this sure that it is an
# appeal, it is one: it speaks to the reader, and every cue rule runs on it.
APPEAL_READ_WORDS = 45
APPEAL_READ_SURE = 0.8
APPEAL_READ_LABELS = ("donation", "subscription", "newsletter")


def read_as_appeal(item: UnitInput) -> None:
    """Unsettle a settled unit the first pass reads as an appeal (APPEAL_READ_SURE): it is
    no news prose but a call to the reader, with every rule's hits."""
    item.settled = False
    item.read_as_appeal = True
    item.news_voice = False
    item.calls_reader = True
    item.hits = tuple(rule_hits(item.text))
    item.opens_block = opens_block(item.text, item.hits)


def make_inputs(
    texts: Sequence[str],
    all_rules: bool = False,
    markup_hits: Sequence[tuple[RuleHit, ...]] | None = None,
) -> list[UnitInput]:
    """Wrap one document's unit texts with their position, rule hits and text facts.

    Long prose in news voice cannot be removed on the model's word alone (decide.py keeps
    it unless a format rule fires or an appeal block holds it), so for such a unit only
    the format rules run and the first pass skips it: about half of an article's text.
    Training passes `all_rules`: the first pass learns from every unit with every rule
    (news prose that mentions donations is how it learns that a cue word is not enough).
    `markup_hits`, per unit, are cues of the input's markup (markdown.py: a row of links);
    they count as format rules.
    """
    count = len(texts)
    markup_hits = _with_entry_stamps(texts, markup_hits)
    # A line a page repeats ("Advertisement", a share row) is read once: what the rules
    # and word lists find depends on its text alone, not on where it sits.
    facts: dict[tuple[str, tuple[RuleHit, ...]], dict] = {}
    inputs = []
    for i, text in enumerate(texts):
        markup = markup_hits[i] if markup_hits is not None else ()
        known = facts.get((text, markup))
        if known is None:
            known = facts[text, markup] = _text_facts(text, all_rules, markup)
        inputs.append(UnitInput(text=text, position=i, count=count, **known))
    return inputs


# A time alone, written with a dot ("14.20"): a number as often, so the rules leave it;
# two or more in one document are a live blog's entry stamps.
_DOT_TIME = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
ENTRY_STAMPS = 2
_ENTRY_STAMP = RuleHit("meta", WHOLE_LINE_WEIGHT, "clock_time")


def _with_entry_stamps(
    texts: Sequence[str], markup_hits: Sequence[tuple[RuleHit, ...]] | None
) -> Sequence[tuple[RuleHit, ...]] | None:
    """`markup_hits`, with a clock-time cue on each dotted time alone on its line when
    the document holds ENTRY_STAMPS of them or more."""
    stamps = [i for i, text in enumerate(texts) if _DOT_TIME.fullmatch(text.strip())]
    if len(stamps) < ENTRY_STAMPS:
        return markup_hits
    hits = [tuple(found) for found in markup_hits] if markup_hits else [()] * len(texts)
    for i in stamps:
        hits[i] = (*hits[i], _ENTRY_STAMP)
    return hits


def _text_facts(text: str, all_rules: bool, markup: tuple[RuleHit, ...] = ()) -> dict:
    """The UnitInput fields that depend on a unit's text alone (make_inputs)."""
    words, n_words = words_of(text)
    # In scripts the word lists cannot read, the marks of narration and address decide
    # (one search for each, shared by both facts).
    marked = _marked_voice(text)
    if marked is None:
        calls_reader = bool(words) and _addresses(words, text) and not _quoted_address(text)
        news_voice = _news_voice(words, text, calls_reader)
    else:
        calls_reader, reports = marked
        news_voice = reports and n_words > SHORT_WORDS
    settled = False
    if n_words >= PROSE_WORDS and news_voice and not markup:
        hits = rule_hits(text, only=FORMAT_RULES)
        settled = not hits
        if hits or all_rules:
            hits = rule_hits(text)
    else:
        hits = [*markup, *rule_hits(text)]
    return {
        "hits": tuple(hits),
        "settled": settled,
        "words": words,
        "n_words": n_words,
        "news_voice": news_voice,
        "calls_reader": calls_reader,
        "trained_script": trained_script(text),
        "opens_block": opens_block(text, hits),
    }


def model_texts(inputs: Sequence[UnitInput]) -> list[str]:
    """The (capped) text of each unit, for the word TF-IDF vectoriser."""
    return [item.text[:MAX_MODEL_CHARS] for item in inputs]


def char_texts(inputs: Sequence[UnitInput]) -> list[str]:
    """Head and tail of each unit for character n-grams: the cues of an appeal sit at its
    edges, and n-grams of a whole long paragraph cost time without telling more."""
    return [
        item.text
        if len(item.text) <= CHAR_CHARS
        else item.text[: CHAR_CHARS // 2] + " " + item.text[-CHAR_CHARS // 2 :]
        for item in inputs
    ]


# "US" in running text is the country ("sneak into the US."), not the pronoun an appeal
# uses: lower-cased, it would read as "us" and make a news line address the reader. After
# a word in capitals ("SUPPORT US") it is the pronoun.
_COUNTRY_US = re.compile(r"(?<![A-Z][ \t])(?<![\w$])US(?!\w)")


def words_of(text: str) -> tuple[tuple[str, ...], int]:
    """The unit's lower-cased word tokens (capped text) and its word count (whole text)."""
    if "US" in text:
        text = _COUNTRY_US.sub("USA", text)
    if text.isascii() or not has_no_space_script(text):
        words = _WORD.findall(fold_case(text[:MAX_MODEL_CHARS]))
        return _join_pairs(words) if not text.isascii() else tuple(words), len(text.split())
    return tuple(WORD.findall(fold_case(text[:MAX_MODEL_CHARS]))), count_words(text)


def _join_pairs(words: list[str]) -> tuple[str, ...]:
    """The tokens with each two-word pronoun (voice.PAIRED_WORDS) as one: "chúng tôi"."""
    if PAIRED_WORDS.keys().isdisjoint(words):
        return tuple(words)
    joined: list[str] = []
    for word in words:
        if joined and word in PAIRED_WORDS.get(joined[-1], ()):
            joined[-1] += " " + word
        else:
            joined.append(word)
    return tuple(joined)


def _marked_head(text: str) -> str | None:
    """The capped text of a unit in a script the word lists cannot read (Hebrew to Thai,
    CJK, Hangul), else None."""
    if text.isascii():
        return None
    head = text[:MAX_MODEL_CHARS]
    return head if MARKED_SCRIPTS.search(head) else None


def _marked_voice(text: str) -> tuple[bool, bool] | None:
    """In a script the word lists cannot read: (whether the unit addresses the reader,
    whether it reports: a mark of narration and no reader address). None for other text."""
    head = _marked_head(text)
    if head is None:
        return None
    if ADDRESSING_MARKS.search(head):
        return True, False
    return False, REPORTING_MARKS.search(head) is not None


def addresses_reader(text: str) -> bool:
    """Whether a unit addresses the reader in a script the word lists cannot read."""
    voice = _marked_voice(text)
    return voice is not None and voice[0]


def marked_news_voice(text: str) -> bool | None:
    """In a script the word lists cannot read: whether the unit reports (a mark of
    narration, no reader address). None for other text."""
    voice = _marked_voice(text)
    return None if voice is None else voice[1]


# A sentence inside the unit (not after an initial such as "a.m."), and its first word.
_SENTENCE_START = re.compile(r"(?<![\s.]\w)[.!?…]\s+[\"'“„«(]?(\w+)")
# Imperatives that also open news sentences ("Jetzt will der Verein ...").
_NEWS_OPENERS = frozenset({"jetzt"})


def _call_to_action_inside(words: Sequence[str], text: str) -> bool:
    """Whether a sentence after the first opens with a call to action: "Blijf op de hoogte.
    Meld je aan voor ...", "... ilman mainosrahaa. Liity jäseneksi ..."."""
    verbs = CTA_VERBS.intersection(words)
    if not verbs:
        return False
    # Substring tests first: news prose uses "read" or "help", but rarely capitalised. The
    # verbs are folded as tokens are ("Tıklayın" is "tiklayin", scripts.fold_case).
    dotted = text
    if "\u0131" in text or "\u0130" in text:
        dotted = text.replace("\u0131", "i").replace("\u0130", "I")
    if not any(verb.capitalize() in dotted for verb in verbs):
        return False
    for word in _SENTENCE_START.findall(text, 0, MAX_MODEL_CHARS):
        word = fold_case(word)
        if word in CTA_VERBS and word not in _NEWS_OPENERS:
            return True
    return False


def _addresses(words: Sequence[str], text: str) -> bool:
    """Whether words the lists can read speak to the reader: "you" or "we", the German
    formal "Sie", a call to action that opens the unit or a later sentence."""
    if not ADDRESSING.isdisjoint(words):
        return True
    # The German formal "you" (a substring test first: most text has no "Sie" or "Ihr").
    if ("Sie" in text or "Ih" in text) and FORMAL_ADDRESS.search(text, 0, MAX_MODEL_CHARS):
        return True
    if ("du" in words or "vi" in words) and NORDIC_ADDRESS.search(text, 0, MAX_MODEL_CHARS):
        return True
    return words[0] in CTA_VERBS or _call_to_action_inside(words, text)


def calls_to_reader(item: UnitInput) -> bool:
    """Whether a unit speaks to the reader (_addresses); in scripts the word lists cannot
    read, their marks of address. Computed once, with the unit's other text facts."""
    return item.calls_reader


# A quotation: "... we show them everything," she said. (Bounded: a run of opening marks
# without a closing one must not cost time squared.) In single quotes an apostrophe
# between letters ("don't", "readers’ ") does not close it: the closing mark stands
# before a space, punctuation or the end. Danish, German and Czech print »...« too.
_QUOTED = re.compile(
    r"“[^”]{0,400}”|„[^“”]{0,400}[“”]|«[^»]{0,400}»|»[^«»]{0,400}«|\"[^\"]{0,400}\"|"
    r"(?<!\w)‘(?:[^‘’]|’(?=\w)){0,400}’(?!\w)|(?<!\w)'(?:[^']|(?<=\w)'(?=\w)){0,400}'(?!\w)"
)


def _outside_quotations(text: str) -> tuple[Sequence[str], bool] | None:
    """The words of the unit outside its quotations, and whether they speak to the
    reader (_addresses); None when it quotes nobody."""
    outside, quotations = _QUOTED.subn(" ", text[:MAX_MODEL_CHARS])
    if not quotations:
        return None
    words = words_of(outside)[0]
    return words, _addresses(words or ("",), outside)


def _quoted_address(text: str) -> bool:
    """Whether the unit's address to the reader is all inside a quotation it reports (an
    app's screen quoted in a review: »Tilmeld dig vores nyhedsbrev ...«): outside the
    quotation marks, a sentence or more that speaks to nobody."""
    if not any(mark in text for mark in "“„«»\"‘'"):
        return False
    outside = _outside_quotations(text)
    return outside is not None and len(outside[0]) > SHORT_WORDS and not outside[1]


def quotes_someone(text: str) -> bool:
    """Whether the text holds a quotation ("... 'Free news does not exist,' she said")."""
    return _QUOTED.search(text, 0, MAX_MODEL_CHARS) is not None


def _news_voice(words: Sequence[str], text: str, addresses: bool) -> bool:
    """Reported, third-person prose that addresses nobody (`addresses`: _addresses of the
    whole unit): a story *about* a topic. A "we" or "you" inside a quotation the unit
    reports ("... we show them everything," she said) is the speaker's, not the outlet's."""
    if len(words) <= SHORT_WORDS:
        return False
    if addresses:
        if REPORTING.isdisjoint(words):
            return False
        outside = _outside_quotations(text)
        if outside is None or outside[1]:
            return False
    if len(words) >= 15 or not REPORTING.isdisjoint(words):
        return True
    third = sum(map(THIRD_PERSON.__contains__, words)) / len(words)
    return third > 0.03 or NEWS_FORMULA.search(text, 0, MAX_MODEL_CHARS) is not None


# Every byte except A-Z: deleting them from ASCII text leaves its capitals.
_NOT_ASCII_UPPER = bytes(b for b in range(256) if not 65 <= b <= 90)


def count_upper(text: str) -> int:
    """How many characters are upper case (`str.isupper`), fast for ASCII text."""
    if text.isascii():
        return len(text.encode("ascii").translate(None, _NOT_ASCII_UPPER))
    return sum(map(str.isupper, text))


def count_digits(text: str) -> int:
    """How many characters are digits (regex `\\d`), fast for ASCII text."""
    if text.isascii():
        return sum(map(text.count, "0123456789"))
    return len(_DIGIT.findall(text))


# An inserted widget's line starts with an emoji pictograph ("📲 Get the app", "🎧 Listen to
# ...") or ends on a button's icon or arrow ("Sign me up ✉", "Read on 📖", "YES, COUNT ME IN
# ➜"); a story's lines rarely do. (Not a pros-and-cons list's ✓ and ✗ at the start, nor a
# smiley at the end of a blogger's sentence.)
_EMOJI = (0x1F000, 0x1FAFF)
_FACES = (0x1F600, 0x1F64F)
_ICONS_AND_ARROWS = ((0x2190, 0x21FF), (0x2700, 0x27BF), (0x2B00, 0x2BFF))
# What trails an emoji (its joiners and selectors, rules.EMOJI_PARTS) and spaces.
_EMOJI_TAIL = "".join(sorted(EMOJI_PARTS)) + " "


def _within(char: str, *ranges: tuple[int, int]) -> bool:
    return any(low <= ord(char) <= high for low, high in ranges)


def ends_on_icon(text: str) -> bool:
    """Whether a unit ends on an icon or arrow, as a button does ("Read on 📖")."""
    tail = text.rstrip(_EMOJI_TAIL)[-1:]
    return bool(tail) and (
        (_within(tail, _EMOJI) and not _within(tail, _FACES)) or _within(tail, *_ICONS_AND_ARROWS)
    )


def widget_marked(text: str) -> bool:
    """Whether a unit starts with an emoji pictograph or ends on an icon or arrow."""
    head = text.lstrip()[:1]
    return (bool(head) and _within(head, _EMOJI)) or ends_on_icon(text)


def _is_symbol(char: str) -> bool:
    """Whether a character is a pictograph, dingbat or arrow (Unicode "other symbol" or
    "math symbol": emoji, ➜, →; not letters, digits or punctuation such as "»")."""
    return bool(char) and unicodedata.category(char) in ("So", "Sm")


def unit_features(item: UnitInput) -> dict[str, float]:
    text = item.text[:MAX_MODEL_CHARS]
    lower = fold_case(text)
    words = item.words
    n_words = len(words) or 1
    tokens = text.split()
    stripped = text.rstrip()
    # No position features here: the first pass reads the text alone, and the context
    # pass (which keeps the real label prior) decides what position means.
    feats: dict[str, float] = {
        "log_chars": math.log1p(len(text)),
        "n_words_le3": float(len(words) <= 3),
        "n_words_le8": float(len(words) <= 8),
        "second_person": sum(map(SECOND_PERSON.__contains__, words)) / n_words,
        "first_plural": sum(map(FIRST_PLURAL.__contains__, words)) / n_words,
        "starts_cta": float(bool(words) and words[0] in CTA_VERBS),
        "ends_colon": float(stripped.endswith(":")),
        "ends_sentence": float(stripped[-1:] in {".", "!", "?", "…", '"', "”", "»"}),
        "digit_ratio": count_digits(text) / max(len(text), 1),
        "has_currency": float(
            any(sign in text for sign in CURRENCY_SIGNS) or not CURRENCY_CODES.isdisjoint(words)
        ),
        "has_url": float(bool(_URL.search(lower))),
        "has_email": float("@" in text and bool(_EMAIL.search(text))),
        "has_handle": float("@" in text and bool(_HANDLE.search(text))),
        "upper_ratio": count_upper(text) / max(len(text), 1),
        "title_case": count_upper("".join([w[0] for w in tokens])) / max(len(tokens), 1),
        "has_pipe_or_bullet": float(any(c in text for c in "|•·›»")),
        # Marks a widget wears in every language: an emoji or arrow that leads a line
        # ("📲 Get the app", "👉 Also read: ...") or closes a button ("Join us ➜").
        "symbol_led": float(_is_symbol(text.lstrip()[:1])),
        "symbol_end": float(_is_symbol(stripped[-1:])),
        "calls_reader": float(calls_to_reader(item)),
    }
    reporting = sum(map(REPORTING.__contains__, words))
    third = sum(map(THIRD_PERSON.__contains__, words)) / n_words
    news_voice = float(item.news_voice)  # cached: the decision rules ask again
    feats["reporting"] = min(reporting, 3) / 3
    feats["third_person"] = third
    feats["news_voice"] = news_voice
    feats["long_prose"] = float(len(words) > 25 and feats["ends_sentence"] > 0)
    for hit in item.hits:
        key = f"rule:{hit.label}:{hit.reason}"
        feats[key] = max(feats.get(key, 0.0), hit.weight)
        feats[f"rule_label:{hit.label}"] = max(
            feats.get(f"rule_label:{hit.label}", 0.0), hit.weight
        )
        if news_voice:  # a cue word in news voice reports on the topic; it is no appeal
            feats[f"news_voice:{hit.label}"] = 1.0
    return feats


def feature_dicts(inputs: Sequence[UnitInput]) -> list[dict[str, float]]:
    """Feature dicts for a batch of units (used by the pipeline's DictVectorizer)."""
    return [unit_features(item) for item in inputs]
