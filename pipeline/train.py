"""``aznews train``: rebuild the spaCy NER model from the shared data, reproducibly.

Training data: the hand-tagged Wikipedia sentences (``wiki_ner_az/ModelTrain``, DATE tags
dropped) and silver labels that the gazetteer and rules put on the shared news articles, except
the gold-annotated ones (they are the measure; the seed in ``corpus/`` is never read). Both are
re-tokenised with the pipeline's own tokenizer, so the model sees at training time exactly the
tokens it is given at run time (``ATƏT`` + ``-in``, not Wikipedia's ``ATƏT - in``).

The epoch is chosen on a held-out dev slice (the Wikipedia ``valid`` split and every tenth
news article, picked by a hash of its id), never on the gold. The model is spaCy's CNN NER, kept small.
"""

from __future__ import annotations

import json
import random
import sys
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from .lang.segment_az import MAX_HYPHEN_SUFFIX
from .records import TEXT, TITLE, Token
from .stages.ner_model import LABELS
from .stages.segment import tokenize

DEV_SHARE = 10  # one news article in DEV_SHARE goes to the dev slice


@dataclass(frozen=True, slots=True)
class Settings:
    """Hyper-parameters; the defaults are the ones the shipped model was trained with (models/README.md)."""

    epochs: int = 8
    dropout: float = 0.2
    batch_size: int = 32
    wiki_repeat: int = 2  # Wikipedia sentences are hand-tagged: seen this many times per epoch
    # Small on purpose: the model fills the gaps the rules leave, and this size runs the whole pipeline
    # at twice dateparser's speed (width 96, depth 4 scored no better with the rules: models/README.md).
    width: int = 64
    depth: int = 2
    embed_size: int = 4000
    hidden_width: int = 48


@dataclass(frozen=True, slots=True)
class Sample:
    """One sentence: tokens, whether a space follows each, and entity spans as token ranges [start, end)."""

    words: tuple[str, ...]
    spaces: tuple[bool, ...]
    spans: tuple[tuple[int, int, str], ...]
    source: str  # "wiki" or "news"


def model_config(settings: Settings) -> dict:
    # Hashed NORM/PREFIX/SUFFIX/SHAPE embeddings (suffixes carry Azerbaijani case) and a small CNN.
    return {
        "model": {
            "@architectures": "spacy.TransitionBasedParser.v2",
            "state_type": "ner",
            "extra_state_tokens": False,
            "hidden_width": settings.hidden_width,
            "maxout_pieces": 2,
            "use_upper": True,
            "tok2vec": {
                "@architectures": "spacy.HashEmbedCNN.v2",
                "pretrained_vectors": None,
                "width": settings.width,
                "depth": settings.depth,
                "embed_size": settings.embed_size,
                "window_size": 1,
                "maxout_pieces": 3,
                "subword_features": True,
            },
        }
    }


# --- from characters to our tokens ------------------------------------------------------------------

def to_sample(tokens: list[Token], spans: Iterable[tuple[int, int, str]], source: str) -> Sample | None:
    """Character spans onto tokens; None when a span does not fall on token boundaries (the label is unsure)."""
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    token_spans = []
    for start, end, label in spans:
        if start not in starts or end not in ends:
            return None
        token_spans.append((starts[start], ends[end] + 1, label))
    spaces = tuple(a.end < b.start for a, b in zip(tokens, tokens[1:], strict=False)) + (False,)
    return Sample(tuple(t.text for t in tokens), spaces, tuple(token_spans), source)


def _iob_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Word-index spans [start, end) of PER/ORG/LOC; an I- without its B- opens a span (malformed lines)."""
    spans: list[tuple[int, int, str]] = []
    for i, tag in enumerate(tags):
        prefix, _, label = tag.partition("-")
        if label not in LABELS:
            continue
        if prefix == "I" and spans and spans[-1][1] == i and spans[-1][2] == label:
            spans[-1] = (spans[-1][0], i + 1, label)
        else:
            spans.append((i, i + 1, label))
    return spans


def _glued_suffix(words: list[str], i: int) -> bool:
    """Wikipedia writes ``ABŞ - ın``; news writes ``ABŞ-ın``, which our tokenizer keeps as ``ABŞ`` + ``-ın``."""
    if words[i] != "-" or i == 0 or i + 1 >= len(words):
        return False
    host, suffix = words[i - 1], words[i + 1]
    host_ok = host.isupper() or host[-1].isdigit()
    return host_ok and suffix.isalpha() and suffix.islower() and len(suffix) <= MAX_HYPHEN_SUFFIX


def detokenise(words: list[str], tags: list[str]) -> tuple[str, list[tuple[int, int, str]]]:
    """A news-like text for a Wikipedia sentence and the character spans of its entities."""
    text, offsets = "", []
    for i, word in enumerate(words):
        glued = i > 0 and (_glued_suffix(words, i) or _glued_suffix(words, i - 1))
        text += "" if glued or i == 0 else " "
        offsets.append((len(text), len(text) + len(word)))
        text += word
    spans = [(offsets[s][0], offsets[e - 1][1], label) for s, e, label in _iob_spans(tags)]
    return text, spans


def tagged_samples(words_file: Path, tags_file: Path) -> list[Sample]:
    """Sentences of a Wikipedia-style file pair (tokens, IOB tags), DATE dropped, re-tokenised our way."""
    lines = zip(words_file.read_text("utf-8").splitlines(), tags_file.read_text("utf-8").splitlines(), strict=True)
    samples = []
    for words_line, tags_line in lines:
        words, tags = words_line.split(), tags_line.split()
        if len(words) != len(tags) or not words:
            continue  # a few lines are malformed in the source; skip rather than guess
        text, spans = detokenise(words, tags)
        sample = to_sample(tokenize(text), spans, "wiki")
        if sample:
            samples.append(sample)
    return samples


def wiki_samples(data: Path, split: str) -> list[Sample]:
    """The Wikipedia ``train`` or ``valid`` split."""
    folder = data / "wiki_ner_az" / "ModelTrain"
    return tagged_samples(folder / f"{split}_words", folder / f"{split}_tags")


# --- silver news ----------------------------------------------------------------------------------------

def silver_articles(data: Path) -> Iterator[tuple[str, list[Sample]]]:
    """(article id, its sentences with the rules' entities) for every news article without a gold file."""
    from .io.reader import read_paths
    from .pipeline import Pipeline
    from .records import Article

    gold = {p.stem for p in (data / "banker_az" / "gold").glob("*.json")}
    nlp = Pipeline.load(use_model=False)
    for item in read_paths([data / "banker_az" / "articles.jsonl"]):
        if isinstance(item, Article) and item.id not in gold:
            yield item.id, _document_samples(nlp.process(item))


def _document_samples(doc) -> list[Sample]:
    samples = []
    for field in (TITLE, TEXT):
        tokens = [t for t in doc.tokens if t.field == field]
        entities = [e for e in doc.entities if e.field == field]
        for sentence in (s for s in doc.sentences if s.field == field):
            inside = [t for t in tokens if sentence.start <= t.start < sentence.end]
            spans = [(e.start, e.end, e.label) for e in entities if sentence.start <= e.start < sentence.end]
            # An entity running over the sentence end would leave its tail as O: the sentence is dropped.
            sample = to_sample(inside, spans, "news") if inside else None
            if sample:
                samples.append(sample)
    return samples


def is_dev_article(article_id: str) -> bool:
    # A hash, not a random draw: the split stays the same as the rules (and the silver) change.
    return zlib.crc32(article_id.encode("utf-8")) % DEV_SHARE == 0


def load_samples(data: Path) -> tuple[list[Sample], list[Sample]]:
    """(train, dev) samples: Wikipedia train / valid, and news articles split by ``is_dev_article``."""
    if not (data / "wiki_ner_az").exists() or not (data / "banker_az").exists():
        raise FileNotFoundError(f"no shared data at {data} (expected wiki_ner_az/ and banker_az/ there)")
    train_set, dev_set = wiki_samples(data, "train"), wiki_samples(data, "valid")
    for article_id, samples in silver_articles(data):
        (dev_set if is_dev_article(article_id) else train_set).extend(samples)
    return train_set, dev_set


# --- fitting and scoring -------------------------------------------------------------------------------

def _example(nlp, sample: Sample):
    from spacy.tokens import Doc
    from spacy.training import Example

    reference = Doc(nlp.vocab, words=list(sample.words), spaces=list(sample.spaces))
    reference.ents = [_span(reference, s, e, label) for s, e, label in sample.spans]
    return Example(Doc(nlp.vocab, words=list(sample.words), spaces=list(sample.spaces)), reference)


def _span(doc, start: int, end: int, label: str):
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)


def span_counts(nlp, samples: list[Sample]) -> dict[str, tuple[int, int, int]]:
    """Exact-span (true positives, predicted, gold) overall and per label, by source: ``wiki``, ``news/LOC``."""
    from spacy.tokens import Doc

    counts: dict[str, tuple[int, int, int]] = {}
    for sample in samples:
        doc = nlp(Doc(nlp.vocab, words=list(sample.words), spaces=list(sample.spaces)))
        predicted = {(e.start, e.end, e.label_) for e in doc.ents}
        for key in (sample.source, *(f"{sample.source}/{label}" for label in LABELS)):
            label = key.partition("/")[2]
            p = {s for s in predicted if not label or s[2] == label}
            g = {s for s in sample.spans if not label or s[2] == label}
            tp, n_pred, n_gold = counts.get(key, (0, 0, 0))
            counts[key] = (tp + len(p & g), n_pred + len(p), n_gold + len(g))
    return counts


def score(nlp, samples: list[Sample]) -> dict[str, float]:
    """Exact-span F1 overall and per label, for the wiki and news parts of ``samples``."""
    counts = span_counts(nlp, samples).items()
    return {key: 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0 for key, (tp, n_pred, n_gold) in counts}


def dev_f1(scores: dict[str, float]) -> float:
    # Wikipedia and news count equally: the news slice alone would reward copying the rules.
    return (scores.get("wiki", 0.0) + scores.get("news", 0.0)) / 2


def fit(train_set: list[Sample], dev_set: list[Sample], settings: Settings, seed: int = 0, log=print):
    """Train, keeping the weights of the epoch with the best dev F1; returns (nlp, history)."""
    import spacy
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = spacy.blank("az")
    ner = nlp.add_pipe("ner", config=model_config(settings))
    for label in LABELS:
        ner.add_label(label)
    examples = [_example(nlp, s) for s in train_set for _ in range(settings.wiki_repeat if s.source == "wiki" else 1)]
    optimizer = nlp.initialize(lambda: examples)
    best, history = (-1.0, None), []
    for epoch in range(1, settings.epochs + 1):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=settings.batch_size):
            nlp.update(batch, sgd=optimizer, drop=settings.dropout, losses=losses)
        scores = score(nlp, dev_set)
        loss = float(losses.get("ner", 0.0))  # a numpy float32: json cannot write it
        history.append({"epoch": epoch, "loss": round(loss, 1), "dev_f1": round(dev_f1(scores), 4)}
                       | {k: round(v, 4) for k, v in scores.items()})
        log(f"epoch {epoch}/{settings.epochs}: loss {losses.get('ner', 0):.1f}, dev F1 {dev_f1(scores):.3f} "
            f"(wiki {scores.get('wiki', 0):.3f}, news {scores.get('news', 0):.3f})")
        if dev_f1(scores) > best[0]:
            best = (dev_f1(scores), nlp.get_pipe("ner").to_bytes())
    nlp.get_pipe("ner").from_bytes(best[1])
    return nlp, history


def train(data: Path, out: Path, epochs: int | None = None, seed: int = 0, settings: Settings | None = None) -> Path:
    """Train and save the model; returns its folder. Deterministic for a given seed and data."""
    settings = settings or Settings()
    if epochs:
        settings = replace(settings, epochs=epochs)
    started = time.perf_counter()
    train_set, dev_set = load_samples(data)

    def log(message: str) -> None:
        print(message, file=sys.stderr)

    log(f"training on {len(train_set)} sentences, dev {len(dev_set)}")
    nlp, history = fit(train_set, dev_set, settings, seed, log)
    out.mkdir(parents=True, exist_ok=True)
    nlp.meta.update({"name": "aznews_ner", "version": "0.2.0", "description": "Azerbaijani news NER (PER, ORG, LOC)"})
    nlp.to_disk(out)
    best = max(history, key=lambda h: h["dev_f1"])
    summary = {"train_sentences": len(train_set), "dev_sentences": len(dev_set), "seed": seed,
               "settings": asdict(settings), "best_epoch": best["epoch"], "dev": best, "history": history,
               "seconds": round(time.perf_counter() - started, 1)}
    (out / "training.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    log(f"model (epoch {best['epoch']}, dev F1 {best['dev_f1']:.3f}) written to {out} ({summary['seconds']} s)")
    return out
