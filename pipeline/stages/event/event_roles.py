"""Events, part 2: who took part, in which role, and where.

Azerbaijani marks roles with case: the nominative or genitive is the agent (the genitive is the owner of
a verbal noun: ``Ərdoğanın səfəri``), the dative the recipient or destination (``Bakıya``), the accusative
the one received, invited or appointed, the comitative the partner (``Makronla``, ``X ilə``), the locative
the place. A country or organisation right before a person's title names whose official the person is
(``Qazaxıstanın Baş naziri X``): a modifier, not a party. These functions read one clause's entities (with
the case the morphology gave each) around one trigger and give the participants, the dyad (``source`` →
``target``) and the location.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from ...lang import event_roles_az as role_words
from ...lang import events_az as data
from ...lang.entities_az import MEDIA
from ...records import Document, Entity
from .event_agent import by_another_verb, by_the_agent, is_passive
from .event_asides import attending, in_a_pair_before_a_noun, in_an_aside, told_by, whose_instructions, within
from .event_case import case_in_clause
from .event_scope import TITLE_GAP, Clause, after_the_last_comma, between_list, clause_entities
from .event_triggers import is_partner

__all__ = ["Clause", "Roles", "clause_entities", "held_by", "main_countries", "roles", "subject_of"]

_PARTIES = ("PER", "ORG")
# A place before a locative classifier a few words on (``Ağdam və Füzuli rayonlarında``) is where.
_PLACE_AFTER = re.compile(r"^(?:\s*(?:,|və)\s*\S+){0,3}\s+(?:rayon|şəhər|kənd|bölgə|qəsəbə|vilayət|əyalət)"
                         r"\w*(?:ında|ində|unda|ündə)(?!\w)")


# A phrase of purpose (``iştirak etmək üçün``, ``dərinləşdirilməsi məqsədilə``): its own clause, before the verb.
_PURPOSE = re.compile(r"\w(?:mək|maq) üçün(?!\w)|\w (?:məqsədilə|məqsədi ilə)(?!\w)")


# A place named with a natural feature's word after it (``Urmiya gölü``, ``Kür çayının``): no party.
_NATURE_AFTER = re.compile(r"^\s+(?:göl|çay|dəniz|ada|dağ|körfəz|boğaz|səhra|meşə)\w*(?!\w)")


@dataclass(frozen=True, slots=True)
class Roles:
    participants: tuple[str, ...] = ()
    source: str = ""
    target: str = ""
    location: str = ""
    named: bool = False  # the source is a person or organisation the clause names as its agent


def _is_modifier(entity: Entity, following: Entity | None, clause: Clause) -> bool:
    """``Qazaxıstanın Baş naziri Oljas Bektenov``, ``AYİB prezidenti X``: the place or body a person's title
    belongs to, written before the title."""
    if following is None or entity.case not in ("nom", "gen") or entity.label == "PER":
        return False
    if following.label == "ORG" and entity.case == "gen":  # ``Komitəsinin … İdarəsi``: the body it belongs to
        gap = clause.between(entity.end, following.start)
        if "(" in gap:
            return False  # ``Təşkilatının (ECO)``: its own acronym
        return not gap.strip(" ,") or (len(gap.split()) <= 3 and "ilə" not in gap and "və" not in gap.split())
    if following.label != "PER":
        return False
    gap = clause.between(entity.end, following.start)
    words = gap.split()
    return bool(words) and len(words) <= 6 and bool(TITLE_GAP.match(gap)) and "ilə" not in words and (
        "və" not in words or _joined_inside_a_title(words))


def _joined_inside_a_title(words: list[str]) -> bool:
    """``Suriyanın ali təhsil və elm naziri X``: a ``və`` that joins the fields of one title, which ends in
    its possessive head noun, joins no two parties."""
    return words[0] != "və" and words[-1] != "və" and words[-1].endswith(("ı", "i", "u", "ü"))


def _next_party(entities: list[Entity], index: int, clause: Clause) -> Entity | None:
    """The name after ``entities[index]``; after a country, past a place in the attributive locative inside
    its envoy's title (``Azərbaycanın Kabildəki səfiri X``: the embassy's city, not whose envoy). A body's
    office somewhere (``X Bankının Bakıdakı ofisi``) may be the host of what its official attends: left as is."""
    for entity in entities[index + 1 :]:
        if entities[index].label != "LOC" or not _where_it_was(entity, clause):
            return entity
    return None


def _where_it_was(entity: Entity, clause: Clause) -> bool:
    """``Ağ Evdəki görüşündə``: a name with the attributive locative describes where the happening was."""
    suffix = clause.between(entity.end, entity.end + 6).split(" ")[0]
    written = (clause.between(entity.start, entity.end) + suffix).rstrip(",.”\"")
    return written.endswith(data.WHERE_ATTRIBUTIVE)


def _owns_the_partner(entity: Entity, clause: Clause) -> bool:
    """``Maliyyə Nazirliyinin rəhbərliyi ilə``, ``ATƏT-in nümayəndələri ilə``: the body whose leaders, envoys or
    staff are the partner is the partner (not the sentence's agent, as a bare genitive would be)."""
    words = clause.between(entity.end, entity.end + 50).split()[:4]
    if words and words[0][:1] in "-'’":
        words = words[1:]  # the case written after a hyphen
    if entity.case != "gen" or not words or not words[0].startswith(role_words.PARTNER_SIDES):
        return False
    return data.PARTNER_WORD in words[1:3]


def _is_partner(entity: Entity, clause: Clause) -> bool:
    return is_partner(entity, clause.between(entity.end, entity.end + 40))


def _represented(entity: Entity, clause: Clause) -> bool:
    """``Dövlət Departamentinin nümayəndələri … iştirak edəcək``: a body whose envoys or staff act acts itself."""
    after = clause.between(entity.end, entity.end + 30).split()
    return entity.case == "gen" and bool(after) and after[0].startswith(data.REPRESENTATIVES)


def _is_beneficiary(entity: Entity, clause: Clause) -> bool:
    """``Ukrayna üçün``: whom support is given for."""
    return clause.between(entity.end, entity.end + 6).startswith(" üçün")


def _owner_of_decree(entity: Entity, clause: Clause) -> bool:
    """``Prezident X-in sərəncamı ilə``: the official whose act it is."""
    after = clause.between(entity.end, entity.end + 30).split()
    return entity.case == "gen" and bool(after) and after[0].startswith(data.ACTS_OF_OFFICE)


def _sharing_the_dative(entities: list[Entity], clause: Clause) -> list[Entity]:
    """``Səudiyyə Ərəbistanı, BƏƏ və Qətərə``: coordinated names carry the case on the last one only, so the
    bare names joined to a dative by commas and ``və`` are datives too."""
    shared: list[Entity] = []
    for index in range(len(entities) - 1, 0, -1):
        later, earlier = entities[index], entities[index - 1]
        if later.case != "dat" and later not in shared:
            continue
        gap = clause.between(earlier.end, later.start).strip()
        # a place's name ending in a possessive (``Səudiyyə Ərəbistanı``) reads like an accusative
        if (earlier.case == "nom" or earlier.label == "LOC" and earlier.case == "acc") and gap in (",", "və"):
            shared.append(earlier)
    return [replace(e, case="dat") if e in shared else e for e in entities]


def _outside_a_purpose(entities: list[Entity], clause: Clause) -> list[Entity]:
    """``X Z ilə tərəfdaşlığın genişlənməsi məqsədilə Y ilə görüşəcək``: the names (bare or
    genitive) between the subject and a phrase of purpose before the trigger are what the purpose is about,
    not parties."""
    purpose = _PURPOSE.search(clause.between(clause.base, clause.start))
    end = clause.base + purpose.start() if purpose else clause.base
    subjects = [e for e in entities if e.case == "nom" and e.label in _PARTIES and e.end <= end]
    if not subjects:
        return entities
    about = [e for e in entities if subjects[-1].end <= e.start and e.end <= end and e.case in ("nom", "gen")]
    return [e for e in entities if e not in about or _represented(e, clause)]


def _joined_to(marked: list[Entity], entities: list[Entity], clause: Clause) -> list[Entity]:
    """``Z və W nazirlərinin iştirakı ilə``: names joined by ``və`` or a comma to a marked one
    share its role (the case and the postposition come after the last name only)."""
    joined = list(marked)
    for index in range(len(entities) - 1, 0, -1):
        later, earlier = entities[index], entities[index - 1]
        if later in joined and earlier not in joined and clause.between(earlier.end, later.start).strip() in (
                ",", "və") and earlier.case == later.case:
            joined.append(earlier)
    return sorted(joined, key=lambda e: e.start)


def roles(entities: list[Entity], event_type: str, clause: Clause) -> Roles:
    """Participants (source first), source, target and location from one clause's entities, by case."""
    trigger = clause.trigger
    entities = [replace(e, case=case_in_clause(e, clause)) for e in entities]
    if event_type == "VISIT":
        entities = _sharing_the_dative(entities, clause)
    entities = _outside_a_purpose(entities, clause)
    location = ""
    kept: list[Entity] = []
    modifiers: list[Entity] = []
    for index, entity in enumerate(entities):
        if entity.canonical in MEDIA or in_an_aside(entity, clause) or whose_instructions(entity, clause) or \
                told_by(entity, clause):
            continue
        if event_type == "ESTABLISH" and attending(entity, clause):
            continue
        place_after = entity.label == "LOC" and _PLACE_AFTER.match(clause.between(entity.end, entity.end + 60))
        # a person's name in the locative (``Şotlandiyada``) can only be a place the tagger took for a person
        placed = entity.label == "LOC" or (entity.label == "PER" and entity.case == "loc")
        if (placed and (entity.case in ("loc", "abl") or place_after)) or _where_it_was(entity, clause):
            location = location or entity.canonical
            continue
        if entity.label == "LOC" and in_a_pair_before_a_noun(entity, entities, clause):
            continue  # ``Azərbaycan-Ermənistan sülh prosesi``: two countries as a modifier name a topic, no party
        if by_another_verb(entity, clause):
            continue  # ``X tərəfindən imzalanan Qanun … brifinqdə``: the agent of the passive after it, not of this
        if event_type != "PARTICIPATE" and within(entity, entities[index + 1 :], clause):
            continue  # ``Bakı Enerji Forumu çərçivəsində … görüşüb``: the gathering it was within, no party
        if entity.label == "LOC" and _NATURE_AFTER.match(clause.between(entity.end, entity.end + 30)):
            continue  # ``Urmiya gölünün bərpası``: a lake or a river is a place talked about, never a party
        described = _next_party(entities, index, clause)
        if _is_modifier(entity, described, clause):
            # a signatory's body signs beside the signatory (corpus guide 22); the country a body belongs to
            # (``Çin Xalq Respublikasının Elm Nazirliyi``) signs nothing itself; else left out
            if described is not None and described.label == "PER":
                modifiers.append(entity)
            continue
        kept.append(entity)
    listed = [e for e in _joined_to(modifiers, entities, clause) if e not in modifiers and e.label == "LOC"]
    modifiers += listed  # ``Azərbaycan və Özbəkistan prezidentləri X və Y``: the first country is whose too
    kept = [e for e in kept if e not in listed]
    partnered = _joined_to([e for e in kept if _is_partner(e, clause) or _owns_the_partner(e, clause)], kept, clause)
    agents = [e for e in kept if e.case in ("nom", "gen") and e.label in _PARTIES and e not in partnered]
    states = [e for e in kept if e.case in ("nom", "gen") and e.label == "LOC" and e not in partnered]
    partners = partnered
    objects = [e for e in kept if e.case == "acc"]
    datives = [e for e in kept if e.case == "dat"]
    source, target = _dyad(event_type, agents, states, partners, objects, datives, clause)
    source, target = by_the_agent(event_type, agents + states, clause, target) or (source, target)
    between = between_list(kept, clause) if event_type in data.BETWEEN_TYPES else []
    if between:  # ``X və Y arasında``: the parties in the order the text names them; a name before the
        source, target = between[0].canonical, between[1].canonical  # list is the subject of another verb
        kept = [e for e in kept if e.end > between[0].start]
    hosts = [e for e in kept if e.label == "ORG" and e.case == "loc" and e.start < clause.start]
    if event_type == "MEET" and not source and hosts:
        source = hosts[0].canonical  # ``X-də müşavirə keçirilib``: the body it was held at hosts it
    if event_type == "PARTICIPATE":  # a gathering named as an entity is what was attended
        named = [e for e in kept if e.label == "ORG" and e.start <= clause.start < e.end + 2]
        target = _first(named) or target
    if event_type == "VISIT":
        location = next((e.canonical for e in datives if e.label == "LOC"), "") or location
        # ``Paludakı evakuasiya mərkəzlərinə səfər``: with no name in the dative, the place of what is visited
        visited = [e for e in entities if e.label == "LOC" and e.start < clause.start and _where_it_was(e, clause)]
        target = target or _first(visited)
    rest = [e.canonical for e in kept if event_type not in data.PERSONAL_TYPES or e.label in _PARTIES]
    if event_type == "APPOINT":  # who appointed and who was appointed, not what stands near
        rest = [e.canonical for e in agents + objects + [p for p in partners if p.label == "PER"]]
    if event_type == "PARTICIPATE":  # the attendees; the gathering or its host is no participant (guide 36)
        rest = [e.canonical for e in agents if e.case == "nom" and e.label == "PER"]
        rest += [e.canonical for e in agents if e.label == "ORG" and _represented(e, clause)]
    if event_type in ("SIGN", "AGREE"):
        rest += [e.canonical for e in modifiers]
    if event_type == "VISIT":  # the place or host visited is where it happened, no party (corpus guide 22)
        rest = [e.canonical for e in kept if e.label in _PARTIES and e.canonical != target]
    if event_type == "MEET" and trigger.startswith(role_words.HOSTING):
        # ``Bakı Media Forumuna ev sahibliyi edib``: the subject hosts; the gathering hosted is no party
        hosting = sorted((e for e in agents + states if e.case == "nom" and e.start < clause.start),
                         key=lambda e: e.start)
        source, target = _first(hosting), _first([e for e in datives if e.label == "PER"])
        rest = []
    names = [n for n in (source, target if event_type not in ("PARTICIPATE", "VISIT") else "", *rest) if n]
    hosts = [e for e in entities if e.label == "LOC" and _where_it_was(e, clause)]
    if event_type == "ESTABLISH":  # the body founded is a participant, never the target (guide 55)
        target = ""
    if event_type == "ESTABLISH" and hosts:
        target = hosts[0].canonical  # ``Azərbaycanın Keniyadakı səfirliyi açılıb``: the country it is opened in
    # a country as the subject of support or an invitation in the trigger's own clause (``…, ki, Azərbaycan
    # ADF-i dəstəkləyir``) is named too: no one else's speech or act puts their actor in its place
    clause_start = after_the_last_comma(entities, clause)
    acting_states = [e for e in states if e.case == "nom" and clause_start <= e.start < clause.start
                     and (event_type in ("SUPPORT", "INVITE") or trigger.startswith(role_words.HOSTING))]
    named = any(e.canonical == source for e in agents + acting_states)
    return Roles(tuple(dict.fromkeys(names))[:6], source, target, location, named)


def held_by(entities: list[Entity], clause: Clause) -> Roles:
    """A gathering said to be held (``Komitəsinin bu gün keçirilən iclasında``): the body that owns or
    organises it, the nearest organisation in the genitive before its noun; no one when none is named."""
    entities = [replace(e, case=case_in_clause(e, clause)) for e in entities]
    owners = [e for e in entities if e.label == "ORG" and e.case == "gen" and e.start < clause.start
              and e.canonical not in MEDIA]
    location = next((e.canonical for e in entities if e.label == "LOC" and e.case == "loc"), "")
    if not owners:
        # talks held with no owner named: the person the sentence is about takes part in them
        # (``Akadzava Vaşinqtonda keçiriləcək görüşlərdə … tələb etməyi nəzərdə tutur``)
        people = [e.canonical for e in entities if e.label == "PER" and e.case == "nom"]
        if people and clause.trigger.startswith(data.TALKS):
            return Roles((people[0],), people[0], "", location, True)
        return Roles(location=location)
    owner = owners[-1].canonical
    return Roles((owner,), owner, "", location)


def _first(*groups: list[Entity]) -> str:
    return next((group[0].canonical for group in groups if group), "")


def _dyad(event_type: str, agents: list[Entity], states: list[Entity], partners: list[Entity],
          objects: list[Entity], datives: list[Entity], clause: Clause) -> tuple[str, str]:
    trigger = clause.trigger
    if event_type == "VISIT":
        # the place or body visited; a person's name read as a dative (``Akadzava``) is less likely the host
        return _first(agents, states), _first([e for e in datives if e.label != "PER"], datives)
    if event_type == "APPOINT":
        appointer, appointee = _appointment(agents, objects, datives, partners, clause)
        if not appointer and not is_passive(trigger):  # ``Polşa Azərbaycana yeni attaşe təyin edib``: a state acts
            appointer = _first([e for e in states if e.case == "nom" and e.start < clause.start])
        return appointer, appointee
    if event_type in ("INVITE", "SUPPORT"):
        # the supporter is the subject (the first nominative), the supported its object, the owner of
        # what is supported (``ADF-nin fəaliyyətini``), or whom it is for (``Ukrayna üçün``)
        beneficiaries = [e for e in agents + states if _is_beneficiary(e, clause)]
        named = sorted((e for e in agents + states if e not in beneficiaries), key=lambda e: e.start)
        actor = _first([e for e in named if e.case == "nom"], named)
        owners = [e for e in named if e.case == "gen" and e.canonical != actor]
        rest = [e for e in named if e.canonical != actor and e.start > next(
            (n.start for n in named if n.canonical == actor), -1)]
        return actor, _first(objects, datives, beneficiaries, owners, rest)
    if event_type == "MEET" and trigger.startswith(data.RECEPTIONS):
        host = _first(agents, states)
        # ``X-in rəhbərlik etdiyi nümayəndə heyətini``, ``Gürcüstanın Baş nazirini``: the owner of the guest named
        # by a noun (a delegation it leads, its official) stands for the guest
        owners = [e for e in agents + states if e.case == "gen" and e.canonical != host]
        return host, _first(objects, partners, sorted(owners, key=lambda e: (e.label != "PER", e.start)))
    if event_type == "PARTICIPATE":  # who attended → the named gathering, else its host
        # an acronym in parentheses names the body before it (``Təşkilatının (ECO) … Zirvə``), not an attendee
        bodies = [e for e in agents if clause.between(e.start - 1, e.start) != "("]
        attendee = _first([e for e in agents if e.case == "nom" and e.label == "PER"],
                          [e for e in agents if e.label == "PER"], [e for e in bodies if e.case == "nom"],
                          [e for e in bodies if _represented(e, clause)])
        named = [e for e in agents if e.label == "ORG" and e.start <= clause.start < e.end + 2]
        hosts = [e for e in agents if e.label == "ORG" and e.case == "gen" and e.canonical != attendee]
        return attendee, _first(named, hosts)
    if event_type == "ESTABLISH":  # who founds (an owner, an active subject); the body founded (guide 55)
        passive = is_passive(trigger)
        # an active verb of founding (``X yeni mərkəz yaradıb``): its subject founds, it is not what is founded
        founds = not passive and not trigger.startswith(role_words.FOUNDED_AS_SUBJECT)
        founded = [e for e in agents if e.label == "ORG" and (e.start > clause.start or e.case == "nom" and not founds)]
        founded += [e for e in objects if e.label == "ORG" and founds and e.start < clause.start]
        if trigger.endswith(data.PARTICIPLE_ENDINGS):  # ``təsis edilmiş “X” MMC``: the noun after it
            founded = [e for e in agents if e.label == "ORG" and e.start > clause.start] or founded
        founders = [e for e in agents + states if e.case == "gen" and e not in founded]
        if not passive:
            founders += [e for e in agents if e.case == "nom" and e not in founded and e.start < clause.start]
        return _first(founders), (founded[-1].canonical if passive and founded else _first(founded))
    # MEET, CALL, SIGN, AGREE between parties: the first named, then the second; an acronym in parentheses
    # (``Fondunun (TTKF)``) is the party before it again, not a second party
    agents = [e for e in agents if clause.between(e.start - 1, e.start) != "("]
    parties = sorted(agents + partners, key=lambda e: e.start) or sorted(states + partners, key=lambda e: e.start)
    if not agents and states and partners:
        parties = sorted(states + partners, key=lambda e: e.start)
    names = list(dict.fromkeys(e.canonical for e in parties))
    if event_type == "CALL" and len(names) < 2:  # ``X Y-ə zəng edib``: the one called is in the dative
        names += [e.canonical for e in datives if e.label in _PARTIES and e.canonical not in names][:1]
    if len(names) < 2 and event_type in ("SIGN", "AGREE", "MEET", "CALL"):
        names += [e.canonical for e in states if e.canonical not in names]
    return (names[0] if names else ""), (names[1] if len(names) > 1 else "")


def _appointment(agents: list[Entity], objects: list[Entity], datives: list[Entity], partners: list[Entity],
                 clause: Clause) -> tuple[str, str]:
    """Appointer → appointee. Credentials: the head of state they are presented to → the envoy. A decree
    (``X-in sərəncamı ilə``) names the appointer; an active verb's subject is one; a passive has none."""
    people = [e for e in agents if e.label == "PER"]
    if clause.trigger.startswith(data.CREDENTIALS):
        envoys = [e for e in people + datives if e.label == "PER"]
        if "qəbul" in clause.trigger:  # received: the receiver is the subject, the envoy named beside
            receiver = _first([e for e in people if e.case == "nom"], people)
            return receiver, _first([e for e in envoys if e.canonical != receiver])
        return _first([e for e in datives if e.label == "PER"]), _first(people)
    if clause.trigger.endswith(("ması", "məsi")):  # ``X Y-in təyin edilməsi haqqında sərəncam``: Y appointed
        owners = [e for e in people if e.case == "gen"]
        subjects = [e for e in people if e.case == "nom" and e not in owners]
        if owners:
            return _first(subjects), owners[-1].canonical
    appointer = next((e for e in agents if _owner_of_decree(e, clause)), None)
    if appointer is None and not is_passive(clause.trigger):  # active: the subject dismissed or appointed
        subject = next((e for e in agents if e.case == "nom"), None)
        others = [e for e in objects + agents if e.label == "PER" and e is not subject]
        if subject is not None and others:
            return subject.canonical, others[0].canonical
    # the one appointed: the object of an active verb, the subject of a passive, or the person a contract
    # ended was made with (``X ilə bağlanmış müqaviləyə xitam verilib``)
    appointees = ([e for e in objects if e.label == "PER"] or [e for e in people if e is not appointer]
                  or [e for e in partners if e.label == "PER"])
    if appointer is None and objects and people:  # active: ``X Y-i təyin edib``
        appointer = people[0]
    return (appointer.canonical if appointer else ""), _first(appointees)


def subject_of(entities: list[Entity], clause: Clause) -> str:
    """The sentence's named subject, to carry over to later sentences that name none (``O, … imzalayıb``):
    its first person (else organisation) in the nominative that is not a modifier of another name."""
    entities = [replace(e, case=case_in_clause(e, clause)) for e in entities]
    for label in _PARTIES:
        for index, entity in enumerate(entities):
            following = entities[index + 1] if index + 1 < len(entities) else None
            if entity.label == label and entity.case == "nom" and not _is_modifier(entity, following, clause):
                return entity.canonical
    return ""


def main_countries(doc: Document) -> tuple[str, ...]:
    """The two places an article names most: what ``iki ölkə`` (the two countries) stands for."""
    counts = Counter(e.canonical for e in doc.entities if e.label == "LOC" and e.case != "loc")
    return tuple(name for name, _ in counts.most_common(2))
