"""The endings of a trigger verb, as regular-expression alternatives: data only, read by ``events_az`` to write
its trigger patterns. Azerbaijani builds the same forms on every verb; which variant a stem takes is vowel
harmony (the stem's last vowel: ``a/ı``, ``e/ə/i``, ``o/u``, ``ö/ü``) and whether the stem ends in a vowel
(``imzala-yıb``) or a consonant (``görüş-üb``).
"""

# Verb endings after a stem ending in a consonant / in a vowel (harmony variants together).
PAST = r"(?:ıb|ib|ub|üb|ıblar|iblər|ublar|üblər|dı|di|du|dü|dılar|dilər|mış|miş|muş|müş)"
PAST_V = r"(?:yıb|yib|yub|yüb|yıblar|yiblər|dı|di|dılar|dilər|mış|miş)"
FUTURE = r"(?:acaq|əcək|acağı|əcəyi|acağını|əcəyini|acaqlar|əcəklər)"
FUTURE_V = r"(?:yacaq|yəcək|yacağı|yəcəyi|yacağını|yəcəyini|yacaqlar|yəcəklər)"
NEGATED = r"(?:mayıb|məyib|madı|mədi|mayacaq|məyəcək|mamış|məmiş)"
PARTICIPLE = r"(?:an|ən|yan|yən|dığı|diyi|duğu|düyü|ması|məsi|nması|nməsi|dığını|diyini)"

# Every finite form, converb and participle of the auxiliaries ``et-``/``ed-`` (``müzakirə etdik``,
# ``iştirak edərkən``, ``ziyarət etmişdi``) and ``apar-`` (``danışıqlar aparacağı``): any
# person, tense or participle of a trigger phrase reports it. Left to the phrases that want them: infinitives
# (``etmək``), the present (``dəvət edir``: an open call, a standing habit) and the plural object participle
# (``səfər etdikləri yerlər``: what a class of people does).
ET_FORMS = (r"(?:ed(?:iblər|ibdir|ib|irdi|əcəklər|əcəkdir|əcəyini|əcəyik|əcəyəm|əcəyi|əcək|ərək"
            r"|ərkən|ənlər|ən)|et(?:dilər|dikdən|dik|dim|diniz|diyini|diyi|di|mişdir|mişdi|miş))")
APAR_FORMS = (r"apar(?:ıblar|ıb|ılıb|ılır|ılacaq|ılması|ırlar|ırıq|ır|acaqlar|acaqları|acağını|acağı|acaq|arkən"
              r"|dılar|dıqları|dığı|dıq|dım|dı|mışdır|mış)")
