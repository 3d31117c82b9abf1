"""Normalisation: clean Latin text for the stages, offsets still true to the article as given."""

from __future__ import annotations

import unicodedata

from pipeline import Article
from pipeline.stages.normalise import is_cyrillic_script, normalise_text

SENTENCE = "Prezident İlham Əliyev Şuşada Qazaxıstanın səfirini qəbul edib."


def mapped_back(text: str) -> tuple[str, tuple[int, ...]]:
    normal, offsets = normalise_text(text)
    assert len(offsets) == len(normal) + 1 and offsets[-1] == len(text)
    assert list(offsets) == sorted(offsets)
    return normal, offsets


def test_clean_text_is_unchanged_and_needs_no_map():
    normal, offsets = normalise_text(SENTENCE)
    assert normal == SENTENCE
    assert offsets == ()  # no map: normalised offsets are the source offsets


def test_decomposed_letters_are_composed_nfc():
    decomposed = unicodedata.normalize("NFD", SENTENCE)
    assert len(decomposed) > len(SENTENCE)  # İ, Ş, ş, ı stay; İ and Ş decompose
    normal, offsets = mapped_back(decomposed)
    assert normal == SENTENCE
    start = normal.index("Şuşada")
    assert decomposed[offsets[start] : offsets[start + len("Şuşada")]] == unicodedata.normalize("NFD", "Şuşada")


def test_cyrillic_schwa_inside_latin_words_becomes_latin():
    typed = "Prezident İlham Әliyev Azərbaycаn Respublikasının adından çıxış edib."  # U+04D9/U+04D8, U+0430
    normal, offsets = mapped_back(typed)
    assert normal == "Prezident İlham Əliyev Azərbaycan Respublikasının adından çıxış edib."
    assert offsets == tuple(range(len(typed) + 1))  # one letter for one letter


def test_cyrillic_word_in_latin_text_is_left_alone():
    typed = "Rusiyanın «Коммерсант» qəzeti yazıb."
    normal, _ = mapped_back(typed)
    assert normal == typed


def test_invisible_characters_dropped_and_spaces_unified():
    typed = "Prezident\u00a0İlham\u200b Əliyev Ba\u00adkıda"
    normal, offsets = mapped_back(typed)
    assert normal == "Prezident İlham Əliyev Bakıda"
    start = normal.index("Bakıda")
    assert typed[offsets[start] : offsets[start + len("Bakıda")]] == "Ba\u00adkıda"


def test_cyrillic_script_is_detected_and_transliterated():
    cyrillic = "Президент Илһам Әлијев Бакыда Газахыстанын сәфирини гәбул едиб."
    assert is_cyrillic_script(cyrillic) and not is_cyrillic_script(SENTENCE)
    normal, offsets = mapped_back(cyrillic)
    assert normal == "Prezident İlham Əliyev Bakıda Qazaxıstanın səfirini qəbul edib."
    assert offsets == tuple(range(len(cyrillic) + 1))


def test_entities_found_in_cyrillic_point_into_the_original(nlp, assert_slices_true):
    cyrillic = "Президент Илһам Әлијев Бакыда Азәрбајҹан Республикасынын адындан Газахыстанын сәфирини гәбул едиб."
    result = nlp(Article(id="kiril", text=cyrillic))
    found = {(e.text, e.canonical) for e in result.entities}
    assert ("Илһам Әлијев", "İlham Əliyev") in found
    assert ("Бакыда", "Bakı") in found
    assert ("Газахыстанын", "Qazaxıstan") in found
    assert [e.type for e in result.events] == ["MEET"]
    assert_slices_true(result)


def test_lookalikes_and_invisibles_keep_table_text_true(nlp, assert_slices_true):
    typed = "Prezident İlham Әliyev\u200b 2025-ci il\u00a0mayın 14-də Bakıda\u00ad ATƏT-in nümayəndəsini qəbul edib."
    result = nlp(Article(id="qarışıq", text=typed))
    assert ("İlham Әliyev", "İlham Əliyev") in {(e.text, e.canonical) for e in result.entities}
    assert "Bakıda" in {e.text for e in result.entities}  # the trailing soft hyphen stays outside
    assert [d.value for d in result.dates] == ["2025-05-14"]
    assert_slices_true(result)


def test_title_is_normalised_with_its_own_offsets(nlp, assert_slices_true):
    result = nlp(Article(id="t", title="İlham Әliyev Qazaxıstana səfər edib", text="Səfər iki gün çəkəcək."))
    titled = [e for e in result.entities if e.field == "title"]
    assert ("İlham Әliyev", 0, 12) in {(e.text, e.start, e.end) for e in titled}
    assert_slices_true(result)


def test_latin_turned_e_is_read_as_schwa_even_alone():
    assert normalise_text("Bakǝ şəhəri")[0] == "Bakə şəhəri"
