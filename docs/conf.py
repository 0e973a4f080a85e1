"""Sphinx configuration of the iomkg documentation.

Build it with ``make docs`` (``sphinx-build -W -n``: every warning and every
broken cross-reference is an error).  Every code example on these pages runs in
the test suite (``tests/test_docs.py``, through Sybil).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, TypeVar

HERE = Path(__file__).resolve().parent

try:
    import iomkg
except ImportError:  # not installed: document the source tree beside this folder
    sys.path.insert(0, str(HERE.parent / "src"))
    import iomkg

project = "iomkg"
author = "The iomkg developers"
copyright = "the iomkg developers"
release = iomkg.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
# benchmarks.md is written by `python benchmarks/run.py`; the speed page shows it (below).
exclude_patterns = ["_build", "_inv", "Thumbs.db", ".DS_Store", "benchmarks.md"]
BENCHMARKS = HERE / "benchmarks.md"

html_theme = "furo"
html_title = f"iomkg {release}"

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = False
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

nitpicky = True
# Python 3.10's typing shows `...` in a signature as the class `ellipsis`, which has no page.
nitpick_ignore = [("py:class", "ellipsis")]

# Intersphinx without the network.
#
# The machines that build these docs (developers' and CI) reach package
# registries only, so Sphinx cannot download the projects' ``objects.inv``.
# ``_inv/`` holds small inventories in Sphinx's own format (version 2, zlib),
# written by ``_inv/make_inventories.py``: each lists only the external names
# these pages refer to, with the real address of their documentation, so that
# the links in the built pages go to the right place.  Add a name there (and
# rerun the script) when a page or a docstring starts referring to a new one.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", str(HERE / "_inv" / "python.inv")),
    "attrs": ("https://www.attrs.org/en/stable", str(HERE / "_inv" / "attrs.inv")),
    "cattrs": ("https://catt.rs/en/stable", str(HERE / "_inv" / "cattrs.inv")),
    "pandas": ("https://pandas.pydata.org/docs", str(HERE / "_inv" / "pandas.inv")),
    "networkx": ("https://networkx.org/documentation/stable", str(HERE / "_inv" / "networkx.inv")),
}
intersphinx_timeout = 1


def _public_target(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """Point ``iomkg._models.Place`` (how annotations name it) at ``iomkg.Place``.

    The records live in private modules and are re-exported by ``iomkg``; the
    reference documents them under their public name only. Two kinds of name have
    no page on purpose and are shown as plain text: a type variable of a private
    module (``iomkg._corpus.corpus.T``) and a private module itself (``iomkg._corpus.export``).
    """
    target = node.get("reftarget", "")
    if node.get("refdomain") != "py" or not target.startswith("iomkg."):
        return None
    head, _, rest = target.partition(".")
    parts = rest.split(".")
    if parts[0].startswith("_"):
        module_name = ".".join([head, *parts[:-1]])
        module = sys.modules.get(module_name)
        if isinstance(getattr(module, parts[-1], None), TypeVar):
            return contnode
        if node.get("reftype") == "mod" and target in sys.modules:
            return contnode
    for i in range(len(parts)):
        if parts[i] in iomkg.__all__:
            public = ".".join([head, *parts[i:]])
            domain = env.get_domain("py")
            return domain.resolve_xref(
                env, node["refdoc"], app.builder, node["reftype"], public, node, contnode
            )
    return None


_FIELD_DOCS: dict[tuple[str, str], list[str]] = {}


def _field_docs() -> dict[tuple[str, str], list[str]]:
    """``(class, field) -> lines`` of the ``#:`` comments above the fields in iomkg's sources.

    Sphinx reads ``#:`` comments from the source of the class's ``__module__``; iomkg
    gives its public classes ``iomkg`` as their module (tracebacks and pickles name
    ``iomkg.Place``), so the comments are read here from the modules that define them.
    """
    if not _FIELD_DOCS:
        import re

        for path in sorted(Path(iomkg.__file__).parent.rglob("*.py")):
            current = None
            comment: list[str] = []
            for line in path.read_text(encoding="utf-8").splitlines():
                if m := re.match(r"class (\w+)\b", line):
                    current, comment = m.group(1), []
                elif m := re.match(r"    #: ?(.*)$", line):
                    comment.append(m.group(1))
                elif (m := re.match(r"    (\w+)\s*:", line)) and current and comment:
                    _FIELD_DOCS.setdefault((current, m.group(1)), comment)
                    comment = []
                else:
                    comment = []
    return _FIELD_DOCS


def _field_comment(
    app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    """Give a record's field its ``#:`` description (see :func:`_field_docs`)."""
    field = type(obj).__name__ == "_Field"  # an entry's field: its class docstring says nothing
    if what != "attribute" or (any(line.strip() for line in lines) and not field):
        return
    parts = name.split(".")
    if len(parts) >= 3:
        found = list(_field_docs().get((parts[-2], parts[-1]), []))
        if found and ":" in found[0]:  # napoleon would read "text:" as the field's type
            found[:0] = ["..", ""]
        lines[:] = found


def _property_summary(
    app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    """Keep napoleon from reading a property's first line ``Summary: more`` as ``type: text``.

    Napoleon takes the text before the first colon of a property's docstring for its
    type. An empty reST comment before it makes napoleon read the whole docstring as
    the description (the property's return annotation still gives the type).
    """
    if what == "property" and lines and ":" in lines[0]:
        lines[:0] = ["..", ""]


def _schema_tables(app: Any, docname: str, source: list[str]) -> None:
    """Append the columns of each kind's exports to the exports reference page.

    Written from :data:`iomkg._corpus.export.SCHEMA`, the table the exports follow, so
    the page can never disagree with them.
    """
    if docname != "reference/exports":
        return
    import re

    from iomkg._corpus.export import SCHEMA

    def myst(text: str) -> str:
        text = re.sub(r":(\w+):`", r"{\1}`", text)  # reST roles -> MyST roles
        return text.replace("``", "`").replace("|", "\\|")

    out = ["", "## Columns of each kind", ""]
    for kind, columns in SCHEMA.items():
        out += [f"### {kind}", "", "| column | type | what it holds |", "| --- | --- | --- |"]
        out += [f"| `{c}` | `{t}` | {myst(d)} |" for c, (t, d) in columns.items()]
        out.append("")
    source[0] += "\n".join(out) + "\n"


def _benchmark_table(app: Any, docname: str, source: list[str]) -> None:
    """Append the table that ``benchmarks/run.py`` wrote to the speed page.

    The runner writes ``docs/benchmarks.md`` with a ``# Benchmarks`` heading; its
    headings move one level down under the speed page's own section. Without the
    file, the page says how to make it.
    """
    if docname != "explanation/speed":
        return
    if BENCHMARKS.is_file():
        lines = BENCHMARKS.read_text(encoding="utf-8").splitlines()
        body = "\n".join("#" + line if line.startswith("#") else line for line in lines)
        source[0] += "\n\n" + body + "\n"
    else:
        source[0] += (
            "\n\n## Benchmarks\n\nNo benchmark table has been written in this tree yet: "
            "`python benchmarks/run.py` writes it to `docs/benchmarks.md`, and it shows here.\n"
        )


def _hide_private_bases(app: Any, name: str, obj: Any, options: Any, bases: list[Any]) -> None:
    """Private bases are no base a reader can use: records' short repr, collections' helpers.

    The typed collections (``ArticleCollection``...) get ``between``, ``funded_by`` and
    ``in_place`` from private mixins; those methods are documented on each typed
    collection, whose shown base is :class:`iomkg.Collection`.
    """

    def private(base: Any) -> bool:
        cls = getattr(base, "__origin__", base)
        name = getattr(cls, "__name__", "")
        module = getattr(cls, "__module__", "")
        hidden_module = module.startswith("iomkg") and any(
            part.startswith("_") for part in module.split(".")
        )
        return name.startswith("_") or (hidden_module and name not in iomkg.__all__)

    public = [b for b in bases if not private(b)]
    if not public and isinstance(obj, type) and issubclass(obj, iomkg.Collection):
        public = [iomkg.Collection]
    bases[:] = public or [object]


def setup(app: Any) -> None:
    app.connect("autodoc-process-bases", _hide_private_bases)
    """Register the reference handlers (before napoleon's docstring processing)."""
    app.connect("missing-reference", _public_target)
    app.connect("autodoc-process-docstring", _property_summary, priority=400)
    app.connect("autodoc-process-docstring", _field_comment, priority=300)
    app.connect("source-read", _benchmark_table)
    app.connect("source-read", _schema_tables)
