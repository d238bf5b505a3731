"""Month names (and their common abbreviations) for date lines, lower-case, as one regex
alternation: English, German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian,
Turkish, Indonesian, Ukrainian, Greek, Arabic (both sets of names), Hebrew, Hindi, Romanian,
Hungarian, Czech, Slovak, Croatian, Finnish, the Nordic and Baltic languages, Bulgarian,
Serbian, Slovenian and Catalan.
"""

from __future__ import annotations

MONTHS = (
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|"
    r"oktober|dezember|jänner|janvier|février|mars|avril|juin|juillet|août|septembre|"
    r"octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|"
    r"julho|setembro|outubro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|"
    r"settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|"
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|"
    r"listopada|grudnia|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|"
    r"октября|ноября|декабря|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|"
    r"октябрь|ноябрь|декабрь|"
    r"ocak|şubat|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|maret|"
    r"agustus|desember|січня|лютого|березня|квітня|травня|червня|липня|серпня|"
    r"вересня|жовтня|листопада|грудня|ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου|"
    r"ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|νοεμβρίου|δεκεμβρίου|يناير|فبراير|"
    r"مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|"
    r"آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|ינואר|פברואר|מרץ|אפריל|מאי|יוני|יולי|"
    r"אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר|जनवरी|फरवरी|फ़रवरी|मार्च|अप्रैल|मई|जून|जुलाई|"
    r"अगस्त|सितंबर|अक्टूबर|नवंबर|दिसंबर|"
    r"ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|"
    r"január|február|március|április|május|június|július|augusztus|szeptember|október|"
    r"ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|"
    r"januára|februára|apríla|mája|júna|júla|septembra|októbra|novembra|decembra|"
    r"siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga|prosinca|"
    r"tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|"
    r"elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta|augusti|marts|maj|"
    r"janvāris|februāris|aprīlis|maijs|jūnijs|jūlijs|augusts|septembris|oktobris|novembris|"
    r"decembris|janvārī|februārī|martā|aprīlī|maijā|jūnijā|jūlijā|augustā|septembrī|"
    r"oktobrī|novembrī|decembrī|"
    r"sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|"
    r"lapkričio|gruodžio|"
    r"jaanuar|veebruar|märts|aprill|juuni|juuli|oktoober|detsember|"
    r"януари|февруари|април|юни|юли|септември|октомври|ноември|декември|"
    r"јануар|фебруар|мај|јун|јул|септембар|октобар|новембар|децембар|"
    r"septembar|oktobar|novembar|decembar|avgust|"
    r"januarja|februarja|aprila|junija|julija|avgusta|oktobra|"
    # (Slovenian nominatives a date line prints too: "2. julij 2024".)
    r"marec|junij|julij|"
    r"gener|febrer|març|maig|juny|juliol|setembre|desembre|"
    # Belarusian, Albanian, Icelandic, Galician, Azerbaijani and Uzbek (Latin), Kazakh,
    # Georgian, Armenian (genitive, as dates print them), Swahili, Malay, Filipino and
    # Afrikaans: the names the lists above do not already hold.
    r"студзеня|лютага|сакавіка|красавіка|чэрвеня|ліпеня|жніўня|верасня|кастрычніка|"
    r"лістапада|снежня|janar|shkurt|prill|qershor|korrik|gusht|shtator|tetor|nëntor|"
    r"dhjetor|janúar|febrúar|apríl|maí|júní|júlí|ágúst|nóvember|xaneiro|febreiro|"
    r"xuño|xullo|decembro|yanvar|fevral|aprel|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|"
    r"dekabr|sentabr|oktabr|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|"
    r"қазан|қараша|желтоқсан|იანვარი|თებერვალი|მარტი|აპრილი|მაისი|ივნისი|ივლისი|აგვისტო|"
    r"სექტემბერი|ოქტომბერი|ნოემბერი|დეკემბერი|հունվարի|փետրվարի|մարտի|ապրիլի|մայիսի|"
    r"հունիսի|հուլիսի|օգոստոսի|սեպտեմբերի|հոկտեմբերի|նոյեմբերի|դեկտեմբերի|machi|aprili|"
    r"julai|agosti|septemba|oktoba|novemba|desemba|ogos|disember|pebrero|marso|hunyo|hulyo|"
    r"setyembre|oktubre|nobyembre|disyembre|januarie|junie|julie"
)

# Thai month names and their dotted abbreviations ("15 ส.ค. 2567"), kept apart: a dot ends
# them, so they take no word boundary after.
THAI_MONTHS = (
    r"มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|"
    r"พฤศจิกายน|ธันวาคม|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|"
    r"ต\.ค\.|พ\.ย\.|ธ\.ค\."
)

# More calendars' and scripts' month names, kept apart like the Thai ones (vowel signs and
# joined particles leave no word boundary around them, "ខែមីនា"): Persian and Pashto (solar
# years, 13xx and 14xx), Nepali (Bikram Sambat), Urdu, Bengali, Marathi, Tamil, Khmer,
# Burmese, Irish, Welsh and Maltese.
MORE_MONTHS = (
    r"فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|"
    r"وری|غویی|غبرګولی|چنګاښ|زمری|وږی|تله|لړم|لیندۍ|مرغومی|سلواغه|کب|"
    r"बैशाख|वैशाख|जेठ|असार|साउन|श्रावण|भदौ|असोज|कात्तिक|कार्तिक|मंसिर|मङ्सिर|पुस|पौष|माघ|फागुन|चैत|"
    r"جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر|"
    r"জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর|"
    r"जानेवारी|फेब्रुवारी|एप्रिल|मे|जुलै|ऑगस्ट|सप्टेंबर|ऑक्टोबर|नोव्हेंबर|डिसेंबर|"
    r"ஜனவரி|பிப்ரவரி|மார்ச்|ஏப்ரல்|மே|ஜூன்|ஜூலை|ஆகஸ்ட்|செப்டம்பர்|அக்டோபர்|நவம்பர்|டிசம்பர்|"
    r"មករា|កុម្ភៈ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|ធ្នូ|"
    r"ဇန်နဝါရီ|ဖေဖော်ဝါရီ|မတ်|ဧပြီ|မေ|ဇွန်|ဇူလိုင်|ဩဂုတ်|သြဂုတ်|စက်တင်ဘာ|အောက်တိုဘာ|နိုဝင်ဘာ|ဒီဇင်ဘာ|"
    r"eanáir|feabhra|márta|aibreán|bealtaine|meitheamh|iúil|lúnasa|meán fómhair|"
    r"deireadh fómhair|samhain|nollaig|ionawr|chwefror|mawrth|ebrill|mehefin|gorffennaf|"
    r"awst|medi|hydref|tachwedd|rhagfyr|jannar|frar|marzu|mejju|ġunju|lulju|awwissu|"
    r"settembru|ottubru|novembru|diċembru"
)

# A year with a day and a month around it (figures or a month's name), in either order:
# one side of a life's dates ("April 3, 1936", "12.03.1938"). lexicon.py's dateline_short
# leaves two of them joined by a dash alone; notices.py keeps them with their notice.
YEAR_DATE = rf"(?:(?:\d{{1,2}}|{MONTHS})\.?[ ,/.]{{0,2}}){{0,3}}(?:1[89]|20)\d\d"
