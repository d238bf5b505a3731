"""Cue phrases of a blog engine's own furniture, per language (27 languages; lower case,
plain text): the like, share and follow widgets, the comment form's small print, the
hosted blog's admin bar and the footer's engine credit, in the wording blog engines ship
in each language. An extractor keeps them inside the post's container, and the model
alone reads some of them as a line of the post ("J'aime ça :", "Me gusta esto:").

- `like_widget` and `share_label`, as whole lines: the like button and its loader ("Like
  this:", "Like Loading...", "Be the first to like this.") and the share row's heading
  ("Share this:"): the social label's `share_word` reason;
- `share_click`, anywhere in a line: a share button's screen-reader text ("Click to share
  on Facebook (Opens in new window)"), and the like button glued to its loader ("Like
  this: Like Loading..."): `social`'s `follow_us`;
- `print_click`, anywhere: the print and e-mail buttons' text ("Click to print"): `ui`'s
  `widget_ui`;
- `follow_box`, anywhere: following the blog by e-mail ("Notify me of new posts by
  email."): `newsletter`'s `newsletter_signup`;
- `comment_form`, anywhere: the comment form's small print ("Notify me of follow-up
  comments by email."): `comments`' `comment_prompt`; `rating_widget`, anywhere: a rating
  plugin's prompts ("How useful was this post?", "No votes so far! Be the first to rate
  this post."): its `rate_prompt` (the tally, "[Total: 12 Average: 4.5]", is a `ui_word`);
- `post_meta`, anywhere: the line under a post ("Bookmark the permalink."): `meta`'s
  `meta_cue`; a featured image's credit on a line of its own ("Beitragsbild: Pixabay") is
  its `photo_credit`;
- `comment_box`, as whole lines: an empty comment section and its button ("No comments:",
  "Kommentar veröffentlichen"): `comments`' `comment_word`;
- `admin_bar`, as whole lines: a hosted blog's bar, the comment box's controls, the post
  navigation, a theme's screen-reader landmarks and plugins' buttons ("Report this
  content", "Loading Comments...", "Newer Post Older Post Home", "Primary Sidebar",
  "Print Friendly, PDF & Email", "Select Language"), and a feed link ("Subscribe to: Post
  Comments (Atom)"): `ui`'s `ui_word`;
- `engine_credit`, as whole lines: the engine's credit and its ad labels ("Blog at
  WordPress.com.", "Powered by Blogger.", "Report this ad"): `promo`'s `advert_word`.

Each names the widget's action in the engine's words, never a word a blogger writes about
the same things ("my post got two hundred likes", "share the harvest"). Counts ("7
bloggers like this.", "Join 1,284 other subscribers") are the `_COUNTED` patterns below.
"""

from __future__ import annotations

from .lexicon_calls import cue_pattern
from .lexicon_eu import table_phrases, whole_line_trie

BLOG_CUES: dict[str, dict[str, list[str]]] = {
    # English
    "en": {
        "rating_widget": [
            "how useful was this post",
            "click on a star to rate it",
            "no votes so far! be the first to rate this post",
            "we are sorry that this post was not useful for you",
            "let us improve this post",
            "tell us how we can improve this post",
        ],
        "comment_box": ["no comments", "comments powered by disqus"],
        "like_widget": [
            "like",
            "like this",
            "like loading",
            "like this: like loading",
            "be the first to like this",
            "one blogger likes this",
            "liked by 1 person",
            "reblog",
            "reblogged this",
        ],
        "share_label": ["share this", "share this: twitter facebook", "share on", "share via"],
        "share_click": [
            "click to share on",
            "click to email a link to a friend",
            "click to email this to a friend",
            "blogthis!",
            "share it with your friends",
        ],
        "print_click": ["click to print (opens in new window"],
        "follow_box": [
            "follow blog via email",
            "subscribe to blog via email",
            "notify me of new posts by email",
            "notify me of new posts via email",
            "receive notifications of new posts by email",
        ],
        "comment_form": [
            "notify me of follow-up comments by email",
            "notify me of followup comments via e-mail",
            "save my name, email, and website in this browser for the next time i comment",
            "log in or register to post comments",
        ],
        "post_meta": ["bookmark the permalink"],
        "admin_bar": [
            "report this content",
            "view site in reader",
            "manage subscriptions",
            "collapse this bar",
            "copy shortlink",
            "subscribed",
            "already have a wordpress.com account? log in now",
            "already have an account? log in now",
            "loading comments",
            "loading comments...",
            "email (required)",
            "name (required)",
            "website (optional)",
            "sorry, your blog cannot share posts by email",
            "email check failed, please try again",
            "post navigation",
            "rate this",
            "newer post older post home",
            "newer post",
            "older post",
            "newer posts older posts home",
            "print friendly, pdf & email",
            "select language",
            "powered by google translate",
            "reader interactions",
            "primary sidebar",
            "secondary sidebar",
            "footer",
            "toggle navigation",
            "search for",
            "main navigation",
            "primary menu",
            "main menu",
        ],
        "engine_credit": [
            "blog at wordpress.com",
            "create a free website or blog at wordpress.com",
            "website powered by wordpress.com",
            "powered by wordpress",
            "powered by wordpress.com",
            "proudly powered by wordpress",
            "report this ad",
            "advertisements",
            "powered by blogger",
        ],
    },
    # German
    "de": {
        "rating_widget": [
            "wie hilfreich war dieser beitrag",
            "klicke auf die sterne um zu bewerten",
            "bisher keine bewertungen",
            "sei der erste, der diesen beitrag bewertet",
            "es tut uns leid, dass der beitrag für dich nicht hilfreich war",
        ],
        "comment_box": ["keine kommentare", "kommentar veröffentlichen"],
        "like_widget": [
            "gefällt mir",
            "gefällt mir wird geladen",
            "gefällt mir: gefällt mir wird geladen",
            "sei der erste, dem dies gefällt",
            "ein blogger gefällt das",
            "rebloggen",
        ],
        "share_label": ["teilen mit", "teile dies", "teilen", "diesen beitrag teilen"],
        "share_click": [
            "klicken, um auf facebook zu teilen",
            "zu teilen (wird in neuem fenster geöffnet",
            "per e-mail zu senden (wird in neuem fenster geöffnet",
            "klick, um über",
        ],
        "print_click": ["zum ausdrucken anklicken", "klicken zum ausdrucken"],
        "follow_box": [
            "blog via e-mail abonnieren",
            "benachrichtige mich über neue beiträge via e-mail",
            "benachrichtigungen über neue beiträge per e-mail erhalten",
            "diesem blog per e-mail folgen",
        ],
        "comment_form": [
            "benachrichtige mich über nachfolgende kommentare via e-mail",
            "meinen namen, meine e-mail-adresse und meine website in diesem browser",
        ],
        "post_meta": ["setze ein lesezeichen auf den permalink", "lesezeichen für den permalink"],
        "admin_bar": [
            "diesen inhalt melden",
            "website im reader anzeigen",
            "abonnements verwalten",
            "diese leiste einklappen",
            "kurzlink kopieren",
            "abonniert",
            "du hast bereits ein wordpress.com-konto? melde dich jetzt an",
            "kommentare werden geladen",
            "e-mail (erforderlich)",
            "name (erforderlich)",
            "beitragsnavigation",
            "bewerte dies",
            "neuerer post älterer post startseite",
            "neuerer post",
            "älterer post",
            "sprache auswählen",
            "bereitgestellt von google übersetzer",
            "navigation umschalten",
            "hauptnavigation",
            "suche nach",
        ],
        "engine_credit": [
            "bloggen auf wordpress.com",
            "erstelle eine kostenlose website oder einen kostenlosen blog auf wordpress.com",
            "stolz präsentiert von wordpress",
            "mit stolz präsentiert von wordpress",
            "diese anzeige melden",
            "anzeigen",
            "werbeanzeigen",
            "bereitgestellt von blogger",
        ],
    },
    # French
    "fr": {
        "rating_widget": [
            "cet article vous a-t-il été utile",
            "cliquez sur une étoile pour la noter",
            "aucun vote pour l'instant",
            "soyez le premier à noter cette publication",
        ],
        "comment_box": ["aucun commentaire", "enregistrer un commentaire"],
        "like_widget": [
            "j'aime ça",
            "j'aime",
            "j'aime chargement",
            "j'aime ça : j'aime chargement",
            "soyez le premier à aimer cet article",
            "soyez le premier à aimer ceci",
            "un blogueur aime cette page",
            "rebloguer",
        ],
        "share_label": ["partager ceci", "partagez", "partager sur"],
        "share_click": [
            "cliquez pour partager sur",
            "cliquez pour envoyer un lien par e-mail à un ami",
            "cliquer pour envoyer par e-mail à un ami",
        ],
        "print_click": ["cliquer pour imprimer", "cliquez pour imprimer"],
        "follow_box": [
            "suivre ce blog par e-mail",
            "s'abonner au blog par e-mail",
            "prévenez-moi de tous les nouveaux articles par e-mail",
            "recevoir une notification de chaque nouvel article par e-mail",
        ],
        "comment_form": [
            "prévenez-moi de tous les nouveaux commentaires par e-mail",
            "enregistrer mon nom, mon e-mail et mon site dans le navigateur",
        ],
        "post_meta": ["ajoutez ce permalien à vos favoris"],
        "admin_bar": [
            "signaler ce contenu",
            "voir le site dans le lecteur",
            "gérer les abonnements",
            "réduire cette barre",
            "copier le lien court",
            "abonné",
            "vous avez déjà un compte wordpress.com ? connectez-vous maintenant",
            "chargement des commentaires",
            "e-mail (obligatoire)",
            "nom (obligatoire)",
            "navigation des articles",
            "évaluez ceci",
            "article plus récent article plus ancien accueil",
            "article plus récent",
            "article plus ancien",
            "sélectionner une langue",
            "navigation principale",
        ],
        "engine_credit": [
            "un site wordpress.com",
            "créez un site web ou un blog gratuitement sur wordpress.com",
            "propulsé par wordpress",
            "fièrement propulsé par wordpress",
            "signaler cette publicité",
            "publicités",
            "fourni par blogger",
        ],
    },
    # Spanish
    "es": {
        "rating_widget": [
            "¿te ha resultado útil este post",
            "haz clic en una estrella para puntuarlo",
            "hasta ahora, no hay votos",
            "sé el primero en puntuar este contenido",
        ],
        "comment_box": ["no hay comentarios", "publicar un comentario"],
        "like_widget": [
            "me gusta esto",
            "me gusta",
            "me gusta cargando",
            "me gusta esto: me gusta cargando",
            "sé el primero en decir que te gusta",
            "a un bloguero le gusta esto",
            "rebloguear",
        ],
        "share_label": ["compartir esto", "comparte esto", "compártelo"],
        "share_click": [
            "haz clic para compartir en",
            "haz clic para enviar un enlace por correo electrónico a un amigo",
        ],
        "print_click": ["haz clic para imprimir"],
        "follow_box": [
            "seguir blog vía correo electrónico",
            "suscríbete al blog por correo electrónico",
            "avísame por correo electrónico de nuevas entradas",
            "recibir notificaciones de nuevas entradas por correo electrónico",
        ],
        "comment_form": [
            "recibir un correo electrónico con los siguientes comentarios a esta entrada",
            "guarda mi nombre, correo electrónico y web en este navegador",
        ],
        "post_meta": ["guarda el enlace permanente"],
        "admin_bar": [
            "denunciar este contenido",
            "ver sitio en el lector",
            "gestionar suscripciones",
            "contraer esta barra",
            "copiar enlace corto",
            "suscrito",
            "cargando comentarios",
            "correo electrónico (obligatorio)",
            "nombre (obligatorio)",
            "navegación de entradas",
            "califica esto",
            "entrada más reciente entrada antigua página principal",
            "entrada más reciente",
            "entrada antigua",
            "seleccionar idioma",
            "navegación principal",
        ],
        "engine_credit": [
            "blog de wordpress.com",
            "crea un sitio web o blog gratuitos en wordpress.com",
            "funciona gracias a wordpress",
            "con la tecnología de wordpress",
            "denunciar este anuncio",
            "anuncios",
            "con la tecnología de blogger",
        ],
    },
    # Italian
    "it": {
        "rating_widget": [
            "quanto è stato utile questo articolo",
            "clicca su una stella per votarla",
            "nessun voto finora",
            "sii il primo a valutare questo articolo",
        ],
        "comment_box": ["nessun commento", "posta un commento"],
        "like_widget": [
            "mi piace",
            "mi piace caricamento",
            "mi piace: mi piace caricamento",
            "di' per primo che ti piace",
            "a un blogger piace questo",
            "ripubblica",
        ],
        "share_label": ["condividi questo", "condividi", "condividi su"],
        "share_click": [
            "fai clic per condividere su",
            "fai clic qui per condividere su",
            "fai clic per inviare un link a un amico via e-mail",
        ],
        "print_click": ["fai clic per stampare", "fai clic qui per stampare"],
        "follow_box": [
            "segui blog via email",
            "iscriviti al blog tramite email",
            "avvisami via e-mail alla pubblicazione di un nuovo articolo",
            "ricevere notifiche di nuovi articoli via email",
        ],
        "comment_form": [
            "avvisami via e-mail in caso di risposte al mio commento",
            "salva il mio nome, email e sito web in questo browser",
        ],
        "post_meta": ["aggiungi ai segnalibri il permalink"],
        "admin_bar": [
            "segnala questo contenuto",
            "visualizza il sito nel reader",
            "gestisci gli abbonamenti",
            "riduci questa barra",
            "copia shortlink",
            "iscritto",
            "caricamento commenti",
            "email (obbligatorio)",
            "nome (obbligatorio)",
            "navigazione articoli",
            "valuta questo",
            "post più recente post più vecchio home page",
            "post più recente",
            "post più vecchio",
        ],
        "engine_credit": [
            "blog su wordpress.com",
            "crea un sito o un blog gratuitamente su wordpress.com",
            "creato con wordpress",
            "orgogliosamente powered by wordpress",
            "segnala questo annuncio",
            "pubblicità",
            "powered by blogger",
        ],
    },
    # Portuguese (Brazil and Portugal)
    "pt": {
        "rating_widget": [
            "qual foi a utilidade deste post",
            "clique numa estrela para o classificar",
            "clique em uma estrela para classificá-lo",
            "nenhum voto até agora",
            "seja o primeiro a avaliar este post",
        ],
        "comment_box": ["nenhum comentário", "postar um comentário"],
        "like_widget": [
            "curtir isso",
            "curtir",
            "curtir carregando",
            "curtir isso: curtir carregando",
            "seja o primeiro a curtir este post",
            "gostar disto",
            "gosto carregando",
            "seja o primeiro a gostar disto",
            "reblogar",
        ],
        "share_label": ["compartilhe isso", "compartilhar isso", "partilhar isto", "partilhe isto"],
        "share_click": [
            "clique para compartilhar no",
            "clique para compartilhar",
            "clique para partilhar no",
            "clique para enviar um link por e-mail para um amigo",
            "clique para enviar por email a um amigo",
        ],
        "print_click": ["clique para imprimir"],
        "follow_box": [
            "seguir blog via e-mail",
            "assine o blog por e-mail",
            "notifique-me sobre novas publicações por e-mail",
            "notificar-me de novos artigos por email",
            "receber notificações de novas publicações por e-mail",
        ],
        "comment_form": [
            "notifique-me sobre novos comentários por e-mail",
            "notificar-me de novos comentários por email",
            "salvar meus dados neste navegador para a próxima vez que eu comentar",
        ],
        "post_meta": ["adicione o link permanente aos seus favoritos", "guarde o link permanente"],
        "admin_bar": [
            "denunciar este conteúdo",
            "ver site no leitor",
            "gerenciar assinaturas",
            "esconder esta barra",
            "copiar link curto",
            "inscrito",
            "carregando comentários",
            "e-mail (obrigatório)",
            "nome (obrigatório)",
            "navegação de posts",
            "navegação de artigos",
            "avalie isso",
            "postagem mais recente postagem mais antiga página inicial",
            "postagem mais recente",
            "postagem mais antiga",
        ],
        "engine_credit": [
            "blog no wordpress.com",
            "crie um site ou blog gratuito no wordpress.com",
            "orgulhosamente mantido com wordpress",
            "denunciar este anúncio",
            "anúncios",
            "publicidade",
            "tecnologia do blogger",
        ],
    },
    # Dutch
    "nl": {
        "rating_widget": [
            "hoe nuttig was dit bericht",
            "klik op een ster om hem te beoordelen",
            "nog geen stemmen",
            "wees de eerste die dit bericht beoordeelt",
        ],
        "comment_box": ["geen opmerkingen", "een reactie posten"],
        "like_widget": [
            "vind ik leuk",
            "vind-ik-leuk",
            "vind ik leuk laden",
            "vind-ik-leuk laden",
            "wees de eerste die dit leuk vindt",
            "één blogger vindt dit leuk",
            "rebloggen",
        ],
        "share_label": ["dit delen", "delen met", "deel dit"],
        "share_click": [
            "klik om te delen op",
            "klik om dit te delen op",
            "klik om dit te e-mailen naar een vriend",
        ],
        "print_click": ["klik om af te drukken"],
        "follow_box": [
            "volg blog via e-mail",
            "stuur mij een e-mail als er nieuwe berichten zijn",
            "ontvang meldingen van nieuwe berichten via e-mail",
        ],
        "comment_form": [
            "stuur mij een e-mail als er vervolgreacties zijn",
            "mijn naam, e-mail en site bewaren in deze browser",
        ],
        "post_meta": ["bookmark de permalink"],
        "admin_bar": [
            "deze inhoud rapporteren",
            "site in de reader bekijken",
            "abonnementen beheren",
            "deze balk inklappen",
            "korte link kopiëren",
            "geabonneerd",
            "reacties laden",
            "e-mail (vereist)",
            "naam (vereist)",
            "berichtnavigatie",
            "waardeer dit",
            "nieuwere post oudere post homepage",
            "nieuwere post",
            "oudere post",
        ],
        "engine_credit": [
            "blog op wordpress.com",
            "maak een gratis website of blog op wordpress.com",
            "trots aangedreven door wordpress",
            "deze advertentie rapporteren",
            "advertenties",
            "mogelijk gemaakt door blogger",
        ],
    },
    # Polish
    "pl": {
        "rating_widget": [
            "jak przydatny był ten post",
            "kliknij gwiazdkę, aby ją ocenić",
            "jak dotąd brak głosów",
            "bądź pierwszą osobą, która oceni ten post",
        ],
        "comment_box": ["brak komentarzy", "prześlij komentarz"],
        "like_widget": [
            "lubię to",
            "polub to",
            "lubię to: wczytywanie",
            "wczytywanie",
            "polub to: lubię to: wczytywanie",
            "bądź pierwszy, który polubi to",
            "zablogowano",
        ],
        "share_label": ["udostępnij to", "podziel się"],
        "share_click": [
            "kliknij, aby udostępnić na",
            "kliknij, aby udostępnić",
            "kliknij, aby wysłać odnośnik e-mailem do przyjaciela",
        ],
        "print_click": ["kliknij, aby wydrukować"],
        "follow_box": [
            "obserwuj blog przez e-mail",
            "powiadom mnie o nowych wpisach poprzez e-mail",
            "otrzymywać powiadomienia o nowych wpisach e-mailem",
        ],
        "comment_form": [
            "powiadom mnie o kolejnych komentarzach poprzez e-mail",
            "zapamiętaj moje dane w tej przeglądarce podczas pisania kolejnych komentarzy",
        ],
        "post_meta": ["dodaj zakładkę do bezpośredniego odnośnika"],
        "admin_bar": [
            "zgłoś tę treść",
            "wyświetl witrynę w czytniku",
            "zarządzaj subskrypcjami",
            "zwiń ten pasek",
            "kopiuj krótki odnośnik",
            "subskrybowane",
            "wczytywanie komentarzy",
            "e-mail (wymagany)",
            "imię (wymagane)",
            "nawigacja wpisu",
            "oceń to",
            "nowszy post starszy post strona główna",
            "nowszy post",
            "starszy post",
        ],
        "engine_credit": [
            "blog na wordpress.com",
            "utwórz darmową witrynę lub bloga na wordpress.com",
            "dumnie wspierane przez wordpress",
            "zgłoś tę reklamę",
            "reklamy",
            "obsługiwane przez usługę blogger",
        ],
    },
    # Russian
    "ru": {
        "rating_widget": [
            "насколько полезен был этот пост",
            "нажмите на звезду, чтобы оценить",
            "оценок пока нет",
            "поставьте оценку первым",
        ],
        "comment_box": ["нет комментариев", "отправить комментарий"],
        "like_widget": [
            "нравится",
            "нравится загрузка",
            "нравится: нравится загрузка",
            "будьте первым, кому понравилась эта запись",
            "понравилось 1 пользователю",
            "перепост",
        ],
        "share_label": ["поделиться ссылкой", "поделиться", "поделиться этим"],
        "share_click": [
            "нажмите, чтобы поделиться на",
            "нажмите, чтобы поделиться в",
            "нажмите здесь, чтобы поделиться контентом на",
            "нажмите, чтобы отправить ссылку по электронной почте другу",
        ],
        "print_click": ["нажмите для печати", "нажмите, чтобы распечатать"],
        "follow_box": [
            "подписаться на блог через электронную почту",
            "уведомлять меня о новых записях почтой",
            "получать уведомления о новых записях по электронной почте",
        ],
        "comment_form": [
            "уведомлять меня о новых комментариях почтой",
            "сохранить моё имя, email и адрес сайта в этом браузере",
        ],
        "post_meta": ["добавьте в закладки постоянную ссылку"],
        "admin_bar": [
            "пожаловаться на содержимое",
            "просмотреть сайт в reader",
            "управлять подписками",
            "свернуть эту панель",
            "копировать короткую ссылку",
            "вы подписаны",
            "загрузка комментариев",
            "email (обязательно)",
            "имя (обязательно)",
            "навигация по записям",
            "оцените это",
            "следующее сообщение предыдущее сообщение главная страница",
            "следующее сообщение",
            "предыдущее сообщение",
        ],
        "engine_credit": [
            "блог на wordpress.com",
            "создайте бесплатный сайт или блог на wordpress.com",
            "сайт работает на wordpress",
            "пожаловаться на эту рекламу",
            "реклама",
            "технологии blogger",
        ],
    },
    # Ukrainian
    "uk": {
        "rating_widget": [],
        "comment_box": [],
        "like_widget": [
            "подобається",
            "подобається завантаження",
            "будьте першим, кому сподобалося",
        ],
        "share_label": ["поділитися", "поділитися цим"],
        "share_click": ["натисніть, щоб поділитися на", "натисніть, щоб поділитися в"],
        "print_click": ["натисніть, щоб надрукувати"],
        "follow_box": [
            "стежити за блогом через email",
            "сповіщати мене про нові записи поштою",
        ],
        "comment_form": [
            "сповіщати мене про нові коментарі поштою",
            "зберегти моє ім'я, email і адресу сайту в цьому браузері",
        ],
        "post_meta": ["додайте до закладок постійне посилання"],
        "admin_bar": [
            "поскаржитися на цей вміст",
            "керувати підписками",
            "згорнути цю панель",
            "завантаження коментарів",
            "навігація записів",
            "оцініть це",
        ],
        "engine_credit": ["блог на wordpress.com", "поскаржитися на цю рекламу", "реклама"],
    },
    # Swedish
    "sv": {
        "rating_widget": [],
        "comment_box": [],
        "like_widget": [
            "gilla detta",
            "gilla",
            "gilla laddar",
            "gilla detta: gilla laddar",
            "bli först att gilla detta",
            "en bloggare gillar detta",
            "reblogga",
        ],
        "share_label": ["dela detta", "dela det här", "dela"],
        "share_click": [
            "klicka för att dela på",
            "klicka för att dela via",
            "klicka för att e-posta en länk till en vän",
        ],
        "print_click": ["klicka för utskrift", "klicka för att skriva ut"],
        "follow_box": [
            "följ bloggen via e-post",
            "meddela mig vid nya inlägg via e-post",
            "få meddelanden om nya inlägg via e-post",
        ],
        "comment_form": [
            "meddela mig vid nya kommentarer via e-post",
            "spara mitt namn, min e-postadress och webbplats i denna webbläsare",
        ],
        "post_meta": ["bokmärk permalänken"],
        "admin_bar": [
            "anmäl detta innehåll",
            "visa webbplats i läsaren",
            "hantera prenumerationer",
            "minimera detta fält",
            "kopiera kortlänk",
            "prenumererar",
            "laddar kommentarer",
            "e-post (obligatoriskt)",
            "namn (obligatoriskt)",
            "inläggsnavigering",
            "betygsätt detta",
        ],
        "engine_credit": [
            "blogga med wordpress.com",
            "skapa en gratis webbplats eller blogg på wordpress.com",
            "drivs med wordpress",
            "rapportera denna annons",
            "annonser",
        ],
    },
    # Danish
    "da": {
        "rating_widget": [],
        "comment_box": [],
        "like_widget": [
            "synes godt om",
            "synes godt om indlæser",
            "vær den første til at synes godt om dette",
            "reblog",
        ],
        "share_label": ["del dette"],
        "share_click": ["klik for at dele på", "klik for at e-maile et link til en ven"],
        "print_click": ["klik for at udskrive"],
        "follow_box": [
            "følg blog via e-mail",
            "giv mig besked om nye indlæg via e-mail",
            "modtage meddelelser om nye indlæg via e-mail",
        ],
        "comment_form": [
            "giv mig besked om opfølgende kommentarer via e-mail",
            "gem mit navn, min e-mail og min hjemmeside i denne browser",
        ],
        "post_meta": ["bogmærk permalinket"],
        "admin_bar": [
            "anmeld dette indhold",
            "administrer abonnementer",
            "sammenfold denne bjælke",
            "indlæser kommentarer",
            "indlægsnavigation",
            "bedøm dette",
        ],
        "engine_credit": [
            "blog på wordpress.com",
            "opret et gratis websted eller en blog på wordpress.com",
            "rapporter denne annonce",
            "annoncer",
        ],
    },
    # Norwegian (Bokmål)
    "nb": {
        "rating_widget": [],
        "comment_box": [],
        "like_widget": [
            "lik dette",
            "liker",
            "liker laster",
            "lik dette: liker laster",
            "bli den første til å like dette",
        ],
        "share_label": ["del dette"],
        "share_click": ["klikk for å dele på", "klikk for å sende en lenke på e-post til en venn"],
        "print_click": ["klikk for å skrive ut"],
        "follow_box": [
            "følg bloggen via e-post",
            "gi meg beskjed om nye innlegg via e-post",
            "motta varsler om nye innlegg via e-post",
        ],
        "comment_form": [
            "gi meg beskjed om nye kommentarer via e-post",
            "lagre mitt navn, e-post og nettside i denne nettleseren",
        ],
        "post_meta": ["bokmerk permalenken"],
        "admin_bar": [
            "rapporter dette innholdet",
            "administrer abonnementer",
            "skjul denne linjen",
            "laster inn kommentarer",
            "innleggsnavigasjon",
            "vurder dette",
        ],
        "engine_credit": [
            "blogg på wordpress.com",
            "lag et gratis nettsted eller en blogg på wordpress.com",
            "rapporter denne annonsen",
            "annonser",
        ],
    },
    # Finnish
    "fi": {
        "rating_widget": [],
        "comment_box": [],
        "like_widget": [
            "tykkää tästä",
            "tykkää",
            "tykkää lataa",
            "tykkää tästä: tykkää lataa",
            "tykkää tästä ensimmäisenä",
        ],
        "share_label": ["jaa tämä", "jaa tämä artikkeli"],
        "share_click": ["klikkaa jakaaksesi", "napsauta jakaaksesi"],
        "print_click": ["klikkaa tulostaaksesi", "napsauta tulostaaksesi"],
        "follow_box": [
            "seuraa blogia sähköpostilla",
            "ilmoita minulle uusista artikkeleista sähköpostilla",
        ],
        "comment_form": [
            "ilmoita minulle sähköpostitse, kun artikkeliin kirjoitetaan uusia kommentteja",
            "tallenna nimeni, sähköpostiosoitteeni ja sivustoni tähän selaimeen",
        ],
        "post_meta": ["lisää kestolinkki kirjanmerkkeihin"],
        "admin_bar": [
            "ilmoita tästä sisällöstä",
            "hallitse tilauksia",
            "pienennä tämä palkki",
            "ladataan kommentteja",
            "artikkelien selaus",
            "arvioi tämä",
        ],
        "engine_credit": [
            "blogi wordpress.comissa",
            "luo ilmainen kotisivu tai blogi wordpress.comissa",
            "ilmoita tästä mainoksesta",
            "mainokset",
        ],
    },
    # Czech
    "cs": {
        "rating_widget": [],
        "comment_box": [],
        "like_widget": [
            "to se mi líbí",
            "líbí se mi",
            "líbí se mi načítání",
            "to se mi líbí: líbí se mi načítání",
            "buďte první, komu se to líbí",
        ],
        "share_label": ["sdílejte tento článek", "sdílet"],
        "share_click": ["klikněte pro sdílení na", "klikněte pro sdílení"],
        "print_click": ["klikněte pro tisk"],
        "follow_box": [
            "sledovat blog přes e-mail",
            "upozornit mě na nové příspěvky e-mailem",
            "dostávat upozornění na nové příspěvky e-mailem",
        ],
        "comment_form": [
            "upozornit mě na nové komentáře e-mailem",
            "uložit do prohlížeče jméno, e-mail a webovou stránku",
        ],
        "post_meta": ["uložit do záložek trvalý odkaz"],
        "admin_bar": [
            "nahlásit tento obsah",
            "spravovat odběry",
            "sbalit tento panel",
            "načítání komentářů",
            "navigace pro příspěvky",
            "ohodnoťte toto",
        ],
        "engine_credit": [
            "blog na wordpress.com",
            "vytvořte si zdarma web nebo blog na wordpress.com",
            "nahlásit tuto reklamu",
            "reklamy",
        ],
    },
    # Slovak
    "sk": {
        "rating_widget": [],
        "comment_box": [],
        "like_widget": [
            "páči sa mi to",
            "páči sa mi",
            "páči sa mi načítava sa",
            "buďte prvý, komu sa to páči",
        ],
        "share_label": ["zdieľať", "zdieľajte"],
        "share_click": ["kliknite pre zdieľanie na", "kliknite pre zdieľanie"],
        "print_click": ["kliknite pre tlač"],
        "follow_box": [
            "sledovať blog cez e-mail",
            "upozorniť ma na nové články e-mailom",
        ],
        "comment_form": [
            "upozorniť ma na nové komentáre e-mailom",
            "uložiť moje meno, e-mail a webovú stránku v tomto prehliadači",
        ],
        "post_meta": ["pridať do záložiek trvalý odkaz"],
        "admin_bar": [
            "nahlásiť tento obsah",
            "spravovať odbery",
            "načítavajú sa komentáre",
            "navigácia v článkoch",
            "ohodnoťte toto",
        ],
        "engine_credit": ["blog na wordpress.com", "nahlásiť túto reklamu", "reklamy"],
    },
    # Hungarian
    "hu": {
        "rating_widget": [],
        "comment_box": [],
        "like_widget": [
            "kedvelés",
            "kedvelés betöltés",
            "tetszik",
            "tetszik betöltés",
            "legyél te az első, akinek tetszik",
        ],
        "share_label": ["megosztás", "oszd meg"],
        "share_click": ["kattints a megosztáshoz", "kattintson a megosztáshoz"],
        "print_click": ["kattints a nyomtatáshoz", "kattintson a nyomtatáshoz"],
        "follow_box": [
            "blog követése e-mailben",
            "értesítés új bejegyzésekről e-mailben",
        ],
        "comment_form": [
            "értesítés a további hozzászólásokról e-mailben",
            "a nevem, e-mail címem, és weboldalcímem mentése a böngészőben",
        ],
        "post_meta": ["könyvjelzőzd a közvetlen hivatkozást"],
        "admin_bar": [
            "tartalom jelentése",
            "feliratkozások kezelése",
            "hozzászólások betöltése",
            "bejegyzés navigáció",
            "értékeld",
        ],
        "engine_credit": ["blog a wordpress.com-on", "hirdetés jelentése", "hirdetések"],
    },
    # Romanian
    "ro": {
        "rating_widget": [],
        "comment_box": [],
        "like_widget": [
            "apreciază asta",
            "apreciază",
            "apreciază încarc",
            "apreciază asta: apreciază încarc",
            "fii primul care apreciază asta",
        ],
        "share_label": ["partajează asta", "distribuie asta", "partajează"],
        "share_click": ["dă clic pentru a partaja pe", "clic pentru a partaja pe"],
        "print_click": ["dă clic pentru a imprima", "clic pentru imprimare"],
        "follow_box": [
            "urmărește blogul prin email",
            "anunță-mă prin email când apar articole noi",
        ],
        "comment_form": [
            "anunță-mă prin email când apar comentarii noi",
            "salvează-mi numele, emailul și site-ul web în acest navigator",
        ],
        "post_meta": ["adaugă legătura permanentă la semne de carte"],
        "admin_bar": [
            "raportează acest conținut",
            "administrează abonamentele",
            "se încarcă comentariile",
            "navigare în articole",
            "evaluează asta",
        ],
        "engine_credit": [
            "blog la wordpress.com",
            "creează un site web sau un blog gratuit la wordpress.com",
            "raportează această reclamă",
            "reclame",
        ],
    },
    # Turkish
    "tr": {
        "rating_widget": [],
        "comment_box": [],
        "like_widget": [
            "bunu beğen",
            "beğen",
            "beğen yükleniyor",
            "bunu beğen: beğen yükleniyor",
            "bunu ilk beğenen siz olun",
        ],
        "share_label": ["bunu paylaş", "paylaş"],
        "share_click": [
            "paylaşmak için tıklayın",
            "arkadaşınıza e-posta ile bağlantı göndermek için tıklayın",
        ],
        "print_click": ["yazdırmak için tıklayın"],
        "follow_box": [
            "blogu e-posta ile takip et",
            "yeni yazıları e-posta ile bildir",
        ],
        "comment_form": [
            "sonraki yorumları bana e-posta ile bildir",
            "daha sonraki yorumlarımda kullanılması için adım, e-posta adresim ve site adresim",
        ],
        "post_meta": ["kalıcı bağlantıyı yer imlerine ekleyin"],
        "admin_bar": [
            "bu içeriği rapor et",
            "abonelikleri yönet",
            "bu çubuğu daralt",
            "yorumlar yükleniyor",
            "yazı dolaşımı",
            "bunu oyla",
        ],
        "engine_credit": [
            "wordpress.com'da blog oluşturun",
            "wordpress.com'da ücretsiz bir web sitesi veya blog oluşturun",
            "bu reklamı bildir",
            "reklamlar",
        ],
    },
    # Greek (accents are dropped before matching)
    "el": {
        "rating_widget": [],
        "comment_box": [],
        "like_widget": [
            "μου αρεσει",
            "μου αρεσει αυτο",
            "μου αρεσει φορτωνεται",
            "γινε ο πρωτος που θα του αρεσει αυτο",
        ],
        "share_label": ["κοινοποιηστε το", "μοιραστειτε το", "κοινοποιηση"],
        "share_click": ["κανετε κλικ για κοινοποιηση στο", "κλικ για κοινοποιηση στο"],
        "print_click": ["κανετε κλικ για εκτυπωση"],
        "follow_box": [
            "ακολουθηστε το ιστολογιο μεσω email",
            "ειδοποιησε με για νεα αρθρα μεσω email",
        ],
        "comment_form": [
            "ειδοποιησε με για νεα σχολια μεσω email",
            "αποθηκευσε το ονομα, email και τον ιστοτοπο μου",
        ],
        "post_meta": ["προσθεστε στους σελιδοδεικτες τον μονιμο συνδεσμο"],
        "admin_bar": [
            "αναφορα αυτου του περιεχομενου",
            "διαχειριση συνδρομων",
            "φορτωση σχολιων",
            "πλοηγηση αρθρων",
        ],
        "engine_credit": [
            "ιστολογιο στο wordpress.com",
            "αναφορα αυτης της διαφημισης",
            "διαφημισεις",
        ],
    },
    # Catalan
    "ca": {
        "rating_widget": [],
        "comment_box": [],
        "like_widget": [
            "m'agrada",
            "m'agrada s'està carregant",
            "sigueu el primer a dir que us agrada",
        ],
        "share_label": ["comparteix això", "comparteix-ho", "comparteix"],
        "share_click": ["feu clic per compartir a", "fes clic per compartir a"],
        "print_click": ["feu clic per imprimir", "fes clic per imprimir"],
        "follow_box": [
            "segueix el blog per correu electrònic",
            "notifica'm les entrades noves per correu electrònic",
        ],
        "comment_form": [
            "notifica'm els comentaris nous per correu electrònic",
            "desa el meu nom, correu electrònic i lloc web en aquest navegador",
        ],
        "post_meta": ["afegiu l'enllaç permanent a les adreces d'interès"],
        "admin_bar": [
            "denuncia aquest contingut",
            "gestiona les subscripcions",
            "s'estan carregant els comentaris",
            "navegació d'entrades",
        ],
        "engine_credit": ["blog a wordpress.com", "denuncia aquest anunci", "anuncis"],
    },
    # Croatian
    "hr": {
        "rating_widget": [],
        "comment_box": [],
        "like_widget": [
            "sviđa mi se",
            "sviđa mi se učitavam",
            "budi prvi kome se ovo sviđa",
        ],
        "share_label": ["podijeli ovo", "podijeli", "podijelite ovo"],
        "share_click": ["kliknite za dijeljenje na", "klikni za dijeljenje na"],
        "print_click": ["kliknite za ispis", "klikni za ispis"],
        "follow_box": [
            "prati blog putem e-pošte",
            "obavijesti me o novim objavama putem e-pošte",
        ],
        "comment_form": [
            "obavijesti me o novim komentarima putem e-pošte",
            "spremi moje ime, e-poštu i web-stranicu u ovaj preglednik",
        ],
        "post_meta": ["zabilježi stalnu poveznicu"],
        "admin_bar": [
            "prijavi ovaj sadržaj",
            "upravljaj pretplatama",
            "učitavanje komentara",
            "navigacija objava",
        ],
        "engine_credit": ["blog na wordpress.com", "prijavi ovaj oglas", "oglasi"],
    },
    # Indonesian
    "id": {
        "rating_widget": [],
        "comment_box": [],
        "like_widget": [
            "suka ini",
            "suka",
            "suka memuat",
            "suka ini: suka memuat",
            "jadilah yang pertama menyukai ini",
        ],
        "share_label": ["bagikan ini", "bagikan"],
        "share_click": [
            "klik untuk berbagi di",
            "klik untuk berbagi pada",
            "klik untuk mengirim tautan via email ke teman",
        ],
        "print_click": ["klik untuk mencetak"],
        "follow_box": [
            "ikuti blog melalui email",
            "beri tahu saya tentang pos baru melalui surel",
            "beritahu saya akan tulisan baru melalui surel",
        ],
        "comment_form": [
            "beri tahu saya tentang komentar lanjutan melalui surel",
            "simpan nama, email, dan situs web saya pada peramban ini",
        ],
        "post_meta": ["markah permalink"],
        "admin_bar": [
            "laporkan konten ini",
            "kelola langganan",
            "ciutkan bilah ini",
            "memuat komentar",
            "navigasi pos",
            "nilai ini",
        ],
        "engine_credit": [
            "blog di wordpress.com",
            "buat situs web atau blog gratis di wordpress.com",
            "laporkan iklan ini",
            "iklan",
        ],
    },
    # Vietnamese
    "vi": {
        "rating_widget": [],
        "comment_box": [],
        "like_widget": [
            "thích điều này",
            "thích",
            "thích đang tải",
            "hãy là người đầu tiên thích điều này",
        ],
        "share_label": ["chia sẻ", "chia sẻ điều này", "chia sẻ bài viết này"],
        "share_click": ["nhấn vào chia sẻ trên", "nhấp để chia sẻ trên"],
        "print_click": ["nhấn vào để in", "nhấp để in"],
        "follow_box": [
            "theo dõi blog qua email",
            "thông báo cho tôi bằng email khi có bài đăng mới",
        ],
        "comment_form": [
            "thông báo cho tôi bằng email khi có bình luận mới",
            "lưu tên của tôi, email, và trang web trong trình duyệt này",
        ],
        "post_meta": ["đánh dấu đường dẫn tĩnh"],
        "admin_bar": [
            "báo cáo nội dung này",
            "quản lý đăng ký",
            "đang tải bình luận",
            "điều hướng bài viết",
        ],
        "engine_credit": ["blog tại wordpress.com", "báo cáo quảng cáo này", "quảng cáo"],
    },
    # Japanese
    "ja": {
        "rating_widget": [],
        "comment_box": [],
        "like_widget": [
            "いいね",
            "いいね 読み込み中",
            "最初の「いいね!」をつけませんか。",
            "最初の「いいね!」をつけませんか",
        ],
        "share_label": ["共有", "この記事を共有"],
        "share_click": ["で共有 (新しいウィンドウで開きます"],
        "print_click": ["クリックして印刷 (新しいウィンドウで開きます"],
        "follow_box": [
            "メールでブログをフォロー",
            "新しい投稿をメールで受け取る",
            "新しい投稿をメールで通知",
        ],
        "comment_form": [
            "新しいコメントをメールで通知",
            "次回のコメントで使用するためブラウザーに自分の名前、メールアドレス、サイトを保存する",
        ],
        "post_meta": ["パーマリンクをブックマーク"],
        "admin_bar": [
            "このコンテンツを報告",
            "購読管理",
            "コメントを読み込み中",
            "投稿ナビゲーション",
        ],
        "engine_credit": ["wordpress.com で無料サイトやブログを作成", "この広告を報告", "広告"],
    },
    # Chinese (simplified)
    "zh": {
        "rating_widget": [],
        "comment_box": [],
        "like_widget": ["喜欢", "喜欢 正在加载", "赞", "成为第一个赞的人"],
        "share_label": ["分享此文章", "分享到", "分享"],
        "share_click": ["点击分享到", "上共享(在新窗口中打开"],
        "print_click": ["点击打印", "点击以打印"],
        "follow_box": ["通过电子邮件关注博客", "有新文章时用电子邮件通知我"],
        "comment_form": [
            "有新评论时用电子邮件通知我",
            "在此浏览器中保存我的显示名称、邮箱地址和网站地址",
        ],
        "post_meta": ["将固定链接加入收藏夹"],
        "admin_bar": ["举报此内容", "管理订阅", "正在加载评论", "文章导航"],
        "engine_credit": ["在wordpress.com上创建免费网站或博客", "举报此广告", "广告"],
    },
    # Korean
    "ko": {
        "rating_widget": [],
        "comment_box": [],
        "like_widget": [
            "좋아하기",
            "좋아하기 가져오는 중",
            "좋아하기 가져오는 중...",
            "첫 번째로 좋아요를 눌러 주세요",
        ],
        "share_label": ["이 글 공유하기", "공유하기"],
        "share_click": ["클릭하여 이메일로 친구에게 링크 보내기"],
        "print_click": ["클릭하여 인쇄하기"],
        "follow_box": ["이메일로 블로그 팔로우", "새 글을 메일로 알림"],
        "comment_form": [
            "새 댓글을 메일로 알림",
            "다음 번 댓글 작성을 위해 이 브라우저에 이름, 이메일, 그리고 웹사이트를 저장합니다",
        ],
        "post_meta": ["고유주소 북마크"],
        "admin_bar": ["이 콘텐츠 신고", "구독 관리", "댓글을 불러오는 중", "글 내비게이션"],
        "engine_credit": [
            "wordpress.com에서 무료 웹사이트 또는 블로그 만들기",
            "이 광고 신고",
            "광고",
        ],
    },
}

# Counted lines, whole: "7 bloggers like this.", "Join 1,284 other subscribers", and the
# template's raw "%d bloggers like this:" that hosted blogs print untranslated.
_N = r"(?:\d[\d,. \u00a0]{0,8}|%d)"
_COUNTED = {
    "social": "|".join(
        [
            rf"{_N} bloggers like this",
            rf"liked by {_N} people",
            rf"{_N} bloggern gefällt das",
            rf"{_N} blogueurs aiment cette page",
            rf"a {_N} blogueros les gusta esto",
            rf"a {_N} blogger piace questo",
            rf"{_N} blogueiros (?:curtiram isso|gostam disto)",
        ]
    ),
    "newsletter": "|".join(
        [
            rf"join {_N} other (?:subscribers|followers)",
            rf"schließe dich {_N} anderen abonnenten an",
            rf"rejoignez {_N} autres abonnés",
            rf"únete a {_N} suscriptores más",
            rf"unisciti a {_N} altri iscritti",
            rf"junte-se a {_N} outros assinantes",
        ]
    ),
}


# A feed link ("Subscribe to: Post Comments (Atom)", "Abonnieren Posts (Atom)") and a hosted
# theme's credit ("Theme images by Jason Morrow. Powered by Blogger."), whole.
_FEED_LINK = r"[^()\n]{1,60} \(atom"
# A rating widget's tally: "[Total: 12 Average: 4.5]", "Average rating 4.5 / 5. Vote count: 12".
_SCORE = r"\d{1,2}(?:[.,]\d{1,2})?"
_RATING_TALLY = (
    rf"total: ?\d{{1,7}} ?average: ?{_SCORE}|"
    rf"average rating {_SCORE} ?/ ?5\.? vote count: ?\d{{1,7}}|"
    rf"durchschnittliche bewertung {_SCORE} ?/ ?5\.? anzahl bewertungen: ?\d{{1,7}}"
)
_THEME_CREDIT = r"theme images by [^\n]{1,80}"


def _whole_lines(*kinds: str) -> str:
    """The whole-line phrases of `kinds` as one trie."""
    return whole_line_trie([phrase for kind in kinds for phrase in table_phrases(BLOG_CUES, kind)])


WHOLE_LINE_BLOGS: dict[str, dict[str, str]] = {
    "social": {"share_word": _whole_lines("like_widget", "share_label") + "|" + _COUNTED["social"]},
    "newsletter": {"newsletter_word": _COUNTED["newsletter"]},
    "ui": {"ui_word": "|".join([_whole_lines("admin_bar"), _FEED_LINK, _RATING_TALLY])},
    "promo": {"advert_word": _whole_lines("engine_credit") + "|" + _THEME_CREDIT},
    "comments": {"comment_word": _whole_lines("comment_box")},
}
# The like button glued to its loader ("Like this: Like Loading..."): as distinctive inside
# a line the extractor ran a caption or a share row into.
_LOADERS = {
    lang: {"like_loader": [cue for cue in kinds["like_widget"] if ": " in cue]}
    for lang, kinds in BLOG_CUES.items()
}
# A post's featured image credited on a line of its own ("Beitragsbild: Pixabay", "Featured
# image via Unsplash").
_FEATURED_IMAGE = (
    r"^(beitragsbild|titelbild|headerbild|artikelbild|vorschaubild|featured image|"
    r"feature image|header image|cover image|hero image|lead image|image d'en-tête|"
    r"image de couverture|image à la une|imagen destacada|imagen de portada|"
    r"immagine in evidenza|immagine di copertina|imagem destacada|imagem de capa|"
    r"uitgelichte afbeelding|zdjęcie wyróżniające|obrazek wyróżniający)"
    r"\s?(:|via\b|von\b|by\b|from\b|de\b|par\b|di\b|van\b)[^\n]{0,100}$"
)

PHRASES_BLOGS: dict[str, dict[str, str]] = {
    "social": {"follow_us": cue_pattern(BLOG_CUES, "share_click") + "|" + cue_pattern(_LOADERS)},
    "ui": {"widget_ui": cue_pattern(BLOG_CUES, "print_click")},
    "newsletter": {"newsletter_signup": cue_pattern(BLOG_CUES, "follow_box")},
    "comments": {
        "rate_prompt": cue_pattern(BLOG_CUES, "rating_widget"),
        "comment_prompt": cue_pattern(BLOG_CUES, "comment_form"),
    },
    "meta": {
        "meta_cue": cue_pattern(BLOG_CUES, "post_meta"),
        "photo_credit": _FEATURED_IMAGE,
    },
}
