"""The spaCy learner's static word vectors: a token finds its row in every case once the model is saved and
loaded, a tiny model with vectors trains in seconds on sentences written here and is read back through the
pipeline's loader, and the vectors' text is lower-cased the Azerbaijani way. Tests that train vectors skip
without gensim; the one that reads the shared data skips without it."""

from __future__ import annotations

import os
from pathlib import Path

import numpy
import pytest

from pipeline.stages.entity import ner_model
from pipeline.stages.segment import tokenize
from pipeline.training.samples import to_sample

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("AZNEWS_DATA", ROOT.parent / "shared" / "data"))

# (sentence, entities as written) — invented for these tests.
SENTENCES = [
    ("İlkin Bağırzadə dünən Şamaxıda fermerlərlə görüşüb.", [("İlkin Bağırzadə", "PER"), ("Şamaxıda", "LOC")]),
    ("Səbinə Nurəliyeva Zaqatalaya yeni kitabxana hədiyyə edib.",
     [("Səbinə Nurəliyeva", "PER"), ("Zaqatalaya", "LOC")]),
    ("Şəhər bələdiyyəsinin sədri Emil Kərimli Qəbələdə çıxış edəcək.", [("Emil Kərimli", "PER"), ("Qəbələdə", "LOC")]),
    ("Bu həftə Lalə Rzayeva İsmayıllıdan qayıdıb.", [("Lalə Rzayeva", "PER"), ("İsmayıllıdan", "LOC")]),
]


def sample(sentence: str, entities: list[tuple[str, str]]):
    spans = [(sentence.index(text), sentence.index(text) + len(text), label) for text, label in entities]
    made = to_sample(tokenize(sentence), spans, "gold")
    assert made is not None
    return made


def test_a_saved_table_finds_each_word_in_lower_capitalised_and_upper_case(tmp_path):
    import spacy
    from spacy.tokens import Doc

    from pipeline.training.spacy_ner import static_vectors

    nlp = spacy.blank("az")
    static_vectors(nlp.vocab, ["ilkin", "şamaxıda"], numpy.eye(2, 4, dtype="float32"))
    nlp.to_disk(tmp_path)
    loaded = spacy.load(tmp_path)  # spaCy saves no lower-case lookup: every form must be a key of its own
    doc = Doc(loaded.vocab, words=["İlkin", "ILKIN", "İLKİN", "ilkin", "Şamaxıda", "ŞAMAXIDA", "Quba"])
    rows = [int(token.vector.argmax()) if token.has_vector else None for token in doc]
    assert rows[0] == 0 and rows[2] == 0 and rows[3] == 0 and rows[4] == 1 and rows[5] == 1
    assert rows[1] is None  # ``ILKIN`` is another word: Azerbaijani upper case of ``ilkin`` is ``İLKİN``
    assert rows[6] is None and not doc[6].vector.any()  # unseen: zeros


def test_a_hashed_table_reads_back_its_words_and_gives_an_unseen_one_a_vector(tmp_path):
    pytest.importorskip("scipy")
    import spacy

    from pipeline.training.spacy_ner import hashed_vectors

    words = ["şamaxıda", "şamaxıdan", "zaqatala", "bələdiyyə"]
    rows = numpy.random.default_rng(0).normal(size=(4, 6)).astype("float32")
    nlp = spacy.blank("az")
    hashed_vectors(nlp.vocab, words, rows, table_rows=400, damp=0.001)  # a few words: little damping
    nlp.to_disk(tmp_path)
    vectors = spacy.load(tmp_path).vocab.vectors
    read = vectors.get_batch(["Şamaxıda", "zaqatala", "Şamaxıya"])
    def cosine(a, b):
        return a @ b / (numpy.linalg.norm(a) * numpy.linalg.norm(b))

    assert cosine(read[0], rows[0]) > 0.95 and cosine(read[1], rows[2]) > 0.95
    assert read[2].any()  # unseen: a vector from the n-grams it shares with ``şamaxıda``


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    """A spaCy model with static vectors, trained in a few seconds on ``SENTENCES``."""
    pytest.importorskip("gensim")
    from pipeline.text import az_lower
    from pipeline.training.spacy_ner import Settings, fit
    from pipeline.training.vectors import VectorSettings, word_table

    samples = [sample(text, entities) for text, entities in SENTENCES]
    sentences = [[az_lower(w) for w in s.words] for s in samples] * 3
    words, rows, summary = word_table(sentences, VectorSettings(dim=8, min_count=1, epochs=2), seed=0)
    assert summary["words"] == len(words) == len(rows) and "ilkin" in words and "İlkin" not in words
    settings = Settings(epochs=12, width=16, depth=1, embed_size=500, hidden_width=16, batch_size=8, dropout=0.1)
    nlp, history = fit(samples * 8, samples, settings, seed=0, log=lambda _: None, vectors=(words, rows))
    assert len(history) == 12 and max(h["dev_f1"] for h in history) > 0.5
    out = tmp_path_factory.mktemp("ner")
    nlp.to_disk(out)
    return out


def test_tiny_model_loads_with_its_vectors_and_finds_names(tiny_model):
    recogniser = ner_model.load(tiny_model)
    assert recogniser.nlp.vocab.vectors.shape[1] == 8
    text = SENTENCES[0][0]
    tokens = tokenize(text)
    found = {(text[tokens[s.first].start : tokens[s.last].end], s.label) for s in recogniser.spans(tokens, text)}
    assert found & {("İlkin Bağırzadə", "PER"), ("Şamaxıda", "LOC")}


@pytest.mark.skipif(not (DATA / "banker_az").exists(), reason="shared data absent")
def test_vector_text_is_lower_cased_the_azerbaijani_way():
    from pipeline.text import az_lower
    from pipeline.training.vectors import vector_sentences

    sentences = vector_sentences(DATA, set(), az_lower)
    words = {word for _, sentence in zip(range(300), sentences, strict=False) for word in sentence}
    assert words and not any("\u0307" in word or word != az_lower(word) for word in words)
