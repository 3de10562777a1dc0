"""Admin pages for programme staff: the dashboard, its downloads, the monthly report.

Thin: each view checks who is asking, reads the filters, calls the selectors
and hands plain numbers to the charts and templates. Anyone who is not
programme staff (or a superuser) gets 403; filters outside the viewer's
districts are form errors (page) or 404 (downloads).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from centres.models import District
from elearn.formatting import BANGLA_MONTHS, ENGLISH_MONTHS, is_bangla, localise_digits
from elearn.spreadsheets import XLSX_CONTENT_TYPE, csv_response, xlsx_response

from . import charts, districtmap, monthly, selectors, tables
from .filters import DashboardFilterForm, Filters, MonthlyFilterForm
from .scope import can_view_reports

DASHBOARD_TITLE = gettext_lazy("Programme dashboard")
MONTHLY_TITLE = gettext_lazy("Monthly report")


def _guard(request) -> None:
    if not can_view_reports(request.user):
        raise PermissionDenied


def _breadcrumbs(title) -> list[dict]:
    return [
        {"url": reverse("wagtailadmin_home"), "label": _("Home")},
        {"url": "", "label": title},
    ]


def dashboard(request):
    """Figures, charts, the district map and tables for the chosen filters."""
    _guard(request)
    form = DashboardFilterForm(request.GET, user=request.user)
    context = {
        "form": form,
        "page_title": DASHBOARD_TITLE,
        "breadcrumbs_items": _breadcrumbs(DASHBOARD_TITLE),
        "has_printed_at": selectors.has_printed_at(),
        "active_days": selectors.ACTIVE_DAYS,
    }
    if form.is_valid():
        context.update(_dashboard_context(request, form.filters()))
    return TemplateResponse(request, "reports/dashboard.html", context)


def _dashboard_context(request, filters: Filters) -> dict:
    user, language = request.user, get_language()
    data = selectors.dashboard(user=user, filters=filters)
    figures = data.figures
    steps = [
        charts.FunnelStep(_("Enrolled"), figures.enrolled, 100.0),
        charts.FunnelStep(
            _("Started"), figures.started, figures.share_of_enrolled(figures.started)
        ),
        charts.FunnelStep(
            _("Completed"),
            figures.completed,
            figures.share_of_enrolled(figures.completed),
        ),
        charts.FunnelStep(
            _("Certified"),
            figures.certified,
            figures.share_of_enrolled(figures.certified),
        ),
    ]
    months = BANGLA_MONTHS if is_bangla(language) else ENGLISH_MONTHS
    bars = [
        charts.MonthBar(
            months[item.month.month - 1],
            localise_digits(item.month.year, language),
            item.count,
        )
        for item in data.months
    ]
    table_views = []
    for table in tables.TABLES.values():
        rows = data.tables[table.slug]
        shown = rows[: tables.SCREEN_ROWS]
        table_views.append(
            {
                "table": table,
                "rows": [
                    {
                        "row": row,
                        "href": filters.query_string(**{table.links_to: row.key})
                        if table.links_to and row.key is not None
                        else "",
                    }
                    for row in shown
                ],
                "hidden": len(rows) - len(shown),
                "csv": _export_url(table.slug, "csv", filters),
                "xlsx": _export_url(table.slug, "xlsx", filters),
            }
        )
    district_rows = data.tables["district"]
    return {
        "filters": filters,
        "figures": figures,
        "counted_at": data.counted_at,
        "funnel": charts.funnel(
            steps, title=_("From enrolment to certificate"), language=language
        ),
        "months_chart": charts.month_bars(
            bars, title=_("Courses completed each month"), language=language
        ),
        "map": _district_map(district_rows, filters, language),
        "tables": table_views,
    }


def _district_map(rows, filters: Filters, language):
    names = dict(
        District.objects.filter(pk__in=[row.key for row in rows]).values_list(
            "pk", "name_en"
        )
    )
    districts = {
        names[row.key]: charts.MapDistrict(
            label=row.label,
            count=row.completed,
            href=filters.query_string(
                district=row.key, division=None, upazila=None, centre=None
            ),
        )
        for row in rows
    }
    return charts.district_map(
        districtmap.district_shapes(),
        districts,
        title=_("Courses completed in each district"),
        count_label=_("%(name)s: %(count)s completed"),
        none_label=_("None"),
        outside_label=_("Not in the selection"),
        language=language,
    )


def _export_url(slug: str, fmt: str, filters: Filters) -> str:
    return (
        reverse("reports_table_export", kwargs={"slug": slug, "fmt": fmt})
        + filters.query_string()
    )


def table_export(request, slug: str, fmt: str):
    """One of the dashboard's tables as CSV or XLSX, for the same filters."""
    _guard(request)
    table = tables.TABLES.get(slug)
    form = DashboardFilterForm(request.GET, user=request.user)
    if table is None or fmt not in ("csv", "xlsx") or not form.is_valid():
        raise Http404
    rows = [
        tables.cells(row)
        for row in table.rows(user=request.user, filters=form.filters())
    ]
    filename = f"{slug}-{timezone.localdate():%Y-%m-%d}.{fmt}"
    if fmt == "csv":
        return csv_response(filename, tables.headings(table), rows)
    return xlsx_response(filename, tables.headings(table), rows, title=str(table.title))


def monthly_page(request):
    """The monthly report as a page, with its XLSX and PDF downloads."""
    _guard(request)
    form = MonthlyFilterForm(request.GET, user=request.user)
    context = {
        "form": form,
        "page_title": MONTHLY_TITLE,
        "breadcrumbs_items": _breadcrumbs(MONTHLY_TITLE),
        "indicators": monthly.INDICATORS,
        "has_printed_at": selectors.has_printed_at(),
    }
    if form.is_valid():
        filters, month = form.filters(), form.chosen_month()
        query = filters.query_string(month=month.strftime("%Y-%m"))
        context.update(
            {
                "report": monthly.monthly_report(
                    user=request.user, filters=filters, month=month
                ),
                "month_name": monthly.month_name(month),
                "xlsx_url": reverse("reports_monthly_xlsx") + query,
                "pdf_url": reverse("reports_monthly_pdf") + query,
            }
        )
    return TemplateResponse(request, "reports/monthly.html", context)


def _monthly_report(request):
    _guard(request)
    form = MonthlyFilterForm(request.GET, user=request.user)
    if not form.is_valid():
        raise Http404
    month = form.chosen_month()
    report = monthly.monthly_report(
        user=request.user, filters=form.filters(), month=month
    )
    return report, form.filters(), f"monthly-report-{month:%Y-%m}"


def monthly_xlsx(request):
    report, _filters, name = _monthly_report(request)
    response = HttpResponse(monthly.report_xlsx(report), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
    return response


def monthly_pdf(request):
    report, filters, name = _monthly_report(request)
    response = HttpResponse(
        monthly.report_pdf(report, description=filters.describe()),
        content_type="application/pdf",
    )
    response["Content-Disposition"] = f'inline; filename="{name}.pdf"'
    return response
