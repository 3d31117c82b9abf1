"""The trained spaCy NER model: loaded from disk, run over our tokens, answered as token spans.

spaCy objects stay in this module: the stage hands in ``Token``s and gets ``rules.Span``s back.
The model ships inside the package (``pipeline/_models/ner`` in a wheel) or in the checkout's
``models/ner``; nothing is fetched from a hub.
"""

from __future__ import annotations

from pathlib import Path

from ...fingerprint import default_model_path
from ...records import Token
from . import gazetteer
from .name_shapes import name_nominative
from .person_rules import patronymic
from .rules import Span

LABELS = ("PER", "ORG", "LOC")
__all__ = ["LABELS", "Recogniser", "default_model_path", "load"]


class Recogniser:
    def __init__(self, path: Path):
        import spacy  # here, so that importing the package stays light

        self.nlp = spacy.load(path)

    def spans(self, tokens: list[Token], text: str, windows: list[tuple[int, int]] | None = None) -> list[Span]:
        """Entities the model finds in ``windows`` (token index ranges, end exclusive; default: all),
        each read as one document, as the model was trained on sentences."""
        return self.spans_batch([(tokens, text, windows if windows is not None else [(0, len(tokens))])])[0]

    def spans_batch(self, requests: list[tuple[list[Token], str, list[tuple[int, int]]]]) -> list[list[Span]]:
        """``spans`` for many (tokens, text, windows) at once: one pass of the model over every window."""
        from spacy.tokens import Doc

        docs, owners = [], []
        for index, (tokens, _, windows) in enumerate(requests):
            for begin, end in windows:
                part = tokens[begin:end]
                spaces = [part[i].end < part[i + 1].start for i in range(len(part) - 1)] + [False]
                docs.append(Doc(self.nlp.vocab, words=[t.text for t in part], spaces=spaces))
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
