"""Entity knowledge for Azerbaijani news: data only, read by ``pipeline.gazetteer`` and ``pipeline.entities``.

Country names come from babel's CLDR data and Azerbaijani cities, districts and towns from the
``az-data-generator`` package (see ``pipeline.gazetteer``); this module holds what no library has.
Names are in the nominative, as written; words are matched in lower case (Azerbaijani rules).
"""

# Places the libraries lack or spell differently from the news.
PLACES = [
    # continents, regions, seas
    "Avropa", "Asiya", "Afrika", "Amerika", "Avrasiya", "Qafqaz", "Cənubi Qafqaz", "Yaxın Şərq", "Orta Şərq",
    "Mərkəzi Asiya", "Qərbi Avropa", "Şərqi Avropa", "Balkanlar", "Skandinaviya", "Xəzər", "Qara dəniz",
    "Aralıq dənizi", "Fars körfəzi", "Qarabağ", "Dağlıq Qarabağ", "Zəngəzur", "Şərqi Zəngəzur", "Naxçıvan",
    "Abşeron", "Mil-Muğan", "Şirvan", "Muğan", "Qərbi Azərbaycan", "Krım", "Donbass", "Qəzza", "Sibir",
    # capitals and cities often in the news
    "Bakı", "Moskva", "Ankara", "İstanbul", "Astana", "Almatı", "Aktau", "Daşkənd", "Səmərqənd", "Aşqabad",
    "Bişkek", "Düşənbə", "Tbilisi", "Batumi", "İrəvan", "Tehran", "Təbriz", "Kiyev", "Kyiv", "Minsk",
    "Vaşinqton", "Nyu-York", "London", "Paris", "Berlin", "Roma", "Madrid", "Brüssel", "Cenevrə", "Vyana",
    "Pekin", "Tokio", "Seul", "Dehli", "Yeni Dehli", "İslamabad", "Dubay", "Əbu-Dabi", "Ər-Riyad", "Doha",
    "Qahirə", "Budapeşt", "Praqa", "Varşava", "Buxarest", "Sofiya", "Belqrad", "Afina", "Sankt-Peterburq",
    "Kazan", "Soçi", "Antalya", "İzmir", "Bursa", "Kars", "İqdır", "Tallin", "Riqa", "Vilnüs", "Kişinyov",
    # pipelines, corridors and other named infrastructure
    "Bakı-Tbilisi-Ceyhan", "Bakı-Tbilisi-Ərzurum", "Bakı-Tbilisi-Qars", "Bakı-Supsa", "Bakı-Novorossiysk",
    "Cənub Qaz Dəhlizi", "Orta Dəhliz", "Zəngəzur dəhlizi", "Şimal-Cənub", "TANAP", "TAP", "BTC", "BTQ",
    "Xankəndi", "Şuşa", "Laçın", "Kəlbəcər", "Ağdam", "Füzuli", "Cəbrayıl", "Zəngilan", "Qubadlı", "Xocalı",
    "Xocavənd", "Ağdərə", "Gəncə", "Sumqayıt", "Mingəçevir", "Şirvan", "Lənkəran", "Şəki", "Quba", "Qəbələ",
    # states the news names without CLDR's form
    "ABŞ", "BƏƏ", "AR", "RF", "KXDR", "Türkiyə", "Rusiya", "Ukrayna", "Gürcüstan", "Ermənistan", "İran",
    "Çin", "Hindistan", "Pakistan", "Britaniya", "Böyük Britaniya", "Birləşmiş Krallıq", "Fələstin",
    "Abxaziya", "Cənubi Osetiya", "Əfqanıstan", "Qırğızıstan", "Tacikistan", "Türkmənistan", "Özbəkistan",
    "Qazaxıstan", "Belarus", "Moldova", "Səudiyyə Ərəbistanı", "Birləşmiş Ərəb Əmirlikləri", "İsrail",
]

# The words that make a country's long official name (``Qazaxıstan Respublikası``).
STATE_FORMS = ["Respublikası", "Krallığı", "Federasiyası", "Əmirlikləri", "Əmirliyi", "Sultanlığı",
               "Xalq Respublikası", "Muxtar Respublikası", "Birləşmiş Ştatları", "Dövləti", "Cümhuriyyəti"]

# Heads of a state's official name after the country and its epithets (``Xalq Demokratik Respublikası``); not
# ``Federasiyası``, which after epithets is a sports federation (``Azərbaycan Minifutbol Federasiyası``).
STATE_HEADS = {"respublikası", "krallığı", "konfederasiyası", "sultanlığı", "əmirliyi", "əmirlikləri", "cümhuriyyəti"}

# Organisations known by name or acronym (the acronym's expansion, where useful, after ``=``).
ORGANISATIONS = [
    "BMT=Birləşmiş Millətlər Təşkilatı", "ATƏT=Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı",
    "NATO", "AB=Avropa İttifaqı", "MDB=Müstəqil Dövlətlər Birliyi", "TDT=Türk Dövlətləri Təşkilatı",
    "İƏT=İslam Əməkdaşlıq Təşkilatı", "EKO=İqtisadi Əməkdaşlıq Təşkilatı", "QİƏT", "GUAM", "ŞƏT",
    "BVF=Beynəlxalq Valyuta Fondu", "DB=Dünya Bankı", "ÜTT=Ümumdünya Ticarət Təşkilatı", "ÜST", "UNESCO",
    "UNICEF", "YUNESKO", "BQXK", "İnterpol", "OPEC", "OPEC+", "AİB=Asiya İnkişaf Bankı", "AYİB", "İİB",
    "BRICS", "G20", "G7", "COP29", "AŞ=Avropa Şurası", "AŞPA", "Avropa Parlamenti", "Avropa Komissiyası",
    "Qoşulmama Hərəkatı", "Xalq Cümhuriyyəti", "Silahlı Qüvvələr",
    # Azerbaijani state bodies
    "AMB=Azərbaycan Mərkəzi Bankı", "Mərkəzi Bank", "Milli Məclis", "Nazirlər Kabineti", "Prezident Administrasiyası",
    "XİN=Xarici İşlər Nazirliyi", "DİN=Daxili İşlər Nazirliyi", "MN=Müdafiə Nazirliyi",
    "DTX=Dövlət Təhlükəsizliyi Xidməti",
    "DSX=Dövlət Sərhəd Xidməti", "FHN=Fövqəladə Hallar Nazirliyi", "DİM=Dövlət İmtahan Mərkəzi",
    "ARDNF", "ARDNŞ", "SOCAR", "DGK=Dövlət Gömrük Komitəsi", "ASAN", "ADY=Azərbaycan Dəmir Yolları", "AZAL", "AZCON",
    "Baş Prokurorluq", "Ali Məhkəmə", "Konstitusiya Məhkəməsi", "Ombudsman", "Mərkəzi Seçki Komissiyası",
    "YAP=Yeni Azərbaycan Partiyası", "AMEA=Azərbaycan Milli Elmlər Akademiyası", "BDU=Bakı Dövlət Universiteti",
    "ADA Universiteti", "Azərenerji", "Azərsu", "Azəriqaz", "Azərişıq", "Bakı Metropoliteni", "PAŞA Bank",
    "Kapital Bank", "ABB", "Beynəlxalq Bank", "Bank Respublika", "Xalq Bank", "AccessBank", "Azercell",
    "Bakcell", "Nar", "Naxtel", "Azersun", "Pentaqon", "Kreml", "Ağ Ev", "Bundestaq", "Knesset", "Kremlin",
    # media and agencies
    "APA", "Report", "Trend", "AZƏRTAC", "AzərTAc", "Oxu.az", "Modern.az", "Banker.az", "Qafqazinfo", "Xalq qəzeti",
    "Reuters", "Bloomberg", "TASS", "RİA Novosti", "Anadolu", "Anadolu Agentliyi", "BBC", "CNN", "WAM",
    "İTV", "AzTV", "İctimai Televiziya", "Interfax", "The New York Times", "Financial Times",
]

# News agencies and outlets: named as sources (``APA xəbər verir``), never as parties to an event.
MEDIA = {"APA", "Report", "Trend", "AZƏRTAC", "AzərTAc", "Oxu.az", "Modern.az", "Banker.az", "Qafqazinfo",
         "Reuters", "Bloomberg", "TASS", "RİA Novosti", "Anadolu", "Anadolu Agentliyi", "BBC", "CNN", "WAM",
         "Interfax", "Valyuta.az", "Sputnik", "Axios", "Politico", "The New York Times", "Financial Times"}

# Head nouns that end an organisation's name, in the nominative with the 3rd-person possessive they
# carry in a name (``Xarici İşlər Nazirliyi``); matched on the lower-cased nominative of the last word.
ORG_HEADS = {
    "nazirliyi", "bankı", "komitəsi", "agentliyi", "şirkəti", "universiteti", "məclisi", "təşkilatı",
    "xidməti", "fondu", "assosiasiyası", "palatası", "idarəsi", "mərkəzi", "şurası", "komissiyası",
    "parlamenti", "kabineti", "departamenti", "akademiyası", "institutu", "partiyası", "birliyi",
    "ittifaqı", "holdinqi", "qrupu", "korporasiyası", "cəmiyyəti", "inspeksiyası", "aparatı",
    "administrasiyası", "hakimiyyəti", "məhkəməsi", "prokurorluğu", "prokurorluq", "teatrı", "muzeyi",
    "kollec", "kolleci", "məktəbi", "litseyi", "xəstəxanası", "klinikası", "qəzeti", "jurnalı", "televiziyası",
    "radiosu", "portalı", "forumu", "konfransı", "sammiti", "festivalı", "federasiyası", "klubu", "ofisi",
    "nümayəndəliyi", "səfirliyi", "konsulluğu", "məsləhəti", "bələdiyyəsi", "dəhlizi",
    "liseyi", "gimnaziyası", "konservatoriyası", "rəsədxanası", "zirvəsi", "alyansı", "kollegiyası", "assambleyası",
    "şöbəsi", "filialı", "fabriki", "zavodu", "limanı", "platforması", "qərargahı", "qüvvələri", "ordusu",
    "polisi", "konqresi", "senatı", "hökuməti", "bürosu", "kompaniyası", "operatoru", "kooperativi",
    "bank",  # ``Aqro Kredit Bank``, ``Ziraat Bank``: bank names keep the nominative
    # named events and competitions are organisations too (corpus guide 5): ``Dünya Kuboku``, ``Moda Həftəsi``
    "çempionatı", "kuboku", "liqası", "olimpiadası", "oyunları", "sərgisi", "yarmarkası", "həftəsi",
    "arxivi", "kanalı", "konsorsiumu",
}
# Heads that also modify the next word of a name (``Mərkəzi Bankı``: central), so they do not close one.
HEADS_ALSO_MODIFIERS = {"mərkəzi", "bank", "kollec", "prokurorluq"}
# Heads of units that are often named by common words alone (``Apellyasiya Komissiyası``, ``Çağrı Mərkəzi``,
# ``Direktorlar Şurası``): no organisation unless a word of the name marks a state, a nation or a proper name.
UNIT_HEADS = {"mərkəzi", "komissiyası", "şurası", "komitəsi", "fondu", "şöbəsi", "departamenti", "bölməsi"}
STATE_MARKS = {"dövlət", "milli", "ali", "respublika", "mərkəzi", "beynəlxalq", "xalq", "konstitusiya", "nazirlər",
               "baş", "dövlətlərarası", "hökumətlərarası", "birgə", "regional", "avropa", "tarif"}
# Adjectives that open a body's name: the head after them alone takes no possessive (``Ali Məclis``,
# ``Mərkəzi Bank``, ``Baş Assambleya``), unlike a head after a noun (``Dövlət Departamenti``).
# Action nouns that govern a dative inside a body's name (``Bazarına Nəzarət``, ``Gənclərə Dəstək``).
DATIVE_GOVERNING_NOUNS = {"nəzarət", "dəstək", "xidmət", "yardım", "kömək"}
# The possessed passive verbal noun of a name's genitive phrase (``Texnologiyanın Qiymətləndirilməsi``).
VERBAL_NOUN_POSSESSED = ("lması", "lməsi", "nması", "nməsi")
NAME_ADJECTIVES = {"ali", "milli", "mərkəzi", "baş", "ümumi", "beynəlxalq", "böyük", "federal"}
# Heads of a body's own unit, written straight after the body's name (``Ali Məclisi Aparatı``): one name.
SUB_UNIT_HEADS = {"aparatı", "katibliyi", "ofisi", "filialı", "nümayəndəliyi", "şöbəsi", "klinikası", "bürosu",
                  "qərargahı", "xəstəxanası", "idarəsi", "departamenti"}
# Words of a state's name in the genitive that start a place, not a name's part (``Respublikasının``).
STATE_WORDS = {"respublika", "krallıq", "federasiya", "dövlət", "ölkə", "şəhər", "rayon"}
# Nouns after a quoted name that make it an organisation or named project (``“Yaşıl Dəhliz” layihəsi``);
# without quotes a ``… Proqramı`` is usually a document, not a name.
QUOTED_ORG_NOUNS = ORG_HEADS | {"layihəsi", "proqramı", "şirkəti", "brendi", "platforması"}
# Short legal forms written after a company name (``Azərsu ASC``).
LEGAL_FORMS = {"ASC", "QSC", "MMC", "ASK", "LLC", "Ltd", "Inc", "AG", "GmbH", "PLC", "SA", "JSC",
               "Qapalı Səhmdar Cəmiyyəti", "Açıq Səhmdar Cəmiyyəti", "Məhdud Məsuliyyətli Cəmiyyət",
               "Səhmdar Cəmiyyəti"}
# Heads that name a place, not an organisation, when they end a name (``Füzuli Beynəlxalq Hava Limanı``).
PLACE_HEADS = {"limanı", "hava limanı", "küçəsi", "prospekti", "meydanı", "parkı", "rayonu", "şəhəri",
               "kəndi", "qəsəbəsi", "bölgəsi", "vilayəti", "əyaləti", "dəhlizi", "boru kəməri", "buxtası",
               "yarımadası", "regionu"}
# Lower-case words that may stand inside a name (``Opera və Balet Teatrı``, ``Qara Qarayev adına``).
NAME_JOINERS = {"və", "üzrə", "adına", "üçün", "of", "and", "the", "de", "bin", "əl", "al", "ibn"}
# Common nouns after a place name that keep the name alone as LOC (``Ağdam rayonunun`` → ``Ağdam``).
PLACE_CLASSIFIERS = {"rayonu", "şəhəri", "kəndi", "qəsəbəsi", "bölgəsi", "vilayəti", "əyaləti", "regionu",
                     "rayon", "şəhər", "kənd", "qəsəbə", "ərazisi", "paytaxtı",
                     # natural features: the name alone is the place (``Sevan gölü`` → ``Sevan``; corpus guide 29)
                     "gölü", "çayı", "dənizi", "dağı", "adası", "körfəzi", "göl", "çay"}

# Compass adjectives that open the name of a region or a state (``Qərbi Virciniya``, ``Cənubi Koreya``).
COMPASS_ADJECTIVES = {"Şimali", "Cənubi", "Qərbi", "Şərqi", "Mərkəzi", "Şimal-Qərbi", "Cənub-Şərqi"}

# The word for a language after a place's name (``Azərbaycan dili``, ``rus dillərində``): the language, no place.
LANGUAGE_NOUNS = {"dil", "dili", "dilləri", "dilli"}

# Titles and roles that stand before a person's name (lower case, nominative, any possessive removed).
TITLES = {
    "prezident", "prezidenti", "vitse-prezident", "vitse-prezidenti", "nazir", "naziri", "baş nazir",
    "nazirinin", "səfir", "səfiri", "sədr", "sədri", "sədrin", "müavin", "müavini", "deputat", "deputatı",
    "rəhbər", "rəhbəri", "direktor", "direktoru", "spiker", "spikeri", "nümayəndə", "nümayəndəsi",
    "sözçü", "sözçüsü", "katib", "katibi", "başçı", "başçısı", "kral", "kralı", "şah", "əmir", "əmiri",
    "vəliəhd", "vəliəhdi", "şahzadə", "şahzadəsi", "general", "generalı", "general-leytenant",
    "general-mayor", "polkovnik", "komandan", "komandanı", "komandiri", "prokuror", "prokuroru", "hakim",
    "hakimi", "müşavir", "müşaviri", "köməkçi", "köməkçisi", "xanım", "cənab", "mərhum", "akademik",
    "professor", "dosent", "jurnalist", "müğənni", "bəstəkar", "yazıçı", "şair", "sahibkar", "rəssam",
    "idmançı", "futbolçu", "məşqçi", "məşqçisi", "icraçı", "kansler", "kansleri", "patriarx", "papa",
    "baş katib", "ombudsman", "müdir", "müdiri", "sədrinin", "üzvü", "həmsədri", "koordinatoru",
    "eksperti", "ekspert", "analitik", "politoloq", "iqtisadçı", "həkim", "mütəxəssis", "rektor", "rektoru",
    "atası", "oğlu", "həyat yoldaşı", "şeyx", "şeyxi", "sultan", "sultanı", "lider", "lideri", "öndər",
    "aktyor", "aktrisa", "dirijor", "pianoçu", "tələbə",
    # roles of officials, founders, scholars, the press, politics and sport that stand before a name
    "məsləhətçi", "məsləhətçisi", "rəis", "rəisi", "təmsilçi", "təmsilçisi", "təsisçi", "təsisçisi", "qurucu",
    "qurucusu", "mütəxəssisi", "dekan", "dekanı", "namizədi", "senator", "senatoru", "qubernator",
    "qubernatoru", "konqresmen", "siyasətçi", "publisist", "araşdırmaçı", "araşdırmaçısı", "tədqiqatçı",
    "tədqiqatçısı", "əməkdaşı", "müxbir", "müxbiri", "aparıcı", "aparıcısı", "kapitan", "kapitanı", "vəkil",
    "vəkili", "hüquqşünas", "müttəhim", "ulduzu", "əfsanəsi", "məzunu", "şairi", "reper",
}

# Lower-case nouns that a capitalised epithet stands before (``Ümummilli lider``, ``Ulu öndər``).
EPITHET_HEADS = {"lider", "lideri", "liderimiz", "öndər", "öndərimiz", "öndərin", "liderin"}

# Surname endings (in the nominative): a capitalised word ending so is very likely a family name.
SURNAME_ENDINGS = ("ov", "ova", "yev", "yeva", "ev", "eva", "zadə", "bəyli", "yeviç", "oviç", "enko",
                   "yan", "uk", "ski", "skiy", "ska", "skaya", "in", "ina", "oğlu", "qızı", "dze", "şvili")
# Surname endings in their women's form (``Məhərrəmova``): after ``oğlu`` a name so ending is the man's name with
# a dative ``-a`` (``İdris Mustafa oğlu Məhərrəmova`` = to Məhərrəmov).
WOMEN_SURNAME_ENDINGS = ("ova", "yeva", "eva", "ina", "ska", "skaya")
# A bare ``-a`` after a consonant ends foreign names as written in Azerbaijani (``Kosta``, ``Metsola``) more
# often than it is a dative: read as a suffix only when the stem is a known name. Not ``-ə`` (foreign names are
# spelt with ``-a``: ``Polterə`` is a dative), and not ``-ı``/``-i`` (``Orbanı``, ``Putini``: accusatives),
# except after the endings that names have with their own ``-i`` (``Tanevski``, ``Araqçı``).
BARE_VOWEL_SUFFIXES = ("a",)
OWN_FINAL_I_ENDINGS = ("ski", "çi", "çı")
# Case endings of any harmony: a foreign name takes its suffix by its sound (``Ceymsın``, ``Flakein``), so a
# person's last word may lose one of these where the article writes the bare name too.
LOOSE_CASE_ENDINGS = ("ın", "in", "un", "ün", "nın", "nin", "nun", "nün", "a", "ə", "ya", "yə", "na", "nə",
                      "ı", "i", "u", "ü", "nı", "ni", "nu", "nü", "da", "də", "dan", "dən", "la", "lə", "yla", "ylə")
# A foreign name that ends in a rounded vowel or in the nisba ``-ani`` takes the genitive with a buffer ``n``
# (``Faldonun``, ``Netanyahunun``, ``Rəhmaninin``): after such a stem ``-nun``/``-nin`` is the suffix, not
# ``-un``/``-in`` after a stem in ``-n``; except the English ``-son``/``-ton`` (``Consonun``, ``Hemiltonun``).
BUFFERED_GENITIVE_STEM_ENDINGS = ("o", "u", "ö", "ü", "ani")
OWN_FINAL_N_ENDINGS = ("son", "ton")
# Letters a translator writes either way in one foreign name (``Nazarbayev`` beside ``Nazarbəyev``): within one
# article a person's name word spelt with one or the other is the same word.
SPELLING_VARIANT_LETTERS = {"ə": "a", "ı": "i", "ö": "o", "ü": "u"}
# A genitive is read on a person's name only where a possessed noun follows within a few words (``Baydenin
# əvvəlki administrasiyasının``); else ``Zeldin`` may be the name itself. Possessed nouns end in the 3rd-person
# possessive, alone or before a case (``sözlərinə``, ``rəhbərliyi``, ``səfəri``); not the adjective ``-lı``, the
# relative ``-kı`` or the past tense ``-dı``, which end alike.
POSSESSED_ENDING = r"(?:(?:s|[^aıoueəiöü])[ıiuü]|[ıiuü]n(?:ın|in|un|ün|a|ə|ı|i|u|ü|da|də|dan|dən))$"
NOT_POSSESSED_ENDING = r"(?:l[ıiuü]|k[ıiuü]|d[ıiuü])$"
GENITIVE_WINDOW = 4
# The copula written on a name (``Qurbanovdur``): cut only where what remains is a known name's shape.
COPULA_FORMS = ("dır", "dir", "dur", "dür")
# Endings too common on ordinary words to be evidence alone (``in``): need a given name before them.
WEAK_SURNAME_ENDINGS = ("in", "ina", "yan", "uk", "ski", "ska")
# Patronymic words between given name and surname (``Cəlil Abbas oğlu Rüstəmov``).
PATRONYMICS = {"oğlu", "qızı"}
# Russian patronymics as Azerbaijani official lists write them (``Bayramova Liya Vladimirovna``): endings.
SLAVIC_PATRONYMIC_ENDINGS = ("ovna", "yevna", "evna", "oviç", "yeviç", "eviç", "ovich", "evich", "ıç")
# Lower-case words that may stand inside a person's name (``Məhəmməd bin Salman``, ``Əl Nəhyan``).
PERSON_JOINERS = PATRONYMICS | {"bin", "əl", "al", "ibn", "fon", "von", "van", "der", "de", "da", "dos", "di", "du",
                                 "del"}

# Given names often seen in the news that the package's list lacks (foreign leaders and officials).
GIVEN_NAMES = [
    "Donald", "Vladimir", "Volodimir", "Rəcəb", "Nikol", "Emmanuel", "Olaf", "Joe", "Co", "Kamala", "Marko",
    "Recep", "Nursultan", "Kasım-Jomart", "Qasım-Jomart", "Şavkat", "Serdar", "Qurbanqulu", "Emoməli",
    "Sadır", "Aleksandr", "Sergey", "Dmitri", "Dmitriy", "Mixail", "Yuri", "Nikolay", "Andrey", "İqor",
    "Məhəmməd", "Mahmud", "Benyamin", "Antonio", "Ursula", "Şarl", "Kaja", "Mark", "Con",
    "Ceyms", "Maykl", "Mayk", "Ceyson", "Stiv", "Pol", "Piter", "Devid", "Ricard", "Tomas", "Yaşar",
    "Hakan", "Mövlud", "Cevdet", "Ani", "Ararat", "Xəlil", "Beybit", "Samat",
    "Serik", "Nurlan", "Ermek", "Alim", "Feruz", "Saltanat", "Ziyəddin", "Elnur",
]

# Abbreviations of common nouns, degrees, certificates and formats, written in capitals but naming no one
# (``ƏDV`` value added tax, ``ÜDM`` GDP, ``KOB`` small business, ``QHT`` NGO as a kind): not entities.
COMMON_ACRONYMS = {
    "ƏDV", "ÜDM", "ÜMM", "KOB", "KOS", "QHT", "VÖEN", "FİN", "KİV", "İKT", "İT", "AI", "SİM", "PİN",
    "PDF", "SMS", "USB", "GPS", "QR", "URL", "CEO", "CFO", "COO", "VIP", "TOP", "MBA", "CFA", "ACCA", "PhD",
    "IPO", "ETF", "ATM", "POS", "SES", "İES", "DES", "KES", "GES", "SCADA", "LED", "LNG", "LPG", "CO2",
    "SWIFT", "IBAN", "ESG", "KPI", "HR", "PR", "IT", "OK", "TV",
    # kinds of body and exams named by their abbreviation (non-bank credit organisation, teachers' hiring exam)
    "BOKT", "MİQ",
    # currency codes (currencies are not entities)
    "AZN", "USD", "EUR", "RUB", "TRY", "GBP", "CNY", "JPY", "CHF", "KZT", "GEL", "UAH",
}
# Heads of company names written in the Latin alphabet of their owners (``Blue Harbor Group``).
LATIN_ORG_HEADS = {
    "Group", "Bank", "Capital", "Partners", "Holding", "Holdings", "Markets", "Alliance", "International",
    "Corporation", "Corp", "Company", "Technologies", "Systems", "Solutions", "Energy", "Airlines", "Airways",
    "Motors", "Media", "Times", "News", "Post", "Journal", "Fund", "Foundation", "Institute", "University",
    "Agency", "Council", "Association", "Trust", "Securities", "Investments", "Insurance", "Telecom",
    "Logistics", "Consulting", "Ventures", "Industries", "Services", "Pharma", "Finance", "Exchange",
    "Forum", "Summit", "Week", "Festival", "Club", "Studio", "Labs", "Academy", "School", "College",
}
# Words that join a route's end points to its noun: ``Qazax–Tovuz yolu`` is one named place.
ROUTE_NOUNS = {"yolu", "yol", "magistralı", "kəməri", "dəhlizi", "xətti", "marşrutu", "marşrut", "avtomobil", "dəmir",
               "yolları"}

# Function words of the languages whose names the news copies in Latin letters (``The Economist``, ``Der Spiegel``,
# ``Bank of Baku``): a capitalised one opens or joins the name of a title or a body, never a person's given name.
FOREIGN_FUNCTION_WORDS = {"the", "of", "and", "for", "in", "on", "at", "by", "to", "a", "an", "with", "de", "la",
                          "le", "les", "du", "des", "der", "die", "das", "und", "el", "los", "las", "del", "il"}

# Acronyms that name places (all others written in capitals are taken as organisations).
PLACE_ACRONYMS = {"ABŞ", "BƏƏ", "AR", "RF", "KXDR", "ÇXR", "DQ", "NMR", "BTC", "BTQ", "BTƏ", "TANAP", "TAP"}
# Capitalised words that begin sentences or headings but are never part of a name.
NOT_NAMES = {
    "Bu", "O", "Həmin", "Dünən", "Qeyd", "Məlumat", "Xəbər", "Həmçinin", "Eyni", "Bildirilib", "Görüşdə",
    "Sonra", "Daha", "Hörmətli", "Əziz", "Sənəd", "Hazırda", "Ümumiyyətlə", "Beləliklə", "Bundan",
    "Onun", "Onlar", "Bununla", "Lakin", "Amma", "Ancaq", "Çünki", "Əgər", "Artıq", "Hər", "Bütün",
}
# Words that begin an organisation's name but never a person's (``Dövlət İmtahan Mərkəzi``).
NOT_PERSON_NAMES = {"Dövlət", "Milli", "Mərkəzi", "Ali", "Baş", "Böyük", "Yeni", "Respublika", "Bank",
                    "Nazirlik", "Hökumət", "Azərbaycanlı", "Dövlətimizin", "Prezident", "Nazir", "Səfir", "Sədr",
                    "Ulu", "Öndər", "Öndərimiz", "Lider", "Liderimiz", "Ümummilli", "Şəhid", "Qazi"}
# People often named by surname alone in the news (full name, as the news spells it).
PEOPLE = [
    "Vladimir Putin", "Donald Tramp", "Rəcəb Tayyib Ərdoğan", "Volodimir Zelenski", "Nikol Paşinyan",
    "Emmanuel Makron", "Olaf Şolts", "Si Cinpin", "Co Bayden", "Benyamin Netanyahu", "Sergey Lavrov",
    "Hakan Fidan", "Marko Rubio", "Stiv Uitkoff", "Ceyhun Bayramov", "Əli Əsədov", "Mehriban Əliyeva",
    "Heydər Əliyev", "İlham Əliyev", "Kasım-Jomart Tokayev", "Şavkat Mirziyoyev", "Serdar Berdiməhəmmədov",
    "Aleksandr Lukaşenko", "İrakli Kobaxidze", "Məsud Pezeşkian", "Antonio Quterreş", "Ursula fon der Lyayen",
]
# Roman numerals are written in capitals but are not acronyms.
ROMAN_NUMERALS = {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIX", "XX", "XXI", "XV", "XVI"}
# Lower-case heads that stay inside a place's name (``Akademik Həsən Əliyev küçəsi``, ``Bakı buxtası``).
PLACE_NAME_HEADS = {"küçəsi", "prospekti", "meydanı", "buxtası", "parkı", "limanı", "dəhlizi",
                    "yarımadası", "bulvarı", "şossesi"}
