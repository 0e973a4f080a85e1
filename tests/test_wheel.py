"""The wheel: what it holds, what its metadata says, and that the tests run on it.

``make wheel-test`` builds ``dist/`` (an sdist and a wheel built from it), installs the
wheel into a fresh virtual environment and runs this suite there with
``IOMKG_TEST_INSTALLED=1`` and the paths of the built files in ``IOMKG_WHEEL`` and
``IOMKG_SDIST``. The tests about the built files skip, saying so, in a plain run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import zipfile
from email.parser import Parser
from importlib import resources
from pathlib import Path

import pytest

import iomkg

ROOT = Path(__file__).resolve().parent.parent
INSTALLED = os.environ.get("IOMKG_TEST_INSTALLED") == "1"
WHEEL = os.environ.get("IOMKG_WHEEL")
SDIST = os.environ.get("IOMKG_SDIST")

needs_wheel = pytest.mark.skipif(
    not WHEEL, reason="IOMKG_WHEEL is not set: `make wheel-test` builds the wheel and sets it"
)
needs_sdist = pytest.mark.skipif(
    not SDIST, reason="IOMKG_SDIST is not set: `make wheel-test` builds the sdist and sets it"
)


def _sample_files() -> list[str]:
    index = json.loads((ROOT / "src/iomkg/sample/index.json").read_text(encoding="utf-8"))
    return sorted(f"iomkg/sample/pages/{entry['file']}" for entry in index["pages"])


def _data_files() -> list[str]:
    return sorted(
        f"iomkg/_reference/data/{p.name}"
        for p in (ROOT / "src/iomkg/_reference/data").glob("*.tsv")
    )


@pytest.mark.skipif(not INSTALLED, reason="runs in `make wheel-test` (IOMKG_TEST_INSTALLED=1)")
def test_the_installed_copy_is_imported() -> None:
    """Under ``make wheel-test`` iomkg comes from the venv, never from ``src/``."""
    here = Path(iomkg.__file__).resolve()
    assert ROOT / "src" not in here.parents
    assert Path(sys.prefix).resolve() in here.parents
    assert "site-packages" in here.parts
    out = subprocess.run(
        [sys.executable, "-c", "import iomkg; print(iomkg.__file__)"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    # Even from the root of the source tree, the venv's copy wins (there is no iomkg/ there).
    assert Path(out.stdout.strip()).resolve() == here


def test_package_data_is_reachable() -> None:
    """The reference data, the sample and ``py.typed`` are in the imported package."""
    root = resources.files("iomkg")
    assert root.joinpath("py.typed").is_file()
    for name in _data_files():
        assert root.joinpath(name.removeprefix("iomkg/")).is_file(), name
    index = json.loads(root.joinpath("sample/index.json").read_text(encoding="utf-8"))
    assert index["invented"] is True
    assert len(iomkg.sample_pages()) == len(index["pages"])


@needs_wheel
def test_wheel_holds_code_data_sample_and_py_typed() -> None:
    assert WHEEL is not None
    with zipfile.ZipFile(WHEEL) as whl:
        names = set(whl.namelist())
    assert "iomkg/__init__.py" in names
    assert "iomkg/py.typed" in names
    assert "iomkg/sample/index.json" in names
    missing = [n for n in [*_data_files(), *_sample_files()] if n not in names]
    assert missing == []
    # Only the package and its metadata: no tests, docs or source-tree paths.
    assert {n.split("/")[0] for n in names} == {"iomkg", f"iomkg-{iomkg.__version__}.dist-info"}


@needs_wheel
def test_wheel_metadata_is_complete() -> None:
    assert WHEEL is not None
    with zipfile.ZipFile(WHEEL) as whl:
        raw = whl.read(f"iomkg-{iomkg.__version__}.dist-info/METADATA").decode("utf-8")
        entry_points = whl.read(f"iomkg-{iomkg.__version__}.dist-info/entry_points.txt")
    meta = Parser().parsestr(raw)
    assert meta["Name"] == "iomkg"
    assert meta["Requires-Python"] == ">=3.10"
    assert meta["License-Expression"] == "MIT"
    assert meta["Description-Content-Type"] == "text/markdown"
    description = meta.get_payload()
    assert isinstance(description, str)
    assert description.lstrip().startswith("# iomkg")  # the README is the description
    classifiers = meta.get_all("Classifier") or []
    assert "Typing :: Typed" in classifiers
    assert "Programming Language :: Python :: 3.10" in classifiers
    # No hosted documentation or repository yet: no Project-URL pointing at a relative path.
    assert meta.get_all("Project-URL") is None
    extras = set(meta.get_all("Provides-Extra") or [])
    assert {"pandas", "networkx", "progress", "docs", "test", "notebook"} <= extras
    requires = [r for r in meta.get_all("Requires-Dist") or [] if "extra ==" not in r]
    assert sorted(r.split(">=")[0] for r in requires) == [
        "attrs",
        "cattrs",
        "python-dateutil",
        "selectolax",
    ]
    assert b"iomkg = iomkg._cli:main" in entry_points


@needs_sdist
def test_sdist_holds_tests_docs_and_examples() -> None:
    assert SDIST is not None
    with tarfile.open(SDIST) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    for name in ("README.md", "CHANGELOG.md", "LICENSE", "pyproject.toml", "docs/conf.py"):
        assert name in names, name
    assert "docs/_inv/python.inv" in names
    assert "tests/test_docs.py" in names
    assert "examples/tutorial.ipynb" in names
    assert "src/iomkg/py.typed" in names
