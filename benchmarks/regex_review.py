"""List every regular expression compiled in src/iomkg and flag the shapes that can backtrack badly.

    python benchmarks/regex_review.py [--all]

For each ``re.compile`` call (found with a grep-like scan of the sources) and
each compiled pattern reachable from a module's globals, the parse tree is
walked (``re._parser``) and these shapes are reported with the file and line:

* NESTED: a repeated group containing another repetition, where either is
  unbounded (``(a+)+``, ``(?:\\w+\\s?)*``): exponential or polynomial;
* LEADING-STAR: an unbounded repetition at the start of a pattern used with
  ``search``/``finditer``/``sub`` (``[ ]*x``): every start position rescans the
  run, quadratic over a long run of that character;
* UNBOUNDED: any ``*``/``+`` (fine alone, listed with ``--all``).

The empirical check is ``tests/test_adversarial.py::test_every_regex_is_linear``.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import pkgutil
import re
import sys
from pathlib import Path
from typing import Any

try:  # Python 3.11+
    from re import _constants as sc  # type: ignore[attr-defined]
    from re import _parser as sp  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as sc  # type: ignore[no-redef]
    import sre_parse as sp  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "iomkg"
REPEATS = {sc.MAX_REPEAT, sc.MIN_REPEAT, getattr(sc, "POSSESSIVE_REPEAT", None)}


def _walk(items: Any, depth_unbounded: int, found: list[str], top: bool) -> None:
    for i, (op, av) in enumerate(items):
        if op in REPEATS:
            _lo, hi, sub = av
            unbounded = hi == sc.MAXREPEAT
            if unbounded and top and i == 0 and _required_after(items[1:]):
                found.append("LEADING-STAR")
            if depth_unbounded and (unbounded or hi > 1):
                found.append("NESTED")
            inner = depth_unbounded + (1 if unbounded else 0)
            if not unbounded and hi > 1 and _has_unbounded(sub):
                found.append("NESTED")
            _walk(sub, inner, found, False)
            if unbounded:
                found.append("UNBOUNDED")
        elif op == sc.SUBPATTERN:
            _walk(av[-1], depth_unbounded, found, top and i == 0)
        elif op == sc.BRANCH:
            for alt in av[1]:
                _walk(alt, depth_unbounded, found, top and i == 0)
        elif op in (sc.ASSERT, sc.ASSERT_NOT):
            _walk(av[1], depth_unbounded, found, False)


def _required_after(items: Any) -> bool:
    """Whether something that can fail follows (a bare ``\\w+`` or ``\\w+(?:x)?`` cannot)."""
    return any(not (op in REPEATS and av[0] == 0) for op, av in items)


def _has_unbounded(items: Any) -> bool:
    for op, av in items:
        if op in REPEATS and (av[1] == sc.MAXREPEAT or _has_unbounded(av[2])):
            return True
        if op == sc.SUBPATTERN and _has_unbounded(av[-1]):
            return True
        if op == sc.BRANCH and any(_has_unbounded(a) for a in av[1]):
            return True
    return False


def review(pattern: str, flags: int = 0) -> list[str]:
    """The risky shapes of one pattern, e.g. ``['NESTED']``.

    >>> review(r"(?:\\w+\\s?)*$")
    ['LEADING-STAR', 'NESTED', 'UNBOUNDED', 'UNBOUNDED']
    >>> review(r"[ ]*,")
    ['LEADING-STAR', 'UNBOUNDED']
    >>> review(r"\\w+(?:'\\w+)?")
    ['UNBOUNDED', 'UNBOUNDED']
    >>> review(r"\\b[A-Z][a-z]{0,20}\\b")
    []
    """
    found: list[str] = []
    _walk(sp.parse(pattern, flags), 0, found, True)
    return sorted(found)


def _where(pattern: str) -> str:
    """file:line of the re.compile that holds (the start of) this pattern, if found."""
    probe = pattern[:25]
    for path in sorted(SRC.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for lineno, line in enumerate(text.splitlines(), 1):
            if probe[:12] and probe[:12] in line.replace("\\\\", "\\"):
                return f"{path.relative_to(ROOT)}:{lineno}"
    return "?"


def _lazy_getter(value: object) -> bool:
    """A cached getter called with no argument: how modules compile patterns on first use."""
    if not (callable(value) and hasattr(value, "cache_info")):
        return False
    try:
        params = inspect.signature(value).parameters.values()
    except (TypeError, ValueError):
        return False
    return all(
        p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in params
    )


def patterns(*, with_bytes: bool = False) -> dict[str, re.Pattern[Any]]:
    """Every compiled pattern of iomkg: module globals and what cached getters return.

    The one collector: ``tests/test_adversarial.py`` imports it for its timing sweep.
    Only str patterns unless ``with_bytes`` (the sweep times the bytes ones too).
    """
    import iomkg

    out: dict[str, re.Pattern[Any]] = {}
    seen: set[int] = set()

    def visit(where: str, value: object, depth: int) -> None:
        if isinstance(value, re.Pattern):
            if with_bytes or isinstance(value.pattern, str):
                out.setdefault(where, value)
        elif depth < 2 and isinstance(value, (tuple, list)):
            for i, v in enumerate(value):
                visit(f"{where}[{i}]", v, depth + 1)
        elif depth < 2 and isinstance(value, dict):
            for k, v in value.items():
                visit(f"{where}[{k!r}]", v, depth + 1)
        elif depth == 0 and _lazy_getter(value):
            if id(value) in seen:
                return  # the same getter, imported by another module
            seen.add(id(value))
            visit(f"{where}()", value(), depth + 1)  # type: ignore[operator]

    mods = [iomkg] + [
        importlib.import_module(m.name) for m in pkgutil.walk_packages(iomkg.__path__, "iomkg.")
    ]
    for module in mods:
        for name, value in sorted(vars(module).items()):
            visit(f"{module.__name__}.{name}", value, 0)
    return dict(sorted(out.items()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="list and review the regexes of iomkg")
    ap.add_argument("--all", action="store_true", help="list every pattern, not only risky ones")
    args = ap.parse_args(argv)
    n_compile = sum(
        path.read_text(encoding="utf-8").count("re.compile") for path in SRC.rglob("*.py")
    )
    pats = patterns()
    print(
        f"{n_compile} re.compile calls in src/iomkg; {len(pats)} compiled patterns (module globals and first-use getters)"
    )
    risky = 0
    for name, pat in pats.items():
        shapes = sorted(set(review(pat.pattern, pat.flags & ~re.UNICODE)) - {"UNBOUNDED"})
        if shapes or args.all:
            risky += bool(shapes)
            print(
                f"{','.join(shapes) or 'ok':20} {name:55} {_where(pat.pattern)}\n    {pat.pattern[:160]!r}"
            )
    print(f"{risky} pattern(s) with a risky shape")
    return 0


if __name__ == "__main__":
    sys.exit(main())
