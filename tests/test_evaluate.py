"""Tests for pipeline.evaluate on tiny gold/prediction folders built in tmp_path."""

from __future__ import annotations

import csv
import json
import unicodedata
from pathlib import Path

import pytest

from pipeline.evaluate import Score, errors, evaluate, format_report, report_to_dict

TEXT = "Prezident İlham Əliyev 2025-ci il mayın 14-də Bakıda Qazaxıstanın səfirini qəbul edib."
ENTITY_COLS = ["article_id", "field", "start", "end", "text", "label", "canonical", "sentence_id",
               "entity_id", "method"]
DATE_COLS = ["article_id", "field", "start", "end", "text", "value", "precision", "value_end", "relative",
             "sentence_id"]
EVENT_COLS = ["event_id", "article_id", "type", "plover", "trigger", "date", "date_source", "participants",
              "source", "target", "location", "modality", "sentence_id", "sentence", "confidence", "cluster_id"]


def span(surface: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(surface)
    return start, start + len(surface)


def entity(surface: str, label: str, canonical: str) -> dict:
    start, end = span(surface)
    return {"start": start, "end": end, "text": surface, "label": label, "canonical": canonical}


def date(surface: str, value: str) -> dict:
    start, end = span(surface)
    return {"start": start, "end": end, "text": surface, "value": value, "precision": "day"}


def event(kind: str, when: str, participants: list[str]) -> dict:
    return {"type": kind, "trigger": "qəbul edib", "date": when, "date_source": "text",
            "participants": participants, "location": "Bakı", "modality": "asserted", "sentence": TEXT}


GOLD_ENTITIES = [entity("İlham Əliyev", "PER", "İlham Əliyev"), entity("Bakıda", "LOC", "Bakı"),
                 entity("Qazaxıstanın", "LOC", "Qazaxıstan")]
GOLD_DATES = [date("2025-ci il mayın 14-də", "2025-05-14")]
GOLD_EVENTS = [event("MEET", "2025-05-14", ["İlham Əliyev", "Qazaxıstan"])]


def write_gold(folder: Path, article_id: str = "az-1", entities=None, dates=None, events=None) -> Path:
    folder.mkdir(exist_ok=True)
    data = {"id": article_id, "published": "2025-05-14T12:00:00+04:00",
            "entities": GOLD_ENTITIES if entities is None else entities,
            "dates": GOLD_DATES if dates is None else dates,
            "events": GOLD_EVENTS if events is None else events}
    (folder / f"{article_id}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


def write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:  # BOM, as the pipeline writes
        writer = csv.DictWriter(handle, columns, restval="")
        writer.writeheader()
        writer.writerows(rows)


def write_pred(folder: Path, entities=(), dates=(), events=(), article_id: str = "az-1") -> Path:
    folder.mkdir(exist_ok=True)
    write_csv(folder / "entities.csv", ENTITY_COLS,
              [{"article_id": article_id, "field": "text", **e} for e in entities])
    write_csv(folder / "dates.csv", DATE_COLS,
              [{"article_id": article_id, "field": "text", **d} for d in dates])
    write_csv(folder / "events.csv", EVENT_COLS,
              [{"article_id": article_id, **v, "participants": "; ".join(v["participants"])} for v in events])
    return folder


def run(tmp_path: Path, **pred):
    gold = write_gold(tmp_path / "gold")
    return evaluate(gold, write_pred(tmp_path / "pred", **pred))


def test_perfect_score(tmp_path: Path) -> None:
    report = run(tmp_path, entities=GOLD_ENTITIES, dates=GOLD_DATES, events=GOLD_EVENTS)
    for name in ("entity_span", "entity_canonical", "date_detection", "date_value", "event", "event_type"):
        assert report[name].f1 == 1.0, name
    assert report["entity_span"] == Score(3, 0, 0)
    assert report["entity_span/LOC"] == Score(2, 0, 0)
    assert report["event/MEET"] == Score(1, 0, 0)


def test_bom_is_written_and_handled(tmp_path: Path) -> None:
    pred = write_pred(tmp_path / "pred", entities=GOLD_ENTITIES)
    assert (pred / "entities.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    report = evaluate(write_gold(tmp_path / "gold"), pred)
    assert report["entity_span"].tp == 3


def test_missed_entity(tmp_path: Path) -> None:
    report = run(tmp_path, entities=GOLD_ENTITIES[:2])
    assert report["entity_span"] == Score(2, 0, 1)
    assert report["entity_span/LOC"] == Score(1, 0, 1)
    assert report["entity_span/PER"] == Score(1, 0, 0)
    assert report["entity_span"].recall == pytest.approx(2 / 3)


def test_wrong_label_is_a_false_positive_and_a_miss(tmp_path: Path) -> None:
    report = run(tmp_path, entities=[*GOLD_ENTITIES[:1], entity("Bakıda", "ORG", "Bakı"), GOLD_ENTITIES[2]])
    assert report["entity_span"] == Score(2, 1, 1)
    assert report["entity_span/ORG"] == Score(0, 1, 0)
    assert report["entity_span/LOC"] == Score(1, 0, 1)


def test_canonical_is_a_set_and_normalised(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "İlham  Əliyev")  # other composition, doubled space
    gold = write_gold(tmp_path / "gold", entities=[*GOLD_ENTITIES, entity("Əliyev", "PER", "İlham Əliyev")])
    pred = write_pred(tmp_path / "pred", entities=[entity("İlham Əliyev", "PER", decomposed)])
    report = evaluate(gold, pred)
    assert report["entity_canonical/PER"] == Score(1, 0, 0)  # two gold mentions, one name
    assert report["entity_canonical"] == Score(1, 0, 2)
    assert report["entity_span"] == Score(1, 0, 3)


def test_overlapping_dates_detect_but_value_must_agree(tmp_path: Path) -> None:
    report = run(tmp_path, dates=[date("mayın 14-də", "2025-05-14")])
    assert report["date_detection"] == Score(1, 0, 0)
    assert report["date_value"] == Score(1, 0, 0)
    report = run(tmp_path, dates=[date("mayın 14-də", "2024-05-14")])
    assert report["date_detection"] == Score(1, 0, 0)
    assert report["date_value"] == Score(0, 1, 1)


def test_dates_match_one_to_one(tmp_path: Path) -> None:
    report = run(tmp_path, dates=[date("2025-ci il", "2025"), date("mayın 14-də", "2025-05-14")])
    assert report["date_detection"] == Score(1, 1, 0)
    assert report["date_value"] == Score(1, 1, 0)


def test_adjacent_dates_do_not_overlap(tmp_path: Path) -> None:
    report = run(tmp_path, dates=[date("Bakıda", "2025-05-14")])  # starts after the gold date ends
    assert report["date_detection"] == Score(0, 1, 1)


def test_event_needs_a_shared_participant(tmp_path: Path) -> None:
    shared = run(tmp_path, events=[event("MEET", "2025-05-14", ["Qazaxıstan", "Bakı"])])
    assert shared["event"] == Score(1, 0, 0)
    disjoint = run(tmp_path, events=[event("MEET", "2025-05-14", ["Astana"])])
    assert disjoint["event"] == Score(0, 1, 1)
    assert disjoint["event_type"] == Score(1, 0, 0)


def test_event_needs_same_type_and_date(tmp_path: Path) -> None:
    report = run(tmp_path, events=[event("MEET", "2025-05-13", ["İlham Əliyev"]),
                                   event("VISIT", "2025-05-14", ["İlham Əliyev"])])
    assert report["event"] == Score(0, 2, 1)
    assert report["event_type"] == Score(1, 1, 0)
    assert report["event_type/VISIT"] == Score(0, 1, 0)


def dyad(kind: str, when: str, source: str, target: str) -> dict:
    return {**event(kind, when, [source, target]), "source": source, "target": target}


def test_event_dyad_needs_the_same_source_and_target(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "gold", events=[dyad("MEET", "2025-05-14", "İlham Əliyev", "Qazaxıstan")])
    same = write_pred(tmp_path / "same", events=[dyad("MEET", "2025-05-14", "İlham Əliyev", "Qazaxıstan")])
    assert evaluate(gold, same)["event_dyad"] == Score(1, 0, 0)
    assert evaluate(gold, same)["event_dyad/MEET"] == Score(1, 0, 0)
    swapped = write_pred(tmp_path / "swapped", events=[dyad("MEET", "2025-05-14", "Qazaxıstan", "İlham Əliyev")])
    report = evaluate(gold, swapped)
    assert report["event"] == Score(1, 0, 0)  # the lenient metric holds: a participant is shared
    assert report["event_dyad"] == Score(0, 1, 1)


def test_event_dyad_skips_gold_written_without_a_source(tmp_path: Path) -> None:
    pred = write_pred(tmp_path / "pred", events=[dyad("MEET", "2025-05-14", "İlham Əliyev", "Qazaxıstan")])
    assert evaluate(write_gold(tmp_path / "gold"), pred)["event_dyad"] == Score()
    assert "event_dyad" in format_report(evaluate(write_gold(tmp_path / "gold"), pred))


def test_event_type_counts_per_article(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "gold", events=[*GOLD_EVENTS, event("MEET", "", ["Qazaxıstan"])])
    pred = write_pred(tmp_path / "pred", events=[event("MEET", "", ["X"])] * 3)
    assert evaluate(gold, pred)["event_type/MEET"] == Score(2, 1, 0)


def test_formula_prefix_is_undone(tmp_path: Path) -> None:
    gold_entities = [entity("Bakıda", "ORG", "+Bakı"), entity("Qazaxıstanın", "LOC", "'Qazax")]
    gold = write_gold(tmp_path / "gold", entities=gold_entities,
                      events=[event("MEET", "2025-05-14", ["-Qazaxıstan"])])
    pred_entities = [entity("Bakıda", "ORG", "'+Bakı"), entity("Qazaxıstanın", "LOC", "'Qazax")]
    pred = write_pred(tmp_path / "pred", entities=pred_entities,
                      events=[event("MEET", "2025-05-14", ["'-Qazaxıstan"])])
    report = evaluate(gold, pred)
    assert report["entity_canonical/ORG"] == Score(1, 0, 0)
    assert report["entity_canonical/LOC"] == Score(1, 0, 0)  # an apostrophe before a letter is data
    assert report["event"] == Score(1, 0, 0)


def test_title_mentions_and_unknown_articles_are_ignored(tmp_path: Path) -> None:
    pred = write_pred(tmp_path / "pred", entities=GOLD_ENTITIES)
    title = {"article_id": "az-1", "field": "title", **entity("Bakıda", "LOC", "Bakı")}
    other = {"article_id": "az-99", "field": "text", **entity("Bakıda", "LOC", "Bakı")}
    rows = [{"article_id": "az-1", "field": "text", **e} for e in GOLD_ENTITIES] + [title, other]
    write_csv(pred / "entities.csv", ENTITY_COLS, rows)
    report = evaluate(write_gold(tmp_path / "gold"), pred)
    assert report["entity_span"] == Score(3, 0, 0)
    assert report.articles == ("az-1",)


def test_article_with_gold_but_no_predictions(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "gold")
    write_gold(gold, "az-2")
    report = evaluate(gold, write_pred(tmp_path / "pred", entities=GOLD_ENTITIES, dates=GOLD_DATES,
                                       events=GOLD_EVENTS))
    assert report.unpredicted == ("az-2",)
    assert report["entity_span"] == Score(3, 0, 3)
    assert report["date_value"] == Score(1, 0, 1)
    assert report["event"] == Score(1, 0, 1)


def test_missing_prediction_tables_raise(tmp_path: Path) -> None:
    (tmp_path / "pred").mkdir()
    with pytest.raises(FileNotFoundError):
        evaluate(write_gold(tmp_path / "gold"), tmp_path / "pred")


def test_errors_list_false_positives_and_negatives(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "gold")
    pred = write_pred(tmp_path / "pred", entities=[entity("Bakıda", "ORG", "Bakı")])
    found = errors(gold, pred)
    spans = [(e.kind, e.label, e.text.split(" [")[0]) for e in found if e.metric == "entity_span"]
    assert ("fp", "ORG", "Bakıda") in spans
    assert ("fn", "LOC", "Qazaxıstanın") in spans
    assert {e.article_id for e in found} == {"az-1"}
    assert any(e.metric == "event" and e.kind == "fn" for e in found)


def test_score_without_data_is_zero() -> None:
    assert (Score(0, 0, 0).precision, Score(0, 0, 0).recall, Score(0, 0, 0).f1) == (0.0, 0.0, 0.0)
    assert Score(1, 1, 0).f1 == pytest.approx(2 / 3)


def test_report_dict_and_table(tmp_path: Path) -> None:
    report = run(tmp_path, entities=GOLD_ENTITIES[:2])
    data = report_to_dict(report)
    json.dumps(data)
    assert data["metrics"]["entity_span"]["by_label"]["LOC"]["fn"] == 1
    assert data["metrics"]["date_detection"]["recall"] == 0.0
    table = format_report(report)
    assert "entity_span" in table and "  PER" in table


def test_a_gold_folder_that_does_not_exist_is_an_error_not_zeros(tmp_path: Path, capsys) -> None:
    from pipeline.cli import main

    pred = tmp_path / "pred"
    pred.mkdir()
    write_csv(pred / "entities.csv", ENTITY_COLS, [])
    with pytest.raises(FileNotFoundError, match="no such folder"):
        evaluate(tmp_path / "yoxdur", pred)
    assert main(["evaluate", "--gold", str(tmp_path / "yoxdur"), "--pred", str(pred)]) == 2
    assert f"{tmp_path / 'yoxdur'}: no such folder" in capsys.readouterr().err
    (tmp_path / "boş").mkdir()
    with pytest.raises(ValueError, match="no gold files"):
        evaluate(tmp_path / "boş", pred)


@pytest.mark.parametrize("content, problem", [
    ('{"id": "az-1", "entities": [', "not valid JSON"),
    ('{"id": "az-1", "entities": [{"end": 5, "label": "PER"}]}', "a record lacks 'start'"),
    ('["bir", "iki"]', "not in the gold format"),
])
def test_a_malformed_gold_file_is_named(tmp_path: Path, content: str, problem: str) -> None:
    gold = write_gold(tmp_path / "gold")
    bad = gold / "pozuq.json"
    bad.write_text(content, encoding="utf-8")
    pred = tmp_path / "pred"
    pred.mkdir()
    write_csv(pred / "entities.csv", ENTITY_COLS, [])
    with pytest.raises(ValueError) as raised:
        evaluate(gold, pred)
    assert str(raised.value).startswith(f"{bad}: {problem}")


def test_a_prediction_table_without_its_columns_is_named(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "gold")
    pred = tmp_path / "pred"
    pred.mkdir()
    (pred / "entities.csv").write_text("ad,soyad\nİlham,Əliyev\n", encoding="utf-8")
    with pytest.raises(ValueError, match=f"{pred / 'entities.csv'}: no column 'article_id'"):
        evaluate(gold, pred)


def test_event_fields_needs_every_participant_and_the_modality(tmp_path):
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir(), pred.mkdir()
    event = {"type": "MEET", "trigger": "görüşüb", "trigger_start": 0, "trigger_end": 7, "date": "2025-07-03",
             "participants": ["Ceyhun Bayramov", "Hakan Fidan"], "source": "Ceyhun Bayramov",
             "target": "Hakan Fidan", "modality": "asserted"}
    (gold / "a.json").write_text(json.dumps({"id": "a", "entities": [], "dates": [], "events": [event]}),
                                 encoding="utf-8")
    columns = ["article_id", "type", "trigger", "date", "participants", "source", "target", "modality"]
    for name, cols in (("entities.csv", ["article_id"]), ("dates.csv", ["article_id"]), ("events.csv", columns)):
        with (pred / name).open("w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(cols)
            if name == "events.csv":
                writer.writerow(["a", "MEET", "görüşüb", "2025-07-03", "Ceyhun Bayramov", "Ceyhun Bayramov",
                                 "Hakan Fidan", "asserted"])
    report = evaluate(gold, pred)
    assert report["event"].tp == 1 and report["event_dyad"].tp == 1
    assert (report["event_fields"].tp, report["event_fields"].fn) == (0, 1)  # a participant missing
