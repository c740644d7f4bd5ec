"""``make check-releases``: drift between the pages and PyPI, offline.

Every test reads recorded PyPI answers (``tests/data/pypi/``, see its README)
through an injected fetch function, or serves them from a server on the
loopback address; none reaches the network.
"""

from __future__ import annotations

import copy
import datetime as dt
import http.server
import json
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from framework_comparison import releases
from framework_comparison.releases import FetchError, NotFoundError, check, main

from .conftest import REPO, run_sphinx

DATA = Path(__file__).parent / "data"
PAGES = DATA / "pages"
AS_OF = dt.date(2026, 12, 1)
AS_OF_ARG = ["--as-of", AS_OF.isoformat()]

FLASK_RELEASE = (
    "frameworks/flask.rst:10: latest-release: the page says 3.1.2 (2025-08-19), PyPI says "
    "3.1.3 (2026-02-19) (https://pypi.org/project/Flask/3.1.3/)"
)
FLASK_ACTIVITY = (
    "frameworks/flask.rst:7: activity: the page says nothing (no :activity:), PyPI says "
    "1 release in 12 months, the last on 2026-02-19 (as of 2026-12-01) "
    "(https://pypi.org/project/Flask/#history)"
)
BOTTLE_ACTIVITY = (
    "frameworks/bottle.rst:9: activity: the page says 2 releases in 12 months, the last on "
    "2025-06-15 (as of 2025-11-01), PyPI says 0 releases in 12 months, the last on "
    "2025-06-15 (as of 2026-12-01) (https://pypi.org/project/bottle/#history)"
)


def recorded(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / "pypi" / f"{name}.json").read_text("utf-8"))
    return data


def fake_fetch(answers: dict[str, Any]) -> Callable[[str, float], Any]:
    """A fetch function that answers from *answers* by package name (an exception raises)."""

    def fetch(url: str, timeout: float) -> Any:
        assert url.startswith("https://pypi.org/pypi/") and url.endswith("/json"), url
        assert timeout == releases.TIMEOUT
        answer = answers[url.removeprefix("https://pypi.org/pypi/").removesuffix("/json")]
        if isinstance(answer, Exception):
            raise answer
        return copy.deepcopy(answer)

    return fetch


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the test pages as a site's ``frameworks/``, the current folder."""
    shutil.copytree(PAGES, tmp_path / "frameworks")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def lines_of(
    capsys: pytest.CaptureFixture[str], answers: dict[str, Any], *args: str
) -> tuple[int, list[str], str]:
    code = main([*args, *AS_OF_ARG], fetch=fake_fetch(answers))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def both() -> dict[str, Any]:
    return {"Flask": recorded("flask"), "bottle": recorded("bottle")}


# -- The findings ------------------------------------------------------------------


def test_findings_read_file_line_field_page_pypi_source(site, capsys):
    code, lines, err = lines_of(capsys, both())
    assert lines == [BOTTLE_ACTIVITY, FLASK_RELEASE, FLASK_ACTIVITY]
    assert code == 1
    assert err == (
        "check-releases: 2 pages checked against PyPI as of 2026-12-01: 3 findings, "
        "0 not checked\n"
    )


def test_pages_that_agree_with_pypi_exit_0(site, capsys):
    code, lines, _ = lines_of(capsys, both(), "frameworks/unlisted.rst")
    assert (code, lines) == (0, [])
    bottle = recorded("bottle")
    page = site / "frameworks" / "bottle.rst"
    text = page.read_text(encoding="utf-8")
    page.write_text(
        text.replace("2 releases in 12 months, the last on 2025-06-15 (as of 2025-11-01)",
                     "0 releases in 12 months, the last on 2025-06-15 (as of 2026-11-01)"),
        encoding="utf-8",
    )  # fmt: skip
    code, lines, _ = lines_of(capsys, {"bottle": bottle}, "frameworks/bottle.rst")
    assert (code, lines) == (0, [])


def flask_variant(edit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    data = recorded("flask")
    edit(data)
    return {"Flask": data}


def newest_files(data: dict[str, Any]) -> list[dict[str, Any]]:
    files: list[dict[str, Any]] = data["releases"]["3.1.3"]
    return files


def yank_312(data: dict[str, Any]) -> None:
    data["releases"]["3.1.2"][0].update(yanked=True, yanked_reason="broken wheel")


def relicence(data: dict[str, Any]) -> None:
    data["info"]["license_expression"] = "MIT OR Apache-2.0"


def require_310(data: dict[str, Any]) -> None:
    newest_files(data)[0]["requires_python"] = ">=3.10"


def add_rc(data: dict[str, Any]) -> None:
    data["releases"]["3.2.0rc1"] = [
        {"upload_time_iso_8601": "2026-11-20T10:00:00Z", "yanked": False}
    ]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        pytest.param(
            yank_312,
            "frameworks/flask.rst:10: latest-release: the page says 3.1.2 (2025-08-19), PyPI "
            "says 3.1.2 is yanked: broken wheel (https://pypi.org/project/Flask/3.1.2/)",
            id="yanked",
        ),
        pytest.param(
            relicence,
            "frameworks/flask.rst:8: licence: the page says BSD-3-Clause, PyPI says "
            "License-Expression MIT OR Apache-2.0 (https://pypi.org/project/Flask/3.1.3/)",
            id="licence",
        ),
        pytest.param(
            require_310,
            "frameworks/flask.rst:12: python: the page says 3.9+, PyPI says Requires-Python "
            ">=3.10 (https://pypi.org/project/Flask/3.1.3/)",
            id="requires-python",
        ),
    ],
)
def test_each_kind_of_drift(site, capsys, edit, expected):
    code, lines, _ = lines_of(capsys, flask_variant(edit), "frameworks/flask.rst")
    assert code == 1
    assert expected in lines
    assert sorted(lines) == sorted([expected, FLASK_RELEASE, FLASK_ACTIVITY])


def test_a_package_that_is_gone(site, capsys):
    gone = {"Flask": NotFoundError("https://pypi.org/pypi/Flask/json")}
    code, lines, _ = lines_of(capsys, gone, "frameworks/flask.rst")
    assert (code, lines) == (
        1,
        [
            "frameworks/flask.rst:7: pypi: the page says Flask, PyPI says no such project "
            "(HTTP 404) (https://pypi.org/project/Flask/)"
        ],
    )


def test_requires_python_from_the_release_files_not_the_project_summary(site, capsys):
    """PyPI's ``info`` can lag behind the files' metadata (fastapi 0.165.0 did)."""

    def summary_lags(data: dict[str, Any]) -> None:
        data["info"]["requires_python"] = ">=3.8"

    code, lines, _ = lines_of(capsys, flask_variant(summary_lags), "frameworks/flask.rst")
    assert (code, lines) == (1, [FLASK_RELEASE, FLASK_ACTIVITY])


def test_what_is_no_drift(site, capsys):
    """Pre-releases, a metadata licence the page includes, LicenseRefs."""

    def quiet(data: dict[str, Any]) -> None:
        add_rc(data)
        data["info"]["license_expression"] = "LicenseRef-Pallets"

    code, lines, _ = lines_of(capsys, flask_variant(quiet), "frameworks/flask.rst")
    # the release candidate is no newer release, but it is activity
    assert lines == [
        FLASK_RELEASE,
        FLASK_ACTIVITY.replace("1 release in", "2 releases in").replace(
            "2026-02-19 (as of", "2026-11-20 (as of"
        ),
    ]
    page = site / "frameworks" / "flask.rst"
    text = page.read_text(encoding="utf-8")
    page.write_text(
        text.replace(":licence: BSD-3-Clause", ":licence: MIT AND BSD-3-Clause"), encoding="utf-8"
    )
    code, lines, _ = lines_of(capsys, flask_variant(relicence), "frameworks/flask.rst")
    assert [line for line in lines if "licence" in line]  # Apache-2.0 is not on the page
    data = recorded("flask")
    data["info"]["license_expression"] = "MIT"
    code, lines, _ = lines_of(capsys, {"Flask": data}, "frameworks/flask.rst")
    assert (code, lines) == (1, [FLASK_RELEASE, FLASK_ACTIVITY])


def test_a_date_more_than_a_day_off_and_a_newer_page_than_pypi(site, capsys):
    page = site / "frameworks" / "flask.rst"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("3.1.2 (2025-08-19)", "3.1.3 (2026-02-15)"), encoding="utf-8")
    code, lines, _ = lines_of(capsys, both(), "frameworks/flask.rst")
    assert lines[0] == (
        "frameworks/flask.rst:10: latest-release: the page says 3.1.3 (2026-02-15), PyPI says "
        "3.1.3 (2026-02-19) (https://pypi.org/project/Flask/3.1.3/)"
    )
    # a day off is a changelog's local date against PyPI's UTC (Flask's was)
    page.write_text(text.replace("3.1.2 (2025-08-19)", "3.1.3 (2026-02-18)"), encoding="utf-8")
    code, lines, _ = lines_of(capsys, both(), "frameworks/flask.rst")
    assert lines == [FLASK_ACTIVITY]
    # dates of a month are not compared
    page.write_text(text.replace("3.1.2 (2025-08-19)", "3.1.3 (2026-01)"), encoding="utf-8")
    code, lines, _ = lines_of(capsys, both(), "frameworks/flask.rst")
    assert lines == [FLASK_ACTIVITY]
    # a project whose own releases run ahead of PyPI (web2py's did): no drift
    page.write_text(text.replace("3.1.2 (2025-08-19)", "3.3.0 (2026-11-02)"), encoding="utf-8")
    code, lines, _ = lines_of(capsys, both(), "frameworks/flask.rst")
    assert (code, lines) == (1, [FLASK_ACTIVITY])


# -- Errors, timeouts, exit codes, JSON ------------------------------------------------


def test_a_network_error_is_reported_for_its_package_and_the_run_goes_on(site, capsys):
    answers = {"Flask": FetchError("network error: [Errno 111] refused"), **{
        "bottle": recorded("bottle")}}  # fmt: skip
    code, lines, _ = lines_of(capsys, answers)
    assert lines == [
        BOTTLE_ACTIVITY,
        "frameworks/flask.rst:7: pypi: could not check Flask: network error: [Errno 111] "
        "refused (https://pypi.org/pypi/Flask/json)",
    ]
    assert code == 1  # bottle drifted
    code, lines, _ = lines_of(capsys, answers, "frameworks/flask.rst")
    assert code == 3  # no drift, but a package could not be checked


def test_a_bug_in_one_answer_stops_nothing(site, capsys):
    code, lines, _ = lines_of(capsys, {"Flask": ["not", "a", "dict"], "bottle": {}})
    assert lines == [
        "frameworks/flask.rst:7: pypi: could not check Flask: the answer is not a JSON object "
        "(https://pypi.org/pypi/Flask/json)"
    ]
    assert code == 3


def test_bad_arguments_exit_2(site, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--workers", "0"], fetch=fake_fetch({}))
    assert exited.value.code == 2


def test_json_for_other_tools(site, capsys):
    code = main(["--json", *AS_OF_ARG], fetch=fake_fetch(both()))
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    assert set(report) == {"as_of", "checked", "findings", "errors", "written"}
    assert report["as_of"] == "2026-12-01"
    assert report["checked"] == ["frameworks/bottle.rst", "frameworks/flask.rst"]
    assert report["errors"] == [] and report["written"] == []
    assert [f["text"] for f in report["findings"]] == [
        BOTTLE_ACTIVITY, FLASK_RELEASE, FLASK_ACTIVITY,
    ]  # fmt: skip
    assert report["findings"][1] == {
        "path": "frameworks/flask.rst",
        "line": 10,
        "field": "latest-release",
        "page": "3.1.2 (2025-08-19)",
        "pypi": "3.1.3 (2026-02-19)",
        "source": "https://pypi.org/project/Flask/3.1.3/",
        "kind": "newer-release",
        "text": FLASK_RELEASE,
    }


def test_requests_run_at_most_workers_at_once(site):
    running, most = 0, 0
    lock = threading.Lock()
    pages = [site / "frameworks" / "flask.rst"] * 12

    def slow(url: str, timeout: float) -> Any:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        time.sleep(0.02)
        with lock:
            running -= 1
        return recorded("flask")

    report = check(pages, fetch=slow, workers=3, as_of=AS_OF)
    assert len(report.results) == 12
    assert most == 3


class _PyPI(http.server.BaseHTTPRequestHandler):
    """Flask's recorded answer, a 404, a 500, and an answer too slow for the timeout."""

    def do_GET(self) -> None:  # the name http.server calls
        if self.path == "/pypi/Flask/json":
            body = (DATA / "pypi" / "flask.json").read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/pypi/bottle/json":
            time.sleep(1.0)  # longer than the test's timeout
            self.send_error(504)
        elif self.path == "/pypi/broken/json":
            self.send_error(500)
        else:
            self.send_error(404)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def local_pypi() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _PyPI)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/pypi"
    finally:
        server.shutdown()
        server.server_close()


def test_over_http_a_timeout_an_error_and_a_gone_package_each_for_its_page(site, local_pypi):
    """The real fetch function, against a server on this machine, from the command line."""
    for name in ("broken", "gone"):
        text = (site / "frameworks" / "bottle.rst").read_text(encoding="utf-8")
        (site / "frameworks" / f"{name}.rst").write_text(
            text.replace(":pypi: bottle", f":pypi: {name}"), encoding="utf-8"
        )
    started = time.monotonic()
    result = subprocess.run(
        [
            sys.executable, "-m", "framework_comparison", "check-releases",
            "--api", local_pypi, "--timeout", "0.3", *AS_OF_ARG,
        ],
        capture_output=True, text=True, check=False,
        env={"PYTHONPATH": str(REPO / "_ext"), "PATH": ""},
    )  # fmt: skip
    assert time.monotonic() - started < 10
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        "frameworks/flask.rst:10: latest-release: the page says 3.1.2 (2025-08-19), PyPI "
        "says 3.1.3 (2026-02-19) (https://pypi.org/project/Flask/3.1.3/)",
        FLASK_ACTIVITY,
        "frameworks/gone.rst:6: pypi: the page says gone, PyPI says no such project (HTTP "
        "404) (https://pypi.org/project/gone/)",
        "frameworks/bottle.rst:6: pypi: could not check bottle: no answer within 0.3 s "
        f"({local_pypi}/bottle/json)",
        "frameworks/broken.rst:6: pypi: could not check broken: HTTP 500 Internal Server "
        f"Error ({local_pypi}/broken/json)",
    ]
    assert "4 pages checked" in result.stderr


# -- --write ------------------------------------------------------------------------------


def test_write_updates_the_release_and_activity_and_cites_them(site, capsys):
    before = (site / "frameworks" / "flask.rst").read_text(encoding="utf-8")
    code, lines, err = lines_of(capsys, both(), "--write")
    assert lines[-2:] == ["wrote frameworks/bottle.rst", "wrote frameworks/flask.rst"]
    assert code == 0, err  # no drift left
    after = (site / "frameworks" / "flask.rst").read_text(encoding="utf-8")
    assert after == (
        before.replace(
            "   :latest-release: 3.1.2 (2025-08-19)\n",
            "   :latest-release: 3.1.3 (2026-02-19)\n"
            "   :activity: 1 release in 12 months, the last on 2026-02-19 (as of 2026-12-01)\n",
        ).replace(
            "             https://pypi.org/project/Flask/3.1.2/\n",
            "             https://pypi.org/project/Flask/3.1.2/\n"
            "             https://pypi.org/project/Flask/3.1.3/\n"
            "             https://pypi.org/project/Flask/#history\n",
        )
        + "* `PyPI release page of the latest release <https://pypi.org/project/Flask/3.1.3/>`__: "
        "its version and upload date, as ``:latest-release:`` gives them.\n"
        "* `PyPI release history <https://pypi.org/project/Flask/#history>`__: the releases "
        "that ``:activity:`` counts.\n"
    )
    # the prose's citation of 3.1.2 stays: it sources what the prose says of 3.1.2
    assert "(`PyPI <https://pypi.org/project/Flask/3.1.2/>`__)" in after
    assert ":reviewed: 2026-11-26" in after
    bottle = (site / "frameworks" / "bottle.rst").read_text(encoding="utf-8")
    assert (
        ":activity: 0 releases in 12 months, the last on 2025-06-15 (as of 2026-12-01)\n" in bottle
    )
    assert ":reviewed: 2025-11-01" in bottle  # a person's statement: never written
    # once written, the pages agree with PyPI
    code, lines, _ = lines_of(capsys, both())
    assert (code, lines) == (0, [])


def test_write_replaces_only_its_own_citation_of_the_old_release(site, capsys):
    lines_of(capsys, both(), "--write", "frameworks/flask.rst")
    data = recorded("flask")
    data["releases"]["3.1.4"] = [{"upload_time_iso_8601": "2026-11-30T09:00:00Z", "yanked": False}]
    lines_of(capsys, {"Flask": data}, "--write", "frameworks/flask.rst")
    text = (site / "frameworks" / "flask.rst").read_text(encoding="utf-8")
    assert ":latest-release: 3.1.4 (2026-11-30)" in text
    assert "https://pypi.org/project/Flask/3.1.3/" not in text
    assert text.count("https://pypi.org/project/Flask/3.1.4/") == 2  # :sources:, Sources
    assert text.count("https://pypi.org/project/Flask/3.1.2/") == 3  # the person's
    assert ":activity: 2 releases in 12 months, the last on 2026-11-30" in text


def test_write_leaves_a_historical_page_with_a_newer_release_to_a_person(site, capsys):
    page = site / "frameworks" / "flask.rst"
    before = page.read_text(encoding="utf-8").replace(":status: active", ":status: historical")
    page.write_text(before, encoding="utf-8")
    code, lines, err = lines_of(capsys, both(), "--write", "frameworks/flask.rst")
    assert code == 1
    assert lines == [FLASK_RELEASE, FLASK_ACTIVITY]
    assert "not written: frameworks/flask.rst: its status is historical" in err
    assert page.read_text(encoding="utf-8") == before


def test_pages_written_by_write_build_without_warnings(site, capsys, tmp_path):
    lines_of(capsys, both(), "--write")
    project = tmp_path / "project"
    shutil.copytree(REPO / "tests" / "roots" / "test-directive-valid", project)
    for page in ("alpha.rst", "beta.rst", "views.rst"):
        (project / page).unlink()
    for page in ("flask.rst", "bottle.rst"):
        shutil.copy2(site / "frameworks" / page, project / page)
    (project / "index.rst").write_text(
        "Index\n=====\n\n.. toctree::\n\n   flask\n   bottle\n   glossary\n", encoding="utf-8"
    )
    result = run_sphinx(project, tmp_path / "out")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stderr


def test_pages_are_read_as_the_directive_reads_them():
    """On every real page, the fields the check compares hold what the build recorded."""
    built = json.loads((REPO / "tests" / "snapshots" / "frameworks.json").read_text("utf-8"))
    records = {record["slug"]: record for record in built["frameworks"]}
    for path in sorted((REPO / "frameworks").glob("*.rst")):
        if path.stem == "index":
            continue
        page = releases.read_page(str(path), path.read_text(encoding="utf-8"))
        assert page is not None, path
        record = records[path.stem]
        for key in ("pypi", "latest-release", "activity", "python", "reviewed", "status"):
            value = page.get(key)
            assert (" ".join(value.split()) if value else None) == record[key], (path, key)
        assert (page.get("sources") or "").split() == record["sources"], path


def test_a_bundled_licence_in_the_metadata_is_no_drift(site, capsys):
    """Metadata that names bundled code's licence agrees with :bundled-licences:."""
    data = recorded("flask")
    data["info"]["license_expression"] = "BSD-3-Clause AND MIT"
    _, lines, _ = lines_of(capsys, {"Flask": data}, "frameworks/flask.rst")
    assert [line for line in lines if ": licence:" in line]  # MIT is not on the page yet
    page = site / "frameworks" / "flask.rst"
    text = page.read_text(encoding="utf-8")
    page.write_text(
        text.replace(
            ":licence: BSD-3-Clause", ":licence: BSD-3-Clause\n   :bundled-licences: MIT"
        ),
        encoding="utf-8",
    )
    _, lines, _ = lines_of(capsys, {"Flask": data}, "frameworks/flask.rst")
    assert not [line for line in lines if ": licence:" in line]
