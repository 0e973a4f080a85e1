"""The ``generic`` layout on invented pages from elsewhere: prefixes, tickers, banners, ads, listings."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import iomkg
from iomkg.layouts.generic import UNRECOGNISED

sys.path.insert(0, str(Path(__file__).resolve().parent))
from html_render import render


def test_date_prefix_with_a_time_and_a_newline() -> None:
    page = iomkg.parse(
        " date 2021-04-29 10:15\nInvented headline\n\nOsh – An invented centre opened."
    )
    assert page.layout == "generic"
    (art,) = page.articles
    assert (art.title, art.paragraphs) == (
        "Invented headline",
        ("Osh – An invented centre opened.",),
    )
    assert art.published is not None
    assert art.published.isoformat() == "2021-04-29"


def test_date_prefix_glued_to_the_text() -> None:
    (art,) = iomkg.parse(" date 2021-04-29 Osh – An invented centre opened today.").articles
    assert (art.title, art.paragraphs) == (None, ("Osh – An invented centre opened today.",))


def test_tickers_and_banners_are_neither_title_nor_body() -> None:
    text = (
        "USD 84.80\nEUR 101.48\nKZT 0.18\n"
        "Informing humanitarians worldwide 24/7 — a service provided by an invented office\n"
        "Invented headline\n\nAn invented paragraph."
    )
    (art,) = iomkg.parse(text).articles
    assert (art.title, art.paragraphs) == ("Invented headline", ("An invented paragraph.",))


def test_one_sentence_has_no_title() -> None:
    page = iomkg.parse("Osh – On 4 March 2024, an invented training opened.")
    assert page.warnings == (UNRECOGNISED,)
    (art,) = page.articles
    assert (art.title, art.paragraphs) == (
        None,
        ("Osh – On 4 March 2024, an invented training opened.",),
    )


def test_job_ad_key_values_become_tags() -> None:
    text = (
        "Invented vacancy\n\nPosition Title: Invented Assistant\nDuty Station: Osh\n"
        "Closing Date: 1 June 2025\n\nThe assistant will help an invented team."
    )
    page = iomkg.parse(text)
    assert page.kind.value == "vacancy"
    (art,) = page.articles
    assert art.title == "Invented vacancy"
    assert art.paragraphs == ("The assistant will help an invented team.",)
    assert art.tags == (
        "Position Title: Invented Assistant",
        "Duty Station: Osh",
        "Closing Date: 1 June 2025",
    )


def test_one_key_value_line_stays_a_paragraph() -> None:
    (art,) = iomkg.parse("Invented title\n\nNote: the invented meeting moved to Friday.").articles
    assert art.paragraphs == ("Note: the invented meeting moved to Friday.",)


def test_all_caps_headline_is_the_title() -> None:
    (art,) = iomkg.parse("INVENTED HEADLINE ABOUT A CENTRE\n\nOsh – It opened.").articles
    assert art.title == "INVENTED HEADLINE ABOUT A CENTRE"


def test_the_title_among_navigation_and_metadata_lines_is_the_longest() -> None:
    text = (
        "Invented Site\nRegion\n+ 1 more\nInvented floods displace 300 families in an invented valley\n"
        "Format\nNews and Press Release\nPosted\n3 May 2024\n\n"
        "Batken, 2 May 2024 – Heavy invented rains displaced 300 families, the agency said.\n\n"
        "Aid workers delivered tents."
    )
    page = iomkg.parse(text)
    (art,) = page.articles
    assert art.title == "Invented floods displace 300 families in an invented valley"
    assert art.paragraphs == (
        "Batken, 2 May 2024 – Heavy invented rains displaced 300 families, the agency said.",
        "Aid workers delivered tents.",
    )
    assert page.warnings == (
        UNRECOGNISED,
        "3 short line(s) around the title were dropped as chrome",
    )
    # The platform's label header is the page's facts.
    assert [(f.label, f.value) for f in page.facts] == [
        ("Format", "News and Press Release"),
        ("Posted", "3 May 2024"),
    ]


def test_short_sentences_before_the_body_stay_paragraphs() -> None:
    (art,) = iomkg.parse(
        "Invented title\n\nIt rained.\n\nHeavy invented rains displaced 300 families in the south today."
    ).articles
    assert (art.title, art.paragraphs) == (
        "Invented title",
        ("It rained.", "Heavy invented rains displaced 300 families in the south today."),
    )


# --- Listings of sites that no layout knows (fixtures: tests/fixtures/listings, INVENTED) -------

LISTINGS = Path(__file__).parent / "fixtures" / "listings"


def _posts(page: iomkg.Page) -> list[tuple[str | None, str | None, int]]:
    """Each post's title, publication date (ISO) and paragraph count."""
    return [
        (a.title, a.published.isoformat() if a.published else None, len(a.paragraphs))
        for a in page.articles
    ]


def _fixture(name: str) -> iomkg.Page:
    return iomkg.parse((LISTINGS / name).read_bytes())


def test_wordpress_category_page_of_a_sister_site_in_html() -> None:
    page = _fixture("wordpress-sister-category.html")
    assert (page.layout, page.kind.value, page.category) == ("generic", "listing", "News")
    assert _posts(page) == [
        ("Invented hotline opens for returning migrants in Khujand", "2022-03-14", 1),
        ("Twenty invented counsellors finish a course on safe migration", "2022-02-25", 1),
        ("Invented job fair draws 400 visitors", "2022-01-20", 1),
    ]
    first = page.articles[0]
    assert first.paragraphs == (
        "Khujand – The invented support centre opened a free hotline for migrants returning "
        "from abroad and their families. […]",
    )
    assert first.dateline is not None
    assert [p.name for p in first.dateline.places] == ["Khujand"]
    assert [a.url for a in page.articles] == [  # the links of the post titles
        "https://centre.example.tj/2022/03/invented-hotline/",
        "https://centre.example.tj/2022/02/invented-training/",
        "https://centre.example.tj/2022/01/invented-fair/",
    ]
    assert (page.teasers, page.warnings) == ((), (UNRECOGNISED,))


def test_wordpress_category_page_as_a_text_dump() -> None:
    page = _fixture("wordpress-category.txt")
    assert (page.layout, page.kind.value, page.category) == ("generic", "listing", "Press releases")
    assert _posts(page) == [
        ("Invented network trains 30 lawyers on labour rights", "2023-05-12", 1),
        ("Invented caravan visits six villages of Talas", "2023-04-28", 1),
        ("Network members meet the invented Ombudsman", "2023-04-03", 1),
    ]
    # Neither the "Continue reading →" links nor the pagination and footer are paragraphs.
    assert page.articles[2].paragraphs == (
        "Bishkek – Members of the network met the invented Ombudsman to discuss the return of "
        "migrant women. […]",
    )
    assert all(a.tags == () for a in page.articles)
    assert page.warnings == (UNRECOGNISED,)


def test_joomla_news_list() -> None:
    page = _fixture("joomla-news.txt")
    assert (page.kind.value, page.category, page.language) == ("listing", "News", "en")
    assert _posts(page) == [
        ("Invented road safety lessons for migrant children in Naryn", "2018-10-18", 1),
        ("Invented foundation signs a memorandum with the city of Karakol", "2018-10-02", 2),
        ("Round table on remittances held in Osh", "2018-09-21", 1),
    ]
    # "Details", "Published: …", "Hits: …" and "Read more: <title>" are neither body nor tags.
    assert page.articles[1].paragraphs == (
        "Karakol - The invented foundation and the city administration agreed to open two "
        "consultation points for returning migrants.",
        "The points will work from January.",
    )
    assert all(a.tags == () for a in page.articles)
    assert page.warnings == (UNRECOGNISED,)


def test_russian_news_list() -> None:
    page = _fixture("ru-news-list.txt")
    assert (page.kind.value, page.category, page.language) == ("listing", "Новости", "ru")
    assert _posts(page) == [
        ("Вымышленный центр открыл горячую линию в Оше", "2021-03-15", 1),
        ("В Нарыне прошёл вымышленный семинар для местных властей", "2021-03-02", 1),
        ("Вымышленная ярмарка вакансий собрала 300 человек", "2021-02-19", 1),
    ]
    assert [a.language for a in page.articles] == ["ru", "ru", "ru"]
    # The footer after the last post is no sentence cut short.
    assert page.warnings == (UNRECOGNISED,)


@pytest.mark.parametrize("name", ["wordpress-category.txt", "joomla-news.txt", "ru-news-list.txt"])
def test_a_listing_reads_the_same_from_html(name: str) -> None:
    dump = (LISTINGS / name).read_text(encoding="utf-8")
    text_page, html_page = iomkg.parse(dump), iomkg.parse(render(dump, None))
    assert html_page.kind.value == text_page.kind.value == "listing"
    assert html_page.category == text_page.category
    assert [(a.title, a.published, a.paragraphs, a.tags) for a in html_page.articles] == [
        (a.title, a.published, a.paragraphs, a.tags) for a in text_page.articles
    ]


def test_an_archive_page_under_h2_titles_without_dates() -> None:
    # INVENTED: a WordPress category page showing whole posts, outside iom.kg.
    html = (
        "<html><body><nav><ul><li><a href='/'>Home</a></li></ul></nav><main>"
        "<h1>Press Releases</h1>"
        "<article><h2><a href='/?p=1'>Invented shelter reopens in Osh after repairs</a></h2>"
        "<p>June 22, 2016. Bishkek. The invented shelter reopened after repairs.</p>"
        "<p>It can host twelve people.</p></article>"
        "<article><h2><a href='/?p=2'>Invented hotline answers 5,000 calls</a></h2>"
        "<p>The invented hotline team reviewed its results for the year.</p>"
        "<ul><li>5,000 calls were answered;</li><li>400 people were referred.</li></ul></article>"
        "</main><footer><p>Copyright 2019 Invented Office</p></footer></body></html>"
    )
    page = iomkg.parse(html)
    assert (page.kind.value, page.category) == ("listing", "Press Releases")
    assert _posts(page) == [
        ("Invented shelter reopens in Osh after repairs", "2016-06-22", 2),
        ("Invented hotline answers 5,000 calls", None, 3),
    ]


def test_a_list_of_titles_and_dates_gives_teasers() -> None:
    text = (
        "News archive\n\nInvented ministry opens two migrant centres in Osh\n12.03.2024\n\n"
        "Invented bank lowers fees on remittances from abroad\n10.03.2024\n\n"
        "Invented round table on labour migration held in Naryn\n02.03.2024\n"
    )
    page = iomkg.parse(text)
    assert (page.kind.value, page.category, page.articles) == ("listing", "News archive", ())
    assert [(t.title, t.summary, t.url) for t in page.teasers] == [
        ("Invented ministry opens two migrant centres in Osh", None, None),
        ("Invented bank lowers fees on remittances from abroad", None, None),
        ("Invented round table on labour migration held in Naryn", None, None),
    ]


def test_dates_above_the_titles() -> None:
    text = (
        "Invented Agency\nNews\n\n12 March 2024\nInvented ministry opens two migrant centres in Osh\n"
        "Osh – The invented ministry opened two centres that advise migrants.\nRead more »\n\n"
        "10 March 2024\nInvented bank lowers fees on remittances from abroad\n"
        "Bishkek – An invented bank cut its fee on transfers to one per cent.\nRead more »\n"
    )
    page = iomkg.parse(text)
    assert (page.kind.value, page.category) == ("listing", "News")
    assert _posts(page) == [
        ("Invented ministry opens two migrant centres in Osh", "2024-03-12", 1),
        ("Invented bank lowers fees on remittances from abroad", "2024-03-10", 1),
    ]


# Single articles with sub-headings stay one article.


def test_article_with_sub_headings_and_read_more_links_is_one_article() -> None:
    page = _fixture("article-subheadings.txt")
    assert page.kind.value == "article"
    (art,) = page.articles
    assert art.title == "Invented survey finds remittances fell by a fifth in three oblasts"
    assert art.published is not None
    assert art.published.isoformat() == "2024-06-12"
    assert len(art.paragraphs) == 12
    assert "What the survey found" in art.paragraphs


def test_html_article_with_dated_sub_headings_is_one_article() -> None:
    page = _fixture("article-subheadings.html")
    assert page.kind.value == "article"
    (art,) = page.articles
    assert art.title == "Invented floods: how aid reached 300 families in an invented valley"
    assert art.paragraphs[1:3] == ("First days", "4 May 2024")
    assert len(art.paragraphs) == 10


def test_page_of_questions_under_a_short_heading_is_one_article() -> None:
    page = _fixture("faq-subheadings.html")
    assert page.kind.value == "static"  # one page (not a listing) with no lead and no date
    (art,) = page.articles
    assert art.title == "Questions and answers"
    assert len(art.paragraphs) == 6


def test_dated_sub_headings_in_a_dump_are_no_posts() -> None:
    text = (
        "Invented floods: how aid reached 300 families in an invented valley\n3 May 2024\n"
        "Batken, 2 May 2024 – Heavy invented rains displaced 300 families, the network said.\n"
        "First days\n4 May 2024\nVolunteers delivered tents, water and blankets within two days.\n"
        "Two weeks later\n17 May 2024\nThe invented district opened a temporary school for 80 children.\n"
    )
    page = iomkg.parse(text)
    assert (page.kind.value, len(page.articles)) == ("article", 1)
    assert page.articles[0].paragraphs[1:3] == ("First days", "4 May 2024")


def test_dated_items_after_a_lead_stay_in_the_article() -> None:
    text = (
        "Invented programme reaches its third year\n\n"
        "Bishkek – The invented programme for returning migrants has reached its third year, "
        "its invented coordinator said.\n\n"
        "Invented centre opens in Osh with support of donors\n12 March 2022\n"
        "The first centre opened in Osh and advised 900 people in its first year of work.\n\n"
        "Invented caravan visits villages of Talas region\n10 March 2023\n"
        "A caravan visited 40 villages and told families about safe migration.\n"
    )
    page = iomkg.parse(text)
    assert (page.kind.value, len(page.articles)) == ("article", 1)
    assert page.articles[0].title == "Invented programme reaches its third year"
    assert len(page.articles[0].paragraphs) == 7


def test_related_news_after_an_article_is_no_listing() -> None:
    text = (
        "Invented ministry opens two migrant centres in Osh\n12 March 2024\n"
        "Osh – The invented ministry opened two centres that advise migrants before departure.\n"
        "The centres will work on weekdays.\n\nRelated news\n"
        "Invented bank lowers fees on remittances from abroad\n10 March 2024\n"
        "Invented round table on labour migration held in Naryn\n02 March 2024\n"
    )
    page = iomkg.parse(text)
    assert (page.kind.value, len(page.articles)) == ("article", 1)
    assert page.articles[0].published is not None
    assert page.articles[0].published.isoformat() == "2024-03-12"


def test_related_news_with_excerpts_after_an_article_is_no_listing() -> None:
    text = (
        "Invented ministry opens two migrant centres in Osh\n12 March 2024\n"
        "Osh – The invented ministry opened two centres that advise migrants before departure.\n"
        "The centres will work on weekdays.\nEach centre has three invented counsellors.\n\n"
        "Related news\nInvented bank lowers fees on remittances from abroad\n10 March 2024\n"
        "Bishkek – An invented bank cut its fee on transfers from abroad to one per cent.\n"
        "Invented round table on labour migration held in Naryn\n02 March 2024\n"
        "Naryn – Officials and invented experts discussed seasonal work abroad.\n"
    )
    page = iomkg.parse(text)
    assert (page.kind.value, len(page.articles)) == ("article", 1)
    assert page.articles[0].title == "Invented ministry opens two migrant centres in Osh"


def test_a_comment_under_a_post_is_no_second_post() -> None:
    text = (
        "Invented network trains 30 lawyers on labour rights\n"
        "Posted on 12 May 2023 by editor\n"
        "Osh – Thirty lawyers from five invented legal clinics took part in a training.\n"
        "Leave a reply\nInvented Commenter\nMay 13, 2023 at 10:15 am\n"
        "Great work, the invented clinics are needed in the south too.\nReply\n"
    )
    page = iomkg.parse(text)
    assert (page.kind.value, len(page.articles)) == ("article", 1)


def test_chronology_lines_are_no_date_lines() -> None:
    text = (
        "Invented timeline of the invented hotline project\n\n"
        "Invented hotline opens for migrants in Osh\n12 May 2021 – The hotline answers its first call\n"
        "Invented hotline reaches the villages of Naryn\n3 June 2022 – Volunteers join the team\n"
    )
    page = iomkg.parse(text)
    assert (page.kind.value, len(page.articles)) == ("article", 1)


def test_dates_under_the_excerpts() -> None:
    text = (
        "Новости\n\nВымышленный центр открыл горячую линию в Оше\n"
        "Ош - Вымышленный центр открыл бесплатную горячую линию для мигрантов.\n"
        "15 марта 2021, 10:15\nПодробнее →\n\n"
        "В Нарыне прошёл вымышленный семинар для местных властей\n"
        "Нарын - Сорок сотрудников администраций узнали о правах мигрантов.\n"
        "2 марта 2021, 09:00\nПодробнее →\n"
    )
    page = iomkg.parse(text)
    assert (page.kind.value, page.category) == ("listing", "Новости")
    assert _posts(page) == [
        ("Вымышленный центр открыл горячую линию в Оше", "2021-03-15", 1),
        ("В Нарыне прошёл вымышленный семинар для местных властей", "2021-03-02", 1),
    ]


def test_continue_reading_with_the_title_closes_a_post() -> None:
    text = (
        "Blog\nInvented volunteers clean a park in Osh with returning migrants\n"
        "Osh – Forty volunteers and returning migrants cleaned a park on Saturday.\n"
        "Continue reading Invented volunteers clean a park in Osh with returning migrants →\n"
        "Invented photo contest on migration opens in Bishkek\n"
        "Bishkek – An invented photo contest on migration opened for young people.\n"
        "Continue reading Invented photo contest on migration opens in Bishkek →\n"
    )
    page = iomkg.parse(text)
    assert (page.kind.value, page.category) == ("listing", "Blog")
    assert _posts(page) == [
        ("Invented volunteers clean a park in Osh with returning migrants", None, 1),
        ("Invented photo contest on migration opens in Bishkek", None, 1),
    ]
    assert page.warnings == (UNRECOGNISED,)  # the last "Continue reading" is no cut sentence


def test_joomla_blog_category_in_html() -> None:
    page = _fixture("joomla-news.html")
    assert (page.kind.value, page.category, page.language) == ("listing", "Новости", "ru")
    assert _posts(page) == [
        ("Вымышленные уроки безопасности для детей мигрантов в Нарыне", "2018-10-18", 1),
        ("Вымышленный фонд подписал меморандум с мэрией Каракола", "2018-10-02", 1),
    ]
    # "Подробности", "Просмотров: …" and "Подробнее: <title>" are neither body nor tags.
    assert page.articles[1].paragraphs == (
        "Каракол - Фонд и мэрия договорились открыть два пункта консультаций для вернувшихся "
        "мигрантов.",
    )
    assert all(a.tags == () for a in page.articles)
    assert page.warnings == (UNRECOGNISED,)


def test_sections_closed_by_read_more_links_stay_one_article() -> None:
    text = (
        "Invented survey of remittances in three oblasts\n"
        "Bishkek – An invented survey of 1,200 households was published today.\n"
        "What the survey found\n"
        "Households received on average 410 US dollars a month, against 515 a year earlier.\n"
        "Read more\n"
        "What comes next\n"
        "The invented observatory will repeat the survey in 2025 with the ministry.\n"
        "Read more\n"
    )
    page = iomkg.parse(text)
    assert (page.kind.value, len(page.articles)) == ("article", 1)


def test_short_section_names_with_learn_more_links_are_no_posts() -> None:
    text = (
        "Our work\n\nLabour migration\nThe invented office helps migrants find safe work abroad.\n"
        "Learn more\n\nCounter-trafficking\nThe invented office protects victims of trafficking.\n"
        "Learn more\n"
    )
    page = iomkg.parse(text)
    assert (page.kind.value, len(page.articles)) == ("static", 1)  # no lead, no date


def test_press_release_under_a_label_with_about_sections_is_one_article() -> None:
    # INVENTED: a short label in h1, the headline in h2, then boilerplate sections in h2.
    html = (
        "<html><body><main><h1>Press release</h1>"
        "<h2>Invented ministry opens two migrant centres in Osh</h2>"
        "<p>Osh – The invented ministry opened two centres that advise migrants.</p>"
        "<p>The centres will work on weekdays.</p><p>Each has three invented counsellors.</p>"
        "<h2>About the invented migration office in Osh</h2>"
        "<p>The invented office has worked in the south since 2005.</p>"
        "<h2>For more information, please contact</h2><p>Invented Press Officer, Osh.</p>"
        "</main></body></html>"
    )
    page = iomkg.parse(html)
    assert (page.kind.value, len(page.articles)) == ("article", 1)
