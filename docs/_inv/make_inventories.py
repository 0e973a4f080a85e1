"""Write the small offline intersphinx inventories in this folder.

Run ``python docs/_inv/make_inventories.py`` after adding a name below.  Each
inventory is in Sphinx's inventory format version 2 (a four-line header, then
zlib-compressed lines ``name domain:role priority uri display-name``) and lists
only the external names that the iomkg pages and docstrings refer to; ``uri`` is
relative to the base address given in ``docs/conf.py`` (``$`` stands for the
name itself, as in real inventories).  See ``docs/conf.py`` for why.
"""

from __future__ import annotations

import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: project -> (version, [(name, domain:role, uri)])
INVENTORIES: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "python": (
        "3",
        [
            # built-in types and constants
            ("str", "py:class", "library/stdtypes.html#$"),
            ("types.EllipsisType", "py:data", "library/types.html#$"),
            ("types.EllipsisType", "py:class", "library/types.html#$"),
            ("bytes", "py:class", "library/stdtypes.html#$"),
            ("int", "py:class", "library/functions.html#$"),
            ("float", "py:class", "library/functions.html#$"),
            ("bool", "py:class", "library/functions.html#$"),
            ("tuple", "py:class", "library/stdtypes.html#$"),
            ("list", "py:class", "library/stdtypes.html#$"),
            ("dict", "py:class", "library/stdtypes.html#$"),
            ("object", "py:class", "library/functions.html#$"),
            ("None", "py:data", "library/constants.html#$"),
            ("True", "py:data", "library/constants.html#$"),
            ("False", "py:data", "library/constants.html#$"),
            # exceptions
            ("Exception", "py:exception", "library/exceptions.html#$"),
            ("ValueError", "py:exception", "library/exceptions.html#$"),
            ("TypeError", "py:exception", "library/exceptions.html#$"),
            ("OSError", "py:exception", "library/exceptions.html#$"),
            ("UnicodeDecodeError", "py:exception", "library/exceptions.html#$"),
            # standard library
            ("datetime.date", "py:class", "library/datetime.html#$"),
            ("datetime.date.today", "py:method", "library/datetime.html#$"),
            ("enum.Enum", "py:class", "library/enum.html#$"),
            ("pathlib.Path", "py:class", "library/pathlib.html#$"),
            ("os.PathLike", "py:class", "library/os.html#$"),
            ("typing.Any", "py:data", "library/typing.html#$"),
            ("collections.abc.Iterable", "py:class", "library/collections.abc.html#$"),
            ("collections.abc.Iterator", "py:class", "library/collections.abc.html#$"),
            ("collections.abc.Callable", "py:class", "library/collections.abc.html#$"),
            ("collections.abc.Sequence", "py:class", "library/collections.abc.html#$"),
            ("collections.abc.Mapping", "py:class", "library/collections.abc.html#$"),
            ("typing.IO", "py:class", "library/typing.html#$"),
            ("typing.BinaryIO", "py:class", "library/typing.html#$"),
            ("typing.Protocol", "py:class", "library/typing.html#$"),
            ("functools.cache", "py:function", "library/functools.html#$"),
            ("json", "py:module", "library/json.html#module-$"),
            ("csv", "py:module", "library/csv.html#module-$"),
            ("gzip", "py:module", "library/gzip.html#module-$"),
            ("multiprocessing", "py:module", "library/multiprocessing.html#module-$"),
        ],
    ),
    "attrs": (
        "stable",
        [
            ("attrs.evolve", "py:function", "api.html#$"),
            ("attrs.frozen", "py:function", "api.html#$"),
            ("attrs.asdict", "py:function", "api.html#$"),
        ],
    ),
    "cattrs": (
        "stable",
        [
            ("cattrs.Converter", "py:class", "cattrs.html#$"),
            ("cattrs.preconf.json.make_converter", "py:function", "cattrs.preconf.html#$"),
        ],
    ),
    "pandas": (
        "stable",
        [
            ("pandas.DataFrame", "py:class", "reference/api/$.html#$"),
            ("pandas.DataFrame.explode", "py:method", "reference/api/$.html#$"),
            ("pandas.read_csv", "py:function", "reference/api/$.html#$"),
        ],
    ),
    "networkx": (
        "stable",
        [
            ("networkx.MultiDiGraph", "py:class", "reference/classes/multidigraph.html#$"),
            ("networkx.DiGraph", "py:class", "reference/classes/digraph.html#$"),
        ],
    ),
}


def write(project: str, version: str, entries: list[tuple[str, str, str]]) -> bytes:
    """The bytes of one inventory, entries sorted so that the file is reproducible."""
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n"
        f"# Version: {version}\n"
        "# The remainder of this file is compressed using zlib.\n"
    ).encode()
    body = "".join(f"{name} {role} 1 {uri} -\n" for name, role, uri in sorted(entries))
    return header + zlib.compress(body.encode(), 9)


def main() -> None:
    """Write every inventory beside this script."""
    for project, (version, entries) in INVENTORIES.items():
        (HERE / f"{project}.inv").write_bytes(write(project, version, entries))


if __name__ == "__main__":
    main()
