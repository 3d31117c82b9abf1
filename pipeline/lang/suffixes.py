"""Azerbaijani nominal inflection as data: suffix templates, harmony, buffers, softening.

No logic lives here; ``pipeline.morphology`` reads these tables.

Templates use two archiphonemes that vowel harmony fills in from the last vowel to their left:
``A`` is the two-way low vowel (a after back, ə after front) and ``I`` the four-way high vowel
(ı after a/ı, u after o/u, i after e/ə/i, ü after ö/ü). Every other letter is written as is.

Each template carries the context it attaches to:
``C`` after a consonant, ``V`` after a vowel, ``*`` after either (but not after a 3rd-person
possessive), ``P`` only after the 3rd-person possessive, where the pronominal ``n`` is inserted
(``Respublika-sı-n-ın``, ``Nazirliy-i-n-ə``, ``Respublika-sı-n-da``).
"""

from __future__ import annotations

BACK_VOWELS = "aıou"
FRONT_VOWELS = "eəiöü"
VOWELS = BACK_VOWELS + FRONT_VOWELS
HIGH_VOWELS = "ıiuü"

# Two-way (A) and four-way (I) harmony: last vowel of the stem -> vowel of the suffix.
LOW_HARMONY = {"a": "a", "ı": "a", "o": "a", "u": "a", "e": "ə", "ə": "ə", "i": "ə", "ö": "ə", "ü": "ə"}
HIGH_HARMONY = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "ə": "i", "i": "i", "ö": "ü", "ü": "ü"}

CASES = ("nom", "gen", "dat", "acc", "loc", "abl", "ins")

# case -> ((template, context), ...). Azerbaijani locative/ablative are d-only (no -ta/-tə as in Turkish).
CASE_SUFFIXES: dict[str, tuple[tuple[str, str], ...]] = {
    "gen": (("In", "C"), ("nIn", "V"), ("nIn", "P")),
    "dat": (("A", "C"), ("yA", "V"), ("nA", "P")),
    "acc": (("I", "C"), ("nI", "V"), ("nI", "P")),
    "loc": (("dA", "*"), ("ndA", "P")),
    "abl": (("dAn", "*"), ("ndAn", "P")),
    "ins": (("lA", "C"), ("ylA", "V"), ("ylA", "P")),
}

# Spoken forms (comitative -nan/-nən, ablative -nnan after a possessive): rare in news, ranked low.
COLLOQUIAL_CASE_SUFFIXES: dict[str, tuple[tuple[str, str], ...]] = {
    "ins": (("InAn", "C"), ("ynAn", "V"), ("ynAn", "P")),
    "abl": (("nnAn", "P"),),
}

# possessive -> ((template, context), ...); 3rd plural is plural + 3rd (-ları/-ləri).
POSSESSIVE_SUFFIXES: dict[str, tuple[tuple[str, str], ...]] = {
    "1sg": (("Im", "C"), ("m", "V")),
    "2sg": (("In", "C"), ("n", "V")),
    "3": (("I", "C"), ("sI", "V")),
    "1pl": (("ImIz", "C"), ("mIz", "V")),
    "2pl": (("InIz", "C"), ("nIz", "V")),
}

PLURAL_SUFFIX = "lAr"

# Clitics after the case: -kı/-ki (evdəki, Bakıdakı, Azərbaycanınkı) and the copula -dır (evdədir).
RELATIVE_CLITIC = "kI"
RELATIVE_CLITIC_CASES = ("loc", "gen")
COPULA_CLITIC = "dIr"

# Hyphen or apostrophe before a suffix on acronyms, numbers and foreign spellings (ATƏT-in, ABŞ-yə).
SUFFIX_SEPARATORS = "-'’ʼ"
# Ordinal suffix on numbers (1996-cı, 2004-cü); not a case, read as nominative.
ORDINAL_SUFFIXES = ("cı", "ci", "cu", "cü", "ıncı", "inci", "uncu", "üncü", "ncı", "nci", "ncu", "ncü")

# Softening before a vowel-initial suffix: the surface letter -> the dictionary letter
# (Nazirlik -> Nazirliyi, uşaq -> uşağı).
SOFTENING = {"y": "k", "ğ": "q"}
# Endings of the surface stem that are almost always softened -lik/-lıq (nazirliy-, birliy-, prokurorluğ-).
SOFTENED_DERIVATION_ENDINGS = ("liy", "lüy", "lığ", "luğ", "lik", "lük")
# Stems that end in ğ in the dictionary (dağ, bağ, Qarabağ, Şahdağ): no q restored.
HARD_G_WORDS = frozenset({"dağ", "bağ", "yağ", "sağ", "çağ", "ağ", "tuğ", "qarabağ", "dağlıq qarabağ"})
HARD_G_ENDINGS = ("dağ",)  # mountains: Şahdağ, Babadağ, Qaradağ
# Stems that end in y in the dictionary (rivers -çay, -bəy districts): no k restored, no buffer read.
Y_FINAL_ENDINGS = ("çay", "bəy", "vay", "xay")
Y_FINAL_NAMES = frozenset(
    {"dubay", "şanxay", "sergey", "nikolay", "andrey", "aleksey", "alexey", "göyçay", "gədəbəy", "uruqvay",
     "paraqvay", "mackay", "bombey", "sidney", "bəy", "ay", "çay"}
)

# Head nouns that carry the 3rd-person possessive inside names (Mərkəzi Bankı, Xarici İşlər Nazirliyi):
# after a consonant their -ı/-i/-u/-ü is read as possessive rather than accusative.
IZAFET_HEADS = frozenset(
    {"bank", "nazirlik", "səfirlik", "konsulluq", "agentlik", "birlik", "nümayəndəlik", "prokurorluq",
     "universitet", "institut", "fond", "kabinet", "şirkət", "məclis", "parlament", "mərkəz", "teatr",
     "muzey", "cəmiyyət", "ittifaq", "xidmət", "departament", "təşkilat", "hakimiyyət", "aparat",
     "holdinq", "qrup", "məktəb", "liman", "zavod", "stadion", "meydan", "prospekt", "rayon", "şəhər",
     "kənd", "dəniz", "göl", "körfəz", "park", "dəhliz", "xətt",
     "prezident", "sədr", "rəhbər", "nazir", "səfir", "müavin", "üzv",
     "katib", "müşavir", "komissar", "baş", "orqan", "ofis", "nümayəndə", "sektor", "bölmə", "şöbə",
     "palata", "komitə", "şura", "idarə", "akademiya", "respublika", "assosiasiya", "federasiya"}
)
IZAFET_ENDINGS = ("lik", "lık", "lıq", "luq", "lük", "luk")

# Stems shorter than three letters that are common nouns (ev-də, iş-ə, il-in, ad-ı, ay-ın).
SHORT_STEMS = frozenset({"ev", "iş", "il", "ad", "ay", "ər", "əl", "üz", "ox", "ot", "od", "göz"})

# Endings of bare words that look inflected: country names in -iya/-iyə/-eya, female surnames in -ova/-eva,
# and capitalised -lı/-li/-lu/-lü names (Qubadlı, Masallı, Qiyaslı). The bare reading is ranked first.
NOMINATIVE_ENDINGS = ("iya", "iyə", "eya", "ova", "yeva", "eva")
NAME_ADJECTIVE_ENDINGS = ("lı", "li", "lu", "lü")

# Bare words (lower case) that look inflected but are names or function words: never stripped
# unless a lexicon says so. Vowel-final places and -in/-da/-dan names are the usual traps.
PROTECTED_WORDS = frozenset(
    {
        # places in Azerbaijan
        "bakı", "gəncə", "şuşa", "bərdə", "quba", "qəbələ", "şəki", "şamaxı", "xankəndi", "füzuli", "laçın",
        "astara", "ucar", "culfa", "ağcabədi", "xırdalan", "zaqatala", "neftçala", "xızı", "ağdərə",
        "naxçıvan", "xocalı", "qusar", "kəlbəcər", "sumqayıt", "şirvan", "mingəçevir", "qax", "göygöl",
        "ordubad", "nəsimi", "sabunçu", "binəqədi", "suraxanı", "pirallahı", "fələstin",
        # countries, regions and foreign cities
        "moskva", "astana", "ankara", "avropa", "afrika", "amerika", "fransa", "kanada", "kuba", "ukrayna",
        "moldova", "çexiya", "polşa", "sudan", "uqanda", "ruanda", "florida", "berlin", "pekin", "lenin",
        "tbilisi", "almatı", "daşkənd", "düşənbə", "praqa", "varşava", "cenevrə", "riqa", "bratislava",
        "lisabon", "roma", "soçi", "kazan", "bişkek", "aşqabad", "havana", "yalta", "odessa",
        "asiya", "argentina", "venesuela", "kolumbiya", "britaniya", "danimarka", "belçika", "norveç", "çin",
        "ərbil", "doha", "abu-dabi", "yevrazes", "astrahan", "minsk", "london", "paris", "kiyev", "vyana",
        # given names that end like a suffix (-in, -ə, -a, -ı)
        "elçin", "ramin", "nərmin", "aydın", "aqşin", "əmin", "yasin", "metin", "leyla", "zahidə",
        "hamidə", "səidə", "fəridə", "nahidə", "vəhidə", "sevda", "nailə", "şəhla",
        "samirə", "kərim", "səlim", "nazim", "hakim", "qasım", "rəhim", "xanım", "əli", "vəli",
        # function words and common nouns that look inflected
        "ilə", "üçün", "sonra", "kimi", "görə", "daha", "yenə", "belə", "indi", "bütün", "yeni", "həmçinin",
        "habelə", "qarşı", "doğru", "üzrə", "hələ", "sadəcə", "bəzi", "hətta", "ata", "ana", "ada", "dünya", "məsələ",
        "namə", "dənə", "qəza", "ölkə", "küçə", "hava", "orta", "dəfə",
    }
)

# A place or organisation whose name ends in ``-a``/``-ə`` takes the genitive with a buffer ``n``
# (``Nevadanın``); read as a stem in ``-an``/``-ən`` + ``-ın``/``-in`` the name gains a letter. Where the article
# writes neither stem elsewhere and no lexicon knows the ``-n`` stem, the vowel stem is the likelier name.
BUFFERED_GENITIVE_ENDINGS = ("nın", "nin")
VOWEL_BEFORE_BUFFER = ("a", "ə")
# Place names of the ``-stan``/``-tan`` shape end in ``n`` themselves (a land of ...): no buffer read there.
N_FINAL_PLACE_ENDINGS = ("tan",)
# What a place's or organisation's canonical may still lose where the article writes the shorter form bare:
# a dative kept as the name's own letter (``dəryaya`` beside ``dərya``), a genitive's ``n`` kept on the stem.
DROPPABLE_ENDINGS = ("a", "ə", "ya", "yə", "n")
