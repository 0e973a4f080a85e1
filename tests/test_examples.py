"""The examples run: every script in ``examples/`` and the tutorial notebook, on the bundled sample.

Each runs in a scratch folder with the Python that runs the tests, so under
``make wheel-test`` they use the installed wheel.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))
NOTEBOOK = EXAMPLES / "tutorial.ipynb"

_TIMING = r" +median +\d+\.\d{3} ms  p90 +\d+\.\d{3} ms  max +\d+\.\d{3} ms  \(\d+ calls\)"

# What each script must print, on the bundled sample: lines that must appear as they
# are, or (compiled patterns) lines that must match.
EXPECTED: dict[str, list[str | re.Pattern[str]]] = {
    "parse_page.py": [
        "page: layout=iom-drupal kind=article language=en site=kyrgyzstan.iom.int",
        "title: Invented ministry and IOM discuss support for returning migrants",
        "date: 'August 14' -> XXXX-08-14",
        "place: Bishkek (city, KG-GB)",
        "event: meeting XXXX-08-14 in [Bishkek]",
        "programme: Safe Return Programme funded by [Invented Development Fund]",
        "person: Aizada Tokonova ['Deputy Minister of Invented Affairs']",
    ],
    "funders.py": [
        "<Corpus: 25 pages, 26 articles>",
        "Invented Development Fund:",
        "  Safe Return Programme (1 articles)",
        "    meeting XXXX-08-14 in Bishkek",
        "wrote programmes.csv (5 programmes)",
    ],
    "questions.py": [
        "articles by country:",
        "  Kyrgyzstan: 10",
        "  International Organization for Migration: 5",
        "  2016-06-22  Invented shelter for victims of trafficking reopens in Osh",
    ],
    "time_parse.py": [
        "sample: 25 pages, 26 articles, 517 characters a page",
        re.compile("parse \\(a page\\)" + _TIMING + "$"),
        re.compile("find_dates \\(an article\\)" + _TIMING + "$"),
        re.compile("find_places \\(an article\\)" + _TIMING + "$"),
        re.compile("find_organizations \\(an article\\)" + _TIMING + "$"),
    ],
}


# Scripts that need arguments or a system of their own, run by their own test module.
OWN_TESTS = {"spark_warc.py": "tests/test_spark.py"}
RUN_HERE = [p for p in SCRIPTS if p.name not in OWN_TESTS]


def test_every_script_is_tested() -> None:
    assert sorted(p.name for p in SCRIPTS) == sorted([*EXPECTED, *OWN_TESTS])
    for module in OWN_TESTS.values():
        assert (ROOT / module).is_file(), module


@pytest.mark.parametrize("script", RUN_HERE, ids=[p.name for p in RUN_HERE])
def test_script_runs(script: Path, tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-X", "warn_default_encoding", "-W", "error", str(script)],
        capture_output=True, text=True, check=False, cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    for expected in EXPECTED[script.name]:
        if isinstance(expected, str):
            assert expected in lines, (expected, out.stdout)
        else:
            assert any(expected.match(line) for line in lines), (expected.pattern, out.stdout)


def _outputs(cell: dict[str, object]) -> list[dict[str, object]]:
    outputs = cell.get("outputs", [])
    assert isinstance(outputs, list)
    return outputs


def test_notebook_runs(tmp_path: Path) -> None:
    nbformat = pytest.importorskip("nbformat", reason="the notebook extra is not installed")
    nbclient = pytest.importorskip("nbclient", reason="the notebook extra is not installed")
    pytest.importorskip("ipykernel", reason="the notebook extra is not installed")
    pytest.importorskip("matplotlib", reason="the notebook extra is not installed")
    pytest.importorskip("plotly", reason="the map extra is not installed")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    # shipped executed (it reads without a kernel): every cell ran, in order, without error
    # and without timing metadata; `make notebook` (tools/run_notebook.py) refreshes it
    assert [c.get("execution_count") for c in code] == list(range(1, len(code) + 1)), (
        "ship the notebook executed: make notebook"
    )
    assert all(_outputs(c) for c in code), "a cell of the shipped notebook shows nothing"
    assert not [o for c in code for o in _outputs(c) if o["output_type"] == "error"]
    assert not [c for c in code if "execution" in c.get("metadata", {})]
    shipped = [set(o.get("data", {})) for c in code for o in _outputs(c)]  # type: ignore[call-overload]
    assert any("image/png" in k for k in shipped)
    assert any("text/html" in k for k in shipped)
    client = nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in _outputs(c)]
    assert not [o for o in outputs if o["output_type"] == "error"]
    kinds = [set(o.get("data", {})) for o in outputs]  # type: ignore[call-overload]
    assert any("image/png" in k for k in kinds), "the plot of events per year is missing"
    assert any("text/html" in k for k in kinds), "the table is missing"
    # the map cell writes one HTML file with plotly's script in it (it opens offline)
    page = (tmp_path / "events_per_oblast.html").read_text(encoding="utf-8")
    assert '"KG-GB"' in page
    assert "cdn.plot.ly" not in page.split("<body>", 1)[0]
    geo = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))
    assert geo["type"] == "FeatureCollection"
