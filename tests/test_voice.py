"""Voice: whom a unit addresses decides whether it can be news prose (features.py).

A long unit in news voice is settled as body without the model reading it, so an appeal that
the word lists cannot read as addressing anyone is kept whatever it asks. The texts are
invented, one per language the lists cover.
"""

from __future__ import annotations

import pytest

from cleaner.features import make_inputs

APPEALS = {
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
}

NEWS = {
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
