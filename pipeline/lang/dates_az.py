"""Azerbaijani date vocabulary: data only, for a linguist to review and extend.

``pipeline.date_grammar`` compiles its patterns from these tables once at import. Every word is lower
case (Azerbaijani casing: ``İ`` -> ``i``, ``I`` -> ``ı``); the grammar matches the Azerbaijani-lowercased
text, so capitalised forms (``İyulun``) are found too.
"""

# Month stems (nominative) -> month number. Inflected forms are stem + one of MONTH_SUFFIXES.
MONTHS: dict[str, int] = {
    "yanvar": 1, "fevral": 2, "mart": 3, "aprel": 4, "may": 5, "iyun": 6,
    "iyul": 7, "avqust": 8, "sentyabr": 9, "oktyabr": 10, "noyabr": 11, "dekabr": 12,
}

# Abbreviations, only recognised with their full stop and after a day number (``5 avq. 2020``):
# bare ``sent`` is the coin (``99 sent``), bare ``yan`` the word "side".
MONTH_ABBREVIATIONS: dict[str, int] = {
    "yan.": 1, "fev.": 2, "apr.": 4, "iyn.": 6, "iyl.": 7, "avq.": 8,
    "sent.": 9, "sen.": 9, "okt.": 10, "noy.": 11, "dek.": 12,
}

# Endings are written with archiphonemes the grammar fills in by vowel harmony from the stem's last
# vowel: ``I`` = ı/i/u/ü (four-way), ``A`` = a/ə, ``K`` = kı/ki. So ``mart`` + ``In`` = ``martın`` but never
# ``Martin`` (a name), and ``iyul`` + ``IndAn`` = ``iyulundan``.
# Genitive after a month: ``mayın 14-də``, ``avqustun 11-dən``. The day number follows it.
MONTH_GENITIVE: tuple[str, ...] = ("In",)

# Every other ending a month name takes when it stands alone or after a day number:
# locative ``mayda``, ablative ``avqustdan``, dative ``iyula``, possessive + case ``martında``,
# ``avqustundan``, ``apreldəki``, terminative ``mayadək``.
MONTH_SUFFIXES: tuple[str, ...] = (
    "dA", "dAn", "A", "Adək", "dAK", "IndA", "IndAn", "InA", "InAdək", "IndAK", "In",
)

# Surface forms that look like an inflected month but are other words (``maya dəyəri`` = cost price).
NOT_MONTHS: frozenset[str] = frozenset({"maya", "mayası", "mayanın"})

# The word ``ay`` (month) after a month name: ``may ayında``, ``mart ayının 5-də``, ``yanvar-mart aylarında``.
MONTH_WORD: str = r"ay(?:ı|ın|ının|ında|ından|ına|ınadək|lar|ları|larında|larından|larına|lar(?:ı)?ndakı)?"

# Ordinal suffix after a number, with or without hyphen: ``1996-cı``, ``2020-ci``, ``2004-cü``, ``90-cı``.
ORDINAL_SUFFIXES: tuple[str, ...] = (
    "ci", "cı", "cu", "cü", "inci", "ıncı", "uncu", "üncü", "nci", "ncı", "ncu", "ncü",
)

# Case endings written after a day number and a hyphen: ``14-də``, ``1-dən``, ``15-dək``, ``5-i``,
# ``20-nə``, ``9-u``. ``qədər``/``kimi`` after them are separate words, outside the span.
DAY_SUFFIXES: tuple[str, ...] = (
    "də", "da", "dən", "dan", "dək", "dak", "i", "ı", "u", "ü", "si", "sı", "su", "sü",
    "ə", "a", "nə", "na", "yə", "ya", "nda", "ndə", "ndən", "ndan", "nadək", "nədək", "ədək", "adək",
    "dir", "dır", "dur", "dür", "ci", "cı", "cu", "cü", "ncı", "nci", "ncu", "ncü",
)

# Endings that open a range (``1-dən``) and endings that close one (``15-dək``, ``20-nə``).
RANGE_OPENERS: tuple[str, ...] = ("dən", "dan", "tən", "tan")
RANGE_CLOSERS: tuple[str, ...] = (
    "dək", "dak", "nə", "na", "ə", "a", "yə", "ya", "i", "ı", "u", "ü", "si", "sı", "su", "sü",
    "nədək", "nadək", "ədək", "adək", "də", "da",
)

# "Until" and "from" endings: a day so marked often lies ahead even after a past verb
# (``mayın 15-dək dayandırıb``, ``iyunun 1-dən … tətbiq etməyi tövsiyə edib``), so the verb's tense
# does not force the past year on it; the near-future window decides.
OPEN_DAY_ENDINGS: tuple[str, ...] = ("dək", "dak", "nədək", "nadək", "ədək", "adək", "dən", "dan")

# Words after a year number that belong to the year's span: ``il``, ``ilin``, ``ildə``, ``ildən`` …
# (any ending of ``il``) and ``tarix`` words after a full date.
YEAR_WORD: str = r"il\w*"
YEARS_WORD: str = r"ill[əa]r\w*"  # plural: decades and year ranges
DATE_WORD: str = r"tarix\w*"  # tarixində, tarixindən, tarixli, tarixinə, tarixlərində, tarixdən
# Kinds of year that count from another day than 1 January; the year they start in is the value.
YEAR_KINDS: tuple[str, ...] = ("tədris", "təsərrüfat", "maliyyə", "büdcə", "mövsüm")

# A time of day attached to a date written without a case ending: ``11 avqust 18:00-dır``,
# ``12 avqust saat 10:00-dan``. A time alone is not a date.
TIME_WORD: str = "saat"

# Quarters and halves of a year: ``ilin üçüncü rübündə``, ``2015-ci ilin birinci yarısında``,
# ``bu ilin II rübündə``.
ORDINAL_WORDS: dict[str, int] = {
    "birinci": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4, "ilk": 1, "son": -1,
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "ı": 1, "ıı": 2, "ııı": 3, "ıv": 4,  # Roman I lower-cased the Azerbaijani way
}
QUARTER_WORD: str = r"rüb\w*"
# ``ayında``, ``ayı``, ``ayının`` after a count of months from the year's start (``ilin ilk iki ayında``).
MONTHS_COUNTED: str = r"ay(?:ı|ın|ının|ında|ından|ına|dakı)?"
HALF_WORD: str = r"yarı\w*"

# Parts of a period that keep its value and precision: ``ilin əvvəlindən``, ``avqust ayının sonlarından``.
PERIOD_PARTS: str = r"(?:əvvəl|son|orta)(?:u|ı|lar|ları)?\w*"

# Number words, for ``iki həftə sonra``, ``bir il əvvəl``.
NUMBER_WORDS: dict[str, int] = {
    "bir": 1, "iki": 2, "üç": 3, "dörd": 4, "beş": 5, "altı": 6, "yeddi": 7, "səkkiz": 8,
    "doqquz": 9, "on": 10, "on beş": 15, "iyirmi": 20, "otuz": 30,
}

# Units for ``N gün/həftə/ay/il əvvəl|sonra`` -> (unit, precision of the result).
UNITS: dict[str, tuple[str, str]] = {
    "gün": ("day", "day"), "həftə": ("week", "day"), "ay": ("month", "month"), "il": ("year", "year"),
}
# Direction words: -1 back in time, +1 forward. ``bundan əvvəl`` = "before this (day)".
DIRECTIONS: dict[str, int] = {
    "əvvəl": -1, "öncə": -1, "bundan əvvəl": -1, "bundan öncə": -1, "sonra": 1, "bundan sonra": 1,
}

# ``N gün sonra`` counts from the publication date only when no event precedes it: after an ablative
# (``imzalanmasından 7 gün sonra``) or a hedge (``azı 15 gün əvvəl``) it is a duration, not a date.
ABLATIVE_ENDINGS: tuple[str, ...] = ("dan", "dən", "tan", "tən")
DIRECTIONS_BASE: frozenset[str] = frozenset({"bundan", "ondan"})
SHIFT_BLOCKERS: frozenset[str] = frozenset({"azı", "ən", "gec", "tez", "hər", "son", "ilk", "daha"})
# A closing quote right after a day word makes it a name: “Sabah” qrupları.
CLOSING_QUOTES: str = "”\"»'’"

# Relative day words -> shift in days from the publication date.
DAY_WORDS: dict[str, int] = {
    "bu gün": 0, "bugün": 0, "dünən": -1, "srağagün": -2, "sabah": 1, "birisigün": 2, "birigün": 2,
    "ötən gün": -1,
}
# Endings those day words take: ``bu günə``, ``bu gündən``, ``bugünkü``, ``dünənki``, ``sabahdan``.
DAY_WORD_SUFFIXES: tuple[str, ...] = (
    "", "ə", "a", "dən", "dan", "ün", "kü", "ki", "kı", "ünə", "ündən", "ki", "də", "da", "ədək", "dək",
)

# Determiners before il/ay/həftə -> shift in that unit; ``həmin`` (that same) points back to the
# date mentioned last in the text instead of the publication date.
PERIOD_SHIFTS: dict[str, int] = {
    "bu": 0, "cari": 0, "ötən": -1, "keçən": -1, "əvvəlki": -1, "gələn": 1, "növbəti": 1, "gələcək": 1,
}
ANAPHORIC: str = "həmin"

# Weekdays -> Python weekday number (Monday 0). Plain ``bazar`` is "market", so Sunday needs ``günü``.
WEEKDAYS: dict[str, int] = {
    "bazar ertəsi": 0, "çərşənbə axşamı": 1, "çərşənbə": 2, "cümə axşamı": 3, "cümə": 4,
    "şənbə": 5, "bazar günü": 6,
}

# Determiners before a weekday: ``gələn cümə`` is the next Friday after the publication date, ``keçən
# bazar ertəsi`` the last Monday before it (never the publication day itself).
WEEKDAY_SHIFTS: dict[str, str] = {
    "gələn": "after", "növbəti": "after", "keçən": "before", "ötən": "before",
}

# Roman numerals for centuries (``XX əsrin 90-cı illərində``).
ROMAN: dict[str, int] = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
CENTURY_WORD: str = r"əsr\w*"

# Words after a number that make it a duration or age, not a date: ``3 il ərzində``, ``25 yaşında``.
DURATION_WORDS: tuple[str, ...] = (
    "ərzində", "müddətində", "müddətinə", "müddəti", "boyu", "yaşında", "yaşlı", "yaşı", "illik", "lik",
)

# Future marks on the predicate: the tense that decides ``mayın 14-də … keçiriləcək`` -> the coming 14 May.
FUTURE_ENDINGS: tuple[str, ...] = (
    "acaq", "əcək", "acaqdır", "əcəkdir", "acaqlar", "əcəklər", "acağı", "əcəyi", "acağıq", "əcəyik",
    "acaqdı", "əcəkdi", "acağam", "əcəyəm",
)
# Future participles with a possessive (``gələcəyini``, ``keçiriləcəyi``) mark reported future anywhere
# after the date; a bare ``-acaq`` may be an adjective (``nəfəs gətirəcək layihə``), so only the
# sentence's last word counts for it.
FUTURE_PARTICIPLE: str = r"(?:acağ|əcəy)[ıi]"
FUTURE_WORDS: tuple[str, ...] = (
    "gözlənilir", "planlaşdırılır", "planlaşdırılıb", "nəzərdə tutulur", "nəzərdə tutulub",
    "planlaşdırır", "planlaşdırıb", "gözlənilən", "proqnozlaşdırılır",
)
# A lower-case noun with the 3rd-person possessive (and any case after it) right after ``20 Yanvar``:
# ``şəhidinin``, ``faciəsi``, ``hadisələri``; ``günü`` is left out (``9 May günü`` is the day itself).
COMPOUND_HEAD: str = r"\s+(?!gün)[a-zəüöğıışç]+(?:s|l[ae]r)?[ıiuü](?:n[ıiuü]n|n[ae]|nd[ae]n?)?\b"
# Past marks on the predicate (``-ib``, ``-di``, ``-mişdir``): keep the "nearest before" rule.
PAST_ENDINGS: tuple[str, ...] = (
    "ib", "ıb", "ub", "üb", "yib", "yıb", "yub", "yüb", "di", "dı", "du", "dü", "ti", "tı", "tu", "tü",
    "ibdir", "ıbdır", "ubdur", "übdür", "miş", "mış", "muş", "müş", "mişdir", "mışdır", "muşdur", "müşdür",
    "dilər", "dılar", "dular", "dülər", "iblər", "ıblar", "ublar", "üblər",
)
