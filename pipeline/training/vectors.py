"""Word vectors trained here, for both learners: the text they are trained on, the training, the formats.

The text: every shared banker.az article and NTREX document that is not in the gold corpus's frozen ``test``
split, and the Wikipedia NER sentences of its ``train`` and ``valid`` files (never ``Corpus/test-*``). Each is
normalised and tokenised by the pipeline itself, so the vectors are for the tokens the model is given (``ATƏT``
+ ``-in``), and lower-cased (``str.lower`` for Stanza, which looks words up that way; ``text.az_lower`` for spaCy).

The vectors: gensim's fastText (skip-gram with character n-grams, so the many rare inflected forms of a name
share what their stem and suffix teach), one worker and a fixed seed, so that a rebuild gives the same vectors.
gensim is imported here only, when vectors are trained; ``stanza_ner`` turns them into Stanza's format, and
``word_table`` gives the spaCy learner its table (one row per word seen, from the same kind of model).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..records import TEXT, TITLE
from ..stages.entity.ner_stanza import MissingExtra


@dataclass(frozen=True, slots=True)
class VectorSettings:
    dim: int = 100
    window: int = 5
    min_count: int = 2
    epochs: int = 10


SPACY_VECTORS = VectorSettings(dim=50)  # the spaCy learner's (aznews train --vectors): 50 scored as 100 did
GENSIM = ('training word vectors needs gensim (the [train] extra, also in [stanza]): pip install -e ".[train]"; '
          'or train the spaCy model without them (no --vectors)')


def vector_sentences(data: Path, exclude: set[str], lower: Callable[[str], str] = str.lower) -> Iterator[list[str]]:
    """Token lists lower-cased with ``lower``: the shared articles outside ``exclude`` (the test split), then
    Wikipedia. Stanza looks words up with ``str.lower``; the spaCy learner's table is ``text.az_lower``'s
    (``İlham`` -> ``ilham``, where ``str.lower`` leaves a combining dot)."""
    from ..gold import source_articles
    from ..records import Article
    from .samples import _segmenter

    segmenter = _segmenter()
    for article_id, source in sorted(source_articles(data).items()):
        if article_id in exclude:
            continue
        doc = segmenter.process(Article(id=article_id, text=source.text, title=source.title))
        for field in (TITLE, TEXT):
            tokens = [t for t in doc.tokens if t.field == field]
            for sentence in (s for s in doc.sentences if s.field == field):
                words = [lower(t.text) for t in tokens if sentence.start <= t.start < sentence.end]
                if words:
                    yield words
    folder = data / "wiki_ner_az" / "ModelTrain"
    from .samples import tagged_samples

    for split in ("train", "valid"):
        for sample in tagged_samples(folder / f"{split}_words", folder / f"{split}_tags"):
            yield [lower(w) for w in sample.words]


def fasttext(sentences: list[list[str]], settings: VectorSettings = VectorSettings(), seed: int = 0):
    """gensim's fastText model trained on ``sentences``: one worker and ``seed``, so a rebuild is the same."""
    try:
        from gensim.models import FastText
    except ImportError as error:
        raise MissingExtra(f"{GENSIM} ({error})") from None

    model = FastText(vector_size=settings.dim, window=settings.window, min_count=settings.min_count,
                     epochs=settings.epochs, sg=1, workers=1, seed=seed)
    model.build_vocab(corpus_iterable=sentences)
    model.train(corpus_iterable=sentences, total_examples=len(sentences), epochs=settings.epochs)
    return model


def summary(sentences: list[list[str]], settings: VectorSettings, words: int) -> dict:
    """What a model card records of the vectors: vocabulary, tokens, dimension, method."""
    return {"words": words, "tokens": sum(len(s) for s in sentences), "sentences": len(sentences),
            "dim": settings.dim, "method": "gensim FastText, skip-gram, character n-grams 3-6",
            "window": settings.window, "min_count": settings.min_count, "epochs": settings.epochs}


def train_vectors(sentences: list[list[str]], out: Path, settings: VectorSettings = VectorSettings(),
                  seed: int = 0) -> dict:
    """Train fastText vectors on ``sentences`` and write them to ``out`` in word2vec's text format (which
    ``stanza_ner`` turns into Stanza's). Returns what the model card records: vocabulary, tokens, dimension."""
    model = fasttext(sentences, settings, seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    model.wv.save_word2vec_format(str(out))
    return summary(sentences, settings, len(model.wv))


def word_table(sentences: list[list[str]], settings: VectorSettings = VectorSettings(), seed: int = 0,
               max_words: int | None = None) -> tuple[list[str], Any, dict]:
    """(words, float32 rows, summary) for the spaCy learner's static vectors: every word of ``sentences``
    (the most frequent ``max_words`` when given), each row from fastText, whose character n-grams give a
    vector to a word seen once as well (below ``min_count``, so it did not shape the vectors)."""
    from collections import Counter

    import numpy

    model = fasttext(sentences, settings, seed)
    counts = Counter(word for sentence in sentences for word in sentence)
    words = [word for word, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))][:max_words]
    rows = numpy.asarray([model.wv[word] for word in words], dtype="float32")
    return words, rows, summary(sentences, settings, len(words))
