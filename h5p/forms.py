"""Admin form for an H5P activity: the package is checked before it is stored."""

import zipfile

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .validation import PackageError, check_package


class H5PActivityForm(WagtailAdminModelForm):
    package_file = forms.FileField(
        label=_("H5P package (.h5p)"),
        required=False,
        help_text=_(
            "Upload a new .h5p file to replace the content; earlier attempts stay "
            "valid."
        ),
    )

    def clean_package_file(self):
        upload = self.cleaned_data.get("package_file")
        if upload is None:
            if not (self.instance.pk and self.instance.current_version_id):
                raise forms.ValidationError(_("Choose an .h5p file to upload."))
            return None
        from .install import may_install_libraries, plan_install

        user = getattr(self, "for_user", None)
        try:
            self.checked_package = check_package(upload)
            upload.seek(0)
            # Refused here, before anything is stored, when the package brings
            # a library that is not installed and the uploader may not install.
            with zipfile.ZipFile(upload) as archive:
                plan_install(
                    archive,
                    self.checked_package,
                    may_install=may_install_libraries(user),
                )
        except PackageError as error:
            raise forms.ValidationError(error.message) from error
        upload.seek(0)
        return upload

    def save(self, commit=True):
        from .install import package_install

        activity = super().save(commit=commit)
        upload = self.cleaned_data.get("package_file")
        if commit and upload is not None:
            package_install(
                activity=activity,
                upload=upload,
                checked=self.checked_package,
                user=getattr(self, "for_user", None),
            )
        return activity
