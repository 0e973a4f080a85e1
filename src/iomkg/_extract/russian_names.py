"""Russian personal names in the nominative: ``с Нурланом Асановым`` names ``Нурлан Асанов``.

With the optional extra ``russian`` installed (``pip install iomkg[russian]``:
pymorphy3 and its Russian dictionaries, about 17 MB), every word of a name is
analysed and the reading shared by all its words (gender and case) is put in
the nominative; without it, rules over the endings of Russian and Central Asian
surnames (``-ов/-ев/-ин``, ``-ский``) and given names do the common cases. Both
keep a name already in the nominative, and a name they cannot read, as written.

>>> nominative("Нурланом Асановым"), nominative("Айгуль Бековой"), nominative("Aida Berg")
('Нурлан Асанов', 'Айгуль Бекова', 'Aida Berg')
>>> nominative("Нурлана Асанова", case="gent")
'Нурлан Асанов'
"""

from __future__ import annotations

import functools
import importlib
from typing import Any

__all__ = ["kyrgyz_nominative", "nominative", "surname_nominative"]

_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_PERSON_TAGS = ("Name", "Surn", "Patr")


@functools.cache
def _morph() -> Any | None:
    """pymorphy3's analyser, or ``None`` when the extra is not installed."""
    try:
        module = importlib.import_module("pymorphy3")
        return module.MorphAnalyzer(lang="ru")
    except Exception:  # a missing or broken extra: the rules below
        return None


def _is_russian_name(words: list[str]) -> bool:
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper() and all("\u0400" <= c <= "\u04ff" or c == "-" for c in w) for w in words
    )


@functools.lru_cache(maxsize=4096)
def nominative(name: str, case: str | None = None) -> str:
    """``name`` (a Russian personal name of two or three words) in the nominative.

    ``case`` is the grammatical case the context asks for (``gent`` after
    ``по словам`` or a role in the genitive), when known: it settles names that
    read alike in two cases (``Нурлана Асанова``: a man's in the genitive or a
    woman's in the nominative; without a hint the nominative is kept).

    >>> nominative("Гульнарой Токтогуловой"), nominative("Бакыту Осмонову")
    ('Гульнара Токтогулова', 'Бакыт Осмонов')
    """
    words = name.split()
    if not _is_russian_name(words):
        return name
    morph = _morph()
    found = _with_dictionary(morph, words, case) if morph is not None else None
    if found is None:
        found = _with_rules(words, case)
    return " ".join(found)


def _with_dictionary(morph: Any, words: list[str], case: str | None) -> list[str] | None:
    """The words in the nominative by pymorphy3's readings, or ``None`` when they share none."""
    readings: list[dict[tuple[str, str], Any]] = []
    for word in words:
        by_key: dict[tuple[str, str], Any] = {}
        parses = morph.parse(word)
        person = [p for p in parses if any(t in p.tag for t in _PERSON_TAGS)]
        if not person:
            return None  # a word the dictionary does not know as a name: the rules decide
        for p in person:
            if p.tag.POS != "NOUN" or p.tag.number == "plur":
                continue
            gender = str(p.tag.gender) if p.tag.gender is not None else ""
            genders = (gender,) if gender in ("masc", "femn") else ("masc", "femn")
            cases = _CASES if "Fixd" in p.tag else (str(p.tag.case),)
            for gender in genders:
                for c in cases:
                    key = (gender, c)
                    if key not in by_key or p.score > by_key[key].score:
                        by_key[key] = p
        readings.append(by_key)
    shared = set(readings[0])
    for by_key in readings[1:]:
        shared &= set(by_key)
    if not shared:
        return None

    def weight(key: tuple[str, str]) -> tuple[bool, bool, float]:
        score = sum(float(r[key].score) for r in readings)
        return (key[1] == case, key[1] == "nomn", score)

    ranked = sorted(sorted(shared), key=weight, reverse=True)
    tied = [key for key in ranked if weight(key) == weight(ranked[0])]
    if len(tied) > 1:
        # Readings the dictionary scores alike ("Нурлану Асанову": a man's dative or a
        # woman's accusative): the one the ending rules give, so that a name reads the
        # same with the extra installed or not.
        by_rules = _with_rules(words, case)
        for key in tied:
            if _in_nominative(words, readings, key) == by_rules:
                return by_rules
    return _in_nominative(words, readings, ranked[0])


def _in_nominative(
    words: list[str], readings: list[dict[tuple[str, str], Any]], key: tuple[str, str]
) -> list[str] | None:
    """``words`` put in the nominative from their readings of ``key`` (gender, case)."""
    if key[1] == "nomn":
        return words
    out = []
    for word, by_key in zip(words, readings, strict=True):
        parse = by_key[key]
        if "Fixd" in parse.tag:
            out.append(word)
            continue
        form = parse.inflect({"nomn", key[0]}) or parse.inflect({"nomn"})
        if form is None:
            return None
        out.append(_recase(form.word, word))
    return out


def _recase(form: str, written: str) -> str:
    """``form`` (lower case) capitalised as ``written`` is: ``ала-букин`` -> ``Ала-Букин``."""
    return "-".join(part[:1].upper() + part[1:] for part in form.split("-"))


# Surname endings of the oblique cases: (ending, replacement, gender, case).
_SURNAME_RULES = (
    ("овым", "ов", "masc", "ablt"),
    ("евым", "ев", "masc", "ablt"),
    ("ёвым", "ёв", "masc", "ablt"),
    ("иным", "ин", "masc", "ablt"),
    ("ыным", "ын", "masc", "ablt"),
    ("ским", "ский", "masc", "ablt"),
    ("цким", "цкий", "masc", "ablt"),
    ("овой", "ова", "femn", "obl"),
    ("евой", "ева", "femn", "obl"),
    ("ёвой", "ёва", "femn", "obl"),
    ("иной", "ина", "femn", "obl"),
    ("ыной", "ына", "femn", "obl"),
    ("ской", "ская", "femn", "obl"),
    ("цкой", "цкая", "femn", "obl"),
    ("ского", "ский", "masc", "gent"),
    ("скому", "ский", "masc", "datv"),
    ("ском", "ский", "masc", "loct"),
    ("ову", "ов", "masc", "datv"),
    ("еву", "ев", "masc", "datv"),
    ("ину", "ин", "masc", "datv"),
    ("ыну", "ын", "masc", "datv"),
    ("ове", "ов", "masc", "loct"),
    ("еве", "ев", "masc", "loct"),
    ("ине", "ин", "masc", "loct"),
)
# A man's surname in -ов/-ин in the genitive reads like a woman's in the nominative: only
# with a hint of the genitive (or accusative) case is it taken for the first.
_GENITIVE_RULES = (("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"), ("ына", "ын"))
_HARD = frozenset("гкхжшчщ")


def _with_rules(words: list[str], case: str | None) -> list[str]:
    """The words in the nominative by the endings of the surname (the last word)."""
    surname = words[-1]
    gender = found_case = None
    new_surname = surname
    for ending, repl, g, c in _SURNAME_RULES:
        if surname.endswith(ending) and len(surname) > len(ending) + 1:
            new_surname, gender, found_case = surname[: -len(ending)] + repl, g, c
            break
    if gender is None and case in ("gent", "accs"):
        for ending, repl in _GENITIVE_RULES:
            if surname.endswith(ending) and len(surname) > len(ending) + 1:
                new_surname, gender, found_case = surname[: -len(ending)] + repl, "masc", "gent"
                break
    if gender is None or found_case is None:
        # a surname that does not decline ("Маркович", "Ланге"): the given name tells
        given_name = words[0]
        if len(words) == 1:
            return words
        if given_name.endswith(("ой", "ей")) and len(given_name) > 4:
            gender, found_case = "femn", "obl"
        elif case in ("gent", "accs", "datv", "ablt", "loct"):
            # "по словам Елены Маркович" (hers), "посла Маркуса Ланге" (his)
            female = given_name.endswith(("ы", "ии", "ьи", "ги", "ки", "хи"))
            gender, found_case = ("femn", "obl") if female else ("masc", case)
        else:
            return words
        if gender == "masc":
            # a foreign surname declines like a noun: "Томаса Бергмана" -> "Бергман"
            surname = _masculine_noun(surname, found_case)
        return [*(_given(w, gender, found_case) for w in words[:-1]), surname]
    given = [_given(w, gender, found_case) for w in words[:-1]]
    return [*given, new_surname]


_MASCULINE_ENDINGS = {
    "gent": ("а",),
    "accs": ("а",),
    "datv": ("у",),
    "ablt": ("ом", "ем"),
    "loct": ("е",),
}


def _masculine_noun(word: str, case: str) -> str:
    """A man's name that ends in a consonant, in the nominative (``Бергмана`` -> ``Бергман``)."""
    for ending in _MASCULINE_ENDINGS.get(case, ()):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and stem[-1] not in "аеёиоуыэюяьй":
            return stem
    return word


# The consonants a man's given name in a soft sign ends with (Эмиль, Игорь, Асель is a
# woman's): before -я/-ю/-ем in the oblique cases, the nominative has -ь.
_SOFT_BEFORE = frozenset("лрнтдсзмбпвф")


def _given(word: str, gender: str, case: str) -> str:
    """A given name (or patronymic) in the nominative, its gender and case known."""
    if gender == "masc":
        for ending, repl in (("овичем", "ович"), ("евичем", "евич"), ("ичем", "ич")):
            if word.endswith(ending):
                return word[: -len(ending)] + repl
        if case == "ablt":
            if word.endswith("еем"):
                return word[:-3] + "ей"
            if word.endswith("ем") and len(word) > 4 and word[-3] in _SOFT_BEFORE:
                return word[:-2] + "ь"  # Эмилем, Игорем -> Эмиль, Игорь
            if word.endswith(("ом", "ем", "ём")):
                return word[:-2]
        elif case in ("gent", "datv", "loct"):
            if word.endswith(("ея", "ею", "ее")) and len(word) > 3:
                return word[:-2] + "ей"  # Сергея, Сергею -> Сергей
            if word.endswith(("я", "ю")) and len(word) > 3 and word[-2] in _SOFT_BEFORE:
                return word[:-1] + "ь"  # Эмиля, Игорю -> Эмиль, Игорь
            if word.endswith(("а", "у", "е")) and len(word) > 3 and word[-2] not in "аеиоуыэюяь":
                return word[:-1]
        return word
    # a woman's given name: -а/-я names decline, names in a consonant or -ь do not
    if word.endswith(("ией", "ии")):
        return word[: -3 if word.endswith("ией") else -2] + "ия"
    if word.endswith(("ьей", "ьи", "ье")):
        return word[: -3 if word.endswith("ьей") else -2] + "ья"
    if word.endswith(("ой", "ей")) and len(word) > 3:
        return word[:-2] + ("а" if word.endswith("ой") else "я")
    if word.endswith("ы") and len(word) > 2:
        return word[:-1] + "а"
    if word.endswith("и") and len(word) > 2 and word[-2] in _HARD:
        return word[:-1] + "а"
    if word.endswith(("е", "у")) and len(word) > 3 and word[-2] not in "аеиоуыэюяь":
        return word[:-1] + "а"
    return word


@functools.lru_cache(maxsize=8192)
def surname_nominative(word: str, case: str | None = None) -> str:
    """A Russian surname written alone in the nominative (``г-на Асанова`` -> ``Асанов``).

    Only the endings that read one way are changed; ``-ова`` (a woman's
    surname, or a man's in the genitive) only with ``case`` ``gent`` or ``accs``.

    >>> surname_nominative("Асановым"), surname_nominative("Асанова"), surname_nominative("Асанова", "gent")
    ('Асанов', 'Асанова', 'Асанов')
    """
    if not (word[:1].isupper() and all("\u0400" <= c <= "\u04ff" or c == "-" for c in word)):
        return word
    return _with_rules([word], case)[-1]


# Kyrgyz case endings on a name, by the letter they follow: a vowel (н-, г-), a voiced
# consonant (д-) or a voiceless one (т-, к-). Vowel harmony picks among each set.
_KY_AFTER_VOWEL: tuple[str, ...] = (
    "нын",
    "нин",
    "нун",
    "нүн",
    "нан",
    "нен",
    "нон",
    "нөн",
    "га",
    "ге",
    "го",
    "гө",
)
_KY_AFTER_VOWEL += ("ны", "ни", "ну", "нү")
_KY_AFTER_VOWEL += ("дан", "ден", "дон", "дөн")  # the ablative: "Осмоновадан"
_KY_AFTER_VOICED: tuple[str, ...] = (
    "дын",
    "дин",
    "дун",
    "дүн",
    "дан",
    "ден",
    "дон",
    "дөн",
    "ды",
    "ди",
    "ду",
    "дү",
)
_KY_AFTER_VOICED += ("да", "де", "до", "дө", "га", "ге", "го", "гө")
_KY_AFTER_VOICELESS: tuple[str, ...] = (
    "тын",
    "тин",
    "тун",
    "түн",
    "тан",
    "тен",
    "тон",
    "төн",
    "ты",
    "ти",
    "ту",
)
_KY_AFTER_VOICELESS += ("тү", "та", "те", "то", "тө", "ка", "ке", "ко", "кө")
_VOWELS = frozenset("аеёиоуыэюяөү")
_VOICED = frozenset("бвгджзйлмнңр")
_VOICELESS = frozenset("пткшсчфхцщ")


@functools.lru_cache(maxsize=4096)
def kyrgyz_nominative(name: str) -> str:
    """A name in a Kyrgyz text without the case ending of its last word.

    >>> kyrgyz_nominative("Хироши Танакага"), kyrgyz_nominative("Айгүл Осмоновага")
    ('Хироши Танака', 'Айгүл Осмонова')
    >>> kyrgyz_nominative("Бакыт Мамыровдун"), kyrgyz_nominative("Аида Бекова")
    ('Бакыт Мамыров', 'Аида Бекова')
    """
    head, _, last = name.rpartition(" ")
    for endings, before in (
        (_KY_AFTER_VOWEL, _VOWELS),
        (_KY_AFTER_VOICED, _VOICED),
        (_KY_AFTER_VOICELESS, _VOICELESS),
    ):
        for ending in sorted(endings, key=len, reverse=True):
            stem = last[: -len(ending)]
            if last.endswith(ending) and len(stem) >= 3 and stem[-1] in before:
                return f"{head} {stem}" if head else stem
    return name
