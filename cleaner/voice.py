"""Word lists for a unit's voice: whom it addresses ("you", "we", imperatives that open
a call to action) and how it reports ("said", third-person pronouns). Lower-case words as
`\\w+` tokens find them; scripts these lists cannot read use the marks in lexicon_intl.py.
"""

from __future__ import annotations

import re

from .lexicon_world import voice_words
from .scripts import fold_case

SECOND_PERSON = frozenset(
    [
        "you",
        "your",
        "yours",
        "you're",
        "you'll",
        "you've",
        "yourself",
        "dein",
        "deine",
        "dich",
        "dir",
        "vous",
        "votre",
        "vos",
        "tu",
        "ton",
        "ta",
        "tes",
        "toi",
        "usted",
        "ustedes",
        "tu",
        "tus",
        "te",
        "vosotros",
        "вы",
        "вас",
        "вам",
        "ваш",
        "ваша",
        "ваши",
        "ты",
        "тебя",
        "твой",
        "voi",
        "tuo",
        "tua",
        "você",
        "vocês",
        "seu",
        "sua",
        "wy",
        "ty",
        "twój",
        "bạn",
        "hãy",
        # Spanish imperatives with an enclitic: the outlet asking the reader.
        "ayúdanos",
        "apóyanos",
        "síguenos",
        "escríbenos",
        "únete",
        "súmate",
        "hazte",
        "suscríbete",
        "anda",
        "kamu",
        "kalian",
        "ви",
        "вами",
        "ваше",
        "ваші",
        "вашу",
        "тобі",
        "σας",
        "εσείς",
        "εσάς",
        "σου",
    ]
)
FIRST_PLURAL = frozenset(
    [
        "we",
        "us",
        "our",
        "ours",
        "we're",
        "we've",
        "wir",
        "uns",
        "unser",
        "unsere",
        "unseren",
        "unserer",
        "nous",
        "notre",
        "nos",
        "nosotros",
        "nuestro",
        "nuestra",
        "nuestros",
        "nuestras",
        "мы",
        "нас",
        "нам",
        "наш",
        "наша",
        "наши",
        "noi",
        "nostro",
        "nostra",
        "nós",
        "nosso",
        "nossa",
        "my",
        "nas",
        "nasz",
        "nasza",
        "kami",
        "ми",
        "наше",
        "наші",
        "нашу",
        "μας",
        "εμείς",
    ]
)
CTA_VERBS = frozenset(
    [
        "subscribe",
        "sign",
        "chip",
        "join",
        "follow",
        "share",
        "donate",
        "support",
        "click",
        "read",
        "download",
        "get",
        "register",
        "log",
        "become",
        "give",
        "help",
        "contribute",
        "tap",
        "watch",
        "listen",
        "try",
        "start",
        "learn",
        "discover",
        "see",
        "explore",
        "abonnieren",
        "abonniere",
        "melden",
        "folgen",
        "teilen",
        "spenden",
        "unterstützen",
        "unterstütze",
        "klicken",
        "lesen",
        "jetzt",
        "holen",
        "registrieren",
        "entdecken",
        "s'abonner",
        "abonnez",
        "inscrivez",
        "suivez",
        "partagez",
        "soutenez",
        "faites",
        "découvrez",
        "lisez",
        "téléchargez",
        "suscríbete",
        "suscribete",
        "regístrate",
        "síguenos",
        "comparte",
        "apoya",
        "dona",
        "descubre",
        "lee",
        "descarga",
        "подпишитесь",
        "подписывайтесь",
        "поддержите",
        "читайте",
        "скачайте",
        "присоединяйтесь",
        "поделитесь",
        "узнайте",
        "abbonati",
        "iscriviti",
        "seguici",
        "sostienici",
        "assine",
        "inscreva",
        "siga",
        "apoie",
    ]
)

# The same for languages added later, one line per language. Words that are common in
# another language's news prose are left out: "je" (French "I"), "din" (Romanian "from"),
# "vi" (Italian "there"), "mi" (Italian "me"), "ne" (French negation), "les" (Norwegian
# "read", French "the"), "last", "me", "os", "onze".
_MORE_SECOND_PERSON = """
please
jij jou jouw jullie uw
dig ditt dina deg dine dere jer jeres
sinä sinun sinua sinulle teidän teitä teille
vy vás vám váš vaše vaši tvůj tvoje tobě
vaša tvoj tvoja tvoje
siz sizin size sizi sen senin sana seni lütfen desteğinize desteğiniz
ön önt önnek neked téged nektek titeket olvashatod megkapod
tine ție tău tale dumneavoastră vă vouă
anda silakan mohon
twojego twoje twoja twoim twojej twoich wasz wasza wasze
vostro vostra vostri vostre
puedes quieres podés querés ayudarnos apoyarnos seguirnos escribirnos leernos
potete leggete volete puoi vuoi ritieni sostienici aiutaci scrivici contattaci sostenerci
poți vrei ești
teu tua
euch euer eure
vas vam vaš tebe
вие ви вашия вашата вашите вама
ti μπορείτε θέλετε διαβάζετε βρίσκετε
"""
_MORE_FIRST_PLURAL = """
wij ons
oss vår vårt våra våre vores
meidän meitä meille
nás nám náš naše naši naší našich našim naša
biz bizim bize bizi ihtiyacımız okurlarımız okurlarımızın
minket nekünk kérjük köszönjük vagyunk szeretnénk olvasóink olvasóinknak támogatóink
támogatóinknak munkánkat
nostru noastră noștri noastre nouă avem suntem
kita
nasze naszego naszej naszych naszym naszą nam prosimy
nostri nostre abbiamo siamo vogliamo facciamo possiamo chiediamo
nossos nossas
unserem unseres
nama naš naša naše naši
ние нашия нашата нашите нама
"""
_MORE_CTA_VERBS = """
steun schrijf meld volg deel lees abonneer doneer probeer ontdek klik registreer bekijk blijf
stöd prenumerera följ dela läs registrera bli swisha klicka ladda logga anmäl skänk
støt abonner følg læs tilmeld bliv giv klik hent støtt klikk logg vipps
tilaa seuraa jaa lue liity lahjoita kirjaudu rekisteröidy tutustu lataa kokeile
podpořte podpoř předplaťte přihlaste sledujte sdílejte čtěte darujte přispějte získejte staňte
stáhněte vyzkoušejte klikněte
podporte predplaťte prihláste zdieľajte čítajte prispejte získajte stiahnite vyskúšajte kliknite
abone paylaş okuyun bağış kaydol indirin katılın tıklayın
támogasd támogassa támogass iratkozz iratkozzon kövess kövessen olvasd olvassa fizess fizessen
csatlakozz csatlakozzon töltsd töltse kattints kattintson regisztrálj próbáld
susține susțineți abonează abonați urmărește urmăriți distribuie citește citiți donează donați
descarcă descărcați alătură înscrie înscrieți devino sprijină redirecționează
dukung dukunglah berlangganan ikuti bagikan unduh gabung bergabunglah dapatkan simak yuk ayo
ủng đăng tải nhấn
wesprzyj wspieraj zapisz obserwuj udostępnij pobierz kup subskrybuj dołącz przekaż zostań wpłać
zaloguj sprawdź
sostieni scarica leggi segui condividi registrati scopri clicca accedi unisciti aiutaci
colabora contribuye inscríbete accede haz seguí sumate suscribite ayudanos apoyanos
contribua doe faça baixe leia participe cadastre receba junte ajude colabore
aidez rejoignez donnez cliquez recevez
bestellen testen sichern
підтримайте підпишіться долучайтеся
podržite pretplatite pratite podijelite pročitajte donirajte preuzmite prijavite pridružite
kliknite podelite
подкрепете абонирайте последвайте споделете дарете прочетете изтеглете
подржите пратите претплатите поделите преузмите донирајте
ascoltate guardate acquista prenota prenotate escucha escuchá escuche escuchen descarga descargá
écoutez regardez réservez achetez téléchargez ouça assista compre garanta luister kijk bestel
posłuchaj obejrzyj zarezerwuj слушайте смотрите скачайте купите dinleyin izleyin lyssna boka
kuuntele katso poslechněte podívejte kupte hallgasd nézd dengarkan tonton
στηρίξτε στήριξε κάντε εγγραφείτε ακολουθήστε διαβάστε κατεβάστε γίνετε αποκτήστε
ακούστε δείτε
"""


def _world_words(kind: str) -> frozenset[str]:
    """lexicon_world's words of one kind that `\\w+` tokens can spell (scripts whose vowel
    signs break such tokens are read by lexicon_intl's marks instead)."""
    return frozenset(word for word in voice_words(kind) if re.fullmatch(r"\w+", word))


def _as_tokens(words: frozenset[str]) -> frozenset[str]:
    """The words as features.words_of reads a unit's tokens (scripts.fold_case): the lists
    spell Turkish "ı", which tokens carry as "i"."""
    return frozenset(fold_case(word) for word in words)


SECOND_PERSON = _as_tokens(
    SECOND_PERSON | frozenset(_MORE_SECOND_PERSON.split()) | _world_words("second_person")
)
# Two-word pronouns are one token (features.words_of joins them): Vietnamese "chúng tôi"
# and "chúng ta" are "we", "công chúng" is "the public".
PAIRED_WORDS = {"chúng": frozenset({"tôi", "ta"})}
FIRST_PLURAL = _as_tokens(
    FIRST_PLURAL
    | frozenset(_MORE_FIRST_PLURAL.split())
    | {"chúng tôi", "chúng ta"}
    | _world_words("first_plural")
)
CTA_VERBS = _as_tokens(CTA_VERBS | frozenset(_MORE_CTA_VERBS.split()) | _world_words("cta_verbs"))

# Pronouns that are also a third person's ("sie", "ihr", "su", "lei", "pan", "du" is French
# "of the") are not in the lists: most news prose would read as addressing someone. German
# writes its formal "you" with a capital, so mid-sentence it is told apart from "she/they".
FORMAL_ADDRESS = re.compile(r"(?<=[\w,] )(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Ihnen)\b")
# The Nordic "du" (you) and "vi" (we) are French "of the" and Italian "there": they count
# beside the little words a Nordic sentence puts them with ("om du tycker", "vi är").
NORDIC_ADDRESS = re.compile(
    r"\b(om|når|när|hvis|kan|vil|vill|får|har|hur|hvordan|hvad|vad|hva|så) du\b|"
    r"\bdu (kan|vil|vill|får|har|er|är|tycker|synes|liker|gillar|ønsker|önskar|behöver|"
    r"trenger)\b|"
    r"\bvi (är|er|har|behöver|trenger|behøver|kan|vil|vill|skriver|gör|gjør|gør|"
    r"måste|må|ønsker|önskar)\b",
    re.IGNORECASE,  # "Om du", "Du kan", "Vi är" open sentences
)

# Formulas that only news prose uses: "X did not respond to a request for comment."
NEWS_FORMULA = re.compile(
    r"\b(requests? for comment|declined to comment|could not be reached for comment|"
    r"did not (immediately )?(respond|reply|return)|"
    r"reagierte(n)? nicht auf|ließ(en)? eine anfrage|war(en)? nicht zu erreichen|"
    r"n'a pas (encore )?répondu|n'ont pas (encore )?répondu|no respondió|no respondieron|"
    r"non ha risposto|non hanno risposto|não respondeu|não responderam|"
    r"не ответил|не ответили|nie odpowiedział|reageerde niet)"
)

# Reported speech marks news voice: a story *about* donations says who said what.
REPORTING = _as_tokens(
    frozenset(
        "said says told according announced added reported explained stated warned wrote "
        "found ruled argued claimed noted confirmed denied insisted described "
        "sagte sagt erklärte erklärt teilte berichtete betonte laut zufolge "
        "a déclaré déclare selon indiqué affirmé explique expliqué "
        "dijo afirmó según explicó señaló aseguró declaró "
        "сказал сказала заявил заявила сообщил сообщила по словам отметил "
        "ha detto secondo disse afirmou segundo disse powiedział według".split()
    )
    | _world_words("reporting")
)
THIRD_PERSON = frozenset(
    "he she they his her their them it its er sie ihm ihr ihre sein seine il elle ils elles "
    "lui leur él ella ellos ellas su sus он она они его её их egli lei loro ele ela eles "
    "dele dela on ona oni jego jej ich".split()
)

ADDRESSING = SECOND_PERSON | FIRST_PLURAL
