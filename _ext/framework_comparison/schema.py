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

#: The kinds of relation between frameworks, each with how the other end reads it.
#: ``renamed from`` names one of the framework's own :aliases:, so it has no other end.
RELATION_KINDS: dict[str, str] = {
    "built on": "foundation of",
    "successor of": "succeeded by",
    "fork of": "forked as",
    "renamed from": "",
}

#: The statuses of frameworks that are no longer developed: they say when they
#: ended, and their cards and rows name a successor where the records know one.
STALE_STATUSES = ("dormant", "historical")

#: Every value of the ``status`` field, in the glossary's order.
STATUS_LABELS: tuple[str, ...] = tuple(status.label for status in STATUSES)

#: Today's criteria are required on every page, as the overview's own are.
TODAY_REQUIRED = True

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
    ACTIVITY = (
        "the releases on PyPI in the 12 months to a date, the last one's date, and that "
        "date: 5 releases in 12 months, the last on 2026-11-20 (as of 2026-12-01); "
        "make check-releases O=--write fills it in"
    )
    URL = "one http:// or https:// URL"
    URLS = "one or more http:// or https:// URLs, one per line, primary sources first"
    PYPI = "the distribution name as PyPI spells it"
    SPDX = (
        "an SPDX licence expression such as MIT, LicenseRef-Name for a licence "
        "with no SPDX identifier, or unknown"
    )
    PARTIAL_DATE = (
        "a date as precise as the sources allow: YYYY-MM-DD, YYYY-MM or YYYY, from 1991 "
        "(Python's first release) on and not in the future; or unknown"
    )
    RELATIONS = (
        "relations to other frameworks of this site, separated by semicolons, each a kind "
        "and one or more names: built on Starlette; successor of Pylons. The kinds: "
        + ", ".join(RELATION_KINDS)
    )
    NAMES = "other names, former or current, comma-separated: repoze.bfg, BFG"
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
        "today",
        "Today's criteria",
        "This site's addition to the overview's criteria: what readers ask of a framework "
        "now. A built-in feature is kept apart from an official or a third-party add-on.",
    ),
    Group(
        "lineage",
        "Lineage",
        "This site's addition: which framework grew out of, replaced or was built on "
        "which, and the names a framework was also known by.",
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
        "The licence the project declares for its own code, in its licence file and package "
        "metadata; bundled third-party code goes under Bundled licences. Only the licence "
        "text itself is authoritative.",
    ),
    Field(
        "bundled-licences",
        "Bundled licences",
        "identity",
        Kind.SPDX,
        False,
        "The licences of third-party code that the project ships inside its own "
        "distribution, apart from the licence of its own code.",
    ),
    Field(
        "first-release",
        "First release",
        "identity",
        Kind.PARTIAL_DATE,
        False,
        "The date of the first public release, as precise as its source.",
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
        "ended",
        "Ended",
        "identity",
        Kind.PARTIAL_DATE,
        False,
        "For a dormant or historical framework: the date its project ended, or else the "
        "date of its last release.",
    ),
    Field(
        "activity",
        "Activity",
        "identity",
        Kind.ACTIVITY,
        False,
        "How many releases (pre-releases included, yanked ones not) PyPI's release history "
        "shows in the 12 months to a date, and the date of the last one. The page cites "
        "that history, https://pypi.org/project/NAME/#history.",
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
        "realtime",
        "Real-time",
        "today",
        Kind.TERMS,
        TODAY_REQUIRED,
        "How the server pushes to the browser: WebSockets and server-sent events today, "
        "long polling and Comet before them.",
        title="Real-time features",
    ),
    Field(
        "api",
        "API",
        "today",
        Kind.TERMS,
        TODAY_REQUIRED,
        "What the framework offers for JSON APIs: a generated OpenAPI or JSON Schema "
        "description, and serialisation helpers.",
        title="API description and serialisation",
    ),
    Field(
        "validation",
        "Validation",
        "today",
        Kind.TERMS,
        TODAY_REQUIRED,
        "How request data is checked: from type hints, or by form classes.",
    ),
    Field(
        "migrations",
        "Migrations",
        "today",
        Kind.TERMS,
        TODAY_REQUIRED,
        "Whether changes to the database schema are recorded and applied as migrations.",
        title="Schema migrations",
    ),
    Field(
        "admin",
        "Admin",
        "today",
        Kind.TERMS,
        TODAY_REQUIRED,
        "Whether pages for editing the application's data are generated from its definitions.",
        title="Admin interface",
    ),
    Field(
        "testing",
        "Testing",
        "today",
        Kind.TERMS,
        TODAY_REQUIRED,
        "What the framework offers for testing an application: a test client, other utilities.",
    ),
    Field(
        "i18n",
        "i18n",
        "today",
        Kind.TERMS,
        TODAY_REQUIRED,
        "Translation of the interface, and formatting by the visitor's locale.",
        title="Translation and localisation",
    ),
    Field(
        "background",
        "Background work",
        "today",
        Kind.TERMS,
        TODAY_REQUIRED,
        "Work run after the response is sent, or at set times.",
    ),
    Field(
        "aliases",
        "Also known as",
        "lineage",
        Kind.NAMES,
        False,
        "Former and other names. Site search, the finder and the :framework: role know them.",
    ),
    Field(
        "relations",
        "Relations",
        "lineage",
        Kind.RELATIONS,
        False,
        "How the framework relates to others on this site, stated once, on the newer "
        "framework's page: the other page shows the relation from its end.",
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
