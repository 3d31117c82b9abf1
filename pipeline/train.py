"""``aznews train``: rebuild the spaCy NER model from the shared data, reproducibly.

Training data: the hand-tagged Wikipedia sentences (``wiki_ner_az/ModelTrain``, DATE tags
dropped) and silver labels that the gazetteer and rules put on the shared news articles, except
the gold-annotated ones (they are the measure). The model is spaCy's CNN NER, kept small.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

LABELS = ("PER", "ORG", "LOC")
DEFAULT_EPOCHS = 12
# A small tok2vec: hashed NORM/PREFIX/SUFFIX/SHAPE embeddings (suffixes carry Azerbaijani case) and a CNN.
CONFIG = {
    "model": {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": 64,
        "maxout_pieces": 2,
        "use_upper": True,
        "tok2vec": {
            "@architectures": "spacy.HashEmbedCNN.v2",
            "pretrained_vectors": None,
            "width": 96,
            "depth": 4,
            "embed_size": 4000,
            "window_size": 1,
            "maxout_pieces": 3,
            "subword_features": True,
        },
    }
}


def wiki_sentences(data: Path) -> Iterator[tuple[list[str], list[str]]]:
    """(words, IOB tags) from the Wikipedia NER set, with DATE tags turned to O."""
    folder = data / "wiki_ner_az" / "ModelTrain"
    for split in ("train", "valid"):
        words_file, tags_file = folder / f"{split}_words", folder / f"{split}_tags"
        for words, tags in zip(words_file.read_text("utf-8").splitlines(),
                               tags_file.read_text("utf-8").splitlines(), strict=False):
            w, t = words.split(), tags.split()
            if len(w) != len(t) or not w:
                continue  # a few lines are malformed in the source; skip rather than guess
            yield w, [tag if tag[2:] in LABELS else "O" for tag in t]


def silver_sentences(data: Path) -> Iterator[tuple[list[str], list[bool], list[tuple[int, int, str]]]]:
    """(words, spaces, token-index entity spans) for each sentence of the non-gold news articles."""
    from .pipeline import Pipeline
    from .reader import read_paths
    from .records import Article

    gold = {p.stem for p in (data / "banker_az" / "gold").glob("*.json")}
    nlp = Pipeline.load(use_model=False)
    for item in read_paths([data / "banker_az" / "articles.jsonl"]):
        if not isinstance(item, Article) or item.id in gold:
            continue
        doc = nlp.process(item)
        tokens = [t for t in doc.tokens if t.field == "text"]
        for sentence in (s for s in doc.sentences if s.field == "text"):
            inside = [i for i, t in enumerate(tokens) if sentence.start <= t.start < sentence.end]
            if not inside:
                continue
            first = inside[0]
            words = [tokens[i].text for i in inside]
            spaces = [tokens[i].end < tokens[i + 1].start if i + 1 < len(tokens) else False for i in inside]
            spans = []
            for entity in doc.entities:
                if entity.field == "text" and sentence.start <= entity.start < sentence.end:
                    start = next(i for i in inside if tokens[i].start == entity.start) - first
                    end = next(i for i in inside if tokens[i].end == entity.end) - first + 1
                    spans.append((start, end, entity.label))
            yield words, spaces, spans


def _examples(nlp, data: Path) -> list:
    from spacy.tokens import Doc, Span
    from spacy.training import Example, iob_to_biluo, tags_to_entities

    examples = []
    for words, tags in wiki_sentences(data):
        reference = Doc(nlp.vocab, words=words)
        reference.ents = [Span(reference, s, e + 1, label=label)
                          for label, s, e in tags_to_entities(iob_to_biluo(tags))]
        examples.append(Example(Doc(nlp.vocab, words=words), reference))
    for words, spaces, spans in silver_sentences(data):
        reference = Doc(nlp.vocab, words=words, spaces=spaces)
        reference.ents = [Span(reference, s, e, label=label) for s, e, label in spans]
        examples.append(Example(Doc(nlp.vocab, words=words, spaces=spaces), reference))
    return examples


def train(data: Path, out: Path, epochs: int | None = None, seed: int = 0) -> Path:
    """Train and save the model; returns its folder. Deterministic for a given seed and data."""
    import spacy
    from spacy.util import fix_random_seed, minibatch

    if not (data / "wiki_ner_az").exists():
        raise FileNotFoundError(f"no shared data at {data} (expected wiki_ner_az/ and banker_az/ there)")
    epochs = epochs or DEFAULT_EPOCHS
    fix_random_seed(seed)
    random.seed(seed)
    nlp = spacy.blank("az")
    ner = nlp.add_pipe("ner", config=CONFIG)
    for label in LABELS:
        ner.add_label(label)
    started = time.perf_counter()
    examples = _examples(nlp, data)
    print(f"training on {len(examples)} sentences", file=sys.stderr)
    optimizer = nlp.initialize(lambda: examples, sgd=None)
    for epoch in range(epochs):
        random.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        print(f"epoch {epoch + 1}/{epochs}: loss {losses.get('ner', 0):.1f}", file=sys.stderr)
    out.mkdir(parents=True, exist_ok=True)
    nlp.meta.update({"name": "aznews_ner", "version": "0.1.0", "description": "Azerbaijani news NER (PER, ORG, LOC)"})
    nlp.to_disk(out)
    summary = {"sentences": len(examples), "epochs": epochs, "seed": seed,
               "seconds": round(time.perf_counter() - started, 1)}
    (out / "training.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    print(f"model written to {out} ({summary['seconds']} s)", file=sys.stderr)
    return out
