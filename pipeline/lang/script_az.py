"""Script data: Cyrillic look-alikes and the Azerbaijani Cyrillic alphabet mapped to Latin.

Data only; ``pipeline.normalise`` applies it. Azerbaijani Cyrillic (1939-1991) still turns up in
archives and reposts, and Latin texts typed on Russian keyboards mix in Cyrillic letters that
look Latin (``ә`` for ``ə``, ``о`` for ``o``).
"""

# Single Cyrillic letters inside an otherwise Latin word: replaced by their Latin look-alike.
LOOKALIKES = {
    "ә": "ə", "Ә": "Ə", "а": "a", "А": "A", "е": "e", "Е": "E", "о": "o", "О": "O",
    "р": "p", "Р": "P", "с": "c", "С": "C", "х": "x", "Х": "X", "у": "y", "У": "Y",
    "і": "i", "І": "I", "ј": "j", "Ј": "J", "к": "k", "К": "K", "М": "M", "Н": "H",
    "Т": "T", "В": "B", "ө": "ö", "Ө": "Ö", "ү": "ü", "Ү": "Ü", "һ": "h", "Һ": "H",
    # Latin schwa variants: U+01DD (turned e) is typed for ə by some keyboards.
    "ǝ": "ə", "Ǝ": "Ə",
}

# The Azerbaijani Latin alphabet's letters beyond ASCII (with ASCII A-Z, what counts as a Latin letter).
LATIN_EXTRA_LETTERS = "ÇçĞğİıÖöŞşÜüƏə"

# Letters replaced wherever they stand: they are never right in Latin Azerbaijani (schwa look-alikes).
ALWAYS_REPLACED = frozenset({"ә", "Ә", "ǝ", "Ǝ"})

# The Azerbaijani Cyrillic alphabet (1958 orthography) to the Latin alphabet of 1991.
CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "q", "ғ": "ğ", "д": "d", "е": "e", "ә": "ə", "ж": "j",
    "з": "z", "и": "i", "ы": "ı", "ј": "y", "к": "k", "ҝ": "g", "л": "l", "м": "m", "н": "n",
    "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ү": "ü", "ф": "f",
    "х": "x", "һ": "h", "ч": "ç", "ҹ": "c", "ш": "ş", "й": "y", "ц": "ts", "щ": "şç", "ъ": "",
    "ь": "", "э": "e", "ю": "yu", "я": "ya", "ё": "yo", "і": "i", "ҡ": "k", "ҙ": "z",
}
CYRILLIC_TO_LATIN.update(
    {cyr.upper(): (lat[:1].upper() + lat[1:]) if lat else "" for cyr, lat in list(CYRILLIC_TO_LATIN.items())}
)
CYRILLIC_TO_LATIN["И"] = "İ"  # Azerbaijani capital i has the dot

# Characters that carry nothing for the reader: removed (soft hyphen, zero-width marks, BOM).
INVISIBLE = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
# Space variants: read as a plain space.
SPACES = {"\u00a0", "\u2007", "\u202f", "\u2009", "\u200a"}

# Share of Cyrillic letters above which a text is taken as written in Cyrillic script.
CYRILLIC_SCRIPT_SHARE = 0.5
