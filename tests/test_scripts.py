"""Writing systems: word counts without spaces, trained scripts, reader address, and rules
for scripts written without spaces."""

from __future__ import annotations

import re

from sklearn.feature_extraction.text import CountVectorizer

from cleaner.features import addresses_reader, make_inputs, unit_features
from cleaner.model import load_model
from cleaner.phrase_index import compiled_rules
from cleaner.rules import rule_hits
from cleaner.scripts import EAST_ASIAN, count_words, trained_script, word_token_pattern

JAPANESE_NEWS = (
    "市交通局は20日、市営バスの運賃を来年4月から大人230円から250円に引き上げると発表した。"
    "燃料費の高騰と運転手不足が理由で、値上げは12年ぶりとなる。"
)
JAPANESE_APPEAL = (
    "私たちの報道は皆様のご支援で成り立っています。月額500円からご寄付をお願いします。"
)


def test_text_without_spaces_counts_a_word_per_two_characters():
    assert count_words("Two firms will test the drones.") == 6
    assert count_words("市営バス") == 2
    # A 90-character Japanese paragraph reads as prose, not as a button label.
    assert count_words(JAPANESE_NEWS) >= 40
    assert count_words("LINEで送る") == 1 + 2  # the Latin word, then three kana
    # Thai writes no spaces either; its words are longer: "read more" is two words, a
    # teaser headline about fifteen (a headline, not a paragraph).
    assert 2 <= count_words("อ่านเพิ่มเติม") <= 4
    assert 10 <= count_words("ประมงพื้นบ้านร้องราคาปลาหมึกตกต่ำ วอนรัฐช่วยหาตลาดใหม่ให้ชุมชน") <= 16


def test_scripts_with_training_data_are_trusted_and_others_are_not():
    for text in [
        "Hello world",
        JAPANESE_NEWS,
        "관련기사 목록",
        "جميع الحقوق محفوظة",
        "शेयर करें",
        "আজকের প্রধান খবর পড়ুন",  # Bengali
        "மேலும் படிக்க",  # Tamil
        "ఇవి కూడా చదవండి",  # Telugu
        "ახალი ამბები დღეს",  # Georgian
        "ተጨማሪ ዜናዎች",  # Amharic (Ethiopic)
        "Կարդացեք նաև",  # Armenian
        "ಇದನ್ನೂ ಓದಿ",  # Kannada
        "ඔබට කියවීමට",  # Sinhala
    ]:
        assert trained_script(text), text
    assert not trained_script("ଆହୁରି ପଢ଼ନ୍ତୁ")  # Oriya: no training documents


# Scripts that have (or may get) a little training data, by Unicode block.
BLOCKS = {
    "Bengali": (0x0980, 0x09FF),
    "Tamil": (0x0B80, 0x0BFF),
    "Telugu": (0x0C00, 0x0C7F),
    "Gujarati": (0x0A80, 0x0AFF),
    "Gurmukhi": (0x0A00, 0x0A7F),
    "Malayalam": (0x0D00, 0x0D7F),
    "Kannada": (0x0C80, 0x0CFF),
    "Sinhala": (0x0D80, 0x0DFF),
    "Georgian": (0x10A0, 0x10FF),
    "Armenian": (0x0530, 0x058F),
    "Ethiopic": (0x1200, 0x137F),
    "Myanmar": (0x1000, 0x109F),
    "Khmer": (0x1780, 0x17FF),
    "Oriya": (0x0B00, 0x0B7F),
}


def test_the_trusted_scripts_are_those_the_training_data_holds():
    # The list in scripts.py is written by hand: it must follow training_data/, so a script
    # that gains enough documents is trusted and one without them is not.
    import unicodedata
    from collections import Counter

    from cleaner.corpus import DEFAULT_DATA_DIR, load_documents
    from cleaner.scripts import TRAINED_SCRIPT_DOCS

    docs: Counter[str] = Counter()
    for document in load_documents([DEFAULT_DATA_DIR]):
        text = "".join(document.texts)
        for name, (low, high) in BLOCKS.items():
            if any(low <= ord(char) <= high for char in text):
                docs[name] += 1
    for name, (low, high) in BLOCKS.items():
        letters = "".join(
            chr(code)
            for code in range(low, high + 1)
            if unicodedata.category(chr(code)).startswith("L")
        )[:12]
        assert len(letters) == 12, name
        trained = docs[name] >= TRAINED_SCRIPT_DOCS
        assert trained_script(letters) == trained, (name, docs[name])


def test_reader_address_is_found_in_scripts_without_word_lists():
    assert addresses_reader(JAPANESE_APPEAL)
    assert not addresses_reader(JAPANESE_NEWS)
    assert addresses_reader("독자 여러분의 후원이 필요합니다")
    assert addresses_reader("אתם מוזמנים לתמוך בנו")
    # Whole words only: the Hebrew "you" (אתם) is the start of "yesterday" (אתמול).
    assert not addresses_reader("אתמול נפגשו השרים בירושלים")
    assert not addresses_reader("Straße, Brücke und Öffnungszeiten")


def test_an_appeal_in_japanese_is_not_news_voice_but_the_story_is():
    appeal, news = make_inputs([JAPANESE_APPEAL, JAPANESE_NEWS])
    assert not appeal.news_voice
    assert news.news_voice


def test_cues_of_east_asian_scripts_are_searched_only_in_such_text():
    rules = compiled_rules()
    assert rules.east_asian
    for index in rules.east_asian:
        assert EAST_ASIAN.search(rules.pieces[index][1].pattern)
    for index in rules.always:
        pattern = rules.pieces[index][1].pattern
        # A piece mixing scripts ("관련기사|اقرأ أيضا") is searched everywhere.
        assert not EAST_ASIAN.search(pattern) or not EAST_ASIAN.sub("", pattern).isascii()


def test_cue_rules_fire_in_many_languages():
    expected = {
        "関連記事": "related",
        "この記事をシェアする": "social",
        "版权所有，未经授权不得转载。": "legal",
        "责任编辑：王明": "meta",
        "2024年3月5日 14:20": "meta",
        "관련기사": "related",
        "무단전재 및 재배포 금지": "legal",
        "اقرأ أيضا: ارتفاع الأسعار": "related",
        "جميع الحقوق محفوظة © 2024": "legal",
        "כל הזכויות שמורות": "legal",
        "ये भी पढ़ें: बजट पर बहस": "related",
        "Baca juga: Harga beras naik": "related",
        "Xem thêm: Giá xăng giảm": "related",
        "สงวนลิขสิทธิ์ 2567": "legal",
        "Διαβάστε επίσης": "related",
        "[광고] 여름 세일": "promo",
        "Comments (17)": "comments",
    }
    for text, label in expected.items():
        assert label in {hit.label for hit in rule_hits(text)}, text
    # A story sentence that names the same things carries no whole-line cue.
    assert not rule_hits("市図書館は関連する資料の展示を来月から始める予定だと発表した。")


def test_long_units_in_other_scripts_are_news_voice_only_when_they_report():
    from cleaner.features import marked_news_voice

    assert marked_news_voice(JAPANESE_NEWS) is True  # "... と発表した。"
    assert marked_news_voice("وقال الوزير إن المشروع سيكتمل العام المقبل") is True
    # A paywall notice in the polite form reports nothing: the model reads it.
    paywall = "この記事は有料会員限定です。続きを読むには会員登録（月額1,980円）が必要です"
    assert marked_news_voice(paywall) is False
    assert marked_news_voice("لمواصلة القراءة، اشترك الآن واحصل على وصول غير محدود") is False
    # Japanese blogs narrate politely: past tense and hearsay still report.
    assert marked_news_voice("新しい機能が追加されたとのことです。") is True
    assert marked_news_voice("Plain English text.") is None


def test_korean_news_in_the_polite_broadcast_form_reports():
    from cleaner.features import marked_news_voice

    quote = '기상청은 "해안가에는 접근하지 말아 달라"고 당부했습니다.'
    assert marked_news_voice(quote) is True
    assert marked_news_voice("시장은 예산을 늘리겠다고 밝혔습니다.") is True


def test_word_tokens_keep_vowel_signs_and_tone_marks_inside_words():
    tokens = re.findall(word_token_pattern(), "हिन्दी தமிழ் ẹ́kọ́ ভাষা")
    assert tokens == ["हिन्दी", "தமிழ்", "ẹ́kọ́", "ভাষা"]
    # `\w` alone cuts them at every vowel sign: scikit-learn's default loses most letters.
    assert "हिन्दी" not in re.findall(CountVectorizer().token_pattern, "हिन्दी")
    # Text without combining marks gets exactly scikit-learn's default tokens.
    plain = "Read more: the mayor's 2024 budget, a_b x Ünïcödé ÷ 12 x1"
    assert re.findall(word_token_pattern(), plain) == re.findall(
        CountVectorizer().token_pattern, plain
    )


def test_the_shipped_model_reads_whole_words_in_brahmic_scripts():
    [words] = [block for block in load_model().stage1.blocks if block.kind == "words"]
    # The pattern the model was trained with (stored in it: another Python's Unicode
    # tables may list a few more marks) keeps a word whole.
    assert re.findall(words.token_pattern, "हिन्दी ẹ́kọ́") == ["हिन्दी", "ẹ́kọ́"]
    # Whole Hindi words ("official", "local"): `\w` would have cut them into pieces.
    assert {"अधिकारी", "स्थानीय"} <= set(words.terms)


def test_symbols_and_reader_address_are_features_in_any_script():
    app, teaser, story = make_inputs(
        ["📲 Get the app for alerts", "Join our members today ➜", "The council met on Monday."]
    )
    assert unit_features(app)["symbol_led"] == 1.0
    assert unit_features(teaser)["symbol_end"] == 1.0
    assert unit_features(teaser)["calls_reader"] == 1.0
    assert unit_features(story)["symbol_led"] == unit_features(story)["calls_reader"] == 0.0
    (hindi,) = make_inputs(["कृपया हमारी पत्रकारिता का समर्थन करें, आपका हर योगदान मायने रखता है।"])
    assert unit_features(hindi)["calls_reader"] == 1.0


def test_a_typographic_apostrophe_folds_to_the_straight_one_the_word_lists_write():
    from cleaner.rules import rule_hits
    from cleaner.scripts import fold_case

    assert fold_case("Don’t MISS") == "don't miss"
    assert fold_case("пов’язані") == fold_case("пов'язані")
    straight = {h.reason for h in rule_hits("Don't miss: the week's best stories")}
    curly = {h.reason for h in rule_hits("Don’t miss: the week’s best stories")}
    assert "teaser_prefix" in straight and curly == straight


def test_turkish_capitals_read_as_the_words_the_lists_spell():
    # A capital "I" lower-cases to "i" where Turkish and Azerbaijani write "ı": both fold
    # to "i", in lines, cue patterns and the voice word lists alike.
    from cleaner.features import make_inputs, unit_features
    from cleaner.rules import rule_hits
    from cleaner.scripts import fold_case

    assert fold_case("BAĞIŞ YAPIN") == fold_case("Bağış yapın") == "bağiş yapin"
    assert fold_case("İLGİLİ HABERLER") == fold_case("İlgili haberler") == "ilgili haberler"
    for written in [
        "Bağış yapın",
        "İlgili haberler",
        "Bültenimize abone olun",
        "Tüm hakları saklıdır.",
        "Canlı",  # an Azerbaijani live blog's control
        "Köhnə yazılar",
    ]:
        hits = {(h.label, h.reason) for h in rule_hits(written)}
        assert hits, written
        assert {(h.label, h.reason) for h in rule_hits(written.upper())} == hits, written
    # A call to action in a later sentence, in a Turkish word with "ı" and one with "İ".
    for appeal in [
        "Habercilik pahalı bir iş. Tıklayın ve bugün destek olun.",
        "Bültenimiz her sabah gelir. İndirin ve okuyun.",
    ]:
        (item,) = make_inputs([appeal])
        assert unit_features(item)["calls_reader"] == 1.0, appeal
    (ours,) = make_inputs(["Okurlarımızın desteğiyle ayakta duruyoruz."])
    assert unit_features(ours)["first_plural"] > 0


def test_a_small_first_letter_counts_only_in_scripts_with_capitals():
    from cleaner.scripts import first_letter, has_capitals, starts_in_lower_case

    assert first_letter("«2024: Ölpreise»") == "Ö"
    assert first_letter("2024 — 42") == ""
    assert starts_in_lower_case("— über die Stadtwerke")
    assert starts_in_lower_case("ψηφιακή εποχή")
    assert not starts_in_lower_case("Über die Stadtwerke")
    assert not starts_in_lower_case("关于星河科技") and not starts_in_lower_case("")
    assert has_capitals("ж") and not has_capitals("ह") and not has_capitals("")
