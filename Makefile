# Two commands do everything: `make run` (demo site) and `make test` (whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: run test lint setup install-dev install-js messages bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

# The H5P player comes from npm as prebuilt files (no JS build step); npm ci
# installs exactly package-lock.json, and install scripts stay off (.npmrc).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

install-js: node_modules/.installed

setup: $(VENV)/.installed node_modules/.installed
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_places
	$(BIN)/python manage.py seed_demo

run: setup
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

install-dev: $(VENV)/.installed-dev

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: lint node_modules/.installed
	$(BIN)/python -m pytest

# Regenerate the Bangla catalogue after changing user-facing strings.
messages: install-dev
	$(BIN)/python manage.py makemessages -l bn --ignore=.venv --ignore=node_modules
	$(BIN)/python manage.py compilemessages --ignore=.venv

bench: setup
	$(BIN)/python bench/lesson_page.py

clean:
	rm -rf $(VENV) node_modules db.sqlite3 staticfiles
