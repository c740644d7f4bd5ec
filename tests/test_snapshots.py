"""Regression snapshots of the records and the views, from the real framework pages.

The real site is built with Sphinx's text builder, and the collected records
(``frameworks.json``), the comparison pages, the glossary and the review
status are compared with the files in ``tests/snapshots/``. Any edit to a
framework page shows up there as a readable diff in the pull request. After
checking that a difference is the intended one, refresh the files with
``make snapshots``.
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path

import pytest

from .conftest import REPO, sphinx_build

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("UPDATE_SNAPSHOTS") == "1"
#: text-builder output files (relative to the output folder) kept as snapshots
VIEWS = [
    "frameworks.json",
    "comparisons/at-a-glance.txt",
    "comparisons/identity.txt",
    "comparisons/interfaces.txt",
    "comparisons/environment.txt",
    "comparisons/sessions.txt",
    "comparisons/presentation.txt",
    "glossary.txt",
    "review-status.txt",
    "frameworks/index.txt",
    "finder.txt",
    "compare.txt",
]


@pytest.fixture(scope="module")
def site_text(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site-text")
    # pinned date: the review-status page must not change with the calendar
    sphinx_build("text", out, "-D", "framework_today=2026-11-26")
    return out


@pytest.mark.slow
@pytest.mark.parametrize("name", VIEWS)
def test_view_matches_its_snapshot(site_text: Path, name: str):
    built = (site_text / name).read_text(encoding="utf-8")
    snapshot = SNAPSHOTS / name.replace("/", "__")
    if UPDATE:
        SNAPSHOTS.mkdir(exist_ok=True)
        snapshot.write_text(built, encoding="utf-8")
    assert snapshot.is_file(), f"no snapshot for {name}: run `make snapshots`"
    expected = snapshot.read_text(encoding="utf-8")
    if built != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                built.splitlines(keepends=True),
                f"tests/snapshots/{snapshot.name}",
                f"built {name}",
                n=2,
            )
        )
        pytest.fail(
            f"{name} differs from its snapshot; if the change is intended, run "
            f"`make snapshots` and commit the result:\n{diff[:6000]}",
            pytrace=False,
        )


def test_the_records_snapshot_covers_every_framework_page():
    records = json.loads((SNAPSHOTS / "frameworks.json").read_text(encoding="utf-8"))
    slugs = sorted(record["slug"] for record in records["frameworks"])
    pages = sorted(p.stem for p in (REPO / "frameworks").glob("*.rst") if p.stem != "index")
    assert slugs == pages, "run `make snapshots` after adding or removing a page"
