"""Words and endings that tell whether a reported happening took place, is planned, or did not happen: data
only, read by ``pipeline.stages.event.event_modality`` and ``events`` (through ``events_az``).
"""

# Endings that make a trigger planned or negated (checked on the trigger's own words).
FUTURE_MARKS = ("acaq", "əcək", "acağ", "əcəy", "etmək", "etməyi", "etməyə")  # and the infinitive of intention
# Words of habit: with the present tense they say what is done as a rule (``zəruri hallarda … keçirilir``).
HABIT_WORDS = ("hallarda", "mütəmadi", "müntəzəm", "hər il", "hər ay", "hər həftə", "adətən", "vaxtaşırı",
               "ənənəvi olaraq", "hər dəfə")
# Present-tense endings (``keçirilir``, ``görüşürlər``, ``təşkil olunur``).
PRESENT_ENDINGS = ("ır", "ir", "ur", "ür", "ırlar", "irlər", "urlar", "ürlər")
# The first person of the past (``müzakirə etdik``, ``görüşdüm``): a speaker's own account in a quote, of a
# time the quote does not give: no news of the publication day.
FIRST_PERSON_PAST = ("dim", "dım", "dum", "düm", "dik", "dık", "duk", "dük", "dıq", "duq", "mışıq", "mişik",
                     "mışam", "mişəm")
# Converbs of "while" (``iştirak edərkən``): the tense is the main verb's.
CONVERB_ENDINGS = ("arkən", "ərkən")
# The negation inside a verb's other forms (``imzalamayacağı``, ``getmədiyini``, ``görüşməz``).
NEGATED_FORMS = ("may", "məy", "mad", "məd", "mam", "məm", "maz", "məz", "mır", "mir")
NEGATION_MARKS = ("mayıb", "məyib", "madı", "mədi", "mayacaq", "məyəcək", "mamış", "məmiş")
# A sentence that reports what came earlier (``bundan əvvəl … elan etmişdilər``) takes no later sentence's date.
EARLIER_MARKS = ("bundan əvvəl", "bundan öncə", "daha əvvəl", "daha öncə", "bundan qabaq")
# The past tense of a finite verb (``növbəti görüş keçirilib``): done, whatever word of the future stands before.
PAST_ENDINGS = ("ıb", "ib", "ub", "üb", "ıblar", "iblər", "ublar", "üblər", "mışdır", "mişdir", "muşdur", "müşdür")
# Participles before a gathering's noun that make it planned (``keçiriləcək danışıqlarda``).
TO_BE_HELD = ("keçiriləcək", "təşkil olunacaq", "təşkil ediləcək", "gələcək", "növbəti")
# Words after the trigger in its sentence that make it planned: ``imzalanacağı gözlənilir``.
PLANNED_WORDS = ("gözlənilir", "planlaşdırılır", "planlaşdırıb", "hazırlaşır", "hazırlaşdığı", "bilər",
                 "nəzərdə tutulur", "ehtimal edilir", "keçiriləcək",
                 "hazırlıq görür", "gözlənir", "planlaşdırır", "niyyətindədir",
                 "nəzərdən keçirir", "düşünür",  # considering doing it: not done yet
                 "təsdiqlənib",  # ``X-in Londona səfəri təsdiqlənib``: a visit confirmed is still to come
                 "qərara alın", "qərara alıb")  # ``Komissiya yaradılması qərara alınıb``: decided, to be done
# The future of the verbs that say a happening takes place, as the predicate of its noun (``görüş … olacaq``,
# ``səfəri … başlayacaq``): it is planned.
TO_HAPPEN = ("olacaq", "baş tutacaq", "tutacaq", "başlayacaq", "reallaşacaq", "gerçəkləşəcək", "davam edəcək",
             "keçiriləcək", "təşkil olunacaq", "təşkil ediləcək")
# The definite past of a verb (``etdi``, ``görüşdülər``, ``keçirilmişdi``): a story told, not news of the day
# (which Azerbaijani news gives in the ``-ıb`` perfect): it takes no publication date. The ``-tı`` forms are
# left out, as nouns with a possessive end so too (``sammiti``, ``ziyarəti``).
NARRATED_PAST = ("dı", "di", "du", "dü", "dılar", "dilər", "dular", "dülər")
# The present tense of a verb (``aparılır``, ``imzalanır``, ``keçirir``, ``davam edir``, ``aparılmaqdadır``): what
# goes on still, or as a rule, is no happening of the publication day (corpus guide 21: ``published`` only for
# what the text reports as just done). Nouns do not end so (``tədbir``, ``nazir`` are kept out).
PRESENT_VERB_ENDINGS = tuple(stem + plural for stem in (
    "ılır", "ilir", "ulur", "ülür", "nır", "nir", "nur", "nür", "yır", "yir", "yur", "yür", "edir", "olur", "aparır",
    "keçirir", "verir", "gedir", "görüşür", "danışır", "çalışır", "maqdadır", "məkdədir")
    for plural in ("", "lar", "lər"))
# Words that say a process is still going on (``danışıqlar hələ də davam edir``), in the trigger's clause.
STILL_GOING = ("hələ də", "davam edir", "davam etdirir", "davam etdirilir", "davam etməkdə")
# Finite verbs that close a clause before a comma (``… işləyir, …``, ``… başlayıb, …``, ``… sədridir, …``,
# ``… işlədi, …``): the present, the perfect, the copula and the definite past.
FINITE_ENDINGS = PRESENT_VERB_ENDINGS + PAST_ENDINGS + tuple(
    stem + plural for stem in ("dır", "dir", "dur", "dür", "dı", "di", "du", "dü", "ırdı", "irdi", "urdu", "ürdü")
    for plural in ("", "lar", "lər"))
# A happening again (``yenidən seçilib``, ``ikinci müddətə``) and the first time it happened (``ilk dəfə 2018-ci
# ildə``): a date beside the first time dates that one, not the repeat.
AGAIN = ("yenidən", "təkrar", "ikinci dəfə", "bir daha", "ikinci müddət", "növbəti müddət", "yeni müddət")
FIRST_TIME = ("ilk dəfə", "ilk olaraq", "ilk müddət", "birinci dəfə", "birinci müddət")
# The past participle (``keçirilmiş görüşlər``): what it describes is done.
PAST_PARTICIPLES = ("mış", "miş", "muş", "müş")
# Converbs (``razılaşaraq``, ``görüşərək``, ``iştirak edərkən``): their tense is that of the verb ending the sentence.
CONVERBS = ("araq", "ərək", "arkən", "ərkən")
# The pluperfect (``bilmişdi``, ``imzalamışdılar``): what happened before the time the story tells of.
PLUPERFECT = tuple(stem + plural for stem in ("mışdı", "mişdi", "muşdu", "müşdü") for plural in ("", "lar", "lər"))
# ``8 Mart – Qadınlar günü münasibətilə``: the day a happening marks (an occasion), not the day it took place.
OCCASION = ("münasibətilə", "münasibəti")
# Times before the publication day that are no date mentions (weeks are not, corpus guide 11 and 53): what they
# place there is no news of the day.
BEFORE_TODAY = ("ötən həftə", "keçən həftə", "həftə əvvəl", "həftə öncə", "bu yaxınlarda", "son günlərdə",
                "bir neçə gün əvvəl", "bir neçə gün öncə")
