"""The contributing guide's references cover every declared field and warning subtype."""

from __future__ import annotations

import ast
import re
from html import escape
from pathlib import Path

import pytest

from framework_comparison.diagnostics import SUBTYPES
from framework_comparison.schema import FIELDS, STATUS_LABELS

from .conftest import REPO


@pytest.mark.slow
def test_field_reference_covers_every_field_and_term(site_html):
    html = (site_html / "contributing.html").read_text(encoding="utf-8")
    for fld in FIELDS:
        # the field's own entry names it and says whether it is required
        key = f'<span class="pre">:{fld.key}:</span></code>'
        required = "required" if fld.required else "optional"
        assert f"{key} \u2014 {escape(fld.label)}, {required}</dt>" in html, fld.key
        for term in fld.vocabulary:
            anchor = re.escape('href="glossary.html#term-')
            assert re.search(
                anchor + r"[^\"]*\"[^>]*>[^<]*<span[^>]*>" + re.escape(term.label), html
            ), term.label
    for status in STATUS_LABELS:
        assert f">{status}</span>" in html


@pytest.mark.slow
def test_warning_reference_covers_every_subtype(site_html):
    html = (site_html / "contributing.html").read_text(encoding="utf-8")
    for subtype in SUBTYPES:
        assert f"[framework.{subtype}]" in html, subtype


def test_every_subtype_used_in_the_extension_is_declared():
    used = set()
    calls = 0
    for path in Path(REPO / "_ext" / "framework_comparison").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            if node.func.id == "warn":
                calls += 1
                subtype = node.args[-1]
            elif node.func.id == "Problem":
                subtype = node.args[0]
            else:
                continue
            if isinstance(subtype, ast.Attribute) and subtype.attr == "subtype":
                continue  # passes on a Problem's subtype, collected below
            assert isinstance(subtype, ast.Constant), f"{path.name}:{node.lineno}"
            used.add(subtype.value)
    assert calls >= 10  # the scan found the calls
    assert used <= set(SUBTYPES), used - set(SUBTYPES)
    assert set(SUBTYPES) <= used, set(SUBTYPES) - used  # no subtype is documented but unused
