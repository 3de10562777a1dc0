"""The operator's desk: a UDC entrepreneur's learners, registered one by one or
from a spreadsheet.

Views are thin: who may see which learners is decided in ``policies``, reads
are in ``selectors``, writes in ``services`` and files in ``imports``.
"""

import secrets
from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import LoginView, redirect_to_login
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse, reverse_lazy
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.http import urlencode
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from elearn import spreadsheets
from elearn.formatting import localise_digits
from elearn.redirects import safe_next

from . import imports, learner_panels, policies, selectors, services
from .desk_forms import (
    DeskRegistrationForm,
    DeskSignInForm,
    ImportUploadForm,
    LearnerFilterForm,
)
from .validation import local_phone

PER_PAGE = 25
SESSION_IMPORT = "desk_import"
IMPORT_TOKEN_SECONDS = 60 * 60


def operator_required(view):
    """Only operators of an active centre; others are sent to sign in, or refused."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(
                request.get_full_path(), login_url=reverse("desk:sign_in")
            )
        if not policies.is_operator(request.user):
            return render(request, "centres/desk/not_operator.html", status=403)
        return view(request, *args, **kwargs)

    return wrapper


class DeskSignInView(LoginView):
    template_name = "centres/desk/sign_in.html"
    form_class = DeskSignInForm
    next_page = reverse_lazy("desk:home")

    def get_redirect_url(self):
        return safe_next(self.request)


sign_in = DeskSignInView.as_view()


def _print_queue_url() -> str | None:
    """The certificates' print queue, once that app has one."""
    try:
        return reverse("certificates:print_queue")
    except NoReverseMatch:
        return None


@operator_required
def home(request):
    centres = list(selectors.desk_centres(user=request.user))
    return render(
        request,
        "centres/desk/home.html",
        {
            "centres": centres,
            "learner_total": sum(c.learner_count for c in centres),
            "print_queue_url": _print_queue_url(),
        },
    )


def _filtered_learners(request):
    centres = policies.operator_centres(request.user).order_by("name_en")
    form = LearnerFilterForm(request.GET or None, centres=centres)
    query, centre = "", None
    if form.is_valid():
        query = form.cleaned_data["q"]
        centre = form.cleaned_data["centre"]
    learners = selectors.desk_learners(user=request.user, query=query, centre=centre)
    return form, learners


def _export_rows(learners):
    for learner in learners.iterator(chunk_size=500):
        yield [
            learner.full_name,
            local_phone(learner.phone),
            learner.get_gender_display(),
            learner.get_learner_type_display(),
            learner.centre.name if learner.centre else "",
            learner.district.name,
            timezone.localtime(learner.created_at).date(),
            learner.courses_enrolled,
            learner.courses_completed,
        ]


def _export(learners, kind):
    headings = [
        _("Name"),
        _("Mobile number"),
        _("Gender"),
        _("Learner type"),
        _("Centre"),
        _("District"),
        _("Registered on"),
        _("Courses enrolled"),
        _("Courses completed"),
    ]
    stamp = timezone.localdate().isoformat()
    if kind == "xlsx":
        return spreadsheets.xlsx_response(
            f"learners-{stamp}.xlsx",
            headings,
            _export_rows(learners),
            title=_("Learners"),
        )
    return spreadsheets.csv_response(
        f"learners-{stamp}.csv", headings, _export_rows(learners)
    )


@operator_required
def learners(request):
    """The operator's learners: search, filter by centre, page, export."""
    form, found = _filtered_learners(request)
    kind = request.GET.get("format")
    if kind in ("csv", "xlsx"):
        return _export(found, kind)
    page = Paginator(found, PER_PAGE).get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    for learner in page.object_list:
        learner.phone_local = local_phone(learner.phone)
    filters = {k: v for k, v in request.GET.items() if k in ("q", "centre") and v}
    several = len(form.fields["centre"].choices) > 2  # the empty choice, then two
    return render(
        request,
        "centres/desk/learners.html",
        {
            "form": form,
            "several_centres": several,
            # Staff who also run a centre may see learners of other centres too.
            "show_centre": several or policies.is_staff_viewer(request.user),
            "page": page,
            "filtered": bool(filters),
            "query_string": urlencode(filters),
        },
    )


def _assist_url(user, learner) -> str | None:
    """Where to start an assisted session for ``learner``, if this operator may."""
    if not policies.may_act_for(user, learner):
        return None
    try:
        return reverse("assist:start", args=[learner.pk])
    except NoReverseMatch:
        return None


@operator_required
def learner_detail(request, pk):
    learner = policies.learner_for(request.user, pk)
    return render(
        request,
        "centres/desk/learner_detail.html",
        {
            "learner": learner,
            "phone": local_phone(learner.phone),
            "counts": selectors.learner_course_counts(learner=learner),
            "panels": learner_panels.render_panels(request=request, learner=learner),
            "assist_url": _assist_url(request.user, learner),
        },
    )


@operator_required
def learner_new(request):
    """Register a learner at the operator's centre; the learner types the PIN."""
    centres = policies.operator_centres(request.user).order_by("name_en")
    form = DeskRegistrationForm(request.POST or None, centres=centres)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            profile = services.learner_register_at_centre(
                operator=request.user,
                centre=data["centre"],
                full_name=data["full_name"],
                nickname=data["nickname"],
                phone=data["phone"],
                pin=data["pin"],
                gender=data["gender"],
                learner_type=data["learner_type"],
                district=data["district"],
            )
        except ValidationError as error:
            for field, field_errors in error.message_dict.items():
                for message in field_errors:
                    form.add_error(field if field in form.fields else None, message)
        else:
            messages.success(
                request,
                _("%(name)s is registered. They sign in with %(phone)s and their PIN.")
                % {
                    "name": profile.full_name,
                    "phone": localise_digits(
                        local_phone(profile.phone), get_language()
                    ),
                },
            )
            return redirect("desk:learner_detail", pk=profile.pk)
    status = 400 if form.errors else 200
    return render(request, "centres/desk/register.html", {"form": form}, status=status)


def _import_page(
    request, form, *, preview=None, file_error=None, token=None, centre=None
):
    centres = list(form.fields["centre"].queryset)
    context = {
        "form": form,
        "several_centres": len(centres) > 1,
        "only_centre": centres[0] if len(centres) == 1 else None,
        "centre": centre,
        "columns": imports.column_help(),
        "max_pins": imports.MAX_PINS,
        "preview": preview,
        "file_error": file_error,
        "token": token,
    }
    if preview is not None:
        context["summary"] = imports.summary(preview)
        bad = [row for row in preview.rows if row.errors]
        good = [row for row in preview.rows if not row.errors]
        # Every row with an error, and a taste of the rest: the page stays light.
        context["shown_rows"] = sorted(bad + good[:50], key=lambda row: row.line)
        context["hidden_rows"] = len(good) - len(good[:50])
        context["column_labels"] = [
            imports.COLUMN_LABELS[c] for c in imports.COLUMNS if c != "pin"
        ]
    status = 400 if (file_error or form.errors) else 200
    return render(request, "centres/desk/import.html", context, status=status)


def _read_upload(form):
    """The checked rows of the uploaded file, or the reason it cannot be used."""
    upload = form.cleaned_data["file"]
    imports.check_size(upload.size)  # before reading it into memory
    return imports.read_upload(filename=upload.name, data=upload.read())


@operator_required
def learner_import(request):
    """Step 1: upload a file and see every row checked; nothing is saved."""
    centres = policies.operator_centres(request.user).order_by("name_en")
    if request.method != "POST":
        return _import_page(request, ImportUploadForm(centres=centres))
    form = ImportUploadForm(request.POST, request.FILES, centres=centres)
    if not form.is_valid():
        return _import_page(request, form)
    centre = form.cleaned_data["centre"]
    try:
        rows = _read_upload(form)
    except imports.ImportFileError as error:
        return _import_page(request, form, file_error=error.message)
    preview = services.learners_import_check(centre=centre, rows=rows)
    token = None
    request.session.pop(SESSION_IMPORT, None)
    if preview.ok:
        token = secrets.token_urlsafe(16)
        request.session[SESSION_IMPORT] = {
            "token": token,
            "centre": centre.pk,
            "rows": imports.without_pins(rows),
            "passwords": imports.hash_pins(rows),
        }
    return _import_page(request, form, preview=preview, token=token, centre=centre)


def _import_done_message(count: int) -> str:
    return ngettext(
        "%(count)s learner was imported.", "%(count)s learners were imported.", count
    ) % {"count": localise_digits(count, get_language())}


@operator_required
@require_POST
def learner_import_confirm(request):
    """Step 2: import the previewed file, once, all or nothing."""
    token = request.POST.get("token", "")
    pending = request.session.get(SESSION_IMPORT) or {}
    done_key = f"desk-import-done:{request.user.pk}:{token}"
    lock_key = f"desk-import-lock:{request.user.pk}:{token}"
    if not token or not constant_time_compare(pending.get("token", ""), token):
        done = cache.get(done_key) if token else None
        if done is not None:  # the second click of a double click
            messages.success(request, _import_done_message(done))
            return redirect("desk:learners")
        messages.error(
            request,
            _("There is nothing to import. Upload the file again to check it."),
        )
        return redirect("desk:learner_import")
    if not cache.add(lock_key, 1, IMPORT_TOKEN_SECONDS):
        messages.info(request, _("This file is being imported already."))
        return redirect("desk:learners")
    del request.session[SESSION_IMPORT]  # used once, whatever happens next
    centre = (
        policies.operator_centres(request.user).filter(pk=pending["centre"]).first()
    )
    if centre is None:
        raise Http404
    rows = [(line, values) for line, values in pending["rows"]]
    try:
        profiles = services.learners_import(
            operator=request.user,
            centre=centre,
            rows=rows,
            passwords=pending["passwords"],
        )
    except ValidationError as error:
        messages.error(
            request,
            _("Nothing was imported: the file no longer passes the checks."),
        )
        for message in error.messages[:20]:
            messages.error(request, message)
        return redirect("desk:learner_import")
    cache.set(done_key, len(profiles), IMPORT_TOKEN_SECONDS)
    messages.success(request, _import_done_message(len(profiles)))
    return redirect(reverse("desk:learners") + "?" + urlencode({"centre": centre.pk}))


@operator_required
def import_template_csv(request):
    return spreadsheets.csv_response(
        "learners-template.csv", imports.TEMPLATE_HEADINGS, []
    )


@operator_required
def import_template_xlsx(request):
    help_rows = [
        [heading, label, explanation, example]
        for heading, label, explanation, example in imports.column_help()
    ]
    return spreadsheets.xlsx_response(
        "learners-template.xlsx",
        imports.TEMPLATE_HEADINGS,
        [],
        title=_("Learners"),
        extra_sheets=[
            (
                _("Help"),
                [_("Column"), _("Name"), _("What to write"), _("Example")],
                help_rows,
            )
        ],
    )
