"""The documentation tells the truth: its examples run, its reference covers ``__all__``.

* Every Python example on a page in ``docs/`` (and in the README) runs, through Sybil:
  a ```` ```python ```` block with ``>>>`` prompts is a doctest, one without is executed.
* The reference documents every public name and nothing else, and every public name
  has a running example in its docstring (or, for a constant, in its entry).
* The examples in the docstrings of the public names run against the imported copy
  of iomkg (the installed wheel in ``make wheel-test``).
* The docs build with ``sphinx-build -W -n`` (when Sphinx is installed).
"""

from __future__ import annotations

import doctest
import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest

import iomkg

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
REFERENCE = DOCS / "reference"

# ``.. autoclass:: iomkg.Page``, ``.. py:data:: iomkg.DEFAULT_MAX_SIZE``, and the MyST
# fence form ```` ```{autofunction} iomkg.parse ````.
_ENTRY = re.compile(
    r"^(?:\.\. |```\{)(?:auto(?:class|function|exception|data)|py:(?:class|function|exception|data))"
    r"(?:::|\})[ \t]+iomkg\.(\w+)[ \t]*$",
    re.MULTILINE,
)

PAGES = sorted(
    p for p in DOCS.rglob("*.md") if "_build" not in p.parts and p.name != "changelog.md"
)


def _sybil_for(path: Path) -> object:
    sybil = pytest.importorskip("sybil", reason="the docs extra (sybil) is not installed")
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    if REFERENCE in path.parents:
        # The reference holds reST directives (eval-rst): read doctests anywhere in them.
        from sybil.parsers.rest import DocTestParser

        return sybil.Sybil(parsers=[DocTestParser(optionflags=flags)])
    from sybil.parsers.myst import PythonCodeBlockParser

    return sybil.Sybil(parsers=[PythonCodeBlockParser(doctest_optionflags=flags)])


def _run_examples(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """Run every example of one page in a scratch folder; return how many ran."""
    monkeypatch.chdir(tmp_path)  # exports write files: keep them out of the tree
    document = _sybil_for(path).parse(path)  # type: ignore[attr-defined]
    count = 0
    for example in document:
        example.evaluate()
        count += 1
    return count


# warcio's writer (used to make an archive in the WARC how-to) leaves spooled temporary
# files for the garbage collector; that is warcio's, not the page's.
_WARCIO = [
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]


@pytest.mark.parametrize(
    "path",
    [pytest.param(p, marks=_WARCIO if p.name == "warc.md" else ()) for p in PAGES],
    ids=[str(p.relative_to(DOCS)) for p in PAGES],
)
def test_page_examples_run(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _run_examples(path, tmp_path, monkeypatch)


def test_no_python_block_escapes_the_tests() -> None:
    """Sybil runs ```` ```python ```` blocks; a block fenced another way would go unrun."""
    for path in [*PAGES, ROOT / "README.md"]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^```(?:py|pycon|python3|ipython)[ \t]*$", text, re.M), path


def test_readme_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _run_examples(ROOT / "README.md", tmp_path, monkeypatch) >= 1


def _documented() -> list[str]:
    names: list[str] = []
    for page in sorted(REFERENCE.glob("*.md")):
        names.extend(_ENTRY.findall(page.read_text(encoding="utf-8")))
    return names


def test_reference_documents_exactly_all() -> None:
    documented = _documented()
    assert len(documented) == len(set(documented)), "a name is documented twice"
    missing = sorted(set(iomkg.__all__) - set(documented))
    extra = sorted(set(documented) - set(iomkg.__all__))
    assert missing == [], f"public names without a reference entry in docs/reference: {missing}"
    assert extra == [], f"reference entries that are not in iomkg.__all__: {extra}"


def _is_value(obj: object) -> bool:
    return not (inspect.isclass(obj) or callable(obj))


def test_every_public_name_has_an_example() -> None:
    reference = "\n".join(p.read_text(encoding="utf-8") for p in sorted(REFERENCE.glob("*.md")))
    without = []
    for name in iomkg.__all__:
        obj = getattr(iomkg, name)
        if _is_value(obj):
            # A constant carries no docstring of its own: its reference entry holds the example.
            entry = re.search(
                rf"^\.\. py:data:: iomkg\.{re.escape(name)}\n(?:(?:   .*)?\n)*", reference, re.M
            )
            if entry is None or ">>>" not in entry.group(0):
                without.append(name)
        elif ">>>" not in (obj.__doc__ or ""):
            without.append(name)
    assert without == [], f"public names without a running example: {without}"


def test_docstring_examples_of_public_names_run() -> None:
    """The examples the reference shows, run on the iomkg that is imported here."""
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    report: list[str] = []
    ran: set[str] = set()
    failed: set[str] = set()
    for name in iomkg.__all__:
        obj = getattr(iomkg, name)
        if _is_value(obj):
            continue
        module = sys.modules[getattr(obj, "__module__", "iomkg") or "iomkg"]
        for test in finder.find(obj, f"iomkg.{name}", module=module, globs=vars(module).copy()):
            if runner.run(test, out=report.append).failed:
                failed.add(name)
            if test.examples:
                ran.add(name)
    assert sorted(failed) == [], "".join(report)
    assert ran == {n for n in iomkg.__all__ if not _is_value(getattr(iomkg, n))}


def test_docs_build_warning_free(tmp_path: Path) -> None:
    """``sphinx-build -W -n``: a warning or a broken cross-reference fails the build."""
    pytest.importorskip("sphinx", reason="the docs extra (sphinx) is not installed")
    pytest.importorskip("furo", reason="the docs extra (furo) is not installed")
    pytest.importorskip("myst_parser", reason="the docs extra (myst-parser) is not installed")
    out = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "-n", "--keep-going", "-q", "-b", "html",
         "-d", str(tmp_path / "doctrees"), str(DOCS), str(tmp_path / "html")],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "html" / "reference" / "index.html").is_file()


def test_offline_inventories_are_up_to_date() -> None:
    """``docs/_inv/*.inv`` are what ``docs/_inv/make_inventories.py`` writes, and Sphinx reads them."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "make_inventories", DOCS / "_inv" / "make_inventories.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for project, (version, entries) in module.INVENTORIES.items():
        path = DOCS / "_inv" / f"{project}.inv"
        assert path.read_bytes() == module.write(project, version, entries), path
    inventory = pytest.importorskip("sphinx.util.inventory", reason="sphinx is not installed")
    with (DOCS / "_inv" / "python.inv").open("rb") as stream:
        data = inventory.InventoryFile.load(
            stream, "https://docs.python.org/3", lambda *a: "/".join(a)
        )
    entry = data["py:class"]["datetime.date"]
    uri = entry.uri if hasattr(entry, "uri") else entry[2]
    assert uri == "https://docs.python.org/3/library/datetime.html#datetime.date"


RECORDS = (
    "Page",
    "Article",
    "Teaser",
    "Event",
    "Programme",
    "Fact",
    "Decision",
    "Person",
    "Organization",
    "Place",
    "Quote",
    "Dateline",
    "DateSpan",
    "DateMention",
    "Span",
    "Progress",
    "LoadFailure",
    "Hit",
)


@pytest.mark.parametrize("name", RECORDS)
def test_every_record_field_is_described(name: str) -> None:
    """Each field of a record carries a ``#:`` comment, which the reference shows."""
    import attrs

    cls = getattr(iomkg, name)
    # iomkg names itself as every public class's module: find the definition in the sources
    package = Path(iomkg.__file__).parent
    (text,) = [
        t
        for p in sorted(package.rglob("*.py"))
        if re.search(rf"^class {name}\b", t := p.read_text(encoding="utf-8"), re.M)
    ]
    start = re.search(rf"^class {name}\b", text, re.M)
    assert start is not None
    source = text[start.start() :].splitlines()
    undescribed = []
    for field in attrs.fields(cls):
        at = next(
            (i for i, line in enumerate(source) if re.match(rf"    {field.name}: ", line)), None
        )
        if at is None or not source[at - 1].strip().startswith("#:"):
            undescribed.append(field.name)
    assert undescribed == [], f"{name}: fields without a '#:' description: {undescribed}"


AREAS = {
    "parsing": ["parse", "parse_file", "find_dates", "learn_profile", "sample_pages"],
    "records": ["Page", "Article", "Event", "Place", "DateSpan", "EventKind"],
    "corpus": ["load", "Corpus", "Collection", "EventCollection", "EventEntry", "Hit", "Q"],
    "exports": ["dumps", "loads", "json_schema", "SCHEMA_VERSION"],
    "reference-data": ["Reference", "Gazetteer", "gazetteer", "OrganizationRegistry"],
    "errors": [n for n in iomkg.__all__ if n.endswith("Error")],
    "integrations": [],
}


def test_reference_is_one_page_per_area() -> None:
    pages = {p.stem for p in REFERENCE.glob("*.md")}
    assert pages == {"index", *AREAS}
    index = (REFERENCE / "index.md").read_text(encoding="utf-8")
    toctree = re.search(r"```\{toctree\}\n(?::[^\n]*\n)*\n(.*?)```", index, re.S)
    assert toctree is not None
    assert toctree.group(1).split() == list(AREAS)
    for area, names in AREAS.items():
        page = (REFERENCE / f"{area}.md").read_text(encoding="utf-8")
        assert set(names) <= set(_ENTRY.findall(page)), area
    integrations = (REFERENCE / "integrations.md").read_text(encoding="utf-8")
    assert "iomkg.dask.read" in integrations
    assert "iomkg.plot.admin1_map" in integrations
