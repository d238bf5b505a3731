"""Voice: whom a unit addresses decides whether it can be news prose (features.py).

A long unit in news voice is settled as body without the model reading it, so an appeal that
the word lists cannot read as addressing anyone is kept whatever it asks. The texts are
invented, one per language the lists cover.
"""

from __future__ import annotations

import pytest

from cleaner.features import make_inputs

APPEALS = {
    # lexicon_world's voice words: Basque in a word list, Bengali among the marks.
    "eu": "Zure laguntzarik gabe ezin dugu kazetaritza independentea egin. Egin zaitez "
    "bazkide gaur bertan eta babestu gure lana.",
    "bn": "আপনার সহায়তা ছাড়া আমাদের স্বাধীন সাংবাদিকতা টিকে থাকতে পারে না। আজই আমাদের পাশে দাঁড়ান এবং মাসিক অনুদান দিন।",
    # A reader quoted in single quotes; the appeal around the quotation still asks.
    "en-single-quoted": "\u2018I read it with my first coffee every morning,\u2019 says "
    "Anna, one of our members. Join her and thousands of readers and support our "
    "newsroom today.",
    "nl": "Wij zijn een kleine redactie zonder adverteerders en zonder aandeelhouders, en "
    "jouw bijdrage van een paar euro per maand maakt het verschil voor ons werk.",
    "sv": "Bakom varje granskning står ett litet team som lever på läsarnas stöd, och med "
    "ditt bidrag kan vårt arbete fortsätta även nästa år i hela regionen.",
    "cs": "Naše redakce nemá žádného vlastníka z řad politiků a každý článek, který zde "
    "čtete zdarma, platí čtenáři, kteří nás pravidelně podporují malou částkou.",
    "tr": "Reklam almayan ve hiçbir gruba bağlı olmayan bağımsız bir yayın olarak haber "
    "yapmaya devam edebilmemiz için okurlarımızın düzenli desteğine ihtiyacımız var.",
    "hu": "Független szerkesztőség vagyunk, nem kapunk állami hirdetést, ezért minden "
    "hónapban az olvasóink támogatásából fizetjük a riportereket és a vidéki utakat.",
    "ro": "Suntem o redacție mică și independentă, fără patroni politici, iar fiecare "
    "anchetă pe care o publicăm este plătită de cititori care cred în munca noastră.",
    "id": "Redaksi kecil ini tidak dibiayai pemilik modal mana pun, sehingga setiap liputan "
    "mendalam yang kami terbitkan bergantung pada dukungan pembaca setia setiap bulan.",
    "pl": "Bez Twojego wsparcia nie utrzymamy redakcji, która od dwudziestu lat opisuje "
    "sesje rady gminy, festyny i sprawy, którymi nie zajmie się nikt inny w regionie.",
    "it": "In questi mesi i nostri cronisti hanno seguito ogni udienza del processo, spesso "
    "di sera e senza rimborsi, perché crediamo che la comunità meriti un racconto preciso.",
    "es": "Somos un diario sin muros de pago y sin grandes anunciantes, y si quieres que "
    "sigamos contando lo que pasa en los pueblos, necesitamos que nos acompañes.",
    "bg": "Подкрепете независимата журналистика: с вашата помощ ние можем да продължим "
    "да пишем за града всеки ден, без реклами и без собственици.",
    "sr": "Подржите нас: ваша донација омогућава да наши новинари наставе да пишу о граду "
    "сваког дана, без реклама и без власника.",
    # The Nordic "du" and "vi" count beside the little words they go with.
    "sv-du": "Lokaltidningen Älvbladet drivs av en förening utan ägare och utan annonsörer. "
    "Om du vill att bevakningen av kommunen fortsätter kan ett litet månadsbidrag räcka.",
    "no-vi": "Redaksjonen består av tre journalister og en frivillig fotograf, og vi trenger "
    "flere faste bidragsytere for å kunne dekke kommunestyret hele neste år.",
    "it-ti": "La rivista esce ogni mese senza pubblicità e senza finanziatori politici: se ti "
    "piace il lavoro della redazione, un piccolo contributo mensile fa la differenza.",
    "vi": "Tòa soạn nhỏ này không nhận quảng cáo và không thu phí đọc bài, vì chúng tôi tin "
    "rằng tin tức địa phương phải đến được với mọi người dân trong tỉnh.",
    # Sentence-initial "Om du" and "Vi" count like mid-sentence ones.
    "sv-om-du": "Lokalradion sänder utan reklam och lever på sina lyssnares bidrag. Om du "
    "uppskattar sändningarna från fullmäktige, swisha gärna en slant till föreningen.",
    # Swahili and Zulu: the outlet's "we need your support".
    "sw": "Gazeti hili halina mmiliki tajiri wala matangazo ya wanasiasa, kwa hiyo tunahitaji "
    "msaada wako ili tuendelee kuandika habari za vijiji vyetu kila wiki.",
    "zu": "Leli phephandaba alinamnikazi ocebile, ngakho sidinga ukusekela kwakho ukuze "
    "siqhubeke nokubika izindaba zendawo yethu nsuku zonke nonyaka wonke.",
    "el": "Η εφημερίδα της πόλης γράφεται από τρεις δημοσιογράφους χωρίς ιδιοκτήτη. "
    "Στηρίξτε τη συνέχεια της έκδοσης με ένα μικρό ποσό κάθε μήνα, όσο σας επιτρέπει.",
}

NEWS = {
    "eu": "Udalak jakinarazi duenez, igerilekua irailaren amaierara arte itxita egongo da, "
    "konponketa lanak direla eta, alkateak esan duenez.",
    "bn": "জেলা প্রশাসক বলেন, আগামী সপ্তাহ থেকে নদীর ভাঙন রোধে বাঁধ নির্মাণের কাজ শুরু "
    "হবে এবং এতে প্রায় দশ কোটি টাকা খরচ হবে।",
    "fr": "Les habitants du quartier ont manifesté samedi devant la mairie contre la "
    "fermeture de la piscine, selon les organisateurs, qui comptaient près de trois cents "
    "personnes.",
    "it": "Il consiglio comunale ha approvato martedì il bilancio di previsione dopo una "
    "lunga seduta, con il voto contrario di due gruppi di opposizione e l'astensione "
    "della lista civica.",
    "en": "Last week the county council approved the budget after a long debate about the "
    "cost of replacing the old bus depot on the edge of town.",
    "ro": "Consiliul județean a aprobat marți bugetul pentru anul viitor, după o ședință "
    "de peste patru ore, din care au lipsit doi consilieri ai opoziției.",
    # Vietnamese "công chúng" is "the public", not "chúng tôi" (we).
    "vi-public": "Sở Y tế cho biết chiến dịch tiêm chủng nhận được sự ủng hộ rộng rãi của "
    "công chúng trong tỉnh, với hơn mười nghìn lượt đăng ký ngay trong tuần đầu tiên.",
    # A "we" inside a quotation that the unit reports is the speaker's.
    "en-quoted-we": "Ombrog said every donation is recorded in a public spreadsheet. "
    "\u201cPeople abroad are kind, but they want to see where the money goes, so we show "
    "them everything,\u201d she said.",
    # ... in single quotes too, where an apostrophe inside a word does not close it.
    "en-single-quoted-we": "The trust said the appeal had raised less than half its target. "
    "\u2018We don\u2019t give up easily, and we will knock on every door again,\u2019 "
    "its chair told the meeting.",
    "en-straight-quoted-we": "The club's treasurer said the roof repair would take the "
    "reserves. 'We can't ask members for more, so we are selling the old minibus,' "
    "she said.",
    "sw": "Mkuu wa wilaya alisema kwamba ujenzi wa daraja jipya utaanza mwezi ujao na "
    "utagharimu zaidi ya shilingi milioni mia tatu, kwa mujibu wa taarifa ya halmashauri.",
    # French "du" (of the) and Italian "vi" (there) are no Nordic address.
    "fr-du": "Le directeur du port a confirmé lundi la fermeture du quai nord pendant six "
    "mois, le temps de remplacer les pieux rongés par le sel, a indiqué la préfecture.",
    "it-vi": "Secondo i vigili del fuoco, nel capannone vi erano ancora decine di bombole di "
    "gas al momento dell'incendio, scoppiato poco dopo le tre di notte.",
}


@pytest.mark.parametrize("language", sorted(APPEALS))
def test_an_appeal_addresses_the_reader_and_is_not_news_voice(language):
    (appeal,) = make_inputs([APPEALS[language]])
    assert appeal.n_words >= 15
    assert not appeal.news_voice


@pytest.mark.parametrize("language", sorted(NEWS))
def test_reported_news_stays_news_voice(language):
    # "les" (Norwegian "read", French "the"), "din" (Romanian "from") and "last" are common
    # words of news prose, so they are not in the lists.
    (news,) = make_inputs([NEWS[language]])
    assert news.news_voice


def test_the_formulas_of_news_prose_mark_news_voice_in_a_short_sentence():
    for text in [
        "The ministry did not respond to a request for comment.",
        "Das Ministerium reagierte nicht auf eine Anfrage der Redaktion.",
        "La empresa no respondió a las preguntas de este diario.",
    ]:
        (item,) = make_inputs([text])
        assert item.n_words < 15
        assert item.news_voice, text
    (prompt,) = make_inputs(["Leave a comment below and tell us what you think of it."])
    assert not prompt.news_voice


def test_a_call_to_action_opening_a_later_sentence_is_no_news_voice():
    for text in [
        "Blijf op de hoogte van alles wat er in de regio gebeurt. Meld je aan voor onze "
        "wekelijkse nieuwsbrief en ontvang elke vrijdag het beste nieuws.",
        "Lehtemme tekee riippumatonta journalismia ilman mainosrahaa ja omistajia. Liity "
        "jäseneksi viidellä eurolla kuukaudessa ja saat lehden kotiisi.",
    ]:
        (item,) = make_inputs([text])
        assert item.n_words >= 15
        assert not item.news_voice, text
    # German "Jetzt" opens news sentences; "7 a.m. start" is no sentence's start.
    for text in [
        "Seit Jahren verwandelt sich der Sportplatz im Herbst in eine Schlammwüste. Jetzt "
        "will der Verein das mit einem Kunstrasen ändern und sammelt dafür Geld.",
        "Temperatures at the 7 a.m. start were low and rose only slowly by noon, near-ideal "
        "conditions for the runners who came from across the county.",
    ]:
        (item,) = make_inputs([text])
        assert item.news_voice, text


def test_an_invitation_to_listen_watch_or_buy_is_no_news_voice():
    # A podcast's or an event's promotion opens with an imperative the lists now know.
    for text in [
        "Ascoltate «Carta Canta», il podcast settimanale sul mondo dei giornali: una nuova "
        "puntata ogni giovedì su tutte le piattaforme.",
        "Écoutez notre podcast quotidien sur l'économie régionale, chaque matin à six heures "
        "avec les journalistes de la rédaction.",
        "Tonton juga video lengkap wawancara dengan kepala dinas perhubungan kota tentang "
        "rencana jalur bus baru tahun depan.",
    ]:
        (item,) = make_inputs([text])
        assert item.n_words >= 15
        assert not item.news_voice, text


def test_chinese_please_addresses_the_reader_but_a_claim_or_an_application_does_not():
    from cleaner.features import addresses_reader

    assert addresses_reader("请关注我们的微信公众号，第一时间获取本地新闻。")
    assert addresses_reader("請支持獨立媒體，每月一杯咖啡就夠。")
    # 请求 (a claim), 申请 (an application), 邀请 (an invitation) report; they ask nothing.
    assert not addresses_reader("法院驳回了原告要求赔偿的诉讼请求。")
    assert not addresses_reader("该公司已向监管部门提交上市申请。")
    assert not addresses_reader("市政府邀请三家企业参加听证会。")


def test_an_appeal_that_quotes_someone_still_speaks_for_itself():
    (appeal,) = make_inputs(
        [
            "\u201cLocal news matters,\u201d our founder said when the paper began. We still "
            "believe it, and we need readers like you to keep the presses running."
        ]
    )
    assert not appeal.news_voice


def test_vietnamese_we_is_one_token_and_the_public_is_not_we():
    from cleaner.features import words_of

    words, _count = words_of("Chúng tôi cần sự ủng hộ của công chúng")
    assert words[0] == "chúng tôi"
    assert words[-1] == "chúng"


def test_the_country_us_is_no_address_to_the_reader():
    # Lower-cased, "US" would read as "us" and turn a wire story into an appeal; in capitals
    # after a word in capitals it is the pronoun of a shouted button.
    (news,) = make_inputs(
        [
            "On Friday, more than 200 travellers, including two children, were sent back by "
            "border officials after trying to cross into the US. AFP"
        ]
    )
    assert news.news_voice and not news.calls_reader
    for appeal in ["SUPPORT US TODAY", "Please support us and donate today."]:
        (item,) = make_inputs([appeal])
        assert item.calls_reader, appeal
