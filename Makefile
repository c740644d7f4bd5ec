# The one way in, for people, CI and Read the Docs alike.
# `make html` and `make test` create .venv/ from requirements.lock when it is
# missing or the lock has changed, and only then.

PYTHON      ?= python3
VENV        := .venv
BIN         := $(VENV)/bin
STAMP       := $(VENV)/.installed-from-lock
SPHINXBUILD := $(BIN)/sphinx-build
SOURCEDIR   := .
BUILDDIR    := _build
# Strict by default: nitpicky, warnings are errors, but report them all.
SPHINXOPTS  ?= -n -W --keep-going
# `make new NAME="Foo Bar"`
NAME        ?=

.DEFAULT_GOAL := help
.PHONY: help html dirhtml latex latexpdf epub text linkcheck livehtml test lint \
        test-fast new fields bench snapshots lock venv clean

help: ## Show this help
	@echo "Python Web Frameworks Overview: make targets"
	@grep -E '^[a-z][a-z-]*:.*## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*## "}; {printf "  %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	@touch $@

venv: $(STAMP) ## Create or refresh .venv/ from requirements.lock

html: $(STAMP) ## Build the HTML site into _build/html
	$(SPHINXBUILD) -M html "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS) $(O)

dirhtml latex text linkcheck: $(STAMP)
	$(SPHINXBUILD) -M $@ "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS) $(O)

latexpdf: $(STAMP) ## Build the PDF (LaTeX + latexmk, as Read the Docs does)
	$(SPHINXBUILD) -M latexpdf "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS) $(O)

epub: $(STAMP) ## Build the ePub into _build/epub
	$(SPHINXBUILD) -M epub "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS) $(O)

livehtml: $(STAMP) ## Preview with live reload at http://127.0.0.1:8000
	$(BIN)/sphinx-autobuild "$(SOURCEDIR)" "$(BUILDDIR)/livehtml" -n --keep-going \
		--watch _ext --ignore "$(BUILDDIR)/*" --ignore "$(VENV)/*" $(O)

test: $(STAMP) ## Run the test suite
	$(BIN)/python -m pytest $(O)

test-fast: $(STAMP) ## Run the quick tests (not the PDF, ePub, browser and whole-site ones)
	$(BIN)/python -m pytest -m "not slow" $(O)

snapshots: $(STAMP) ## Refresh tests/snapshots/ after an intended change to the views
	UPDATE_SNAPSHOTS=1 $(BIN)/python -m pytest -q tests/test_snapshots.py

# pre-commit sees only files git tracks; the second run lints new, untracked files.
lint: $(STAMP) ## Run every pre-commit hook on the whole tree, new files included
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

bench: $(STAMP) ## Benchmark builds at N = 100, 300, 1000 (QUICK=1: N = 100 only)
	PYTHONPATH=_ext $(BIN)/python -m bench $(if $(QUICK),--quick)

lock: $(STAMP) ## Re-resolve requirements.lock from pyproject.toml
	$(BIN)/uv pip compile --universal --python-version 3.11 --generate-hashes \
		--group pyproject.toml:test --group pyproject.toml:dev pyproject.toml \
		-o requirements.lock

clean: ## Remove build output (keeps .venv/)
	rm -rf "$(BUILDDIR)"
