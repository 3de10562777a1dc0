"""Libraries keyed by the hash of their files; packages in private storage.

Before: libraries were stored once per "name major.minor" under MEDIA_ROOT
(the first upload won, and a proxy serving MEDIA_ROOT served them to anyone),
and so were packages and their content. After: every file lives in the
private storage, reached only through the checked views, each library under
the hash of its files, text files with compressed copies beside them.
Existing activities keep playing: their files are copied across, their
libraries hashed, and what their player loads is worked out once.
"""

import h5p.models
from django.conf import settings
from django.db import migrations, models
import django.db.models.deletion


def _walk(storage, folder):
    if not storage.exists(folder):
        return
    folders, names = storage.listdir(folder)
    for name in names:
        yield f"{folder}/{name}"
    for name in folders:
        yield from _walk(storage, f"{folder}/{name}")


def move_to_private(apps, schema_editor):
    import hashlib
    import json

    from django.core.files.storage import default_storage

    from h5p import files, fonts
    from h5p.install import assets_from_libraries

    Library = apps.get_model("h5p", "H5PLibrary")
    Package = apps.get_model("h5p", "H5PPackage")
    public = default_storage
    moved = []

    for library in Library.objects.all():
        root = f"h5p/libraries/{library.folder}"
        paths = sorted(_walk(public, root))
        digest = hashlib.sha256()
        contents = {}
        for path in paths:
            with public.open(path, "rb") as handle:
                data = handle.read()
            relative = path[len(root) + 1 :]
            contents[relative] = data
            digest.update(relative.encode("utf-8") + b"\0")
            digest.update(hashlib.sha256(data).digest())
        library.content_hash = digest.hexdigest()
        for relative, data in contents.items():
            files.write(f"h5p/libraries/{library.content_hash}/{relative}", data)
        if "library.json" in contents:
            library.manifest = json.loads(contents["library.json"].decode("utf-8-sig"))
        library.save(update_fields=["content_hash", "manifest"])
        moved += paths

    for package in Package.objects.all():
        for path in _walk(public, package.content_path):
            with public.open(path, "rb") as handle:
                files.write(path, handle.read())
            moved.append(path)
        if package.file.name and public.exists(package.file.name):
            with public.open(package.file.name, "rb") as handle:
                files.write(package.file.name, handle.read())
            moved.append(package.file.name)
        libraries = {
            (lib.machine_name, lib.major, lib.minor): lib
            for lib in package.libraries.all()
        }
        package.assets = assets_from_libraries(
            package.manifest, libraries, package.main_library
        )
        content_json = f"{package.content_path}/content/content.json"
        if files.storage().exists(content_json):
            with files.storage().open(content_json, "rb") as handle:
                package.assets["font_css"] = fonts.cut_fonts(
                    styles=package.assets["styles"],
                    scripts=package.assets["scripts"],
                    content=handle.read(),
                )
        package.save(update_fields=["assets"])

    for path in moved:
        public.delete(path)


class Migration(migrations.Migration):

    dependencies = [
        ("h5p", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="h5plibrary", name="one_library_version"),
        migrations.AlterField(
            model_name="h5plibrary",
            name="folder",
            field=models.CharField(max_length=160),
        ),
        migrations.AddField(
            model_name="h5plibrary",
            name="content_hash",
            field=models.CharField(max_length=64, null=True),
        ),
        migrations.AddField(
            model_name="h5plibrary",
            name="manifest",
            field=models.JSONField(default=dict),
        ),
        migrations.AddField(
            model_name="h5plibrary",
            name="installed_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddIndex(
            model_name="h5plibrary",
            index=models.Index(
                fields=["machine_name", "major", "minor"],
                name="h5p_h5plibr_machine_f5ed93_idx",
            ),
        ),
        migrations.AlterModelOptions(
            name="h5plibrary",
            options={
                "permissions": [
                    (
                        "install_library",
                        "Can install new H5P libraries (code that runs in the player)",
                    )
                ],
                "verbose_name": "H5P library",
                "verbose_name_plural": "H5P libraries",
            },
        ),
        migrations.AddField(
            model_name="h5ppackage",
            name="assets",
            field=models.JSONField(default=dict),
        ),
        migrations.AlterField(
            model_name="h5ppackage",
            name="file",
            field=models.FileField(
                storage=h5p.models.private_storage,
                upload_to=h5p.models._package_upload_to,
                verbose_name="package",
            ),
        ),
        migrations.RunPython(move_to_private, migrations.RunPython.noop),
    ]
