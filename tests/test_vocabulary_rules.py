"""Every term has its rule, and its example and counter-example agree with the pages.

Issue 15 asks for one rule per term: when a framework gets it, with a framework
that has the term and one that does not. The example and the counter-example
start with a ``:framework:`` role; these tests read the named framework's page
and check its field. For the original overview's criteria every page has the
field, so the check is strict; for today's criteria a page that has no such
field yet is skipped (the pages gain those fields separately).
"""

from __future__ import annotations

import re

import pytest

from framework_comparison.releases import read_page
from framework_comparison.schema import CRITERIA
from framework_comparison.validation import term_lookup
from framework_comparison.vocabulary import UNKNOWN, VOCABULARIES

from .conftest import REPO

_NAME = re.compile(r"^\.\. framework::\s+(?P<name>.+?)\s*$", re.MULTILINE)
#: An example or counter-example opens with a plain role: :framework:`Name`.
_OPENING = re.compile(r"^:framework:`(?P<name>[^`<>]+)`")

TODAY = {fld.key for fld in CRITERIA if fld.group == "today"}


def _pages() -> dict[str, dict[str, str]]:
    """Framework name -> the fields of its page (key -> raw value)."""
    pages: dict[str, dict[str, str]] = {}
    for path in sorted((REPO / "frameworks").glob("*.rst")):
        if path.stem == "index":
            continue
        text = path.read_text(encoding="utf-8")
        found = _NAME.search(text)
        page = read_page(str(path), text)
        assert found and page, f"{path.name} has no framework directive"
        pages[found["name"]] = {key: fld.value for key, fld in page.fields.items()}
    return pages


PAGES = _pages()
TERMS = [(criterion, term) for criterion, terms in VOCABULARIES.items() for term in terms]
#: (criterion, label, "example" or "counter", text) for every filled example and counter
CASES = [
    (criterion, term.label, kind, text)
    for criterion, term in TERMS
    for kind, text in (("example", term.example), ("counter", term.counter))
    if text
]


def _id(case: tuple[str, str, str, str]) -> str:
    criterion, label, kind, _ = case
    return f"{criterion}:{label}:{kind}"


def labels_on_page(criterion: str, value: str) -> set[str]:
    """The labels a page's field holds: comma-separated labels or aliases."""
    lookup = term_lookup(criterion)
    items = (item.strip() for item in value.split(","))
    return {lookup.get(item.casefold(), item) for item in items if item}


def test_the_pages_are_found():
    assert len(PAGES) == len(list((REPO / "frameworks").glob("*.rst"))) - 1
    assert {"Django", "Flask", "Webware for Python 3"} <= set(PAGES)


@pytest.mark.parametrize(("criterion", "term"), TERMS, ids=[f"{c}:{t.label}" for c, t in TERMS])
def test_every_term_of_every_criterion_has_its_rule(criterion, term):
    assert term.rule.strip(), f"{term.label!r} ({criterion}) has no rule"


@pytest.mark.parametrize("case", CASES, ids=[_id(case) for case in CASES])
def test_examples_and_counters_open_with_a_framework_that_has_a_page(case):
    _, _, kind, text = case
    opening = _OPENING.match(text)
    assert opening, f"the {kind} must start with :framework:`Name`: {text!r}"
    assert opening["name"] in PAGES, f"no framework page is named {opening['name']!r}"


@pytest.mark.parametrize("case", CASES, ids=[_id(case) for case in CASES])
def test_examples_have_the_term_and_counters_do_not(case):
    criterion, label, kind, text = case
    opening = _OPENING.match(text)
    assert opening and opening["name"] in PAGES  # the test above says why not
    name = opening["name"]
    value = PAGES[name].get(criterion)
    if value is None:
        if criterion in TODAY:
            pytest.skip(f"{name}'s page has no :{criterion}: field yet")
        pytest.fail(f"{name}'s page has no :{criterion}: field")
    held = labels_on_page(criterion, value)
    if kind == "example":
        assert label in held, f"{name}'s :{criterion}: is {value!r}, without {label!r}"
    else:
        assert label not in held, f"{name}'s :{criterion}: lists {label!r}"
        assert UNKNOWN not in held, (
            f"{name}'s :{criterion}: is unknown, so it cannot show what {label!r} is not"
        )


@pytest.mark.parametrize(
    ("criterion", "value", "labels"),
    [
        ("presentation", "jinja2, ZPT", {"Jinja", "Page Templates"}),
        ("authentication", "built-in,\nauth hooks", {"user accounts", "authentication hooks"}),
        ("realtime", "sse", {"server-sent events"}),
    ],
)
def test_field_values_resolve_aliases(criterion, value, labels):
    assert labels_on_page(criterion, value) == labels


def test_the_opening_role_is_read_exactly():
    # The role must open the text and name a framework as its page's directive does.
    found = _OPENING.match(":framework:`web.py` has Templetor.")
    assert found and found["name"] == "web.py"
    assert _OPENING.match("The :framework:`Flask` case") is None
    assert "Webware" not in PAGES
