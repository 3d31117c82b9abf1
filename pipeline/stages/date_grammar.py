"""The grammar of Azerbaijani date expressions: regexes compiled once from ``pipeline.lang.dates_az``.

Each pattern uses the same group names (``y`` year, ``m`` month, ``d`` day, ``rel`` a determiner such
as ``bu``/``ötən``…), so one function, ``spec_of``, turns any match into a ``Spec``: what the text says,
before anything is resolved against the publication date or an earlier mention.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from ..lang import dates_az as az
from ..text import az_lower


@dataclass(frozen=True, slots=True)
class Spec:
    """The calendar fields an expression gives; ``None`` is "not said"."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    year_end: int | None = None
    month_end: int | None = None
    day_end: int | None = None
    part: str = ""  # "Q3", "H1": a quarter or half of ``year``
    year_shift: int | None = None  # bu il 0, ötən il -1: counted from the publication year
    month_shift: int | None = None
    day_shift: int | None = None
    weekday: int | None = None
    anaphor: str = ""  # "year", "month", "day": fields taken from the date mentioned last
    tense: str = ""  # "past" / "future" when the words themselves say it (keçən iyul, sabah)


def _alt(words) -> str:
    # Longest first, so ``iyul`` never stops short of ``iyulun``.
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_HARMONY = {"a": ("ı", "a", "kı"), "ı": ("ı", "a", "kı"), "o": ("u", "a", "kı"), "u": ("u", "a", "kı"),
            "e": ("i", "ə", "ki"), "ə": ("i", "ə", "ki"), "i": ("i", "ə", "ki"), "ö": ("ü", "ə", "ki"),
            "ü": ("ü", "ə", "ki")}


def _inflected(stems, templates: tuple[str, ...]) -> str:
    """``(?:mart(?:ın|da…)|iyul(?:un|da…)…)``: each stem with its endings in vowel harmony."""
    forms = []
    for stem in stems:
        i, a, k = _HARMONY[[c for c in stem if c in _HARMONY][-1]]
        endings = {t.replace("K", k).replace("I", i).replace("A", a) for t in templates}
        forms.append(f"{re.escape(stem)}(?:{_alt(endings)})")
    return "|".join(forms)


_B = r"(?<![\w\-–./:])"  # not inside a word, number or code such as 1.2.3 or 10:00
_E = r"(?![\w])"
_ORD = rf"\s?[-–‑−]?\s?(?:{_alt(az.ORDINAL_SUFFIXES)})"
_MON = _alt(az.MONTHS)
_MSUF = _inflected(az.MONTHS, az.MONTH_SUFFIXES)
_GEN = _inflected(az.MONTHS, az.MONTH_GENITIVE)
_DSUF = _alt(az.DAY_SUFFIXES)
_KIND = _alt(az.YEAR_KINDS)
_ORDW = _alt(az.ORDINAL_WORDS)
_SHIFT = _alt(az.PERIOD_SHIFTS)
_PART = az.PERIOD_PARTS
_TIME = rf"(?:\s*\(?\s*(?:{az.TIME_WORD}\s+)?\d{{1,2}}:\d{{2}}(?:-\w+)?\s*\)?)"
_TARIX = rf"(?:\s+{az.DATE_WORD})"

# A year phrase: ``1996-cı il``, ``2025-2026-cı tədris ili``, ``bu ilin``, ``həmin ildə``.
_YEAR_ABS = (
    rf"(?P<y>\d{{4}})(?:\s?[-–‑−—/]\s?(?P<y2>\d{{4}}|\d{{2}}))?{_ORD}\s+(?:(?:{_KIND})\s+)?(?P<yw>{az.YEAR_WORD})"
)
_YEAR_REL = rf"(?P<rel>{_SHIFT}|{az.ANAPHORIC})\s+il(?:in|də|dən|ə|i|dir|ki|lə)?{_E}"
_YEAR = rf"(?:{_YEAR_ABS}|{_YEAR_REL})"
_QPART = rf"(?:(?P<ord>{_ORDW})|(?P<ordn>[1-4]){_ORD})\s+(?P<unit>{az.QUARTER_WORD}|{az.HALF_WORD})"
# ``ilin ilk iki ayında``, ``bu ilin 6 ayında``: the first months of a year (``… ayı ərzində``, a length
# of time, leaves the year alone)
_FIRST_MONTHS = (
    rf"(?:ilk\s+)?(?P<nm>\d{{1,2}}|{_alt(az.NUMBER_WORDS)})\s+{az.MONTHS_COUNTED}"
    rf"(?!\s+(?:{_alt(az.DURATION_WORDS)}))"
)

# A day number with its ending (``14-də``); the ending is optional but then no digit may follow.
_DAY = rf"(?P<d>\d{{1,2}})(?:-(?P<ds>{_DSUF}){_E}|(?![\d.,:%]))"
_DAY_RANGE = rf"(?:\s*[-–‑−]\s*(?P<d2>\d{{1,2}})(?:-(?:{_DSUF}){_E}|(?![\d.,:%])))"
# ``18-20, 24 və 25 iyun``, ``12 və 13 aprel``: more days of the same month; the last ends the mention.
# Alternatives (``6 və ya 7 avqust``, ``6 yaxud 7``) are read the same way (corpus guide 57).
_DAYS_MORE = r"\d{1,2}(?:\s*[-–‑−]\s*\d{1,2})?"
_AND_OR = r"(?:və(?:\s+ya)?|yaxud|ya\s+da)"
_DAY_LIST = rf"(?P<dl>(?:\s*[-–‑−]\s*\d{{1,2}}(?=\s*,))?(?:\s*,\s*{_DAYS_MORE})*\s*,?\s+{_AND_OR}\s+{_DAYS_MORE})"
# ``mayın`` / ``mart ayının`` / ``həmin ayın``: the month before a day number.
_MGEN = rf"(?:(?P<m>{_GEN})|(?P<mw>{_MON})\s+ayının|(?P<mana>{az.ANAPHORIC})\s+ayın)"
# A month standing for itself: ``martında``, ``may ayında``, ``yanvar-mart aylarında``, ``avqustun sonlarından``.
_MONTH = (
    rf"(?:(?P<m>{_MON})\s*(?:[-–‑−—]\s*(?={_MON})|\s+və\s+(?={_MON}\s+ay))(?P<m2>{_MON})(?:\s+{az.MONTH_WORD})?"
    rf"|(?P<mw>{_MON})\s+(?:{az.MONTH_WORD})(?:\s+{_PART})?"
    rf"|(?P<mg>{_GEN})\s+{_PART}"
    rf"|(?P<ms>{_MSUF}))"
)

_PATTERNS: dict[str, str] = {
    # 1996-cı il mayın 14-də; ötən il fevralın 20-də; mayın 1-dən 15-dək (the closer is joined later)
    "year_mgen_day": rf"(?:{_YEAR}\s+)?{_MGEN}\s+{_DAY}{_DAY_RANGE}?",
    # 30 avqust 1992-ci il tarixində; 21–22 may tarixlərində; 5 martda; 12 avqust saat 10:00-dan;
    # with an ordinal day: 5-ci mart, 1-inci yanvar 2025-ci ildən, 10-cu iyuldan
    "day_month": (
        rf"(?P<d>\d{{1,2}})(?:{_ORD})?{_DAY_RANGE}?{_DAY_LIST}?\s+(?:(?P<ms>{_MSUF})"
        rf"|(?P<mw>{_MON}|{_alt(az.MONTH_ABBREVIATIONS)})(?:\s+(?P<y>\d{{4}})(?:{_ORD}\s+{az.YEAR_WORD})?)?"
        rf"{_TIME}?{_TARIX}?)"
    ),
    # 2001-ci il 23 may tarixli; 2025-ci ilin 12 avqust
    "year_day_month": rf"{_YEAR}\s+{_DAY}\s+(?P<mw2>{_MSUF}|{_MON}){_TIME}?{_TARIX}?",
    # 14.05.1996, 14/05/1996, 1996-05-14, with an optional ``-cı il tarixinə``
    "numeric": (
        rf"(?:(?P<d>\d{{1,2}})(?P<sep>[./])(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})"
        rf"|(?P<yi>\d{{4}})-(?P<mi>\d{{2}})-(?P<di>\d{{2}}))(?![\d.])(?:{_ORD}(?:\s+{az.YEAR_WORD})?)?{_TARIX}?"
    ),
    # mart 2025-də, iyul 2024-cü ildə, MART 2025: a month before its year, as headlines write it
    "month_year": rf"(?P<mw>{_MON})\s+(?P<y>\d{{4}})(?:{_ORD}\s+{az.YEAR_WORD}|-(?:{_DSUF}){_E})?",
    # 2004-cü ilin martında; bu ilin avqustundan; cari ilin fevral-iyul aylarında; keçən iyul ayında
    "year_month": rf"(?:{_YEAR}\s+|(?P<mrel>{_SHIFT})\s+)?{_MONTH}",
    # 2015-ci ildə; 2015-ci ilin birinci yarısında; ilin üçüncü rübündə; ilin əvvəlindən; 1990-cı illərdə
    "year": rf"(?:{_YEAR}|(?P<bare>ilin))(?:\s+(?:{_QPART}|{_FIRST_MONTHS}|(?P<ppart>{_PART})))?",
    # II rübdə, 2-ci rübün sonunda: a quarter of the publication year (not ``son rüblərdə``, recent quarters)
    "quarter": rf"(?:(?P<ord>(?!son){_ORDW})|(?P<ordn>[1-4]){_ORD})\s+(?P<unit>rüb(?!l[əa]r)\w*)",
    # ötənilki, builki (one word: "last year's", "this year's")
    "year_adjective": rf"(?P<rel>{_SHIFT})il(?:ki|kı)",
    # a bare year where it can only be one: in brackets, ``(2010)``, or after a name, ``Sertifikatlaşdırma 2025``
    # (which of the two, ``dates._bare_year_context`` decides from the original text)
    "bare_year": r"(?P<y>(?:19|20)\d{2})",
    # 1941-1945: two years joined by a dash, the second the later (``_plausible`` checks)
    "year_range": r"(?P<y>(?:19|20)\d{2})\s?[-–]\s?(?P<y2>(?:19|20)\d{2})(?![\d-])",
    # 2020 və 2021-ci il, 2022, 2023 və 2024-cü il: each year of a list that ends in a year phrase
    "year_list": (
        rf"(?P<y>\d{{4}})(?:{_ORD})?(?=(?:\s*,\s*\d{{4}}(?:{_ORD})?)*(?:\s*,|\s+və)\s+\d{{4}}{_ORD}\s+{az.YEAR_WORD})"
    ),
    # XX əsrin 90-cı illərində
    "century": rf"(?P<cent>[ıivxl]+)\s+{az.CENTURY_WORD}\s+(?P<dec>\d0){_ORD}\s+{az.YEARS_WORD}",
    # bu gün, bu günə, dünən, srağagün, sabah, ötən gün, həmin gün
    "day_word": rf"(?P<dw>{_alt(az.DAY_WORDS)}|{az.ANAPHORIC}\s+gün)(?:{_alt(az.DAY_WORD_SUFFIXES[1:])})?",
    # bu ay, keçən ay, həmin ay (a week, ``gələn həftə``, is no date: the corpus guide, decision 11)
    "period": rf"(?P<prel>{_SHIFT}|{az.ANAPHORIC})\s+(?P<pu>ay)(?:ın|da|dan|a|kı)?",
    # 3 gün əvvəl, 8 il bundan əvvəl, beş ildən sonra (``30 il sonra`` is dropped: ``dates._later``)
    "shift": (
        rf"(?P<n>\d{{1,3}}|{_alt(az.NUMBER_WORDS)})\s+(?P<nu>{_alt(az.UNITS)})(?P<abl>d[əa]n)?"
        rf"\s+(?P<dir>{_alt(az.DIRECTIONS)})"
    ),
    # cümə axşamı, bazar ertəsi, şənbə günü, gələn cümə, keçən bazar ertəsi
    "weekday": (
        rf"(?:(?P<wrel>{_alt(az.WEEKDAY_SHIFTS)})\s+)?(?P<wd>{_alt(az.WEEKDAYS)})"
        r"(?:\s+günü)?(?:n(?:də|dən|ə)|ndə|ndən|nə|də|dən|ə)?"
    ),
}

# The patterns are lower case and run on ``lower_text(text)``: ``re.IGNORECASE`` would let ``ı`` match
# ``i`` and take the name ``Martin`` for ``martın``.
PATTERNS: dict[str, re.Pattern[str]] = {
    name: re.compile(_B + body + _E) for name, body in _PATTERNS.items()
}
# After a range opener (``mayın 1-dən``): a bare closing day (`` 15-dək``) that extends it.
CLOSING_DAY = re.compile(rf"\s+(?P<d>\d{{1,2}})-(?:{_alt(az.RANGE_CLOSERS)}){_E}")
# Text between two dates that makes them one range: a dash, or only space after an opener.
RANGE_DASH = re.compile(r"\s*[-–‑−—]\s*")
OPENER = re.compile(rf"(?:{_alt(az.RANGE_OPENERS)})\)?$")
CLOSER = re.compile(rf"(?:{_alt(az.RANGE_CLOSERS)}|{az.DATE_WORD})$")
DURATION_AFTER = re.compile(rf"\s+(?:{_alt(az.DURATION_WORDS)}){_E}")


def lower_text(text: str) -> str:
    """Azerbaijani lower case with offsets kept (a letter whose lower case is longer stays as it is)."""
    low = az_lower(text)
    if len(low) == len(text):
        return low
    return "".join(low_ch if len(low_ch) == 1 else ch for ch, low_ch in ((ch, az_lower(ch)) for ch in text))


def _roman(text: str) -> int:
    values = [az.ROMAN[c] for c in text.replace("ı", "i")]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _month(g: dict[str, str | None], *names: str) -> int | None:
    for name in names:
        if g.get(name):
            word = az_lower(g[name])
            if word in az.MONTH_ABBREVIATIONS:
                return az.MONTH_ABBREVIATIONS[word]
            # The group holds the stem and its ending (``avqustundan``); no stem is a prefix of another.
            return next(n for stem, n in az.MONTHS.items() if word.startswith(stem))
    return None


def _number(text: str) -> int:
    return int(text) if text.isdigit() else az.NUMBER_WORDS[az_lower(text)]


def _year_fields(g: dict[str, str | None]) -> dict:
    """The year part of a match: absolute, decade, range, or shifted from the publication year."""
    if g.get("y"):
        y = int(g["y"])
        if g.get("y2"):  # 1941-1945, 1941-45-ci illər
            end = int(g["y2"]) if len(g["y2"]) == 4 else y // 100 * 100 + int(g["y2"])
            return {"year": y, "year_end": end}
        if az_lower(g.get("yw") or "").startswith("illər") and y % 10 == 0:
            return {"year": y, "year_end": y + 9}  # 1990-cı illərdə: a decade
        return {"year": y}
    rel = az_lower(g.get("rel") or "")
    if rel == az.ANAPHORIC:
        return {"anaphor": "year"}
    if rel:
        return {"year_shift": az.PERIOD_SHIFTS[rel]}
    if g.get("bare"):
        return {"year_shift": 0}
    return {}


def _part(g: dict[str, str | None]) -> str:
    if g.get("ordn"):
        n = int(g["ordn"])
    elif g.get("ord"):
        n = az.ORDINAL_WORDS[g["ord"].replace("ı", "i")]
    else:
        return ""
    quarter = az_lower(g["unit"]).startswith("rüb")
    if n == -1:
        n = 4 if quarter else 2
    if (quarter and n > 4) or (not quarter and n > 2):
        return ""
    return f"Q{n}" if quarter else f"H{n}"


def _first_months(n: int) -> dict:
    """``ilin ilk 3 ayında`` is its first quarter, ``6 ayında`` its first half, other counts a month range."""
    if n in (3, 6):
        return {"part": f"Q{1}" if n == 3 else "H1"}
    return {"month": 1, "month_end": n} if 1 < n <= 12 else {"month": 1} if n == 1 else {"month": 0}


def _relative_fields(name: str, g: dict[str, str | None]) -> dict:
    if name == "day_word":
        word = re.sub(r"\s+", " ", az_lower(g["dw"]))
        if word.startswith(az.ANAPHORIC):
            return {"anaphor": "day"}
        shift = az.DAY_WORDS[word]
        return {"day_shift": shift, "tense": "future" if shift > 0 else ""}
    if name == "period":
        rel = az_lower(g["prel"])
        if rel == az.ANAPHORIC:
            return {"anaphor": "month"}
        return {"month_shift": az.PERIOD_SHIFTS[rel]}
    if name == "shift":
        n = _number(g["n"]) * az.DIRECTIONS[re.sub(r"\s+", " ", az_lower(g["dir"]))]
        unit = az.UNITS[az_lower(g["nu"])][0]
        if unit == "year":
            return {"year_shift": n}
        return {"month_shift": n} if unit == "month" else {"day_shift": n * (7 if unit == "week" else 1)}
    if name == "weekday":
        weekday = az.WEEKDAYS[re.sub(r"\s+", " ", az_lower(g["wd"]))]
        return {"weekday": weekday, "tense": az.WEEKDAY_SHIFTS.get(az_lower(g.get("wrel") or ""), "")}
    return {}


def spec_of(name: str, g: dict[str, str | None]) -> Spec | None:
    """Turn a match's groups into a ``Spec``; ``None`` rejects the match (not a real date)."""
    if name == "numeric" and g.get("yi"):
        g = {**g, "y": g["yi"], "m": g["mi"], "d": g["di"]}
    fields = _relative_fields(name, g)
    if name == "century":
        start = (_roman(g["cent"]) - 1) * 100 + int(g["dec"])
        fields = {"year": start, "year_end": start + 9}
    elif name == "numeric":
        fields = {"year": int(g["y"]), "month": int(g["m"]), "day": int(g["d"])}
    elif not fields:
        fields = _year_fields(g)
        month = int(g["m"]) if (g.get("m") or "").isdigit() else _month(g, "m", "mw", "mg", "ms", "mw2")
        if month:
            fields["month"] = month
        elif g.get("mana"):
            fields["anaphor"] = "month"
        if g.get("m2"):
            fields["month_end"] = _month(g, "m2")
        if g.get("d"):
            fields["day"] = int(g["d"])
            if (g.get("ds") or "") in az.OPEN_DAY_ENDINGS:
                fields["tense"] = "open"  # ``mayın 15-dək`` after a past verb still often lies ahead
        if g.get("d2") or g.get("dl"):
            fields["day_end"] = int(re.findall(r"\d+", g.get("dl") or "")[-1] if g.get("dl") else g["d2"])
        if name == "quarter":
            fields["year_shift"] = 0
        if g.get("nm"):
            fields.update(_first_months(_number(g["nm"])))
        if g.get("mrel") and "month" in fields:
            shift = az.PERIOD_SHIFTS[az_lower(g["mrel"])]
            # keçən iyul: the last July before this month; gələn iyul: the next one after it
            fields["tense"] = "before" if shift < 0 else "after" if shift > 0 else ""
        fields["part"] = fields.get("part") or _part(g)
    spec = Spec(**fields)
    return spec if _plausible(spec) else None


def _plausible(s: Spec) -> bool:
    for year in (s.year, s.year_end):
        if year is not None and not 1000 <= year <= 2100:
            return False
    if s.year is not None and s.year_end is not None and s.year_end < s.year:
        return False
    if s.month is not None and not 1 <= s.month <= 12:
        return False
    if s.day is not None and s.month is not None:
        # ``31 iyun`` is no date; a year not given is taken as a leap year, so ``29 fevral`` stays possible
        return 1 <= s.day <= calendar.monthrange(s.year or 2024, s.month)[1]
    return all(day is None or 1 <= day <= 31 for day in (s.day, s.day_end))
