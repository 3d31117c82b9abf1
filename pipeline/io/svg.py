"""A static bar chart of events by month, as inline SVG: no script, no library, readable offline."""

from __future__ import annotations

import math
import re
from collections import Counter
from html import escape

_MONTH = re.compile(r"(\d{4})-(\d{2})")
HEIGHT = 150  # the bars' area, in pixels
WIDTH = 860  # at most, for the bars
BAR_COLOUR = "#4c78a8"


def months_of(dates: list[str]) -> tuple[Counter, int]:
    """Events per month (``YYYY-MM``) from their dates, and how many have no month (a year, a quarter, none)."""
    counts: Counter = Counter()
    without = 0
    for value in dates:
        match = _MONTH.match(value or "")
        if match and 1 <= int(match.group(2)) <= 12:
            counts[match.group(0)] += 1
        else:
            without += 1
    return counts, without


def recent(counts: Counter, months: int = 36, share: float = 0.2) -> tuple[Counter, int]:
    """The last ``months`` months with events, when what lies before them is under ``share`` of the events
    (background dates such as a treaty of 1997 would otherwise squeeze the news into a few pixels), and how
    many events were left out; else every month."""
    if not counts:
        return counts, 0
    last = max(counts)
    year, month = int(last[:4]), int(last[5:]) - (months - 1)
    while month < 1:
        year, month = year - 1, month + 12
    first = f"{year:04d}-{month:02d}"
    earlier = sum(n for m, n in counts.items() if m < first)
    if earlier == 0 or earlier > share * sum(counts.values()):
        return counts, 0
    return Counter({m: n for m, n in counts.items() if m >= first}), earlier


def _span(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def timeline_svg(counts: Counter, title: str = "events by month") -> str:
    """Every month from the first to the last with events, a bar each, the count on hover (``<title>``)."""
    if not counts:
        return '<p class="empty">No event has a date with a month.</p>'
    months = _span(min(counts), max(counts))
    bar = max(2, min(48, WIDTH // len(months)))  # the chart fits the page; a long span gets thin bars
    years = max(1, math.ceil(36 / (bar * 12)))  # the year under every January, or every few, so labels never touch
    left, bottom, top = 34, 34, 14
    width, highest = left + bar * len(months) + 10, max(counts.values())
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{HEIGHT + top + bottom}" '
             f'viewBox="0 0 {width} {HEIGHT + top + bottom}" font-family="sans-serif" font-size="10">',
             f"<title>{escape(title)}</title>",
             f'<line x1="{left}" y1="{top + HEIGHT}" x2="{width - 5}" y2="{top + HEIGHT}" stroke="#888"/>',
             f'<text x="{left - 4}" y="{top + 4}" text-anchor="end">{highest}</text>',
             f'<text x="{left - 4}" y="{top + HEIGHT}" text-anchor="end">0</text>']
    monthly = len(months) <= 14  # a label under every month; else under each January, the year
    for i, month in enumerate(months):
        x, n = left + i * bar, counts.get(month, 0)
        if n:
            h = max(1, round(HEIGHT * n / highest))
            parts.append(f'<rect x="{x + 1}" y="{top + HEIGHT - h}" width="{max(1, bar - 2)}" '
                         f'height="{h}" fill="{BAR_COLOUR}"><title>{month}: {n} events</title></rect>')
        if monthly or (month.endswith("-01") and int(month[:4]) % years == 0):
            label = month if monthly else month[:4]
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{top + HEIGHT + 14}" text-anchor="middle">{label}</text>')
    parts.append("</svg>")
    return "\n".join(parts)
