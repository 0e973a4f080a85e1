"""Decoding and normalising the input: bytes to str, one form of spaces and breaks.

The normalised text is what every offset of a text dump's blocks points into.
"""

from __future__ import annotations

import codecs
import re

from .._errors import DecodeError

__all__ = ["INVISIBLE", "declared_encoding", "decode", "normalise", "without_surrogates"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# Spaces that are spaces: no-break, thin, figure, ideographic, and friends; tabs.
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\v\f]")
# Characters that carry no text: zero-width spaces and joiners, soft hyphens, BOMs, and
# control characters other than the line break (a NUL in a dump is never text).
#: Characters that carry no text (zero-width, soft hyphen, BOM, control characters).
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]")
# Lone surrogates: halves of a UTF-16 pair, which no UTF-8 text can hold (a str made from a
# "\\ud800" JSON escape, or built by hand). They become U+FFFD, as undecodable bytes do.
_SURROGATES = re.compile("[\ud800-\udfff]")


# ``<meta charset="…">`` or ``<meta http-equiv="Content-Type" content="text/html; charset=…">``.
_DECLARED = re.compile(
    rb"""<meta[^>]{0,300}?charset\s{0,3}=\s{0,3}["']?\s{0,3}([A-Za-z0-9._:-]{1,40})""", re.I
)
# How far into the bytes a declaration is looked for.
_SNIFF = 4096
# Single-byte legacy encodings: a declaration of one of them loses to bytes that are valid UTF-8.
_LEGACY = frozenset(["cp1251", "koi8_r", "koi8_u", "cp1252", "iso8859_1", "iso8859_5", "cp866"])


# Codecs that call themselves text encodings but are not the encoding of a page: they
# encode domain names, or refuse every byte.
_NOT_PAGE_CODECS = frozenset(["idna", "punycode", "undefined"])


def _declared_label(source: bytes) -> str | None:
    """The charset label an HTML page declares in its first bytes, lower-cased, or ``None``."""
    match = _DECLARED.search(source[:_SNIFF])
    return None if match is None else match.group(1).decode("ascii").lower()


def declared_encoding(source: bytes) -> str | None:
    """The encoding an HTML page declares in its first bytes (a Python codec name), or ``None``.

    Only text encodings count: a label naming a codec that is not one (``hex``,
    ``base64``, ``rot13``, ``zlib``, ``idna``…) is no declaration.

    >>> declared_encoding(b'<html><head><meta charset="windows-1251">')
    'cp1251'
    >>> declared_encoding(b'<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    'utf-8'
    >>> declared_encoding(b"Bishkek - no declaration") is None
    True
    >>> declared_encoding(b'<meta charset="base64">') is None
    True
    """
    label = _declared_label(source)
    if label is None:
        return None
    if label in ("x-user-defined", "unicode", "utf-16", "utf-16le", "utf-16be"):
        # A page served as bytes with an ASCII-compatible declaration is never UTF-16.
        label = "utf-8"
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    name = info.name
    if not info._is_text_encoding or name in _NOT_PAGE_CODECS:
        return None
    return {"windows-1251": "cp1251", "windows-1252": "cp1252", "iso8859-1": "iso8859_1"}.get(
        name, name.replace("-", "_") if name not in ("utf-8",) else name
    )


# The first bytes of files that are not pages (a ``.txt`` or ``.html`` name proves nothing).
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"PK\x05\x06", "a ZIP archive (or an Office document)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (OLE2)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"(\xb5/\xfd", "zstd-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
# Characters no page holds: control characters (but the line breaks and tabs), C1 controls
# and U+FFFD (bytes the encoding did not explain). Random bytes read as windows-1251 give
# about one in nine; a page, almost none.
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_SAMPLE = 65_536  # the characters looked at for that share
_MAX_SHARE = 0.05
_MIN_COUNT = 16


def binary_kind(source: bytes) -> str | None:
    """What binary data ``source`` starts like (a PDF, a ZIP, an image…), or ``None``.

    >>> binary_kind(b"%PDF-1.7 ..."), binary_kind(b"Osh - a page") is None
    ('a PDF document', True)
    """
    if source[8:12] == b"WEBP" and source.startswith(b"RIFF"):
        return "a WebP image"
    for signature, kind in _SIGNATURES:
        if source.startswith(signature):
            return kind
    return None


def _refuse_binary(source: bytes, text: str | None = None) -> None:
    """Raise :class:`DecodeError` for bytes that are not a page: a known signature, or a
    text with a high share of control or undecodable characters."""
    kind = binary_kind(source)
    if kind is None and text is not None:
        sample = text[:_SAMPLE]
        count = len(_NOT_TEXT.findall(sample))
        if count >= _MIN_COUNT and count > _MAX_SHARE * len(sample):
            kind = f"{100 * count // len(sample)}% control or undecodable characters"
    if kind is not None:
        raise DecodeError(f"source: binary data, not a page: {kind}", field="source")


def decode(source: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode bytes: a BOM, a declared charset, valid UTF-8, else windows-1251.

    Returns the text and the warnings: a guessed encoding, a declaration that the
    bytes contradict, and replacement characters are all reported. Bytes that are
    no page (a PDF, a ZIP or Office file, an image, compressed data, or mostly
    control and undecodable characters) raise :class:`~iomkg.DecodeError`.

    >>> decode("Бишкек".encode("cp1251"))
    ('Бишкек', ('bytes are not valid UTF-8; decoded as windows-1251',))
    >>> decode(b'<meta charset="windows-1251"><p>' + "Ош".encode("cp1251"))[0][-2:]
    'Ош'
    >>> decode(b"\\xef\\xbb\\xbfOsh")
    ('Osh', ())
    >>> decode(b"%PDF-1.7")
    Traceback (most recent call last):
    ...
    iomkg.DecodeError: source: binary data, not a page: a PDF document
    """
    text, warnings = _decode(source)
    _refuse_binary(source, text)
    return text, warnings


def _decode(source: bytes) -> tuple[str, tuple[str, ...]]:
    for bom, encoding in _BOMS:
        if source.startswith(bom):
            text = source[len(bom) :].decode(encoding, errors="replace")
            return text, _replacement_warning(text, encoding)
    declared = declared_encoding(source)
    warnings: tuple[str, ...] = ()
    if declared is None:
        label = _declared_label(source)
        if label is not None and _is_codec(label):
            warnings = (f"the page declares {label}, which is not a text encoding; ignored",)
    if declared is not None and declared != "utf-8":
        if declared in _LEGACY and not source.isascii():
            try:
                text = source.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                return text, (
                    f"the page declares {declared} but its bytes are UTF-8; read as UTF-8",
                )
        text = source.decode(declared, errors="replace")
        return text, _replacement_warning(text, declared)
    try:
        return source.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    if declared == "utf-8":
        text = source.decode("utf-8", errors="replace")
        return text, _replacement_warning(text, "UTF-8")
    text = source.decode("cp1251", errors="replace")
    warnings += ("bytes are not valid UTF-8; decoded as windows-1251",)
    return text, warnings + _replacement_warning(text, "windows-1251")


def _is_codec(label: str) -> bool:
    """Whether Python knows ``label`` as a codec (of any kind)."""
    try:
        codecs.lookup(label)
    except LookupError:
        return False
    return True


def _replacement_warning(text: str, encoding: str) -> tuple[str, ...]:
    count = text.count("\ufffd")
    if not count:
        return ()
    return (f"{count} byte sequence(s) not valid {encoding} were replaced by U+FFFD",)


def normalise(text: str) -> str:
    """One form of line breaks and spaces; nothing else changes.

    ``\\r\\n`` and ``\\r`` become ``\\n``; no-break and other wide spaces become a
    plain space; zero-width characters, soft hyphens and control characters go; a lone
    surrogate (not text: it cannot be written as UTF-8) becomes U+FFFD.

    >>> normalise("Bishkek\\u00a0– on 19 July\\r\\n")
    'Bishkek – on 19 July\\n'
    >>> normalise("Osh \\ud800")
    'Osh \\ufffd'
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\t" in text:
        text = text.replace("\t", " ")
    # Every character to replace or remove is one that str.isprintable() rejects (as is the
    # line break): most texts are printable between their breaks, which one pass in C shows
    # (three times faster than a search with either pattern below).
    if text.replace("\n", "").isprintable():
        return text
    if _SPACES.search(text):
        text = _SPACES.sub(" ", text)
    if INVISIBLE.search(text):
        text = INVISIBLE.sub("", text)
    return without_surrogates(text)


def without_surrogates(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (most texts come back as they are).

    >>> without_surrogates("https://example.org/\\udfff")
    'https://example.org/\\ufffd'
    """
    if text.isascii() or not _SURROGATES.search(text):
        return text
    return _SURROGATES.sub("\ufffd", text)
