"""Importing learners from a spreadsheet: every row checked first, then all or
nothing, once."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from centres import imports
from centres.desk_views import SESSION_IMPORT
from centres.models import AuditEvent, District, LearnerProfile
from centres.services import MAX_PROFILES_PER_PHONE
from tests.centres.factories import (
    CentreFactory,
    LearnerFactory,
    OperatorFactory,
    to_bangla_letters,
)
from tests.i18n import bangla, bangla_plural

HEADINGS = ["name", "phone", "gender", "learner_type", "district", "pin"]
GOOD_ROWS = [
    ["রহিমা খাতুন", "01711000001", "নারী", "পরিবার", "", ""],
    ["শ্রাবন্তী র\u200d্যাহমান", "০১৭১১০০০০০১", "female", "returnee", "Narsingdi", ""],
    ["Abdul Karim", "+8801811000002", "Male", "Aspirant migrant", "টাঙ্গাইল", "2580"],
]
FORMULA = (
    "This looks like a spreadsheet formula, not a value: "
    "remove the =, +, - or @ at the start."
)
TOO_MANY = (
    "Too many rows: at most %(max)s learners in one file. "
    "Split the file and import each part."
)
NO_LEARNERS = "The file has the column names but no learners under them."


def csv_bytes(rows, headings=HEADINGS, *, bom=True):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headings)
    writer.writerows(rows)
    return ("\ufeff" if bom else "").encode() + out.getvalue().encode("utf-8")


def xlsx_bytes(rows, headings=HEADINGS):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(headings)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def districts():
    return list(District.objects.values_list("pk", "name_en", "name_bn"))


def check(rows, *, registered=None):
    """Run the row checks as the preview does, for a Tangail centre."""
    return imports.validate_rows(
        rows,
        districts=districts(),
        default_district_id=District.objects.get(name_en="Tangail").pk,
        registered=registered or {},
        max_profiles=MAX_PROFILES_PER_PHONE,
    )


def raw(*cells):
    """One row as read from a file, on line 2."""
    return (2, dict(zip(HEADINGS, [*cells, "", "", "", "", "", ""][:6], strict=True)))


# Reading files (no database) ---------------------------------------------


def test_csv_with_english_headings_is_read_row_by_row():
    """Each learner becomes (line, values by column); empty rows are skipped."""
    data = csv_bytes([GOOD_ROWS[0], ["", "", "", "", "", ""], GOOD_ROWS[1]])

    rows = imports.read_upload(filename="learners.csv", data=data)

    assert [line for line, _values in rows] == [2, 4]
    assert rows[0][1]["name"] == "রহিমা খাতুন"
    assert rows[1][1]["district"] == "Narsingdi"


def in_bangla_as_is(message: str) -> str:
    """A format whose Bangla is the same text (here: "column: error")."""
    with translation.override("bn"):
        return translation.gettext(message)


@pytest.mark.parametrize(
    "headings",
    [
        list(imports.TEMPLATE_HEADINGS),
        ["নাম", "মোবাইল নম্বর", "লিঙ্গ", "শিক্ষার্থীর ধরন", "জেলা", "পিন"],
        ["Name", "Mobile Number", "GENDER", "Learner Type", "District", "PIN"],
    ],
)
def test_headings_may_be_the_templates_bangla_or_english(headings):
    """The template's bilingual headings, Bangla alone or English in any case."""
    rows = imports.read_upload(
        filename="x.csv", data=csv_bytes([GOOD_ROWS[0]], headings=headings)
    )

    assert rows[0][1]["phone"] == "01711000001"


def test_a_semicolon_separated_csv_is_read_too():
    """Excel in some settings saves CSV with semicolons."""
    data = "name;phone;gender;learner_type\nরহিমা;01711000001;নারী;পরিবার\n"

    rows = imports.read_upload(filename="x.csv", data=data.encode())

    assert rows[0][1]["learner_type"] == "পরিবার"


@pytest.mark.parametrize(
    "headings, expected",
    [
        (["name", "phone", "gender"], "Missing columns: %(columns)s."),
        (HEADINGS + ["email"], "Columns we do not know: %(columns)s."),
        (
            ["name", "phone", "gender", "learner_type", "phone"],
            "Columns that appear twice: %(columns)s.",
        ),
    ],
)
def test_wrong_or_missing_columns_refuse_the_whole_file(headings, expected):
    """One clear message for the file, pointing to the template."""
    with pytest.raises(imports.ImportFileError) as caught:
        imports.read_upload(filename="x.csv", data=csv_bytes([], headings=headings))

    assert bangla(expected).split("%")[0] in caught.value.message


def test_an_empty_file_is_refused():
    with pytest.raises(imports.ImportFileError) as caught:
        imports.read_upload(filename="x.csv", data=b"")
    assert caught.value.message == bangla("The file is empty.")


def test_a_file_with_only_headings_is_refused():
    with pytest.raises(imports.ImportFileError) as caught:
        imports.read_upload(filename="x.csv", data=csv_bytes([]))
    assert caught.value.message == bangla(
        "The file has the column names but no learners under them."
    )


def test_a_csv_not_in_utf8_gets_a_clear_answer():
    """A legacy-encoded CSV cannot carry Bangla; the operator is told how to save it."""
    data = "name,phone,gender,learner_type\nJosé,01711000001,male,family\n"

    with pytest.raises(imports.ImportFileError) as caught:
        imports.read_upload(filename="x.csv", data=data.encode("cp1252"))

    assert "UTF-8" in caught.value.message


def test_an_old_xls_file_is_refused_with_advice():
    with pytest.raises(imports.ImportFileError) as caught:
        imports.read_upload(filename="x.xls", data=b"\xd0\xcf\x11\xe0rest")
    assert ".xlsx" in caught.value.message


def test_too_big_a_file_is_refused_before_reading():
    with pytest.raises(imports.ImportFileError):
        imports.read_upload(filename="x.csv", data=b"x" * (imports.MAX_BYTES + 1))


def test_fifty_thousand_rows_are_too_many_and_counting_stops_at_the_limit(
    monkeypatch,
):
    """A huge file is refused without reading it all: the reader stops at the limit."""
    lines = ["name,phone,gender,learner_type"] + ["ক,1,f,r"] * 50_000
    data = "\n".join(lines).encode()
    assert len(data) < imports.MAX_BYTES  # the row limit, not the size, refuses it
    consumed = []
    real_csv_cells = imports._csv_cells

    def counting(data):
        for cells in real_csv_cells(data):
            consumed.append(1)
            yield cells

    monkeypatch.setattr(imports, "_csv_cells", counting)

    with pytest.raises(imports.ImportFileError) as caught:
        imports.read_upload(filename="x.csv", data=data)

    assert caught.value.message == bangla(TOO_MANY) % {"max": "২০০০"}
    assert len(consumed) <= imports.MAX_ROWS + 2


def test_xlsx_numbers_and_formulas_come_through_as_typed():
    """Excel's number 1711000001 is a phone; a formula stays "=..." to be refused."""
    data = xlsx_bytes(
        [
            ["রহিমা খাতুন", 1711000001, "নারী", "পরিবার"],
            ['=HYPERLINK("http://x","y")', 1711000002, "নারী", "পরিবার"],
        ],
        headings=HEADINGS[:4],
    )

    rows = imports.read_upload(filename="x.xlsx", data=data)

    assert rows[0][1]["phone"] == "1711000001"
    assert rows[1][1]["name"] == '=HYPERLINK("http://x","y")'


def test_a_broken_xlsx_gets_a_clear_answer():
    with pytest.raises(imports.ImportFileError):
        imports.read_upload(filename="x.xlsx", data=b"PK\x03\x04 not really a zip")


# Checking rows -------------------------------------------------------------


@pytest.mark.django_db
def test_good_rows_in_bangla_or_english_are_cleaned():
    """Bangla labels, English values and labels, Bangla digits, +880: all accepted."""
    rows = [
        (line, dict(zip(HEADINGS, cells, strict=True)))
        for line, cells in enumerate(GOOD_ROWS, 2)
    ]

    preview = check(rows)

    assert preview.ok, [row.errors for row in preview.rows]
    first, second, third = (row.cleaned for row in preview.rows)
    tangail = District.objects.get(name_en="Tangail").pk
    assert first == {
        "full_name": "রহিমা খাতুন",
        "phone": "+8801711000001",
        "gender": "female",
        "learner_type": "family",
        "district_id": tangail,
    }
    assert second["full_name"] == "শ্রাবন্তী র\u200d্যাহমান"
    assert second["district_id"] == District.objects.get(name_en="Narsingdi").pk
    assert (third["gender"], third["learner_type"]) == ("male", "aspirant")
    assert imports.summary(preview) == ", ".join(
        [
            bangla_plural("%(rows)s row", "%(rows)s rows", 3) % {"rows": "৩"},
            bangla("no errors"),
        ]
    )


LABELS = {
    "name": "Name",
    "phone": "Mobile number",
    "gender": "Gender",
    "learner_type": "Learner type",
    "district": "District",
    "pin": "PIN",
}
PHONE_ERROR = "Enter a Bangladeshi mobile number, for example 01712345678."
GENDER_ERROR = "Write female, male or other (নারী, পুরুষ, অন্যান্য)."
TYPE_ERROR = "Write returnee, aspirant or family (বিদেশফেরত, সম্ভাব্য অভিবাসী, পরিবার)."
DISTRICT_ERROR = (
    "We do not know this district. Write it as in the list of districts, "
    "in Bangla or English, or leave it empty."
)
HYPERLINK = '=HYPERLINK("http://x","y")'


@pytest.mark.django_db
@pytest.mark.parametrize(
    "cells, column, message",
    [
        (["রহিমা", "12345", "f", "family"], "phone", PHONE_ERROR),
        ([HYPERLINK, "01711000001", "f", "family"], "name", FORMULA),
        (["রহিমা", "01711000001", "@SUM(A1)", "family"], "gender", FORMULA),
        (["রহিমা", "=0171100000", "f", "family"], "phone", FORMULA),
        (["রহিমা", "01711000001", "f", "+family"], "learner_type", FORMULA),
        (["রহিমা", "01711000001", "robot", "family"], "gender", GENDER_ERROR),
        (["রহিমা", "01711000001", "f", "tourist"], "learner_type", TYPE_ERROR),
        (
            ["রহিমা", "01711000001", "f", "family", "Atlantis"],
            "district",
            DISTRICT_ERROR,
        ),
        (
            ["রহিমা", "01711000001", "f", "family", "", "12"],
            "pin",
            "The PIN must be 4 to 6 digits.",
        ),
    ],
)
def test_a_bad_cell_gets_a_bangla_message_naming_its_column(cells, column, message):
    """Each problem is reported in Bangla, after the column's name."""
    preview = check([raw(*cells)])

    assert not preview.ok
    assert preview.rows[0].cleaned is None
    assert preview.rows[0].errors == [
        in_bangla_as_is("%(column)s: %(error)s")
        % {"column": bangla(LABELS[column]), "error": bangla(message)}
    ]


@pytest.mark.django_db
def test_a_phone_starting_with_plus_is_a_number_not_a_formula():
    preview = check([raw("রহিমা খাতুন", "+8801711000001", "f", "family")])
    assert preview.ok


@pytest.mark.django_db
def test_the_same_person_twice_in_the_file_is_an_error_on_the_second_row():
    first = (2, raw("রহিমা খাতুন", "01711000001", "f", "family")[1])
    again = (5, raw("রহিমা  খাতুন", "০১৭১১০০০০০১", "নারী", "পরিবার")[1])

    preview = check([first, again])

    assert preview.rows[0].ok
    assert preview.rows[1].errors == [
        in_bangla_as_is("%(column)s: %(error)s")
        % {
            "column": bangla("Name"),
            "error": bangla("The same name and number are already in row %(line)s.")
            % {"line": "২"},
        }
    ]


@pytest.mark.django_db
def test_someone_already_registered_is_an_error():
    preview = check(
        [raw("রহিমা খাতুন", "01711000001", "f", "family")],
        registered={"+8801711000001": ["রহিমা খাতুন"]},
    )
    assert (
        bangla("Someone with this name is already registered on this number.")
        in preview.rows[0].errors[0]
    )


@pytest.mark.django_db
def test_a_number_with_the_most_profiles_takes_no_more():
    full = {"+8801711000001": [f"নাম {i}" for i in range(MAX_PROFILES_PER_PHONE)]}
    preview = check([raw("রহিমা খাতুন", "01711000001", "f", "family")], registered=full)
    assert not preview.ok


@pytest.mark.django_db
def test_old_english_district_spellings_are_understood():
    preview = check([raw("রহিমা খাতুন", "01711000001", "f", "family", "Chittagong")])
    assert (
        preview.rows[0].cleaned["district_id"]
        == District.objects.get(name_en="Chattogram").pk
    )


@pytest.mark.django_db
def test_too_many_pins_in_one_file_is_an_error_for_the_file():
    rows = [
        (
            line,
            raw(
                f"শিক্ষার্থী {to_bangla_letters(line)}",
                f"017110{line:05d}",
                "f",
                "family",
                "",
                "2580",
            )[1],
        )
        for line in range(2, imports.MAX_PINS + 3)
    ]

    preview = check(rows)

    assert not preview.ok
    assert preview.bad_rows == 0
    assert len(preview.errors) == 1


# The desk's import pages ---------------------------------------------------


@pytest.fixture
def operator(db):
    return OperatorFactory()


@pytest.fixture
def desk(client, operator):
    client.force_login(operator.user)
    return client


def upload(desk, operator, data, name="learners.csv", centre=None):
    return desk.post(
        reverse("desk:learner_import"),
        {
            "centre": (centre or operator.centre).pk,
            "file": SimpleUploadedFile(name, data),
        },
    )


def confirm(desk, response):
    return desk.post(
        reverse("desk:learner_import_confirm"), {"token": response.context["token"]}
    )


@pytest.mark.parametrize(
    "name, data",
    [("learners.csv", csv_bytes(GOOD_ROWS)), ("learners.xlsx", xlsx_bytes(GOOD_ROWS))],
)
def test_a_good_file_is_previewed_then_imported_exactly_once(
    desk, operator, name, data
):
    """Preview saves nothing; import creates exactly N learners and one audit event."""
    preview = upload(desk, operator, data, name)

    assert preview.status_code == 200
    assert preview.context["preview"].ok
    assert LearnerProfile.objects.count() == 0
    assert "রহিমা খাতুন" in preview.content.decode()

    done = confirm(desk, preview)

    assert done.status_code == 302
    profiles = LearnerProfile.objects.order_by("pk")
    assert profiles.count() == 3
    assert {p.centre for p in profiles} == {operator.centre}
    assert {p.registered_by for p in profiles} == {operator.user}
    event = AuditEvent.objects.get()
    assert event.action == AuditEvent.Action.IMPORT
    assert event.actor == operator.user
    assert event.centre == operator.centre
    assert event.detail["rows"] == 3
    assert sorted(event.detail["learners"]) == [p.pk for p in profiles]


def test_imported_learners_have_their_pin_or_none_yet(desk, operator):
    """A row's PIN signs the learner in; without one the password is unusable."""
    confirm(desk, upload(desk, operator, csv_bytes(GOOD_ROWS)))

    with_pin = LearnerProfile.objects.get(full_name="Abdul Karim").user
    without = LearnerProfile.objects.get(full_name="রহিমা খাতুন").user
    assert with_pin.check_password("2580")
    assert not without.has_usable_password()


def test_the_pin_is_not_kept_in_the_session_between_the_steps(desk, operator):
    """Only its hash waits for the import."""
    upload(desk, operator, csv_bytes(GOOD_ROWS))

    pending = desk.session[SESSION_IMPORT]
    assert "2580" not in str(pending["rows"])
    assert pending["passwords"][:2] == [None, None]
    assert check_password("2580", pending["passwords"][2])


def test_a_double_click_on_import_imports_once(desk, operator):
    """The token is used once; the second click is told the learners are in."""
    preview = upload(desk, operator, csv_bytes(GOOD_ROWS))

    confirm(desk, preview)
    second = confirm(desk, preview)

    assert second.status_code == 302
    assert LearnerProfile.objects.count() == 3
    assert AuditEvent.objects.count() == 1


def test_import_without_a_preview_imports_nothing(desk, operator):
    """A made-up token finds nothing to import."""
    response = desk.post(reverse("desk:learner_import_confirm"), {"token": "made-up"})

    assert response.status_code == 302
    assert LearnerProfile.objects.count() == 0


def test_a_wrong_column_is_one_clear_error_and_nothing_is_imported(desk, operator):
    data = csv_bytes(
        GOOD_ROWS,
        headings=[
            "name",
            "mobile phone no",
            "gender",
            "learner_type",
            "district",
            "pin",
        ],
    )

    response = upload(desk, operator, data)

    assert response.status_code == 400
    page = response.content.decode()
    assert bangla("Missing columns: %(columns)s.").split("%")[0] in page
    assert "mobile phone no" in page
    assert response.context["token"] is None
    assert SESSION_IMPORT not in desk.session
    assert LearnerProfile.objects.count() == 0


@pytest.mark.parametrize(
    "bad_row, message",
    [
        (["রহিম উদ্দিন", "12345", "male", "family", "", ""], PHONE_ERROR),
        (GOOD_ROWS[0], "The same name and number are already in row %(line)s."),
        ([HYPERLINK, "01711000009", "male", "family", "", ""], FORMULA),
    ],
)
def test_a_bad_row_is_shown_in_bangla_and_the_import_refused(
    desk, operator, bad_row, message
):
    """The preview marks the row; there is no import button; nothing is created."""
    response = upload(desk, operator, csv_bytes([*GOOD_ROWS, bad_row]))

    page = response.content.decode()
    assert bangla(message).split("%")[0] in page
    assert not response.context["preview"].ok
    assert response.context["token"] is None
    assert reverse("desk:learner_import_confirm") not in page
    assert SESSION_IMPORT not in desk.session
    summary = bangla_plural("%(rows)s row", "%(rows)s rows", 4) % {"rows": "৪"}
    assert summary in page
    assert LearnerProfile.objects.count() == 0


def test_a_formula_cell_in_xlsx_is_refused(desk, operator):
    """A real formula cell in Excel, not just text, is caught too."""
    rows = [["=1+1", 1711000009, "নারী", "পরিবার", None, None]]

    response = upload(desk, operator, xlsx_bytes(rows), "learners.xlsx")

    assert bangla(FORMULA) in response.content.decode()
    assert LearnerProfile.objects.count() == 0


def test_fifty_thousand_rows_through_the_desk_is_too_many_and_imports_nothing(
    desk, operator
):
    lines = ["name,phone,gender,learner_type"] + ["ক,1,f,r"] * 50_000
    response = upload(desk, operator, "\n".join(lines).encode())

    assert response.status_code == 400
    assert bangla(TOO_MANY) % {"max": "২০০০"} in response.content.decode()
    assert LearnerProfile.objects.count() == 0


def test_import_rechecks_and_refuses_if_someone_registered_meanwhile(desk, operator):
    """Between preview and import one of them registered: nobody is imported."""
    preview = upload(desk, operator, csv_bytes(GOOD_ROWS))
    LearnerFactory(full_name="রহিমা খাতুন", phone="01711000001")

    response = confirm(desk, preview)

    assert response.status_code == 302
    assert LearnerProfile.objects.count() == 1  # only the one registered meanwhile
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.IMPORT).exists()
    assert (
        get_user_model()
        .objects.filter(learner__isnull=True)
        .exclude(pk=operator.user.pk)
        .count()
        == 0
    )


def test_an_operator_cannot_import_into_another_centre(desk, operator):
    response = upload(desk, operator, csv_bytes(GOOD_ROWS), centre=CentreFactory())

    assert response.status_code == 400
    assert "centre" in response.context["form"].errors
    assert SESSION_IMPORT not in desk.session


def test_the_templates_download_with_headings_the_reader_knows(desk):
    """Both templates' headings are read back as the right columns (and no rows)."""
    as_csv = desk.get(reverse("desk:import_template_csv"))
    as_xlsx = desk.get(reverse("desk:import_template_xlsx"))

    assert as_csv.content.startswith("\ufeff".encode())
    assert as_xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
    book = openpyxl.load_workbook(io.BytesIO(as_xlsx.content))
    assert len(book.worksheets) == 2  # the columns, and what goes in them
    for name, response in (("t.csv", as_csv), ("t.xlsx", as_xlsx)):
        with pytest.raises(imports.ImportFileError) as caught:
            imports.read_upload(filename=name, data=response.content)
        assert caught.value.message == bangla(NO_LEARNERS)
