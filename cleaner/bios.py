"""A writer's bio under the article: "Joris Hoekstra schrijft over geld en wonen."

The lexicon's author_bio cue finds a bio by its newsroom job ("... is a court reporter").
Columnists, bloggers and guest writers are introduced by what they write about instead,
in any job: "Marieke Dijkstra is bouwkundige en schrijft al tien jaar over onderhoud",
"Giulia Ravagli scrive di arte antica". The form is a name, then, in the same clause, a
verb of writing and a word for "about" or "for". The name must be a name (capitalised
words), which the lexicon's lower-cased phrases cannot tell, and reported speech does not
fit: "Das Ministerium schreibt in einer E-Mail, dass ..." has no such word after the verb,
and "Marcus Lee, who writes about fintech, said" breaks the clause at a comma. Like the
lexicon's cue, it holds only outside the article's core (rules.WEAK_CUES): inside, the
sentence may be the story's.
"""

from __future__ import annotations

import re

BIO_WORDS = 60  # a bio is a sentence or three

# A full name: a capitalised word, then one to three more or the particles names carry
# ("van", "de", "bin"). (A surname alone is how a review names an author: "Ferrante writes
# about friendship with a clarity few match".)
_CAPITALISED = r"[A-ZÀ-ÖØ-ÞĀ-ſΑ-ΩА-ЯЁЄІЇ][\w.'’-]*"
_NAME = (
    rf"{_CAPITALISED} (?:(?:{_CAPITALISED}"
    r"|van|von|der|den|ten|de|da|di|del|le|la|al|el|bin|ben) ){1,3}"
)
# Not a pronoun or an article opening an ordinary sentence ("The city writes ...").
_NOT_OPENING = (
    r"(?!(?:The|A|An|This|He|She|It|We|I|They|Der|Die|Das|Er|Sie|Wir|Ich|Le|La|Les|Il|Elle"
    r"|Nous|Je|El|Lo|Los|Las|O|Os|Ela|Ele|On|Ona|Oni|Ze|Hij|Zij|Het|Hon|Han|De|Den|Det)\b)"
)
_WRITES = (
    r"writes|has written|has been writing|schrijft|skriver|écrit|scrive|escribe|escreve"
    r"|schreibt|pisze|píše|пишет|пише|kirjoittaa|ír|scrie|γράφει|yazıyor|menulis"
)
# "about" (or "for" an outlet), a few words after the verb: "schreibt seit 2019 für den
# Morgen über ...". (Not "de": "skriver i en e-post at de ...".)
_ABOUT = (
    r"about|on|over|om|sur|di|sobre|über|o|о|про|για|tentang|despre"
    r"|for|für|pour|per|para|voor|för|dla|для|pro|za"
)
# What ends the clause: a stop, a colon, a comma or a quotation mark.
_BREAKS = r".;:,«»“”\"„"
_BIO = re.compile(
    rf"^{_NOT_OPENING}{_NAME}[^{_BREAKS}\n]{{0,60}}?\b(?i:{_WRITES})\b"
    rf"(?:\s[^\s{_BREAKS}]+){{0,5}}?\s(?i:{_ABOUT})\s"
)


def writer_bio(text: str) -> bool:
    """Whether a short unit opens by saying who its writer is and what they write about."""
    line = text.strip()
    return len(line.split()) <= BIO_WORDS and _BIO.search(line) is not None
