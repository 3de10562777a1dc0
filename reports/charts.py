"""Charts as inline SVG: pure functions from plain numbers to markup.

No JavaScript and nothing fetched: the page carries its pictures, each with a
``<title>`` and ``<desc>`` for screen readers and numbers written out in the
reader's digits. The caller passes labels already translated and the language
whose digits to use.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from elearn.formatting import format_number, localise_digits

from .districtmap import DistrictMap

INK = "#262626"
MUTED = "#5c5c5c"
BAR = "#1f6f64"
GRID = "#d9d9d9"
# ColorBrewer "Greens", 5 classes: tells apart in greyscale and to most
# colour-blind readers.
SHADES = ("#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c")
NONE_FILL = "#ffffff"
OUTSIDE_FILL = "#e4e4e4"
FONT = "font-family=\"'Noto Sans Bengali','Nirmala UI',Vrinda,'Noto Sans',sans-serif\""


def _number(value, language) -> str:
    return format_number(value, language)


def _percent(value: float | None, language) -> str:
    if value is None:
        return "–"
    return localise_digits(f"{value:.1f}", language) + "%"


def _svg(*, width, height, title: str, desc: str, body: list[str], label: str):
    ident = f"chart-{label}"
    return mark_safe(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-labelledby="{ident}-title {ident}-desc" '
        f'class="report-chart report-chart-{label}" {FONT}>'
        f'<title id="{ident}-title">{escape(title)}</title>'
        f'<desc id="{ident}-desc">{escape(desc)}</desc>' + "".join(body) + "</svg>"
    )


@dataclass(frozen=True)
class FunnelStep:
    label: str
    count: int
    percent: float | None  # of the first step


def funnel(steps: Sequence[FunnelStep], *, title: str, language: str) -> SafeString:
    """Horizontal bars, widest first, each with its count and share of the first."""
    width, label_w, row_h, bar_h = 500, 180, 52, 36
    bar_room = width - label_w - 130
    top = max((step.count for step in steps), default=0) or 1
    body, lines = [], []
    for index, step in enumerate(steps):
        y = 8 + index * row_h
        bar_w = round(bar_room * step.count / top)
        value = _number(step.count, language)
        if index:
            value += f" ({_percent(step.percent, language)})"
        lines.append(f"{step.label}: {value}")
        body.append(
            f'<text x="{label_w - 10}" y="{y + bar_h / 2 + 7}" text-anchor="end" '
            f'font-size="19" fill="{INK}">{escape(step.label)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{max(bar_w, 2)}" height="{bar_h}" '
            f'rx="3" fill="{BAR}" fill-opacity="{1 - index * 0.18:.2f}"/>'
            f'<text x="{label_w + max(bar_w, 2) + 8}" y="{y + bar_h / 2 + 7}" '
            f'font-size="19" fill="{INK}">{escape(value)}</text>'
        )
    height = 8 + len(steps) * row_h
    return _svg(
        width=width,
        height=height,
        title=title,
        desc="; ".join(lines),
        body=body,
        label="funnel",
    )


@dataclass(frozen=True)
class MonthBar:
    month: str  # "নভেম্বর"
    year: str  # "২০২৬"
    count: int


def nice_scale(top: int, *, ticks: int = 4) -> tuple[int, int]:
    """(step, ceiling): a 1-2-5 step and the scale's top, at or above ``top``."""
    rough = max(top / ticks, 1)
    power = 10 ** math.floor(math.log10(rough))
    step = next(n * power for n in (1, 2, 5, 10) if n * power >= rough)
    return step, step * max(math.ceil(top / step), 1)


def month_bars(bars: Sequence[MonthBar], *, title: str, language: str) -> SafeString:
    """Vertical bars per month, with a scale and each month's count."""
    width, height = 960, 300
    left, right, top, bottom = 56, 8, 28, 56
    plot_w, plot_h = width - left - right, height - top - bottom
    step, ceiling = nice_scale(max((bar.count for bar in bars), default=0))
    body = []
    for value in range(0, ceiling + 1, step):
        y = top + plot_h - plot_h * value / ceiling
        body.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="{GRID}"/>'
            f'<text x="{left - 8}" y="{y + 5:.1f}" text-anchor="end" font-size="14" '
            f'fill="{MUTED}">{escape(_number(value, language))}</text>'
        )
    slot = plot_w / max(len(bars), 1)
    every = math.ceil(len(bars) / 12)  # label at most 12 months
    show_values = len(bars) <= 18
    for index, bar in enumerate(bars):
        x = left + index * slot
        bar_h = plot_h * bar.count / ceiling
        y = top + plot_h - bar_h
        count = _number(bar.count, language)
        centre = x + slot / 2
        body.append(
            f'<rect x="{x + slot * 0.15:.1f}" y="{y:.1f}" width="{slot * 0.7:.1f}" '
            f'height="{bar_h:.1f}" fill="{BAR}">'
            f"<title>{escape(f'{bar.month} {bar.year}: {count}')}</title></rect>"
        )
        if show_values:
            body.append(
                f'<text x="{centre:.1f}" y="{y - 6:.1f}" text-anchor="middle" '
                f'font-size="15" fill="{INK}">{escape(count)}</text>'
            )
        if index % every == 0:
            body.append(
                f'<text x="{centre:.1f}" y="{height - bottom + 22}" '
                f'text-anchor="middle" font-size="15" fill="{INK}">'
                f"{escape(bar.month)}</text>"
                f'<text x="{centre:.1f}" y="{height - bottom + 42}" '
                f'text-anchor="middle" font-size="13" fill="{MUTED}">'
                f"{escape(bar.year)}</text>"
            )
    body.append(
        f'<line x1="{left}" x2="{width - right}" y1="{top + plot_h}" '
        f'y2="{top + plot_h}" stroke="{INK}"/>'
    )
    desc = "; ".join(
        f"{bar.month} {bar.year}: {_number(bar.count, language)}" for bar in bars
    )
    return _svg(
        width=width, height=height, title=title, desc=desc, body=body, label="months"
    )


def class_breaks(values: Sequence[int], classes: int = len(SHADES)) -> list[int]:
    """Upper bounds of up to ``classes`` shading classes over the positive values.

    Quantiles, so a few big districts do not leave the rest one pale shade.
    """
    positive = sorted(value for value in values if value > 0)
    if not positive:
        return []
    bounds = []
    for index in range(1, classes + 1):
        bound = positive[math.ceil(len(positive) * index / classes) - 1]
        if not bounds or bound > bounds[-1]:
            bounds.append(bound)
    return bounds


def shade_for(value: int, breaks: Sequence[int]) -> str:
    if value <= 0 or not breaks:
        return NONE_FILL
    for index, bound in enumerate(breaks):
        if value <= bound:
            return SHADES[index + len(SHADES) - len(breaks)]
    return SHADES[-1]


@dataclass(frozen=True)
class MapDistrict:
    label: str  # the district's name in the reader's language
    count: int
    href: str


@dataclass(frozen=True)
class LegendEntry:
    fill: str
    label: str


@dataclass(frozen=True)
class MapChart:
    """The map's SVG, and its legend for the page to set beside it as text
    (HTML wraps a long label; SVG text would run off the picture)."""

    svg: SafeString
    legend: tuple[LegendEntry, ...]


def district_map(
    geometry: DistrictMap,
    districts: dict[str, MapDistrict],
    *,
    title: str,
    count_label: str,
    outside_label: str,
    none_label: str,
    language: str,
) -> MapChart:
    """The districts shaded by ``count``, each a link; others plain grey.

    :param districts: by ``District.name_en``; only these are shaded, named
        and linked (the viewer's scope and selection).
    :param count_label: "%(name)s: %(count)s completed", with both placeholders.
    """
    breaks = class_breaks([district.count for district in districts.values()])
    body = ['<g stroke="#7a7a7a" stroke-width="0.6" stroke-linejoin="round">']
    lines = []
    for shape in geometry.shapes:
        district = districts.get(shape.name_en)
        if district is None:
            body.append(f'<path d="{shape.path}" fill="{OUTSIDE_FILL}"/>')
            continue
        text = count_label % {
            "name": district.label,
            "count": _number(district.count, language),
        }
        lines.append(text)
        body.append(
            f'<a href="{escape(district.href)}" aria-label="{escape(text)}">'
            f'<path d="{shape.path}" fill="{shade_for(district.count, breaks)}">'
            f"<title>{escape(text)}</title></path></a>"
        )
    body.append("</g>")
    svg = _svg(
        width=geometry.width,
        height=geometry.height,
        title=title,
        desc="; ".join(lines),
        body=body,
        label="map",
    )
    legend = _legend(
        breaks=breaks,
        language=language,
        none_label=none_label,
        outside_label=outside_label if len(districts) < len(geometry.shapes) else "",
    )
    return MapChart(svg=svg, legend=legend)


def _legend(*, breaks, language, none_label, outside_label) -> tuple:
    entries = [LegendEntry(NONE_FILL, none_label)]
    low = 1
    shades = SHADES[len(SHADES) - len(breaks) :]
    for shade, bound in zip(shades, breaks, strict=True):
        if bound == low:
            text = _number(bound, language)
        else:
            text = f"{_number(low, language)}–{_number(bound, language)}"
        entries.append(LegendEntry(shade, text))
        low = bound + 1
    if outside_label:
        entries.append(LegendEntry(OUTSIDE_FILL, outside_label))
    return tuple(entries)
