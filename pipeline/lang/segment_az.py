"""Segmentation data: abbreviations after which a full stop does not end a sentence.

Data only; ``pipeline.segment`` applies it. Lower-cased, without the full stop.
"""

# Titles and words that always precede something: a full stop after them never ends a sentence.
NON_FINAL_ABBREVIATIONS = frozenset({
    "prof", "akad", "dos", "dr", "gen", "mr", "b", "c", "cən", "ş", "r", "k", "qəs", "küç",
    "pr", "prosp", "mil", "red", "müəl", "baş", "s.ü", "t.e.d", "f.e.d", "i.e.d",
})

# Units and counts that may end a sentence but usually do not ("100 mln. manat").
MID_SENTENCE_ABBREVIATIONS = frozenset({"mln", "mlrd", "min", "trln", "km", "kv", "sm", "kq", "səh", "bax"})

# A hyphen-joined suffix on an acronym or number (ATƏT-in, ABŞ-yə, 14-də) is one token with its hyphen.
MAX_HYPHEN_SUFFIX = 6
