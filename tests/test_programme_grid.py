"""A form grid for programmes (issue 16, held-out rounds): sentences built from slots.

Each case is made of slots: the shape of a programme's name (a programme word after it or
before it, none, a title with a comma or a colon, in «…», “…” or "…", an acronym before,
after or later alone, a lower-case "the project" later; Russian «…» after проект /
программа / инициатива in any case; Kyrgyz «…» долбоору), the frame it is named in (under,
as part of, within, in the framework of, through, в рамках, алкагында), a statement of who
funds it (active, passive, "thanks to", "with the financial support of", "made possible
by", "funded by X through Y", Russian финансируется / при финансовой поддержке / за счёт
средств, Kyrgyz каржылоосу менен / тарабынан каржыланат) and of who implements it
(implemented / run / delivered / carried out by, "IOM, together with X, implements",
the next sentence's pronoun, реализуется / реализует / совместно с, ишке ашырат /
ашырылат), and negatives (a country list after "implemented by IOM in", a generic "a
project", laws, strategies, forums and events, an implementer that funds nothing). The
expected record comes from the slots: the exact name, its acronym, funders and implementers.

Every title, sentence and association here is INVENTED (the donors and agencies are real
only as the frame an IOM article needs).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import NamedTuple

import pytest

from iomkg._reference.reference import current
from test_programme_shapes import programmes


def canon(name: str) -> str:
    """The registry's name of an organization written ``name`` (the expected record's)."""
    org = current().organizations.lookup(name)
    return org.name if org is not None else name


class Shape(NamedTuple):
    """How a name is written: ``text`` in a sentence, the record's ``name``, its ``acronym``
    and the lower-case word a later sentence refers to it by."""

    text: str
    name: str
    acronym: str | None
    word: str


class Case(NamedTuple):
    id: str
    text: str
    expected: list[tuple[str, str | None, list[str], list[str]]]


# ----------------------------------------------------------------------------------------
# English
# ----------------------------------------------------------------------------------------

TITLES = ("Safe Paths Home", "Green Valleys for Young Herders", "Bridges to Fair Work")
COMMA_TITLES = ("Safe Paths, Strong Families", "Open Roads, Safe Returns")
COLON_TITLES = ("Safe Paths: Strong Families", "Skills Abroad: Jobs at Home")


def en_shapes(k: int) -> list[tuple[str, Shape]]:
    """The English name shapes, the ``k``-th title in each."""
    t = TITLES[k % len(TITLES)]
    c = COMMA_TITLES[k % len(COMMA_TITLES)]
    col = COLON_TITLES[k % len(COLON_TITLES)]
    shapes = [
        (f"after-{w.lower()}", Shape(f"the {t} {w}", f"{t} {w}", None, w.lower()))
        for w in (
            "Project",
            "Programme",
            "Program",
            "Initiative",
            "Facility",
            "Partnership",
            "Fund",
            "Platform",
            "Campaign",
        )
    ]
    shapes += [
        (
            "action-before",
            Shape(f"the Joint Action for {t}", f"Joint Action for {t}", None, "action"),
        ),
        (
            "programme-on",
            Shape(
                f"the Regional Programme on {t}", f"Regional Programme on {t}", None, "programme"
            ),
        ),
        ("lower-after", Shape(f"the {t} project", f"{t} project", None, "project")),
        ("lower-before", Shape(f"the project {t}", t, None, "project")),
        ("initiative-before", Shape(f"the initiative {t}", t, None, "initiative")),
        ("quoted-guillemets-after", Shape(f"the «{t}» project", t, None, "project")),
        ("quoted-curly-after", Shape(f"the “{t}” initiative", t, None, "initiative")),
        ("quoted-straight-after", Shape(f'the "{t}" programme', t, None, "programme")),
        ("quoted-before", Shape(f"the project «{t}»", t, None, "project")),
        ("quoted-curly-before", Shape(f"the programme “{t}”", t, None, "programme")),
        ("comma-quoted", Shape(f"the “{c}” project", c, None, "project")),
        ("comma-guillemets", Shape(f"the project «{c}»", c, None, "project")),
        ("colon-quoted", Shape(f"the “{col}” project", col, None, "project")),
        (
            "acronym-after",
            Shape(f"the {t} Project ({acr(t)}P)", f"{t} Project", f"{acr(t)}P", "project"),
        ),
        ("acronym-lower", Shape(f"the {t} project ({acr(t)})", f"{t} project", acr(t), "project")),
        ("acronym-first", Shape(f"the {acr(t)} ({t}) project", t, acr(t), "project")),
        ("acronym-comma", Shape(f"the {acr(c)} project ({c})", c, acr(c), "project")),
    ]
    return shapes


def acr(title: str) -> str:
    """An acronym of a title's capitalised words: ``Safe Paths Home`` -> ``SPH``."""
    return "".join(w[0] for w in title.replace(",", "").replace(":", "").split() if w[0].isupper())


FRAMES = (
    "under",
    "as part of",
    "within",
    "in the framework of",
    "through",
)

# (written, the registry's name) of funders and implementers; rotated over the cases
FUNDERS = (
    "the European Union",
    "the Government of Japan",
    "the Government of Luxembourg",
    "the Swiss Agency for Development and Cooperation",
    "the Austrian Development Agency",
    "USAID",
    "the Government of Norway",
)
PARTNERS = ("UNDP", "UNICEF", "UN Women", "the ILO", "UNHCR")


def bare(org: str) -> str:
    return org.removeprefix("the ")


def up(s: str) -> str:
    return s[:1].upper() + s[1:]


def en_funder_forms(n: str, w: str, f: str, f2: str) -> list[tuple[str, str, list[str]]]:
    """``(id, text, funders)``: who funds the programme written ``n`` (referred to as "the
    ``w``"), said in the many English ways."""
    lead = "The training took place"
    return [
        ("passive-clause", f"{lead} under {n}, funded by {f}.", [f]),
        ("which-is", f"{lead} under {n}, which is financed by {f}.", [f]),
        ("which-active", f"{lead} under {n}, which {f} funds.", [f]),
        ("next-it", f"{lead} under {n}. It is funded by {f}.", [f]),
        ("next-the-word", f"{lead} under {n}. The {w} is financed by {f}.", [f]),
        ("next-active", f"{lead} under {n}. {up(f)} funds the {w}.", [f]),
        ("next-active-it", f"{lead} under {n}. {up(f)} finances it.", [f]),
        ("thanks-to", f"{lead} under {n} thanks to the financial support of {f}.", [f]),
        ("with-support", f"{lead} under {n} with the financial support of {f}.", [f]),
        ("with-funding", f"{lead} under {n} with funding from {f}.", [f]),
        ("made-possible", f"{up(n)} was made possible by {f}.", [f]),
        ("subject-passive", f"{up(n)} is funded by {f}.", [f]),
        ("active-subject", f"{up(f)} funds {n}.", [f]),
        ("through", f"{lead} under {n}, funded by {f} through {f2}.", [f, f2]),
        ("funding-comes", f"{lead} under {n}. Funding comes from {f}.", [f]),
        ("two-funders", f"{up(n)} is funded by {f} and {f2}.", [f, f2]),
    ]


def en_implementer_forms(
    n: str, w: str, p: str, f: str
) -> list[tuple[str, str, list[str], list[str]]]:
    """``(id, text, funders, implementers)``: who implements the programme written ``n``."""
    lead = "The course was held"
    iom = "International Organization for Migration"
    return [
        ("implemented-by", f"{lead} under {n}, implemented by IOM.", [], [iom]),
        ("run-by", f"{lead} under {n}. It is run by IOM and {p}.", [], [iom, p]),
        (
            "delivered-partnership",
            f"{lead} under {n}. The {w} is delivered by IOM in partnership with {p}.",
            [],
            [iom, p],
        ),
        (
            "carried-out-together",
            f"{lead} under {n}. It is carried out by IOM together with {p}.",
            [],
            [iom, p],
        ),
        (
            "subject-together",
            f"{lead} under {n}. IOM, together with {p}, implements the {w}.",
            [],
            [iom, p],
        ),
        (
            "subject-partnership",
            f"{lead} under {n}. IOM, in partnership with {p}, implements it.",
            [],
            [iom, p],
        ),
        ("active-it-with", f"{lead} under {n}. IOM implements it together with {p}.", [], [iom, p]),
        ("jointly", f"{lead} under {n}. IOM and {p} jointly implement the {w}.", [], [iom, p]),
        (
            "countries",
            f"{lead} under {n}. It is implemented by IOM in Kyrgyzstan, Tajikistan and Uzbekistan.",
            [],
            [iom],
        ),
        (
            "across-countries",
            f"{up(n)} is implemented across Kyrgyzstan and Tajikistan by IOM.",
            [],
            [iom],
        ),
        (
            "implementer-not-funder",
            f"{up(n)} is implemented by IOM with funding from {f}.",
            [f],
            [iom],
        ),
        ("both-clauses", f"{up(n)} is implemented by IOM and funded by {f}.", [f], [iom]),
        (
            "funded-then-implemented",
            f"{lead} under {n}, funded by {f} and implemented by IOM.",
            [f],
            [iom],
        ),
        (
            "next-two",
            f"{lead} under {n}. It is funded by {f}. IOM implements it with {p}.",
            [f],
            [iom, p],
        ),
        (
            "together-thanks",
            f"{lead} under {n}. It is carried out by IOM together with {p} thanks to a contribution from {f}.",
            [f],
            [iom, p],
        ),
        (
            "known-cut",
            f"{lead} under {n}. It is implemented by IOM and the United Nations Office on Drugs and Crime (UNODC) in Kyrgyzstan and Tajikistan.",
            [],
            [iom, "UNODC"],
        ),
        (
            "fund-partner",
            f"{lead} under {n}. It is implemented by IOM with the United Nations Capital Development Fund (UNCDF), funded by {f}.",
            [f],
            [iom, "UNCDF"],
        ),
    ]


def english_cases() -> Iterator[Case]:
    # every shape in every frame (who funds it said after: the frame alone is no evidence
    # for every shape)
    for k, (frame, (sid, shape)) in enumerate(
        (fr, s) for fr in FRAMES for s in en_shapes(FRAMES.index(fr))
    ):
        f = FUNDERS[k % len(FUNDERS)]
        text = f"The workshop took place {frame} {shape.text}. It is funded by {f}."
        yield Case(
            f"en-frame-{frame.replace(' ', '_')}-{sid}",
            text,
            [(shape.name, shape.acronym, [canon(bare(f))], [])],
        )
    # every shape with every way of saying who funds it
    for i, (sid, shape) in enumerate(en_shapes(1)):
        f, f2 = FUNDERS[i % len(FUNDERS)], FUNDERS[(i + 3) % len(FUNDERS)]
        for fid, text, funders in en_funder_forms(shape.text, shape.word, f, f2):
            yield Case(
                f"en-fund-{fid}-{sid}",
                text,
                [(shape.name, shape.acronym, sorted(canon(bare(x)) for x in funders), [])],
            )
    for i, (sid, shape) in enumerate(en_shapes(2)):
        p, f = PARTNERS[i % len(PARTNERS)], FUNDERS[(i + 1) % len(FUNDERS)]
        for iid, text, funders, implementers in en_implementer_forms(shape.text, shape.word, p, f):
            yield Case(
                f"en-impl-{iid}-{sid}",
                text,
                [
                    (
                        shape.name,
                        shape.acronym,
                        sorted(canon(bare(x)) for x in funders),
                        sorted(canon(bare(x)) for x in implementers),
                    )
                ],
            )
    # the acronym alone, later
    for i, title in enumerate((*TITLES, *COMMA_TITLES)):
        a = acr(title)
        f = FUNDERS[i % len(FUNDERS)]
        quoted = "," in title
        written = f"the “{title}” project ({a})" if quoted else f"the {title} Project ({a})"
        name = title if quoted else f"{title} Project"
        yield Case(
            f"en-acronym-later-{i}",
            f"Ten nurses were trained under {written}. {a} is funded by {f}. "
            f"Under {a}, IOM also repaired two clinics.",
            [(name, a, [canon(bare(f))], [])],
        )


# ----------------------------------------------------------------------------------------
# Russian
# ----------------------------------------------------------------------------------------

RU_TITLES = ("Безопасный путь домой", "Зеленые долины, сильные семьи", "Навыки без границ")
# the programme word in each case: (nominative, genitive, dative, instrumental, prepositional)
RU_WORDS = {
    "проект": ("Проект", "проекта", "проекту", "проектом", "проекте"),
    "программа": ("Программа", "программы", "программе", "программой", "программе"),
    "инициатива": ("Инициатива", "инициативы", "инициативе", "инициативой", "инициативе"),
}
# funders: (nominative, genitive, instrumental)
RU_FUNDERS = (
    ("Европейский союз", "Европейского союза", "Европейским союзом", "European Union"),
    (
        "Правительство Японии",
        "Правительства Японии",
        "Правительством Японии",
        "Government of Japan",
    ),
    (
        "Швейцарское агентство по развитию и сотрудничеству",
        "Швейцарского агентства по развитию и сотрудничеству",
        "Швейцарским агентством по развитию и сотрудничеству",
        "Swiss Agency for Development and Cooperation",
    ),
    (
        "Правительство Норвегии",
        "Правительства Норвегии",
        "Правительством Норвегии",
        "Government of Norway",
    ),
)
RU_PARTNERS = (
    ("ПРООН", "United Nations Development Programme"),
    ("ЮНИСЕФ", "United Nations Children's Fund"),
    ("ООН-Женщины", "UN Women"),
)
IOM = "International Organization for Migration"


def russian_cases() -> Iterator[Case]:
    k = 0
    for lemma, (nom, gen, dat, ins, pre) in RU_WORDS.items():
        for t in RU_TITLES:
            k += 1
            fn, fg, fi, fc = RU_FUNDERS[k % len(RU_FUNDERS)]
            pn, pc = RU_PARTNERS[k % len(RU_PARTNERS)]
            acc = {"проект": "проект", "программа": "программу", "инициатива": "инициативу"}[lemma]
            forms = [
                # (id, text, funders, implementers)
                (
                    "frame-passive",
                    f"Тренинг прошел в рамках {gen} «{t}». {nom} финансируется {fi}.",
                    [fc],
                    [],
                ),
                (
                    "frame-support",
                    f"Тренинг прошел в рамках {gen} «{t}» при финансовой поддержке {fg}.",
                    [fc],
                    [],
                ),
                (
                    "frame-expense",
                    f"Семинар организован в рамках {gen} «{t}» за счет средств {fg}.",
                    [fc],
                    [],
                ),
                (
                    "frame-pri",
                    f"Семинар прошел в рамках {gen} «{t}», который реализуется при поддержке {fg}.",
                    [fc],
                    [],
                ),
                (
                    "subject-passive",
                    f"{nom} «{t}» финансируется {fi} и реализуется МОМ.",
                    [fc],
                    [IOM],
                ),
                (
                    "active-ovs",
                    f"Школы отремонтированы благодаря {dat} «{t}». {nom} финансирует {fn}.",
                    [fc],
                    [],
                ),
                (
                    "active-svo",
                    f"Школы отремонтированы по {dat} «{t}». {fn} финансирует {acc}.",
                    [fc],
                    [],
                ),
                ("instrumental", f"Тренинг проведен {ins} «{t}» при поддержке {fg}.", [fc], []),
                (
                    "prepositional",
                    f"В {pre} «{t}» участвуют пять сел. {nom} реализует МОМ совместно с {pn}.",
                    [],
                    [IOM, pc],
                ),
                (
                    "implemented-with",
                    f"Тренинг прошел в рамках {gen} «{t}». {nom} реализуется МОМ совместно с {pn}.",
                    [],
                    [IOM, pc],
                ),
                (
                    "svo-implements",
                    f"Тренинг прошел в рамках {gen} «{t}». МОМ реализует {acc} в партнерстве с {pn}.",
                    [],
                    [IOM, pc],
                ),
                (
                    "countries",
                    f"Тренинг прошел в рамках {gen} «{t}», которая реализуется МОМ в Кыргызстане, Таджикистане и Казахстане.",
                    [],
                    [IOM],
                ),
                (
                    "fund-then-impl",
                    f"Тренинг прошел в рамках {gen} «{t}». {nom} финансируется {fi}, а реализуется МОМ.",
                    [fc],
                    [IOM],
                ),
            ]
            for fid, text, funders, implementers in forms:
                yield Case(
                    f"ru-{lemma}-{fid}-{RU_TITLES.index(t)}",
                    text,
                    [(t, None, sorted(funders), sorted(implementers))],
                )
    # no programme word: what something is done under
    for i, t in enumerate(RU_TITLES):
        fn, fg, fi, fc = RU_FUNDERS[i % len(RU_FUNDERS)]
        yield Case(
            f"ru-frame-bare-{i}",
            f"Обучение прошло в рамках «{t}», при поддержке {fg}.",
            [(t, None, [fc], [])],
        )


# ----------------------------------------------------------------------------------------
# Kyrgyz
# ----------------------------------------------------------------------------------------

KY_TITLES = ("Коопсуз жол", "Жашыл өрөөн, бекем үй-бүлө", "Чек арасыз көндүмдөр")
# funders: (nominative, genitive, English)
KY_FUNDERS = (
    ("Европа Бирлиги", "Европа Бирлигинин", "European Union"),
    ("Жапония Өкмөтү", "Жапония Өкмөтүнүн", "Government of Japan"),
)


def kyrgyz_cases() -> Iterator[Case]:
    for i, t in enumerate(KY_TITLES):
        fn, fg, fc = KY_FUNDERS[i % len(KY_FUNDERS)]
        forms = [
            (
                "frame-support",
                f"Тренинг «{t}» долбоорунун алкагында {fg} каржылоосу менен өттү.",
                [fc],
                [],
            ),
            (
                "frame-colloq",
                f"Тренинг «{t}» долбоорунун алкагында {fg} колдоосу менен өткөрүлдү.",
                [fc],
                [],
            ),
            ("nominative-passive", f"«{t}» долбоору {fn} тарабынан каржыланат.", [fc], []),
            (
                "active",
                f"Тренинг «{t}» долбоорунун алкагында өттү. Долбоорду {fn} каржылайт.",
                [fc],
                [],
            ),
            (
                "implemented",
                f"Тренинг «{t}» долбоорунун алкагында өттү. Долбоорду ЭМУ ишке ашырат.",
                [],
                [IOM],
            ),
            ("implemented-passive", f"«{t}» долбоору ЭМУ тарабынан ишке ашырылат.", [], [IOM]),
            (
                "both",
                f"«{t}» долбоору {fg} каржылоосу менен ЭМУ тарабынан ишке ашырылат.",
                [fc],
                [IOM],
            ),
            (
                "subject-first",
                f"Тренинг «{t}» долбоорунун алкагында өттү. Долбоорду ЭМУ {fg} каржылоосу менен ишке ашырат.",
                [fc],
                [IOM],
            ),
        ]
        for fid, text, funders, implementers in forms:
            yield Case(f"ky-{fid}-{i}", text, [(t, None, sorted(funders), sorted(implementers))])


# ----------------------------------------------------------------------------------------
# Negatives: no programme
# ----------------------------------------------------------------------------------------

NOT_PROGRAMMES = (
    "IOM launched a project to help returning migrants find work.",
    "The project helped forty families, and a new initiative will follow.",
    "The training took place under the Law on External Labour Migration, funded by the European Union.",
    "The plan was adopted as part of the National Strategy on Migration Policy, funded by the European Union.",
    "Experts met within the Central Asia Dialogue on Safe Migration, funded by the Government of Japan.",
    "The study was presented at the Bishkek Forum on Labour Mobility, organized by IOM.",
    "The Regional Conference on Migrant Health was held in Almaty, funded by USAID.",
    "The rules were set under the Concept of Migration Policy of the Kyrgyz Republic.",
    "It was done as part of the Action Plan for the Labour Migration Strategy, funded by the European Union.",
    "The centre is part of the United Nations Development Programme.",
    "Funding came from the Global Fund to Fight AIDS, Tuberculosis and Malaria.",
    "The ministry signed the memorandum within the Central Asia Migration Forum.",
    "As part of the «Safe Travel» campaign, volunteers handed out leaflets.",
    "Тренинг прошел в рамках Национальной стратегии по миграции.",
    "Семинар прошел в рамках Форума по трудовой миграции при поддержке Европейского союза.",
    "В рамках Закона о внешней трудовой миграции МОМ провела консультации.",
    "МОМ реализует проекты в Кыргызстане, Таджикистане и Казахстане.",
    "МОМ реализует проект по поддержке трудовых мигрантов, финансируемый Европейским союзом.",
    "The project supports returning migrants in Osh and is funded by the European Union.",
    "IOM launched a new project to support returning migrants, funded by the European Union.",
    "The event was part of the «Safe Migration Week» organized by IOM.",
    "Тренинг прошел в рамках Недели безопасной миграции, организованной МОМ.",
    "Тренинг прошел в рамках кампании «16 дней активизма», при поддержке ЕС.",
    "The workshop was held as part of the 16 Days of Activism Campaign.",
    "Тренинг прошел в рамках Стратегии развития миграционной политики, при поддержке ЕС.",
    "Тренинг «Коопсуз миграция» форумунун алкагында өттү.",
    "The study was presented at the Bishkek Migration Platform meeting.",
    "The Green Climate Fund approved the new plan.",
)


def negative_cases() -> Iterator[Case]:
    for i, text in enumerate(NOT_PROGRAMMES):
        yield Case(f"none-{i}", text, [])


# A programme word that refers back only to a programme named with it; funders that are said
# of something else.
REFERENCES = (
    (
        "The course ran under the Safe Paths Project. The campaign was supported by UNICEF.",
        [("Safe Paths Project", None, [], [])],
    ),
    (
        "The course ran under the Safe Paths Campaign (SPC). The campaign was supported by UNICEF.",
        [("Safe Paths Campaign", "SPC", ["United Nations Children's Fund"], [])],
    ),
    (
        "The course ran under the Safe Paths Project. The action plan was funded by the European Union.",
        [("Safe Paths Project", None, [], [])],
    ),
)


EU = "European Union"
JAPAN = "Government of Japan"
UNDP = "United Nations Development Programme"
SPH = "Safe Paths Home Project"
LEAD = "The training took place under the Safe Paths Home Project"
# More wordings of who funds and runs a programme, and of its name's parts and acronyms.
WORDINGS = (
    # Russian participles after the title
    (
        "Тренинг прошел в рамках проекта «Безопасный путь домой», финансируемого Европейским "
        "союзом и реализуемого МОМ.",
        [("Безопасный путь домой", None, [EU], [IOM])],
    ),
    (
        "Тренинг прошел в рамках проекта «Безопасный путь домой», реализуемого МОМ совместно с "
        "ПРООН при финансовой поддержке Правительства Японии.",
        [("Безопасный путь домой", None, [JAPAN], [IOM, UNDP])],
    ),
    (
        "Тренинг прошел в рамках проекта «Безопасный путь домой». Донором проекта выступает "
        "Правительство Японии.",
        [("Безопасный путь домой", None, [JAPAN], [])],
    ),
    (
        "Тренинг прошел в рамках проекта «Безопасный путь домой» (далее – БПД). БПД "
        "финансируется Европейским союзом.",
        [("Безопасный путь домой", "БПД", [EU], [])],
    ),
    # Kyrgyz participles before the title
    (
        "Тренинг Европа Бирлигинин каржылоосу менен ишке ашырылып жаткан «Коопсуз жол» "
        "долбоорунун алкагында өттү.",
        [("Коопсуз жол", None, [EU], [])],
    ),
    (
        "Тренинг ЭМУ ишке ашырып жаткан «Коопсуз жол» долбоорунун алкагында өттү.",
        [("Коопсуз жол", None, [], [IOM])],
    ),
    # English: the funder before the name, funding given, the donor named
    (
        "The training took place under the EU-funded Safe Paths Home project.",
        [("Safe Paths Home project", None, [EU], [])],
    ),
    (
        f"{LEAD}. The Government of Japan provided funding for the project.",
        [(SPH, None, [JAPAN], [])],
    ),
    (
        f"{LEAD}. The Government of Japan provided a grant to the project.",
        [(SPH, None, [JAPAN], [])],
    ),
    (f"{LEAD}. The project receives funding from the European Union.", [(SPH, None, [EU], [])]),
    (f"{LEAD}, with the financial assistance of the European Union.", [(SPH, None, [EU], [])]),
    (f"{LEAD}. The European Union is the main donor of the project.", [(SPH, None, [EU], [])]),
    (f"{LEAD}. The European Union is funding it.", [(SPH, None, [EU], [])]),
    (f"{LEAD}. The project's donor is the European Union.", [(SPH, None, [EU], [])]),
    (
        f"{LEAD}. The European Union has allocated EUR 2 million to the project.",
        [(SPH, None, [EU], [])],
    ),
    # who runs it: a joint initiative, whose programme it is, a progressive verb
    (f"{LEAD}, a joint initiative of IOM and UNDP.", [(SPH, None, [], [IOM, UNDP])]),
    (f"{LEAD}. IOM and UNDP are implementing the project.", [(SPH, None, [], [IOM, UNDP])]),
    (
        "The Safe Paths Home Project is an IOM initiative funded by the European Union.",
        [(SPH, None, [EU], [IOM])],
    ),
    (
        "The Safe Paths Home Project is a joint UNDP and IOM project.",
        [(SPH, None, [], [IOM, UNDP])],
    ),
    ("The Safe Paths Home Project is a new project.", [(SPH, None, [], [])]),
    (
        "IOM implements the Safe Paths Home Project in cooperation with the Ministry of Labour, "
        "Social Security and Migration.",
        [(SPH, None, [], [IOM, "Ministry of Labour, Social Security and Migration"])],
    ),
    # the name's parts: a phase, a title with a comma shown by its acronym, "known as"
    (
        "The training took place under Phase II of the Safe Paths Home Project, funded by the European Union.",
        [(SPH, None, [EU], [])],
    ),
    (
        "The training took place under the Safe Paths, Strong Families project (SPSF), funded by "
        "the European Union.",
        [("Safe Paths, Strong Families project", "SPSF", [EU], [])],
    ),
    (
        "The training took place under the Safe Paths Home project, known as SPH, funded by the "
        "European Union. SPH also repaired clinics.",
        [("Safe Paths Home project", "SPH", [EU], [])],
    ),
    (
        "The training took place under a project called Safe Paths Home, funded by the European "
        "Union.",
        [("Safe Paths Home", None, [EU], [])],
    ),
    (
        "The training took place under the Safe Paths Home (SPH) project, funded by the European "
        "Union. SPH also repaired clinics.",
        [("Safe Paths Home", "SPH", [EU], [])],
    ),
)


RU_PROTECTION = "Программа по защите прав трудовых мигрантов"
# Russian and Kyrgyz wordings more; Russian names that open with their programme word (in
# any case, the tail up to a verb); two programmes, each with its own funder.
MORE_WORDINGS = (
    (
        "Семинар организован в рамках проекта «Безопасный путь домой». Финансирование проекта "
        "осуществляет Европейский союз.",
        [("Безопасный путь домой", None, [EU], [])],
    ),
    (
        "Семинар организован в рамках проекта «Безопасный путь домой». Его финансирует "
        "Правительство Японии.",
        [("Безопасный путь домой", None, [JAPAN], [])],
    ),
    (
        "Семинар организован в рамках проекта «Безопасный путь домой». Его участники отметили "
        "важность темы.",
        [("Безопасный путь домой", None, [], [])],
    ),
    (
        "Семинар организован в рамках проекта «Безопасный путь домой». Проект финансирует "
        "Правительство Японии, а реализует МОМ.",
        [("Безопасный путь домой", None, [JAPAN], [IOM])],
    ),
    (
        "Тренинг прошел в рамках совместного проекта МОМ и ПРООН «Безопасный путь домой».",
        [("Безопасный путь домой", None, [], [IOM, UNDP])],
    ),
    (
        "Тренинг «Коопсуз жол» программасынын алкагында Европа Бирлигинин каржылоосу менен өттү.",
        [("Коопсуз жол", None, [EU], [])],
    ),
    (
        "Тренинг «Коопсуз жол» долбоорунун алкагында өттү. Долбоорду Европа Бирлиги каржылайт, "
        "ал эми ЭМУ ишке ашырат.",
        [("Коопсуз жол", None, [EU], [IOM])],
    ),
    (
        "Тренинг «Коопсуз жол» долбоору аркылуу өттү. Долбоорду ЭМУ менен ПРООН биргеликте "
        "ишке ашырат.",
        [("Коопсуз жол", None, [], [IOM, UNDP])],
    ),
    (
        "Тренинг проведен Программой по защите прав трудовых мигрантов при поддержке "
        "Европейского союза.",
        [(RU_PROTECTION, None, [EU], [])],
    ),
    (
        "Участники Программы по защите прав трудовых мигрантов получили гранты. Программа "
        "финансируется Европейским союзом.",
        [(RU_PROTECTION, None, [EU], [])],
    ),
    (
        "В рамках Инициативы по безопасной миграции прошел тренинг. Инициатива реализуется МОМ.",
        [("Инициатива по безопасной миграции", None, [], [IOM])],
    ),
    (
        "Тренинг прошел в рамках Центральноазиатской программы по трудовой миграции, "
        "финансируемой Европейским союзом.",
        [("Центральноазиатская программа по трудовой миграции", None, [EU], [])],
    ),
    ("Проект финансируется Глобальным фондом для борьбы со СПИДом.", []),
    # a programme that something is done with the support of funds nobody
    ("The clinic was funded under the Safe Paths Home Project.", [(SPH, None, [], [])]),
    (
        "The clinic was renovated with the support of the Safe Paths Home Project, funded by the "
        "European Union.",
        [(SPH, None, [EU], [])],
    ),
    (
        "Клиника отремонтирована при поддержке проекта «Безопасный путь домой».",
        [("Безопасный путь домой", None, [], [])],
    ),
    (
        "Клиника отремонтирована при поддержке проекта «Безопасный путь домой», финансируемого "
        "Европейским союзом.",
        [("Безопасный путь домой", None, [EU], [])],
    ),
    (
        "Клиника «Коопсуз жол» долбоорунун колдоосу менен оңдолду. Долбоорду Европа Бирлиги "
        "каржылайт.",
        [("Коопсуз жол", None, [EU], [])],
    ),
    # a donor that supports a programme funds it; another supporter does not
    (
        "The Joint SDG Fund supports the Safe Paths Home Project.",
        [(SPH, None, ["Joint SDG Fund"], [])],
    ),
    ("IOM supports the Safe Paths Home Project.", [(SPH, None, [], [])]),
    (
        "The course was held under the Safe Paths Home Project. The Government of Japan has "
        "supported it since 2020.",
        [(SPH, None, [JAPAN], [])],
    ),
    (
        "The course was held under the Safe Paths Home Project. IOM supported it with funding "
        "from the European Union.",
        [(SPH, None, [EU], [])],
    ),
    (
        "The course was held under the Safe Paths Home Project. It is funded by the European "
        "Union. The clinic belongs to the Green Valleys Initiative. It is funded by the "
        "Government of Japan.",
        [(SPH, None, [EU], []), ("Green Valleys Initiative", None, [JAPAN], [])],
    ),
    (
        "The Safe Paths Home Project, funded by the European Union, and the Green Valleys "
        "Initiative, funded by the Government of Japan, held a joint fair.",
        [(SPH, None, [EU], []), ("Green Valleys Initiative", None, [JAPAN], [])],
    ),
)


def wording_cases() -> Iterator[Case]:
    for i, (text, expected) in enumerate((*WORDINGS, *MORE_WORDINGS)):
        yield Case(f"wording-{i}", text, [(n, a, sorted(f), sorted(m)) for n, a, f, m in expected])


def reference_cases() -> Iterator[Case]:
    for i, (text, expected) in enumerate(REFERENCES):
        yield Case(f"reference-{i}", text, expected)


def all_cases() -> list[Case]:
    return [
        *english_cases(),
        *russian_cases(),
        *kyrgyz_cases(),
        *negative_cases(),
        *reference_cases(),
        *wording_cases(),
    ]


CASES = all_cases()


def normal(
    found: list[tuple[str, str | None, list[str], list[str]]],
) -> list[tuple[str, str | None, list[str], list[str]]]:
    return [(n, a, sorted(f), sorted(i)) for n, a, f, i in found]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_grid(case: Case) -> None:
    assert normal(programmes(case.text)) == case.expected


def test_grid_size() -> None:
    # (the grid stays fast: at most about 1,500 cases, ids unique)
    assert len(CASES) <= 1500
    assert len({c.id for c in CASES}) == len(CASES)


if __name__ == "__main__":  # pragma: no cover
    # a summary of the failures by form (python tests/test_programme_grid.py)
    import collections

    fails: collections.Counter[str] = collections.Counter()
    for c in CASES:
        got = normal(programmes(c.text))
        if got != c.expected:
            fails[c.id.rsplit("-", 1)[0] if c.id[-1].isdigit() else c.id] += 1
            print(f"FAIL {c.id}\n  {c.text}\n  want {c.expected}\n  got  {got}")
    print(len(CASES), "cases,", sum(fails.values()), "failures")
    _ = itertools
