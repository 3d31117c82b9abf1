"""``aznews train``: rebuild the NER model from the gold corpus, reproducibly.

Training data: the gold news of the ``train`` split (``corpus/splits.json``), the hand-tagged Wikipedia
sentences, and silver labels the rules put on shared articles outside every split (they scored better on
dev than gold and Wikipedia alone; ``silver=False`` leaves them out). The epoch is chosen on the gold ``dev``
split (the Stanza backend's step likewise); the ``test`` split is never read here. Word vectors are trained here
first, on the shared text outside it (``training.vectors``): always for Stanza; for spaCy with ``vectors``, which
keeps them as a table of static vectors inside the model's folder, so running it needs nothing but spaCy.
"""

from __future__ import annotations

import json
import random
import sys
import time
from dataclasses import asdict, replace
from pathlib import Path

from .fingerprint import MODEL_FOLDERS
from .gold import load_splits
from .io.folders import check_replaceable, write_folder
from .training.samples import Sample, gold_samples, reviewed_samples, silver_samples, wiki_samples
from .training.spacy_ner import WITH_VECTORS, Settings, fit

__all__ = ["train", "train_stanza", "training_sets", "Settings", "DEFAULT_OUT"]

DEFAULT_OUT = {backend: Path("models") / folder for backend, folder in MODEL_FOLDERS.items()}

MODEL_MARKER = "meta.json"  # every spaCy model folder has one


def _log(message: str) -> None:
    print(message, file=sys.stderr)


def training_sets(data: Path, limit: int | None = None, silver: bool = True, seed: int = 0,
                  log=_log, reviewed: Path | None = None) -> tuple[list[Sample], list[Sample], dict]:
    """(train, dev, counts). ``limit`` keeps that many gold train articles, drawn with ``seed`` (learning curves)."""
    if not (data / "wiki_ner_az").exists() or not (data / "banker_az").exists():
        raise FileNotFoundError(f"no shared data at {data} (expected wiki_ner_az/ and banker_az/ there)")
    splits = load_splits()
    train_ids = list(splits["train"])
    if limit is not None:
        train_ids = sorted(random.Random(seed).sample(train_ids, min(limit, len(train_ids))))
    train_set = wiki_samples(data, "train")
    dev_set = wiki_samples(data, "valid")
    gold_train = [s for _, samples in gold_samples(data, train_ids) for s in samples]
    dev_set += [s for _, samples in gold_samples(data, splits["dev"]) for s in samples]
    train_set += gold_train
    counts = {"gold_articles": len(train_ids), "gold_sentences": len(gold_train),
              "wiki_sentences": len(train_set) - len(gold_train)}
    if silver:
        annotated = {i for ids in splits.values() for i in ids}
        silver_set = [s for _, samples in silver_samples(data, annotated) for s in samples]
        train_set += silver_set
        counts["silver_sentences"] = len(silver_set)
    if reviewed is not None:
        held_out = set(splits.get("dev", [])) | set(splits.get("test", []))
        reviewed_set = [s for _, samples in reviewed_samples(reviewed, held_out) for s in samples]
        train_set += reviewed_set
        counts["reviewed_sentences"] = len(reviewed_set)
    counts["dev_sentences"] = len(dev_set)
    log("training on " + ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items()))
    return train_set, dev_set, counts


def train(data: Path, out: Path, epochs: int | None = None, seed: int = 0, settings: Settings | None = None,
          limit: int | None = None, silver: bool = True, log=_log, reviewed: Path | None = None,
          vectors: bool = False) -> Path:
    """Train and save the model; returns its folder. Deterministic for a given seed and data.
    ``vectors``: train static word vectors first (needs gensim) and use ``WITH_VECTORS`` unless ``settings``
    are given; the shipped model has none (models/README.md: they did not pass on dev)."""
    for name, value in (("epochs", epochs), ("limit", limit)):
        if value is not None and (not isinstance(value, int) or value < 1):
            raise ValueError(f"{name} must be a positive whole number, not {value!r}")
    out = Path(out)
    check_replaceable(out, MODEL_MARKER)  # now, not after the training
    settings = settings or (WITH_VECTORS if vectors else Settings())
    if epochs is not None:
        settings = replace(settings, epochs=epochs)
    started = time.perf_counter()
    train_set, dev_set, counts = training_sets(Path(data), limit, silver, seed, log, reviewed)
    table, vector_summary = _spacy_vectors(Path(data), seed, log) if vectors else (None, None)
    nlp, history = fit(train_set, dev_set, settings, seed, log, table)
    nlp.meta.update({"name": "aznews_ner", "version": "0.3.0", "description": "Azerbaijani news NER (PER, ORG, LOC)"})
    best = max(history, key=lambda h: h["dev_f1"])
    summary = {"data": counts, "seed": seed, "silver": silver, "settings": asdict(settings),
               "vectors": vector_summary, "best_epoch": best["epoch"], "dev": best, "history": history,
               "seconds": round(time.perf_counter() - started, 1)}

    def save(folder: Path) -> None:
        nlp.to_disk(folder)
        (folder / "training.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")

    write_folder(out, save, MODEL_MARKER)  # the model there before stays whole until the new one is complete
    log(f"model (epoch {best['epoch']}, dev F1 {best['dev_f1']:.3f}) written to {out} ({summary['seconds']} s)")
    return out


def _spacy_vectors(data: Path, seed: int, log) -> tuple[tuple[list, object], dict]:
    """((words, rows), summary): fastText vectors of every word of the shared text outside the test split."""
    from .text import az_lower
    from .training.vectors import SPACY_VECTORS, vector_sentences, word_table

    sentences = list(vector_sentences(data, set(load_splits()["test"]), az_lower))
    words, rows, summary = word_table(sentences, SPACY_VECTORS, seed)
    log(f"word vectors: {summary['words']} words from {summary['tokens']} tokens")
    return (words, rows), summary | {"settings": asdict(SPACY_VECTORS)}


def train_stanza(data: Path, out: Path, epochs: int | None = None, seed: int = 0, settings=None,
                 limit: int | None = None, silver: bool = True, log=_log) -> Path:
    """The Stanza backend: word vectors trained here, then Stanza's NER on the same sentences as spaCy's.
    ``epochs`` caps training at that many passes over the training sentences (default: the settings' steps)."""
    import tempfile

    from .stages.entity.ner_stanza import require_stanza
    from .training.stanza_ner import StanzaSettings, fit, to_pretrain
    from .training.vectors import VectorSettings, train_vectors, vector_sentences

    require_stanza()  # before the data is read: without the extra, say so at once
    settings = settings or StanzaSettings()
    started = time.perf_counter()
    data = Path(data)
    train_set, dev_set, counts = training_sets(data, limit, silver, seed, log)
    if epochs is not None:
        per_epoch = -(-sum(settings.gold_repeat if s.source == "gold" else 1 for s in train_set) // settings.batch_size)
        settings = replace(settings, max_steps=epochs * per_epoch)
    test_ids = set(load_splits()["test"])
    sentences = list(vector_sentences(data, test_ids))
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        text_vectors = Path(folder) / "vectors.txt"
        vectors = train_vectors(sentences, text_vectors, VectorSettings(), seed)
        log(f"word vectors: {vectors['words']} words from {vectors['tokens']} tokens")
        to_pretrain(text_vectors, out / "pretrain.pt")
    result = fit(train_set, dev_set, out / "pretrain.pt", out, settings, seed, log)
    history = result.pop("history")
    best = max(history, key=lambda h: h["dev_f1"]) if history else {}
    summary = {"backend": "stanza", "data": counts | result, "seed": seed, "silver": silver,
               "settings": asdict(settings), "vectors": vectors | {"settings": asdict(VectorSettings())},
               "best_step": best.get("step"), "dev": best, "history": history,
               "seconds": round(time.perf_counter() - started, 1)}
    (out / "training.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    log(f"model (step {best.get('step')}, dev F1 {best.get('dev_f1', 0):.3f}) written to {out} "
        f"({summary['seconds']} s)")
    return out
