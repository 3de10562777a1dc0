"""Reading a spreadsheet of learners and checking every row before anything is saved.

An operator fills the template in Excel or LibreOffice, as CSV or XLSX, in
Bangla or English. Reading (:func:`read_upload`) and checking
(:func:`validate_rows`) are pure: what the database knows (districts, names
already on a number) comes in as plain data, so the same checks run for the
preview and again, inside the import's transaction, just before saving.

A file is refused as a whole when it is too big, empty, not UTF-8, has too
many rows (counting stops at the limit, so a huge file costs little) or has
missing, unknown or repeated columns. Otherwise each row gets its own
messages: a bad name or number, an unknown gender or learner type, the same
person twice, someone already registered, or a cell that looks like a
spreadsheet formula (``=HYPERLINK(...)``), which would run when the list is
opened in Excel later.
"""

import csv
import io
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _

from elearn.formatting import localise_digits

from .models import LearnerProfile
from .validation import normalise_name, normalise_phone, normalise_pin

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 2000
# Each PIN is hashed like a password (about a third of a second): more than
# this many would keep the operator waiting too long.
MAX_PINS = 50
# An XLSX file is a zip: refuse one that would unpack to far more than it weighs.
MAX_XLSX_UNPACKED_BYTES = 40 * 1024 * 1024

COLUMNS = ("name", "phone", "gender", "learner_type", "district", "pin")
REQUIRED_COLUMNS = ("name", "phone", "gender", "learner_type")

COLUMN_LABELS = {
    "name": gettext_lazy("Name"),
    "phone": gettext_lazy("Mobile number"),
    "gender": gettext_lazy("Gender"),
    "learner_type": gettext_lazy("Learner type"),
    "district": gettext_lazy("District"),
    "pin": gettext_lazy("PIN"),
}

# The template's headings: the column's key, then its Bangla name, so both
# readers know the column. Bangla and English headings alone work too.
TEMPLATE_HEADINGS = (
    "name (নাম)",
    "phone (মোবাইল নম্বর)",
    "gender (লিঙ্গ)",
    "learner_type (শিক্ষার্থীর ধরন)",
    "district (জেলা)",
    "pin (পিন)",
)

# Words an operator may write as a heading or a value. These are data the
# reader matches, not text shown to anyone, so they are not translated.
_HEADING_WORDS = {
    "name": {"name", "full name", "learner name", "নাম", "পুরো নাম", "শিক্ষার্থীর নাম"},
    "phone": {
        "phone",
        "mobile",
        "mobile number",
        "phone number",
        "মোবাইল",
        "মোবাইল নম্বর",
        "মোবাইল নং",
        "ফোন",
        "ফোন নম্বর",
    },
    "gender": {"gender", "sex", "লিঙ্গ"},
    "learner type": {"learner type", "type", "শিক্ষার্থীর ধরন", "ধরন"},
    "district": {"district", "জেলা"},
    "pin": {"pin", "পিন", "পিন নম্বর"},
}
_GENDER_WORDS = {
    LearnerProfile.Gender.FEMALE: {"f", "woman", "নারী", "মহিলা"},
    LearnerProfile.Gender.MALE: {"m", "man", "পুরুষ"},
    LearnerProfile.Gender.OTHER: {"অন্য", "অন্যান্য", "তৃতীয় লিঙ্গ"},
}
_TYPE_WORDS = {
    LearnerProfile.LearnerType.RETURNEE: {
        "returned migrant",
        "returnee migrant",
        "বিদেশফেরত",
        "বিদেশ ফেরত",
        "বিদেশফেরত অভিবাসী",
        "প্রবাস ফেরত",
    },
    LearnerProfile.LearnerType.ASPIRANT: {
        "potential migrant",
        "aspirant migrant",
        "সম্ভাব্য অভিবাসী",
        "সম্ভাব্য",
    },
    LearnerProfile.LearnerType.FAMILY: {
        "family member",
        "migrant family",
        "migrant's family member",
        "পরিবার",
        "পরিবারের সদস্য",
        "অভিবাসীর পরিবারের সদস্য",
        "অভিবাসী পরিবার",
    },
}
# Older English spellings of districts people still write.
_DISTRICT_SPELLINGS = {
    "chittagong": "chattogram",
    "coxs bazar": "coxsbazar",
    "cox's bazar": "coxsbazar",
    "bogra": "bogura",
    "jessore": "jashore",
    "cumilla": "comilla",
    "barishal": "barisal",
    "jhalokati": "jhalakathi",
    "jhalokathi": "jhalakathi",
    "netrakona": "netrokona",
    "chapai nawabganj": "chapainawabganj",
    "nawabganj": "chapainawabganj",
    "moulvi bazar": "moulvibazar",
    "maulvibazar": "moulvibazar",
}

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ImportFileError(Exception):
    """The file as a whole cannot be read; ``message`` says why, for the operator."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


RawRow = tuple[int, dict[str, str]]


@dataclass
class Row:
    """One learner's row: its line in the file, what it said, and what is wrong."""

    line: int
    values: dict[str, str]
    cleaned: dict | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class Preview:
    rows: list[Row]
    errors: list[str] = field(default_factory=list)

    @property
    def bad_rows(self) -> int:
        return sum(1 for row in self.rows if row.errors)

    @property
    def ok(self) -> bool:
        return bool(self.rows) and not self.errors and not self.bad_rows


def _key(text: str) -> str:
    """Lower case, NFC, single spaces, underscores as spaces: for matching words."""
    text = unicodedata.normalize("NFC", str(text)).replace("_", " ").casefold()
    return " ".join(text.split())


def _local(value) -> str:
    return localise_digits(value, get_language())


# Reading ------------------------------------------------------------------


def _cell_text(value) -> str:
    """A cell as the text the operator sees: 1711000001.0 -> "1711000001"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _csv_cells(data: bytes) -> Iterator[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError(
            _(
                "This CSV file is not in UTF-8, so Bangla in it cannot be read. "
                "In Excel choose Save As, then “CSV UTF-8”; or upload "
                "the .xlsx file instead."
            )
        ) from None
    first_line = text.split("\n", 1)[0]
    delimiter = ","
    if "," not in first_line:
        delimiter = ";" if ";" in first_line else ("\t" if "\t" in first_line else ",")
    yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def _xlsx_cells(data: bytes) -> Iterator[list[str]]:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > MAX_XLSX_UNPACKED_BYTES:
            raise ImportFileError(
                _("This file is too big. Split it into smaller files.")
            )
        # Not data_only: a formula must come through as "=..." to be refused.
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except ImportFileError:
        raise
    except Exception:  # openpyxl raises many kinds of errors for a broken file
        raise ImportFileError(
            _("This file could not be read as an Excel (.xlsx) file.")
        ) from None
    try:
        sheet = book.worksheets[0]
        # Some programs write a wrong size into the file: read every row there is.
        sheet.reset_dimensions()
        rows = sheet.iter_rows(values_only=True)
        while True:
            try:
                values = next(rows)
            except StopIteration:
                return
            except Exception:  # a sheet broken half-way through
                raise ImportFileError(
                    _("This file could not be read as an Excel (.xlsx) file.")
                ) from None
            yield [_cell_text(value) for value in values]
    finally:
        book.close()


def _cells(filename: str, data: bytes) -> Iterator[list[str]]:
    name = filename.lower()
    if data.startswith(b"PK\x03\x04") or name.endswith(".xlsx"):
        return _xlsx_cells(data)
    if name.endswith(".xls") or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            _("Old Excel (.xls) files cannot be read. Save the file as .xlsx or CSV.")
        )
    if name.endswith((".csv", ".txt")):
        return _csv_cells(data)
    raise ImportFileError(_("Upload a CSV or Excel (.xlsx) file."))


def _column_for(heading: str) -> str | None:
    """The column key a heading names, e.g. "phone (মোবাইল নম্বর)" -> "phone"."""
    text = _key(heading)
    candidates = {text}
    if "(" in text:
        before, _sep, inside = text.partition("(")
        candidates |= {before.strip(), inside.rstrip(")").strip()}
    for part in text.split("/"):
        candidates.add(part.strip())
    for column, words in _HEADING_WORDS.items():
        if candidates & words:
            return column.replace(" ", "_")
    return None


def _columns(headings: Sequence[str]) -> list[str | None]:
    """Map each heading to its column key (None for an empty heading).

    :raises ImportFileError: naming every missing, unknown or repeated column.
    """
    columns: list[str | None] = []
    unknown, seen, repeated = [], set(), []
    for heading in headings:
        if not heading.strip():
            columns.append(None)  # an empty column Excel left at the side
            continue
        column = _column_for(heading)
        if column is None:
            unknown.append(heading.strip())
        elif column in seen:
            repeated.append(heading.strip())
        seen.add(column)
        columns.append(column)
    missing = [c for c in REQUIRED_COLUMNS if c not in seen]
    problems = []
    if missing:
        problems.append(
            _("Missing columns: %(columns)s.")
            % {"columns": ", ".join(str(COLUMN_LABELS[c]) for c in missing)}
        )
    if unknown:
        problems.append(
            _("Columns we do not know: %(columns)s.")
            % {"columns": ", ".join(f"\u201c{h}\u201d" for h in unknown)}
        )
    if repeated:
        problems.append(
            _("Columns that appear twice: %(columns)s.")
            % {"columns": ", ".join(f"\u201c{h}\u201d" for h in repeated)}
        )
    if problems:
        problems.append(
            _(
                "The first row must hold the column names of the template: "
                "name, phone, gender, learner_type, and if you like district "
                "and pin. Download the template and copy the learners into it."
            )
        )
        raise ImportFileError(" ".join(problems))
    return columns


def check_size(size: int) -> None:
    """:raises ImportFileError: if a file of ``size`` bytes is too big to read."""
    if size > MAX_BYTES:
        raise ImportFileError(
            _("This file is too big: at most %(mb)s MB. Split it into smaller files.")
            % {"mb": _local(MAX_BYTES // (1024 * 1024))}
        )


def read_upload(*, filename: str, data: bytes) -> list[RawRow]:
    """Return the learners' rows of a CSV or XLSX file, as text by column.

    Each row is ``(line, {"name": ..., "phone": ..., ...})`` where ``line`` is
    the row's number in the spreadsheet (the headings are line 1). Empty rows
    are skipped.

    :raises ImportFileError: when the file as a whole cannot be used.
    """
    if not data:
        raise ImportFileError(_("The file is empty."))
    check_size(len(data))
    cells = _cells(filename, data)
    try:
        headings = next(cells)
    except StopIteration:
        raise ImportFileError(_("The file is empty.")) from None
    except csv.Error:
        raise ImportFileError(_("This CSV file could not be read.")) from None
    columns = _columns(headings)
    rows: list[RawRow] = []
    try:
        for line, values in enumerate(cells, start=2):
            if not any(value.strip() for value in values):
                continue
            if len(rows) >= MAX_ROWS:
                raise ImportFileError(
                    _(
                        "Too many rows: at most %(max)s learners in one file. "
                        "Split the file and import each part."
                    )
                    % {"max": _local(MAX_ROWS)}
                )
            row = dict.fromkeys(COLUMNS, "")
            for column, value in zip(columns, values, strict=False):
                if column is not None:
                    row[column] = value
            rows.append((line, row))
    except csv.Error:
        raise ImportFileError(_("This CSV file could not be read.")) from None
    if not rows:
        raise ImportFileError(
            _("The file has the column names but no learners under them.")
        )
    return rows


# Checking -----------------------------------------------------------------


def _choice_index(choices, extra_words: Mapping[str, set[str]]) -> dict[str, str]:
    """Words (value, English and Bangla label, other words) -> stored value."""
    index = {}
    for value, label in choices:
        words = {value, *extra_words.get(value, ())}
        for language in ("en", "bn"):
            with translation.override(language):
                words.add(str(label))
        for word in words:
            index[_key(word)] = value
    return index


def district_index(districts: Iterable[tuple[int, str, str]]) -> dict[str, int]:
    """``(pk, name_en, name_bn)`` rows -> a lookup by any name, in either language."""
    index = {}
    for pk, name_en, name_bn in districts:
        index[_key(name_en)] = pk
        index[_key(name_en).replace(" ", "")] = pk
        index[_key(name_bn)] = pk
    for old, new in _DISTRICT_SPELLINGS.items():
        if new in index:
            index[old] = index[new]
    return index


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS) or text.strip().startswith(
        FORMULA_STARTS[:4]
    )


def phones_of(rows: Iterable[RawRow]) -> set[str]:
    """The valid numbers in ``rows``, normalised: to look up who is on them."""
    phones = set()
    for _line, values in rows:
        try:
            phones.add(normalise_phone(values.get("phone", "")))
        except ValidationError:
            pass
    return phones


def _message(error: ValidationError) -> str:
    return " ".join(str(m) for m in error.messages)


def validate_rows(
    rows: Sequence[RawRow],
    *,
    districts: Iterable[tuple[int, str, str]],
    default_district_id: int,
    registered: Mapping[str, Sequence[str]],
    max_profiles: int,
) -> Preview:
    """Check every row as registration would, plus what only a file can get wrong.

    :param districts: ``(pk, name_en, name_bn)`` of every district.
    :param default_district_id: for rows that leave the district empty (the
        centre's district).
    :param registered: names already registered, by normalised phone number,
        for the phones in the file.
    :param max_profiles: the most profiles one number may have.
    :returns: every row with its cleaned values or its errors (in the active
        language), and errors about the file as a whole.
    """
    genders = _choice_index(LearnerProfile.Gender.choices, _GENDER_WORDS)
    types = _choice_index(LearnerProfile.LearnerType.choices, _TYPE_WORDS)
    district_ids = district_index(districts)
    first_line_of: dict[tuple[str, str], int] = {}
    on_phone = {phone: len(names) for phone, names in registered.items()}
    results = []
    pins = 0
    for line, values in rows:
        row = Row(line=line, values=dict(values))
        errors: dict[str, str] = {}
        cleaned: dict = {}
        for column in COLUMNS:
            text = values.get(column, "")
            if not looks_like_formula(text):
                continue
            if column == "phone":
                try:
                    normalise_phone(text)
                    continue  # +8801712345678 is a number, not a formula
                except ValidationError:
                    pass
            errors[column] = _(
                "This looks like a spreadsheet formula, not a value: "
                "remove the =, +, - or @ at the start."
            )
        if "name" not in errors:
            try:
                cleaned["full_name"] = normalise_name(values.get("name", ""))
            except ValidationError as error:
                errors["name"] = _message(error)
        if "phone" not in errors:
            try:
                cleaned["phone"] = normalise_phone(values.get("phone", ""))
            except ValidationError as error:
                errors["phone"] = _message(error)
        if "gender" not in errors:
            gender = genders.get(_key(values.get("gender", "")))
            if gender is None:
                errors["gender"] = _("Write female, male or other (নারী, পুরুষ, অন্যান্য).")
            cleaned["gender"] = gender
        if "learner_type" not in errors:
            kind = types.get(_key(values.get("learner_type", "")))
            if kind is None:
                errors["learner_type"] = _(
                    "Write returnee, aspirant or family "
                    "(বিদেশফেরত, সম্ভাব্য অভিবাসী, পরিবার)."
                )
            cleaned["learner_type"] = kind
        if "district" not in errors:
            name = values.get("district", "").strip()
            district = district_ids.get(_key(name)) if name else default_district_id
            if district is None:
                errors["district"] = _(
                    "We do not know this district. Write it as in the list of "
                    "districts, in Bangla or English, or leave it empty."
                )
            cleaned["district_id"] = district
        if "pin" not in errors and values.get("pin", "").strip():
            try:
                normalise_pin(values["pin"])
                pins += 1
            except ValidationError as error:
                errors["pin"] = _message(error)
        if "full_name" in cleaned and "phone" in cleaned:
            pair = (cleaned["phone"], cleaned["full_name"])
            if pair in first_line_of:
                errors["name"] = _(
                    "The same name and number are already in row %(line)s."
                ) % {"line": _local(first_line_of[pair])}
            elif cleaned["full_name"] in registered.get(cleaned["phone"], ()):
                errors["name"] = _(
                    "Someone with this name is already registered on this number."
                )
            elif on_phone.get(cleaned["phone"], 0) >= max_profiles:
                errors["phone"] = _(
                    "This number already has the most profiles it can have."
                )
            else:
                first_line_of[pair] = line
                on_phone[cleaned["phone"]] = on_phone.get(cleaned["phone"], 0) + 1
        row.errors = [
            _("%(column)s: %(error)s")
            % {"column": COLUMN_LABELS[column], "error": errors[column]}
            for column in COLUMNS
            if column in errors
        ]
        row.cleaned = None if errors else cleaned
        results.append(row)
    preview = Preview(rows=results)
    if pins > MAX_PINS:
        preview.errors.append(
            _(
                "%(count)s rows have a PIN; at most %(max)s may. Leave the PIN "
                "empty: learners can set it later at the centre."
            )
            % {"count": _local(pins), "max": _local(MAX_PINS)}
        )
    return preview


def summary(preview: Preview) -> str:
    """Return "120 rows, 3 with errors" in the active language."""
    rows = len(preview.rows)
    bad = preview.bad_rows
    text = ngettext("%(rows)s row", "%(rows)s rows", rows) % {"rows": _local(rows)}
    if bad:
        text += ", " + ngettext("%(bad)s with an error", "%(bad)s with errors", bad) % {
            "bad": _local(bad)
        }
    else:
        text += ", " + _("no errors")
    return text


def column_help() -> list[tuple[str, str, str, str]]:
    """Return ``(heading, label, what to write, example)`` for each column."""
    explain = {
        "name": (
            _("Required. As it should be on the certificate, Bangla or English."),
            "রহিমা খাতুন",
        ),
        "phone": (
            _("Required. A Bangladeshi mobile number; family members may share one."),
            "01711000001",
        ),
        "gender": (
            _("Required. female, male or other (নারী, পুরুষ, অন্যান্য)."),
            "নারী",
        ),
        "learner_type": (
            _(
                "Required. returnee, aspirant or family "
                "(বিদেশফেরত, সম্ভাব্য অভিবাসী, পরিবার)."
            ),
            "পরিবার",
        ),
        "district": (
            _("Optional. Bangla or English; empty means the centre's district."),
            "টাঙ্গাইল",
        ),
        "pin": (
            _(
                "Optional, 4 to 6 digits. Empty: the learner sets a PIN later "
                "at the centre."
            ),
            "",
        ),
    }
    return [
        (heading, str(COLUMN_LABELS[column]), *explain[column])
        for heading, column in zip(TEMPLATE_HEADINGS, COLUMNS, strict=True)
    ]


def hash_pins(rows: Sequence[RawRow]) -> list[str | None]:
    """Return each row's PIN hashed like a password, or None for no PIN.

    Done once, at the preview, so the PINs themselves are never kept.
    """
    from django.contrib.auth.hashers import make_password

    hashes = []
    for _line, values in rows:
        pin = values.get("pin", "").strip()
        hashes.append(make_password(normalise_pin(pin)) if pin else None)
    return hashes


def without_pins(rows: Sequence[RawRow]) -> list[RawRow]:
    """Return ``rows`` with the PIN column emptied (see :func:`hash_pins`)."""
    return [(line, {**values, "pin": ""}) for line, values in rows]
