"""Cue rules across languages: the phrase and whole-line cues name the same kinds of line
(bylines, paywall prompts, share rows, teasers, small print ...) in many languages,
scripts and wordings, and the lines that only look like them stay unnamed."""

from __future__ import annotations

from conftest import assert_named, assert_not_named, reasons_of

from cleaner.rules import FORMAT_RULES, rule_hits


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
        "Dowiedz się więcej: Kto głosował za nową ustawą?": "teaser_prefix",
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


def test_a_teaser_for_the_same_series_writer_or_topic_is_named_in_many_languages():
    assert_named(
        {
            "More from Selling the Borough: Part 2 — The playing fields that became a depot": (
                "teaser_prefix"
            ),
            "Also from the Courier: Bypass roadworks will run into the summer": "teaser_prefix",
            "Meer deur Sarie: Die dag toe die dorp se robot gebreek het": "teaser_prefix",
            "Previously in this column: Why the pavements are still unfinished": "teaser_prefix",
            "Zum selben Thema: Hochwasserschutz verzögert sich erneut": "teaser_prefix",
            "На ту же тему: Мост через реку откроют осенью": "teaser_prefix",
            "Aus dem Archiv: Als die Fähre noch fuhr": "teaser_prefix",
        }
    )
    # A sentence that opens alike, without the teaser's colon, is the article's own.
    assert_not_named(
        [
            "Also from the council's report, which runs to 400 pages, comes a warning on rents.",
            "Zum selben Thema äußerte sich am Abend auch die Bürgermeisterin.",
            "More from habit than conviction, the town kept its old tram depot.",
        ],
        {"teaser_prefix"},
    )


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
            # A label in a script that writes its vowels as marks, networks in theirs.
            "शेयर करें: WhatsApp · Facebook · X": "share_row",
            "शेयर करें: व्हाट्सऐप · फेसबुक · X": "share_row",
            "Chia sẻ: Facebook · Zalo": "share_row",
            "Поделиться: ВКонтакте · Telegram": "share_row",
            "مشاركة: فيسبوك | واتساب | تويتر": "share_row",
        }
    )
    assert_not_named(
        [
            "Facebook and Instagram were down for hours",
            "Facebook, Instagram",
            "Line 2 | X",
            "फेसबुक पर वीडियो वायरल हो गया",
            "Одноклассники и учителя пришли на вечер",
        ],
        {"share_row", "follow_us"},
    )


def test_turkish_capital_dotted_i_matches_cues_written_in_lower_case():
    # Python lower-cases "İ" to "i" plus a combining dot: cues must still match.
    assert_named(
        {
            "İlginizi çekebilir: Kadıköy'de yeni kütüphane açıldı": "teaser_prefix",
            "İLK AY ÜCRETSİZ, sonra aylık 49 TL": "paywall",
        }
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
            # (The dotless "ı" is read as "i", in lines and lists alike: scripts.fold_case.)
            assert all(
                item.replace("\u2019", "'").replace("\u0131", "i") == fold_case(item)
                for item in items
            ), language


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


def test_a_donation_forms_first_person_and_regular_giving_buttons_are_named():
    # The buttons a donation form puts under its amounts, as whole lines; the same words
    # inside a story's sentence are not a button.
    assert_named(
        {
            "Quiero donar mensualmente": "appeal_give",
            "Quero doar": "appeal_give",
            "Ich möchte monatlich spenden": "appeal_give",
            "Je donne chaque mois": "appeal_give",
            "Word vaste donateur": "appeal_give",
            "Become a monthly donor": "appeal_give",
            "Zostań stałym darczyńcą": "appeal_give",
            "Станьте постоянным донором": "appeal_give",
            "Otro valor": "appeal_give",
            "Másik összeg": "appeal_give",
            "दान करें": "appeal_give",
        }
    )
    assert_not_named(
        [
            "Quiero donar mensualmente a la parroquia, dijo Marta, pero no me alcanza.",
            "Ich spende monatlich an zwei Vereine, sagt die Rentnerin.",
            "Otro valor que destacan los vecinos es la tranquilidad del barrio.",
        ],
        {"appeal_give"},
    )


def test_stock_library_courtesy_and_agency_credits_alone_on_a_line_are_named():
    assert_named(
        {
            "Image by Gerd Altmann from Pixabay": "photo_credit",
            "Photo de Léa Petit sur Unsplash": "photo_credit",
            "Imagen de Gerd Altmann en Pixabay": "photo_credit",
            "Courtesy of Andrew Vaughan": "photo_credit",
            "(Photo courtesy of the artist)": "photo_credit",
            "Getty Images": "photo_credit",
            "Getty Images for Netflix": "photo_credit",
            "AP Photo/Mark Lennihan": "photo_credit",
        }
    )
    # A sentence that opens the same way goes on past a credit's few words.
    assert_not_named(
        [
            "Courtesy of the museum, the painting will stay in town until May.",
            "Getty Images reported higher revenue for the third quarter.",
            "Shutterstock shares fell 12% on Tuesday.",
            "A photo by Ansel Adams on loan from the museum hangs in the hall.",
        ],
        {"photo_credit"},
    )


def test_a_trail_after_its_you_are_here_label_is_a_breadcrumb():
    assert_named(
        {
            "Sie sind hier: Startseite » Aktuelles » Gemeindeleben": "breadcrumb",
            "Vous êtes ici : Accueil > Actualités": "breadcrumb",
            "You are here: Home / Blog / Gardening": "breadcrumb",
        }
    )
    assert_not_named(
        ['"You are here: this is where it all began," she said, pointing at the map.'],
        {"breadcrumb"},
    )


def test_image_viewers_ad_players_and_continuation_notes_are_named():
    assert_named(
        {
            "Enlarge this image": "ui_word",
            "toggle caption": "ui_word",
            "(Opens in a new tab)": "ui_word",
            "Video Ad Feedback": "ui_word",
            "Skip Ad": "ui_word",
            "Promoted Stories": "advert_word",
            "Related videos": "related_heading_2",
            "Artikel wird unter der Werbung fortgesetzt": "advert_word",
            "Continúa leyendo después de la publicidad": "advert_word",
            "Tu navegador no soporta el elemento de audio.": "widget_ui",
        }
    )
    # A link's note inside a sentence is the sentence's.
    assert_not_named(
        ["Read the full report (opens in a new window) on the council's website."],
        {"ui_word"},
    )


def test_log_in_prompts_in_both_registers_and_chinese_spellings_are_named():
    # A site speaks to its reader with the familiar "you" as often as the polite one, and
    # Chinese writes "already" as 已 or 已經/已经, in either script.
    assert_named(
        {
            "Već imaš račun? Prijavi se za nastavak čitanja.": "paywall",
            "Už máš účet? Přihlas se a čti dál.": "paywall",
            "Melde dich an und lies weiter": "paywall",
            "Ben je al lid? Log dan hier in.": "paywall",
            "Ты уже подписан? Войди, чтобы читать дальше": "paywall",
            "已经是订阅用户？请登录": "paywall",
            "已經是訂戶？登入即可閱讀全文": "paywall",
            "すでに有料会員の方はこちらからログイン": "paywall",
            "이미 구독 중이신가요? 로그인": "paywall",
        }
    )
    # A how-to's step and a news sentence with the same words are not prompts; nor is
    # having an account, which a consumer story tells its reader about too.
    assert_not_named(
        [
            "Ako već imaš račun u toj banci, prijenos je besplatan do tisuću eura.",
            "Hast du schon ein Konto bei der Bibliothek, kannst du dich sofort anmelden.",
            "Accedi al tuo account dall'app e scegli la voce Impostazioni.",
            "Ya estás registrado en el censo si votaste en las últimas elecciones.",
            "该国已经是会员国之一，也参加了本次会议。",
        ],
        {"paywall"},
    )


def test_having_an_account_is_a_prompt_only_when_the_site_asks_it():
    assert_named(
        {
            "Vous avez déjà un compte ? Connectez-vous": "paywall",
            "Već imate račun? Prijavite se": "paywall",
            "¿Ya tienes una cuenta de WordPress.com? Inicia sesión ahora.": "paywall",
            "Heeft u al een account? Log in": "paywall",
            "已有帳號？登入": "paywall",
            "Sie haben bereits ein Konto": "paywall",  # a button's line
        }
    )
    # A consumer story tells its reader the same, and goes on.
    assert_not_named(
        [
            "Si vous avez déjà un compte à la médiathèque, il suffit de saisir votre numéro.",
            "Ako već imate račun u toj banci, prijenos je besplatan do tisuću eura.",
            "Wer sagt: Sie haben bereits ein Konto bei der Sparkasse, also zahlen Sie nichts.",
            "他说已有帳號的用户可以直接转账，新用户需要先到柜台办理手续。",
        ],
        {"paywall"},
    )
