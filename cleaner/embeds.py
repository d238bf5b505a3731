"""Embedded posts and galleries, in any language.

A page that quotes a star's post embeds it: the platform's leftovers ("View this post on
Instagram", ui), the post's text (the story's quote: body), and its credit ("A post
shared by Lia Moreno (@liamoreno)", lexicon_entertainment's post_credit) or signature
("— Dax Orr (@daxorr) March 3, 2026", `post_signature` here: meta). Read alone, the post's
text is a fan's or a star's chatter ("So proud of this crew. See you in April!") and the
model may take it for an appeal or a teaser; posts.py keeps it when it sits right above
its credit.

`gallery_counter`: a gallery's count alone on a line ("Photo 3 of 12", "Bild 1 von 6"),
in the forms lexicon_entertainment lists: ui.
"""

from __future__ import annotations

import re

from .lexicon_entertainment import ENT_CUES

# A post's signature: a dash, a name, the account in brackets, perhaps a date ("— Dax Orr
# (@daxorr) March 3, 2026"); or a few words and the account last ("Siaran dikongsi oleh
# Nurul Aisyah (@nurulaisyahz)"), perhaps before a date.
SIGNATURE_TAIL = 4
_ACCOUNT = r"\(@[\w.]{1,30}\)"
_POST_SIGNATURE = re.compile(
    rf"[—–-]{{1,2}}\s?[^\n()@]{{1,60}}{_ACCOUNT}[^\n()@]{{0,40}}|"
    rf"[^\n()@—–-][^\n()@]{{0,79}}{_ACCOUNT}(?:\s?[·,|]?\s?[^\n()@\d]{{0,12}}\d[^\n()@]{{0,30}})?|"
    # the account first, then a few words of the platform's ("(@selinkaraca) tarafından
    # paylaşılan bir gönderi"), no sentence's stop
    rf"[^\n()@—–-][^\n()@]{{0,59}}{_ACCOUNT}(?:\s[^\W\d_][^\s()@]*){{1,{SIGNATURE_TAIL}}}(?<![.!?])"
)
# (More words than this before the account is a sentence that names it.)
SIGNATURE_WORDS = 12


def _counter_forms() -> list[tuple[re.Pattern[str], bool, bool]]:
    """Each counting form as a pattern, whether it names the image's number first, and
    whether it is a bare count ("{n} von {m}": no word for the image)."""
    forms = sorted({form for kinds in ENT_CUES.values() for form in kinds["gallery_counter"]})
    number = r"(\d{1,3})"
    return [
        (
            re.compile(
                re.escape(form)
                .replace(r"\{n\}", number)
                .replace(r"\{m\}", number)
                .replace(r"\ ", r"\s?")
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


def post_signature(text: str) -> bool:
    """Whether the line is an embedded post's signature: a name and its account."""
    line = text.strip()
    return len(line.split()) <= SIGNATURE_WORDS and _POST_SIGNATURE.fullmatch(line) is not None


def gallery_counter(text: str) -> bool:
    """Whether the line is a gallery's count of its images ("Photo 3 of 12")."""
    line = " ".join(text.split()).casefold()
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
    return found is not None and 1 < int(found.group(1)) not in RATING_SCALES
    return False
