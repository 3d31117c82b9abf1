"""The NER model's NORM feature (``ner_model.stem_norms`` / ``make_doc``): a name's case forms share one norm,
the surface stays visible to the other features, training and running build their Docs alike, and a model
records the norm it was trained with. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from pipeline.stages.entity import ner_model
from pipeline.stages.segment import tokenize
from pipeline.text import az_lower
from pipeline.training.samples import to_sample


def words_and_spaces(sentence: str) -> tuple[list[str], list[bool]]:
    tokens = tokenize(sentence)
    spaces = [a.end < b.start for a, b in zip(tokens, tokens[1:], strict=False)] + [False]
    return [t.text for t in tokens], spaces


def norms(sentence: str) -> dict[str, str | None]:
    words, spaces = words_and_spaces(sentence)
    return dict(zip(words, ner_model.stem_norms(words, spaces), strict=True))


@pytest.mark.parametrize(
    "forms",
    [
        ("Rəşidov", "Rəşidovun", "Rəşidovla", "Rəşidovdan"),
        ("Lənkəran", "Lənkərana", "Lənkəranda", "Lənkərandan", "Lənkəranın"),
        ("Qırğızıstan", "Qırğızıstanın", "Qırğızıstanla"),
    ],
)
def test_the_case_forms_of_a_name_share_one_norm(forms):
    sentence = "Dünən " + ", ".join(forms) + " barədə danışdıq."
    found = norms(sentence)
    assert {found[form] for form in forms} == {az_lower(forms[0])}


def test_a_split_off_suffix_is_read_with_its_host_and_keeps_its_own_norm():
    found = norms("Sabah MDB-nin və ABŞ’ın nümayəndələri gələcək.")
    assert found["MDB"] == "mdb" and found["ABŞ"] == "abş"
    assert found["-nin"] is None and found["’ın"] is None


def test_lower_case_words_and_punctuation_keep_spacys_norm():
    found = norms("Komissiya üzvləri bu gün Şəkidə toplaşıblar.")
    assert found["üzvləri"] is None and found["toplaşıblar"] is None and found["."] is None
    assert found["Şəkidə"] == "şəki"


def test_make_doc_sets_the_stem_as_norm_and_leaves_the_surface_to_the_other_features():
    import spacy

    vocab = spacy.blank("az").vocab
    words, spaces = words_and_spaces("Müşavir Nərgiz Hüseynovaya Gədəbəydə mükafat verildi.")
    stemmed = ner_model.make_doc(vocab, words, spaces, ner_model.NORM_STEM)
    plain = ner_model.make_doc(vocab, words, spaces)
    assert [t.norm_ for t in plain] == [t.lower_ for t in plain]
    assert stemmed[3].norm_ == "gədəbəy" and stemmed[3].suffix_ == plain[3].suffix_ == "ydə"
    assert stemmed[3].shape_ == plain[3].shape_ and stemmed[3].text == "Gədəbəydə"
    assert stemmed[5].norm_ == "verildi"  # lower case: untouched
    with pytest.raises(ValueError, match="unknown norm"):
        ner_model.make_doc(vocab, words, spaces, "lemma")


SENTENCES = [
    ("Müşavir Nərgiz Hüseynova dünən Gədəbəydə çıxış edib.", [("Nərgiz Hüseynova", "PER"), ("Gədəbəydə", "LOC")]),
    ("Tural Səfərli Gədəbəyə yeni məktəb tikdirib.", [("Tural Səfərli", "PER"), ("Gədəbəyə", "LOC")]),
    ("Bu il Nərgiz Hüseynovanın kitabı Ağdaşda çap olunub.",
     [("Nərgiz Hüseynovanın", "PER"), ("Ağdaşda", "LOC")]),
]


def test_a_model_trained_on_stems_says_so_and_the_recogniser_reads_its_words_alike(tmp_path):
    from pipeline.training.spacy_ner import Settings, fit

    samples = []
    for text, entities in SENTENCES:
        spans = [(text.index(name), text.index(name) + len(name), label) for name, label in entities]
        made = to_sample(tokenize(text), spans, "gold")
        assert made is not None
        samples.append(made)
    settings = Settings(epochs=12, width=16, depth=1, embed_size=500, hidden_width=16, batch_size=8,
                        dropout=0.1, norm=ner_model.NORM_STEM)
    nlp, history = fit(samples * 8, samples, settings, seed=0, log=lambda _: None)
    assert max(h["dev_f1"] for h in history) > 0.5
    nlp.to_disk(tmp_path)
    recogniser = ner_model.load(tmp_path)
    assert recogniser.norm == ner_model.NORM_STEM
    text = SENTENCES[0][0]
    tokens = tokenize(text)
    found = {(text[tokens[s.first].start : tokens[s.last].end], s.label) for s in recogniser.spans(tokens, text)}
    assert found & {("Nərgiz Hüseynova", "PER"), ("Gədəbəydə", "LOC")}


def test_a_model_without_the_key_reads_spacys_norm(tmp_path):
    import spacy

    nlp = spacy.blank("az")
    nlp.add_pipe("ner")
    nlp.initialize()
    nlp.to_disk(tmp_path)
    assert ner_model.load(tmp_path).norm == ner_model.NORM_LOWER
