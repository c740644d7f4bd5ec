# The one way in, for people, CI and Read the Docs alike.
# Two locks, one .venv/: requirements/docs.lock holds what building the site
# needs (Read the Docs installs it alone); requirements/dev.lock holds the same
# pins plus the test and lint tools. `make html` and `make new` install the
# docs lock, `make test` and `make lint` the dev lock: each when .venv/ is
# missing or that lock has changed, and only then (a stamp per lock).

PYTHON      ?= python3
VENV        := .venv
BIN         := $(VENV)/bin
DOCS_LOCK   := requirements/docs.lock
DEV_LOCK    := requirements/dev.lock
STAMP       := $(VENV)/.installed-docs-lock
DEV_STAMP   := $(VENV)/.installed-dev-lock
SPHINXBUILD := $(BIN)/sphinx-build
SOURCEDIR   := .
BUILDDIR    := _build
# Strict by default: nitpicky, warnings are errors, but report them all.
SPHINXOPTS  ?= -n -W --keep-going
# `make new NAME="Foo Bar"`
NAME        ?=

.DEFAULT_GOAL := help
.PHONY: help html dirhtml latex latexpdf epub text linkcheck livehtml test lint \
        test-fast new fields bench snapshots check-releases lock venv clean

help: ## Show this help
	@echo "Python Web Frameworks Overview: make targets"
	@grep -E '^[a-z][a-z-]*:.*## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*## "}; {printf "  %-15s %s\n", $$1, $$2}'

$(STAMP): $(DOCS_LOCK)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(DOCS_LOCK)
	@touch $@

# The dev lock holds every pin of the docs lock (tests/test_lint.py checks),
# so installing it installs the docs lock too.
$(DEV_STAMP): $(DEV_LOCK) $(DOCS_LOCK)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(DEV_LOCK)
	@touch $@ $(STAMP)

venv: $(DEV_STAMP) ## Create or refresh .venv/ from the dev lock (docs pins included)

html: $(STAMP) ## Build the HTML site into _build/html
	$(SPHINXBUILD) -M html "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS) $(O)

dirhtml latex text linkcheck: $(STAMP)
	$(SPHINXBUILD) -M $@ "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS) $(O)

latexpdf: $(STAMP) ## Build the PDF (LaTeX + latexmk, as Read the Docs does)
	$(SPHINXBUILD) -M latexpdf "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS) $(O)

epub: $(STAMP) ## Build the ePub into _build/epub
	$(SPHINXBUILD) -M epub "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS) $(O)

livehtml: $(DEV_STAMP) ## Preview with live reload at http://127.0.0.1:8000
	$(BIN)/sphinx-autobuild "$(SOURCEDIR)" "$(BUILDDIR)/livehtml" -n --keep-going \
		--watch _ext --ignore "$(BUILDDIR)/*" --ignore "$(VENV)/*" $(O)

test: $(DEV_STAMP) ## Run the test suite
	$(BIN)/python -m pytest $(O)

test-fast: $(DEV_STAMP) ## Run the quick tests (not the PDF, ePub, browser and whole-site ones)
	$(BIN)/python -m pytest -m "not slow" $(O)

snapshots: $(DEV_STAMP) ## Refresh tests/snapshots/ after an intended change to the views
	UPDATE_SNAPSHOTS=1 $(BIN)/python -m pytest -q tests/test_snapshots.py

# pre-commit sees only files git tracks; the second run lints new, untracked files.
lint: $(DEV_STAMP) ## Run every pre-commit hook on the whole tree, new files included
	$(BIN)/pre-commit run --all-files --show-diff-on-failure
	@untracked="$$(git ls-files --others --exclude-standard)"; \
	if [ -n "$$untracked" ]; then \
		echo "== linting files git does not track yet: $$untracked"; \
		git ls-files -z --others --exclude-standard | \
			xargs -0 $(BIN)/pre-commit run --show-diff-on-failure --files; \
	fi

# The name reaches Python through the environment, exactly as typed: never
# through a shell command line, where quotes, $(...) or backquotes would run.
new: export FRAMEWORK_NAME = $(value NAME)
new: $(STAMP) ## Start a framework page: make new NAME="Foo Bar"
	@PYTHONPATH=_ext $(BIN)/python -m framework_comparison new

fields: $(STAMP) ## Print the field reference: every field and how to write it
	@PYTHONPATH=_ext $(BIN)/python -m framework_comparison fields

# Reads PyPI's JSON API (the one target that uses the network); edits pages
# only with O=--write. O=--json prints one JSON document for other tools.
check-releases: $(STAMP) ## Report drift between the pages and PyPI (O=--write, O=--json)
	@PYTHONPATH=_ext $(BIN)/python -m framework_comparison check-releases $(O)

bench: $(DEV_STAMP) ## Benchmark builds at N = 100, 300, 1000 (QUICK=1: N = 100 only; O=--ours-only)
	PYTHONPATH=_ext $(BIN)/python -m bench $(if $(QUICK),--quick) $(O)

# The dev lock is resolved under the docs lock's pins, so the two never disagree.
lock: $(DEV_STAMP) ## Re-resolve both locks from pyproject.toml
	$(BIN)/uv pip compile --universal --python-version 3.11 --generate-hashes \
		pyproject.toml -o $(DOCS_LOCK)
	$(BIN)/uv pip compile --universal --python-version 3.11 --generate-hashes \
		--group pyproject.toml:test --group pyproject.toml:dev -c $(DOCS_LOCK) \
		pyproject.toml -o $(DEV_LOCK)

clean: ## Remove build output (keeps .venv/)
	rm -rf "$(BUILDDIR)"
