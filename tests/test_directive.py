"""The framework directive: valid records, and an exact, located warning for each mistake."""

from __future__ import annotations

import json

import pytest

from framework_comparison.domain import get_domain

from .conftest import run_sphinx, warnings_of


@pytest.mark.sphinx("html", testroot="valid")
def test_valid_project_builds_without_warnings(app):
    app.build()
    assert warnings_of(app) == []


@pytest.mark.sphinx("html", testroot="valid")
def test_records_keep_every_field(app):
    app.build()
    records = {record.name: record for record in get_domain(app.env).records()}
    assert sorted(records) == ["Alpha", "Beta"]
    alpha = records["Alpha"]
    assert alpha.get("licence") == "MIT"
    assert alpha.get("deployment") == ("WSGI", "CGI")
    assert alpha.get("persistence") == ("none",)
    assert alpha.get("authentication") == ("unknown",)
    assert alpha.get("sources") == (
        "https://github.com/example/alpha/blob/main/LICENSE",
        "https://alpha.example.org/docs/",
    )
    assert alpha.summary == "Alpha is a small example framework."
    assert records["Beta"].get("homepage") is None


@pytest.mark.sphinx("html", testroot="valid")
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


@pytest.mark.sphinx("html", testroot="valid")
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


@pytest.mark.sphinx("html", testroot="valid")
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


def _expect(app, *expected: str) -> None:
    """The build's warnings, exactly, with the page path made relative."""
    app.build()
    prefix = f"{app.srcdir}/"
    assert [line.replace(prefix, "") for line in warnings_of(app)] == list(expected)


@pytest.mark.sphinx("html", testroot="unknown-option")
def test_unknown_option_names_the_nearest(app):
    _expect(
        app,
        "page.rst:24: WARNING: unknown field :envirnoment: (did you mean :environment: "
        "or :development:?); the fields are listed in the contributing guide [framework.option]",
    )


@pytest.mark.sphinx("html", testroot="duplicate-option")
def test_duplicate_option_keeps_the_first(app):
    _expect(
        app,
        "page.rst:24: WARNING: the :status: field is given twice (first on line 11); "
        "the first value was kept [framework.duplicate_option]",
    )
    (record,) = get_domain(app.env).records()
    assert record.get("status") == "active"


@pytest.mark.sphinx("html", testroot="vocabulary")
def test_unknown_terms_name_the_nearest_and_keep_the_rest(app):
    _expect(
        app,
        "page.rst:13: WARNING: 'CGl' is not a term of :deployment: (did you mean 'CGI'?); "
        "the terms are listed in the glossary [framework.vocabulary]",
        "page.rst:13: WARNING: 'mod_wsgi' is not a term of :deployment: (did you mean "
        "'WSGI'?); the terms are listed in the glossary [framework.vocabulary]",
        "page.rst:17: WARNING: 'none' cannot be combined with other terms in :sessions:; "
        "'none' was dropped [framework.vocabulary]",
    )
    (record,) = get_domain(app.env).records()
    assert record.get("deployment") == ("WSGI",)
    assert record.get("sessions") == ("server-side sessions",)


@pytest.mark.sphinx("html", testroot="spdx")
def test_invalid_spdx_expression(app):
    _expect(
        app,
        "page.rst:8: WARNING: 'MIT-ish' is not a valid SPDX licence expression (Unknown "
        "license: 'mit-ish'); use an identifier from https://spdx.org/licenses/, "
        "LicenseRef-<Name> for a licence with no SPDX identifier, or 'unknown' "
        "[framework.licence]",
    )


@pytest.mark.sphinx("html", testroot="url")
def test_non_http_urls_are_dropped_with_a_warning(app):
    _expect(
        app,
        "page.rst:6: WARNING: the :repository: value 'ftp://example.org/alpha' is not an "
        "http(s) URL; the link was dropped (write it as http:// or https://) [framework.url]",
        "page.rst:22: WARNING: the :sources: value 'javascript:alert(1)' is not an http(s) "
        "URL; the link was dropped (write it as http:// or https://) [framework.url]",
    )
    (record,) = get_domain(app.env).records()
    assert record.get("repository") is None
    assert record.get("sources") == ("https://example.org/ok",)


@pytest.mark.sphinx("html", testroot="missing")
def test_missing_required_fields(app):
    _expect(
        app,
        "page.rst:4: WARNING: missing required field :licence: (write ':licence: unknown' "
        "if the sources do not settle it) [framework.missing]",
        "page.rst:4: WARNING: missing required field :status: (one of: active, maintained, "
        "dormant, historical) [framework.missing]",
        "page.rst:4: WARNING: missing required field :persistence: (write ':persistence: "
        "unknown' if the sources do not settle it) [framework.missing]",
        "page.rst:4: WARNING: missing required field :reviewed: (the date you checked the "
        "sources, as YYYY-MM-DD) [framework.missing]",
        "page.rst:4: WARNING: missing required field :sources: (the URLs behind the fields, "
        "one per line) [framework.missing]",
    )


@pytest.mark.sphinx("html", testroot="dates")
def test_malformed_year_and_future_date(app):
    _expect(
        app,
        "page.rst:9: WARNING: the :first-release: value '05' is not a year such as 2005 "
        "(or 'unknown') [framework.date]",
        "page.rst:21: WARNING: the :reviewed: date 2999-01-01 is in the future [framework.date]",
    )


@pytest.mark.sphinx("html", testroot="future-year")
def test_future_year_and_impossible_date(app):
    _expect(
        app,
        "page.rst:9: WARNING: the :first-release: year 2999 is in the future [framework.date]",
        "page.rst:21: WARNING: the :reviewed: value '2026-02-30' is not an ISO date "
        "(YYYY-MM-DD, for example 2026-11-24) [framework.date]",
    )


@pytest.mark.sphinx("html", testroot="empty-argument")
def test_empty_argument(app):
    _expect(
        app,
        "page.rst:4: WARNING: the framework directive needs a name: '.. framework:: Name'; "
        "this record was skipped [framework.argument]",
    )


@pytest.mark.sphinx("html", testroot="status")
def test_unknown_status(app):
    _expect(
        app,
        "page.rst:11: WARNING: unknown :status: 'activ' (did you mean 'active'?); use one of: "
        "active, maintained, dormant, historical [framework.status]",
    )


@pytest.mark.sphinx("html", testroot="syntax")
def test_stray_line_in_the_field_list(app):
    _expect(
        app,
        "page.rst:24: WARNING: expected a field such as ':licence: MIT' but found "
        "'licence MIT'; leave a blank line between the fields and the summary "
        "[framework.syntax]",
    )


@pytest.mark.sphinx("html", testroot="duplicate-name")
def test_duplicate_name_names_both_locations(app):
    _expect(
        app,
        "two.rst:4: WARNING: duplicate framework name 'alpha': also defined at "
        "one.rst:4; each framework has one page [framework.duplicate]",
    )


@pytest.mark.sphinx("html", testroot="reference")
def test_unknown_framework_reference(app):
    _expect(
        app,
        "page.rst:27: WARNING: unknown framework 'Alpah' in :framework: reference "
        "(did you mean 'Alpha'?) [framework.reference]",
    )


@pytest.mark.sphinx("html", testroot="markup")
def test_markup_in_values_is_escaped(app):
    app.build()
    html = (app.outdir / "page.html").read_text(encoding="utf-8")
    assert "<b>Bold</b>" not in html
    assert "&lt;b&gt;Bold&lt;/b&gt;" in html
    assert "<script>alert(1)</script>" not in html


def test_warnings_fail_a_strict_build(rootdir, tmp_path):
    """`-W`, as the Makefile and CI use it, turns a contributor's mistake into a failure."""
    result = run_sphinx(rootdir / "test-unknown-option", tmp_path / "html", "-q")
    assert result.returncode == 1
    assert "[framework.option]" in result.stderr


@pytest.mark.sphinx("html", testroot="sources")
def test_citations_and_sources_agree(app):
    _expect(
        app,
        "page.rst:30: WARNING: https://blog.example.org/alpha is cited on the page but "
        "missing from :sources:; add it there [framework.sources]",
        "page.rst:4: WARNING: https://alpha.example.org/docs/ is in :sources: but cited "
        "nowhere on the page; cite it where it supports a fact and in the Sources section "
        "[framework.sources]",
    )


@pytest.mark.sphinx("html", testroot="view-options")
def test_view_directives_warn_and_go_on(app):
    criteria = (
        "one of: deployment, development, environment, persistence, sessions, "
        "identification, authentication, presentation [framework.view]"
    )
    _expect(
        app,
        "views.rst:4: WARNING: unknown option :feilds: of the framework-table directive (did "
        "you mean :fields:?); it takes: :fields:, :group:, :status:, :sort:, :caption: "
        "[framework.view]",
        "views.rst:4: WARNING: unknown :group: 'identiy' (did you mean 'identity'?) "
        "[framework.view]",
        "views.rst:4: WARNING: a framework table needs :fields: or :group: [framework.view]",
        "views.rst:4: WARNING: unknown status 'activ' in :status: (did you mean 'active'?) "
        "[framework.view]",
        "views.rst:4: WARNING: unknown :sort: key 'first_release' (did you mean "
        "'first-release' or 'latest-release'?) [framework.view]",
        f"views.rst:10: WARNING: a framework matrix needs a criterion, not ''; {criteria}",
        "views.rst:12: WARNING: a framework matrix needs a criterion, not 'deploy' (did you "
        f"mean 'deployment'?); {criteria}",
        "views.rst:14: WARNING: the framework-review-status directive takes no content; the "
        "content was ignored [framework.view]",
    )


@pytest.mark.sphinx("html", testroot="bad-name")
def test_name_without_letters_or_digits(app):
    _expect(
        app,
        "page.rst:4: WARNING: the framework name '!!!' has no letter or digit to make its "
        "page anchor and link from; this record was skipped [framework.argument]",
    )
