"""The ``iom-drupal`` layout on invented pages: menus by shape, openings, bodies, facts, teasers."""

from __future__ import annotations

from pathlib import Path

import pytest

import iomkg
from iomkg._front.text import blocks_from_text
from iomkg.layouts import DrupalLayout, choose
from iomkg.layouts.drupal import find_opening

FIXTURES = Path(__file__).parent / "fixtures" / "text"
NEWS = "https://kyrgyzstan.iom.int/news/invented"


def _fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_defects_are_kept_as_written() -> None:
    page = iomkg.parse(_fixture("drupal-defects.txt"), url="https://kyrgyzstan.iom.int/ru/news/x")
    assert (page.layout, page.kind.value, page.language) == ("iom-drupal", "article", "en")
    (art,) = page.articles
    assert art.title == "Invented Organization for Migration(IOM) trains «Manas” volunteers"
    assert art.paragraphs == (
        "Osh – The IO M mission trained 30 invented volunteers on safe csrossing of borders."
        "In the evening they met the Programm team.",
        "Participants, Mikhtayeva,invited by the poject, said it was the first such training"
        " in 20221 according to the team.",
        "The invented director said the volunteersโ work mattersย and thanked the team in 2OO3 style.",
        "Build the capacity of invented clinics",
        "Support « Raising Awareness » events",
        "Q: What did the volunteers learn?",
    )
    assert art.captions == ("Photo exhibition at the invented centre. Photo: IOM/Invented Person",)
    assert art.tags == ("SDG 10 - Reduced Inequalities",)
    assert page.warnings == ("a list item cut to its bullet alone was dropped",)


def test_menu_without_the_agenda_item_is_recognised_by_its_shape() -> None:
    page = iomkg.parse(_fixture("menu-without-agenda.txt"))
    assert page.layout == "iom-drupal"
    (art,) = page.articles
    assert art.title == "Invented title after a menu without the agenda item"
    assert art.paragraphs == (
        "Bishkek - An invented lead paragraph follows the menu.",
        "And a second invented paragraph.",
    )


def test_menu_cut_at_the_start() -> None:
    opening = find_opening(blocks_from_text("- Take Action\n- 2030 Agenda\nA title\nOsh – Text."))
    assert (opening.start, opening.how) == (2, "menu")


def test_menu_items_after_the_menu_are_list_items_of_the_body() -> None:
    text = "- 2030 Agenda\nInvented title\nThe plan has two areas:\n- Invented area one;\n- Invented area two."
    (art,) = iomkg.parse(text, url=NEWS).articles
    assert art.paragraphs == (
        "The plan has two areas:",
        "Invented area one;",
        "Invented area two.",
    )


def test_russian_label_lines() -> None:
    text = "Новости\nLocal\n\nВымышленный заголовок\n\nОш - 3 мая открылся вымышленный центр."
    page = iomkg.parse(text)
    assert (page.layout, page.language) == ("iom-drupal", "ru")
    assert page.articles[0].title == "Вымышленный заголовок"


def test_skip_link_and_press_header() -> None:
    opening = find_opening(blocks_from_text("Skip to main content\nNews - \nGlobal\n\nA title \n"))
    assert (opening.start, opening.how) == (3, "skip-link")
    opening = find_opening(blocks_from_text("Press Release —Global May 04, 2021\n\nA title"))
    assert opening.header_date == "May 04, 2021"


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("Press Release —Global", None),
        ("Пресс-релиз — Local", None),
        ("Пресс-релиз —Global 8 декабря 2020", "2020-12-08"),
        ("Press Briefing Note —Global March 3, 2021", "2021-03-03"),
    ],
)
def test_press_header_without_a_date_or_with_a_hyphenated_label(
    header: str, published: str | None
) -> None:
    text = f"{header}\n\nInvented title of a release\n\nOsh – IOM opened an invented office.\n"
    page = iomkg.parse(text, url="https://www.iom.int/news/invented-office")
    (art,) = page.articles
    assert art.title == "Invented title of a release"
    assert art.paragraphs == ("Osh – IOM opened an invented office.",)
    assert (art.published.isoformat() if art.published else None) == published
    assert page.warnings == ()


def test_press_header_date_is_the_publication_date_without_a_dateline_date() -> None:
    text = "Press Release —Global December 08, 2020\n\nInvented title\n\nGeneva — IOM said an invented thing."
    (art,) = iomkg.parse(text).articles
    assert art.title == "Invented title"
    assert art.published is not None
    assert art.published.isoformat() == "2020-12-08"


def test_bare_body_has_no_title() -> None:
    text = "Almaty - The invented council met today to plan a survey.\nIt will start in an invented month."
    page = iomkg.parse(text, url=NEWS)
    (art,) = page.articles
    assert art.title is None
    assert art.paragraphs[0].startswith("Almaty - The invented council")


def test_story_never_takes_a_title_even_from_a_title_shaped_line() -> None:
    text = "A family house before and after renovation\nThe invented family came back in spring."
    page = iomkg.parse(text, url="https://kyrgyzstan.iom.int/ru/stories/invented-house")
    assert (page.kind.value, page.articles[0].title) == ("story", None)
    assert page.articles[0].paragraphs == (
        "A family house before and after renovation",
        "The invented family came back in spring.",
    )


def test_a_ru_address_does_not_make_an_english_page_russian() -> None:
    page = iomkg.parse(
        "News\nLocal\n\nInvented title\n\nOsh - The invented centre opened.",
        url="https://kyrgyzstan.iom.int/ru/news/x",
    )
    assert page.language == "en"


def test_cut_short_mid_sentence_is_warned() -> None:
    text = "News\nLocal\n\nInvented title\n\nOsh - The invented centre opened.\nLabor migration ma"
    page = iomkg.parse(text)
    assert page.warnings == (
        "the page looks cut short: it ends mid-sentence ('Labor migration ma')",
    )
    assert page.articles[0].paragraphs[-1] == "Labor migration ma"


def test_a_list_without_final_stops_is_not_cut_short() -> None:
    text = "News\nLocal\n\nInvented title\n\nOsh - The invented centre opened.\n"
    page = iomkg.parse(text + "  • Train invented staff\n- Share invented leaflets\n")
    assert page.warnings == ()
    assert page.articles[0].paragraphs[-2:] == ("Train invented staff", "Share invented leaflets")
    cut = iomkg.parse(
        text + "  • Train invented staff.\n- Share invented leaflets with every migrant and"
    )
    assert cut.warnings == (
        "the page looks cut short: it ends mid-sentence "
        "('…nvented leaflets with every migrant and')",
    )


def test_news_index_by_address_without_heading() -> None:
    text = "Invented first title\nInvented first summary that was cut ...\nInvented second title\nInvented second summary …"
    page = iomkg.parse(text, url="https://kyrgyzstan.iom.int/ru/news")
    assert (page.kind.value, page.articles) == ("listing", ())
    assert [(t.title, t.summary) for t in page.teasers] == [
        ("Invented first title", "Invented first summary that was cut ..."),
        ("Invented second title", "Invented second summary …"),
    ]


def test_news_index_by_heading_without_address() -> None:
    text = (
        "Latest News on Migration\nInvented first title\nInvented first summary that was cut ...\n"
    )
    page = iomkg.parse(text)
    assert (page.layout, page.kind.value, page.articles, page.warnings) == (
        "iom-drupal",
        "listing",
        (),
        (),
    )
    assert [(t.title, t.summary) for t in page.teasers] == [
        ("Invented first title", "Invented first summary that was cut ..."),
    ]
    # A headline that merely starts with the words is an article of another site.
    page = iomkg.parse("Latest news about an invented fund\n\nOsh – The fund opened an office.\n")
    assert (page.layout, page.kind.value) == ("generic", "article")
    assert page.articles[0].title == "Latest news about an invented fund"


def test_a_bare_skip_link_is_any_website() -> None:
    text = "Skip to main content\nMenu\nSearch\n\nInvented statement on children\n\nOsh – A fund spoke.\n"
    assert iomkg.parse(text).layout == "generic"
    labelled = "Skip to main content\nNews - \nGlobal\n\nInvented statement on children\n\nOsh – A fund spoke.\n"
    assert iomkg.parse(labelled).layout == "iom-drupal"


def test_root_page_without_facts_is_static() -> None:
    page = iomkg.parse(
        "News\nLocal\n\nAbout the invented office\n\nThe office opened in an invented year.",
        url="https://kyrgyzstan.iom.int/invented-office",
    )
    assert page.kind.value == "static"


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("-\nWho We Are\nWHO WE AREAn invented sentence.\n- 2030 Agenda\nTitle", 0.95),
        ("News\nGlobal\n\nTitle\n\nBody.", 0.9),
        ("Just an invented line of text.", 0.0),
    ],
)
def test_match_scores(text: str, score: float) -> None:
    assert DrupalLayout().match(blocks_from_text(text), None) == score


def test_iom_int_address_chooses_drupal() -> None:
    layout, _ = choose(
        blocks_from_text("Invented title\n\nBody."), "https://uzbekistan.iom.int/news/x"
    )
    assert layout.name == "iom-drupal"


def test_translated_menu_with_a_loose_sentence_ends_at_its_2030_item() -> None:
    text = (
        "-\nКто мы\nКТО МЫВымышленное описание меню.\nО нас\nО нас\n"
        "Вымышленное предложение меню, которое стоит отдельно.\n"
        "- Данные и ресурсы\n- Повестка 2030\n"
        "Вымышленный заголовок\nБишкек - 12 октября открылся вымышленный центр."
    )
    page = iomkg.parse(text)
    assert page.layout == "iom-drupal"
    (art,) = page.articles
    assert (art.title, art.paragraphs) == (
        "Вымышленный заголовок",
        ("Бишкек - 12 октября открылся вымышленный центр.",),
    )


def test_fact_like_bullets_stay_in_the_body_and_are_facts_only_off_news() -> None:
    text = "News\nLocal\n\nInvented title\n\nOsh - An invented project started.\n  • Donor: Invented Fund\n  • Duration: two years"
    page = iomkg.parse(text, url=NEWS)
    assert (page.kind.value, page.facts) == ("article", ())
    assert page.articles[0].paragraphs == (
        "Osh - An invented project started.",
        "Donor: Invented Fund",
        "Duration: two years",
    )
    unaddressed = iomkg.parse(text)
    # Off news the bullets are facts; the lead's dateline still says the page is news.
    assert unaddressed.kind.value == "article"
    assert unaddressed.articles[0].paragraphs == page.articles[0].paragraphs
    assert [(f.label, f.value) for f in unaddressed.facts] == [
        ("Donor", "Invented Fund"),
        ("Duration", "two years"),
    ]


def test_blocks_a_front_end_placed_in_navigation_or_footer_are_chrome() -> None:
    from iomkg._blocks import Block, BlockKind, Region

    blocks = [
        Block(text="Who We Are", region=Region.NAV, gap=1),
        Block(text="Invented title", kind=BlockKind.HEADING, region=Region.MAIN, gap=1),
        Block(
            text="Osh - An invented centre opened.",
            kind=BlockKind.PARAGRAPH,
            region=Region.MAIN,
            gap=1,
        ),
        Block(text="Contact us", region=Region.FOOTER, gap=1),
    ]
    raw = DrupalLayout().split(blocks, NEWS)
    assert [(a.title, a.paragraphs) for a in raw.articles] == [
        ("Invented title", ("Osh - An invented centre opened.",))
    ]


def test_a_title_twin_in_the_other_script_is_dropped_with_a_warning() -> None:
    text = (
        "News\nLocal\n\nВымышленный заголовок\n\nInvented title\n\nOsh - An invented centre opened."
    )
    page = iomkg.parse(text, url=NEWS)
    (art,) = page.articles
    assert (art.title, art.paragraphs) == (
        "Вымышленный заголовок",
        ("Osh - An invented centre opened.",),
    )
    assert page.warnings == (
        "a twin of the title in another language was dropped ('Invented title')",
    )


def test_short_all_caps_title_before_the_body_is_kept() -> None:
    (art,) = iomkg.parse("News\nLocal\n\nINVENTED MIGRANTS DAY\n\nOsh - A fair was held.").articles
    assert (art.title, art.paragraphs) == ("INVENTED MIGRANTS DAY", ("Osh - A fair was held.",))


def test_all_caps_label_before_a_title_is_dropped() -> None:
    (art,) = iomkg.parse(
        "News\nLocal\n\nPRESS RELEASE\n\nInvented title\n\nOsh - A fair was held."
    ).articles
    assert (art.title, art.paragraphs) == ("Invented title", ("Osh - A fair was held.",))


def test_press_release_subtitle_then_the_dateline_lead() -> None:
    text = (
        "Press Release —Global December 08, 2020\n\nInvented title\n\n"
        "An invented subtitle without a full stop\n\nPRESS ANNOUNCEMENT\n\n"
        "Geneva — IOM published an invented report today."
    )
    (art,) = iomkg.parse(text).articles
    # The subtitle before the dateline lead is no paragraph: it is kept as a caption.
    assert (art.title, art.paragraphs, art.captions) == (
        "Invented title",
        ("Geneva — IOM published an invented report today.",),
        ("An invented subtitle without a full stop",),
    )
    assert art.dateline is not None
    assert art.dateline.text == "Geneva"
    mention = art.dateline.places[0].mentions[0]
    assert art.text[mention.start : mention.end] == "Geneva"
    assert art.published is not None
    assert art.published.isoformat() == "2020-12-08"


def test_a_caption_before_the_title() -> None:
    text = "News\nLocal\n\nVolunteers at an invented fair. Photo: IOM/Invented\n\nInvented title\n\nOsh - A fair was held."
    (art,) = iomkg.parse(text).articles
    assert (art.title, art.paragraphs, art.captions) == (
        "Invented title",
        ("Osh - A fair was held.",),
        ("Volunteers at an invented fair. Photo: IOM/Invented",),
    )
