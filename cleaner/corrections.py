"""A correction or an editor's note on the story, recognised by its label in many languages.

The contract keeps "editor's notes and corrections" as the article's own text. They often
come last, under the story ("Correction: An earlier version of this article misstated
..."), and they name what they correct: a price, a subscription, a donation, a date. So the
model can read one as the junk it mentions, and after the article's last paragraph nothing
else holds it. A line that opens with such a label, then a separator and the note, stays.

Left out: labels that open a donation appeal as often as a note ("From the editors:",
"Od redakcji:", "От редакции:"), and "Update:", which a live blog's or a widget's line
opens with as well.
"""

from __future__ import annotations

import re

_LABELS = (
    # English, German, Spanish, Portuguese, French, Italian, Dutch
    "correction|corrections|clarification|editor'?s note|erratum|errata|"
    "korrektur|berichtigung|richtigstellung|anmerkung der redaktion|"
    "rectificación|corrección|fe de erratas|nota del editor|nota de la redacción|"
    "correção|nota do editor|nota da redação|"
    "rectificatif|correctif|note de la rédaction|"
    "rettifica|correzione|nota della redazione|"
    "correctie|rectificatie|noot van de redactie|"
    # Polish, Czech, the Nordic languages, Finnish, Hungarian, Romanian, Turkish
    "sprostowanie|korekta|oprava|poznámka redakce|rättelse|rettelse|rettelser|"
    "korjaus|oikaisu|helyreigazítás|rectificare|corectură|düzeltme|tekzip|"
    # Russian, Ukrainian, Greek, Hebrew, Arabic
    "поправка|уточнение|примечание редакции|виправлення|уточнення|"
    "διόρθωση|διευκρίνιση|σημείωση σύνταξης|תיקון|הבהרה|تصحيح|توضيح|ملاحظة المحرر|"
    # Indonesian, Malay, Vietnamese, Chinese, Japanese, Korean, Hindi, Thai
    "koreksi|ralat|catatan redaksi|pembetulan|đính chính|"
    "更正|订正|訂正|勘误|勘誤|编者按|編者按|정정|바로잡습니다|सुधार|संपादक की टिप्पणी|"
    "หมายเหตุบรรณาธิการ"
)
# The label at the line's start (after a bullet or a bracket), a separator, then the note.
_CORRECTION_NOTE = re.compile(rf"^\W{{0,3}}(?:{_LABELS})\s?[:：—–-]\s?\S", re.IGNORECASE)


def correction_note(text: str) -> bool:
    """Whether the line is a correction or an editor's note on the story, by its label."""
    return _CORRECTION_NOTE.search(text) is not None
