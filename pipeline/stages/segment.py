"""Stage 2: sentences and tokens.

spaCy's blank ``az`` language tokenises; two Azerbaijani adjustments follow: a suffix joined by a
hyphen to an acronym or number stays one token with its hyphen (``ATƏT`` + ``-in``, so the name
token is clean), and sentences end only at final punctuation before a capital, a digit or a
quote, never after an initial (``X. Xələfov``) or a title abbreviation, and always at a line
break (headlines carry no full stop).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

import spacy
from spacy.attrs import IDX, IS_SPACE, LENGTH

from ..lang.segment_az import MAX_HYPHEN_SUFFIX, MID_SENTENCE_ABBREVIATIONS, NON_FINAL_ABBREVIATIONS
from ..records import TEXT, TITLE, Document, Sentence, Token
from ..stage import register

_FINAL = {".", "!", "?", "...", "…", "?!", "!?"}
# A sentence longer than this is cut: the longest in the 553 shared articles has 150 tokens, so only text
# without punctuation (a list, a table, a dump) reaches it, and every stage's work per sentence stays bounded.
MAX_SENTENCE_TOKENS = 250
_OPENERS = "\"'«“„(–—-"
# A name with a suffix after an apostrophe (``ABŞ’ın``, ``Bakı'ya``): the suffix is a token of its own.
_APOSTROPHE_SUFFIX = re.compile(r"^([^\W\d_][\w]*?)(['’ʼ][^\W\d_]+)$")
# A suffix after a closing quote (``“PAŞA Bank”ın``, ``«Azərsu»nun``): name, quote and suffix are three tokens.
_QUOTE_SUFFIX = re.compile(r"^([^\W\d_]\w*?)([”»\"])([^\W\d_]+)$")


def _has_quote(word: str) -> bool:
    return "'" in word or "’" in word or "ʼ" in word or "”" in word or "»" in word or '"' in word


@cache
def _tokenizer():
    nlp = spacy.blank("az")
    # Only IS_SPACE is read from the tokens; computing the other lexical attributes (shape, prefix,
    # like_num, ...) of every new word is a sixth of a daily batch's tokenising.
    nlp.vocab.lex_attr_getters = {IS_SPACE: nlp.vocab.lex_attr_getters[IS_SPACE]}
    return nlp.tokenizer


def tokenize(text: str, field: str = TEXT) -> list[Token]:
    """Tokens with offsets; whitespace is dropped, hyphen suffixes re-joined."""
    # Offsets come from one array call: building a Python object per spaCy token costs more than the rest.
    spans = _tokenizer()(text).to_array([IDX, LENGTH, IS_SPACE]).tolist()
    raw = [(start, start + length, text[start : start + length]) for start, length, space in spans if not space]
    tokens: list[Token] = []
    i = 0
    while i < len(raw):
        start, end, word = raw[i]
        if word != "-" and not _has_quote(word):  # the common case: a token as spaCy gives it
            tokens.append(Token(start, end, word, field))
            i += 1
            continue
        if _is_hyphen_suffix(raw, i):
            tokens.append(Token(start, raw[i + 1][1], text[start : raw[i + 1][1]], field))
            i += 2
            continue
        quoted = _QUOTE_SUFFIX.match(word)
        if quoted and quoted.group(3).islower() and len(quoted.group(3)) <= MAX_HYPHEN_SUFFIX:
            quote_at = start + len(quoted.group(1))
            tokens += [Token(start, quote_at, text[start:quote_at], field),
                       Token(quote_at, quote_at + 1, text[quote_at], field),
                       Token(quote_at + 1, end, text[quote_at + 1 : end], field)]
            i += 1
            continue
        apostrophe = _APOSTROPHE_SUFFIX.match(word)
        if apostrophe and apostrophe.group(1)[0].isupper() and apostrophe.group(2)[1:].islower() \
                and len(apostrophe.group(2)) <= MAX_HYPHEN_SUFFIX + 1:
            cut = start + len(apostrophe.group(1))
            tokens += [Token(start, cut, text[start:cut], field), Token(cut, end, text[cut:end], field)]
        else:
            tokens.append(Token(start, end, word, field))
        i += 1
    return tokens


def _is_hyphen_suffix(raw: list[tuple[int, int, str]], i: int) -> bool:
    """``-`` glued between an acronym or number and a short lower-case suffix."""
    if raw[i][2] != "-" or i == 0 or i + 1 >= len(raw):
        return False
    before, after = raw[i - 1], raw[i + 1]
    glued = before[1] == raw[i][0] and raw[i][1] == after[0]
    host = before[2]
    host_ok = host.isupper() or host[-1].isdigit()
    return glued and host_ok and after[2].isalpha() and after[2].islower() and len(after[2]) <= MAX_HYPHEN_SUFFIX


def _ends_sentence(tokens: list[Token], i: int, text: str) -> bool:
    token = tokens[i]
    if i + 1 >= len(tokens):
        return True
    following = tokens[i + 1]
    if "\n" in text[token.end : following.start]:
        return True
    if token.text not in _FINAL:
        return False
    previous = tokens[i - 1].text.lower() if i > 0 else ""
    if token.text == "." and previous in NON_FINAL_ABBREVIATIONS:
        return False
    starts_new = following.text[0].isupper() or following.text[0].isdigit() or following.text[0] in _OPENERS
    if token.text == "." and previous in MID_SENTENCE_ABBREVIATIONS:
        return starts_new and following.text[0].isupper()
    return starts_new


def split_sentences(text: str, tokens: list[Token], field: str = TEXT, first_id: int = 0) -> list[Sentence]:
    sentences: list[Sentence] = []
    begin = 0
    for i, _token in enumerate(tokens):
        if _ends_sentence(tokens, i, text) or i + 1 - begin >= MAX_SENTENCE_TOKENS:
            start, end = tokens[begin].start, tokens[i].end
            sentences.append(Sentence(first_id + len(sentences), start, end, text[start:end], field))
            begin = i + 1
    return sentences


@register("segment", requires=("normalised",), assigns=("sentences", "tokens"))
def make_segment_stage():
    def segment_stage(doc: Document) -> Document:
        title_tokens = tokenize(doc.title, TITLE)
        text_tokens = tokenize(doc.text, TEXT)
        title_sentences = split_sentences(doc.title, title_tokens, TITLE)
        text_sentences = split_sentences(doc.text, text_tokens, TEXT, first_id=len(title_sentences))
        return replace(
            doc,
            tokens=tuple(title_tokens + text_tokens),
            sentences=tuple(title_sentences + text_sentences),
        )

    return segment_stage
