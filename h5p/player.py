"""What the sandboxed player page needs: H5P core's settings for one activity.

H5P core reads a global ``H5PIntegration``. h5p-standalone builds it in the
browser after fetching h5p.json, content.json and every library.json (a round
trip each, in waves, on a 300 ms link); here it is built once on the server
from what the install worked out, so the frame asks for nothing but the
scripts, styles and media it actually runs.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _

from . import access, files
from .models import H5PActivity, H5PPackage, H5PUserState


def content_origin() -> str:
    """Where the player frames are served from: a separate host if configured."""
    return getattr(settings, "H5P_CONTENT_ORIGIN", "").rstrip("/")


def site_origin(request) -> str:
    """The origin of the lesson page that embeds the player."""
    if content_origin():
        parts = urlsplit(settings.SITE_URL)
        return f"{parts.scheme}://{parts.netloc}"
    return f"{request.scheme}://{request.get_host()}"


def player_url(*, activity: H5PActivity, user) -> str | None:
    """The frame's address for ``user``, or None if there is nothing to play."""
    package_id = activity.current_version_id
    if package_id is None or not user.is_authenticated:
        return None
    token = access.grant(package_id=package_id, user_id=user.pk)
    return content_origin() + reverse("h5p:player", args=[token])


def libraries_root() -> str:
    """The address under which every library lives, by its hash."""
    dummy = "0" * 64
    return reverse("h5p:library", args=[dummy, "x"]).split(f"/{dummy}/")[0]


def library_url(content_hash: str, path: str) -> str:
    return f"{libraries_root()}/{content_hash}/{path}"


def _l10n() -> dict:
    """H5P core's own interface strings (confirm dialogs, licences, offline)."""
    return {
        "fullscreen": _("Full screen"),
        "disableFullscreen": _("Leave full screen"),
        "close": _("Close"),
        "title": _("Title"),
        "author": _("Author"),
        "year": _("Year"),
        "source": _("Source"),
        "license": _("Licence"),
        "by": _("by"),
        "showMore": _("Show more"),
        "showLess": _("Show less"),
        "subLevel": _("Sublevel"),
        "contentChanged": _("This activity has changed since you last used it."),
        "startingOver": _("You will start again from the beginning."),
        "confirmDialogHeader": _("Are you sure?"),
        "confirmDialogBody": _("Please confirm that you want to go ahead."),
        "cancelLabel": _("Cancel"),
        "confirmLabel": _("Confirm"),
        "licenseU": _("Undisclosed"),
        "licenseC": _("Copyright"),
        "licensePD": _("Public domain"),
        "connectionLost": _(
            "No connection. Your results are kept and sent when it returns."
        ),
        "connectionReestablished": _("Connected again."),
    }


def integration(*, request, package: H5PPackage, token: str, user_id: int) -> dict:
    """``H5PIntegration`` for one activity played by one learner."""
    activity = package.activity
    assets = package.assets
    saved = (
        H5PUserState.objects.filter(user_id=user_id, activity=activity)
        .values_list("data", flat=True)
        .first()
    )
    with files.storage().open(f"{package.content_path}/content/content.json") as f:
        json_content = f.read().decode("utf-8-sig")
    content = {
        "library": assets["main"],
        "jsonContent": json_content,
        "fullScreen": False,
        # The xAPI object id, as the old player gave it: the activity on the site.
        "url": f"{settings.SITE_URL}/h5p/{activity.pk}/",
        "contentUrl": reverse("h5p:content", args=[token, "content"]),
        "title": activity.title,
        "displayOptions": {
            "frame": False,
            "export": False,
            "embed": False,
            "copyright": False,
            "icon": False,
            "copy": False,
        },
        "metadata": {"title": activity.title, "license": "U"},
        "styles": [],
        "scripts": [],
    }
    if saved and saved != "null":
        # H5P core reads contentUserData[subContentId][dataType].
        content["contentUserData"] = [{"state": saved}]
    return {
        "baseUrl": f"{request.scheme}://{request.get_host()}",
        "url": reverse("h5p:player", args=[token]).rstrip("/"),
        "urlLibraries": libraries_root(),
        "libraryDirectories": assets["folders"],
        "postUserStatistics": False,
        "reportingIsEnabled": False,
        # H5P hands a saved state to the content only when saveFreq is set;
        # with no H5PIntegration.user it never posts it anywhere itself.
        "saveFreq": 30,
        "ajax": {},
        "l10n": {"H5P": _l10n()},
        "contents": {f"cid-{activity.pk}": content},
    }


def page_assets(package: H5PPackage) -> tuple[list[str], list[str]]:
    """(styles, scripts) the player page loads, in order."""
    styles = [static("h5p-standalone/styles/h5p.css")]
    styles += [library_url(h, path) for h, path in package.assets.get("styles", [])]
    styles.append(static("h5p/bangla.css"))
    scripts = [static("h5p/frame-setup.js"), static("h5p-standalone/frame.bundle.js")]
    scripts += [library_url(h, path) for h, path in package.assets.get("scripts", [])]
    scripts.append(static("h5p/bridge.js"))
    return styles, scripts
