"""Cue rules: which rule names a line, and which lines no rule names (across languages:
test_cue_languages.py; the index that finds them: test_phrase_index.py)."""

from __future__ import annotations

import re

from conftest import assert_named, assert_not_named, reasons_of

from cleaner.rules import FORMAT_RULES, rule_hits


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


def test_titles_with_a_year_are_not_date_lines():
    titles = [
        "Stock car calendar 2024",
        "Calendário da Fórmula Truck 2019",
        "Budget 2025: what changes for pensioners",
        "Main Street Festival 2019",
        "— Ann Lee (@annlee) November 19, 2019",  # the end of a quoted post
    ]
    assert_not_named(titles, {"dateline_short"})


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


def test_channel_invitations_and_advertiser_compensation():
    assert_named(
        {
            "¿Sabías que tenemos canal de Telegram? Únete desde tu celular.": "follow_us",
            "Receba as notícias no seu WhatsApp: clique aqui e entre no canal": "follow_us",
            "We may receive compensation when you click on links to products.": "affiliate",
        }
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


def test_a_word_list_compiles_to_a_trie_that_matches_the_same_lines():
    import re

    from cleaner.lexicon_eu import phrase_trie

    items = ["read also", "read more", "read", "lees ook", "διαφήμιση", "a.b"]
    pattern = re.compile(phrase_trie(items))
    for item in items:
        assert pattern.fullmatch(item), item
    for other in ["read al", "reads", "lees", "axb", ""]:
        assert not pattern.fullmatch(other), other


def test_pictographs_at_a_line_edge_do_not_hide_its_cue():
    assert_named(
        {
            "👉 Read also: The mayor resigns": "teaser_prefix",
            "🔔 Subscribe": "subscribe_word",
            "➡️ Lire aussi : Le maire démissionne": "teaser_prefix",
        }
    )
    assert reasons_of("© 2024 Outlet") >= {"copyright"}  # the mark a cue spells stays


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
