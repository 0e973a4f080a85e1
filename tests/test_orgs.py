"""The organization registry, resolve_organization and split_organizations (phrases are invented)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import iomkg
from iomkg import Organization, OrganizationRegistry, OrgKind, organizations
from iomkg._extract.org_phrases import resolve_organization, split_organizations
from iomkg._reference.organizations import org_key

DATA = Path(iomkg.__file__).parent / "_reference" / "data"


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("IOM", "International Organization for Migration"),
        ("International Organisation for Migration", "International Organization for Migration"),
        ("IDF", "IOM Development Fund"),
        ("SDC", "Swiss Agency for Development and Cooperation"),
        ("PRM", "Bureau of Population, Refugees, and Migration"),
        (
            "the U.S. Department of State Bureau of Population, Refugees, and Migration",
            "Bureau of Population, Refugees, and Migration",
        ),
        ("J/TIP", "Office to Monitor and Combat Trafficking in Persons"),
        ("JTIP", "Office to Monitor and Combat Trafficking in Persons"),
        ("US State Department", "U.S. Department of State"),
        ("United States Department of State", "U.S. Department of State"),
        ("UK Government", "Government of the United Kingdom"),
        ("British Government", "Government of the United Kingdom"),
        ("Swiss Government", "Government of Switzerland"),
        ("Japanese Government", "Government of Japan"),
        ("EU", "European Union"),
        ("UN Women", "UN Women"),
        ("National Statistics Committee", "National Statistical Committee"),
        ("National Statistics Committee of the Kyrgyz Republic", "National Statistical Committee"),
        ("Ministry of Labor, Migration and Youth", "Ministry of Labour, Migration and Youth"),
        (
            "Ministry of Emergency Situations of the Kyrgyz Republic",
            "Ministry of Emergency Situations",
        ),
        ("Cabinet of Ministers of the Kyrgyz Republic", "Cabinet of Ministers"),
        ("Prosecutor General’s Office of the Kyrgyz Republic", "Prosecutor General's Office"),
        (
            "Academy of Public Governance under the President’s Administration of the Kyrgyz Republic",
            "Academy of Public Governance under the President of the Kyrgyz Republic",
        ),
        ("МОМ", "International Organization for Migration"),
        ("Министерства иностранных дел", "Ministry of Foreign Affairs"),
    ],
)
def test_lookup(spelling: str, name: str) -> None:
    org = organizations().lookup(spelling)
    assert org is not None
    assert org.name == name


def test_acronyms_are_case_sensitive() -> None:
    reg = organizations()
    assert reg.lookup("iom") is None
    assert reg.lookup("Who") is None
    assert reg.lookup("WHO").name == "World Health Organization"  # type: ignore[union-attr]


def test_kinds_and_countries() -> None:
    reg = organizations()
    expect = {
        "IOM": (OrgKind.UN, None),
        "SDC": (OrgKind.DONOR, "CH"),
        "USAID": (OrgKind.DONOR, "US"),
        "FCDO": (OrgKind.DONOR, "GB"),
        "JICA": (OrgKind.DONOR, "JP"),
        "KOICA": (OrgKind.DONOR, "KR"),
        "GIZ": (OrgKind.DONOR, "DE"),
        "MES": (OrgKind.GOVERNMENT, "KG"),
        "CIS": (OrgKind.OTHER, None),
        "AUCA": (OrgKind.ACADEMIC, "KG"),
    }
    got = {a: (reg.lookup(a).kind, reg.lookup(a).country) for a in expect}  # type: ignore[union-attr]
    assert got == expect


def test_org_key() -> None:
    assert org_key("the U.S. Department of State") == org_key("US Department of State")
    assert org_key("Training Center") == org_key("training centre")
    assert org_key("Co-operation") == org_key("Cooperation")
    assert org_key("A & B") == org_key("A and B")


def test_data_file_header_names_its_source() -> None:
    first = (DATA / "organizations.tsv").read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ")
    assert "Sources:" in first


def test_resolve_known_with_bracket_acronym() -> None:
    org = resolve_organization("the Swiss Agency for Development and Cooperation (SDC)")
    assert (org.name, org.acronym, org.kind, org.country) == (
        "Swiss Agency for Development and Cooperation",
        "SDC",
        OrgKind.DONOR,
        "CH",
    )
    assert org.mentions == ()


def test_resolve_keeps_the_phrase_as_written() -> None:
    org = resolve_organization("the US State Department (JTIP)")
    assert org.name == "U.S. Department of State"
    assert "US State Department (JTIP)" in org.aliases
    assert "JTIP" in org.aliases
    prm = resolve_organization(
        "the U.S. Department of State Bureau of Population, Refugees, and Migration"
    )
    assert (prm.name, prm.acronym) == ("Bureau of Population, Refugees, and Migration", "PRM")


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the UK Government", "Government of the United Kingdom"),
        ("the Government of Switzerland", "Government of Switzerland"),
        ("Switzerland", "Government of Switzerland"),
        ("the Government of Japan.", "Government of Japan"),
        ("IOM", "International Organization for Migration"),
    ],
)
def test_resolve(phrase: str, name: str) -> None:
    assert resolve_organization(phrase).name == name


def test_resolve_unknown() -> None:
    # invented organizations
    org = resolve_organization("the Talas Women's Migration Council (TWMC)")
    assert (org.name, org.acronym, org.kind, org.country) == (
        "Talas Women's Migration Council",
        "TWMC",
        OrgKind.OTHER,
        None,
    )
    gov = resolve_organization("Government of Freedonia")
    assert (gov.name, gov.kind) == ("Government of Freedonia", OrgKind.GOVERNMENT)
    # a country the registry has no government of: its government by rule
    mongolia = resolve_organization("Mongolia")
    assert (mongolia.name, mongolia.kind, mongolia.country) == (
        "Government of Mongolia",
        OrgKind.GOVERNMENT,
        "MN",
    )
    # a donor country's government is the registry's record
    norway = resolve_organization("Norway")
    assert (norway.name, norway.kind, norway.country) == (
        "Government of Norway",
        OrgKind.DONOR,
        "NO",
    )


def test_split() -> None:
    assert [o.acronym for o in split_organizations("IOM and UNDP")] == ["IOM", "UNDP"]
    assert [
        o.name
        for o in split_organizations(
            "the Ministry of Labour, Migration and Youth and the Swiss Government"
        )
    ] == ["Ministry of Labour, Migration and Youth", "Government of Switzerland"]
    assert [
        o.name
        for o in split_organizations(
            "the U.S. Department of State Bureau of Population, Refugees, and Migration, as well as "
            "the IOM Development Fund (IDF)"
        )
    ] == ["Bureau of Population, Refugees, and Migration", "IOM Development Fund"]
    assert [o.name for o in split_organizations("UNICEF, the Naryn Youth Council and WFP")] == [
        "United Nations Children's Fund",
        "Naryn Youth Council",
        "World Food Programme",
    ]
    assert split_organizations("") == ()


def test_user_registry(tmp_path: Path) -> None:
    reg = OrganizationRegistry.default_copy()
    reg.add(Organization(name="Naryn Youth Council", acronym="NYC", kind=OrgKind.NGO, country="KG"))
    assert reg.lookup("NYC").name == "Naryn Youth Council"  # type: ignore[union-attr]
    assert organizations().lookup("NYC") is None
    path = tmp_path / "orgs.tsv"
    path.write_text(
        "# invented\nTalas Migrant Desk\tTMD\tngo\tKG\tTalas Migrants Desk\n", encoding="utf-8"
    )
    mine = OrganizationRegistry.from_file(path)
    assert [o.name for o in mine] == ["Talas Migrant Desk"]
    bad = tmp_path / "bad.tsv"
    bad.write_text("Talas Migrant Desk\tTMD\tclub\tKG\t\n", encoding="utf-8")
    with pytest.raises(iomkg.DataError):
        OrganizationRegistry.from_file(bad)
    with pytest.raises(iomkg.LoadError):
        OrganizationRegistry.from_file(tmp_path / "missing.tsv")
    with pytest.raises(iomkg.InputTypeError):
        reg.add("IOM")  # type: ignore[arg-type]
    with pytest.raises(iomkg.InputTypeError):
        resolve_organization(None)  # type: ignore[arg-type]
    with pytest.raises(iomkg.ParseError):
        resolve_organization("the (.)")


@given(st.text(max_size=80))
def test_resolve_and_split_any_text(text: str) -> None:
    try:
        org = resolve_organization(text)
    except iomkg.ParseError:
        assert not any(ch.isalnum() for ch in text.replace("the", ""))
    else:
        assert org.name
    for part in split_organizations(text):
        assert isinstance(part, Organization)
        assert part.name


def test_no_spelling_is_shared_by_two_organizations() -> None:
    from iomkg._reference.organizations import is_acronym, org_keys, spellings_of

    owners: dict[str, set[str]] = {}
    for org in organizations():
        for spelling in spellings_of(org):
            keys = [spelling.replace(" ", "")] if is_acronym(spelling) else org_keys(spelling)
            for key in keys:
                owners.setdefault(key, set()).add(org.name)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_countries_of_organizations_are_gazetteer_countries() -> None:
    gz = iomkg.gazetteer()
    assert [o.name for o in organizations() if o.country and gz.get(o.country) is None] == []
    assert len(organizations()) >= 140


def test_remembered_answers_follow_the_registry() -> None:
    # look-ups, splits and pattern finds are remembered: adding an organization must show
    # (the council is invented)
    reg = OrganizationRegistry.default_copy()
    phrase = "the Invented Valley Water Council and UNDP"
    assert reg.lookup("Invented Valley Water Council") is None
    before = split_organizations(phrase, registry=reg)
    assert [(o.name, o.kind) for o in before] == [
        ("Invented Valley Water Council", OrgKind.OTHER),
        ("United Nations Development Programme", OrgKind.UN),
    ]
    reg.add(Organization(name="Invented Valley Water Council", acronym="IVWC", kind=OrgKind.NGO))
    assert reg.lookup("Invented Valley Water Council").acronym == "IVWC"  # type: ignore[union-attr]
    after = split_organizations(phrase, registry=reg)
    assert (after[0].name, after[0].acronym, after[0].kind) == (
        "Invented Valley Water Council",
        "IVWC",
        OrgKind.NGO,
    )
    found = iomkg.find_organizations("IVWC met in Osh.", registry=reg)
    assert [(o.name, [m.text for m in o.mentions]) for o in found] == [
        ("Invented Valley Water Council", ["IVWC"])
    ]
    # the default registry did not change
    assert organizations().lookup("IVWC") is None


def test_a_word_dismissed_once_is_dismissed_alike_and_forgotten_on_add() -> None:
    # (invented organizations) "Alpha" starts a name; "Alpha Gamma" once showed that no
    # name starts there, nor after a letter ("xAlpha Beta"): the next text is read the
    # same way, and a name starting there later is found
    reg = OrganizationRegistry([Organization(name="Alpha Beta Fund", kind=OrgKind.NGO)])
    text = "Alpha Gamma met the Alpha Beta Fund, not xAlpha Beta Fund."
    for _ in range(2):
        assert [(s, e) for s, e, _org in reg.scan(text)] == [(20, 35)]
    reg.add(Organization(name="Alpha Gamma", kind=OrgKind.NGO))
    assert [(s, e, org.name) for s, e, org in reg.scan(text)] == [
        (0, 11, "Alpha Gamma"),
        (20, 35, "Alpha Beta Fund"),
    ]
