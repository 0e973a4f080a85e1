"""The words an article's analysis reads once (``ArticleContext`` / ``TextWords``).

Every text here is invented for these tests (invented people, places and events).
"""

from __future__ import annotations

import pytest

from iomkg._extract.context import ArticleContext, Lexicon
from iomkg._extract.words import TextWords, key_words


def _ctx(text: str) -> ArticleContext:
    return ArticleContext.build(text)


def test_key_words_pick_the_longest_word_and_stems() -> None:
    assert key_words("with the support of") == ("support", False)
    assert key_words("site visit*") == ("visit", True)
    assert key_words("study visit*") == ("study", False)  # (the first of two as long)
    assert key_words("ознакомительн* визит*") == ("ознакомительн", True)
    assert key_words("Director-General") == ("director", False)
    assert key_words("г-жа") == ("жа", False)
    assert key_words("present … findings") == ("findings", False)
    assert key_words("министр", stem=True) == ("министр", True)


def test_sentences_with_each_lexicon() -> None:
    # invented
    text = (
        "On 4 March the Deputy Minister, Mr. Tolen Varsk, opened a seminar in Invented Dale. "
        "The project is funded by the Invented Fund and implemented by IOM. "
        "Nothing else happened. "
        "Заместитель министра г-жа Айна Кулова провела семинар 5 июня."
    )
    ctx = _ctx(text)
    assert len(ctx.sentences) == 4
    assert ctx.sentences_with(Lexicon.MONTH) == (0, 3)
    assert ctx.sentences_with(Lexicon.HONORIFIC) == (0, 3)
    assert ctx.sentences_with(Lexicon.ROLE) == (0, 3)
    assert ctx.sentences_with(Lexicon.ROLE_MODIFIER) == (
        0,
        1,
        3,
    )  # "project" as in "Project Officer"
    assert ctx.sentences_with(Lexicon.EVENT_STRONG) == (0, 3)
    assert ctx.sentences_with(Lexicon.FUNDING) == (1,)
    assert ctx.sentences_with(Lexicon.IMPLEMENTING) == (1,)
    assert ctx.sentences_with(Lexicon.PROGRAMME_CUE) == (1,)
    assert ctx.sentences_with(Lexicon.PROGRAMME_HEAD) == (1,)
    assert ctx.sentences_with(Lexicon.PARTNERING) == ()
    assert [ctx.has_any(i, Lexicon.EVENT, Lexicon.MONTH) for i in range(4)] == [
        True,
        False,
        False,
        True,
    ]
    assert [text[s:e] for s, e in ctx.hits(Lexicon.MONTH)] == ["March", "июня"]
    assert [text[s:e] for s, e in ctx.hits(Lexicon.ROLE)] == ["Minister", "министра"]
    assert [text[s:e] for s, e in ctx.hits(Lexicon.HONORIFIC)] == ["Mr", "г", "жа"]


def test_event_activities() -> None:
    # invented: an activity verb of event_activities.tsv, and a stem with an ending
    ctx = _ctx("Doctors screened 40 invented migrants. Nothing else. Врачи обследовали их.")
    assert ctx.sentences_with(Lexicon.EVENT_ACTIVITY) == (0, 2)
    assert ctx.sentences_with(Lexicon.EVENT_STRONG, Lexicon.EVENT_WEAK) == ()


def test_words_are_whole_words() -> None:
    # "Mayorship" holds "may", "Ministerial" holds "minister": neither is a month or a role
    ctx = _ctx("The Mayorship of Invented Dale welcomed Ministerial visitors.")
    assert ctx.sentences_with(Lexicon.MONTH) == ()
    assert ctx.hits(Lexicon.ROLE) == ()
    # "visit*" (of "site visit*") is a stem: "visitors" may start a trigger
    assert [ctx.text[s:e] for s, e in ctx.hits(Lexicon.EVENT)] == ["visitors"]
    assert ctx.sentence_words(0) == frozenset(
        {"the", "mayorship", "of", "invented", "dale", "welcomed", "ministerial", "visitors"}
    )


def test_stems_take_endings() -> None:
    # invented: a Russian role word and a Kyrgyz month stem with their endings; a Kyrgyz
    # role whose final к is voiced before the possessive ending
    ctx = _ctx("Министрлер келди. 12-октябрда жолугушту. Подполковниги сүйлөдү.")
    assert ctx.sentences_with(Lexicon.ROLE) == (0, 2)
    assert ctx.sentences_with(Lexicon.MONTH) == (1,)


def test_punctuation_and_odd_characters_separate_words() -> None:
    # invented: quotation marks, a no-break space, an apostrophe, "№" and a zero-width space
    text = "«Семинар» in\u00a0May; IOM's №workshop and\u200bforum."
    ctx = _ctx(text)
    assert [text[s:e] for s, e in ctx.hits(Lexicon.EVENT_STRONG)] == [
        "Семинар",
        "workshop",
        "forum",
    ]
    assert [text[s:e] for s, e in ctx.hits(Lexicon.MONTH)] == ["May"]
    assert [text[s:e] for s, e in ctx.hits(Lexicon.TITLE_NOUN)] == ["Семинар", "workshop", "forum"]


def test_lower_keeps_offsets() -> None:
    text = "İnvented Ёлкино hosted a forum."
    ctx = _ctx(text)
    assert len(ctx.lower) == len(text)
    assert ctx.lower == "İnvented елкино hosted a forum."
    assert [text[s:e] for s, e in ctx.hits(Lexicon.EVENT_WEAK)] == ["hosted"]


def test_sentence_of() -> None:
    ctx = _ctx("One here.  Two there.")
    assert ctx.sentences == ((0, 9), (11, 21))
    assert [ctx.sentence_of(p) for p in (0, 8, 9, 10, 11, 20, 21)] == [0, 0, -1, -1, 1, 1, -1]


def test_keys_are_in_alphabetical_order_with_their_lexicons() -> None:
    words = TextWords("Workshops, a forum and March: Ms. Ode.", ())
    assert [(w, Lexicon(b)) for w, b in words.keys().items()] == [
        ("and", Lexicon.OFFICE_WORD),
        ("forum", Lexicon.EVENT_STRONG | Lexicon.TITLE_NOUN),
        ("march", Lexicon.MONTH | Lexicon.OFFICE_WORD),
        ("ms", Lexicon.HONORIFIC),
        ("workshops", Lexicon.EVENT_STRONG | Lexicon.TITLE_NOUN),
    ]


@pytest.mark.parametrize("text", ["", " ", "...", "12345"])
def test_texts_without_words_of_the_lists(text: str) -> None:
    words = TextWords(text, ())
    assert words.keys() == {}
    assert words.hits(Lexicon.EVENT) == ()
    assert words.sentences_with(Lexicon.MONTH) == ()


def test_the_token_memo_starts_again_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    # invented: the memo of tokens is replaced when large; the answers stay the same
    from iomkg._extract import words

    monkeypatch.setattr(words._Memo, "limit", 3)
    text = "Ms. Ode met the Minister in March."
    first = TextWords(text, ()).keys()
    TextWords("Invented words fill the memo past its limit: one, two, three, four.", ()).keys()
    assert TextWords(text, ()).keys() == first
    assert set(first) == {"march", "met", "minister", "ms", "the", "in"}
