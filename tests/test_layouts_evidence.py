"""Structure by evidence: titles, leads, kinds and confidence on invented pages.

Every page here is INVENTED (invented people, places and events); no text is copied from
real pages. Each test names the form it pins, as a rule that must hold on any site.
"""

from __future__ import annotations

import iomkg
from iomkg.layouts._evidence import (
    is_date_line,
    is_field_line,
    lead_start,
    never_title,
    slug_agreement,
    slug_words,
)

LONG = "The invented office trained forty officers from five districts on the new rules."


def _first(page: iomkg.Page) -> iomkg.Article:
    assert page.articles
    return page.articles[0]


def test_a_sidebar_box_opening_the_page_is_chrome_and_the_slug_names_the_title() -> None:
    text = (
        "Invented Office Today\n\nInvented land has been a member since 1994.   \n\n"
        "  • 12 invented projects in 7 areas \n  • More than 30 invented staff\n\n\n"
        "Welcome from the Invented Chief\n\n" + LONG + "\n\n" + LONG
    )
    page = iomkg.parse(
        text, url="http://invented.example/index.php/about-us/welcome-from-the-invented-chief"
    )
    art = _first(page)
    assert art.title == "Welcome from the Invented Chief"
    assert art.paragraphs[0] == LONG
    assert page.kind.value == "static"  # an about section, no lead date, no dateline


def test_a_date_or_date_range_line_is_never_a_title() -> None:
    assert is_date_line("6th – 7th June 2016")
    assert is_date_line("19 November 2019 17:49 (UTC+04:00)")
    assert not is_date_line("Invented fair of June 2016 opens")
    text = "12 May 2024\n\nInvented fair opens in Osh\n\nOsh – On 12 May, an invented fair opened its doors."
    art = _first(iomkg.parse(text))
    assert art.title == "Invented fair opens in Osh"


def test_labels_widgets_bylines_and_tickers_are_never_titles() -> None:
    for line in (
        "Story",
        "You are here",
        "By: Invented Office",
        "UZS – 0.39%",
        "Home - News - Item",
    ):
        assert never_title(line), line
    assert not never_title("IOM CENTRAL ASIA INVENTED RESPONSE PLAN")  # all caps is a title


def test_a_dateline_alone_on_its_line_is_not_the_title() -> None:
    text = (
        " date 2019-11-19 Invented ministry signs a plan with an invented agency\n\n"
        "19 November 2019 17:49 (UTC+04:00)\n\nOSH, Kyrgyzstan, Nov. 19\n\n"
        "By Invented Writer – Agency:\n\n" + LONG
    )
    art = _first(iomkg.parse(text, url="https://news.example/asia/kyrgyzstan/3150894.html"))
    assert art.title == "Invented ministry signs a plan with an invented agency"
    assert art.paragraphs[0] == LONG
    assert art.published is not None
    assert art.published.isoformat() == "2019-11-19"


def test_slug_agreement_picks_the_title_among_chrome_lines() -> None:
    assert slug_words("https://x.example/news/12-invented-fair-opens.html") == (
        "invented",
        "fair",
        "opens",
    )
    assert slug_agreement("Invented Fair Opens", ("invented", "fair", "opens")) == 1.0
    text = (
        "Invented Portal\n\nAbout us\n\nInvented regional workshop on invented roads\n\n"
        "“Access of invented workers to roads”\n\nOsh, Kyrgyzstan\n\n" + LONG
    )
    art = _first(iomkg.parse(text, url="http://x.example/new/206-invented-regional-workshop"))
    assert art.title == "Invented regional workshop on invented roads"
    assert art.paragraphs[0] == LONG


def test_captions_bylines_labels_and_fields_before_the_lead_are_not_the_first_paragraph() -> None:
    paragraphs = [
        "Story",
        "By: Invented Office",
        "Donor: Invented Fund",
        "Invented Name, an expert from Invented Land",
        LONG,
    ]
    start, reasons = lead_start(paragraphs, lambda i: False)
    assert (start, reasons) == (4, ["label", "byline", "field", "subtitle"])


def test_a_pull_quote_and_its_attribution_before_the_lead_are_skipped() -> None:
    text = (
        "Invented remittances for invented villages\n\n"
        "“Invented savings changed our whole street. We are grateful.”\n"
        "-- Invented Name, Chief of Invented Mission\n\n" + LONG
    )
    art = _first(iomkg.parse(text, url="https://x.example/invented-remittances-invented-villages"))
    assert art.paragraphs[0] == LONG
    assert "“Invented savings changed our whole street. We are grateful.”" in art.captions


def test_a_subtitle_before_a_dateline_lead_is_not_the_lead() -> None:
    text = (
        "Invented training on invented borders\n\nInvented HBM training\n\n"
        "Osh, Kyrgyzstan, December 16, 2013 - The invented office trained forty officers."
    )
    art = _first(
        iomkg.parse(text, url="https://blog.example/kg/invented-training-invented-borders")
    )
    assert art.title == "Invented training on invented borders"
    assert art.paragraphs[0].startswith("Osh, Kyrgyzstan, December 16, 2013")
    assert "Invented HBM training" not in art.paragraphs


def test_a_standfirst_without_a_full_stop_stays_the_lead() -> None:
    standfirst = (
        "The invented centre and its invented partners marked twenty years of work against "
        "trafficking with a conference that gathered officials from every invented region"
    )
    for opening in ("News\nLocal\n\n", ""):  # the modern theme's labels, or none
        text = opening + "Invented anniversary marked\n\n" + standfirst + "\n\n" + LONG
        art = _first(iomkg.parse(text, url="https://x.example/news/invented-anniversary-marked"))
        assert art.paragraphs[0] == standfirst


def test_kind_by_evidence() -> None:
    dated = (
        "Invented fair opens\n\nOsh – On 3 May 2024, an invented fair opened its doors to migrants."
    )
    assert iomkg.parse(dated, url="https://x.example/invented-fair-opens").kind.value == "article"
    bare = "Invented migration\n\n" + LONG + "\n\n" + LONG
    assert iomkg.parse(bare, url="https://x.example/labour-migration").kind.value == "static"
    project = (
        "Invented activities in Osh\n\nOutput I: Invented policies are in place.\n\n"
        + LONG
        + "\n\nOutput II: Invented dialogue is held.\n\n"
        + LONG
    )
    assert (
        iomkg.parse(project, url="https://x.example/en/invented-activities-osh").kind.value
        == "project"
    )
    story = (
        "Invented Name wakes up before the sunrise every morning and walks to the invented field."
    )
    assert (
        iomkg.parse(story + "\n\n" + LONG, url="https://x.example/node/123").kind.value == "story"
    )
    event = "On November 18, the invented office held a technical meeting on invented roads."
    assert iomkg.parse(event + "\n\n" + LONG, url="https://x.example/x").kind.value == "article"
    labelled = "Story\n\nInvented workers do not always return home with money in their pockets."
    assert (
        iomkg.parse(labelled + "\n\n" + LONG, url="https://x.example/node/9").kind.value == "story"
    )


def test_a_vacancy_notice_is_a_vacancy() -> None:
    text = (
        "Invented Assistant\n\nPosition Title: Invented Assistant\nDuty Station: Osh\n"
        "Closing Date: 1 June 2025\n\nThe assistant will help an invented team with reports."
    )
    assert iomkg.parse(text).kind is iomkg.PageKind.VACANCY


def test_every_page_says_how_sure_it_is() -> None:
    page = iomkg.parse(
        "Invented fair opens\n\nOsh – On 3 May 2024, an invented fair opened its doors.",
        url="https://x.example/news/invented-fair-opens",
    )
    assert 0.0 <= page.confidence <= 1.0
    (kind,) = [d for d in page.decisions if d.what == "kind"]
    assert (kind.value, kind.evidence) == ("article", ("news section in the address",))
    doubtful = iomkg.parse(
        "Invented words\n\nMore invented words here", url="https://x.example/a-b"
    )
    assert doubtful.confidence < 0.5
    assert any("doubtful" in w for w in doubtful.warnings)
    again = iomkg.loads(iomkg.dumps(page))
    assert again == page


def test_datelines_at_the_edges() -> None:
    caps = iomkg.parse_dateline("OSH. The invented council met to plan a survey.")
    assert caps is not None
    assert [p.name for p in caps.places] == ["Osh"]
    colon = iomkg.parse_dateline("NARYN: The invented council met.")
    assert colon is not None
    assert colon.text == "NARYN"
    agency = iomkg.parse_dateline("TALAS. INVENTA The invented council met.")
    assert agency is not None
    assert agency.text == "TALAS. INVENTA"
    unknown = iomkg.parse_dateline("KARAKOLO, Kyrgyzstan, August 6. The invented fair opened.")
    assert unknown is not None
    assert [p.name for p in unknown.places] == ["KARAKOLO", "Kyrgyzstan"]  # kept as written
    assert iomkg.parse_dateline("UNDP. The agency met.") is None  # an acronym, not a place
    ranged = iomkg.parse(
        "Invented dialogue closes\n\n4-7 November 2024, Turkistan, Kazakhstan – Delegates met.",
        url="https://x.example/news/invented-dialogue-closes",
    )
    art = _first(ranged)
    assert art.dateline is not None
    assert art.published is None  # a day range dates the event, not the page


def test_a_title_with_a_final_stop_spelt_by_the_address() -> None:
    text = (
        "News\nLocal\n\nInvented council convenes its first meeting.\n\n"
        "November 29, 2022, Osh, Kyrgyzstan - On November 29, the invented council met."
    )
    art = _first(
        iomkg.parse(text, url="https://x.example/news/invented-council-convenes-its-first-meeting")
    )
    assert art.title == "Invented council convenes its first meeting."
    assert art.published is not None
    assert art.published.isoformat() == "2022-11-29"


def test_a_paginated_index_of_title_and_teaser_units_is_a_listing() -> None:
    text = (
        "Invented Office Newsletter\n\n"
        "Invented training of trainers for invented border guards\n\n"
        "ToT for invented guards\n\n"
        "Osh, Kyrgyzstan, October 02, 2013 - The invented office trained twenty guards.\n\n"
        "Invented campaign for invented health day in Naryn\n\n"
        "Every year, the invented office marks the day with a campaign.\n\n"
        "Invented workshop on legal and health issues\n\n"
        "Migrants learned about their rights at an invented workshop.\n\n"
        "Invented partners reach invented migrant families in Talas\n\n"
        "Invented partners visited families of migrants in "
    )
    page = iomkg.parse(text, url="https://blog.example/country-blog/invented?page=2")
    assert page.kind is iomkg.PageKind.LISTING
    assert page.category == "Invented Office Newsletter"
    assert [a.title for a in page.articles] == [
        "Invented training of trainers for invented border guards",
        "Invented campaign for invented health day in Naryn",
        "Invented workshop on legal and health issues",
        "Invented partners reach invented migrant families in Talas",
    ]
    assert page.articles[0].captions == ("ToT for invented guards",)


def test_read_more_units_with_an_untitled_first_unit_and_repeated_headlines() -> None:
    text = (
        "The invented office in Osh opened a new centre for migrants and their families.\n"
        "Read more\n\n"
        "Invented visa centre opens in the invented capital\n\n"
        "Migrants can now apply for invented visas in one place.\n"
        "Read more...\n"
        "Invented visa centre opens in the invented capital\n\n"
        "Invented director named person of the invented month\n\n"
        "The invented magazine chose the director for her work.\n"
        "Invented director named person of the invented month\n\n"
        "Invented regional migration programme starts\n\n"
        "The programme will run for three invented years."
    )
    page = iomkg.parse(text, url="http://x.example/home/22-invented/98-12")
    assert page.kind is iomkg.PageKind.LISTING
    assert [a.title for a in page.articles] == [
        None,
        "Invented visa centre opens in the invented capital",
        "Invented director named person of the invented month",
        "Invented regional migration programme starts",
    ]
    assert page.teasers == ()


def test_an_article_with_sub_headings_is_not_a_listing() -> None:
    text = (
        "Invented survey of remittances in three oblasts\n\n"
        "Osh – An invented survey of 1,200 households was published today.\n\n"
        "What the survey found\n\nHouseholds received 410 invented dollars a month.\n\n"
        "What comes next\n\nThe invented observatory will repeat the survey next year."
    )
    page = iomkg.parse(text, url="https://x.example/invented-survey-remittances-three-oblasts")
    assert (page.kind.value, len(page.articles)) == ("article", 1)


def test_a_banner_in_another_script_than_the_text_is_no_title() -> None:
    text = (
        "Вымышленная серия Часть 1 \n\n\n"
        "The invented organization is committed to orderly migration for the benefit of all.\n\n"
        + LONG
    )
    art = _first(iomkg.parse(text, url="http://x.example/index.php?option=com_content&id=1"))
    assert art.title is None
    assert art.captions == ("Вымышленная серия Часть 1",)
    assert art.paragraphs[0].startswith("The invented organization is committed")


def test_a_document_page_is_a_publication() -> None:
    text = (
        "Invented regional response plan: invented floods 2024\n\n"
        "This regional fi eld assessment was prepared for the internati onal and nati onal "
        "partners, and the migrati on offices committ ed to it."
    )
    assert iomkg.parse(text, url="http://library.example/en/content/invented-plan").kind.value == (
        "publication"
    )


def test_a_title_chosen_among_many_menu_lines_is_doubtful() -> None:
    menu = "\n".join(f"Invented Section {n}" for n in "ABCDEFGH")
    text = menu + "\n\n" + LONG + "\n\n" + LONG
    page = iomkg.parse(text, url="https://x.example/S_report.asp?ReportID=1")
    art = _first(page)
    (title,) = [d for d in art.decisions if d.what == "title"]
    assert title.confidence < 0.5
    assert page.confidence < 0.5


def test_a_year_glued_to_the_lead_and_a_date_fused_with_the_title() -> None:
    glued = iomkg.parse_dateline("Osh, 18 November 2014Engaging invented diaspora groups is key.")
    assert glued is not None
    assert glued.text == "Osh, 18 November 2014"
    assert glued.date is not None
    assert glued.date.start is not None
    assert glued.date.start.isoformat() == "2014-11-18"
    text = (
        "Search\n\nKyrgyzstan 11/06/2020 Invented director meets invented ministers in Osh\n"
        "Invented director meets invented ministers in Osh\n\n" + LONG
    )
    art = _first(
        iomkg.parse(text, url="https://x.example/en/invented-director-meets-invented-ministers")
    )
    assert art.title == "Invented director meets invented ministers in Osh"
    assert art.published is not None
    assert art.published.isoformat() == "2020-06-11"


def test_a_kicker_in_capitals_before_a_headline_is_no_key_value_field() -> None:
    text = (
        "INVENTLAND: Special report on invented returnees - Invented News\n"
        "Home\nNews\nAbout\n\nINVENTLAND: Special report on invented returnees\n\n" + LONG
    )
    art = _first(iomkg.parse(text, url="https://x.example/S_report.asp?ReportID=7"))
    assert art.title == "INVENTLAND: Special report on invented returnees"


# The same forms as HTML (tests/html_render.py wraps a dump in invented theme chrome):
# the structure decided from blocks must not depend on the page's form.
_HTML_FORMS = {
    "subtitle before a dateline lead": (
        "Invented training on invented borders\n\nInvented HBM training\n\n"
        "Osh, Kyrgyzstan, December 16, 2013 - The invented office trained forty officers.",
        "https://blog.example/kg/invented-training-invented-borders",
    ),
    "agency dateline in capitals": (
        "Invented council discusses invented roads\n\n"
        "NARYN. The invented council discussed the state of invented roads in the region.",
        "https://news.example/a/120599.html",
    ),
    "about page without a date": (
        "Welcome from the Invented Chief\n\n" + LONG + "\n\n" + LONG,
        "http://invented.example/index.php/about-us/welcome-from-the-invented-chief",
    ),
    "paginated index of units": (
        "Invented training of trainers for invented border guards\n\n"
        "Osh, Kyrgyzstan, October 02, 2013 - The invented office trained twenty guards.\n\n"
        "Invented campaign for invented health day in Naryn\n\n"
        "Every year, the invented office marks the day with a campaign.\n\n"
        "Invented workshop on legal and health issues\n\n"
        "Migrants learned about their rights at an invented workshop.",
        "https://blog.example/country-blog/invented?page=3",
    ),
}


def _shape(page: iomkg.Page) -> tuple[str, int, str | None, str]:
    first = page.articles[0] if page.articles else None
    return (
        page.kind.value,
        len(page.articles) + len(page.teasers),
        first.title if first else None,
        first.paragraphs[0] if first and first.paragraphs else "",
    )


def test_html_pages_get_the_same_structure_as_their_dumps() -> None:
    from html_render import render

    for name, (dump, url) in _HTML_FORMS.items():
        text_shape = _shape(iomkg.parse(dump, url=url))
        html_shape = _shape(iomkg.parse(render(dump, url), url=url))
        assert html_shape == text_shape, name


def test_widgets_clock_lines_and_two_sentence_lines_are_no_titles() -> None:
    assert never_title("Read Later")
    assert never_title("Media playback is unsupported on your device")
    assert never_title("Invented Land + 1 more")
    assert is_date_line("November 20, 2019 - 11:28 AMT")
    text = (
        "Invented Land + 1 more\n\nInvented cash assistance reaches families of migrants\n\n"
        "Format\nNews\nPosted\n12 May 2022\n\n"
        "Osh – IOM delivered invented cash assistance to 500 families of migrants."
    )
    assert (
        _first(iomkg.parse(text)).title == "Invented cash assistance reaches families of migrants"
    )


def test_a_title_and_a_dated_line_before_a_triple_break_are_no_box() -> None:
    text = (
        "Invented title of an invented report\n\nOsh, 12 May 2024\n\n\n"
        "Osh – On 12 May 2024 an invented centre opened for migrants in the south.\n\n"
        "More invented text follows here in the body."
    )
    assert _first(iomkg.parse(text)).title == "Invented title of an invented report"


def test_sub_headed_sections_and_questions_are_not_posts() -> None:
    sections = "".join(
        f"\n\nWhat the invented survey found in oblast number {n}\n\n{LONG}" for n in range(4)
    )
    text = "Invented survey shows how invented families spend remittances\n\n" + LONG + sections
    page = iomkg.parse(text, url="https://x.example/x/123")
    assert (page.kind.value, len(page.articles)) == ("static", 1)
    faq = "".join(f"\n\nHow do I get invented permit number {n}?\n\n{LONG}" for n in range(6))
    page = iomkg.parse("Invented questions" + faq, url="https://x.example/faq?page=1")
    assert len(page.articles) == 1


def test_bare_teasers_cut_by_the_site_make_a_listing_without_links_or_an_index_address() -> None:
    units = "".join(
        f"\n\nInvented office opens invented centre number {n} in Osh\n\n"
        f"The invented office opened a centre that will advise migrants and their ..."
        for n in range(5)
    )
    page = iomkg.parse("Latest invented items" + units, url="https://x.example/media-centre")
    assert page.kind is iomkg.PageKind.LISTING
    assert page.category == "Latest invented items"
    assert len(page.articles) + len(page.teasers) == 5


def test_label_headers_of_a_data_platform_are_facts_with_their_date() -> None:
    text = (
        "Invented assessment of invented returnees\n\n"
        "Original Language\nEnglish\nDate of upload\n12 May 2020\nShare\nDownload\n\n"
        "The invented assessment looks at 1,200 returnees in five invented districts."
    )
    page = iomkg.parse(text, url="https://data.example/en/invented-assessment-invented-returnees")
    assert [(f.label, f.value) for f in page.facts] == [
        ("Original Language", "English"),
        ("Date of upload", "12 May 2020"),
    ]
    art = _first(page)
    assert art.title == "Invented assessment of invented returnees"
    assert art.paragraphs[0].startswith("The invented assessment looks at")
    assert art.published is not None
    assert art.published.isoformat() == "2020-05-12"
    event = (
        "Invented dialogue on invented water\n\n  • Date\n    08 Jun 2022, 10:00am\n  • Location\n"
        "    Hybrid\n\nDuring the invented conference, partners met to plan the invented work."
    )
    assert (
        _first(iomkg.parse(event, url="https://x.example/events/invented-dialogue")).published
        is None
    )


def test_the_page_keeps_its_layout_and_listing_decisions() -> None:
    text = (
        "Invented Office Newsletter\n\n"
        "Invented training of trainers for invented border guards\n\n"
        "Osh, Kyrgyzstan, October 02, 2013 - The invented office trained twenty guards.\n\n"
        "Invented campaign for invented health day in Naryn\n\n"
        "Every year, the invented office marks the day with a campaign."
    )
    page = iomkg.parse(text, url="https://blog.example/country-blog/invented?page=2")
    assert [(d.what, d.value) for d in page.decisions] == [
        ("layout", "generic"),
        ("kind", "listing"),
        ("posts", "2"),
    ]
    assert page.confidence == 0.6  # read by rules of form alone


def test_a_contents_line_is_no_browser_title() -> None:
    text = (
        "Contents\nForeword by the invented office...... 4\nIntroduction...... 7\n"
        "Invented chapter one...... 9\n\nForeword by the invented office\n\n" + LONG
    )
    art = _first(iomkg.parse(text, url="https://docs.example/doc/123/invented-report"))
    (title,) = [d for d in art.decisions if d.what == "title"]
    assert "repeated in a longer line (browser title)" not in title.evidence


def test_a_media_index_whose_items_lost_their_titles_is_a_listing_of_untitled_posts() -> None:
    films = [
        "The invented film is based on real events in an invented village of migrants.",
        "The second invented film follows three invented workers on their way abroad.",
        "The third invented film tells of invented families that stay behind at home.",
        "The fourth invented film shows invented teachers in a mountain school today",
    ]
    page = iomkg.parse("\n\n".join(films), url="http://x.example/index.php/multimedia")
    assert page.kind is iomkg.PageKind.LISTING
    assert [a.title for a in page.articles] == [None, None, None, None]
    assert page.articles[0].paragraphs == (films[0],)
    # The same paragraphs at another address are one page.
    assert (
        len(iomkg.parse("\n\n".join(films), url="http://x.example/index.php/about").articles) == 1
    )


def test_a_programme_name_ends_the_title_a_news_headline_only_mentions_one() -> None:
    page = iomkg.parse(
        "Invented Safe Return Programme (ISRP)\n\n" + LONG + "\n\n" + LONG,
        url="https://x.example/isrp",
    )
    assert page.kind.value == "project"
    news = iomkg.parse(
        "Invented project helps returnees in Osh\n\n" + LONG + "\n\n" + LONG,
        url="https://iom.example/?p=9003",
    )
    assert news.kind.value == "article"  # a post id in the address


def test_html_the_first_level_heading_is_the_title_among_chrome_lines() -> None:
    html = (
        "<html><body><div><p>Invented News Portal</p><p>Latest invented items</p>"
        "<p>Invented weather in Osh today</p></div>"
        "<h1>Invented council opens a centre for migrants</h1>"
        "<p>Invented caption of a photo of the centre</p>"
        "<p>Osh – The invented council opened a centre that advises migrants and their families.</p>"
        "<p>The centre will work on weekdays with three invented counsellors.</p>"
        "</body></html>"
    )
    art = _first(iomkg.parse(html, url="https://news.example/a/120599.html"))
    assert art.title == "Invented council opens a centre for migrants"
    assert art.paragraphs[0].startswith("Osh – The invented council opened a centre")


def test_a_list_of_vacancies_is_a_listing_of_its_notices() -> None:
    notices = "\n\n".join(
        f"Invented National Officer number {n}\nDuty Station: Osh\nClosing Date: {n + 1} June 2025"
        for n in range(4)
    )
    page = iomkg.parse("Vacancies\n\n" + notices, url="https://x.example/en/vacancies")
    assert page.kind is iomkg.PageKind.LISTING
    assert page.category == "Vacancies"
    assert [a.title for a in page.articles] == [
        f"Invented National Officer number {n}" for n in range(4)
    ]


def test_read_more_with_nothing_after_it_closes_each_unit() -> None:
    text = (
        "Invented News\n\nInvented fair opens in Osh\n\nOsh – On 3 May, a fair opened.\nRead more:\n\n"
        "Invented road built in invented Naryn\n\nNaryn – A road was built.\nRead more:\n\n"
        "Invented school repaired in invented Talas\n\nTalas – A school got a roof.\nRead more:"
    )
    page = iomkg.parse(text, url="https://x.example/home")
    assert page.kind is iomkg.PageKind.LISTING
    assert [a.paragraphs for a in page.articles] == [
        ("Osh – On 3 May, a fair opened.",),
        ("Naryn – A road was built.",),
        ("Talas – A school got a roof.",),
    ]


def test_a_lead_between_two_widget_lines_is_doubtful() -> None:
    text = (
        "Invented dialogue on invented water\n\nRegister to attend in person\n\n"
        "The invented venue is on the second floor of the invented hall, near the station.\n\n"
        "Register to attend online\n\n" + LONG
    )
    page = iomkg.parse(text, url="https://x.example/events/invented-dialogue-invented-water")
    art = _first(page)
    assert art.confidence < 0.5
    assert "the first paragraph is doubtful: a widget line follows it" in page.warnings


# --- The story's opening line under the title (INVENTED pages) -----------------------------

_OPENING_URL = "https://news.example/news/invented-council-opens-a-centre-for-migrants"
_STANDFIRST = (
    "The invented council opened a centre on Monday that advises migrants and their "
    "families on work and residence papers in Osh"
)
_OPENING_BODY = "The centre will work on weekdays with three invented counsellors."


def test_an_opening_line_after_the_standfirst_stays_body_without_a_final_stop() -> None:
    # INVENTED: a short sentence between the standfirst and the body is the story, no chrome.
    text = (
        "Invented News Portal\nInvented council opens a centre for migrants\n3 May 2024\n"
        + _STANDFIRST
        + "\nThis has freed the old clinic of the invented district for the families\n"
        + LONG
        + "\n\n"
        + _OPENING_BODY
    )
    page = iomkg.parse(text, url=_OPENING_URL)
    art = _first(page)
    assert art.title == "Invented council opens a centre for migrants"
    assert art.paragraphs == (
        _STANDFIRST,
        "This has freed the old clinic of the invented district for the families",
        LONG,
        _OPENING_BODY,
    )
    assert art.published is not None
    assert art.published.isoformat() == "2024-05-03"
    assert "1 short line(s) around the title were dropped as chrome" in page.warnings


def test_html_an_opening_line_before_a_list_stays_body() -> None:
    # INVENTED: the first line of a guide under its heading, then its list, then the text.
    html = (
        "<html><body><div><p>Invented News Portal</p><p>Latest invented items</p></div>"
        "<h1>Invented guide to the new residence rules</h1>"
        "<p>The residence rules can be met with three invented papers</p>"
        "<ul><li>an invented passport</li><li>a lease</li><li>a work permit</li></ul>"
        "<p>Osh – The invented council says that most families already hold all three "
        "papers and can apply.</p>"
        "<p>The office will work on weekdays.</p></body></html>"
    )
    art = _first(iomkg.parse(html, url="https://news.example/a/120599.html"))
    assert art.title == "Invented guide to the new residence rules"
    assert art.paragraphs == (
        "The residence rules can be met with three invented papers",
        "an invented passport",
        "a lease",
        "a work permit",
        "Osh – The invented council says that most families already hold all three papers "
        "and can apply.",
        "The office will work on weekdays.",
    )


def test_bylines_share_rows_headlines_and_lines_after_a_credit_stay_chrome() -> None:
    # INVENTED negatives: none of these lines after the title is the story's opening.
    text = (
        "Invented News Portal\nInvented council opens a centre for migrants\n"
        "By Invented Name and Other Person\nShare this on Invented\n"
        "Invented Council Opens Its Doors In Osh This Week\n"
        "Invented Name/IOM\nAn invented counsellor talks to a family in Osh\n"
        + LONG
        + "\n\n"
        + _OPENING_BODY
    )
    page = iomkg.parse(text, url=_OPENING_URL)
    art = _first(page)
    assert art.title == "Invented council opens a centre for migrants"
    assert art.paragraphs == (LONG, _OPENING_BODY)
    assert "6 short line(s) around the title were dropped as chrome" in page.warnings


def test_a_date_line_after_the_title_dates_the_page_and_is_no_paragraph() -> None:
    # INVENTED negative: a date line is the header date, a full sentence stays the opening.
    text = (
        "Invented News Portal\nInvented council opens a centre for migrants\n3 May 2024\n"
        "The invented centre opened on Monday.\n" + LONG + "\n\n" + _OPENING_BODY
    )
    art = _first(iomkg.parse(text, url=_OPENING_URL))
    assert art.paragraphs == ("The invented centre opened on Monday.", LONG, _OPENING_BODY)
    assert art.published is not None
    assert art.published.isoformat() == "2024-05-03"


def test_a_bracketed_source_opening_a_paragraph_of_sentences_is_the_lead() -> None:
    # INVENTED: "[Agency=Writer] Sentence. Sentence." is the lead; "[Country] Caption." is not.
    lead = (
        "[Invented Agency=Invented Name] The invented fair opened in Osh on Monday with forty "
        "stalls. It runs for a week and draws families from five invented districts."
    )
    assert lead_start([lead, LONG], lambda i: False) == (0, [])
    assert lead_start(
        ["[Kyrgyzstan] An invented family at home.", lead, LONG], lambda i: False
    ) == (
        1,
        ["caption"],
    )


def test_a_sentence_ending_with_a_colon_is_no_field_a_label_still_is() -> None:
    # INVENTED: "X matters. Here’s why:" introduces the text; "Donor:" is a label.
    assert not is_field_line("Your invented plan matters. Here’s why:")
    assert is_field_line("Donor: Invented Fund")
    assert is_field_line("Partners:")
    paras = ["Your invented plan matters. Here’s why:", LONG, _OPENING_BODY]
    assert lead_start(paras, lambda i: False) == (0, [])
    assert lead_start(["Partners:", "Invented Fund", LONG], lambda i: False)[0] == 2


def test_a_run_of_testimonial_quotes_is_the_text_one_pull_quote_is_skipped() -> None:
    # INVENTED: one quote and its attribution before the lead are skipped; a run of quotes
    # (reviews) is the text, and the lead is its first quote.
    one = [
        "“Invented hope is what we share.”",
        "– Invented Name, a counsellor",
        LONG,
    ]
    assert lead_start(one, lambda i: False) == (2, ["pull quote", "attribution"])
    run = [
        "By Invented Name",
        "“The invented show was great. We enjoyed every minute of it with our whole family.”",
        "– Ai**",
        "“A wonderful invented evening. The actors were very talented and kind to everyone.”",
        "– Bo***",
        LONG,
    ]
    assert lead_start(run, lambda i: False) == (1, ["byline"])
