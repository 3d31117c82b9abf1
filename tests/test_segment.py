"""Sentences and tokens: headlines and paragraphs, initials and abbreviations, hyphen suffixes."""

from __future__ import annotations

import pytest

from pipeline import Article
from pipeline.stages.segment import split_sentences, tokenize


def sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, tokenize(text))]


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def test_headlines_without_a_full_stop_are_sentences():
    text = "Prezident Qazaxıstana səfər edib\n\nSəfər iki gün çəkib. Görüşlər keçirilib.\nYeni abzas burada"
    assert sentences(text) == [
        "Prezident Qazaxıstana səfər edib", "Səfər iki gün çəkib.", "Görüşlər keçirilib.", "Yeni abzas burada",
    ]


def test_paragraph_break_ends_a_sentence_even_before_lower_case():
    assert sentences("Əməkdaşlıq\n\nməsələlərinə dair fikir mübadiləsi aparılıb.") == [
        "Əməkdaşlıq", "məsələlərinə dair fikir mübadiləsi aparılıb.",
    ]


@pytest.mark.parametrize("text", [
    "Azərbaycanın təmsilçisi X. Xələfov ikitərəfli əlaqələrdən danışıb.",
    "Görüşdə Prof. Ə. Həsənov və akad. İ. Məmmədov çıxış ediblər.",
    "Siyasi, iqtisadi, humanitar və s. sahələrdə əməkdaşlıq inkişaf edir.",
    "Layihəyə 100 mln. manat ayrılıb.",
    "Bakı, Nizami küç. 5 ünvanında yeni ofis açılıb.",
])
def test_initials_and_abbreviations_do_not_split(text):
    assert sentences(text) == [text]


def test_sentence_ends_after_a_unit_when_a_capital_follows():
    assert sentences("Layihənin dəyəri 5 mln. Sonra tikinti başlayacaq.") == [
        "Layihənin dəyəri 5 mln.", "Sonra tikinti başlayacaq.",
    ]


def test_final_punctuation_before_quotes_digits_and_dashes():
    text = "Görüş başa çatıb! «Bu gün vacib gündür» deyə nazir bildirib. 2025-ci il uğurlu olub?"
    assert sentences(text) == ["Görüş başa çatıb!", "«Bu gün vacib gündür» deyə nazir bildirib.",
                               "2025-ci il uğurlu olub?"]


@pytest.mark.parametrize("text, expected", [
    ("ATƏT-in", ["ATƏT", "-in"]),
    ("ABŞ-yə", ["ABŞ", "-yə"]),
    ("EKO-nun", ["EKO", "-nun"]),
    ("TASİM-in", ["TASİM", "-in"]),
    ("NATO-ya", ["NATO", "-ya"]),
])
def test_hyphen_suffix_on_an_acronym_is_its_own_token(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("text", ["100-dən", "1996-cı", "14-də", "2004-cü"])
def test_hyphen_suffix_on_a_number_stays_with_its_number(text):
    tokens = words(f"Onlar {text} danışıblar.")[1:-2]
    assert "".join(tokens) == text and "-" not in tokens  # never a bare hyphen token


def test_hyphenated_names_are_not_suffixes():
    assert words("Azərbaycan-Qazaxıstan münasibətləri") == ["Azərbaycan", "-", "Qazaxıstan", "münasibətləri"]


def test_token_and_sentence_offsets_index_the_text():
    text = "Prezident  İlham Əliyev ABŞ-yə səfər edib.\n\nX. Xələfov   Aktauya gəlib."
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text
    for sentence in split_sentences(text, tokenize(text), first_id=3):
        assert text[sentence.start : sentence.end] == sentence.text
    assert [s.id for s in split_sentences(text, tokenize(text), first_id=3)] == [3, 4]


def test_empty_and_blank_text_give_nothing():
    assert tokenize("") == [] and sentences("") == []
    assert tokenize(" \n\n ") == [] and sentences(" \n ") == []


@pytest.mark.parametrize("text, expected", [
    ("ABŞ’ın", ["ABŞ", "’ın"]),
    ("Bakı'ya", ["Bakı", "'ya"]),
    ("Əliyev’in", ["Əliyev", "’in"]),
    ("o'z", ["o'z"]),  # not a name
])
def test_apostrophe_suffix_on_a_name_is_its_own_token(text, expected):
    assert words(text) == expected


def test_apostrophe_suffix_stays_outside_the_entity(nlp, assert_slices_true):
    result = nlp(Article(id="a", text="Nazir ABŞ’ın səfiri ilə Bakıda görüşüb."))
    assert ("ABŞ", "ABŞ") in {(e.text, e.canonical) for e in result.entities}
    assert_slices_true(result)
