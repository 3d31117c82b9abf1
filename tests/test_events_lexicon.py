"""The trigger vocabulary by construction: each kind of event in the tenses, voices, persons and light-verb
phrases Azerbaijani news writes it in (``-dı`` beside ``-ıb``, the perfect ``-mışdır``, the passive, the plural,
the converbs), so that unseen news is read as well as the articles the triggers were first written from; and
the other senses of the same words, which must stay no event.

Every sentence is written for these tests; expectations follow ``ANNOTATION.md`` and ``corpus/GUIDE.md``.
"""

from __future__ import annotations

import pytest

from pipeline.records import Event


def _types(events: tuple[Event, ...]) -> list[str]:
    return [e.type for e in events]


@pytest.mark.parametrize("text", [
    # the simple past, the perfect and the plural of the verb
    "Nazir Kamran Əliyev və Aydın Qasımov iyulun 8-də Gəncədə görüşdülər.",
    "Nazir Kamran Əliyev iyulun 8-də Aydın Qasımov ilə görüşmüşdür.",
    "Nazir Kamran Əliyev iyulun 8-də Aydın Qasımov ilə görüşərək yeni layihəni müzakirə edib.",
    # two parties come together
    "Kamran Əliyev ilə Aydın Qasımov iyulun 8-də Gəncədə bir araya gəliblər.",
    # a reception in the simple past, in the passive with its host, and a guest at a person's reception
    "Prezident Kamran Əliyev iyulun 8-də səfir Aydın Qasımovu qəbul etdi.",
    "Səfir Aydın Qasımov iyulun 8-də Prezident Kamran Əliyev tərəfindən qəbul olunub.",
    "Səfir Aydın Qasımov iyulun 8-də Prezident Kamran Əliyevin qəbulunda olub.",
    # talks held, had or carried on, in any voice
    "Gürcüstan və Türkiyə nümayəndə heyətləri iyulun 8-də Tbilisidə danışıqlar keçiriblər.",
    "Gürcüstan və Türkiyə arasında iyulun 8-də Tbilisidə danışıqlar aparılmışdır.",
    "Gürcüstan və Türkiyə nümayəndə heyətləri iyulun 8-də Tbilisidə danışıqlara başlayıblar.",
    # discussed between two, in the passive
    "Kamran Əliyev ilə Aydın Qasımov arasında iyulun 8-də nəqliyyat layihələri müzakirə olunub.",
    # held, in the simple past, with the date between
    "Nazirlərin görüşü iyulun 8-də Gəncədə keçirildi.",
    # a gathering inside the sentence, held words later; a round table organised; a forum begun
    "Türk Dövlətləri Təşkilatının zirvə görüşü iyulun 8-də Şuşada keçirilib.",
    "Nazirlik iyulun 8-də Gəncədə dəyirmi masa təşkil edib.",
    "Gəncədə iyulun 8-də Regional İnvestisiya Forumu öz işinə başlayıb.",
    # a march held, as a rally
    "Fermerlər iyulun 8-də paytaxtın mərkəzində yürüş ediblər.",
])
def test_meetings_in_every_form(run, text):
    assert "MEET" in _types(run(text))


@pytest.mark.parametrize("text", [
    "Baş nazir Aydın Qasımov iyulun 8-də Gürcüstana səfərə gəldi.",
    "Baş nazir Aydın Qasımov iyulun 8-də Gürcüstana səfərə yola düşdü.",
    "Baş nazir Aydın Qasımov iyulun 8-də Tbilisiyə səfərə yollanıb.",
    "Baş nazir Aydın Qasımov iyulun 8-dən Tbilisidə rəsmi səfərdədir.",
    "Baş nazir Aydın Qasımov iyulun 8-də Tbilisiyə gəlmişdir.",
    "Baş nazir Aydın Qasımov iyulun 8-də Tbilisidə səfərdə olarkən jurnalistlərlə görüşüb.",
    "Baş nazir Aydın Qasımov iyulun 8-də Gürcüstana səfərini başa vurub.",
])
def test_visits_in_every_form(run, text):
    assert "VISIT" in _types(run(text))


@pytest.mark.parametrize("text", [
    "Prezident Kamran Əliyev iyulun 8-də Aydın Qasımova zəng vurub.",
    "Prezident Kamran Əliyev iyulun 8-də Aydın Qasımov ilə telefonla danışdı.",
    "Prezident Kamran Əliyev iyulun 8-də Aydın Qasımov ilə telefonla söhbət edib.",
    "Prezident Kamran Əliyev iyulun 8-də Aydın Qasımov ilə telefon əlaqəsi saxlayıb.",
    # a meeting held over video is a call, not a meeting
    "Prezident Kamran Əliyev iyulun 8-də Aydın Qasımov ilə videobağlantı vasitəsilə görüşüb.",
    "Prezident Kamran Əliyev iyulun 8-də Aydın Qasımov ilə onlayn görüş keçirib.",
])
def test_calls_in_every_form(run, text):
    assert _types(run(text)) == ["CALL"]


@pytest.mark.parametrize("text", [
    "Gürcüstan və Türkiyə iyulun 8-də nəqliyyat sahəsində saziş imzalamışdır.",
    "Gürcüstan və Türkiyə arasında iyulun 8-də nəqliyyat sahəsində saziş imzalanıbdır.",
    "Gürcüstan və Türkiyə iyulun 8-də nəqliyyat sahəsində saziş imzalayaraq əlaqələri genişləndiriblər.",
    # ``imza at-``: a document named before it
    "Gürcüstan və Türkiyə iyulun 8-də nəqliyyat sahəsində memoranduma imza atıblar.",
    "Gürcüstan və Türkiyə arasında iyulun 8-də nəqliyyat sahəsində sazişə imza atılıb.",
    # a contract concluded, in the simple past and the double passive
    "Gürcüstan və Türkiyə iyulun 8-də nəqliyyat sahəsində müqavilə bağladılar.",
    "Gürcüstan və Türkiyə arasında iyulun 8-də nəqliyyat sahəsində saziş bağlanılıb.",
    "Gürcüstan və Türkiyə arasında iyulun 8-də strateji tərəfdaşlıq sazişi bağlanıb.",
])
def test_signings_in_every_form(run, text):
    assert "SIGN" in _types(run(text))


@pytest.mark.parametrize("text", [
    "Gürcüstan və Türkiyə iyulun 8-də gömrük rüsumlarını azaltmaq barədə razılaşmışlar.",
    "Gürcüstan və Türkiyə iyulun 8-də gömrük rüsumlarını azaltmaq barədə razılığa gəldilər.",
    "Gürcüstan və Türkiyə arasında iyulun 8-də gömrük rüsumları barədə razılıq əldə edildi.",
    "Gürcüstan və Türkiyə arasında iyulun 8-də gömrük rüsumları barədə anlaşma əldə olunub.",
    "Gürcüstan və Türkiyə iyulun 8-də gömrük rüsumları barədə ortaq məxrəcə gəliblər.",
    "Gürcüstan və Türkiyə iyulun 8-də gömrük rüsumları barədə kompromisə gəliblər.",
    # the agreement, then when it was reached
    "Gürcüstan və Türkiyə arasında razılaşma ötən ayın sonunda əldə olunub.",
    "Gürcüstan və Türkiyə arasında saziş iyulun 8-də parlament tərəfindən ratifikasiya edildi.",
    "Gürcüstan və Türkiyə arasında iyulun 8-də gömrük rüsumlarını azaltmaq qərara alınıb.",
])
def test_agreements_in_every_form(run, text):
    assert "AGREE" in _types(run(text))


@pytest.mark.parametrize("text", [
    "Prezident Kamran Əliyev iyulun 8-də Aydın Qasımovu kənd təsərrüfatı naziri təyin etdi.",
    "Aydın Qasımov iyulun 8-də kənd təsərrüfatı naziri vəzifəsinə təyin edilərək işə başlayıb.",
    "Aydın Qasımov iyulun 8-də kənd təsərrüfatı naziri vəzifəsindən azad olundu.",
    "Aydın Qasımov iyulun 8-də tutduğu vəzifədən azad edilib.",
    "Aydın Qasımov iyulun 8-də vəzifəsindən çıxarılıb.",
    "Aydın Qasımov iyulun 8-də istefaya getdi.",
    "Aydın Qasımov iyulun 8-də istefa ərizəsi yazıb.",
    "Aydın Qasımov iyulun 8-də istefasını elan edib.",
    "Aydın Qasımovun istefası iyulun 8-də qəbul edilib.",
    "Aydın Qasımov iyulun 8-də bankın idarə heyətinin sədri vəzifəsinə gətirilib.",
    "Bankın idarə heyətinin sədri vəzifəsinin icrası iyulun 8-də Aydın Qasımova həvalə olunub.",
    "Türkiyənin yeni səfiri Aydın Qasımov iyulun 8-də etimadnaməsinin surətini nazirə təqdim edib.",
    "Aydın Qasımovun deputat mandatı iyulun 8-də ləğv edilib.",
    "Aydın Qasımov iyulun 8-də yeni təyinat alıb.",
    "Aydın Qasımov iyulun 8-də bankın sədri kimi səlahiyyətlərinin icrasına başlayıb.",
])
def test_appointments_and_dismissals_in_every_form(run, text):
    assert "APPOINT" in _types(run(text))


@pytest.mark.parametrize("text", [
    "Gürcüstan və Monteneqro arasında 1995-ci ildə diplomatik münasibətlər qurulub.",
    "Gürcüstan ilə Monteneqro arasında diplomatik əlaqələr 1995-ci ildə qurulmuşdur.",
    "Gürcüstanın Monteneqrodakı səfirliyi iyulun 8-də açıldı.",
    "Gürcüstan iyulun 8-də Monteneqroda səfirlik açıb.",
    "Yeni bank iyulun 8-də Gəncədə filial açacaq.",
    "Bankın Gəncə filialı iyulun 8-də fəaliyyətə başlamışdır.",
    "Nazirlik yanında iyulun 8-də yeni agentlik təsis olundu.",
    "Hökumət iyulun 8-də yeni komitənin yaradılmasını elan edib.",
])
def test_foundings_in_every_form(run, text):
    assert "ESTABLISH" in _types(run(text))


@pytest.mark.parametrize(("text", "event_type"), [
    ("Nazir Aydın Qasımov iyulun 8-də Tbilisi İnvestisiya Forumuna qatıldı.", "PARTICIPATE"),
    ("Nazir Aydın Qasımov iyulun 8-də Tbilisi İnvestisiya Forumunun iştirakçısı olub.", "PARTICIPATE"),
    ("Nazir Aydın Qasımov iyulun 8-də Tbilisi İnvestisiya Forumunda ölkəmizi təmsil edib.", "PARTICIPATE"),
    ("Nazir Aydın Qasımov iyulun 8-də Tbilisiyə səfərə dəvət olundu.", "INVITE"),
    ("Nazir Aydın Qasımov iyulun 8-də Tbilisiyə səfərə dəvət edilmişdir.", "INVITE"),
    ("Nazir Aydın Qasımov iyulun 8-də Kamran Əliyevdən dəvət alıb.", "INVITE"),
    ("Kamran Əliyev iyulun 8-də nazir Aydın Qasımova dəvətnamə göndərib.", "INVITE"),
])
def test_attendance_and_invitations_in_every_form(run, text, event_type):
    assert event_type in _types(run(text))


@pytest.mark.parametrize("text", [
    "Gürcüstan Moldovanın ərazi bütövlüyünü dəstəklədi.",
    "Gürcüstan və Türkiyə Moldovanın ərazi bütövlüyünü dəstəkləyəcəklər.",
    "Gürcüstan Moldovanın haqlı mövqeyinə dəstəyini bir daha ifadə etdi.",
    "Gürcüstan Moldovanın haqlı mövqeyinə dəstəyini nümayiş etdirib.",
    "Gürcüstan Moldovanın haqlı mövqeyinə dəstək verdi.",
    "Gürcüstan Moldovanın haqlı mövqeyini dəstəkləməyə davam edəcək.",
    "Gürcüstan 1992-ci ildə Moldovanın müstəqilliyini tanıdı.",
    "Gürcüstan və Türkiyə Moldovanın ərazi bütövlüyünün tərəfdarı olduqlarını bildiriblər.",
])
def test_support_in_every_form(run, text):
    assert "SUPPORT" in _types(run(text))


@pytest.mark.parametrize("text", [
    # an account or a credit line opened, outlets in the plural, players ``opening up``
    "Bank iyulun 8-də kiçik sahibkarlar üçün kredit xətti açıb.",
    "Sahibkar Aydın Qasımov iyulun 8-də bankda hesab açıb.",
    "Agentlik bu il regionlarda yeni mərkəzlər açıb.",
    "Qonaq komandanın oyunçuları ikinci hissədə hücuma açıldı.",
    # an achievement ``signed``, a coming together of things, a thing that followed
    "Millimiz iyulun 8-də tarixi qələbəyə imza atıb.",
    "Yeni qərar şirkətin Bakıya köçməsinin ardınca gəldi.",
    "Komanda cümə günü Tbilisidə rəqibi ilə üz-üzə gələcək.",
    # one body discussing is no meeting
    "Milli Məclisdə iyulun 8-də yeni vergi layihəsi müzakirə olunub.",
    # what a law provides, terms to be agreed, a post in the abstract
    "Qanuna görə, nazirləri Prezident təyin edəcək.",
    "Tərəflər arasında razılaşdırılacaq şərtlər əsasında komissiya işləyəcək.",
    "Nizamnaməyə görə sədrin vəzifədən azad edilməsi şuranın səlahiyyətidir.",
    # help given to a task, a participle of material support, a converb of support
    "Bankın əməkdaşları parkda ağacların əkilməsinə və suvarılmasına dəstək verdilər.",
    "Onun əsərlərini dəstəkləyərək pul xərcləmək istəmirəm.",
    # a building opened, a sports competition entered (guide 39, 43)
    "Səhiyyə Nazirliyi iyulun 8-də Gəncədə yeni xəstəxana açıb.",
    "İyulun 8-də Sumqayıtda yeni zavod açılıb.",
    "Millimiz iyulun 8-də Avropa çempionatında iştirak edib.",
    "Gənc güləşçilər iyulun 8-də Tbilisidə beynəlxalq turnirdə iştirak ediblər.",
])
def test_other_senses_of_the_same_words_are_no_events(run, text):
    assert not run(text), [(e.type, e.trigger) for e in run(text)]
