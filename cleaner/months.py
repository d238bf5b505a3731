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
    r"gener|febrer|març|maig|juny|juliol|setembre|desembre"
)

# Thai month names and their dotted abbreviations ("15 ส.ค. 2567"), kept apart: a dot ends
# them, so they take no word boundary after.
THAI_MONTHS = (
    r"มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|"
    r"พฤศจิกายน|ธันวาคม|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|"
    r"ต\.ค\.|พ\.ย\.|ธ\.ค\."
)

# A year with a day and a month around it (figures or a month's name), in either order:
# one side of a life's dates ("April 3, 1936", "12.03.1938"). lexicon.py's dateline_short
# leaves two of them joined by a dash alone; notices.py keeps them with their notice.
YEAR_DATE = rf"(?:(?:\d{{1,2}}|{MONTHS})\.?[ ,/.]{{0,2}}){{0,3}}(?:1[89]|20)\d\d"
