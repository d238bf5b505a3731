"""A cookie banner's own words, per language (helper-drafted, 82 languages, 605 phrases;
lower case, plain text): "we use cookies", "używamy plików cookies", "kjo faqe përdor
cookies". Each names the cookies in the language's word for them (phrases that did not,
such as "to improve your experience", were left out), and none was found in a body line of
the training data or the studied sets. In a unit of at most COOKIE_NOTICE_CHARS characters
they are the page's banner: `legal`, cookies (a story about cookie rules is longer, and
reports in its own words).
"""

from __future__ import annotations

from .lexicon_calls import short_unit_cue

COOKIE_NOTICES: dict[str, dict[str, list[str]]] = {
    "en": {
        "cookie_notice": [
            "we use cookies",
            "this site uses cookies",
            "this website uses cookies",
            "you consent to our use of cookies",
            "manage cookie settings",
            "accept the use of cookies",
            "read our cookie policy",
            "accept all cookies",
            "reject non-essential cookies",
        ]
    },
    "de": {
        "cookie_notice": [
            "wir verwenden cookies",
            "diese website verwendet cookies",
            "diese seite nutzt cookies",
            "sie stimmen der verwendung von cookies zu",
            "cookie-einstellungen verwalten",
            "alle cookies akzeptieren",
            "mehr in unserer cookie-richtlinie",
            "nur notwendige cookies zulassen",
        ]
    },
    "fr": {
        "cookie_notice": [
            "nous utilisons des cookies",
            "ce site utilise des cookies",
            "vous acceptez l'utilisation de cookies",
            "paramètres des cookies",
            "accepter tous les cookies",
            "consultez notre politique relative aux cookies",
        ]
    },
    "es": {
        "cookie_notice": [
            "utilizamos cookies",
            "este sitio web utiliza cookies",
            "aceptas el uso de cookies",
            "configuración de cookies",
            "aceptar todas las cookies",
            "consulta nuestra política de cookies",
            "utilizamos cookies propias y de terceros",
            "rechazar cookies no esenciales",
        ]
    },
    "pt": {
        "cookie_notice": [
            "utilizamos cookies",
            "este site utiliza cookies",
            "este site usa cookies",
            "concorda com a utilização de cookies",
            "definições de cookies",
            "configurações de cookies",
            "aceitar todos os cookies",
            "consulte a nossa política de cookies",
        ]
    },
    "it": {
        "cookie_notice": [
            "utilizziamo i cookie",
            "questo sito utilizza cookie",
            "acconsenti all'uso dei cookie",
            "impostazioni dei cookie",
            "noi e terze parti selezionate utilizziamo cookie",
            "accetta tutti i cookie",
            "leggi la nostra cookie policy",
        ]
    },
    "nl": {
        "cookie_notice": [
            "wij gebruiken cookies",
            "deze website maakt gebruik van cookies",
            "je gaat akkoord met ons cookiegebruik",
            "cookie-instellingen aanpassen",
            "alle cookies accepteren",
            "lees ons cookiebeleid",
            "alleen noodzakelijke cookies",
            "cookievoorkeuren wijzigen",
        ]
    },
    "pl": {
        "cookie_notice": [
            "używamy plików cookies",
            "ta strona korzysta z plików cookie",
            "wyrażasz zgodę na używanie cookies",
            "ustawienia plików cookie",
            "akceptuj wszystkie pliki cookie",
            "przeczytaj naszą politykę cookies",
        ]
    },
    "cs": {
        "cookie_notice": [
            "používáme cookies",
            "tento web používá soubory cookie",
            "tyto stránky používají cookies",
            "souhlasíte s používáním cookies",
            "nastavení cookies",
            "přijmout všechny cookies",
            "zásady používání souborů cookie",
            "pouze nezbytné cookies",
        ]
    },
    "sk": {
        "cookie_notice": [
            "používame cookies",
            "táto stránka používa súbory cookie",
            "táto webová stránka používa cookies",
            "súhlasíte s používaním cookies",
            "nastavenia cookies",
            "prijať všetky cookies",
            "zásady používania súborov cookie",
            "iba nevyhnutné cookies",
        ]
    },
    "sl": {
        "cookie_notice": [
            "uporabljamo piškotke",
            "ta spletna stran uporablja piškotke",
            "strinjate se z uporabo piškotkov",
            "nastavitve piškotkov",
            "sprejmi vse piškotke",
            "preberite našo politiko piškotkov",
            "samo nujni piškotki",
        ]
    },
    "hr": {
        "cookie_notice": [
            "koristimo kolačiće",
            "ova stranica koristi kolačiće",
            "ova web stranica koristi kolačiće",
            "pristajete na korištenje kolačića",
            "postavke kolačića",
            "prihvati sve kolačiće",
            "pročitajte naša pravila o kolačićima",
            "samo nužni kolačići",
        ]
    },
    "sr": {
        "cookie_notice": [
            "користимо колачиће",
            "овај сајт користи колачиће",
            "сагласни сте са употребом колачића",
            "подешавања колачића",
            "прихвати све колачиће",
            "koristimo kolačiće",
            "ovaj sajt koristi kolačiće",
            "saglasni ste sa upotrebom kolačića",
            "podešavanja kolačića",
            "prihvati sve kolačiće",
            "pročitajte politiku kolačića",
        ]
    },
    "bs": {
        "cookie_notice": [
            "koristimo kolačiće",
            "ova stranica koristi kolačiće",
            "slažete se s upotrebom kolačića",
            "postavke kolačića",
            "prihvati sve kolačiće",
            "pročitajte našu politiku kolačića",
            "samo neophodni kolačići",
        ]
    },
    "ro": {
        "cookie_notice": [
            "folosim cookie-uri",
            "acest site folosește cookie-uri",
            "acest site utilizează cookies",
            "ești de acord cu utilizarea cookie-urilor",
            "setări cookie-uri",
            "acceptă toate cookie-urile",
            "citește politica de cookies",
            "doar cookie-urile esențiale",
        ]
    },
    "hu": {
        "cookie_notice": [
            "sütiket használunk",
            "ez a weboldal sütiket használ",
            "az oldal cookie-kat használ",
            "hozzájárulsz a sütik használatához",
            "süti beállítások módosítása",
            "összes süti elfogadása",
            "tekintse meg cookie-szabályzatunkat",
            "csak a szükséges sütik",
        ]
    },
    "sv": {
        "cookie_notice": [
            "vi använder cookies",
            "den här webbplatsen använder cookies",
            "du godkänner att vi använder cookies",
            "ändra cookieinställningar",
            "godkänn alla cookies",
            "läs vår cookiepolicy",
            "endast nödvändiga cookies",
        ]
    },
    "no": {
        "cookie_notice": [
            "vi bruker informasjonskapsler",
            "vi bruker cookies",
            "dette nettstedet bruker informasjonskapsler",
            "du samtykker til bruk av informasjonskapsler",
            "innstillinger for informasjonskapsler",
            "godta alle informasjonskapsler",
            "les vår erklæring om informasjonskapsler",
            "kun nødvendige informasjonskapsler",
        ]
    },
    "da": {
        "cookie_notice": [
            "vi bruger cookies",
            "denne hjemmeside bruger cookies",
            "hjemmesiden anvender cookies",
            "du accepterer vores brug af cookies",
            "tilpas cookieindstillinger",
            "accepter alle cookies",
            "læs vores cookiepolitik",
            "kun nødvendige cookies",
        ]
    },
    "fi": {
        "cookie_notice": [
            "käytämme evästeitä",
            "tämä sivusto käyttää evästeitä",
            "hyväksyt evästeiden käytön",
            "hyväksy kaikki evästeet",
            "vain välttämättömät evästeet",
        ]
    },
    "is": {
        "cookie_notice": [
            "við notum vafrakökur",
            "þessi vefur notar vafrakökur",
            "samþykkja allar vafrakökur",
            "lestu stefnu okkar um vafrakökur",
            "aðeins nauðsynlegar vafrakökur",
        ]
    },
    "et": {
        "cookie_notice": [
            "kasutame küpsiseid",
            "see veebileht kasutab küpsiseid",
            "nõustute küpsiste kasutamisega",
            "küpsiste seaded",
            "nõustu kõigi küpsistega",
            "loe meie küpsiste poliitikat",
            "ainult vajalikud küpsised",
        ]
    },
    "lv": {
        "cookie_notice": [
            "mēs izmantojam sīkdatnes",
            "šī vietne izmanto sīkdatnes",
            "jūs piekrītat sīkdatņu izmantošanai",
            "sīkdatņu iestatījumi",
            "pieņemt visas sīkdatnes",
            "iepazīstieties ar sīkdatņu politiku",
            "tikai nepieciešamās sīkdatnes",
        ]
    },
    "lt": {
        "cookie_notice": [
            "naudojame slapukus",
            "ši svetainė naudoja slapukus",
            "sutinkate su slapukų naudojimu",
            "slapukų nustatymai",
            "priimti visus slapukus",
            "skaitykite mūsų slapukų politiką",
            "tik būtini slapukai",
        ]
    },
    "el": {
        "cookie_notice": [
            "χρησιμοποιούμε cookies",
            "αυτός ο ιστότοπος χρησιμοποιεί cookies",
            "συναινείτε στη χρήση cookies",
            "ρυθμίσεις cookies",
            "αποδοχή όλων των cookies",
            "διαβάστε την πολιτική cookies",
            "μόνο τα απαραίτητα cookies",
        ]
    },
    "tr": {
        "cookie_notice": [
            "çerez kullanıyoruz",
            "bu site çerez kullanmaktadır",
            "sitemizde çerezler kullanılmaktadır",
            "çerez kullanımını kabul etmiş olursunuz",
            "çerez ayarları",
            "biz ve iş ortaklarımız çerezler kullanıyoruz",
            "tüm çerezleri kabul et",
            "detaylı bilgi için çerez politikamızı inceleyin",
            "yalnızca zorunlu çerezler",
        ]
    },
    "ru": {
        "cookie_notice": [
            "мы используем файлы cookie",
            "этот сайт использует cookie",
            "сайт использует куки",
            "вы соглашаетесь с использованием cookie",
            "настройки файлов cookie",
            "принять все файлы cookie",
            "ознакомьтесь с политикой cookie",
            "только необходимые cookie",
            "мы используем куки",
        ]
    },
    "uk": {
        "cookie_notice": [
            "ми використовуємо файли cookie",
            "цей сайт використовує cookie",
            "сайт використовує куки",
            "ви погоджуєтеся з використанням cookie",
            "налаштування файлів cookie",
            "прийняти всі файли cookie",
            "ознайомтеся з політикою cookie",
            "лише необхідні cookie",
        ]
    },
    "be": {
        "cookie_notice": [
            "мы выкарыстоўваем файлы cookie",
            "гэты сайт выкарыстоўвае cookie",
            "вы згаджаецеся з выкарыстаннем cookie",
            "налады файлаў cookie",
            "прыняць усе файлы cookie",
            "азнаёмцеся з палітыкай cookie",
            "толькі неабходныя cookie",
        ]
    },
    "bg": {
        "cookie_notice": [
            "използваме бисквитки",
            "този сайт използва бисквитки",
            "сайтът използва cookies",
            "съгласявате се с използването на бисквитки",
            "настройки на бисквитките",
            "приеми всички бисквитки",
            "прочетете нашата политика за бисквитките",
            "само необходимите бисквитки",
        ]
    },
    "mk": {
        "cookie_notice": [
            "користиме колачиња",
            "оваа веб-страница користи колачиња",
            "се согласувате со користењето колачиња",
            "поставки за колачиња",
            "прифати ги сите колачиња",
            "прочитајте ја политиката за колачиња",
            "само неопходни колачиња",
        ]
    },
    "ka": {
        "cookie_notice": [
            "ჩვენ ვიყენებთ ქუქი-ფაილებს",
            "ეს საიტი იყენებს ქუქი-ფაილებს",
            "ეს ვებგვერდი იყენებს ქუქიებს",
            "თქვენ ეთანხმებით ქუქი-ფაილების გამოყენებას",
            "ქუქი-ფაილების პარამეტრები",
            "ყველა ქუქი-ფაილის მიღება",
            "გაეცანით ქუქი-ფაილების პოლიტიკას",
            "მხოლოდ აუცილებელი ქუქი-ფაილები",
        ]
    },
    "hy": {
        "cookie_notice": [
            "մենք օգտագործում ենք թխուկներ",
            "այս կայքը օգտագործում է cookie ֆայլեր",
            "դուք համաձայնում եք թխուկների օգտագործմանը",
            "թխուկների կարգավորումներ",
            "ընդունել բոլոր թխուկները",
            "կարդացեք մեր թխուկների քաղաքականությունը",
            "միայն անհրաժեշտ թխուկներ",
        ]
    },
    "az": {
        "cookie_notice": [
            "biz kukilərdən istifadə edirik",
            "bu sayt kukilərdən istifadə edir",
            "saytımız çərəzlərdən istifadə edir",
            "kukilərin istifadəsi ilə razılaşırsınız",
            "kuki parametrləri",
            "bütün kukiləri qəbul et",
            "kuki siyasətimizlə tanış olun",
            "yalnız zəruri kukilər",
        ]
    },
    "kk": {
        "cookie_notice": [
            "біз cookie файлдарын пайдаланамыз",
            "бұл сайт cookie файлдарын пайдаланады",
            "cookie файлдарын пайдалануға келісесіз",
            "cookie баптаулары",
            "барлық cookie файлдарын қабылдау",
            "cookie саясатымен танысыңыз",
            "тек қажетті cookie файлдары",
        ]
    },
    "uz": {
        "cookie_notice": [
            "biz cookie fayllaridan foydalanamiz",
            "ushbu sayt cookie fayllaridan foydalanadi",
            "cookie fayllaridan foydalanishga rozilik bildirasiz",
            "cookie sozlamalari",
            "barcha cookie fayllarini qabul qilish",
            "cookie siyosatimiz bilan tanishing",
            "faqat zarur cookie fayllari",
        ]
    },
    "ky": {
        "cookie_notice": [
            "биз cookie файлдарын колдонобуз",
            "бул сайт cookie файлдарын колдонот",
            "cookie файлдарын колдонууга макулсуз",
            "cookie жөндөөлөрү",
            "бардык cookie файлдарын кабыл алуу",
            "cookie саясатыбыз менен таанышыңыз",
            "зарыл cookie файлдары гана",
        ]
    },
    "tg": {
        "cookie_notice": [
            "мо кукиҳоро истифода мебарем",
            "ин сомона кукиҳоро истифода мебарад",
            "шумо ба истифодаи кукиҳо розӣ ҳастед",
            "танзимоти кукиҳо",
            "қабули ҳамаи кукиҳо",
            "бо сиёсати кукиҳои мо шинос шавед",
            "танҳо кукиҳои зарурӣ",
        ]
    },
    "ar": {
        "cookie_notice": [
            "نستخدم ملفات تعريف الارتباط",
            "يستخدم هذا الموقع ملفات تعريف الارتباط",
            "أنت توافق على استخدامنا لملفات تعريف الارتباط",
            "إعدادات ملفات تعريف الارتباط",
            "قبول جميع ملفات تعريف الارتباط",
            "اقرأ سياسة ملفات تعريف الارتباط",
            "ملفات تعريف الارتباط الضرورية فقط",
        ]
    },
    "he": {
        "cookie_notice": [
            "אנו משתמשים בעוגיות",
            "האתר משתמש בעוגיות",
            "האתר עושה שימוש בקבצי cookies",
            "אתה מסכים לשימוש בעוגיות",
            "הגדרות עוגיות",
            "אישור כל העוגיות",
            "קראו את מדיניות העוגיות",
            "עוגיות הכרחיות בלבד",
        ]
    },
    "fa": {
        "cookie_notice": [
            "ما از کوکی‌ها استفاده می‌کنیم",
            "این سایت از کوکی استفاده می‌کند",
            "شما با استفاده از کوکی‌ها موافقت می‌کنید",
            "تنظیمات کوکی",
            "پذیرش همه کوکی‌ها",
            "سیاست کوکی ما را بخوانید",
            "فقط کوکی‌های ضروری",
        ]
    },
    "ur": {
        "cookie_notice": [
            "ہم کوکیز استعمال کرتے ہیں",
            "یہ ویب سائٹ کوکیز استعمال کرتی ہے",
            "آپ کوکیز کے استعمال سے متفق ہیں",
            "کوکی کی ترتیبات",
            "تمام کوکیز قبول کریں",
            "ہماری کوکی پالیسی پڑھیں",
            "صرف ضروری کوکیز",
        ]
    },
    "hi": {
        "cookie_notice": [
            "हम कुकीज़ का उपयोग करते हैं",
            "यह वेबसाइट कुकीज़ का उपयोग करती है",
            "आप कुकीज़ के उपयोग से सहमत हैं",
            "कुकी सेटिंग्स",
            "सभी कुकीज़ स्वीकार करें",
            "हमारी कुकी नीति पढ़ें",
            "केवल आवश्यक कुकीज़",
        ]
    },
    "bn": {
        "cookie_notice": [
            "আমরা কুকিজ ব্যবহার করি",
            "এই ওয়েবসাইট কুকিজ ব্যবহার করে",
            "আপনি কুকিজ ব্যবহারে সম্মত হচ্ছেন",
            "কুকি সেটিংস",
            "সব কুকিজ গ্রহণ করুন",
            "আমাদের কুকি নীতি পড়ুন",
            "শুধুমাত্র প্রয়োজনীয় কুকিজ",
        ]
    },
    "mr": {
        "cookie_notice": [
            "आम्ही कुकीज वापरतो",
            "ही वेबसाइट कुकीज वापरते",
            "तुम्ही कुकीजच्या वापरास सहमती देता",
            "कुकी सेटिंग्ज",
            "सर्व कुकीज स्वीकारा",
            "आमचे कुकी धोरण वाचा",
            "फक्त आवश्यक कुकीज",
        ]
    },
    "ne": {
        "cookie_notice": [
            "हामी कुकीहरू प्रयोग गर्छौं",
            "यो वेबसाइटले कुकीहरू प्रयोग गर्छ",
            "तपाईं कुकीहरूको प्रयोगमा सहमत हुनुहुन्छ",
            "कुकी सेटिङहरू",
            "सबै कुकीहरू स्वीकार गर्नुहोस्",
            "हाम्रो कुकी नीति पढ्नुहोस्",
            "आवश्यक कुकीहरू मात्र",
        ]
    },
    "ta": {
        "cookie_notice": [
            "நாங்கள் குக்கீகளைப் பயன்படுத்துகிறோம்",
            "இந்த இணையதளம் குக்கீகளைப் பயன்படுத்துகிறது",
            "குக்கீகள் பயன்பாட்டிற்கு நீங்கள் ஒப்புக்கொள்கிறீர்கள்",
            "குக்கீ அமைப்புகள்",
            "அனைத்து குக்கீகளையும் ஏற்கவும்",
            "எங்கள் குக்கீ கொள்கையைப் படிக்கவும்",
            "தேவையான குக்கீகள் மட்டும்",
        ]
    },
    "te": {
        "cookie_notice": [
            "మేము కుకీలను ఉపయోగిస్తాము",
            "ఈ వెబ్‌సైట్ కుకీలను ఉపయోగిస్తుంది",
            "కుకీల వినియోగానికి మీరు అంగీకరిస్తున్నారు",
            "కుకీ సెట్టింగ్‌లు",
            "అన్ని కుకీలను అంగీకరించండి",
            "మా కుకీ విధానాన్ని చదవండి",
            "అవసరమైన కుకీలు మాత్రమే",
        ]
    },
    "ml": {
        "cookie_notice": [
            "ഞങ്ങൾ കുക്കികൾ ഉപയോഗിക്കുന്നു",
            "ഈ വെബ്സൈറ്റ് കുക്കികൾ ഉപയോഗിക്കുന്നു",
            "കുക്കികളുടെ ഉപയോഗത്തിന് നിങ്ങൾ സമ്മതിക്കുന്നു",
            "കുക്കി ക്രമീകരണങ്ങൾ",
            "എല്ലാ കുക്കികളും സ്വീകരിക്കുക",
            "ഞങ്ങളുടെ കുക്കി നയം വായിക്കുക",
            "ആവശ്യമായ കുക്കികൾ മാത്രം",
        ]
    },
    "kn": {
        "cookie_notice": [
            "ನಾವು ಕುಕೀಗಳನ್ನು ಬಳಸುತ್ತೇವೆ",
            "ಈ ವೆಬ್‌ಸೈಟ್ ಕುಕೀಗಳನ್ನು ಬಳಸುತ್ತದೆ",
            "ಕುಕೀಗಳ ಬಳಕೆಗೆ ನೀವು ಒಪ್ಪುತ್ತೀರಿ",
            "ಕುಕೀ ಸೆಟ್ಟಿಂಗ್‌ಗಳು",
            "ಎಲ್ಲಾ ಕುಕೀಗಳನ್ನು ಸ್ವೀಕರಿಸಿ",
            "ನಮ್ಮ ಕುಕೀ ನೀತಿಯನ್ನು ಓದಿ",
            "ಅಗತ್ಯ ಕುಕೀಗಳು ಮಾತ್ರ",
        ]
    },
    "gu": {
        "cookie_notice": [
            "અમે કૂકીઝનો ઉપયોગ કરીએ છીએ",
            "આ વેબસાઇટ કૂકીઝનો ઉપયોગ કરે છે",
            "તમે કૂકીઝના ઉપયોગ માટે સંમતિ આપો છો",
            "કૂકી સેટિંગ્સ",
            "બધી કૂકીઝ સ્વીકારો",
            "અમારી કૂકી નીતિ વાંચો",
            "ફક્ત જરૂરી કૂકીઝ",
        ]
    },
    "pa": {
        "cookie_notice": [
            "ਅਸੀਂ ਕੂਕੀਜ਼ ਦੀ ਵਰਤੋਂ ਕਰਦੇ ਹਾਂ",
            "ਇਹ ਵੈੱਬਸਾਈਟ ਕੂਕੀਜ਼ ਵਰਤਦੀ ਹੈ",
            "ਤੁਸੀਂ ਕੂਕੀਜ਼ ਦੀ ਵਰਤੋਂ ਨਾਲ ਸਹਿਮਤ ਹੋ",
            "ਕੂਕੀ ਸੈਟਿੰਗਾਂ",
            "ਸਾਰੀਆਂ ਕੂਕੀਜ਼ ਸਵੀਕਾਰ ਕਰੋ",
            "ਸਾਡੀ ਕੂਕੀ ਨੀਤੀ ਪੜ੍ਹੋ",
            "ਸਿਰਫ਼ ਜ਼ਰੂਰੀ ਕੂਕੀਜ਼",
        ]
    },
    "th": {
        "cookie_notice": [
            "เราใช้คุกกี้",
            "เว็บไซต์นี้ใช้คุกกี้",
            "ยอมรับคุกกี้ทั้งหมด",
            "ตั้งค่าคุกกี้",
            "อ่านนโยบายคุกกี้",
            "ยอมรับการใช้คุกกี้",
            "เฉพาะคุกกี้ที่จำเป็น",
            "การตั้งค่าคุกกี้",
        ]
    },
    "vi": {
        "cookie_notice": [
            "chúng tôi sử dụng cookie",
            "trang web này sử dụng cookie",
            "bạn đồng ý sử dụng cookie",
            "cài đặt cookie",
            "chấp nhận tất cả cookie",
            "đọc chính sách cookie",
            "chỉ cookie cần thiết",
        ]
    },
    "id": {
        "cookie_notice": [
            "kami menggunakan cookie",
            "situs ini menggunakan cookie",
            "anda menyetujui penggunaan cookie",
            "pengaturan cookie",
            "terima semua cookie",
            "baca kebijakan cookie kami",
            "hanya cookie yang diperlukan",
        ]
    },
    "ms": {
        "cookie_notice": [
            "kami menggunakan kuki",
            "laman web ini menggunakan kuki",
            "laman ini menggunakan cookies",
            "anda bersetuju dengan penggunaan kuki",
            "tetapan kuki",
            "terima semua kuki",
            "baca dasar kuki kami",
            "kuki yang diperlukan sahaja",
        ]
    },
    "tl": {
        "cookie_notice": [
            "gumagamit kami ng cookies",
            "gumagamit ang site na ito ng cookies",
            "sumasang-ayon ka sa paggamit ng cookies",
            "mga setting ng cookie",
            "tanggapin ang lahat ng cookies",
            "basahin ang aming cookie policy",
            "mga kinakailangang cookies lamang",
        ]
    },
    "ja": {
        "cookie_notice": [
            "クッキーを使用しています",
            "当サイトはクッキーを使用",
            "cookieを使用しています",
            "クッキーの使用に同意する",
            "すべてのクッキーを受け入れる",
            "クッキー設定",
            "クッキーポリシーはこちら",
            "必要なクッキーのみ",
        ]
    },
    "zh": {
        "cookie_notice": [
            "我们使用cookie",
            "本网站使用cookie",
            "您同意我们使用cookie",
            "cookie设置",
            "接受所有cookie",
            "阅读我们的cookie政策",
            "仅限必要的cookie",
            "本網站使用cookie",
        ]
    },
    "ko": {
        "cookie_notice": [
            "쿠키를 사용합니다",
            "이 사이트는 쿠키를 사용합니다",
            "쿠키 사용에 동의합니다",
            "모든 쿠키 허용",
            "쿠키 정책을 확인하세요",
            "필수 쿠키만 허용",
            "쿠키 수집에 동의",
        ]
    },
    "sw": {
        "cookie_notice": [
            "tunatumia vidakuzi",
            "tovuti hii inatumia vidakuzi",
            "tovuti hii inatumia cookies",
            "unakubali matumizi yetu ya vidakuzi",
            "mipangilio ya vidakuzi",
            "kubali vidakuzi vyote",
            "soma sera yetu ya vidakuzi",
            "vidakuzi muhimu pekee",
        ]
    },
    "am": {
        "cookie_notice": [
            "ኩኪዎችን እንጠቀማለን",
            "ይህ ድረ-ገጽ ኩኪዎችን ይጠቀማል",
            "በኩኪዎች አጠቃቀም ተስማምተዋል",
            "የኩኪ ቅንብሮች",
            "ሁሉንም ኩኪዎች ተቀበል",
            "የኩኪ ፖሊሲያችንን ያንብቡ",
            "አስፈላጊ ኩኪዎች ብቻ",
        ]
    },
    "yo": {
        "cookie_notice": [
            "a ń lo kúkì",
            "ojú òpó wẹ́ẹ̀bù yìí ń lo kúkì",
            "o gbà sí lílo kúkì wa",
            "ètò kúkì",
            "gba gbogbo kúkì",
            "ka ìlànà kúkì wa",
            "kúkì tó ṣe pàtàkì nìkan",
        ]
    },
    "ha": {
        "cookie_notice": [
            "muna amfani da kukis",
            "wannan shafi yana amfani da kukis",
            "ka amince da amfani da kukis",
            "saitunan kukis",
            "karɓi duk kukis",
            "karanta manufofinmu na kukis",
            "kukis masu mahimmanci kawai",
        ]
    },
    "zu": {
        "cookie_notice": [
            "sisebenzisa amakhukhi",
            "le webhusayithi isebenzisa amakhukhi",
            "uyavuma ukusetshenziswa kwamakhukhi",
            "izilungiselelo zamakhukhi",
            "yamukela wonke amakhukhi",
            "funda inqubomgomo yethu yamakhukhi",
            "amakhukhi adingekayo kuphela",
        ]
    },
    "af": {
        "cookie_notice": [
            "ons gebruik koekies",
            "hierdie webwerf gebruik koekies",
            "jy aanvaar ons gebruik van koekies",
            "aanvaar alle koekies",
            "slegs noodsaaklike koekies",
        ]
    },
    "ca": {
        "cookie_notice": [
            "utilitzem galetes",
            "aquest lloc web utilitza cookies",
            "aquest web fa servir galetes",
            "acceptes l'ús de galetes",
            "configuració de galetes",
            "accepta totes les galetes",
            "consulta la nostra política de galetes",
            "només galetes necessàries",
        ]
    },
    "eu": {
        "cookie_notice": [
            "cookieak erabiltzen ditugu",
            "webgune honek cookieak erabiltzen ditu",
            "cookien erabilera onartzen duzu",
            "cookien konfigurazioa",
            "onartu cookie guztiak",
            "irakurri gure cookie politika",
            "beharrezko cookieak soilik",
        ]
    },
    "gl": {
        "cookie_notice": [
            "empregamos cookies",
            "este sitio web usa cookies",
            "aceptas o uso de cookies",
            "configuración de cookies",
            "aceptar todas as cookies",
            "consulta a nosa política de cookies",
            "só cookies necesarias",
            "utilizamos cookies propias e de terceiros",
        ]
    },
    "sq": {
        "cookie_notice": [
            "ne përdorim cookies",
            "kjo faqe përdor cookies",
            "kjo faqe përdor biskota",
            "ju pranoni përdorimin e cookies",
            "cilësimet e cookies",
            "prano të gjitha cookies",
            "lexoni politikën tonë të cookies",
            "vetëm cookies të nevojshme",
        ]
    },
    "mt": {
        "cookie_notice": [
            "nużaw il-cookies",
            "dan is-sit juża l-cookies",
            "taqbel mal-użu tal-cookies",
            "issettjar tal-cookies",
            "aċċetta l-cookies kollha",
            "aqra l-politika tagħna dwar il-cookies",
            "cookies meħtieġa biss",
        ]
    },
    "cy": {
        "cookie_notice": [
            "rydym yn defnyddio cwcis",
            "mae'r wefan hon yn defnyddio cwcis",
            "rydych yn cytuno i ni ddefnyddio cwcis",
            "gosodiadau cwcis",
            "darllenwch ein polisi cwcis",
            "cwcis angenrheidiol yn unig",
        ]
    },
    "ga": {
        "cookie_notice": [
            "úsáidimid fianáin",
            "úsáideann an suíomh seo fianáin",
            "aontaíonn tú le húsáid fianán",
            "socruithe fianán",
            "glac le gach fianán",
            "léigh ár mbeartas fianán",
            "fianáin riachtanacha amháin",
        ]
    },
    "ps": {
        "cookie_notice": [
            "موږ کوکیز کاروو",
            "دا ویب پاڼه کوکیز کاروي",
            "تاسو د کوکیزو کارولو سره موافق یاست",
            "د کوکیز ترتیبات",
            "ټول کوکیز ومنئ",
            "زموږ د کوکیز پالیسي ولولئ",
            "یوازې اړین کوکیز",
        ]
    },
    "ku": {
        "cookie_notice": [
            "em cookie bi kar tînin",
            "ev malper cookie bi kar tîne",
            "hûn bikaranîna cookie qebûl dikin",
            "mîhengên cookie",
            "hemû cookie qebûl bike",
            "siyaseta me ya cookie bixwînin",
            "ئێمە کوکیز بەکاردەهێنین",
            "ئەم ماڵپەڕە کوکیز بەکاردەهێنێت",
            "ڕێکخستنەکانی کوکیز",
            "هەموو کوکیزەکان قبوڵ بکە",
            "سیاسەتی کوکیزمان بخوێنەوە",
        ]
    },
    "my": {
        "cookie_notice": [
            "ကွတ်ကီးများ သုံးပါသည်",
            "ဤဆိုက်သည် ကွတ်ကီးသုံးသည်",
            "ကွတ်ကီး ဆက်တင်များ",
            "ကွတ်ကီးအားလုံး လက်ခံမည်",
            "ကွတ်ကီး မူဝါဒ ဖတ်ရန်",
            "လိုအပ်သော ကွတ်ကီးများသာ",
            "ကွတ်ကီးသုံးရန် လက်ခံပါ",
        ]
    },
    "km": {
        "cookie_notice": [
            "យើងប្រើខូគី",
            "គេហទំព័រនេះប្រើខូគី",
            "ទទួលយកខូគីទាំងអស់",
            "ការកំណត់ខូគី",
            "អានគោលការណ៍ខូគី",
            "ទទួលយកការប្រើខូគី",
            "តែខូគីចាំបាច់ប៉ុណ្ណោះ",
            "អ្នកយល់ព្រមលើការប្រើខូគី",
        ]
    },
    "so": {
        "cookie_notice": [
            "waxaan isticmaalnaa cookies",
            "boggan wuxuu isticmaalaa cookies",
            "waxaad ogolaatay isticmaalka cookies",
            "dejinta cookies",
            "aqbal dhammaan cookies",
            "akhri siyaasadda cookies",
            "kaliya cookies lagama maarmaanka ah",
        ]
    },
    "si": {
        "cookie_notice": [
            "අපි කුකී භාවිත කරමු",
            "මෙම වෙබ් අඩවිය කුකී භාවිත කරයි",
            "කුකී භාවිතයට ඔබ එකඟ වේ",
            "කුකී සැකසුම්",
            "සියලුම කුකී පිළිගන්න",
            "අපගේ කුකී ප්‍රතිපත්තිය කියවන්න",
            "අත්‍යවශ්‍ය කුකී පමණි",
        ]
    },
    "lo": {
        "cookie_notice": [
            "ພວກເຮົາໃຊ້ຄຸກກີ້",
            "ເວັບໄຊນີ້ໃຊ້ຄຸກກີ້",
            "ຍອມຮັບຄຸກກີ້ທັງໝົດ",
            "ຕັ້ງຄ່າຄຸກກີ້",
            "ອ່ານນະໂຍບາຍຄຸກກີ້",
            "ຍອມຮັບການໃຊ້ຄຸກກີ້",
            "ສະເພາະຄຸກກີ້ທີ່ຈຳເປັນ",
            "ປະຕິເສດຄຸກກີ້ທັງໝົດ",
        ]
    },
    "rw": {
        "cookie_notice": [
            "dukoresha cookies",
            "uru rubuga rukoresha cookies",
            "wemera ikoreshwa rya cookies",
            "igenamiterere rya cookies",
            "emera cookies zose",
            "soma politiki yacu ya cookies",
            "cookies z'ingenzi gusa",
        ]
    },
    "mn": {
        "cookie_notice": [
            "бид күүки ашигладаг",
            "энэ сайт күүки ашигладаг",
            "та күүки ашиглахыг зөвшөөрч байна",
            "күүкины тохиргоо",
            "бүх күүкиг зөвшөөрөх",
            "манай күүкины бодлогыг уншина уу",
            "зөвхөн шаардлагатай күүки",
        ]
    },
}

COOKIE_NOTICE_CHARS = 400

PHRASES_CONSENT: dict[str, dict[str, str]] = {
    "legal": {"cookies": short_unit_cue(COOKIE_NOTICES, COOKIE_NOTICE_CHARS)},
}
