"""A form grid for events: sentences built from slots, each slot with the record it gives.

Slots: the event head (every kind of the event lexicon, as a noun and as the verb that reports
it, and events told without a trigger noun), the voice and tense (active past, passive, planned;
Russian perfective past, future and the impersonal plural; Kyrgyz past and future), the date form,
the place form and the position of the event in the text. The expected record is read off the
slots (kind, start and end, places), never off the output of the code. The grid crosses the slots
in a fixed, balanced order (every head meets every voice, and each date, place and position form
meets many heads), so a rule that holds on the grid holds on the form, not on a sentence.

Every sentence here is INVENTED (events, places, people and figures are made up).
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest

from iomkg import Dateline, DateSpan
from iomkg._reference.gazetteer import gazetteer
from test_event_forms import Record, records


class Head(NamedTuple):
    """One way to tell an event: its kind and its clause in each voice ("" where none)."""

    kind: str
    active: str  # "{date}" / "{place}" slots are filled in
    passive: str = ""
    planned: str = ""


class When(NamedTuple):
    """A date form: the words, the EDTF they give, whether the year is inferred, and the text
    that goes before the event (a year stated earlier) or after it (a year stated later)."""

    words: str
    edtf: str
    inferred: bool
    before: str = ""
    after: str = ""
    dateline: bool = False  # the date is told from the dateline (Osh, 10 June 2025)


class Where(NamedTuple):
    """A place form: the words and the place names they give."""

    words: str
    names: tuple[str, ...]


def _noun(kind: str, np: str, plural: bool = False) -> Head:
    be = "were" if plural else "was"
    cap = np[0].upper() + np[1:]
    return Head(
        kind,
        f"IOM held {np} for local officials{{place}}{{date}}.",
        f"{cap} for local officials {be} held{{place}}{{date}}.",
        f"IOM will hold {np} for local officials{{place}}{{date}}.",
    )


# Every kind, as nouns (the gathering named) ...
EN_HEADS: list[Head] = [
    _noun("workshop", "a workshop"),
    _noun("workshop", "a seminar"),
    _noun("workshop", "a webinar"),
    _noun("workshop", "a hackathon"),
    _noun("training", "a training"),
    _noun("training", "a training course"),
    _noun("training", "a summer school"),
    _noun("training", "a simulation exercise"),
    _noun("training", "a pre-departure orientation"),
    _noun("conference", "a conference"),
    _noun("conference", "a regional forum"),
    _noun("conference", "a summit"),
    _noun("roundtable", "a round table"),
    _noun("roundtable", "a panel discussion"),
    _noun("meeting", "a meeting"),
    _noun("meeting", "a briefing"),
    _noun("meeting", "a policy dialogue"),
    _noun("consultation", "consultations", plural=True),
    _noun("consultation", "a focus group"),
    _noun("consultation", "a public hearing"),
    _noun("ceremony", "a graduation ceremony"),
    _noun("ceremony", "an award ceremony"),
    _noun("campaign", "an information campaign"),
    _noun("campaign", "an awareness-raising event"),
    _noun("other", "a job fair"),
    _noun("other", "an exhibition"),
    _noun("other", "a festival"),
    _noun("other", "a football tournament"),
    _noun("other", "a consular day"),
    Head(
        "study_visit",
        "District officials made a study visit{place}{date}.",
        "A study visit for district officials was organised{place}{date}.",
        "District officials will make a study visit{place}{date}.",
    ),
    Head(
        "visit",
        "The IOM Chief of Mission paid a working visit{place}{date}.",
        "A working visit by the IOM Chief of Mission was made{place}{date}.",
        "The IOM Chief of Mission will pay a working visit{place}{date}.",
    ),
    Head(
        "signing",
        "IOM and the ministry signed a memorandum of understanding{place}{date}.",
        "A memorandum of understanding was signed by IOM and the ministry{place}{date}.",
        "IOM and the ministry will sign a memorandum of understanding{place}{date}.",
    ),
    Head(
        "handover",
        "IOM handed over medical equipment to the district hospital{place}{date}.",
        "Medical equipment was handed over to the district hospital{place}{date}.",
        "IOM will hand over medical equipment to the district hospital{place}{date}.",
    ),
    Head(
        "opening",
        "IOM opened a migrant resource centre{place}{date}.",
        "A migrant resource centre was opened{place}{date}.",
        "IOM will open a migrant resource centre{place}{date}.",
    ),
    Head(
        "launch",
        "IOM launched a mobile application for migrants{place}{date}.",
        "A mobile application for migrants was launched{place}{date}.",
        "IOM will launch a mobile application for migrants{place}{date}.",
    ),
    Head(
        "commemoration",
        "IOM marked International Migrants Day{place}{date}.",
        "International Migrants Day was marked{place}{date}.",
        "IOM will mark International Migrants Day{place}{date}.",
    ),
    # ... the verbs that report them ...
    Head(
        "training",
        "IOM trained 40 border officers{place}{date}.",
        "Forty border officers were trained by IOM{place}{date}.",
        "IOM will train 40 border officers{place}{date}.",
    ),
    Head(
        "meeting",
        "IOM experts met district leaders{place}{date}.",
        "",
        "IOM experts will meet district leaders{place}{date}.",
    ),
    Head(
        "meeting",
        "IOM brought together 40 officials to discuss returns{place}{date}.",
        "",
        "IOM will bring together 40 officials to discuss returns{place}{date}.",
    ),
    Head(
        "visit",
        "A delegation of the ministry visited a border post{place}{date}.",
        "A border post was visited by a delegation of the ministry{place}{date}.",
        "A delegation of the ministry will visit a border post{place}{date}.",
    ),
    Head(
        "consultation",
        "IOM lawyers counselled 200 migrants{place}{date}.",
        "Two hundred migrants were counselled by IOM lawyers{place}{date}.",
        "",
    ),
    # ... and events told without a trigger noun
    Head(
        "launch",
        "IOM presented the findings of a survey on remittances{place}{date}.",
        "The findings of a survey on remittances were presented{place}{date}.",
        "IOM will present the findings of a survey on remittances{place}{date}.",
    ),
    Head(
        "other",
        "IOM doctors screened 300 returning migrants{place}{date}.",
        "Three hundred returning migrants were screened by IOM doctors{place}{date}.",
        "IOM doctors will screen 300 returning migrants{place}{date}.",
    ),
    Head(
        "handover",
        "Twenty young entrepreneurs received grants from IOM{place}{date}.",
        "Grants were awarded to twenty young entrepreneurs{place}{date}.",
        "IOM will award grants to twenty young entrepreneurs{place}{date}.",
    ),
    Head(
        "campaign",
        "Health workers vaccinated 500 children{place}{date}.",
        "",
        "Health workers will vaccinate 500 children{place}{date}.",
    ),
]

EN_WHEN: list[When] = [
    When(" on 5 June 2025", "2025-06-05", False),
    When(" on 3–5 June 2025", "2025-06-03/2025-06-05", False),
    When(" from 3 to 5 June 2025", "2025-06-03/2025-06-05", False),
    When(" from the 3rd to the 5th of June 2025", "2025-06-03/2025-06-05", False),
    When(" on 3 and 4 June 2025", "2025-06-03/2025-06-04", False),
    When(" on 12.06.2025", "2025-06-12", False),
    When(" on June 5, 2025", "2025-06-05", False),
    When(" on 5 June", "2025-06-05", True, after=" It was the third such event in 2025."),
    When(" on 3-4 June", "2025-06-03/2025-06-04", True, before="In 2025, the programme grew. "),
    When(" in June 2025", "2025-06", False),
    When(" in March and April 2025", "2025-03/2025-04", False),
    When(" from March to May 2025", "2025-03/2025-05", False),
    When(" today", "2025-06-10", False, dateline=True),
    When(" yesterday", "2025-06-09", False, dateline=True),
    When(" last week", "2025-06-02/2025-06-08", False, dateline=True),
    When(" last month", "2025-05", False, dateline=True),
    When(" earlier this month", "2025-06", False, dateline=True),
]

EN_WHERE: list[Where] = [
    Where(" in Osh", ("Osh",)),
    Where(" in Kara-Balta", ("Kara-Balta",)),
    Where(" in the village of Tamchy", ("Tamchy",)),
    Where(" in Tamchy village", ("Tamchy",)),
    Where(" in Ak-Talaa District", ("Ak-Talaa District",)),
    Where(" in Naryn Region", ("Naryn Region",)),
    Where(" in Naryn and Talas", ("Naryn", "Talas")),
    Where(" in Kochkor and At-Bashy districts", ("Kochkor District", "At-Bashy District")),
    Where("", ()),
]


def _dateline(text: str = "Osh, 10 June 2025") -> Dateline:
    """Osh, 10 June 2025 (written as ``text``)."""
    osh = gazetteer().lookup("Osh")
    assert osh is not None
    return Dateline(
        text=text,
        date=DateSpan.from_dates(dt.date(2025, 6, 10), text="10 June 2025"),
        places=(osh,),
    )


class Case(NamedTuple):
    language: str
    text: str
    dateline: bool  # the text opens with a dateline of Osh, 10 June 2025
    expected: list[Record]
    dateline_text: str = "Osh, 10 June 2025"

    def __str__(self) -> str:  # the test id
        return f"{self.language}:{self.text[:90]}"


def _fill(clause: str, where: Where, when: When) -> str:
    return clause.replace("{place}", where.words).replace("{date}", when.words)


_PREAMBLE = {
    "en": "Labour migration remains a priority for the government. ",
    "ru": "Трудовая миграция остаётся приоритетом правительства. ",
    "ky": "Эмгек миграциясы өкмөттүн артыкчылыгы бойдон калууда. ",
}
_SECOND = {
    # a second event in the same sentence, a day later, in another town
    "en": (", and a round table took place in Talas on 7 June", "roundtable", ("Talas",)),
    "ru": (", а круглый стол прошёл в Таласе 7 июня", "roundtable", ("Talas",)),
    # (Kyrgyz ends a clause with its verb: the comma after it parts the two)
    "ky": (", 7-июнда Таласта тегерек стол өттү", "roundtable", ("Talas",)),
}


def _case(
    language: str,
    clause: str,
    kind: str,
    where: Where,
    when: When,
    position: str,
) -> Case | None:
    sentence = _fill(clause, where, when)
    places = list(where.names)
    if when.dateline and (not places or when.edtf == "2025-06-10") and "Osh" not in places:
        # the dateline's city is the place of an event told without one, and of one on the
        # dateline's day
        places.append("Osh")
    expected: list[Record] = [(kind, when.edtf, when.inferred, places)]
    if position == "later":
        sentence = _PREAMBLE[language] + sentence
    elif position == "clause" and language == "en":
        first = sentence.split()[0]
        if not first.isupper() and first != "International":  # no acronym nor name
            sentence = sentence[0].lower() + sentence[1:]
        sentence = "The governor said that " + sentence
    elif position == "clause" and language == "ru":
        first = sentence.split()[0]
        if not first.isupper() and first not in ("Международный",) and not first[0].isdigit():
            sentence = sentence[0].lower() + sentence[1:]
        sentence = "Губернатор сообщил, что " + sentence
    elif position == "two" and language in _SECOND:
        if when.dateline or "," in when.words:
            return None  # (a comma of the date would run into the clause's)
        words, second, second_places = _SECOND[language]
        sentence = sentence[:-1] + words + "."
        # the second date writes no year: it takes the text's
        expected.append((second, "2025-06-07", True, list(second_places)))
    text = when.before + sentence + when.after
    return Case(language, text, when.dateline, expected)


def _english() -> list[Case]:
    cases: list[Case] = []
    voices = ("active", "passive", "planned")
    positions = ("lead", "later", "clause", "two")
    for h, head in enumerate(EN_HEADS):
        for v, voice in enumerate(voices):
            clause = getattr(head, voice)
            if not clause:
                continue
            for k in range(4):  # four date/place/position combinations per head and voice
                when = EN_WHEN[(h * 5 + v * 3 + k * 4) % len(EN_WHEN)]
                where = EN_WHERE[(h * 3 + v + k * 3) % len(EN_WHERE)]
                position = positions[(h + v * 2 + k) % len(positions)]
                if voice == "planned" and when.dateline:
                    continue
                case = _case("en", clause, head.kind, where, when, position)
                if case is not None:
                    cases.append(case)
    return cases


CASES: list[Case] = _english()


@pytest.mark.parametrize("case", CASES, ids=str)
def test_grid(case: Case) -> None:
    dateline = _dateline(case.dateline_text) if case.dateline else None
    assert records(case.text, dateline=dateline, language=case.language) == case.expected


def _ru_noun(kind: str, nom: str, acc: str, past: str, future: str) -> Head:
    """A Russian gathering noun: "МОМ провела <acc>", "<nom> прошёл", and planned "<nom>
    пройдёт" (``future``) or "МОМ проведёт <acc>" (the impersonal plural "<acc> провели" is
    the fourth voice, below)."""
    cap = nom[0].upper() + nom[1:]
    return Head(
        kind,
        f"МОМ провела {acc} для местных чиновников{{place}}{{date}}.",
        f"{cap} для местных чиновников {past}{{place}}{{date}}.",
        f"{cap} для местных чиновников {future}{{place}}{{date}}."
        if future
        else f"МОМ проведёт {acc} для местных чиновников{{place}}{{date}}.",
    )


RU_HEADS: list[Head] = [
    _ru_noun("workshop", "семинар", "семинар", "прошёл", "пройдёт"),
    _ru_noun("workshop", "мастер-класс", "мастер-класс", "прошёл", "пройдёт"),
    _ru_noun("training", "тренинг", "тренинг", "прошёл", "пройдёт"),
    _ru_noun("training", "учебный курс", "учебный курс", "прошёл", "пройдёт"),
    _ru_noun("training", "командно-штабные учения", "командно-штабные учения", "прошли", ""),
    _ru_noun("conference", "конференция", "конференцию", "прошла", "пройдёт"),
    _ru_noun("conference", "региональный форум", "региональный форум", "прошёл", ""),
    _ru_noun("roundtable", "круглый стол", "круглый стол", "прошёл", "будет проведён"),
    _ru_noun("meeting", "рабочая встреча", "рабочую встречу", "состоялась", "состоится"),
    _ru_noun("meeting", "совещание", "совещание", "прошло", ""),
    _ru_noun("consultation", "консультации", "консультации", "прошли", ""),
    _ru_noun("ceremony", "торжественная церемония", "торжественную церемонию", "прошла", ""),
    _ru_noun("campaign", "информационная кампания", "информационную кампанию", "прошла", ""),
    _ru_noun("other", "ярмарка вакансий", "ярмарку вакансий", "прошла", ""),
    _ru_noun("other", "выставка", "выставку", "прошла", ""),
    Head(
        "study_visit",
        "Сотрудники района совершили ознакомительный визит{place}{date}.",
        "Ознакомительный визит для сотрудников района организовали{place}{date}.",
        "Сотрудники района совершат ознакомительный визит{place}{date}.",
    ),
    Head(
        "visit",
        "Делегация министерства посетила пограничный пост{place}{date}.",
        "Пограничный пост посетили представители министерства{place}{date}.",
        "Делегация министерства посетит пограничный пост{place}{date}.",
    ),
    Head(
        "signing",
        "МОМ и министерство подписали меморандум о взаимопонимании{place}{date}.",
        "Меморандум о взаимопонимании был подписан{place}{date}.",
        "МОМ и министерство подпишут меморандум о взаимопонимании{place}{date}.",
    ),
    Head(
        "handover",
        "МОМ передала медицинское оборудование районной больнице{place}{date}.",
        "Медицинское оборудование передали районной больнице{place}{date}.",
        "МОМ передаст медицинское оборудование районной больнице{place}{date}.",
    ),
    Head(
        "opening",
        "МОМ открыла ресурсный центр для мигрантов{place}{date}.",
        "Ресурсный центр для мигрантов открыли{place}{date}.",
        "МОМ откроет ресурсный центр для мигрантов{place}{date}.",
    ),
    Head(
        "launch",
        "МОМ запустила мобильное приложение для мигрантов{place}{date}.",
        "Мобильное приложение для мигрантов запустили{place}{date}.",
        "МОМ запустит мобильное приложение для мигрантов{place}{date}.",
    ),
    Head(
        "launch",
        "МОМ представила результаты исследования о денежных переводах{place}{date}.",
        "Результаты исследования о денежных переводах представили{place}{date}.",
        "МОМ представит результаты исследования о денежных переводах{place}{date}.",
    ),
    Head(
        "commemoration",
        "МОМ отметила Международный день мигрантов{place}{date}.",
        "Международный день мигрантов отметили{place}{date}.",
        "МОМ отметит Международный день мигрантов{place}{date}.",
    ),
    Head(
        "training",
        "МОМ обучила 40 пограничников{place}{date}.",
        "Сорок пограничников прошли обучение{place}{date}.",
        "МОМ обучит 40 пограничников{place}{date}.",
    ),
    Head(
        "meeting",
        "Эксперты МОМ встретились с руководством района{place}{date}.",
        "",
        "Эксперты МОМ встретятся с руководством района{place}{date}.",
    ),
    Head(
        "other",
        "Медики МОМ обследовали 300 вернувшихся мигрантов{place}{date}.",
        "",
        "",
    ),
    Head(
        "handover",
        "Двадцать молодых предпринимателей получили гранты{place}{date}.",
        "Гранты вручили двадцати молодым предпринимателям{place}{date}.",
        "",
    ),
]

# the impersonal plural: "<accusative> провели …" (someone held it)
RU_HEADS += [
    Head(kind, f"{acc[0].upper() + acc[1:]} для местных чиновников провели{{place}}{{date}}.")
    for kind, acc in (
        ("workshop", "семинар"),
        ("training", "тренинг"),
        ("conference", "конференцию"),
        ("roundtable", "круглый стол"),
        ("meeting", "рабочую встречу"),
        ("campaign", "информационную кампанию"),
        ("other", "ярмарку вакансий"),
    )
]

RU_WHEN: list[When] = [
    When(" 5 июня 2025 года", "2025-06-05", False),
    When(" 3–5 июня 2025 г.", "2025-06-03/2025-06-05", False),
    When(" с 3 по 5 июня 2025 года", "2025-06-03/2025-06-05", False),
    When(" 20–21 ноября 2025 года", "2025-11-20/2025-11-21", False),
    When(" 3 и 4 июня 2025 года", "2025-06-03/2025-06-04", False),
    When(" 12.06.2025", "2025-06-12", False),
    When(" 5 июня", "2025-06-05", True, after=" Это уже третье такое мероприятие в 2025 году."),
    When(" 3-4 июня", "2025-06-03/2025-06-04", True, before="В 2025 году работа продолжилась. "),
    When(" в июне 2025 года", "2025-06", False),
    When(" с марта по май 2025 года", "2025-03/2025-05", False),
    When(" сегодня", "2025-06-10", False, dateline=True),
    When(" вчера", "2025-06-09", False, dateline=True),
    When(" на прошлой неделе", "2025-06-02/2025-06-08", False, dateline=True),
    When(" в прошлом месяце", "2025-05", False, dateline=True),
]

RU_WHERE: list[Where] = [
    Where(" в Оше", ("Osh",)),
    Where(" в Кара-Балте", ("Kara-Balta",)),
    Where(" в селе Тамчы", ("Tamchy",)),
    Where(" в с. Тамчы", ("Tamchy",)),
    Where(" в городе Кара-Балте", ("Kara-Balta",)),
    Where(" в Ак-Талинском районе", ("Ak-Talaa District",)),
    Where(" в Нарынской области", ("Naryn Region",)),
    Where(" в Нарыне и Таласе", ("Naryn", "Talas")),
    Where(" в Нарынской и Таласской областях", ("Naryn Region", "Talas Region")),
    Where("", ()),
]


# Kyrgyz puts the date and the place before the event: "<date> <place> семинар өттү."
# (The name engine reads Kyrgyz case endings of place names, "облусунда", in a text with a
# letter only Kyrgyz writes, ө, ү or ң, as every Kyrgyz article has: so has every sentence here.)
KY_HEADS: list[Head] = [
    Head(
        "workshop",
        "{date}{place}МОМ семинар өткөрдү.",
        "{date}{place}семинар өткөрүлдү.",
        "{date}{place}МОМ семинар өткөрөт.",
    ),
    Head(
        "training",
        "{date}{place}МОМ тренинг өткөрдү.",
        "{date}{place}тренинг өттү.",
        "{date}{place}тренинг өткөрүлөт.",
    ),
    Head(
        "training",
        "{date}{place}МОМ чек арачыларды окутту.",
        "{date}{place}чек арачылар үчүн окутуу өткөрүлдү.",
        "{date}{place}чек арачылар үчүн окутуу өтөт.",
    ),
    Head(
        "conference",
        "{date}{place}МОМ конференция өткөрдү.",
        "{date}{place}конференция өттү.",
        "{date}{place}конференция өтөт.",
    ),
    Head(
        "roundtable",
        "{date}{place}МОМ тегерек стол өткөрдү.",
        "{date}{place}тегерек стол өттү.",
        "{date}{place}тегерек стол өтөт.",
    ),
    Head(
        "meeting",
        "{date}{place}МОМдун эксперттери жергиликтүү жетекчилер менен жолугушту.",
        "{date}{place}жолугушуу өттү.",
        "{date}{place}МОМдун эксперттери жергиликтүү жетекчилер менен жолугушат.",
    ),
    Head(
        "campaign",
        "{date}{place}МОМ маалыматтык кампания баштады.",
        "{date}{place}маалыматтык кампания өттү.",
        "",
    ),
    Head(
        "other",
        "{date}{place}МОМ жумуш жарманкесин уюштурду.",
        "{date}{place}жумуш жарманкеси өттү.",
        "{date}{place}жумуш жарманкеси өтөт.",
    ),
    Head(
        "signing",
        "{date}{place}МОМ менен министрлик өз ара түшүнүшүү меморандумуна кол коюшту.",
        "",
        "{date}{place}МОМ менен министрлик өз ара түшүнүшүү меморандумуна кол коюшат.",
    ),
    Head(
        "handover",
        "{date}{place}МОМ ооруканага медициналык жабдууларды өткөрүп берди.",
        "{date}{place}ооруканага жаңы медициналык жабдуулар тапшырылды.",
        "{date}{place}ооруканага жаңы медициналык жабдуулар тапшырылат.",
    ),
    Head(
        "opening",
        "{date}{place}МОМ мигранттар үчүн борбор ачты.",
        "{date}{place}мигранттар үчүн борбор ачылды.",
        "{date}{place}мигранттар үчүн борбор ачылат.",
    ),
]

KY_HEADS += [
    Head(
        "commemoration",
        "{date}{place}МОМ Эл аралык мигранттар күнүн белгиледи.",
        "{date}{place}Эл аралык мигранттар күнү белгиленди.",
        "{date}{place}Эл аралык мигранттар күнү белгиленет.",
    ),
    Head(
        "handover",
        "{date}{place}жыйырма жаш ишкер МОМдон грант алышты.",
        "{date}{place}жыйырма жаш ишкерге өнүктүрүү гранттары тапшырылды.",
        "",
    ),
    Head(
        "launch",
        "{date}{place}МОМ изилдөөнүн жыйынтыктарын тааныштырды.",
        "",
        "",
    ),
    Head(
        "visit",
        "{date}{place}министрликтин өкүлдөрү чек ара бекетине барышты.",
        "",
        "{date}{place}министрликтин өкүлдөрү чек ара бекетине барышат.",
    ),
]

KY_WHEN: list[When] = [
    When("2025-жылдын 5-июнунда ", "2025-06-05", False),
    When("2025-жылдын 3–5-июнунда ", "2025-06-03/2025-06-05", False),
    When("2025-жылдын 3–5-июнь күндөрү ", "2025-06-03/2025-06-05", False),
    When("5-июнда ", "2025-06-05", True, before="2025-жылы программа кеңейди. "),
    When(
        "3–5-июнь күндөрү ", "2025-06-03/2025-06-05", True, after=" Бул 2025-жылы үчүнчү иш-чара."
    ),
    When("2025-жылдын 5-июнунан 7-июнуна чейин ", "2025-06-05/2025-06-07", False),
    When("12.06.2025-жылы ", "2025-06-12", False),
]

KY_WHERE: list[Where] = [
    Where("Ош шаарында ", ("Osh",)),
    Where("Кара-Балта шаарында ", ("Kara-Balta",)),
    Where("Тамчы айылында ", ("Tamchy",)),
    Where("Ак-Талаа районунда ", ("Ak-Talaa District",)),
    Where("Нарын облусунда ", ("Naryn Region",)),
    Where("Нарын жана Талас облустарында ", ("Naryn Region", "Talas Region")),
    Where("", ()),
]


def _crossed(
    language: str, heads: list[Head], whens: list[When], wheres: list[Where], per: int
) -> list[Case]:
    """Every head in every voice, each with ``per`` date, place and position forms, crossed
    in a fixed order so each form meets many heads."""
    cases: list[Case] = []
    voices = ("active", "passive", "planned")
    positions = {"ru": ("lead", "later", "two", "clause"), "ky": ("lead", "later", "two")}.get(
        language, ("lead", "later")
    )
    for h, head in enumerate(heads):
        for v, voice in enumerate(voices):
            clause = getattr(head, voice)
            if not clause:
                continue
            for k in range(per):
                when = whens[(h * 5 + v * 3 + k * 4) % len(whens)]
                where = wheres[(h * 3 + v + k * 3) % len(wheres)]
                position = positions[(h + v + k) % len(positions)]
                if voice == "planned" and when.dateline:
                    continue
                case = _case(language, clause, head.kind, where, when, position)
                if case is not None:
                    text = case.text
                    if language == "ky" or text[0].islower():
                        # the sentence opens with its date: a capital where it is a word
                        start = len(when.before) if position == "lead" else 0
                        if position == "later":
                            start = text.index(_PREAMBLE[language]) + len(_PREAMBLE[language])
                        text = text[:start] + text[start].upper() + text[start + 1 :]
                    cases.append(case._replace(text=text))
    return cases


CASES += _crossed("ru", RU_HEADS, RU_WHEN, RU_WHERE, 4)
CASES += _crossed("ky", KY_HEADS, KY_WHEN, KY_WHERE, 4)


# Days told from another event: a first event with its date, then a sentence that tells
# another by its distance from it ("On the same day", "The next day", "Two days later").
RELATIVE: dict[str, tuple[str, tuple[tuple[str, int], ...], list[Head], list[Where]]] = {
    "en": (
        "On 5 June 2025, IOM opened a migrant resource centre in Osh. ",
        (
            ("On the same day, ", 0),
            ("The next day, ", 1),
            ("The following day, ", 1),
            ("Two days later, ", 2),
            ("A week later, ", 7),
            ("The day before, ", -1),
        ),
        EN_HEADS,
        [EN_WHERE[k] for k in (2, 4, 6, 7)],
    ),
    "ru": (
        "5 июня 2025 года МОМ открыла ресурсный центр для мигрантов в Оше. ",
        (
            ("В тот же день ", 0),
            ("На следующий день ", 1),
            ("Через два дня ", 2),
            ("Днём ранее ", -1),
        ),
        RU_HEADS,
        [RU_WHERE[k] for k in (2, 3, 5, 6)],
    ),
    "ky": (
        "2025-жылдын 5-июнунда Ош шаарында мигранттар үчүн борбор ачылды. ",
        (
            ("Ошол эле күнү ", 0),
            ("Эртеси күнү ", 1),
            ("Эки күндөн кийин ", 2),
        ),
        KY_HEADS,
        [KY_WHERE[k] for k in (2, 3, 5)],
    ),
}


def _relative() -> list[Case]:
    cases: list[Case] = []
    for language, (first, phrases, heads, wheres) in RELATIVE.items():
        for h, head in enumerate(heads):
            if head.kind == "opening":
                continue  # another opening that day is told as the same one
            phrase, shift = phrases[h % len(phrases)]
            where = wheres[h % len(wheres)]
            clause = _fill(head.active, where, When("", "", False))
            if language == "en":
                clause = clause if clause.startswith("IOM") else clause[0].lower() + clause[1:]
            elif language == "ru":
                clause = clause if clause.startswith("МОМ") else clause[0].lower() + clause[1:]
            day = dt.date(2025, 6, 5) + dt.timedelta(days=shift)
            cases.append(
                Case(
                    language,
                    first + phrase + clause,
                    False,
                    # (in the order they are told)
                    [
                        ("opening", "2025-06-05", False, ["Osh"]),
                        (head.kind, day.isoformat(), False, list(where.names)),
                    ],
                )
            )
    return cases


CASES += _relative()


# Families of forms told by more than one slot (invented stories, each with its records).
STORIES: list[Case] = [
    # the subject names the event told before: the reference is counted back from it
    Case(
        "en",
        "Osh, 10 June 2025 – Forty employers took part today in a job fair in Osh. The fair came "
        "two days after a round table at which employers discussed fair recruitment.",
        True,
        [("other", "2025-06-10", False, ["Osh"]), ("roundtable", "2025-06-08", False, ["Osh"])],
    ),
    Case(
        "en",
        "On 3 March 2025, IOM opened a shelter in Naryn. The two-day seminar took place a week "
        "after a briefing for the shelter's staff.",
        False,
        [("opening", "2025-03-03", False, ["Naryn"]), ("meeting", "2025-02-24", False, [])],
    ),
    # a subject that names no event: the day is counted from the date before
    Case(
        "en",
        "On 3 March 2025, IOM opened a shelter in Naryn. The minister visited Talas two days "
        "after the opening.",
        False,
        [("opening", "2025-03-03", False, ["Naryn"]), ("visit", "2025-03-05", False, ["Talas"])],
    ),
    # the dateline's sentence writes the days around the dateline's day
    Case(
        "ru",
        "Ош, 10 июня 2025 г. – Сотрудники мэрии 10–11 июня изучают вопросы реинтеграции."
        "\n\nСеминар проходит при поддержке МОМ.",
        True,
        [("workshop", "2025-06-10/2025-06-11", True, ["Osh"])],
        "Ош, 10 июня 2025 г.",
    ),
    # what the people had done before is no event ("who have signed")
    Case(
        "en",
        "On 4.03.2025, 30 drivers who have signed contracts with firms in Poland attended an "
        "orientation in Osh.",
        False,
        [("training", "2025-03-04", False, ["Poland", "Osh"])],
    ),
    Case(
        "en",
        "On 4 March 2025, 25 cooks attended a refresher session in Naryn.",
        False,
        [("training", "2025-03-04", False, ["Naryn"])],
    ),
    # what may be done in a month is no event; what will be done on a day is one
    Case(
        "en",
        "On 4 March 2025, IOM held a meeting in Naryn. The mayor said the plan would be tested "
        "in May.",
        False,
        [("meeting", "2025-03-04", False, ["Naryn"])],
    ),
    Case(
        "en",
        "Forty children spent ten days at a summer camp in Tamchy on 1–10 August 2025.",
        False,
        [("other", "2025-08-01/2025-08-10", False, ["Tamchy"])],
    ),
    Case(
        "ru",
        "Летний лагерь для детей мигрантов прошёл в Тамчы с 1 по 10 августа 2025 года.",
        False,
        [("other", "2025-08-01/2025-08-10", False, ["Tamchy"])],
    ),
    # a numeric date between a verb and its object
    Case(
        "ru",
        "Пять больниц в Нарынской области получили 12.03.2025 оборудование для диагностики.",
        False,
        [("handover", "2025-03-12", False, ["Naryn Region"])],
    ),
    # two clauses, each with its event, date and place; a clause without a place takes none
    # from the other
    Case(
        "ru",
        "МОМ провела семинар в Оше 5 июня 2025 года, а круглый стол прошёл в Таласе 7 июня.",
        False,
        [
            ("workshop", "2025-06-05", False, ["Osh"]),
            ("roundtable", "2025-06-07", True, ["Talas"]),
        ],
    ),
    Case(
        "en",
        "IOM will train 30 nurses on 5 June 2025; a job fair will take place in Talas on 9 June.",
        False,
        [("training", "2025-06-05", False, []), ("other", "2025-06-09", True, ["Talas"])],
    ),
    # a verb of meeting takes the kind of the gathering it was for
    Case(
        "en",
        "Mayors from four countries met in Osh on 3–4 June 2025 for a regional forum on returns.",
        False,
        [("conference", "2025-06-03/2025-06-04", False, ["Osh"])],
    ),
    # a deadline is no event's date
    Case(
        "en",
        "On 4 March 2025, IOM held a round table in Naryn. Participants will draft a plan by "
        "the end of June 2026.",
        False,
        [("roundtable", "2025-03-04", False, ["Naryn"])],
    ),
    Case(
        "ru",
        "4 марта 2025 года в Нарыне прошёл круглый стол. Участники подготовят план до конца "
        "июня 2026 года.",
        False,
        [("roundtable", "2025-03-04", False, ["Naryn"])],
    ),
    # "the day after the conference" counts from the conference, not from the last date
    Case(
        "en",
        "A conference took place in Osh on 2–4 June 2025, two weeks after experts had met in "
        "Naryn on 20 May. On the day after the conference, the delegates will visit a shelter "
        "in Osh.",
        False,
        [
            ("conference", "2025-06-02/2025-06-04", False, ["Osh"]),
            ("meeting", "2025-05-20", True, ["Naryn"]),
            ("visit", "2025-06-05", False, ["Osh"]),
        ],
    ),
    # what is to be done ("to add a course") is no event of the date
    Case(
        "en",
        "IOM and Naryn State University signed a memorandum on 3 March 2025 to add a course on "
        "migration law.",
        False,
        [("signing", "2025-03-03", False, [])],
    ),
    # the day before the opening of an event: the visit is the event of that day
    Case(
        "ru",
        "С 14 по 15 мая 2025 года в Оше прошла конференция. Накануне открытия конференции "
        "делегации посетили центр занятости.",
        False,
        [
            ("conference", "2025-05-14/2025-05-15", False, ["Osh"]),
            ("visit", "2025-05-13", False, []),
        ],
    ),
    # a Kyrgyz genitive names the event another is of ("the results of the campaign")
    Case(
        "ky",
        "2025-жылдын 12-майында Нарында кампаниянын жыйынтыктары боюнча тегерек стол өттү.",
        False,
        [("roundtable", "2025-05-12", False, ["Naryn"])],
    ),
    # "X on one day was followed by Y on another": each takes the date of its side
    Case(
        "en",
        "The last training, in Osh on 12 May 2025, was followed by a round table in Naryn on "
        "14 May.",
        False,
        [
            ("training", "2025-05-12", False, ["Osh"]),
            ("roundtable", "2025-05-14", True, ["Naryn"]),
        ],
    ),
    # an event of several days that began on its date
    Case(
        "en",
        "A five-day training for border guards started in Osh on 3 June 2025.",
        False,
        [("training", "2025-06-03/2025-06-07", False, ["Osh"])],
    ),
    Case(
        "ru",
        "Трёхдневный семинар для учителей начался в Нарыне 3 июня 2025 года.",
        False,
        [("workshop", "2025-06-03/2025-06-05", False, ["Naryn"])],
    ),
    Case(
        "ky",
        "2025-жылдын 3-июнунда Ош шаарында мугалимдер үчүн эки күндүк семинар башталды.",
        False,
        [("workshop", "2025-06-03/2025-06-04", False, ["Osh"])],
    ),
    # a length without a start: the day written
    Case(
        "en",
        "A two-day training was held in Osh on 3 June 2025.",
        False,
        [("training", "2025-06-03", False, ["Osh"])],
    ),
    # "last month" dates a report verb; "today" as "nowadays" dates no event word
    Case(
        "en",
        "IOM brought together 40 mayors in Naryn last month.",
        True,
        [("meeting", "2025-05", False, ["Naryn"])],
    ),
    Case("en", "The flood, an event that still angers her today, destroyed her house.", True, []),
    # a Kyrgyz town named as its district is
    Case(
        "ky",
        "Кара-Кулжа шаарында 2025-жылдын 3-апрелинде жаштар үчүн тренинг өттү.",
        False,
        [("training", "2025-04-03", False, ["Kara-Kulja"])],
    ),
]
CASES += STORIES


def _noun_triggers(language: str) -> list[tuple[str, str]]:
    """The strong triggers of the lexicon that are one noun or a noun phrase (no "…", no verb
    form), written out, with their kind: each names its kind in a plain sentence."""
    from iomkg._reference.lexicons import event_triggers

    verbs = {"meet", "meets", "visit", "visits", "train", "trains", "hand", "launch", "launches"}
    verbs |= {"debrief", "agree", "paid", "arrived", "went", "headed", "will", "mark", "marks"}
    out = []
    for trigger, kind, strength in event_triggers():
        if strength != "strong" or "…" in trigger:
            continue
        words = trigger.replace("*", "").split()
        if language == "en":
            if not trigger.isascii() or words[0] in verbs or words[0] == "Day":
                continue
            if words[-1].endswith(("ed", "ing")) or words[-1] in ("to", "for", "of"):
                continue  # a verb form, or a phrase that needs its object
        else:
            if trigger.isascii() or any(c in trigger for c in "өүңӨҮҢ"):
                continue  # English, or Kyrgyz
            verb_endings = ("л", "ли", "ла", "ло", "ся", "сь", "ет", "ит", "ут", "ят", "ют", "ат")
            if words[-1].endswith((*verb_endings, "ен", "ны", "на", "но", "ён", "дня")):
                continue  # a verb or a participle
            if len(words) > 1 and words[0] in ("в", "на", "честь"):
                continue
        out.append((" ".join(words), kind))
    return out


@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_noun_trigger_names_its_kind(language: str) -> None:
    """Every gathering noun of the lexicon, in a sentence that holds it with a date and a
    place, gives one event of its kind (one test a language: some 140 sentences each)."""
    wrong = []
    for noun, kind in _noun_triggers(language):
        text = (
            f"IOM held a {noun} for local officials in Osh on 5 June 2025."
            if language == "en"
            else f"5 июня 2025 года в Оше состоялось мероприятие: {noun}."
        )
        if records(text, language=language) != [(kind, "2025-06-05", False, ["Osh"])]:
            wrong.append(noun)
    assert len(_noun_triggers(language)) > 100
    assert wrong == []
