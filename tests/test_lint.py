"""`make lint`'s hooks pass on the whole tree, at the versions the lock pins."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO

CONFIG = REPO / ".pre-commit-config.yaml"


def locked_versions() -> dict[str, str]:
    text = (REPO / "requirements.lock").read_text(encoding="utf-8")
    return dict(re.findall(r"^([a-z0-9._-]+)==([^\s;]+)", text, re.MULTILINE))


def test_hook_pins_match_the_lock():
    pins = re.findall(r'"([a-z0-9._-]+)==([^"]+)"', CONFIG.read_text(encoding="utf-8"))
    assert pins, "the hooks pin their tools"
    locked = locked_versions()
    for name, version in pins:
        assert locked.get(name) == version, (name, version, locked.get(name))


@pytest.mark.slow
def test_lint_hooks_pass_on_the_whole_tree():
    if not (REPO / ".git").exists() or shutil.which("git") is None:
        pytest.skip("pre-commit needs a git checkout")
    pre_commit = Path(sys.executable).with_name("pre-commit")
    result = subprocess.run(
        [str(pre_commit), "run", "--all-files", "--show-diff-on-failure", "--color=never"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
