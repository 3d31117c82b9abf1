"""Score the pipeline's CSV tables against hand-written gold files (see ANNOTATION.md).

Reading (CSV and JSON) happens at the edge, in ``_read_*``; the metrics work on plain frozen
records and tuples. Only articles with a gold file are scored, and only ``field == "text"``
mentions, because gold offsets index the article text, never the title.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import Any

from .io.tables import FORMULA_STARTS

__all__ = ["Score", "Report", "ErrorItem", "evaluate", "agreement", "errors", "format_report", "format_errors",
           "report_to_dict", "METRICS"]

METRICS = ("entity_span", "entity_canonical", "date_detection", "date_value", "event", "event_type", "event_dyad",
           "event_fields")
# Written by ``tables.neutralise``; the same characters here, so the round trip holds.
_FORMULA_STARTS = FORMULA_STARTS


@dataclass(frozen=True, slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True, slots=True)
class Report(Mapping[str, Score]):
    """Scores by name: ``"entity_span"`` overall, ``"entity_span/PER"`` per label or event type."""

    scores: Mapping[str, Score]
    articles: tuple[str, ...] = ()  # ids of the scored (gold) articles
    unpredicted: tuple[str, ...] = ()  # gold articles without a single scored prediction

    def __getitem__(self, key: str) -> Score:
        return self.scores[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.scores)

    def __len__(self) -> int:
        return len(self.scores)


@dataclass(frozen=True, slots=True)
class ErrorItem:
    metric: str
    kind: str  # "fp" (predicted, not in gold) or "fn" (in gold, missed)
    article_id: str
    label: str
    text: str


@dataclass(frozen=True, slots=True)
class _Item:
    """One scorable record; ``key`` holds what the metric compares, ``text`` what a reviewer reads."""

    label: str
    key: tuple[Any, ...]
    text: str


@dataclass(frozen=True, slots=True)
class _Article:
    entities: tuple[_Item, ...] = ()  # key: (start, end, canonical)
    dates: tuple[_Item, ...] = ()  # key: (start, end, value)
    events: tuple[_Item, ...] = ()  # key: (date, participants as frozenset, source, target)


@dataclass(frozen=True, slots=True)
class _Outcome:
    matched: tuple[_Item, ...] = ()  # gold side of each true positive
    missed: tuple[_Item, ...] = ()
    spurious: tuple[_Item, ...] = ()


# --- reading (the only code that knows about files) ---------------------------------------------

def _norm(name: str) -> str:
    # Canonical names compare case-sensitively but must not differ by composition or spacing.
    return " ".join(unicodedata.normalize("NFC", name).split())


def _unescape(cell: str | None) -> str:
    # The writer prefixes "'" to cells that a spreadsheet would run as a formula; undo it.
    cell = cell or ""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in _FORMULA_STARTS else cell


def _read_csv(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8-sig", newline="") as handle:  # utf-8-sig drops the BOM
        return [{k.strip(): _unescape(v) for k, v in row.items() if k} for row in csv.DictReader(handle)]


def _int(value: str, where: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"{where}: offset {value!r} is not an integer") from None


def _entity(row: Mapping[str, Any], where: str) -> _Item:
    start, end = _int(str(row["start"]), where), _int(str(row["end"]), where)
    canonical = _norm(str(row.get("canonical") or ""))
    return _Item(str(row["label"]).strip(), (start, end, canonical), f"{row.get('text', '')} [{start}:{end}]")


def _date(row: Mapping[str, Any], where: str) -> _Item:
    start, end = _int(str(row["start"]), where), _int(str(row["end"]), where)
    value = str(row.get("value") or "").strip()
    return _Item("DATE", (start, end, value), f"{row.get('text', '')} [{start}:{end}] = {value or '?'}")


def _event(row: Mapping[str, Any], participants: Sequence[str]) -> _Item:
    names = frozenset(n for n in (_norm(p) for p in participants) if n)
    date = str(row.get("date") or "").strip()
    source, target = _norm(str(row.get("source") or "")), _norm(str(row.get("target") or ""))
    modality = str(row.get("modality") or "").strip()
    dyad = f" | {source} -> {target or '-'}" if source else ""
    shown = f"{date or '-'} | {'; '.join(sorted(names))}{dyad} | {modality} | {row.get('trigger', '')}"
    return _Item(str(row["type"]).strip(), (date, names, source, target, modality), shown)


def _read_gold(gold_dir: Path) -> dict[str, _Article]:
    """Every ``*.json`` gold file of ``gold_dir``; a folder that is missing or holds none is an error, not
    an empty gold (which would score zeros), and a malformed file is named."""
    if not gold_dir.is_dir():
        raise FileNotFoundError(f"{gold_dir}: {'not a folder' if gold_dir.exists() else 'no such folder'} "
                                "(the gold is a folder of JSON files)")
    paths = sorted(gold_dir.glob("*.json"))
    if not paths:
        raise ValueError(f"{gold_dir}: no gold files (*.json) in this folder")
    gold: dict[str, _Article] = {}
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
            gold[str(data.get("id") or path.stem)] = _Article(
                tuple(_entity(e, str(path)) for e in data.get("entities", [])),
                tuple(_date(d, str(path)) for d in data.get("dates", [])),
                tuple(_event(v, v.get("participants") or []) for v in data.get("events", [])),
            )
        except json.JSONDecodeError as error:
            raise ValueError(f"{path}: not valid JSON ({error.msg}, line {error.lineno})") from None
        except UnicodeDecodeError:
            raise ValueError(f"{path}: not UTF-8 text") from None
        except (KeyError, TypeError, AttributeError) as error:
            what = f"a record lacks {error}" if isinstance(error, KeyError) else "not in the gold format"
            raise ValueError(f"{path}: {what} (see ANNOTATION.md)") from None
    return gold


@contextmanager
def _missing_column(path: Path) -> Iterator[None]:
    try:
        yield
    except (KeyError, AttributeError) as error:  # AttributeError: a row shorter than the header (None cells)
        what = f"no column {error}" if isinstance(error, KeyError) else "a row with missing cells"
        raise ValueError(f"{path}: {what}; is it a table written by aznews run?") from None


def _read_pred(pred_dir: Path) -> dict[str, _Article]:
    names = ("entities.csv", "dates.csv", "events.csv")
    if not any((pred_dir / n).exists() for n in names):
        raise FileNotFoundError(f"{pred_dir}: none of {', '.join(names)} found")
    found: dict[str, dict[str, list[_Item]]] = defaultdict(lambda: defaultdict(list))
    for name, kind, parse in (("entities.csv", "entities", _entity), ("dates.csv", "dates", _date)):
        for line, row in enumerate(_read_csv(pred_dir / name), start=2):
            with _missing_column(pred_dir / name):
                if (row.get("field") or "text").strip() == "text":  # title offsets are not in the gold
                    found[row["article_id"].strip()][kind].append(parse(row, f"{pred_dir / name}:{line}"))
    for row in _read_csv(pred_dir / "events.csv"):  # events carry no field column: all are scored
        with _missing_column(pred_dir / "events.csv"):
            participants = (row.get("participants") or "").split(";")
            found[row["article_id"].strip()]["events"].append(_event(row, participants))
    return {aid: _Article(*(tuple(kinds[k]) for k in ("entities", "dates", "events")))
            for aid, kinds in found.items()}


# --- matching (plain records only) --------------------------------------------------------------

def _one_to_one(gold: Sequence[_Item], pred: Sequence[_Item],
                compatible: Callable[[_Item, _Item], bool]) -> _Outcome:
    """Maximum bipartite matching (Kuhn): each gold and each prediction is used at most once."""
    options = [[j for j, p in enumerate(pred) if compatible(g, p)] for g in gold]
    owner: dict[int, int] = {}  # prediction index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    hit = set(owner.values())
    return _Outcome(tuple(gold[i] for i in sorted(hit)),
                    tuple(g for i, g in enumerate(gold) if i not in hit),
                    tuple(p for j, p in enumerate(pred) if j not in owner))


def _overlap(g: _Item, p: _Item) -> bool:
    return g.key[0] < p.key[1] and p.key[0] < g.key[1]


def _same_span(g: _Item, p: _Item) -> bool:
    return g.label == p.label and g.key[:2] == p.key[:2]


def _same_name(g: _Item, p: _Item) -> bool:
    return g.label == p.label and g.key == p.key


def _same_value(g: _Item, p: _Item) -> bool:
    return _overlap(g, p) and g.key[2] == p.key[2]


def _same_event(g: _Item, p: _Item) -> bool:
    # Same type and date, and at least one participant in common (names already normalised), or no
    # participant on either side (a gathering whose parties the text does not name).
    shared = bool(g.key[1] & p.key[1]) or not (g.key[1] or p.key[1])
    return g.label == p.label and g.key[0] == p.key[0] and shared


def _same_type(g: _Item, p: _Item) -> bool:
    return g.label == p.label


def _same_dyad(g: _Item, p: _Item) -> bool:
    # Type, date and the same source and target: who acted towards whom, as event data sets code it.
    return g.label == p.label and g.key[0] == p.key[0] and g.key[2:4] == p.key[2:4]


def _same_fields(g: _Item, p: _Item) -> bool:
    # Every field a reviewer checks: type, date, the very same participants, source, target and modality.
    return g.label == p.label and g.key == p.key


def _with_source(a: _Article) -> Sequence[_Item]:
    # Scored over the events that name who acted, on both sides: gold written before ``source`` existed
    # (no source anywhere) adds nothing to this metric, and neither does a prediction without one.
    return tuple(e for e in a.events if e.key[2])


def _canonical_set(items: Sequence[_Item]) -> tuple[_Item, ...]:
    # One item per (label, canonical): the metric counts names an article mentions, not mentions.
    first: dict[tuple[str, str], _Item] = {}
    for item in items:
        first.setdefault((item.label, item.key[2]), _Item(item.label, item.key[2:], item.key[2]))
    return tuple(first.values())


def _names(a: _Article) -> Sequence[_Item]:
    return _canonical_set(a.entities)


# metric -> (which records it compares, when a prediction matches a gold record)
_RULES: dict[str, tuple[Callable[[_Article], Sequence[_Item]], Callable[[_Item, _Item], bool]]] = {
    "entity_span": (attrgetter("entities"), _same_span),
    "entity_canonical": (_names, _same_name),
    "date_detection": (attrgetter("dates"), _overlap),
    "date_value": (attrgetter("dates"), _same_value),
    "event": (attrgetter("events"), _same_event),
    "event_type": (attrgetter("events"), _same_type),
    "event_dyad": (_with_source, _same_dyad),
    "event_fields": (attrgetter("events"), _same_fields),
}
_PER_LABEL = {"entity_span", "entity_canonical", "event", "event_type", "event_dyad", "event_fields"}


_Outcomes = Iterator[tuple[str, str, _Outcome]]


def _outcomes(gold: Mapping[str, _Article], pred: Mapping[str, _Article]) -> _Outcomes:
    """Each gold article's outcome per metric; an article without predictions misses all its gold."""
    for article_id, g in gold.items():
        p = pred.get(article_id, _Article())
        for metric, (records, matches) in _RULES.items():
            if metric == "event_dyad" and g.events and not records(g):
                continue  # gold events written without a dyad (before ``source`` was specified): not scored
            yield article_id, metric, _one_to_one(records(g), records(p), matches)


# --- public API ---------------------------------------------------------------------------------

def evaluate(gold_dir: Path, pred_dir: Path) -> Report:
    """Score every article that has a gold file; predictions for other articles are ignored."""
    return _report(_read_gold(Path(gold_dir)), _read_pred(Path(pred_dir)))


def agreement(first_dir: Path, second_dir: Path) -> Report:
    """Inter-annotator agreement: two folders of gold files for the same articles, the second scored as if
    it were a prediction (F1 is symmetric; precision and recall swap with the order)."""
    first, second = _read_gold(Path(first_dir)), _read_gold(Path(second_dir))
    shared = set(first) & set(second)
    return _report({k: v for k, v in first.items() if k in shared}, {k: v for k, v in second.items() if k in shared})


def _report(gold: Mapping[str, _Article], pred: Mapping[str, _Article]) -> Report:
    totals: dict[str, Score] = {}
    for _, metric, outcome in _outcomes(gold, pred):
        for kind, items in (("tp", outcome.matched), ("fn", outcome.missed), ("fp", outcome.spurious)):
            for item in items:
                one = Score(**{kind: 1})
                totals[metric] = totals.get(metric, Score()) + one
                if metric in _PER_LABEL:
                    name = f"{metric}/{item.label}"
                    totals[name] = totals.get(name, Score()) + one
    totals = {m: Score() for m in METRICS} | totals  # a metric with no records still shows
    # Each metric's overall line first, then its labels alphabetically.
    order = sorted(totals, key=lambda n: (METRICS.index(n.partition("/")[0]), "/" in n, n))
    scores = {n: totals[n] for n in order}
    return Report(scores, tuple(gold), tuple(a for a in gold if a not in pred))


def errors(gold_dir: Path, pred_dir: Path) -> list[ErrorItem]:
    """False positives and false negatives of every metric, for error analysis."""
    found = []
    for article_id, metric, outcome in _outcomes(_read_gold(Path(gold_dir)), _read_pred(Path(pred_dir))):
        found += [ErrorItem(metric, "fn", article_id, i.label, i.text) for i in outcome.missed]
        found += [ErrorItem(metric, "fp", article_id, i.label, i.text) for i in outcome.spurious]
    return sorted(found, key=lambda e: (METRICS.index(e.metric), e.kind, e.article_id))


def format_report(report: Report) -> str:
    lines = [f"{len(report.articles)} articles scored, {len(report.unpredicted)} without predictions", "",
             f"{'metric':<28}{'tp':>6}{'fp':>6}{'fn':>6}{'prec':>8}{'rec':>8}{'f1':>8}"]
    for name, s in report.items():
        shown = f"  {name.split('/', 1)[1]}" if "/" in name else name
        lines.append(f"{shown:<28}{s.tp:>6}{s.fp:>6}{s.fn:>6}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}")
    return "\n".join(lines)


def format_errors(items: Sequence[ErrorItem]) -> str:
    return "\n".join(f"{e.metric}\t{e.kind}\t{e.article_id}\t{e.label}\t{e.text}" for e in items)


def _score_dict(s: Score) -> dict[str, Any]:
    return {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": round(s.precision, 4),
            "recall": round(s.recall, 4), "f1": round(s.f1, 4)}


def report_to_dict(report: Report) -> dict[str, Any]:
    metrics: dict[str, Any] = {}
    for name, s in report.items():
        metric, _, label = name.partition("/")
        if label:
            metrics[metric].setdefault("by_label", {})[label] = _score_dict(s)
        else:
            metrics[metric] = _score_dict(s)
    return {"articles": len(report.articles), "unpredicted": list(report.unpredicted), "metrics": metrics}
