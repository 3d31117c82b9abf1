"""Events, part 1b: whether a reported happening took place, is planned, or did not happen (``modality``),
whether a trigger names a happening in the background rather than reporting it, and whether it reports one
at all (a routine, a question whether).

The marks (future endings, words of planning, negation) are data in ``pipeline.lang.events_az``.
"""

from __future__ import annotations

from ...lang import event_modality_az as mood_words
from ...lang import events_az as data
from ...text import az_lower


def modality(trigger: str, after: str, before: str = "") -> str:
    """``negated``, ``planned`` (future tense, a word of planning a few words on, or a gathering
    ``keçiriləcək`` before its noun) or ``asserted``."""
    words = trigger.split()
    if any(mark in word for word in words for mark in data.NEGATION_MARKS):
        return "negated"
    if any(mark in word for word in words for mark in data.FUTURE_MARKS):
        return "planned"
    # ``rəsmi səfər etməyi planlaşdırır``; a converb (``mərkəz quraraq … etməyi planlaşdırır``) has the mood of
    # the main verb at the end of its sentence
    soon = " ".join(after.split()[: 30 if words[-1].endswith(data.CONVERB_ENDINGS + ("araq", "ərək")) else 3])
    if any(word in trigger or word in soon for word in data.PLANNED_WORDS):
        return "planned"
    done = words[-1].endswith(data.PAST_ENDINGS)  # ``növbəti görüş keçirilib``: the next one, and held
    if not done and any(word in before for word in data.TO_BE_HELD):
        return "planned"
    # a noun whose own predicate is in the future (``X-in Bakıya səfəri iyulun 15-də başlayacaq``), the verb
    # that ends its clause however long the date before it (``görüş 6 və ya 7 avqust tarixində baş tutacaq``)
    predicate = after.split(",")[0].split(".")[0].split()[:10]
    if not done and any(word.startswith(mood_words.TO_HAPPEN) for word in predicate):
        return "planned"
    return "asserted"


def is_background(trigger: str) -> bool:
    """A participle or verbal noun (``imzalanmış``, ``səfəri``): it names a happening without reporting it."""
    return az_lower(trigger).split()[-1].endswith(data.BACKGROUND_ENDINGS)


def a_routine(lower: str, start: int, end: int) -> bool:
    """``Zəruri hallarda … görüş keçirilir``, ``Hər il … forum təşkil olunur``: the present tense with a word of
    habit says what is done as a rule, not what happened."""
    if not any(word in lower for word in data.HABIT_WORDS):
        return False
    verbs = [w.strip(",.“”\"") for w in lower[start:].split()[:3]]
    # a converb (``… iştirak edərkən``) takes its tense from the main verb: with a word of habit, a routine
    return any(w.endswith(data.PRESENT_ENDINGS + data.CONVERB_ENDINGS) for w in verbs)


def whether_or_not(lower: str, end: int) -> bool:
    """``razılaşıb-razılaşmayacaqları bilinmir``: a verb joined by a hyphen to its own negation asks
    whether it happens; it reports nothing."""
    if not lower[end:].startswith("-"):
        return False
    trigger_word, next_word = lower[:end].split()[-1], lower[end + 1 :].split()[0] if lower[end + 1 :].split() else ""
    # the same stem (its last consonant may alternate: ``gedib-getmədiyini``) and a negation in it
    same_stem = len(trigger_word) >= 4 and next_word.startswith(trigger_word[:2])
    return same_stem and any(mark in next_word[2:] for mark in data.NEGATED_FORMS)



def in_the_present(trigger: str) -> bool:
    """``danışıqlar aparılır``, ``müzakirə olunur``: the trigger's verb is in the present tense."""
    return az_lower(trigger).split()[-1].strip(",.“”\"").endswith(mood_words.PRESENT_VERB_ENDINGS)


def still_going(after: str, before: str = "") -> bool:
    """``danışıqlar hələ də davam edir``, ``müzakirələri davam etdirir``: a word in the trigger's clause says the
    process goes on; it reports no happening of the publication day."""
    clause_after = " ".join(after.split(",")[0].split(".")[0].split()[:6])
    return any(word in before or word in clause_after for word in mood_words.STILL_GOING)
