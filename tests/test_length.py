"""Time linear in an article's length: the quadratic spots found by profiling stay fixed.

The figures themselves come from ``benchmarks/bench_length.py``; here, the pieces that made time grow
with the square of the length are checked against plain scans, and one growth ratio is measured."""

from __future__ import annotations

import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import Article
from pipeline.records import TEXT, TITLE, Sentence, SentenceFinder
from pipeline.stages import dates
from pipeline.stages.event import event_merge
from pipeline.stages.segment import MAX_SENTENCE_TOKENS, split_sentences, tokenize


def _article(seed_text: str, size: int, punctuated: bool) -> str:
    text = ((seed_text + "\n") * (size // len(seed_text) + 1))[:size]
    return text if punctuated else re.sub(r"[.!?…\n]", " ", text)


@settings(max_examples=50, deadline=None)
@given(lengths=st.lists(st.integers(1, 30), min_size=1, max_size=12), gaps=st.integers(0, 3),
       offset=st.integers(-5, 400))
def test_sentence_finder_agrees_with_a_scan(lengths, gaps, offset):
    sentences, start = [], 0
    for number, length in enumerate(lengths):
        field = TITLE if number == 0 else TEXT
        sentences.append(Sentence(number, start, start + length, "x" * length, field))
        start += length + gaps
    finder = SentenceFinder(tuple(sentences))
    for field in (TITLE, TEXT):
        scanned = next((s.id for s in sentences if s.field == field and s.start <= offset < s.end), -1)
        assert finder.id_at(offset, field) == scanned


@settings(max_examples=50, deadline=None)
@given(spans=st.lists(st.tuples(st.integers(0, 60), st.integers(1, 15)), max_size=25))
def test_the_longest_dates_are_kept_as_a_plain_scan_keeps_them(spans):
    matches = [dates._Match(start, start + length, None) for start, length in spans]
    kept = []
    for m in sorted(matches, key=lambda m: (m.start - m.end, m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    assert dates._longest(matches) == sorted(kept, key=lambda m: m.start)


def test_a_text_without_punctuation_is_cut_into_bounded_sentences(seed_text):
    text = _article(seed_text, 20_000, punctuated=False)
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens)
    assert len(sentences) > 1 and sentences[0].start == tokens[0].start and sentences[-1].end == tokens[-1].end
    starts = [t.start for t in tokens]
    for sentence in sentences:
        inside = [s for s in starts if sentence.start <= s < sentence.end]
        assert 0 < len(inside) <= MAX_SENTENCE_TOKENS


def test_merging_events_asks_a_bounded_number_of_pairs(nlp, seed_text, monkeypatch):
    asked = []
    real = event_merge.same_happening
    monkeypatch.setattr(event_merge, "same_happening", lambda *args: asked.append(1) or real(*args))
    counts = []
    for size in (40_000, 160_000):
        asked.clear()
        nlp(Article(id=f"n{size}", text=_article(seed_text, size, punctuated=True)))
        counts.append(len(asked))
    assert counts[1] < 6 * counts[0]  # four times the text: about four times the pairs, not sixteen


def test_time_grows_linearly_with_an_unpunctuated_article(nlp, seed_text):
    def seconds(size: int) -> float:
        article = Article(id=f"n{size}", text=_article(seed_text, size, punctuated=False))
        best = float("inf")
        for _ in range(2):
            started = time.perf_counter()
            assert nlp(article).status == "ok"
            best = min(best, time.perf_counter() - started)
        return best

    short, long = seconds(30_000), seconds(120_000)
    assert long < 9 * short, (short, long)  # linear: 4 times; quadratic: 16 times
