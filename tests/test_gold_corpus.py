"""The gold corpus: stand-off annotations that rebuild into valid gold files, and splits that do not overlap.

The stand-off files hold no text, so most checks need the shared articles and skip without them.
"""

from __future__ import annotations

import json
import re

import pytest

from pipeline.gold import STANDOFF_DIR, build_gold, default_data_dir, load_splits, sentence_bounds

DATA = default_data_dir()
needs_data = pytest.mark.skipif(not (DATA / "banker_az" / "articles.jsonl").exists(), reason="no ../shared/data")
TYPES = {"MEET", "VISIT", "CALL", "SIGN", "AGREE", "APPOINT", "ESTABLISH", "PARTICIPATE", "INVITE", "SUPPORT"}
VALUE = re.compile(r"(\d{4}(-\d{2}(-\d{2})?|-Q[1-4]|-H[12])?)?")


def test_splits_are_disjoint_and_the_test_split_is_big_enough():
    splits = load_splits()
    main = [set(splits[name]) for name in ("train", "dev", "test", "dev_legacy", "seed")]
    assert sum(len(s) for s in main) == len(set().union(*main))
    assert len(splits["test"]) >= 50 and sum(i.startswith("ntrex-") for i in splits["test"]) >= 10
    assert set(splits["double"]) <= set().union(*main)


def test_every_annotated_article_is_in_a_split_and_no_standoff_holds_text():
    assigned = {i for ids in load_splits().values() for i in ids}
    for path in STANDOFF_DIR.glob("*.json"):
        standoff = json.loads(path.read_text(encoding="utf-8"))
        assert path.stem in assigned
        assert all("text" not in item for kind in ("entities", "dates") for item in standoff[kind])
        assert all("sentence" not in event for event in standoff["events"])


@needs_data
def test_gold_files_rebuild_with_true_offsets(tmp_path):
    written = build_gold(DATA, tmp_path)
    assert len(written) >= 200
    for article_id in written:
        gold = json.loads((tmp_path / f"{article_id}.json").read_text(encoding="utf-8"))
        entities = sorted(gold["entities"], key=lambda e: e["start"])
        assert all(a["end"] <= b["start"] for a, b in zip(entities, entities[1:], strict=False)), article_id
        for entity in entities:
            assert entity["label"] in {"PER", "ORG", "LOC"} and entity["canonical"].strip()
            assert entity["text"] == entity["text"].strip() and entity["text"]
        for date in gold["dates"]:
            assert VALUE.fullmatch(date["value"]) and date["text"].strip(), (article_id, date)
        for event in gold["events"]:
            assert event["type"] in TYPES and event["modality"] in {"asserted", "planned", "negated"}
            if "trigger_start" in event:
                assert event["trigger"] and event["trigger"] in event["sentence"]


def test_a_sentence_for_the_reviewer_is_cut_at_final_punctuation_or_a_line():
    text = "Birinci cümlə bitdi. İkinci cümlə burada!\nBaşlıq sətri"
    assert text[slice(*sentence_bounds(text, 25))] == "İkinci cümlə burada!"
    assert text[slice(*sentence_bounds(text, len(text) - 1))] == "Başlıq sətri"
