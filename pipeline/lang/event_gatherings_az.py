"""Words around a gathering named by its noun (``tədbir``, ``forum``, ``iclas``): whether it was held, whose
it is, and whether someone spoke at it. Data only, read by ``pipeline.stages.event.event_triggers.gathering_kinds``
through ``events_az``.
"""

# Words before a gathering's noun that say it was held (``keçirilən forumda``), and after it.
HELD_BEFORE = ("keçirilən", "keçirilmiş", "təşkil olunan", "təşkil edilən", "keçiriləcək", "təşkil etdiyi",
               "təşkilatçılığı ilə")
HELD_AFTER = ("keçirilib", "keçiriləcək", "keçirildi", "keçirilmişdir",
              "keçirilir", "baş tutub", "baş tutacaq", "təşkil olunub", "təşkil edilib",
              "başa çatıb", "nəticələrinə", "yekunlarına", "işinə başlayıb", "işinə başladı", "öz işinə başla",
              "təşkil edib", "təşkil ediblər", "təşkil edəcək", "təşkil edəcəklər", "təşkil etdi")
# The verbal noun of holding (``sammitin Bakıda keçirilməsi``): a gathering in the genitive a few words before
# it is said to be held.
HOLDING_NOUNS = ("keçirilməsi", "keçirilməsinə", "keçirilməsini", "keçirilməsində")
# Gatherings that, reported as held, are a MEET (a training, a briefing or a talk held is not).
HELD_MEETINGS = ("görüş", "danışıq", "tədbir", "iclas", "toplantı", "müşavirə", "sessiya", "forum", "konfrans",
                 "sammit", "zirvə", "mərasim", "qurultay", "simpozium", "mitinq", "yürüş", "konqres", "dəyirmi masa")
# A gathering's noun in the nominative opening a sentence that ends on its being held (``Tədbir … keçirilib``).
GATHERINGS_AS_SUBJECT = ("tədbir", "forum", "konfrans", "sammit", "iclas", "toplantı", "müşavirə", "mərasim",
                         "seminar", "aksiya", "sessiya", "görüş")
# Genitive endings: a gathering's noun with one owns the gathering named after it (``Forumunun sessiyası``).
GENITIVE_ENDINGS = ("nın", "nin", "nun", "nün", "ın", "in", "un", "ün")
# The plural of ``tədbir`` is most often "measures" (``tədbirlər görülüb``), not events.
MEASURES = ("tədbirlər",)
# Sessions of a body: with their owner named (``Komitəsinin iclası``) they are a MEET of the body.
SESSIONS = ("iclas", "toplantı", "müşavirə")
# A session of the whole parliament, a hearing or a vote is no event here (the specification); a committee
# of the parliament holds meetings (``Milli Məclisin … komitəsinin iclası``).
NOT_MEETINGS = ("plenar", "məhkəmə")
PARLIAMENTS = ("milli məclis", "parlament", "ali məclis", "seym", "duma", "senat", "konqres", "bundestaq")
COMMITTEES = ("komitə", "komissiya", "qrup", "şura")
# A ceremony of another happening (``imzalanma mərasimi``, ``açılış mərasimi``) is part of that happening.
CEREMONY_OF = ("ma", "mə", "açılış", "təltif", "təqdimat")
# Nouns that with a partner (``X ilə birgə mətbuat konfransında``) are a meeting between the two.
MET_WITH = ("konfrans", "söhbət", "müzakirə", "görüş", "zirvə", "danışıq")
# Meetings in the plural held in the past are a routine (``fərdi görüşlər keçirilib``); planned, they are news.
MANY_MEETINGS = ("görüşlər", "danışıqlar")
# A talk or a discussion is a happening only with its partner named (``X ilə söhbətində``).
ONLY_WITH_PARTNER = ("söhbət", "müzakirə")
# Talks between two named parties (``X və Y arasında … danışıqlarda``) are their meeting, whoever attends.
TALKS = ("danışıq", "görüş", "məsləhətləşmə")
# Words after a gathering's noun that say someone spoke there: a PARTICIPATE of the speaker.
SPEECH_WORDS = ("deyib", "deyə", "demişdir", "dedi", "bildir", "qeyd et", "vurğula", "söylə", "çıxış",
                "müraciət", "açıqla", "diqqətə çatdır", "məlumat ver", "danış", "bəyan et")
# Openings of a statement whose speaker is the story's subject (``Bunu … sammitdə deyib``).
STATEMENT_OPENERS = ("bunu", "bu barədə", "bununla bağlı")
# A press conference or a briefing is where a statement was made, not a gathering attended.
NOT_ATTENDED = ("mətbuat",)
# A private family ceremony (``toy mərasimi``, ``nişan mərasimi``) is no meeting of parties.
PRIVATE_CEREMONIES = ("toy", "nişan", "ad günü")
# A legislature named by its noun (``Konqresin nəzarəti``, ``Konqres qarşısında``) is a body, no gathering,
# unless it is said to be held (``Beynəlxalq … Konqresi keçirilib``).
LEGISLATURES = ("konqres", "senat", "duma", "seym")
