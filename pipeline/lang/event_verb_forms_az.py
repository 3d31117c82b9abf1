"""The endings of a trigger verb, as regular-expression alternatives: data only, read by ``events_az`` to write
its trigger patterns. Azerbaijani builds the same forms on every verb; which variant a stem takes is vowel
harmony (the stem's last vowel: ``a/ı``, ``e/ə/i``, ``o/u``, ``ö/ü``) and whether the stem ends in a vowel
(``imzala-yıb``) or a consonant (``görüş-üb``).
"""

# The forms that report a happening of their own: the past in ``-ıb`` and ``-dı`` (news writes both), the
# perfect with the copula (``-mışdır``), the plural of each, the future, and the converbs that take the main
# verb's tense (``-araq``, ``-arkən``). Participles and verbal nouns are left to the patterns that want them
# (``imzalanmış saziş`` is background, ``imzalanması`` a topic unless the text says it happened), and so is the
# bare ``-mış``, which news writes as a participle (``razılaşdırılmış qaydada``), seldom as a finite verb.
# After a stem ending in a consonant, by harmony:
DONE_A = r"(?:ıb|ıblar|ıbdır|dı|dılar|mışdır|mışlar|mışdı|acaqlar|acaqdır|acaq|araq|arkən)"
DONE_E = r"(?:ib|iblər|ibdir|di|dilər|mişdir|mişlər|mişdi|əcəklər|əcəkdir|əcək|ərək|ərkən)"
DONE_O = r"(?:ub|ublar|ubdur|du|dular|muşdur|muşlar|muşdu|acaqlar|acaqdır|acaq|araq|arkən)"
DONE_Ö = r"(?:üb|üblər|übdür|dü|dülər|müşdür|müşlər|müşdü|əcəklər|əcəkdir|əcək|ərək|ərkən)"
# after a stem ending in a vowel (``imzala-``, ``dəstəklə-``, ``tanı-``):
DONE_VA = r"(?:yıb|yıblar|yıbdır|dı|dılar|mışdır|mışlar|mışdı|yacaqlar|yacaqdır|yacaq|yaraq|yarkən)"
DONE_VE = r"(?:yib|yiblər|yibdir|di|dilər|mişdir|mişlər|mişdi|yəcəklər|yəcəkdir|yəcək|yərək|yərkən)"
# The passive of the light verb ``et-`` (``təyin edilib``, ``təyin olunub``) in the same forms.
DONE_PASSIVE = rf"(?:edil{DONE_E}|olun{DONE_O})"

# The same happening reported inside a statement (``imzaladığını bildirib``, ``dəstəkləyəcəklərini bəyan edib``):
# the object forms of the past and the future, singular and plural.
SAID_A = r"(?:dığını|dıqlarını|dığı|dıqları|acağını|acaqlarını|acağı|acaqları)"
SAID_E = r"(?:diyini|diklərini|diyi|dikləri|əcəyini|əcəklərini|əcəyi|əcəkləri)"
SAID_VA = r"(?:dığını|dıqlarını|dığı|dıqları|yacağını|yacaqlarını|yacağı|yacaqları)"
SAID_VE = r"(?:diyini|diklərini|diyi|dikləri|yəcəyini|yəcəklərini|yəcəyi|yəcəkləri)"

# The first endings written for the triggers, harmony variants together, after a consonant / a vowel; the
# patterns that were built on them keep them.
PAST = r"(?:ıb|ib|ub|üb|ıblar|iblər|ublar|üblər|dı|di|du|dü|dılar|dilər|mış|miş|muş|müş)"
PAST_V = r"(?:yıb|yib|yub|yüb|yıblar|yiblər|dı|di|dılar|dilər|mış|miş)"
FUTURE = r"(?:acaq|əcək|acağı|əcəyi|acağını|əcəyini|acaqlar|əcəklər)"
FUTURE_V = r"(?:yacaq|yəcək|yacağı|yəcəyi|yacağını|yəcəyini|yacaqlar|yəcəklər)"
NEGATED = r"(?:mayıb|məyib|madı|mədi|mayacaq|məyəcək|mamış|məmiş)"
PARTICIPLE = r"(?:an|ən|yan|yən|dığı|diyi|duğu|düyü|ması|məsi|nması|nməsi|dığını|diyini)"

# Every finite form, converb and participle of the auxiliaries ``et-``/``ed-`` (``müzakirə etdik``,
# ``iştirak edərkən``, ``ziyarət etmişdi``) and ``apar-`` (``danışıqlar aparacağı``, ``aparılmışdır``): any
# person, tense or participle of a trigger phrase reports it. Left to the phrases that want them: infinitives
# (``etmək``), the present (``dəvət edir``: an open call, a standing habit) and the plural object participle
# (``səfər etdikləri yerlər``: what a class of people does).
ET_FORMS = (r"(?:ed(?:iblər|ibdir|ib|irdi|əcəklər|əcəkdir|əcəyini|əcəyik|əcəyəm|əcəyi|əcək|ərək"
            r"|ərkən|ənlər|ən)|et(?:dilər|dikdən|dik|dim|diniz|diyini|diyi|di|mişdir|mişdi|miş))")
APAR_FORMS = (r"apar(?:ıblar|ıb|ılıb|ılır|ılacaq|ılması|ırlar|ırıq|ır|acaqlar|acaqları|acağını|acağı|acaq|arkən"
              rf"|dılar|dıqları|dığı|dıq|dım|dı|mışdır|mış|ıl{DONE_A})")
# Coming or going to a place, in any tense (``səfərə gəldi``, ``Bakıya yollanıb``, ``səfərə yola düşəcək``).
ARRIVE = (rf"(?:gəl(?:{DONE_E}|{SAID_E}|ən|ir)|ged(?:ib|iblər|ibdir|əcək|əcəklər|əcəyi|əcəyini|ərək|ərkən|ir)"
          rf"|get(?:di|dilər|mişdir|mişdi|diyi|diyini)|yola\s+düş{DONE_Ö}|yollan{DONE_A})")
