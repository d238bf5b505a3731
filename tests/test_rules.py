"""Cue rules: which rule names a line, in many languages and forms, and which lines no rule
names (the index that finds them: test_phrase_index.py)."""

from __future__ import annotations

import re

from cleaner.rules import FORMAT_RULES, rule_hits


def reasons_of(text: str) -> set[str]:
    return {hit.reason for hit in rule_hits(text)}


def assert_named(cases: dict[str, str]) -> None:
    """Each text fires (at least) the rule named beside it."""
    for text, reason in cases.items():
        assert reason in reasons_of(text), text


def assert_not_named(texts: list[str], reasons: set[str]) -> None:
    """None of the texts fires any of the rules."""
    for text in texts:
        assert not reasons_of(text) & reasons, text


def test_only_restricts_to_the_named_rules():
    text = "© 2024 Example Media. All rights reserved. Subscribe now to keep reading."
    everything = {hit.reason for hit in rule_hits(text)}
    assert "copyright" in everything and len(everything) > 1
    assert {hit.reason for hit in rule_hits(text, only=FORMAT_RULES)} == everything & FORMAT_RULES


def test_extraction_leftovers_and_calls_to_action_are_named():
    cases = {
        "https://cdn.example.org/img/2024/05/harbour-1200x630.jpg": "image_url",
        "2019-11-19T08:57:40+01:00": "iso_timestamp",
        "CLICK HERE TO GET THE EXAMPLE NEWS APP": "click_here",
        "Klicken Sie hier, um mehr zu erfahren": "click_here",
        "DON'T MISS": "related_heading_2",
        "View this post on Instagram": "ui_word",
        "Zum Vergrößern bitte anklicken": "ui_word",
        "Warning: Use of undefined constant x - assumed 'x' in /var/www/a.php on line 12": (
            "php_error"
        ),
    }
    assert_named(cases)


def test_links_and_prose_about_clicking_are_not_leftovers():
    assert_not_named(
        [
            "http://www.example-petition.org/petition/online/save-the-harbour-baths",
            "Students were told to click here and there until the form gave up.",
            "The photo archive moved to https://archive.example.org/photos.jpg last year.",
        ],
        {"image_url", "click_here"},
    )


def test_date_lines_in_several_languages_are_named():
    dates = [
        "5:45 AM PST 11/19/2019",
        "22.03.2021",
        "Nov. 19, 2019",
        "quarta-feira, 3 de maio de 2023 às 14:20",
        "Mittwoch, 3. Mai 2023",
        "3 мая 2021",
        "12 października 2022",
    ]
    assert_named(dict.fromkeys(dates, "dateline_short"))


def test_titles_with_a_year_are_not_date_lines():
    titles = [
        "Stock car calendar 2024",
        "Calendário da Fórmula Truck 2019",
        "Budget 2025: what changes for pensioners",
        "Main Street Festival 2019",
        "— Ann Lee (@annlee) November 19, 2019",  # the end of a quoted post
    ]
    assert_not_named(titles, {"dateline_short"})


def test_related_headings_and_teaser_prefixes_in_several_languages():
    cases = {
        "Empfohlene Beiträge": "related_heading_2",
        "Lesen Sie auch die folgenden Beiträge:": "related_heading_2",
        "Contenido relacionado": "related_heading_2",
        "Você também pode gostar": "related_heading_2",
        "Articoli correlati": "related_heading_2",
        "MIRA: Vecinos limpian la playa tras el temporal": "teaser_prefix",
        "Puedes ver: Así será el nuevo puente del río": "teaser_prefix",
        "Leia mais: Prefeitura anuncia obras na avenida": "teaser_prefix",
        "[Related post: How the harbour wall was rebuilt]": "teaser_prefix",
    }
    assert_named(cases)
    # The same words in a sentence are the article's own.
    assert_not_named(
        [
            "Mira la televisión con sus nietos cada noche, contó la vecina.",
            "Die Redaktion hat ähnliche Beiträge früher schon veröffentlicht.",
        ],
        {"teaser_prefix", "related_heading_2"},
    )


def test_teaser_prefixes_end_in_any_of_the_marks_sites_use():
    assert_named(
        {
            "LEIA TAMBÉM >> Estádio ganha refletores novos depois de vaquinha": "teaser_prefix",
            "Read more » Plans for the new leisure centre revealed": "teaser_prefix",
            "İlgili haber ▸ Köprü ihalesi yeniden yapılacak": "teaser_prefix",
            "ذات صلة | الوزارة تدرس خطة جديدة للنقل": "teaser_prefix",
            "【関連】市バス、来春から三路線を減便": "teaser_prefix",
            "Related – Council to review the bus timetable": "teaser_prefix",
        }
    )
    # A hyphen inside a word is no mark: "More-than-expected" opens a sentence.
    assert_not_named(
        ["More-than-expected turnout at the polls surprised the parties."], {"teaser_prefix"}
    )


def test_menu_rows_consent_buttons_and_live_page_controls_are_named():
    assert_named(
        {
            "Home | News | Sport | Log in": "menu_row",
            "メニュー　検索　ログイン": "menu_row",
            "หน้าแรก  ข่าว  ไลฟ์สไตล์  สุขภาพ  ☰": "menu_row",
            "Accept all | Reject all | Settings": "consent_buttons",
            "Godkänn alla | Endast nödvändiga | Inställningar": "consent_buttons",
            "Auto-refresh: ON ⟳": "ui_word",
            "Show earlier posts ↓": "ui_word",
        }
    )
    # A results table's header row, a sentence: the story's.
    assert_not_named(
        [
            "Home | Draw | Away",
            "Team | Won | Lost | Points",
            "The home office will search the area",
        ],
        {"menu_row", "consent_buttons"},
    )


def test_an_opinion_pages_disclaimer_names_the_outlet_a_quote_does_not():
    assert_named(
        {
            "The views in this column are the author's own and do not necessarily reflect "
            "those of the Courier.": "views_disclaimer",
            "Komentáře vyjadřují osobní názory autorů, nikoli nutně stanovisko redakce.": (
                "views_disclaimer"
            ),
            "본 칼럼은 필자의 의견이며 본지의 편집 방향과 반드시 일치하지는 않습니다.": (
                "views_disclaimer"
            ),
        }
    )
    assert_not_named(
        [
            "His views do not necessarily reflect the party's position, the spokesman said.",
            '한 관계자는 "보증금 총액을 반드시 확인해야 한다"고 조언했다.',
        ],
        {"views_disclaimer"},
    )


def test_a_byline_then_the_stamp_after_a_dash_is_a_dateline():
    assert "dateline" in reasons_of("Texte et photos : Ann Roy — publié le 3 mai 2025 à 11 h 05")
    assert "dateline" in reasons_of("Anna Berg | published 3 May 2025")
    # A clause set off by commas or a pair of dashes is the story's.
    for sentence in [
        "The study, published 3 May in Nature, found that 40% of the reefs had bleached.",
        "The study — published 3 May in Nature — found that 40% of the reefs had bleached.",
    ]:
        assert "dateline" not in reasons_of(sentence), sentence


def test_greek_cues_match_in_capitals_without_their_accents():
    # Lines and cue patterns are both matched without accents (rules.normalise).
    assert_named(
        {
            "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Πόσο ακρίβυναν τα εισιτήρια": "teaser_prefix",
            "Διαβάστε επίσης: Πόσο ακρίβυναν τα εισιτήρια": "teaser_prefix",
            "ΔΙΑΦΗΜΙΣΗ": "advert_word",
            "Διαφήμιση": "advert_word",
        }
    )


def test_a_paywall_meter_may_name_the_reader_and_the_outlet():
    assert_named(
        {
            "You've had 4 of your 5 free Courier stories this month.": "free_count",
            "Anda telah membaca 3 daripada 4 artikel percuma bulan ini.": "free_count",
        }
    )
    assert_not_named(["He scored 3 of his 5 free throws in the last quarter."], {"free_count"})
    assert "offer_terms" in reasons_of("Testa en månad för 9 kronor – sedan 119 kr/mån.")


def test_dateline_is_a_short_line_not_a_sentence():
    assert "dateline" in reasons_of("Published 3 May 2023, 14:20")
    sentence = (
        "Posted on social media by analysts at Example Labs, the test shows the game "
        "running at a lower resolution than on consoles."
    )
    assert "dateline" not in reasons_of(sentence)


def test_credits_disclosures_and_offers_are_named():
    cases = {
        "Keith Lee contributed reporting from Hong Kong.": "credit",
        "(Reporting by Ann Lee; Editing by Tom Brown)": "credit",
        "Com informações da Agência Vale Verde": "credit",
        "Questo articolo è stato realizzato anche grazie al contributo della Fondazione X.": (
            "credit"
        ),
        "Материал подготовлен при поддержке фонда «Северный ветер».": "credit",
        "Artykuł powstał w ramach projektu Fundacji Dobrej Prasy.": "credit",
        "If you buy something through this post, Outlet may get a share of the sale.": "affiliate",
        "Wir verwenden Affiliate-Links.": "affiliate",
        "If you enjoyed this article, we have a proposition for you: join the club.": "support_ask",
        "Get Cycle Monthly delivered every month. 12 issues for £11.99.": "paywall",
        "This copy is for your personal, non-commercial use only.": "copyright",
        "Materiał chroniony prawem autorskim - zasady przedruków w regulaminie.": "copyright",
        "The harbour at dawn, seen from the ferry. © Agence Nord / Ann Lee": "photo_credit",
        "Crédits photos : Studio Lumière": "photo_credit",
        "LE PUEDE INTERESAR: Así será el nuevo puente": "teaser_prefix",
        "Pour accéder en illimité": "paywall",
    }
    assert_named(cases)
    assert_not_named(
        [
            "The company said it had been editing by hand for years.",
            "The judges said the photos were protected by copyright and could not be used.",
            "Shoppers who buy through the new app pay less, the retailer said.",
        ],
        {"credit", "affiliate", "copyright", "photo_credit"},
    )


def test_a_copyright_line_is_legal_not_a_photo_credit():
    assert_not_named(
        ["© 2024 The Harwick Gazette", "The Gazette is part of Quill Media. © 2024 Quill"],
        {"photo_credit"},
    )
    assert "copyright" in reasons_of("© 2024 The Harwick Gazette")


def test_a_date_line_is_not_a_race_time_a_score_or_a_ranked_result():
    assert_named(
        {
            "22.03.2021": "dateline_short",
            "5:45 AM PST 11/19/2019": "dateline_short",
            "1. März 2024, 14:20": "dateline_short",
            "12. Dezember 2023": "dateline_short",
        }
    )
    assert_not_named(
        [
            "2. Tirunesh Alemu (ETH) 2:23:19",
            "Herren – Baskets Unna 68:74",
            "3. Jonas Brekke (NOR) +0:51",
        ],
        {"dateline_short"},
    )


def test_newsletter_cues_name_the_readers_part_not_the_topic():
    assert_named(
        {
            "Sign up for our newsletter": "newsletter_signup",
            "Get our free newsletter every Friday": "newsletter_signup",
            "Newsletter": "newsletter_word",
            "Nieuwsbrief": "newsletter_word",
            "뉴스레터 구독하기": "newsletter_signup",
        }
    )
    assert_not_named(
        [
            "Inkwell, the paid-newsletter platform, prices IPO at top of range",
            "The newsletter boom is turning into a squeeze",
            "Officials gave a briefing on Tuesday",
        ],
        {"newsletter_signup", "newsletter_word"},
    )


def test_tagged_teasers_follow_prompts_and_comment_policies():
    assert_named(
        {
            "Plague fears grow as city closes parks [VIDEO]": "teaser_tag",
            "Ferry strike talks collapse again [INSIGHT]": "teaser_tag",
            "Most read in world news": "related_heading_2",
            "Have a tip? Follow her on Twitter @ann or on Facebook.": "follow_us",
            "Comentários ofensivos não serão aprovados pelo moderador.": "comment_prompt",
            "Comments that insult other readers will not be approved.": "comment_prompt",
        }
    )
    assert_not_named(["[VIDEO]", "Watch the moment the bridge opened"], {"teaser_tag"})
    assert "teaser_tag" in FORMAT_RULES  # a format cue: it holds in any voice


def test_programme_items_goals_and_timeline_entries_are_not_date_lines():
    assert_not_named(
        [
            "12:30 Lunch",
            "16:00 Festumzug ab Lindenallee",
            "0:1 Ryabov (12:44)",
            "May 2025: The council approves the plan.",
            "Май 2025 года: открытие парка.",
        ],
        {"dateline_short", "clock_time"},
    )
    # A time alone is a clock time: a page's stamp above the article, a live blog's entry
    # stamp inside it.
    assert_named({"14:20 Uhr": "clock_time", "08:30 GMT": "clock_time", "4:14 p.m.": "clock_time"})
    assert_named({"Updated 4:14 p.m.": "dateline_short", "12.03.2025, 17:24 Uhr": "dateline_short"})


def test_singular_reader_greetings_imperative_asks_and_asian_monthly_prices():
    assert_named(
        {
            "Querido lector, querida lectora:": "dear_readers",
            "Cher lecteur,": "dear_readers",
            "Con 5 euros al mes ya formas parte. Ayúdanos a llegar.": "support_ask",
            "每月10元起，随时可以取消。": "money_per_period",
            "ライト会員 月額330円": "money_per_period",
            "월 5,000원으로 후원하기": "money_per_period",
            "点击购票": "click_here",
        }
    )


def test_bylines_with_dates_ticket_offers_adblock_pleas_and_share_prefixes():
    assert_named(
        {
            "Stefan Albrecht | 28. Mai 2025": "byline",
            "تقرير: ريم حداد | تصوير: باسل قاسم": "byline",
            "21 مارس 2025": "dateline_short",
            "Tickets sichern: Beim Genussabend am 14. Dezember": "ticket_offer",
            "You are using an ad blocker": "adblock_plea",
            "يبدو أنك تستخدم برنامجاً لحجب الإعلانات": "adblock_plea",
            "Share: Facebook · X": "follow_us",
            "Der Ostalb-Newsletter: Jeden Freitag das Wichtigste": "newsletter_signup",
            "Warum bitten wir Sie um Unterstützung?": "support_ask",
        }
    )
    assert_not_named(
        [
            "Politik | Bundestag beschließt Haushalt 2025",
            "Bundestag beschließt Haushalt für Mai 2025",
        ],
        {"byline", "dateline_short"},
    )


def test_prices_written_number_first_meters_plan_pickers_and_author_bios():
    assert_named(
        {
            "Ab 5 € im Monat": "money_per_period",
            "Famiglie – 13,49 €/mese: fino a 5 profili": "money_per_period",
            "Wsparcie od 20 zł miesięcznie": "money_per_period",
            "Digital 199 kr/mån": "money_per_period",
            "Il vous reste 2 articles gratuits ce mois-ci.": "paywall",
            "Sie haben noch 2 kostenlose Artikel in diesem Monat.": "paywall",
            "今月はあと2本、無料で記事をお読みいただけます": "paywall",
            "이번 달 무료로 볼 수 있는 기사가 3건 남았어요.": "paywall",
            "本月还可免费阅读3篇文章": "paywall",
            "Scegli il tuo abbonamento": "paywall",
            "Choose your plan": "paywall",
            "Par Léa Morin | Le 12 mars 2025 à 7h15 | Mis à jour à 11h40": "byline",
            "Svenja Roth ist Gerichtsreporterin und schreibt seit 2016 für uns.": "author_bio",
            "Caio Lins é repórter da editoria de Economia desde 2018.": "author_bio",
            "Анна Петрова — корреспондент отдела культуры.": "author_bio",
        }
    )
    # A tier price is not a byline; a sentence about a paywall or a journalist is no cue.
    assert reasons_of("von 3 € pro Monat") == {"money_per_period"}
    assert_not_named(
        [
            "The publisher said readers get five free articles a month before the paywall.",
            "The mayor is a former journalist.",
            "She is a former reporter who now runs the museum.",
        ],
        {"paywall", "author_bio"},
    )


def test_cues_in_ten_more_european_languages():
    assert_named(
        {
            "Av Karin Holm": "byline",
            "Door Ilse de Wit en Bram Zon": "byline",
            "Haber: Deniz Kaya": "byline",
            "Teksti: Aino Virtanen": "byline",
            "Lees ook: Zo herken je krimpflatie": "teaser_prefix",
            "Relaterade artiklar": "related_heading",
            "Dočtěte článek s předplatným": "paywall",
            "Jiná částka": "donate_word",
            "Předplatit": "subscribe_word",
            "Kopírovat odkaz": "share_word",
            "Štítky: soudy, samospráva": "tags",
        }
    )
    # A sentence that starts like a byline ("Av de 402 ...": "of the 402") is none.
    assert_not_named(["Av de 402 älgarna fälldes 300 i fjol."], {"byline"})


def test_cues_in_south_slavic_baltic_catalan_malay_and_swahili():
    assert_named(
        {
            "Pročitajte još: Meteorolozi izdali upozorenje za obalu": "teaser_prefix",
            "Komentari (64)": "comment_word",
            "Tagovi: nevrijeme, Rijeka, Kvarner": "tags",
            "Oglas": "advert_word",
            "Pratite nas na Facebooku i Instagramu": "follow_us",
            "Поделите": "share_word",
            "Preberite še: Vlada sprejela nov zakon": "teaser_prefix",
            "Llegeix també: El Govern aprova el pressupost": "teaser_prefix",
            "Tots els drets reservats": "legal_cue",
            "Visos teisės saugomos.": "legal_cue",
            "Lasiet arī: Rīgā atklāj jaunu tiltu": "teaser_prefix",
            "Märksõnad: valimised, Tartu": "tags",
            "Soma pia: Serikali yatangaza bajeti mpya": "teaser_prefix",
            "Artikel berkaitan": "related_heading",
        }
    )
    # The count beside a comment word, in any listed language.
    assert_named({"12 kommentarer": "comment_word", "Kommentarer (12)": "comment_word"})
    # The same words inside a sentence are the story's.
    assert_not_named(
        ["Komentari ministra izazvali su burne reakcije u Saboru i na društvenim mrežama."],
        {"comment_word"},
    )


def test_standard_prompts_in_more_wordings():
    assert_named(
        {
            "Zobrazit další": "ui_word",
            "查看更多": "ui_word",
            "Yorum yazabilmek için giriş yapmalısınız.": "comment_prompt",
            "Новости партнёров": "related_heading_2",
            "المزيد من الرياضة": "related_heading_2",
            "Ezek is érdekelhetnek": "related_heading",
            "支持獨立媒體": "support_ask",
            "Drogie Czytelniczki, drodzy Czytelnicy,": "dear_readers",
            "总编辑致读者的一封信": "appeal_header",
            "Άδεια Creative Commons Αναφορά 4.0": "license_note",
            "Acquista il tuo biglietto": "ticket_offer",
            "Liever eenmalig doneren? Dat kan ook.": "support_ask",
            "Wij en onze partners gebruiken cookies. Ga je akkoord?": "cookies",
            "Hannah Ruiz writes about consumer technology and personal finance.": "author_bio",
            "Yara El Amrani schrijft over geld, werk en bestaanszekerheid.": "author_bio",
            "阅读约5分钟": "reading_time",
            "Gerelateerde onderwerpen: Zorg, Zeeland": "tags",
            "(rpr/agn)": "initials",
            "SE OGSÅ: Mand fandt mine på stranden": "teaser_prefix",
            "Przeczytaj także: Ceny zbóż spadają": "teaser_prefix",
            "▶ 관련기사 OTT 가입자 첫 감소": "teaser_prefix",
            "Haberin Devamı": "ui_word",
            "CONTINUA APÓS A PUBLICIDADE": "advert_word",
            "Der Artikel geht nach der Anzeige weiter": "advert_word",
            "READ: Classes suspended in six provinces": "teaser_prefix",
            "További sporthírek": "related_heading_2",
            "Scarica l'app di TecnoOggi: notizie sempre con te.": "app_download",
            "Download the Footy Central app.": "app_download",
            "Per continuare a leggere questo articolo": "paywall",
            "Zaten üye misiniz? Giriş yapın": "paywall",
            "رسالة من رئيس التحرير": "appeal_header",
        }
    )
    # A sentence about a writer in a review, a mayor who "covers" a cost, "and/or".
    assert_not_named(
        [
            "Ferrante writes about friendship with a clarity few match, and the new novel is "
            "no exception.",
            "The mayor covers the cost of the repairs herself.",
        ],
        {"author_bio"},
    )
    assert_not_named(["and/or", "he/she"], {"initials"})


def test_a_row_of_share_buttons_in_any_language():
    assert_named(
        {
            "Bagikan: WhatsApp | Facebook | X | Salin tautan": "share_row",
            "Podijeli: Facebook | WhatsApp | Viber": "share_row",
            "Facebook Twitter WhatsApp Email": "share_row",
            "Share on: Facebook · X · LinkedIn": "share_row",
        }
    )
    assert_not_named(
        ["Facebook and Instagram were down for hours", "Facebook, Instagram", "Line 2 | X"],
        {"share_row"},
    )


def test_more_teaser_list_headings():
    assert_named(
        {
            "Up next": "related_heading_2",
            "Más sobre vivienda": "related_heading_2",
            "Relacionados": "related_heading_2",
            "Mais notícias": "related_heading_2",
        }
    )


def test_comment_policies_in_any_voice_and_inflected_cues():
    assert_named(
        {
            "Los comentarios son responsabilidad exclusiva de quien los escribe.": (
                "comment_policy"
            ),
            "Kommentare mit Beleidigungen werden ohne Rückfrage gelöscht.": "comment_policy",
            "Comentariile jignitoare vor fi șterse de moderatori.": "comment_policy",
            "17 de comentarii": "comment_word",
            "Feliratkozom a heti hírlevelünkre": "newsletter_signup",
            "Vezi și": "related_heading",
            "Berita Lainnya": "related_heading_2",
            "Seguí leyendo": "ui_word",
        }
    )
    # News about comments, and a policy that comes up mid-sentence in a story, are neither.
    assert_not_named(
        [
            "The comments drew criticism and the minister took responsibility.",
            "The regulator said comments on the draft would be deleted from the record.",
        ],
        {"comment_policy"},
    )


def test_buttons_that_open_the_comments_are_the_comment_sections():
    # Whatever the language, a button naming the comments (with their count or not) is
    # the comment section's, not a bare control.
    assert_named(
        {
            "Show 19 comments": "comment_button",
            "View 21 more comments": "comment_button",
            "Skatīt komentārus": "comment_button",
            "Alle 12 Kommentare anzeigen": "comment_button",
            "Ver los 264 comentarios": "comment_button",
            "Показать ещё 46 комментариев": "comment_button",
            "Zobrazit všechny komentáře": "comment_button",
            "查看全部评论": "comment_button",
        }
    )
    assert all(
        hit.label == "comments"
        for hit in rule_hits("Afficher les commentaires")
        if hit.reason == "comment_button"
    )
    # ... and so is a Nordic comment tab with its count (a section named "Debat" is not).
    assert_named({"Debat (9 indlæg)": "comment_word", "Debatt (12 innlegg)": "comment_word"})
    assert_not_named(["Debat"], {"comment_word"})
    # A sentence that says what readers did with the comments is no button.
    assert_not_named(
        [
            "Show comments from the minister were read out in court.",
            "Readers can view comments on the plan until Friday at the town hall.",
            "Kommentare anzeigen lassen sich nur nach der Anmeldung, sagte der Betreiber.",
        ],
        {"comment_button"},
    )


def test_pointers_to_more_coverage_and_a_senders_other_releases_are_related():
    assert_named(
        {
            "Follow our continuing coverage of the county canvass here.": "coverage_pointer",
            "Read the Tribune's full coverage of the storm at https://tribune.example/storm": (
                "coverage_pointer"
            ),
            "Weitere Pressemitteilungen dieses Verbands": "related_heading",
            "More press releases from Norvik Systems": "related_heading",
        }
    )
    assert_not_named(
        ["Police said they would follow the coverage of the trial here."],
        {"coverage_pointer"},
    )


def test_notes_that_read_like_prose_carry_format_cues():
    assert_named(
        {
            "Diese Recherche steht unter der Lizenz CC BY-SA 4.0.": "license_note",
            "This article is republished from a partner site under a Creative Commons "
            "license.": "license_note",
            "Questo sito utilizza cookie tecnici e di terze parti.": "cookies",
            "Disclaimer: the opinions expressed here are the author's own.": "disclaimer",
            "This story first appeared in the spring issue of Hill Country Review.": "credit",
            "£3,200 raised of £5,000 · 96 supporters": "fund_progress",
            "Last updated on Tue 4 Mar 2025 09.15 GMT": "dateline",
            "2 410 просмотров": "view_count",
            "Erster Monat für 1 €": "paywall",
            "12. května 2025": "dateline_short",
            "2025. március 3.": "dateline_short",
            "Της Ελένης Κωστοπούλου": "byline",
            "dalla nostra inviata Carla Neri": "byline",
            "05/10/2018 - Published by: Ann Lee - Category: Health - Tags: clinics": (
                "meta_fields"
            ),
        }
    )
    assert_not_named(
        [
            "The council said the report had been reproduced without permission.",
            "Police said 300 supporters gathered outside the court.",
            "The fund has raised of late more than two million.",
            "Date: 12 May. The council met and approved the budget: eight votes to one.",
        ],
        {"license_note", "fund_progress", "disclaimer", "meta_fields"},
    )


def test_date_and_time_ranges_and_dutch_subheadings_are_no_meta_lines():
    # An exhibition's dates, opening hours and a subheading are the story's facts.
    assert_not_named(
        [
            "14. September 2024 – 19. Januar 2025",
            "Dal 15 marzo al 29 giugno 2025",
            "Del 13 de marzo al 27 de julio de 2025",
            "3 Mayıs – 16 Haziran 2024",
            "Суббота: с 9:00 до 16:00",
            "De kalender van de regionale wedstrijden",
            "De segunda a sexta-feira: 7h e 19h30",
            # hours run from one time to another; a stamp names one time
            "營業時間：每日7:00am-7:00pm（農曆新年休息）",
            "Sa 10.00–14.00 Uhr, So 12.00–16.00 Uhr",
        ],
        {"dateline_short", "byline"},
    )
    # A page's own date, with an update beside it, still is one.
    assert_named(
        {
            "12 March 2025 | Updated 13 March 2025": "dateline_short",
            "De María López": "byline",
        }
    )


def test_turkish_capital_dotted_i_matches_cues_written_in_lower_case():
    # Python lower-cases "İ" to "i" plus a combining dot: cues must still match.
    assert_named(
        {
            "İlginizi çekebilir: Kadıköy'de yeni kütüphane açıldı": "teaser_prefix",
            "İLK AY ÜCRETSİZ, sonra aylık 49 TL": "paywall",
        }
    )


def test_offer_terms_betting_small_print_and_production_credits():
    assert_named(
        {
            "Try the digital edition for $1. Cancel anytime.": "paywall",
            "Acht Wochen für 1 €, danach monatlich kündbar.": "paywall",
            "New customers only. 18+ T&Cs apply. Please gamble responsibly.": "gambling",
            "Edición: Nora Vidal. Infografía: Pablo Ruiz.": "meta_fields",
            "Also Read | Port authority names new chief after long search": "teaser_prefix",
            "7. 11. 2025 14:05": "dateline_short",
            "Усі права захищено.": "copyright",
            "免責聲明：本文內容僅供參考，不構成任何投資建議。": "disclaimer",
            "Tagok – havi 1500 Ft: heti levél a szerkesztőktől": "money_per_period",
            "Мецена — 300 грн/міс: запрошення на зустрічі": "money_per_period",
            "文・写真：森田 ゆき": "byline",
            "About the author: Ann Lee has covered the courts since 2015.": "author_bio",
        }
    )
    assert_not_named(
        [
            "Fans bet heavily on the final, and new customers made up a third of them.",
            "1. 3. Vörös Anna",
            "Edición especial: lo que dejó la cumbre",
        ],
        {"gambling", "dateline_short", "meta_fields"},
    )


def test_credits_permissions_and_progress_notes_in_more_languages():
    assert_named(
        {
            "Words by Ann Lee and Tom Reyes": "byline",
            "This story was produced with support from the Coastal Reporting Fund.": "credit",
            "Cet article est paru dans le numéro 12 de notre revue.": "credit",
            "(एजेंसी इनपुट के साथ)": "credit",
            "You may republish this story for free under the conditions below.": "license_note",
            "Nous et nos 120 partenaires utilisons des cookies pour mesurer l'audience.": "cookies",
            "Собрано 41% от цели на этот год": "fund_progress",
            "We have raised 72% of our spring goal.": "fund_progress",
            "Continue lendo com acesso ilimitado": "paywall",
            "เริ่มต้นเพียง 39 บาท/เดือน": "paywall",
            "Bạn đọc thân mến,": "dear_readers",
            "Прочетете още: Общината ремонтира моста": "teaser_prefix",
            "【関連記事】 港の再開発、住民説明会へ": "teaser_prefix",
            "▷ 관련기사: 시장, 예산안 발표": "teaser_prefix",
        }
    )
    assert_not_named(
        [
            "The fund said 72% of the money went to repairs.",
            "Readers can republish letters only with the author's consent, the court ruled.",
            "The study was produced with support from a national fund, the authors said.",
        ],
        {"fund_progress", "license_note", "credit"},
    )


def test_channel_invitations_and_advertiser_compensation():
    assert_named(
        {
            "¿Sabías que tenemos canal de Telegram? Únete desde tu celular.": "follow_us",
            "Receba as notícias no seu WhatsApp: clique aqui e entre no canal": "follow_us",
            "We may receive compensation when you click on links to products.": "affiliate",
        }
    )


def test_greek_and_bulgarian_cues():
    assert_named(
        {
            "Στηρίξτε τη δουλειά μας με μια μικρή μηνιαία συνεισφορά.": "support_ask",
            "Εγγραφείτε στο newsletter για τα νέα της εβδομάδας.": "newsletter_signup",
            "Διαβάστε ακόμη: Νέα γέφυρα στον ποταμό": "teaser_prefix",
            "Подкрепете независимата журналистика с месечно дарение.": "support_ask",
            "Прочетете още: Общината ремонтира моста": "teaser_prefix",
            "Всички права запазени.": "legal_cue",
        }
    )
    # Sentences that merely open like a list heading stay unnamed.
    assert_not_named(
        ["Περισσότερα από 300 άτομα συγκεντρώθηκαν στην πλατεία.", "Още от сутринта валеше."],
        {"teaser_prefix"},
    )


def test_ad_tokens_meters_and_appeals_in_more_wordings():
    assert_named(
        {
            "Кредит для фермеров от 5% годовых. ООО «Поле». erid: 4CQwVszH7x": "ad_token",
            "Прочитали сте 2 бесплатна текста ове недеље": "paywall",
            "Apostas desportivas: joga com responsabilidade.": "gambling",
            "請支持我們，讓調查報導繼續下去": "support_ask",
            "Jei vertinate šį tinklaraštį, galite mane paremti.": "support_ask",
            "Tento článok je dostupný len s predplatným.": "paywall",
            "Přispět": "donate_word",
            "For the price of a coffee a month, you keep our reporters on the road.": (
                "support_ask"
            ),
            "每月一杯咖啡的钱，就能让我们继续调查。": "support_ask",
        }
    )
    assert_not_named(
        [
            "The agency said the token, known as erid, is printed on every advert.",
            "Ministerstvo oznámilo, že chce přispět k dohodě.",
            "The price of a cup of coffee in Rome rose to 1.40 euros this year.",
        ],
        {"ad_token", "donate_word", "support_ask"},
    )


def test_ad_small_print_photo_credits_meters_and_share_buttons_in_more_forms():
    assert_named(
        {
            "New customers get a $50 bonus bet. 18+ only. Gamble responsibly.": "gambling_notice",
            "T&Cs apply. BeGambleAware.org": "gambling_notice",
            "Photo Julien Prost / L'Écho de la Loire": "photo_credit",
            "Fotografie di Aïcha Diallo": "photo_credit",
            "Photographs by Ann Lee": "photo_credit",
            "Sie haben diesen Monat bereits 3 von 3 kostenlosen Artikeln gelesen.": "free_count",
            "Vous avez lu 2 de 3 articles gratuits": "free_count",
            "Deze website gebruikt functionele en analytische cookies.": "cookies",
            "Share on Facebook · Share on X · Email this story": "share_row",
            "Condividi su WhatsApp": "share_word",
            "Comentarios (37)": "comment_word",
            "Lire aussi Vins en vrac : la filière face à la chute des prix": "teaser_prefix",
            "Tópicos: Metro de Vale do Lis, Transportes": "tags",
            "18 febbraio 2025 (modifica il 18 febbraio 2025 | 10:27)": "dateline",
            "Par Julien Peyrac, envoyé spécial à Valleraugue | Le 21/08/2025 à 18:34": "byline",
            "Republique: este conteúdo pode ser reproduzido gratuitamente.": "license_note",
            "Portal nie ponosi odpowiedzialności za treść komentarzy.": "comment_policy",
        }
    )
    assert_not_named(
        [
            "Critics say BeGambleAware, the charity funded by the industry, is not independent.",
            "Photos show the damage to the bridge",
            "Foto di gruppo per la squadra",
            "The council gave 3 of 5 free seats to the opposition",
            "The vote (updated figures below)",
            "The site uses cookies to track readers, the regulator found.",
        ],
        {"gambling_notice", "gambling", "photo_credit", "free_count", "dateline", "cookies"},
    )
    # A story quoting the slogan names the topic, not the notice's form.
    assert_not_named(
        ['Every advert must carry the words "18+ only" in large type, the ministry said.'],
        {"gambling_notice"},
    )


def test_an_offers_terms_and_ticket_prices_are_named_in_many_languages():
    assert_named(
        {
            "Alle Artikel lesen – 1 Monat für 0,99 €, danach 9,90 € monatlich.": "offer_terms",
            "Pierwszy miesiąc za 1 zł, potem 29 zł miesięcznie.": "offer_terms",
            "Първите три месеца за 1 лв., след това 8,90 лв. на месец.": "offer_terms",
            "Prvi mesec 99 din., zatim 590 din. mesečno.": "offer_terms",
            "İlk ay 1 TL, sonra aylık 49 TL.": "offer_terms",
            "Get unlimited access for $1 a week for 6 months, then $4 per week.": "offer_terms",
            "Festival della Città, 14-16 marzo. Biglietti a 15 €, ridotto 10 €.": "ticket_price",
            "Koncerty przez dwa dni. Bilety od 59 zł, karnet dwudniowy 99 zł.": "ticket_price",
            "Tickets: £12 (£8 concessions)": "ticket_price",
        }
    )
    # A story about prices that rise and fall, or a price with no period after it.
    assert_not_named(
        [
            "Prices rose from 5 € to 7 € in March, then fell.",
            "The ticket costs 12 euros, then 15 euros at the door.",
            "The council sold 400 tickets at the door.",
        ],
        {"offer_terms", "ticket_price"},
    )


def test_teasers_paywalls_feeds_tickets_sources_and_bios_in_more_languages_are_named():
    assert_named(
        {
            "Lies auch: Warum die Fähre im Winter seltener fährt": "teaser_prefix",
            "También te puede interesar: Las obras del puerto se retrasan": "teaser_prefix",
            "Wykup dostęp": "subscriber_only",
            "Czytasz bezpłatny artykuł Gazety Nadbrzeżnej.": "subscriber_only",
            "Bài phân tích này chỉ dành cho hội viên.": "paywall",
            "Γίνετε μέλος της κοινότητάς μας": "support_ask",
            "Chcem podporiť redakciu": "support_ask",
            "Дарете сега": "donate_word",
            "บทความแนะนำ": "related_heading_2",
            "โหลดเพิ่มเติม": "ui_word",
            "สมัครเลย": "subscribe_word",
            "โดย สมชาย ใจดี": "byline",
            "קריאה של 6 דקות": "reading_time",
            "Siste fra fotball": "related_heading_2",
            "Mer från Kultur": "related_heading_2",
            "עוד בחיפה": "related_heading_2",
            "Varaa lippusi nyt, varhaislippu 45 €.": "ticket_offer",
            "Kup bilet online taniej!": "ticket_offer",
            "Tema: Skiskyting, Verdenscup": "tags",
            "Spill ansvarlig. 18-årsgrense.": "gambling",
            "ผู้เขียน: กองบรรณาธิการ": "byline",
            "कहानी और तस्वीरें: रीना शर्मा": "byline",
            "हमारे WhatsApp चैनल से जुड़ें": "follow_us",
            "ติดตามข่าวสารได้ทาง LINE @example": "follow_us",
            "Source: Harbour Authority, annual report 2024": "credit",
            "Kilde: Statistisk sentralbyrå": "credit",
            "Źródło: badanie Instytutu Rolnictwa": "credit",
            "Liisa Virtanen on Kaupunkilehden toimittaja.": "author_bio",
            "Jana Malá je redaktorka rubriky Zdraví.": "author_bio",
            "Nguyễn Lan là phóng viên mảng giáo dục.": "author_bio",
            "Eva Horváthová sa venuje školstvu a regiónom.": "author_bio",
            "Ο Νίκος Παππάς γράφει για την οικονομία.": "author_bio",
        }
    )
    # "lies" is also a common misspelling of "ließ" (left); "โดยเฉพาะ" (especially) opens
    # sentences; Finnish "on" is also the perfect's auxiliary.
    assert_not_named(
        [
            "Er lies auch die Tür offen.",
            "โดยเฉพาะในช่วงฤดูฝน ราคาผักสูงขึ้นมาก",
            "Siste fra Oslo tingrett er at saken utsettes.",
            "The source: a memo that the council never meant to publish.",
            "Kaupunki on palkannut uuden toimittajan.",
        ],
        {"teaser_prefix", "byline", "related_heading_2", "credit", "author_bio"},
    )


def test_bylines_with_dates_paywalls_buttons_and_small_print_in_more_forms():
    assert_named(
        {
            # A byline beside a year-first date, a weekday, or a Thai date.
            "Kovács Anna · 2024. október 3.": "byline",
            "Rina Wulandari | Kamis, 12 Desember 2024 09:15 WIB": "byline",
            "ข่าวภูมิภาค | 3 ม.ค. 2568 14:05 น.": "byline",
            "Oleh Andi Saputra": "byline",
            "Pictures: Ruth Okafor": "byline",
            "记者 李文 摄": "byline",
            "王芳　报道": "byline",
            # Greek capitals drop their accents.
            "ΔΙΑΦΗΜΙΣΗ": "advert_word",
            "Máte už účet? Přihlaste se.": "paywall",
            "Ai deja un cont? Intră aici.": "paywall",
            "Έχετε διαβάσει 2 από τα 4 δωρεάν άρθρα.": "paywall",
            "Wykup subskrypcję, aby czytać dalej.": "subscriber_only",
            "Neka alla": "ui_word",
            "Wybieram": "ui_word",
            "Creează cont": "ui_word",
            "Сподели в Telegram": "share_word",
            "Diskusjonen er stengt.": "comment_prompt",
            "Prosím, hrajte zodpovědně. 18+": "gambling",
            "Te recomendamos: Así queda el nuevo horario del metro": "teaser_prefix",
            "Artikel ini boleh diterbitkan ulang dengan menyebut sumbernya.": "license_note",
            "Republish this article": "license_note",
            "ساهم الآن في دعم الصحيفة": "support_ask",
            "Erik Lund bevakar skola och omsorg i Norrbotten.": "author_bio",
            "Maja Holm dækker retsvæsenet for avisen.": "author_bio",
            "Další zápasy kola": "related_heading",
            "Newsletter Zdrowie na co dzień – porady co wtorek. Zapisz się": "newsletter_signup",
            "Die Top-Meldungen des Tages. Jetzt kostenlos abonnieren": "newsletter_signup",
            "Günün özeti her akşam e-postanızda.": "newsletter_signup",
            "Follow our Telegram channel for flood alerts. Tap here to join.": "follow_us",
            "Tutte le partite in diretta: scaricala gratis.": "app_download",
            "اپلیکیشن خبرگزاری را نصب کنید": "app_download",
            "57 Postings": "comment_word",
            "A lap a te támogatásodból készül.": "support_ask",
            "Bu gazeteyi okurlarımıza borçluyuz.": "support_ask",
            "Gefällt dir unser Magazin?": "support_ask",
            "Like what you're reading?": "support_ask",
            "Lea más: El puerto amplía su horario de carga": "teaser_prefix",
            "Schon gelesen?": "related_heading_2",
            "Auch lesen:": "related_heading_2",
            "Mehr zum Thema auf Talblatt.de": "related_heading_2",
            "Dowiedz się więcej": "ui_word",
            "Tieto články vznikajú vďaka vám.": "support_ask",
            "Ovakve priče nastaju zahvaljujući vama.": "support_ask",
            "הכתבה נעשתה בזכותכם": "support_ask",
            "感谢你读到这里。": "support_ask",
            "Encore 210 membres pour atteindre notre objectif": "support_ask",
            "Help us reach our goal of 500 members by June.": "support_ask",
            "Cet article vous est offert par nos abonnés.": "support_ask",
            "Unsere Nachrichten auch als App, kostenlos für iOS und Android.": "app_download",
            "Para comentar tienes que iniciar sesión.": "comment_prompt",
            "Článok môžete bezplatne prevziať s uvedením zdroja.": "license_note",
            "请文明发言。": "comment_prompt",
            "版权归原作者所有，如有侵权请联系删除。": "copyright",
            "Pridajte sa do našej skupiny na Facebooku.": "follow_us",
        }
    )
    # "Oleh karena itu" (therefore) opens sentences; a bare "相关报道" (related reports) names
    # no reporter; a sentence about the Greek advert is no advert.
    assert_not_named(
        [
            "Oleh karena itu, jadwal kereta diubah.",
            "The newsletter grew to 40,000 readers last year, the founder said.",
            "相关报道",
            "Kovács Anna szerint a döntés 2024-ben születik meg.",
        ],
        {"byline", "newsletter_signup"},
    )


def test_disclaimers_affiliate_notes_shop_buttons_and_podcast_furniture_are_named():
    assert_named(
        {
            # Health and money pages' notices, in the languages' own wording.
            "Este conteúdo tem caráter informativo e não substitui a consulta médica.": (
                "advice_disclaimer"
            ),
            "Dieser Artikel ersetzt keine ärztliche Beratung.": "advice_disclaimer",
            "Cet article ne remplace pas une consultation médicale.": "advice_disclaimer",
            "المعلومات الواردة لأغراض التوعية فقط، ولا تغني عن استشارة الطبيب.": (
                "advice_disclaimer"
            ),
            "本文仅供参考，不构成投资建议。": "advice_disclaimer",
            "Informasi ini tidak menggantikan konsultasi dengan dokter.": "advice_disclaimer",
            # Affiliate disclosures and shop buttons.
            "Artykuł zawiera linki afiliacyjne.": "affiliate",
            "Le site perçoit une commission sur les achats effectués via ces liens.": ("affiliate"),
            "Wenn Sie über diese Links einkaufen, erhalten wir eine Provision.": "affiliate",
            "Przejdź do sklepu": "shop_button",
            "Check price": "shop_button",
            "Amazonで見る ｜ 楽天市場で見る": "shop_button",
            "Sponsorizzato · Abbinamento consigliato: un bianco dei colli": "sponsored_prefix",
            # A podcast's player, platforms and staff.
            "Play episode": "ui_word",
            "Listen on Spotify | Apple Podcasts | YouTube Music": "podcast_platforms",
            "Produced by Ann Lee. Sound design by Tom Rey.": "credit",
            "Theme music: Harbour Lights by The Gulls": "credit",
            "Medically reviewed by Dr. Ann Lee": "credit",
            "Photographies : Ann Lee pour Le Journal": "credit",
            "(This story has not been edited by Daily staff and is auto-generated from a "
            "syndicated feed.)": "credit",
            # Live pages, consent boxes, recipes, counters.
            "Ticker aktualisieren": "ui_word",
            "Odśwież relację": "ui_word",
            "Alle akzeptieren": "ui_word",
            "Stampa la ricetta": "ui_word",
            "【打印本页】【关闭窗口】": "ui_word",
            "字号：大 中 小": "ui_word",
            "1,245 people are reading this": "view_count",
            "Lecture : 18 min": "reading_time",
            "（雪見支局・村井 早紀）": "byline",
            # Prompts and teasers in more forms.
            "Para seguir leyendo, suscríbase a El Diario.": "paywall",
            "Noch kein Abo? Jetzt testen": "paywall",
            "Der Gesundheits-Newsletter von Puls: Jeden Donnerstag das Wichtigste.": (
                "newsletter_signup"
            ),
            "Der Praxis-Newsletter erscheint jeden Dienstag mit News und Urteilen.": (
                "newsletter_signup"
            ),
            "Ogni venerdì le ricette di stagione: iscriviti alla newsletter.": (
                "newsletter_signup"
            ),
            "Theo dõi Báo Đường Phố trên Zalo để cập nhật tin giao thông": "follow_us",
            "Entrar no canal": "follow_us",
            "Share on Facebook Share on X Copy link": "share_row",
            "Ezt is olvasd el: Bezárt a falu utolsó boltja": "teaser_prefix",
            "اقرأ أيضًا: ارتفاع أسعار السمك": "teaser_prefix",
            "相關新聞：報紙紙價兩年升四成": "teaser_prefix",
            "یہ بھی پڑھیں: ٹیم کا اعلان آئندہ ہفتے": "teaser_prefix",
            "ასევე წაიკითხეთ: ღვინის ექსპორტი შემცირდა": "teaser_prefix",
            "İLGİLİ HABER — Konut satışları geriledi": "teaser_prefix",
            "Outras notícias": "related_heading_2",
            "Nos autres critiques": "related_heading_2",
            "Kuzeykent uygulamasını hemen indirin!": "app_download",
            "暂无评论，快来抢沙发吧！": "comment_prompt",
            "Pieslēdzies, lai komentētu": "comment_prompt",
            "Draga bralka, dragi bralec,": "dear_readers",
        }
    )
    # The same words in a story's sentences.
    assert_not_named(
        [
            "Produced by the city council, the report found gaps in the budget.",
            "Music is the heart of the town festival, organisers said.",
            "The app does not replace a doctor, the minister said.",
            "Play resumed after a short delay.",
        ],
        {"credit", "advice_disclaimer", "ui_word"},
    )


def test_stamps_form_buttons_sponsored_labels_and_meters_in_more_forms():
    assert_named(
        {
            # Both stamps on one line; a byline with "de" dates; a name, a dash, a stamp.
            "Publié le 2 mars 2025 à 08h10, mis à jour le 2 mars 2025 à 19h45": "dateline",
            "Por Lucía Ferrer · 4 de abril de 2025 · 5 minutos de lectura": "byline",
            "Dewi Lestari - Kamis, 6 Mar 2025 09:12 WIB": "byline",
            "Camille Roux – 14 janvier 2025, 7 h 05": "byline",
            # A blog's comment form and a live blog's button.
            "Your email address will not be published. Required fields are marked *": (
                "comment_prompt"
            ),
            "Il tuo indirizzo email non sarà pubblicato.": "comment_prompt",
            "Cancel reply": "ui_word",
            "Show 3 new updates": "ui_word",
            "Заметили ошибку? Выделите её и нажмите Ctrl+Enter": "typo_report",
            # Sponsored labels, meters, buttons and counters.
            "Contenido patrocinado: Cinco rutas de otoño por la sierra": "sponsored_prefix",
            "Χορηγούμενο: Νέα σειρά κλιματιστικών με έκπτωση": "sponsored_prefix",
            "Pozostało jeszcze 62% artykułu": "paywall",
            "Kup subskrypcję": "subscribe_word",
            "Views: 12 408": "view_count",
            "Notes to editors: The society was founded in 1974.": "credit",
            "(mit dpa)": "credit",
            'עוד ב"חדשות העמק": הכביש ייסגר בסוף השבוע': "teaser_prefix",
            "اشتہار": "advert_word",
            "Další články": "related_heading",
            "Sponzorirani sadržaj: Vikend u toplicama uz popust": "sponsored_prefix",
            "Propos recueillis par Claire Morel": "byline",
            "Das Interview führte Jonas Weber.": "byline",
            "Siga a Rádio Vale no Facebook, Instagram e YouTube": "network_list",
            "Her sabah e-posta kutunuzda: bültenimize abone olun.": "newsletter_signup",
            "Mpendwa msomaji,": "dear_readers",
            "Hãy là người đầu tiên bình luận về bài viết này.": "comment_prompt",
        }
    )
    # The same words in a story's sentences and fact boxes.
    assert_not_named(
        [
            "The council met – 3 March 2025, 18:30",
            "Published in 1998, the novel sold two million copies and was updated in 2004 "
            "for a new edition.",
            "Sponsored by the county, the race raised money for the hospice.",
            "The views of residents were split on the plan.",
            # Two networks in a story's sentence are no list of a site's accounts.
            "Meta said Facebook and Instagram were down for six hours on Monday.",
        ],
        {"byline", "dateline", "sponsored_prefix", "view_count", "network_list"},
    )


def test_cues_in_languages_with_fewer_speakers_online():
    assert_named(
        {
            "Babestu gure kazetaritza independentea": "support_ask",
            "Le tamén: O concello pecha a piscina municipal": "teaser_prefix",
            "Bizi dəstəkləyin": "support_ask",
            "BASAHIN: Bagong tulay sa bayan, bubuksan na": "teaser_prefix",
            "Lexo edhe: Bashkia hap tregun e ri": "teaser_prefix",
            "বিজ্ঞাপন": "advert_word",
            "আরও পড়ুন: নদী ভাঙনে দুই গ্রাম প্লাবিত": "teaser_prefix",
            "விளம்பரம்": "advert_word",
            "ასევე წაიკითხეთ: ახალი ხიდი გაიხსნა": "teaser_prefix",
        }
    )
    # Each language's lists are lower case (units are matched lower-cased) and hold no
    # phrase twice. (A typographic apostrophe, "obuna bo’ling", is folded with the
    # patterns: scripts.as_folded.)
    from cleaner.lexicon_world import CUES
    from cleaner.scripts import fold_case

    for language, cues in CUES.items():
        lists = [*cues["phrases"].values(), *cues["whole_line"].values(), cues["byline"]]
        for items in lists:
            assert len(set(items)) == len(items), language
            assert all(item.replace("\u2019", "'") == fold_case(item) for item in items), language


def test_a_word_list_compiles_to_a_trie_that_matches_the_same_lines():
    import re

    from cleaner.lexicon_eu import phrase_trie

    items = ["read also", "read more", "read", "lees ook", "διαφήμιση", "a.b"]
    pattern = re.compile(phrase_trie(items))
    for item in items:
        assert pattern.fullmatch(item), item
    for other in ["read al", "reads", "lees", "axb", ""]:
        assert not pattern.fullmatch(other), other


def test_breadcrumbs_page_tools_and_counters_in_any_language():
    assert_named(
        {
            "Home » News » Local": "breadcrumb",
            "முகப்பு » சமையல் » அசைவம் இல்லாத உணவுகள்": "breadcrumb",
            "Գլխավոր » Կրթություն": "breadcrumb",
            "Start > Politik > Inland": "breadcrumb",
            "A- A+": "font_size",
            "Ա- Ա+": "font_size",
            "Was this page helpful?": "page_feedback",
            "| Questa pagina ti è stata utile? | Sì | No |": "page_feedback",
            "War diese Seite hilfreich? Ja Nein": "page_feedback",
            "3.412 kez okundu": "view_count",
            "Accesări: 2.317": "view_count",
            "2 846 դիտում": "view_count",
            "Réutiliser ce contenu": "legal_word",
            "Mainos – juttu jatkuu alla": "advert_word",
            "Share Tweet Email Print": "share_row",
            "Publié le 14 février 2025 à 18h32, modifié le 15 février 2025 à 09h10": "dateline",
            "2024. gada 3. aprīlis": "dateline_short",
        }
    )
    assert_not_named(
        [
            # Guillemets are quotation marks, not a trail's separators.
            "«Металлург-Восток» разгромил лидера и вышел в полуфинал",
            "Une naine brune « solitaire » découverte à 19 années-lumière",
            'He said: "Go to Settings » Privacy".',
            "3 » 2",
        ],
        {"breadcrumb"},
    )
    # A rating of stars alone is no line without letters: symbols stay when nothing else is
    # left.
    assert_not_named(["★★★★☆"], {"no_letters"})
    assert "breadcrumb" in FORMAT_RULES


def test_pictographs_at_a_line_edge_do_not_hide_its_cue():
    assert_named(
        {
            "👉 Read also: The mayor resigns": "teaser_prefix",
            "🔔 Subscribe": "subscribe_word",
            "➡️ Lire aussi : Le maire démissionne": "teaser_prefix",
        }
    )
    assert reasons_of("© 2024 Outlet") >= {"copyright"}  # the mark a cue spells stays


def test_comment_policies_bios_and_notices_in_more_languages():
    assert_named(
        {
            "Per comentar cal estar registrat. Els comentaris que incloguin insults seran "
            "eliminats.": "comment_policy",
            "Komentirati mogu samo registrirani korisnici.": "comment_policy",
            "Коментарите што содржат навреди, говор на омраза или линкови нема да бидат "
            "објавени.": "comment_policy",
            "Camille Berthier est critique de théâtre au Courrier du Val depuis 2016.": (
                "author_bio"
            ),
            "Rehema Mwakasege ni mwandishi wa habari za mahakama.": "author_bio",
            "Edukiak Creative Commons Aitortu-PartekatuBerdin 4.0 lizentziapean argitaratzen "
            "dira.": "license_note",
            "Benvolgut lector, benvolguda lectora,": "dear_readers",
            "（科学部　森川 遥）": "byline",
            "فوٹو: کھیل نامہ": "byline",
            "नगर संदेश संवाददाता, कनकपुर | अपडेटेड: शुक्रवार, 14 जून 2024": "byline",
            "לכתבות נוספות": "related_heading_2",
            "Danke, dass Sie unseren Journalismus mit Ihrem Abonnement möglich machen.": (
                "paywall"
            ),
        }
    )
    assert_not_named(
        [
            # Critics in the plural, or "critical of", are the story's.
            "Vietnam is one of the region's most vocal critics of China's claims.",
            "Le maire est critique vis-à-vis du projet de la région depuis 2016.",
            "Comments from residents were collected by the council until Friday.",
        ],
        {"author_bio", "comment_policy"},
    )


def test_blog_furniture_press_release_marks_and_more_greetings():
    assert_named(
        {
            "7 thoughts on “The Wolds rail trail in one wet day”": "comment_heading",
            "12 Gedanken zu „Radfahren im Winter“": "comment_heading",
            "← Previous post: My winter kit list, revisited": "teaser_prefix",
            "Article suivant : Le vélo en hiver": "teaser_prefix",
            "Categories: Cycling, Days out, Yorkshire": "tags",
            "Like this post? Buy me a coffee": "support_ask",
            "☕ Buy Maggie a coffee": "support_ask",
            "Tee mulle kohvi": "support_ask",
            "Press contact:": "press_contact",
            "– einde persbericht –": "press_contact",
            "Dārgais lasītāj!": "dear_readers",
            "ძვირფასო მკითხველო,": "dear_readers",
            "Sayın okurlarımız,": "dear_readers",
            "15.12 GMT": "clock_time",
            "First published on Sat 9 Nov 2024 06.02 GMT": "dateline",
            "（绍兴市越剧团供图）": "byline",
            "Cùng chuyên mục": "related_heading_2",
            "Por Camila Rezende | 22.mai.2024 às 17h05 | Atualizado em 23.mai.2024": "byline",
            "文＝高原美咲　写真＝森田健": "byline",
            "เผยแพร่ 12 ก.พ. 2567": "byline",
        }
    )
    assert "comment_heading" in FORMAT_RULES
    assert_not_named(
        [
            "7 thoughts on the budget, from our readers",  # no quoted title: a heading
            "Revenue rose 15.12 percent in the quarter.",
            "15.12",  # a number, not a time
            "End",
            "Originally published on the outlet's science site.",  # the source, kept
            "（本文有删节）",  # an editor's note: the article's own
        ],
        {"comment_heading", "clock_time", "press_contact", "dateline", "byline"},
    )
    # A question heading is not a byline: "Por que checamos" (why we fact-check).
    assert_not_named(["Por que checamos", "Por qué lo hacemos"], {"byline"})
    assert "byline" in reasons_of("Por Camila Rezende | 22.mai.2024 às 17h05")


def test_teasers_payment_lists_and_notices_in_more_languages():
    assert_named(
        {
            "По теме: Где строят новые склады и кто их арендует": "teaser_prefix",
            "इसे भी देखें: बारिश से छह ट्रेनें रद्द": "teaser_prefix",
            "Simak juga: 5 aplikasi tabungan untuk pemula": "teaser_prefix",
            "Warto przeczytać: Jak szkoły liczą frekwencję": "teaser_prefix",
            "📌 Mos e humbisni: Si ta ruani ujin në verë": "teaser_prefix",
            "USIKOSE: Bajeti ya kaunti yapitishwa": "teaser_prefix",
            "Anúncio": "advert_word",
            "— Haberin devamı reklamdan sonra —": "advert_word",
            "Conteúdo de marca · Como economizar na conta de luz": "sponsored_prefix",
            "※本記事はアフィリエイト広告を利用しています": "affiliate",
            "Já sou assinante · Entrar": "paywall",
            "POSTANI PRETPLATNIK": "paywall",
            "Compartilhe esta reportagem: WhatsApp Facebook X": "follow_us",
            "Data: 7 ottobre 2025 · Tempo di lettura: 3 min · Argomenti: Salute": "reading_time",
            "Картай · ЕРИП · PayPal": "payment_methods",
            "eSewa / Khalti: ९८५१० ७७२३०": "payment_methods",
            "（责任编辑：王晓）": "byline",
            "图片来源：公司官网": "byline",
            "郑重声明：本站发布此信息的目的在于传播更多信息。": "disclaimer",
            "Les commentaires sont réservés aux abonnés.": "comment_policy",
            "Só assinantes podem comentar.": "comment_policy",
            "أخي الكريم، أختي الكريمة،": "dear_readers",
            "こちらもどうぞ👇": "related_heading_2",
        }
    )
    assert "payment_methods" in FORMAT_RULES
    assert_not_named(
        [
            # Payment firms in a headline or a sentence are the story's.
            "PayPal and Revolut fined by the regulator",
            "PayPal / Venmo users hit by outage, company says it is investigating",
            "PayPal shares rose 4% after the results.",
        ],
        {"payment_methods"},
    )
    # A reporter quoted mid-sentence is no byline: "... im Gespräch mit unserem Reporter: „..."
    assert_not_named(
        ["19:30 Uhr – Der Einsatzleiter im Gespräch mit unserem Reporter: „Wir sind müde.“"],
        {"meta_cue", "byline"},
    )
    assert "byline" in reasons_of("Reporter: Galih Nugroho")


def test_calls_for_tips_votes_and_listening_are_named_in_many_languages():
    assert_named(
        {
            "Got a story tip? Email the newsroom at tips@example.org": "promo_cue",
            "Take our quiz: how well do you know the river towns?": "promo_cue",
            "🎧 Listen to our podcast wherever you get your podcasts": "promo_cue",
            "Haben Sie einen Hinweis? Kontaktieren Sie unsere Redaktion.": "promo_cue",
            "Vet du något vi borde gräva i? Tipsa oss, anonymt om du vill.": "promo_cue",
            "Примите участие в опросе: нужен ли городу новый мост?": "promo_cue",
            "情報をお寄せください。取材班が調べます。": "promo_cue",
            "ร่วมตอบโพล: บ้านคุณใช้น้ำวันละกี่ลิตร": "promo_cue",
        }
    )
    # A story reports polls, podcasts and tips in its own voice: no call to the reader.
    assert_not_named(
        [
            "A poll showed that 40% of residents back the new bridge.",
            "Police urged residents to send tips about the break-in.",
            "The podcast's host said the episode drew record numbers.",
            "Жергілікті сауалнамаға қатысқан адамдардың жартысы жобаны қолдады.",
        ],
        {"promo_cue"},
    )


def test_prompts_to_log_in_or_subscribe_to_read_on_are_named_in_many_languages():
    assert_named(
        {
            "Schon Abonnent? Hier anmelden": "paywall",
            "Har du redan ett konto hos oss? Logga in här": "paywall",
            "Dit artikel is alleen voor abonnees.": "paywall",
            "Tento článek je dostupný pouze předplatitelům.": "paywall",
        }
    )
    # Reporting on a paywall names subscribers in the third person.
    assert_not_named(
        [
            "The paper's subscribers will keep full access to the archive, the editor said.",
            "Users had to log in again after the breach, the company confirmed.",
        ],
        {"paywall"},
    )


def test_widgets_of_a_modern_article_page_are_named_in_many_languages():
    assert_named(
        {
            "🎁 Diesen Artikel verschenken": "paywall",
            "Il vous reste 3 articles à offrir ce mois-ci": "paywall",
            "✨ Resumir con IA": "widget_ui",
            "Was this summary helpful?": "widget_ui",
            "Video nicht verfügbar": "widget_ui",
            "Accept cookies to view this content": "cookies",
            "Este artículo ha sido traducido automáticamente.": "meta_cue",
        }
    )
    # Reporting on AI summaries, cookies, videos or translation names them from outside.
    assert_not_named(
        [
            "The court ruled that the site must ask before it stores cookies, the judges said.",
            "The video of the rescue was unavailable for hours after the platform removed it.",
            "The publisher said its summary tool will be tested on fifty articles next month.",
            "The novel, translated by Ana Ruiz, sold 40,000 copies in its first year.",
            "Die Texte werden seit März automatisch übersetzt, sagte die Sprecherin.",
        ],
        {"paywall", "widget_ui", "cookies", "meta_cue"},
    )


def test_teaser_prefixes_before_a_colon_are_named_in_many_languages():
    assert_named(
        {
            "Prečítajte si tiež: Obchvat mesta sa začne stavať na jar": "teaser_prefix",
            "Có thể bạn quan tâm: Giá xăng tăng lần thứ ba": "teaser_prefix",
            "Nepalaidiet garām: Jauns tilts pār Daugavu": "teaser_prefix",
            "Usikose: Bei ya mahindi yashuka sokoni": "teaser_prefix",
        }
    )
    # Without the colon a prefix's words open a sentence; and a live blog's "Previously:"
    # recaps the story.
    assert_not_named(
        [
            "Có thể bạn quan tâm đến việc giá xăng tăng, ông nói.",
            "Previously: the council voted to close the depot in May.",
            "Tidligere: Kommunestyret stemte for å legge ned skolen.",
        ],
        {"teaser_prefix"},
    )


def test_an_audio_players_line_is_named_by_its_mark_words_and_length():
    assert_named(
        {
            "▶ Artikel anhören · 3:41 Min.": "audio_player",
            "🎧 Lytt til saken (5 min)": "audio_player",
            "🔊 နားထောင်ရန် ၀၄:၁၅": "audio_player",
            "▶ شنیدن این گفت‌وگو | ۰۷:۰۵ | سرعت ۱x": "audio_player",
        }
    )
    # A live blog's entry starts with its time; a story names a length without the mark;
    # a long line under a play mark is more than a player.
    assert_not_named(
        [
            "▶ 12:30 Police close the bridge",
            "The hearing lasted 45 min before the judge adjourned it.",
            "▶ The full video of the council meeting, in which the mayor answers questions "
            "from residents about the new bus lanes, runs 1:12:40",
        ],
        {"audio_player"},
    )


def test_a_menu_written_out_as_text_is_named_by_its_fields():
    assert_named(
        {
            "Home | Politics | Sport | Culture | Archive": "field_menu",
            "خانه | سینما | تئاتر | هنرهای تجسمی | کتاب": "field_menu",
            "O nas · Reklama · Kontakt · Polityka prywatności": "field_menu",
        }
    )
    # A table row starts with its bar; a fact line holds digits or sentence marks; three
    # fields may be a story's kicker.
    assert_not_named(
        [
            "| Pos | Team | P | Pts |",
            "Goals: Smith, Jones | Cards: none | Attendance: 4,120 | Referee: Lee",
            "Drama | Thriller | Crime",
        ],
        {"field_menu"},
    )


def test_a_trail_of_fields_between_slashes_is_a_phrase_cue_for_meta():
    assert_named(
        {
            "Newyddion a Digwyddiadau / Ymchwil / Datganiad i'r wasg": "slash_trail",
            "تازہ ترین / عدالت": "slash_trail",
            "Daniel Tremblay / The Nickel Belt Gazette": "slash_trail",
        }
    )
    # Numbers, sentences and quotes are no trail ("24/7", "2023 / 2024 season", a title).
    assert_not_named(
        [
            "Revenue rose 12% / costs fell",
            "Either way / it works.",
            "“Love / Hate” opens on Friday",
            "and/or",
        ],
        {"slash_trail"},
    )
    [hit] = [h for h in rule_hits("Home / News / Politics") if h.reason == "slash_trail"]
    assert hit.label == "meta" and hit.weight < 0.9  # a phrase cue, not a whole-line one


def test_podcast_and_newsletter_furniture_is_named():
    assert_named(
        {
            "Chapters: 00:00 Welcome · 02:10 Seed swaps · 14:45 Frost dates · 27:30 Letters": (
                "chapter_list"
            ),
            "Rozdziały: 00:00 Wstęp | 04:30 Kamienice | 21:00 Pytania słuchaczy": "chapter_list",
            "The Allotment Hour · Episode 142": "numbered_header",
            "Lettere dal Porto · n° 58": "numbered_header",
            "Tjedni pregled · broj 33": "numbered_header",
            "Σημειώσεις · Τεύχος 18": "numbered_header",
            "«Ауыл әңгімесі» подкасты · 12-шығарылым": "numbered_header",
            "Música: «Niebla», de Los Cuatro Vientos. Edición y sonido: Nuria Vidal.": "credit",
            "Musik: „Nachtbus“ von Kabelsalat. Schnitt: Jonas Brandt.": "credit",
            "Музыка: группа «Север». Монтаж: Илья Котов.": "credit",
        }
    )
    assert_not_named(
        [
            "Trains leave at 10:15, 12:30 and 14:45 on weekdays.",
            "Arsenal 2 · Chelsea 1",  # a result: two numbered fields
            "Rates rise again · Markets fall in Asia.",
            "Home · News · Sport",
            # A recipe's facts: a number in every field, no label's colon.
            "Prep 15 min | Cook 35 min | Serves 4",
            "Serves 4 · Prep 15 min · Cook 45 min",
            "Előkészítés 15 perc · Főzés 35 perc · 4 adag",
            "तैयारी २० मिनट | पकाना ३० मिनट | ४ लोगों के लिए",
        ],
        {"chapter_list", "numbered_header"},
    )


def test_a_transcripts_turns_are_not_credits_or_stamps():
    assert_not_named(
        [
            "HOST: So don't rush to lift the leeks before the first frost.",
            "[14:30] Dana: How does the seed library decide what to keep?",
            "Dana (14:35): We keep what grows well here.",
            "[05:10] 田中：その村では、いつから炭を焼いているんですか。",
            "12:05 Did the council ever publish the report?",
        ],
        {"credit", "dateline_short"},
    )
    assert_named({"Updated 12:30": "dateline_short", "Music: Tom Hale": "credit"})


def test_newsletter_platform_and_podcast_prompts_are_named():
    assert_named(
        {
            "Thanks for reading! Subscribe for free to receive new posts and support my work.": (
                "newsletter_signup"
            ),
            "Keep reading with a 7-day free trial": "paywall",
            "Dieser Beitrag ist nur für zahlende Abonnenten.": "paywall",
            "If you enjoy my writing, consider becoming a founding member.": "support_ask",
            "This episode is brought to you by Fernbrook Tea. Use promo code LEAF.": "promo_cue",
            "Transcripts are generated automatically and may contain errors.": "disclaimer",
            "You're receiving this email because you signed up at our site.": "disclaimer",
            "This post is public so feel free to share it.": "follow_us",
            "View in browser": "ui_word",
            "Discussion about this post": "ui_word",
        }
    )
    # The platform's buttons count as whole lines only; a story uses the same words.
    assert_not_named(
        ["The council's page showed no posts from the mayor after March."], {"ui_word"}
    )


def test_platform_cue_tables_are_plain_lower_case_phrases():
    from cleaner.lexicon_platforms import PLATFORM_CUES

    kinds = set(PLATFORM_CUES["en"])
    for lang, table in PLATFORM_CUES.items():
        assert set(table) == kinds, lang
        for cues in table.values():
            assert len(set(cues)) == len(cues), lang
            for cue in cues:
                assert cue == cue.lower().strip() and not re.search(r"[()\[\]{}|*+?\\^$]", cue)


def test_an_ad_label_ahead_of_the_ads_own_text_names_it_as_promo():
    assert_named(
        {
            "Anzeige – Der Wanderschuh Grauwacke jetzt zum halben Preis im Onlineshop.": "ad_label",
            "Publicidad · Colchones Alameda con envío gratis a toda la península.": "ad_label",
            "Annonse | Sikre deg hytteplass i påsken før prisene stiger.": "ad_label",
            "Реклама. Запишитесь к стоматологу онлайн без очереди.": "ad_label",
            "广告｜周末家电节，全场满千减百": "ad_label",
            "Quảng cáo · Bảo hiểm sức khỏe cho cả gia đình chỉ từ 99.000đ/tháng.": "ad_label",
        }
    )
    # A label alone is advert_word's; a sentence that starts with the word is no label.
    assert_not_named(
        [
            "Anzeige",
            "Anzeige erstattet: Polizei sucht Zeugen des Unfalls am Bahnhof",
            "Reklama w internecie rośnie szybciej niż telewizyjna.",
            "Publicidad engañosa: la multa llega tres años después",
        ],
        {"ad_label"},
    )


def test_magazine_furniture_is_named_in_many_languages():
    assert_named(
        {
            # Who checked the article, opening the line or a field of the byline.
            "Medically reviewed by Dr. Ann Lee, cardiologist": "reviewed_by",
            "Von Lena Voss | Medizinisch geprüft von Dr. Jonas Falk": "reviewed_by",
            "Проверено врачом: Ирина Соколова, эндокринолог": "reviewed_by",
            "Рецензент: Иван Петров": "reviewed_by",
            # A reading time, before or after its number.
            "Masa bacaan: 5 minit": "reading_time",
            "ใช้เวลาอ่าน 6 นาที": "reading_time",
            "Par Léa Roux · 6 minutes de lecture": "reading_time",
            # A page's own buttons, maybe with a count.
            "Trailer ansehen": "ui_word",
            "Zum Rezept": "ui_word",
            "Ver todas as fotos (24)": "ui_word",
            "Zobacz zwiastun": "ui_word",
            # A health page's feedback box and disclaimer.
            "Je, makala hii imekusaidia?  Ndiyo  |  Hapana": "page_feedback",
            "Czy ten artykuł był pomocny? Tak / Nie": "page_feedback",
            "Die Inhalte dienen ausschließlich der allgemeinen Information und ersetzen "
            "keine ärztliche Beratung.": "not_advice",
            "Материал носит информационный характер и не заменяет консультацию врача.": (
                "not_advice"
            ),
        }
    )
    # A one-word label needs its colon; no label runs on inside a word ("감수성",
    # sensitivity); "Fact check" as a noun heads a fact-check's own headline; a one-word
    # button ("Trailer") may be a section's heading.
    assert_not_named(
        [
            "Рецензент отметил, что роман слишком длинный.",
            "감수성이 풍부한 아이들은 음악에 빨리 반응한다",
            "Fact Check: Viral video of a flooded airport is from 2019",
            "Cek Fakta: Foto banjir di bandara itu diambil tahun 2019",
            "Trailer",
            "The trailer was watched ten million times in a day.",
        ],
        {"reviewed_by", "ui_word"},
    )


def test_a_government_imposed_foreign_agent_label_is_legal():
    assert_named(
        {
            "Этот материал создан и (или) распространен иностранным средством массовой "
            "информации, выполняющим функции иностранного агента.": "foreign_agent_label",
            "18+ НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН, РАСПРОСТРАНЕН И (ИЛИ) НАПРАВЛЕН "
            "ИНОСТРАННЫМ АГЕНТОМ «ЗОРКИЙ ВЕСТНИК». 18+": "foreign_agent_label",
            "This message (material) was created and/or distributed by a foreign mass media "
            "outlet performing the functions of a foreign agent.": "foreign_agent_label",
        }
    )
    # A story about the label names it inside its own sentence.
    assert_not_named(
        [
            "Минюст признал издание иностранным агентом; теперь каждый материал должен "
            "быть создан с пометкой.",
            "Сайт обязан сопровождать публикации пометкой о том, что материал создан "
            "иностранным агентом.",
        ],
        {"foreign_agent_label"},
    )


def test_the_editors_may_not_share_the_authors_view_in_slavic_wordings():
    assert_named(
        {
            "Мнение собеседника может не совпадать с позицией редакции.": "views_disclaimer",
            "Думка автора може не збігатися з позицією редакції.": "views_disclaimer",
            "Мишљење аутора не мора нужно одражавати став редакције.": "views_disclaimer",
        }
    )
    assert_not_named(
        ["Позиция министерства может меняться, говорят в ведомстве."], {"views_disclaimer"}
    )


def test_a_column_binds_its_author_alone():
    assert_named(
        {
            "Les opinions exprimées dans cette tribune n'engagent que leur autrice.": (
                "views_disclaimer"
            ),
            "本記事の見解は筆者個人のものであり、編集部の見解ではありません。": "views_disclaimer",
            "Die menings in hierdie rubriek weerspieël nie noodwendig die redaksie se "
            "standpunt nie.": "views_disclaimer",
        }
    )
    assert_not_named(
        ["Le ministre a rappelé que cette décision n'engage que le gouvernement."],
        {"views_disclaimer"},
    )


def test_newsroom_furniture_is_named_in_many_languages():
    assert_named(
        {
            # Asking for tips, a blocked site's way round, the story's funder, an edit note.
            "Do you know more about land deals in your area? Contact us securely on Signal.": (
                "tip_line"
            ),
            "Haben Sie Hinweise? Schreiben Sie uns anonym über SecureDrop.": "tip_line",
            "Наш сайт заблокирован в России. Читайте нас через VPN или в приложении.": (
                "blocked_site"
            ),
            "Reporting for this article was supported by the Harrowfield Trust.": ("funder_credit"),
            "Interview by Arjun Pillai. Translated from the Tamil by Rekha Iyer.": (
                "translation_note"
            ),
            # A donation box's buttons and the outlet's own pages, as whole lines.
            "Remind me later": "appeal_dismiss",
            "Es jau atbalstu": "appeal_dismiss",
            "Donate now": "appeal_give",
            "Read our methodology": "own_links",
        }
    )
    # A story reports the block, a translation, a funder in its own sentences.
    assert_not_named(
        [
            "Regulators blocked the site in March; readers now use VPNs to reach it.",
            "The novel, translated from Polish by Ann Lee, won the prize on Monday.",
            "The foundation said it had supported local newsrooms in six states.",
        ],
        {"blocked_site", "translation_note", "funder_credit", "tip_line"},
    )
    # The editors' note that an interview was edited is the story's own (body, as the
    # contract has it): no rule takes it.
    for note in (
        "This interview has been edited for length and clarity.",
        "Интервью сокращено и отредактировано для ясности.",
        "Das Gespräch wurde gekürzt und redigiert.",
    ):
        assert not rule_hits(note), note


def test_what_a_page_appends_to_a_story_in_its_last_lines():
    assert_named(
        {
            # A wire story's credit line with several roles.
            "(Reporting by Ann Lee and Tom Brown; additional reporting by Mei Sato; writing "
            "by Joe Kim, editing by Sam Park)": "credit",
            "Writing by Ann Lee; Editing by Tom Brown and Joe Kim": "credit",
            # The reporters' accounts, and an account's address alone on a line.
            "Contact the writers on X: https://x.com/annlee, https://x.com/tbrown": "follow_us",
            "twitter.com/annlee": "profile_url",
            "https://www.instagram.com/@valetimes/": "profile_url",
            "linkedin.com/in/ann-lee": "profile_url",
            # Where to get a podcast, as a label and a bare address.
            "Listen:\xa0http://pod.example/EP_48": "listen_link",
            "iTunes: http://pod.example/EP_48Apple": "listen_link",
            "Apple Podcasts: https://pod.example/show": "listen_link",
            "Anhören: https://pod.example/folge-12": "listen_link",
            "Please note: we're moderating all new comments until the spam attack is over.": (
                "comment_prompt"
            ),
            "Explore further": "related_heading",
            "Further reading": "related_heading",
            "Mehr Themen:": "related_heading",
            "Weitere Beiträge aus der Rubrik:": "related_heading",
            "Das Thema könnte dich auch interessieren:": "related_heading_2",
            # Prompts in a blog's voice and a page's widgets still loading.
            "Verraten Sie uns gerne in den Kommentaren, wie es Ihnen ging.": "comment_prompt",
            "Tell us in the comments which trail you'd pick.": "comment_prompt",
            "We want to hear what you think about this article.": "letters_call",
            "Wird geladen ...": "ui_word",
            "Loading…": "ui_word",
            "Sie sind derzeit nicht angemeldet.": "ui_word",
            # A shopping desk's bio line.
            "Mara Lind is the Courier's deals curator and tests everything she lists.": (
                "author_bio"
            ),
        }
    )
    assert_not_named(
        [
            "Reporting by the Gazette in March showed the contract was never signed.",
            "(Reporting by Ann Lee in Lagos)",  # one role: the model reads it, no rule
            "Listen: we had no choice, the mayor told the council.",
            "https://twitter.com/annlee/status/1234567890",  # a post the story may be about
            "The platform said it was moderating comments more strictly after the vote.",
            "Campaigns reach voters on Facebook at a fraction of the cost of television.",
            "Explore further afield and you will find the old mill.",
            "The museum is looking for a new curator for its shopping exhibition.",
            "Viele Leser verraten in den Kommentaren ihre eigenen Tricks.",
            "Sie erzählen in den Kommentaren von ihren Erfahrungen, sagte die Forscherin.",
            "Der Laden wird geladen, sobald der Lastwagen da ist.",
        ],
        {
            "credit",
            "follow_us",
            "profile_url",
            "listen_link",
            "comment_prompt",
            "related_heading",
            "related_heading_2",
            "author_bio",
            "ui_word",
            "letters_call",
        },
    )
