"""Command line of the extension's tools.

``python -m framework_comparison new [NAME]``: start a framework page (``make new``).
``python -m framework_comparison fields``: the field reference, as plain text
(``make fields``).
"""

from __future__ import annotations

import sys

from .scaffold import main

USAGE = "usage: python -m framework_comparison new [NAME] | fields"

if __name__ == "__main__":
    command = sys.argv[1:2]
    if command == ["new"]:
        raise SystemExit(main(sys.argv[2:]))
    if command == ["fields"]:
        from .contributing import field_reference_text

        print(field_reference_text())
        raise SystemExit(0)
    print(USAGE, file=sys.stderr)
    raise SystemExit(2)
