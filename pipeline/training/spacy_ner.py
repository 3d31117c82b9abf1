"""The spaCy learner: a small CNN NER (``HashEmbedCNN`` + transition-based parser), trained on ``Sample``s.

Every spaCy object stays in this module (and in ``pipeline.stages.entity.ner_model``, which loads the result).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..stages.entity.ner_model import LABELS, NORM_LOWER, make_doc
from .samples import Sample


@dataclass(frozen=True, slots=True)
class Settings:
    """Hyper-parameters; the defaults are the ones the shipped model was trained with (models/README.md)."""

    epochs: int = 12
    dropout: float = 0.2
    batch_size: int = 32
    wiki_repeat: int = 1  # how many times a sentence of each source is seen per epoch
    gold_repeat: int = 2
    # Small on purpose: the model fills the gaps the rules leave, and this size runs the whole pipeline
    # at twice dateparser's speed (width 96, depth 4 scored no better with the rules: models/README.md).
    width: int = 64
    depth: int = 2
    embed_size: int = 4000
    hidden_width: int = 48
    window_size: int = 1  # words either side each CNN layer reads
    # Score and keep the optimiser's running average of the weights (as spaCy's trainer can), not the last
    # step's: the epoch-to-epoch swing of the dev score is smaller (used with vectors: models/README.md).
    averaged: bool = False
    # 0: the static vectors are a table of the words seen (a word not in it reads zeros). N: an N-row table of
    # hashed character n-grams (spaCy's "floret" mode), which gives an unseen word a vector too; it scored
    # better where dev's words were kept out of the vectors' text, worse with them in (models/README.md).
    hashed_rows: int = 0
    # The NORM feature of a token (``ner_model.make_doc``): "lower" is spaCy's, "stem" the morphology's stem
    # of a capitalised word, so that the case forms of a name share one row (models/README.md).
    norm: str = NORM_LOWER


# ``aznews train --vectors``: the variant with word vectors that did best on dev with dev's own words kept out of
# the vectors' text (models/README.md): hashed n-gram vectors, averaged weights, which peak by epoch 3 to 5.
WITH_VECTORS = Settings(epochs=6, averaged=True, hashed_rows=50_000)


def model_config(settings: Settings, static_vectors: bool = False) -> dict:
    # Hashed NORM/PREFIX/SUFFIX/SHAPE embeddings (suffixes carry Azerbaijani case) and a small CNN; with
    # ``static_vectors`` each token's word vector (the vocabulary's table) is concatenated to them.
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
                "pretrained_vectors": static_vectors,
                "width": settings.width,
                "depth": settings.depth,
                "embed_size": settings.embed_size,
                "window_size": settings.window_size,
                "maxout_pieces": 3,
                "subword_features": True,
            },
        }
    }


# --- fitting and scoring -------------------------------------------------------------------------------

def _doc(nlp, sample: Sample):
    return make_doc(nlp.vocab, sample.words, sample.spaces, nlp.meta["aznews"]["norm"])


def _example(nlp, sample: Sample):
    from spacy.training import Example

    reference = _doc(nlp, sample)
    reference.ents = [_span(reference, s, e, label) for s, e, label in sample.spans]
    return Example(_doc(nlp, sample), reference)


def _span(doc, start: int, end: int, label: str):
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)


def span_counts(nlp, samples: list[Sample]) -> dict[str, tuple[int, int, int]]:
    """Exact-span (true positives, predicted, gold) overall and per label, by source: ``wiki``, ``gold/LOC``."""
    counts: dict[str, tuple[int, int, int]] = {}
    for sample in samples:
        doc = nlp(_doc(nlp, sample))
        predicted = {(e.start, e.end, e.label_) for e in doc.ents}
        for key in (sample.source, *(f"{sample.source}/{label}" for label in LABELS)):
            label = key.partition("/")[2]
            p = {s for s in predicted if not label or s[2] == label}
            g = {s for s in sample.spans if not label or s[2] == label}
            tp, n_pred, n_gold = counts.get(key, (0, 0, 0))
            counts[key] = (tp + len(p & g), n_pred + len(p), n_gold + len(g))
    return counts


def score(nlp, samples: list[Sample]) -> dict[str, float]:
    """Exact-span F1 overall and per label, for each source of ``samples``."""
    counts = span_counts(nlp, samples).items()
    return {key: 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0 for key, (tp, n_pred, n_gold) in counts}


def dev_f1(scores: dict[str, float]) -> float:
    """The epoch is chosen on hand-annotated news: the gold dev split (Wikipedia's only without it)."""
    return scores.get("gold", scores.get("wiki", 0.0))


def static_vectors(vocab, words: list[str], rows) -> None:
    """Give ``vocab`` the word vectors ``rows`` of the lower-cased ``words`` (``text.az_lower``). spaCy finds a
    token's row by its exact text (it does not save a table keyed by lower case), so each row is filed under
    the word's lower-case, capitalised and upper-case forms: ``bakıda``, ``Bakıda``, ``BAKIDA``. A token
    in no form of the table reads zeros."""
    from spacy.vectors import Vectors

    table = Vectors(strings=vocab.strings, data=rows, name="aznews_fasttext")
    for row, word in enumerate(words):
        for form in _case_forms(word):
            table.add(vocab.strings.add(form), row=row)
    vocab.vectors = table


def _case_forms(word: str) -> list[str]:
    """The word, capitalised, upper-case: in that order, not a set's (which changes with the interpreter's
    string hashing, and with it the least-squares sums of ``hashed_vectors`` and so the trained weights)."""
    from ..text import az_upper

    return list(dict.fromkeys((word, az_upper(word[:1]) + word[1:], az_upper(word))))


def hashed_vectors(vocab, words: list[str], rows, table_rows: int, minn: int = 3, maxn: int = 5,
                   damp: float = 0.1) -> None:
    """Give ``vocab`` spaCy's "floret" vectors: a table of ``table_rows`` rows where a word's vector is the mean
    of the rows its character n-grams (and itself) hash to, so a word never seen still gets one from its stem
    and suffix. The table is fitted by damped least squares so that each of the ``words`` (every case form, as
    the hashes are of the exact text) reads back its fastText row; spaCy computes the rest at run time."""
    import numpy
    from scipy.sparse import csr_matrix
    from scipy.sparse.linalg import lsqr
    from spacy.vectors import Vectors

    dim = rows.shape[1]
    table = Vectors(strings=vocab.strings, data=numpy.zeros((table_rows, dim), dtype="float32"), mode="floret",
                    minn=minn, maxn=maxn, hash_count=2, name="aznews_fasttext_hashed")
    indptr, indices, values, targets = [0], [], [], []
    for row, word in enumerate(words):
        for form in _case_forms(word):
            hashed = [h % table_rows for gram in table._get_ngrams(form) for h in table._get_ngram_hashes(gram)]
            indices += hashed
            values += [1.0 / len(hashed)] * len(hashed)
            indptr.append(len(indices))
            targets.append(row)
    composition = csr_matrix((values, indices, indptr), shape=(len(targets), table_rows))
    wanted = numpy.asarray(rows)[targets]
    data = numpy.stack([lsqr(composition, wanted[:, k], damp=damp, iter_lim=200)[0] for k in range(dim)], axis=1)
    table.data[:] = data.astype("float32")
    vocab.vectors = table


def fit(train_set: list[Sample], dev_set: list[Sample], settings: Settings, seed: int = 0, log=print,
        vectors: tuple[list[str], object] | None = None):
    """Train, keeping the weights of the epoch with the best dev F1; returns (nlp, history).
    ``vectors``: (lower-cased words, their rows) for the tok2vec's static vectors (``vectors.word_table``)."""
    import spacy
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = spacy.blank("az")
    nlp.meta["aznews"] = {"norm": settings.norm}  # saved with the model: the recogniser builds its Docs alike
    if vectors is not None and settings.hashed_rows:
        hashed_vectors(nlp.vocab, *vectors, settings.hashed_rows)
    elif vectors is not None:
        static_vectors(nlp.vocab, *vectors)
    ner = nlp.add_pipe("ner", config=model_config(settings, vectors is not None))
    for label in LABELS:
        ner.add_label(label)
    repeats = {"wiki": settings.wiki_repeat, "gold": settings.gold_repeat}
    examples = [_example(nlp, s) for s in train_set for _ in range(repeats.get(s.source, 1))]
    optimizer = nlp.initialize(lambda: examples)
    if settings.averaged:
        optimizer.averages = {}  # spaCy's default Adam keeps none; an empty dict makes thinc keep them
    best, history = (-1.0, None), []
    for epoch in range(1, settings.epochs + 1):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=settings.batch_size):
            nlp.update(batch, sgd=optimizer, drop=settings.dropout, losses=losses)
        with nlp.use_params(optimizer.averages if settings.averaged else {}):
            scores = score(nlp, dev_set)
            weights = nlp.get_pipe("ner").to_bytes()
        loss = float(losses.get("ner", 0.0))  # a numpy float32: json cannot write it
        history.append({"epoch": epoch, "loss": round(loss, 1), "dev_f1": round(dev_f1(scores), 4)}
                       | {k: round(v, 4) for k, v in scores.items()})
        log(f"epoch {epoch}/{settings.epochs}: loss {losses.get('ner', 0):.1f}, dev F1 {dev_f1(scores):.3f} "
            f"(wiki {scores.get('wiki', 0):.3f}, gold {scores.get('gold', 0):.3f})")
        if dev_f1(scores) > best[0]:
            best = (dev_f1(scores), weights)
    nlp.get_pipe("ner").from_bytes(best[1])
    return nlp, history
