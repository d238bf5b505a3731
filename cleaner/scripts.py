"""Writing systems: how to count words in text written without spaces, and which scripts
the model was trained on.

Chinese, Japanese and Thai put no spaces between words, so a paragraph is one
whitespace "word": counted that way, a 200-character Japanese paragraph would look like a
button label to every rule that asks how long a unit is. Here a run of such characters
counts as one word per two characters (a typical word length in Chinese and Japanese), or
per four in Thai, Lao and Khmer.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Scripts written without spaces between words: CJK ideographs, kana, Thai, Lao, Khmer.
# Thai, Lao and Khmer spell a word with several letters and vowel signs: about four
# characters each (a 60-character Thai headline is some fifteen words, not thirty).
_SYLLABIC_CHARS = "\u0e00-\u0eff\u1780-\u17ff"
_NO_SPACE = _SYLLABIC_CHARS + "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
NO_SPACE_RUN = re.compile(f"[{_NO_SPACE}]+")
# Word tokens for features: a pair of no-space characters, or a run of other word
# characters (for text without such characters, exactly the `\w+` words).
WORD = re.compile(f"[{_NO_SPACE}]{{1,2}}|[^\\W{_NO_SPACE}]+")
CHARS_PER_WORD = 2
SYLLABIC_CHARS_PER_WORD = 4
_SYLLABIC = re.compile(f"[{_SYLLABIC_CHARS}]")
# Arabic short-vowel marks (fathatan ... sukun, superscript alef) and the tatweel.
_ARABIC_MARK = re.compile("[\u064b-\u0652\u0670\u0640]")

# Scripts with training data (TRAINED_SCRIPT_DOCS documents or more, checked against
# training_data/ by tests/test_scripts.py): Latin, Greek, Cyrillic, Armenian, Hebrew,
# Arabic, Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam,
# Sinhala, Thai, Myanmar, Georgian, Ethiopic, Khmer, Hangul, kana and CJK ideographs. In
# any other script (Oriya, Lao, Tibetan ...) the model's word is not trusted (see
# decide.py).
TRAINED_SCRIPT_DOCS = 8
_TRAINED = (
    "A-Za-z\u00c0-\u058f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u097f"
    "\u0980-\u09ff\u0a00-\u0a7f\u0a80-\u0aff\u0b80-\u0bff\u0c00-\u0c7f"
    "\u0c80-\u0cff\u0d00-\u0d7f\u0d80-\u0dff"
    "\u0e00-\u0e7f\u1000-\u109f\u10a0-\u10ff\u1100-\u11ff\u1200-\u137f\u1780-\u17ff"
    "\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\ufb1d-\ufdff\ufe70-\ufeff"
)
_LETTER = re.compile(r"[^\W\d_]")
_TRAINED_LETTER = re.compile(f"[{_TRAINED}]")
_OTHER_LETTER = re.compile(f"[^\\W\\d_{_TRAINED}]")  # a letter of an untrained script


@cache
def word_token_pattern() -> str:
    """The model's word tokens: runs of two or more word characters, where combining
    marks count as word characters. `\\w` leaves out the vowel signs of Devanagari,
    Bengali, Tamil and the other Brahmic scripts, of Thai and Myanmar, and Yoruba's tone
    marks, so scikit-learn's default pattern cuts "हिन्दी" into one-letter pieces and
    drops them. For text without such marks, exactly the default's tokens."""
    marks, start, previous = [], None, None
    for point in range(0x10000):
        if unicodedata.category(chr(point)) in ("Mn", "Mc", "Me"):
            if start is None or point != previous + 1:
                if start is not None:
                    marks.append((start, previous))
                start = point
            previous = point
    marks.append((start, previous))
    spans = "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in marks)
    return f"[\\w{spans}]{{2,}}"


def fold_case(text: str) -> str:
    """Lower case as the word lists are matched. Python lower-cases the Turkish capital "İ"
    to "i" plus a combining dot, which no cue or word list spells ("İlgili haberler"), and
    the capital "I" to "i", where Turkish and Azerbaijani write "ı": so the dotless "ı" is
    folded to "i" in lines and cues alike ("BAĞIŞ YAPIN" reads as "bağış yapın" does;
    scripts.as_folded). Arabic short-vowel marks and the stretching tatweel go too: the
    lists spell "أيضا", sites also write "أيضًا". A typographic apostrophe is the straight
    one the lists write ("don’t miss", "пов’язані", "sull’autore"). (Not the modifier
    letter "ʼ": Uzbek spells words with it.)"""
    lower = text.lower()
    if "\u2019" in lower:
        lower = lower.replace("\u2019", "'")
    if "\u0307" in lower:
        lower = lower.replace("i\u0307", "i")
    if "\u0131" in lower:
        lower = lower.replace("\u0131", "i")
    if _ARABIC_MARK.search(lower):
        lower = _ARABIC_MARK.sub("", lower)
    return lower


# Greek capitals drop their accents ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ" for "Διαβάστε επίσης"): lines and
# cue patterns are both matched without them, so every Greek cue matches either way.
_GREEK_VOWELS = tuple(zip("άέήίόύώϊϋΐΰ", "αεηιουωιυιυ"))  # (accented, plain)
_GREEK_ACCENTS = str.maketrans(dict(_GREEK_VOWELS))
_GREEK_ACCENTED = re.compile(f"[{''.join(accented for accented, _ in _GREEK_VOWELS)}]")


def without_greek_accents(text: str) -> str:
    """The text (a line or a cue pattern) with Greek vowels unaccented."""
    return text.translate(_GREEK_ACCENTS) if _GREEK_ACCENTED.search(text) else text


def cue_form(text: str) -> str:
    """A text (or a cue phrase) folded as cue phrases are compared: fold_case, and Greek
    vowels unaccented, as capitals write them ("ΑΓΟΡΑΣΤΕ ΤΩΡΑ" for "Αγοράστε τώρα")."""
    return without_greek_accents(fold_case(text))


# An optional Arabic mark in a pattern ("اقرأ أيضا[ً]?"): it goes whole, brackets and all.
_OPTIONAL_ARABIC_MARK = re.compile(r"\[[\u064b-\u0652\u0670\u0640]+\]\??")


def as_folded(pattern: str) -> str:
    """A cue pattern as the lines it is matched against are folded: Greek vowels
    unaccented, typographic apostrophes straight, the dotless "ı" dotted and Arabic marks
    dropped (scripts.fold_case; a phrase spelled "تبرّع الآن" would match no line)."""
    # (What without_greek_accents does, by replacing each vowel: translating a pattern of
    # a million characters through a table takes a good part of a second.)
    if _GREEK_ACCENTED.search(pattern):
        for accented, plain in _GREEK_VOWELS:
            pattern = pattern.replace(accented, plain)
    if _ARABIC_MARK.search(pattern):
        pattern = _ARABIC_MARK.sub("", _OPTIONAL_ARABIC_MARK.sub("", pattern))
    return pattern.replace("\u2019", "'").replace("\u0131", "i")


def count_words(text: str) -> int:
    """Whitespace-separated words, with runs of no-space script counted by length."""
    if text.isascii():
        return len(text.split())
    runs = NO_SPACE_RUN.findall(text)
    if not runs:
        return len(text.split())
    rest = NO_SPACE_RUN.sub(" ", text).split()
    return len(rest) + sum(
        -(-len(run) // (SYLLABIC_CHARS_PER_WORD if _SYLLABIC.match(run) else CHARS_PER_WORD))
        for run in runs
    )


# East Asian scripts and Thai (Hangul too, though written with spaces): cue rules in them
# cannot be indexed by word starts, so they are searched only in units holding them.
EAST_ASIAN = re.compile(f"[{_NO_SPACE}\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")


def has_east_asian_script(text: str) -> bool:
    """Whether the text holds a character of an East Asian script or Thai."""
    return not text.isascii() and EAST_ASIAN.search(text) is not None


def has_no_space_script(text: str) -> bool:
    """Whether the text holds a character of a script written without spaces."""
    return not text.isascii() and NO_SPACE_RUN.search(text) is not None


def first_letter(text: str) -> str:
    """The text's first letter, or "" if it has none."""
    return next((char for char in text if char.isalpha()), "")


def has_capitals(letter: str) -> bool:
    """Whether a letter belongs to a script with capitals (Latin, Cyrillic, Greek, ...);
    an empty string does not."""
    return letter.lower() != letter.upper()


def starts_in_lower_case(text: str) -> bool:
    """Whether the text's first letter is a small letter of a script with capitals."""
    first = first_letter(text)
    return has_capitals(first) and not first.isupper()


def trained_script(text: str) -> bool:
    """True unless most letters belong to a script the model has no training data for."""
    head = text[:500]
    if head.isascii() or not _OTHER_LETTER.search(head):  # the common case
        return True
    return len(_TRAINED_LETTER.findall(head)) * 2 >= len(_LETTER.findall(head))
