"""Decoding bytes: BOMs, declared charsets, UTF-8, the windows-1251 guess, replacement characters.

The Russian sentences are INVENTED.
"""

from __future__ import annotations

import pytest

import iomkg
from iomkg._front.decode import declared_encoding, decode, normalise

RUSSIAN = "Бишкек – Вымышленный центр для мигрантов открылся в Оше."


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<meta charset="windows-1251">', "cp1251"),
        (b"<meta charset=utf-8>", "utf-8"),
        (b"<META CHARSET='KOI8-R'>", "koi8_r"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', "cp1251"),
        (b'<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">', "utf-8"),
        (b'<meta charset="utf-16">', "utf-8"),
        (b'<meta charset="no-such-codec">', None),
        (b"<p>charset is a word in a text</p>", None),
    ],
)
def test_declared_encoding(head: bytes, expected: str | None) -> None:
    assert declared_encoding(b"<html><head>" + head + b"</head>") == expected


def test_a_declaration_beyond_the_first_bytes_is_not_read() -> None:
    assert declared_encoding(b" " * 5000 + b'<meta charset="windows-1251">') is None


@pytest.mark.parametrize(
    ("source", "text", "warnings"),
    [
        (RUSSIAN.encode("utf-8"), RUSSIAN, ()),
        (b"\xef\xbb\xbf" + RUSSIAN.encode("utf-8"), RUSSIAN, ()),
        (b"\xff\xfe" + RUSSIAN.encode("utf-16-le"), RUSSIAN, ()),
        (b"\xfe\xff" + RUSSIAN.encode("utf-16-be"), RUSSIAN, ()),
        (
            RUSSIAN.encode("cp1251"),
            RUSSIAN,
            ("bytes are not valid UTF-8; decoded as windows-1251",),
        ),
        (
            b"Osh \xe2\x80 invented",
            "Osh \ufffd invented",
            ("1 byte sequence(s) not valid UTF-8 were replaced by U+FFFD",),
        ),
    ],
)
def test_decode(source: bytes, text: str, warnings: tuple[str, ...]) -> None:
    if source.startswith(b"Osh"):
        source = b'<meta charset="utf-8">' + source
        text = '<meta charset="utf-8">' + text
    assert decode(source) == (text, warnings)


def test_a_declared_legacy_charset_is_used() -> None:
    source = b'<meta charset="windows-1251"><p>' + RUSSIAN.encode("cp1251") + b"</p>"
    assert decode(source) == (f'<meta charset="windows-1251"><p>{RUSSIAN}</p>', ())


def test_utf8_bytes_under_a_wrong_legacy_declaration_are_read_as_utf8_with_a_warning() -> None:
    source = b'<meta charset="windows-1251"><p>' + RUSSIAN.encode("utf-8") + b"</p>"
    assert decode(source) == (
        f'<meta charset="windows-1251"><p>{RUSSIAN}</p>',
        ("the page declares cp1251 but its bytes are UTF-8; read as UTF-8",),
    )


def test_bytes_that_fit_no_codec_report_every_replacement() -> None:
    text, warnings = decode(b'<meta charset="ascii">Osh \xd0\xd1')
    assert text == '<meta charset="ascii">Osh \ufffd\ufffd'
    assert warnings == ("2 byte sequence(s) not valid ascii were replaced by U+FFFD",)


def test_russian_html_in_windows_1251_and_utf8_gives_the_same_page() -> None:
    html = (
        '<!DOCTYPE html><html lang="ru"><head><meta charset="{charset}"><title>Вымышленный центр'
        " открылся | МОМ Кыргызстан</title></head><body><main><h1>Вымышленный центр открылся</h1>"
        "<p>Бишкек – 12 октября в Оше открылся вымышленный центр для 300 мигрантов.</p>"
        "<p>Центр поддерживает вымышленный фонд.</p></main></body></html>"
    )
    url = "https://kyrgyzstan.iom.int/ru/news/invented"
    legacy = iomkg.parse(html.format(charset="windows-1251").encode("cp1251"), url)
    modern = iomkg.parse(html.format(charset="utf-8").encode("utf-8"), url)
    assert legacy == modern
    assert legacy.language == "ru"
    assert legacy.articles[0].title == "Вымышленный центр открылся"
    assert legacy.articles[0].paragraphs[1] == "Центр поддерживает вымышленный фонд."
    undeclared = iomkg.parse(html.replace('<meta charset="{charset}">', "").encode("cp1251"), url)
    assert undeclared.articles == modern.articles
    assert undeclared.warnings == ("bytes are not valid UTF-8; decoded as windows-1251",)


def test_normalise() -> None:
    assert normalise("a\u00a0b\u2009c\u200bd\u00ade\x00f\tg\r\nh\ri\u3000j") == "a b cdef g\nh\ni j"


def test_every_character_normalise_changes_is_one_isprintable_rejects() -> None:
    # normalise() returns a text unchanged when it is printable between its line breaks:
    # that shortcut holds only while every character it replaces or removes is unprintable.
    changed = [chr(c) for c in range(0x110000) if normalise(f"a{chr(c)}b") != f"a{chr(c)}b"]
    assert len(changed) == 53 + 2048  # and the 2,048 lone surrogates, which become U+FFFD
    assert not any(char.isprintable() for char in changed)


@pytest.mark.parametrize(
    "text",
    [
        "Osh – printable text\nover lines “quoted”",
        "\ttabbed\tline\n",
        "Бишкек\u00a0– \u200bнет",
        "a\u2028b",  # unprintable but kept: a line separator is no space to replace
        "",
    ],
)
def test_normalise_with_and_without_characters_to_change(text: str) -> None:
    expected = text.replace("\t", " ").replace("\u00a0", " ").replace("\u200b", "")
    assert normalise(text) == expected
