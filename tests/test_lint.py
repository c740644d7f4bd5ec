"""`make lint`'s hooks pass on the whole tree, at the versions the lock pins."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO, REQUIRE_TOOLS

CONFIG = REPO / ".pre-commit-config.yaml"


def pins(lock: Path) -> dict[str, set[str]]:
    """``name -> versions`` pinned by *lock* (a name may have one per environment marker)."""
    found: dict[str, set[str]] = {}
    text = lock.read_text(encoding="utf-8")
    for name, version in re.findall(r"^([a-z0-9._-]+)==([^\s;]+)", text, re.MULTILINE):
        found.setdefault(name, set()).add(version)
    return found


DOCS_LOCK = pins(REPO / "requirements" / "docs.lock")
DEV_LOCK = pins(REPO / "requirements" / "dev.lock")


def test_hook_pins_match_the_lock():
    pinned = re.findall(r'"([a-z0-9._-]+)==([^"]+)"', CONFIG.read_text(encoding="utf-8"))
    assert pinned, "the hooks pin their tools"
    for name, version in pinned:
        assert DEV_LOCK.get(name) == {version}, (name, version, DEV_LOCK.get(name))


def test_the_dev_lock_holds_every_pin_of_the_docs_lock():
    """`make test` and `make lint` build the site from the dev lock: the same site."""
    assert "sphinx" in DOCS_LOCK
    assert {name: DEV_LOCK.get(name) for name in DOCS_LOCK} == DOCS_LOCK


def test_the_docs_lock_holds_no_test_or_lint_tool():
    """Read the Docs, `make html` and `make new` install only what the build needs."""
    tools = {"pytest", "hypothesis", "playwright", "ruff", "mypy", "pre-commit", "zizmor"}
    assert tools <= set(DEV_LOCK)
    assert set(DOCS_LOCK).isdisjoint(tools), set(DOCS_LOCK) & tools
    readthedocs = (REPO / ".readthedocs.yaml").read_text(encoding="utf-8")
    assert re.findall(r"- requirements: (\S+)", readthedocs) == ["requirements/docs.lock"]


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


@pytest.mark.slow
def test_make_lint_also_lints_files_git_does_not_track(tmp_path: Path):
    """pre-commit sees tracked files only; ``make lint`` lints a page just started too."""
    if shutil.which("git") is None or not (REPO / ".venv" / ".installed-dev-lock").is_file():
        pytest.skip("needs git and the .venv that `make` creates")
    repo = tmp_path / "repo"
    repo.mkdir()
    for name in ("Makefile", ".pre-commit-config.yaml"):
        shutil.copy2(REPO / name, repo / name)
    shutil.copytree(REPO / "requirements", repo / "requirements")
    (repo / ".venv").symlink_to(REPO / ".venv")

    def run(*command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(command, cwd=repo, capture_output=True, text=True, check=False)

    run("git", "init", "-q")
    run("git", "add", "Makefile", ".pre-commit-config.yaml", "requirements")
    run("git", "-c", "user.email=ci@example.org", "-c", "user.name=CI", "commit", "-qm", "init")
    (repo / "new-page.rst").write_text("Title\n=====\n\nA trailing space \n", encoding="utf-8")
    result = run("make", "--no-print-directory", "lint")
    assert result.returncode != 0
    assert "new-page.rst:4:A trailing space" in result.stdout


WORKFLOWS = REPO / ".github" / "workflows"
#: A valid workflow that zizmor objects to: an unpinned action that keeps the
#: token in the checkout, and a pull request's title pasted into a shell.
INSECURE_WORKFLOW = """\
name: insecure
on: [pull_request_target]
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - run: echo "${{ github.event.pull_request.title }}"
"""
#: A job with no runs-on: not a workflow by GitHub's schema.
INVALID_WORKFLOW = INSECURE_WORKFLOW.replace("    runs-on: ubuntu-24.04\n", "")


def workflow_tool(name: str) -> str:
    path = Path(sys.executable).with_name(name)
    if not path.is_file():
        message = f"{name} is not installed: it comes from requirements/dev.lock"
        if REQUIRE_TOOLS:
            pytest.fail(message)
        pytest.skip(message)
    return str(path)


def check_workflows(folder: Path) -> dict[str, subprocess.CompletedProcess[str]]:
    files = sorted(str(path) for path in folder.glob("*.yml"))
    commands = {
        "zizmor": [workflow_tool("zizmor"), "--offline", "--no-progress", *files],
        "check-jsonschema": [
            workflow_tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows",
            *files,
        ],
    }  # fmt: skip
    return {
        name: subprocess.run(command, capture_output=True, text=True, check=False)
        for name, command in commands.items()
    }


@pytest.mark.slow
def test_the_workflows_pass_zizmor_and_the_workflow_schema(tmp_path: Path):
    assert sorted(path.name for path in WORKFLOWS.glob("*.yml")) == [
        "check-releases.yml",
        "ci.yml",
    ]
    for name, result in check_workflows(WORKFLOWS).items():
        assert result.returncode == 0, (name, result.stdout, result.stderr)
    insecure, invalid = tmp_path / "insecure", tmp_path / "invalid"
    for folder, text in ((insecure, INSECURE_WORKFLOW), (invalid, INVALID_WORKFLOW)):
        folder.mkdir()
        (folder / "workflow.yml").write_text(text, encoding="utf-8")
    zizmor = check_workflows(insecure)["zizmor"]
    assert zizmor.returncode != 0
    for audit in ("unpinned-uses", "artipacked", "template-injection"):
        assert audit in zizmor.stdout, zizmor.stdout
    schema = check_workflows(invalid)["check-jsonschema"]
    assert schema.returncode != 0
    assert "'runs-on' is a required property" in schema.stdout


def test_the_workflows_run_the_readme_commands_on_read_the_docs_python():
    ci = (WORKFLOWS / "ci.yml").read_text(encoding="utf-8")
    readthedocs = (REPO / ".readthedocs.yaml").read_text(encoding="utf-8")
    (python,) = re.findall(r'python: "(3\.\d+)"', readthedocs)
    assert f'python-version: "{python}"' in ci
    for command in ("run: make lint", "run: make html", "bash .ci/run", "pull_request:"):
        assert command in ci
    weekly = (WORKFLOWS / "check-releases.yml").read_text(encoding="utf-8")
    assert "schedule:" in weekly and "workflow_dispatch:" in weekly
    assert "make --no-print-directory check-releases" in weekly
    for workflow in (ci, weekly):
        assert "permissions:\n  contents: read\n" in workflow
        assert workflow.count("persist-credentials: false") == 1
        # every action pinned to a commit
        assert re.findall(r"uses: \S+@(\S+)", workflow)
        assert all(
            re.fullmatch(r"[0-9a-f]{40}", ref) for ref in re.findall(r"uses: \S+@(\S+)", workflow)
        )
