"""Shares and averages the way the dashboard prints them: one decimal place."""

from django import template
from django.utils.translation import get_language

from elearn.formatting import localise_digits

register = template.Library()


@register.filter
def one_decimal(value):
    """``66.66`` -> '৬৬.৭' on Bangla pages; "–" when there is no value."""
    if value is None or value == "":
        return "–"
    return localise_digits(f"{value:.1f}", get_language())


@register.filter
def percent(value):
    """``66.7`` -> '৬৬.৭%'; "–" when there is nothing to divide by."""
    if value is None or value == "":
        return "–"
    return f"{one_decimal(value)}%"
