"""Lines read through the whole-line cues: a button with a count or a file's tag, read
without them; a row of buttons; a widget's form; a trending bar; an ad's label ahead of
its text.
"""

from __future__ import annotations

import re

from .line_forms import FIELD_SEPARATOR, GAP_SEPARATOR, split_fields
from .normal_form import normalise
from .phrase_index import WHOLE_LINE_MAX_CHARS, RuleSet
from .widget_forms import FILE_TYPES

# Buttons and headings whose words the lexicon lists without the count they show
# (lexicon_commerce.py; "12 comentários", "تبصرے (31)", "Réagir (84)"). A count is a
# number of up to four digits in any script, bare or in brackets.
COUNTED_BUTTONS = frozenset({"jump_link", "shop_button", "comment_word"})
_COUNT = re.compile(r"(?<!\S)[(\[]?\d{1,4}[)\]]?(?!\S)")
_BUTTON_MAX_WORDS = 8


def counted_button(text: str) -> str | None:
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


def file_button(text: str) -> str | None:
    """A short line's normalised text without the file tag at its end, if it has one."""
    line = text.rstrip()
    if len(line) > _FILE_BUTTON_CHARS or len(line.split()) > _BUTTON_MAX_WORDS + _TAG_WORDS:
        return None
    # (Searched in the line's tail only: the tag ends it.)
    found = _FILE_TAG.search(line, max(0, len(line) - _TAG_CHARS))
    if found is None:
        return None
    return normalise(line[: found.start()]) or None


# A row of buttons: two to five fields, each a whole-line cue on its own ("Print · Save",
# "Imprimir · Guardar receita"). Its label is the first button's.
_BUTTON_FIELDS = (2, 5)
_FORM_FIELDS = (3, 6)
_BUTTON_WORDS = 4


def _whole_label(field: str, rules: RuleSet) -> str | None:
    """The label of the first whole-line cue that is the field's whole text, if any."""
    norm = normalise(field)
    hits = rules.whole_line_hits(norm, every_length=True) if norm else []
    return hits[0][0] if hits else None


def _row_fields(line: str) -> list[str]:
    """A row's fields between bars or dots, or else between wide gaps (a player's or a
    form's controls copied side by side: "Play  Full screen  Settings")."""
    separator = FIELD_SEPARATOR if FIELD_SEPARATOR.search(line) else GAP_SEPARATOR
    return split_fields(line, separator, _BUTTON_WORDS, min_words=1)


def button_row(text: str, rules: RuleSet) -> str | None:
    """The label of a line made of whole-line cues side by side, or None."""
    line = text.strip()
    if len(line) > WHOLE_LINE_MAX_CHARS * 2:
        return None
    fields = _row_fields(line)
    if not _BUTTON_FIELDS[0] <= len(fields) <= _BUTTON_FIELDS[1]:
        return None
    labels = [_whole_label(field, rules) for field in fields]
    return None if None in labels else labels[0]


def form_row(text: str, rules: RuleSet) -> bool:
    """Whether the line is a widget's form as copied: the names of its fields side by side
    and its button last ("Initial deposit  Monthly contribution  APY  Calculate"), with
    no figure (a table's row has them; its head row ends on a column's name, no button)."""
    line = text.strip()
    if len(line) > WHOLE_LINE_MAX_CHARS * 2 or any(char.isdigit() for char in line):
        return False
    fields = _row_fields(line)
    return _FORM_FIELDS[0] <= len(fields) <= _FORM_FIELDS[1] and (
        _whole_label(fields[-1], rules) == "ui"
    )


# A trending bar: a heading, its colon, then three or more teasers between dots or bars
# ("TRENDING: Tidal Lane exit · Jungle star's new look · Pop diva's tour").
_BAR = re.compile(r"([^:：·|]{2,30})[:：]\s?([^·|]+(?:\s[·|]\s[^·|]+){2,})")


def trending_bar(text: str, rules: RuleSet) -> bool:
    """Whether the line is a related heading's teasers on one line. (A cast list, "Cast:
    Lia Moreno · Dax Orr · Mara Quill", has no related heading before its colon.)"""
    found = _BAR.fullmatch(text.strip())
    if found is None:
        return False
    head = normalise(found.group(1))
    return any(label == "related" for label, _ in rules.whole_line_hits(head, every_length=True))


# An ad's own label ahead of its text: "Anzeige – Schlafen wie auf Wolken ...",
# "Publicidad · Climatizadores ...", "广告｜离焦镜片限时八折", "Реклама. Онлайн-...", "PR　自己分析
# ツールを..." (an ideographic space sets it off in Japanese). The label is a whole-line ad
# word (lexicon's advert_word); some text must follow it.
_AD_LABEL_END = re.compile(r"\s*(?:[·|｜:：•፦\u3000]|\s[–—-]|\.)\s*")
AD_LABEL_CHARS = 45
AD_TEXT_WORDS = 3
AD_TEXT_CHARS = 12  # (in a script without spaces)


def ad_labelled(text: str, rules: RuleSet) -> bool:
    """Whether a line opens with an ad label and a separator, then the ad's own text."""
    line = text.strip()
    end = _AD_LABEL_END.search(line, 0, AD_LABEL_CHARS)
    if end is None or end.start() == 0:
        return False
    rest = line[end.end() :]
    if len(rest.split()) < AD_TEXT_WORDS and len(rest) < AD_TEXT_CHARS:
        return False
    label = normalise(line[: end.start()])
    hits = rules.whole_line_hits(label, every_length=True)
    return any(reason == "advert_word" for _, reason in hits)
