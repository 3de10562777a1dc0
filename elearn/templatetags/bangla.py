"""Template filters that put numbers, money and dates in the reader's language."""

from datetime import datetime

from django import template
from django.utils import timezone
from django.utils.translation import get_language

from elearn import formatting

register = template.Library()


@register.filter
def digits(value):
    """Bangla digits on Bangla pages: ``{{ count|digits }}``."""
    return formatting.localise_digits(value, get_language())


@register.filter
def number(value):
    return formatting.format_number(value, get_language())


@register.filter
def taka(value):
    return formatting.format_taka(value, get_language())


@register.filter
def local_date(value):
    if isinstance(value, datetime):
        value = timezone.localtime(value).date()
    return formatting.format_date(value, get_language())
