"""The Stanza learner: Stanza's BiLSTM-CRF NER (word vectors trained here + a character LSTM), on ``Sample``s.

Stanza has no Azerbaijani model; this trains one from the same sentences and tokens as the spaCy learner
(``samples``), with the word vectors of ``vectors``. Stanza's own trainer does the work: it evaluates on the
dev sentences every ``eval_interval`` steps and keeps the best (entity F1), halves the learning rate when dev
stops improving, and stops after ``max_steps_no_improve`` steps without a better dev score. Every Stanza and
PyTorch object stays in this module and in ``pipeline.stages.entity.ner_stanza``, which loads the result.

The model folder: ``ner.pt`` (the tagger), ``pretrain.pt`` (the vectors), ``resources.json`` (an empty
index, so that Stanza's pipeline loads the two without asking for its model catalogue).
"""

from __future__ import annotations

import json
import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..stages.entity.ner_stanza import MODEL_FILE, RESOURCES_FILE, require_stanza
from .samples import Sample


@dataclass(frozen=True, slots=True)
class StanzaSettings:
    """Hyper-parameters; the defaults are the ones the model card reports (Stanza's own, but fewer steps)."""

    # Half Stanza's default widths (256 and 100): 0.6 s a step instead of 1.0 on one busy core.
    hidden_dim: int = 128
    char_hidden_dim: int = 50
    char_emb_dim: int = 50
    dropout: float = 0.5
    batch_size: int = 32
    # Adam, not Stanza's default SGD (lr 0.1): on this data SGD's dev F1 was 0.56 at step 600 against Adam's 0.65
    # at step 400 (models/ner-stanza/README.md), and the steps a 2-core machine can afford are few.
    optim: str = "adam"
    lr: float = 0.003
    max_steps: int = 1800  # about 16 epochs of the 3,634 sentences an epoch
    eval_interval: int = 100
    max_steps_no_improve: int = 600
    gold_repeat: int = 2  # as the spaCy learner: a gold news sentence is seen twice an epoch
    # One PyTorch thread: with two, on a 2-core machine that is doing anything else, OpenMP's threads wait
    # for each other (measured: 12 s a step with two threads, 1.0 s with one, the machine under load).
    threads: int = 1


def tagged(sample: Sample) -> list[dict[str, str]]:
    """One sentence in Stanza's NER training format: a token dict with its BIO tag (Stanza makes it BIOES)."""
    tags = ["O"] * len(sample.words)
    for start, end, label in sample.spans:
        tags[start] = f"B-{label}"
        for k in range(start + 1, end):
            tags[k] = f"I-{label}"
    return [{"text": word, "ner": tag} for word, tag in zip(sample.words, tags, strict=True)]


def _write(samples: list[Sample], path: Path) -> None:
    path.write_text(json.dumps([tagged(s) for s in samples], ensure_ascii=False), encoding="utf-8")


def arguments(settings: StanzaSettings, train_file: Path, dev_file: Path, pretrain: Path, out: Path,
              seed: int) -> list[str]:
    """The command line of ``stanza.models.ner_tagger`` for one training run on the CPU, without charlm."""
    values = {"train_file": train_file, "eval_file": dev_file, "wordvec_pretrain_file": pretrain,
              "save_dir": out, "save_name": MODEL_FILE, "shorthand": "az_aznews", "seed": seed,
              "hidden_dim": settings.hidden_dim, "char_hidden_dim": settings.char_hidden_dim,
              "char_emb_dim": settings.char_emb_dim, "dropout": settings.dropout, "batch_size": settings.batch_size,
              "optim": settings.optim, "lr": settings.lr, "max_steps": settings.max_steps,
              "eval_interval": settings.eval_interval, "max_steps_no_improve": settings.max_steps_no_improve,
              "log_step": settings.eval_interval}
    return [item for key, value in values.items() for item in (f"--{key}", str(value))] + ["--cpu"]


def to_pretrain(vectors_text: Path, out: Path) -> Path:
    """Word vectors in word2vec's text format to Stanza's pretrain file (``out``, a ``.pt``)."""
    require_stanza()
    from stanza.models.common.pretrain import Pretrain

    out.parent.mkdir(parents=True, exist_ok=True)
    Pretrain(str(out), str(vectors_text), max_vocab=-1).load()  # reads the text, writes ``out``
    return out


def fit(train_set: list[Sample], dev_set: list[Sample], pretrain: Path, out: Path,
        settings: StanzaSettings = StanzaSettings(), seed: int = 0, log=print) -> dict:
    """Train into ``out`` (beside the pretrain file already there); returns the dev history Stanza logged.
    Dev is the gold news sentences of ``dev_set`` (all of it when it has none), as for the spaCy learner."""
    require_stanza()
    import torch
    from stanza.models import ner_tagger

    torch.set_num_threads(settings.threads)

    dev = [s for s in dev_set if s.source == "gold"] or dev_set
    train = [s for s in train_set for _ in range(settings.gold_repeat if s.source == "gold" else 1)]
    out.mkdir(parents=True, exist_ok=True)
    history: list[dict] = []
    handler = _HistoryHandler(history, log)
    stanza_log = logging.getLogger("stanza")
    quieted = [(h, h.level) for h in stanza_log.handlers]  # Stanza logs every step; we report dev scores
    for own, _ in quieted:
        own.setLevel(logging.WARNING)
    stanza_log.setLevel(logging.INFO)
    stanza_log.addHandler(handler)
    try:
        with tempfile.TemporaryDirectory() as folder:
            train_file, dev_file = Path(folder) / "train.json", Path(folder) / "dev.json"
            _write(train, train_file)
            _write(dev, dev_file)
            ner_tagger.main(arguments(settings, train_file, dev_file, pretrain, out, seed))
    finally:
        stanza_log.removeHandler(handler)
        for own, level in quieted:
            own.setLevel(level)
    (out / RESOURCES_FILE).write_text("{}\n", encoding="utf-8")
    return {"dev_sentences": len(dev), "train_sentences_per_epoch": len(train), "history": history}


class _HistoryHandler(logging.Handler):
    """Collects Stanza's ``step N: train_loss = ..., dev_score = ...`` lines and passes them to ``log``."""

    def __init__(self, history: list[dict], log):
        super().__init__(logging.INFO)
        self.history, self.log = history, log

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("step ") and "dev_score" in message:
            step = int(message.split()[1].rstrip(":"))
            loss = float(message.split("train_loss = ")[1].split(",")[0])
            score = float(message.split("dev_score = ")[1])
            self.history.append({"step": step, "loss": round(loss, 4), "dev_f1": round(score, 4)})
            self.log(f"step {step}: loss {loss:.3f}, dev F1 {score:.3f}")
