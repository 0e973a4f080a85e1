"""The one reader of reference data: tab-separated tables with a ``#`` header.

Every data file of the package (``iomkg/_reference/data/*.tsv``), and every file a
user adds (:meth:`iomkg.Gazetteer.load`, :meth:`iomkg.OrganizationRegistry.load`),
has one format:

* lines starting with ``#`` say where the entries came from (and any notes);
* the first other line names the columns, separated by tabs (a user's file may
  leave it out);
* then one entry per line, its cells separated by tabs; a missing cell at the end
  is empty; white space around a cell is not part of it.

>>> table = parse_table("# invented\\nname\\tkind\\nOsh Fund\\tdonor\\nNaryn Aid\\n",
...                     "example.tsv", ("name", "kind"))
>>> table.source, table.rows
('invented', (('Osh Fund', 'donor'), ('Naryn Aid', '')))
"""

from __future__ import annotations

import functools
from os import PathLike
from pathlib import Path

import attrs

from .._errors import DataError, LoadError

__all__ = ["Table", "data_text", "parse_table", "read_table", "read_user_table"]


@attrs.frozen(kw_only=True)
class Table:
    """The rows of one reference-data file, each padded to the columns.

    ``source`` is the ``#`` header (where the entries came from), ``lines`` the
    line number of each row in the file (for error messages).

    >>> Table(name="x.tsv", source="", columns=("a",), rows=(("1",),), lines=(2,)).rows
    (('1',),)
    """

    name: str
    source: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...]

    def fail(self, index: int, why: str, field: str) -> DataError:
        """The error for row ``index``: the file, the line and what is wrong.

        >>> parse_table("a\\n1\\n", "x.tsv", ("a",)).fail(0, "bad", "a").args[0]
        'x.tsv:2: bad'
        """
        return DataError(f"{self.name}:{self.lines[index]}: {why}", field=field)


def parse_table(
    text: str, name: str, columns: tuple[str, ...], *, header: bool | None = True
) -> Table:
    """Read the text of a table (see the module).

    ``header`` says whether the first line that is not a comment names the columns:
    ``True`` for the package's files (it must name exactly ``columns``), ``None`` for
    a user's file (a row naming ``columns``, or the first of them as an older file
    does, is taken as the header, any other row is an entry). A row with more cells
    than ``columns`` raises :class:`DataError`.

    >>> parse_table("a\\tb\\n1\\t2\\t3\\n", "x.tsv", ("a", "b"))
    Traceback (most recent call last):
    ...
    iomkg.DataError: x.tsv:2: expected at most 2 cells (a, b), got 3
    """
    source: list[str] = []
    rows: list[tuple[str, ...]] = []
    lines: list[int] = []
    width = len(columns)
    pending_header = header is not False
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("#"):
            if not rows and not lines:
                source.append(line[1:].strip())
            continue
        if not line.strip():
            continue
        cells = tuple(cell.strip() for cell in line.split("\t"))
        if pending_header:
            pending_header = False
            if cells == columns or (header is None and cells == columns[: len(cells)]):
                continue
            if header:
                msg = f"{name}:{number}: expected the column names {', '.join(columns)}"
                raise DataError(msg, field="columns")
        if len(cells) > width:
            msg = f"{name}:{number}: expected at most {width} cells ({', '.join(columns)}), got {len(cells)}"
            raise DataError(msg, field="columns")
        rows.append(cells + ("",) * (width - len(cells)))
        lines.append(number)
    return Table(
        name=name, source=" ".join(source), columns=columns, rows=tuple(rows), lines=tuple(lines)
    )


@functools.cache
def read_table(name: str, columns: tuple[str, ...]) -> Table:
    """One of the package's data files (``iomkg/_reference/data/<name>``), read once.

    >>> read_table("honorifics.tsv", ("honorific", "language")).rows[0]
    ('Mr.', 'en')
    """
    return parse_table(data_text(name), name, columns)


def read_user_table(path: str | PathLike[str], what: str, columns: tuple[str, ...]) -> Table:
    """A user's table (see the module; the column-name line is optional).

    A file that cannot be read raises :class:`~iomkg.LoadError` naming it.

    >>> read_user_table("/no/such/file.tsv", "gazetteer", ("id",))
    Traceback (most recent call last):
    ...
    iomkg.LoadError: cannot read gazetteer file /no/such/file.tsv: ...
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise LoadError(f"cannot read {what} file {path}: {exc}", field="path") from exc
    return parse_table(text, str(path), columns, header=None)


def data_text(name: str) -> str:
    """The text of one of the package's data files (``iomkg/_reference/data/<name>``).

    Read from the package's directory: importlib.resources (with zipfile and
    tempfile behind it) costs milliseconds to import and is asked only if the
    package is not on disk (a zipped install).

    >>> data_text("countries.tsv").startswith("#")
    True
    """
    try:
        return (Path(__file__).parent / "data" / name).read_text(encoding="utf-8")
    except OSError:
        from importlib import resources

        return (resources.files("iomkg._reference") / "data" / name).read_text(encoding="utf-8")
