"""Command line of the extension's tools.

``python -m framework_comparison new [NAME]``: start a framework page (``make new``).
``python -m framework_comparison fields``: the field reference, as plain text
(``make fields``).
``python -m framework_comparison check-releases [--json] [--write]``: the pages
against PyPI's JSON API (``make check-releases``); see :mod:`.releases`.
"""

from __future__ import annotations

import sys

from .scaffold import main

USAGE = (
    "usage: python -m framework_comparison new [NAME] | fields | check-releases [--json] [--write]"
)

if __name__ == "__main__":
    command = sys.argv[1:2]
    if command == ["new"]:
        raise SystemExit(main(sys.argv[2:]))
    if command == ["fields"]:
        from .contributing import field_reference_text

        print(field_reference_text())
        raise SystemExit(0)
    if command == ["check-releases"]:
        from .releases import main as check_releases

        raise SystemExit(check_releases(sys.argv[2:]))
    print(USAGE, file=sys.stderr)
    raise SystemExit(2)
