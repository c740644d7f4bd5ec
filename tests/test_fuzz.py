"""Fuzz the directive: whatever a contributor types, Sphinx never shows a traceback."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framework_comparison.schema import FIELDS

from .conftest import warnings_of

KEYS = [fld.key for fld in FIELDS] + ["licence ", "Status", "x", "first_release", ""]
TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"))
    | st.sampled_from(":`*_<>|\\-., "),
    max_size=40,
)
LINE = st.one_of(
    st.tuples(st.sampled_from(KEYS), TEXT).map(lambda kv: f":{kv[0]}: {kv[1]}"),
    TEXT,
    st.just(""),
    TEXT.map(lambda text: "   " + text),
)
# docutils may complain about markup in the summary paragraph; it must never
# reject the directive itself, and nothing may escape as an exception.
_REJECTED = re.compile(r'Error in "framework" directive|Exception|Traceback')


@pytest.mark.sphinx("dummy", testroot="directive-fuzz")
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(name=TEXT, lines=st.lists(LINE, max_size=12), body=TEXT)
def test_any_directive_text_builds(app, name, lines, body):
    directive = "\n".join(
        [f".. framework:: {name}", *(f"   {line}" for line in lines), "", f"   {body}", ""]
    )
    (app.srcdir / "page.rst").write_text(f"Page\n====\n\n{directive}", encoding="utf-8")
    app.warning.truncate(0)
    app.warning.seek(0)
    app.env.all_docs.pop("page", None)  # read it again, whatever its timestamp
    app.build(filenames=[str(app.srcdir / "page.rst")])
    assert app.statuscode == 0
    assert "page" in app.env.all_docs  # the page was really read
    for line in warnings_of(app):
        assert not _REJECTED.search(line), line
        if "framework directive" in line or ":" + "framework" in line:
            assert line.endswith("]"), line
