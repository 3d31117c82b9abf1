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
    LEGISLATURES,
    MANY_MEETINGS,
    MEASURES,
    MET_WITH,
    NOT_ATTENDED,
    NOT_MEETINGS,
    ONLY_WITH_PARTNER,
    PARLIAMENTS,
    PRIVATE_CEREMONIES,
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
    AWARD_WORDS,
    CAREER_WORDS,
    COLLECTIVE_WORDS,
    ELECTED_OFFICES,
    ELECTION_WORDS,
    ESTABLISHED_THINGS,
    FOUNDING_DECIDED,
    HOTLINES,
    INTERVIEWERS,
    INVITED_TO,
    MATERIAL_WORDS,
    MEASURE_WORDS,
    NEWS_TAKEN,
    NOT_BODIES,
    NOT_RECEIVED,
    NOT_THE_FOUNDED,
    PARTNER_WORD,
    PENALTIES,
    PERSON_NOUNS,
    PETITIONS,
    REACTION_MANNERS,
    RECOGNISED_THINGS,
    SETTING_WORDS,
    SHARE_WORDS,
    SINCE_ENDINGS,
    SPORTS_WORDS,
    SUMMONERS,
    TRIGGER_CHECKS,
)
from .event_verb_forms_az import (
    APAR_FORMS,
    ARRIVE,
    DONE_A,
    DONE_E,
    DONE_O,
    DONE_PASSIVE,
    DONE_VA,
    DONE_VE,
    DONE_Ö,
    ET_FORMS,
    FUTURE,
    FUTURE_V,
    NEGATED,
    PARTICIPLE,
    PAST,
    PAST_V,
    SAID_A,
    SAID_E,
    SAID_VA,
    SAID_VE,
)

# (type, pattern). The pattern must match a whole phrase starting at a word boundary.
TRIGGERS: list[tuple[str, str]] = [
    # MEET
    ("MEET", rf"görüş(?:{PAST}|{FUTURE}|{NEGATED}|{PARTICIPLE}|{DONE_Ö}|düyünü|dükləri|düklərini|əcəklərini"
             r"|[üu]b|əcək|əcəyi|məyib)"),
    # two parties come together (accepted only between two: ``X və Y … bir araya gəliblər``)
    ("MEET", rf"bir\s+araya\s+gəl{DONE_E}"),
    ("MEET", r"görüş(?:ü|ün)\s+(?:planlaşdırılır|gözlənilir|olub|olacaq|yeri)|görüşündə"),
    # ``görüş 1996-cı il mayın 14-də … keçirilib``
    ("MEET", r"görüş(?:ü)?\s+(?:\S+\s+){1,12}?keçiril(?:ib|əcək|di|mişdir)"),
    ("MEET", r"(?:tədbir|iclas|toplantı|müşavirə|görüş|mitinq)\s+keçiril(?:ib|əcək|di|mişdir|mişdi)"),
    ("MEET", r"görüş(?:ü|ün|də|ündə)?\s+"
             r"(?:keçiril(?:ib|əcək|miş)|olub|olacaq|baş tutub|baş tutacaq|planlaşdırılır|keçirilməsi)"),
    ("MEET", r"(?:təkbətək|geniş tərkibdə)\s+görüş(?:ü|ləri)?"),
    ("MEET", r"qəbul\s+(?:ed(?:ib|iblər|əcək|əcəyi|ərək|ən|ir)|et(?:di|dilər|mişdir))"),
    # received, in the passive (accepted only with a person as the host: ``X tərəfindən qəbul olunub``), and
    # a guest at a person's reception (``Prezidentin qəbulunda olub``)
    ("MEET", rf"qəbul\s+(?:olun(?:ub|du|muşdur|acaq)|edil(?:ib|di|mişdir|əcək))|qəbulunda\s+ol{DONE_O}"),
    ("MEET", rf"qarşıla(?:{PAST_V}|{FUTURE_V}|yan)"),
    ("MEET", rf"danışıqlar(?:ı)?\s+(?:{APAR_FORMS}|keçir{DONE_E}|keçiril{DONE_E}|olub|olacaq|baş\s+tut{DONE_A})"),
    ("MEET", rf"danışıqlar(?:a)?\s+başla{DONE_VA}"),  # talks begun (``danışıqlara başlayıblar``)
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
    # accepted only between two parties (``X və Y … müzakirə ediblər``, ``X ilə … müzakirə edib``, ``X ilə Y
    # arasında … müzakirə olunub``)
    ("MEET", rf"müzakirə(?:lər)?\s+(?:{ET_FORMS}|{APAR_FORMS}|{DONE_PASSIVE})"),
    ("MEET", r"yürüş\s+(?:ed(?:ib|iblər|əcək|əcəklər)|et(?:di|dilər|mişdir))"),  # a march held, as a rally
    ("MEET", r"(?:iclas|toplantı|müşavirə)(?:ı|sı)?\s+(?:\S+\s+){0,8}?keçiril(?:ib|əcək|ir|di|mişdir)"),
    # a gathering inside a sentence, then when and where it was held (``… Forumu iyulun 8-də Bakıda keçirilib``);
    # one opening the sentence, or held right after its noun, is read by ``gathering_kinds``
    ("MEET", r"(?<=\w\s)(?:forum|konfrans|sammit|qurultay|konqres|simpozium|zirvə\s+görüş|dəyirmi\s+masa)"
             r"(?:u|ı|i|ü|sı|si)?\s+(?:\S+\s+){1,8}?keçiril(?:ib|əcək|di|mişdir)"),
    # VISIT
    ("VISIT", rf"səfər\s+(?:{ET_FORMS}|edir)"),
    ("VISIT", rf"səfər(?:ə|lə)\s+(?:{ARRIVE}|başla{DONE_VA})"),
    ("VISIT", rf"səfərdə\s+ol(?:{DONE_O}|an|duğu|duğunu)|səfərdə(?:dir|dirlər)"),  # ``Bakıda səfərdədir``
    ("VISIT", r"(?:rəsmi|dövlət|işgüzar)\s+səfər(?:i|ə|də|lə|ini|inə|dədir|dədirlər)?"
              rf"(?:\s+(?:ed(?:ib|iblər|əcək|ir)|{ARRIVE}|ol{DONE_O}))?"),
    ("VISIT", r"səfər(?:i|ini|iniz|inə)\s+(?:zamanı|çərçivəsində|başa çatıb|hazırlıq görür)"),
    # a visit ended, or come back from (``səfərini başa vurub``, ``səfərdən qayıdıb``)
    ("VISIT", rf"səfərini\s+başa\s+vur{DONE_O}|səfərdən\s+qayıt(?:dı|dılar|mışdır)|səfərdən\s+qayıd{DONE_A}"),
    # accepted only after a destination (a dative place): ``Füzuli rayonuna gedib``
    ("VISIT", r"(?:ged|gəl)(?:ib|əcək|ir|iblər|əcəklər)|gəldiyini|gəldiyi|getdiyini|getmişdi|gəlmişdi"
              rf"|gəl(?:di|dilər|mişdir|mişlər|ərək)|get(?:di|dilər|mişdir)|yollan{DONE_A}"),
    ("VISIT", rf"ziyarət\s+(?:{ET_FORMS}|edir)|səfər\s+planlaşdır(?:ıb|ır|ılıb)"
              r"|(?:rəsmi\s+)?səfər\s+etmə(?:yi|k|yə)"),  # ``səfər etməyi planlaşdırır``: an intention
    # a visit named by its noun, with its owner or destination before it: ``Ərdoğanın Bakıya səfəri``
    ("VISIT", r"səfər(?:i|ində|indən|inin|inə|idir)"),
    # CALL
    ("CALL", r"telefon\s+danışığı(?:\s+(?:olub|aparıb|aparıblar|keçirib|baş tutub|olacaq|aparacaq|aparacaqlar"
             r"|keçirəcək|baş tutacaq|zamanı|ərzində))?|telefon\s+danışığında"
             r"|telefon\s+söhbəti(?:\s+(?:olub|baş tutub|aparıb|aparıblar|olacaq|zamanı))?"),
    ("CALL", rf"telefonla\s+(?:danış{DONE_A}|söhbət\s+{ET_FORMS}|əlaqə\s+saxla{DONE_VA})"
             rf"|telefon\s+əlaqəsi\s+saxla{DONE_VA}"),
    ("CALL", rf"zəng\s+(?:ed(?:ib|əcək|irdi|iblər)|et(?:di|dilər|mişdir|mişdi|miş)|vur{DONE_O})"),
    # a call by video, and a meeting held over it (``video formatda görüşüb``, ``onlayn görüş keçirib``)
    ("CALL", r"video(?:konfrans|bağlantı|əlaqə)\w*(?:\s+(?:formatında|vasitəsilə|rejimində|yolu\s+ilə|ilə))?"
             rf"|(?:video|onlayn)\s+(?:formatda\s+|rejimdə\s+)?görüş(?:{DONE_Ö}|ü|də|ə)?"),
    # SIGN
    ("SIGN", rf"imzala(?:n)?(?:{PAST}|{PAST_V}|{FUTURE}|{FUTURE_V}|{NEGATED}|ma|ması|nma|nması|nmışdır|dığı|dıqları)"
             rf"|imzala(?:{DONE_VA}|{SAID_VA})|imzalan(?:{DONE_A}|{SAID_A})"),
    # ``sazişə imza atıb``: a document named before it (``qələbəyə imza atıb`` is an achievement)
    ("SIGN", r"(?:saziş|müqavilə|memorandum|protokol|bəyannamə|sənəd|anlaşma|razılaşma|kontrakt)\w*\s+"
             rf"imza(?:lar)?\s+at(?:{DONE_A}|{SAID_A}|ıl{DONE_A})"),
    ("SIGN", rf"paraf(?:la)?(?:n)?(?:{PAST}|{PAST_V}|mış|nmış)"),
    # a contract concluded is signed (corpus guide 40), also named by its kind (``tərəfdaşlıq sazişi bağlanıb``)
    ("SIGN", r"(?:müqavilə|saziş|memorandum)(?:lər)?(?:i|si|ləri)?\s+"
             rf"bağla(?:n|nıl)?(?:{DONE_VA}|{DONE_A}|dığını|dıqlarını)"),
    # AGREE
    ("AGREE", r"razılıq\s+(?:\S+\s+){0,4}?əldə\s+(?:edilib|ediblər|olunub|edilməsi|ediləcək|olunan|edilən|olunacaq"
              rf"|{DONE_PASSIVE}|{ET_FORMS})"),
    ("AGREE", rf"razılığa\s+gəl(?:ib|iblər|əcək|əcəklər|miş|{DONE_E}|{SAID_E})"),
    ("AGREE", rf"razılaş(?:ıb|ıblar|dılar|acaq|acaqlar|dırılıb|dırılıbdır|dırıb|dırıblar|{DONE_A}|{SAID_A})"
              # not the future, which news writes as a participle (``razılaşdırılacaq şərtlər``)
              r"|razılaşdır(?:ıl)?(?:ıb|ıblar|ıbdır|dı|dılar|mışdır|araq)"),
    # an agreement or a common ground reached (``anlaşma əldə olunub``, ``ortaq məxrəcə gəliblər``)
    # the noun first, then when: ``razılaşma keçən ilin mayında əldə edilib``
    ("AGREE", r"(?:razılaşma|anlaşma|uzlaşma|kompromis)(?:ya|ə)?\s+(?:(?:\S+\s+){0,4}?əldə\s+"
              rf"(?:edilib|olunub|ediblər|olunacaq|{DONE_PASSIVE}|{ET_FORMS})|gəl(?:ib|iblər|əcək|{DONE_E}))"
              rf"|(?:ortaq|ümumi)\s+məxrəcə\s+gəl{DONE_E}"),
    ("AGREE", r"(?:əldə\s+(?:olunan|edilən|olunmuş|edilmiş))\s+(?:\S+\s+)?razılaşma\w*"),
    ("AGREE", rf"ratifikasiya\s+(?:edib|edilib|olunub|edilməsi|edəcək|{DONE_PASSIVE}|{ET_FORMS})"),
    ("AGREE", r"atəşkəs\s+(?:elan\s+(?:olunub|edilib|ediblər|edəcək)|əldə\s+olunub|razılaşdırılıb)"),
    # a decision taken or approved by a council, a meeting or two parties (accepted only with one of them)
    ("AGREE", r"qərar(?:lar)?\s+(?:\S+\s+){0,8}?qəbul\s+(?:edilib|olunub|edib|ediblər|edilmişdir|ediləcək)"
              rf"|qərara\s+gəl(?:ib|iblər|{DONE_E})|qərara\s+al(?:ın)?(?:ıb|ıblar|dı|dılar|mışdır)"),
    ("AGREE", r"təsdiqlə(?:yib|nib|yiblər|di)"),
    # APPOINT
    ("APPOINT", r"təyin\s+(?:edilib|olunub|ediliblər|olunublar|edib|edilmişdir|olunmuşdur|edilməsi|olunması"
                r"|edilmişdi|olunmuşdu|ediləcək|olunacaq|edildi|olundu)|təyinat(?:lar)?\s+(?:olub|edilib|verilib)|təyinat\s+al(?:ıb|dı|mışdır)"
                # not the active future: ``Prezident təyin edəcək`` is what a law provides
                rf"|təyin\s+(?:{DONE_PASSIVE}|ed(?:iblər|ərək)|et(?:di|dilər|mişdir|mişdi))"),
    ("APPOINT", r"(?:vəzifədən|vəzifələrindən)\s+azad\s+"
                rf"(?:{DONE_PASSIVE}|ed(?:ib|iblər)|et(?:di|dilər|mişdir))"
                r"|(?:vəzifəsindən|hakimiyyətdən|postundan)\s+"
                r"(?:azad\s+(?:edilib|olunub|edib|edilməsi|edilən|olunan"
                rf"|{DONE_PASSIVE}|ed(?:iblər|əcək)|et(?:di|dilər|mişdir))"
                rf"|ayrıl(?:ıb|acaq|an|{DONE_A})|kənarlaşdırıl(?:ıb|ması|{DONE_A})|kənarlaşdır{DONE_A}|geri çağırılıb"
                rf"|uzaqlaşdırıl{DONE_A}|çıxarıl{DONE_A})"),
    # a post given, or confirmed (``sədri vəzifəsinə gətirilib``, ``vəzifəsinə təsdiq edilib``), and its duties
    # entrusted (``vəzifəsinin icrası … həvalə olunub``)
    ("APPOINT", rf"vəzifə(?:sinə|yə|lərinə)\s+(?:gətiril{DONE_E}|irəli\s+çəkil{DONE_E}|təsdiqlən{DONE_E}"
                rf"|təsdiq\s+{DONE_PASSIVE})"
                r"|vəzifə(?:sinin|lərinin)\s+(?:müvəqqəti\s+)?icrası\s+(?:\S+\s+){0,6}?"
                rf"(?:həvalə\s+{DONE_PASSIVE}|tapşırıl{DONE_A})"),
    ("APPOINT", r"etimadnamə(?:sini|lərini|sinin\s+surətini|lərinin\s+surətlərini|lərinin\s+surətini)\s+"
                r"(?:\S+\s+){0,4}?(?:təqdim\s+(?:edib|edərkən|ed(?:iblər|əcək|əcəklər|ərək)|et(?:di|dilər|mişdir))"
                r"|qəbul\s+(?:edib|ed(?:ərək|əcək)|et(?:di|mişdir)))"),
    ("APPOINT", r"xitam\s+verilib"),
    ("APPOINT", r"istefa(?:ya)?\s+(?:verib|göndərilib|çıxıb|verəcək|verdiyini)|istefası\s+qəbul\s+(?:edilib|olunub)"
                rf"|istefa\s+(?:ver{DONE_E}|verir|ərizəsi\s+(?:yaz{DONE_A}|ver{DONE_E}|təqdim\s+{ET_FORMS}))"
                rf"|istefaya\s+(?:ged(?:ib|iblər|əcək|əcəklər)|get(?:di|dilər|mişdir)|göndəril{DONE_E}|çıx{DONE_A})"
                rf"|istefası\s+(?:\S+\s+){{0,4}}?qəbul\s+{DONE_PASSIVE}"
                rf"|istefasını\s+(?:elan\s+(?:edib|etdi|etmişdir)|açıqla{DONE_VA})"),
    # the loss of a mandate; a work contract ended (``əmək müqaviləsi … ləğv edilib``)
    ("APPOINT", r"mandat(?:ı|ından)\s+(?:\S+\s+){0,4}?(?:ləğv\s+(?:edilib|olunub)|məhrum\s+edilib|əlindən\s+alınıb)"
                r"|mandatından\s+məhrum\s+edilib"),
    ("APPOINT", r"(?:əmək\s+)?müqaviləsi(?:nə)?\s+(?:\S+\s+){0,14}?(?:ləğv\s+(?:edilib|olunub)|xitam\s+verilib)"),
    # taking office, and an official elected again (accepted only with a post named)
    ("APPOINT", rf"(?:vəzifəsinin|səlahiyyətlərinin)\s+icrasına\s+başla(?:yıb|yacaq|{DONE_VA})"
                r"|(?:yenidən\s+)?seçil(?:ib|miş|mişdir|di)"),
    # ESTABLISH
    ("ESTABLISH", r"diplomatik\s+(?:əlaqələr|münasibətlər)(?:in|i)?\s+(?:\S+\s+){0,6}?(?:qurulub|yaradılıb|əsası"
                  rf"|qurul{DONE_O}|yaradıl{DONE_A}|qur{DONE_O}|yarad(?:ıb|ıblar|acaq|acaqlar)|yarat(?:dı|dılar|mışdır))"),
    ("ESTABLISH", r"əsası\s+(?:.{0,60}?\s)?qoyulub"),
    ("ESTABLISH", rf"fəaliyyətə\s+başla(?:yıb|yacaq|yıbdır|{DONE_VA})"),
    # an office or a branch opened; the active verb takes the body as its object (``filial açıb``)
    ("ESTABLISH", r"açılış(?:ı|ının)?\s+(?:mərasimi\s+)?(?:baş\s+tutub|olub|keçirilib)|açıl(?:ıb|acaq|ması|ışı)"
                  rf"|açıl(?:dı|dılar|mışdır)|aç{DONE_A}"),
    # founding in any person, tense and converb (``yaratdı``, ``yaradarkən``, ``quraraq``); a body must be named
    ("ESTABLISH", r"yaradıl(?:ıb|acaq|ması|masını|dığı|mışdır|mış|dı)|yarad(?:ıblar|ıb|acaqlar|acaq|acağı|arkən|araq)"
                  r"|yarat(?:dılar|dı|mışdır|mış|dığı|dığını)"),
    ("ESTABLISH", r"qurul(?:ub|acaq|du|muşdur)|qur(?:ublar|ub|acaqlar|acaq|araq|arkən|muşdur|muş|dular|du)"),
    ("ESTABLISH", rf"təsis\s+(?:edilib|olunub|ediləcək|edilmiş|olunmuş|edilmişdir|{ET_FORMS}|{DONE_PASSIVE})"),
    ("ESTABLISH", r"fəaliyyət\s+göstərir"),  # accepted only with a "since" date: ``… tarixindən … fəaliyyət göstərir``
    ("ESTABLISH", r"dövlət\s+qeydiyyatına\s+alın(?:ıb|mışdır|ıbdır)"),
    ("ESTABLISH", rf"dövlət\s+qeydiyyatından\s+keç(?:{DONE_E}|iril{DONE_E})"),  # a body must be named
    # PARTICIPATE
    ("PARTICIPATE", rf"iştirak\s+(?:{ET_FORMS}|edir|etmək|etdikləri)"
                    r"|iştirakı\s+ilə"),
    ("PARTICIPATE", rf"qatıl{DONE_A}|iştirakçı(?:sı|ları)\s+ol{DONE_O}"),
    # a party represented at a gathering (``forumda ölkəmizi təmsil edib``; accepted only with one named before)
    ("PARTICIPATE", r"təmsil\s+(?:ed(?:ib|iblər|əcək|əcəklər|ərək)|et(?:di|dilər|mişdir))"),
    # INVITE
    ("INVITE", rf"dəvət\s+(?:{ET_FORMS}|olunub|edilib|göndərib|göndər{DONE_E}|al{DONE_A}|ünvanla{DONE_VA}"
               r"|(?:edil|olun)(?:di|du|dilər|dular|mişdir|muşdur|ibdir|ubdur))"
               rf"|dəvət(?:namə(?:si|lər)?|\s+məktubu)\s+(?:göndər{DONE_E}|al{DONE_A}|ünvanla{DONE_VA})|dəvəti(?:ni)?"),
    # SUPPORT
    ("SUPPORT", r"dəstəklə(?:yir|yib|yirlər|yəcək|yəcəyik|yəcəyəm|yəcəyini|yirik|yirəm|yiblər|diyi|diyini|dikləri"
                r"|diklərini|mişdir|məyə\s+hazır(?:dır|dırlar|ıq|ıq)?|məkdə\s+davam\s+ed(?:ir|əcək)"
                r"|di|dilər|yəcəklər|yəcəkdir|yibdir|mişlər"
                rf"|{SAID_VE}|mə(?:yə|kdə)\s+davam\s+(?:ed(?:ir|əcək|əcəyini|əcəklər|ib)|etdi))"),
    ("SUPPORT", r"tərəfdarı\s+kimi\s+çıxış\s+edir|tərəfdarı(?:dır|yıq|yam)|tərəfdarları(?:dır|yıq)"
                r"|tərəfdar(?:ı|ları)?\s+olduğ(?:unu|umuzu|unuzu)|tərəfdar(?:ı|ları)?\s+olduqlarını"),
    ("SUPPORT", r"dəstəyini\s+(?:bir\s+daha\s+|tam\s+|qətiyyətlə\s+|birmənalı\s+şəkildə\s+|açıq\s+şəkildə\s+)?"
                rf"(?:(?:ifadə|bəyan)\s+(?:{ET_FORMS}|edir)|nümayiş\s+etdir{DONE_E}|bildir{DONE_E}|təsdiqlə{DONE_VE})"),
    ("SUPPORT", r"dəstək\s+(?:verir|verib|verəcək|verdiyini|verəcəyini|göstərir|göstərib|göstərəcək"
                rf"|ver{DONE_E}|göstər{DONE_E}|ifadə\s+{ET_FORMS}|al{DONE_A})"),  # ``geniş dəstək alıb``: got it
    ("SUPPORT", r"lehinə(?:yik|yəm|dir|dirlər)"),
    # readiness to give support or guarantees (``zəmanətlərini verməyə hazır olduğunu``)
    ("SUPPORT", r"(?:dəstək|zəmanət\w*)\s+verməyə\s+hazır\w*(?:\s+olduğunu)?"),
    # the recognition of a state or of its territorial integrity (accepted only with one named)
    ("SUPPORT", r"tanı(?:yıb|yır|yırlar|yacaq|yıblar|nmasını|nması|dığını|yacağını|yıbdır|mır|mayıb|mağı"
                r"|yacaqlarını|yacaqları|dı|dılar|mışdır|mışlar|yacaqlar|yacaqdır|dıqlarını)"),
    # a gathering named by its noun: a MEET when held or owned by a body, a PARTICIPATE of who spoke at it
    ("GATHERING", r"(?:tədbir|iclas|toplantı|müşavirə|sessiya|forum|konfrans|sammit|zirvə\s+görüş|zirvə|mərasim"
                  r"|qurultay|simpozium|seminar|mitinq|yürüş|konqres|müzakirə|dinləmə|söhbət|təlim|brifinq|görüş|danışıq"
                  r"|assambleya|aksiya|dəyirmi\s+masa)\w{0,9}"),
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
                     "istifadəçi", "müştəri", "işçi", "əməkdaş", "tələbə", "şagird", "abituriyent", "sürücü",
                     "yarışçı", "idmançı", "oyunçu", "komanda")  # competitors: competing is no event (guide 43)
# Participles a date right before belongs to (``iyulun 16-da imzalanan Qanun``), unless they are the trigger.
DATED_PARTICIPLES = ("lanan", "lənən", "ılan", "ilən", "ulan", "ülən", "mış", "miş", "muş", "müş", "dığı", "diyi",
                     "duğu", "düyü", "edən", "etdiyi")
# Documents whose signing is an act of office, not an agreement between parties (``sərəncam imzalayıb``).
NOT_SIGNED = ("sərəncam", "fərman", "əmr", "qərar", "qanun")
# What one takes part in: PARTICIPATE needs one of these nouns before its trigger in the sentence; competing in
# sports (a championship, games, a tournament) is not PARTICIPATE (guide 43).
PARTICIPATION_OBJECTS = ("sammit", "konfrans", "forum", "mərasim", "tədbir", "açılış", "iclas", "toplantı",
                         "sessiya", "qurultay", "festival", "sərgi", "parad", "seminar", "zirvə", "görüş",
                         "qəbulda", "danışıq", "təlim", "brifinq", "videokonfrans", "aksiya", "kampaniya", "assambleya")
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
                  "işgüzar", "ged", "gəl", "get", "telefon", "zəng", "paraf", "razı",
                  "ratifikasiya", "təyin", "vəzifə", "etimadnamə", "xitam", "istefa", "diplomatik", "əsası",
                  "fəaliyyət", "yarad", "yarat", "qur", "təsis", "iştirak", "qatıl", "dəvət", "dəstə",
                  "tərəfdar", "ziyarət", "müqavilə", "saziş", "memorandum", "razılaşma", "atəşkəs", "qərar", "təsdiqlə",
                  "hakimiyyət", "postundan", "təyinat", "mandat", "əmək", "seçil", "yenidən", "dövlət qeydiyyatına",
                  "lehinə", "tanı", "sessiya", "forum", "konfrans", "sammit", "zirvə", "mərasim", "qurultay",
                  "simpozium", "seminar", "mitinq", "yürüş", "konqres", "müzakirə", "dinləmə", "görüşdük", "təlim",
                  "brifinq", "zəmanət", "assambleya", "aksiya", "əldə", "ev sahibliyi", "bir araya", "video",
                  "onlayn", "imza", "protokol", "bəyannamə", "sənəd", "anlaşma", "kontrakt", "ortaq", "ümumi", "aç",
                  "uzlaşma", "kompromis", "səlahiyyətləri", "dəyirmi masa",
                  "təmsil", "yollan")

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
