"""The median of a duration, computed by the database.

PostgreSQL has it built in (``percentile_cont(0.5)``, which interpolates: with
an even count it is the mean of the two middle values). SQLite does not, so
there the same value comes from sorting in SQL and reading the middle one or
two rows with LIMIT/OFFSET. Both return a ``timedelta`` or ``None``.
"""

from datetime import timedelta

from django.db import connections
from django.db.models import Aggregate, DurationField, QuerySet


class Median(Aggregate):
    """``percentile_cont(0.5) WITHIN GROUP (ORDER BY expr)``: PostgreSQL only."""

    function = "percentile_cont"
    name = "Median"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = DurationField()


def median_duration(queryset: QuerySet, field: str) -> timedelta | None:
    """Return the median of ``field`` (a duration annotation) over ``queryset``.

    One query on either database; rows where ``field`` is null are left out.
    """
    connection = connections[queryset.db]
    if connection.vendor == "postgresql":
        # percentile_cont skips nulls by itself.
        return queryset.order_by().aggregate(median=Median(field))["median"]
    queryset = queryset.filter(**{f"{field}__isnull": False}).order_by()
    return _median_by_offset(queryset, field, connection)


def _median_by_offset(queryset: QuerySet, field: str, connection) -> timedelta | None:
    # Django stores a duration on SQLite as whole microseconds; the difference
    # of two datetimes comes back in the same unit.
    # ``field`` must be an annotation: the subquery names its column after it.
    # "%%" is the modulo sign once the driver has put the parameters in.
    sql, params = queryset.values_list(field).query.sql_with_params()
    value = connection.ops.quote_name(field)
    middle = (
        f"SELECT AVG({value}) FROM (SELECT {value} FROM ({sql}) "
        f"ORDER BY {value} LIMIT 2 - (SELECT COUNT(*) FROM ({sql})) %% 2 "
        f"OFFSET ((SELECT COUNT(*) FROM ({sql})) - 1) / 2)"
    )
    with connection.cursor() as cursor:
        cursor.execute(middle, params * 3)
        (value,) = cursor.fetchone()
    return None if value is None else timedelta(microseconds=round(value))
