"""The date stage: Azerbaijani date expressions, found by a grammar and resolved to ISO 8601 values.

``find_dates`` runs the patterns of ``pipeline.date_grammar``, keeps the longest non-overlapping
matches, joins ranges (``mayın 1-dən 15-dək``, ``22 iyul – 11 avqust``) and resolves each ``Spec``
in text order, so ``həmin il`` can point back to the date mentioned last.

Policies (see ANNOTATION.md "Dates"):
- A day and month without a year take the year that puts them nearest before or at publication,
  unless the sentence's predicate is in the future tense (the coming date), or the predicate shows
  no tense and the coming date is at most ``NEAR_FUTURE_DAYS`` ahead (``Son tarix 11 avqust``).
- ``gələn həftə``: a week resolves to its Monday at day precision, with its Sunday as ``value_end``.
- Without a publication date, a relative expression is a mention with empty value and precision.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..lang import dates_az as az
from ..records import TEXT, DateMention, Document, SentenceFinder
from ..stage import register
from .date_grammar import (
    CLOSER,
    CLOSING_DAY,
    DURATION_AFTER,
    OPENER,
    PATTERNS,
    RANGE_DASH,
    Spec,
    lower_text,
    spec_of,
)

NEAR_FUTURE_DAYS = 62
# A day this close before publication is the news it reports, even in a sentence whose verb is future.
RECENT_PAST_DAYS = 3
SOON_DAYS = 31


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    spec: Spec


# --- finding -------------------------------------------------------------------------------------


def _candidates(text: str) -> list[_Match]:
    found = []
    low = lower_text(text)
    for name, pattern in PATTERNS.items():
        for m in pattern.finditer(low):
            g = m.groupdict()
            if name == "year" and g.get("bare") and not (g.get("ord") or g.get("ppart")):
                continue  # a bare ``ilin`` is a date only with a part: ``ilin əvvəlindən``
            if m.group() in az.NOT_MONTHS or _names_a_day(text, m) or _duration(m, low):
                continue
            if name == "day_word" and low[m.end() : m.end() + 1] and low[m.end()] in az.CLOSING_QUOTES:
                continue  # “Sabah” in quotes is a name
            if name == "shift" and (_after_event(low, m.start()) or _later(m)):
                continue
            if name == "bare_year" and not _bare_year_context(text, m.start(), m.end()):
                continue
            if name == "weekday" and _HABITUAL.match(low, m.end()):
                continue  # ``çərşənbə və bazar günləri``: every such day, a timetable, not a date
            spec = spec_of(name, g)
            if spec is not None:
                found.append(_Match(m.start(), m.end(), spec))
    return found


def _bare_year_context(text: str, start: int, end: int) -> bool:
    """A four-digit number alone is a year only where nothing else fits: alone in brackets (``(2010)``), in a
    gazette citation between commas before ``№``, or
    right after a capitalised word or a closing quote, as the edition of a name (``Sertifikatlaşdırma 2025``,
    ``London 2012``), and not before a digit, a unit or a percent."""
    before, after = text[max(0, start - 1) : start], text[end : end + 1]
    if before == "(" and after == ")":
        return True
    if text[max(0, start - 2) : start] == ", " and text[end : end + 3] in (", №", ", N"):
        return True  # a citation of a gazette: ``Qanunvericilik Toplusu, 2002, № 6``
    if after[:1].isdigit() or after in {"%", ",", "."} and text[end + 1 : end + 2].isdigit():
        return False
    previous = text[max(0, start - 40) : start].rstrip()
    words = previous.split()
    word = words[-1].lstrip("“«\"'") if words else ""
    opens_sentence = len(words) < 2 or words[-2][-1:] in ".!?:"  # ``Şirkət 2024 nəfəri``: a count
    if not word or before != " " or opens_sentence and not words[-1].startswith(("“", "«", '"')):
        return False
    return word[0].isupper() and word.isalpha() or word[-1] in "”»\""


def _after_event(low: str, start: int) -> bool:
    # ``imzalanmasından 7 gün sonra``, ``azı 15 gün əvvəl``: counted from an event, not from today.
    before = low[max(0, start - 40) : start].split()
    word = before[-1] if before else ""
    return word in az.SHIFT_BLOCKERS or (word.endswith(az.ABLATIVE_ENDINGS) and word not in az.DIRECTIONS_BASE)


def _duration(m: re.Match[str], low: str) -> bool:
    # ``3 il ərzində`` is a length of time; ``2025-ci il ərzində`` names the year it lasts.
    return bool(DURATION_AFTER.match(low, m.end())) and not m.groupdict().get("y")


def _later(m: re.Match[str]) -> bool:
    # ``30 il sonra``, ``altı ay sonra``: years or months later than a narrated event, not than today (the
    # ablative ``beş ildən sonra`` counts from today); weeks are no dates at all (corpus guide 11).
    unit, direction = m.group("nu"), m.group("dir")
    return unit == "həftə" or (unit in ("il", "ay") and direction == "sonra" and not m.group("abl"))


def _names_a_day(text: str, m: re.Match[str]) -> bool:
    # ``20 Yanvar şəhidi``, ``20 Yanvar faciəsi``: a capitalised day and month without a year, as the first
    # noun of a compound (the next noun carries the 3rd-person possessive), name a commemoration, not a date.
    if m.re is not PATTERNS["day_month"] or not m.group("mw") or m.group("y") or not text[m.start("mw")].isupper():
        return False
    return bool(_COMPOUND_HEAD.match(text, m.end()))


def _longest(matches: list[_Match]) -> list[_Match]:
    """Longest first, then leftmost; drop whatever overlaps a match already kept. The kept matches never
    overlap, so they stay sorted by start and only the neighbours of a new one need checking."""
    kept: list[_Match] = []
    starts: list[int] = []
    for m in sorted(matches, key=lambda m: (m.start - m.end, m.start)):
        i = bisect_right(starts, m.start)
        if (i == 0 or kept[i - 1].end <= m.start) and (i == len(kept) or kept[i].start >= m.end):
            kept.insert(i, m)
            starts.insert(i, m.start)
    return kept


def _join_ranges(text: str, matches: list[_Match]) -> list[_Match]:
    """``mayın 1-dən 15-dək`` and ``22 iyul – 11 avqust`` are one mention from start to end."""
    out: list[_Match] = []
    for m in matches:
        prev = out[-1] if out else None
        if prev and _joins(text, prev, m):
            out[-1] = _Match(prev.start, m.end, _as_range(prev.spec, m.spec))
            continue
        closing = CLOSING_DAY.match(text, m.end)
        if closing and m.spec.day and OPENER.search(text[m.start : m.end]):
            m = _Match(m.start, closing.end(), dataclasses.replace(m.spec, day_end=int(closing["d"])))
        out.append(m)
    return out


def _joins(text: str, a: _Match, b: _Match) -> bool:
    gap = text[a.end : b.start]
    if a.spec.anaphor or b.spec.anaphor or _has_end(a.spec) or _precision_rank(a.spec) != _precision_rank(b.spec):
        return False
    if RANGE_DASH.fullmatch(gap):
        return True
    return gap.isspace() and bool(OPENER.search(text[a.start : a.end]) and CLOSER.search(text[b.start : b.end]))


def _has_end(s: Spec) -> bool:
    return any(v is not None for v in (s.year_end, s.month_end, s.day_end))


def _precision_rank(s: Spec) -> int:
    return 3 if s.day or s.day_shift is not None else 2 if s.month or s.month_shift is not None else 1


def _as_range(a: Spec, b: Spec) -> Spec:
    return dataclasses.replace(a, year_end=b.year, month_end=b.month, day_end=b.day)


# --- tense ---------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?…](?=[\s”\"»]|$)|\n")
_WORD = re.compile(r"[^\W\d_]+")
_COMPOUND_HEAD = re.compile(az.COMPOUND_HEAD)
_APPOSITION = re.compile(r"[\s,–—-]*(?:isə\s+)?")  # what may stand between a date and its weekday
_APPOSITION_GAP = 8
# The rest of a list of weekdays that ends in plural ``günləri``/``günlərində``.
_WEEKDAY_NAMES = "|".join(sorted([*az.WEEKDAYS, "bazar"], key=len, reverse=True))
_HABITUAL = re.compile(rf"(?:\s*(?:,|\s+və)\s*(?:{_WEEKDAY_NAMES}))*\s+günlər")
_LONGEST_CLAUSE = 2000  # characters; the longest sentence in the 553 shared articles has 1,021
_FUTURE_PARTICIPLE = re.compile(az.FUTURE_PARTICIPLE)
_PAST_THEN_AND = re.compile(r"(\w+(?:dı|di|du|dü|ıb|ib|ub|üb))(?:\s*,|\s+(?:və|ki)\b)")


def _tense(text: str, start: int, end: int) -> str:
    """The tense of the predicate of the sentence around ``start:end``: future, past or "". The search for
    the sentence's end is bounded, so text without punctuation costs no more per date than prose."""
    limit = min(len(text), end + _LONGEST_CLAUSE)
    stop = _SENTENCE_END.search(text, end, limit)
    clause = text[end : stop.start() if stop else limit]
    finite = _PAST_THEN_AND.search(clause)  # ``… elan etdi və … ediləcək``: the date's clause ends at ``etdi``
    words = _WORD.findall(clause[: finite.end(1)] if finite else clause)
    if not words:
        return ""
    if words[0].endswith(az.FUTURE_ENDINGS) or words[0] in az.FUTURE_WORDS:
        return "future"  # ``iyulun 20-də keçiriləcək tədbir``: the date belongs to the participle right after it
    last, last_two = words[-1], " ".join(words[-2:])
    if last in az.FUTURE_WORDS or last_two in az.FUTURE_WORDS or last.endswith(az.FUTURE_ENDINGS):
        return "future"
    past = last.endswith(az.PAST_ENDINGS)
    if any(_FUTURE_PARTICIPLE.search(word) for word in words) and not past:
        return "future"
    return "past" if past else ""


# --- resolving -----------------------------------------------------------------------------------


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    return f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if m and d else "")


def _pick_year(month: int, day: int | None, pub: date, tense: str) -> int:
    """The year for a month (and day) said without one: nearest before publication, or coming;
    ``fevralın 29-u`` moves on to the nearest leap year in the same direction."""
    year = _nearest_year(month, day, pub, tense)
    step = 1 if year > pub.year or (year == pub.year and (month, day or 0) > (pub.month, pub.day)) else -1
    while day and _safe_date(year, month, day) is None:
        year += step
    return year


def _nearest_year(month: int, day: int | None, pub: date, tense: str) -> int:
    key, now = (month, day or 0), (pub.month, pub.day if day else 0)
    past_year = pub.year if key <= now else pub.year - 1
    coming_year = pub.year if key >= now else pub.year + 1
    if tense == "before":
        return pub.year if (month, day or 0) < now else pub.year - 1
    if tense == "after":
        return pub.year if (month, day or 0) > now else pub.year + 1
    if tense == "open":
        tense = ""
    if tense == "future" and past_year != coming_year:
        recent = _safe_date(past_year, month, day or 1)
        if day and recent and (pub - recent).days <= RECENT_PAST_DAYS:
            return past_year  # ``avqustun 13-də`` published on the 14th: yesterday's news, whatever else is planned
        return coming_year
    if past_year == coming_year:
        return coming_year
    coming = _safe_date(coming_year, month, day or 1)
    ahead = (coming - pub).days if coming else None
    if tense == "past":
        return coming_year if day and ahead is not None and ahead <= SOON_DAYS else past_year
    return coming_year if ahead is not None and ahead <= NEAR_FUTURE_DAYS else past_year


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _previous_fields(prev: str) -> tuple[int | None, int | None, int | None]:
    parts = [int(p) for p in prev.split("-") if p.isdigit()] if prev[:4].isdigit() else []
    parts += [None] * (3 - len(parts))
    return parts[0], parts[1], parts[2]


def _shifted(s: Spec, pub: date, tense: str) -> tuple[str, str, str] | None:
    if s.day_shift is not None:
        return (pub + timedelta(days=s.day_shift)).isoformat(), "day", ""
    if s.month_shift is not None:
        months = pub.year * 12 + pub.month - 1 + s.month_shift
        return _iso(months // 12, months % 12 + 1), "month", ""
    if s.weekday is not None:
        back = (pub.weekday() - s.weekday) % 7
        ahead = (s.weekday - pub.weekday()) % 7
        if tense == "after":  # gələn cümə: strictly after the publication day
            day = pub + timedelta(days=ahead or 7)
        elif tense == "before":  # keçən cümə: strictly before it
            day = pub - timedelta(days=back or 7)
        else:
            day = pub + timedelta(days=ahead) if tense == "future" and ahead else pub - timedelta(days=back)
        return day.isoformat(), "day", ""
    return None


def _format(s: Spec, year: int) -> tuple[str, str, str]:
    """Value, precision and value_end once the year is known."""
    if s.part:
        return f"{year}-{s.part}", "quarter" if s.part[0] == "Q" else "half", ""
    value = _iso(year, s.month, s.day)
    precision = "day" if s.month and s.day else "month" if s.month else "year"
    if not _has_end(s):
        return value, precision, ""
    end_year = s.year_end or year
    end_month = s.month_end or (s.month if s.day_end else None)
    if s.year_end is None and end_month and s.month and (end_month, s.day_end or 0) < (s.month, s.day or 0):
        end_year += 1  # 20 dekabr – 10 yanvar: the end falls in the next year
    return value, precision, _iso(end_year, end_month, s.day_end if end_month else None)


def resolve(s: Spec, pub: date | None, prev: str, tense: str) -> tuple[str, str, str, bool]:
    """(value, precision, value_end, relative) for one mention."""
    if s.year is not None:
        return (*_format(s, s.year), False)
    if s.anaphor:
        y, m, d = _previous_fields(prev)
        if y is None or (s.anaphor != "year" and m is None):
            return "", "", "", True
        if s.anaphor == "day":
            return _iso(y, m, d), "day" if d else "month", "", True
        return (*_format(dataclasses.replace(s, month=s.month or (m if s.anaphor == "month" else None)), y), True)
    if pub is None:
        return "", "", "", True
    shifted = _shifted(s, pub, s.tense or tense)
    if shifted:
        return (*shifted, True)
    if s.year_shift is not None:
        return (*_format(s, pub.year + s.year_shift), True)
    if s.month:
        return (*_format(s, _pick_year(s.month, s.day, pub, s.tense or tense)), True)
    return "", "", "", True


# --- public --------------------------------------------------------------------------------------


def find_dates(text: str, published: datetime | None, field: str = TEXT) -> list[DateMention]:
    """Every date expression in ``text``, sorted by start, non-overlapping, resolved where possible."""
    pub = published.date() if published else None
    mentions: list[DateMention] = []
    prev = ""
    low = lower_text(text)
    for m in _join_ranges(low, _longest(_candidates(text))):
        if _pure_anaphor(m.spec):
            continue  # ``həmin gün`` names no date of its own (corpus guide 47): events read the date it repeats
        tense = _tense(low, m.start, m.end) if m.spec.year is None else ""
        value, precision, value_end, relative = resolve(m.spec, pub, prev, tense)
        if m.spec.weekday is not None and mentions and _names_the_weekday_of(mentions[-1], m, low):
            value, precision, value_end = mentions[-1].value, "day", ""
        mentions.append(
            DateMention(m.start, m.end, text[m.start : m.end], value, precision, value_end, relative, field)
        )
        # ``həmin il`` repeats a year the text already gave more precisely: keep the precise one
        prev = prev if prev.startswith(value) else value
    return mentions


def _names_the_weekday_of(before: DateMention, m: _Match, low: str) -> bool:
    """``iyunun 6-da, cümə günü``, ``28 iyun şənbə günü``: a weekday right after a day it falls on is that day."""
    if before.precision != "day" or not before.value or m.start - before.end > _APPOSITION_GAP:
        return False
    if not _APPOSITION.fullmatch(low, before.end, m.start):
        return False
    return date.fromisoformat(before.value[:10]).weekday() == m.spec.weekday


def _pure_anaphor(spec) -> bool:
    return bool(spec.anaphor) and spec.month is None and spec.day is None and not spec.part


def _with_sentences(doc: Document, mentions: list[DateMention]) -> list[DateMention]:
    sentences = SentenceFinder(doc.sentences)
    return [dataclasses.replace(m, sentence_id=sentences.id_at(m.start, m.field)) for m in mentions]


@register("dates", requires=("sentences",), assigns=("dates",))
def make_dates_stage():
    def dates_stage(doc: Document) -> Document:
        found = find_dates(doc.title, doc.published, "title") + find_dates(doc.text, doc.published, TEXT)
        return dataclasses.replace(doc, dates=tuple(_with_sentences(doc, found)))

    return dates_stage
