"""The Stanza backend: a tiny model trained here in seconds on sentences written for these tests, read back
through the pipeline; tag decoding; the vector text leaves out what it must; without the ``[stanza]`` extra,
a clear message and exit status 2. Tests that need Stanza skip cleanly without the extra."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from pipeline import Article, Pipeline
from pipeline.cli import main
from pipeline.stages.entity import ner_stanza
from pipeline.stages.entity.ner_stanza import decode
from pipeline.stages.segment import tokenize
from pipeline.training.samples import to_sample

# (sentence, entities as written) — invented for these tests.
SENTENCES = [
    ("Dünən Kamran Zeynalov Bakıda Rövşən Qaraxanlı ilə görüşüb.",
     [("Kamran Zeynalov", "PER"), ("Bakıda", "LOC"), ("Rövşən Qaraxanlı", "PER")]),
    ("Gülnarə Əsgərova Lənkərana səfər edib.", [("Gülnarə Əsgərova", "PER"), ("Lənkərana", "LOC")]),
    ("Şirkətin rəhbəri Elçin Məmmədli Şəkidə yeni zavod açıb.", [("Elçin Məmmədli", "PER"), ("Şəkidə", "LOC")]),
    ("Nazir Tural Həsənli Gəncəyə gedib.", [("Tural Həsənli", "PER"), ("Gəncəyə", "LOC")]),
    ("Sabah Ramin Qasımzadə Qubada çıxış edəcək.", [("Ramin Qasımzadə", "PER"), ("Qubada", "LOC")]),
    ("Bu il Aynur Süleymanova Masallıda məktəb açıb.", [("Aynur Süleymanova", "PER"), ("Masallıda", "LOC")]),
]


def sample(sentence: str, entities: list[tuple[str, str]]):
    spans = [(sentence.index(text), sentence.index(text) + len(text), label) for text, label in entities]
    made = to_sample(tokenize(sentence), spans, "gold")
    assert made is not None
    return made


def test_decode_reads_bioes_and_forgives_broken_sequences():
    assert decode(["S-PER", "O", "B-LOC", "I-LOC", "E-LOC", "O"]) == [(0, 0, "PER"), (2, 4, "LOC")]
    assert decode(["B-ORG", "I-ORG"]) == [(0, 1, "ORG")]  # a span left open at the end is kept
    assert decode(["I-PER", "E-PER", "B-LOC", "S-ORG"]) == [(0, 1, "PER"), (2, 2, "LOC"), (3, 3, "ORG")]
    assert decode(["O", "O"]) == []


def test_without_the_extra_the_command_says_what_to_install(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "stanza", None)  # as if the extra were not installed
    source = tmp_path / "a.txt"
    source.write_text(SENTENCES[0][0], encoding="utf-8")
    assert main(["run", str(source), "--out", str(tmp_path / "out"), "--backend", "stanza"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("aznews run:") and "[stanza]" in error and "pip install" in error
    assert "Traceback" not in error


def test_vector_text_leaves_out_the_excluded_articles(tmp_path):
    from pipeline.training.vectors import vector_sentences

    data = tmp_path / "data"
    (data / "banker_az").mkdir(parents=True)
    (data / "ntrex_az").mkdir()
    (data / "wiki_ner_az" / "ModelTrain").mkdir(parents=True)
    articles = [{"id": "açıq", "title": "", "text": SENTENCES[1][0]},
                {"id": "gizli", "title": "", "text": "Qapalı söz."}]
    (data / "banker_az" / "articles.jsonl").write_text(
        "\n".join(json.dumps(a, ensure_ascii=False) for a in articles) + "\n", encoding="utf-8")
    (data / "ntrex_az" / "DOCUMENT_IDS.tsv").write_text("d1\n", encoding="utf-8")
    (data / "ntrex_az" / "newstest2019-ref.aze-Latn.txt").write_text(SENTENCES[3][0] + "\n", encoding="utf-8")
    for split in ("train", "valid"):
        (data / "wiki_ner_az" / "ModelTrain" / f"{split}_words").write_text("Xəzər dənizi\n", encoding="utf-8")
        (data / "wiki_ner_az" / "ModelTrain" / f"{split}_tags").write_text("B-LOC O\n", encoding="utf-8")
    words = {w for s in vector_sentences(data, exclude={"gizli"}) for w in s}
    assert {"gülnarə", "lənkərana", "həsənli", "xəzər"} <= words  # lower-cased, as Stanza looks them up
    assert "qapalı" not in words


def test_missing_model_is_a_clear_error(tmp_path):
    pytest.importorskip("stanza")
    with pytest.raises(FileNotFoundError, match="aznews train --backend stanza"):
        ner_stanza.load(tmp_path / "nowhere")


def test_damaged_model_is_a_usage_error_not_a_traceback(tmp_path, capsys):
    pytest.importorskip("stanza")
    for name in (ner_stanza.MODEL_FILE, ner_stanza.PRETRAIN_FILE):
        (tmp_path / name).write_bytes(b"no model here")
    (tmp_path / ner_stanza.RESOURCES_FILE).write_text("{}", encoding="utf-8")
    source = tmp_path / "a.txt"
    source.write_text(SENTENCES[0][0], encoding="utf-8")
    assert main(["run", str(source), "--out", str(tmp_path / "out"), "--backend", "stanza",
                 "--model", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert "cannot load the Stanza NER model" in error and "Traceback" not in error


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    """A Stanza model trained in a few seconds on ``SENTENCES``, with vectors trained on them."""
    pytest.importorskip("stanza")
    pytest.importorskip("gensim")
    from pipeline.training.stanza_ner import StanzaSettings, fit, to_pretrain
    from pipeline.training.vectors import VectorSettings, train_vectors

    out = tmp_path_factory.mktemp("ner-stanza")
    samples = [sample(text, entities) for text, entities in SENTENCES]
    words = [[w.lower() for w in s.words] for s in samples]
    train_vectors(words * 3, out / "vectors.txt", VectorSettings(dim=16, min_count=1, epochs=3))
    to_pretrain(out / "vectors.txt", out / "pretrain.pt")
    settings = StanzaSettings(hidden_dim=32, char_hidden_dim=16, char_emb_dim=16, batch_size=6, optim="adam",
                              lr=0.01, max_steps=80, eval_interval=20, max_steps_no_improve=80, dropout=0.1)
    result = fit(samples, samples, out / "pretrain.pt", out, settings, seed=0, log=lambda _: None)
    assert result["history"] and max(h["dev_f1"] for h in result["history"]) > 0.8
    return out


def test_tiny_model_finds_the_names_it_was_taught(tiny_model):
    recogniser = ner_stanza.load(tiny_model)
    text = SENTENCES[1][0]
    tokens = tokenize(text)
    found = {(text[tokens[s.first].start : tokens[s.last].end], s.label, s.canonical)
             for s in recogniser.spans(tokens, text)}
    assert ("Gülnarə Əsgərova", "PER", "Gülnarə Əsgərova") in found
    assert ("Lənkərana", "LOC", "Lənkəran") in found  # the canonical drops the dative, as with spaCy


def test_pipeline_with_the_stanza_backend(tiny_model, assert_slices_true):
    text = SENTENCES[0][0]
    model_only = Pipeline.load(model=tiny_model, backend="stanza", use_rules=False)
    result = model_only(Article(id="s1", text=text))
    assert result.entities and all(e.method == "model" for e in result.entities)
    assert ("Kamran Zeynalov", "PER") in {(e.text, e.label) for e in result.entities}
    assert_slices_true(result)
    both = Pipeline.load(model=tiny_model, backend="stanza")
    results = list(both.stream([Article(id="s1", text=text), Article(id="s2", text=SENTENCES[3][0])]))
    assert [r.status for r in results] == ["ok", "ok"]
    assert "Bakı" in {e.canonical for e in results[0].entities}
    assert {e.type for e in results[0].events} == {"MEET"}
    for result in results:
        assert_slices_true(result)


def test_cli_runs_the_stanza_backend(tiny_model, tmp_path):
    source = tmp_path / "görüş.txt"
    source.write_text(SENTENCES[0][0], encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(source), "--out", str(out), "--backend", "stanza", "--model", str(tiny_model),
                 "--quiet"]) == 0
    assert "Kamran Zeynalov" in (out / "entities.csv").read_text(encoding="utf-8-sig")


def test_unknown_backend_is_refused():
    with pytest.raises(ValueError, match="unknown NER backend"):
        Pipeline.load(backend="flair")
