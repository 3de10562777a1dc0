"""Demo certificate set-up: the default template and who may do what."""

from django.contrib.auth.models import Group, Permission

from courses.demo.loader import STAFF_GROUP, TRAINERS_GROUP

from ..models import CertificateTemplate, Signatory

TEMPLATE_PERMS = ("add", "change", "view")


def seed_certificates() -> None:
    """Create the default template once; give the editorial groups their rights."""
    template, created = CertificateTemplate.objects.get_or_create(
        course=None,
        defaults={
            "name": "Default (all courses)",
            "programme_bn": "প্রবাসী কর্মী ও পরিবারের আর্থিক সাক্ষরতা কর্মসূচি",
            "programme_en": (
                "Financial literacy programme for migrant workers and their families"
            ),
        },
    )
    if created:
        Signatory.objects.create(
            template=template,
            sort_order=0,
            title_bn="প্রশিক্ষক",
            title_en="Trainer",
        )
        Signatory.objects.create(
            template=template,
            sort_order=1,
            title_bn="কর্মসূচি সমন্বয়ক",
            title_en="Programme Coordinator",
        )
    template_perms = Permission.objects.filter(
        content_type__app_label="certificates",
        codename__in=[f"{action}_certificatetemplate" for action in TEMPLATE_PERMS],
    )
    staff_perms = Permission.objects.filter(
        content_type__app_label="certificates",
        codename__in=[
            "delete_certificatetemplate",
            "view_certificate",
            "revoke_certificate",
            "print_certificates",
        ],
    )
    # Staff read learners (the scoping policy asks for this right) and so
    # their certificates, country-wide unless a StaffScope limits them.
    learner_perm = Permission.objects.filter(
        content_type__app_label="centres", codename="view_learnerprofile"
    )
    for group in Group.objects.filter(name__in=[TRAINERS_GROUP, STAFF_GROUP]):
        group.permissions.add(*template_perms)
        if group.name == STAFF_GROUP:
            group.permissions.add(*staff_perms, *learner_perm)
