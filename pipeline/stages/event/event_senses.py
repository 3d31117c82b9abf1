"""Events, part 1a: the checks that tell a trigger word from the same word in another sense (``qanunu qəbul edib``:
adopted, not received; ``kredit xətti açıb``: no body founded). Each check reads a trigger in its sentence (a
``Context``); ``TRIGGER_CHECKS`` in the data says which trigger must pass which (``pipeline.lang.event_senses_az``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...lang import events_az as data
from ...records import DateMention, Entity
from ...text import az_lower
from ..morphology import candidates, case_of
from .event_agent import is_passive

# After a name, its partner postposition, possibly after a head noun or two (``Avropa liderləri ilə``).
_PARTNER_AFTER = re.compile(r"^(?:\s+[a-zəöüğıçş]+){0,2}?\s+ilə(?:\s+birlikdə|\s+birgə)?(?!\w)")


def is_partner(entity: Entity, after: str) -> bool:
    """A party named with the comitative (``Makronla``) or before ``ilə`` (``X liderləri ilə``);
    ``after`` is the lower-cased text that follows the entity."""
    # a genitive before the head noun is its owner (``Əliyevin sərəncamı ilə``: by the decree of); a name
    # ending in -a/-ə read as a dative (``Kosta ilə``) is bare before the postposition, which takes no dative
    bare = entity.case == "nom" or (entity.case == "dat" and not after[:1].isalpha())
    return entity.case == "ins" or (bare and bool(_PARTNER_AFTER.match(after)))


@dataclass(frozen=True, slots=True)
class Context:
    """A trigger in its sentence, for the checks: the lower-cased sentence, the trigger's place in it,
    and the sentence's entities and dates."""

    lower: str
    start: int
    end: int
    offset: int  # the sentence's start in the field
    entities: list[Entity]
    dates: list[DateMention]

    @property
    def before(self) -> str:
        return self.lower[max(0, self.start - 40) : self.start]

    @property
    def word_before(self) -> str:
        words = self.before.split()
        return words[-1] if words else ""


def _not_invited_to(c: Context) -> bool:
    return data.INVITED_TO not in c.lower[c.start : c.start + 40]


def _destination_before(c: Context) -> bool:
    """A place in the dative right before (``Bakıya gəldi``, ``Füzuli rayonuna gedib``): not any dative with a
    place somewhere before it (``satışının ardınca gəldi``)."""
    tail = " ".join(c.before.split()[-2:])
    at = c.offset + c.start
    place = any(e.label == "LOC" and at - len(tail) - 1 < e.end <= at for e in c.entities)  # ends in them
    return case_of(c.word_before) == "dat" and place


def _not_an_act_of_office(c: Context) -> bool:
    # The document stands before the verb (``sərəncam imzalayıb``) or after a participle (``imzaladığı Fərman``).
    around = c.before + " " + c.lower[c.end : c.end + 25] + " " + _after_a_title(c.lower, c.end)
    return not any(noun in around for noun in data.NOT_SIGNED)


def _after_a_title(lower: str, end: int) -> str:
    """The words after a quoted title that follows ``end`` (``imzaladığı “… Planı”nın təsdiq edilməsi haqqında
    Sərəncamına``): what the title belongs to, however long the title is."""
    rest = lower[end:].lstrip()
    if not rest.startswith("“") or "”" not in rest:
        return ""
    return rest[rest.index("”") + 1 :][:60]


def _person_or_post(c: Context) -> bool:
    return any(e.label == "PER" for e in c.entities) or any(word in c.lower for word in data.APPOINTMENT_WORDS)


def _partner_before(c: Context) -> bool:
    """The bare noun ``görüşü`` reports a meeting with its partner named before it (``Trampla görüşü``,
    ``X ilə Y arasında Romadakı görüşü``)."""
    if c.lower[c.start : c.end] != "görüşü":
        return True  # a longer trigger (``görüşü planlaşdırılır``) reports the meeting itself
    if c.word_before == data.PARTNER_WORD or case_of(c.word_before) == "ins" or " arasında" in c.before:
        return True
    earlier = [e for e in c.entities if c.offset + c.start - 80 <= e.start < c.offset + c.start]
    return any(is_partner(e, c.lower[e.end - c.offset :]) for e in earlier)


def _person_received(c: Context) -> bool:
    stems = {az_lower(a.stem) for a in candidates(c.word_before)} | {c.word_before}
    return not stems & set(data.NOT_RECEIVED)


def _since_date(c: Context) -> bool:
    return any(d.text.endswith(data.SINCE_ENDINGS) for d in c.dates)


def _thing_established(c: Context) -> bool:
    """What is opened or founded is a body: a noun of one as the subject (not in the locative:
    ``kolleclərdə yeni ixtisaslar yaradılıb`` founds no body), or an organisation named before it, or
    after a participle (``təsis edilmiş “X” MMC``)."""
    words = [w.strip(",.“”\"()") for w in c.before.split()[-6:]]
    trigger = c.lower[c.start : c.end]
    object_participle = trigger.endswith(data.OBJECT_PARTICIPLES) and not _passive(trigger)
    if object_participle:  # ``yaratdığı səhifələr``: what it made follows it
        words = [w.strip(",.“”\"()") for w in c.lower[c.end :].split()[:2]]
    # the active voice (``mərkəz yaradıb``, ``şirkəti qurub``) takes its object bare or in the accusative:
    # ``müəssisələrinə … yaradarkən`` creates something for a body, no body
    not_its_object = ("da", "də", "dan", "dən") + (() if _passive(trigger) else data.DATIVE_ENDINGS)
    subject = any(w.startswith(data.ESTABLISHED_THINGS) and not w.endswith(not_its_object)
                  and not _maker_follows(words[i + 1 : i + 3]) for i, w in enumerate(words))
    at = c.offset + c.start
    named = any(e.label == "ORG" and e.case in ("nom", "gen") and at - 40 <= e.end <= at
                and not _agent_or_setting(c, e) for e in c.entities)
    named = named or any(_subject_of_clause(c, e) for e in c.entities)
    after = any(e.label == "ORG" and at < e.start <= at + 40 for e in c.entities)
    participle = trigger.endswith(data.PARTICIPLE_ENDINGS)
    if object_participle:
        return subject or after
    return subject or named or (participle and after)


def _passive(trigger: str) -> bool:
    return is_passive(trigger) or "qurul" in trigger


def _subject_of_clause(c: Context, entity: Entity) -> bool:
    """``TKTA ölkə prezidentinin … fərmanı ilə yaradılıb``: an organisation in the nominative opening the
    trigger's clause (no comma or conjunction between) is its subject, however long the clause."""
    if entity.label != "ORG" or entity.case != "nom" or entity.end > c.offset + c.start:
        return False
    gap = c.lower[entity.end - c.offset : c.start]
    return "," not in gap and " və " not in gap and len(gap) <= 120 and not _agent_or_setting(c, entity)


def _decided_if_a_verbal_noun(c: Context) -> bool:
    """A founding named by its verbal noun (``yaradılması``, ``açılması``) is one only when the text decides
    or plans it (``… yaradılması qərara alınıb``): otherwise it is what a sentence talks about."""
    if not c.lower[c.start : c.end].endswith(("ması", "məsi", "masını", "məsini")):
        return True
    after = " ".join(c.lower[c.end :].split()[:3])
    return any(word in after for word in data.FOUNDING_DECIDED)


def _agent_or_setting(c: Context, entity: Entity) -> bool:
    """``X tərəfindən yaradılıb`` (X made it), ``X layihəsi çərçivəsində yaradılıb`` (within X): the
    organisation is who made the thing or the frame it was made in, not the body founded."""
    return _maker_follows(c.lower[entity.end - c.offset :].split()[:3])


def _maker_follows(words: list[str]) -> bool:
    return any(word.startswith(data.NOT_THE_FOUNDED) for word in words)


def _something_to_attend(c: Context) -> bool:
    """What is attended stands right before the verb (``forumunda iştirak edib``), not anywhere in the
    sentence (``qanunların qəbulunda fəal iştirak edib`` is no gathering)."""
    near = " ".join(c.lower[: c.start].split()[-4:])
    if c.lower[c.start : c.end].startswith("iştirakı"):  # ``X-in iştirakı ilə … açılışı``: it follows
        near = " ".join(c.lower[c.end :].split()[:10])
    return any(noun in near for noun in data.PARTICIPATION_OBJECTS)


def _gathering_before(c: Context) -> bool:
    """Hosting is a meeting, and representing a party an attendance, when the gathering is named right before
    (``sammitə ev sahibliyi edəcək``, ``forumda ölkəmizi təmsil edib``), not a championship or games."""
    near = " ".join(c.lower[: c.start].split()[-4:])
    return any(noun in near for noun in data.HELD_MEETINGS)


def _body_opened(c: Context) -> bool:
    """``açıb`` founds a body only with one as its object right before it (``filial açıb``, ``nümayəndəliyini
    açacaq``), not an account, a credit line or a way (``hesab açıb``); ``açıldı`` with one as its subject
    (``səfirliyi … açıldı``), not in the locative. Outlets in the plural (``yeni mərkəzlər açıb``) are a
    network growing, as meetings in the plural are a routine."""
    words = c.before.split()[-6:] if _passive(c.lower[c.start : c.end]) else c.before.split()[-1:]
    words = [w.strip(",.“”\"()") for w in words]
    return any(w.startswith(data.ESTABLISHED_THINGS) and not ("lər" in w or "lar" in w)
               and not w.endswith(("da", "də", "dan", "dən")) for w in words)


def _owner_or_destination(c: Context) -> bool:
    """A visit named by its bare noun reports one when its visitor (genitive) or destination (dative)
    stands before it: ``Ərdoğanın səfəri``, ``ABŞ Prezidentinin bu ölkəyə səfəri``."""
    if " " in c.lower[c.start : c.end]:
        return True
    near = [e for e in c.entities if c.offset + c.start - 80 <= e.start < c.offset + c.start]
    return any(e.case in ("gen", "dat") for e in near) or case_of(c.word_before) == "dat"


def _not_a_class_of_people(c: Context) -> bool:
    """A participle (``səfərdə olan``, ``iştirak edən``) describes the noun a few words after it: when that
    noun is people as a class (``… vətəndaşlarına``, ``şəxsləri``), it says what such people do, and
    reports no happening."""
    if not c.lower[c.start : c.end].endswith(("an", "ən")):
        return True
    after = [w.strip(",.“”\"()") for w in c.lower[c.end :].split()[:4]]
    return not any(w.startswith(data.CLASSES_OF_PEOPLE) for w in after)


def _taken_jointly(c: Context) -> bool:
    clause = c.lower[: c.end]  # the body may stand inside the phrase (``qərar … Şurasında qəbul edilib``)
    parties = [e for e in c.entities if e.start < c.offset + c.start and e.case in ("nom", "gen")]
    return any(word in clause for word in data.COLLECTIVE_WORDS) or (" və " in clause and len(parties) >= 2)


def _approved_by_a_body(c: Context) -> bool:
    """The approver is a council or commission named as the subject (``Aİ Şurası … təsdiqləyib``), not a
    body mentioned in passing (``şuranın yaradılmasına hazır olduğunu bildirib``)."""
    words = c.lower[: c.start].split()
    return any(word.startswith(body) and word.endswith(("sı", "si", "su", "sü", body[-1]))
               for word in words for body in data.APPROVING_BODIES)


def _two_parties(c: Context) -> bool:
    earlier = [e for e in c.entities if e.start < c.offset + c.start]
    partner = any(is_partner(e, c.lower[e.end - c.offset :]) for e in earlier)
    named = [e for e in earlier if e.case in ("nom", "gen")]
    return partner or len(named) >= 2 or c.lower[c.start : c.end].endswith(("lər", "lar"))


def _not_a_career(c: Context) -> bool:
    """``elmi fəaliyyətə başlayıb``, ``X 2008-ci ildən Bankda fəaliyyətə başlayıb``: a person starting
    work is a career, not a body founded."""
    person = any(e.label == "PER" and e.case == "nom" and e.start < c.offset + c.start for e in c.entities)
    return c.word_before not in data.CAREER_WORDS and not person


def _not_an_election(c: Context) -> bool:
    return not any(word in c.lower for word in data.ELECTION_WORDS)


def _state_recognised(c: Context) -> bool:
    near = [e for e in c.entities if c.offset + c.start - 80 <= e.start < c.offset + c.start]
    named = any(e.label in ("LOC", "ORG") and e.case in ("acc", "gen") for e in near)
    return named or any(thing in c.lower[max(0, c.start - 60) : c.start] for thing in data.RECOGNISED_THINGS)


def _not_material(c: Context) -> bool:
    return not any(word in c.before for word in data.MATERIAL_WORDS)


def _not_an_activity(c: Context) -> bool:
    """``ağacların əkilməsinə və … bərpasına dəstək verdilər``: help given to a task named by a verbal noun is no
    declared support for a party (corpus guide 17), whoever else the sentence names."""
    return not any(w.strip(",.“”\"()").endswith(data.ACTIVITY_ENDINGS) for w in c.before.split()[-5:])


def _person_before(c: Context) -> bool:
    """``qəbul edib`` is a reception when whom is a person: a name in the accusative, or a person's noun."""
    near = [e for e in c.entities if c.offset + c.start - 60 <= e.start < c.offset + c.start]
    if any(e.case == "acc" and e.label in ("PER", "ORG") for e in near):
        return True
    # the host in the passive (``X tərəfindən qəbul olunub``) or at whose reception (``X-in qəbulunda olub``)
    host = "gen" if c.lower.startswith("qəbulunda", c.start) else "nom" if c.before.endswith("tərəfindən ") else ""
    if any(e.label == "PER" and e.case == host for e in near):
        return True
    return c.word_before.startswith(data.PERSON_NOUNS) or any(noun in c.before[-25:] for noun in data.PERSON_NOUNS)


def _not_a_thing_made(c: Context) -> bool:
    """What is founded is the last noun of a body or of a thing before the trigger (its subject or object):
    a product, a prize or a chance made (``elektron imza … yaradılıb``, ``təqaüd təsis edilib``, ``bərabərlik
    yaratdı``) is no body (corpus guide 16). A noun followed by its maker or frame (``X tərəfindən``) is skipped."""
    words = [w.strip(",.“”\"()") for w in c.lower[: c.start].split()[-10:]]
    for i in range(len(words) - 1, -1, -1):
        if _maker_follows(words[i + 1 : i + 2]):
            continue
        if words[i].startswith(data.ESTABLISHED_THINGS) and not words[i].endswith(("da", "də", "dan", "dən")):
            return True  # a body as subject or object, not where or whence (``şirkətlərindən olan``)
        if _THING_MADE.fullmatch(words[i]):
            return False
    return True


_THING_MADE = re.compile("(?:" + "|".join(data.NOT_BODIES) + r")(?:lar|lər)?(?:ı|i|u|ü|sı|si|su|sü|nı|ni)?")


def _not_a_reaction(c: Context) -> bool:
    """``qarşılayıb`` receives a guest; after a manner (``müsbət qarşılayıb``) or with news as its object
    (``qərarını … qarşılayıb``) it is a reaction to the news."""
    words = [w.strip(",.“”\"()") for w in c.before.split()[-3:]]
    return not any(w in data.REACTION_MANNERS or w.startswith(data.NEWS_TAKEN) for w in words)


def _not_a_measure(c: Context) -> bool:
    around = c.lower[max(0, c.start - 40) : c.end + 30]
    return not any(word in around for word in data.MEASURE_WORDS)


def _not_a_hotline(c: Context) -> bool:
    """A call to the police, a hotline or a number (``102 nömrəsinə zəng edib``) is no call between parties."""
    words = c.before.split()[-3:]  # a number in the dative (``101-ə``), not a date (``iyulun 8-də``)
    return not any(w.startswith(data.HOTLINES) or (w[:1].isdigit() and w.endswith(_TO_A_NUMBER)) for w in words)


_TO_A_NUMBER = ("-ə", "-a", "-yə", "-ya")


def _not_a_share(c: Context) -> bool:
    """``seçicilərin qırx faizi X-i dəstəkləyib``: a share of voters or of those polled is a poll, no party
    declaring support. The share is the subject of the trigger's own clause, not of an earlier one."""
    clause = re.split(r"[,;:“”\"]", c.lower[max(0, c.start - 60) : c.start])[-1]
    return not any(word in clause for word in data.SHARE_WORDS)


def a_match(lower: str) -> bool:
    """A ``görüş`` in a sentence of a game (``mövsümün üçüncü görüşü``, ``qol vurub``) is a match."""
    return any(word in lower for word in data.SPORTS_WORDS)


def _not_a_match(c: Context) -> bool:
    return not a_match(c.lower)



def _not_a_penalty(c: Context) -> bool:
    return not c.word_before.startswith(data.PENALTIES)


def _not_a_title(c: Context) -> bool:
    return not any(word in c.before for word in data.AWARD_WORDS)


def _not_a_petition(c: Context) -> bool:
    return not any(word in c.before for word in data.PETITIONS)


def _not_a_summons(c: Context) -> bool:
    return not any(word in c.before for word in data.SUMMONERS)



def _not_a_count_of_people(c: Context) -> bool:
    """``Azərbaycana 1,2 milyon turist səfər edib``: people as a class, counted, visiting is a statistic."""
    words = [w.strip(",.“”\"()") for w in c.before.split()[-2:]]
    return not any(w.startswith(data.CLASSES_OF_PEOPLE) for w in words)



def _not_a_title_elect(c: Context) -> bool:
    following = c.lower[c.end :].split()[:1]
    return not (following and following[0].startswith(data.ELECTED_OFFICES))



def _not_signed_by_a_class(c: Context) -> bool:
    """``müştərilər müqavilələri telefonla imzalayacaqlar``: people as a class (in the nominative plural)
    signing is what a service lets them do, no agreement between parties."""
    clause = re.split(r"[,;:]", c.lower[: c.start])[-1]
    return not any(w.strip("“”\"()") in _CLASS_PLURALS for w in clause.split())


_CLASS_PLURALS = {noun + ending for noun in data.CLASSES_OF_PEOPLE for ending in ("lər", "lar")}


_CHECKS = {
    "not_invited_to": _not_invited_to, "destination_before": _destination_before,
    "not_an_act_of_office": _not_an_act_of_office, "person_or_post": _person_or_post,
    "partner_before": _partner_before, "person_received": _person_received, "since_date": _since_date,
    "thing_established": _thing_established, "something_to_attend": _something_to_attend,
    "owner_or_destination": _owner_or_destination, "not_a_class_of_people": _not_a_class_of_people,
    "taken_jointly": _taken_jointly, "not_an_election": _not_an_election,
    "state_recognised": _state_recognised, "approved_by_a_body": _approved_by_a_body, "not_material": _not_material,
    "person_before": _person_before, "two_parties": _two_parties, "not_a_career": _not_a_career,
    "decided_if_a_verbal_noun": _decided_if_a_verbal_noun, "gathering_before": _gathering_before,
    "body_opened": _body_opened, "not_an_activity": _not_an_activity, "not_a_thing_made": _not_a_thing_made,
    "not_a_reaction": _not_a_reaction, "not_a_measure": _not_a_measure, "not_a_hotline": _not_a_hotline,
    "not_a_share": _not_a_share, "not_a_match": _not_a_match, "not_a_penalty": _not_a_penalty,
    "not_a_title": _not_a_title, "not_a_count_of_people": _not_a_count_of_people,
    "not_a_petition": _not_a_petition, "not_a_summons": _not_a_summons, "not_a_title_elect": _not_a_title_elect,
    "not_signed_by_a_class": _not_signed_by_a_class,
}


def accepted(event_type: str, context: Context) -> bool:
    """Every check of ``TRIGGER_CHECKS`` that fits the trigger must pass: they tell a trigger word from
    the same word in another sense."""
    trigger = context.lower[context.start :]
    return all(_CHECKS[check](context) for kind, begins, check in data.TRIGGER_CHECKS
               if kind == event_type and trigger.startswith(begins))
