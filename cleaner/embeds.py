"""Embedded posts and galleries, in any language.

A page that quotes a star's post embeds it: the platform's leftovers ("View this post on
Instagram", ui), the post's text, then a line that names the account. A tweet's ends in
its signature ("— Dax Orr (@daxorr) March 3, 2026", `tweet_signature`): the quote's own
attribution, kept with it (body, decide.py's guard:embedded_post). An Instagram post's is
the platform's credit ("A post shared by Lia Moreno (@liamoreno)", lexicon_entertainment's
post_credit; "Selin Karaca (@selinkaraca) tarafından paylaşılan bir gönderi",
`account_credit` here): meta, like a photo's credit. Read alone, the post's text is a
fan's or a star's chatter ("So proud of this crew. See you in April!") that the model may
take for an appeal or a teaser; posts.py keeps it when it sits right above either line.

`gallery_counter`: a gallery's count alone on a line ("Photo 3 of 12", "Bild 1 von 6"),
in the forms lexicon_entertainment lists or with a slash after their image's word ("Photo
3 / 12", "写真 2/8"), or the gallery's own label, alone or with its
count ("Fotogalerie", "Fotoğraf galerisi (12)", "Галерея: 1 из 18"): ui.
"""

from __future__ import annotations

import re

from .lexicon_entertainment import ENT_CUES
from .scripts import as_folded, cue_form

_ACCOUNT = r"\(@[\w.]{1,30}\)"
# A tweet's signature: a dash, a name, the account in brackets, perhaps a date.
TWEET_SIGNATURE = re.compile(rf"^[—–-]{{1,2}}\s?[^\n()@]{{1,60}}{_ACCOUNT}[^\n()@]{{0,40}}$")
# A platform's credit: a few words and the account last ("Siaran dikongsi oleh Nurul
# Aisyah (@nurulaisyahz)"), perhaps before a date; or the account, then a few words of the
# platform's ("(@selinkaraca) tarafından paylaşılan bir gönderi"), no sentence's stop.
CREDIT_TAIL_WORDS = 4
_ACCOUNT_CREDIT = re.compile(
    rf"[^\n()@—–-][^\n()@]{{0,79}}{_ACCOUNT}(?:\s?[·,|]?\s?[^\n()@\d]{{0,12}}\d[^\n()@]{{0,30}})?|"
    rf"[^\n()@—–-][^\n()@]{{0,59}}{_ACCOUNT}(?:\s[^\W\d_][^\s()@]*){{1,{CREDIT_TAIL_WORDS}}}(?<![.!?])"
)
# (More words than this before the account is a sentence that names it.)
CREDIT_WORDS = 12


# An image's word before its number ("photo {n} of {m}"): the same word also counts with
# a slash ("Photo 3 / 12"). (Forms with a slash already count so: "写真{n}/{m}", whose
# "第{n}张/共{m}张" has no image's word before its number.)
_IMAGE_WORD_FIRST = re.compile(r"([^\W\d_][^\s{}/]*)\s?\{n\}")


def _counter_forms() -> list[tuple[re.Pattern[str], bool, bool]]:
    """Each counting form as a pattern, whether it names the image's number first, and
    whether it is a bare count ("{n} von {m}": no word for the image). Spaces around a
    number or a slash may be there or not."""
    forms = {form for kinds in ENT_CUES.values() for form in kinds["gallery_counter"]}
    for form in list(forms):
        found = _IMAGE_WORD_FIRST.match(form)
        if found is not None and "/" not in form:
            forms.add(found.group(1) + " {n}/{m}")
    number = r"\s?(\d{1,3})\s?"
    return [
        (
            re.compile(
                re.escape(as_folded(form))
                .replace(r"\{n\}", number)
                .replace(r"\{m\}", number)
                .replace(r"\ ", r"\s?")
                .replace("/", r"\s?[/／]\s?")
            ),
            form.index("{n}") < form.index("{m}"),
            len(form.split()) == 3 and form.startswith("{"),
        )
        for form in forms
    ]


_COUNTER_FORMS = _counter_forms()
_BARE_FIRST = re.compile(r"1\s?/\s?(\d{1,3})")
# A bare count out of these is a rating as often ("8 von 10", "4 of 5"): not a gallery's.
RATING_SCALES = frozenset({5, 10, 20, 100})
# A count is short and has figures (most lines are skipped before the forms are tried).
COUNTER_CHARS = 40


def tweet_signature(text: str) -> bool:
    """Whether the line is a quoted tweet's signature: a dash, a name and its account."""
    return TWEET_SIGNATURE.match(text.strip()) is not None


def account_credit(text: str) -> bool:
    """Whether the line is a platform's credit under an embedded post: a name and its
    account, and no sentence."""
    line = text.strip()
    return len(line.split()) <= CREDIT_WORDS and _ACCOUNT_CREDIT.fullmatch(line) is not None


# A gallery's own word, in the scripts it is written in ("Fotogalerie", "galeria",
# "галерея", "ギャラリー"): any word that holds one of these.
_GALLERY_WORD = (
    r"[^\W\d_]*(?:galer|galér|gallery|galleri|галере|галері|галер|γκαλερί|fotostrecke|diaporama|"
    r"slideshow|ギャラリー|갤러리|แกลเลอรี|גלריה|گالری|画廊|图集|圖集|相簿)[^\W\d_]*"
)
_WORD = r"[^\W\d_]+"
# The word alone ("Galleria", "Галерея"), or with a few words and the count of its images:
# "Fotoğraf galerisi (12)", "Ver galeria (12 fotos)", "Галерея: 1 из 18". (A museum's
# year in brackets has four figures: "National Gallery (1824)".)
# (Patterns and line are folded alike: scripts.cue_form, scripts.as_folded. Greek capitals
# carry no accents.)
_GALLERY_LABEL = re.compile(
    as_folded(
        rf"{_GALLERY_WORD}|(?:{_WORD}\s){{0,2}}{_GALLERY_WORD}(?:\s{_WORD}){{0,2}}\s?"
        rf"(?:\(\d{{1,3}}(?:\s{_WORD})?\)|[:：]\s?\d{{1,3}}\s?(?:/|{_WORD})\s?\d{{1,3}})"
    )
)


def gallery_counter(text: str) -> bool:
    """Whether the line is a gallery's count of its images ("Photo 3 of 12"), or the
    gallery's label, perhaps with its count ("Fotogalerie", "Photo gallery (12)")."""
    line = cue_form(" ".join(text.split()))
    if len(line) <= COUNTER_CHARS and _GALLERY_LABEL.fullmatch(line):
        return True
    if len(line) > COUNTER_CHARS or not any(char.isdigit() for char in line):
        return False
    for pattern, image_first, bare in _COUNTER_FORMS:
        found = pattern.fullmatch(line)
        if found:
            image, count = (int(group) for group in found.groups())
            if not image_first:
                image, count = count, image
            return 1 <= image <= count and not (bare and count in RATING_SCALES)
    # A bare "1 / 6" is the first image's count (or a date alone: meta, removed too);
    # "146/6" is a cricket score, "7/10" a rating.
    found = _BARE_FIRST.fullmatch(line)
    if found is None:
        return False
    count = int(found.group(1))
    return count > 1 and count not in RATING_SCALES
