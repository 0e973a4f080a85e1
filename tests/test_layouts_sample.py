"""Every bundled sample page (invented, one per layout and opening) parses to exactly these fields.

The sample pages live in ``src/iomkg/sample/pages``; they and these expectations
are invented by the iomkg developers (no real person, event or figure).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

import iomkg


class Want(NamedTuple):
    layout: str
    kind: str
    language: str | None
    category: str | None
    # (title, language, paragraphs, captions, tags) per article
    articles: tuple[
        tuple[str | None, str | None, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...
    ]
    teasers: tuple[tuple[str, str | None, str | None], ...]
    facts: tuple[tuple[str, str | None], ...]
    warnings: tuple[str, ...]


EXPECTED = {
    "kyrgyzstan-menu-about-twice.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented ministry and IOM discuss support for returning migrants",
                "en",
                (
                    "Bishkek– On August 14, the Deputy Minister of Invented Affairs, Ms. Aizada Tokonova, and the IOM Chief of Mission, Mr. Peter Invented, met to discuss support for returning migrants.",
                    "The meeting focused on job counselling for 450 returnees in Chui and Talas provinces.",
                    "“Every returnee deserves a fair start at home,” said Ms. Tokonova.",
                    "The support is part of the invented Safe Return Programme, funded by the Invented Development Fund.",
                ),
                (),
                ("SDG 10 - Reduced Inequalities", "SDG 8 - Decent Work and Economic Growth"),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "kyrgyzstan-menu-what-we-do.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "IOM Deputy Director visits border posts in the south",
                "en",
                (
                    "Bishkek and Osh- Deputy Regional Director Ms. Clara Invented visits Kyrgyzstan on 3-4 October 2023.",
                    "During the visit she met border officers trained under the invented Border Dialogue Project.",
                    "She also opened a renovated waiting room for travellers in Osh.",
                ),
                (
                    "Participants of the visit at the Invented Pass checkpoint. Photo: IOM/Invented Photographer",
                ),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "kazakhstan-menu.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented caravan campaign on safe migration reaches twelve towns",
                "en",
                (
                    "Astana, October 12, 2022 – At the initiative of an invented youth council, a caravan on safe migration visited twelve towns of northern Kazakhstan.",
                    "Volunteers handed out 3,000 invented leaflets with hotline numbers.",
                ),
                (),
                ("City of Dispatch: Astana",),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "tajikistan-menu.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented water committees trained in mountain villages",
                "en",
                (
                    "27 and 28 March, Dushanbe, Tajikistan – Forty members of invented village water committees learned how to plan for droughts.",
                    "The training was part of an invented climate resilience initiative.",
                ),
                (),
                ("SDG 13 - Climate Action",),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "eca-menu.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Regional invented forum on labour mobility closes in Turkistan",
                "en",
                (
                    "4-7 November 2024, Turkistan, Kazakhstan – Officials from five invented agencies agreed on a shared plan for labour mobility.",
                    "The forum heard from 60 invented speakers.",
                ),
                (),
                ("Venue: Turkistan, Invented Congress Hall",),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "global-menu.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "IOM launches an invented appeal for displaced families",
                "en",
                (
                    "Geneva — IOM, the UN Migration Agency, today launched an invented appeal of USD 12 million for displaced families.",
                    "The invented appeal covers shelter, water and cash assistance for six months.",
                ),
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "french-menu.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="fr",
        category=None,
        articles=(
            (
                "L'OIM forme des agents de santé dans une région inventée",
                "fr",
                (
                    "Dakar – L'OIM a formé 25 agents de santé inventés pour la prise en charge des migrants dans la région.",
                    "La formation a duré trois jours et a été suivie par des partenaires de la société civile.",
                ),
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "news-local.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented youth centre opens in Naryn",
                "en",
                (
                    "Bishkek - on 19 July, an invented youth centre for the families of migrants opened its doors in Naryn.",
                    "The centre will offer language classes and legal advice to 200 invented families each year.",
                ),
                (),
                ("SDG 10 - Reduced Inequalities",),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "novosti-local-ru.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="ru",
        category=None,
        articles=(
            (
                "В Караколе открылся вымышленный центр консультаций для мигрантов",
                "ru",
                (
                    "Бишкек - 12 октября Миссия МОМ в Кыргызстане открыла вымышленный центр консультаций для мигрантов и их семей в Караколе.",
                    "Центр будет консультировать около 300 человек в год по вопросам трудоустройства за рубежом.",
                ),
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "skip-link.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "IOM and an invented partner sign a road safety pledge for migrant drivers",
                "en",
                (
                    "Baku, 24 April 2025 —The International Organization for Migration and an invented transport union signed a pledge on road safety for migrant drivers.",
                    "The pledge sets out training for 500 invented drivers by the end of the year.",
                ),
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "press-release.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented report counts migrants helped during the winter",
                "en",
                (
                    "Geneva — IOM published an invented report today counting 8,400 migrants helped during the winter.",
                    "The report thanks invented donors for their support.",
                ),
                # The subtitle before the dateline lead is a caption, not a paragraph.
                ("Families in five invented provinces received heating support",),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "title-first.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "An invented census counts seasonal workers",
                "en",
                (
                    "Kazakhstan – The Central Asian country counted 14,000 invented seasonal workers in a new survey.",
                    "The survey will be repeated every invented season.",
                ),
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "story.txt": Want(
        layout="iom-drupal",
        kind="story",
        language="en",
        category=None,
        articles=(
            (
                None,
                "en",
                (
                    "“I never thought I would run my own bakery,” says Invented Aizhan.",
                    "A family bakery before and after the renovation",
                    "Aizhan came back from abroad in an invented spring with savings and a plan.",
                    "With a small invented grant, she bought an oven and hired two neighbours.",
                    "Today the bakery sells 300 loaves a day in her invented village.",
                ),
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "project-triples.txt": Want(
        layout="iom-drupal",
        kind="project",
        language="en",
        category=None,
        articles=(
            (
                "Invented Skills for Returnees Project",
                "en",
                (
                    "The invented project helps returning migrants find work through vocational courses.",
                    "It works in three invented districts with local employment services.",
                ),
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(
            ("Start Date", "2022"),
            ("End Date", "2024"),
            ("Budget Amount (USD)", "300000.00"),
            ("Prima ID", "KG10P9999"),
            ("Donor", None),
        ),
        warnings=(),
    ),
    "project-bullets.txt": Want(
        layout="iom-drupal",
        kind="project",
        language="en",
        category=None,
        articles=(
            (
                "Invented Safe Routes Project",
                "en",
                (
                    "The invented project informs young people about safe routes to work abroad.",
                    "Start Date",
                    "Project Type",
                    "Labour Migration",
                    "Donor",
                    "Invented Foundation for Mobility",
                ),
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(
            ("Start Date", None),
            ("Project Type", "Labour Migration"),
            ("Donor", "Invented Foundation for Mobility"),
        ),
        warnings=(),
    ),
    "news-index.txt": Want(
        layout="iom-drupal",
        kind="listing",
        language="en",
        category=None,
        articles=(),
        teasers=(
            (
                "Вымышленный форум о трудовой миграции прошёл в Оше",
                "Участники вымышленного форума обсудили новые правила найма мигрантов и договорились о ...",
                "ru",
            ),
            (
                "Invented forum on labour migration held in Osh",
                "Participants of the invented forum discussed new hiring rules for migrants and agreed on ...",
                "en",
            ),
            (
                "Вымышленная кампания о безопасной миграции стартовала в Таласе",
                "Волонтёры вымышленной кампании посетили двадцать сёл и рассказали о ...",
                "ru",
            ),
            (
                "Invented safe migration campaign starts in Talas",
                "Volunteers of the invented campaign visited twenty villages and spoke about ...",
                "en",
            ),
        ),
        facts=(),
        warnings=(),
    ),
    "stats-widget.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented study counts remittances to mountain districts",
                "en",
                (
                    "Bishkek - An invented study found that families in mountain districts receive remittances every month.",
                    "The invented figures will guide local planning.",
                ),
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "legacy-post.txt": Want(
        layout="iom-kg-legacy",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented ceremony hands over equipment to a border post",
                "en",
                (
                    "On April 10, 2017 a ceremony was held at an invented border post to hand over radios and two vehicles.",
                    "The equipment was bought under an invented border project funded by an invented donor.",
                    "The head of the post, Mr. Bakyt Invented, thanked the donor for the support.",
                ),
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "legacy-category.txt": Want(
        layout="iom-kg-legacy",
        kind="listing",
        language="en",
        category="Press Releases",
        articles=(
            (
                "Invented shelter for victims of trafficking reopens in Osh",
                "en",
                (
                    "June 22, 2016. Bishkek. The invented shelter for victims of trafficking reopened after repairs funded by an invented donor.",
                    "The shelter can host twelve people and offers legal and medical help.",
                ),
                (),
                (),
            ),
            (
                "Invented hotline answers 5,000 calls",
                "en",
                (
                    "From March 30 to April 1 2015, the invented hotline team reviewed its results for the year.",
                    "5,000 calls were answered;",
                    "400 people were referred to partners;",
                    "90 people received legal aid.",
                    "The team thanked invented volunteers for their work.",
                ),
                (),
                (),
            ),
            (
                None,
                "en",
                (
                    "An invented job fair for returning migrants was held in Talas on 12 May 2015.",
                    "Employers from invented companies offered 150 vacancies.",
                ),
                (),
                (),
            ),
        ),
        teasers=(
            ("Круглый стол по вымышленным вопросам миграции", None, "ru"),
            ("Вымышленный визит в Нарын", None, "ru"),
        ),
        facts=(),
        warnings=(),
    ),
    "legacy-project.txt": Want(
        layout="iom-kg-legacy",
        kind="project",
        language="en",
        category=None,
        articles=(
            (
                "Invented Community Stabilization Project",
                "en",
                (
                    "The invented project helps border villages to solve disputes over water and pasture.",
                    "Donor: Invented Government of Atlantis",
                    "Duration: 2011 – 2013",
                    "Budget of the project: $1.5 млн. USD",
                    "Partners:",
                    "Invented Ministry of Water",
                    "Invented Village Councils Association",
                    "The project built eight invented water points.",
                ),
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(
            ("Donor", "Invented Government of Atlantis"),
            ("Duration", "2011 – 2013"),
            ("Budget of the project", "$1.5 млн. USD"),
            ("Partners", "Invented Ministry of Water; Invented Village Councils Association"),
        ),
        warnings=(),
    ),
    "legacy-no-header.txt": Want(
        layout="iom-kg-legacy",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented roundtable on migrant health",
                "en",
                (
                    "The invented roundtable will bring together doctors and officials to discuss health care for migrants.",
                    "Participants will agree on recommendations for an invented health strategy.",
                ),
                (),
                ("Date: 12 May 2015", "Time: 10:00", "Location: Bishkek, Invented Hotel"),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "agency-page.txt": Want(
        layout="generic",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "INVENTED AGENCY SAYS TWO NEW MIGRANT CENTRES OPEN",
                "en",
                (
                    "Bishkek/Astana, 30 May 2025 – Two invented migrant centres opened on the same day in two capitals, an invented agency reported.",
                    "Cairo, October 22,2015 – This second paragraph quotes an invented older report from another office.",
                ),
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=("no known layout recognised the page; read it with the generic layout",),
    ),
    "job-ad.txt": Want(
        layout="generic",
        kind="vacancy",
        language="en",
        category=None,
        articles=(
            (
                None,
                "en",
                ("The invented assistant will help the project team with logistics and reports.",),
                (),
                (
                    "Vacancy notice: invented national project assistant",
                    "Position Title: Project Assistant (Invented)",
                    "Duty Station: Bishkek, Kyrgyzstan",
                    "Closing Date: 15 May 2025",
                    "Type of Appointment: Special short-term, six months",
                ),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=("no known layout recognised the page; read it with the generic layout",),
    ),
    "kyrgyz-page.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="ky",
        category=None,
        articles=(
            (
                "Нарында мигранттардын үй-бүлөлөрү үчүн ойдон чыгарылган борбор ачылды",
                "ky",
                (
                    "Нарын - 5-июнда мигранттардын үй-бүлөлөрү үчүн ойдон чыгарылган кеңеш берүү борбору ачылды.",
                    "Борбор жылына 200 үй-бүлөгө акысыз жардам көрсөтөт.",
                ),
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "cut-short.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented migrant resource centre opens in Batken",
                "en",
                (
                    "Almaty - The invented resource centre in Batken will advise 600 migrants a year.",
                    "It was opened with the support of an invented donor.",
                    "SD",
                ),
                (),
                ("SDG 11 - Sustainable Cities and Communities",),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=("the page looks cut short: it ends inside a tail tag ('SD')",),
    ),
}


def _got(page: iomkg.Page) -> Want:
    return Want(
        layout=page.layout,
        kind=page.kind.value,
        language=page.language,
        category=page.category,
        articles=tuple(
            (a.title, a.language, a.paragraphs, a.captions, a.tags) for a in page.articles
        ),
        teasers=tuple((t.title, t.summary, t.language) for t in page.teasers),
        facts=tuple((f.label, f.value) for f in page.facts),
        warnings=page.warnings,
    )


def test_every_sample_page_has_an_expectation() -> None:
    assert sorted(EXPECTED) == sorted(name for name, _, _ in iomkg.sample_pages())


@pytest.mark.parametrize(("name", "url", "text"), iomkg.sample_pages(), ids=lambda v: str(v)[:40])
def test_sample_page(name: str, url: str | None, text: str) -> None:
    assert _got(iomkg.parse(text, url=url)) == EXPECTED[name]


@pytest.mark.parametrize(("name", "url", "text"), iomkg.sample_pages(), ids=lambda v: str(v)[:40])
def test_sample_page_parses_the_same_as_bytes(name: str, url: str | None, text: str) -> None:
    assert _got(iomkg.parse(text.encode("utf-8"), url=url)) == EXPECTED[name]


def test_sample_index_says_the_pages_are_invented() -> None:
    import json
    from importlib import resources

    index = json.loads(resources.files("iomkg.sample").joinpath("index.json").read_text("utf-8"))
    assert index["invented"] is True
    assert "INVENTED" in index["about"]
