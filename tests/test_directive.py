"""The framework directive: valid records, and an exact, located warning for each mistake.

Each mistake is a case of one test: an edit to the valid Alpha page of
``roots/test-directive-valid`` and the exact warnings the build must give,
side by side. Roots of their own are kept for mistakes that need several pages.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from framework_comparison.domain import get_domain
from framework_comparison.schema import CRITERIA, FIELDS

from .conftest import run_sphinx, warnings_of

VALID_ROOT = "test-directive-valid"
KEYS = [fld.key for fld in FIELDS]
#: the page of the valid root that the mistakes are made on
PAGE = "alpha.rst"
LICENCE_URL = "https://github.com/example/alpha/blob/main/LICENSE"
DOCS_URL = "https://alpha.example.org/docs/"
#: the valid page's :sources: field (lines 22-23), followed by today's criteria (24-31)
SOURCES = f"   :sources: {LICENCE_URL}\n             {DOCS_URL}\n"


def cited(*urls: str) -> str:
    """A Sources section that cites *urls*."""
    return "\nSources\n=======\n\n" + "".join(f"* `{url} <{url}>`__\n" for url in urls)


#: the valid page's Sources section
CITED = cited(LICENCE_URL, DOCS_URL)


def after_the_fields(line: str) -> tuple[str, str]:
    """An edit that adds *line* after :sources:, as line 24 of the page."""
    return (SOURCES, f"{SOURCES}   {line}\n")


def drop(line: str) -> tuple[str, str]:
    return (f"{line}\n", "")


@dataclass(frozen=True)
class Mistake:
    """One mistake made on the valid page, and what the build must say about it."""

    id: str
    #: ``(old, new)`` replacements on the page; each old text occurs there once
    edits: tuple[tuple[str, str], ...]
    #: the build's warnings, exactly, with the source folder cut from the paths
    warnings: tuple[str, ...]
    #: the record's fields that differ from the valid Alpha's (None: dropped);
    #: every other field must be as on the valid page. None: no record is made.
    record: dict[str, object] | None = field(default_factory=dict)
    #: the record's name, when the edit changes it
    name: str = "Alpha"
    #: text that the page's HTML must hold, and must not
    html_has: tuple[str, ...] = ()
    html_lacks: tuple[str, ...] = ()


HISTORY_URL = "https://pypi.org/project/alpha-web/#history"
RECENT_LAST = "the last on 2026-10-01 (as of 2026-11-20)"
OLD_LAST = "the last on 2024-01-05 (as of 2026-11-20)"
ACTIVITY = f":activity: 2 releases in 12 months, {RECENT_LAST}"
GUIDE = "the fields are listed in the contributing guide"
GLOSSARY = "the terms are listed in the glossary"
TOO_LONG = "An example framework, described at far too great a length " * 2
DROPPED = "the link was dropped (write it as http:// or https://)"

MISTAKES = [
    Mistake(
        "unknown-option",
        (after_the_fields(":envirnoment: import"),),
        (
            "alpha.rst:24: WARNING: unknown field :envirnoment: (did you mean :environment: "
            f"or :development:?); {GUIDE} [framework.option]",
        ),
    ),
    Mistake(
        "duplicate-option",
        (after_the_fields(":status: dormant"),),
        (
            "alpha.rst:24: WARNING: the :status: field is given twice (first on line 11); "
            "the first value was kept [framework.duplicate_option]",
        ),
        record={"status": "active"},
    ),
    Mistake(
        "vocabulary",
        (
            ("   :deployment: WSGI, CGI\n", "   :deployment: WSGI, CGl, mod_wsgi\n"),
            ("   :sessions: server-side sessions\n", "   :sessions: none, server-side sessions\n"),
        ),
        (
            "alpha.rst:13: WARNING: 'CGl' is not a term of :deployment: (did you mean "
            f"'CGI'?); {GLOSSARY} [framework.vocabulary]",
            "alpha.rst:13: WARNING: 'mod_wsgi' is not a term of :deployment: (did you mean "
            f"'WSGI'?); {GLOSSARY} [framework.vocabulary]",
            "alpha.rst:17: WARNING: 'none' cannot be combined with other terms in :sessions:; "
            "'none' was dropped [framework.vocabulary]",
        ),
        record={"deployment": ("WSGI",), "sessions": ("server-side sessions",)},
    ),
    Mistake(
        "kind-and-tagline",
        (
            (
                ".. framework:: Alpha\n",
                ".. framework:: Alpha\n   :kind: toolkit, micro-framework\n"
                f"   :tagline: {TOO_LONG}\n",
            ),
        ),
        (
            "alpha.rst:5: WARNING: :kind: takes one term, not 2; 'toolkit' was kept and "
            "'microframework' dropped [framework.vocabulary]",
            "alpha.rst:6: WARNING: the :tagline: value is 115 characters long; keep it to 80 "
            "at most (one line). The value was kept [framework.length]",
        ),
        record={
            "kind": ("toolkit",),
            "tagline": TOO_LONG.strip(),
        },
    ),
    Mistake(
        "spdx",
        (("   :licence: MIT\n", "   :licence: MIT-ish\n"),),
        (
            "alpha.rst:8: WARNING: 'MIT-ish' is not a valid SPDX licence expression (Unknown "
            "license: 'mit-ish'); use an identifier from https://spdx.org/licenses/, "
            "LicenseRef-<Name> for a licence with no SPDX identifier, or 'unknown' "
            "[framework.licence]",
        ),
        record={"licence": None},
    ),
    Mistake(
        "url",
        (
            (
                "   :repository: https://github.com/example/alpha\n",
                "   :repository: ftp://example.org/alpha\n",
            ),
            (SOURCES, "   :sources: https://example.org/ok javascript:alert(1)\n"),
            (CITED, cited("https://example.org/ok")),
        ),
        (
            "alpha.rst:6: WARNING: the :repository: value 'ftp://example.org/alpha' is not an "
            f"http(s) URL; {DROPPED} [framework.url]",
            "alpha.rst:22: WARNING: the :sources: value 'javascript:alert(1)' is not an http(s) "
            f"URL; {DROPPED} [framework.url]",
        ),
        record={"repository": None, "sources": ("https://example.org/ok",)},
        html_lacks=('href="ftp:', 'href="javascript:'),
    ),
    Mistake(
        "missing",
        (
            drop("   :licence: MIT"),
            drop("   :status: active"),
            drop("   :persistence: none"),
            drop("   :reviewed: 2026-11-20"),
            (SOURCES, ""),
            (CITED, ""),
        ),
        (
            "alpha.rst:4: WARNING: missing required field :licence:; write an SPDX licence "
            "expression such as MIT, LicenseRef-Name for a licence with no SPDX identifier, "
            "or unknown [framework.missing]",
            "alpha.rst:4: WARNING: missing required field :status:; write one of: active, "
            "maintained, dormant, historical [framework.missing]",
            "alpha.rst:4: WARNING: missing required field :persistence:; write terms from the "
            "glossary, comma-separated; or none (verified absence) or unknown (not verified), "
            "alone [framework.missing]",
            "alpha.rst:4: WARNING: missing required field :reviewed:; write an ISO 8601 date, "
            "YYYY-MM-DD, not in the future [framework.missing]",
            "alpha.rst:4: WARNING: missing required field :sources:; write one or more http:// "
            "or https:// URLs, one per line, primary sources first [framework.missing]",
        ),
        record={
            "licence": None,
            "status": None,
            "persistence": None,
            "reviewed": None,
            "sources": None,
        },
    ),
    Mistake(
        "malformed-year-future-date",
        (
            ("   :first-release: 2004\n", "   :first-release: 05\n"),
            ("   :latest-release: 2.1 (2026-03-10)\n", "   :latest-release: x\n"),
            ("   :reviewed: 2026-11-20\n", "   :reviewed: 2999-01-01\n"),
        ),
        (
            "alpha.rst:9: WARNING: the :first-release: value '05' is not a date such as 2005, "
            "2005-07 or 2005-07-21 (or 'unknown') [framework.date]",
            "alpha.rst:10: WARNING: the :latest-release: value 'x' is not a version and a "
            "date; write a version, then its date in brackets as YYYY-MM-DD, YYYY-MM or "
            "YYYY, with an optional note after a comma: 2.1 (2026-03-10) or 1.50 (2008-10, "
            "per the Python wiki); or 2.3 (date unknown) [framework.release]",
            "alpha.rst:21: WARNING: the :reviewed: date 2999-01-01 is in the future "
            "[framework.date]",
        ),
        record={"first-release": None, "latest-release": None, "reviewed": None},
    ),
    Mistake(
        "future-year-impossible-date",
        (
            ("   :first-release: 2004\n", "   :first-release: 2999\n"),
            ("   :reviewed: 2026-11-20\n", "   :reviewed: 2026-02-30\n"),
        ),
        (
            "alpha.rst:9: WARNING: the :first-release: date 2999 is in the future "
            "[framework.date]",
            "alpha.rst:21: WARNING: the :reviewed: value '2026-02-30' is not an ISO date "
            "(YYYY-MM-DD, for example 2026-11-24) [framework.date]",
        ),
        record={"first-release": None, "reviewed": None},
    ),
    Mistake(
        "empty-argument",
        ((".. framework:: Alpha\n", ".. framework::\n"),),
        (
            "alpha.rst:4: WARNING: the framework directive needs a name: '.. framework:: "
            "Name'; this record was skipped [framework.argument]",
        ),
        record=None,
    ),
    Mistake(
        "name-without-letters",
        ((".. framework:: Alpha\n", ".. framework:: !!!\n"),),
        (
            "alpha.rst:4: WARNING: the framework name '!!!' has no letter or digit to make its "
            "page anchor and link from; this record was skipped [framework.argument]",
        ),
        record=None,
    ),
    Mistake(
        "status",
        (("   :status: active\n", "   :status: activ\n"),),
        (
            "alpha.rst:11: WARNING: unknown :status: 'activ' (did you mean 'active'?); use one "
            "of: active, maintained, dormant, historical [framework.status]",
        ),
        record={"status": None},
    ),
    Mistake(
        "stray-line",
        (("   :background: unknown\n", "   :background: unknown\n   licence MIT\n"),),
        (
            "alpha.rst:32: WARNING: expected a field such as ':licence: MIT' but found "
            "'licence MIT'; leave a blank line between the fields and the summary "
            "[framework.syntax]",
        ),
    ),
    Mistake(
        "unknown-reference",
        (
            (
                "See also :framework:`Beta`.\n",
                "See :framework:`Alpah` and :framework:`alpha`.\n",
            ),
        ),
        (
            "alpha.rst:35: WARNING: unknown framework 'Alpah' in :framework: reference "
            "(did you mean 'Alpha'?) [framework.reference]",
        ),
        # the reference that is right, in another case, still links
        html_has=('href="#framework-alpha"',),
    ),
    Mistake(
        "citations-and-sources-disagree",
        (
            (
                "See also :framework:`Beta`.\n",
                "Licence\n=======\n\nAlpha is MIT licensed, says its `licence file\n"
                f"<{LICENCE_URL}>`__ and its\n`blog <https://blog.example.org/alpha>`__.\n",
            ),
            (f"* `{DOCS_URL} <{DOCS_URL}>`__\n", ""),
        ),
        (
            "alpha.rst:38: WARNING: https://blog.example.org/alpha is cited on the page but "
            "missing from :sources:; add it there [framework.sources]",
            "alpha.rst:4: WARNING: https://alpha.example.org/docs/ is in :sources: but cited "
            "nowhere on the page; cite it where it supports a fact and in the Sources "
            "section [framework.sources]",
        ),
    ),
    Mistake(
        "activity-form",
        (after_the_fields(":activity: lots of releases"),),
        (
            "alpha.rst:24: WARNING: the :activity: value 'lots of releases' is not in its "
            "form; write the releases on PyPI in the 12 months to a date, the last one's "
            "date, and that date: 5 releases in 12 months, the last on 2026-11-20 (as of "
            "2026-12-01); make check-releases O=--write fills it in [framework.activity]",
        ),
    ),
    Mistake(
        "activity-numbers-disagree",
        (after_the_fields(f":activity: 3 releases in 12 months, {OLD_LAST}"),),
        (
            "alpha.rst:24: WARNING: the :activity: value counts 3 in the 12 months to "
            "2026-11-20, but its last release (2024-01-05) is older than that; run make "
            "check-releases [framework.activity]",
        ),
    ),
    Mistake(
        "activity-grammar",
        (after_the_fields(f":activity: 1 releases in 12 months, {RECENT_LAST}"),),
        (
            "alpha.rst:24: WARNING: the :activity: value should read '1 release in 12 "
            "months, the last on 2026-10-01 (as of 2026-11-20)'; run make check-releases "
            "[framework.activity]",
        ),
    ),
    Mistake(
        "activity-unsourced",
        (after_the_fields(ACTIVITY),),
        (
            "alpha.rst:24: WARNING: the :activity: field comes from PyPI's release history, "
            f"{HISTORY_URL}, which :sources: does not list; add it there and cite it in the "
            "Sources section [framework.activity]",
        ),
    ),
    Mistake(
        "activity-without-pypi",
        (drop("   :pypi: alpha-web"), after_the_fields(ACTIVITY)),
        (
            "alpha.rst:23: WARNING: the :activity: field counts releases on PyPI, but the "
            "page has no :pypi: name; add :pypi: or delete :activity: [framework.activity]",
        ),
        record={"pypi": None},
    ),
    Mistake(
        "markup-in-values",
        (
            (".. framework:: Alpha\n", ".. framework:: <b>Bold</b>\n"),
            ("   Alpha is a small example framework.\n", "   <script>alert(1)</script> text.\n"),
        ),
        (),
        name="<b>Bold</b>",
        # the card's title is the tagline, not the name: the name shows in the index
        html_lacks=("<b>Bold</b>", "<script>alert(1)</script>"),
    ),
]


@pytest.fixture
def edited_root(rootdir: Path, tmp_path: Path) -> Callable[..., Path]:
    """Copy the valid root and make *edits* to its Alpha page; return the copy."""

    def edit(*edits: tuple[str, str]) -> Path:
        srcdir = tmp_path / "src"
        shutil.copytree(rootdir / VALID_ROOT, srcdir)
        page = srcdir / PAGE
        text = page.read_text(encoding="utf-8")
        for old, new in edits:
            assert text.count(old) == 1, f"{PAGE} holds {old!r} {text.count(old)} times"
            text = text.replace(old, new)
        page.write_text(text, encoding="utf-8")
        return srcdir

    return edit


@pytest.fixture(scope="module")
def valid_alpha(rootdir: Path, tmp_path_factory) -> dict[str, object]:
    """The Alpha record's fields, as the valid page gives them."""
    srcdir = tmp_path_factory.mktemp("valid") / "src"
    shutil.copytree(rootdir / VALID_ROOT, srcdir)
    app = SphinxTestApp("dummy", srcdir=srcdir)
    try:
        app.build()
        (alpha,) = (r for r in get_domain(app.env).records() if r.name == "Alpha")
    finally:
        app.cleanup()
    return {key: alpha.get(key) for key in KEYS}


def relative_warnings(app) -> list[str]:
    """The build's warnings, with the source folder cut from the paths."""
    prefix = f"{app.srcdir}/"
    return [line.replace(prefix, "") for line in warnings_of(app)]


@pytest.mark.sphinx("html", testroot="directive-valid")
def test_valid_project_builds_without_warnings(app):
    app.build()
    assert warnings_of(app) == []


@pytest.mark.sphinx("html", testroot="directive-valid")
def test_records_keep_every_field(app):
    app.build()
    records = {record.name: record for record in get_domain(app.env).records()}
    assert sorted(records) == ["Alpha", "Beta"]
    alpha = records["Alpha"]
    assert alpha.get("licence") == "MIT"
    assert alpha.get("deployment") == ("WSGI", "CGI")
    assert alpha.get("persistence") == ("none",)
    assert alpha.get("authentication") == ("unknown",)
    assert alpha.get("sources") == (LICENCE_URL, DOCS_URL)
    assert alpha.summary == "Alpha is a small example framework."
    assert records["Beta"].get("homepage") is None


@pytest.mark.sphinx("html", testroot="directive-valid")
def test_card_links_terms_licence_and_homepage(app):
    app.build()
    html = (app.outdir / "alpha.html").read_text(encoding="utf-8")
    assert 'id="framework-alpha"' in html
    assert "sd-card" in html
    assert 'href="https://spdx.org/licenses/MIT.html"' in html
    assert 'href="https://pypi.org/project/alpha-web/"' in html
    assert 'href="glossary.html#term-WSGI"' in html
    assert 'class="xref std std-term fw-none"' in html
    assert 'class="xref std std-term fw-unknown"' in html
    # the :framework: role links to the other page's card
    assert 'href="beta.html#framework-beta"' in html


def test_activity_shows_on_the_card_as_a_sourced_dated_fact(edited_root, make_app):
    app = make_app(
        "html",
        srcdir=edited_root(
            (SOURCES, f"{SOURCES}             {HISTORY_URL}\n   {ACTIVITY}\n"),
            (CITED, cited(LICENCE_URL, DOCS_URL, HISTORY_URL)),
        ),
    )
    app.build()
    assert relative_warnings(app) == []
    (record,) = (r for r in get_domain(app.env).records() if r.name == "Alpha")
    assert record.get("activity") == ACTIVITY.removeprefix(":activity: ")
    html = (app.outdir / "alpha.html").read_text(encoding="utf-8")
    # (smart quotes turn the apostrophe into U+2019)
    assert (
        "2 releases in 12 months, the last on 2026-10-01 (as of 2026-11-20, from "
        f'<a class="reference external" href="{HISTORY_URL}">PyPI\u2019s release history</a>)'
    ) in html


@pytest.mark.sphinx("html", testroot="directive-valid")
def test_card_counts_its_sources_and_does_not_repeat_the_page_title(app):
    app.build()
    html = (app.outdir / "alpha.html").read_text(encoding="utf-8")
    card = html[html.index('class="framework-card') : html.index('id="sources"')]
    # the page's heading names the framework; the card does not say it again
    assert "<strong>At a glance</strong>" in card
    assert "<strong>Alpha</strong>" not in card
    # one link to the Sources section, not a list of the URLs
    assert (
        '<a class="fw-sources-count reference internal" href="#sources">2 sources, listed ' in card
    )
    assert LICENCE_URL not in card


@pytest.mark.sphinx("html", testroot="directive-valid")
def test_export_json(app):
    app.build()
    data = json.loads((app.outdir / "frameworks.json").read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    assert [record["name"] for record in data["frameworks"]] == ["Alpha", "Beta"]
    alpha = data["frameworks"][0]
    assert alpha["url"] == "alpha.html#framework-alpha"
    assert alpha["deployment"] == ["WSGI", "CGI"]
    assert alpha["first-release"] == "2004"
    assert data["frameworks"][1]["homepage"] is None


@pytest.mark.sphinx("html", testroot="directive-valid")
def test_objects_inventory_and_index(app):
    app.build()
    from sphinx.util.inventory import InventoryFile

    with open(app.outdir / "objects.inv", "rb") as stream:
        inventory = InventoryFile.load(
            stream, "https://example.org", lambda base, uri: f"{base}/{uri}"
        )
    entries = inventory.data if hasattr(inventory, "data") else inventory
    frameworks = entries["fw:framework"]
    assert set(frameworks) == {"alpha", "beta"}
    genindex = (app.outdir / "genindex.html").read_text(encoding="utf-8")
    assert "Alpha (framework)" in genindex


@pytest.mark.parametrize("mistake", [pytest.param(m, id=m.id) for m in MISTAKES])
def test_one_mistake_one_located_warning(mistake: Mistake, edited_root, make_app, valid_alpha):
    app = make_app("html", srcdir=edited_root(*mistake.edits))
    app.build()
    assert relative_warnings(app) == list(mistake.warnings)
    records = {record.name: record for record in get_domain(app.env).records()}
    if mistake.record is None:
        assert sorted(records) == ["Beta"]
    else:
        assert sorted(records) == sorted([mistake.name, "Beta"])
        # the mistake changes what it says it changes, and loses nothing else
        record = records[mistake.name]
        expected = {**valid_alpha, **mistake.record}
        assert {key: record.get(key) for key in KEYS} == {key: expected.get(key) for key in KEYS}
    html = (app.outdir / "alpha.html").read_text(encoding="utf-8")
    for text in mistake.html_has:
        assert text in html
    for text in mistake.html_lacks:
        assert text not in html


def test_the_mistakes_are_told_apart():
    ids = [mistake.id for mistake in MISTAKES]
    assert len(set(ids)) == len(ids)
    edits = [mistake.edits for mistake in MISTAKES]
    assert len(set(edits)) == len(edits)


def test_warnings_fail_a_strict_build(edited_root, tmp_path):
    """`-W`, as the Makefile and CI use it, turns a contributor's mistake into a failure."""
    (unknown_option,) = (m for m in MISTAKES if m.id == "unknown-option")
    result = run_sphinx(edited_root(*unknown_option.edits), tmp_path / "html", "-q")
    assert result.returncode == 1
    assert "[framework.option]" in result.stderr


@pytest.mark.sphinx("html", testroot="directive-duplicate-name")
def test_duplicate_name_names_both_locations(app):
    app.build()
    assert relative_warnings(app) == [
        "two.rst:4: WARNING: the framework name 'alpha' is taken: one.rst:4 describes "
        "'Alpha', and the page whose file name is 'alpha' (or else whose path sorts first) "
        "keeps a name. This record is in no table, matrix or link: edit that page instead, "
        "or give this framework another name [framework.duplicate]",
    ]


@pytest.mark.sphinx("html", testroot="views-options")
def test_view_directives_warn_and_go_on(app):
    criteria = f"one of: {', '.join(fld.key for fld in CRITERIA)} [framework.view]"
    assert criteria.startswith("one of: kind, deployment, development, environment")
    app.build()
    assert relative_warnings(app) == [
        "views.rst:4: WARNING: unknown option :feilds: of the framework-table directive (did "
        "you mean :fields:?); it takes: :fields:, :group:, :status:, :sort:, :caption: "
        "[framework.view]",
        "views.rst:4: WARNING: unknown :group: 'identiy' (did you mean 'identity'?) "
        "[framework.view]",
        "views.rst:4: WARNING: a framework table needs :fields: or :group: [framework.view]",
        "views.rst:4: WARNING: unknown status 'activ' in :status: (did you mean 'active'?); "
        "use one or more of: active, maintained, dormant, historical [framework.view]",
        "views.rst:4: WARNING: unknown :sort: key 'first_release' (did you mean "
        "'first-release' or 'latest-release'?) [framework.view]",
        f"views.rst:10: WARNING: a framework matrix needs a criterion, not ''; {criteria}",
        "views.rst:12: WARNING: a framework matrix needs a criterion, not 'deploy' (did you "
        f"mean 'deployment'?); {criteria}",
        "views.rst:14: WARNING: the framework-review-status directive takes no content; the "
        "content was ignored [framework.view]",
    ]
