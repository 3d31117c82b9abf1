"""Pages to read: static HTML (no script) with entities, dates and events, checked in a real headless Chromium
when one is installed (the screenshot test skips cleanly without it)."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from pipeline.batch import run_batch
from pipeline.cli import main
from pipeline.fingerprint import PipelineOptions
from pipeline.io.reader import read_paths
from pipeline.io.svg import months_of, recent, timeline_svg
from pipeline.stages.entity import ner_model

OPTIONS = PipelineOptions(use_model=(ner_model.default_model_path() / "meta.json").exists())
RECORDS = [
    {"id": "qebul", "title": "Prezident Gürcüstanın Baş nazirini qəbul edib",
     "text": "Prezident İlham Əliyev iyulun 3-də Bakıda Gürcüstanın Baş nazirini qəbul edib.",
     "published": "2025-07-05", "url": "https://x.az/1"},
    {"id": "saziş/2", "text": "Azərbaycan və Qazaxıstan arasında nəqliyyat sahəsində saziş 2025-ci il mayın 14-də "
                               "imzalanıb. <script>alert(1)</script>", "published": "2025-07-05"},
]
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("pages")
    source = tmp / "in.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    run_batch(read_paths([source]), tmp / "out", OPTIONS, workers=1, html=True)
    return tmp / "out" / "pages"


def test_a_page_per_article_and_an_index_with_links_that_resolve(pages):
    assert sorted(p.name for p in pages.iterdir())[0] == "index.html" and len(list(pages.iterdir())) == 3
    index = (pages / "index.html").read_text(encoding="utf-8")
    for link in re.findall(r'href="([^"#]+)', index):
        assert (pages / link).exists(), link
    assert "<script" not in index
    assert index.index("imzalanıb") < index.index("qəbul edib")  # lowest confidence first (0.8 before 1.0)
    assert "<svg" in index and "2025-05: 1 events" in index and "2025-07: 1 events" in index


def test_an_article_page_shows_entities_dates_and_event_cards(pages):
    page = (pages / "qebul.html").read_text(encoding="utf-8")
    assert "İlham Əliyev" in page and ">PER</span>" in page and "DATE 2025-07-03" in page
    assert '<mark class="trigger">qəbul edib</mark>' in page and 'id="ev-' in page
    assert "1.00" in page and "İlham Əliyev; Gürcüstan" in page
    other = next(p for p in pages.iterdir() if p.name.startswith("saziş_2-"))  # an unsafe id, made safe
    text = other.read_text(encoding="utf-8")
    assert "<script>alert" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text


def test_the_run_command_writes_pages(tmp_path, capsys):
    source = tmp_path / "a.txt"
    source.write_text(RECORDS[0]["text"], encoding="utf-8")
    assert main(["run", str(source), "--out", str(tmp_path / "out"), "--html", "--quiet", "--workers", "1"]) == 0
    assert (tmp_path / "out" / "pages" / "a.html").exists()
    assert main(["run", str(source), "--out", str(tmp_path / "out"), "--html", "--quiet", "--workers", "1"]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if p.name.startswith(".")) == []  # no leftovers


def test_the_timeline_spans_every_month_between_the_first_and_last():
    counts, without = months_of(["2024-11-05", "2025-02", "2025-02-10", "2025", "", "2025-Q1"])
    assert counts == {"2024-11": 1, "2025-02": 2} and without == 3
    svg = timeline_svg(counts)
    assert svg.count("<rect") == 2 and all(m in svg for m in ("2024-11", "2024-12", "2025-01", "2025-02"))
    # A treaty of 1997 in the background does not squeeze three years of news into a few pixels.
    news = months_of(["1997-05-02"] + [f"2025-{m:02d}-01" for m in range(1, 8)])[0]
    shown, earlier = recent(news)
    assert earlier == 1 and min(shown) == "2025-01" and recent(counts) == (counts, 0)


def _browser() -> str | None:
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


def _pixels(png: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and rows of RGB(A) pixels of an 8-bit PNG (what Chromium writes)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    at, data, width = 8, b"", 0
    while at < len(png):
        (length,), kind = struct.unpack(">I", png[at:at + 4]), png[at + 4:at + 8]
        body = png[at + 8:at + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6)
            size = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            data += body
        at += 12 + length
    raw, rows, previous = zlib.decompress(data), [], bytearray(width * size)
    stride = width * size
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - size] if i >= size else 0
            b, c = previous[i], previous[i - size] if i >= size else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, [bytes(r[i:i + 3]) for r in rows for i in range(0, stride, size)]


@pytest.mark.skipif(_browser() is None, reason="no headless Chromium installed (apt-get install chromium)")
def test_pages_render_in_a_headless_browser(pages, tmp_path):
    shots = {}
    for name in ("qebul.html", "index.html"):
        shot = tmp_path / name.replace(".html", ".png")
        done = subprocess.run([_browser(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                               "--window-size=1000,900", f"--screenshot={shot}", (pages / name).as_uri()],
                              capture_output=True, text=True, timeout=120, cwd=tmp_path)
        assert shot.exists(), done.stderr[-2000:]
        shots[name] = _pixels(shot.read_bytes())[2]
    page = set(shots["qebul.html"])
    assert bytes((0xC9, 0xB8, 0xFF)) in page  # a person, highlighted by displaCy
    assert bytes((0xFE, 0xCA, 0x74)) in page  # a place
    assert bytes((0xBF, 0xE1, 0xD9)) in page  # a date
    assert bytes((0xFF, 0xE0, 0x66)) in page  # the trigger in its event card's sentence
    # The bars of the counts per type and of the timeline: two months of one event each, drawn full height
    # (46 x 150 pixels each), beside two bars of the counts (about 190 x 13).
    assert shots["index.html"].count(bytes((0x4C, 0x78, 0xA8))) > 12_000


def test_a_reviewed_article_shows_its_marks(tmp_path):
    from pipeline.review.importer import import_reviews

    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(RECORDS[0], ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    run_batch(read_paths([source]), out, OPTIONS, workers=1)
    lines = (out / "events.csv").read_text(encoding="utf-8-sig").splitlines()
    (out / "r.csv").write_text("\n".join([lines[0], lines[1][:-1] + "wrong,qəbul deyil"]) + "\n", encoding="utf-8")
    entities = (out / "entities.csv").read_text(encoding="utf-8-sig").splitlines()
    (out / "e.csv").write_text("\n".join([entities[0], entities[1][:-1] + "ok,"]) + "\n", encoding="utf-8")
    assert not import_reviews([out / "r.csv", out / "e.csv"], out).refused
    run_batch(read_paths([source]), out, OPTIONS, workers=1, html=True)
    page = (out / "pages" / "qebul.html").read_text(encoding="utf-8")
    assert '<span class="badge wrong">wrong: qəbul deyil</span>' in page
    assert "LOC ✓" in page  # the title's first mention, marked ok


def test_an_older_store_without_texts_gains_them_on_the_next_run(tmp_path):
    import sqlite3

    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(RECORDS[0], ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    run_batch(read_paths([source]), out, OPTIONS, workers=1)
    with sqlite3.connect(out / "aznews.sqlite") as db:
        db.execute("DELETE FROM texts")  # as a store written before the texts table was
    report = run_batch(read_paths([source]), out, OPTIONS, workers=1, html=True)
    assert report.unchanged == 1
    assert "Bakıda" in (out / "pages" / "qebul.html").read_text(encoding="utf-8")
