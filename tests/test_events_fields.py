"""Every field of an event right: the very same participants, source, target and modality. Constructions
added while working from the train split's field errors.

Every sentence is written for these tests; expectations follow ``ANNOTATION.md`` and ``corpus/GUIDE.md``.
"""

from __future__ import annotations

import pytest

from pipeline.records import Entity, Event
from pipeline.stages.event.event_roles import Clause, roles
from pipeline.text import az_lower


def _one(events: tuple[Event, ...], event_type: str) -> Event:
    found = [e for e in events if e.type == event_type]
    assert len(found) == 1, events
    return found[0]


# --- a visit: the place visited is the target, not a party ---------------------------------------------

def test_the_place_visited_is_the_target_and_no_participant(run):
    visit = _one(run("Gürcüstanın Baş naziri İrakli Kobaxidze avqustun 3-də Türkiyəyə səfər edəcək."), "VISIT")
    assert visit.source == "İrakli Kobaxidze"
    assert visit.target == "Türkiyə"
    assert "Türkiyə" not in visit.participants


def test_places_joined_to_a_dative_are_destinations_and_the_first_is_the_target(run):
    visit = _one(run("Baş nazir İrakli Kobaxidze gələn ay Misir, Qətər və İordaniyaya səfər etməyi planlaşdırır."),
                 "VISIT")
    assert visit.target == "Misir"
    assert not {"Misir", "Qətər", "İordaniya"} & set(visit.participants)


# --- a name in brackets repeats a party or remarks beside the report -----------------------------------

def test_an_acronym_in_brackets_is_no_second_party(run):
    sign = _one(run("Azərbaycan İnvestisiya Şirkəti (AİŞ) ilə Gürcüstan Tərəqqi Bankı arasında iyulun 8-də "
                    "saziş imzalanıb."), "SIGN")
    assert set(sign.participants) == {"Azərbaycan İnvestisiya Şirkəti", "Gürcüstan Tərəqqi Bankı"}


# --- a founding participle describes the name right after it -------------------------------------------

def test_a_founding_participle_describes_the_name_after_it_and_no_other(run):
    established = _one(run("“Karvan Sığorta” ASC-nin törəmə şirkəti, 2018-ci ildə təsis edilmiş “Yaşıl Addım” "
                           "Fondu “Məhsul Qida” ASC-nin səhmlərini alıb."), "ESTABLISH")
    assert established.participants == ("Yaşıl Addım",)
    assert established.target == ""  # the body founded is no target (guide 55)


# --- the attributive locative says where it was --------------------------------------------------------

def test_a_name_in_the_attributive_locative_is_where_the_meeting_was(run):
    meet = _one(run("Prezident İlham Əliyev iyulun 9-da Fransa Prezidenti Emmanuel Makronla ADA Universitetindəki "
                    "görüşündə enerji məsələlərini müzakirə edib."), "MEET")
    assert set(meet.participants) == {"İlham Əliyev", "Emmanuel Makron"}
    assert meet.location == "ADA Universiteti"


# --- a country named as the supporter in the clause after ``ki`` ---------------------------------------

def test_a_country_supporting_in_a_reported_clause_is_the_supporter_not_the_speaker(run):
    support = _one(run("Xarici işlər naziri Ceyhun Bayramov iyulun 9-da Tbilisidə jurnalistlərə müsahibə verib. "
                       "Nazir əlavə edib ki, Azərbaycan Gürcüstanın ərazi bütövlüyünü dəstəkləyir."), "SUPPORT")
    assert (support.source, support.target) == ("Azərbaycan", "Gürcüstan")
    assert "Ceyhun Bayramov" not in support.participants


# --- the parties joined before ``arasında`` ------------------------------------------------------------

def test_the_parties_between_whom_talks_are_held_are_its_only_parties(run):
    events = run("Qazaxıstan Xarici İşlər Nazirliyinin nümayəndələri Ermənistan və Azərbaycan arasında Almatıda "
                 "keçiriləcək danışıqlarda iştirak edəcək.")
    meet = _one(events, "MEET")
    assert set(meet.participants) == {"Ermənistan", "Azərbaycan"}
    assert (meet.source, meet.target) == ("Ermənistan", "Azərbaycan")


def test_a_longer_list_between_whom_a_deal_is_signed_starts_with_its_first_two(run):
    sign = _one(run("Azərbaycan, Gürcüstan və Türkiyə arasında iyulun 8-də nəqliyyat sahəsində saziş imzalanıb."),
                "SIGN")
    assert (sign.source, sign.target) == ("Azərbaycan", "Gürcüstan")
    assert set(sign.participants) == {"Azərbaycan", "Gürcüstan", "Türkiyə"}


# --- a quoted name with its genitive on the noun after it ----------------------------------------------

def test_a_quoted_name_owning_the_gathering_by_the_noun_after_it_is_the_target(run):
    participate = _one(run("Bunu “Bakı Marafonu” ictimai birliyinin sədri Rəşad Əliyev “Bilikli Nəsil” layihəsinin "
                           "tədbirində deyib."), "PARTICIPATE")
    assert (participate.source, participate.target) == ("Rəşad Əliyev", "Bilikli Nəsil")
    assert participate.participants == ("Rəşad Əliyev",)


# --- an embassy opened: the country it is opened in ----------------------------------------------------

def test_an_embassy_opened_in_a_country_has_that_country_as_its_target_not_a_party(run):
    established = _one(run("Gürcüstanın Qazaxıstandakı səfirliyi iyulun 8-də açılıb."), "ESTABLISH")
    assert (established.source, established.target) == ("Gürcüstan", "Qazaxıstan")
    assert established.participants == ("Gürcüstan",)


# --- modality: the past tense of the verb says it was done ---------------------------------------------

@pytest.mark.parametrize(("text", "mood"), [
    ("Azərbaycanın və Gürcüstanın sərhəd komissiyalarının üzvləri arasında iyulun 8-də növbəti görüş "
     "keçirilib.", "asserted"),
    ("Azərbaycanın və Gürcüstanın sərhəd komissiyalarının üzvləri arasında növbəti görüş avqustda "
     "keçiriləcək.", "planned"),
])
def test_the_next_meeting_held_in_the_past_tense_is_asserted(run, text, mood):
    assert _one(run(text), "MEET").modality == mood


# --- countries listed as supporters, in a sentence about what came earlier -----------------------------

def test_listed_countries_support_themselves_and_an_earlier_report_takes_no_later_date(run):
    events = run("Hökumətin açıqlamasına görə, Norveç sentyabr ayında Fələstin dövlətini rəsmən tanıyacaq. "
                 "Qeyd edək ki, bundan əvvəl İspaniya, İrlandiya və Sloveniya Fələstini müstəqil dövlət kimi "
                 "tanıyacaqlarını bəyan etmişdilər.")
    earlier = [e for e in events if e.type == "SUPPORT" and e.trigger == "tanıyacaqlarını"]
    assert len(earlier) == 1
    assert (earlier[0].source, earlier[0].target, earlier[0].date) == ("İspaniya", "Fələstin", "")
    assert "Norveç" not in earlier[0].participants


# --- a phrase of purpose before the verb: what it is about is no party ---------------------------------

@pytest.mark.parametrize(("text", "event_type", "parties"), [
    ("Baş nazir Əli Əsədov Azərbaycan-Qazaxıstan iqtisadi əlaqələrinin genişləndirilməsi məqsədilə iyulun 9-da "
     "Qazaxıstanın Baş naziri Oljas Bektenovla görüşüb.", "MEET", {"Əli Əsədov", "Oljas Bektenov"}),
    ("Nazir Ceyhun Bayramov Avropa İttifaqının forumunda iştirak etmək üçün iyulun 9-da Brüsselə gedib.",
     "VISIT", {"Ceyhun Bayramov"}),
])
def test_names_inside_a_phrase_of_purpose_are_no_parties_of_the_verb(run, text, event_type, parties):
    assert set(_one(run(text), event_type).participants) == parties


# --- a quoted name takes its case from the legal form after it -----------------------------------------

def test_a_quoted_name_before_a_bare_legal_form_is_the_body_founded(run):
    established = _one(run("Xatırladaq ki, “Karvan Sığorta” ASC 2012-ci ildə təsis edilib."), "ESTABLISH")
    assert (established.source, established.target, established.participants) == ("", "", ("Karvan Sığorta",))


# --- the predecessors an appointee replaced ------------------------------------------------------------

def test_the_people_an_appointee_replaced_are_participants_of_the_appointment(run):
    appoint = _one(run("Elnur Qasımov iyulun 8-də bankın İdarə Heyətinin üzvü təyin edilib. Elnur Qasımov bu "
                       "vəzifədə Rəşad Məmmədov və Kamran Əliyevi əvəzləyib."), "APPOINT")
    assert appoint.target == "Elnur Qasımov"
    assert set(appoint.participants) == {"Elnur Qasımov", "Rəşad Məmmədov", "Kamran Əliyev"}


# --- a person's name in the locative is a place the tagger mislabelled ---------------------------------

def _entity(text: str, sentence: str, label: str, canonical: str, case: str) -> Entity:
    start = sentence.index(text)
    return Entity(start, start + len(text), text, label, canonical, case=case)


def test_a_name_labelled_person_in_the_locative_is_where_not_a_party():
    sentence = "Tramp Norveçdə Baş nazir Jonas Store ilə birgə mətbuat konfransında danışıb."
    lower = az_lower(sentence)
    entities = [_entity("Tramp", sentence, "PER", "Donald Tramp", "nom"),
                _entity("Norveçdə", sentence, "PER", "Norveç", "loc"),
                _entity("Jonas Store", sentence, "PER", "Jonas Store", "nom")]
    start = lower.index("konfransında")
    found = roles(entities, "MEET", Clause(lower, 0, start, start + len("konfransında")))
    assert "Norveç" not in found.participants
    assert found.location == "Norveç"


# --- a meeting held at a body, about what someone instructed -------------------------------------------

@pytest.mark.parametrize(("text", "host"), [
    ("Gəncə Şəhər İcra Hakimiyyətində dövlət başçısı İlham Əliyevin tapşırıqlarından irəli gələn məsələlərlə "
     "bağlı iyulun 8-də müşavirə keçirilib.", "Gəncə Şəhər İcra Hakimiyyəti"),
    ("Mərkəzi Bankda Prezident İlham Əliyevin göstərişlərindən irəli gələn vəzifələrlə bağlı iyulun 8-də "
     "müşavirə keçirilib.", "Mərkəzi Bank"),
])
def test_the_body_a_meeting_is_held_at_hosts_it_and_whoever_instructed_is_absent(run, text, host):
    meet = _one(run(text), "MEET")
    assert meet.source == host
    assert meet.participants == (host,)


# --- a participle of the object: its agent stands before it, nothing after it is its party -------------

def test_what_a_body_supports_in_a_participle_takes_no_party_from_the_clause_after(run):
    support = _one(run("HOTREC assosiasiyasının dəstəklədiyi iddiaya Belçika məhkəməsində baxılacaq və prosesi "
                       "“Hotel Claims Alliance” koordinasiya edəcək."), "SUPPORT")
    assert (support.source, support.target, support.participants) == ("HOTREC", "", ("HOTREC",))


# --- names joined to a partner share its role ----------------------------------------------------------

def test_names_joined_before_a_partner_are_partners_and_the_first_is_the_target(run):
    meet = _one(run("Nazir Ceyhun Bayramov Gürcüstan və Türkiyə nazirlərinin iştirakı ilə iyulun 8-də üçtərəfli "
                    "görüş keçirib."), "MEET")
    assert (meet.source, meet.target) == ("Ceyhun Bayramov", "Gürcüstan")
    assert set(meet.participants) == {"Ceyhun Bayramov", "Gürcüstan", "Türkiyə"}


# --- a name whose canonical keeps its last letters is in the nominative --------------------------------

@pytest.mark.parametrize(("text", "source", "target"), [
    # a compound name ends in its possessive (its accusative would add ``-ni``)
    ("Bakı Metropoliteni Fransanın Alstom şirkəti ilə yeni müqavilə imzalayıb.", "Bakı Metropoliteni", "Fransa"),
    # an acronym's case takes a hyphen (``ASBA-ya``): one that ends in ``-a`` stands bare
    ("ASBA Türkiyənin ixracatçılar assosiasiyası ilə memorandum imzalayıb.", "ASBA", "Türkiyə"),
])
def test_a_name_whose_ending_is_its_own_is_the_subject_not_an_object(run, text, source, target):
    sign = _one(run(text), "SIGN")
    assert (sign.source, sign.target) == (source, target)


# --- an active verb of founding: its subject founds ----------------------------------------------------

@pytest.mark.parametrize(("text", "founder", "founded"), [
    ("Kapital Bank yeni törəmə şirkət yaradıb.", "Kapital Bank", ""),
    ("ASBA yeni analitik mərkəz quraraq bazarı izləməyi planlaşdırır.", "ASBA", ""),
    ("Kapital Bank “Yaşıl Körpü” MMC-ni təsis edib.", "Kapital Bank", "Yaşıl Körpü"),
])
def test_the_subject_of_an_active_founding_verb_is_the_founder(run, text, founder, founded):
    established = _one(run(text), "ESTABLISH")
    assert (established.source, established.target) == (founder, "")  # what is founded is no target (guide 55)
    assert established.participants == tuple(name for name in (founder, founded) if name)


@pytest.mark.parametrize("text", [
    "“Yaşıl Körpü” MMC 2015-ci ildə təsis edilib.",
    "“Yaşıl Körpü” MMC iyulun 1-də fəaliyyətə başlayıb.",
])
def test_the_subject_of_a_passive_or_intransitive_founding_is_the_body_founded(run, text):
    established = _one(run(text), "ESTABLISH")
    assert (established.source, established.target, established.participants) == ("", "", ("Yaşıl Körpü",))


# --- whose official a person is: a country before the title, with the embassy's city or ``və`` inside it ---

@pytest.mark.parametrize("text", [
    "Azərbaycanın Tbilisidəki səfiri Rauf Həsənov iyulun 8-də Gürcüstanın iqtisadiyyat naziri Levan Davitaşvili "
    "ilə görüşüb.",
    "Azərbaycanın Tbilisidəki səfiri Rauf Həsənov və Gürcüstanın ali təhsil və elm naziri Levan Davitaşvili "
    "iyulun 8-də elm sahəsində birgə layihələri müzakirə ediblər.",
])
def test_the_countries_whose_officials_meet_are_no_parties_of_the_meeting(run, text):
    meet = _one(run(text), "MEET")
    assert (meet.source, meet.target) == ("Rauf Həsənov", "Levan Davitaşvili")
    assert set(meet.participants) == {"Rauf Həsənov", "Levan Davitaşvili"}


# --- a call: the one called is in the dative -----------------------------------------------------------

def test_the_one_called_in_the_dative_is_the_target_of_the_call(run):
    call = _one(run("Gürcüstanın Baş naziri İrakli Kobaxidze dünən Türkiyənin Prezidenti Rəcəb Tayyib Ərdoğana "
                    "zəng edib."), "CALL")
    assert (call.source, call.target) == ("İrakli Kobaxidze", "Rəcəb Tayyib Ərdoğan")


# --- an appointment announced, then whom it appointed ---------------------------------------------------

@pytest.mark.parametrize(("text", "appointer", "appointee", "parties"), [
    ("Fransa Gürcüstana yeni səfir təyin edib. Bu vəzifəyə Jan Dupon təyin edilib.",
     "Fransa", "Jan Dupon", {"Fransa", "Jan Dupon"}),
    ("“Karvan Bank”ın rəhbərliyində daha bir təyinat olub. Elnur Qasımov bankın İdarə Heyətinə yeni üzv seçilib.",
     "", "Elnur Qasımov", {"Karvan Bank", "Elnur Qasımov"}),
])
def test_an_appointment_announced_and_then_detailed_is_one_with_its_appointee(run, text, appointer, appointee,
                                                                              parties):
    appoint = _one(run(text), "APPOINT")
    assert (appoint.source, appoint.target) == (appointer, appointee)
    assert set(appoint.participants) == parties


def test_two_people_appointed_in_two_sentences_are_two_appointments(run):
    events = run("Anar Quliyev iyulun 8-də nazir müavini təyin edilib. Rəşad Məmmədov isə nazirin birinci müavini "
                 "təyin edilib.")
    assert sorted(e.target for e in events if e.type == "APPOINT") == ["Anar Quliyev", "Rəşad Məmmədov"]


# --- a passive appointment with its subject dropped: the story's person --------------------------------

def test_a_passive_appointment_naming_no_one_appointed_the_person_the_story_is_about(run):
    events = run("Elnur Qasımov 2010-cu ildən Mərkəzi Bankda çalışıb. Maliyyə sektorunda müxtəlif vəzifələr tutub. "
                 "2021-ci ildə isə “Karvan Bank”ın İdarə Heyəti sədrinin müavini təyin edilmişdi.")
    assert _one(events, "APPOINT").target == "Elnur Qasımov"


def test_someone_new_appointed_is_not_the_person_the_story_is_about(run):
    events = run("Elnur Qasımov iyulun 8-də Mərkəzi Bankda çıxış edib. Bankın İdarə Heyətinə yeni üzv seçilib.")
    assert all(e.target != "Elnur Qasımov" for e in events if e.type == "APPOINT")


# --- a case suffix written after a hyphen --------------------------------------------------------------

def test_a_genitive_after_a_hyphen_owns_and_is_not_the_body_founded(run):
    established = _one(run("“Yaşıl Addım” Fondu 2019-cu ildə Kapital Bank-ın gənc işçilərinin təklifi ilə "
                           "yaradılıb."), "ESTABLISH")
    assert (established.source, established.participants) == ("Kapital Bank", ("Kapital Bank", "Yaşıl Addım"))


# --- a noun whose predicate is in the future: planned --------------------------------------------------

@pytest.mark.parametrize(("text", "mood"), [
    ("Prezident İlham Əliyevin Fransaya səfəri iyulun 15-də başlayacaq.", "planned"),
    ("Prezident İlham Əliyevin Fransaya səfəri iyulun 8-də başlayıb.", "asserted"),
])
def test_a_visit_named_by_its_noun_takes_the_mood_of_its_predicate(run, text, mood):
    assert _one(run(text), "VISIT").modality == mood


# --- countries listed before their officials' plural title ---------------------------------------------

def test_countries_listed_before_their_leaders_plural_title_are_no_parties(run):
    meet = _one(run("Azərbaycan və Özbəkistan prezidentləri İlham Əliyev və Şavkat Mirziyoyev iyulun 9-da "
                    "Daşkənddə görüşüb."), "MEET")
    assert set(meet.participants) == {"İlham Əliyev", "Şavkat Mirziyoyev"}


# --- talks held with no owner: the person the sentence is about, whatever the name's last letters ------

def test_a_name_ending_like_a_dative_takes_part_in_the_talks_it_is_the_subject_of(run):
    events = run("Koreyanın ticarət üzrə baş nümayəndəsi Kenji Tanaka cümə günü ABŞ-yə səfər edəcək. Tanaka "
                 "Vaşinqtonda keçiriləcək görüşlərdə rüsumların azaldılmasını tələb etməyi planlaşdırır.")
    meet = _one(events, "MEET")
    assert (meet.participants, meet.source) == (("Kenji Tanaka",), "Kenji Tanaka")


def test_a_name_ending_like_a_dative_is_the_story_subject_a_pronoun_stands_for(run):
    events = run("Kenji Tanaka iyulun 8-də Seulda jurnalistlərə açıqlama verib. O, həmçinin iyulun 9-da Koreya "
                 "Ticarət Palatası ilə memorandum imzalayıb.")
    sign = _one(events, "SIGN")
    assert (sign.source, sign.target) == ("Kenji Tanaka", "Koreya Ticarət Palatası")


# --- an opening attended: the one attending is not its founder -----------------------------------------

def test_whoever_attends_an_opening_is_no_founder_and_no_party_of_it(run):
    events = run("Bakıda nazir Samir Şərifovun iştirakı ilə “Gənc Sahibkarlar Mərkəzi”nin açılışı baş tutub.")
    established = _one(events, "ESTABLISH")
    assert (established.source, established.target) == ("", "")
    assert established.participants == ("Gənc Sahibkarlar Mərkəzi",)


# --- two clauses set against each other by ``isə``: each has its own partner --------------------------

def test_a_clause_set_against_the_one_before_by_ise_keeps_only_its_own_partner(run):
    events = run("Nazir Ceyhun Bayramov iyulun 8-də Misirin xarici işlər naziri ilə görüşüb, iyulun 9-da isə "
                 "Qətərin Baş naziri ilə telefon danışığı aparıb.")
    call = _one(events, "CALL")
    assert (call.source, call.target, call.participants) == ("Ceyhun Bayramov", "Qətər", ("Ceyhun Bayramov", "Qətər"))


# --- the agent of a passive named with ``tərəfindən`` acts -------------------------------------------

@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    ("“Yaşıl Addım” Fondu 2019-cu ildə Kapital Bank tərəfindən yaradılıb.", "ESTABLISH", "Kapital Bank", ""),
    ("Anar Quliyev iyulun 8-də Prezident İlham Əliyev tərəfindən iqtisadiyyat naziri təyin edilib.", "APPOINT",
     "İlham Əliyev", "Anar Quliyev"),
    # between parties the order of the text stands
    ("Memorandum iyulun 8-də Azərbaycan Mərkəzi Bankı və Türkiyə Mərkəzi Bankı tərəfindən imzalanıb.", "SIGN",
     "Azərbaycan Mərkəzi Bankı", "Türkiyə Mərkəzi Bankı"),
])
def test_the_agent_of_a_passive_named_with_terefinden_is_the_source(run, text, event_type, source, target):
    event = _one(run(text), event_type)
    assert (event.source, event.target) == (source, target)


# --- the country a signing body belongs to signs nothing itself -----------------------------------------

def test_the_countries_owning_the_signing_ministries_are_no_parties(run):
    sign = _one(run("Görüş zamanı Gürcüstan Respublikasının Səhiyyə Nazirliyi ilə Qazaxıstan Respublikasının Əmək "
                    "Nazirliyi arasında memorandum imzalanıb."), "SIGN")
    assert set(sign.participants) == {"Səhiyyə Nazirliyi", "Əmək Nazirliyi"}


# --- a visit confirmed is still to come; a weekday of a plan is the coming one ----------------------------

@pytest.mark.parametrize(("text", "day", "mood"), [
    ("Prezident Emmanuel Makronun bazar ertəsi Bakıya səfəri təsdiqlənib.", "2025-07-14", "planned"),
    ("Nazir Ceyhun Bayramov bazar ertəsi Romaya səfər edəcək.", "2025-07-14", "planned"),
    ("Nazir Ceyhun Bayramov bazar ertəsi Romaya səfər edib.", "2025-07-07", "asserted"),
])
def test_a_weekday_dates_a_planned_visit_after_publication_and_a_done_one_before(run, text, day, mood):
    visit = _one(run(text), "VISIT")
    assert (visit.date, visit.modality) == (day, mood)


# --- the definite past tells a story: no publication date ----------------------------------------------

@pytest.mark.parametrize(("text", "day"), [
    ("Nazir Ceyhun Bayramov Misirli həmkarı Bədr Əbdəlatti ilə görüşdü.", ""),
    ("Nazir Ceyhun Bayramov Misirli həmkarı Bədr Əbdəlatti ilə görüşüb.", "2025-07-10"),
])
def test_only_the_perfect_of_news_takes_the_publication_day(run, text, day):
    assert _one(run(text), "MEET").date == day


# --- a founding decided at a gathering just reported ---------------------------------------------------

def test_a_founding_decided_at_a_meeting_is_planned_by_its_host_on_its_day(run):
    events = run("Gəncə Şəhər İcra Hakimiyyətində yol təhlükəsizliyi ilə bağlı müşavirə keçirilib. Müşavirə "
                 "zamanı məktəblilər üçün xüsusi Şura yaradılması qərara alınıb.")
    established = _one(events, "ESTABLISH")
    assert (established.source, established.modality) == ("Gəncə Şəhər İcra Hakimiyyəti", "planned")
    assert (established.date, established.date_source) == ("2025-07-10", "context")


# --- what a happening was within (``çərçivəsində``) is no party of it ----------------------------------

@pytest.mark.parametrize(("text", "event_type", "parties"), [
    ("Nazir Pərviz Şahbazovun Bakı Enerji Forumu çərçivəsində Türkiyənin enerji naziri Alparslan Bayraktar ilə "
     "görüşü baş tutub.", "MEET", ("Pərviz Şahbazov", "Alparslan Bayraktar")),
    ("Nazir Pərviz Şahbazov Bakı Enerji Həftəsi çərçivəsində Macarıstanın xarici işlər naziri Peter Siyarto ilə "
     "görüşüb.", "MEET", ("Pərviz Şahbazov", "Peter Siyarto")),
    # the parties between whom the framework is are parties
    ("Azərbaycan və Türkiyə arasında əməkdaşlıq çərçivəsində iyulun 8-də saziş imzalanıb.", "SIGN",
     ("Azərbaycan", "Türkiyə")),
])
def test_the_gathering_a_happening_was_within_is_no_party(run, text, event_type, parties):
    event = _one(run(text), event_type)
    assert (event.source, event.target, set(event.participants)) == (*parties, set(parties))


# --- an agent with ``tərəfindən`` before a trigger that is no passive acts in another verb --------------

def test_the_agent_of_a_participle_before_a_gathering_is_no_attendee(run):
    participate = _one(run("Bu barədə Agentliyin sədri Nigar Qasımova dövlət başçısı İlham Əliyev tərəfindən bu "
                           "yaxınlarda imzalanan Qanunla bağlı keçirilən brifinqdə deyib."), "PARTICIPATE")
    assert participate.participants == ("Nigar Qasımova",)


# --- two countries joined by a hyphen before a noun name a topic -----------------------------------------

@pytest.mark.parametrize(("text", "event_type", "parties"), [
    ("Nazir Ceyhun Bayramov iyulun 8-də Misirli həmkarı Bədr Əbdəlatti ilə telefon danışığı aparıb. Tərəflər "
     "Azərbaycan-Ermənistan sülh prosesini müzakirə ediblər.", "CALL", {"Ceyhun Bayramov", "Bədr Əbdəlatti"}),
    # the pair's own talks: the pair takes part
    ("İyulun 8-də Bakıda Azərbaycan-Türkiyə danışıqları keçirilib.", "MEET", {"Azərbaycan", "Türkiyə"}),
])
def test_a_pair_of_countries_modifying_a_topic_takes_no_part(run, text, event_type, parties):
    assert set(_one(run(text), event_type).participants) == parties


# --- a reception: the guest named by whose delegation or official it is --------------------------------

@pytest.mark.parametrize(("text", "guest"), [
    ("Prezident İlham Əliyev iyulun 8-də Türkiyə Böyük Millət Məclisinin sədri Numan Kurtulmuşun rəhbərlik etdiyi "
     "nümayəndə heyətini qəbul edib.", "Numan Kurtulmuş"),
    ("Prezident İlham Əliyev Gürcüstanın Baş nazirini qəbul edib.", "Gürcüstan"),
])
def test_the_guest_of_a_reception_is_whose_delegation_or_official_was_received(run, text, guest):
    meet = _one(run(text), "MEET")
    assert (meet.source, meet.target) == ("İlham Əliyev", guest)


# --- a sentence opening at the gathering just reported takes its date ----------------------------------

def test_who_spoke_at_the_forum_just_reported_did_so_on_its_day(run):
    events = run("İyulun 8-də Bakıda Azərbaycan-Fransa biznes forumu keçirilib. Forumda iqtisadiyyat naziri "
                 "Mikayıl Cabbarov çıxış edib.")
    assert (_one(events, "PARTICIPATE").date, _one(events, "PARTICIPATE").date_source) == ("2025-07-08", "context")


# --- the body whose leaders are met is the partner; a pronoun stands for the story's person ----------------

def test_the_body_whose_leaders_are_met_is_the_partner_of_the_one_a_pronoun_stands_for(run):
    events = run("Dünya Bankının regional direktoru Anna Smit iyulun 8-də Bakıya səfərə gəlib. O, səfər çərçivəsində "
                 "Maliyyə Nazirliyinin rəhbərliyi ilə görüşəcək.")
    meet = _one(events, "MEET")
    assert (meet.source, meet.target, meet.modality) == ("Anna Smit", "Maliyyə Nazirliyi", "planned")


# --- who signed the deal just reported -----------------------------------------------------------------

def test_the_signatory_of_the_deal_just_reported_joins_it(run):
    events = run("Kapital Bank ilə Visa şirkəti arasında strateji tərəfdaşlıq sazişi imzalanıb. Sazişi bankın sədri "
                 "Fərid Hüseynov imzalayıb.")
    sign = _one(events, "SIGN")
    assert (sign.source, sign.target) == ("Kapital Bank", "Visa")
    assert set(sign.participants) == {"Kapital Bank", "Visa", "Fərid Hüseynov"}


# --- a visit to something at a place: the place is the target -------------------------------------------

def test_a_visit_to_what_stands_at_a_place_has_that_place_as_target(run):
    visit = _one(run("Nazir Ceyhun Bayramov iyulun 8-də Gəncədəki yeni zavoda səfər edib."), "VISIT")
    assert (visit.source, visit.target, visit.participants) == ("Ceyhun Bayramov", "Gəncə", ("Ceyhun Bayramov",))


# --- the parties as the subject: a place their clause names is a topic -----------------------------------

def test_what_the_parties_agreed_is_between_the_pair_of_the_meeting_not_a_place_named(run):
    events = run("Nazir Rauf Həsənov iyulun 8-də Gürcüstanın təhsil naziri Levan Davitaşvili ilə görüşüb. "
                 "Tərəflər Gürcüstan universitetlərinin akkreditasiyası sahəsində əməkdaşlığı genişləndirməyi "
                 "razılaşdırıblar.")
    agree = _one(events, "AGREE")
    assert (agree.source, agree.target) == ("Rauf Həsənov", "Levan Davitaşvili")
    assert set(agree.participants) == {"Rauf Həsənov", "Levan Davitaşvili"}


# --- hosting a gathering: the subject hosts, the gathering is no party -----------------------------------

@pytest.mark.parametrize(("text", "host"), [
    ("Azərbaycan ötən il COP29 konfransına ev sahibliyi edib.", "Azərbaycan"),
    ("Bakı iyulun 8-də Qlobal Media Forumuna ev sahibliyi edib.", "Bakı"),
])
def test_the_subject_hosting_a_gathering_is_its_only_party(run, text, host):
    meet = _one(run(text), "MEET")
    assert (meet.source, meet.target, meet.participants) == (host, "", (host,))


# --- a founding: the body founded is a participant, the target only the place or party it is for (guide 55) ----

def test_the_body_founded_is_a_participant_not_the_target(run):
    found = _one(run("“Yaşıl Gələcək” MMC iyulun 8-də Kapital Bank tərəfindən təsis edilib."), "ESTABLISH")
    assert (found.source, found.target) == ("Kapital Bank", "")
    assert "Yaşıl Gələcək" in found.participants


def test_the_place_a_body_is_opened_in_is_the_target(run):
    found = _one(run("Azərbaycanın Keniyadakı səfirliyi iyulun 8-də açılıb."), "ESTABLISH")
    assert (found.source, found.target) == ("Azərbaycan", "Keniya")
