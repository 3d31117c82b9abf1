"""Reading .txt, folders, .jsonl and .csv; every kind of bad input is reported and the batch goes on."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from pipeline.io import reader
from pipeline.io.reader import Failure, ReadWarning, decode, parse_published, read_paths
from pipeline.records import Article

TEXT = "Prezident İlham Əliyev dünən Bakıda Qazaxıstanın səfirini qəbul edib."
OTHER = "Nazir Gəncəyə səfər edib. Səfər zamanı şəhərin rəhbərliyi ilə görüşüb."


def read(*paths: Path, published=None) -> list:
    return list(read_paths(list(paths), published))


def write_jsonl(path: Path, lines: list) -> Path:
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n",
                    encoding="utf-8")
    return path


def test_txt_file_is_one_article_named_by_its_stem(tmp_path):
    path = tmp_path / "qəbul-2025.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert read(path) == [Article(id="qəbul-2025", text=TEXT)]


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(TEXT.encode("utf-8-sig"))
    assert read(path)[0].text == TEXT


def test_folder_gives_its_articles_sorted_and_skips_other_files(tmp_path):
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "qeyd.md").write_text("# qeyd", encoding="utf-8")
    assert [a.id for a in read(tmp_path)] == ["a", "b"]


def test_jsonl_fields_and_default_ids(tmp_path):
    path = write_jsonl(tmp_path / "xəbərlər.jsonl", [
        {"id": "x1", "title": "Qəbul", "text": TEXT, "published": "2025-07-18T15:38:04+04:00",
         "source": "AzərTAc", "url": "https://example.az/1"},
        {"text": OTHER},
        {"id": None, "text": OTHER},
    ])
    first, second, third = read(path)
    assert first == Article(id="x1", text=TEXT, title="Qəbul",
                            published=datetime(2025, 7, 18, 15, 38, 4, tzinfo=timezone(timedelta(hours=4))),
                            source="AzərTAc", url="https://example.az/1")
    assert second.id == "xəbərlər-2"
    assert third.id == "xəbərlər-3"  # a null id gets the line's id, not an empty one


def test_csv_with_the_same_columns(tmp_path):
    path = tmp_path / "xəbərlər.csv"
    path.write_text(
        'id,title,text,published\n'
        f'c1,Qəbul,"{TEXT}",18.07.2025\n'
        f',,"{OTHER}\nİkinci abzas.",\n',
        encoding="utf-8",
    )
    first, second = read(path)
    assert first == Article(id="c1", text=TEXT, title="Qəbul", published=datetime(2025, 7, 18))
    assert second.id == "xəbərlər-2" and second.text.endswith("\nİkinci abzas.")


def test_published_default_applies_only_where_none_is_given(tmp_path):
    path = write_jsonl(tmp_path / "x.jsonl", [{"text": TEXT}, {"text": OTHER, "published": "2020-01-02"}])
    default = datetime(2025, 7, 18)
    assert [a.published for a in read(path, published=default)] == [default, datetime(2020, 1, 2)]


def test_empty_text_is_reported(tmp_path):
    path = tmp_path / "boş.txt"
    path.write_text("  \n\n ", encoding="utf-8")
    (failure,) = read(path)
    assert failure == Failure("boş", str(path), "empty text")


def test_missing_text_names_the_line_and_the_batch_goes_on(tmp_path):
    path = write_jsonl(tmp_path / "x.jsonl", [{"id": "a", "title": "Başlıq"}, {"id": "b", "text": TEXT}])
    failure, article = read(path)
    assert isinstance(failure, Failure) and failure.where == f"{path}:1" and "missing 'text'" in failure.message
    assert article.id == "b"


def test_malformed_jsonl_line_is_reported_with_its_line(tmp_path):
    path = write_jsonl(tmp_path / "x.jsonl", [{"text": TEXT}, '{"text": "Bakı', "[1, 2]", {"text": OTHER}])
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Failure", "Article"]
    assert items[1].where == f"{path}:2" and "malformed JSON line" in items[1].message
    assert items[2].where == f"{path}:3" and "object" in items[2].message


def test_malformed_csv_row_is_reported_with_its_line(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text(f'id,text\na,"{TEXT}"\nb,"{OTHER}",artıq xana\nc,"{OTHER}"\n', encoding="utf-8")
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Article"]
    assert items[1].where == f"{path}:3" and "malformed CSV row" in items[1].message


def test_csv_without_a_text_column_is_reported(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("id,mətn\na,Bakı\n", encoding="utf-8")
    (failure,) = read(path)
    assert failure.where == str(path) and "no 'text' column" in failure.message


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_legacy_cyrillic_encodings_are_decoded(tmp_path, encoding):
    text = "Президент Бакыда сәфири гәбул едиб."  # Azerbaijani Cyrillic, within what the code page holds
    text = text.replace("ә", "е")  # ә is not in cp1251 / KOI8-R; keyboards of the time typed е
    path = tmp_path / "köhnə.txt"
    path.write_bytes(text.encode(encoding))
    (warning,) = read(path)
    assert warning.article.text == text and warning.message == f"not UTF-8: read as {encoding}"


def test_turkish_code_page_is_not_mistaken_for_cyrillic(tmp_path):
    # cp1254 has ı, ş, ğ, ö, ü, ç but no ə: legacy files typed ä for it.
    text = TEXT.replace("ə", "ä").replace("Ə", "Ä")
    path = tmp_path / "köhnə.txt"
    path.write_bytes(text.encode("cp1254"))
    (warning,) = read(path)
    assert warning.article.text == text and warning.message == "not UTF-8: read as cp1254"


def test_binary_data_is_reported(tmp_path):
    path = tmp_path / "şəkil.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (failure,) = read(path)
    assert isinstance(failure, Failure) and failure.where == str(path) and "binary" in failure.message


def test_bytes_no_encoding_fits_are_reported(tmp_path):
    # Not UTF-8, and in every legacy code page mostly symbols (•–—™¦§©«¬®…), not letters.
    symbols = bytes([0x95, 0x96, 0x97, 0x99, 0xA6, 0xA7, 0xA9, 0xAB, 0xAC, 0xAE, 0xB0, 0xB1, 0xB6, 0xB7, 0xBB])
    with pytest.raises(ValueError, match="not UTF-8, and no legacy encoding .* gives readable text"):
        decode(symbols * 40)
    path = tmp_path / "qarışıq.txt"
    path.write_bytes(symbols * 40)
    (failure,) = read(path)
    assert failure.where == str(path) and failure.message.startswith("not UTF-8, and no legacy encoding")


def test_nul_inside_a_jsonl_text_is_reported(tmp_path):
    path = write_jsonl(tmp_path / "x.jsonl", [{"id": "n", "text": "Bakı\x00\x01"}])
    (failure,) = read(path)
    assert failure.article_id == "n" and "binary" in failure.message


def test_unparsable_published_keeps_the_article_with_a_warning(tmp_path):
    path = write_jsonl(tmp_path / "x.jsonl", [{"id": "w", "text": TEXT, "published": "keçən çərşənbə"}])
    (warning,) = read(path)
    assert isinstance(warning, ReadWarning)
    assert warning.article.id == "w" and warning.article.published is None
    assert "unparsable published date 'keçən çərşənbə'" in warning.message
    assert "unresolved" in warning.message


def test_article_over_the_size_limit_is_refused(tmp_path):
    path = tmp_path / "nəhəng.txt"
    path.write_text("Bakı gözəldir. " * (reader.MAX_ARTICLE_CHARS // 15 + 10), encoding="utf-8")
    assert path.stat().st_size > 2_000_000  # several megabytes
    (failure,) = read(path)
    assert failure.article_id == "nəhəng" and "over the" in failure.message and "limit" in failure.message


def test_missing_path_is_reported(tmp_path):
    (failure,) = read(tmp_path / "yoxdur.txt")
    assert failure.message == "no such file or folder"


def test_bad_input_does_not_stop_the_batch(tmp_path):
    (tmp_path / "1-boş.txt").write_text("", encoding="utf-8")
    (tmp_path / "2-binar.txt").write_bytes(b"\x00\x01\x02" * 10)
    write_jsonl(tmp_path / "3-xəbər.jsonl", ["{pis", {"text": OTHER}])
    (tmp_path / "4-yaxşı.txt").write_text(TEXT, encoding="utf-8")
    kinds = [type(i).__name__ for i in read(tmp_path)]
    assert kinds == ["Failure", "Failure", "Failure", "Article", "Article"]


@pytest.mark.parametrize("value, expected", [
    ("2025-07-01", datetime(2025, 7, 1)),
    ("2025-07-01T15:38:04Z", datetime(2025, 7, 1, 15, 38, 4, tzinfo=UTC)),
    ("01.07.2025 15:38", datetime(2025, 7, 1, 15, 38)),
    ("", None),
    (None, None),
])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


def test_parse_published_refuses_with_a_clear_message():
    with pytest.raises(ValueError, match="unparsable published date 'dünən'"):
        parse_published("dünən")


@pytest.mark.parametrize(
    ("written", "expected"),
    [("5 mart 2024", datetime(2024, 3, 5)), ("05 Mart 2024, 14:30", datetime(2024, 3, 5, 14, 30)),
     ("12 июля 2025", datetime(2025, 7, 12))],
)
def test_a_written_out_publication_date_is_read(written, expected):
    assert parse_published(written) == expected


@pytest.mark.parametrize("relative", ["dünən", "bu gün", "mart 2024"])
def test_a_relative_or_partial_publication_date_is_refused(relative):
    with pytest.raises(ValueError, match="unparsable published date"):
        parse_published(relative)


def test_a_line_separator_inside_a_json_string_does_not_split_the_line(tmp_path):
    path = tmp_path / "xəbərlər.jsonl"
    lines = [json.dumps({"id": "x1", "text": "Bakı\u2028Gəncə"}, ensure_ascii=False),
             json.dumps({"id": "x2", "text": "Şəki"}, ensure_ascii=False)]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_paths([path]))
    assert [type(i) for i in items] == [Article, Article]
    assert items[0].text == "Bakı\u2028Gəncə"


def test_a_repeated_article_id_is_renamed_with_a_warning(tmp_path):
    path = tmp_path / "xəbərlər.jsonl"
    path.write_text("\n".join(json.dumps({"id": "a1", "text": t}, ensure_ascii=False)
                              for t in ["Bakıda yağış yağıb.", "Gəncədə qar yağıb."]), encoding="utf-8")
    first, second = read_paths([path])
    assert first.id == "a1"
    assert isinstance(second, ReadWarning) and second.article.id == "a1~2"
    assert "duplicate article id 'a1'" in second.message


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_without_a_zero_byte_are_refused(tmp_path, seed):
    import random

    noise = random.Random(seed)
    path = tmp_path / f"səs-küy-{seed}.txt"
    path.write_bytes(bytes(noise.randrange(1, 256) for _ in range(3000)))
    (failure,) = read(path)
    assert isinstance(failure, Failure) and ("binary data" in failure.message or "readable" in failure.message)


def test_random_printable_bytes_are_refused(tmp_path):
    import random

    noise = random.Random(7)
    path = tmp_path / "çap.txt"
    path.write_bytes(bytes(noise.choice([*range(0x20, 0x7F), *range(0xA0, 0x100)]) for _ in range(3000)))
    (failure,) = read(path)
    assert isinstance(failure, Failure) and "no legacy encoding" in failure.message


def test_the_binary_data_message_names_the_file_once(tmp_path):
    path = tmp_path / "arxiv.txt"
    path.write_bytes(b"PK\x03\x04" + bytes(range(1, 200)) * 20)
    (failure,) = read(path)
    assert failure.where == str(path) and str(path) not in failure.message
    assert failure.message.startswith("binary data")


def test_a_utf16_file_is_read_and_its_encoding_noted(tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes(TEXT.encode("utf-16"))
    (warning,) = read(path)
    assert warning.article.text == TEXT and warning.message == "not UTF-8: read as utf-16"


CYRILLIC = "Президент Илһам Әлијев бу ҝүн Бакыда Газахыстанын сәфирини гәбул едиб."


def test_letters_lost_to_a_code_page_are_a_warning(tmp_path):
    lost = CYRILLIC.encode("cp1251", errors="replace")  # Әәһҝү are not in cp1251: each became ?
    path = tmp_path / "itirilmiş.txt"
    path.write_bytes(lost)
    (warning,) = read(path)
    assert isinstance(warning, ReadWarning) and warning.article.text == lost.decode("cp1251")
    assert warning.message.startswith("not UTF-8: read as cp1251; 5 words with '?' for a lost letter")
    assert "(first: 'Ил?ам')" in warning.message


def test_a_question_mark_in_a_web_address_or_after_a_sentence_is_no_lost_letter(tmp_path):
    text = f"{TEXT} Ətraflı: https://xeber.az/news.php?id=5&lang=az Niyə? Çünki belədir."
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": text}])
    (article,) = read(path)
    assert isinstance(article, Article)


def test_a_name_with_a_lost_letter_is_not_an_entity(nlp):
    text = CYRILLIC.encode("cp1251", errors="replace").decode("cp1251")
    result = nlp(Article(id="a", text=text))
    names = [e.text for e in result.entities]
    assert "Бакыда" in names and not any("?" in name for name in names)


@pytest.mark.parametrize("value, said", [(123, "a number (123)"), (None, "null"), (["Bakı"], "a list"),
                                         ({"az": "Bakı"}, "an object"), (True, "true")])
def test_a_text_that_is_not_a_string_is_reported_as_such(tmp_path, value, said):
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": "n", "text": value}, {"id": "ok", "text": TEXT}])
    failure, article = read(path)
    assert failure.message == f"'text' is not a string but {said}" and failure.where == f"{path}:1"
    assert article.id == "ok"


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_a_csv_with_another_delimiter_is_read(tmp_path, delimiter):
    path = tmp_path / "cədvəl.csv"
    path.write_text(f"id{delimiter}text{delimiter}published\nc1{delimiter}\"{OTHER}\"{delimiter}2025-05-20\n"
                    f"c2{delimiter}{TEXT}{delimiter}\n", encoding="utf-8")
    first, second = read(path)
    assert (first.id, first.text, first.published) == ("c1", OTHER, datetime(2025, 5, 20))
    assert (second.id, second.text) == ("c2", TEXT)


def test_a_semicolon_inside_a_comma_separated_text_stays_in_the_text(tmp_path):
    path = tmp_path / "cədvəl.csv"
    path.write_text(f'id,text\nc1,"{TEXT}; {OTHER}"\n', encoding="utf-8")
    (article,) = read(path)
    assert article.text == f"{TEXT}; {OTHER}"


def test_a_gzipped_file_that_unpacks_past_the_cap_is_refused_unread(tmp_path, monkeypatch):
    import gzip

    monkeypatch.setattr(reader, "MAX_GUNZIPPED_BYTES", 1000)
    path = tmp_path / "böyük.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "' + b"a" * 5000 + b'"}\n'))
    (failure,) = read_paths([path])
    assert isinstance(failure, Failure) and "unpacks to over" in failure.message
    small = tmp_path / "kiçik.jsonl.gz"
    small.write_bytes(gzip.compress('{"text": "Bakı şəhəri."}\n'.encode()))
    (article,) = read_paths([small])
    assert isinstance(article, Article)
