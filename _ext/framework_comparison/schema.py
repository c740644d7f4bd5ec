"""The field declarations: every field of a framework record, declared once.

The directive's option spec, the validation, the card on each framework page,
the comparison tables, the JSON export and the contributor guide's field
reference are all derived from :data:`FIELDS`. Adding a criterion is one entry
here (plus its terms in :mod:`.vocabulary`).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from .vocabulary import CONCEPTS, NONE, SPECIAL_TERMS, STATUSES, UNKNOWN, VOCABULARIES, Term

#: Every value of the ``status`` field, in the glossary's order.
STATUS_LABELS: tuple[str, ...] = tuple(status.label for status in STATUSES)

#: The longest one-line description (``:tagline:``), in characters.
TAGLINE_MAX_LENGTH = 80

#: Version of the ``frameworks.json`` format; bump it when its shape changes.
EXPORT_SCHEMA_VERSION = 1


#: A field value once parsed: text, a tuple of terms or URLs, or absent.
Value = str | tuple[str, ...] | None

#: What ``make new`` writes in place of each value and section; the build
#: reports every one left on a page as a ``framework.placeholder`` warning.
PLACEHOLDER_MARKER = "<fill in:"
PLACEHOLDER = re.compile(r"<fill in:[^>]*>?")


class Kind(enum.Enum):
    """How a field's raw text is parsed and checked, and how to write it.

    Each member's value is the one phrase that tells a contributor how to
    write a value of the kind. The field reference in the contributing guide,
    the placeholders of ``make new`` and the "missing field" warnings all
    read it from here, so none of them can disagree with the others.
    """

    TEXT = "free text on one line"
    RELEASE = (
        "a version, then its date in brackets as YYYY-MM-DD, YYYY-MM or YYYY, with an "
        "optional note after a comma: 2.1 (2026-03-10) or 1.50 (2008-10, per the "
        "Python wiki); or 2.3 (date unknown)"
    )
    PYTHON = (
        "Python versions, comma-separated, each as 3.10+, 3.10 to 3.14 or 2.7, with an "
        "optional note in brackets: 2.7, 3.8+ or 2.4+ (Python 2 only)"
    )
    URL = "one http:// or https:// URL"
    URLS = "one or more http:// or https:// URLs, one per line, primary sources first"
    PYPI = "the distribution name as PyPI spells it"
    SPDX = (
        "an SPDX licence expression such as MIT, LicenseRef-Name for a licence "
        "with no SPDX identifier, or unknown"
    )
    YEAR = "a four-digit year from 1991 (Python's first release) on, not in the future, or unknown"
    DATE = "an ISO 8601 date, YYYY-MM-DD, not in the future"
    STATUS = "one of: " + ", ".join(STATUS_LABELS)
    TERMS = (
        "terms from the glossary, comma-separated; or none (verified absence) or "
        "unknown (not verified), alone"
    )

    @property
    def how(self) -> str:
        """How to write a value of this kind, as one plain-text phrase."""
        return str(self.value)


@dataclass(frozen=True)
class Group:
    """A group of fields: one comparison table and one card section each."""

    key: str
    label: str
    description: str


@dataclass(frozen=True)
class Field:
    """One field of the ``framework`` directive."""

    key: str
    label: str
    group: str
    kind: Kind
    required: bool
    description: str
    #: The criterion's name in the original overview, when it differs from the label.
    title: str = ""
    #: A criterion that holds one term only (more is a warning; the first is kept).
    single: bool = False
    #: The longest value a text field may hold, in characters (0: no limit).
    max_length: int = 0

    @property
    def heading(self) -> str:
        return self.title or self.label

    @property
    def how(self) -> str:
        """How to write this field's value: its kind's phrase, or one term for a single."""
        if self.single:
            return "one term from the glossary, or unknown (not verified)"
        if self.max_length:
            return f"{self.kind.how}, at most {self.max_length} characters"
        return self.kind.how

    @property
    def vocabulary(self) -> tuple[Term, ...]:
        """The field's own terms (empty for fields that are not criteria)."""
        return VOCABULARIES.get(self.key, ())

    @property
    def is_criterion(self) -> bool:
        return self.kind is Kind.TERMS


#: In the order in which the original overview presented its criteria.
GROUPS: tuple[Group, ...] = (
    Group(
        "overview",
        "Overview",
        "What kind of framework it is, in one line: the frameworks index groups by it.",
    ),
    Group(
        "identity",
        "Identity and licence",
        "Where the project lives, under which licence, and whether it is still alive.",
    ),
    Group(
        "interfaces",
        "Deployment and development interfaces",
        "What the framework runs on, and the style of code an application is written in.",
    ),
    Group(
        "environment",
        "Environment access and persistence",
        "How handlers reach shared code and resources, and how data is kept.",
    ),
    Group(
        "sessions",
        "Sessions, identification and authentication",
        "How visitors are told apart, recognised, and given an identity that means "
        "something to the application.",
    ),
    Group(
        "presentation",
        "Presentation",
        "The template and presentation systems the framework supports as first class.",
    ),
    Group(
        "review",
        "Review",
        "When the page was last checked against its sources, and which sources.",
    ),
)

FIELDS: tuple[Field, ...] = (
    Field(
        "kind",
        "Kind",
        "overview",
        Kind.TERMS,
        False,
        "What kind of framework it is, by the project's own description of itself: one term.",
        single=True,
    ),
    Field(
        "tagline",
        "Tagline",
        "overview",
        Kind.TEXT,
        False,
        "What the framework is, in one line of our own words, for the frameworks index.",
        max_length=TAGLINE_MAX_LENGTH,
    ),
    Field("homepage", "Homepage", "identity", Kind.URL, False, "The project's own website."),
    Field(
        "repository",
        "Repository",
        "identity",
        Kind.URL,
        False,
        "Where the source code is published.",
    ),
    Field(
        "pypi",
        "PyPI",
        "identity",
        Kind.PYPI,
        False,
        "The distribution name on the Python Package Index, if it is published there.",
    ),
    Field(
        "licence",
        "Licence",
        "identity",
        Kind.SPDX,
        True,
        "The licence under which the project is published. Only the licence text itself is "
        "authoritative.",
    ),
    Field(
        "first-release",
        "First release",
        "identity",
        Kind.YEAR,
        False,
        "The year of the first public release.",
    ),
    Field(
        "latest-release",
        "Latest release",
        "identity",
        Kind.RELEASE,
        False,
        "The latest release seen, with its date.",
    ),
    Field(
        "status",
        "Status",
        "identity",
        Kind.STATUS,
        True,
        "The project's state on the review date, by the definitions in the glossary.",
    ),
    Field(
        "python",
        "Python",
        "identity",
        Kind.PYTHON,
        False,
        "The Python versions that the latest release supports.",
    ),
    Field(
        "deployment",
        "Deployment",
        "interfaces",
        Kind.TERMS,
        True,
        "The platforms and server interfaces the framework is deployed on.",
        title="Deployment platforms",
    ),
    Field(
        "development",
        "Development",
        "interfaces",
        Kind.TERMS,
        True,
        "The style of the code an application is written in.",
        title="Development interfaces",
    ),
    Field(
        "environment",
        "Environment",
        "environment",
        Kind.TERMS,
        True,
        "How handlers locate shared logic, resources and the platform's environment.",
        title="Environment access",
    ),
    Field(
        "persistence",
        "Persistence",
        "environment",
        Kind.TERMS,
        True,
        "What the framework itself offers for keeping data.",
        title="Persistence support",
    ),
    Field(
        "sessions",
        "Sessions",
        "sessions",
        Kind.TERMS,
        True,
        "How the framework tells one visitor from another and keeps their state.",
    ),
    Field(
        "identification",
        "Identification",
        "sessions",
        Kind.TERMS,
        True,
        "How a returning visitor is recognised.",
    ),
    Field(
        "authentication",
        "Authentication",
        "sessions",
        Kind.TERMS,
        True,
        "How an identity is given meaning in the application: users, log-in, rights.",
    ),
    Field(
        "presentation",
        "Presentation",
        "presentation",
        Kind.TERMS,
        True,
        "The template or presentation systems supported as first class.",
        title="Presentation support",
    ),
    Field(
        "reviewed",
        "Reviewed",
        "review",
        Kind.DATE,
        True,
        "The date on which every field was last checked against the sources (ISO 8601).",
    ),
    Field(
        "sources",
        "Sources",
        "review",
        Kind.URLS,
        True,
        "The URLs behind the fields, primary sources first, one per line.",
    ),
)

FIELDS_BY_KEY: dict[str, Field] = {field.key: field for field in FIELDS}
GROUPS_BY_KEY: dict[str, Group] = {group.key: group for group in GROUPS}
CRITERIA: tuple[Field, ...] = tuple(field for field in FIELDS if field.is_criterion)


def fields_in_group(group_key: str) -> tuple[Field, ...]:
    """The fields of one group, in declaration order."""
    return tuple(field for field in FIELDS if field.group == group_key)


def all_glossary_labels() -> list[str]:
    """Every label that the glossary defines, as the checks below require unique."""
    labels = [term.label for term in CONCEPTS]
    labels += [term.label for term in SPECIAL_TERMS]
    labels += [status.label for status in STATUSES]
    for terms in VOCABULARIES.values():
        labels += [term.label for term in terms]
    return labels


__all__ = [
    "CRITERIA",
    "EXPORT_SCHEMA_VERSION",
    "FIELDS",
    "FIELDS_BY_KEY",
    "GROUPS",
    "GROUPS_BY_KEY",
    "NONE",
    "PLACEHOLDER",
    "PLACEHOLDER_MARKER",
    "STATUS_LABELS",
    "TAGLINE_MAX_LENGTH",
    "UNKNOWN",
    "Field",
    "Group",
    "Kind",
    "Value",
    "all_glossary_labels",
    "fields_in_group",
]
