"""Event triggers and the words around them: data only, compiled by ``pipeline.stages.event.event_triggers`` and
read by ``event_roles``, ``event_merge`` and ``events``.

A trigger is a stem and the endings Azerbaijani builds on it, written as regular-expression
alternatives: passive (``imzala-n-ıb``), nominalised (``imzala-n-ması``), future and intention
(``imzala-n-acaq``, ``-acağı``), participles (``-mış``, ``-an``) and negation (``-ma-yıb``).
Patterns are matched in lower case (Azerbaijani rules) at word starts; where several match at one start,
the first listed wins, so longer phrases are listed before the bare words they begin with. ``GATHERING``
is no type of its own: a gathering named by its noun becomes a MEET, a PARTICIPATE or nothing by its frame
(``event_triggers.gathering_kinds``).
"""

# Words around a gathering named by its noun, words of modality and words of roles live in their own modules;
# read here as ``events_az.X`` like the rest.
from .event_gatherings_az import (  # noqa: F401
    CEREMONY_OF,
    COMMITTEES,
    GATHERINGS_AS_SUBJECT,
    GENITIVE_ENDINGS,
    HELD_AFTER,
    HELD_BEFORE,
    HELD_MEETINGS,
    HOLDING_NOUNS,
    MANY_MEETINGS,
    MEASURES,
    MET_WITH,
    NOT_ATTENDED,
    NOT_MEETINGS,
    ONLY_WITH_PARTNER,
    PARLIAMENTS,
    SESSIONS,
    SPEECH_WORDS,
    STATEMENT_OPENERS,
    TALKS,
)
from .event_modality_az import (  # noqa: F401
    CONVERB_ENDINGS,
    EARLIER_MARKS,
    FIRST_PERSON_PAST,
    FUTURE_MARKS,
    HABIT_WORDS,
    NEGATED_FORMS,
    NEGATION_MARKS,
    PAST_ENDINGS,
    PLANNED_WORDS,
    PRESENT_ENDINGS,
    TO_BE_HELD,
)
from .event_roles_az import (  # noqa: F401
    ACTS_OF_OFFICE,
    ANOTHER,
    BETWEEN_TYPES,
    CREDENTIALS,
    DURING_A_CALL,
    INSTRUCTIONS,
    LEGAL_FORMS,
    NOT_CARRIED,
    PASSIVE_MARKS,
    PERSONAL_TYPES,
    RECEPTIONS,
    REPLACING,
    REPRESENTATIVES,
    STANDING_ENDINGS,
    STANDING_TYPES,
    TALK_WORDS,
    THE_PARTIES,
    WHERE_ATTRIBUTIVE,
)
from .event_senses_az import (  # noqa: F401
    ACTIVITY_ENDINGS,
    ACTIVITY_NOUNS,
    APPOINTMENT_WORDS,
    APPROVING_BODIES,
    CAREER_WORDS,
    COLLECTIVE_WORDS,
    ELECTION_WORDS,
    ESTABLISHED_THINGS,
    FOUNDING_DECIDED,
    INTERVIEWERS,
    INVITED_TO,
    MATERIAL_WORDS,
    NOT_RECEIVED,
    NOT_THE_FOUNDED,
    PARTNER_WORD,
    PERSON_NOUNS,
    RECOGNISED_THINGS,
    SETTING_WORDS,
    SINCE_ENDINGS,
    TRIGGER_CHECKS,
)
from .event_verb_forms_az import (
    APAR_FORMS,
    ET_FORMS,
    FUTURE,
    FUTURE_V,
    NEGATED,
    PARTICIPLE,
    PAST,
    PAST_V,
)

# (type, pattern). The pattern must match a whole phrase starting at a word boundary.
TRIGGERS: list[tuple[str, str]] = [
    # MEET
    ("MEET", rf"görüş(?:{PAST}|{FUTURE}|{NEGATED}|{PARTICIPLE}|[üu]b|əcək|əcəyi|məyib)"),
    ("MEET", r"görüş(?:ü|ün)\s+(?:planlaşdırılır|gözlənilir|olub|olacaq|yeri)|görüşündə"),
    ("MEET", r"görüş(?:ü)?\s+(?:\S+\s+){1,12}?keçiril(?:ib|əcək)"),  # ``görüş 1996-cı il mayın 14-də … keçirilib``
    ("MEET", r"(?:tədbir|iclas|toplantı|müşavirə|görüş|mitinq)\s+keçiril(?:ib|əcək|di|mişdir|mişdi)"),
    ("MEET", r"görüş(?:ü|ün|də|ündə)?\s+"
             r"(?:keçiril(?:ib|əcək|miş)|olub|olacaq|baş tutub|baş tutacaq|planlaşdırılır|keçirilməsi)"),
    ("MEET", r"(?:təkbətək|geniş tərkibdə)\s+görüş(?:ü|ləri)?"),
    ("MEET", r"qəbul\s+ed(?:ib|iblər|əcək|əcəyi|ərək|ən|ir)"),
    ("MEET", rf"qarşıla(?:{PAST_V}|{FUTURE_V}|yan)"),
    ("MEET", rf"danışıqlar(?:ı)?\s+(?:{APAR_FORMS}|keçirilib|keçiriləcək)"),
    ("MEET", r"məsləhətləşmələr(?:i|in|ində)?(?:\s+(?:keçirilib|aparılıb|keçiriləcək))?"),
    ("MEET", r"qəbulu\s+zamanı"),  # ``X-i qəbulu zamanı``: during the reception of a person
    ("MEET", r"(?:birgə\s+)?(?:komissiyanın|komissiyasının)\s+(?:iclası|toplantısı)"),
    ("MEET", rf"söhbət\s+{ET_FORMS}"),
    ("MEET", rf"fikir\s+mübadiləsi\s+{APAR_FORMS}"),
    # hosting a gathering (accepted only with the gathering named before it: ``sammitə ev sahibliyi edəcək``)
    ("MEET", rf"ev\s+sahibliyi\s+(?:{ET_FORMS}|edir)"),
    ("MEET", r"görüş\s+keçir(?:ib|iblər|əcək|əcəklər|ə\s+bilər\w*)|görüşdük(?:dən|də)"),
    ("MEET", r"görüşü\s+(?:\S+\s+){0,5}?keçib"),  # ``X-in Y ilə görüşü çox konstruktiv mühitdə keçib``
    ("MEET", r"görüşü"),  # accepted only after a partner: ``Trampla görüşü``, ``nümayəndələri ilə görüşü``
    # a session held by its chair (``komissiyanın iclasını keçirib``)
    # and a gathering held by its organiser, in any person and tense (``X Bakıda mitinq keçirir``)
    ("MEET", r"(?:iclas|toplantı|müşavirə|mitinq|forum|konfrans|sammit|qurultay)(?:ını|sını|unu|ı|sı|u)?\s+"
             r"keçir(?:iblər|ib|irlər|ir|əcəklər|əcək|di|dilər|mişdir|miş)"),
    # accepted only between two parties (``X və Y … müzakirə ediblər``, ``X ilə … müzakirə edib``)
    ("MEET", rf"müzakirə(?:lər)?\s+(?:{ET_FORMS}|{APAR_FORMS})"),
    ("MEET", r"(?:iclas|toplantı|müşavirə)(?:ı|sı)?\s+(?:\S+\s+){0,8}?keçiril(?:ib|əcək|ir)"),
    # VISIT
    ("VISIT", rf"səfər\s+(?:{ET_FORMS}|edir)"),
    ("VISIT", r"səfər(?:ə|lə)\s+(?:gəl(?:ib|əcək|əcəyi|ən|ir)|ged(?:ib|əcək|ir|əcəyi)|gedəcək|yola düşüb)"),
    ("VISIT", r"səfərdə\s+(?:ol(?:ub|an|acaq|duğu))"),
    ("VISIT", r"(?:rəsmi|dövlət|işgüzar)\s+səfər(?:i|ə|də|lə|ini|inə)?"
              r"(?:\s+(?:ed(?:ib|iblər|əcək|ir)|gəl(?:ib|əcək|ir)|ged(?:ib|əcək|ir)|ol(?:ub|acaq)))?"),
    ("VISIT", r"səfər(?:i|ini|iniz|inə)\s+(?:zamanı|çərçivəsində|başa çatıb|hazırlıq görür)"),
    # accepted only after a destination (a dative place): ``Füzuli rayonuna gedib``
    ("VISIT", r"(?:ged|gəl)(?:ib|əcək|ir|iblər|əcəklər)|gəldiyini|gəldiyi|getdiyini|getmişdi|gəlmişdi"),
    ("VISIT", rf"ziyarət\s+(?:{ET_FORMS}|edir)|səfər\s+planlaşdır(?:ıb|ır|ılıb)"
              r"|(?:rəsmi\s+)?səfər\s+etmə(?:yi|k|yə)"),  # ``səfər etməyi planlaşdırır``: an intention
    # a visit named by its noun, with its owner or destination before it: ``Ərdoğanın Bakıya səfəri``
    ("VISIT", r"səfər(?:i|ində|indən|inin|inə|idir)"),
    # CALL
    ("CALL", r"telefon\s+danışığı(?:\s+(?:olub|aparıb|aparıblar|keçirib|baş tutub|olacaq|aparacaq|aparacaqlar"
             r"|keçirəcək|baş tutacaq|zamanı|ərzində))?|telefon\s+danışığında"
             r"|telefon\s+söhbəti(?:\s+(?:olub|baş tutub|aparıb|aparıblar|olacaq|zamanı))?"),
    ("CALL", r"telefonla\s+danış(?:ıb|ıblar|acaq|acaqlar)"),
    ("CALL", r"zəng\s+(?:ed(?:ib|əcək|irdi|iblər)|et(?:di|dilər|mişdi|miş))"),
    ("CALL", r"videokonfrans\w*(?:\s+(?:formatında|vasitəsilə|rejimində))?"),
    # SIGN
    ("SIGN", rf"imzala(?:n)?(?:{PAST}|{PAST_V}|{FUTURE}|{FUTURE_V}|{NEGATED}|ma|ması|nma|nması|nmışdır|dığı|dıqları)"),
    ("SIGN", rf"paraf(?:la)?(?:n)?(?:{PAST}|{PAST_V}|mış|nmış)"),
    # a contract concluded is signed (corpus guide 40)
    ("SIGN", r"(?:müqavilə|saziş|memorandum)(?:lər)?\s+bağla(?:yıb|nıb|yıblar|yacaq|nacaq|nıbdır)"),
    # AGREE
    ("AGREE", r"razılıq\s+əldə\s+(?:edilib|ediblər|olunub|edilməsi|ediləcək|olunan|edilən|olunacaq)"),
    ("AGREE", r"razılığa\s+gəl(?:ib|iblər|əcək|əcəklər|miş)"),
    ("AGREE", r"razılaş(?:ıb|ıblar|dılar|acaq|acaqlar|dırılıb|dırılıbdır|dırıb|dırıblar)"),
    ("AGREE", r"razılaşma(?:ya)?\s+(?:əldə\s+(?:edilib|olunub|ediblər|olunacaq)|gəl(?:ib|iblər|əcək))"),
    ("AGREE", r"(?:əldə\s+(?:olunan|edilən|olunmuş|edilmiş))\s+(?:\S+\s+)?razılaşma\w*"),
    ("AGREE", r"ratifikasiya\s+(?:edib|edilib|olunub|edilməsi|edəcək)"),
    ("AGREE", r"atəşkəs\s+(?:elan\s+(?:olunub|edilib|ediblər|edəcək)|əldə\s+olunub|razılaşdırılıb)"),
    # a decision taken or approved by a council, a meeting or two parties (accepted only with one of them)
    ("AGREE", r"qərar(?:lar)?\s+(?:\S+\s+){0,8}?qəbul\s+(?:edilib|olunub|edib|ediblər|edilmişdir|ediləcək)"
              r"|qərara\s+gəl(?:ib|iblər)"),
    ("AGREE", r"təsdiqlə(?:yib|nib|yiblər|di)"),
    # APPOINT
    ("APPOINT", r"təyin\s+(?:edilib|olunub|ediliblər|olunublar|edib|edilmişdir|olunmuşdur|edilməsi|olunması"
                r"|edilmişdi|olunmuşdu|ediləcək|olunacaq|edildi|olundu)|təyinat(?:lar)?\s+(?:olub|edilib|verilib)"),
    ("APPOINT", r"(?:vəzifəsindən|hakimiyyətdən|postundan)\s+(?:azad\s+(?:edilib|olunub|edib|edilməsi|edilən|olunan)"
                r"|ayrıl(?:ıb|acaq|an)"
                r"|kənarlaşdırıl(?:ıb|ması)|kənarlaşdırıb|geri çağırılıb|uzaqlaşdırılıb)"),
    ("APPOINT", r"etimadnamə(?:sini|lərini)\s+(?:\S+\s+){0,4}?(?:təqdim\s+(?:edib|edərkən)|qəbul\s+edib)"),
    ("APPOINT", r"xitam\s+verilib"),
    ("APPOINT", r"istefa(?:ya)?\s+(?:verib|göndərilib|çıxıb|verəcək|verdiyini)|istefası\s+qəbul\s+(?:edilib|olunub)"),
    # the loss of a mandate; a work contract ended (``əmək müqaviləsi … ləğv edilib``)
    ("APPOINT", r"mandat(?:ı|ından)\s+(?:ləğv\s+(?:edilib|olunub)|məhrum\s+edilib|əlindən\s+alınıb)"
                r"|mandatından\s+məhrum\s+edilib"),
    ("APPOINT", r"(?:əmək\s+)?müqaviləsi(?:nə)?\s+(?:\S+\s+){0,14}?(?:ləğv\s+(?:edilib|olunub)|xitam\s+verilib)"),
    # taking office, and an official elected again (accepted only with a post named)
    ("APPOINT", r"vəzifəsinin\s+icrasına\s+başla(?:yıb|yacaq)|(?:yenidən\s+)?seçil(?:ib|miş|mişdir|di)"),
    # ESTABLISH
    ("ESTABLISH", r"diplomatik\s+əlaqələr(?:in)?\s+(?:\S+\s+){0,6}?(?:qurulub|yaradılıb|əsası)"),
    ("ESTABLISH", r"əsası\s+(?:.{0,60}?\s)?qoyulub"),
    ("ESTABLISH", r"fəaliyyətə\s+başla(?:yıb|yacaq|yıbdır)"),
    ("ESTABLISH", r"açılış(?:ı|ının)?\s+(?:mərasimi\s+)?(?:baş\s+tutub|olub|keçirilib)|açıl(?:ıb|acaq|ması|ışı)"),
    # founding in any person, tense and converb (``yaratdı``, ``yaradarkən``, ``quraraq``); a body must be named
    ("ESTABLISH", r"yaradıl(?:ıb|acaq|ması|dığı|mışdır|mış|dı)|yarad(?:ıblar|ıb|acaqlar|acaq|acağı|arkən|araq)"
                  r"|yarat(?:dılar|dı|mışdır|mış|dığı|dığını)"),
    ("ESTABLISH", r"qurul(?:ub|acaq|du|muşdur)|qur(?:ublar|ub|acaqlar|acaq|araq|arkən|muşdur|muş|dular|du)"),
    ("ESTABLISH", rf"təsis\s+(?:edilib|olunub|ediləcək|edilmiş|olunmuş|edilmişdir|{ET_FORMS})"),
    ("ESTABLISH", r"fəaliyyət\s+göstərir"),  # accepted only with a "since" date: ``… tarixindən … fəaliyyət göstərir``
    ("ESTABLISH", r"dövlət\s+qeydiyyatına\s+alın(?:ıb|mışdır|ıbdır)"),
    # PARTICIPATE
    ("PARTICIPATE", rf"iştirak\s+(?:{ET_FORMS}|edir|etmək|etdikləri)"
                    r"|iştirakı\s+ilə"),
    ("PARTICIPATE", r"qatıl(?:ıb|acaq|ıblar)"),
    # INVITE
    ("INVITE", rf"dəvət\s+(?:{ET_FORMS}|olunub|edilib|göndərib)|dəvəti(?:ni)?"),
    # SUPPORT
    ("SUPPORT", r"dəstəklə(?:yir|yib|yirlər|yəcək|yəcəyik|yəcəyəm|yəcəyini|yirik|yirəm|yiblər|diyi|diyini|dikləri"
                r"|diklərini|mişdir|məyə\s+hazır(?:dır|dırlar|ıq|ıq)?|məkdə\s+davam\s+ed(?:ir|əcək))"),
    ("SUPPORT", r"tərəfdarı\s+kimi\s+çıxış\s+edir|tərəfdarı(?:dır|yıq|yam)|tərəfdarları(?:dır|yıq)"),
    ("SUPPORT", r"dəstəyini\s+(?:ifadə\s+edib|bildirib|bəyan\s+edib|ifadə\s+edir)"),
    ("SUPPORT", r"dəstək\s+(?:verir|verib|verəcək|verdiyini|verəcəyini|göstərir|göstərib|göstərəcək)"),
    ("SUPPORT", r"lehinə(?:yik|yəm|dir|dirlər)"),
    # readiness to give support or guarantees (``zəmanətlərini verməyə hazır olduğunu``)
    ("SUPPORT", r"(?:dəstək|zəmanət\w*)\s+verməyə\s+hazır\w*(?:\s+olduğunu)?"),
    # the recognition of a state or of its territorial integrity (accepted only with one named)
    ("SUPPORT", r"tanı(?:yıb|yır|yırlar|yacaq|yıblar|nmasını|nması|dığını|yacağını|yıbdır|mır|mayıb|mağı"
                r"|yacaqlarını|yacaqları)"),
    # a gathering named by its noun: a MEET when held or owned by a body, a PARTICIPATE of who spoke at it
    ("GATHERING", r"(?:tədbir|iclas|toplantı|müşavirə|sessiya|forum|konfrans|sammit|zirvə\s+görüş|zirvə|mərasim"
                  r"|qurultay|simpozium|seminar|mitinq|yürüş|konqres|müzakirə|dinləmə|söhbət|təlim|brifinq|görüş|danışıq"
                  r"|assambleya|aksiya)\w{0,9}"),
]

# Trigger forms that name a happening in the background (a participle or verbal noun: ``imzalanmış
# saziş``, ``imzaladığı``): dated only by their own sentence, never by the publication date.
BACKGROUND_ENDINGS = ("mış", "miş", "muş", "müş", "ması", "məsi", "dəvəti", "səfəri", "görüşü", "səfərinin",
                      "səfərinə", "səfərindən", "səfəridir", "diyi", "dığı", "nması", "nmasını", "dığını", "diyini",
                      "dikləri", "diklərini", "olunan", "edilən")
# Participle endings: a trigger ending so describes the noun after it (``səfərdə olan Prezident``).
OBJECT_PARTICIPLES = ("dığı", "diyi", "duğu", "düyü")  # ``X-in dəstəklədiyi Y``: the agent before, Y its object
DATIVE_ENDINGS = ("a", "ə")  # ``müəssisələrinə``, ``mərkəzə``: a noun in the dative
PARTICIPLE_ENDINGS = ("an", "ən", "mış", "miş", "muş", "müş", "dığı", "diyi", "duğu", "düyü", "dıqları", "dikləri")
# Nouns of people as a class (``səfər edən şəxslər``, ``səfərdə olan vətəndaşlar``): a participle trigger
# describing one of them names what such people do, not a happening.
CLASSES_OF_PEOPLE = ("vətəndaş", "şəxs", "sakin", "turist", "insan", "əcnəbi", "sərnişin", "ziyarətçi",
                     "istifadəçi", "müştəri", "işçi", "əməkdaş", "tələbə", "şagird", "abituriyent", "sürücü")
# Participles a date right before belongs to (``iyulun 16-da imzalanan Qanun``), unless they are the trigger.
DATED_PARTICIPLES = ("lanan", "lənən", "ılan", "ilən", "ulan", "ülən", "mış", "miş", "muş", "müş", "dığı", "diyi",
                     "duğu", "düyü", "edən", "etdiyi")
# Documents whose signing is an act of office, not an agreement between parties (``sərəncam imzalayıb``).
NOT_SIGNED = ("sərəncam", "fərman", "əmr", "qərar", "qanun")
# What one takes part in: PARTICIPATE needs one of these nouns before its trigger in the sentence.
PARTICIPATION_OBJECTS = ("sammit", "konfrans", "forum", "mərasim", "tədbir", "açılış", "iclas", "toplantı",
                         "sessiya", "qurultay", "festival", "sərgi", "parad", "seminar", "zirvə", "görüş",
                         "qəbulda", "danışıq", "təlim", "brifinq", "videokonfrans", "olimpiada", "çempionat", "aksiya",
                         "kampaniya", "assambleya",
                         "oyunlar", "yarış", "turnir")
# Phrases standing for the two countries an article is about (``bu iki ölkə arasında``).
BOTH_COUNTRIES = ("iki ölkə", "ölkələr arasında", "ölkələrimiz", "hər iki dövlət", "iki dövlət")
# Words that name a happening of each type again in a later sentence (``2–3 avqustda reallaşacaq səfər
# zamanı``, ``mayın 7-də Bakıya gələcəyini``): a plan announced without a date takes the date given there.
HAPPENING_WORDS = {
    "VISIT": ("səfər", "ziyarət", "gələcəy", "gedəcəy", "gələcək", "gedəcək"),
    "MEET": ("görüş", "danışıq", "məsləhətləşmə", "iclas", "sammit", "zirvə"),
    "CALL": ("telefon", "zəng"),
    "SIGN": ("imzala", "saziş", "müqavilə", "memorandum"),
    "AGREE": ("razılaş", "razılıq"),
    "SUPPORT": ("tanı", "dəstəklə"),
}
# Date words that put a date in the past, whatever the tense of the happening (``ötən ay``, ``dünən``).
PAST_DATE_WORDS = ("ötən", "keçən", "dünən", "əvvəl", "bu gün")
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
                  "fəaliyyət", "açıl", "yarad", "yarat", "qur", "təsis", "iştirak", "qatıl", "dəvət", "dəstə",
                  "tərəfdar", "ziyarət", "müqavilə", "saziş", "memorandum", "razılaşma", "atəşkəs", "qərar", "təsdiqlə",
                  "hakimiyyət", "postundan", "təyinat", "mandat", "əmək", "seçil", "yenidən", "dövlət qeydiyyatına",
                  "lehinə", "tanı", "sessiya", "forum", "konfrans", "sammit", "zirvə", "mərasim", "qurultay",
                  "simpozium", "seminar", "mitinq", "yürüş", "konqres", "müzakirə", "dinləmə", "görüşdük", "təlim",
                  "brifinq", "zəmanət", "assambleya", "aksiya", "əldə", "ev sahibliyi")

PLOVER = {
    "MEET": "CONSULT", "VISIT": "CONSULT", "CALL": "CONSULT", "SIGN": "SUPPORT", "AGREE": "AGREE",
    "APPOINT": "", "ESTABLISH": "COOPERATE", "PARTICIPATE": "CONSULT", "INVITE": "REQUEST", "SUPPORT": "SUPPORT",
}

# Words after a date that make it the topic, not the time (``2024/2025-ci tədris ili üçün``).
NOT_WHEN_AFTER = ("üçün", "tədris ili", "illər üzrə", "illər üçün", "ilə qədər", "ilədək", "ilə kimi")
# Pronouns of a person named before: an appointment clause with one of them takes the story's person.
PRONOUNS = ("o", "onun", "onunla", "ona", "onu", "özü")
# Sentence openings that refer back to the happening just reported (``Səfər zamanı …``): the sentence
# takes that happening's date, and an event of the same type in it is that happening again.
CONTEXT_OPENERS = ("səfər zamanı", "səfər çərçivəsində", "görüşdə", "görüş zamanı", "görüş çərçivəsində",
                   "tədbir çərçivəsində", "tədbirdə", "danışıqlarda", "söhbət zamanı", "səfəri zamanı",
                   "səfəri çərçivəsində", "məsləhətləşmələrdə", "mərasimdə", "görüşün", "bu zaman",
                   "həmin görüş", "həmin səfər", "həmin görüşdə", "bu görüşdə", "bu səfər")
# Openings that continue the story (``Daha sonra …``): the date carries over, the happening is a new one.
SEQUENCE_OPENERS = ("daha sonra", "sonra", "bundan sonra", "ardınca", "həmin gün", "eyni gün", "tərəflər",
                    "hər iki tərəf")

# Words by which a decree or order points to the happening just reported (``bununla bağlı sərəncam``).
ABOUT_THE_LAST = ("bununla bağlı", "bununla əlaqədar", "müvafiq", "həmin", "bu barədə")
