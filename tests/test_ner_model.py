"""The shipped NER model: it loads, it finds names in sentences written for these tests, and a
missing model says so. Training is exercised only when the shared data is present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.stages.entity import ner_model
from pipeline.stages.segment import tokenize

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "ner"
DATA = Path(os.environ.get("AZNEWS_DATA", ROOT.parent / "shared" / "data"))

needs_model = pytest.mark.skipif(not (MODEL / "meta.json").exists(), reason="models/ner not built")


@pytest.fixture(scope="module")
def recogniser() -> ner_model.Recogniser:
    return ner_model.load(MODEL)


def found(recogniser: ner_model.Recogniser, sentence: str) -> set[tuple[str, str]]:
    """(surface text, label) of every span the model finds in ``sentence``."""
    tokens = tokenize(sentence)
    return {(sentence[tokens[s.first].start : tokens[s.last].end], s.label)
            for s in recogniser.spans(tokens, sentence)}


@needs_model
def test_default_path_finds_the_checked_in_model():
    assert (ner_model.default_model_path() / "meta.json").exists()


@needs_model
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Prezident İlham Əliyev Bakıda Qazaxıstan səfirini qəbul edib.",
         {("İlham Əliyev", "PER"), ("Bakıda", "LOC"), ("Qazaxıstan", "LOC")}),
        ("Azərbaycan Mərkəzi Bankı yeni qərar qəbul edib.", {("Azərbaycan Mərkəzi Bankı", "ORG")}),
        ("Nazir Ceyhun Bayramov Gürcüstana səfər edib.", {("Ceyhun Bayramov", "PER")}),
    ],
)
def test_recognises_entities(recogniser, sentence, expected):
    assert expected <= found(recogniser, sentence)


@needs_model
def test_hyphen_suffix_stays_outside(recogniser):
    spans = found(recogniser, "ATƏT-in Minsk qrupu toplantısı Vyanada keçirilib.")
    assert not any(text.endswith("-in") for text, _ in spans)


@needs_model
def test_canonical_drops_the_case_suffix(recogniser):
    sentence = "Nümayəndə heyəti Bakıya gəlib."
    tokens = tokenize(sentence)
    canonicals = {s.canonical for s in recogniser.spans(tokens, sentence) if s.label == "LOC"}
    assert "Bakı" in canonicals


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="aznews train"):
        ner_model.load(tmp_path / "nowhere")


@pytest.mark.skipif(not (DATA / "wiki_ner_az").exists(), reason="shared data absent")
def test_wikipedia_sentences_are_retokenised_like_news():
    from pipeline.training.samples import wiki_samples

    samples = wiki_samples(DATA, "valid")
    assert len(samples) > 100
    # Wikipedia's ``X - in`` is glued back, so no sample keeps a lone hyphen before a short suffix.
    for sample in samples:
        for start, end, label in sample.spans:
            assert label in ("PER", "ORG", "LOC") and 0 <= start < end <= len(sample.words)


def test_detokenise_glues_hyphen_suffixes():
    from pipeline.training.samples import detokenise, to_sample

    text, spans = detokenise(["ABŞ", "-", "ın", "səfiri", "gəldi"], ["B-LOC", "O", "O", "O", "O"])
    assert text == "ABŞ-ın səfiri gəldi"
    sample = to_sample(tokenize(text), spans, "wiki")
    assert sample is not None
    assert sample.words[:2] == ("ABŞ", "-ın") and sample.spans == ((0, 1, "LOC"),)


def test_a_model_span_keeps_a_names_own_last_vowel_and_its_patronymic():
    """``Kosta`` is no ``Kost`` + dative for a name nobody knows; ``… Rauf oğlu`` keeps its patronymic."""
    from pipeline.stages.entity.ner_model import model_span
    from pipeline.stages.segment import tokenize

    text = "Baş nazir Antonio Kosta və Həsənli Orxan Rauf oğlu danışıblar."
    tokens = tokenize(text)
    assert model_span(tokens, text, 2, 3, "PER").canonical == "Antonio Kosta"
    assert model_span(tokens, text, 5, 8, "PER").canonical == "Həsənli Orxan Rauf oğlu"
