"""Admin wiring for the reports: their URLs under /cms/reports/ and menu items.

The items sit in Wagtail's Reports menu and show only to programme staff.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views
from .scope import can_view_reports


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/dashboard/", views.dashboard, name="reports_dashboard"),
        path(
            "reports/dashboard/<slug:slug>.<str:fmt>",
            views.table_export,
            name="reports_table_export",
        ),
        path("reports/monthly/", views.monthly_page, name="reports_monthly"),
        path("reports/monthly.xlsx", views.monthly_xlsx, name="reports_monthly_xlsx"),
        path("reports/monthly.pdf", views.monthly_pdf, name="reports_monthly_pdf"),
    ]


class StaffReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_reports(request.user)


@hooks.register("register_reports_menu_item")
def register_dashboard_menu_item():
    return StaffReportMenuItem(
        _("Programme dashboard"),
        reverse("reports_dashboard"),
        name="programme-dashboard",
        icon_name="table",
        order=300,
    )


@hooks.register("register_reports_menu_item")
def register_monthly_menu_item():
    return StaffReportMenuItem(
        _("Monthly report"),
        reverse("reports_monthly"),
        name="monthly-report",
        icon_name="date",
        order=310,
    )
