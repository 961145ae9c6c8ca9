"""Share and follow widgets, and the comment section's chrome."""

from pathlib import Path

import regex

from cleaner.rule_api import PATTERN_TIMEOUT, Family, Page, detector, dom, line, notice, phrases, region

family = Family("social")
PHRASES = Path(__file__).with_name("phrases")

_NETWORKS = (
    r"facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|tumblr|email|e-mail|mail|print"
    r"|copy link|copy|link|instagram|youtube|tiktok|threads|bluesky|flipboard|messenger|sms|rss|mastodon"
)

rules = [
    dom("social", "share or follow button (HTML: under a share or social class)", name="dom_share",
        named=("share", "social")),
    dom("comments", "comment thread line (HTML: under a comment class)", name="dom_comments",
        named=("comment", "reply")),
    phrases("social", PHRASES / "share.txt", why="share or follow buttons", name="share_phrases"),
    phrases("comments", PHRASES / "comments.txt", why="comment section chrome", name="comment_phrases"),
    line(
        "social",
        rf"(?:share|tweet|pin|like|follow)(?: (?:this|the))?(?: (?:article|story|post|page|video))?"
        rf"(?: (?:on|via|with) (?:{_NETWORKS}))?[.:!]?|share(?: on| via)? (?:{_NETWORKS})"
        r"|(?:teilen|artikel teilen|partager|partagez|compartir|compartilhar|condividi|delen|udostępnij)[.:!]?",
        why="share button",
        name="share",
    ),
    line("social", rf"(?:(?:{_NETWORKS})[\s|•·,/]*){{1,12}}", why="social network buttons", name="networks"),
    line(
        "social",
        r"follow (?:us|me|@\w+)(?: on .{1,60})?[.:!]?|connect with us:?|find us on .{1,40}|stay connected:?",
        why="follow prompt",
        name="follow",
    ),
    line(
        "social",
        r"follow (?:us|me|the [\w .&'’-]{1,60}|[\w.&'’-]+(?: [\w.&'’-]+){0,5}) on (?:facebook|twitter|instagram|x"
        r"|linkedin|youtube|tiktok|threads|bluesky)(?: \(@\w+\))?(?:(?:,| and| or) (?:facebook|twitter|instagram|x"
        r"|linkedin|youtube|tiktok|threads|bluesky)(?: \(@\w+\))?)*[.!]?",
        why="follow prompt written as a sentence",
        name="follow_sentence",
        sentence=True,
    ),
    line("social", r"\d{1,7} (?:shares?|likes?|views?|reactions?|comments?)", why="engagement counter", name="counter"),
    line(
        "comments",
        r"leave a (?:reply|comment)(?: cancel reply)?|cancel reply|reply|post a comment|add a comment|comments?"
        r"|\d+ (?:comments?|replies|responses)|no comments(?: yet)?\.*|be the first to comment\.*"
        r"|join the (?:conversation|discussion)|view comments|show comments|comment policy|discussion"
        r"|comments are closed\.?|loading comments\.*|like loading\.*|discussion about this post"
        r"|(?:post|submit) (?:a )?(?:comment|reply)"
        r"|(?:show|load|view) (?:more|all|\d+) (?:comments|replies)|sort by:? (?:newest|oldest|best|top)",
        why="comment widget",
        name="widget",
    ),
    line(
        "comments",
        r"(?:name|email|website|comment|e-mail)\s*\*?:?|(?:name|email)\s*\(required\)",
        why="comment form field",
        name="form_field",
    ),
    line(
        "comments",
        r"save my name, email, and website in this browser for the next time I comment\.?"
        r"|you must be logged in to post a comment\.?"
        r"|your email address will not be published\.?(?: required fields are marked \*)?"
        r"|this site uses akismet to reduce spam\..{0,80}"
        r"|allowed html tags:.{0,300}",
        why="comment form notice",
        name="form_notice",
        sentence=True,
    ),
    region(
        "comments",
        r"(?:\d+ )?(?:comments?|responses?|replies)(?: \(\d+\))?:?|leave a reply|what do you think\?",
        why="comment section",
        name="comment_section",
        after_body=True,
    ),
]

comment_policy = notice(
    "comments",
    r"(?:[^.!?]{0,80}[.!?]\s+)?(?:"
    r"(?:as you comment|when (?:you )?comment(?:ing)?|before (?:you )?(?:comment|post)(?:ing)?),? please\b"
    r"|(?:all )?comments (?:are|will be|may be) (?:moderated|reviewed|pre-moderated)\b"
    r"|(?:note: )?we are (?:temporarily )?moderating (?:all )?comments\b"
    r"|we (?:reserve the right to|may) (?:remove|delete|edit|moderate) (?:any )?comments?\b"
    r"|(?:please )?keep (?:it|comments|the conversation|your comments) (?:civil|clean|respectful|on topic)\b"
    r"|(?:kommentare|beiträge|leserkommentare) werden (?:vor der veröffentlichung )?(?:moderiert|geprüft)\b"
    r"|bitte (?:beachten sie|beachte|halten sie sich an) (?:unsere )?netiquette\b"
    r"|wir behalten uns (?:das recht )?vor,? kommentare\b"
    r"|les commentaires sont (?:modérés|soumis à (?:une )?modération)\b"
    r"|nous nous réservons le droit de (?:supprimer|modérer) (?:les |tout )?commentaires?\b"
    r"|los comentarios (?:están|son|serán) moderados\b"
    r"|nos reservamos el derecho (?:de|a) (?:eliminar|borrar|moderar) (?:los )?comentarios\b"
    r"|os comentários (?:são|serão) moderados\b|reservamo-nos o direito de (?:remover|apagar|excluir) comentários\b"
    r"|i commenti (?:sono|vengono|saranno) moderati\b"
    r"|ci riserviamo il diritto di (?:rimuovere|cancellare|moderare) (?:i )?commenti\b"
    r"|reacties worden (?:gemodereerd|gecontroleerd)\b|wij behouden ons het recht voor (?:om )?reacties\b"
    r"|(?:our |the )?(?:community|commenting|comment|discussion) (?:rules|guidelines|standards|policy|policies)"
    r" (?:apply|applies) to\b"
    r"|(?:please )?(?:read|review|see|follow|respect|observe) (?:our|the) (?:community|commenting|comment|discussion)"
    r" (?:rules|guidelines|standards|policy)\b"
    r"|comment (?:via|by) e-?mail\b[^.]{0,80}?\bor\b"
    r"|es gelten (?:unsere|die) (?:community|kommentar|diskussions)-?(?:regeln|richtlinien)\b"
    r"|(?:unsere |die )?(?:community|kommentar|diskussions)-?(?:regeln|richtlinien) gelten\b"
    r"|bitte (?:beachten sie|beachte|lesen sie) (?:unsere|die) (?:community|kommentar|diskussions)-?"
    r"(?:regeln|richtlinien)\b"
    r"|(?:les )?règles de (?:la communauté|modération) s['’]appliquent\b|(?:consultez|lisez|respectez) (?:notre|la)"
    r" charte (?:de modération|des commentaires|de la communauté)\b"
    r"|(?:las )?normas de (?:la comunidad|participación) se aplican\b|(?:lee|consulta|respeta) (?:nuestras|las)"
    r" normas de (?:la comunidad|participación)\b"
    r"|(?:as )?regras da comunidade (?:se aplicam|valem)\b|(?:leia|consulte|respeite) (?:as nossas|as) regras da"
    r" comunidade\b"
    r"|(?:le )?regole della community si applicano\b|(?:leggi|consulta|rispetta) (?:le nostre|le) regole della"
    r" (?:community|comunità)\b"
    r"|(?:onze |de )?(?:huisregels|communityregels|spelregels) (?:gelden|zijn van toepassing)\b"
    r").{0,800}",
    why="the comment section's house rules",
    name="comment_policy",
    needs=("comment", "moderat", "netiquette", "kommentar", "leserkommentar", "beiträge", "commentaire", "comentario",
           "comentário", "commenti", "reacties", "community rules", "community guidelines", "community standards",
           "community polic", "discussion rules", "discussion guidelines", "discussion standards", "discussion polic",
           "community-", "communityr", "diskussions", "charte de", "charte des", "règles de", "normas de", "regras da",
           "regole della", "huisregels", "spelregels"),
    max_chars=1000,
)
rules.append(comment_policy)

_FOLLOW_SITE_ON = regex.compile(
    r"(?:follow|folgen sie|folge|suivez|siga|seguici|volg) [\w.&'’@-]+(?: [\w.&'’@-]+){0,4}"
    r" (?:on|auf|sur|en|em|no|nas|su|op):?",
    regex.IGNORECASE,
)
_NETWORK_LINE = regex.compile(rf"(?:(?:{_NETWORKS})[\s|•·,/]*){{1,12}}", regex.IGNORECASE)


_FOLLOW_NETWORKS = r"facebook|twitter|x|instagram|pinterest|youtube|tiktok|linkedin|threads|bluesky|mastodon|telegram"

follow_for = notice(
    "social",
    r"(?:[^.!?]{0,100}[.!?]\s+)?(?:(?:be sure to|don['’]t forget to|make sure to|please|also|and|you can|come)\s+)*"
    r"(?:"
    r"(?:follow|find|join|connect with) (?:me|us|along)(?: (?:over|too|as well))? (?:on|at|via)"
    r"|(?:folgen sie|folge|folgt) (?:mir|uns)(?: auch)? (?:auf|bei)|(?:suivez|retrouvez)-(?:moi|nous) sur"
    r"|s[íi]gue(?:me|nos) en|siga-(?:me|nos) (?:no|na|nas|nos)|seguimi su|seguici su|volg (?:mij|me|ons) op"
    r"|subscribe to [\w.&'’ -]{1,40} on"
    r")"
    rf"(?: (?:{_FOLLOW_NETWORKS})(?: \(@\w+\))?(?:(?:,| and| or| &| und| et| y| e| en| oder| ou| o| of)"
    rf" (?:{_FOLLOW_NETWORKS})(?: \(@\w+\))?)*)"
    r"(?:,? (?:for|to|and|für|pour|para|per|voor|um|et|e|y|en)\b.{1,300}|:\s*@[\w .-]{1,60})?[.!:]?",
    why="follow prompt written as a sentence, with what the follower gets",
    name="follow_for",
    needs=("follow me", "follow us", "follow along", "find me", "find us", "join me", "join us", "join along",
           "connect with me", "connect with us", "subscribe to", "folgen sie", "folge mir", "folge uns", "folgt mir",
           "folgt uns", "suivez-", "retrouvez-", "sigue", "sígue", "siga-", "seguimi", "seguici", "volg "),
    max_chars=420,
)
rules.append(follow_for)

_FOLLOW_WORDS = ("follow ", "folgen sie ", "folge ", "suivez ", "siga ", "seguici ", "volg ")


@detector("social", why="follow prompt naming the site, over its network links")
def follow_site_on(page: Page):
    """ "Follow <site> on" alone on a line, with network names on the next: the label of a row of
    follow buttons. Without them it may be the first half of a sentence ("Follow the money on" /
    "the island, said the prosecutor"), which stays."""
    blocks, keys = page.blocks, page.keys
    for index in [i for i, key in enumerate(keys[:-1]) if key.startswith(_FOLLOW_WORDS)]:
        text = blocks[index].text.strip()
        if len(text) > 60:
            continue
        try:
            if _FOLLOW_SITE_ON.fullmatch(text, timeout=PATTERN_TIMEOUT) and _NETWORK_LINE.fullmatch(
                blocks[index + 1].text.strip(), timeout=PATTERN_TIMEOUT
            ):
                yield index, "follow prompt over network links"
        except TimeoutError:
            continue


rules.append(follow_site_on)

must_drop = [
    "Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.",
    "Share.",
    "Leave a Reply",
    "Leave A Reply",
    "No comments yet...",
    "Comments",
    "Facebook Twitter WhatsApp",
    "Comments are closed.",
    "Like Loading...",
    "Save my name, email, and website in this browser for the next time I comment.",
    "Teilen: Facebook | X | E-Mail",
    "Partager sur Facebook",
    "Lascia un commento Annulla risposta",
    "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
    "12 Comentarios",
    "シェアする",
    "댓글 쓰기",
    "分享到：微信 微博",
    'Sorry, your blog cannot share posts by email.',
    'Post was not sent - check your email addresses!',
    'Click to share on Facebook (Opens in new window)',
    'Klick, um auf WhatsApp zu teilen (Wird in neuem Fenster geöffnet)',
    'Cliquez pour partager sur LinkedIn(ouvre dans une nouvelle fenêtre)',
    'Please enable JavaScript to view the comments powered by Disqus.',
    'Notify me of new comments via email.',
    'Benachrichtige mich über nachfolgende Kommentare via E-Mail.',
    'Prévenez-moi de tous les nouveaux commentaires par e-mail.',
    'Follow us on:',
    'Follow Example News on',
    'Folgen Sie uns auf',
    'Lines and paragraphs break automatically.',
]
must_keep = [
    "Follow me on Instagram, the singer told fans in a video, before announcing the tour's new dates.",
    'The community rules apply to every resident of the estate, the housing association said in a letter on Monday.',
    "Investigators follow the suspects on Facebook and Instagram, the police chief told reporters on Monday.",
    "Readers left more than 2,000 comments on the post within an hour, according to the newspaper.",
    "She urged people to share the appeal on Facebook so that the missing dog could be found.",
    "Comments from the public are closed until the council publishes its revised plan in June.",
    "Sie bat die Nachbarn, den Aufruf auf Facebook zu teilen, damit der entlaufene Hund gefunden wird.",
    "Ses commentaires sur la réforme ont été vivement critiqués par l'opposition, mardi à l'Assemblée.",
    'Click to share on Facebook, the campaign urged, and thousands of people did so within hours.',
    'Sorry, your blog cannot share posts by email, the error message read each time she tried.',
    'Follow the money on',
]
