"""The filter form: choices stop at the viewer's districts; places must agree."""

from datetime import date

from reports.filters import DashboardFilterForm, Filters, MonthlyFilterForm

from .factories import district, make_centre


def test_limited_staff_are_offered_only_their_places(world, tangail_staff):
    from centres.models import Upazila

    for code, name in (("9901", "Tangail"), ("9902", "Narsingdi")):
        Upazila.objects.create(
            code=code, district=district(name), name_en=f"{name} Sadar", name_bn="সদর"
        )
    form = DashboardFilterForm({}, user=tangail_staff)
    assert list(form.fields["district"].queryset) == [district("Tangail")]
    assert [d.name_en for d in form.fields["division"].queryset] == ["Dhaka"]
    centres = list(form.fields["centre"].queryset)
    assert world.udc_t in centres and world.udc_n not in centres
    assert {centre.district_id for centre in centres} == {district("Tangail").pk}
    assert {u.district_id for u in form.fields["upazila"].queryset} == {
        district("Tangail").pk
    }


def test_a_centre_in_another_district_is_not_a_valid_choice(world, tangail_staff):
    form = DashboardFilterForm({"centre": world.udc_n.pk}, user=tangail_staff)
    assert not form.is_valid()
    assert "centre" in form.errors


def test_places_that_do_not_fit_together_are_errors(world, staff):
    form = DashboardFilterForm(
        {
            "division": district("Sylhet").division.pk,
            "district": district("Tangail").pk,
        },
        user=staff,
    )
    assert not form.is_valid()
    assert "district" in form.errors
    form = DashboardFilterForm(
        {"district": district("Narsingdi").pk, "centre": world.udc_t.pk}, user=staff
    )
    assert not form.is_valid()
    assert "centre" in form.errors


def test_start_after_end_is_an_error(world, staff):
    form = DashboardFilterForm(
        {"date_from": "2026-03-01", "date_to": "2026-02-01"}, user=staff
    )
    assert not form.is_valid()


def test_centre_list_waits_for_a_district_when_there_are_many(
    world, staff, settings, monkeypatch
):
    """Above the limit the centre list offers nothing until a district is chosen,
    but a centre in scope still validates."""
    monkeypatch.setattr("reports.filters.MAX_CENTRE_CHOICES", 1)
    make_centre("Dhaka")
    form = DashboardFilterForm({"centre": world.udc_t.pk}, user=staff)
    assert len(list(form.fields["centre"].widget.choices)) == 1
    assert form.is_valid()
    form = DashboardFilterForm({"district": district("Tangail").pk}, user=staff)
    offered = [value for value, _label in form.fields["centre"].widget.choices]
    assert world.udc_t.pk in [getattr(v, "value", v) for v in offered]


def test_filters_round_trip_through_the_query_string(world, staff):
    form = DashboardFilterForm(
        {"course": world.course_a.pk, "gender": "male", "date_to": "2026-02-28"},
        user=staff,
    )
    assert form.is_valid()
    filters = form.filters()
    assert filters == Filters(
        course=world.course_a, gender="male", date_to=date(2026, 2, 28)
    )
    query = filters.query_string(district=7, gender=None)
    assert query == f"?course={world.course_a.pk}&date_to=2026-02-28&district=7"


def test_month_field_reads_a_year_and_month(world, staff):
    form = MonthlyFilterForm({"month": "2026-11"}, user=staff)
    assert form.is_valid()
    assert form.chosen_month() == date(2026, 11, 1)
    assert not MonthlyFilterForm({"month": "11-2026"}, user=staff).is_valid()
