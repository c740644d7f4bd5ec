"""Directives that turn a bad option into a located warning instead of an error.

docutils rejects a directive with an unknown option outright, so one typo
would lose a whole table. :class:`LenientDirective` accepts every option,
warns (``framework.view``) about each one it does not know, naming the
nearest, and goes on with the rest. Every directive of this extension but
``framework`` itself (which reads its own field list) is built on it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from .diagnostics import did_you_mean, warn


class AnyOption(dict[str, Callable[[str], Any]]):
    """An option spec that accepts any option, so a typo becomes our warning."""

    def __missing__(self, key: str) -> Callable[[str], Any]:
        return directives.unchanged

    def __bool__(self) -> bool:  # docutils parses options only if the spec is truthy
        return True


class LenientDirective(SphinxDirective):
    """Base of the extension's directives: lenient options, located warnings."""

    #: the options the directive understands
    known_options: ClassVar[tuple[str, ...]] = ()
    has_content = True
    option_spec: ClassVar[dict[str, Callable[[str], Any]] | None] = AnyOption()

    def run(self) -> list[nodes.Node]:
        name = f"{self.name} directive"
        for option in sorted(set(self.options) - set(self.known_options)):
            hint = did_you_mean(option, self.known_options, quote=":")
            known = ", ".join(f":{o}:" for o in self.known_options) or "none"
            self.problem(f"unknown option :{option}: of the {name}{hint}; it takes: {known}")
        if self.content:
            self.problem(f"the {name} takes no content; the content was ignored")
        return self.make_nodes()

    def make_nodes(self) -> list[nodes.Node]:
        raise NotImplementedError

    def problem(self, message: str) -> None:
        warn(message, self.get_location(), "view")


def split_list(text: str | None) -> list[str]:
    """The items of a comma-separated option, stripped, empty ones left out."""
    return [part.strip() for part in (text or "").split(",") if part.strip()]
