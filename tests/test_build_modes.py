"""Full, incremental and parallel builds give identical output.

The view pages here are neither the edited framework page nor its toctree
parent, so a stale table cannot hide behind a page Sphinx rewrites anyway.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from .conftest import run_sphinx, sphinx_build

ROOT = Path(__file__).parent / "roots" / "test-views-incremental"
DEPLOYMENTS = ["WSGI", "ASGI", "CGI, FastCGI", "own server", "WSGI, ASGI", "mod_python"]
STATUSES = ["active", "maintained", "dormant", "historical"]
_BODY = re.compile(r'<div class="body" role="main">(.*?)<div class="sphinxsidebar"', re.S)


#: Today's criteria, not verified on these test pages.
TODAYS_FIELDS = (
    "\n".join(
        f"   :{key}: unknown"
        for key in ("realtime", "api", "validation", "migrations", "admin", "testing", "i18n")
    )
    + "\n   :background: unknown"
)


def ended(status: str) -> str:
    """The :ended: line a stale framework needs."""
    return "\n   :ended: 2020-05" if status in ("dormant", "historical") else ""


def framework_page(
    number: int,
    status: str | None = None,
    deployment: str | None = None,
    persistence: str | None = None,
) -> str:
    name = f"Framework {number:02d}"
    return f"""{name}
{"=" * len(name)}

.. framework:: {name}
   :licence: {"MIT" if number % 2 else "BSD-3-Clause"}
   :status: {(status := status or STATUSES[number % len(STATUSES)])}{ended(status)}
   :deployment: {deployment or DEPLOYMENTS[number % len(DEPLOYMENTS)]}
   :development: URL routing
   :environment: import
   :persistence: {persistence or ("ORM" if number % 3 else "none")}
   :sessions: {"server-side sessions" if number % 2 else "unknown"}
   :identification: session cookie
   :authentication: user accounts
   :presentation: Jinja
   :reviewed: 2026-11-01
   :sources: https://example.org/framework-{number}/LICENSE
{TODAYS_FIELDS}

   Framework {number} is a test framework.

Sources
=======

* `Licence <https://example.org/framework-{number}/LICENSE>`__
"""


def make_project(path: Path, count: int = 12) -> Path:
    shutil.copytree(ROOT, path)
    (path / "frameworks").mkdir()
    for number in range(1, count + 1):
        (path / "frameworks" / f"f{number:02d}.rst").write_text(framework_page(number))
    return path


def build(src: Path, out: Path, jobs: int = 1) -> str:
    """Build (incrementally if *out* exists); return Sphinx's log."""
    return sphinx_build("html", out, "-j", str(jobs), srcdir=src)


def snapshot(out: Path) -> dict[str, str]:
    """The main content of every page, and the export."""
    pages = {}
    for page in sorted(out.rglob("*.html")):
        match = _BODY.search(page.read_text(encoding="utf-8"))
        if match:
            pages[str(page.relative_to(out))] = match.group(1)
    pages["frameworks.json"] = (out / "frameworks.json").read_text(encoding="utf-8")
    return pages


def read_and_written(log: str) -> tuple[set[str], set[str]]:
    read = set(re.findall(r"reading sources\.\.\. \[\s*\d+%\] (\S+)", log))
    written = set(re.findall(r"writing output\.\.\. \[\s*\d+%\] (\S+)", log))
    return read, written


def assert_same_as_clean_build(src: Path, incremental_out: Path, tmp_path: Path) -> None:
    clean_out = tmp_path / "clean"
    shutil.rmtree(clean_out, ignore_errors=True)
    build(src, clean_out)
    assert snapshot(incremental_out) == snapshot(clean_out)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "src")


def test_edit_rereads_one_page_and_rewrites_every_view(project: Path, tmp_path: Path):
    out = tmp_path / "out"
    build(project, out)
    page = project / "frameworks" / "f03.rst"
    page.write_text(framework_page(3, status="active", deployment="SCGI"))
    log = build(project, out)
    read, written = read_and_written(log)
    assert read == {"frameworks/f03"}
    assert {"frameworks/f03", "views", "glossary", "finder", "compare"} <= written
    html = (out / "views.html").read_text(encoding="utf-8")
    assert "SCGI" in html
    finder = (out / "finder.html").read_text(encoding="utf-8")
    data = re.search(r'class="fw-finder-data">(.*?)</script>', finder, re.S).group(1)
    (f03,) = (r for r in json.loads(data)["frameworks"] if r["name"] == "Framework 03")
    assert f03["deployment"] == ["SCGI"] and f03["status"] == "active"
    assert_same_as_clean_build(project, out, tmp_path)


def test_edit_rewrites_only_the_views_that_show_the_field(project: Path, tmp_path: Path):
    out = tmp_path / "out"
    build(project, out)
    page = project / "frameworks" / "f04.rst"
    page.write_text(framework_page(4, persistence="object database"))
    read, written = read_and_written(build(project, out))
    assert read == {"frameworks/f04"}
    assert "glossary" in written  # the glossary lists who has "object database"
    assert "finder" in written  # a facet and a column of the finder
    assert "views" not in written  # its table and matrix do not show persistence
    assert_same_as_clean_build(project, out, tmp_path)


def test_unrelated_edit_leaves_views_alone(project: Path, tmp_path: Path):
    out = tmp_path / "out"
    build(project, out)
    (project / "index.rst").write_text((project / "index.rst").read_text() + "\nMore text.\n")
    read, written = read_and_written(build(project, out))
    assert read == {"index"}
    assert not {"views", "finder", "compare"} & written


def test_added_page_appears_in_every_view(project: Path, tmp_path: Path):
    out = tmp_path / "out"
    build(project, out)
    (project / "frameworks" / "f13.rst").write_text(framework_page(13, deployment="RSGI"))
    log = build(project, out)
    read, written = read_and_written(log)
    assert read == {"frameworks/f13", "index"}  # the new page and its toctree parent
    assert {"views", "glossary", "finder", "compare"} <= written
    for view in ("views.html", "finder.html", "compare.html"):
        assert "Framework 13" in (out / view).read_text(encoding="utf-8")
    assert_same_as_clean_build(project, out, tmp_path)


def test_deleted_page_leaves_no_trace(project: Path, tmp_path: Path):
    out = tmp_path / "out"
    build(project, out)
    (project / "frameworks" / "f05.rst").unlink()
    log = build(project, out)
    _, written = read_and_written(log)
    assert {"views", "glossary"} <= written
    for view in ("views.html", "glossary.html", "finder.html", "compare.html", "frameworks.json"):
        assert "Framework 05" not in (out / view).read_text(encoding="utf-8")
    (out / "frameworks" / "f05.html").unlink()  # Sphinx leaves the old file behind
    assert_same_as_clean_build(project, out, tmp_path)


def test_parallel_build_matches_serial_build(project: Path, tmp_path: Path):
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    build(project, serial, jobs=1)
    log = build(project, parallel, jobs=2)
    # Sphinx reports chunks ("f01 .. f07") only when workers really split the work.
    assert re.search(r"reading sources\.\.\. \[\s*\d+%\] \S+ \.\. \S+", log), log
    assert re.search(r"writing output\.\.\. \[\s*\d+%\] \S+ \.\. \S+", log), log
    assert snapshot(parallel) == snapshot(serial)
    data = json.loads((parallel / "frameworks.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in data["frameworks"]] == [f"Framework {n:02d}" for n in range(1, 13)]


def test_parallel_incremental_edit(project: Path, tmp_path: Path):
    out = tmp_path / "out"
    build(project, out, jobs=2)
    for number in (2, 7, 11):
        page = project / "frameworks" / f"f{number:02d}.rst"
        page.write_text(framework_page(number, status="historical", deployment="ISAPI"))
    build(project, out, jobs=2)
    assert_same_as_clean_build(project, out, tmp_path)


# -- Prose references: ``:framework:`` links follow the records ---------------

PROSE = """:orphan:

Prose
=====

Compare :framework:`Framework 05` with :framework:`Framework 06` and
:framework:`Framework 99`.
"""


def build_warnings(src: Path, out: Path) -> tuple[str, list[str]]:
    """Build (incrementally if *out* exists), warnings allowed; return log and warnings."""
    result = run_sphinx(src, out)
    log = result.stdout + result.stderr
    assert "Traceback" not in log, log
    warnings = sorted(line for line in log.splitlines() if "WARNING:" in line)
    return log, [line.replace(str(src), "SRC") for line in warnings]


def assert_references_match_a_clean_build(src: Path, out: Path, tmp_path: Path, warnings):
    clean_out = tmp_path / "clean"
    shutil.rmtree(clean_out, ignore_errors=True)
    _, clean_warnings = build_warnings(src, clean_out)
    assert warnings == clean_warnings
    assert snapshot(out)["prose.html"] == snapshot(clean_out)["prose.html"]


@pytest.fixture
def prose_project(project: Path) -> Path:
    (project / "prose.rst").write_text(PROSE)
    return project


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda p: (p / "frameworks" / "f05.rst").unlink(), id="deleted"),
        pytest.param(
            lambda p: (p / "frameworks" / "f99.rst").write_text(framework_page(99)), id="added"
        ),
        pytest.param(
            lambda p: (p / "frameworks" / "f06.rst").write_text(
                framework_page(6).replace("Framework 06", "Framework Six")
            ),
            id="renamed",
        ),
        pytest.param(
            lambda p: (p / "frameworks" / "f05.rst").rename(p / "frameworks" / "f05b.rst"),
            id="moved",
        ),
    ],
)
def test_prose_references_follow_the_records(prose_project: Path, tmp_path: Path, change):
    out = tmp_path / "out"
    build_warnings(prose_project, out)
    change(prose_project)
    log, warnings = build_warnings(prose_project, out)
    read, written = read_and_written(log)
    assert "prose" not in read  # written again from the records, not re-read
    assert "prose" in written
    stale = out / "frameworks" / "f05.html"
    if not (prose_project / "frameworks" / "f05.rst").exists() and stale.exists():
        stale.unlink()  # Sphinx leaves the old file behind
    assert_references_match_a_clean_build(prose_project, out, tmp_path, warnings)


def test_prose_reference_to_a_deleted_framework_is_plain_text(prose_project, tmp_path):
    out = tmp_path / "out"
    build_warnings(prose_project, out)
    assert 'href="frameworks/f05.html#framework-framework-05"' in (out / "prose.html").read_text()
    (prose_project / "frameworks" / "f05.rst").unlink()
    _, warnings = build_warnings(prose_project, out)
    assert "f05.html" not in (out / "prose.html").read_text()
    assert any(
        "SRC/prose.rst:6: WARNING: unknown framework 'Framework 05'" in line for line in warnings
    ), warnings
