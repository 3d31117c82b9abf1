"""Stage 4: people, organisations and places, with canonical names.

Three sources, merged longest-first: the gazetteer (names matched through their case suffixes),
rules (organisation head nouns, titles before people, name shapes, acronyms), and the trained
spaCy model for the names neither knows. Canonical names and ``entity_id`` are settled per
article in ``pipeline.canonical``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from ..lang.entities_az import (
    EPITHET_HEADS,
    LANGUAGE_NOUNS,
    LEGAL_FORMS,
    ORG_HEADS,
    PLACE_CLASSIFIERS,
    ROMAN_NUMERALS,
    STATE_HEADS,
)
from ..records import TEXT, TITLE, Analysis, Document, Entity, SentenceFinder, Token
from ..stage import register
from ..text import az_lower
from .entity import canonical, gazetteer, ner_model, ner_stanza, rules
from .entity.lexicon import common_word
from .entity.name_shapes import canonical_of, is_name_word, loose_stems, nominatives, person_last_form, possessed_ahead
from .entity.person_rules import patronymic
from .morphology import analyse, candidates, case_of, nominative


def _case(tokens: list[Token], analyses: list[Analysis | None] | None, end_index: int) -> str:
    """The case of the entity ending at token ``end_index``, from the morphology stage's analysis of
    that word (which reads a hyphen suffix after it too: ``ATƏT`` + ``-in`` is genitive). A place named
    before its classifier takes the classifier's case: ``Ağdam rayonunda`` is a locative phrase."""
    if end_index + 1 < len(tokens):
        following = tokens[end_index + 1].text
        if az_lower(nominative(following)) in PLACE_CLASSIFIERS:
            return case_of(following)
    analysis = analyses[end_index] if analyses else None
    if analysis is not None:
        return analysis.case
    return case_of(tokens[end_index].text, gazetteer.load().knows_word)


def merge(candidates: list[rules.Span], tokens: list[Token], text: str) -> list[rules.Span]:
    """Keep non-overlapping spans. Gazetteer and rule spans go first, longer before shorter; the model
    only fills words they leave uncovered (measured: letting a longer model span win costs span F1
    0.906 -> 0.881 on the gold, as the model runs titles and neighbouring names together)."""
    priority = {"gazetteer": 0, "rule": 1, "model": 2}
    ordered = sorted(candidates, key=lambda s: (s.method == "model", -(s.last - s.first), priority[s.method], s.first))
    taken: set[int] = set()
    kept = []
    for span in ordered:
        indices = set(range(span.first, span.last + 1))
        if indices & taken:
            continue
        if span.method == "model" and _not_a_name(span, tokens, text):
            continue
        taken |= indices
        kept.append(span)
    return sorted(kept, key=lambda s: s.first)


def _not_a_name(span: rules.Span, tokens: list[Token], text: str) -> bool:
    """Model spans that cannot be trusted: over a line break, a lone capitalised word opening a sentence
    (every sentence opens with one), an epithet, a legal form (``ASC``) or a Roman numeral."""
    first, last = tokens[span.first], tokens[span.last]
    if "\n" in text[first.start : last.end] or span.canonical in LEGAL_FORMS or span.canonical in ROMAN_NUMERALS:
        return True
    following = tokens[span.last + 1].text if span.last + 1 < len(tokens) else ""
    if following in EPITHET_HEADS:
        return True  # ``Ümummilli lider``, ``Ulu öndər``: a capitalised word before these is an epithet
    if last.text[:1].islower() and az_lower(nominative(last.text)) in ORG_HEADS:
        return True  # ``Daxili Audit departamenti``: a unit named by common words ends in a lower-case head
    if span.first == span.last and (rules.never_a_name(first) or rules.code_word(first.text)):
        return True  # a common abbreviation (``ƏDV``), a title, a code with digits (``COVİD-19``, ``XR200``)
    return span.first == span.last and rules.sentence_initial(tokens, span.first, text)


def consistent_names(spans: list[rules.Span], tokens: list[Token], text: str) -> list[rules.Span]:
    """The spans, read as a reader resolves a name the article has already given: a person's surname alone,
    with any case suffix, is that person (``Kir Starmer`` … ``Starmerin``), also where the model took the lone
    word for a place; a one-word organisation or place that is no common word is found again where it
    recurs (``Sanderlend`` … ``Sanderlendə``)."""
    people: dict[str, str] = {}
    others: dict[str, tuple[str, str]] = {}
    for span in spans:
        words = span.canonical.split()
        if span.label == "PER" and len(words) >= 2:
            surname = canonical.surname(words)
            people.setdefault(az_lower(surname), surname)
        elif span.first == span.last and len(span.canonical) > 2 and not common_word(span.canonical):
            others.setdefault(az_lower(span.canonical), (span.label, span.canonical))

    def person(token: Token) -> str | None:
        return person_word(token.text)

    def person_word(word: str) -> str | None:
        forms = (*nominatives(word), *loose_stems(word))  # ``Metkalfin`` after ``Maykl Metkalf``
        return next((people[az_lower(f)] for f in forms if az_lower(f) in people), None)

    settled = []
    for span in spans:
        surname = person(tokens[span.first]) if span.first == span.last and span.method == "model" else None
        settled.append(rules.Span(span.first, span.last, "PER", surname, "model") if surname else span)
    taken = {k for s in spans for k in range(s.first, s.last + 1)}
    for k, token in enumerate(tokens):
        if k in taken or not is_name_word(token) or rules.never_a_name(token):
            continue
        if _double_word(tokens, k) and not taken & {k + 1, k + 2}:
            surname = person_word(text[token.start : tokens[k + 2].end])  # ``Arkel-Bruntun``: a double surname
            if surname:
                settled.append(rules.Span(k, k + 2, "PER", surname, "rule"))
                taken |= {k, k + 1, k + 2}
                continue
        surname = person(token)
        if surname:
            settled.append(rules.Span(k, k, "PER", surname, "rule"))
            continue
        hit = next((others[az_lower(f)] for f in nominatives(token.text) if az_lower(f) in others), None)
        if hit:
            settled.append(rules.Span(k, k, hit[0], hit[1], "rule"))
    return sorted(settled, key=lambda s: s.first)


def _double_word(tokens: list[Token], k: int) -> bool:
    """Tokens ``k`` to ``k + 2`` are two capitalised words joined by a glued hyphen (``Arkel-Brunt``)."""
    if k + 2 >= len(tokens) or tokens[k + 1].text not in ("-", "–"):
        return False
    glued = tokens[k].end == tokens[k + 1].start and tokens[k + 1].end == tokens[k + 2].start
    return glued and is_name_word(tokens[k + 2])


def _place_not_person(span: rules.Span, tokens: list[Token], text: str) -> rules.Span:
    """A model's person that is a place: a name ending in a state's head (``İslam Respublikasının``), or one word
    in the locative, which a place takes and a person hardly ever does (``Şotlandiyada``)."""
    if span.label != "PER":
        return span
    last = tokens[span.last].text
    head = nominative(last)
    if az_lower(head) in STATE_HEADS or (span.first == span.last and case_of(last) == "loc"):
        return replace(span, label="LOC", canonical=canonical_of(tokens, text, span.first, span.last, head))
    return span


@cache
def _org_head_stems() -> frozenset[str]:
    """The organisation heads without their possessive (``partiya`` of ``partiyası``), and as written."""
    return frozenset({az_lower(a.stem) for head in ORG_HEADS for a in candidates(head) if a.possessive == "3"}
                     | ORG_HEADS)


def _false_model_name(span: rules.Span, tokens: list[Token]) -> bool:
    """A model's person or place that is none. A person ending in an organisation's head (``Yaşıl Partiya``,
    ``Monitorinq Komitəsinin``), or of two common words or more, none a given name (``Media Reyestrinə``; one word
    alone may be a short foreign surname, ``Kim``). A place of common words only, none a known name, that ends in
    a possessed noun other than a state's head or a place's classifier (``Klinikasında``, ``Media Reyestrindən``:
    a unit or a register, not a place; ``Çex Respublikası``, ``Alp dağları`` are places)."""
    words = tokens[span.first : span.last + 1]
    if span.label == "LOC":
        gaz = gazetteer.load()
        head = az_lower(nominative(words[-1].text))
        singular = head[:-4] + head[-1] if head.endswith(("ları", "ləri")) else head  # ``dağları`` -> ``dağı``
        possessed = analyse(words[-1].text).possessive == "3" and singular not in STATE_HEADS | PLACE_CLASSIFIERS
        return possessed and all(common_word(t.text) and not gaz.knows_word(nominative(t.text)) for t in words)
    if span.label != "PER":
        return False
    if any(az_lower(a.stem) in _org_head_stems() for a in candidates(words[-1].text)):
        return True
    given = gazetteer.load().given_names
    return len(words) > 1 and all(common_word(t.text) and t.text not in given for t in words)


def _person_canonical(span: rules.Span, tokens: list[Token], text: str) -> rules.Span:
    """A model's person read as the person rules read one: the last word by ``person_last_form``
    (``Antonio Kostanın`` -> ``Antonio Kosta``, not the place-like ``Kost``), a closing patronymic kept."""
    if patronymic(tokens[span.last].text):
        return span
    words = [t.text for t in tokens[span.first : span.last + 1]]
    form = person_last_form(words, possessed_ahead(tokens, span.last))
    return replace(span, canonical=canonical_of(tokens, text, span.first, span.last, form))


def _language(tokens: list[Token], span: rules.Span) -> bool:
    """``Azərbaycan dili``, ``Azərbaycan və rus dillərində``: a place's name before the word for a language names
    the language, which is no place (corpus guide 26)."""
    after = [az_lower(nominative(t.text)) for t in tokens[span.last + 1 : span.last + 4]]
    if after[:1] and after[0] in LANGUAGE_NOUNS:
        return True
    return len(after) == 3 and after[0] in ("və", ",") and after[2] in LANGUAGE_NOUNS


def windows_to_read(tokens: list[Token], text: str, rule_spans: list[rules.Span],
                    sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences (token ranges) where the model can still add something: a capitalised word that
    no rule covers and that does not merely open the sentence. The model reads only these."""
    covered = {k for s in rule_spans for k in range(s.first, s.last + 1)}
    # A capitalised word also written in lower case in the article is a common word (a title, a
    # heading's first word), not a name the rules missed.
    lower_case = {t.text for t in tokens if t.text[:1].islower()}
    gaps = [k for k, t in enumerate(tokens)
            if k not in covered and t.text[:1].isupper() and t.text.isalpha() and az_lower(t.text) not in lower_case
            and not rules.sentence_initial(tokens, k, text) and not rules.never_a_name(t)]
    gap_set = set(gaps)
    return [(begin, end) for begin, end in sentences if not gap_set.isdisjoint(range(begin, end))]


def find_entities(
    tokens: list[Token], text: str, model_spans: list[rules.Span], use_rules: bool = True,
    rule_spans: list[rules.Span] | None = None, analyses: list[Analysis | None] | None = None,
) -> list[Entity]:
    """Entities of one field, before article-level canonicalisation."""
    if rule_spans is None:
        rule_spans = rules.find_spans(tokens, text) if use_rules else []
    relabelled = (_place_not_person(s, tokens, text) for s in model_spans)
    model_spans = [_person_canonical(s, tokens, text) if s.label == "PER" else s
                   for s in relabelled if not _false_model_name(s, tokens)]
    spans = merge(rule_spans + model_spans, tokens, text)
    spans = [s for s in consistent_names(spans, tokens, text) if not (s.label == "LOC" and _language(tokens, s))]
    entities = []
    for span in spans:
        first, last = tokens[span.first], tokens[span.last]
        if "?" in text[first.start : last.end]:
            continue  # a letter lost to a code page (``Ил?ам``): the name as written is not the name
        if not text[first.start].isalnum():
            continue  # a name starts with a letter or a digit; so a table never has to alter a mention's cell
        entities.append(
            Entity(
                start=first.start,
                end=last.end,
                text=text[first.start : last.end],
                label=span.label,
                canonical=span.canonical,
                field=first.field,
                case=_case(tokens, analyses, span.last),
                method=span.method,
            )
        )
    return entities


@dataclass(frozen=True, slots=True)
class _FieldPlan:
    """One field of one article on its way through the stage: what the rules found, where the model reads."""

    tokens: list[Token]
    analyses: list[Analysis | None]
    text: str
    rule_spans: list[rules.Span]
    windows: list[tuple[int, int]]


class EntityStage:
    """Gazetteer and rules first, then the model on what they leave. ``pipe`` lets the model read the
    sentences of a whole batch of articles in one call, far faster than article by article."""

    def __init__(self, recogniser: ner_model.Recogniser | ner_stanza.Recogniser | None, use_rules: bool):
        self.recogniser = recogniser
        self.use_rules = use_rules

    def __call__(self, doc: Document) -> Document:
        return self.pipe([doc])[0]

    def pipe(self, docs: list[Document]) -> list[Document]:
        plans = [self._plan(doc) for doc in docs]
        requests = [(p.tokens, p.text, p.windows) for fields in plans for p in fields]
        found = iter(self.recogniser.spans_batch(requests) if self.recogniser else [[] for _ in requests])
        return [self._finish(doc, fields, [next(found) for _ in fields])
                for doc, fields in zip(docs, plans, strict=True)]

    def _plan(self, doc: Document) -> list[_FieldPlan]:
        plans = []
        for field in (TITLE, TEXT):
            pairs = [(t, a) for t, a in zip(doc.tokens, doc.analyses, strict=True) if t.field == field]
            if not pairs:
                continue
            tokens = [t for t, _ in pairs]
            text = doc.field_text(field)
            rule_spans = rules.find_spans(tokens, text) if self.use_rules else []
            windows = []
            if self.recogniser:
                sentences = _sentence_windows(doc, tokens, field)
                windows = windows_to_read(tokens, text, rule_spans, sentences) if self.use_rules else sentences
            plans.append(_FieldPlan(tokens, [a for _, a in pairs], text, rule_spans, windows))
        return plans

    def _finish(self, doc: Document, plans: list[_FieldPlan], model_spans: list[list[rules.Span]]) -> Document:
        found: list[Entity] = []
        for plan, spans in zip(plans, model_spans, strict=True):
            found += find_entities(plan.tokens, plan.text, spans, self.use_rules, plan.rule_spans, plan.analyses)
        sentences = SentenceFinder(doc.sentences)
        found = [replace(e, sentence_id=sentences.id_at(e.start, e.field)) for e in found]
        return replace(doc, entities=tuple(canonical.settle(found, doc.text)))


# The statistical NER backends: each module's ``load(path)`` gives an object with ``spans_batch``.
BACKENDS = {"spacy": ner_model.load, "stanza": ner_stanza.load}


@register("entities", requires=("tokens", "sentences", "analyses"), assigns=("entities",))
def make_entities_stage(model=None, use_model: bool = True, use_rules: bool = True,
                        backend: str = "spacy") -> EntityStage:
    """``use_model``/``use_rules`` switch the two halves off for ablations; ``backend`` picks the model's
    kind (``spacy``, the default, or ``stanza``) and ``model`` its folder (default: the shipped one)."""
    if backend not in BACKENDS:
        raise ValueError(f"unknown NER backend {backend!r}; the backends are {', '.join(BACKENDS)}")
    recogniser = BACKENDS[backend](model) if use_model else None
    if use_rules:
        gazetteer.load()  # built here, so that loading the pipeline, not its first article, pays for it
    return EntityStage(recogniser, use_rules)


def _sentence_windows(doc: Document, tokens: list[Token], field: str) -> list[tuple[int, int]]:
    """Each sentence of ``field`` as a range of indices into ``tokens``."""
    windows, k = [], 0
    for sentence in (s for s in doc.sentences if s.field == field):
        begin = k
        while k < len(tokens) and tokens[k].start < sentence.end:
            k += 1
        if k > begin:
            windows.append((begin, k))
    return windows

