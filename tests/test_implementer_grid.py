"""A form grid for who implements a programme (issue 16): sentences built from slots.

The implementer dimension of tests/test_programme_grid.py, widened family by family: the
verbs and nouns of carrying out (implement, run, carry out, deliver, manage, execute,
operate, lead, coordinate; progressive and joint forms; "a joint effort of", "implementing
partners are", "with X as its implementing partner", "X, the implementing agency",
"implemented through X"), the ways implementers are listed ("IOM, UNDP and UN Women",
"IOM together with / along with / jointly with X", names with "of" and "and" inside,
acronyms in brackets, national partners), where they are said (the same sentence, the next
one by "it" / "the project", a relative clause, a sentence that opens with them, a passive
with the doer far after the verb), Russian (реализует / реализуют / реализуется /
реализуемый / осуществляет / выполняет, совместно с, исполнителем является, in the
nominative and the instrumental) and Kyrgyz (ишке ашырат / ашырышат / ашырылат, менен
биргеликте, тарабынан ишке ашырылууда), and negatives (places and beneficiaries after
"implemented in / for", a deadline after "implemented by", a funder, a partner of an
activity that is not the programme's).

The conventions (benchmarks/devset/README.md, labelling notes): a partner named in the
clause that says who carries the programme out ("implemented by IOM in cooperation with
X", "IOM, together with X, implements it") implements it with them; a partner of
something else ("the training was organized in cooperation with X") does not; "IOM's
implementing partner X implements it" names X as the implementer, not IOM.

The expected record comes from the slots: the programme's exact name, its acronym, its
funders and its implementers. Every title, sentence and association here is INVENTED (the
agencies are real only as the frame an IOM article needs).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import pytest

from iomkg._reference.reference import current
from test_programme_grid import Case, normal
from test_programme_shapes import Record, programmes


def canon(name: str) -> str:
    """The registry's name of an organization written ``name``."""
    org = current().organizations.lookup(name.removeprefix("the "))
    return org.name if org is not None else name.removeprefix("the ")


class Name(NamedTuple):
    """A programme as written (``text``), its record's ``name`` and ``acronym``, and the
    word a later sentence calls it by."""

    text: str
    name: str
    acronym: str | None
    word: str


NAMES = (
    Name("the Safe Paths Home Project", "Safe Paths Home Project", None, "project"),
    Name(
        "the Bridges to Fair Work Initiative (BFWI)",
        "Bridges to Fair Work Initiative",
        "BFWI",
        "initiative",
    ),
    Name("the «Green Valleys» programme", "Green Valleys", None, "programme"),
)

# who implements: (written, the expected names, plural verb?)
EN_DOERS: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("IOM", ("IOM",), False),
    ("IOM and UNDP", ("IOM", "UNDP"), True),
    ("UNICEF and IOM", ("UNICEF", "IOM"), True),
    ("IOM, UNDP and UN Women", ("IOM", "UNDP", "UN Women"), True),
    (
        "IOM and the United Nations Office on Drugs and Crime (UNODC)",
        ("IOM", "UNODC"),
        True,
    ),
    ("the State Migration Service and IOM", ("State Migration Service", "IOM"), True),
    (
        "the Ministry of Labour, Social Security and Migration and IOM",
        ("Ministry of Labour, Social Security and Migration", "IOM"),
        True,
    ),
)

LEAD = "The course was held under"


def en_passive_forms(n: Name, doers: str) -> Iterator[tuple[str, str]]:
    """``(id, text)``: the doers said after a passive verb (or a noun) of carrying out."""
    for verb in (
        "implemented",
        "run",
        "carried out",
        "delivered",
        "managed",
        "executed",
        "operated",
        "jointly implemented",
    ):
        v = verb.replace(" ", "_")
        yield f"clause-{v}", f"{LEAD} {n.text}, {verb} by {doers}."
        yield f"next-it-{v}", f"{LEAD} {n.text}. It is {verb} by {doers}."
        yield f"next-word-{v}", f"{LEAD} {n.text}. The {n.word} is {verb} by {doers}."
    yield "which-is", f"{LEAD} {n.text}, which is implemented by {doers}."
    yield "being", f"{LEAD} {n.text}. The {n.word} is being implemented by {doers}."
    yield "has-been", f"{LEAD} {n.text}. It has been implemented by {doers} since 2021."
    yield (
        "has-been-word",
        f"{LEAD} {n.text}. Since 2021, the {n.word} has been implemented by {doers}.",
    )
    yield "subject-was", f"{n.text[0].upper()}{n.text[1:]} was carried out by {doers}."
    yield (
        "far-doer",
        f"{LEAD} {n.text}. It is implemented in five districts of Osh and Batken provinces "
        f"by {doers}.",
    )
    yield "through", f"{LEAD} {n.text}. It is implemented through {doers}."
    yield "joint-effort", f"{LEAD} {n.text}, a joint effort of {doers}."
    yield "joint-initiative", f"{LEAD} {n.text}. The {n.word} is a joint initiative of {doers}."
    yield "joint-project", f"{LEAD} {n.text}, a joint project of {doers}."


def en_active_forms(n: Name, doers: str, plural: bool) -> Iterator[tuple[str, str]]:
    """``(id, text)``: the doers as the subject of an active verb of carrying out."""
    s = "" if plural else "s"
    be = "are" if plural else "is"
    d = doers[0].upper() + doers[1:]
    for verb, third in (
        ("implement", f"implement{s}"),
        ("run", f"run{s}"),
        ("manage", f"manage{s}"),
        ("deliver", f"deliver{s}"),
        ("carry-out", "carry out" if plural else "carries out"),
        ("coordinate", f"coordinate{s}"),
        ("lead", f"lead{s}"),
        ("operate", f"operate{s}"),
    ):
        yield f"next-active-{verb}", f"{LEAD} {n.text}. {d} {third} the {n.word}."
        if verb != "carry-out":
            yield f"next-active-it-{verb}", f"{LEAD} {n.text}. {d} {third} it."
    yield "opens", f"{d} implement{s} {n.text} in Osh and Naryn."
    yield "progressive", f"{LEAD} {n.text}. {d} {be} implementing the {n.word}."
    if plural:
        yield "jointly-progressive", f"{LEAD} {n.text}. {d} are jointly implementing it."
        yield "jointly", f"{LEAD} {n.text}. {d} jointly run the {n.word}."
    yield "relative", f"{LEAD} {n.text}, which {doers} implement{s} in Osh."
    have = "have" if plural else "has"
    yield "relative-since", f"{LEAD} {n.text}, which {doers} {have} run since 2022."
    yield "has-implemented", f"{LEAD} {n.text}. {d} {have} implemented the {n.word} since 2022."


# who implements with the subject: "IOM <joiner> X implements it"
JOINERS = (
    "together with",
    "along with",
    "jointly with",
    "in partnership with",
    "in cooperation with",
    "in collaboration with",
    "in close cooperation with",
)


def en_joined_forms(n: Name, partner: str) -> Iterator[tuple[str, str]]:
    """``(id, text)``: IOM with a co-implementer joined to the subject or to the doer."""
    for j in JOINERS:
        jid = j.replace(" ", "_")
        yield f"subject-{jid}", f"{LEAD} {n.text}. IOM, {j} {partner}, implements the {n.word}."
        yield f"by-{jid}", f"{LEAD} {n.text}. It is implemented by IOM {j} {partner}."
        yield f"active-{jid}", f"{LEAD} {n.text}. IOM runs the {n.word} {j} {partner}."
    yield "relative-with", f"{LEAD} {n.text}, which IOM implements with {partner}."
    yield "runs-jointly", f"{LEAD} {n.text}. IOM runs it jointly with {partner}."


PARTNERS = (
    "UNDP",
    "UN Women",
    "the State Migration Service",
    "the United Nations Office on Drugs and Crime",
    "the Red Crescent Society of Kyrgyzstan",
)


def english_cases() -> Iterator[Case]:
    for n in NAMES:
        for written, names, plural in EN_DOERS:
            want = sorted(canon(x) for x in names)
            for fid, text in (*en_passive_forms(n, written), *en_active_forms(n, written, plural)):
                yield Case(
                    f"en-{fid}-{EN_DOERS.index((written, names, plural))}-{n.word}",
                    text,
                    [(n.name, n.acronym, [], want)],
                )
        k = NAMES.index(n)
        for i, p in enumerate(PARTNERS):
            if i not in (k % len(PARTNERS), (k + 2) % len(PARTNERS)):
                continue  # (two partners a name, each partner once at least)
            want = sorted([canon("IOM"), canon(p)])
            for fid, text in en_joined_forms(n, p):
                yield Case(f"en-joined-{fid}-{i}-{n.word}", text, [(n.name, n.acronym, [], want)])


IOM = "International Organization for Migration"
UNDP = "United Nations Development Programme"
UNICEF = "United Nations Children's Fund"
EU = "European Union"
JAPAN = "Government of Japan"
SPH = "Safe Paths Home Project"
SPH_LEAD = "The course was held under the Safe Paths Home Project"

# The implementing-partner nouns, and the negatives of each family.
EN_WORDINGS: tuple[tuple[str, list[Record]], ...] = (
    (f"{SPH_LEAD}. The implementing partners are IOM and UNDP.", [(SPH, None, [], [IOM, UNDP])]),
    (
        f"{SPH_LEAD}. Implementing partners include IOM and UNICEF.",
        [(SPH, None, [], [IOM, UNICEF])],
    ),
    (f"{SPH_LEAD}. The implementing partner is IOM.", [(SPH, None, [], [IOM])]),
    (f"{SPH_LEAD}. Its implementing partner is UNDP.", [(SPH, None, [], [UNDP])]),
    (
        f"{SPH_LEAD}, funded by the European Union with IOM as its implementing partner.",
        [(SPH, None, [EU], [IOM])],
    ),
    (
        f"{SPH_LEAD}, funded by the European Union with IOM as implementing partner.",
        [(SPH, None, [EU], [IOM])],
    ),
    (
        f"{SPH_LEAD}. IOM, the implementing agency of the project, opened two centres.",
        [(SPH, None, [], [IOM])],
    ),
    (f"{SPH_LEAD}. IOM is the implementing agency of the project.", [(SPH, None, [], [IOM])]),
    (
        "The course was held under IOM and UNDP's joint programme, the Safe Paths Home Programme.",
        [("Safe Paths Home Programme", None, [], [IOM, UNDP])],
    ),
    (
        f"{SPH_LEAD}, which the European Union funds and IOM implements.",
        [(SPH, None, [EU], [IOM])],
    ),
    (
        f"{SPH_LEAD}, funded by the European Union and delivered through IOM and UNICEF.",
        [(SPH, None, [EU], [IOM, UNICEF])],
    ),
    # who pays and who does: money "through" a donor agency is that agency's funding too;
    # money through another organization says nothing of who does the work (a verb of
    # doing does: "delivered through IOM")
    (
        f"{SPH_LEAD}. The European Union funds the project through IOM.",
        [(SPH, None, [EU], [])],
    ),
    (
        f"{SPH_LEAD}, funded by the European Union through UNICEF and IOM.",
        [(SPH, None, [EU], [])],
    ),
    (
        f"{SPH_LEAD}, funded by the Government of Japan through the Japan International "
        "Cooperation Agency.",
        [(SPH, None, [JAPAN, "Japan International Cooperation Agency"], [])],
    ),
    (f"{SPH_LEAD}. It is funded and implemented by IOM.", [(SPH, None, [IOM], [IOM])]),
    # IOM's implementing partner: the partner implements (IOM is not said to)
    (
        f"{SPH_LEAD}. It is implemented by IOM's implementing partner, the Red Crescent Society "
        "of Kyrgyzstan.",
        [(SPH, None, [], ["Red Crescent Society of Kyrgyzstan"])],
    ),
    # IOM named by its mission or in full with its acronym; "partners" unnamed
    (f"{SPH_LEAD}. It is implemented by IOM Kyrgyzstan.", [(SPH, None, [], [IOM])]),
    (
        f"{SPH_LEAD}. It is implemented by the IOM mission in Tajikistan.",
        [(SPH, None, [], [IOM])],
    ),
    (
        f"{SPH_LEAD}. It is implemented by the International Organization for Migration (IOM) "
        "and the United Nations Development Programme (UNDP).",
        [(SPH, None, [], [IOM, UNDP])],
    ),
    (f"{SPH_LEAD}. IOM Kyrgyzstan and UNICEF implement it.", [(SPH, None, [], [IOM, UNICEF])]),
    (
        f"{SPH_LEAD}. It is implemented by IOM, the UN Migration Agency, and UNICEF.",
        [(SPH, None, [], [IOM, UNICEF])],
    ),
    (
        f"{SPH_LEAD}, funded by the European Union, its largest donor, and the Government of "
        "Japan.",
        [(SPH, None, [EU, JAPAN], [])],
    ),
    (
        f"{SPH_LEAD}, implemented by IOM, the UN Migration Agency, and attended by 40 people.",
        [(SPH, None, [], [IOM])],
    ),
    (f"{SPH_LEAD}, implemented by IOM and partners.", [(SPH, None, [], [IOM])]),
    (f"{SPH_LEAD}, implemented by IOM and local NGOs.", [(SPH, None, [], [IOM])]),
    (
        "The Safe Paths Home Project is implemented by IOM. UNICEF and UNDP are partners.",
        [(SPH, None, [], [IOM])],
    ),
    # negatives: where, for whom, by when, a funder, the partner of an activity, a list
    # that another verb's clause ends ("…, which X, Y and Z launched in 2022, runs …")
    (
        "The Safe Paths Home Project, which the European Union, UNICEF and IOM launched in "
        "2022, runs until 2026.",
        [(SPH, None, [], [])],
    ),
    (
        "With support from the Government of Japan, IOM and UNDP implement the Safe Paths Home "
        "Project.",
        [(SPH, None, [JAPAN], [IOM, UNDP])],
    ),
    (
        "In Osh, IOM and UNDP implement the Safe Paths Home Project.",
        [(SPH, None, [], [IOM, UNDP])],
    ),
    (f"{SPH_LEAD}. It is implemented in Kyrgyzstan and Tajikistan.", [(SPH, None, [], [])]),
    (f"{SPH_LEAD}. It is implemented in Osh, Naryn and Batken.", [(SPH, None, [], [])]),
    (
        f"{SPH_LEAD}. It is implemented for returning migrants and their families.",
        [(SPH, None, [], [])],
    ),
    (
        f"{SPH_LEAD}. It is implemented for the State Migration Service.",
        [(SPH, None, [], [])],
    ),
    (f"{SPH_LEAD}. It will be implemented by 2027.", [(SPH, None, [], [])]),
    (f"{SPH_LEAD}. It will be implemented by the end of 2026.", [(SPH, None, [], [])]),
    (f"{SPH_LEAD}. It is implemented by local communities.", [(SPH, None, [], [])]),
    (
        f"{SPH_LEAD}. It is implemented by IOM in Kyrgyzstan, Tajikistan and Uzbekistan.",
        [(SPH, None, [], [IOM])],
    ),
    (f"{SPH_LEAD}. It is funded by the European Union.", [(SPH, None, [EU], [])]),
    (
        f"{SPH_LEAD}. It is implemented by IOM. The training was organized in cooperation with "
        "the State Migration Service.",
        [(SPH, None, [], [IOM])],
    ),
    (
        f"{SPH_LEAD}. IOM organized the course in cooperation with UNICEF.",
        [(SPH, None, [], [])],
    ),
    (f"{SPH_LEAD}. IOM thanked UNICEF for its support.", [(SPH, None, [], [])]),
)

# Russian: the programme, the doers (nominative, instrumental, expected)
RU_NAME = "Безопасный путь домой"
RU_LEAD = f"Тренинг прошел в рамках проекта «{RU_NAME}»"
RU_DOERS = (
    ("МОМ", "МОМ", [IOM]),
    ("МОМ и ПРООН", "МОМ и ПРООН", [IOM, UNDP]),
    ("ПРООН и МОМ", "ПРООН и МОМ", [IOM, UNDP]),
    ("МОМ, ПРООН и ЮНИСЕФ", "МОМ, ПРООН и ЮНИСЕФ", [IOM, UNDP, UNICEF]),
    (
        "Государственная миграционная служба и МОМ",
        "Государственной миграционной службой и МОМ",
        ["State Migration Service", IOM],
    ),
    (
        "МОМ и Управление ООН по наркотикам и преступности (УНП ООН)",
        "МОМ и Управлением ООН по наркотикам и преступности (УНП ООН)",
        [IOM, "United Nations Office on Drugs and Crime"],
    ),
)


def russian_cases() -> Iterator[Case]:
    for i, (nom, ins, want) in enumerate(RU_DOERS):
        plural = " и " in nom or "," in nom
        act = "реализуют" if plural else "реализует"
        osu = "осуществляют" if plural else "осуществляет"
        vyp = "выполняют" if plural else "выполняет"
        forms = [
            ("passive", f"{RU_LEAD}. Проект реализуется {ins}."),
            ("passive-it", f"{RU_LEAD}. Он реализуется {ins}."),
            ("passive-osu", f"{RU_LEAD}. Проект осуществляется {ins}."),
            ("passive-vyp", f"{RU_LEAD}. Проект выполняется {ins}."),
            ("ovs", f"{RU_LEAD}. Проект {act} {nom}."),
            ("ovs-osu", f"{RU_LEAD}. Проект {osu} {nom}."),
            ("ovs-vyp", f"{RU_LEAD}. Проект {vyp} {nom}."),
            ("svo", f"{RU_LEAD}. {nom} {act} проект в Оше и Нарыне."),
            ("participle", f"{RU_LEAD}, реализуемого {ins}."),
            ("which", f"{RU_LEAD}, который реализуется {ins}."),
            ("which-active", f"{RU_LEAD}, который {act} {nom}."),
            ("far", f"{RU_LEAD}. Проект реализуется в пяти районах Ошской области {ins}."),
            ("countries", f"{RU_LEAD}. Проект реализуется {ins} в Кыргызстане и Таджикистане."),
        ]
        for fid, text in forms:
            yield Case(f"ru-{fid}-{i}", text, [(RU_NAME, None, [], sorted(want))])
    for j, (inst, expected) in enumerate(
        (
            ("ПРООН", UNDP),
            ("ЮНИСЕФ", UNICEF),
            ("Государственной миграционной службой", "State Migration Service"),
            (
                "Управлением ООН по наркотикам и преступности",
                "United Nations Office on Drugs and Crime",
            ),
        )
    ):
        want = sorted([IOM, expected])
        for fid, text in (
            ("together-passive", f"{RU_LEAD}. Проект реализуется МОМ совместно с {inst}."),
            ("together-active", f"{RU_LEAD}. МОМ реализует проект совместно с {inst}."),
            ("together-ovs", f"{RU_LEAD}. Проект реализует МОМ совместно с {inst}."),
            ("partnership", f"{RU_LEAD}. МОМ реализует проект в партнерстве с {inst}."),
            ("cooperation", f"{RU_LEAD}. Проект реализуется МОМ в сотрудничестве с {inst}."),
            ("subject-together", f"{RU_LEAD}. МОМ совместно с {inst} реализует проект."),
        ):
            yield Case(f"ru-{fid}-{j}", text, [(RU_NAME, None, [], want)])
    for k, (text, want) in enumerate(
        (
            (f"{RU_LEAD}. Исполнителем проекта является МОМ.", [IOM]),
            (f"{RU_LEAD}. Исполнителями проекта являются МОМ и ПРООН.", [IOM, UNDP]),
            (f"{RU_LEAD}. Партнером по реализации проекта является ПРООН.", [UNDP]),
            (f"{RU_LEAD}. Исполнитель проекта – МОМ.", [IOM]),
            (f"{RU_LEAD}. Исполнители проекта – МОМ и ПРООН.", [IOM, UNDP]),
            (f"Тренинг проведен МОМ в рамках проекта «{RU_NAME}».", [IOM]),
            (f"{RU_LEAD}, реализуемого МОМ при участии ПРООН.", [IOM, UNDP]),
            (f"{RU_LEAD}. МОМ реализует его совместно с ПРООН.", [IOM, UNDP]),
            (f"{RU_LEAD}. МОМ и ЮНИСЕФ осуществляют его в Оше.", [IOM, UNICEF]),
            (f"{RU_LEAD}. Его реализуют МОМ и ПРООН.", [IOM, UNDP]),
            (f"{RU_LEAD}. МОМ поблагодарила их за участие.", []),
            (
                f"Тренинг прошел в рамках проекта «{RU_NAME}», который реализуют МОМ, ПРООН и "
                "ЮНИСЕФ.",
                [IOM, UNDP, UNICEF],
            ),
            (
                f"Тренинг прошел в рамках проекта «{RU_NAME}», который МОМ реализует совместно с "
                "Государственной миграционной службой.",
                [IOM, "State Migration Service"],
            ),
            (
                f"Тренинг прошел в рамках проекта «{RU_NAME}», который реализуется Международной "
                "организацией по миграции (МОМ) в Кыргызстане и Таджикистане.",
                [IOM],
            ),
            (
                f"{RU_LEAD}. Проект реализуется МОМ в партнерстве с Министерством труда, "
                "социального обеспечения и миграции.",
                [IOM, "Ministry of Labour, Social Security and Migration"],
            ),
            (f"Тренинг прошел в рамках реализуемого МОМ проекта «{RU_NAME}».", [IOM]),
            (f"Тренинг прошел в рамках совместного проекта МОМ и ПРООН «{RU_NAME}».", [IOM, UNDP]),
            # negatives: where, for whom, a partner of an activity
            (f"{RU_LEAD}. Проект реализуется в Кыргызстане и Таджикистане.", []),
            (f"{RU_LEAD}. Проект реализуется для трудовых мигрантов и их семей.", []),
            (f"{RU_LEAD}. Тренинг проведен при участии ЮНИСЕФ.", []),
        )
    ):
        yield Case(f"ru-wording-{k}", text, [(RU_NAME, None, [], sorted(want))])


KY_NAME = "Коопсуз жол"
KY_LEAD = f"Тренинг «{KY_NAME}» долбоорунун алкагында өттү"


def funded_subject_cases() -> Iterator[Case]:
    """A funder's phrase before the subject of a verb of carrying out: the subject does the
    work, it does not fund it."""
    for k, (text, name, want) in enumerate(
        (
            (
                "При поддержке Правительства Японии МОМ реализует проект «Безопасный путь домой».",
                RU_NAME,
                [IOM],
            ),
            (
                "При поддержке Правительства Японии МОМ и ПРООН реализуют проект «Безопасный путь "
                "домой».",
                RU_NAME,
                [IOM, UNDP],
            ),
            (
                "With support from the Government of Japan, IOM runs the Safe Paths Home Project.",
                SPH,
                [IOM],
            ),
        )
    ):
        yield Case(f"funded-subject-{k}", text, [(name, None, [JAPAN], sorted(want))])


def kyrgyz_cases() -> Iterator[Case]:
    for k, (text, want) in enumerate(
        (
            (f"{KY_LEAD}. Долбоорду ЭМУ ишке ашырат.", [IOM]),
            (f"{KY_LEAD}. Долбоорду ЭМУ жана ПРООН ишке ашырышат.", [IOM, UNDP]),
            (f"{KY_LEAD}. Долбоорду ЭМУ жана ЮНИСЕФ биргеликте ишке ашырат.", [IOM, UNICEF]),
            (f"{KY_LEAD}. Долбоор ЭМУ тарабынан ишке ашырылат.", [IOM]),
            (f"{KY_LEAD}. Долбоор ЭМУ тарабынан ишке ашырылууда.", [IOM]),
            (f"{KY_LEAD}. Долбоор ЭМУ жана ПРООН тарабынан ишке ашырылууда.", [IOM, UNDP]),
            (f"{KY_LEAD}. Долбоорду ЭМУ ПРООН менен биргеликте ишке ашырат.", [IOM, UNDP]),
            (f"{KY_LEAD}. Долбоорду ЭМУ ЮНИСЕФ менен биргеликте ишке ашырып жатат.", [IOM, UNICEF]),
            (f"«{KY_NAME}» долбоорун ЭМУ ишке ашырат.", [IOM]),
            (f"{KY_LEAD}. Долбоордун аткаруучу өнөктөшү – ЭМУ.", [IOM]),
            (f"{KY_LEAD}. Долбоор ЭМУ менен ПРООНдун өнөктөштүгүндө ишке ашырылат.", [IOM, UNDP]),
            (f"{KY_LEAD}. Долбоор ЭМУнун өнөктөштүгүндө ишке ашырылууда.", [IOM]),
            (f"{KY_LEAD}. Долбоорду ЭМУ ПРООН менен өнөктөштүктө ишке ашырат.", [IOM, UNDP]),
            (f"{KY_LEAD}. Долбоорду ЭМУ жана ЮНИСЕФ ишке ашырышты.", [IOM, UNICEF]),
            (f"Тренинг ЭМУ ишке ашырып жаткан «{KY_NAME}» долбоорунун алкагында өттү.", [IOM]),
            (f"{KY_LEAD}. Долбоор Кыргызстанда жана Тажикстанда ишке ашырылат.", []),
        )
    ):
        yield Case(f"ky-{k}", text, [(KY_NAME, None, [], sorted(want))])


def wording_cases() -> Iterator[Case]:
    for i, (text, expected) in enumerate(EN_WORDINGS):
        yield Case(
            f"en-wording-{i}", text, [(n, a, sorted(f), sorted(m)) for n, a, f, m in expected]
        )


def all_cases() -> list[Case]:
    return [
        *english_cases(),
        *wording_cases(),
        *russian_cases(),
        *funded_subject_cases(),
        *kyrgyz_cases(),
    ]


CASES = all_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_implementer_grid(case: Case) -> None:
    assert normal(programmes(case.text)) == case.expected


def test_implementer_grid_size() -> None:
    # (the grid stays fast: at most about 1,500 cases, ids unique)
    assert len(CASES) <= 1500
    assert len({c.id for c in CASES}) == len(CASES)


if __name__ == "__main__":  # pragma: no cover
    # a summary of the failures by form (python tests/test_implementer_grid.py)
    import collections

    fails: collections.Counter[str] = collections.Counter()
    for c in CASES:
        got = normal(programmes(c.text))
        if got != c.expected:
            fails[c.id.rsplit("-", 2)[0]] += 1
            print(f"FAIL {c.id}\n  {c.text}\n  want {c.expected}\n  got  {got}")
    for form, n in fails.most_common():
        print(f"{n:4d} {form}")
    print(len(CASES), "cases,", sum(fails.values()), "failures")
