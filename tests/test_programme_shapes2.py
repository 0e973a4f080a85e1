"""Programmes named with no programme word, and who funds and runs them in more wordings
(issue 16, second round).

A capitalised title run that something is done under (``under …``, ``as part of …``,
``within …``) is a programme when it is long enough, names no known body or place, holds no
word of a law, strategy, event or body, and is called a project or has funders or
implementers said of it; ``ACR (Full Name) project`` names one with its acronym first.
An implementer of a clause is never its funder; a sentence after one that speaks of a
programme by pronoun speaks of it too; Kyrgyz doers joined by ``жана`` / ``менен`` and
after ``ал эми`` implement it.

Every sentence, programme, association and name here is INVENTED (the donors and agencies
are real only as the frame an IOM article needs).
"""

from __future__ import annotations

import pytest

from test_programme_shapes import IOM, UNDP, Record, programmes

OSCE = "Organization for Security and Co-operation in Europe"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nurses were trained under Warm Homes for Seasonal Herders, funded by the "
            "Government of Japan.",
            [("Warm Homes for Seasonal Herders", None, ["Government of Japan"], [])],
        ),
        (
            "The workshop is part of the Regional Action against Forced Labour in the Steppe, "
            "a two-year project implemented by IOM and funded by the European Union.",
            [
                (
                    "Regional Action against Forced Labour in the Steppe",
                    None,
                    ["European Union"],
                    [IOM],
                )
            ],
        ),
        (
            "The fair was held as part of Bright Trades for Mountain Youth. The project is "
            "implemented by IOM and UNDP.",
            [("Bright Trades for Mountain Youth", None, [], [IOM, UNDP])],
        ),
        (
            "The course was organized by the WARM-H (Warm Housing for Returning Herders) project "
            "together with local clinics.",
            [("Warm Housing for Returning Herders", "WARM-H", [], [])],
        ),
        # negatives: laws, strategies, forums and bodies are no programmes
        ("The training was held under the Labour Code of the Kyrgyz Republic.", []),
        (
            "The meeting was held as part of the Invented Valley Forum on Migration, funded "
            "by the European Union.",
            [],
        ),
        (
            "The plan was drafted within the National Strategy on Migration Management, "
            "implemented by the Government.",
            [],
        ),
        # negative: no funder, implementer or "the project" said of the run
        ("The guests arrived through Green Gate Valley Road.", []),
    ],
)
def test_untitled_names(text: str, expected: list[Record]) -> None:
    assert programmes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an implementer of the first clause is not a funder of the second
        (
            "The Bright Paths for Young Herders project, which IOM implements and the "
            "Government of Japan funds, opened a centre.",
            [("Bright Paths for Young Herders project", None, ["Government of Japan"], [IOM])],
        ),
        (
            "Both are part of the Clear Roads Partnership, which the European Union funds and "
            "IOM implements together with the OSCE.",
            [("Clear Roads Partnership", None, ["European Union"], [IOM, OSCE])],
        ),
        # the sentence after a pronoun sentence keeps its programme
        (
            "IOM launched the Clean Water for Mountain Villages project. The Government of "
            "Norway finances it. IOM implements it together with UNDP.",
            [
                (
                    "Clean Water for Mountain Villages project",
                    None,
                    ["Government of Norway"],
                    [IOM, UNDP],
                )
            ],
        ),
    ],
)
def test_clauses_and_pronoun_chains(text: str, expected: list[Record]) -> None:
    assert programmes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Кампания «Коопсуз көпүрө» демилгесинин алкагында өткөрүлдү. Демилгени Улуу "
            "Британиянын Өкмөтү каржылайт, ал эми ЭМУ жана «Ак жол» коомдук бирикмеси ишке "
            "ашырат.",
            [("Коопсуз көпүрө", None, ["Government of the United Kingdom"], [IOM, "Ак жол"])],
        ),
        (
            "«Жашыл өрөөн» долбоору ЭМУ менен ПРООН тарабынан ишке ашырылат.",
            [("Жашыл өрөөн", None, [], [IOM, UNDP])],
        ),
        (
            "Жабдуулар «Таза суу» долбоорунун алкагында Европа Биримдигинин каржылоосу менен "
            "сатылып алынды.",
            [("Таза суу", None, ["European Union"], [])],
        ),
        # negative: the programme's own title is no doer
        (
            "«Жашыл өрөөн» долбоорун ЭМУ ишке ашырат.",
            [("Жашыл өрөөн", None, [], [IOM])],
        ),
    ],
)
def test_kyrgyz_doers(text: str, expected: list[Record]) -> None:
    assert programmes(text) == expected


def test_kyrgyz_places_before_doers_are_not_doers() -> None:
    # invented: the places in the locative, then the doers joined by "жана"
    text = (
        "«Ак булак» долбоору Нарында жана Таласта ЭМУ жана «Ак жол» коомдук бирикмеси "
        "тарабынан ишке ашырылат."
    )
    assert programmes(text) == [("Ак булак", None, [], [IOM, "Ак жол"])]
