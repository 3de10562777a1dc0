"""Create the demo site: locales, catalogue, official services, two courses,
editorial groups with a review workflow, and (in DEBUG) demo accounts.

Every step finds what exists before creating anything, so running it again
changes nothing; pages that already exist are left as editors made them.
Course data is plain dicts (see ``tot_course.py``): titles, summaries and
block lists per language, with image blocks drawn by ``art.py``.
"""

from django.contrib.auth.models import Group, Permission
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from courses.models import (
    CourseIndexPage,
    CoursePage,
    LessonPage,
    ModulePage,
    OfficialService,
)

from . import art

TRAINERS_GROUP = "Trainers"
STAFF_GROUP = "Programme staff"
WORKFLOW_NAME = "Course review"

CATALOGUE = {
    "slug": "courses",
    "title": {"bn": "কোর্সসমূহ", "en": "Courses"},
    "intro": {
        "bn": ("<p>বিনা খরচে শিখুন: টাকা জমানো, বৈধ পথে টাকা পাঠানো আর তার ভালো ব্যবহার।</p>"),
        "en": (
            "<p>Learn for free: saving, sending money home safely "
            "and using it well.</p>"
        ),
    },
}


def ensure_locales() -> tuple[Locale, Locale]:
    bn, _ = Locale.objects.get_or_create(language_code="bn")
    en, _ = Locale.objects.get_or_create(language_code="en")
    return bn, en


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _translate(page: Page, locale: Locale, fields: dict) -> Page:
    """Return ``page``'s translation in ``locale``, creating it from ``fields``."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translated = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    return _publish(translated)


def ensure_catalogue(bn: Locale, en: Locale) -> tuple[CourseIndexPage, CourseIndexPage]:
    """Make the Bangla catalogue the default site's root, with its English twin."""
    root = Page.get_first_root_node()
    catalogue = CourseIndexPage.objects.filter(locale=bn).first()
    if catalogue is None:
        catalogue = CourseIndexPage(
            title=CATALOGUE["title"]["bn"],
            slug=CATALOGUE["slug"],
            intro=CATALOGUE["intro"]["bn"],
            locale=bn,
        )
        root.add_child(instance=catalogue)
        _publish(catalogue)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    if site.root_page_id != catalogue.pk:
        old_root = site.root_page_id
        site.root_page = catalogue
        site.site_name = "elearn"
        site.save()
        # Wagtail's "Welcome" placeholder page has nothing to show learners.
        Page.objects.filter(pk=old_root, depth=2, content_type__model="page").delete()
    english = _translate(
        catalogue,
        en,
        {"title": CATALOGUE["title"]["en"], "intro": CATALOGUE["intro"]["en"]},
    )
    return catalogue, english


def ensure_services(services: dict, bn: Locale) -> dict[str, OfficialService]:
    result = {}
    for key, data in services.items():
        service = OfficialService.objects.filter(
            name_en=data["name_en"], locale=bn
        ).first()
        if service is None:
            service = OfficialService.objects.create(locale=bn, **data)
        result[key] = service
    return result


def _image(title: str, png: bytes):
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).first()
    if image is None:
        import io

        image = image_model(
            title=title,
            file=ImageFile(io.BytesIO(png), name=f"{slugify(title)}.png"),
            collection=Collection.get_first_root_node(),
        )
        image.save()
    return image


def _blocks(blocks: list, services: dict, chart_image) -> list:
    """Turn content blocks into StreamField raw data."""
    raw = []
    for block in blocks:
        kind, value = block["type"], block["value"]
        if kind == "official_service":
            value = services[value].pk
        elif kind == "image":
            value = {
                "image": chart_image.pk,
                "alt_text": value["alt_text"],
                "caption": value.get("caption", ""),
            }
        raw.append({"type": kind, "value": value})
    return raw


def _child(parent: Page, model, slug: str):
    return model.objects.child_of(parent).filter(slug=slug).first()


def ensure_course(data: dict, catalogue: CourseIndexPage, en: Locale, services: dict):
    """Create a course with its modules and lessons in Bangla, then English."""
    chart = _image(
        "Household budget chart",
        art.budget_chart(
            [
                (s, c)
                for s, c in zip(
                    (0.45, 0.2, 0.15, 0.1, 0.1), art.CHART_COLOURS, strict=True
                )
            ]
        ),
    )
    course = _child(catalogue, CoursePage, data["slug"])
    if course is None:
        cover = _image(f"Cover: {data['title']['en']}", art.cover(data["audience"]))
        course = CoursePage(
            title=data["title"]["bn"],
            slug=data["slug"],
            summary=data["summary"]["bn"],
            audience=data["audience"],
            estimated_minutes=data["estimated_minutes"],
            cover_image=cover,
        )
        catalogue.add_child(instance=course)
        _publish(course)
    _translate(
        course, en, {"title": data["title"]["en"], "summary": data["summary"]["en"]}
    )
    for module_data in data["modules"]:
        module = _child(course, ModulePage, module_data["slug"])
        if module is None:
            module = ModulePage(
                title=module_data["title"]["bn"],
                slug=module_data["slug"],
                summary=module_data["summary"]["bn"],
            )
            course.add_child(instance=module)
            _publish(module)
        _translate(
            module,
            en,
            {
                "title": module_data["title"]["en"],
                "summary": module_data["summary"]["en"],
            },
        )
        for lesson_data in module_data["lessons"]:
            lesson = _child(module, LessonPage, lesson_data["slug"])
            if lesson is None:
                lesson = LessonPage(
                    title=lesson_data["title"]["bn"],
                    slug=lesson_data["slug"],
                    summary=lesson_data["summary"]["bn"],
                    estimated_minutes=lesson_data["minutes"],
                    required=lesson_data.get("required", True),
                    body=_blocks(lesson_data["body"]["bn"], services, chart),
                )
                module.add_child(instance=lesson)
                _publish(lesson)
            _translate(
                lesson,
                en,
                {
                    "title": lesson_data["title"]["en"],
                    "summary": lesson_data["summary"]["en"],
                    "body": _blocks(lesson_data["body"]["en"], services, chart),
                },
            )
    return course


def _permissions(*codenames: str) -> list[Permission]:
    found = []
    for codename in codenames:
        app_label, code = codename.split(".")
        found.append(
            Permission.objects.get(content_type__app_label=app_label, codename=code)
        )
    return found


def ensure_editorial_groups(catalogues: list[CourseIndexPage]) -> tuple[Group, Group]:
    """Trainers write and submit; programme staff review and publish."""
    trainers, _ = Group.objects.get_or_create(name=TRAINERS_GROUP)
    staff, _ = Group.objects.get_or_create(name=STAFF_GROUP)
    snippet_perms = _permissions(
        "courses.add_officialservice",
        "courses.change_officialservice",
        "courses.view_officialservice",
    )
    # Trainers upload H5P activities that use installed libraries; installing
    # a new library (code every learner's player runs) stays an admin's act.
    h5p_perms = _permissions(
        "h5p.add_h5pactivity", "h5p.change_h5pactivity", "h5p.view_h5pactivity"
    )
    trainers.permissions.add(
        *_permissions("wagtailadmin.access_admin"), *snippet_perms, *h5p_perms
    )
    staff.permissions.add(
        *_permissions("wagtailadmin.access_admin", "courses.delete_officialservice"),
        *snippet_perms,
    )
    collection = Collection.get_first_root_node()
    media_perms = _permissions(
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    )
    page_perms = {
        trainers: ("add_page", "change_page"),
        staff: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
    }
    for group, codenames in page_perms.items():
        for permission in media_perms:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )
        for catalogue in catalogues:
            for codename in codenames:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page=catalogue,
                    permission=Permission.objects.get(
                        content_type__app_label="wagtailcore", codename=codename
                    ),
                )
    task, _ = GroupApprovalTask.objects.get_or_create(name="Programme staff review")
    task.groups.set([staff])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task.task_ptr, defaults={"sort_order": 0}
    )
    for catalogue in catalogues:
        WorkflowPage.objects.update_or_create(
            page=catalogue, defaults={"workflow": workflow}
        )
    return trainers, staff


@transaction.atomic
def seed(*, with_accounts: bool) -> list[str]:
    """Create everything; return lines describing the demo sign-ins (if any)."""
    from .official_services import SERVICES
    from .pilot_course import COURSE as PILOT
    from .tot_course import COURSE as TOT

    bn, en = ensure_locales()
    catalogue, english = ensure_catalogue(bn, en)
    services = ensure_services(SERVICES, bn)
    for data in (PILOT, TOT):
        ensure_course(data, catalogue, en, services)
    trainers, staff = ensure_editorial_groups([catalogue, english])
    if not with_accounts:
        return []
    from .accounts import ensure_demo_accounts

    return ensure_demo_accounts(trainers=trainers, staff=staff)
