"""The package's import graph: one direction of flow, no cycles, no private names across modules.

The graph is read from the source with :mod:`ast` (every ``import`` and ``from … import``,
at module level or inside a function; imports under ``if TYPE_CHECKING:`` are left out, since
they never run). Two rules hold for every module of ``src/iomkg``:

* no cycle: no module reaches itself through the imports of others;
* no private name across modules: a module uses only public names of another module
  (``from ._x import _helper`` or ``mod._helper`` is a private name crossing a boundary);
  a private *module* (``from . import _models``) is fine, it is how the package is laid out.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import iomkg

PACKAGE_DIR = Path(iomkg.__file__).resolve().parent

#: Private names still crossing a module boundary, as (importing module, used module, name):
#: each one is a debt to pay, never a place to add to.
KNOWN_PRIVATE_USES: frozenset[tuple[str, str, str]] = frozenset()

#: Cycles still in the graph, each as the sorted tuple of its modules.
KNOWN_CYCLES: frozenset[tuple[str, ...]] = frozenset()


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES: dict[str, Path] = {_module_name(p): p for p in sorted(PACKAGE_DIR.rglob("*.py"))}


def _resolve(module: str, is_package: bool, level: int, target: str | None) -> str:
    if level == 0:
        return target or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join([*base, *([target] if target else [])])


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                stack.extend(child.orelse)
                continue
            stack.append(child)


class Imports:
    """What one module imports: edges to other iomkg modules and private names it uses."""

    def __init__(self, module: str, path: Path) -> None:
        self.module = module
        self.edges: set[str] = set()
        self.private: set[tuple[str, str]] = set()
        is_package = path.name == "__init__.py"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases: dict[str, str] = {}
        nodes = list(_runtime_nodes(tree))
        for node in nodes:
            if isinstance(node, ast.ImportFrom):
                source = _resolve(module, is_package, node.level, node.module)
                if not source.startswith("iomkg"):
                    continue
                for alias in node.names:
                    sub = f"{source}.{alias.name}"
                    if sub in MODULES:
                        self.edges.add(sub)
                        aliases[alias.asname or alias.name] = sub
                        continue
                    self.edges.add(source)
                    if alias.name.startswith("_") and not alias.name.startswith("__"):
                        self.private.add((source, alias.name))
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("iomkg") and alias.name in MODULES:
                        self.edges.add(alias.name)
                        if alias.asname:
                            aliases[alias.asname] = alias.name
        for node in nodes:
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in aliases
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and f"{aliases[node.value.id]}.{node.attr}" not in MODULES
            ):
                self.private.add((aliases[node.value.id], node.attr))
        self.edges.discard(module)


GRAPH: dict[str, Imports] = {name: Imports(name, path) for name, path in MODULES.items()}


def _cycles() -> set[tuple[str, ...]]:
    """Every strongly connected component with more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: set[tuple[str, ...]] = set()
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(GRAPH[node].edges):
            if nxt not in GRAPH:
                continue
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.add(tuple(sorted(component)))

    for name in sorted(GRAPH):
        if name not in index:
            visit(name)
    return found


def _is_ancestor_package(user: str, used: str) -> bool:
    """A package's ``__init__`` importing its own submodules is how packages re-export."""
    return user == "iomkg" or used.startswith(user + ".")


def test_the_graph_is_read() -> None:
    # The reader sees the pipeline: the parse module imports the front end and the layouts.
    assert "iomkg._front.decode" in GRAPH["iomkg._parse"].edges
    assert "iomkg.layouts" in GRAPH["iomkg._parse"].edges
    assert len(MODULES) > 40


def test_no_import_cycles() -> None:
    cycles = {c for c in _cycles() if not all(_is_ancestor_package(c[0], m) for m in c[1:])}
    assert cycles <= KNOWN_CYCLES, sorted(cycles - KNOWN_CYCLES)


def test_no_private_names_across_modules() -> None:
    uses = {
        (user, used, name)
        for user, imports in GRAPH.items()
        for used, name in imports.private
        if used != user
    }
    assert uses <= KNOWN_PRIVATE_USES, sorted(uses - KNOWN_PRIVATE_USES)


def test_known_debts_are_still_debts() -> None:
    # An allow-list entry that no longer applies must be removed, so the list only shrinks.
    uses = {(u, m, n) for u, imp in GRAPH.items() for m, n in imp.private}
    assert uses >= KNOWN_PRIVATE_USES
    assert _cycles() >= KNOWN_CYCLES


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from ._models import _private\n", {("iomkg._models", "_private")}),
        ("from . import _models\n_models._secret\n", {("iomkg._models", "_secret")}),
        ("from ._models import Page\n", set()),
        (
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ._models import _x\n",
            set(),
        ),
    ],
)
def test_the_reader_finds_private_uses(tmp_path: Path, source: str, expected: set[object]) -> None:
    path = tmp_path / "probe.py"
    path.write_text(source, encoding="utf-8")
    assert Imports("iomkg.probe", path).private == expected


# --- how wide a function is --------------------------------------------------------------

#: At most this many parameters per function (``self``/``cls`` not counted): what more
#: needs to travel together is a record (an attrs class), or the function is two.
MAX_PARAMETERS = 5

#: The public entry points whose keyword-only options are the documented API (each option
#: is a user's choice, named at the call); every other function keeps to the limit.
PUBLIC_OPTIONS = frozenset(
    {
        ("iomkg._parse", "parse"),
        ("iomkg._io.load", "load"),
        ("iomkg._io.load", "parse_file"),
    }
)


def _parameter_count(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """The parameters of a function, ``self``/``cls`` and ``*args``/``**kwargs`` not counted."""
    names = [a.arg for a in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)]
    return len(names) - (1 if names and names[0] in ("self", "cls") else 0)


def _wide_functions(source: str, module: str) -> set[tuple[str, str, int]]:
    return {
        (module, node.name, _parameter_count(node))
        for node in ast.walk(ast.parse(source))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and _parameter_count(node) > MAX_PARAMETERS
    }


def _all_wide() -> set[tuple[str, str, int]]:
    wide: set[tuple[str, str, int]] = set()
    for module, path in MODULES.items():
        wide |= _wide_functions(path.read_text(encoding="utf-8"), module)
    return wide


def test_no_function_takes_more_than_five_parameters() -> None:
    wide = {
        (module, name, count)
        for module, name, count in _all_wide()
        if (module, name) not in PUBLIC_OPTIONS
    }
    assert wide == set()


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("def f(a, b, c, d, e): pass", set()),
        ("def f(a, b, c, d, e, g): pass", {("m", "f", 6)}),
        ("class C:\n    def f(self, a, b, c, d, e): pass", set()),
        ("def f(a, b, c, *, d, e, g): pass", {("m", "f", 6)}),
        ("def f(a, *args, **kwargs): pass", set()),
    ],
)
def test_the_width_reader(source: str, expected: set[tuple[str, str, int]]) -> None:
    assert _wide_functions(source, "m") == expected
