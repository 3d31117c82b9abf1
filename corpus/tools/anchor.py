"""Annotators' tool: find and check the offsets of a hand annotation, and write it stand-off.

An annotator reads an article (``--print ID``) and the specification, and writes a work file with the
mentions as written, in the order they occur in the text; this script finds every offset (an annotator never
counts characters), checks the annotation against ANNOTATION.md, and writes the stand-off file (offsets,
labels, canonical names, values, event fields; no text). Work files hold article text and stay outside the
repository.

    python corpus/tools/anchor.py --print banker-0123
    python corpus/tools/anchor.py WORK.json [WORK.json ...] --out corpus/gold/standoff

Work file::

    {"id": "banker-0123",
     "entities": [{"text": "Bakıda", "label": "LOC", "canonical": "Bakı"}, ...],      # document order
     "dates": [{"text": "iyulun 18-də", "value": "2025-07-18", "precision": "day"}, ...],  # document order
     "events": [{"type": "MEET", "trigger": "görüşüb", "anchor": "Bakıda görüşüb", "date": "2025-07-18",
                 "date_source": "text", "participants": ["A", "B"], "source": "A", "target": "B",
                 "location": "Bakı", "modality": "asserted"}]}

``anchor`` is any verbatim stretch of the text that holds the trigger and occurs once; it may be left out
when the trigger itself occurs once.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the checkout: the tool runs without installing
from pipeline.gold import source_articles  # noqa: E402  (the package's imports are lazy: no spaCy here)

LABELS = {"PER", "ORG", "LOC"}
TYPES = {"MEET", "VISIT", "CALL", "SIGN", "AGREE", "APPOINT", "ESTABLISH", "PARTICIPATE", "INVITE", "SUPPORT"}
DATE_SOURCES = {"text", "context", "published", ""}
MODALITIES = {"asserted", "planned", "negated"}
PRECISION_OF = [(re.compile(r"\d{4}-\d{2}-\d{2}"), "day"), (re.compile(r"\d{4}-\d{2}"), "month"),
                (re.compile(r"\d{4}-Q[1-4]"), "quarter"), (re.compile(r"\d{4}-H[12]"), "half"),
                (re.compile(r"\d{4}"), "year"), (re.compile(r""), "")]


def _precision(value: str) -> str | None:
    return next((p for pattern, p in PRECISION_OF if pattern.fullmatch(value)), None)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _find_in_order(text: str, surface: str, cursor: int) -> int:
    """The first occurrence of ``surface`` at or after ``cursor`` that is a whole word (suffixes included)."""
    start = text.find(surface, cursor)
    while start != -1:
        before_ok = start == 0 or not _is_word_char(text[start - 1])
        end = start + len(surface)
        after_ok = end == len(text) or not _is_word_char(text[end])
        if before_ok and after_ok:
            return start
        start = text.find(surface, start + 1)
    return -1


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    return text[max(0, start - width):start] + "[" + text[start:end] + "]" + text[end:end + width]


class Checker:
    def __init__(self, article_id: str, text: str):
        self.id, self.text = article_id, text
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, message: str) -> None:
        self.errors.append(f"{self.id}: {message}")

    def warn(self, message: str) -> None:
        self.warnings.append(f"{self.id}: warning: {message}")

    def spans(self, items: list[dict], what: str) -> list[tuple[int, int]]:
        """Offsets for mentions listed in document order; the cursor moves past each one found."""
        cursor, found = 0, []
        for n, item in enumerate(items, 1):
            surface = item.get("text", "")
            start = _find_in_order(self.text, surface, cursor) if surface else -1
            if start == -1:
                anywhere = _find_in_order(self.text, surface, 0) if surface else -1
                hint = ("it occurs earlier: is the list out of document order?" if anywhere != -1
                        else "not in the text as a whole word (check spelling, quotes, dashes)")
                self.error(f"{what} {n} {surface!r}: not found after offset {cursor}; {hint}")
                found.append((-1, -1))
                continue
            found.append((start, start + len(surface)))
            cursor = start + len(surface)
        return found

    def entities(self, items: list[dict]) -> list[dict]:
        out = []
        for item, (start, end) in zip(items, self.spans(items, "entity"), strict=True):
            if item.get("label") not in LABELS:
                self.error(f"entity {item.get('text')!r}: label {item.get('label')!r} is not PER, ORG or LOC")
            if not item.get("canonical"):
                self.error(f"entity {item.get('text')!r}: no canonical")
            if start >= 0:
                out.append({"start": start, "end": end, "label": item.get("label"), "canonical": item.get("canonical")})
        for a, b in zip(out, out[1:], strict=False):
            if b["start"] < a["end"]:
                self.error(f"entities overlap: {_context(self.text, a['start'], b['end'], 0)}")
        self._missed_repeats(out)
        return out

    def _missed_repeats(self, entities: list[dict]) -> None:
        covered = [(e["start"], e["end"]) for e in entities]
        for surface in sorted({self.text[s:e] for s, e in covered}):
            start = _find_in_order(self.text, surface, 0)
            while start != -1:
                if not any(s <= start < e for s, e in covered):
                    where = _context(self.text, start, start + len(surface))
                    self.warn(f"{surface!r} also at {start}, not annotated: {where}")
                start = _find_in_order(self.text, surface, start + len(surface))

    def dates(self, items: list[dict]) -> list[dict]:
        out = []
        for item, (start, end) in zip(items, self.spans(items, "date"), strict=True):
            value, precision = item.get("value", ""), item.get("precision", "")
            expected = _precision(value)
            if expected is None:
                self.error(f"date {item.get('text')!r}: value {value!r} is not ISO "
                           "(YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn)")
            elif expected != precision:
                self.error(f"date {item.get('text')!r}: precision {precision!r}, but the value says {expected!r}")
            if item.get("value_end") and _precision(item["value_end"]) in (None, ""):
                self.error(f"date {item.get('text')!r}: value_end {item['value_end']!r} is not ISO")
            if start >= 0:
                out.append({"start": start, "end": end, "value": value, "precision": precision}
                           | ({"value_end": item["value_end"]} if item.get("value_end") else {}))
        return out

    def events(self, items: list[dict], canonicals: set[str]) -> list[dict]:
        out = []
        for n, item in enumerate(items, 1):
            where = f"event {n} ({item.get('type')} {item.get('trigger')!r})"
            trigger = self._trigger(item, where)
            if item.get("type") not in TYPES:
                self.error(f"{where}: type {item.get('type')!r} is not one of the ten")
            if item.get("modality") not in MODALITIES:
                self.error(f"{where}: modality {item.get('modality')!r}")
            date, source = item.get("date", ""), item.get("date_source", "")
            if source not in DATE_SOURCES or bool(date) != bool(source):
                self.error(f"{where}: date {date!r} with date_source {source!r} (both set or both empty)")
            if date and _precision(date) in (None, ""):
                self.error(f"{where}: date {date!r} is not ISO")
            participants = list(item.get("participants") or [])
            for name in participants + [item.get(k) for k in ("source", "target", "location") if item.get(k)]:
                if name not in canonicals:
                    self.warn(f"{where}: {name!r} is not the canonical of any annotated entity")
            for key in ("source", "target"):
                if item.get(key) and item[key] not in participants and key != "target":
                    self.warn(f"{where}: {key} {item[key]!r} is not among the participants")
            if trigger:
                out.append({"type": item.get("type"), "trigger": list(trigger), "date": date, "date_source": source,
                            "participants": participants, "source": item.get("source") or "",
                            "target": item.get("target") or "", "location": item.get("location") or "",
                            "modality": item.get("modality")})
        return out

    def _trigger(self, item: dict, where: str) -> tuple[int, int] | None:
        trigger, anchor = item.get("trigger") or "", item.get("anchor") or item.get("trigger") or ""
        if not trigger:
            self.error(f"{where}: no trigger")
            return None
        first = self.text.find(anchor)
        if first == -1:
            self.error(f"{where}: anchor {anchor!r} is not in the text verbatim")
            return None
        if self.text.find(anchor, first + 1) != -1:
            self.error(f"{where}: {anchor!r} occurs more than once; give an 'anchor' (a longer verbatim stretch)")
            return None
        inner = anchor.find(trigger)
        if inner == -1:
            self.error(f"{where}: the trigger is not inside its anchor {anchor!r}")
            return None
        return first + inner, first + inner + len(trigger)


def anchor(work: dict, text: str) -> tuple[dict, Checker]:
    checker = Checker(work.get("id", "?"), text)
    entities = checker.entities(work.get("entities", []))
    dates = checker.dates(work.get("dates", []))
    events = checker.events(work.get("events", []), {e["canonical"] for e in entities})
    return {"id": work.get("id"), "entities": entities, "dates": dates, "events": events}, checker


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("work", nargs="*", type=Path, help="work files (JSON) to check and write stand-off")
    parser.add_argument("--out", type=Path, help="folder for the stand-off files (nothing is written without it)")
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[3] / "shared" / "data")
    parser.add_argument("--print", dest="show", metavar="ID", help="print an article's title and text")
    args = parser.parse_args(argv)
    articles = source_articles(args.data)
    if args.show:
        article = articles[args.show]
        print(f"id: {article.id}\npublished: {article.published}\ntitle (not annotated): {article.title}\n")
        print(article.text)
        return 0
    status = 0
    for path in args.work:
        work = json.loads(path.read_text(encoding="utf-8"))
        if work.get("id") not in articles:
            print(f"{path}: unknown article id {work.get('id')!r}")
            status = 1
            continue
        standoff, checker = anchor(work, articles[work["id"]].text)
        for line in checker.errors + checker.warnings:
            print(line)
        if checker.errors:
            status = 1
            continue
        counts = ", ".join(f"{len(standoff[k])} {k}" for k in ("entities", "dates", "events"))
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"{work['id']}.json").write_text(json.dumps(standoff, ensure_ascii=False, indent=1) + "\n",
                                                          encoding="utf-8")
            print(f"{work['id']}: ok, {counts}, written")
        else:
            print(f"{work['id']}: ok, {counts}")
    return status


if __name__ == "__main__":
    sys.exit(main())
