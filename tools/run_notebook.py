"""Execute examples/tutorial.ipynb and save it with its outputs (``make notebook``).

The notebook is shipped executed, so that it reads on GitHub or in any viewer without
a kernel. It runs in a scratch folder (its cells write a map and a GeoJSON file there),
without timing metadata, so that running it again changes only what the outputs say.
Needs the ``notebook`` and ``map`` extras.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

NOTEBOOK = Path(__file__).resolve().parent.parent / "examples" / "tutorial.ipynb"


def main() -> int:
    """Execute the notebook in place; return the exit status."""
    import nbclient
    import nbformat

    nb = nbformat.read(NOTEBOOK, as_version=4)
    with tempfile.TemporaryDirectory() as scratch:
        client = nbclient.NotebookClient(
            nb,
            timeout=600,
            kernel_name="python3",
            record_timing=False,
            resources={"metadata": {"path": scratch}},
        )
        client.execute()
    for cell in nb.cells:
        cell.get("metadata", {}).pop("execution", None)
    nbformat.write(nb, NOTEBOOK)
    print(f"wrote {NOTEBOOK} with its outputs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
