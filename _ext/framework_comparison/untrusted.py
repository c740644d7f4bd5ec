"""Every page is untrusted input: what a pull request may not publish.

Read the Docs builds a preview of every pull request, so a page must not be
able to put script into the site, publish a file of the build machine, or
crash the build. This module, for every page of the site:

* switches off raw markup and file insertion (docutils' ``raw_enabled`` and
  ``file_insertion_enabled``), and replaces the ``raw``, ``include`` and
  ``literalinclude`` directives, ``csv-table``'s ``:file:`` and ``:url:``
  and the ``raw`` role with ones that only warn (``framework.unsafe``);
* keeps a link only if its scheme is ``http``, ``https`` or ``mailto`` (or it
  has none: a link within the site); any other link is dropped, its text
  kept, with a ``framework.url`` warning;
* keeps an image or a download only if its file lies inside the project;
* leaves out a page that is not UTF-8, naming the file, line and byte
  (``framework.encoding``), instead of crashing.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst.directives.tables import CSVTable
from sphinx import addnodes
from sphinx.transforms import SphinxTransform
from sphinx.util.docutils import SphinxDirective
from sphinx.util.matching import Matcher

from .diagnostics import located, warn
from .lenient import AnyOption

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from docutils.parsers.rst.states import Inliner
    from sphinx.application import Sphinx
    from sphinx.config import Config

#: The schemes a link may have (besides none: a link within the site).
ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})
#: What a browser ignores in a URL (ASCII control characters and space).
_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):", re.IGNORECASE)


def setup_untrusted(app: Sphinx) -> None:
    app.connect("config-inited", leave_out_undecodable_pages)
    app.connect("builder-inited", switch_off_raw_and_file_insertion)
    for name in ("raw", "include", "literalinclude"):
        app.add_directive(name, SwitchedOffDirective, override=True)
    app.add_directive("csv-table", LocalCSVTable, override=True)
    app.add_role("raw", raw_role_switched_off, override=True)
    app.add_transform(SafeLinks)


def switch_off_raw_and_file_insertion(app: Sphinx) -> None:
    """docutils' own switches, behind the replaced directives as a second line."""
    app.env.settings["raw_enabled"] = False
    app.env.settings["file_insertion_enabled"] = False


# -- Directives and roles that would publish raw markup or files --------------

_WHY = {
    "raw": "raw markup would reach the published pages unchecked",
    "include": "it would publish a file of the build machine",
    "literalinclude": "it would publish a file of the build machine",
}


class SwitchedOffDirective(SphinxDirective):
    """``raw``, ``include``, ``literalinclude``: a located warning, no output."""

    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True
    option_spec: ClassVar[dict[str, Callable[[str], Any]] | None] = AnyOption()

    def run(self) -> list[nodes.Node]:
        warn(
            f"the {self.name} directive is switched off on this site: {_WHY[self.name]}; "
            "write the content as reStructuredText instead (it was left out)",
            self.get_location(),
            "unsafe",
        )
        return []


class LocalCSVTable(CSVTable):
    """``csv-table`` with inline data only: ``:file:`` and ``:url:`` warn."""

    def run(self) -> Sequence[nodes.table | nodes.system_message]:
        if "file" in self.options or "url" in self.options:
            source, line = self.state_machine.get_source_and_line(self.lineno)
            warn(
                "the csv-table options :file: and :url: are switched off on this site: they "
                "would publish a file of the build machine; put the rows in the directive "
                "(the table was left out)",
                f"{source}:{line}",
                "unsafe",
            )
            return []
        return super().run()


def raw_role_switched_off(
    name: str,
    rawtext: str,
    text: str,
    lineno: int,
    inliner: Inliner,
    options: dict[str, Any] | None = None,
    content: list[str] | None = None,
) -> tuple[list[nodes.Node], list[nodes.system_message]]:
    """The ``raw`` role (and roles derived from it): the text, not the markup."""
    source, line = inliner.reporter.get_source_and_line(lineno)
    warn(
        f"the raw role (here :{name}:) is switched off on this site: raw markup would "
        "reach the published pages unchecked; its text was kept as plain text",
        f"{source}:{line}",
        "unsafe",
    )
    return [nodes.Text(text)], []


# ``.. role:: name(raw)`` passes its options (``:format:``) on to the base role;
# docutils reads them from this attribute of the role function.
setattr(raw_role_switched_off, "options", AnyOption())  # noqa: B010


# -- Links, images and downloads ------------------------------------------------


def link_scheme(uri: str) -> str | None:
    """The scheme of *uri* as a browser reads it, lower-cased; None if it has none."""
    cleaned = _IGNORED_IN_URL.sub("", uri)
    match = _SCHEME.match(cleaned)
    return match.group(1).lower() if match else None


def is_allowed_link(uri: str) -> bool:
    scheme = link_scheme(uri)
    return scheme is None or scheme in ALLOWED_SCHEMES


class SafeLinks(SphinxTransform):
    """Drop links, images and downloads that a pull request may not publish."""

    # After docutils resolves named and anonymous targets (640); before
    # Sphinx's doctree-read event (880), whose collectors note images and
    # downloads to copy, and before the sources check (900), so that a dropped
    # link is not taken for a citation.
    default_priority = 870

    def apply(self, **kwargs: Any) -> None:
        for ref in list(self.document.findall(nodes.reference)):
            uri = ref.get("refuri")
            if uri is not None and not is_allowed_link(uri):
                self.drop_link(ref, uri)
        for target in self.document.findall(nodes.target):
            uri = target.get("refuri")
            if uri is not None and not is_allowed_link(uri):
                del target["refuri"]
        for image in list(self.document.findall(nodes.image)):
            uri = image.get("uri", "")
            if not self.is_allowed_file(uri, remote_ok=True):
                self.drop(image, f"the image {uri!r}", "an image inside the project")
        for download in list(self.document.findall(addnodes.download_reference)):
            wanted = download.get("reftarget", "")
            if not self.is_allowed_file(wanted, remote_ok=True):
                self.drop(download, f"the download {wanted!r}", "a file inside the project")

    def drop_link(self, ref: nodes.reference, uri: str) -> None:
        scheme = link_scheme(uri)
        warn(
            f"the link to {uri[:80]!r} was dropped (its text was kept): a {scheme}: link is "
            "not allowed on this site; link with http://, https:// or mailto:",
            located(ref),
            "url",
        )
        ref.replace_self(ref.children or [nodes.Text(ref.astext())])

    def is_allowed_file(self, target: str, *, remote_ok: bool) -> bool:
        scheme = link_scheme(target)
        if scheme is not None:
            return remote_ok and scheme in {"http", "https"}
        if not target or "*" in target:  # Sphinx's own candidate images
            return True
        srcdir = Path(self.env.srcdir).resolve()
        if target.startswith("/"):
            path = srcdir / target.lstrip("/")
        else:
            path = Path(self.env.doc2path(self.env.docname)).parent / target
        return path.resolve().is_relative_to(srcdir)

    def drop(self, node: nodes.Element, what: str, allowed: str) -> None:
        warn(
            f"{what} lies outside the project and was left out: a page may only use "
            f"{allowed}, or an http(s) address",
            located(node),
            "unsafe",
        )
        if isinstance(node, addnodes.download_reference):
            node.replace_self(node.children)
        else:
            node.parent.remove(node)


# -- Pages that are not UTF-8 -----------------------------------------------------


def leave_out_undecodable_pages(app: Sphinx, config: Config) -> None:
    """Exclude each source file that is not UTF-8, with a warning naming the byte."""
    srcdir = Path(app.srcdir)
    excluded = Matcher([*config.exclude_patterns, "**/.*", ".*"])
    suffixes = tuple(config.source_suffix)
    for folder, dirs, files in os.walk(srcdir):
        here = Path(folder).relative_to(srcdir).as_posix()
        here = "" if here == "." else here + "/"
        dirs[:] = sorted(d for d in dirs if not excluded(here + d))
        for name in sorted(files):
            relative = here + name
            if not name.endswith(suffixes) or excluded(relative):
                continue
            data = (srcdir / relative).read_bytes()
            try:
                data.decode(config.source_encoding)
            except UnicodeDecodeError as error:
                line = data[: error.start].count(b"\n") + 1
                encoding = config.source_encoding
                label = "UTF-8" if encoding.lower().startswith("utf-8") else encoding
                warn(
                    f"this page is not {label}: byte "
                    f"0x{data[error.start]:02x} at offset {error.start} (line {line}) cannot "
                    "be decoded, so the page was left out of the build; save it as UTF-8",
                    f"{srcdir / relative}:{line}",
                    "encoding",
                )
                config.exclude_patterns = [*config.exclude_patterns, relative]
