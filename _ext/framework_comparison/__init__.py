"""Framework comparison: records of Python web frameworks, and the views built from them.

Each framework page holds one ``framework`` directive. This extension validates
it into a record, keeps the records in the ``fw`` domain, and turns them into
cards, comparison tables, feature matrices, the glossary's back-links and
``frameworks.json``.

The layers, each importing only from the ones above it:

=============  ==============================================================
model          ``vocabulary`` (terms), ``schema`` (fields, kinds, values),
               ``records``, ``validation``, ``diagnostics`` (typed warnings);
               no Sphinx but its logger
settings       ``config``: the ``framework_*`` settings and today's date
reading        ``directive`` (the record and its card), ``domain`` (the
               records), ``sources`` (the ``:sources:`` check),
               ``untrusted`` (what a pull request may not publish),
               ``scaffold`` (``make new`` and its placeholders)
views          ``inline`` (value nodes), ``lenient`` (lenient options),
               ``views`` (placeholder, fingerprint, rewrite, resolve),
               ``fragments`` (rows and back-links cached as HTML),
               ``tabular`` (table nodes), then one module per view:
               ``table``, ``matrix``, ``freshness``, ``glossary``,
               ``lineage`` (relations from both ends), ``timeline``
               (the timeline and the family tree, drawn by ``pictures``),
               ``directory``, ``finder`` (and the compare page)
outputs        ``contributing`` (the guide's reference lists), ``export``
               (``frameworks.json``), ``html`` (card classes, CSS, JS),
               ``latex`` (ragged table cells, card links on paper),
               ``sidebar`` (the sidebar's frameworks, by kind)
tools          ``releases`` (``make check-releases``: the pages against
               PyPI), run by ``__main__``, never by the build; model only
=============  ==============================================================
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from .config import setup_config
from .contributing import setup_contributing
from .directive import setup_directive
from .directory import setup_directory
from .domain import setup_domain
from .export import setup_export
from .finder import setup_finder
from .fragments import setup_fragments
from .freshness import setup_freshness
from .glossary import setup_glossary
from .html import setup_html
from .latex import setup_latex
from .lineage import setup_lineage
from .matrix import setup_matrix
from .pictures import setup_pictures
from .scaffold import setup_scaffold
from .sidebar import setup_sidebar
from .sources import setup_sources
from .table import setup_table
from .timeline import setup_timeline
from .untrusted import setup_untrusted
from .views import setup_views

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.util.typing import ExtensionMetadata

__version__ = "1.0"


def _env_version() -> int:
    """Changes whenever the extension's code, declarations or vocabularies change.

    Sphinx re-reads every page when an extension's ``env_version`` changes, so
    editing a term, a field or the directive revalidates every record and
    rebuilds every card.
    """
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return int(digest.hexdigest()[:12], 16)


def setup(app: Sphinx) -> ExtensionMetadata:
    # settings
    setup_config(app)
    # reading
    setup_untrusted(app)
    setup_domain(app)
    setup_directive(app)
    setup_sources(app)
    setup_scaffold(app)
    # views
    setup_views(app)
    setup_fragments(app)
    setup_table(app)
    setup_matrix(app)
    setup_freshness(app)
    setup_glossary(app)
    setup_lineage(app)
    setup_pictures(app)
    setup_timeline(app)
    setup_directory(app)
    setup_finder(app)
    # outputs
    setup_contributing(app)
    setup_export(app)
    setup_html(app)
    setup_sidebar(app)
    setup_latex(app)
    return {
        "version": __version__,
        "env_version": _env_version(),
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
