"""The framework record: the validated content of one ``framework`` directive.

Records are small, frozen and picklable, so Sphinx can keep them in the
environment between builds and ship them between parallel workers. Every
view (card, tables, matrices, glossary back-links, JSON export) reads them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from .schema import FIELDS, FIELDS_BY_KEY, NONE, UNKNOWN, Kind, Value


def slugify(name: str) -> str:
    """The page slug and anchor stem for a framework name: ``"web.py"`` -> ``"web-py"``.

    Letters and digits of every script are kept (``"Джанго"`` -> ``"джанго"``);
    accents are dropped, so ``"Pyramid é"`` and ``"Pyramid e"`` share a slug, as
    do full-width and plain letters.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"[\W_]+", "-", bare.casefold()).strip("-")


@dataclass(frozen=True)
class FrameworkRecord:
    """One framework, as its page describes it."""

    name: str
    docname: str
    lineno: int
    #: ``(field key, value)`` for every declared field, in declaration order.
    values: tuple[tuple[str, Value], ...]
    #: The directive's body as plain text (for the JSON export and the tables).
    summary: str = ""

    @property
    def slug(self) -> str:
        return slugify(self.name)

    @property
    def anchor(self) -> str:
        """The id of the card, which every link to this framework points at."""
        return f"framework-{self.slug}"

    @property
    def sort_key(self) -> tuple[str, str, int]:
        """A fixed order, whatever order pages were read or workers finished in."""
        return (self.name.casefold(), self.docname, self.lineno)

    def get(self, key: str) -> Value:
        return self._mapping.get(key)

    @cached_property
    def _mapping(self) -> dict[str, Value]:
        # Every view asks each record for several fields: build the mapping once.
        return dict(self.values)

    def terms(self, key: str) -> tuple[str, ...]:
        """A criterion's terms; a missing criterion counts as ``unknown``."""
        value = self.get(key)
        if isinstance(value, tuple):
            return value
        return (UNKNOWN,) if FIELDS_BY_KEY[key].kind is Kind.TERMS else ()

    def has_term(self, key: str, label: str) -> bool:
        return label in self.terms(key)

    def relations(self) -> list[tuple[str, str]]:
        """``(kind, name)`` of each relation this record states, in its order."""
        value = self.get("relations")
        if not isinstance(value, tuple):
            return []
        return [(kind, name) for kind, _, name in (item.partition(":") for item in value)]

    def aliases(self) -> tuple[str, ...]:
        value = self.get("aliases")
        return value if isinstance(value, tuple) else ()

    def as_json(self, url: str | None) -> dict[str, object]:
        """The record as the ``frameworks.json`` export writes it."""
        data: dict[str, object] = {"name": self.name, "slug": self.slug, "url": url}
        for fld in FIELDS:
            value = self.terms(fld.key) if fld.is_criterion else self.get(fld.key)
            data[fld.key] = list(value) if isinstance(value, tuple) else value
        data["relations"] = [{"kind": kind, "name": name} for kind, name in self.relations()]
        data["summary"] = self.summary
        return data


def is_special(label: str) -> bool:
    """Whether a term is one of the two labels valid in every criterion."""
    return label in {NONE, UNKNOWN}
