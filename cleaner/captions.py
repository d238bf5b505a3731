"""A photo's caption beside its credit.

An extractor often puts a story's photo after the text: its credit ("Фото: Илья Воронцов /
«Полярный вестник»", "צילום: איתי גבע") and its caption ("Анна Шелехова у скважины ...").
After the last paragraph, a short line without a full stop reads like a teaser or a
credit, and the model removes it. The credit says what it is: a short line with no cue
of its own, right beside a photo's credit, that asks nothing of the reader, is the
caption (the contract counts captions as body; the credit alone is meta). A teaser list
is not taken for one: when the line on its other side is a teaser too, it stays removed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .decide import Verdict, kept_by_guard
from .features import UnitInput
from .scripts import fold_case

# The label before a credit's colon that names a photo, in the languages the model reads
# ("Foto: ...", "צילום: ...", "写真：...").
PHOTO_LABELS = frozenset(
    """
    photo photos photograph photography picture pictures image images foto fotos fotó
    fotografie fotografia fotografía fotoğraf fotoğraflar φωτογραφία φωτό φωτογραφίες фото
    фотографія фотография снимка снимки снимак zdjęcie zdjęcia fot kuva kuvat bild bilder
    billede billeder mynd myndir pilt fotod nuotrauka nuotr attēls foto-grafija slika
    fotografija imagen imagem immagine צילום צילומים صورة الصورة صور عکس تصویر عکاس फोटो
    तस्वीर छायाचित्र ছবি படம் புகைப்படம் ఫోటో ചിത്രം ಚಿತ್ರ ફોટો ਫੋਟੋ ภาพ รูป ảnh 写真 사진
    图 圖 图片 圖片 摄影 攝影 gambar larawan picha àwòrán hoto sawir ፎቶ ფოტო լուսանկար
    сурет fotosurat зураг រូបថត ຮູບ ဓာတ်ပုံ ඡායාරූපය llun grianghraf ritratt argazkia
    """.split()
)
_CREDIT = re.compile(r"\s*([^\s:：៖]{1,25}(?:\s[^\s:：៖]{1,25})?)\s?[:：៖]\s?\S")
CREDIT_MAX_WORDS = 10
CAPTION_WORDS = (3, 30)


def photo_credit(item: UnitInput) -> bool:
    """Whether the line is a photo's credit: a photo's label, a colon and a name or two."""
    if item.n_words > CREDIT_MAX_WORDS:
        return False
    found = _CREDIT.match(item.text)
    if found is None:
        return False
    label = fold_case(found.group(1))
    return label in PHOTO_LABELS or any(word in PHOTO_LABELS for word in label.split())


def _caption_like(item: UnitInput, verdict: Verdict) -> bool:
    """A line the model alone removed (no cue rule) that could be a caption."""
    return (
        verdict[0] != "body"
        and not item.hits
        and CAPTION_WORDS[0] <= item.n_words <= CAPTION_WORDS[1]
        and not item.calls_reader
        and not item.text.rstrip().endswith(("?", "!", "？", "！"))
    )


def _teaser_beside(verdicts: Sequence[Verdict], inputs: Sequence[UnitInput], k: int) -> bool:
    """Whether unit k (the caption's other side) reads as a teaser: one of a list."""
    return (
        0 <= k < len(inputs)
        and not inputs[k].hits
        and verdicts[k][0] != "body"
        and verdicts[k][2] == "related"
    )


def keep_captions(verdicts: Sequence[Verdict], inputs: Sequence[UnitInput]) -> list[Verdict]:
    """The verdicts, with a removed caption beside its photo's credit kept
    (`guard:photo_caption`)."""
    kept = list(verdicts)
    credits = [photo_credit(item) for item in inputs]
    for i, item in enumerate(inputs):
        if not _caption_like(item, verdicts[i]):
            continue
        for j, k in ((i - 1, i + 1), (i + 1, i - 1)):
            if 0 <= j < len(inputs) and credits[j] and not _teaser_beside(verdicts, inputs, k):
                kept[i] = kept_by_guard(verdicts[i], "guard:photo_caption")
                break
    return kept
