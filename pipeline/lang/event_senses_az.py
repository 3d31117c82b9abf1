"""Words that tell a trigger word from the same word in another sense (``qanunu qəbul edib``: adopted, not
received; ``yol açılıb``: a road, no body founded): the checks each trigger must pass, and the words they read.
Data only, read by ``pipeline.stages.event.event_senses`` through ``events_az``.
"""

# Triggers whose word has other senses, and the check (a function of ``pipeline.events``) that the context
# must pass: (type, how the trigger begins, check). Every matching row applies.
TRIGGER_CHECKS: list[tuple[str, str, str]] = [
    ("VISIT", "", "not_invited_to"),                   # ``rəsmi səfərə dəvət edib``: an invitation's object
    ("VISIT", "ged", "destination_before"),            # ``Füzuli rayonuna gedib``: a dative place before it
    ("VISIT", "gəl", "destination_before"),
    ("VISIT", "get", "destination_before"),
    ("SIGN", "", "not_an_act_of_office"),              # ``sərəncam imzalayıb``
    ("APPOINT", "təyin", "person_or_post"),            # ``səmərəsiz olduğu təyin edilib``: "determined"
    ("MEET", "görüşü", "partner_before"),              # the bare noun: ``Trampla görüşü``
    ("MEET", "qəbulu", "person_before"),
    ("MEET", "qəbul", "person_received"),              # ``qanunu qəbul edib``: "adopted"
    ("ESTABLISH", "fəaliyyət göstərir", "since_date"),  # ``… tarixindən … fəaliyyət göstərir``
    ("ESTABLISH", "açıl", "thing_established"),         # ``yol açılıb``
    ("ESTABLISH", "açıld", "body_opened"),              # ``səfirliyi … açıldı``, not ``oyunçuları açıldı``
    ("ESTABLISH", "açılmışdır", "body_opened"),
    ("ESTABLISH", "açıb", "body_opened"),               # ``filial açıb``, not ``kredit xətti açıb``
    ("ESTABLISH", "açd", "body_opened"),
    ("ESTABLISH", "açm", "body_opened"),
    ("ESTABLISH", "açacaq", "body_opened"),
    ("ESTABLISH", "açar", "body_opened"),
    ("ESTABLISH", "dövlət qeydiyyatından", "thing_established"),
    ("VISIT", "yollan", "destination_before"),
    ("MEET", "bir araya", "two_parties"),              # ``X və Y bir araya gəliblər``
    ("PARTICIPATE", "təmsil", "gathering_before"),     # ``forumda … təmsil edib``; not a championship
    ("ESTABLISH", "yarad", "thing_established"),
    ("ESTABLISH", "yarat", "thing_established"),
    ("ESTABLISH", "qur", "thing_established"),
    ("PARTICIPATE", "", "something_to_attend"),
    ("VISIT", "səfər", "owner_or_destination"),        # ``Ərdoğanın səfəri``, ``Bakıya səfərində``
    ("VISIT", "", "not_a_class_of_people"),             # ``səfər edən şəxslər``: what such people do
    ("PARTICIPATE", "", "not_a_class_of_people"),
    ("AGREE", "qərar", "taken_jointly"),                # ``Şurada qərar qəbul edilib``; one body's decision is not
    ("AGREE", "təsdiqlə", "approved_by_a_body"),
    ("APPOINT", "seçil", "person_or_post"),             # ``sədr seçilib``, not ``seçilib`` of a thing
    ("APPOINT", "seçil", "not_an_election"),
    ("APPOINT", "yenidən", "person_or_post"),
    ("APPOINT", "yenidən", "not_an_election"),
    ("SUPPORT", "tanı", "state_recognised"),            # ``Fələstini dövlət kimi tanıyıb``, not knowing a person
    ("SUPPORT", "dəstə", "not_material"),               # ``maliyyə dəstəyi``: money is not SUPPORT
    ("SUPPORT", "dəstək ", "not_an_activity"),          # ``ağacların əkilməsinə dəstək verdilər``: help to a task
    ("MEET", "qəbul", "person_before"),                 # a guest received is named or is a person's noun
    ("MEET", "müzakirə", "two_parties"),                # talks need two: one side discussing is no meeting
    ("MEET", "ev sahibliyi", "gathering_before"),       # ``forumuna ev sahibliyi edib``; not a championship
    ("ESTABLISH", "fəaliyyətə", "not_a_career"),        # ``elmi fəaliyyətə başlayıb``: a person's career
    ("ESTABLISH", "", "decided_if_a_verbal_noun"),     # ``mərkəzin yaradılması ilə``: a topic, not a founding
    ("ESTABLISH", "", "not_a_thing_made"),              # ``təqaüd təsis edilib``, ``bərabərlik yaratdı``
    ("MEET", "qarşıla", "not_a_reaction"),              # ``qərarı müsbət qarşılayıb``: took the news well
    ("APPOINT", "seçil", "not_a_measure"),              # ``qətimkan tədbiri seçilib``: a court's measure
    ("APPOINT", "yenidən", "not_a_measure"),
    ("CALL", "zəng", "not_a_hotline"),                  # ``polisə zəng edib``, ``102 nömrəsinə zəng edib``
    ("SUPPORT", "", "not_a_share"),                     # ``seçicilərin 40 faizi … dəstəkləyib``: a poll
    ("MEET", "görüş", "not_a_match"),                   # ``mövsümün üçüncü görüşü``: a game
    ("APPOINT", "təyin", "not_a_penalty"),              # ``həbs cəzası təyin edib``: a sentence imposed
    ("APPOINT", "seçil", "not_a_title"),                # ``ilin ən yaxşı futbolçusu seçilib``: an award
    ("SIGN", "", "not_a_petition"),                     # ``petisiyanı imzalayıb``: no agreement of parties
    ("INVITE", "", "not_a_summons"),                    # ``polisə dəvət olunub``, ``yığmaya dəvət olunub``
    ("APPOINT", "seçilmiş", "not_a_title_elect"),       # ``seçilmiş prezident``: the president-elect, a title
    ("SIGN", "", "not_signed_by_a_class"),             # ``müştərilər müqavilələri … imzalayacaqlar``: a service
    ("SUPPORT", "", "not_a_match"),                     # ``azarkeşlər komandaya dəstək verib``: cheering
    ("VISIT", "", "not_a_count_of_people"),             # ``1 milyon turist səfər edib``: a statistic
]
# A decision or an approval is an agreement when a council, a meeting or two parties take it.
COLLECTIVE_WORDS = ("şura", "iclas", "komissiya", "qərargah", "heyət", "sammit", "toplantı", "tərəflər", "hər iki",
                    "birgə", "liderlər", "konqres", "qurultay", "müşavirə", "görüş")
# Words after an organisation that make it the maker or the frame of what was founded, not the body founded
# (``X tərəfindən yaradılıb``, ``X layihəsi çərçivəsində yaradılıb``).
NOT_THE_FOUNDED = ("tərəfindən", "çərçivəsində", "hesabına", "dəstəyi")
# What a founding named by its verbal noun needs after it to be one: a decision or plan to found
# (``Komissiya yaradılması qərara alınıb``); else it is a topic (``dəhlizin açılması və inkişafı``).
FOUNDING_DECIDED = ("qərara al", "planlaşdır", "nəzərdə tut", "razılaşdır", "tapşır", "təklif ed", "haqqında",
                    "elan ed", "elan et")  # ``komitənin yaradılmasını elan edib``
# Adjectives of a person's activity: starting one is a career, not a founding.
CAREER_WORDS = ("elmi", "əmək", "pedaqoji", "siyasi", "peşə", "jurnalist", "ictimai", "yaradıcılıq", "idman",
                "həkimlik", "müəllimlik", "vəkillik", "hakimlik", "diplomatik")
# Who interviews: a talk with a journalist is an interview, not a meeting.
INTERVIEWERS = ("jurnalist", "müxbir", "aparıcı", "müsahibə")
# A gathering followed by one of these is the setting of what the sentence reports (``konfransı
# çərçivəsində … görüşü``): a PARTICIPATE of who was there, the meeting reported apart.
SETTING_WORDS = ("çərçivəsində", "kənarında", "zamanı", "ərzində")
# Bodies whose approval (``Aİ Şurası … təsdiqləyib``) is a joint decision. A committee is not one: a
# parliament's committee approving a bill is one body's decision (corpus guide 18).
APPROVING_BODIES = ("şura", "komissiya", "heyət", "sammit", "nazirlər kabineti")
# Words of an election, which the specification leaves out (an official elected by a board is APPOINT).
ELECTION_WORDS = ("seçki", "seçkilər", "səsvermə", "namizəd", "deputat")
# What a state's recognition names besides the state itself.
RECOGNISED_THINGS = ("müstəqilliy", "suverenliy", "ərazi bütövlüy", "dövlət kimi", "dövlətini", "dövlətçiliy")
# Support in money or services, not a position (corpus guide 17).
MATERIAL_WORDS = ("maliyyə", "texniki", "sosial", "kredit", "vəsait", "qrant", "humanitar", "manat", "dollar", "avro",
                  "ünvanlı", "metodiki", "sponsor", "investisiya", "büdcə", "məsləhət", "informasiya", "layihə")
# Activities and processes: helping one (``təşəbbüsləri dəstəkləyir``, ``tədrisini dəstəkləyir``) is no
# declared support for a party or a position; nor is helping what a verbal noun names (``idarə edilməsinə``).
ACTIVITY_NOUNS = ("təşəbbüs", "inkişaf", "tədris", "təhsil", "proses", "təşviq", "fəaliyyət", "istehsal",
                  "ixrac", "biznes", "sahibkarlıq", "məşğulluq")
ACTIVITY_ENDINGS = ("ması", "məsi", "masını", "məsini", "masına", "məsinə", "mağı", "məyi", "mağa", "məyə")
# Nouns of the people one receives: ``qəbul edib`` after one of them is a reception.
PERSON_NOUNS = ("prezident", "nazir", "səfir", "sədr", "başçı", "rəhbər", "nümayəndə", "heyət", "qonaq", "deputat",
                "direktor", "müavin", "katib", "komandan", "şəxs", "vətəndaş", "sakin", "ailə", "həmkar", "kral",
                "şahzadə", "əmir", "spiker", "baş nazir", "vəliəhd", "sultan", "patriarx", "papa", "general")

# What follows a visit trigger when the visit is what someone is invited to.
INVITED_TO = " dəvət"
# The postposition of a partner (``X ilə görüşü``); the comitative suffix is read by the morphology.
PARTNER_WORD = "ilə"
# Endings of a date that gives a starting point (``2008-ci il tarixindən``).
SINCE_ENDINGS = ("dən", "dan")

# Nouns that make "qəbul edib" mean "adopted" (a law, a decision), not "received" a person.
NOT_RECEIVED = ("qərar", "qanun", "qətnamə", "bəyanat", "sənəd", "müraciət", "imtahan", "tələbə", "sifariş",
                "plan", "proqram", "büdcə", "layihə", "qaydalar", "ərizə", "standart", "hədiyyə", "təklif",
                "tövsiyə", "strategiya", "konsepsiya", "nizamnamə", "qayda", "sənədlər", "hesabat")
# An appointment names a person or a post: ``təyin edilib`` without one means "determined" (``… səmərəsiz
# olduğu təyin edilib``).
APPOINTMENT_WORDS = ("vəzifə", "müavin", "rəis", "direktor", "səfir", "nazir", "başçı", "sədr", "rəhbər",
                     "müdir", "komandan", "hakim", "prokuror", "rektor", "üzv", "nümayəndə", "katib", "müşavir",
                     "kansler", "spiker")  # heads a parliament elects (guide 19), as ``baş nazir``
# Nouns that an ``açılıb``/``yaradılıb`` must follow to be an establishment (not a road or a case); bodies,
# not buildings: a hospital or a factory opened is a building (guide 39).
ESTABLISHED_THINGS = ("səfirlik", "səfirliyi", "konsulluq", "konsulluğu", "nümayəndəlik", "nümayəndəliyi",
                      "ofis", "ofisi", "şirkət", "şirkəti", "mərkəz", "mərkəzi", "filial", "filialı", "birlik",
                      "birliyi", "fond", "fondu", "təşkilat", "komissiya", "komitə", "universitet", "məktəb",
                      "müəssisə", "qurum", "platforma", "dəhliz", "bank", "mmc", "asc", "qsc", "agentlik",
                      "agentliyi", "assosiasiya", "lisey", "institut", "akademiya")

# Nouns of things made, not bodies (corpus guide 16): a product, a service, a prize, a chance, a score
# (``elektron imza … yaradılıb``, ``təqaüd təsis edilib``, ``bərabərlik yaratdı``, ``imkanlar yaradıb``).
NOT_BODIES = ("imza", "təqaüd", "mükafat", "tətbiq", "xidmət", "məhsul", "imkan", "şərait", "fürsət", "şans",
              "bərabərlik", "üstünlük", "qol", "proqram", "brend", "kart", "iş yeri", "ixtisas", "rekord", "əlaqə")
# Manners of taking news (``müsbət qarşılayıb``, ``narazılıqla qarşılayıblar``) and the news taken
# (``qərarını … qarşılayıb``): ``qarşılamaq`` then means "to react", no guest received.
REACTION_MANNERS = ("müsbət", "mənfi", "normal", "birmənalı", "soyuq", "rəğbətlə", "təmkinlə", "anlayışla",
                    "narazılıqla", "məmnuniyyətlə", "sevinclə", "təəccüblə", "etirazla", "həyəcanla", "ehtiyatla",
                    "laqeyd", "skeptik", "tənqidi", "alqışla")
NEWS_TAKEN = ("xəbər", "qərar", "dəyişiklik", "addım", "təklif", "bəyanat", "açıqlama", "nəticə", "təşəbbüs",
              "hökm", "qanun", "seçim", "elan", "çıxış", "fikir")
# A court's measure of restraint is chosen (``həbs qətimkan tədbiri seçilib``): no one elected.
MEASURE_WORDS = ("qətimkan", "cəza tədbir", "tədbiri", "tədbirini")
# Whom one calls for help, not a party talked with (``polisə``, ``qaynar xəttə``, ``102 nömrəsinə``).
HOTLINES = ("polis", "nömrə", "xətt", "təcili", "çağrı", "xilasedici", "fövqəladə", "operator")
# A share of voters or of those polled backing someone is a poll, no declared support.
SHARE_WORDS = ("faiz", "%", "seçici", "respondent", "sorğu", "yarısı", "əksəriyyət", "reytinq")
# Words of a game: a ``görüş`` among them is a match, not a meeting, and support among them is cheering
# (corpus guide 43). Not a player: a player's meeting off the field is a meeting.
SPORTS_WORDS = ("mövsüm", "matç", "qol vur", "qollar", "turnir", "çempionat", "liqa", "məşqçi", "stadion",
                "heç-heçə", "hesabı ilə", "xal qazan", "turda", "turunda", "azarkeş")
# What is imposed or set (``həbs cəzası``, ``cərimə``, ``ekspertiza``, ``pensiya``) before ``təyin edilib``:
# a sentence, a fine or a payment, no one appointed.
PENALTIES = ("cəza", "cərimə", "penalti", "həbs", "ekspertiza", "qiymət", "tarif", "müddət", "təqaüd", "pensiya",
             "müavinət", "vaxt", "tarix", "rüsum", "vergi", "limit", "norma")
# A title won (``ilin ən yaxşı futbolçusu seçilib``, ``mədəniyyət paytaxtı seçilib``): an award, no office.
AWARD_WORDS = ("ən yaxşı", "ən dəyərli", "ilin ", "ayın ", "həftənin ", "paytaxt", "simvol")
# What many sign to make their voice heard (``petisiyanı imzalayıb``, ``açıq məktubu imzalayıb``): no
# agreement between parties.
PETITIONS = ("petisiya", "açıq məktub")
# Who summons (``polisə dəvət olunub``, ``istintaqa dəvət edilib``) or calls up a player (``millinin heyətinə
# dəvət olunub``): no invitation between parties.
SUMMONERS = ("polis", "prokuror", "istintaq", "sorğu-sual", "dindirmə", "izahat", "məhkəmə", "millisi",
             "milli komanda", "yığma")
# Offices filled by a popular vote: ``seçilmiş prezident`` is the president-elect, a title after an election
# (no event, by the specification), not a happening reported.
ELECTED_OFFICES = ("prezident", "deputat", "bələdiyyə", "mer", "qubernator", "senator")
