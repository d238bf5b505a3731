"""The issuer's self-description that closes a press release: "About <Organisation>".

A release republished by a news site or a distributor ends with a paragraph the issuer
writes about itself under a heading of its name: "About Halvorsen Cold Chain
Technologies, Inc. / Halvorsen ... operates one of North America's largest networks of
...", "Kartal Elektronik Hakkında / 1974 yılında Bursa'da kurulan Kartal Elektronik ...",
or inline, "Despre Fundația Pași Mici: Înființată în 2008, ...". Read alone, it is third-
person prose about a company, as the story is, so the model keeps it. What gives it away
is the document: a heading that is "about" and a name (per language, lexicon_release.py),
or a nameless one ("Notes to editors", "会社概要"), below most of the article's text, and
under it a paragraph that names the organisation again or the year it was founded. Those
units are removed as `meta` (`context:issuer_about`).

"About the study" is no issuer: where a script has capitals, the name must start with one
(after a short article: "Über die Stadtwerke Lindau").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache

from .features import UnitInput
from .scripts import (
    first_letter,
    fold_case,
    has_capitals,
    has_no_space_script,
    starts_in_lower_case,
)
from .verdicts import Verdict, remove_found, tail_start

ABOUT_SCORE = 0.9
# A heading is short and does not end a sentence; an inline heading ends at a colon.
HEADING_WORDS = 14
HEADING_CHARS = 160
INLINE_HEADING_WORDS = 10
# Paragraphs one section holds at most.
SECTION_UNITS = 3
# At least this share of the kept body's characters stands above the heading: the story
# comes first, its issuer's description after it.
TAIL_SHARE = 0.6
# An article word before a name ("über die", "à propos de la") is at most this long.
ARTICLE_CHARS = 3
# A name's word is looked for in the paragraph below if it is at least this long.
NAME_WORD_CHARS = 3
_SENTENCE_END = re.compile(r"[.!?。！？]\s*$")
# A name may end in a dotted abbreviation ("Inc.", "S.p.A.", "Zrt."): no sentence's end.
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:\w{1,4}\.|(?:\w\.){2,})\s*$")
# An acronym standing for the name ("SCLAM"): the initials of the paragraph's capitalised
# words in a row ("Shirika la Chakula na Lishe la Afrika Mashariki").
ACRONYM_MIN, ACRONYM_MAX = 3, 8
_EDGE = "■□●•▪►▶*#_-–—:：|｜ \t"
_NAME_EDGE = ".,;:'’\"«»“”„()-–—"
# A founding year in any script's digits ("1974", "১৯৯৬"): four digits standing alone.
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
FIRST_YEAR, LAST_YEAR = 1700, 2099
# In a script without capitals, the founding year opens the description ("১৯৯৬ সালে
# প্রতিষ্ঠিত ...", founded in 1996): among its first words.
YEAR_OPENING_WORDS = 3
BUDDHIST_ERA = 543  # Thai years ("ก่อตั้งเมื่อปี 2531")


@cache
def _about_words() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """All languages' words before a name, after a name, and nameless headings."""
    from .lexicon_release import RELEASE_CUES

    def kind(name: str) -> list[str]:
        return sorted({fold_case(p) for lang in RELEASE_CUES.values() for p in lang[name]})

    by_length = {"key": len, "reverse": True}  # the longest form first ("acerca del")
    return (
        tuple(sorted(kind("about_prefix"), **by_length)),
        tuple(sorted(kind("about_suffix"), **by_length)),
        frozenset(kind("profile_heading")),
    )


def _ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text)) and not _ABBREVIATION_END.search(text)


def about_name(text: str) -> str | None:
    """The organisation an "About X" heading names ("" for a heading without a name, "Notes
    to editors"), or None if the line is no such heading."""
    line = text.strip().strip(_EDGE)
    if not line or _ends_sentence(line):
        return None
    folded = fold_case(line)
    if len(folded) != len(line):
        return None  # (offsets would not line up)
    prefixes, suffixes, nameless = _about_words()
    if folded in nameless:
        return ""
    for prefix in prefixes:
        if folded.startswith(prefix) and _joined(folded, len(prefix), prefix, after=True):
            return _as_name(line[len(prefix) :])
    for suffix in suffixes:
        if folded.endswith(suffix) and _joined(folded, len(folded) - len(suffix), suffix):
            return _as_name(line[: len(line) - len(suffix)])
    return None


def _joined(folded: str, at: int, word: str, after: bool = False) -> bool:
    """Whether the about-word meets the name at `at` as a word of its own: a space between,
    or none where the word or the script is written without one ("关于星河科技", "-ről")."""
    if after:
        return word.endswith("'") or has_no_space_script(word) or folded[at : at + 1] == " "
    return word.startswith("-") or has_no_space_script(word) or folded[at - 1 : at] in {" ", "-"}


def _as_name(rest: str) -> str | None:
    """The name in what follows or precedes the about-word, or None if it is no name: a
    word in lower case where the script has capitals ("about the study")."""
    name = rest.strip(_EDGE + "«»\"“”„'")
    words = name.split()
    if not words:
        return None
    if len(words) > 1 and len(words[0]) <= ARTICLE_CHARS and words[0].islower():
        words = words[1:]  # "die Stadtwerke Lindau", "la Fondation Azur"
    name = " ".join(words)
    if not first_letter(name) or starts_in_lower_case(name):
        return None
    return name


def _inline_heading(text: str) -> str | None:
    """The name of an inline heading ("Despre Fundația Pași Mici: Înființată în 2008, ..."),
    or None."""
    head, colon, rest = text.partition(":")
    if not colon:
        head, colon, rest = text.partition("：")
    if not colon or not rest.strip() or len(head.split()) > INLINE_HEADING_WORDS:
        return None
    name = about_name(head)
    return name or None


def _names_issuer(name: str, paragraph: str) -> bool:
    """Whether a paragraph under the heading is the issuer's description: it names the
    issuer again ("Kartal Elektronik ...", "SCLAM" spelled out) or the year it was
    founded (under a nameless heading, "Company profile", the year). Where the name's
    script has no capitals ("इस रिपोर्ट के बारे में", about this report, reads like a
    name), it opens with the name or the year."""
    words = [
        w
        for w in (w.strip(_NAME_EDGE) for w in fold_case(name).split())
        if len(w) >= NAME_WORD_CHARS
    ]
    folded = fold_case(paragraph)
    if not name:
        return any(_founding_year(int(year)) for year in _YEAR.findall(paragraph))
    if not has_capitals(first_letter(name)):
        years = (_YEAR.match(word) for word in folded.split()[:YEAR_OPENING_WORDS])
        return any(folded.startswith(word) for word in words) or any(
            _founding_year(int(year.group())) for year in years if year
        )
    if any(word in folded for word in words):
        return True
    if any(_spells(acronym, paragraph) for acronym in name.split()):
        return True
    return any(_founding_year(int(year)) for year in _YEAR.findall(paragraph))


def _founding_year(year: int) -> bool:
    return FIRST_YEAR <= year <= LAST_YEAR or FIRST_YEAR <= year - BUDDHIST_ERA <= LAST_YEAR


def _spells(acronym: str, paragraph: str) -> bool:
    """Whether an acronym ("SCLAM") is the initials of capitalised words in a row of the
    paragraph ("Shirika la Chakula na Lishe la Afrika Mashariki")."""
    if not (ACRONYM_MIN <= len(acronym) <= ACRONYM_MAX and acronym.isalpha()):
        return False
    if not acronym.isupper():
        return False
    initials = "".join(word[0] for word in paragraph.split() if word[:1].isupper())
    return acronym in initials


def _heading_like(item: UnitInput) -> bool:
    return (
        item.n_words <= HEADING_WORDS
        and len(item.text) <= HEADING_CHARS
        and not _ends_sentence(item.text.strip())
    )


def find_about_sections(inputs: Sequence[UnitInput], kept: Sequence[bool]) -> list[int]:
    """The units of the issuer's "About" sections: each heading with the paragraphs under
    it that describe the issuer, below TAIL_SHARE of the kept body's text (`kept`: whether
    each unit is kept now)."""
    start = tail_start(inputs, kept, TAIL_SHARE)
    if start is None:
        return []
    found: list[int] = []
    for i in range(start, len(inputs)):
        item = inputs[i]
        if i not in found:
            if _heading_like(item):
                name = about_name(item.text)
                if name is not None:
                    section = _section(inputs, i + 1, name)
                    if section:
                        found += [i, *section]
            else:
                name = _inline_heading(item.text)
                if name and _names_issuer(name, item.text.partition(":")[2] or item.text):
                    found.append(i)
    return sorted(set(found))


def _section(inputs: Sequence[UnitInput], start: int, name: str) -> list[int]:
    """The paragraphs from `start` that describe the issuer `name`, at most SECTION_UNITS."""
    section = []
    for j in range(start, min(start + SECTION_UNITS, len(inputs))):
        item = inputs[j]
        if _heading_like(item) or not _names_issuer(name, item.text):
            break
        section.append(j)
    return section


def remove_about_sections(
    verdicts: Sequence[Verdict],
    inputs: Sequence[UnitInput],
    threshold: float,
    keep: Collection[str] = (),
) -> list[Verdict]:
    """Remove the kept units of the issuer's "About" sections as `meta` (unless the caller
    keeps `meta` or asks for more certainty than ABOUT_SCORE)."""
    return remove_found(
        verdicts,
        lambda: find_about_sections(inputs, [verdict[0] == "body" for verdict in verdicts]),
        "meta",
        "context:issuer_about",
        ABOUT_SCORE,
        threshold,
        keep,
    )
