"""Shared fixtures: the real pages in ../shared (skipped, saying why, when absent)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis with a fixed seed: the same examples on every run and every machine, so a
# counterexample is found (and fixed) here, never at random in CI. No example database
# (nothing learned from an earlier run), no deadline (the machines are shared and busy).
# HYPOTHESIS_PROFILE=dev gives random exploration with the database, to hunt for new bugs.
settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.json"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--slow", action="store_true", default=False, help="run the long fuzz and scaling runs"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="long run: pass --slow to run it")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    """The gold file of the real seed pages."""
    if not GOLD.is_file():
        pytest.skip(
            f"the real pages are not here: {GOLD} does not exist (../shared is beside the clone in CI)"
        )
    data: dict[str, Any] = json.loads(GOLD.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def seed_text(gold: dict[str, Any]) -> dict[str, str]:
    """The text of every real seed page, by file name."""
    return {p["file"]: (SEEDS / p["file"]).read_text(encoding="utf-8") for p in gold["pages"]}
