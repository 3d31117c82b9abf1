"""Pages to read (``aznews run --html``): one static HTML page per article and an index, no server, no script.

An article's page shows its text with the entities highlighted by label and the dates marked with their
values (displaCy's entity renderer, given the rows' offsets: ``manual=True``), then a card per event: type,
the trigger highlighted in its sentence, date, participants, source → target (when the rows have them),
confidence and the review mark. The index lists events and articles with the lowest confidence first, counts
the events per type and draws them by month (``svg.py``). The folder is written whole, then moved into place.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from html import escape
from pathlib import Path

from .svg import months_of, recent, timeline_svg

COLOURS = {"PER": "#c9b8ff", "ORG": "#7aecec", "LOC": "#feca74", "DATE": "#bfe1d9"}
MARK_SIGNS = {"ok": " ✓", "wrong": " ✗", "fix": " ✎"}
_SAFE = re.compile(r"[^\w-]+")
_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #222; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; } a { color: #1f5fa8; }
.meta { color: #555; } .text { font-size: 1.05rem; }
.event { border: 1px solid #ccc; border-radius: 6px; padding: 0.6rem 1rem; margin: 0.8rem 0; }
.event h3 { margin: 0 0 0.4rem; font-size: 1rem; } .event .sentence { margin: 0.4rem 0; }
mark.trigger { background: #ffe066; padding: 0 0.2em; font-weight: bold; }
dl { display: grid; grid-template-columns: 9rem 1fr; gap: 0.15rem 0.8rem; margin: 0; }
dt { color: #555; } dd { margin: 0; }
.badge { font-size: 0.8rem; border-radius: 3px; padding: 0 0.4em; margin-left: 0.4em; background: #eee; }
.badge.ok { background: #c8f0c8; } .badge.wrong { background: #f6c3c3; } .badge.fix { background: #fde7b0; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #ddd; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
.bar { display: inline-block; height: 0.8rem; background: #4c78a8; }
.chart { overflow-x: auto; }
"""


def write_pages(tables: dict[str, tuple[list[str], Iterable[tuple]]], texts: dict[str, str], folder: Path) -> Path:
    """Write ``folder/index.html`` and a page per article; returns the index's path."""
    data = {name: [dict(zip(columns, row, strict=True)) for row in rows] for name, (columns, rows) in tables.items()}
    by_article: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for name in ("entities", "dates", "events"):
        for row in data[name]:
            by_article[str(row["article_id"])][name].append(row)
    names = page_names([str(a["article_id"]) for a in data["articles"]])
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        for article in data["articles"]:
            article_id = str(article["article_id"])
            page = article_page(article, by_article[article_id], texts.get(article_id))
            (building / names[article_id]).write_text(page, encoding="utf-8")
        (building / "index.html").write_text(index_page(data, names), encoding="utf-8")
        os.chmod(building, 0o755)
        _swap(building, folder)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return folder / "index.html"


def _swap(new: Path, folder: Path) -> None:
    """Move the new folder into place; the old one is removed only after."""
    old = None
    if folder.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{folder.name}.old.", dir=folder.parent))
        os.replace(folder, old / folder.name)
    os.replace(new, folder)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def page_names(article_ids: list[str]) -> dict[str, str]:
    """A file name per article: the id where it is safe, else made safe with a short hash to stay unique."""
    import hashlib

    names, taken = {}, set()
    for article_id in article_ids:
        name = _SAFE.sub("_", article_id).strip("_")[:80] or "article"
        if name != article_id or name.lower() in taken:
            name += "-" + hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:6]
        taken.add(name.lower())
        names[article_id] = f"{name}.html"
    return names


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="az">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{escape(title)}</title>\n'
            f"<style>{_STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def _marked(entities: list[dict], dates: list[dict], field: str) -> list[dict]:
    """displaCy's spans for one field, dates labelled with their value; a span overlapping an earlier one
    (an entity inside a date) is left out, as the renderer needs them apart."""
    spans = [{"start": int(e["start"]), "end": int(e["end"]), "label": f"{e['label']}{MARK_SIGNS.get(e['review'], '')}"}
             for e in entities if e.get("field", "text") == field]
    spans += [{"start": int(d["start"]), "end": int(d["end"]), "label": f"DATE {d['value'] or '?'}"}
              for d in dates if d.get("field", "text") == field]
    spans.sort(key=lambda s: (s["start"], -s["end"]))
    kept, end = [], -1
    for span in spans:
        if span["start"] >= end:
            kept.append(span)
            end = span["end"]
    return kept


def render_text(text: str, spans: list[dict]) -> str:
    from spacy import displacy

    colours = {s["label"].upper(): COLOURS.get(s["label"].split()[0], "#ddd") for s in spans}
    return displacy.render({"text": text, "ents": spans}, style="ent", manual=True, jupyter=False,
                           options={"colors": colours})


def _badge(review: str, note: str = "") -> str:
    if not review:
        return ""
    shown = escape(review + (f": {note}" if note else ""))
    return f'<span class="badge {escape(review)}">{shown}</span>'


def _sentence(sentence: str, trigger: str) -> str:
    at = sentence.find(trigger) if trigger else -1
    if at < 0:
        return escape(sentence) + (f' <mark class="trigger">{escape(trigger)}</mark>' if trigger else "")
    return (escape(sentence[:at]) + f'<mark class="trigger">{escape(trigger)}</mark>'
            + escape(sentence[at + len(trigger):]))


def _confidence(value) -> str:
    try:
        return f"{float(value):.2f}"
    except (TypeError, ValueError):
        return ""


def event_card(event: dict) -> str:
    rows = [("date", f"{event['date'] or '—'}" + (f" ({event['date_source']})" if event.get("date_source") else "")),
            ("participants", event["participants"] or "—")]
    if "source" in event or "target" in event:
        rows.append(("source → target", f"{event.get('source') or '—'} → {event.get('target') or '—'}"))
    rows += [("location", event.get("location") or "—"), ("modality", event.get("modality") or ""),
             ("confidence", _confidence(event.get("confidence")))]
    details = "".join(f"<dt>{escape(k)}</dt><dd>{escape(str(v))}</dd>" for k, v in rows)
    return (f'<section class="event" id="ev-{escape(str(event["event_id"]))}">\n'
            f"<h3>{escape(event['type'])}{_badge(event.get('review', ''), event.get('review_note', ''))}</h3>\n"
            f'<p class="sentence">{_sentence(event.get("sentence") or "", event.get("trigger") or "")}</p>\n'
            f"<dl>{details}</dl>\n</section>")


def article_page(article: dict, rows: dict[str, list[dict]], text: str | None) -> str:
    article_id = str(article["article_id"])
    title = article.get("title") or ""
    head = f"<h1>{escape(title or article_id)}{_badge(article.get('review', ''), article.get('review_note', ''))}</h1>"
    if title:
        head = f"<h1>{render_text(title, _marked(rows['entities'], rows['dates'], 'title'))}</h1>"
    meta = [f"id {article_id}", article.get("published") or "no publication date", article.get("source") or ""]
    link = f' · <a href="{escape(article["url"])}">source</a>' if article.get("url") else ""
    parts = ['<p><a href="index.html">← all articles</a></p>', head,
             f'<p class="meta">{escape(" · ".join(m for m in meta if m))}{link}</p>']
    if any(e.get("review") for e in rows["entities"]):
        parts.append('<p class="meta">Reviewed: ✓ ok · ✗ wrong · ✎ fixed (the label shown is the fix).</p>')
    if article.get("status") == "failed":
        parts.append(f"<p>Not processed: {escape(article.get('error') or '')}</p>")
    elif text is None:
        parts.append("<p>The text is not in the store (processed by an older aznews): run the article again to "
                     "see it here.</p>")
    else:
        parts.append(f'<div class="text">{render_text(text, _marked(rows["entities"], rows["dates"], "text"))}</div>')
    events = rows["events"]
    parts.append(f"<h2>Events ({len(events)})</h2>")
    parts += [event_card(e) for e in events] or ["<p>No event found.</p>"]
    return _page(title or article_id, "\n".join(parts))


def index_page(data: dict[str, list[dict]], names: dict[str, str]) -> str:
    events = sorted(data["events"], key=lambda e: (float(_confidence(e["confidence"]) or 0), str(e["article_id"])))
    types = Counter(e["type"] for e in events)
    counts, without = months_of([e["date"] for e in events])
    lowest: dict[str, float] = {}
    for event in events:
        lowest.setdefault(str(event["article_id"]), float(_confidence(event["confidence"]) or 0))
    articles = sorted(data["articles"], key=lambda a: (lowest.get(str(a["article_id"]), 2.0),))
    parts = [f"<h1>aznews: {len(articles)} articles, {len(events)} events</h1>",
             "<h2>Events by type</h2>", "<table><tr><th>type</th><th>events</th><th></th></tr>"]
    most = max(types.values(), default=1)
    for name, n in sorted(types.items(), key=lambda item: (-item[1], item[0])):
        parts.append(f'<tr><td>{escape(name)}</td><td>{n}</td><td><span class="bar" '
                     f'style="width: {12 * n / most:.2f}rem"></span></td></tr>')
    shown, earlier = recent(counts)
    parts += ["</table>", "<h2>Events by month</h2>", f'<div class="chart">{timeline_svg(shown)}</div>']
    notes = [f"{without} events without a month (no date, a year or a quarter)"] if without else []
    if earlier:
        notes.append(f"{earlier} events dated before {min(shown)} (from {min(counts)})")
    if notes:
        parts.append(f'<p class="meta">Not drawn: {"; ".join(notes)}.</p>')
    parts += ["<h2>Events, lowest confidence first</h2>",
              "<table><tr><th>confidence</th><th>type</th><th>date</th><th>trigger</th><th>participants</th>"
              "<th>article</th><th>review</th></tr>"]
    for event in events:
        article_id = str(event["article_id"])
        href = f"{names[article_id]}#ev-{event['event_id']}"
        parts.append(f"<tr><td>{_confidence(event['confidence'])}</td><td>{escape(event['type'])}</td>"
                     f"<td>{escape(event['date'] or '—')}</td><td><a href=\"{escape(href)}\">"
                     f"{escape(event['trigger'])}</a></td><td>{escape(event['participants'] or '')}</td>"
                     f"<td>{escape(article_id)}</td><td>{_badge(event.get('review', ''))}</td></tr>")
    parts += ["</table>", "<h2>Articles, lowest event confidence first</h2>",
              "<table><tr><th>article</th><th>title</th><th>published</th><th>events</th><th>entities</th>"
              "<th>dates</th><th>lowest confidence</th><th>status</th></tr>"]
    for article in articles:
        article_id = str(article["article_id"])
        low = lowest.get(article_id)
        parts.append(f"<tr><td><a href=\"{escape(names[article_id])}\">{escape(article_id)}</a></td>"
                     f"<td>{escape(article.get('title') or '')}</td><td>{escape(article.get('published') or '')}</td>"
                     f"<td>{article['n_events']}</td><td>{article['n_entities']}</td><td>{article['n_dates']}</td>"
                     f"<td>{'' if low is None else f'{low:.2f}'}</td><td>{escape(article['status'])}</td></tr>")
    parts.append("</table>")
    return _page("aznews: articles and events", "\n".join(parts))
