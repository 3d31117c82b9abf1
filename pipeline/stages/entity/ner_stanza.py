"""The trained Stanza NER model (the second backend): loaded from disk, run over our tokens, answered as spans.

The same interface as ``ner_model.Recogniser`` (``spans``, ``spans_batch``), so the entities stage does not
know which backend it has. Stanza reads the project's own tokens (``tokenize_pretokenized=True``), one window
a sentence; its BIOES tags become token spans, trimmed and given canonical names by ``ner_model.model_span``,
exactly as the spaCy model's are. Stanza and PyTorch are imported here only, when a model is loaded, and only
with the ``[stanza]`` extra installed; nothing is downloaded (Stanza's model catalogue is never asked for).
"""

from __future__ import annotations

import logging
from pathlib import Path

from ...fingerprint import default_model_path
from ...records import Token
from .ner_model import model_span
from .rules import Span

MODEL_FILE = "ner.pt"
PRETRAIN_FILE = "pretrain.pt"
RESOURCES_FILE = "resources.json"
INSTALL = ('the stanza backend needs the [stanza] extra: install a CPU build of PyTorch first (pip install '
           '"torch==2.13.0+cpu" where the machine carries it), then pip install -e ".[stanza]" (or '
           '"aznews[stanza]"); README, "Two NER backends"')


class MissingExtra(ImportError):
    """An optional backend whose packages are not installed; the message says what to install."""


def require_stanza():
    """The ``stanza`` module, or ``MissingExtra`` saying how to install it (never a bare ImportError)."""
    try:
        import stanza
    except ImportError as error:
        raise MissingExtra(f"{INSTALL} ({error})") from None
    return stanza


class Recogniser:
    def __init__(self, path: Path, batch_size: int = 128, threads: int | None = 1):
        """``threads``: PyTorch's threads for this process (None leaves PyTorch's default). One, because the
        model is small and, on a machine doing other work, two OpenMP threads spend their time waiting for
        each other (``pipeline/training/stanza_ner.py`` has the figures)."""
        stanza = require_stanza()
        if threads:
            import torch

            torch.set_num_threads(threads)
        self.nlp = stanza.Pipeline(
            lang="az", dir=str(path), resources_filepath=str(path / RESOURCES_FILE), download_method=None,
            allow_unknown_language=True, processors="tokenize,ner", tokenize_pretokenized=True,
            ner_model_path=str(path / MODEL_FILE), ner_pretrain_path=str(path / PRETRAIN_FILE),
            ner_batch_size=batch_size, use_gpu=False, logging_level="ERROR",
        )

    def spans(self, tokens: list[Token], text: str, windows: list[tuple[int, int]] | None = None) -> list[Span]:
        """Entities the model finds in ``windows`` (token index ranges, end exclusive; default: all)."""
        return self.spans_batch([(tokens, text, windows if windows is not None else [(0, len(tokens))])])[0]

    def spans_batch(self, requests: list[tuple[list[Token], str, list[tuple[int, int]]]]) -> list[list[Span]]:
        """``spans`` for many (tokens, text, windows) at once: one Stanza document of every window."""
        sentences, owners = [], []
        for index, (tokens, _, windows) in enumerate(requests):
            for begin, end in windows:
                if end > begin:
                    sentences.append([t.text for t in tokens[begin:end]])
                    owners.append((index, begin))
        found: list[list[Span]] = [[] for _ in requests]
        if not sentences:
            return found
        doc = self.nlp(sentences)
        for (index, begin), sentence in zip(owners, doc.sentences, strict=True):
            tokens, text, _ = requests[index]
            tags = [token.ner for token in sentence.tokens]
            for first, last, label in decode(tags):
                span = model_span(tokens, text, begin + first, begin + last, label)
                if span is not None:
                    found[index].append(span)
        return found


def decode(tags: list[str]) -> list[tuple[int, int, str]]:
    """BIOES (or BIO) tags to (first, last, label) token spans, inclusive. A tag sequence the CRF should not
    give (an ``I-`` or ``E-`` with no open span of its label) opens a span rather than losing the name."""
    spans: list[tuple[int, int, str]] = []
    open_span: tuple[int, str] | None = None
    for k, tag in enumerate(tags):
        prefix, _, label = tag.partition("-")
        continues = open_span is not None and open_span[1] == label and prefix in ("I", "E")
        if open_span is not None and not continues:
            spans.append((open_span[0], k - 1, open_span[1]))
            open_span = None
        if prefix == "O" or not label:
            continue
        if open_span is None:
            open_span = (k, label)
        if prefix in ("S", "E"):
            spans.append((open_span[0], k, label))
            open_span = None
    if open_span is not None:
        spans.append((open_span[0], len(tags) - 1, open_span[1]))
    return spans


def load(path: str | Path | None = None) -> Recogniser:
    require_stanza()  # first: without the extra, neither a model nor a rebuild can help
    model = Path(path) if path else default_model_path("stanza")
    if not all((model / name).exists() for name in (MODEL_FILE, PRETRAIN_FILE, RESOURCES_FILE)):
        raise FileNotFoundError(
            f"no Stanza NER model at {model} (expected {MODEL_FILE}, {PRETRAIN_FILE} and {RESOURCES_FILE}): "
            "rebuild it with `aznews train --backend stanza`"
        )
    logging.getLogger("stanza").setLevel(logging.ERROR)
    try:
        return Recogniser(model)
    except Exception as error:  # a damaged or foreign file: Stanza and PyTorch raise many kinds
        raise ValueError(f"cannot load the Stanza NER model at {model}: {type(error).__name__}: {error}") from None
