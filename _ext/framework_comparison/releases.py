"""``make check-releases``: what PyPI says now, against what each page says.

For every framework page with a ``:pypi:`` field, this reads PyPI's JSON API
(``https://pypi.org/pypi/NAME/json``) and reports drift, one line a finding::

    frameworks/flask.rst:11: latest-release: the page says 3.1.3 (2026-02-18),
    PyPI says 3.2.0 (2026-11-20) (https://pypi.org/project/Flask/3.2.0/)

The findings: a newer latest release, or another date for the page's; a
yanked release; a lowest Python version other than the one ``Requires-Python``
admits; another licence expression in the package metadata (PEP 639); a
package that is gone (HTTP 404); and an ``:activity:`` whose numbers moved.
A network error is reported for its package, and the run goes on. Each
request has a timeout, and at most ``--workers`` run at once.

``--json`` prints the same as one JSON document for other tools. ``--write``
updates ``:latest-release:`` and ``:activity:`` and their citations; it never
touches ``:reviewed:``, which stays a person's statement, nor a fact that
needs a person's reading (Python versions, licence, a package that is gone).

Exit status: 0 when the pages agree with PyPI (after ``--write``: when no drift
is left), 1 when there is drift, 3 when there is none but a package could not
be checked, 2 for a bad command line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from packaging.licenses import InvalidLicenseExpression, canonicalize_license_expression
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import InvalidVersion, Version

from .schema import FIELDS
from .validation import PYPI_HISTORY_URL, Activity, in_window, parse_activity

API = "https://pypi.org/pypi"
PROJECT_URL = "https://pypi.org/project/{}/"
RELEASE_URL = "https://pypi.org/project/{}/{}/"
TIMEOUT = 10.0
WORKERS = 8
USER_AGENT = "python-web-frameworks-overview check-releases (urllib)"

#: ``(url, timeout)`` -> the decoded JSON; raises :class:`NotFoundError` or :class:`FetchError`.
Fetch = Callable[[str, float], Any]

_DIRECTIVE = re.compile(r"\.\. framework::")
_FIELD = re.compile(r"(?P<indent>\s+):(?P<key>[^:\s][^:]*):(?:\s+(?P<value>.*))?$")
_RELEASE = re.compile(r"(?P<version>\S+) \((?P<date>[^,)]*)")
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PYTHON_VERSION = re.compile(r"([23])\.(\d{1,2})")
_ORDER = [fld.key for fld in FIELDS]


class NotFoundError(Exception):
    """PyPI has no such project (HTTP 404)."""


class FetchError(Exception):
    """The request failed: network, timeout, an HTTP error other than 404, bad JSON."""


def fetch_json(url: str, timeout: float) -> Any:
    """GET *url* and decode its JSON, within *timeout* seconds."""
    request = urllib.request.Request(
        url, headers={"Accept": "application/json", "User-Agent": USER_AGENT}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            raise NotFoundError(url) from exc
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise FetchError(f"no answer within {timeout:g} s") from exc
        raise FetchError(f"network error: {reason}") from exc
    except TimeoutError as exc:
        raise FetchError(f"no answer within {timeout:g} s") from exc
    except OSError as exc:
        raise FetchError(f"network error: {exc}") from exc
    try:
        return json.loads(body)
    except ValueError as exc:
        raise FetchError(f"the answer is not JSON ({exc})") from exc


# -- Reading pages --------------------------------------------------------------


@dataclass(frozen=True)
class FieldLines:
    """One field of the directive: its value and where it stands (0-based lines)."""

    key: str
    value: str
    first: int
    end: int  # one past its last continuation line
    indent: str

    @property
    def line(self) -> int:
        """The 1-based line number a finding names."""
        return self.first + 1


@dataclass(frozen=True)
class Page:
    """A framework page's lines and the fields of its directive."""

    path: str
    lines: tuple[str, ...]
    fields: dict[str, FieldLines]
    #: one past the directive's last line (its field list, summary and all)
    directive_end: int

    def get(self, key: str) -> str | None:
        found = self.fields.get(key)
        return found.value if found else None


def read_page(path: str, text: str) -> Page | None:
    """The fields of the page's ``framework`` directive, as the directive reads them."""
    lines = tuple(text.splitlines())
    start = next((i for i, line in enumerate(lines) if _DIRECTIVE.match(line)), None)
    if start is None:
        return None
    fields: dict[str, FieldLines] = {}
    current: FieldLines | None = None
    index = start + 1
    while index < len(lines) and lines[index].strip():
        line = lines[index]
        match = _FIELD.match(line)
        if match and (current is None or len(match["indent"]) <= len(current.indent)):
            current = FieldLines(
                match["key"].strip().lower(), match["value"] or "", index, index + 1,
                match["indent"],
            )  # fmt: skip
            fields.setdefault(current.key, current)
        elif current is not None and line[:1].isspace():
            grown = FieldLines(
                current.key, f"{current.value}\n{line.strip()}", current.first, index + 1,
                current.indent,
            )  # fmt: skip
            if fields.get(current.key) == current:
                fields[current.key] = grown
            current = grown
        index += 1
    end = index
    while end < len(lines) and (not lines[end].strip() or lines[end][:1].isspace()):
        end += 1
    return Page(path, lines, fields, end)


# -- What PyPI says --------------------------------------------------------------


@dataclass(frozen=True)
class Release:
    version: str
    #: the day (UTC) its first file was uploaded
    date: dt.date
    yanked: bool
    yanked_reason: str = ""
    #: the Requires-Python its files declare, when they all declare the same
    requires_python: str = ""


def releases_of(data: dict[str, Any]) -> dict[str, Release]:
    """Every release with a file, by version; yanked if all its files are."""
    found: dict[str, Release] = {}
    for version, files in (data.get("releases") or {}).items():
        days = [
            dt.date.fromisoformat(str(day)[:10])
            for file in files
            if (day := file.get("upload_time_iso_8601") or file.get("upload_time"))
        ]
        if not days:
            continue
        yanked = all(file.get("yanked") for file in files)
        reason = next((f.get("yanked_reason") or "" for f in files if f.get("yanked")), "")
        requires = {str(f.get("requires_python") or "") for f in files}
        found[version] = Release(
            version, min(days), yanked, reason if yanked else "",
            requires.pop() if len(requires) == 1 else "",
        )  # fmt: skip
    return found


def _version(text: str) -> Version | None:
    try:
        return Version(text)
    except InvalidVersion:
        return None


def newest_release(data: dict[str, Any], releases: dict[str, Release]) -> Release | None:
    """The newest release that is neither a pre-release nor yanked."""
    stable = [
        (parsed, release)
        for release in releases.values()
        if not release.yanked
        and (parsed := _version(release.version)) is not None
        and not parsed.is_prerelease
    ]
    if stable:
        return max(stable, key=lambda pair: pair[0])[1]
    return releases.get(str((data.get("info") or {}).get("version")))


def activity_of(releases: dict[str, Release], as_of: dt.date) -> Activity | None:
    """Releases (not yanked, pre-releases included) in the 12 months to *as_of*."""
    days = [r.date for r in releases.values() if not r.yanked and r.date <= as_of]
    if not days:
        return None
    return Activity(sum(in_window(day, as_of) for day in days), max(days), as_of)


def lowest_python(requires: str) -> tuple[int, int] | None:
    """The lowest Python minor version that a ``Requires-Python`` admits."""
    try:
        spec = SpecifierSet(requires)
    except InvalidSpecifier:
        return None
    for major, minors in ((2, range(8)), (3, range(40))):
        for minor in minors:
            if spec.contains(f"{major}.{minor}.99"):
                return (major, minor)
    return None


def _licence(expression: str) -> str:
    try:
        return str(canonicalize_license_expression(expression))
    except InvalidLicenseExpression:
        return expression


# -- Comparing ---------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One difference between a page and PyPI (or, kind "error", a failed check)."""

    path: str
    line: int
    field: str
    page: str
    pypi: str
    source: str
    kind: str

    def __str__(self) -> str:
        if self.kind == "error":
            return (
                f"{self.path}:{self.line}: {self.field}: could not check {self.page}: "
                f"{self.pypi} ({self.source})"
            )
        return (
            f"{self.path}:{self.line}: {self.field}: the page says {self.page}, "
            f"PyPI says {self.pypi} ({self.source})"
        )


#: What ``--write`` fixes; the other kinds need a person.
WRITABLE = {"newer-release", "release-date", "yanked", "activity"}


@dataclass
class Result:
    """What one page's check found, and what ``--write`` would set."""

    page: Page
    findings: list[Finding] = field(default_factory=list)
    newest: Release | None = None
    activity: Activity | None = None


def check_page(page: Page, fetch: Fetch, api: str, timeout: float, as_of: dt.date) -> Result:
    """Compare one page with PyPI's JSON for its ``:pypi:`` name; never raises."""
    result = Result(page)
    name = (page.get("pypi") or "").strip()
    pypi_line = page.fields["pypi"].line

    def finding(key: str, says: str, pypi: str, source: str, kind: str) -> None:
        line = page.fields[key].line if key in page.fields else pypi_line
        result.findings.append(Finding(page.path, line, key, says, pypi, source, kind))

    url = f"{api.rstrip('/')}/{name}/json"
    try:
        data = fetch(url, timeout)
    except NotFoundError:
        finding("pypi", name, "no such project (HTTP 404)", PROJECT_URL.format(name), "gone")
        return result
    except FetchError as exc:
        finding("pypi", name, str(exc), url, "error")
        return result
    except Exception as exc:  # one package's failure never stops the run
        finding("pypi", name, f"{type(exc).__name__}: {exc}", url, "error")
        return result
    if not isinstance(data, dict):
        finding("pypi", name, "the answer is not a JSON object", url, "error")
        return result
    info = data.get("info") or {}
    releases = releases_of(data)
    newest = result.newest = newest_release(data, releases)
    _compare_release(page, name, releases, newest, finding)
    if newest is not None:
        source = RELEASE_URL.format(name, newest.version)
        # The files' own metadata: the project-wide "info" can lag behind it.
        requires = newest.requires_python or str(info.get("requires_python") or "")
        _compare_python(page, requires, source, finding)
        _compare_licence(page, str(info.get("license_expression") or ""), source, finding)
    result.activity = activity_of(releases, as_of)
    if result.activity is not None:
        stated = parse_activity(page.get("activity") or "")
        now = result.activity
        if stated is None or (stated.count, stated.last) != (now.count, now.last):
            says = str(stated) if stated else "nothing (no :activity:)"
            finding("activity", says, str(now), PYPI_HISTORY_URL.format(name), "activity")
    return result


def _compare_release(
    page: Page,
    name: str,
    releases: dict[str, Release],
    newest: Release | None,
    finding: Callable[[str, str, str, str, str], None],
) -> None:
    value = " ".join((page.get("latest-release") or "").split())
    match = _RELEASE.match(value)
    says = value or "nothing (no :latest-release:)"
    if match is not None:
        stated = releases.get(match["version"]) or next(
            (
                r
                for v, r in releases.items()
                if _version(v) and _version(v) == _version(match["version"])
            ),
            None,
        )
        if stated is not None and stated.yanked:
            reason = f": {stated.yanked_reason}" if stated.yanked_reason else ""
            finding(
                "latest-release", says, f"{stated.version} is yanked{reason}",
                RELEASE_URL.format(name, stated.version), "yanked",
            )  # fmt: skip
    if newest is None:
        return
    shown = f"{newest.version} ({newest.date.isoformat()})"
    source = RELEASE_URL.format(name, newest.version)
    if match is None:
        finding("latest-release", says, shown, source, "newer-release")
        return
    page_version, newest_version = _version(match["version"]), _version(newest.version)
    if page_version is None or newest_version is None:
        if match["version"] != newest.version:
            finding("latest-release", says, shown, source, "newer-release")
    elif newest_version > page_version:
        finding("latest-release", says, shown, source, "newer-release")
    elif newest_version == page_version and not _same_day(match["date"], newest.date):
        finding("latest-release", says, shown, source, "release-date")
    # An older newest release than the page's: PyPI lags behind the project's
    # own releases (the page cites those), which is no drift of the page.


def _same_day(stated: str, uploaded: dt.date) -> bool:
    """Whether the page's date is the upload's, to a day: a changelog's date is
    local time, PyPI's is UTC. Dates of a month or a year are not compared."""
    if not _FULL_DATE.fullmatch(stated):
        return True
    return abs((dt.date.fromisoformat(stated) - uploaded).days) <= 1


def _compare_python(
    page: Page, requires: str, source: str, finding: Callable[[str, str, str, str, str], None]
) -> None:
    value = page.get("python")
    if not requires or not value:
        return
    stated = [(int(a), int(b)) for a, b in _PYTHON_VERSION.findall(value)]
    lowest = lowest_python(requires)
    if not stated or lowest != min(stated):
        said = " ".join(value.split())
        finding("python", said, f"Requires-Python {requires}", source, "python")


def _compare_licence(
    page: Page, expression: str, source: str, finding: Callable[[str, str, str, str, str], None]
) -> None:
    """Drift: the metadata names an SPDX licence that the page does not.

    Package metadata often names the licences of bundled files too, so the
    page's ``:licence:`` and ``:bundled-licences:`` together are compared. A
    ``LicenseRef-`` is a project's private name, which only the licence text
    can compare.
    """
    value = " ".join((page.get("licence") or "").split())
    if not expression or not value:
        return
    bundled = " ".join((page.get("bundled-licences") or "").split())
    stated = set(_identifiers(_licence(value)))
    if bundled:
        stated |= set(_identifiers(_licence(bundled)))
    missing = [i for i in _identifiers(_licence(expression)) if i not in stated]
    if [i for i in missing if not i.startswith("LicenseRef-")]:
        finding("licence", value, f"License-Expression {expression}", source, "licence")


def _identifiers(expression: str) -> list[str]:
    return [
        token
        for token in re.findall(r"[A-Za-z0-9.+-]+", expression)
        if token not in {"AND", "OR", "WITH"}
    ]


# -- Writing ---------------------------------------------------------------------


def needs_a_person(result: Result) -> str:
    """Why ``--write`` leaves this page alone, or an empty string."""
    kinds = {f.kind for f in result.findings}
    if result.page.get("status") == "historical" and "newer-release" in kinds:
        return (
            "its status is historical, yet PyPI has a newer release: the project came "
            "back, or a successor took its name; a person decides"
        )
    return ""


def write_page(result: Result) -> str | None:
    """The page's new text with the fixes ``--write`` makes, or None if none apply."""
    if needs_a_person(result):
        return None
    kinds = {f.kind for f in result.findings}
    page = result.page
    text = "\n".join(page.lines) + "\n"
    name = (page.get("pypi") or "").strip()
    if kinds & {"newer-release", "release-date", "yanked"} and result.newest:
        newest = result.newest
        text = set_field(text, page.path, "latest-release", f"{newest.version} ({newest.date})")
        old = _RELEASE.match(" ".join((page.get("latest-release") or "").split()))
        text = cite_release(text, page.path, name, old["version"] if old else None, newest)
    if "activity" in kinds and result.activity is not None:
        text = set_field(text, page.path, "activity", str(result.activity))
        text = cite(
            text, page.path, PYPI_HISTORY_URL.format(name), "PyPI release history",
            "the releases that ``:activity:`` counts.",
        )  # fmt: skip
    return None if text == "\n".join(page.lines) + "\n" else text


def _reread(text: str, path: str) -> Page:
    page = read_page(path, text)
    if page is None:  # cannot happen: the text was read as a page before
        raise ValueError(f"{path}: no framework directive")
    return page


def set_field(text: str, path: str, key: str, value: str) -> str:
    """Set one field to a one-line *value*, in place or in its declaration order."""
    page = _reread(text, path)
    lines = list(page.lines)
    found = page.fields.get(key)
    if found is not None:
        lines[found.first : found.end] = [f"{found.indent}:{key}: {value}"]
    else:
        before = _ORDER[: _ORDER.index(key)]
        after = [page.fields[k] for k in before if k in page.fields]
        anchor = max(after, key=lambda f: f.end) if after else next(iter(page.fields.values()))
        lines.insert(anchor.end if after else anchor.first, f"{anchor.indent}:{key}: {value}")
    return "\n".join(lines) + "\n"


#: The words of the Sources line that ``--write`` adds for the latest release.
_RELEASE_LABEL = "PyPI release page of the latest release"


def cite_release(text: str, path: str, name: str, old_version: str | None, newest: Release) -> str:
    """Cite the new release's PyPI page in place of the old one's, or beside it.

    The old version's page is replaced only where this tool cited it, for the
    latest release alone: in ``:sources:`` and in its own line of the Sources
    section, whose words name no version. Where a person cited it, for what
    the page says of that release, it stays, and the new page is added.
    """
    new_url = RELEASE_URL.format(name, newest.version)
    if old_version is not None and old_version != newest.version:
        old = re.compile(
            re.escape("https://pypi.org/project/") + re.escape(name) + "/"
            + re.escape(old_version) + "/", re.IGNORECASE,
        )  # fmt: skip
        page = _reread(text, path)
        sources = page.fields.get("sources")
        body = page.lines[sources.end if sources else page.directive_end :]
        citing = [line for line in body if old.search(line)]
        if citing and all(line.startswith(f"* `{_RELEASE_LABEL} <") for line in citing):
            return old.sub(new_url, text)
    return cite(
        text, path, new_url, _RELEASE_LABEL,
        "its version and upload date, as ``:latest-release:`` gives them.",
    )  # fmt: skip


def cite(text: str, path: str, url: str, label: str, what: str) -> str:
    """List *url* in ``:sources:`` and cite it in the Sources section, unless it is."""
    page = _reread(text, path)
    lines = list(page.lines)
    sources = page.fields.get("sources")
    if sources is None:
        raise ValueError(f"{path}: no :sources: field")
    if url not in sources.value.split():
        first = re.match(r"\s*:sources:\s*", lines[sources.first])
        lines.insert(sources.end, " " * (first.end() if first else 0) + url)
    body = lines[page.directive_end :]
    if not any(f"<{url}>" in line for line in body):
        while lines and not lines[-1].strip():
            lines.pop()
        if lines and not lines[-1].startswith(("* ", "  ")):
            lines.append("")
        lines.append(f"* `{label} <{url}>`__: {what}")
    return "\n".join(lines) + "\n"


# -- Running -----------------------------------------------------------------------


@dataclass
class Report:
    as_of: dt.date
    results: list[Result]
    written: list[str] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.results for f in r.findings if f.kind != "error"]

    @property
    def errors(self) -> list[Finding]:
        return [f for r in self.results for f in r.findings if f.kind == "error"]

    def drift_left(self) -> list[Finding]:
        fixed = {r.page.path for r in self.results if not needs_a_person(r)}
        return [f for f in self.findings if not (f.path in fixed and f.kind in WRITABLE)]

    def as_json(self) -> dict[str, object]:
        return {
            "as_of": self.as_of.isoformat(),
            "checked": [r.page.path for r in self.results],
            "findings": [{**asdict(f), "text": str(f)} for f in self.findings],
            "errors": [{**asdict(f), "text": str(f)} for f in self.errors],
            "written": self.written,
        }


def check(
    paths: Sequence[Path],
    *,
    fetch: Fetch = fetch_json,
    api: str = API,
    timeout: float = TIMEOUT,
    workers: int = WORKERS,
    as_of: dt.date | None = None,
) -> Report:
    """Check every page of *paths* that has a ``:pypi:`` field, at most *workers* at once."""
    day = as_of or dt.datetime.now(dt.UTC).date()
    pages = []
    for path in paths:
        page = read_page(str(path), path.read_text(encoding="utf-8"))
        if page is not None and (page.get("pypi") or "").strip():
            pages.append(page)
    if not pages:
        return Report(day, [])
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(pages)))) as pool:
        results = list(pool.map(lambda p: check_page(p, fetch, api, timeout, day), pages))
    return Report(day, results)


def main(argv: Sequence[str] | None = None, *, fetch: Fetch = fetch_json) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m framework_comparison check-releases",
        description="Compare the framework pages with PyPI's JSON API and report drift.",
    )
    parser.add_argument("pages", nargs="*", type=Path, help="pages (default: frameworks/*.rst)")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument(
        "--write", action="store_true",
        help="update :latest-release: and :activity: and their citations (never :reviewed:)",
    )  # fmt: skip
    parser.add_argument("--api", default=API, help=f"the JSON API's base URL ({API})")
    parser.add_argument("--timeout", type=float, default=TIMEOUT, help="seconds per request")
    parser.add_argument("--workers", type=int, default=WORKERS, help="requests at once")
    parser.add_argument("--as-of", type=dt.date.fromisoformat, help="count activity to DATE")
    args = parser.parse_args(argv)
    if args.timeout <= 0 or args.workers < 1:
        parser.error("--timeout must be above 0 and --workers at least 1")
    paths = args.pages or sorted(Path("frameworks").glob("*.rst"))
    report = check(
        paths, fetch=fetch, api=args.api, timeout=args.timeout, workers=args.workers,
        as_of=args.as_of,
    )  # fmt: skip
    if args.write:
        for result in report.results:
            reason = needs_a_person(result)
            if reason:
                print(f"not written: {result.page.path}: {reason}", file=sys.stderr)
            new = write_page(result)
            if new is not None:
                Path(result.page.path).write_text(new, encoding="utf-8")
                report.written.append(result.page.path)
    if args.json:
        print(json.dumps(report.as_json(), indent=2))
    else:
        for found in report.findings + report.errors:
            print(found)
        for path in report.written:
            print(f"wrote {path}")
    left = report.drift_left() if args.write else report.findings
    print(
        f"check-releases: {len(report.results)} pages checked against PyPI as of "
        f"{report.as_of}: {len(report.findings)} findings, {len(report.errors)} not checked"
        + (f", {len(report.written)} pages written" if args.write else ""),
        file=sys.stderr,
    )
    if left:
        return 1
    return 3 if report.errors else 0
