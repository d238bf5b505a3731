"""This round's cues: counts beside the comment section's words in any language ("12
comentários", "تبصرے (31)"), Thai date lines that name the month, and technology pages'
furniture; a story's own lines with numbers, dates and the same words are not named."""

from __future__ import annotations

import pytest
from conftest import assert_covers_every_language, rule_labels


@pytest.mark.parametrize(
    "line",
    [
        "7 comentários",
        "Réagir (84)",
        "تبصرے (31)",
        "نظرات (۱۴)",
        "Ý kiến (46)",
        "Ver 12 comentarios",
        "Komentarze: 11",
        "8 પ્રતિભાવ",
        "Zum Forum: 214 Postings",
        "Zum Forum (63 Beiträge)",
    ],
)
def test_a_comment_count_is_named_in_any_language(line: str) -> None:
    # (A count on a button that opens the comments is named as that button.)
    labels = rule_labels(line)
    assert "comments" in {labels.get("comment_word"), labels.get("comment_button")}, line


@pytest.mark.parametrize(
    "line",
    [
        "In 2024 comments on the bill rose to 3,100",
        "2024",
        "Comments 2026 policy",
        "Zum Forum der Stadt kamen 200 Menschen",
        "12 comentários de leitores foram removidos pela plataforma após a decisão",
    ],
)
def test_a_story_line_with_a_number_and_the_word_is_not_a_count(line: str) -> None:
    assert "comment_word" not in rule_labels(line), line


@pytest.mark.parametrize(
    "line",
    [
        "วันอาทิตย์ที่ 15 กุมภาพันธ์ 2569 เวลา 21.35 น.",
        "วันพุธที่ 27 พฤศจิกายน 2567 เวลา 10:18 น.",
        "12 มีนาคม 2568 · อ่าน 5 นาที",
        "กองบรรณาธิการ · 12 พฤศจิกายน 2567",
    ],
)
def test_a_thai_date_line_with_the_month_named_is_meta(line: str) -> None:
    assert rule_labels(line).get("dateline_short") == "meta", line


def test_a_thai_sentence_that_names_a_date_is_not_a_date_line() -> None:
    line = (
        "เมื่อวันที่ 15 กุมภาพันธ์ 2569 คณะกรรมการการเลือกตั้งได้ประกาศผลการนับคะแนนอย่างเป็นทางการ"
        "ในทุกเขตของจังหวัด หลังจากการนับคะแนนใหม่สองครั้ง"
    )
    assert "dateline_short" not in rule_labels(line)


@pytest.mark.parametrize(
    ("line", "reason", "label"),
    [
        ("Copy code", "ui_word", "ui"),
        ("Code kopieren", "ui_word", "ui"),
        ("コードをコピー", "ui_word", "ui"),
        ("Beste Preise heute", "shop_button", "promo"),
        ("Historique des prix", "shop_button", "promo"),
        ("최저가", "shop_button", "promo"),
        ("Werbefrei lesen für 2,99 € im Monat", "paywall", "subscription"),
        ("Czytaj bez reklam — subskrypcja od 5,99 zł", "paywall", "subscription"),
        (
            "Das Testgerät wurde vom Hersteller für zwei Wochen geliehen.",
            "sample_disclosure",
            "legal",
        ),
        ("Le smartphone a été prêté par le fabricant pour ce test.", "sample_disclosure", "legal"),
        ("Weitere Tests", "related_heading", "related"),
        ("Plus de tests", "related_heading", "related"),
        ("Quitter le plein écran", "gallery_control", "ui"),
        ("Dunkelmodus", "gallery_control", "ui"),
        ("الوضع الداكن", "gallery_control", "ui"),
    ],
)
def test_a_tech_pages_furniture_is_named(line: str, reason: str, label: str) -> None:
    assert rule_labels(line).get(reason) == label, line


@pytest.mark.parametrize(
    "line",
    [
        "She copied the code from a forum and ran it on the production server.",
        "Der Hersteller hat die Preise für das Abo im Oktober um zwei Euro erhöht.",
        "The deal was signed in March, and the price history of the shares shows why.",
        "Dark mode now follows the system setting, the changelog says.",
        "The company says more tests are planned before the chip ships in 2027.",
    ],
)
def test_a_tech_storys_own_lines_are_not_named(line: str) -> None:
    assert not {
        "ui_word",
        "shop_button",
        "paywall",
        "sample_disclosure",
        "related_heading",
        "gallery_control",
    } & set(rule_labels(line)), line


def test_the_tech_table_covers_every_language_and_kind() -> None:
    from cleaner.lexicon_tech import TECH_CUES

    assert_covers_every_language(TECH_CUES)


@pytest.mark.parametrize(
    "line",
    [
        "Falkor AX1800 – firmware do 3.2.14 włącznie (poprawka: 3.2.15)",
        "Betroffen sind alle Versionen bis 4.1.12",
        "ਸਾਡੀ ਰੇਟਿੰਗ: 7.5/10",
        "评分:8.5/10",
    ],
)
def test_a_version_or_a_rating_is_no_date_line(line: str) -> None:
    assert "dateline_short" not in rule_labels(line), line


@pytest.mark.parametrize("line", ["12.03.2024", "12/03/2024", "12. 3. 2024", "Vydáno 3. 2. 2014"])
def test_a_date_with_one_separator_throughout_is_a_date_line(line: str) -> None:
    assert rule_labels(line).get("dateline_short") == "meta", line


@pytest.mark.parametrize(
    "line",
    [
        "Na iPhoneu idite na Podešavanja > Mobilni podaci > Opcije > Glas i podaci.",
        "एपमा गएर प्रोफाइल > कारोबार इतिहास > असफल कारोबार हेर्नुहोस्।",
        "Open Settings > Privacy > App permissions and switch off the microphone.",
    ],
)
def test_a_menu_path_in_an_instruction_is_no_breadcrumb(line: str) -> None:
    assert "breadcrumb" not in rule_labels(line), line


@pytest.mark.parametrize(
    "line", ["Home > News > Tech", "Vijesti › Izbori 2025.", "Startseite › Digital › Tests"]
)
def test_a_breadcrumb_is_still_one(line: str) -> None:
    assert rule_labels(line).get("breadcrumb") == "meta", line


def test_a_payment_apps_code_is_no_promo_code() -> None:
    scam = "Strona prosi o dane karty, a potem o podanie kodu BLIK „w celu weryfikacji”."
    assert "promo_code" not in rule_labels(scam)
    assert (
        rule_labels("Użyj kodu TECH15 przy zamówieniu, a dostaniesz 15% rabatu.").get("promo_code")
        == "promo"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Korvo Fit 3 – 179,00 € v spletni trgovini Tehnokos.example",
        "ミドリ堂.jpで見る ¥19,800",
        "Ab 18 € bei tickets.de",
    ],
)
def test_a_price_with_a_shops_address_is_a_shop_call(line: str) -> None:
    assert rule_labels(line).get("shop_call") == "promo", line


@pytest.mark.parametrize(
    "line",
    [
        "The phone costs €649 on shop.example from Friday.",
        "Visit example.com for details",
        "Pokrytí 5G: 92 % obyvatel, podle regulátora ctu.cz",
    ],
)
def test_a_sentence_or_an_address_without_a_price_is_no_shop_call(line: str) -> None:
    assert "shop_call" not in rule_labels(line), line


HINDI_STEPS = "\n\n".join(
    [
        "डिजिटल वॉलेट 'झटपट पे' दस घंटे बंद रहा, लाखों उपयोगकर्ता परेशान",
        "देश के बड़े डिजिटल वॉलेट में से एक 'झटपट पे' मंगलवार सुबह आठ बजे से शाम छह बजे तक बंद"
        " रहा। इस दौरान उपयोगकर्ता न पैसे भेज पाए और न ही दुकानों पर क्यूआर कोड से भुगतान कर पाए।",
        "कंपनी ने शाम को जारी बयान में कहा कि डेटा सेंटर में भंडारण प्रणाली खराब होने से यह समस्या"
        " आई और किसी भी उपयोगकर्ता का पैसा नहीं डूबा है। कटे हुए पैसे दो दिन में लौट आएंगे।",
        "यह भी पढ़ें: क्यूआर भुगतान पर शुल्क लगेगा? केंद्रीय बैंक का नया निर्देश",
        "पैसा वापस न आए तो क्या करें?",
        "ऐप में प्रोफ़ाइल खोलें और असफल लेनदेन की सूची देखें।",
        "दो दिन बाद भी पैसा न आए तो ऐप में लेनदेन संख्या के साथ शिकायत दर्ज करें।",
        "कंपनी से समाधान न मिले तो केंद्रीय बैंक की शिकायत इकाई में अर्ज़ी दी जा सकती है।",
        "शेयर करें",
        "तकनीक की बड़ी खबरें हर सुबह ईमेल पर पाने के लिए हमारे न्यूज़लेटर की सदस्यता लें",
        "सबसे ज़्यादा पढ़ी गईं",
        "मोबाइल डेटा महंगा होगा, जानिए नई दरें",
        "देश में बना पहला स्मार्टफोन बाज़ार में",
        "© 2026 तकनीक समाचार। सर्वाधिकार सुरक्षित।",
    ]
)


def test_steps_that_end_with_a_danda_are_no_teaser_list(cleaner) -> None:
    result = cleaner.clean(HINDI_STEPS, kind="text")
    for step in HINDI_STEPS.split("\n\n")[-9:-6]:
        assert step in result.text, step


@pytest.mark.parametrize(
    "sentence",
    [
        "ऐप में प्रोफ़ाइल खोलें और असफल लेनदेन की सूची देखें।",
        "መተግበሪያውን ከፍተው የግብይት ታሪክን ይመልከቱ።",
        "အက်ပ်ကို ဖွင့်ပြီး ငွေလွှဲမှတ်တမ်းကို စစ်ပါ။",
    ],
)
def test_a_line_that_ends_with_a_full_stop_of_its_script_is_no_headline(sentence: str) -> None:
    from cleaner.features import UnitInput
    from cleaner.unit_kinds import headline_like

    def unit(text: str) -> UnitInput:
        return UnitInput(text=text, position=0, count=1, n_words=len(text.split()))

    assert not headline_like(unit(sentence))
    assert headline_like(unit(sentence[:-1]))


FACT_BOX = "\n\n".join(
    [
        "Znanost",
        "Mariborsko podjetje Zvezdar je v orbito poslalo svoj prvi satelit",
        "Avtor: Tina Zupan",
        "Satelit velikosti kruhove štruce bo s posebno kamero spremljal sušo na njivah"
        " severovzhodne Slovenije in podatke vsak dan pošiljal kmetijskim svetovalcem.",
        "Raketa je vzletela v sredo zvečer, prvi signal pa je ekipa v Mariboru ujela"
        " dobro uro pozneje, ko je satelit prvič preletel Evropo.",
        "Projekt je stal približno 900.000 evrov, polovico je prispevala država.",
        "Preberite tudi: Vlada je potrdila novo strategijo za vesoljske tehnologije",
        "Zvezdar-1 v številkah",
        "Masa: 2,1 kg",
        "Višina orbite: približno 540 km",
        "En obhod Zemlje: 96 minut",
        "Deli na Facebooku",
        "Najbolj brano",
        "Operaterji napovedujejo dražje mobilne pakete",
        "Kako preveriti, ali so bili vaši podatki ukradeni",
        "© Tehnoplus, 2026. Vse pravice pridržane.",
    ]
)


def test_a_fact_boxs_title_under_a_whole_teaser_is_kept(cleaner) -> None:
    result = cleaner.clean(FACT_BOX, kind="text")
    assert "Zvezdar-1 v številkah" in result.text
    assert "Preberite tudi" not in result.text and "Najbolj brano" not in result.text


def test_an_em_dash_marks_a_list_item() -> None:
    from cleaner.regions import list_item

    assert list_item("— яркий экран, читается на солнце")
    assert list_item("– 11–14 дней работы без подзарядки")
    assert not list_item("Вердикт")


@pytest.mark.parametrize(
    "line",
    [
        "۲۵ اسفند ۱۴۰۳",
        "२०८१ चैत ५, मंगलबार",
        "ថ្ងៃទី១០ ខែមីនា ឆ្នាំ២០២៦ ម៉ោង ៩:១៥ ព្រឹក",
        "၂၀၂၆ ဖေဖော်ဝါရီ ၂၆",
        "14 Márta 2025",
        "Il-Ħadd, 9 ta' Marzu 2025",
        "১৫ মার্চ ২০২৬",
    ],
)
def test_a_date_line_in_more_calendars_and_scripts_is_meta(line: str) -> None:
    assert rule_labels(line).get("dateline_short") == "meta", line


@pytest.mark.parametrize(
    "line",
    ["مهر ۱۴۰۴: صدور حکم بدوی در دادگاه", "۱۴۰۰ تیر در میدان تمرین شلیک شد و کسی زخمی نشد"],
)
def test_a_timelines_entry_or_a_sentence_with_a_solar_year_is_no_date_line(line: str) -> None:
    assert "dateline_short" not in rule_labels(line), line
