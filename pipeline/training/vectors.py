"""Word vectors trained here, for the Stanza NER: the text they are trained on, the training, Stanza's format.

The text: every shared banker.az article and NTREX document that is not in the gold corpus's frozen ``test``
split, and the Wikipedia NER sentences of its ``train`` and ``valid`` files (never ``Corpus/test-*``). Each is
normalised and tokenised by the pipeline itself, so the vectors are for the tokens the model is given (``ATƏT``
+ ``-in``), and lower-cased with ``str.lower`` as Stanza's NER looks words up.

The vectors: gensim's fastText (skip-gram with character n-grams, so the many rare inflected forms of a name
share what their stem and suffix teach), one worker and a fixed seed, so that a rebuild gives the same vectors.
gensim is imported here only, when vectors are trained; ``stanza_ner`` turns them into Stanza's format.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..records import TEXT, TITLE
from ..stages.ner_stanza import INSTALL, MissingExtra


@dataclass(frozen=True, slots=True)
class VectorSettings:
    dim: int = 100
    window: int = 5
    min_count: int = 2
    epochs: int = 10


def vector_sentences(data: Path, exclude: set[str]) -> Iterator[list[str]]:
    """Lower-cased token lists: the shared articles outside ``exclude`` (the test split), then Wikipedia."""
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
                words = [t.text.lower() for t in tokens if sentence.start <= t.start < sentence.end]
                if words:
                    yield words
    folder = data / "wiki_ner_az" / "ModelTrain"
    from .samples import tagged_samples

    for split in ("train", "valid"):
        for sample in tagged_samples(folder / f"{split}_words", folder / f"{split}_tags"):
            yield [w.lower() for w in sample.words]


def train_vectors(sentences: list[list[str]], out: Path, settings: VectorSettings = VectorSettings(),
                  seed: int = 0) -> dict:
    """Train fastText vectors on ``sentences`` and write them to ``out`` in word2vec's text format (which
    ``stanza_ner`` turns into Stanza's). Returns what the model card records: vocabulary, tokens, dimension."""
    try:
        from gensim.models import FastText
    except ImportError as error:
        raise MissingExtra(f"{INSTALL} ({error})") from None

    model = FastText(vector_size=settings.dim, window=settings.window, min_count=settings.min_count,
                     epochs=settings.epochs, sg=1, workers=1, seed=seed)
    model.build_vocab(corpus_iterable=sentences)
    model.train(corpus_iterable=sentences, total_examples=len(sentences), epochs=settings.epochs)
    out.parent.mkdir(parents=True, exist_ok=True)
    model.wv.save_word2vec_format(str(out))
    return {"words": len(model.wv), "tokens": sum(len(s) for s in sentences), "sentences": len(sentences),
            "dim": settings.dim, "method": "gensim FastText, skip-gram, character n-grams 3-6",
            "window": settings.window, "min_count": settings.min_count, "epochs": settings.epochs}
