"""``import iomkg`` loads no data file and no optional dependency (NOT a timed test).

Checked in a fresh interpreter: an audit hook records every file opened during
the import, every lazy loader's cache must still be empty afterwards, and the
modules that iomkg imports only when first needed are not loaded yet.
"""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = r"""
import json, sys
opened = []
def hook(event, args):
    if event == "open" and isinstance(args[0], str):
        opened.append(args[0])
sys.addaudithook(hook)
import functools, iomkg
after_import = set(sys.modules)
import pkgutil, importlib
data = [p for p in opened if ("/iomkg/_reference/data/" in p or "/iomkg/sample/" in p) and not p.endswith((".py", ".pyc"))]
caches = {}
mods = [iomkg] + [importlib.import_module(m.name) for m in pkgutil.walk_packages(iomkg.__path__, "iomkg.")]
# Only the modules imported by `import iomkg` itself count; importing the rest now loads nothing either.
for mod in mods:
    for name, value in vars(mod).items():
        info = getattr(value, "cache_info", None)
        if callable(info) and getattr(value, "__module__", None) == mod.__name__:
            caches[f"{mod.__name__}.{name}"] = info().currsize
heavy = sorted(m for m in ("pandas", "networkx", "numpy", "pyarrow", "dask", "warcio", "tqdm", "lxml", "dateparser", "trafilatura") if m in sys.modules)
deferred = sorted(m for m in DEFERRED if m in after_import)
print(json.dumps({"data": data, "caches": caches, "heavy": heavy, "deferred": deferred}))
"""


# Modules iomkg imports on first use, not with ``import iomkg``: ``importlib.metadata``
# (and ``email``, ``zipfile`` behind it) when ``__version__`` is first read, cattrs when
# the JSON converter is first built, ``concurrent.futures`` (multiprocessing, logging)
# when a load first runs workers, ``importlib.resources`` (tempfile, shutil) when
# reference data or the sample is first read, ``csv`` and the export code when a
# collection is first exported, selectolax when the first HTML page is parsed, ``html``
# when a notebook first shows a record. Each would add milliseconds to every import.
DEFERRED = (
    "cattrs",
    "concurrent.futures",
    "csv",
    "email",
    "html",
    "importlib.metadata",
    "importlib.resources",
    "iomkg._corpus.export",
    "selectolax",
    "tempfile",
    "typing_extensions",
    "zipfile",
)


def _report() -> dict[str, object]:
    script = SCRIPT.replace("DEFERRED", repr(DEFERRED))
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    result: dict[str, object] = json.loads(proc.stdout)
    return result


REPORT = _report()


def test_import_opens_no_data_file() -> None:
    assert REPORT["data"] == []


def test_every_lazy_loader_is_still_empty_after_import() -> None:
    caches = REPORT["caches"]
    assert isinstance(caches, dict)
    assert len(caches) >= 5  # the loaders exist and are found
    assert {name: size for name, size in caches.items() if size} == {}


def test_import_pulls_in_no_optional_dependency() -> None:
    assert REPORT["heavy"] == []


def test_import_defers_what_it_needs_only_later() -> None:
    assert REPORT["deferred"] == []


def test_deferred_modules_load_when_first_needed() -> None:
    script = (
        "import sys, iomkg; v = iomkg.__version__; iomkg.dumps(iomkg.Fact(label='Donor'));"
        " print(isinstance(v, str), 'importlib.metadata' in sys.modules, 'cattrs' in sys.modules)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == ["True", "True", "True"]
