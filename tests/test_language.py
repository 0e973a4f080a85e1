"""Language of texts, articles, teasers and pages (invented sentences)."""

from __future__ import annotations

import pytest

import iomkg
from iomkg._front.language import detect_language, page_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("An invented workshop on safe migration was held in Osh.", "en"),
        ("Вымышленный круглый стол по вопросам миграции прошёл в Оше.", "ru"),
        ("Бүгүн Ошто мигранттар үчүн жыйын болду.", "ky"),
        ("Нарында мигранттардын үй-бүлөлөрү үчүн борбор ачылды", "ky"),
        ("Қазақстан және Қырғызстан бойынша кездесу өтті.", "kk"),
        ("L'OIM a formé des agents de santé dans la région pour les migrants.", "fr"),
        # A Kyrgyz place name in a Russian sentence does not make it Kyrgyz.
        ("Вымышленная встреча прошла в Өзгөне и в Оше для местных жителей.", "ru"),
        ("Вымышленный визит в Үзгөн", "ru"),
        # Uzbek in Cyrillic: the letter ў and its function words outweigh the Kazakh қ.
        ("Вымышленный марказ мигрантларга ёрдам беради ва бўйича маслаҳат беради.", "uz"),
        ("Созмони вымышленный дар Душанбе маркази нав кушод ва ба муҳоҷирон ёрӣ мерасонад.", "tg"),
        ("12 3", None),
    ],
)
def test_detect_language(text: str, code: str | None) -> None:
    assert detect_language(text) == code


def test_page_language_prefers_articles_then_teasers() -> None:
    assert page_language(["en", "en", "ru"], ["ru"] * 5, []) == "en"
    assert page_language([], ["ru", "ru", "en"], []) == "ru"
    assert page_language([None], [], []) is None


def test_article_teaser_and_page_languages_on_a_mixed_page() -> None:
    text = (
        "Message from IOM\nfor Central Asia\n\nAn invented header sentence\n\n\n1 2 3\n\n"
        "Invented post\n\nAn invented centre opened in the town of Osh.\n\n"
        "Вымышленный тизер о миграции\n\n\nRead more »\n"
    )
    page = iomkg.parse(text, url="https://iom.kg/en/?p=4")
    assert (page.language, page.articles[0].language, page.teasers[0].language) == (
        "en",
        "en",
        "ru",
    )


def test_kyrgyz_page() -> None:
    text = "Жаңылыктар\nLocal\n\nОшто жаңы борбор ачылды\n\nОш - Борбор мигранттардын үй-бүлөлөрүнө жардам берет."
    page = iomkg.parse(text, url="https://kyrgyzstan.iom.int/ru/news/x")
    assert (page.language, page.articles[0].language) == ("ky", "ky")


def test_a_tie_of_twin_teasers_goes_to_the_heading_language() -> None:
    pairs = (
        "Вымышленный заголовок\nВымышленное описание ...\nInvented title\nInvented summary ...\n"
    )
    english = iomkg.parse(
        "Latest News on Migration\n" + pairs, url="https://kyrgyzstan.iom.int/news"
    )
    russian = iomkg.parse("Последние новости\n" + pairs, url="https://kyrgyzstan.iom.int/ru/news")
    assert (english.kind.value, english.language) == ("listing", "en")
    assert (russian.kind.value, russian.language) == ("listing", "ru")
