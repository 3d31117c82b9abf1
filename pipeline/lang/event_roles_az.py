"""Words that tell an event's parties and roles (who acts, towards whom, where): data only, read by
``pipeline.stages.event.event_roles`` and ``events`` through ``events_az``.
"""

# Legal forms written after a company's quoted name (``“X” MMC-nin``): the case they carry is the name's.
LEGAL_FORMS = ("mmc", "asc", "qsc", "ltd", "llc")
# Nouns of those who act for a body (``Nazirliyin nümayəndələri``, ``Bankın əməkdaşları``): the body acts.
REPRESENTATIVES = ("nümayəndə", "əməkdaş", "rəsmi", "heyət", "komanda", "işçi")
# Acts of office whose owner (``Prezident X-in sərəncamı ilə``) is the appointer.
ACTS_OF_OFFICE = ("sərəncam", "fərman", "əmr", "qərar")
INSTRUCTIONS = ("tapşırıq", "tapşırığ", "göstəriş")  # whose they are gives them, is not at what they bring about
# Triggers of a reception: the host receives the guest (host → guest); other meetings go first → second.
RECEPTIONS = ("qəbul", "qarşıla")
CREDENTIALS = ("etimadnamə",)
# ``digər əmri ilə``: another act of office, so another appointment event.
ANOTHER = ("digər", "başqa", "növbəti", "ayrı")
# Types whose parties are people and organisations: a place named in their clause is where, not who
# (a visit's destination is its target, read apart).
PERSONAL_TYPES = ("VISIT", "INVITE", "PARTICIPATE", "APPOINT")
# Passive voice in a trigger: its grammatical subject is what was done (the founded body), not the agent.
PASSIVE_MARKS = ("keçiril", "imzalan", "edil", "olun", "aparıl", "qoyul", "yaradıl", "açıl", "verilib", "alın",
                 "seçil", "dırıl", "çağırıl")
# A support or talks in the present tense are a standing position or an ongoing process, not news of the
# day: no publication date (``dəstəkləyir``, ``danışıqlar aparır``).
STANDING_TYPES = ("SUPPORT", "MEET")
STANDING_ENDINGS = ("aparır", "aparırlar",
                    "yir", "yirlər", "yır", "yırlar", "dır", "dir", "dirlər", "dırlar", "yik", "yıq", "yəm", "yam",
                    "tərəfdarı kimi çıxış edir")
# Types that are between two parties: with only one named, the other may be the story's other party.
BETWEEN_TYPES = ("MEET", "CALL", "SIGN", "AGREE")
# Words for the two parties already named (``Tərəflər … razılaşdırıblar``): they take the last meeting's pair.
THE_PARTIES = ("tərəflər", "hər iki tərəf", "liderlər", "nazirlər", "prezidentlər")
# Founding triggers whose subject is the body founded, active in form or not (``X fəaliyyətə başlayıb``,
# ``X-in açılışı olub``, ``əlaqələr qurulub``): their nominative is no founder.
FOUNDED_AS_SUBJECT = ("fəaliyyət", "açılış", "açıl", "qurul", "dövlət qeydiyyat", "diplomatik")
# ``X-in iştirakı ilə``: with X attending (X takes part; X does not found what is opened).
ATTENDANCE = ("iştirakı", "iştirakçılığı")
# ``…, B ilə isə …``: the particle that sets a clause against the one before (its own parties).
CONTRAST = "isə"
# ``X tərəfindən``: the agent of a passive verb.
BY = "tərəfindən"
# Types whose passive, with its agent named by ``tərəfindən``, is done by that one to its subject (a founding,
# an appointment, a reception); a deal signed ``by X and Y`` keeps its parties in the order of the text.
DONE_BY_ONE = ("ESTABLISH", "APPOINT", "MEET")
# Gatherings a sentence may open at (``Müşavirə zamanı``, ``İclasda``), and the words for "during" after them.
GATHERINGS = ("müşavirə", "iclas", "sammit", "forum", "konfrans", "toplantı", "sessiya", "qəbul", "görüş", "tədbir",
              "danışıq")
DURING = ("zamanı", "çərçivəsində", "ərzində", "əsnasında", "vaxtı")
# ``… yaradılması qərara alınıb``: decided (by whoever held the gathering where it was).
DECIDED = ("qərara alın", "qərara alıb", "qərar verilib")
# ``X-in rəhbərliyi ilə``, ``X-in nümayəndə heyəti ilə``: the people of a body met as its side.
PARTNER_SIDES = ("rəhbər", "nümayəndə", "heyət", "sədr", "başçı", "nazir", "səfir", "prezident", "müavin", "direktor",
                 "əməkdaş", "təmsilçi")
# A sentence opening on a document in the accusative (``Sazişi … imzalayıb``): the one just reported.
THE_DOCUMENT = ("sazişi ", "sazişləri ", "memorandumu ", "memorandumları ", "sənədi ", "sənədləri ", "müqaviləni ",
                "müqavilələri ", "protokolu ", "bəyannaməni ")
# Hosting a gathering (``forumuna ev sahibliyi edib``): the subject hosts it.
HOSTING = ("ev sahibliyi",)
# ``yeni üzv seçilib``: someone new, not the person the story is about.
SOMEONE_NEW = "yeni"
# Types that never take the story's subject as their actor: an appointment or a founding names its own.
NOT_CARRIED = ("APPOINT", "ESTABLISH")
# What the parties do in a call just reported (``fikir mübadiləsi aparıblar``): the call, not a meeting.
DURING_A_CALL = ("fikir mübadiləsi", "müzakirə")
# A talk named by a word that fits a call as well as a meeting: with a call of the same parties reported
# nearby after it, it is that call.
TALK_WORDS = ("söhbət", "danışıq")

# The attributive locative (``Ağ Evdəki görüş``, ``Bakıdakı forum``): the place a happening was at, no party.
WHERE_ATTRIBUTIVE = ("dakı", "dəki", "takı", "təki")
# Verbs of replacing a predecessor (``Y-ni əvəzləyib``): the one replaced is a party of the appointment.
REPLACING = ("əvəzləyib", "əvəzləyiblər", "əvəz edib", "əvəz ediblər", "əvəzləmişdir")
# Titles of a state's head or government (``ABŞ Prezidenti X``, ``ABŞ lideri``): a country named with one and
# no name after it stands for the person the article named with that country and title before.
HEAD_TITLES = ("prezident", "lider", "baş nazir", "kansler", "dövlət başçı", "kral")
# ``X-in məlumatına görə``, ``X-in verdiyi açıqlamaya görə``: the source a report is told by (no party of it).
TOLD_BY_NOUNS = ("məlumat", "söz", "açıqlama", "bəyanat", "iddia", "bildirdiy", "dediy", "yazdığ")
