"""Fuzzing the reader and the pipeline: random and mutated text, bytes, JSONL and CSV.

Whatever comes in, no exception escapes, no stage fails on it, every offset slices its text, no
mention cell is one the CSV's formula guard would alter, and every input (a .txt file, a JSONL line)
is either a result or a failed row. Examples are bounded so the module runs in seconds.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import Article
from pipeline.io.reader import Failure, ReadWarning, read_paths
from pipeline.io.tables import neutralise

SENTENCES = [
    "Prezident İlham Əliyev 2025-ci il mayın 14-də Bakıda Qazaxıstanın səfirini qəbul edib.",
    "Xarici İşlər Nazirliyinin nümayəndəsi dünən ATƏT-in Vyanadakı iclasında iştirak edib.",
    "«Azərenerji» ASC ilə Türkiyənin BOTAŞ şirkəti arasında saziş imzalanıb!",
    "Ötən il fevralın 20-də X. Xələfov Astanaya rəsmi səfərə gedib; görüş 10:00-da başlayıb.",
    "Президент Илһам Әлијев Бакыда Газахыстанын сәфирини гәбул едиб.",
    "II -III qrup imtahanları =SUM(A1) +994 @AzMFA hesabında elan olunub…",
]
# Letters and marks the stages treat specially: Azerbaijani and Cyrillic letters, look-alikes, combining
# marks, invisible and odd spaces, quotes, dashes, formula characters, sentence ends and line breaks.
ALPHABET = st.sampled_from(list(
    "abcçdeəfgğhxıijkqlmnoöprsştuüvyzABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ"
    "әөүһҹғјӘӨҮҺҸҒЈабвгдежзийклмнопрстуфхцчшыэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЫЭЮЯ"
    "0123456789 \n\t\r.,;:!?…-–—'’\"«»“”„()=+@/%\u0307\u0308\u200b\u200c\u00ad\u00a0\ufeffǝƎ"
))
RANDOM_TEXT = st.text(alphabet=ALPHABET, max_size=400)


@st.composite
def mutated(draw) -> str:
    """Seed sentences joined, then characters inserted, deleted and replaced."""
    text = " ".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4)))
    for _ in range(draw(st.integers(0, 12))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(st.text(alphabet=ALPHABET, min_size=1, max_size=3))
        if action == "insert":
            text = text[:at] + piece + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + len(piece):]
        else:
            text = text[:at] + piece + text[at + len(piece):]
    return text


TEXTS = st.one_of(RANDOM_TEXT, mutated())
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(items: list, nlp) -> list:
    """Run the items through the pipeline and check every result; returns the results."""
    assert all(isinstance(item, Article | ReadWarning | Failure) for item in items)
    results = list(nlp.stream(items))
    assert len(results) == len(items)  # every input a result or a failed row
    for item, result in zip(items, results, strict=True):
        if isinstance(item, Failure):
            assert result.status == "failed" and result.error.startswith(item.where)
            continue
        assert result.status in ("ok", "warning"), result.error  # no stage fails on any text
        source = {"text": result.article.text, "title": result.article.title}
        for record in (*result.entities, *result.dates):
            assert source[record.field][record.start : record.end] == record.text, record
            assert neutralise(record.text) == record.text, record
        for event in result.events:
            assert source[event.field][event.start : event.end] == event.trigger, event
            assert neutralise(event.trigger) == event.trigger, event
    return results


def _read(name: str, content: bytes) -> list:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(content)
        return list(read_paths([path]))


@FUZZ
@given(text=TEXTS, title=RANDOM_TEXT)
def test_any_text_and_title_go_through_the_pipeline(nlp, text, title):
    _check([Article(id="fuzz", text=text, title=title)], nlp)


@FUZZ
@given(data=st.one_of(
    st.binary(max_size=600),
    TEXTS.map(lambda t: t.encode("utf-8")),
    st.tuples(TEXTS, st.sampled_from(["cp1251", "cp1254", "koi8-r", "utf-16"])).map(
        lambda pair: pair[0].encode(pair[1], errors="replace")),
))
def test_any_bytes_in_a_txt_file_give_one_row(nlp, data):
    items = _read("xəbər.txt", data)
    assert len(items) == 1
    _check(items, nlp)


JSON_VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), TEXTS,
                        st.lists(st.integers(), max_size=2))
RECORDS = st.fixed_dictionaries({}, optional={
    "id": st.one_of(st.text(max_size=8), st.integers()),
    "text": st.one_of(TEXTS, JSON_VALUES),
    "title": JSON_VALUES,
    "published": st.one_of(st.sampled_from(["2025-05-14", "14.05.2025", "5 mart 2024", "dünən", ""]), JSON_VALUES),
})


@st.composite
def jsonl_lines(draw) -> list[str]:
    lines = [json.dumps(record, ensure_ascii=draw(st.booleans())) for record in draw(st.lists(RECORDS, max_size=5))]
    for index in draw(st.lists(st.integers(0, max(0, len(lines) - 1)), max_size=2)):
        if lines:  # a line cut short, or a line that is not an object
            lines[index] = draw(st.sampled_from([lines[index][: len(lines[index]) // 2], "[1, 2]", "\"mətn\""]))
    return lines


@FUZZ
@given(lines=jsonl_lines())
def test_any_jsonl_gives_one_row_a_line(nlp, lines):
    items = _read("xəbərlər.jsonl", "\n".join(lines).encode("utf-8"))
    whole_file_refused = len(items) == 1 and isinstance(items[0], Failure) and items[0].where.endswith(".jsonl")
    assert whole_file_refused or len(items) == sum(1 for line in lines if line.strip())
    _check(items, nlp)


@FUZZ
@given(rows=st.lists(st.tuples(st.text(max_size=6), TEXTS, st.sampled_from(["2025-05-14", "", "sabah"])),
                     max_size=4),
       delimiter=st.sampled_from([",", ";", "\t"]), cut=st.integers(0, 2000))
def test_any_csv_gives_rows_or_failures(nlp, rows, delimiter, cut):
    stream = io.StringIO()
    writer = csv.writer(stream, delimiter=delimiter)
    writer.writerow(["id", "text", "published"])
    writer.writerows(rows)
    content = stream.getvalue()
    items = _read("cədvəl.csv", content.encode("utf-8"))
    assert len([i for i in items if not isinstance(i, Failure)]) <= len(rows)
    _check(items, nlp)
    _check(_read("kəsik.csv", content[:cut].encode("utf-8")), nlp)  # a table cut anywhere
