"""``aznews review report``: how good the output is, by the reviewers' marks.

Precision per entity label, for dates, per event type and per cluster type: the share of marked rows marked
``ok`` (a ``fix`` counts against it: the row as written was not right), with a 95% Wilson score interval,
and where the rows that were not right came from: the ``method`` (rule, gazetteer, model) of an entity, the
trigger of an event. Only marks on rows that exist now count; the labels are the pipeline's, not a fix's.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .marks import Joined

Z95 = 1.959964
# table -> (the column that groups its rows, the column that says where a row came from)
GROUPS = {"entities": ("label", "method"), "dates": (None, None), "events": ("type", "trigger"),
          "event_clusters": ("type", None)}
REPORT_COLUMNS = ["table", "label", "marked", "ok", "fix", "wrong", "precision", "ci_low", "ci_high",
                  "not_ok_from"]


def wilson(successes: int, trials: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a proportion (95% by default); (0, 1) with no trials."""
    if trials == 0:
        return 0.0, 1.0
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass
class Line:
    table: str
    label: str
    counts: Counter = field(default_factory=Counter)  # ok, fix, wrong
    not_ok_from: Counter = field(default_factory=Counter)  # method or trigger of the fix and wrong rows

    def origins(self) -> list[tuple[str, int]]:
        """Where the rows that were not right came from, the most frequent first (ties by name)."""
        return sorted(self.not_ok_from.items(), key=lambda item: (-item[1], item[0]))

    @property
    def marked(self) -> int:
        return sum(self.counts.values())

    @property
    def precision(self) -> float:
        return self.counts["ok"] / self.marked if self.marked else 0.0

    @property
    def interval(self) -> tuple[float, float]:
        return wilson(self.counts["ok"], self.marked)

    def row(self) -> tuple:
        low, high = self.interval
        origin = "; ".join(f"{name} {n}" for name, n in self.origins())
        return (self.table, self.label, self.marked, self.counts["ok"], self.counts["fix"], self.counts["wrong"],
                round(self.precision, 4), round(low, 4), round(high, 4), origin)


@dataclass(frozen=True, slots=True)
class Precision:
    lines: list[Line]  # a table's overall line ("all") first, then its labels
    orphans: int  # marks left out: their row is gone or changed


def precision_report(joined: Joined) -> Precision:
    lines: dict[tuple[str, str], Line] = {}
    for (table, _), (row, mark) in joined.marked.items():
        if table not in GROUPS:
            continue
        group, origin = GROUPS[table]
        labels = ["all"] + ([str(row.get(group) or "?")] if group else [])
        for label in labels:
            line = lines.setdefault((table, label), Line(table, label))
            line.counts[mark.review] += 1
            if mark.review != "ok" and origin:
                line.not_ok_from[str(row.get(origin) or "?")] += 1
    order = list(GROUPS)
    ordered = sorted(lines.values(), key=lambda x: (order.index(x.table), x.label != "all", x.label))
    return Precision(ordered, len(joined.orphans))


def report_table(report: Precision) -> tuple[list[str], list[tuple]]:
    return REPORT_COLUMNS, [line.row() for line in report.lines]


def format_precision(report: Precision) -> str:
    if not report.lines:
        return "no marks on the current rows: import reviewed files first (aznews review import)"
    head = f"{'table':<15}{'label':<13}{'marked':>7}{'ok':>6}{'fix':>6}{'wrong':>6}{'precision':>11}  95% interval"
    out = [head]
    by_table: dict[str, list[Line]] = defaultdict(list)
    for line in report.lines:
        by_table[line.table].append(line)
    for table, lines in by_table.items():
        for line in lines:
            low, high = line.interval
            name = table if line.label == "all" else ""
            out.append(f"{name:<15}{line.label:<13}{line.marked:>7}{line.counts['ok']:>6}{line.counts['fix']:>6}"
                       f"{line.counts['wrong']:>6}{line.precision:>11.3f}  [{low:.3f}, {high:.3f}]")
        origins = [line for line in lines if line.label == "all" and line.not_ok_from]
        for line in origins:
            shown = ", ".join(f"{name} {n}" for name, n in line.origins()[:8])
            kind = "method" if table == "entities" else "trigger"
            out.append(f"{'':<15}fix or wrong by {kind}: {shown}")
    if report.orphans:
        out.append(f"({report.orphans} marks left out: their row is gone or changed; see review_orphans.csv)")
    return "\n".join(out)
