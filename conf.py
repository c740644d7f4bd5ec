"""Sphinx configuration for the Python Web Frameworks Overview.

Sections: project, general, HTML (furo), LaTeX, ePub, our extension.
Nothing here touches the network: the build works offline.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent.resolve()
sys.path.insert(0, str(HERE / "_ext"))

# -- Project -----------------------------------------------------------------
# https://www.sphinx-doc.org/en/master/usage/configuration.html#project-information

project = "Python Web Frameworks Overview"
author = "The Python Web Frameworks Overview contributors"
copyright = "2026, The Python Web Frameworks Overview contributors"
version = "2026.11"
release = version
language = "en"

# -- General -----------------------------------------------------------------
# https://www.sphinx-doc.org/en/master/usage/configuration.html#general-configuration

extensions = [
    "sphinx_design",
    "framework_comparison",  # _ext/framework_comparison: our records and views
    "furo_sidebar",  # _ext/furo_sidebar.py: furo's sidebar rendered once per folder
]
templates_path = ["_templates"]
exclude_patterns = [
    "_build",
    ".venv",
    ".ci",
    ".github",
    "bench",
    "tests",
    "_templates",
    "README.rst",
    "CONTRIBUTING.rst",
    "Thumbs.db",
    ".DS_Store",
]
root_doc = "index"
nitpicky = True  # every cross-reference must resolve
# Links to Python Enhancement Proposals, written offline.
pep_url = "https://peps.python.org/"
today_fmt = "%Y-%m-%d"

# -- Source links ------------------------------------------------------------
# Every page links to its own source for editing. The one place that says
# where the sources live: SOURCE_REPOSITORY, or, on Read the Docs, the
# repository it cloned. With neither, no edit link is shown (never a broken one).

SOURCE_REPOSITORY = ""  # e.g. "https://github.com/<owner>/<repo>"
SOURCE_BRANCH = "main"
_EDIT_HOSTS = ("https://github.com/", "https://gitlab.com/", "https://bitbucket.org/")


def source_links(environ: dict[str, str]) -> dict[str, str]:
    """furo's source options, from SOURCE_REPOSITORY or Read the Docs' variables."""
    repository = SOURCE_REPOSITORY or environ.get("READTHEDOCS_GIT_CLONE_URL", "")
    # git@github.com:owner/repo.git -> https://github.com/owner/repo
    repository = re.sub(r"^git@([^:]+):", r"https://\1/", repository.strip())
    repository = repository.removesuffix("/").removesuffix(".git")
    if not repository.startswith(_EDIT_HOSTS):
        return {}
    branch = SOURCE_BRANCH
    if environ.get("READTHEDOCS_GIT_CLONE_URL"):
        # A pull-request preview edits at its commit; a branch build on its branch.
        if environ.get("READTHEDOCS_VERSION_TYPE") == "external":
            branch = environ.get("READTHEDOCS_GIT_COMMIT_HASH", branch)
        else:
            branch = environ.get("READTHEDOCS_GIT_IDENTIFIER", branch)
    return {
        "source_repository": repository + "/",
        "source_branch": branch,
        "source_directory": "",
    }


# -- HTML (furo) -------------------------------------------------------------
# https://pradyunsg.github.io/furo/customisation/

html_theme = "furo"
html_theme_options = {**source_links(dict(os.environ))}
html_title = project
html_static_path: list[str] = []
html_last_updated_fmt = "%Y-%m-%d"
html_copy_source = True

# -- LaTeX (PDF) -------------------------------------------------------------
# https://www.sphinx-doc.org/en/master/usage/configuration.html#options-for-latex-output
#
# Engine: pdflatex. Every page is in Latin script, so pdflatex needs no system
# fonts: TeX Gyre Termes, Heros and Cursor (the Debian package tex-gyre) give
# the PDF a consistent, scalable type family with the smallest TeX Live
# install and the fastest build (Read the Docs runs the same latexmk call).

latex_engine = "pdflatex"
latex_documents = [
    (root_doc, "python-web-frameworks-overview.tex", project, author, "manual"),
]
latex_show_urls = "footnote"
latex_elements = {
    "papersize": "a4paper",
    "pointsize": "10pt",
    "fontpkg": r"""
\usepackage{tgtermes}
\usepackage{tgheros}
\usepackage{tgcursor}
""",
    # Wide comparison tables get landscape-free room: narrower margins.
    "geometry": r"\usepackage[a4paper,margin=2cm,includeheadfoot]{geometry}",
    "printindex": r"\footnotesize\raggedright\printindex",
    "preamble": r"""
% The feature matrices mark a term with U+2713 CHECK MARK (amssymb).
\DeclareUnicodeCharacter{2713}{\ensuremath{\checkmark}}
% Terms print in italics; "none" (verified absence) and "unknown" (not
% verified) print upright, and "unknown" with a question mark, as in HTML.
\expandafter\def\csname DUrolefw-none\endcsname#1{\textup{#1}}
\expandafter\def\csname DUrolefw-unknown\endcsname#1{\textup{?\,#1}}
""",
}

# -- ePub --------------------------------------------------------------------
# https://www.sphinx-doc.org/en/master/usage/configuration.html#options-for-epub-output

epub_title = project
epub_author = author
epub_publisher = author
epub_copyright = copyright
# A stable identifier: the same book across editions. Sphinx writes epub_uid
# (an XML id) into toc.ncx where EPUBCheck expects the identifier's value, so
# the two are the same string, and that string must be a valid XML id.
epub_identifier = "pwfo-6f1f3c3e-6d1b-4f0e-9a53-8f1b8a1c2d4e"
epub_uid = epub_identifier
epub_show_urls = "footnote"
# .buildinfo.bak: Sphinx's backup of .buildinfo after a configuration change.
epub_exclude_files = ["search.html", ".buildinfo.bak"]

# -- Our extension (_ext/framework_comparison) -------------------------------
# framework_today: leave unset; tests pin it to make dates reproducible.
# A framework directive outside frameworks/ is a warning, not a record.
framework_pages_folder = "frameworks"
