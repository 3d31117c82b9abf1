"""The trained spaCy NER model: loaded from disk, run over our tokens, answered as token spans.

spaCy objects stay in this module: the stage hands in ``Token``s and gets ``rules.Span``s back.
The model ships inside the package (``pipeline/_models/ner`` in a wheel) or in the checkout's
``models/ner``; nothing is fetched from a hub.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ...fingerprint import default_model_path
from ...lang.suffixes import SUFFIX_SEPARATORS
from ...records import Token
from ...text import az_lower
from .. import morphology
from . import gazetteer
from .name_shapes import name_nominative
from .person_rules import patronymic
from .rules import Span

LABELS = ("PER", "ORG", "LOC")
# What a model reads as each token's NORM feature, saved in its meta.json under ``aznews`` -> ``norm``:
# "lower" (spaCy's own, and what a model without the key was trained with) or "stem" (``stem_norms``).
NORM_LOWER, NORM_STEM = "lower", "stem"
__all__ = ["LABELS", "NORM_LOWER", "NORM_STEM", "Recogniser", "default_model_path", "load", "make_doc", "stem_norms"]


def stem_norms(words: Sequence[str], spaces: Sequence[bool]) -> list[str | None]:
    """The NORM of each word for a model trained on stems: a capitalised word's stem as the morphology stage
    reads it (the gazetteer picks among readings; a split-off suffix, ``ATƏT`` + ``-in``, is read with its
    host), lower-cased: ``Əliyevə``, ``Əliyevin`` and ``Əliyev`` are one word to the model, where the hashed
    surface norm sees three. The case stays visible in the PREFIX/SUFFIX/SHAPE features, which read the
    surface. None for the other words: they keep spaCy's norm (lower case), as lower-case words are as
    often verbs, which the analyser would misread (it reads only name-like words in the pipeline too)."""
    lexicon = gazetteer.load().knows_word
    norms: list[str | None] = []
    for i, word in enumerate(words):
        if not word[:1].isupper():
            norms.append(None)
            continue
        after = words[i + 1] if i + 1 < len(words) and not spaces[i] else ""
        glued = after[:1] in SUFFIX_SEPARATORS and after[1:].isalpha()  # ``-in``, not the lone ``-`` of Nyu-York
        norms.append(az_lower(morphology.analyse(word + after if glued else word, lexicon).stem))
    return norms


def make_doc(vocab, words: Sequence[str], spaces: Sequence[bool], norm: str = NORM_LOWER):
    """The spaCy ``Doc`` of a sentence's words with the NORM the model was trained on: one function for
    training (``training.spacy_ner``) and for running, so the two never read a word differently."""
    from spacy.tokens import Doc

    doc = Doc(vocab, words=list(words), spaces=list(spaces))
    if norm == NORM_STEM:
        for token, stem in zip(doc, stem_norms(words, spaces), strict=True):
            if stem is not None:
                token.norm_ = stem
    elif norm != NORM_LOWER:
        raise ValueError(f"unknown norm {norm!r}: the model needs a newer aznews")
    return doc


class Recogniser:
    def __init__(self, path: Path):
        import spacy  # here, so that importing the package stays light

        self.nlp = spacy.load(path)
        self.norm = self.nlp.meta.get("aznews", {}).get("norm", NORM_LOWER)

    def spans(self, tokens: list[Token], text: str, windows: list[tuple[int, int]] | None = None) -> list[Span]:
        """Entities the model finds in ``windows`` (token index ranges, end exclusive; default: all),
        each read as one document, as the model was trained on sentences."""
        return self.spans_batch([(tokens, text, windows if windows is not None else [(0, len(tokens))])])[0]

    def spans_batch(self, requests: list[tuple[list[Token], str, list[tuple[int, int]]]]) -> list[list[Span]]:
        """``spans`` for many (tokens, text, windows) at once: one pass of the model over every window."""
        docs, owners = [], []
        for index, (tokens, _, windows) in enumerate(requests):
            for begin, end in windows:
                part = tokens[begin:end]
                spaces = [part[i].end < part[i + 1].start for i in range(len(part) - 1)] + [False]
                docs.append(make_doc(self.nlp.vocab, [t.text for t in part], spaces, self.norm))
                owners.append((index, begin))
        found: list[list[Span]] = [[] for _ in requests]
        for (index, begin), doc in zip(owners, self.nlp.pipe(docs, batch_size=256), strict=True):
            tokens, text, _ = requests[index]
            found[index] += self._read(doc, tokens, text, begin)
        return found

    def _read(self, doc, tokens: list[Token], text: str, offset: int) -> list[Span]:
        spans = (model_span(tokens, text, offset + e.start, offset + e.end - 1, e.label_) for e in doc.ents)
        return [span for span in spans if span is not None]


def model_span(tokens: list[Token], text: str, first: int, last: int, label: str) -> Span | None:
    """A statistical model's entity over tokens ``first``..``last`` as a ``Span`` with its canonical form
    (the last word in the nominative), trimmed as ``_trimmed`` says; None for a label or span we do not keep.
    Shared by every NER backend, so that they differ only in what they predict."""
    edges = _trimmed(tokens, first, last)
    if label not in LABELS or edges is None:
        return None
    first, last = edges
    closing = patronymic(tokens[last].text) if label == "PER" else None
    form = closing.group(1) if closing else name_nominative(tokens[last].text, gazetteer.load().knows_word)
    return Span(first, last, label, text[tokens[first].start : tokens[last].start] + form, "model")


def _trimmed(tokens: list[Token], first: int, last: int) -> tuple[int, int] | None:
    """The span without edge punctuation or a hyphen suffix (``ATƏT`` + ``-in``: ANNOTATION.md keeps the
    suffix outside); None unless it starts like a name, with a capital or a digit (``3-cü Şuşa ... Forumu``)."""
    while first <= last and not tokens[last].text[:1].isalnum():
        last -= 1
    while first <= last and not tokens[first].text[:1].isalnum():
        first += 1
    if first > last or not (tokens[first].text[:1].isupper() or tokens[first].text[:1].isdigit()):
        return None
    return first, last


def load(path: str | Path | None = None) -> Recogniser:
    model = Path(path) if path else default_model_path()
    if not (model / "meta.json").exists():
        raise FileNotFoundError(
            f"no NER model at {model}: rebuild it with `aznews train`, or run with --no-model"
        )
    return Recogniser(model)
