"""Cue lexicons per label, kept as data: European languages in Latin and Cyrillic script
(most cues in English, German, French, Spanish, Russian, Italian, Portuguese, Polish);
lexicon_intl.py adds Arabic, Hebrew, Persian, Hindi, Thai, Chinese, Japanese, Korean,
Indonesian, Vietnamese, Ukrainian and Greek under the same reasons, and lexicon_eu.py,
lexicon_calls.py, lexicon_widgets.py, lexicon_teasers.py, lexicon_platforms.py (newsletter
platforms and podcast pages) and lexicon_blogs.py (blog engines' widgets) add per-language
tables for some 76 languages; lexicon_pages,
lexicon_magazine, lexicon_health, lexicon_newsroom (reader-funded and exiled newsrooms) and
lexicon_commerce (reviews', recipes' and guides' shop and widget furniture) and
lexicon_opinion (opinion, letters, interview, fact-check and live-blog furniture) and
lexicon_local (local pages' and obituaries' furniture) and lexicon_entertainment (embeds',
players', galleries' and where-to-watch boxes' furniture) and lexicon_politics (results
widgets', coverage hubs' and paid political adverts' furniture) and lexicon_tech (code blocks',
deal widgets' and review samples' furniture) and lexicon_environment (weather maps'
controls, chart credits, series notes, alert offers) for some 80; lexicon_core fills in
the commonest furniture (skip links, ad labels, "Related news", "Read also: ...", bylines'
labels, share rows) for all 82.

`WHOLE_LINE` patterns must match an entire (short) unit; `PHRASES` may match anywhere.
Patterns are lower-case, use no nested quantifiers (no catastrophic backtracking) and
are compiled once in rules.py.
"""

from __future__ import annotations

from .lexicon_blogs import PHRASES_BLOGS, WHOLE_LINE_BLOGS
from .lexicon_booking import WHOLE_LINE_BOOKING
from .lexicon_buttons import WHOLE_LINE_BUTTONS
from .lexicon_calls import PHRASES_CALLS
from .lexicon_causes import PHRASES_CAUSES, WHOLE_LINE_CAUSES
from .lexicon_commerce import PHRASES_COMMERCE, WHOLE_LINE_COMMERCE
from .lexicon_consent import PHRASES_CONSENT
from .lexicon_core import PHRASES_CORE, WHOLE_LINE_CORE
from .lexicon_disclosures import PHRASES_DISCLOSURES
from .lexicon_entertainment import PHRASES_ENTERTAINMENT, WHOLE_LINE_ENTERTAINMENT
from .lexicon_environment import PHRASES_ENVIRONMENT, WHOLE_LINE_ENVIRONMENT
from .lexicon_eu import BYLINE_PREFIXES_EU, PHRASES_EU, WHOLE_LINE_EU
from .lexicon_events import PHRASES_EVENTS, WHOLE_LINE_EVENTS
from .lexicon_family import PHRASES_FAMILY, WHOLE_LINE_FAMILY
from .lexicon_furniture import PHRASES_FURNITURE
from .lexicon_health import PHRASES_HEALTH, WHOLE_LINE_HEALTH
from .lexicon_hobbies import PHRASES_HOBBIES, WHOLE_LINE_HOBBIES
from .lexicon_intl import PHRASES_INTL, TEASER_END, WHOLE_LINE_INTL, merge_cues
from .lexicon_labels import PHRASES_LABELS, WHOLE_LINE_LABELS
from .lexicon_lifestyle import PHRASES_LIFESTYLE, WHOLE_LINE_LIFESTYLE
from .lexicon_live import PHRASES_LIVE
from .lexicon_local import PHRASES_LOCAL, WHOLE_LINE_LOCAL
from .lexicon_magazine import PHRASES_MAGAZINE, WHOLE_LINE_MAGAZINE
from .lexicon_newsroom import PHRASES_NEWSROOM, WHOLE_LINE_NEWSROOM
from .lexicon_opinion import PHRASES_OPINION, WHOLE_LINE_OPINION
from .lexicon_pages import PHRASES_PAGES, WHOLE_LINE_PAGES
from .lexicon_platforms import PHRASES_PLATFORMS, WHOLE_LINE_PLATFORMS
from .lexicon_politics import PHRASES_POLITICS, WHOLE_LINE_POLITICS
from .lexicon_public import PHRASES_PUBLIC, WHOLE_LINE_PUBLIC
from .lexicon_release import PHRASES_RELEASE
from .lexicon_sectors import PHRASES_SECTORS, WHOLE_LINE_SECTORS
from .lexicon_services import PHRASES_SERVICES, WHOLE_LINE_SERVICES
from .lexicon_teasers import PHRASES_TEASERS, WHOLE_LINE_TEASERS
from .lexicon_tech import PHRASES_TECH, WHOLE_LINE_TECH
from .lexicon_visits import PHRASES_VISITS, WHOLE_LINE_VISITS
from .lexicon_widgets import PHRASES_WIDGETS
from .months import MONTHS as _MONTHS
from .months import MORE_MONTHS as _MORE_MONTHS
from .months import THAI_MONTHS as _THAI_MONTHS
from .months import YEAR_DATE as _YEAR_DATE

# The label of a source line: "Source: Energy Agency", "Quelle: dpa", "Kilde: X" (under a
# photo its credit, under a table the table's source: decide.py tells them apart).
SOURCE_WORDS = (
    r"sources?|quellen?|kilder?|fontes?|fuentes?|źródło|źródła|bron(nen)?|källa|källor|"
    r"lähde|lähteet|zdroje?|forrás|surs[ae]|izvori?|vir|πηγή|источник|джерело|kaynak|"
    r"sumber|nguồn"
)

# A letter, and a letter or a vowel sign, for a label's words: Indic scripts write vowels
# as marks, which are not word characters ("शेयर करें").
_LETTER = r"[^\W\d_]"
_LETTER_OR_MARK = r"([^\W\d_ ]|[\u0900-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])"
# Social networks and messengers, as share buttons name them.
_NETWORKS = (
    r"facebook|whatsapp|twitter|x|telegram|viber|linkedin|instagram|pinterest|reddit|"
    r"e-?mail|messenger|threads|bluesky|tiktok|youtube|flipboard|xing|vk|vkontakte|"
    r"odnoklassniki|ok|line|kakaotalk|weibo|wechat|mastodon|tumblr|pocket|zalo|"
    # ... as other scripts spell them ("ВКонтакте", "व्हाट्सऐप", "واتساب").
    r"вконтакте|одноклассники|фейсбук|телеграм|ватсап|फेसबुक|व्हाट्सऐप|व्हाट्सएप|ट्विटर|"
    r"فيسبوك|فيس بوك|فیسبوک|واتساب|واتساپ|تويتر|توییتر|تيليجرام|تلگرام"
)
# Networks a site's accounts are on, for a list of them: the share buttons' networks but
# those that are also words ("x", "line", "ok", "pocket", "e-mail") or only places to share
# to, and Snapchat.
_NOT_ACCOUNTS = frozenset(
    "x line ok pocket e-?mail messenger reddit flipboard xing odnoklassniki одноклассники "
    "tumblr".split()
)
_LISTED_NETWORKS = "|".join(
    [name for name in _NETWORKS.split("|") if name not in _NOT_ACCOUNTS] + ["snapchat"]
)
# A price in an offer ("0,99 €", "$4.99", "29 zł", "590 динара"; digits bounded, so a run
# of digits cannot make the search quadratic), what follows the opening
# price ("then", "danach", "potem"), and a period ("a month", "monatlich", "/mies.").
_PRICE = (
    r"(\d{1,6}([.,]\d{1,2})? ?(€|\$|£|₽|₴|₺|eur\b|euros?\b|zł|zl\b|лв\.?|lv\.?|kč|ft\b|lei\b|"
    r"kr\.?|sek\b|nok\b|dkk\b|chf\b|fr\.|din\.?|dinara|динара|руб\w*|грн|tl\b|kn\b)|"
    r"(€|\$|£) ?\d{1,6}([.,]\d{1,2})?)"
)
_THEN = (
    r"then|thereafter|after that|danach|anschließend|dann|puis|ensuite|después|luego|"
    r"depois|poi|dopo|daarna|vervolgens|potem|następnie|затем|потом|далее|след това|"
    r"після|потім|далі|pak|poté|potom|následne|majd|utána|apoi|după aceea|sonra|ardından|"
    r"sitten|sedan|därefter|deretter|derefter|zatim|nakon toga|nato|posle|после тога"
)
_PER_PERIOD = (
    r"(a|per|/) ?(month|mo|year|week)\b|monthly|yearly|annually|monatlich|jährlich|"
    r"(pro|im|/) ?(monat|jahr)|par mois|/ ?mois|par an\b|al mes\b|/ ?mes\b|al año|al mese|"
    r"/ ?mese|all'anno|ao mês|por mês|/ ?mês|por ano|per maand|per jaar|/ ?maand|"
    r"miesięcznie|/ ?mies|za miesiąc|rocznie|в месяц|/ ?мес|на месец|на месяц|на місяць|"
    r"месечно|mjesečno|mesečno|na mesec|měsíčně|mesačne|havonta|havi\b|pe lună|lunar|"
    r"aylık|ayda|kuukaudessa|/ ?kk|i månaden|per måned|pr\. måned|om måneden|i måneden|"
    r"/ ?mån\b|/ ?mnd\b|/ ?md\b"
)


# A button of a share row: "Facebook", "Share on Facebook", "Condividi su WhatsApp", or
# one that names its action: "Copy link", "Copier le lien", "Tweet", "Print".
_SHARED = (
    r"((share|post|send|condividi|partager|compartir|compartilhar|teilen|deel|dela|del|"
    r"сподели|поделиться|поділитися|podijeli|podeli|sdílet|zdieľať|udostępnij|distribuie) "
    r"(on|via|to|su|sur|en|no|auf|op|på|във|в|на|na|pe) )?(" + _NETWORKS + r")|"
    r"copy link|copier le lien|link kopieren|copiar (el )?enlace|copia (il )?link|"
    r"copiar link|kopiuj link|"
    # Bare buttons glued into one line: "Share Tweet Email Print".
    r"share|tweet|pin it|print|teilen|drucken|partager|imprimer|compartir|imprimir|"
    r"condividi|stampa|compartilhar|delen|udostępnij|drukuj|поделиться|печать"
)
_CLOCK_TIME = (
    # ("15.12" alone may be a number: with a dot, an "am", "h" or a zone must follow; "at"
    # may come first: "kl. 14.32", "klo 9.05", "godz. 14:32", "16.02 uur", "21:05 ч.")
    r"((kl|klo|godz|ore|ora|om|um|at)\.? ([01]?\d|2[0-3])[:.h][0-5]\d ?|"
    r"([01]?\d|2[0-3])(:[0-5]\d ?|h[0-5]\d ?|\.[0-5]\d ?(?=[aphuч]| ?(gmt|utc|cet|cest|bst)\b)))"
    r"(a\.?m|p\.?m|uhr|uur|u|h|hrs|ч)?\.?"
    r"( (gmt|utc|cet|cest|et|pt|est|edt|pst|pdt|bst|msk))?$"
)
# A short line that holds a date or time and little else (dateline_short below).
_DATE_LINE = (
    # (One separator throughout: "7.5/10" is a rating.)
    r"([^\n]{0,30}(\b\d{1,2}(\.|\. )\d{1,2}(\.|\. )\d{2,4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|"
    r"\b(19|20)\d\d[./-]\d\d?[./-]\d\d?\b|(?<![\d:+])([01]?\d|2[0-3]):[0-5]\d(?![\d:]))[^\n]{0,30}|"
    r"(?=(\S+\s){0,3}(" + _MONTHS + r")\b)[^\n]{0,40}\b(19|20)\d\d\b[^\n]{0,30}|"
    # A Thai month's name (no word boundary after its dotted abbreviation), the year in the
    # Buddhist era or not: "วันอาทิตย์ที่ 15 กุมภาพันธ์ 2569 เวลา 21.35 น.".
    r"(?=(\S+\s){0,3}(" + _THAI_MONTHS + r"))[^\n]{0,40}\b(19|20|25)\d\d\b[^\n]{0,30}|"
    # ... and the other calendars' and scripts' (MORE_MONTHS), a particle maybe joined before
    # the name ("ខែមីនា"), the year maybe a solar one ("۲۵ اسفند ۱۴۰۳", read in ASCII digits).
    r"(?=(\S+\s){0,3}\S{0,3}(" + _MORE_MONTHS + r")(?![^\W\d_]))[^\n]{0,40}"
    r"\b(13|14|19|20)\d\d\b[^\n]{0,30})$"
)
# Words of a life's dates and a funeral's time in an obituary ("Born 3 March 1941 in ...",
# "Beerdigung am 2. Dezember um 14 Uhr", "* 12.03.1938 † 28.11.2026"): the story's own
# dates, never a page's (dateline_short).
_LIFE_EVENTS = (
    r"†|✝|\b(born|died|passed away|funeral|burial|visitation|memorial service|requiem|"
    r"geb\.|geboren|gestorben|verstorben|beerdigung|beisetzung|trauerfeier|"
    r"né|née|décédée?|obsèques|funérailles|inhumation|nacid[oa]|falleci[óo]|sepelio|velorio|"
    r"nat[oa]|mort[oa]|funerale|esequie|nascid[oa]|faleceu|sepultamento|velório|"
    r"overleden|uitvaart|urodzon[ya]|zmarł[a]?|pogrzeb|narozen[aá]?|zemřel[a]?|pohřeb|"
    r"родил(ся|ась)|умер(ла)?|скончал(ся|ась)|похороны|прощание|народи(вся|лася)|помер(ла)?|"
    r"похорон|doğdu|vefat|cenaze|född|avled|begravning|født|døde|begravelse|"
    r"syntyi|kuoli|hautajaiset|született|elhunyt|temetés|născut[ăa]?|decedat[ăa]?|"
    r"înmormântare|rođen[a]?|preminu[oul]a?|sahrana|pogreb|κηδεία|γεννήθηκε|πέθανε|"
    r"fædd(ur)?|dáin(n)?|látin(n)?|útför|gimė|mirė|laidotuvės|dzimis|dzimusi|miris|mirusi|"
    r"lindi|vdiq|varrimi|нарадзіў(ся)?|памёр|памерла)\b"
)
# Periods a price is paid for: "a month", "pro Monat", "al mese", "miesięcznie", "/mån".
# ... and the little words before them: "a month", "pro Monat", "al mese", "/month".
# Payment services an appeal lists (payment_methods).
_PAYMENT_WAYS = (
    r"paypal|patreon|ko-fi|liberapay|boosty|m-pesa|mpesa|bkash|gcash|esewa|khalti|liqpay|"
    r"monobank|revolut|blik|twint|swish|vipps|mobilepay|bizum|ерип|sepa"
)
_PER = r"a|per|/|pro|par|al|por|в|im|ao|na|w|le|el|il|i"
_PERIODS = (
    r"(month|monthly|mo|year|yearly|yr|week|monat|monatlich|jahr|woche|mois|an|année|"
    r"semaine|mes|año|semana|mese|anno|settimana|mês|ano|miesiąc|miesięcznie|rok|tydzień|"
    r"месяц|год|неделю|місяць|міс|рік|maand|jaar|månad|mån|år|vecka|ay|yıl|hafta|hó|hónap|"
    r"havi|בחודש|לחודש)\b"
)

# A row of a page's buttons or menu items: three or more short items (words with single
# spaces) between bars, dots, slashes or wide gaps.
_ROW_SEP = r"(?: ?[|·•/] ?|  +|\u3000+)"
_ROW_ITEM = r"[^\s|·•/\u3000](?:[^|·•/\s]| (?! ))*"
_ROW_EDGE = r"[\s|·•/\u3000]"
# The items a site's top menu holds in any language: log in, register, search, menu, the
# home page ("Home" alone may head a results table: "Home | Draw | Away").
_MENU_ITEMS = (
    r"homepage|log ?in|sign in|sign up|register|menu|search|my account|startseite|"
    r"anmelden|registrieren|suche|accueil|connexion|se connecter|rechercher|inicio|buscar|"
    r"iniciar sesión|entrar|registrarse|accedi|cerca|registrati|início|pesquisar|главная|"
    r"войти|поиск|меню|регистрация|strona główna|zaloguj( się)?|szukaj|ana sayfa|"
    r"giriş( yap)?|arama|αρχική|σύνδεση|αναζήτηση|首页|首頁|登录|登入|搜索|搜尋|菜单|選單|注册|"
    r"註冊|メニュー|検索|ログイン|ホーム|新規登録|전체\s?메뉴|메뉴|로그인|회원가입|검색|홈|หน้าแรก|"
    r"เข้าสู่ระบบ|ค้นหา|เมนู|الرئيسية|تسجيل الدخول|بحث|القائمة|דף הבית|התחברות|חיפוש|תפריט|"
    r"صفحه اصلی|ورود|جستجو|منو|होम|लॉग इन|खोज|मेनू|trang chủ|đăng nhập|tìm kiếm|beranda|masuk|cari"
)
# A cookie banner's buttons: one that accepts and one that refuses or opens the settings.
_CONSENT_YES = (
    r"accept|agree|allow|akzeptieren|zustimmen|accepter|aceptar|accetta|aceitar|accepteren|"
    r"akceptuj|godkänn|acceptera|accepter|godta|hyväksy|přijmout|elfogad|accept|kabul|"
    r"принять|согласен|同意|동의|ยอมรับ|قبول|אישור|پذیرش|ok"
)
_CONSENT_NO = (
    r"reject|decline|deny|necessary|essential|settings|preferences|manage|customi[sz]e|"
    r"ablehnen|einstellungen|notwendige|refuser|paramètres|personnaliser|rechazar|"
    r"configurar|rifiuta|impostazioni|rejeitar|configurações|weigeren|instellingen|"
    r"odrzuć|ustawienia|avvisa|inställningar|nödvändiga|afvis|indstillinger|avslå|"
    r"innstillinger|hylkää|asetukset|odmítnout|nastavení|elutasít|beállítások|respinge|"
    r"setări|reddet|ayarlar|отклонить|настройки|拒绝|设置|拒否|設定|거부|설정|ปฏิเสธ|"
    r"ตั้งค่า|رفض|الإعدادات|דחייה|הגדרות|رد|تنظیمات"
)

# label -> {reason: regex}; each regex is matched against the whole lower-cased unit,
# with surrounding punctuation and bullets already stripped.
WHOLE_LINE: dict[str, dict[str, str]] = {
    "ui": {
        # A site's menu row: "Home | News | Sport | Log in", "メニュー　検索　ログイン".
        "menu_row": (
            rf"(?=(?:.*{_ROW_EDGE})?(?:{_MENU_ITEMS})(?:{_ROW_EDGE}|$))"
            rf"{_ROW_ITEM}(?:{_ROW_SEP}{_ROW_ITEM}){{2,}}"
        ),
        # A lone image address the extractor kept from page metadata (a link to a page,
        # such as a petition, can be the article's own content: it stays).
        "image_url": r"(https?://|www\.)\S+\.(jpe?g|png|gif|webp|svg|avif)(\?\S*)?",
        # Text-size buttons: "A- A+", "Ա- Ա+".
        # (A trailing "-" is cut off as the line's edge: "A+ A-" reads "a+ a".)
        "font_size": (
            r"[^\W\d_]{1,2} ?[-−–] ?[^\W\d_]{1,2} ?\+|[^\W\d_]{1,2} ?\+ ?[^\W\d_]{1,2} ?[-−–]|"
            r"a\+ ?a|а\+ ?а"
        ),
        # A government page's feedback box: "Was this page helpful?"
        "page_feedback": (
            r"(was this (page|article|information) (helpful|useful)|"
            r"(war|ist) (diese|dieser) (seite|artikel|beitrag|information) hilfreich|"
            r"(cette page|cet article|cette information) (vous )?a-t-(elle|il) été utile|"
            r"¿?(te|le) (ha )?(resultó|ha resultado|fue|ha sido) útil (esta|este) "
            r"(página|artículo|información)|"
            r"¿?(esta|este) (página|artículo|información) (te|le) (ha )?(resultó|fue|ha sido) útil|"
            r"questa pagina ti è stata utile|questa pagina è stata utile|"
            r"esta página (foi|lhe foi|te foi) útil|esta informação foi útil|"
            r"czy (ta strona|ten artykuł|te informacje) (była|był|były) (pomocn|przydatn)\w*|"
            r"(is|was) deze (pagina|informatie) (nuttig|handig)|"
            r"(была ли|была ли вам) (эта )?(страница|статья|информация) полезн\w*|"
            r"чи (була|був) (ця|цей) (сторінка|інформація|матеріал) корисн\w*|"
            r"var (denne siden|den här sidan|denne side) (nyttig|till hjälp|hjælpsom)|"
            r"oliko (tästä sivusta|sivusta) (apua|hyötyä)|byla (tato stránka|pro vás tato stránka) "
            r"užitečná|bola (táto stránka|pre vás táto stránka) užitočná|"
            r"bu (sayfa|içerik) (yararlı|faydalı) (mıydı|oldu mu)|hasznos volt (ez az oldal|"
            r"ez a cikk|az információ)|(această pagină|acest articol) (v-)?a fost (util|utilă)|"
            r"(je li|da li) (vam )?(je )?(ova stranica|ovaj članak|ova informacija) "
            r"(bila|bio)? ?(korisna|koristan)|"
            r"apakah (informasi|halaman|artikel) ini (membantu|bermanfaat)|"
            r"क्या यह (पृष्ठ|पेज|जानकारी) (उपयोगी|मददगार) (था|थी)|"
            r"did you find what you were looking for|fant du det du (lette|så) etter|"
            r"hittade du det du (letade|sökte) efter|fandt du det,? du (ledte|søgte) efter|"
            r"hast du gefunden,? was du gesucht hast|haben sie gefunden,? was sie gesucht haben)\??"
            # ... with its buttons in the same row: "| Sì | No".
            r"( ?[|/]? ?(yes|no|sì|si|sí|ja|nein|oui|non|sim|não|tak|nie|da|ne|да|нет|ні|"
            r"evet|hayır|igen|nem|kyllä|ei|ano|áno|nee|jah))*"
        ),
        "ui_nav": (
            r"kontakt|contact( us)?|inhaltsverzeichnis|table of contents|sommaire|índice|"
            r"содержание"
        ),
        "ui_word": (
            r"remind me later|maybe later|not now|no,? thanks|no thank you|close|continue|"
            r"load more|show more|read more|see more|print|print this( article| page)?|"
            r"back to top|top|menu|search|skip to (main )?content|expand|collapse|"
            r"cancel|ok|got it|dismiss|next|previous|"
            # A live page's controls: "Auto-refresh: ON", "Show earlier posts".
            r"auto-?refresh( ?: ?(on|off))?|(show|load) (earlier|older|newer) "
            r"(posts|entries|updates)|\d+ new (posts?|updates?)|"
            r"next article|previous article|zoom|listen|listen to (this )?(article|story)|"
            # A widget still loading, a logged-out note: "Loading...", "Wird geladen".
            r"(loading|wird geladen|lädt|chargement( en cours)?|cargando|carregando|"
            r"caricamento( in corso)?|ładowanie|загрузка|bezig met laden|načítání)|"
            r"you are not logged in|sie sind (aktuell |derzeit |noch )?nicht (eingeloggt|"
            r"angemeldet)|du bist (aktuell |derzeit |noch )?nicht (eingeloggt|angemeldet)|"
            r"vous n'êtes pas connecté(e)?|no has iniciado sesión|non sei connesso|"
            r"später erinnern|später|nicht jetzt|schließen|weiter|weiterlesen|mehr laden|"
            r"mehr anzeigen|drucken|zum seitenanfang|nach oben|abbrechen|zurück|"
            r"plus tard|fermer|continuer|imprimer|voir plus|retour en haut|suivant|précédent|"
            r"más tarde|ahora no|cerrar|continuar|imprimir|ver más|cargar más|volver arriba|"
            r"seguir leyendo|sigue leyendo|seguí leyendo|continuar leyendo|continuar lendo|"
            r"напомнить позже|позже|не сейчас|закрыть|продолжить|печать|показать ещё|"
            r"показать еще|наверх|далее|"
            r"più tardi|chiudi|continua|stampa|mostra altro|"
            r"mais tarde|fechar|ver mais|"
            r"później|zamknij|drukuj|pokaż więcej|wybieram|akceptuję|odrzuć|zgadzam się|"
            r"dowiedz się więcej|czytaj więcej|zobacz więcej|"
            r"sluiten|lees verder|later herinneren|nu niet|zavřít|později|kapat|daha sonra|"
            r"stäng|luk|lukk|sulje|bezár|închide|закрити|"
            # Leftovers of embedded posts and image viewers.
            r"view this (post|photo) on (instagram|facebook|twitter)|"
            r"sieh dir diesen beitrag auf instagram an|voir cette publication sur instagram|"
            r"ver esta publicación en instagram|visualizza questo post su instagram|"
            r"ver essa (foto|publicação) no instagram|click (here )?to enlarge|"
            # An image viewer's and a caption's toggles, a link's screen-reader note, an ad
            # player's buttons: "Enlarge this image", "toggle caption", "(Opens in a new
            # tab)", "Ad Feedback", "Skip Ad".
            r"enlarge this image|(toggle|hide|show) caption|"
            r"opens in (a )?new (window|tab)|"
            r"(video )?ad feedback|skip ad|"
            r"zum vergrößern( bitte)? (an)?klicken|cliquez pour agrandir|haz clic para ampliar|"
            # A player's, a live blog's and a consent box's buttons; a recipe's tools.
            r"play( episode| now)?|pause|listen now|refresh( (the )?(page|feed|blog))?|"
            r"update (the )?(feed|ticker)|ticker aktualisieren|seite aktualisieren|"
            r"aktualisieren|neu laden|actualiser|rafraîchir|actualizar|aggiorna|atualizar|"
            r"vernieuwen|обновить|оновити|odśwież( relację| stronę)?|"
            r"accept( all| cookies)?|i agree|einverstanden|(alle )?akzeptieren|zustimmen|"
            r"j'accepte|(tout )?accepter|aceptar( todo)?|acepto|accett[oa]( tutt[oi])?|"
            r"aceitar( tudo)?|aceito|принять|"
            r"save( recipe)?|print recipe|stampa la ricetta|salva|rezept drucken|speichern|"
            r"imprimer la recette|enregistrer|imprimir (la )?receta|guardar|imprimir receita|"
            r"salvar|"
            # A live blog's new-entries button; a comment form's buttons.
            r"show (\d+ )?(latest|new) (updates|posts|entries)|neue beiträge anzeigen|"
            r"afficher les nouveaux (posts|messages)|mostrar (nuevas )?actualizaciones|"
            r"prosseguir|submit|send|post comment|cancel reply|antwort abbrechen|"
            r"kommentar abschicken|annuler la réponse|cancelar (la )?respuesta|annulla risposta|"
            r"cancelar resposta|anuluj pisanie odpowiedzi|reactie annuleren|anulează răspunsul|"
            r"отменить ответ|wyślij|enviar|invia|envoyer|senden|absenden|verzenden|отправить"
        ),
    },
    "social": {
        "share_word": (
            r"share|share this|share this (article|story|post|page)|share on \w+|tweet|"
            r"email|e-mail|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|pinterest|"
            r"copy link|copy url|link copied|teilen|artikel teilen|beitrag teilen|"
            r"partager|partager (cet|l')article|compartir|compartir en \w+|поделиться|"
            r"condividi|compartilhar|partilhar|udostępnij|sharen mit|"
            r"(condividi|compartir|partager|teilen|compartilhar|partilhar|udostępnij|paylaş|"
            r"поделиться|dela|del|deel|сподели|podijeli|podeli|sdílet|zdieľať|distribuie) "
            r"(su|en|sur|auf|no|na|w|в|във|на|op|på|via|pe) \w+|"
            r"deel dit artikel|delen|sdílet|sdílejte|paylaş|bu haberi paylaş|dela artikeln|"
            r"del artiklen|jaa|megosztás|distribuie|поділитися"
        ),
        # A lone address of an account on a network: "twitter.com/annlee", "instagram.com/
        # @outlet/" (a post's address, with more path, may be what the story is about).
        "profile_url": (
            r"(https?://)?(www\.|mobile\.|m\.)?((twitter|x|facebook|fb|instagram|linkedin|tiktok|"
            r"youtube|threads|bsky|t)\.(com|net|app|me)|mastodon\.social)/"
            r"((in|company|user|c|channel|profile)/)?@?[\w.-]{1,40}/?"
        ),
        # A row of share buttons in any language: two or more networks, perhaps under a
        # short label ("Bagikan: WhatsApp | Facebook | X | Salin tautan").
        "share_row": (
            r"(" + _LETTER + _LETTER_OR_MARK + r"{0,15}( " + _LETTER_OR_MARK + r"{1,15})? ?: ?)?"
            r"(" + _SHARED + r")( ?[|·•/] ?| )(" + _SHARED + r")"
            r"(( ?[|·•/] ?| )(" + _SHARED + r"))*"
            r"( ?[|·•/] ?[^|·•/\d]{1,25})?"
        ),
    },
    "newsletter": {
        # A newsletter box's heading on its own line.
        "newsletter_word": (
            r"(e-?mail )?newsletters?|(daily|weekly|morning|evening) (briefing|newsletter)|"
            r"newsletter abonnieren|lettre d'information|boletín|boletim|рассылка|"
            r"nieuwsbrief|biuletyn|bülten|nyhetsbrev|uutiskirje|hírlevél"
        ),
    },
    "promo": {
        # Where to get a podcast or a file, as a label and a bare address: "Listen: http://
        # ...", "iTunes: https://...", "Download: www...".
        "listen_link": (
            r"(listen|listen (on|in|via|at|with) [\w .]{1,25}|download|subscribe|itunes|"
            r"apple podcasts|google podcasts|spotify|stitcher|pocket casts|overcast|soundcloud|"
            r"rss|podcast|anhören|hören|écouter|escuchar|escucha|ascolta|ouça|ouvir|luister|"
            r"herunterladen|télécharger|descargar|scarica|baixar)\s?:\s?(https?://|www\.)\S+"
        ),
        # A bare call to action: "Click here to get the app", "Klicken Sie hier".
        "click_here": (
            r"(click|tap) here( to [^.!?]{1,45})?|klicken sie hier([ ,][^.!?]{1,40})?|"
            r"cliquez ici( pour [^.!?]{1,40})?|(haga|haz) clic aquí( para [^.!?]{1,40})?|"
            r"нажмите (здесь|сюда)[^.!?]{0,40}|clicca qui( per [^.!?]{1,40})?|"
            r"clique aqui( para [^.!?]{1,40})?|[点點]击(购票|报名|预约|下载|查看)|"
            r"點擊(購票|報名|預約|下載|查看)"
        ),
        "advert_word": (
            r"advertisement|advertising|ad|adv|sponsored|sponsored content|paid content|"
            r"promoted stories|promoted content|"
            r"story continues below advertisement|article continues below( advertisement)?|"
            r"anzeige|werbung|gesponsert|publicité|pub|publicidad|anuncio|patrocinado|"
            r"реклама|pubblicità|publicidade|anúncio|reklama|"
            r"advertentie|reklam|annons|annonce|mainos|hirdetés|publicitate|"
            # "The article continues after the advertisement", in a few languages.
            r"continua (após a|depois da) publicidade|"
            r"la noticia (continúa|sigue) (tras|después de) la publicidad|"
            r"contin[uú]a leyendo (tras|después de) la publicidad|"
            r"(l'article )?continue après la publicité|continua dopo la pubblicità|"
            r"(der )?artikel (geht )?(nach|unter) (der|dieser) (anzeige|werbung)( weiter)?|"
            r"(der )?artikel wird (nach|unter) der (anzeige|werbung) fortgesetzt|"
            r"weiterlesen nach der (anzeige|werbung)|artikel fortsetzen nach der anzeige|"
            r"videoen starter efter reklamen|videon börjar efter reklamen|"
            r"videoen starter etter reklamen|het artikel gaat verder na de advertentie|"
            r"(mainos ?[–-] ?)?juttu jatkuu (alla|mainoksen jälkeen)|"
            r"(advertisement ?[–-] ?)?(story|article) continues (below|after (the )?(ad|advert))"
        ),
    },
    "comments": {
        # A button that opens, loads or hides the comments, maybe with their count: "Show
        # 19 comments", "Ver los 264 comentarios", "Alle 12 Kommentare anzeigen". It names
        # the comments, so it is the comment section's, not a bare control (`ui`).
        "comment_button": (
            r"((show|view|see|read|load|display|open|hide|expand)( all| the| more| older|"
            r" newer| previous| earlier| \d[\d,.]*)* (comments?|replies|responses)|"
            r"(afficher|voir|lire|charger|masquer)( les| plus de| tous les| \d+)* "
            r"(commentaires?|réactions)|"
            r"(ver|mostrar|cargar|leer|ocultar|carregar|ler)( los| las| todos los| os| todos os|"
            r" más| mais| \d+)* (comentarios?|comentários?)|"
            r"(mostra|visualizza|carica|leggi|nascondi)( i| tutti i| altri| \d+)* commenti|"
            r"(pokaż|zobacz|wyświetl|załaduj|ukryj)( wszystkie| więcej| \d+)* komentarz\w*|"
            r"(visa|vis|se|läs|les|skjul|dölj|ladda)( alla| alle| fler| flere| \d+)* "
            r"kommentar\w*|"
            r"(näytä|katso|lataa|piilota)( kaikki| lisää| \d+)* komment\w*|"
            r"(toon|bekijk|laad|lees|verberg)( alle| meer| \d+)* reacties?|"
            r"(zobrazit|zobraziť|načíst|načítať|skrýt|skryť)( všechny| všetky| další| ďalšie|"
            r" \d+)* koment\w*|"
            r"(показать|смотреть|посмотреть|читать|загрузить|скрыть|показати|переглянути|"
            r"читати)( все| всі| ещё| еще| ще| \d+)* (коммент|комент)\w*|"
            r"(skatīt|rādīt|parādīt|ielādēt|rodyti|peržiūrėti|näita|vaata|prikaži|pogledaj|"
            r"učitaj)( visus| vēl| vairāk| daugiau| kõiki| rohkem| sve| još| \d+)* "
            r"(komentār|komentar|komment)\w*|"
            r"(vezi|afișează|arată|încarcă|ascunde)( toate| cele| mai multe| \d+| de)* "
            r"comentari\w*|"
            r"(δείτε|εμφάνιση|προβολή)( τα| όλα τα| \d+)* σχολι\w*|"
            r"(lihat|tampilkan|muat)( semua| lebih banyak| \d+)* komentar|"
            r"xem( tất cả| thêm| \d+)* bình luận|"
            r"(alle |weitere |mehr )?(\d+ )?(weitere )?kommentare? (anzeigen|lesen|laden|"
            r"einblenden|ausblenden|ansehen)|"
            r"((az )?összes |\d+ )?(hozzászólás|komment)\w* (megtekintése|megjelenítése|"
            r"mutatása|betöltése)|"
            r"(tüm |\d+ )?yorumlar\w* (göster|gör|oku|yükle)\w*|"
            r"(查看|显示|顯示|展开|展開|加载|載入)(全部|更多)?(\d+ ?条)?(评论|評論)|"
            r"コメント(を)?(見る|表示|すべて見る|もっと見る)|댓글 ?(보기|더보기|전체보기)|"
            r"(عرض|إظهار|اظهار|شاهد) (جميع |كل )?(ال)?تعليقات|(הצג|הצגת) (את )?(כל )?(ה)?תגובות)"
            # ... and the count the page prints after it: "Rodyti komentarus (23)".
            r"( \(?\d+\)?)?"
        ),
        "comment_word": (
            r"comments?|\d+ comments?|comments? \(\d+\)?|reply|replies|report|"
            r"(comentarios?|comentários|commenti|commentaires?|komentarze?|reacties|kommentarer|"
            r"kommentit|yorumlar|hozzászólások|comentarii|коментарі|комментарии|komentáře|"
            r"komentari|коментари|σχόλια|kommentek) \(\d+\)?|"
            r"leave a (comment|reply)|post a comment|add a comment|"
            r"join the (discussion|conversation)|kommentare?|\d+ kommentare?|\d+ postings?|"
            # An Austrian forum's link and buttons: "Zum Forum: 214 Postings".
            r"zum forum(:? \(?\d+ (postings?|beiträge))?|posting verfassen|"
            r"(alle )?postings anzeigen|"
            # A Nordic comment section's tab with its count: "Debat (9 indlæg)".
            r"(debat|debatt|diskussion|diskusjon|keskustelu) \(\d+( (indlæg|innlegg|inlägg|"
            r"kommentarer|kommentti\w*|viesti\w*))?\)?|"
            r"kommentare? \(\d+\)?|antworten|kommentar schreiben|commentaires?|réagir|"
            r"répondre|comentarios?|responder|\d+ comentarios?|комментарии|комментарий|"
            r"ответить|commenti|rispondi|comentários|komentarze?|odpowiedz|"
            r"reacties|reageer|komentáře|yorumlar|kommentarer|kommentit|hozzászólások|comentarii|коментарі|"
            r"\d+ (de )?comentarii|\d+ hozzászólás|\d+ reacties?|\d+ komentář\w*|\d+ yorum|"
            r"\d+ kommentar(er)?|\d+ kommenttia?|\d+ komentarz\w*|\d+ commenti|\d+ commentaires?"
        ),
    },
    "related": {
        "related_heading": (
            r"weitere informationen|mehr infos|weiterführende links?|"
            r"see also|siehe auch|voir aussi|ver también|vea también|смотрите также|"
            r"explore further|further reading|more to explore|mehr themen|more topics|"
            r"weitere (beiträge|artikel|folgen|texte) (aus|in|zu) (der|dieser|diesem) "
            r"(kolumne|rubrik|serie|reihe|thema)|more from this (column|series)|"
            r"vorschau auf den nächsten (artikel|beitrag)|nächster (artikel|beitrag)|"
            # A release's page lists the sender's others: "Weitere Pressemitteilungen dieses
            # Verbands", "More press releases from Acme".
            r"(weitere|mehr|more|other|further|latest|neueste) (press releases|news releases|"
            r"pressemitteilungen|pressemeldungen|medienmitteilungen)( (from|by|of|dieses|"
            r"dieser|des|der|von|vom|aus) [\w .&'-]{1,40})?"
        ),
        "related_heading_2": (
            r"related|related (articles|stories|posts|content|coverage|news)|read (more|also|next)|"
            r"(további|legfrissebb) \w*hírek|még több \w*hír|"
            r"новости партн[её]ров|"
            r"more (from|on|in) [\w '&-]{1,40}|schon gelesen|auch lesen|"
            r"mehr zum thema( (auf|bei) [\w.&'-]{1,30})?|"
            # "Siste fra fotball", "Mer från Kultur", "Seneste fra sporten": the section's feed.
            r"(siste|mer|mere|seneste|senaste|flere saker) (fra|från) [\w '&-]{1,30}|"
            r"most (read|popular|viewed|shared)( (in|on) [\w '&-]{1,30})?|"
            r"you (may|might) also (like|be interested in)|recommended( for you)?|"
            r"trending( now)?|popular|top stories|latest( news)?|what to read next|up next|"
            r"related videos?|watch more|similar posts|"
            r"don['’]?t miss|do not miss|must reads?|editor['’]?s picks?|more stories|"
            r"mehr zum thema|weitere artikel|das (thema )?könnte (sie|dich) (auch )?interessieren|"
            r"meistgelesen|ähnliche (artikel|beiträge)|auch interessant|lesen sie auch|"
            r"à lire aussi|lire aussi|sur le même sujet|les plus lus|"
            r"te puede interesar|lo más leído|noticias relacionadas|lee también|"
            r"читайте также|по теме|популярное|"
            r"leggi anche|potrebbe interessarti|leia também|veja também|czytaj (też|także|również)|"
            r"zobacz (też|także|również)|"
            r"lees ook|lees meer|meer nieuws|čtěte také|související články|ilgili haberler|"
            r"läs också|læs også|les også|lue myös|citește și|читайте також|"
            r"empfohlene (beiträge|artikel)|weitere (beiträge|artikel|meldungen)|"
            r"ähnliche themen|lesen sie auch die folgenden (beiträge|artikel)|"
            r"contenido relacionado|notas relacionadas|artículos relacionados|relacionad[oa]s|"
            r"más (sobre|de|noticias de) [\w '&-]{1,40}|mais (sobre|de|notícias de) [\w '&-]{1,40}|"
            r"mais notícias|más noticias|más crónicas|"
            r"también te puede interesar|te recomendamos|matérias relacionadas|"
            r"notícias relacionadas|posts relacionados|artigos relacionados|"
            r"você (também )?pode gostar|articoli correlati|potrebbe interessarti anche|"
            r"articles similaires|à lire également|dans la même rubrique|"
            r"gerelateerde artikelen|powiązane artykuły|relaterade artiklar|relaterte saker|"
            # "Other news", "Our other reviews": the site's other stories.
            r"(other|more|our other) (news|stories|reviews|obituaries|episodes)|"
            r"(nos )?autres (articles|actualités|infos|critiques|chroniques)|otras noticias|"
            r"otros artículos|outras notícias|outros artigos|altre notizie|altri articoli|"
            r"inne artykuły|pozostałe artykuły|ander nieuws|andere artikelen|другие новости|"
            r"інші новини"
        ),
    },
    "meta": {
        # A machine timestamp left over from page metadata: "2019-11-19T08:57:40+01:00".
        "iso_timestamp": r"\d{4}-\d\d-\d\dt\d\d:\d\d(:\d\d(\.\d+)?)?(z|[+-]\d\d:?\d\d)?",
        # Editors' initials closing a story, Indonesian style: "(rpr/agn)".
        "initials": (
            r"(?!(and|or|he|she|his|her|him|und|oder|et|ou)/)[a-z]{2,4}(/[a-z]{2,4}){1,3}"
        ),
        # A view counter: "1 238 views", "12.400 Aufrufe".
        "view_count": (
            r"[\d\s.,]{1,12}(k )?(views|reads|aufrufe|vues|visualizaciones|visualizzazioni|"
            r"visualizações|просмотр(ов|а)?|перегляд(ів|и)?|wyświetle(ń|nia)|weergaven|"
            r"visningar|megtekintés|zhlédnutí|görüntülenme|vizualizări|kali dibaca|"
            r"kali dilihat|lượt xem|kez okundu|defa okundu|kez görüntülendi|accesări|afișări|"
            r"lecturas|visitas|lectures|letture|leituras|visninger|katselukertaa|προβολές|"
            r"прегледа|pregleda|ogledov|դիտում)|"
            # "1,245 people are reading this", "Read 3,400 times".
            r"[\d\s.,]{1,12}(k )?(people|readers|personnes|personas|persone|pessoas|leute|"
            r"menschen) (are )?(reading|lisent|leyendo|stanno leggendo|estão lendo|lesen)"
            r"[^\n]{0,20}|"
            r"read [\d\s.,]{1,12}(k )?times|[\d\s.,]{1,12} लोग (इस खबर को |इसे )?पढ़ रहे हैं|"
            # The count after its label: "Views: 4 812", "Прочетена: 4 812".
            r"(views|reads|aufrufe|gelesen|vues|lectures|visitas|lecturas|letture|leituras|"
            r"просмотры|просмотров|прочитано|прочетена|прочетено|прегледи|переглядів|перегляди|"
            r"wyświetlenia|odsłony|zobrazení|přečteno|megtekintések|vizualizări|citiri|"
            r"görüntülenme|okunma|dibaca|lượt xem|accesări|afișări|"
            r"դիտումներ|ნახვები|ნახვა) ?: ?[\d\s.,]{1,12}(k)?"
        ),
        # A press release's furniture: its contact heading and its end mark.
        "press_contact": (
            r"((press|media) (contacts?|enquiries|inquiries)|pressekontakt|medienkontakt|"
            r"contacts? presse|contactos? de prensa|contatos? de imprensa|contactos? de imprensa|"
            r"contact presă|perscontact|kontakt dla mediów|kontakt pro média|ufficio stampa|"
            r"sajtókapcsolat|pressekontakter|presskontakt|mediakontakt|контакты для сми) ?:?|"
            r"(ends|einde persbericht|ende der pressemitteilung|fin du communiqué|"
            r"fin del comunicado|fine del comunicato|sfârșit comunicat)"
        ),
        "meta_word": (
            r"tags|tagged|topics|filed under|photos?|photo gallery|staff reports?|"
            r"schlagworte|schlagwörter|themen|étiquettes|etiquetas|теги|тэги|"
            r"weitere themen|mots-clés|palabras clave"
        ),
    },
    "legal": {
        # A cookie banner's buttons: "Accept all | Reject all | Settings".
        "consent_buttons": (
            rf"(?=(?:.*{_ROW_EDGE})?(?:{_CONSENT_YES})\b)(?=.*(?:{_CONSENT_NO}))"
            rf"{_ROW_ITEM}(?:{_ROW_SEP}{_ROW_ITEM})+"
        ),
        "legal_word": (
            r"réutiliser ce contenu|reuse this content|reutilizar este contenido|"
            r"impressum|datenschutz|datenschutzerklärung|privacy|privacy policy|"
            r"terms( of (use|service))?|cookie policy|cookies|imprint|mentions légales|"
            r"aviso legal|política de privacidad|agb|nutzungsbedingungen"
        ),
        # A label a government imposes on what an outlet it has designated publishes, in
        # its statutory wording ("Данное сообщение (материал) создано и (или) распространено
        # иностранным средством массовой информации, выполняющим функции иностранного
        # агента ..."), or as exiled outlets translate it: the whole line, at any length. A
        # story about the label names it inside a sentence: the notice opens with "this
        # material" and the verbs.
        "foreign_agent_label": (
            r"[^\w\n]{0,8}(\d\d\+\s?)?(данное |настоящее |настоящий |этот |это )?(сообщение|"
            r"материал|информация)[^\n]{0,60}?(создан|произвед[её]н|распростран[её]н)"
            r"[^\n]{0,200}?иностранн\w* агент[^\n]*|"
            r"[^\w\n]{0,8}(\d\d\+\s?)?(this |the )?(message|material|content|article|report)"
            r"[^\n]{0,60}?(created|produced|made)[^\n]{0,60}?(distributed|disseminated)"
            r"[^\n]{0,200}?foreign agent[^\n]*"
        ),
    },
    "subscription": {
        # A paywall's button on its own line.
        "subscribe_word": (
            r"subscribe( now| today)?|subscribe to (read|continue)|abonnieren|jetzt abonnieren|"
            r"abo abschließen|s'abonner|je m'abonne|abonnez-vous|suscribirse|suscríbete|"
            r"abbonati( ora| subito)?|assine( já| agora)?|assinar|подписаться|оформить подписку|"
            r"kup (subskrypcję|prenumeratę|dostęp)|zaprenumeruj|wykup (subskrypcję|dostęp)|"
            r"abonneer( nu)?|word abonnee"
        ),
    },
}

# Whole-line patterns that hold at any length (others only on short lines).
ANY_LENGTH = frozenset({"image_url", "foreign_agent_label"})
# Whole-line patterns for machine-made lines no writer types as a paragraph (a lone image
# address, an ISO timestamp): they decide even when the neighbours read as body.
MACHINE_MADE = frozenset({"image_url", "iso_timestamp"})


PHRASES: dict[str, dict[str, str]] = {
    "ui": {
        # A server's error message printed into the page ("Warning: ... on line 12").
        "php_error": (
            r"^(warning|notice|strict standards|deprecated|fatal error|parse error): "
            r"[^\n]{0,300}(on line \d+|should not be called statically|undefined "
            r"(constant|variable|index|offset))"
        ),
        # "Found a typo? Select it and press Ctrl+Enter": a site tool, in any language.
        "typo_report": r"\b(ctrl ?\+ ?enter)",
    },
    "related": {
        # A pointer to the outlet's topic page: "Follow our continuing coverage of the vote
        # here.", "Read the Tribune's full coverage of the storm at https://...".
        "coverage_pointer": (
            r"^(follow|read|see|find|get|for) (all (of )?)?"
            r"(our|the|more of our|(the )?[\w.]+['’]s) "
            r"(full |complete |continuing |ongoing |latest |live |in-depth |extensive )?"
            r"coverage (of|on) [^\n]{1,120}?"
            r"(\bat:? (https?://|www\.)\S+|\bhere|\bat [\w.-]+\.com\S*)\.?$"
        ),
        # A headline tagged as another story: "Plague fears grow in the city [VIDEO]".
        "teaser_tag": (
            r"^[^\n]{10,160}\s\[(video|pics|pictures|photos|insight|reaction|news|poll|latest|"
            r"live|update|watch|analysis|revealed|latest|warning|listen|gallery|vídeo|fotos|foto)$"
        ),
        # "Read more: <headline>", "VEA TAMBIÉN: <headline>": a teaser, whatever follows.
        "teaser_prefix": (
            r"^(read|read (more|also|next)|see (also|more)|"
            r"related( (posts?|articles?|stories|story|content|coverage|links?|reading|news))?|"
            r"more|also|more on this|also read|"
            # Another story of the same outlet, series or writer: "More from Selling the
            # Borough: <headline>", "Also from the Courier: ...", "Meer deur Sarie: ...".
            r"(more|also) (from|by) [^:\n|]{2,40}|mehr von [^:\n|]{2,40}|"
            r"meer (van|deur) [^:\n|]{2,40}|"
            r"lesen sie (auch|mehr|hier)|mehr zum thema|auch interessant|siehe auch|"
            r"à lire aussi|lire aussi|voir aussi|lee también|lea también|vea también|"
            r"ver también|te puede interesar|читайте также|смотрите также|"
            r"(ещё |еще |также )?по теме|"
            r"leggi anche|leia também|veja também|(prze)?czytaj (też|także|również)|"
            r"zobacz (też|także)|warto (też |także |również )?przeczytać|dowiedz się więcej|"
            r"mira|mire|puedes ver|lee (más|además)|lea (más|además)|leia mais|à voir aussi|"
            r"auch lesen|schon gelesen|"
            r"(también )?(le|te) puede interesar|(le|te) recomendamos|lies (auch|mehr)|"
            r"lesen sie (auch|mehr) [^:]{1,30}|se video|se også|ehhez kapcsolódóan|"
            r"ezt is olvasd el|olvasd el ezt is|kapcsolódó( cikk)?|"
            # A blog's post navigation: "Previous post: <title>", "Article suivant : ...".
            r"(previous|next|older|newer) (post|article|story|entry)|"
            r"(vorheriger|nächster) (beitrag|artikel)|article (précédent|suivant)|"
            r"artículo (anterior|siguiente)|siguiente artículo|articolo (precedente|successivo)|"
            r"post (precedente|successivo)|artigo anterior|próximo artigo|"
            r"(vorig|volgend) (artikel|bericht)|(poprzedni|następny) (artykuł|wpis))"
            + TEASER_END
            + r"|"
            # The same prefixes glued to the linked headline ("Lire aussi Vins en vrac ...").
            r"^(à lire aussi|lire aussi|read also|also read|leggi anche|lee también|leia também|"
            r"(prze)?czytaj (też|także|również)|читайте также|lesen sie auch) (?=\w)"
        ),
    },
    "donation": {
        # How to pay, two ways listed on a short line of their own: "Card · ЕРИП · PayPal",
        # "eSewa / Khalti: <number>". A headline about payment firms joins them with words.
        "payment_methods": (
            rf"^(?=[^.!?\n]{{0,90}}$)[^\n]{{0,40}}\b({_PAYMENT_WAYS})\s?[·|•/,]\s?"
            rf"[^\n]{{0,20}}\b({_PAYMENT_WAYS})\b"
        ),
        "appeal_header": (
            r"^(a message from|a note from|a word from|before you (go|continue)|"
            r"since you'?re here|one more thing|eine nachricht von|un message de|"
            r"un mensaje de|обращение)\b"
        ),
        "dear_readers": (
            r"^(dear (readers?|friends?|supporters?)|liebe (leserinnen|leser|leserin)|"
            r"mpendwa msomaji|wapendwa wasomaji|"
            r"chers lecteurs|chères lectrices|queridos lectores|queridas lectoras|"
            r"cher lecteur|chère lectrice|querido lector|querida lectora|caro lettore|"
            r"cara lettrice|caro leitor|cara leitora|lieber leser|liebe leserin|"
            r"drogi czytelniku|droga czytelniczko|drogie czytelniczki|"
            r"дорогой читатель|уважаемый читатель|"
            r"дорогие читатели|уважаемые читатели|cari lettori|caros leitores|"
            r"drodzy czytelnicy|beste lezers|milí čtenáři|vážení čtenáři|sevgili okurlar|"
            r"kära läsare|kære læsere|kjære lesere|hyvät lukijat|kedves olvasók|"
            r"dragi cititori|дорогі читачі|draga bralka|dragi bralec|dragi bralci|drage bralke|"
            r"dragi čitatelji|drage čitateljice|драги читаоци|dragi čitaoci|benvolgut lector|"
            r"benvolguda lectora|benvolguts lectors|benvolgudes lectores|estimat lector|"
            r"estimada lectora|estimats lectors|querido leitor|querida leitora|beste lezer|"
            r"kedves olvasónk|kedves olvasóink|kedves olvasó|drahý čtenáři|milý čtenáři|"
            r"dragă cititorule|sevgili okur|"
            r"sayın okurlar|sayın okur|kære læser|kjære leser|hyvä lukija|"
            r"kallis lugeja|head lugejad|armas lugeja|mielas skaitytojau|mieli skaitytojai|"
            r"gerbiami skaitytojai|gerbiamas skaitytojau|dārgais lasītāj|dārgie lasītāji|"
            r"dārgā lasītāja|milí čitatelia|milý čitateľ|milá čitateľka|vážení čitatelia|"
            r"draga čitateljice|poštovani čitatelji|bästa läsare|sayın okurlarımız|"
            r"değerli okurlar|değerli okurlarımız|sevgili okurlarımız|ndugu msomaji|"
            r"ndugu wasomaji|"
            r"αγαπητέ αναγνώστη|скъпи читатели|уважаеми читатели|"
            r"шановні читачі|дорогий читачу|шановний читачу|"
            # ... in the languages of exiled and reader-funded outlets further east and south.
            r"хонандаи азиз|хонандагони азиз|хонандаи гиромӣ|урматтуу окурман|"
            r"урматтуу окурмандар|кымбаттуу окурман|құрметті оқырман|құрметті оқырмандар|"
            r"қадірлі оқырман|hurmatli o'quvchi|hurmatli o'quvchilar|aziz o'quvchilar|"
            r"hurmatli oʻquvchi|hurmatli oʻquvchilar|aziz oʻquvchilar|əziz oxucu|əziz oxucular|"
            r"hörmətli oxucu|hörmətli oxucular|ძვირფასო მკითხველო|ძვირფასო მკითხველებო|"
            r"პატივცემულო მკითხველო|սիրելի ընթերցող|սիրելի՛ ընթերցող|հարգելի ընթերցող|"
            r"սիրելի ընթերցողներ|дарагія чытачы|паважаныя чытачы|дарагі чытач|"
            r"почитувани читатели|драги читатели|поштовани читаоци|αγαπητοί αναγνώστες|"
            r"të nderuar lexues|të dashur lexues|xwendevanên hêja|xwendevanên delal|"
            r"ګرانو لوستونکو|خواننده گرامی|خوانندگان گرامی|همراه گرامی|خواننده عزیز|"
            r"خوانندگان عزیز|عزيزي القارئ|عزيزتي القارئة|أعزاءنا القراء|قراءنا الأعزاء|"
            r"محترم قارئین|پیارے قارئین|קוראים יקרים|קוראות וקוראים יקרים|קורא יקר|"
            r"ھۆرمەتلىك ئوقۇرمەن|ھۆرمەتلىك ئوقۇرمەنلەر|ኣንበብቲ ክቡራን|ክቡራት ኣንበብቲ|"
            r"ውድ አንባቢያን|ውድ አንባቢ|የተከበራችሁ አንባቢያን|ຜູ້ອ່ານທີ່ຮັກແພງ|ທ່ານຜູ້ອ່ານທີ່ຮັກແພງ|"
            r"ជូនចំពោះអ្នកអានជាទីគោរព|"
            r"អ្នកអានជាទីគោរព|เรียนผู้อ่าน|ผู้อ่านที่รัก|bạn đọc thân mến|quý độc giả thân mến|"
            r"kính gửi quý độc giả|pembaca yang budiman|pembaca yang terhormat|"
            r"para pembaca yang budiman|mahal naming mambabasa|mahal kong mambabasa|"
            r"친애하는 독자 여러분|독자 여러분께|読者の皆さまへ|読者の皆様へ|亲爱的读者|親愛的讀者|"
            r"प्रिय पाठकों|प्रिय पाठकगण|प्रिय पाठक|आदरणीय पाठक|প্রিয় পাঠক|அன்பு வாசகர்களே|"
            r"அன்புள்ள வாசகர்களே|ආදරණීය පාඨකයිනි|akhristayaal qaaliga ah|akhriste qaali ah|"
            r"beste leser|liewe leser|liewe lesers|irakurle maitea|annwyl ddarllenydd)\b|"
            # (Burmese words end in marks that are no word characters: no "\b" after them.)
            r"^(ချစ်ခင်ရသော စာဖတ်သူ|လေးစားအပ်သော စာဖတ်သူ)"
        ),
        # A fundraiser's progress: "R74 000 raised of R120 000 · 212 supporters".
        "fund_progress": (
            # "64% of our 2025 goal", "874 membres sur 1200", "Собрано 64% от цели".
            # (Searched only where a goal word occurs: see INDEX_WORDS.)
            r"(?<=% )(of (our|the|this year'?s?) [\w ]{0,12}(goal|target)|de (notre|nuestra|"
            r"nossa) (objectif|meta)|от цели|unseres ziels)|"
            r"\b(собрано|raised|récoltés|recaudado) \d{1,3} ?%|"
            r"\b(raised of|gesammelt von|récoltés sur|recaudados de|arrecadados de|raccolti su) "
            r"([a-z]{1,3}\s?)?[$€£¥₹]?\s?\d|"
            r"^([^\n]{0,50}[·|•,–-] ?)?\d[\d.,\s]{0,8} (supporters|donors|backers|"
            r"unterstützer(innen)?|donateurs|donantes|apoiadores|sostenitori)$"
        ),
        "support_ask": (
            r"\b(support (us|our (work|journalism|reporting|newsroom))|"
            r"(make|give) a (donation|contribution|gift)|donate( now| today)?\b|"
            r"become a (member|supporter|patron|friend)|chip in|"
            # A tip jar: "Buy me a coffee", "Buy Maggie a coffee", "Spendier mir einen Kaffee".
            r"buy (me|us|\w+) a (cup of )?coffee|ko-fi\.com|spendier (mir|uns) einen kaffee|"
            r"offrez-(moi|nous) un café|offre-(moi|nous) un café|invítame a un café|"
            r"invítanos a un café|offrimi un caffè|offrici un caffè|pague-me um café|"
            r"me pague um café|postaw (mi|nam) kawę|trakteer (me|ons) op (een )?koffie|"
            r"kup(te)? (mi|nám) kávu|tee mulle (üks )?kohvi|osta minulle kahvi|"
            r"bjud (mig|oss) på (en )?kaffe|"
            # The appeal's measure of a gift: "for the price of a coffee a month".
            r"(price|cost) of a (cup of )?coffee (a|per|each) (month|week)|"
            r"preis (eines|einer tasse) kaffees? (im|pro) monat|"
            r"prix d'un café par mois|(precio|lo que cuesta) (de )?un café al mes|"
            r"every (contribution|donation)|reader[- ]funded|"
            r"unterstützen sie (uns|unsere|unabhängigen)|jetzt spenden|spenden sie|"
            r"bitten (wir )?sie um (ihre )?unterstützung|"
            r"unterstütze uns|soutenez(-nous| notre)|faire un don|faites un don|"
            # "Like what you read?": the question that opens an appeal.
            r"gefällt (dir|ihnen) unser|like what you('re| are)? read(ing)?\b|"
            # A meter's goal: "874 membres sur 1200 - encore 326 pour atteindre notre objectif".
            r"(pour )?atteindre notre objectif|(help us|to) reach our (goal|target)|"
            r"unser ziel zu erreichen|alcanzar nuestro objetivo|raggiungere il nostro obiettivo|"
            r"vous est offert par (les|nos)|is offered to you by (the|our)|"
            r"apoya (nuestro|el periodismo)|haz una donación|hazte (socio|socia|miembro)|"
            r"dona ahora|ayúdanos a|apóyanos|súmate|únete a (nuestra|nuestros|la comunidad)|"
            r"поддержите (нас|нашу|редакцию)|пожертвова|задонатить|"
            r"sostienici|fai una donazione|apoie o|faça uma doação|wesprzyj nas|steun ons|"
            r"doneer|podpořte (nás|nezávislou)|přispějte|bağış yap|destek ol|stöd oss|støt os|"
            r"tue meitä|támogasson|susține-ne|підтримайте)|"
            # Openers with common first words ("if", "si", "se") are pieces of their own:
            # the rule index then searches only them when such a word occurs.
            r"\bif you (enjoyed|liked|value|appreciate|found value in) (this|our|reading) "
            r"(article|story|piece|post|journalism|reporting|work)|"
            r"\bwenn ihnen (dieser|unser) (artikel|beitrag|journalismus) gefällt|"
            r"\bsi (cet article vous a plu|vous appréciez notre)|"
            r"\bsi (te gustó|valoras) (este artículo|nuestro)|\bse você gostou (deste|desta)"
        ),
        # A price per period ("from $5 a month"); searched, so a leading "from" or
        # "just" changes nothing: the pattern starts at the currency sign (fast to find).
        # An ad-blocker plea: the outlet asks to be let earn (or paid).
        "adblock_plea": (
            r"\b(you('re| are) using an ad ?-?blocker|"
            r"(disable|turn off|pause) (your )?ad ?-?blocker|"
            r"whitelist (us|our site)|(werbe|ad)blocker (deaktivieren|ausschalten|abschalten)|"
            r"sie nutzen (einen )?(werbe|ad)blocker|désactivez votre bloqueur|"
            r"desactiva (tu|el) bloqueador|disattiva (l'|il )?ad ?block|"
            r"desative (o )?(seu )?bloqueador|отключите блокировщик|"
            r"wyłącz (adblock|blokadę reklam))|"
            r"\b(لحجب الإعلانات|حجب الإعلانات|مانع الإعلانات|חוסם פרסומות|광고 차단)|"
            r"広告ブロック|[广廣]告[拦攔]截"
        ),
        "money_per_period": (
            rf"[$€£₽¥] ?\d+([.,]\d+)? ?({_PER})? ?" + _PERIODS + r"|"
            # The number first, as most of Europe writes it: "ab 5 € im Monat", "20 zł
            # miesięcznie", "11,99 €/mese", "199 kr/mån".
            # (Only the last digit is matched: a search starting at every digit is slow.)
            r"\d ?(€|eur|euros?|zł|kr|chf|₽|руб\.?|рублей|"
            r"рубля|kč|lei|tl|₺|dollars?|pounds?|francs?|ft|грн|₴|₪|ש[\"״]ח) ?"
            rf"({_PER}|o|по)? ?" + _PERIODS + r"|"
            # The same in Chinese, Japanese and Korean: "每月10元", "月額330円", "월 5,000원".
            # (bounded repeats: a page of digits must not make the search quadratic).
            r"每月\d{1,6}(元|港元|台幣|台币)|(?<!\d)\d{1,6}元/月|月額?[\d,]{1,9}円|"
            r"(매월|월) ?[\d,]{1,9}원|"
            # Hungarian puts the period first: "havi 990 Ft".
            r"\bhavi \d[\d .]{0,8} ?(ft|forint)"
        ),
    },
    "subscription": {
        "paywall": (
            r"\b(subscribe (now|today|to (continue|read|keep reading|unlock))|"
            r"(first month|erster monat|premier mois|primer mes|primo mese|primeiro mês|"
            r"первый месяц|pierwszy miesiąc|eerste maand)\b[^\n]{0,12}(\d|free|gratis|gratuit)|"
            r"already a (subscriber|member)|(log in|login) to (continue|read)|"
            r"subscribers? only|for subscribers|free articles? (left|remaining)|"
            r"you have \d+ free|unlimited (digital )?access|start your (free )?trial|"
            r"this (article|content) is (reserved|exclusive|only available) for|"
            r"jetzt abonnieren|bereits abonnent|weiterlesen mit|abo abschließen|"
            r"réservé aux abonnés|déjà abonné|abonnez-vous|"
            r"suscríbete|suscríbase|suscríbanse|ya eres suscriptor|ya es suscriptor|"
            r"exclusivo para suscriptores|noch kein abo|"
            # Thanks under a paid article: "Danke, dass Sie ... mit Ihrem Abonnement möglich
            # machen", "Thanks for being a subscriber".
            r"mit ihrem abo(nnement)? (möglich|unterstützen)|danke für ihr abo(nnement)?|"
            r"thank(s| you) for (being a subscriber|subscribing|your subscription)|"
            r"merci (de|pour) votre abonnement|gracias por (tu|su) suscripción|"
            r"grazie (per il tuo abbonamento|di essere abbonat)|"
            r"obrigad[oa] por (assinar|ser assinante)|"
            r"оформите подписку|подпишитесь, чтобы|только для подписчиков|"
            r"abbonati (ora|subito|oggi|a|al|per)\b|già abbonato|assine|já é assinante|"
            r"já sou assinante|zaloguj się|"
            r"per continuare a leggere|"
            r"continue lendo com|quero assinar|acesso ilimitado|"
            r"for as little as|issues for (only )?[$€£]|members get (all|unlimited|full)|"
            r"accéder en illimité|accès illimité|"
            # Metered paywalls count down: "Il vous reste 1 article gratuit ce mois-ci."
            r"(last|remaining) free articles?|free articles? (this month|remaining)|"
            r"noch \d+ (kostenlose|kostenfreie|freie|gratis) artikel|"
            r"(letzter|letzte) (kostenloser|kostenlose|freier|freie) artikel|"
            r"il vous reste \d+ articles?|dernier article gratuit|articles? gratuits? restants?|"
            r"te queda(n)? \d+ artículos?|último artículo gratis|artículos? gratis este mes|"
            r"ti resta(no)? \d+ articol|ultimo articolo gratuito|"
            r"articoli gratuiti (rimasti|questo mese)|resta(m)? \d+ artigos?|"
            r"último artigo gratuito|artigos? gratuitos? (restantes|este mês)|"
            r"zostało ci \d+|pozostało (jeszcze )?\d+ ?% (artykułu|tekstu)|"
            r"ostatni (darmowy|bezpłatny) artykuł|(darmowych|bezpłatnych) artykułów|"
            r"осталось \d+ бесплатн|последн(ий|яя) бесплатн|бесплатных (статей|материалов)|"
            r"nog \d+ gratis artikel|laatste gratis artikel|gratis artiklar kvar|"
            # ... and offer plans: "Choose your plan", "Scegli il tuo piano".
            r"choose (your|a) (plan|subscription)|wählen sie (ihr|ein) abo|wähle dein abo|"
            r"choisissez votre (formule|offre|abonnement)|elige tu (plan|suscripción)|"
            r"scegli il tuo (piano|abbonamento)|escolha (o )?seu plano|"
            r"wybierz (swój )?(plan|pakiet|abonament)|выберите (тариф|подписку)|"
            r"kies (je|uw) abonnement|välj (ditt )?abonnemang|"
            r"delivered (to your door|through your letterbox)|"
            # The terms of an offer: "Cancel anytime", "jederzeit kündbar".
            r"cancel (at )?any ?time|jederzeit kündbar|monatlich kündbar|résiliable à tout moment|"
            r"cancela cuando quieras|disdici (quando vuoi|in qualsiasi momento)|"
            r"cancele quando quiser|отменить (подписку )?в любой момент)"
        ),
        # "Ten artykuł jest dostępny w całości dla subskrybentów", "Kup dostęp", "Czytasz
        # bezpłatny artykuł" (a free article's notice above its paywall).
        "subscriber_only": (
            r"\b(dostępny (w całości )?(tylko )?dla (subskrybentów|prenumeratorów)|"
            r"(kup|wykup) dostęp|czytasz (bezpłatny|darmowy) artykuł|prenumerata cyfrowa|"
            r"wykup subskrypcję|czytaj bez limitów?)"
        ),
        # A meter's count: "... 3 von 3 kostenlosen Artikeln gelesen" (anchored: a number
        # indexes no word).
        "free_count": (
            # The count may name its owner and the outlet: "4 of your 5 free Courier stories",
            # "3 daripada 4 artikel percuma".
            r"^[^\n]{0,60}\b\d+ (of|von|de|sur|di|z|van|av|daripada|dari) "
            r"((your|deinen|ihren|vos|tus|sus|seus|tuoi|je|uw|dina) )?\d+ "
            r"((free|kostenlosen|freien|gratis|darmowych|bezpłatnych) ([\w'’-]+ ){0,2}?"
            r"(articles?|artikel\w*|artykuł\w*|stories|reads)|"
            r"(articles?|artículos|articoli|artigos|artikel) "
            r"(gratuits?|gratis|gratuitos|gratuiti|percuma))"
        ),
        # An offer's terms: an opening price, then the regular one per period ("1 Monat
        # für 0,99 €, danach 9,90 € monatlich"). Anchored: a price indexes no word.
        "offer_terms": (
            r"^[^\n]{0,160}?" + _PRICE + r"[^\n!?]{0,40}?\b(" + _THEN + r")\b[^\n.!?]{0,20}?"
            r"(" + _PRICE + r"[^\n.!?]{0,12}?(" + _PER_PERIOD + r")|"
            r"(" + _PER_PERIOD + r")[^\n.!?]{0,12}?" + _PRICE + r")"
        ),
    },
    "newsletter": {
        "newsletter_signup": (
            # A prompt names the reader's part ("our newsletter", "sign up"); the bare
            # word is also the topic of stories about newsletter companies.
            r"\b(sign up (for|to) (our|the)|subscribe to our (daily|weekly|free)|"
            r"(our|free|daily|weekly|morning|evening) (e-?mail )?(newsletters?|briefing)|"
            r"newsletters? (sign[- ]?up|abonnieren|anmeldung|gratuite|gratis|gratuita)|"
            r"in your inbox|delivered to your inbox|enter your e-?mail|your e-?mail address|"
            r"abonnieren sie (unseren|den) newsletter|unseren newsletter|notre newsletter|"
            r"nuestro newsletter|la nostra newsletter|nossa newsletter|"
            r"inscrivez-vous|lettre d'information|boletín|suscríbete a nuestro|"
            r"рассылк|подпишитесь на (нашу )?рассылку|(jetzt )?(kostenlos|gratis) abonnieren|"
            r"e-postanıza|e-postanızda|gelen kutunuza|"
            r"iscriviti alla (nostra )?newsletter|abonnez-vous à (notre|la) newsletter|"
            r"suscríbase a (nuestro|nuestra|el|la) (boletín|newsletter)|"
            r"assine (a|nossa) newsletter|zapisz się na (nasz )?newsletter)|"
            # A newsletter described with its schedule: "The X newsletter arrives every Friday".
            r"\bnewsletter (erscheint|kommt|arrives|lands|comes out|esce|sort|sale|sai|"
            r"verschijnt) (jeden|jede|immer|every|each|ogni|chaque|tous les|cada|todos los|todas "
            r"as|toda|elke|iedere)\b|"
            # A newsletter's name and its button in one line: "Newsletter X - every
            # Thursday ... Sign up", "Der Alpenblatt-Klimabrief: Jeden Freitag ... Jetzt
            # kostenlos anmelden!".
            r"^[^\n]{0,40}?(newsletter|briefing|[\w-]*brief|digest|infolettre|nieuwsbrief)\b"
            r"[^\n]{0,150}\b(zapisz się|abonnieren|subscribe|sign up|inscrivez-vous|"
            r"iscriviti|suscríbete|assine|abone ol|přihlaste se|prihláste sa|tilaa|meld je aan|"
            r"anmelden|prenumerera|tilmeld dig|abonner)\W{0,3}$"
            # A heading that names a newsletter: "Der Ostalb-Newsletter: Jeden Freitag ..."
            r"|^(der |die |das |the |le |la |el |il |o |a )?[\w-]{0,30}newsletter"
            r"( (von|de|di|from|of|des|del|da|du) [\w.&'’ -]{1,30})?\s?:"
        ),
    },
    "social": {
        "follow_us": (
            r"^(share( this( article| story)?)?|teilen|partager|compartir|condividi|"
            r"compartilhe( (esta|essa|este|esse) (reportagem|matéria|notícia|artigo|texto))?|"
            r"udostępnij|поделиться)\s?:|"
            r"\b(follow (us|@\w+)|follow (him|her|them) on (twitter|x|facebook|instagram|bluesky)|"
            r"join (us|our) (on|channel)|like us on|"
            r"folgen sie uns|folge uns|suivez-nous|síguenos|подписывайтесь на (наш|нас)|"
            r"подпишитесь на (наш|нас) (в )?(telegram|телеграм|канал)|seguici|siga-nos|"
            r"obserwuj nas|únete (a|al) (nuestro )?canal|"
            r"(nuestro|tenemos) canal de (telegram|whatsapp)|"
            r"entre no (nosso )?canal|participe do (nosso )?canal|"
            r"添加小编微信|加小编微信|添加小編微信|"
            # "Follow our Viber community ... Tap here to join."
            r"follow our (viber|whatsapp|telegram|signal|discord|line) (community|channel|group)|"
            r"tap here to (join|follow|subscribe)|"
            # The reporters' accounts: "Follow the writer on X at ...".
            r"(reach|contact|follow) (the )?(reporters?|writers?|authors?|columnists?|me) on "
            r"(twitter|x|bluesky|instagram|threads|mastodon|linkedin)\b)|"
            r"^(entrar no|join|únete al|rejoindre la|rejoignez la) (the |our )?(channel|canal|"
            r"chaîne)$|"
            # "Follow Street Daily on Zalo and Facebook for ...": a named outlet's account.
            r"^(follow|folgen sie|suivez|siga|segui|obserwuj|theo dõi|ikuti) [^\n]{1,40} "
            r"(on|auf|sur|en|no|su|na|trên|di) (facebook|instagram|telegram|whatsapp|zalo|"
            r"tiktok|youtube|x|twitter|threads|bluesky|linkedin|line|viber)\b"
        ),
        # Three networks in a row, in any language: "on Facebook, Instagram at TikTok".
        "network_list": (
            r"\b(" + _LISTED_NETWORKS + r")\b,?( [^\W\d_]{1,5})? (" + _LISTED_NETWORKS + r")\b,?"
            r"( [^\W\d_]{1,5})? (" + _LISTED_NETWORKS + r")\b"
        ),
    },
    "legal": {
        # A notice, not a sentence that mentions copyright: it starts with the mark or
        # carries the reservation formula.
        "copyright": (
            r"^(©|\(c\)|copyright\b)|\b(all rights reserved|alle rechte vorbehalten|"
            r"tous droits réservés|todos los derechos reservados|все права защищены|"
            r"tutti i diritti riservati|todos os direitos reservados|"
            r"wszelkie prawa zastrzeżone|alle rechten voorbehouden|všechna práva vyhrazena|"
            r"tüm hakları saklıdır|alla rättigheter förbehållna|alle rettigheder forbeholdes|"
            r"kaikki oikeudet pidätetään|minden jog fenntartva|toate drepturile rezervate|"
            r"(усі|всі) права захищен[іо]|for your personal,? non-?commercial use only|"
            r"(order|request) (presentation-ready copies|reprints))|"
            # Rights notices, as a short line of their own (a sentence about a ruling on
            # copyright is the article's).
            r"^[^\n]{0,60}(urheberrechtlich geschützt|protégée? par le droit d'auteur|"
            r"protegid[oa] por (los )?derechos de autor|protett[oa] da copyright|"
            r"chronion[ya] prawem autorskim|защищен[оаы]? авторским правом)[^\n]{0,80}$"
        ),
        "cookies": (
            r"\b(we use cookies|this (web)?site uses cookies|verwendet cookies|"
            r"we and our (\d+ )?(partners|vendors) (use|store)|wij en onze (\d+ )?partners|"
            r"utilisons des cookies|"
            r"et nos (\d+ )?partenaires (utilisons|utilisent)|und unsere (\d+ )?partner|"
            r"utilise des cookies|utiliza cookies|используем (файлы )?cookie|"
            r"accept (all )?cookies|utilizza (i )?cookie|usa (i )?cookie|informativa (sui )?cookie|"
            r"gebruikt cookies|använder (sig av )?cookies|bruger cookies|"
            r"bruker informasjonskapsler|"
            r"käyttää evästeitä|používá (soubory )?cookies?|používa (súbory )?cookies?|"
            r"çerez(ler)?i? kullan|folosește cookie|sütiket használ|menggunakan cookie|"
            r"używa(my)? (plików )?cookies|usa cookies|política de cookies|"
            r"politique (de|relative aux) cookies)|"
            # "This website uses functional and analytical cookies."
            r"\b(this|our|deze|onze|diese|unsere|ce|notre|este|nuestro|questo|il nostro|"
            r"denna|vores|ta|nasza) (web ?)?(site|website|webseite|site web|sitio|sito|"
            r"webbplats|hjemmeside|strona) (uses|gebruikt|verwendet|nutzt|utilise|utiliza|"
            r"utilizza|usa|använder|bruger|używa) ([\w-]+ ){0,4}cookies"
        ),
        # A licence or republishing note: a Creative Commons licence, or "This article may be
        # republished ..." at the start of the unit.
        # A health or money page's notice: "This content is for information only and does
        # not replace a doctor's advice." (A phrase cue: in news voice only the first pass
        # judges it.)
        "advice_disclaimer": (
            r"\b(for (general )?information(al)? purposes only|"
            r"(is )?not (intended (as|to be) )?a substitute for (professional )?(medical |legal |"
            r"financial )?(advice|consultation|diagnosis)|does not (replace|substitute( for)?) "
            r"(a |the |professional |medical |your )*(advice|consultation|diagnosis)|"
            r"não substitui (a |o )?(consulta|avaliação|orientação|acompanhamento|diagnóstico)|"
            r"(caráter|carácter|cará[c]?ter) (meramente |exclusivamente )?informativo|"
            r"no sustituye (la |el )?(consulta|opinión|valoración|atención|diagnóstico|consejo)|"
            r"(con )?fines (meramente |exclusivamente )?informativos|"
            r"ne remplace (pas|en aucun cas) (une |la |l'|un )?(consultation|avis|diagnostic)|"
            r"(à titre|à but) (purement )?(informatif|indicatif)|"
            r"non sostituisce (in alcun modo )?(il parere|la consulenza|il consulto|la visita)|"
            r"a (scopo|titolo) (puramente |esclusivamente )?informativo|"
            r"ersetzt (keine|nicht die|nicht den) (ärztliche|medizinische|fachliche|"
            r"professionelle|persönliche)? ?(beratung|diagnose|behandlung|arztbesuch)|"
            r"ersetzt keinen (arztbesuch|besuch beim arzt)|"
            r"vervangt (geen|niet het) (medisch |professioneel )?(advies|consult)|"
            r"nie zastępuje (porady|konsultacji|wizyty)|ma charakter (wyłącznie )?informacyjny|"
            r"не заменяет (консультаци|визит|приём|прием)|носит (исключительно )?"
            r"(информационный|ознакомительный|справочный) характер|"
            r"не замінює (консультаці|візит)|має (виключно )?(інформаційний|ознайомчий) характер|"
            r"bilgilendirme amaçlıdır|(doktorunuzun|doktorun|hekiminizin|hekimin|uzmanın) "
            r"(muayenesinin|tavsiyesinin|görüşünün) yerine geçmez)"
        ),
        # "Disclaimer: the views expressed ..." opening the unit.
        "disclaimer": (
            r"^(disclaimer|haftungsausschluss|avertissement|aviso legal|"
            r"descargo de responsabilidad|"
            r"esclusione di responsabilità|isenção de responsabilidade|zastrzeżenie|"
            r"vrijwaring|ansvarsfriskrivning|vastuuvapauslauseke|sorumluluk reddi|"
            r"отказ от ответственности|відмова від відповідальності|免责声明|免責聲明|免責事項|"
            r"郑重声明|鄭重聲明|"
            r"면책 ?조항|إخلاء (ال)?مسؤولية|כתב ויתור|سلب مسئولیت)\s?[:：]"
        ),
        # An opinion page's note, on a short line of its own: the views are the authors'
        # and "not necessarily" the outlet's ("... nikoli nutně stanovisko redakce",
        # "... ولا تعكس بالضرورة موقف «...»"; the outlet's name in guillemets, whose closing
        # mark may be stripped with the line's edge). A politician's views in a story are no
        # editors' or paper's, and a quotation in other marks is someone's words.
        "views_disclaimer": (
            r"^(?=[^\n]{0,260}$)"
            r"(?=[^\n]*(not necessarily|necessarily (reflect|represent)|nicht (unbedingt|"
            r"notwendigerweise)|pas nécessairement|necesariamente|necessariamente|nikoli nutně|"
            r"nemusí nutně|niekoniecznie|не обязательно|не обов'язково|не непременно|"
            r"не е задължително|nem feltétlenül|neapărat|inte nödvändigtvis|ikke nødvendigvis|"
            r"ei välttämättä|niet noodzakelijk|απαραίτητα|بالضرورة|لزوماً|لزوما|בהכרח|"
            r"必ずしも|不一定|不代表|반드시 [^\n]{0,12}(일치|같|반영|대변)|necessàriament|"
            # "... может не совпадать с позицией редакции": may differ from the editors'.
            r"может не совпадать|могут не совпадать|може не збігатися|може не співпадати|"
            r"можуть не збігатися|може да не съвпада|može se ne podudarati|"
            r"не обавезно|не мора нужно|ne mora nužno|nužno ne|ne odražava(ju)? nužno|"
            r"nužno ne odražava|может не разделять|може не поділяти))"
            r"(?=[^\n]*(editor|the publisher|this (site|newspaper|publication|page|column)|"
            r"\bour\b|redakc|redaktion|rédaction|redacción|redazione|redação|redactie|редакци|редакці|"
            r"uredništv|уредништв|موقف|موضع|"
            r"szerkesztőség|redacți|toimitu|σύνταξ|التحرير|الصحيفة|الموقع|تحریریه|המערכת|"
            r"編集部|编辑部|編輯部|本报|本報|本站|本网|本網|편집국|본지|«[^»\n]{1,40}(»|$)))|"
            # ... or that they bind the author alone ("Cette tribune n'engage que son auteur",
            # "本記事の見解は筆者個人のものであり ..."), on a short line of its own.
            r"^(?=[^\n]{0,200}$)[^\n]*n'engag(e|ent) que (son|sa|ses|leur|leurs|l')\s?"
            r"(auteur|autrice|signataire)|"
            r"^(?=[^\n]{0,200}$)[^\n]*(筆者(個人)?の(もの|見解|意見|考え)|作者(个人|個人)(观点|觀點))|"
            r"^(?=[^\n]{0,260}$)[^\n]*\bnie noodwendig\b[^\n]*\b(redaksie|redaksionele)"
        ),
        # A reuse ban on a short line of its own: a copying verb, "without" and a consent,
        # in any order, and the outlet as the one who grants it ("... ne peuvent être
        # reproduits sans l'accord écrit de la rédaction", "Kopiowanie ... bez zgody
        # wydawcy jest zabronione"). A story about a copyright case names someone else.
        "reuse_ban": (
            r"^(?=[^\n]{0,240}$)"
            r"(?=[^\n]*\b(reprodu|republish|redistribut|cop(y|ied|ying)\b|copi|diffus|"
            r"riprodu|vervielfältig|kopier|weiterverbreit|nachdruck|overgenomen|overnemen|"
            r"verveelvoudig|kopiowan|rozpowszechnian|przedruk|powielan|kopírován|přebírán|"
            r"šířen|воспроизвед|копирован|перепечат|възпроизвежда|копиран|preuzimanj|"
            r"kopiranj|umnožavanj|kopiera|återge|kopiere|gengiv|másol|újraközl|preluare|"
            r"copiere|kopyalan|çoğaltıl|αναδημοσίευ|αναπαραγωγ))"
            r"(?=[^\n]*\b(without|sans|sin|senza|sem|ohne|zonder|bez|без|utan|uden|uten|"
            r"nélkül|fără|olmadan|χωρίς)\b)"
            r"(?=[^\n]*\b(consent|permission|authori[sz]ation|approval|accord|autorisation|"
            r"permiso|autorización|consentimiento|consenso|autorizzazione|permesso|autorização|"
            r"consentimento|zustimmung|genehmigung|erlaubnis|toestemming|zgod|souhlas|svolení|"
            r"согласи|разрешени|съгласие|разрешение|dozvol|saglasnost|odobrenj|tillstånd|"
            r"samtycke|tilladelse|samtykke|tillatelse|engedély|acordul|permisiun|izni|άδεια|"
            r"συναίνεση))"
            r"(?=[^\n]*\b(this (site|website|page|newspaper|publication)|our|the (editors|"
            r"publisher)|rédaction|éditeur|redacción|editor|redazione|editore|redação|"
            r"redaktion|verlag|herausgeber|redactie|uitgever|wydawc|redakcj|redakce|"
            r"vydavatel|редакци|издател|redakcij|izdavač|förlaget|udgiver|utgiver|kiadó|"
            r"szerkesztőség|redacți|editorului|yayıncı|εκδότ|σύνταξ))"
        ),
        "license_note": (
            # The licence's code or full name, or "under a Creative Commons licence".
            r"\b(cc-by|cc by)\b|\bcreative commons (attribution|namensnennung|by|\d\.\d)|"
            r"\bcreative commons [^.\n]{0,40}\b\d\.\d\b|"
            r"\b(under a|unter einer|bajo (una )?licencia|sob (uma )?licença|sous licence|"
            r"con licenza|άδεια|licencj[aąię]|licenc[ei]|лицензи[яей]) creative[ -]commons|"
            # Permission to republish: "You may republish this story for free ...".
            r"\b(you (can|may) republish|puedes republicar|puede republicar|"
            r"vous pouvez (republier|reproduire)|você pode republicar|pode republicar|"
            r"puoi ripubblicare|können sie (diesen|den) (artikel|text|beitrag) (kostenlos )?"
            r"(übernehmen|weiterverbreiten)|можно перепечат|يمكن إعادة نشر|ניתן לפרסם מחדש|"
            r"republishing (guidelines|terms|policy)|condiciones de republicación|"
            r"conditions de republication)|"
            r"\b(citera gärna|يُسمح بإعادة نشر|يسمح بإعادة نشر)|"
            r"^artikel ini (dapat|boleh|bisa) (diterbitkan|dipublikasikan|dimuat) ulang|"
            r"\b(môžete bezplatne prevziať|můžete bezplatně převzít)|"
            r"^republish (this|our) (story|article)$|"
            # ... perhaps under a short label: "Republish: this content may be reproduced".
            r"^([^\W\d_]{3,20}: ?)?"
            r"(this|esta|este|dieser|diese|questo|cet|cette|ten|ez a|acest|bu) "
            r"(article|story|text|report|reportagem|reportaje|artículo|texto|artikel|articolo|"
            r"contenu|conteúdo|content|cikk|articol|haber|článek|tekst)\b[^.\n]{0,80}"
            r"(republish|republica|ripubblica|weiterverbreit|wiederveröffentlich|republi|"
            r"reproduzi|reproduci|riprodott|may be (freely )?(re)?used|herpubli|återpubli|"
            r"přebír|preluat|yeniden yayımla|újraközöl)"
        ),
    },
    "meta": {
        "byline": (
            r"^(by|von|par|por|автор:?|di|de|photo:|foto:|фото:|image:|credit:|της|του|"
            r"words (and pictures )?by|photograph:|photography:|photographs:|pictures?:|"
            r"written by|geschrieben von|écrit par|escrito por|scritto da|"
            r"oleh(?= )(?! (karena|sebab|itu)\b)|"
            r"(dal|dalla) (nostro|nostra) (inviat[oa]|corrispondente)|"
            r"(eine|ein) (recherche|reportage|bericht|analyse) von|"
            # Who did the interview: "Propos recueillis par Ann Lee", "Interview: Ann Lee".
            r"propos recueillis par|entretien réalisé par|interview réalisée par|"
            r"das interview führte|intervista (a cura )?di|entrevista realizada por|"
            r"interview(ed)? by|"
            + BYLINE_PREFIXES_EU
            # ... not a sentence that starts with "av de 402 ..." or "de la ...", nor a
            # question heading ("Por que checamos", "Por qué lo hacemos").
            + r")\s(?!\d|(de|det|den|en|ett|et|att|og|och|i|på|la|le|les|el|los|las|un|una|"
            r"que|qué|quê)\b)"
            # ... nor a Dutch subheading ("De kalender van het seizoen") or a Portuguese
            # opening time ("De segunda a sexta").
            r"(?![^\n]{0,60}\b(het|een|aan|voor|tot|van de|van het|"
            r"segunda|terça|quarta|quinta|sexta)\b)"
            r"[^\n]{0,60}$|"
            # "Stefan Albrecht | 28. Mai 2025", "Ann Lee · March 3, 2025", "Par Ann Lee | Le
            # 4 février 2025 à 19h30 | Mis à jour ..."
            # ... "Nagy Balázs · 2025. május 27.", "Bayu Anggara | Minggu, 26 Januari 2025".
            # ... "Ann Lee | 22.mai.2024 às 17h05".
            r"^[^|·•\n]{3,60} [|·•] ([^\W\d_]{1,12},? )?(\d{1,2}(\.? |\.)("
            + _MONTHS
            + r"|"
            + _THAI_MONTHS
            + r")|\d{1,2} de ("
            + _MONTHS
            + r")|("
            + _MONTHS
            + r") \d{1,2},?|\d{1,2}[./]\d{1,2}[./]|(19|20)\d\d\.? ("
            + _MONTHS
            + r")|(19|20)\d\d[./-]\d\d?[./-]\d\d?)[^\n]{0,80}$|"
            # With a dash the stamp must end in its time: "Ann Lee - Selasa, 11 Feb 2025
            # 16:45 WIB", "Ann Lee – 3 février 2025, 18 h 12".
            r"^(?!(the|a|an|der|die|das|le|la|les|el|los|las|il|lo|o|os|de|het)\b)"
            r"([^\W\d_][\w.'’-]* ){1,3}[^\W\d_][\w.'’-]* [-–—] ([^\W\d_]{1,12},? )?"
            r"\d{1,2}\.? (de )?("
            + _MONTHS
            + r")\.? (de )?(19|20)\d\d,?( (à|um|at|a las|às|alle|pukul))? "
            r"([01]?\d|2[0-3]) ?([:.]|h) ?[0-5]\d( ?(wib|wita|wit|uhr|h|gmt|utc|cet|cest))?$"
        ),
        # A caption ending in its photo credit: "The slopes at dawn. © AFP / Ann Lee",
        # "Crédits photos : Agence X" (a footer's "... © 2024 Outlet" is a copyright line).
        "photo_credit": (
            r"^[^\n]{3,160}[.,;:!?)]\s{0,3}(©|\(c\))\s?[\w .&'-]{2,30}/[\w .&'-]{2,40}$|"
            r"^[^\n]{0,160}\b(photo:|foto:|bild:|pictures?:|crédits? photos?\s?:|credits?:|"
            r"photo credit:|image credit:|fotos?:)\s?[\w .,&/'-]{2,60}$|"
            # Without a colon: "Photo Ann Lee / Agency", "Photographs by Ann Lee".
            r"^(photos?|fotos?|bild|image)\s[\w.'’ -]{2,40}\s/\s?[\w.'’ -]{2,40}$|"
            r"^(photos?|photographs?|photography|words and pictures) by "
            r"[\w.'’ -]{2,40}$|"
            r"^(fotos? von|fotos? van|fotografie di|fotos? av|fotos? af|photos? par) "
            r"[\w.'’ -]{2,40}$|"
            # A stock library's credit ("Image by Gerd Altmann from Pixabay", "Photo de Léa
            # Petit sur Unsplash"), a courtesy line ("Photo courtesy of NASA") and an
            # agency's name alone ("Getty Images", "AP Photo/Mark Lennihan"), whole.
            r"^(photo|image|foto|bild|imagen|imagem|immagine|zdjęcie|afbeelding|фото)s? "
            r"(by|von|de|par|di|da|van|od|от) [^\n]{1,50}? (on|from|auf|von|sur|de|en|su|da|op|"
            r"van|na|z|в|с) (unsplash|pixabay|pexels|shutterstock|istock|depositphotos|freepik|"
            r"adobe stock|getty images)\.?$|"
            r"^((photos?|images?|video|foto|bild) )?courtesy( of)? [\w.'’& -]{2,50}$|"
            r"^(getty( images)?|shutterstock|istock(photo)?|alamy|unsplash|pixabay|pexels|imago|"
            r"picture alliance|ap photo|ap images|depositphotos|adobe stock)"
            r"( ?/ ?[\w.'’ -]{2,40}| via getty images| for [\w.'’ -]{2,40})?$"
        ),
        # Agency and contributor credits: "(Reporting by A; Editing by B)".
        # A line of two or more labelled meta fields: "05/10/2018 - Published by: Ann Lee -
        # Category: Health - Tags: ...".
        "meta_fields": (
            r"\b(tags|categor(y|ies|ia|ía|ie)|kategorie|rubrik|autor|author|published by|"
            r"publicado por|publié par|veröffentlicht von|posted by|posted in|filed under|"
            r"etiquetas|schlagworte|mots-clés|date|fecha|datum|data|edición|edição|datos|dados|"
            r"infografía|infografia|redacción|redação|text|texto|graphics|grafik) ?:[^\n]{0,120}?"
            r"\b(tags|categor(y|ies|ia|ía|ie)|kategorie|rubrik|autor|author|published by|"
            r"publicado por|publié par|veröffentlicht von|posted by|posted in|filed under|"
            r"etiquetas|schlagworte|mots-clés|date|fecha|datum|data|edición|edição|datos|dados|"
            r"infografía|infografia|redacción|redação|text|texto|graphics|grafik) ?:"
        ),
        "credit": (
            r"\b(contributed (reporting|to this (report|story|article))|"
            r"additional reporting by|reporting by [^;\n]{1,80}; editing by|mitarbeit:)|"
            # A wire story's credit line naming several roles: "Reporting by A and B;
            # additional reporting by C; writing by D", "Writing by A; Editing by B".
            r"^(reporting|writing|editing|compiled|additional reporting) by [^\n]{2,200}?"
            r"\b(reporting|writing|editing|compiled) by\b|"
            r"\bmit material von|\bavec (afp|reuters|ap)\b|^mit (dpa|afp|reuters|ap|kna|epd)$|"
            r"\bcon información de|"
            r"\bcom informações d[aeo]s?|^editing by|"
            # Who checked it: "Medically reviewed by Dr. Ann Lee", "Revisão técnica: Dr. X".
            r"^(medically |clinically )?(reviewed|fact[- ]checked) by|^fact[- ]check(ed)?:|"
            r"^(medizinisch )?geprüft von|^revisão (técnica|médica)\s?:|^revisado por|"
            r"^revisión (médica|técnica)\s?:|^relu par|^revue médicale\s?:|"
            r"^(revisione|supervisione) (medica|scientifica)\s?:|^konsultacja merytoryczna\s?:|"
            # A podcast's staff: "Produced by ...", "Sound design by ...", "Theme music: ...".
            r"^(produced|mixed|hosted|presented) by [\w.'’ -]{2,40}([.;] ?(sound|music|mix|"
            r"executive|artwork|edited|theme|hosted|additional)[^\n]*)?$|"
            # (Not "Host:": a transcript's turns open with it, "HOST: So don't rush ...".)
            r"^(sound design|executive producers?|theme music|music|producers?|mixing|"
            r"artwork)( by|\s?:)\s[^\n]{2,120}$|"
            # ... in other languages: "Musik: ...", "Edición y sonido: ...", "Монтаж: ...".
            r"^(musik|musique|música|musica|muziek|muzyka|hudba|glasba|glazba|muzika|muzică|"
            r"zene|musikk|musiikki|muusika|mūzika|μουσικη|müzik|музыка|музика|musika|"
            r"muziki|âm nhạc|संगीत|সঙ্গীত|இசை|సంగీతం|音楽|音乐|音樂|음악|موسيقى|موسیقی|מוזיקה|"
            r"ดนตรี|schnitt|montage|montaż|montáž|montaža|монтаж|edición|edição|montaggio|"
            r"produktion|producción|produção|produzione|productie|produkcja|produksjon|"
            r"tuotanto|sonido|suono|geluid|dźwięk|звук|ääni|ljud|lyd)"
            r"( (und|y|e|et|i|и|og|och|a|és|ja) [^\s:：]+)?\s?[:：]\s?[^\n]{2,120}$|"
            # Photographers named in full: "Photographies : Ann Lee pour Outlet".
            r"^(photographies|photographs|fotografías|fotografie|fotografias|fotografien)\s?:|"
            # A wire copy's note: "This story has not been edited by X staff and is
            # auto-generated from a syndicated feed."
            r"\b(auto-generated from a syndicated feed|published from a (syndicated|wire) "
            r"(agency )?feed|has not been edited by [^\n]{1,40} staff)|"
            # A press release's note to the newsrooms that print it.
            r"^(notes? (to|for) editors|noot voor de redactie|hinweise? (für|an) (die )?"
            r"redaktion(en)?|note aux rédactions|nota (para|a) (los |las )?(editores|"
            r"redacciones|redações)|nota per (le )?redazioni|uwaga dla redakcji)\b|"
            # "This story first appeared in ...": where the text comes from.
            r"^this (story|article|piece|essay) (was )?(first|originally) (appeared|published|ran)|"
            r"^cet article (est paru|a été (publié|initialement publié)) dans|"
            # ... and who paid for it: "This story was produced with support from ...".
            r"^(this|the) (story|article|report|reporting|investigation|series|project|piece) "
            r"(was|is) (produced|reported|made possible|supported) (with|by|in partnership)|"
            r"^(esta|este) (historia|reportaje|investigación|artículo|nota) (fue|ha sido) "
            r"(producid[oa]|realizad[oa]|posible|elaborad[oa]) (con|gracias|en alianza)|"
            r"^(cet article|cette enquête|ce reportage|cette série) (a été )?(réalisée?|produite?) "
            r"avec le soutien|^(questo articolo|questa inchiesta) è stat[oa] realizzat[oa] con il "
            r"sostegno|^(esta reportagem|este conteúdo) foi (produzid[oa]|realizad[oa]) com "
            r"(o )?apoio|"
            r"^(questo (articolo|contenuto|progetto)|questa inchiesta) è stat[oa] realizzat[oa] "
            r"(anche )?(grazie al|con il) (contributo|sostegno)|"
            r"^(dieser (artikel|beitrag|text)|der (artikel|beitrag)) (wurde|ist|entstand) "
            r"(mit (finanzieller )?(unterstützung|förderung)|im rahmen|gefördert)|"
            r"^(материал|публикация|статья) (подготовлен[аo]?|создан[аo]?) при поддержке|"
            r"^(матеріал|публікацію|статтю) (підготовлено|створено) (за|при) підтримки|"
            r"^(artykuł|materiał|tekst) (powstał|został (przygotowany|sfinansowany|"
            r"zrealizowany)) (przy|dzięki|w ramach|ze środków)|"
            r"^(článek|text|materiál) (vznikl|bol pripravený|vznikol) (za podpory|díky|"
            r"v rámci|s podporou|vďaka|s podporou)|"
            r"^straipsnis parengtas (įgyvendinant|remiant|bendradarbiaujant)|"
            r"^(raksts|materiāls) (tapis|sagatavots) (ar|projektā|sadarbībā)|"
            r"^(artikkel|lugu) (valmis|on valminud) (koostöös|toetusel)|"
            r"^(articolul|materialul) (a fost )?(realizat|finanțat|produs) (cu sprijinul|"
            r"în cadrul|prin)|"
            r"^(tekst|članak) (je )?(nastao|realiziran|realizovan) (uz (potporu|podršku)|"
            r"u sklopu|u okviru)|"
            r"^bu (haber|içerik|yazı|makale)[^\n]{0,60}(desteğiyle|kapsamında) "
            r"(hazırlanmıştır|hazırlandı|üretilmiştir)|"
            r"^(أعد|أنجز) هذا (التقرير|المقال|التحقيق) بدعم|"
            r"^(artikel|liputan|tulisan|laporan) ini (didukung oleh|dibuat dengan dukungan|"
            r"merupakan hasil kerja sama)|"
            r"^an samar da wannan rahoto[^\n]{0,20}(tallafin|goyon bayan)|"
            r"^(makala|habari|ripoti) hii (imeandaliwa|imewezeshwa) kwa (msaada|ufadhili)|"
            # An agency credit in brackets: "(with agency inputs)", "(एजेंसी इनपुट के साथ)".
            r"^\(?(with (agency )?inputs( from (agencies|pti|ani|ians))?|एजेंसी इनपुट के साथ|"
            r"इनपुट: एजेंसी)\)?$|"
            # A source line of its own: "Source: Energy Agency", "Quelle: dpa", "Kilde: X".
            r"^(" + SOURCE_WORDS + r") ?: ?[^\n]{2,90}$"
        ),
        # An author's bio after the article: "Ann Lee is a court reporter and has
        # written for ... since 2019." (a name, a copula, a newsroom job). A rule for
        # outside the core (rules.WEAK_CUES): inside, such a sentence may be the story's.
        "author_bio": (
            r"^(about the author|über (den autor|die autorin)|à propos de l'auteur|"
            r"sobre el autor|sobre la autora|sull'autore|sobre o autor|o autorze|об авторе)\b|"
            r"^(?!(the|a|an|this|he|she|it|der|die|das|er|sie|le|la|il|elle|el|lo|o|ela|ele|"
            r"on|ona)\b)(\w[\w.'-]* ){1,3}"
            r"(is|was|ist|war|est|es|è|é|jest|är|er|je|là|adalah|este|είναι|е|є|—|–|является|"
            r"работает|ni|alikuwa) [^.;\n]{0,60}"
            # Stems, and inside German compounds ("Gerichtsreporterin").
            r"\b\w*(reporter|correspondent|journalist|editor|writer|columnist|contributor|"
            r"redakteur|korrespondent|autor|rédact|chroniqueu|correspondant|periodista|"
            r"redactor|corresponsal|columnista|giornalist|redatt|corrispondente|inviat|"
            r"jornalista|repórter|redator|colunista|dziennikar|reporterk|redaktor|publicyst|"
            r"журналист|корреспондент|обозревател|редактор|verslaggever|redacteur|skribent|"
            r"reportér|novinář|novinár|zpravodaj|spravodaj|novinar|dopisnik|urednik|"
            r"újságíró|szerkesztő|tudósító|ziarist|corespondent|δημοσιογράφ|ανταποκριτ|"
            r"wartawan|jurnalis|phóng viên|biên tập viên|nhà báo|журналіст|кореспондент|"
            # Critics by their field ("... est critique de théâtre au Courrier"), and
            # Swahili's writer, editor and reporter.
            r"(theatre|theater|film|music|art|food|restaurant|book|dance|tv|television) critic\b|"
            r"critique (de théâtre|de cinéma|musical|gastronomique|littéraire|d'art)|"
            r"crític[oa] (de cine|de teatro|musical|gastronómic[oa]|literari[oa])|"
            r"critic[oa] (cinematografic[oa]|teatrale|musicale|d'arte|gastronomic[oa])|"
            r"(?<=\w)kritiker(in)?\b|krytyk (filmowy|teatralny|muzyczny|literacki)|"
            r"(кино|театральный |музыкальный |литературный )критик|"
            r"mwandishi|mhariri|ripota|"
            # A shopping desk's title: "... is the site's deals curator".
            r"(deals?|shopping|commerce) curator)|"
            # Finnish "on" is also the perfect's auxiliary: the title must be nominative.
            r"^(\w[\w.'-]* ){1,2}on ([^\s.;]+ ){0,3}\w*toimittaja\b|"
            # "<Name> covers courts for ...", "<Name> schrijft over geld en werk."
            r"^(?!(the|a|an|this|he|she|it|der|die|das|er|sie|le|la|il|elle|el|lo|o|ela|ele|"
            r"on|ona)\b)(\w[\w.'-]* ){1,3}(also |regularly |regelmäßig |regelmatig )?"
            r"(covers|writes about|writes on|reports on|scrive di|schrijft over|bevakar|dækker|"
            r"dekker|"
            r"schreibt über|schreibt für|écrit sur|couvre|escribe sobre|cubre|escreve sobre|"
            r"cobre|skriver om|pisze o|píše o|пишет о|пише про|sa venuje|se věnuje|zajmuje się|"
            r"scrie despre|si occupa di|se ocupa de|s'occupe de|ocupa-se de|"
            r"viết về|menulis tentang|γράφει για|piše o|piše za|пише за|пише о|anaandika kuhusu) "
            # (A subsidy or a policy covers a share: "Strømstøtten dekker 85 prosent".)
            r"(?!\d)[^.!?\n]{1,60}([.!?]|$)"
        ),
        # A section's and an area's kicker above a local story: "Police & Fire · Harlow
        # Falls", "社區｜新界東・石澗灣": two or three short parts without figures or
        # sentence punctuation (not split by "|": a Markdown table's row is).
        "section_path": (
            r"^(?=[^\W\d_])([^\n\d·|｜.!?:;,\"“”„«»]{1,25}( · |\s?｜\s?)){1,2}"
            r"[^\n\d·|｜.!?:;,\"“”„«»]{1,30}$"
        ),
        # A breadcrumb trail: "Home » News » Local", "Գլխավոր » Կրթություն", "A > B > C".
        # Short steps without sentence punctuation (a sentence may quote a menu path).
        "breadcrumb": (
            r"^(?=[^\W\d_])(?![^\n]{0,200}[«‹])"
            r"([^\n»›>|.!?:;\"“”„]{1,40} [»›] ){1,6}[^\n»›>|.!?:;\"“”„]{1,50}$|"
            r"^(?=[^\W\d_])([^\n»›>|.!?:;\"“”„]{1,40} > ){2,6}[^\n»›>|.!?:;\"“”„]{1,50}$|"
            # A trail after its label: "You are here: Home » Blog", "Sie sind hier: ...".
            r"^(you are here|sie sind hier|vous êtes ici|usted está aquí|estás aquí|"
            r"ti trovi qui|sei qui|você está aqui|está aqui|u bent hier|je bent hier|"
            r"jesteś tutaj|вы здесь|ви тут|du är här|du er her|olet tässä|nacházíte se|"
            r"nachádzate sa|ön itt van|itt vagy|vă aflați aici|buradasınız|ειστε εδω|"
            r"esteu aquí|nalazite se|anda di sini|bạn đang ở đây)\s?:[^\n]{0,200}$"
        ),
        "reading_time": (
            r"^\d+ ?(min|minute|minutes|mins)( read)?$|^lesezeit|^reading time|"
            r"^temps de lecture|^tiempo de lectura|^время чтения|"
            r"^(lecture|lectura|leitura|lettura|czas czytania|leestijd)\s?:\s?\d+ ?min|"
            # One field of a meta line: "7 ottobre 2025 · Tempo di lettura: 3 min · ...".
            r"^[^\n]{0,80}[·|•] ?(reading time|lesezeit|temps de lecture|tiempo de lectura|"
            r"tempo de leitura|tempo di lettura|czas czytania|leestijd|время чтения)"
            r"\s?:?\s?\d+ ?min"
        ),
        # "Published 3 May 2023, 14:20": a short line (a sentence that starts "Posted on
        # social media by ..." is the article's own).
        "dateline": (
            r"^((first )?published|updated|posted|veröffentlicht|aktualisiert|"
            r"publié|mis à jour|"
            r"publicado|actualizado|опубликовано|обновлено|last (modified|updated)|"
            r"zuletzt aktualisiert|dernière mise à jour|última actualización|"
            r"ultimo aggiornamento|última atualização)\b[^\n]{0,60}$|"
            # A credit or byline, then the stamp after a dash or bar: "Texte et photos : Ann
            # Roy — publié le 3 novembre 2025 à 11 h 05" (a comma, or a second dash, sets off
            # a story's clause: "The study — published 3 May in Nature — found ...").
            r"^[^\n.!?]{2,60}\s[—–|·]\s(published|posted|updated|veröffentlicht|aktualisiert|"
            r"publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|опубликовано|"
            r"обновлено|gepubliceerd|opublikowano|publicat)\b[^\n!?—–]{0,80}\d[^\n!?—–]{0,40}$|"
            # Both stamps on one line: "Publié le 18 septembre 2024 à 07h30, mis à jour le ..."
            r"^(published|posted|veröffentlicht|publié|publicado|pubblicato|опубликовано|"
            r"gepubliceerd|opublikowano|publicat)\b[^\n]{0,50}\d[^\n]{0,20}(updated|"
            r"aktualisiert|mis à jour|modifié|actualizado|modificado|atualizado|aggiornato|"
            r"modificato|обновлено|изменено|bijgewerkt|zaktualizowano|actualizat|modificat)"
            r"\b[^\n]{0,50}$|"
            # "18 febbraio 2025 (modifica il 18 febbraio 2025 | 10:27)"
            r"^[^\n()]{0,12}\d[^\n()]{2,24}\((modifica|modificato|aggiornato|updated|modifié|"
            r"mis à jour|actualizado|atualizado|aktualisiert)\b[^\n()]{0,40}\)?$"
        ),
        "tags": (
            r"^(tags|schlagworte|schlagwörter|themen|étiquettes|etiquetas|теги|štítky|tagy|"
            r"taggar|emner|ämnen|trefwoorden|avainsanat|tunnisteet|aiheet|témata|témy|"
            r"etiketler|konular|címkék|témák|etichete|subiecte|tópicos|palavras-chave|argomenti|"
            r"parole chiave|mots-clés|tagi|мітки|теги статті|"
            # A blog post's categories: "Categories: Cycling, Days out", "Filed under: ...".
            r"categories|filed under|kategorien|catégories|categorías|categorie|categorias|"
            r"kategorie|kategorier|kategoriat|категории|категорії|kategóriák|categorii)\s?:"
        ),
        # A short line that is mostly a date or time: "5:45 AM PST 11/19/2019", "22.03.2021",
        # (not a race time "2:07:41", a score "68:74" or a ranked result "1. Ann Lee ..."),
        # "3 de maio de 2023". A bare year needs a month name among the first words beside
        # it: "Budget 2025" is a title. A line naming an account, "- Ann Lee (@ann) November
        # 19, 2019", ends a quoted post.
        # A clock time alone: a live blog's entry stamp inside the article ("4:14 p.m."),
        # a page's time stamp above it.
        "clock_time": r"^" + _CLOCK_TIME,
        "dateline_short": (
            # The date itself is looked for first (most lines have none), then what it must
            # not be.
            r"^(?=" + _DATE_LINE + r")"
            # ... nor a log's or a timeline's entry, its day and time then a dash and the entry
            # ("4月15日 07:35 —— 东街...", "11.42 p.m. — Noise complaint", "09:40 — Polls
            # open", a turnout's "10:00 – 9,8%"; a podcast's chapter, "03:12 — The old mill",
            # is left to the model) ...
            r"(?!([^\n]{0,11}[^\W\d_][.,]?\s\d{1,2}[:.]\d\d\s?(uhr|h)?|\d{1,2}[:.]\d\d(\s?(a\.?m\.?|p\.?m\.?))?)"
            r"\s?[—–-]{1,2}\s?([^\W\d_]|\d+([.,]\d+)?\s?[%٪]))"
            # ... nor a software's version ("firmware do 3.2.14 włącznie", "version 2.10.24") ...
            r"(?![^\n]*\b(version|versions|versión|versiones|versão|versões|versione|versioni|"
            r"versie|wersj\w*|verze|verzi\w*|верси\w*|firmware|прошивк\w*|build|patch)\b"
            r"[^\n\d]{0,12}\d{1,3}\.\d{1,3}\.\d)"
            # ... nor an obituary's life dates or funeral time ...
            r"(?![^\n]*(" + _LIFE_EVENTS + r"))(?!\*\s?\d)"
            # ... nor a tour's or a festival's date, its venue and town after a dash
            # ("Fredag 13. mars 2026 – Grieghallen, Bergen"), nor a match's result between
            # two names ("Rudnik – Vukovi 13:11 Olujni val") ...
            r"(?![^\n]*\d[^\n]*\s[—–-]\s[^\W\d_][^\n,\d]*,\s?[^\W\d_][^\n\d]*$)"
            r"(?![^\n]*[^\W\d_]\s[—–-]\s[^\W\d_]+\s\d{1,2}:\d{1,2}(?![\d:]))"
            r"(?!\W{0,3}" + _YEAR_DATE + r"\s?[–—-]\s?" + _YEAR_DATE + r"\W{0,2}$)"
            # ... nor a question, a transcript's turn after or before its time stamp
            # ("[14:30] Ana: How does that work?", "Ana (14:30): ...") ...
            r"(?![^\n]*[?？]$)(?!\[?\d{1,2}:\d{2}(:\d{2})?\]?\s+[^\n:：]{1,30}[:：]\s?\S)"
            r"(?![^\n:：(]{1,30}\(\d{1,2}:\d{2}(:\d{2})?\)\s?[:：])"
            r"(?![^\n]{0,60}\(@)(?!\d{1,2}\. (?!("
            + _MONTHS
            + r")\b|\d{1,2}\. ?\d))(?!"
            + _CLOCK_TIME
            + r")"
            # ... nor a programme item or a goal ("12:30 Lunch", "0:1 Ryabov (12:44)"), nor a
            # timeline entry ("May 2025: the council votes.").
            r"(?!\d{1,2}[:.]\d{1,2}\s+(?!(am|pm|a\.m|p\.m|uhr|h|hrs|gmt|utc|cet|cest|et|pt|est|"
            r"edt|pst|pdt|bst|msk|ora|heures?)\b)[^\W\d_])"
            r"(?![^:\n]{0,25}(13|14|19|20)\d\d[^:\n]{0,8}:\s+[^\W\d_])"
            # ... nor a range: an exhibition's dates ("12 March – 30 June 2025", "Dal 15
            # marzo al 29 giugno"), opening hours ("9:00 to 16:00").
            r"(?![^\n]{0,40}\d\.?( (de )?(" + _MONTHS + r")\.?)?( (19|20)\d\d)? ?"
            r"(–|—|-|bis|to|until|al|au|a|à|tot en met|tot|do|до|ile) ?\d{1,2}(\.|\b) ?(de )?("
            + _MONTHS
            + r")\b)"
            r"(?![^\n]{0,40}\d[:.]\d\d ?(–|—|-|bis|to|until|al|au|a|à|tot|do|до) ?\d{1,2}[:.]\d\d)"
            + _DATE_LINE
        ),
    },
    "comments": {
        # A blog's comment section heading: "7 thoughts on “<title>”", "3 Gedanken zu „...“".
        "comment_heading": (
            r"^(\d{1,5}|one|two|three|four|five|six|seven|eight|nine|ten|ein|eine|un|une|uno|"
            r"una|um|uma|een) (thoughts?|responses?|replies|comments?|reactions?|gedanken|"
            r"kommentare?|antworten|réflexions?|commentaires?|réponses?|comentarios?|"
            r"respuestas?|pensieri|commenti|risposte|comentários?|respostas?|gedachten?|"
            r"reacties|reactie|myśli|komentarz\w{0,3}|odpowiedzi) (on|to|zu|sur|à|en|a|su|em|"
            r"para|over|op|na temat|do) ?[\"“«„'‘]"
        ),
        "comment_prompt": (
            r"\b(leave a comment|comments are closed|log in to comment|comment policy|"
            r"sign in to comment|暂无评论|暫無評論|快来抢沙发|快來搶沙發|"
            r"be the first to comment|kommentar(e)? (schreiben|verfassen)|"
            # "Schreibt es mir in die Kommentare".
            r"(schreiben sie|schreib|schreibt) (es |uns |mir )*(gerne |gern )?in die kommentare|"
            r"kommentare insgesamt|tell (us|me) in the comments|let (us|me) know in the comments|"
            r"dites-(le-)?nous en commentaire|cuéntanos en los comentarios|"
            r"diccelo nei commenti|conta(-nos)? nos comentários|"
            r"para comentar (debes|es necesario|tienes que|hay que)|"
            r"commentaires sont fermés|deja un comentario|оставьте комментарий|"
            r"charte de modération|réagir à cet article est réservé|"
            # A blog's comment form: "Your email address will not be published."
            r"(your|deine|ihre) e-?mail(-| )?ad(d)?ress(e)? (will not|wird nicht) (be )?"
            r"(published|veröffentlicht)|required fields are marked|"
            r"erforderliche felder sind (mit|markiert)|"
            r"votre adresse (e-?mail|de messagerie|courriel) ne sera pas publiée|"
            r"les champs obligatoires sont indiqués|"
            r"tu (dirección de )?correo electrónico no será publicad[oa]|"
            r"los campos obligatorios están marcados|"
            r"il tuo indirizzo (e-?mail )?non sarà pubblicato|i campi obbligatori sono "
            r"contrassegnati|o (seu )?endereço de e-?mail não será publicado|"
            r"(os )?campos obrigatórios (são|estão) marcados|je e-?mailadres wordt niet "
            r"gepubliceerd|vereiste velden zijn gemarkeerd|twój adres e-?mail nie zostanie "
            r"opublikowany|wymagane pola są oznaczone|adresa ta de e-?mail nu va fi publicată|"
            r"câmpurile obligatorii sunt marcate|ваш (адрес )?e-?mail не будет опубликован|"
            r"обязательные поля помечены|din e-?postadress kommer inte (att )?publiceras|"
            r"e-?posta adresiniz yayınlanmayacak|vaše e-?mailová adresa nebude zveřejněna|"
            r"alamat email anda tidak akan dipublikasikan)|"
            # "Verraten Sie gerne in den Kommentaren: ..." (the verb opens the line: "Sie
            # erzählen in den Kommentaren ..." reports what readers say).
            r"^(verraten|verrate|verratet|erzählen|erzähl|erzählt) (sie |du |ihr )?"
            r"(es )?(uns |mir )?(gerne |gern )?in den kommentaren|"
            # The rules for posting, named as the outlet's own: "Please read our community
            # guidelines", "Bitte beachten Sie unsere Netiquette" (a platform's community
            # guidelines in a story are not "our").
            r"\b(our|unsere[nr]?) (community[- ]?(guidelines|richtlinien|regeln|rules|standards)|"
            r"forenregeln|diskussionsregeln|kommentarregeln)|\bnetiquette\b|"
            r"\bregole della community\b|"
            # A moderation policy: "Comments that ... will not be approved by the moderator".
            r"\b(comments|kommentare|commentaires|comentarios|comentários|commenti)\b[^.\n]{0,120}"
            r"(moderat|moderier|modér|moderad|moderaç|approved|freigeschaltet|validés|aprobad|aprovad)|"
            # "We're moderating all new comments for now", "Wir moderieren alle Kommentare".
            r"\b(we are|we're|we|wir) (now |currently |temporarily )?(moderating|reviewing|"
            r"pre-moderating|moderieren) (all )?(new |reader |incoming )?(comments|kommentare)\b"
        ),
        # A comment policy opens with its subject and says who answers for the comments or
        # what gets deleted; news prose does not open that way, so this holds in any voice.
        "comment_policy": (
            # ... also after the count it is printed beside ("45 comentários | Os ...").
            r"^(\d{1,6} (comments|comentarios|comentários|commenti|commentaires|kommentare) "
            r"[|·•] )?(los |las |les |i |os |as )?(reader )?(comments|comentarios|comentários|"
            r"commenti|commentaires|kommentare|comentariile|hozzászólások|a hozzászólások|"
            r"komentarze|komentáře|yorumlar|reacties|kommentarer)\b[^.\n]{0,160}"
            r"(responsab|responsib|verantwort|moderat|moderier|modér|moderad|delet|remov|"
            r"elimin|supprim|cancellat|rimoss|gelöscht|entfernt|șterse|sterse|töröl|usuwa|usunięte|"
            r"smazány|silin|verwijderd|raspunderea|răspunderea|felelősség)|"
            # "Els comentaris que incloguin insults seran eliminats", "Коментарите што
            # содржат навреди ... нема да бидат објавени".
            r"^(els |(ο )?τα )?(comentaris|komentari|komentarji|коментари|коментарите|"
            r"комментарии|коментарі|σχόλια|kommentit|kommentarer|kommentarerna)\b[^.\n]{0,160}"
            r"(elimin|esborr|bris|uklanja|uklonjen|удал|видал|бриш|избриш|нема да бидат објав|"
            r"не будут опубликован|не публику|neće biti objavljen|nebudou zveřejněn|poistetaan|"
            r"slettes|raderas|διαγρ|responsab|odgovorn|одговорн|відповідальн|ответственн)|"
            # Who may comment: "Only registered users can comment", "Per comentar cal estar
            # registrat", "Komentirati mogu samo registrirani korisnici".
            r"\b(only (registered|logged-in|signed-in) (users|members|readers|subscribers) "
            r"(can|may) (comment|post comments)|nur registrierte (nutzer|benutzer|leser)(innen)? "
            r"(können|dürfen) kommentieren|per comentar cal (estar|ser|iniciar)|"
            r"(komentirati|komentarisati|komentarisat|komentovat|komentować|коментирати|"
            r"коментарисати) (mogu|može|mohou|mogą|могу|може) (samo|pouze|tylko|само)|"
            r"doar utilizatorii (înregistrați|autentificați|abonați) pot comenta|"
            r"yorum (yapabilmek|yazabilmek) için (giriş|üye)|"
            r"(apenas|somente|só) (os )?(assinantes|usuários (cadastrados|registrados)) podem "
            r"comentar)|"
            # "The portal is not responsible for the comments": the site disclaims them.
            r"\b(nie ponosi odpowiedzialności za (treść )?(komentarzy|wpisy|opinie)|"
            r"wpisy naruszające regulamin|les contributions sont réservées aux abonnés|"
            r"les commentaires sont réservés aux (abonnés|membres))"
        ),
    },
    "promo": {
        # Affiliate disclosures: "If you buy something through this post, we may earn ..."
        "affiliate": (
            r"\b(affiliate (links?|commission|partner)|affiliate-links?|provisions?-links?|"
            r"liens? affiliés?|enlaces? de afiliados?|link di affiliazione|links? de afiliados?)|"
            r"\b(if|when) you (buy|purchase|shop)( something)? (through|via|from) (links|our|this)|"
            r"\bwe may (earn|get|receive) (a )?(small )?(share|commission|fee|compensation)|"
            r"\b(linki afiliacyjne|linków afiliacyjnych|linki partnerskie|możemy otrzymać prowizję|"
            r"(perçoit|percevons|percevoir|touchons|touche) une (petite )?commission|"
            r"podemos (recibir|ganar|obtener|receber|ganhar) una? (pequeña |pequena )?comisi[óo]n|"
            r"recebemos uma comissão|podemos receber uma comissão|"
            r"(potremmo ricevere|riceviamo|percepiamo) una (piccola )?commissione|"
            r"erhalten wir (ggf\. |gegebenenfalls |eventuell |möglicherweise )?eine provision|"
            r"ontvangen wij (mogelijk )?een (kleine )?commissie|"
            r"партнёрские ссылки|партнерские ссылки|"
            r"получаем (небольшую )?комиссию|satış ortaklığı (bağlantıları|linkleri)|"
            r"komisyon (alabiliriz|kazanabiliriz))"
        ),
        # A shop's button or a row of them: "Check price", "Amazonで見る ｜ 楽天市場で見る".
        "shop_button": (
            r"^((buy|shop|order) now|check (the )?price|see (the )?price|view (the )?deal|"
            r"go to (the )?(shop|store)|(view|buy) (it )?(at|on) [\w.!]{2,20}|jetzt kaufen|"
            r"zum (shop|angebot|händler)|przejdź do sklepu|sprawdź cen[ęy]|kup teraz|"
            r"voir l'offre|voir le prix|ver (la )?oferta|ver precio|vedi (l')?offerta|"
            r"bekijk (de )?(deal|aanbieding)|"
            r"([\w!.]{2,20}で(見る|購入する|チェック)\s?[｜|/]?\s?)+)$|"
            r"\b(sprawdź ceny|check prices)\s?:"
        ),
        # Where else an episode plays: "Listen on Spotify | Apple Podcasts | YouTube Music".
        "podcast_platforms": (
            r"^(listen|subscribe|follow|also) (on|via|in) (spotify|apple podcasts|"
            r"google podcasts|youtube( music)?|deezer|pocket casts|amazon music|overcast)|"
            r"^(hören sie|jetzt hören|écoutez|escucha|escúchalo|ascolta|ouça|luister) "
            r"[^\n]{0,30}(spotify|apple podcasts|deezer)|^(also )?available on (spotify|"
            r"apple podcasts)"
        ),
        # A paid note under its label: "Sponsored · Wine pairing: ...".
        "sponsored_prefix": (
            r"^(sponsored|sponsorizzato|patrocinado|gesponsert|sponsorisé|sponsorowane|"
            r"gesponsord|sponsrat|реклама|спонсор(ский материал)?|partner content|"
            r"in partnership with|sponsored content|contenu sponsorisé|contenido patrocinado|"
            r"contenuto sponsorizzato|conteúdo patrocinado|gesponsorde inhoud|"
            r"gesponserter inhalt|treść sponsorowana|χορηγούμενο|χορηγούμενο περιεχόμενο|"
            r"conținut sponsorizat|sponzorováno|sponzorované|szponzorált( tartalom)?|"
            r"sponsoroitu|sponsoreret|sponset|sponzorirani sadržaj|sponzorisani sadržaj|"
            r"sponzorirano|спонзорисан садржај|sponzorirana vsebina|sponzorovaný obsah|"
            r"sponsoreeritud( sisu)?|sponsorēts( saturs)?|remiamas turinys|sponsorlu( içerik)?|"
            r"konten bersponsor|nội dung tài trợ|платена публикация|conteúdo de marca|"
            r"contenido de marca|contenu de marque|contenuto di marca)\s?[·:|–—-]"
        ),
        # A betting ad's small print: "18+ only. Gamble responsibly.", "T&Cs apply".
        "gambling": (
            r"\b((gamble|bet|play) (responsibly|aware)|t ?& ?cs? apply|"
            r"new customers only|18\+ (only|t ?& ?cs?)|verantwortungsvoll spielen|"
            r"glücksspiel kann süchtig machen|juega con responsabilidad|gioca responsabilmente|"
            r"jogue com responsabilidade|joga com responsabilidade|aposte com responsabilidade|"
            r"jouer comporte des risques|graj odpowiedzialnie|spill ansvarlig|spela ansvarsfullt|"
            r"играйте ответственно|hrajte zodpovědně|hraj zodpovědně|hrajte zodpovedne|"
            r"igraj odgovorno|igrajte odgovorno|játssz felelősen|joacă responsabil|"
            r"sorumlu oyna|pelaa vastuullisesti|speel bewust|spil ansvarligt)"
        ),
        # The same small print as a notice's form, which holds even in a line that reads
        # as news ("New customers get a $50 bonus. 18+ only. Gamble responsibly."); a story
        # quoting the slogan ("the words \"18+ only\" in large type") closes a quote after it.
        "gambling_notice": (
            r"\b(18\+ only|t ?& ?cs? apply|(be)?gambleaware\.org|gamble responsibly\.)"
            r"(?![\"”’'])"
        ),
        # Russian law marks every advertisement with its registry token: "erid: 2Vtzqw...".
        "ad_token": r"\berid: ?[0-9a-z]{6,}",
        # A ticket or booking offer for an event: "Tickets sichern:", "Book your tickets".
        "ticket_offer": (
            r"\b(get (your )?tickets|book (your )?tickets|buy tickets|tickets sichern|"
            r"jetzt tickets|karten sichern|réservez vos (billets|places)|compra (tus|las) entradas|"
            r"consigue tus entradas|acquista (i )?biglietti|acquista (il tuo|i tuoi) bigliett[oi]|"
            r"garanta (já )?(o )?seu ingresso|"
            r"kup bilety|купить билеты|احجز تذكرتك|הזמינו כרטיסים|kup bilet|"
            r"varaa (lippusi|liput|paikkasi)|osta liput|köp (din )?biljett(er)?|"
            r"kjøp billett(er)?|køb billet(ter)?|bestil billetter|kupte si vstupenky|"
            r"biletini al|biletler satışta)"
        ),
        # A ticket's price, as an event's promotion lists it: "Karten ab 29 Euro", "Bilety
        # od 59 zł", "Biglietti a 15 €" (a format cue: the first pass still judges the line).
        "ticket_price": (
            r"\b(tickets?|karten|eintrittskarten|billets?|entradas?|biglietti|biglietto|"
            r"ingressos?|kaartjes|toegangskaarten|bilety|biljetter|biletter|billetter|liput|"
            r"lippuja|vstupenky|vstupné|jegyek|belépő|bilete|билеты|билети|квитки|ulaznice|"
            r"karte|vstopnice|bilietai|biļetes|piletid|biletler)\b[^\n.!?]{0,12}?"
            r"\b(from|at|for|ab|zu|für|à partir de|à|dès|desde|a partir de|a|da|vanaf|voor|od|"
            r"za|från|fra|alkaen|–|-|:|от|від|po|nuo|no|alates|başlayan)\s?" + _PRICE
        ),
        "app_download": (
            r"\b(download (our|the) app|download the [\w'’ -]{1,30} app\b|get the app|"
            r"laden sie unsere app|téléchargez notre application|descarga nuestra app|"
            r"(descargate|descárgate) (la|nuestra) app|scarica (l'|la nostra )app|"
            r"baixe (o|nosso) app|scaricala( gratis)?|scarica gratis l'app|"
            r"(für|for|pour|para|per) ios (und|and|et|e|y) android|"
            r"اپلیکیشن ما را نصب کنید|اپلیکیشن [^\n]{1,20} را نصب کنید|"
            r"скачайте (наше )?приложение|uygulamas[ıi]n[ıi] (hemen )?indirin|"
            r"uygulamamızı (hemen )?indirin)"
        ),
        # A store's name: an app promo's button, and also how-to advice ("open your app
        # store settings"): a cue only outside the article's core (rules.WEAK_CUES).
        "app_store": r"\b(app store|google play)",
    },
}


merge_cues(WHOLE_LINE, WHOLE_LINE_INTL)
merge_cues(WHOLE_LINE, WHOLE_LINE_EU)
merge_cues(PHRASES, PHRASES_INTL)
merge_cues(PHRASES, PHRASES_EU)
merge_cues(PHRASES, PHRASES_CALLS)
merge_cues(PHRASES, PHRASES_WIDGETS)
merge_cues(PHRASES, PHRASES_PLATFORMS)
merge_cues(WHOLE_LINE, WHOLE_LINE_PLATFORMS)
merge_cues(PHRASES, PHRASES_BLOGS)
merge_cues(WHOLE_LINE, WHOLE_LINE_BLOGS)
merge_cues(PHRASES, PHRASES_TEASERS)
merge_cues(WHOLE_LINE, WHOLE_LINE_TEASERS)
merge_cues(PHRASES, PHRASES_DISCLOSURES)
merge_cues(PHRASES, PHRASES_FURNITURE)
merge_cues(PHRASES, PHRASES_LIVE)
merge_cues(PHRASES, PHRASES_RELEASE)
merge_cues(PHRASES, PHRASES_PAGES)
merge_cues(WHOLE_LINE, WHOLE_LINE_PAGES)
merge_cues(PHRASES, PHRASES_MAGAZINE)
merge_cues(WHOLE_LINE, WHOLE_LINE_MAGAZINE)
merge_cues(PHRASES, PHRASES_HEALTH)
merge_cues(WHOLE_LINE, WHOLE_LINE_HEALTH)
merge_cues(PHRASES, PHRASES_NEWSROOM)
merge_cues(WHOLE_LINE, WHOLE_LINE_NEWSROOM)
merge_cues(PHRASES, PHRASES_COMMERCE)
merge_cues(WHOLE_LINE, WHOLE_LINE_COMMERCE)
merge_cues(PHRASES, PHRASES_OPINION)
merge_cues(WHOLE_LINE, WHOLE_LINE_OPINION)
merge_cues(PHRASES, PHRASES_LOCAL)
merge_cues(WHOLE_LINE, WHOLE_LINE_LOCAL)
merge_cues(PHRASES, PHRASES_ENTERTAINMENT)
merge_cues(WHOLE_LINE, WHOLE_LINE_ENTERTAINMENT)
merge_cues(PHRASES, PHRASES_CORE)
merge_cues(WHOLE_LINE, WHOLE_LINE_CORE)
merge_cues(PHRASES, PHRASES_POLITICS)
merge_cues(WHOLE_LINE, WHOLE_LINE_POLITICS)
merge_cues(PHRASES, PHRASES_TECH)
merge_cues(WHOLE_LINE, WHOLE_LINE_TECH)
merge_cues(PHRASES, PHRASES_ENVIRONMENT)
merge_cues(WHOLE_LINE, WHOLE_LINE_ENVIRONMENT)
merge_cues(PHRASES, PHRASES_LIFESTYLE)
merge_cues(WHOLE_LINE, WHOLE_LINE_LIFESTYLE)
merge_cues(PHRASES, PHRASES_PUBLIC)
merge_cues(WHOLE_LINE, WHOLE_LINE_PUBLIC)
merge_cues(PHRASES, PHRASES_LABELS)
merge_cues(WHOLE_LINE, WHOLE_LINE_LABELS)
merge_cues(PHRASES, PHRASES_SECTORS)
merge_cues(WHOLE_LINE, WHOLE_LINE_SECTORS)
merge_cues(PHRASES, PHRASES_CONSENT)
merge_cues(PHRASES, PHRASES_HOBBIES)
merge_cues(WHOLE_LINE, WHOLE_LINE_HOBBIES)
merge_cues(PHRASES, PHRASES_FAMILY)
merge_cues(WHOLE_LINE, WHOLE_LINE_FAMILY)
merge_cues(PHRASES, PHRASES_EVENTS)
merge_cues(WHOLE_LINE, WHOLE_LINE_EVENTS)
merge_cues(PHRASES, PHRASES_SERVICES)
merge_cues(WHOLE_LINE, WHOLE_LINE_SERVICES)
merge_cues(PHRASES, PHRASES_CAUSES)
merge_cues(WHOLE_LINE, WHOLE_LINE_CAUSES)
merge_cues(PHRASES, PHRASES_VISITS)
merge_cues(WHOLE_LINE, WHOLE_LINE_VISITS)
merge_cues(WHOLE_LINE, WHOLE_LINE_BOOKING)
merge_cues(WHOLE_LINE, WHOLE_LINE_BUTTONS)

# Rules whose every match holds one of these words though it does not start with one
# ("$5 a month", "20 zł miesięcznie", "64% of our goal"): rules.py searches the
# alternatives that spell the words out only in units with such a word.
INDEX_WORDS = {
    "money_per_period": r"\b" + _PERIODS,
    "fund_progress": r"\b(goal|target|objectif|meta|цели|ziels)\b",
}
