"""Invented pages for every opening and form of FORMATS.md, parsed to exact values.

Every page under ``tests/fixtures/text/invented/`` is INVENTED (see ``pages.json``
there): invented people, events, organizations and figures, written in
the text-dump format of the real sites, combining traits the way a crawl does.
Each test pins the whole reading of one page: layout, kind, language, category,
each article's title, language, publication date, dateline (text, places,
date), paragraph count and first paragraph, tags and captions, the teasers,
facts and warnings.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

import iomkg

HERE = Path(__file__).parent / "fixtures" / "text" / "invented"
INDEX = json.loads((HERE / "pages.json").read_text(encoding="utf-8"))
URLS: dict[str, str | None] = {page["file"]: page["url"] for page in INDEX["pages"]}

# One article: title, language, published (ISO), dateline (text, place names, EDTF) or None,
# paragraph count, first paragraph, tags, captions.
ArticleWant = tuple[
    str | None,
    str | None,
    str | None,
    tuple[str, tuple[str, ...], str | None] | None,
    int,
    str | None,
    tuple[str, ...],
    tuple[str, ...],
]


@attrs.frozen(kw_only=True)
class Want:
    layout: str
    kind: str
    language: str | None
    category: str | None
    articles: tuple[ArticleWant, ...]
    teasers: tuple[tuple[str, str | None], ...]
    facts: tuple[tuple[str, str | None], ...]
    warnings: tuple[str, ...]


def _read(page: iomkg.Page) -> Want:
    articles: list[ArticleWant] = []
    for art in page.articles:
        dl = art.dateline
        articles.append(
            (
                art.title,
                art.language,
                art.published.isoformat() if art.published else None,
                (
                    (dl.text, tuple(p.name for p in dl.places), dl.date.edtf if dl.date else None)
                    if dl is not None
                    else None
                ),
                len(art.paragraphs),
                art.paragraphs[0] if art.paragraphs else None,
                art.tags,
                art.captions,
            )
        )
    return Want(
        layout=page.layout,
        kind=page.kind.value,
        language=page.language,
        category=page.category,
        articles=tuple(articles),
        teasers=tuple((t.title, t.language) for t in page.teasers),
        facts=tuple((f.label, f.value) for f in page.facts),
        warnings=page.warnings,
    )


def _text(name: str) -> str:
    return (HERE / name).read_text(encoding="utf-8")


WANT = {
    "agency.txt": Want(
        layout="generic",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "INVENTED AGENCY: IOM TRAINS BORDER GUARDS IN NARYN",
                "en",
                "2021-04-29",
                ("Naryn, April 29, 2021", ("Naryn",), "2021-04-29"),
                2,
                "Naryn, April 29, 2021 – The International Organization for Migration trained twenty "
                "invented border guards in Naryn on the rights of migrants, the invented agency "
                "Kabar-Test reports.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=("no known layout recognised the page; read it with the generic layout",),
    ),
    "baku.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented forum on diaspora investment opens",
                "en",
                "2025-04-24",
                ("Baku, 24 April 2025", ("Baku",), "2025-04-24"),
                2,
                "Baku, 24 April 2025 —The International Organization for Migration opened an "
                "invented forum on diaspora investment.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "cairo.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented conference on migrant children ends",
                "en",
                "2015-10-22",
                ("Cairo, October 22,2015", ("Cairo",), "2015-10-22"),
                2,
                "Cairo, October 22,2015 – An invented conference on migrant children ended with a "
                "joint statement.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "caption.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented mobile team visits border villages of Batken",
                "en",
                "2022-06-14",
                ("Batken, 14 June 2022", ("Batken",), "2022-06-14"),
                2,
                "Batken, 14 June 2022 – An invented mobile team of lawyers visited eight border "
                "villages to advise families of migrants.",
                (),
                (
                    "Members of the invented mobile team talk to residents of Ak-Say village. Photo: "
                    "IOM/Invented Photographer",
                ),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "cut-bullet.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented checklist for departing migrants",
                "en",
                None,
                ("Bishkek", ("Bishkek",), None),
                3,
                "Bishkek - IOM published an invented checklist for people leaving for work abroad.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(
            "the page looks cut short: it ends with a bullet alone",
            "a list item cut to its bullet alone was dropped",
        ),
    ),
    "cut-short.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented job fair for returning migrants held in Jalal-Abad",
                "en",
                None,
                ("Jalal-Abad", ("Jalal-Abad",), None),
                2,
                "Jalal-Abad - On 3 June, an invented job fair brought together 35 employers and more "
                "than 600 returning migrants.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=("the page looks cut short: it ends mid-sentence ('Labor migration ma')",),
    ),
    "cut-start.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                None,
                "en",
                None,
                None,
                3,
                "works were finished in an invented school of Kara-Suu in time for the new school "
                "year.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "dash-title.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Kyrgyzstan – Kazakhstan border meeting agrees invented crossing hours",
                "en",
                "2025-05-30",
                ("Bishkek/Astana, 30 May 2025", ("Bishkek", "Astana"), "2025-05-30"),
                2,
                "Bishkek/Astana, 30 May 2025 – Invented border commanders of the two countries "
                "agreed new crossing hours for the summer.",
                (),
                (),
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
                "Invented regional dialogue on climate mobility closes in Turkistan",
                "en",
                None,  # a day range in the dateline dates the event, not the page
                (
                    "4-7 November 2024, Turkistan, Kazakhstan",
                    ("Turkistan", "Kazakhstan"),
                    "2024-11-04/2024-11-07",
                ),
                2,
                "4-7 November 2024, Turkistan, Kazakhstan – Delegates from six invented agencies "
                "agreed a road map on climate mobility at the close of a four-day dialogue.",
                ("Venue: Turkistan, Invented Congress Hall",),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "french.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="fr",
        category=None,
        articles=(
            (
                "L'OIM forme des agents de santé imaginaires à Nouakchott",
                "fr",
                None,
                ("Nouakchott", ("Nouakchott",), None),
                2,
                "Nouakchott – L'OIM a formé vingt agents de santé d'un centre imaginaire aux "
                "premiers secours pour les migrants.",
                (),
                (),
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
                "IOM opens invented appeal for flood-hit communities",
                "en",
                None,
                ("Geneva", ("Geneva",), None),
                2,
                "Geneva — IOM, the UN Migration Agency, today launched an invented appeal of USD 12 "
                "million for communities displaced by river floods in the fictional Varna valley.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "gov-site-name.txt": Want(
        layout="generic",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "The Minister met the IOM Chief of Mission",
                "en",
                "2023-05-12",
                None,
                2,
                "On 12 May 2023, the Minister of Invented Affairs met the IOM Chief of Mission to "
                "discuss an invented project.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(
            "no known layout recognised the page; read it with the generic layout",
            "2 short line(s) around the title were dropped as chrome",
        ),
    ),
    "glued.txt": Want(
        layout="iom-kg-legacy",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented seminar on migrant health held in Karakol",
                "en",
                None,
                ("Karakol", ("Karakol",), None),
                3,
                "Karakol - On December 18th, 2014 doctors from six invented clinics met in "
                "Karakol.In two days they studied how to screen migrants for tuberculosis.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "job.txt": Want(
        layout="generic",
        kind="vacancy",  # duty station and closing date: a vacancy notice
        language="en",
        category=None,
        articles=(
            (
                None,
                "en",
                None,
                None,
                1,
                # "Context:" is a field label before the lead, kept as a caption.
                "IOM is looking for an invented project assistant to support data collection on labour migration.",
                (
                    "Position Title: Invented Project Assistant (Migration Data)",
                    "Duty Station: Bishkek, Kyrgyzstan",
                    "Classification: General Service Staff, Grade G5",
                    "Type of Appointment: Fixed term, one year",
                    "Closing Date: 15 March 2024",
                ),
                ("Context:",),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=("no known layout recognised the page; read it with the generic layout",),
    ),
    "kazakh.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="kk",
        category=None,
        articles=(
            (
                "Астанада мигранттарға арналған ойдан шығарылған орталық ашылды",
                "kk",
                "2022-10-12",
                ("Астана, 12 қазан 2022", ("Astana",), "2022-10-12"),
                2,
                "Астана, 12 қазан 2022 – Халықаралық көші-қон ұйымы мигранттарға арналған ойдан "
                "шығарылған орталық ашты.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "kyrgyz.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="ky",
        category=None,
        articles=(
            (
                "Нарында мигранттар үчүн ойлоп табылган борбор ачылды",
                "ky",
                None,
                ("Бишкек - 5 май", ("Bishkek",), "XXXX-05-05"),
                3,
                "Бишкек - 5 май Эл аралык миграция уюму Нарын шаарында мигранттар үчүн ойлоп "
                "табылган кеңеш берүү борборун ачты.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "kz-menu.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented hackathon on labour mobility held in Shymkent",
                "en",
                "2022-10-12",
                ("Astana, October 12, 2022", ("Astana",), "2022-10-12"),
                3,
                "Astana, October 12, 2022 – At the initiative of the invented Steppe Youth Union, "
                "forty students met in Shymkent to design apps for labour migrants.",
                ("SDG 8 - Decent Work and Economic Growth", "SDG 10 - Reduced Inequalities"),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "leading-nl.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented caravan stops in Talas",
                "en",
                None,
                ("Talas", ("Talas",), None),
                2,
                "Talas - On 4 April, an invented caravan on safe migration stopped in Talas.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "legacy-cat-first-dropped.txt": Want(
        layout="iom-kg-legacy",
        kind="listing",
        language="en",
        category="Press Releases",
        articles=(
            (
                None,
                "en",
                "2016-05-05",
                ("Bishkek, 5 May 2016", ("Bishkek",), "2016-05-05"),
                2,
                "Bishkek, 5 May 2016 – An invented campaign against trafficking started in five "
                "cities.",
                (),
                (),
            ),
            (
                "Invented trainers finish course in Osh",
                "en",
                "2016-04-12",
                ("Osh, 12 April 2016", ("Osh",), "2016-04-12"),
                1,
                "Osh, 12 April 2016 - Twenty invented trainers finished a course.",
                (),
                (),
            ),
        ),
        teasers=(("Invented study tour to Moldova ends", "en"),),
        facts=(),
        warnings=(),
    ),
    "legacy-cat.txt": Want(
        layout="iom-kg-legacy",
        kind="listing",
        language="en",
        category="Press Releases",
        articles=(
            (
                "Invented hotline on safe migration answers its ten-thousandth call",
                "en",
                "2015-03-03",
                ("March 3, 2015. Bishkek", ("Bishkek",), "2015-03-03"),
                2,
                "March 3, 2015. Bishkek. The invented hotline run by IOM and the public foundation "
                "“Insan Bar” received its ten-thousandth call this week.",
                (),
                (),
            ),
            (
                None,
                "en",
                None,
                ("Osh", ("Osh",), None),
                2,
                "Osh - On 12 February, twenty invented trainers finished a course on counselling "
                "returning migrants.",
                (),
                (),
            ),
            (
                "Invented mobile clinic visits three villages of Batken",
                "en",
                "2015-05-05",
                ("Batken, 5 May 2015", ("Batken",), "2015-05-05"),
                2,
                "Batken, 5 May 2015 – An invented mobile clinic examined 320 migrants' family "
                "members in three villages of Batken oblast.",
                (),
                (),
            ),
        ),
        teasers=(
            ("Вымышленный семинар для журналистов прошел в Оше", "ru"),
            ("Вымышленная выставка фотографий о миграции", "ru"),
        ),
        facts=(),
        warnings=(),
    ),
    "legacy-gallery.txt": Want(
        layout="iom-kg-legacy",
        kind="listing",
        language="en",
        category="Photo Gallery",
        articles=(
            (
                "Invented photo exhibition on labour migrants opens in Bishkek",
                "en",
                "2019-07-05",
                ("05 July 2019 г. Bishkek", ("Bishkek",), "2019-07-05"),
                2,
                "05 July 2019 г. Bishkek. An invented exhibition of 60 photos of labour migrants "
                "opened at the invented City Gallery.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "legacy-noheader.txt": Want(
        layout="iom-kg-legacy",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented round table on migrant children",
                "en",
                None,
                None,
                2,
                "IOM invites journalists to an invented round table on children left behind by "
                "migrant parents.",
                ("Date: 12 March 2018", "Time: 10:00", "Location: Bishkek, Invented Hotel"),
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
                "Invented shelter for victims of trafficking renovated in Osh",
                "en",
                None,
                None,
                3,
                "On April 10, 2017 a ceremony was held in Osh to mark the end of renovation works at "
                "an invented shelter run by the public foundation “Ak Kanat”.",
                (),
                (),
            ),
        ),
        teasers=(),
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
                "Invented Safe Roads for Migrants Project",
                "en",
                None,
                None,
                8,
                "The project helps invented local communities keep migrants safe on seasonal routes.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(
            ("Donor", "Invented Government of Norland"),
            ("Duration", "2012 – 2014"),
            ("Budget of the project", "$1.5 млн. USD"),
            ("Partners", "Invented Ministry of Transport; Public foundation “Safe Way”"),
        ),
        warnings=(),
    ),
    "march.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented water committees trained in Rasht",
                "en",
                None,
                (
                    "27 and 28 March, Dushanbe, Tajikistan",
                    ("Dushanbe", "Tajikistan"),
                    "XXXX-03-27/XXXX-03-28",
                ),
                2,
                "27 and 28 March, Dushanbe, Tajikistan – Forty members of invented water committees "
                "studied conflict mediation.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "menu-only.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(),
        teasers=(),
        facts=(),
        warnings=("the page holds no text after its opening; it looks cut short",),
    ),
    "mixed.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented round table on remittances held in Bishkek",
                "en",
                "2023-09-14",
                ("Bishkek, 14 September 2023", ("Bishkek",), "2023-09-14"),
                3,
                "Bishkek, 14 September 2023 – Bankers and invented diaspora groups discussed cheaper "
                "remittances at a round table in Bishkek.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "nbsp.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented training for social workers",
                "en",
                None,
                ("Osh", ("Osh",), None),
                2,
                "Osh – On 5 June, 25 social workers of an invented network studied case management.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "newsindex.txt": Want(
        layout="iom-drupal",
        kind="listing",
        language="en",
        category=None,
        articles=(),
        teasers=(
            ("Вымышленный форум молодежи прошел в Караколе", "ru"),
            ("Invented youth forum held in Karakol", "en"),
            ("Вымышленная ярмарка вакансий в Оше", "ru"),
            ("Invented job fair in Osh", "en"),
        ),
        facts=(),
        warnings=(),
    ),
    "ocha.txt": Want(
        layout="generic",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented flash update: displacement in the fictional Sary valley",
                "en",
                None,
                ("Kazakhstan", ("Kazakhstan",), None),
                2,
                "Kazakhstan – The Central Asian country received an invented 2,000 people displaced "
                "by mudflows in the fictional Sary valley, IOM said on Monday.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=("no known layout recognised the page; read it with the generic layout",),
    ),
    "person-lead.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented award for migrant teachers",
                "en",
                None,
                None,
                3,
                "“Teaching is my way home – and I will not stop,” said Gulmira Ashyrova at the "
                "ceremony.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "person-lead2.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented award for migrant teachers",
                "en",
                None,
                None,
                2,
                "Gulmira Ashyrova – a teacher from an invented village – won the award for her "
                "evening classes.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "quirks.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented `Manas Birthday` festival features «Safe Migration” tent",
                "en",
                None,
                ("Talas", ("Talas",), None),
                2,
                "Talas– On September 2, volunteers of an invented youth group set up a tent on safe "
                "migration at the festival.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "reliefweb.txt": Want(
        layout="generic",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented cash assistance reaches families of migrants in Batken",
                "en",
                "2022-05-12",
                ("Batken", ("Batken",), None),
                2,
                "Batken – IOM delivered invented cash assistance to 500 families of migrants in "
                "Batken oblast.",
                (),
                # The platform's label header stays beside the body, and is the page's facts.
                (
                    "Format",
                    "News and Press Release",
                    "Source",
                    "IOM",
                    "Posted",
                    "12 May 2022",
                    "Originally published",
                    "11 May 2022",
                ),
            ),
        ),
        teasers=(),
        facts=(
            ("Format", "News and Press Release"),
            ("Source", "IOM"),
            ("Posted", "12 May 2022"),
            ("Originally published", "11 May 2022"),
        ),
        warnings=(
            "no known layout recognised the page; read it with the generic layout",
            "1 short line(s) around the title were dropped as chrome",
        ),
    ),
    "ru-agency.txt": Want(
        layout="generic",
        kind="article",
        language="ru",
        category=None,
        articles=(
            (
                "Вымышленный центр для мигрантов открылся в Караколе",
                "ru",
                "2021-04-29",
                ("Бишкек, 29 апреля. /Кабар-Тест/", ("Bishkek",), "XXXX-04-29"),
                2,
                "Бишкек, 29 апреля. /Кабар-Тест/. Международная организация по миграции открыла "
                "вымышленный центр для мигрантов в Караколе.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=("no known layout recognised the page; read it with the generic layout",),
    ),
    "ru-en-page.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented training on consular services held in Osh",
                "en",
                None,
                ("Osh", ("Osh",), None),
                2,
                "Osh - On 7 November, twenty invented consular officers studied how to help migrants "
                "in distress abroad.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "ru-menu.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="ru",
        category=None,
        articles=(
            (
                "Вымышленный семинар по правам мигрантов прошел в Оше",
                "ru",
                None,
                ("Ош - 3 марта", ("Osh",), "XXXX-03-03"),
                2,
                "Ош - 3 марта Миссия МОМ провела вымышленный семинар для 30 юристов.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "ru-novosti.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="ru",
        category=None,
        articles=(
            (
                "Вымышленный центр поддержки мигрантов открылся в Таласе",
                "ru",
                None,
                ("Бишкек - 12 октября", ("Bishkek",), "XXXX-10-12"),
                3,
                "Бишкек - 12 октября Миссия Международной организации по миграции (МОМ) в Кыргызской "
                "Республике открыла вымышленный центр поддержки мигрантов в городе Талас.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "skip.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "IOM and invented partners map climate hotspots in Central Asia",
                "en",
                None,
                ("Vienna", ("Vienna",), None),
                2,
                "Vienna – An invented study released today maps 40 climate hotspots where people may "
                "have to move.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "skip-link-other-site.txt": Want(
        layout="generic",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented joint statement on children of migrants",
                "en",
                "2023-06-03",
                ("BISHKEK, 3 June 2023", ("Bishkek",), "2023-06-03"),
                2,
                "BISHKEK, 3 June 2023 – An invented children’s fund and IOM today issued a joint "
                "statement on children left behind.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(
            "no known layout recognised the page; read it with the generic layout",
            "7 short line(s) around the title were dropped as chrome",
        ),
    ),
    "stats.txt": Want(
        layout="iom-drupal",
        kind="article",  # the lead opens with a dateline
        language="en",
        category=None,
        articles=(
            (
                "Invented migrant data portal launched for Central Asia",
                "en",
                None,
                ("Almaty", ("Almaty",), None),
                2,
                "Almaty - IOM launched an invented data portal on migration in Central Asia.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "story-caption.txt": Want(
        layout="iom-drupal",
        kind="story",
        language="en",
        category=None,
        articles=(
            (
                None,
                "en",
                None,
                None,
                3,
                # A title-like photo caption before the lead is a caption.
                "Zarina Abdulloeva grew up in an invented village near Khujand and left for work abroad at nineteen.",
                (),
                ("A migrant woman's invented greenhouse before and after the project",),
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
                None,
                None,
                4,
                "“I never thought I would sew again, and now I teach five girls,” says Nurzhan.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "tajik.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="tg",
        category=None,
        articles=(
            (
                "Дар Душанбе маркази тахайюлӣ барои муҳоҷирон кушода шуд",
                "tg",
                None,
                ("Душанбе", ("Dushanbe",), None),
                2,
                "Душанбе – Созмони байналмилалии муҳоҷират маркази тахайюлӣ барои муҳоҷирон кушод.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "thai.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented migrant resource centre opens in Kara-Balta",
                "en",
                None,
                ("Kara-Balta", ("Kara-Balta",), None),
                3,
                "Kara-Balta โ On 2OO3 records and an invented survey, the centreยs staff will advise "
                "150 migrants a month.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "three-places.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented caravan visits three towns",
                "en",
                None,
                ("Bishkek, Osh and Naryn", ("Bishkek", "Osh", "Naryn"), None),
                2,
                "Bishkek, Osh and Naryn - On 2 May, an invented caravan on safe migration started "
                "its tour.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "tj-press.txt": Want(
        layout="iom-drupal",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "Invented border posts receive solar kits in Khatlon",
                "en",
                "2020-12-08",
                ("Dushanbe", ("Dushanbe",), None),
                3,
                # The subtitle before the dateline lead is no paragraph.
                "Dushanbe – The International Organization for Migration (IOM) handed over forty invented solar kits to border posts in Khatlon region on Tuesday.",
                (),
                ("Solar power to keep invented crossing points open in winter",),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(),
    ),
    "triples.txt": Want(
        layout="iom-drupal",
        kind="project",
        language="en",
        category=None,
        articles=(
            (
                "Invented Safe Return Project",
                "en",
                None,
                None,
                1,
                "The invented project helps returning migrants find work at home.",
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
    "unsite.txt": Want(
        layout="generic",
        kind="article",
        language="en",
        category=None,
        articles=(
            (
                "UN agencies and invented partners launch a joint plan on migrant health",
                "en",
                "2021-05-05",
                ("Bishkek, Kyrgyzstan", ("Bishkek", "Kyrgyzstan"), None),
                2,
                "Bishkek, Kyrgyzstan – Four invented UN agencies launched a joint plan on migrant "
                "health today.",
                (),
                (),
            ),
        ),
        teasers=(),
        facts=(),
        warnings=(
            "no known layout recognised the page; read it with the generic layout",
            "1 short line(s) around the title were dropped as chrome",
        ),
    ),
}

# A menu with one line missing (a doubled "IOM Global", or "- Data and Resources") reads
# exactly as the whole menu does.
WANT["menu-missing-line.txt"] = WANT["menu-missing-line2.txt"] = WANT["march.txt"]


def test_every_fixture_has_an_expectation() -> None:
    on_disk = sorted(p.name for p in HERE.glob("*.txt"))
    assert on_disk == sorted(WANT) == sorted(URLS)
    assert INDEX["invented"] is True


@pytest.mark.parametrize("name", sorted(WANT))
def test_invented_page(name: str) -> None:
    assert _read(iomkg.parse(_text(name), url=URLS[name])) == WANT[name]


def _variants(text: str) -> dict[str, str]:
    """The same dump with the whitespace accidents of a crawl."""
    lines = text.split("\n")
    return {
        "crlf": text.replace("\n", "\r\n"),
        "trailing spaces": "\n".join(line + "  " if line else line for line in lines),
        "extra blank lines": "\n\n" + text + "\n\n\n",
        "tab before the body": text.replace("\n", "\n\t", 1) if "\n" in text else text,
    }


@pytest.mark.parametrize(
    "name", ["cairo.txt", "dash-title.txt", "kz-menu.txt", "legacy-cat.txt", "ru-novosti.txt"]
)
@pytest.mark.parametrize(
    "variant", ["crlf", "trailing spaces", "extra blank lines", "tab before the body"]
)
def test_whitespace_accidents_change_nothing(name: str, variant: str) -> None:
    text = _variants(_text(name))[variant]
    got = _read(iomkg.parse(text, url=URLS[name]))
    want: Any = WANT[name]
    assert got == want
