"""Command line of the extension's tools: ``python -m framework_comparison new NAME``."""

from __future__ import annotations

import sys

from .scaffold import main

if __name__ == "__main__":
    if sys.argv[1:2] != ["new"]:
        print("usage: python -m framework_comparison new NAME", file=sys.stderr)
        raise SystemExit(2)
    raise SystemExit(main(sys.argv[2:]))
