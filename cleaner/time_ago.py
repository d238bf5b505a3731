"""A relative time stamp alone on a line: "12 min ago", "vor 5 Minuten", "il y a 3 h",
"5 минут назад", "3 saat önce", "5分钟前", "2 jam lalu", maybe after "Updated" or a bullet.

Live blogs and local pages print one above an entry or under a headline; it is the page's
time, not the story's (the contract's `meta`). Only the whole line counts: a sentence that
says "two hours ago" is the story's own.
"""

from __future__ import annotations

import re

# A count: digits of any script ("٣", "৩"), or the word for "one"/"a" where a language
# writes it ("an hour ago", "vor einer Stunde", "il y a une heure").
_N = r"(?:\d{1,3}|an?|one|eine[mr]?|une?|una?|uma?|un[ao]?|een|en|ett|et|o)"

_FORMS = (
    # English
    rf"{_N} ?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\.? ago",
    r"just now",
    # German
    rf"vor {_N} (?:sek\.?|sekunden?|min\.?|minuten?|std\.?|stunden?|tag(?:en)?|wochen?)",
    r"gerade eben",
    # French
    rf"il y a {_N} ?(?:s|sec\.?|secondes?|min\.?|minutes?|h|heures?|j|jours?|semaines?)",
    r"à l'instant",
    # Spanish, Portuguese
    rf"hace {_N} ?(?:s|seg\.?|segundos?|min\.?|minutos?|h|horas?|d|días?|semanas?)",
    rf"há {_N} ?(?:s|seg\.?|segundos?|min\.?|minutos?|h|horas?|d|dias?|semanas?)",
    rf"{_N} (?:minutos?|horas?|dias?) atrás",
    # Italian
    rf"{_N} (?:secondi|min\.?|minuti|minuto|ora|ore|giorni|giorno|settimane?) fa",
    # Dutch
    rf"{_N} ?(?:sec\.?|seconden|min\.?|minuten|minuut|uur|dagen|dag|weken|week) geleden",
    # Swedish, Danish, Norwegian
    rf"(?:för )?{_N} (?:sekunder|min\.?|minuter|minut|timmar|timme|tim\.?|dagar|dag|veckor)"
    r" sedan",
    rf"for {_N} (?:sekunder|min\.?|minutter|minutt|timer|time|dager|dage|dag|uker|uger) siden",
    # Finnish, Estonian
    rf"{_N} (?:sekuntia|min\.?|minuuttia|minuutti|tuntia|tunti|päivää|päivä|viikkoa) sitten",
    rf"{_N} (?:sekundit|min\.?|minutit|minut|tundi|tund|päeva|päev|nädalat) tagasi",
    # Latvian, Lithuanian
    rf"pirms {_N} (?:sek\.?|min\.?|minūtēm|minūtes|stundām|stundas|st\.?|dienām|dienas)",
    rf"prieš {_N} (?:sek\.?|min\.?|minutes|minučių|minutę|val\.?|valandas|valandų|valandą|"
    r"dienas|dienų|dieną)",
    # Polish, Czech, Slovak
    rf"{_N} (?:sek\.?|sekund[ęy]?|min\.?|minut[ęy]?|godz\.?|godzin[ęy]?|dni|dzień) temu",
    r"przed chwilą",
    rf"před {_N} (?:sek\.?|sekundami|min\.?|minutami|minutou|hod\.?|hodinami|hodinou|dny|dnem)",
    rf"pred {_N} (?:sek\.?|sekundami|min\.?|minútami|minútou|hod\.?|hodinami|hodinou|dňami|"
    r"dňom)",
    # Hungarian, Romanian
    rf"{_N} (?:másodperce|perce|órája|napja|hete)",
    rf"acum {_N} (?:sec\.?|secunde|min\.?|minute|minut|ore|oră|ora|zile|zi)",
    # Russian, Ukrainian, Belarusian, Bulgarian, Macedonian, Serbian
    rf"{_N} (?:сек\.?|секунд[уы]?|мин\.?|минут[уы]?|ч\.?|час(?:а|ов)?|дн(?:я|ей)|день)"
    r" назад",
    rf"{_N} (?:сек\.?|секунд[уи]?|хв\.?|хвилин[уи]?|год\.?|годин[уи]?|дн(?:і|ів)|день) тому",
    rf"{_N} (?:хв\.?|хвілін[уы]?|гадзін[уы]?|дзён|дні) таму",
    rf"(?:преди|пред|пре) {_N} (?:сек\.?|секунди|мин\.?|минути|минута|ч\.?|часа|час|сати|"
    r"сата|дни|дена|дана|ден)",
    # Serbian, Croatian, Bosnian, Slovenian (Latin)
    rf"(?:pre|prije|pred) {_N} (?:sek\.?|sekundi|min\.?|minuta|minutami|sati|sata|h|dana|"
    r"dnevi|urami|uro)",
    # Greek, Turkish
    rf"πριν(?: από)? {_N} (?:δευτ\.?|δευτερόλεπτα|λεπτ[άό]|ώρ(?:ες|α)|ημέρες|μέρες|ημέρα)",
    rf"{_N} (?:sn\.?|saniye|dk\.?|dakika|sa\.?|saat|gün|hafta) önce",
    # Arabic, Hebrew, Persian, Urdu
    rf"منذ (?:{_N} )?(?:ثوان|ثانية|دقائق|دقيقة|دقيقتين|ساعات|ساعة|ساعتين|أيام|يوم|يومين)",
    rf"לפני (?:{_N} )?(?:שניות|דקות|דקה|שעות|שעה|שעתיים|ימים|יום|יומיים)",
    rf"{_N} (?:ثانیه|دقیقه|ساعت|روز|هفته) (?:پیش|قبل)",
    rf"{_N} (?:سیکنڈ|منٹ|گھنٹے|گھنٹہ|دن) (?:پہلے|قبل)",
    # Hindi, Marathi, Bengali, Nepali
    rf"{_N} (?:सेकंड|मिनट|घंटे|घंटा|दिन) पहले",
    rf"{_N} (?:मिनिटांपूर्वी|तासांपूर्वी|दिवसांपूर्वी|सेकंदांपूर्वी)",
    rf"{_N} (?:সেকেন্ড|মিনিট|ঘণ্টা|দিন) আগে",
    rf"{_N} (?:मिनेट|घण्टा|दिन) अघि",
    # Chinese, Japanese, Korean
    rf"{_N} ?(?:秒|分钟|分鐘|分|小时|小時|時間|天|日) ?前",
    r"刚刚|剛剛|たった今",
    rf"{_N} ?(?:초|분|시간|일) ?전",
    r"방금 전?",
    # Vietnamese, Indonesian, Malay, Thai, Tagalog, Swahili
    rf"{_N} (?:giây|phút|giờ|ngày|tuần) trước",
    rf"{_N} (?:detik|saat|menit|minit|jam|hari|minggu) (?:yang )?lalu",
    rf"{_N} ?(?:วินาที|นาที|ชั่วโมง|ชม\.|วัน)(?:ที่แล้ว|ก่อน)",
    rf"{_N} (?:segundo|minuto|oras|araw) (?:na )?ang nakalipas",
    rf"(?:sekunde|dakika|saa|siku) {_N} (?:zilizopita|iliyopita)",
)

# "Updated", "Posted", "Publié", "Aktualisiert" ... and a colon, a bullet or a dot may come
# first: "Updated 12 min ago", "• 3 h ago".
_LEAD = (
    r"(?:[•·|–—-]\s?)?(?:(?:updated|posted|published|last updated|aktualisiert|"
    r"veröffentlicht|mis à jour|publié|actualizado|publicado|atualizado|aggiornato|"
    r"pubblicato|bijgewerkt|geplaatst|uppdaterad|opdateret|oppdatert|päivitetty|"
    r"zaktualizowano|aktualizováno|frissítve|actualizat|обновлено|опубликовано|оновлено|"
    r"güncellendi|ενημερώθηκε)\s?:?\s)?"
)

_RELATIVE_STAMP = re.compile(_LEAD + r"(?:" + "|".join(_FORMS) + r")\s?\.?", re.IGNORECASE)


def relative_stamp(text: str) -> bool:
    """Whether the line is a relative time stamp and nothing else."""
    return _RELATIVE_STAMP.fullmatch(text.strip()) is not None
