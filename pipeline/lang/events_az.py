"""Event triggers and the words around them: data only, compiled by ``pipeline.events``.

A trigger is a stem and the endings Azerbaijani builds on it, written as regular-expression
alternatives: passive (``imzala-n-ıb``), nominalised (``imzala-n-ması``), future and intention
(``imzala-n-acaq``, ``-acağı``), participles (``-mış``, ``-an``) and negation (``-ma-yıb``).
Patterns are matched in lower case (Azerbaijani rules) at word starts, longest first.
"""

# Verb endings after a stem ending in a consonant / in a vowel (harmony variants together).
_PAST = r"(?:ıb|ib|ub|üb|ıblar|iblər|ublar|üblər|dı|di|du|dü|dılar|dilər|mış|miş|muş|müş)"
_PAST_V = r"(?:yıb|yib|yub|yüb|yıblar|yiblər|dı|di|dılar|dilər|mış|miş)"
_FUT = r"(?:acaq|əcək|acağı|əcəyi|acağını|əcəyini|acaqlar|əcəklər)"
_FUT_V = r"(?:yacaq|yəcək|yacağı|yəcəyi|yacağını|yəcəyini|yacaqlar|yəcəklər)"
_NEG = r"(?:mayıb|məyib|madı|mədi|mayacaq|məyəcək|mamış|məmiş)"
_PART = r"(?:an|ən|yan|yən|dığı|diyi|duğu|düyü|ması|məsi|nması|nməsi|dığını|diyini)"

# (type, pattern). The pattern must match a whole phrase starting at a word boundary.
TRIGGERS: list[tuple[str, str]] = [
    # MEET
    ("MEET", rf"görüş(?:{_PAST}|{_FUT}|{_NEG}|{_PART}|[üu]b|əcək|əcəyi|məyib)"),
    ("MEET", r"görüş(?:ü|ün)\s+(?:planlaşdırılır|gözlənilir|olub|olacaq|yeri)|görüşündə"),
    ("MEET", r"görüş(?:ü)?\s+(?:\S+\s+){1,12}?keçiril(?:ib|əcək)"),  # ``görüş 1996-cı il mayın 14-də … keçirilib``
    ("MEET", r"(?:tədbir|iclas|toplantı|müşavirə)\s+keçiril(?:ib|əcək)"),
    ("MEET", r"görüş(?:ü|ün|də|ündə)?\s+"
             r"(?:keçiril(?:ib|əcək|ir|miş)|olub|olacaq|baş tutub|baş tutacaq|planlaşdırılır|keçirilməsi)"),
    ("MEET", r"(?:təkbətək|geniş tərkibdə)\s+görüş(?:ü|ləri)?"),
    ("MEET", r"qəbul\s+ed(?:ib|iblər|əcək|əcəyi|ərək|ən|ir)"),
    ("MEET", rf"qarşıla(?:{_PAST_V}|{_FUT_V}|yan)"),
    ("MEET", r"danışıqlar(?:ı)?\s+(?:apar(?:ıb|ılıb|acaq|ılacaq|ıblar)|keçirilib|keçiriləcək)"),
    ("MEET", r"məsləhətləşmələr(?:i|ində)?(?:\s+(?:keçirilib|aparılıb|keçiriləcək))?"),
    ("MEET", r"(?:birgə\s+)?(?:komissiyanın|komissiyasının)\s+(?:iclası|toplantısı)"),
    ("MEET", r"söhbət\s+ed(?:ib|iblər)"),
    ("MEET", r"fikir\s+mübadiləsi\s+apar(?:ıb|ıblar|ılıb)"),
    ("MEET", r"görüşü"),  # accepted only after a partner: ``Trampla görüşü``, ``nümayəndələri ilə görüşü``
    # VISIT
    ("VISIT", r"səfər\s+ed(?:ib|iblər|əcək|əcəyi|əcəyini|ir|ən|ərkən|əcəklər)"),
    ("VISIT", r"səfər(?:ə|lə)\s+(?:gəl(?:ib|əcək|əcəyi|ən|ir)|ged(?:ib|əcək|ir|əcəyi)|gedəcək|yola düşüb)"),
    ("VISIT", r"səfərdə\s+(?:ol(?:ub|an|acaq|duğu))"),
    ("VISIT", r"(?:rəsmi|dövlət|işgüzar)\s+səfər(?:i|ə|də|lə|ini|inə)?"
              r"(?:\s+(?:ed(?:ib|iblər|əcək|ir)|gəl(?:ib|əcək|ir)|ged(?:ib|əcək|ir)|ol(?:ub|acaq)))?"),
    ("VISIT", r"səfər(?:i|ini|iniz|inə)\s+(?:zamanı|çərçivəsində|başa çatıb|hazırlıq görür)"),
    # accepted only after a destination (a dative place): ``Füzuli rayonuna gedib``
    ("VISIT", r"(?:ged|gəl)(?:ib|əcək|ir|iblər|əcəklər)|gəldiyini|gəldiyi|getdiyini"),
    # CALL
    ("CALL", r"telefon\s+danışığı(?:\s+(?:olub|aparıb|keçirib|baş tutub))?"),
    ("CALL", r"telefonla\s+danış(?:ıb|ıblar|acaq)"),
    ("CALL", r"zəng\s+ed(?:ib|əcək)"),
    ("CALL", r"videokonfrans(?:\s+(?:formatında|vasitəsilə|rejimində))?"),
    # SIGN
    ("SIGN", rf"imzala(?:n)?(?:{_PAST}|{_PAST_V}|{_FUT}|{_FUT_V}|{_NEG}|ma|ması|nma|nması|nmışdır|dığı|dıqları)"),
    ("SIGN", rf"paraf(?:la)?(?:n)?(?:{_PAST}|{_PAST_V}|mış|nmış)"),
    # AGREE
    ("AGREE", r"razılıq\s+əldə\s+(?:edilib|ediblər|olunub|edilməsi|ediləcək)"),
    ("AGREE", r"razılığa\s+gəl(?:ib|iblər|əcək|əcəklər|miş)"),
    ("AGREE", r"razılaş(?:ıb|ıblar|dılar|acaq|dırılıb|dırılıbdır|ma)"),
    ("AGREE", r"ratifikasiya\s+(?:edib|edilib|olunub|edilməsi|edəcək)"),
    # APPOINT
    ("APPOINT", r"təyin\s+(?:edilib|olunub|edib|edilmişdir|olunmuşdur|edilməsi|olunması)"),
    ("APPOINT", r"vəzifəsindən\s+(?:azad\s+(?:edilib|olunub|edib)|kənarlaşdırılıb|geri çağırılıb)"),
    ("APPOINT", r"etimadnamə(?:sini|lərini)\s+(?:\S+\s+){0,4}?(?:təqdim\s+edib|qəbul\s+edib)"),
    ("APPOINT", r"xitam\s+verilib"),
    ("APPOINT", r"istefa(?:ya)?\s+(?:verib|göndərilib|çıxıb)"),
    # ESTABLISH
    ("ESTABLISH", r"diplomatik\s+əlaqələr(?:in)?\s+(?:\S+\s+){0,6}?(?:qurulub|yaradılıb|əsası)"),
    ("ESTABLISH", r"əsası\s+(?:.{0,60}?\s)?qoyulub"),
    ("ESTABLISH", r"fəaliyyətə\s+başla(?:yıb|yacaq|yıbdır)"),
    ("ESTABLISH", r"açıl(?:ıb|acaq|ması|ışı)"),
    ("ESTABLISH", r"yaradıl(?:ıb|acaq|ması|dığı)|yarad(?:ıb|acaq)"),
    ("ESTABLISH", r"təsis\s+(?:edilib|olunub|edib|ediləcək)"),
    ("ESTABLISH", r"fəaliyyət\s+göstərir"),  # accepted only with a "since" date: ``… tarixindən … fəaliyyət göstərir``
    # PARTICIPATE
    ("PARTICIPATE", r"iştirak\s+ed(?:ib|iblər|əcək|əcəyi|əcəyini|ir)"),
    ("PARTICIPATE", r"qatıl(?:ıb|acaq|ıblar)"),
    # INVITE
    ("INVITE", r"dəvət\s+(?:edib|olunub|edilib|ediblər|göndərib)|dəvəti(?:ni)?"),
    # SUPPORT
    ("SUPPORT", r"dəstəklə(?:yir|yib|yirlər|yəcək)"),
    ("SUPPORT", r"tərəfdarı\s+kimi\s+çıxış\s+edir"),
    ("SUPPORT", r"dəstəyini\s+(?:ifadə\s+edib|bildirib|bəyan\s+edib)"),
]

# Trigger forms that name a happening in the background (a participle or verbal noun: ``imzalanmış
# saziş``, ``imzaladığı``): dated only by their own sentence, never by the publication date.
BACKGROUND_ENDINGS = ("mış", "miş", "muş", "müş", "ması", "məsi", "dəvəti", "səfəri", "görüşü")
# Participle endings: a trigger ending so describes the noun after it (``səfərdə olan Prezident``).
PARTICIPLE_ENDINGS = ("an", "ən", "mış", "miş", "muş", "müş", "dığı", "diyi", "duğu", "düyü", "dıqları", "dikləri")
# Documents whose signing is an act of office, not an agreement between parties (``sərəncam imzalayıb``).
NOT_SIGNED = ("sərəncam", "fərman", "əmr", "qərar", "qanun")
# What one takes part in: PARTICIPATE needs one of these nouns before its trigger in the sentence.
PARTICIPATION_OBJECTS = ("sammit", "konfrans", "forum", "mərasim", "tədbir", "açılış", "iclas", "toplantı",
                         "sessiya", "qurultay", "festival", "sərgi", "parad", "seminar", "zirvə", "görüş",
                         "qəbul", "müzakirə", "danışıq", "olimpiada", "çempionat", "oyunlar", "yarış", "turnir")
# Phrases standing for the two countries an article is about (``bu iki ölkə arasında``).
BOTH_COUNTRIES = ("iki ölkə", "ölkələr arasında", "ölkələrimiz", "hər iki dövlət", "iki dövlət")
# Date words that mean "now", not the day of a happening (``bu günə qədər``): never a context date.
NOT_CONTEXT_DATES = ("bu gün", "hazırda", "indi")
# Nouns (verbal) that, followed by an agreement verb, are the happening agreed: ``təyin edilməsi razılaşdırılıb``.
AGREED_BY = ("razılaşdırılıb", "razılaşdırılıbdır", "qərara alınıb", "razılıq əldə edilib")

# Openings that say the sentence is about a meeting already reported: its participants join that meeting.
MEETING_REFERENCES = ("qəbulda", "görüşdə", "danışıqlarda", "görüşə", "qəbula", "söhbətdə")

# An APPOINT trigger with one of these is a dismissal or resignation: PLOVER RETREAT.
RETREAT_WORDS = ("azad", "kənarlaşdır", "xitam", "istefa", "geri çağır")

# Every trigger pattern begins with one of these: sentences are scanned for them first, and the full
# patterns tried only where one begins (a test keeps the two lists in step).
TRIGGER_STARTS = ("görüş", "tədbir", "iclas", "toplantı", "müşavirə", "təkbətək", "geniş", "qəbul", "qarşıla",
                  "danışıq", "məsləhətləşmə", "birgə", "komissiya", "söhbət", "fikir", "səfər", "rəsmi", "dövlət",
                  "işgüzar", "ged", "gəl", "get", "telefon", "zəng", "videokonfrans", "imzala", "paraf", "razı",
                  "ratifikasiya", "təyin", "vəzifə", "etimadnamə", "xitam", "istefa", "diplomatik", "əsası",
                  "fəaliyyət", "açıl", "yarad", "təsis", "iştirak", "qatıl", "dəvət", "dəstə", "tərəfdar")

# Triggers whose word has other senses, and the check (a function of ``pipeline.events``) that the context
# must pass: (type, how the trigger begins, check). Every matching row applies.
TRIGGER_CHECKS: list[tuple[str, str, str]] = [
    ("VISIT", "", "not_invited_to"),                   # ``rəsmi səfərə dəvət edib``: an invitation's object
    ("VISIT", "ged", "destination_before"),            # ``Füzuli rayonuna gedib``: a dative place before it
    ("VISIT", "gəl", "destination_before"),
    ("VISIT", "get", "destination_before"),
    ("SIGN", "", "not_an_act_of_office"),              # ``sərəncam imzalayıb``
    ("APPOINT", "təyin", "person_or_post"),            # ``səmərəsiz olduğu təyin edilib``: "determined"
    ("MEET", "görüşü", "partner_before"),              # the bare noun: ``Trampla görüşü``
    ("MEET", "qəbul", "person_received"),              # ``qanunu qəbul edib``: "adopted"
    ("ESTABLISH", "fəaliyyət göstərir", "since_date"),  # ``… tarixindən … fəaliyyət göstərir``
    ("ESTABLISH", "açıl", "thing_established"),         # ``yol açılıb``
    ("ESTABLISH", "yarad", "thing_established"),
    ("PARTICIPATE", "", "something_to_attend"),
]
# What follows a visit trigger when the visit is what someone is invited to.
INVITED_TO = " dəvət"
# The postposition of a partner (``X ilə görüşü``); the comitative suffix is read by the morphology.
PARTNER_WORD = "ilə"
# Endings of a date that gives a starting point (``2008-ci il tarixindən``).
SINCE_ENDINGS = ("dən", "dan")

PLOVER = {
    "MEET": "CONSULT", "VISIT": "CONSULT", "CALL": "CONSULT", "SIGN": "SUPPORT", "AGREE": "AGREE",
    "APPOINT": "", "ESTABLISH": "COOPERATE", "PARTICIPATE": "CONSULT", "INVITE": "REQUEST", "SUPPORT": "SUPPORT",
}

# Endings that make a trigger planned or negated (checked on the trigger's own words).
FUTURE_MARKS = ("acaq", "əcək", "acağ", "əcəy")
NEGATION_MARKS = ("mayıb", "məyib", "madı", "mədi", "mayacaq", "məyəcək", "mamış", "məmiş")
# Words after the trigger in its sentence that make it planned: ``imzalanacağı gözlənilir``.
PLANNED_WORDS = ("gözlənilir", "planlaşdırılır", "nəzərdə tutulur", "ehtimal edilir", "keçiriləcək",
                 "hazırlıq görür", "gözlənir", "planlaşdırır", "niyyətindədir")
# Nouns that make "qəbul edib" mean "adopted" (a law, a decision), not "received" a person.
NOT_RECEIVED = ("qərar", "qanun", "qətnamə", "bəyanat", "sənəd", "müraciət", "imtahan", "tələbə", "sifariş",
                "plan", "proqram", "büdcə", "layihə", "qaydalar", "ərizə", "standart", "hədiyyə", "təklif",
                "tövsiyə", "strategiya", "konsepsiya", "nizamnamə", "qayda", "sənədlər", "hesabat")
# An appointment names a person or a post: ``təyin edilib`` without one means "determined" (``… səmərəsiz
# olduğu təyin edilib``).
APPOINTMENT_WORDS = ("vəzifə", "müavin", "rəis", "direktor", "səfir", "nazir", "başçı", "sədr", "rəhbər",
                     "müdir", "komandan", "hakim", "prokuror", "rektor", "üzv", "nümayəndə", "katib", "müşavir")
# Nouns that an ``açılıb``/``yaradılıb`` must follow to be an establishment (not a road or a case).
ESTABLISHED_THINGS = ("səfirlik", "səfirliyi", "konsulluq", "konsulluğu", "nümayəndəlik", "nümayəndəliyi",
                      "ofis", "ofisi", "şirkət", "şirkəti", "mərkəz", "mərkəzi", "filial", "filialı", "birlik",
                      "birliyi", "fond", "fondu", "təşkilat", "komissiya", "komitə", "universitet", "məktəb",
                      "zavod", "müəssisə", "qurum", "platforma", "dəhliz", "bank", "əlaqələr", "münasibətlər")
# Sentence openings that refer back to the happening just reported (``Səfər zamanı …``): the sentence
# takes that happening's date, and an event of the same type in it is that happening again.
CONTEXT_OPENERS = ("səfər zamanı", "səfər çərçivəsində", "görüşdə", "görüş zamanı", "görüş çərçivəsində",
                   "tədbir çərçivəsində", "tədbirdə", "danışıqlarda", "söhbət zamanı", "səfəri zamanı",
                   "səfəri çərçivəsində", "məsləhətləşmələrdə", "mərasimdə", "görüşün", "bu zaman",
                   "həmin görüş", "həmin səfər", "həmin görüşdə", "bu görüşdə", "bu səfər")
# Openings that continue the story (``Daha sonra …``): the date carries over, the happening is a new one.
SEQUENCE_OPENERS = ("daha sonra", "sonra", "bundan sonra", "ardınca", "həmin gün", "eyni gün")

# --- roles (``pipeline.stages.event_roles``) ---
# After a name, the postposition of a partner (``X ilə``); the comitative suffix is read by the morphology.
PARTNER_WORDS = (" ilə ", " ilə,", " ilə birlikdə", " ilə birgə")
# Acts of office whose owner (``Prezident X-in sərəncamı ilə``) is the appointer.
ACTS_OF_OFFICE = ("sərəncam", "fərman", "əmr", "qərar")
# Triggers of a reception: the host receives the guest (host → guest); other meetings go first → second.
RECEPTIONS = ("qəbul", "qarşıla")
CREDENTIALS = ("etimadnamə",)
# Types whose parties are people and organisations: a place named in their clause is where, not who
# (a visit's destination is its target, read apart).
PERSONAL_TYPES = ("VISIT", "INVITE", "PARTICIPATE", "APPOINT")
# Passive voice in a trigger: its grammatical subject is what was done (the founded body), not the agent.
PASSIVE_MARKS = ("keçiril", "imzalan", "edil", "olun", "aparıl", "qoyul", "yaradıl", "açıl", "verilib", "alın")
# Types that are between two parties: with only one named, the other may be the story's other party.
BETWEEN_TYPES = ("MEET", "CALL", "SIGN", "AGREE")
# Types that never take the story's subject as their actor: an appointment or a founding names its own.
NOT_CARRIED = ("APPOINT", "ESTABLISH")
