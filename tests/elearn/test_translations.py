"""The Bangla catalogue is complete and compiled, and pages use it."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

PO = Path(settings.BASE_DIR) / "locale" / "bn" / "LC_MESSAGES" / "django.po"


def entries():
    """(flags, msgid, msgstr) for each entry of the .po file, header excluded."""
    text = PO.read_text(encoding="utf-8")
    for block in text.split("\n\n"):
        flags = " ".join(re.findall(r"^#, (.*)$", block, re.M))
        msgid = "".join(re.findall(r'^(?:msgid )?"(.*)"$', _section(block, "msgid")))
        msgstr = "".join(
            re.findall(
                r'^(?:msgstr(?:\[0\])? )?"(.*)"$', _section(block, "msgstr"), re.M
            )
        )
        if msgid:
            yield flags, msgid, msgstr


def _section(block, keyword):
    lines = block.splitlines()
    out, inside = [], False
    for line in lines:
        if line.startswith(keyword):
            inside = True
        elif not line.startswith('"'):
            inside = False
        if inside:
            out.append(line)
    return "\n".join(out)


def test_every_message_has_a_bangla_translation_and_none_is_fuzzy():
    problems = [
        msgid for flags, msgid, msgstr in entries() if not msgstr or "fuzzy" in flags
    ]
    assert problems == []


def test_compiled_catalogue_is_newer_than_its_source():
    mo = PO.with_suffix(".mo")
    assert mo.exists()
    assert mo.stat().st_size > 0
    with translation.override("bn"):
        assert translation.gettext("Sign in") != "Sign in"


@pytest.mark.django_db
def test_pages_in_bangla_and_english(client):
    bn = client.get("/register/").content.decode()
    en = client.get("/en/register/").content.decode()
    with translation.override("bn"):
        assert translation.gettext("Register") in bn
    assert 'lang="bn"' in bn
    assert 'lang="en"' in en
    assert "Register" in en


@pytest.mark.django_db
def test_language_switcher_keeps_the_learner_on_the_same_page(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/register/"})
    assert response.status_code == 302
    assert response.url == "/en/register/"
