from django.urls import path, register_converter

from . import player_views, views

app_name = "h5p"


class _Plain:
    """A path part matched by ``regex`` and passed on as it is."""

    regex = ""

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class TokenConverter(_Plain):
    """A player token (see h5p.access): package-user-expiry-signature."""

    regex = r"[0-9]{1,18}-[0-9]{1,18}-[0-9]{1,12}-[0-9a-f]{32}"


class HashConverter(_Plain):
    regex = r"[0-9a-f]{64}"


register_converter(TokenConverter, "h5ptoken")
register_converter(HashConverter, "sha256")

urlpatterns = [
    path("play/<h5ptoken:token>/", player_views.play, name="player"),
    path(
        "play/<h5ptoken:token>/<path:path>",
        player_views.content_file,
        name="content",
    ),
    path(
        "lib/<sha256:content_hash>/<path:path>",
        player_views.library_file,
        name="library",
    ),
    path("font/<sha256:content_hash>.woff2", player_views.font_file, name="font"),
    path("<int:activity_id>/xapi/", views.xapi, name="xapi"),
    path("<int:activity_id>/state/", views.state, name="state"),
]
