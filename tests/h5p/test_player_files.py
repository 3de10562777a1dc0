"""The sandboxed player and its files.

H5P content is someone else's code: it plays in a frame with no origin of its
own, reached by a signed address given only to those who may load it, and
every file it loads comes from private storage through a checked view, with a
sandboxing Content-Security-Policy, compressed where that helps.
"""

import gzip
import json
import re
import time

import brotli
import pytest
from django.core.files.storage import default_storage, storages
from django.test import Client
from django.urls import reverse

from h5p import access
from h5p.models import H5PUserState

from .factories import install_activity, repack, sample, stored_files

pytestmark = pytest.mark.django_db

FRAME = re.compile(r"<iframe[^>]*class=\"h5p-player\"[^>]*>")


def lesson_url(small_course):
    from courses.models import LessonPage

    return LessonPage.objects.live().descendant_of(small_course).first().url


def player_address(client, small_course) -> str:
    page = client.get(lesson_url(small_course))
    assert page.status_code == 200
    frame = FRAME.search(page.content.decode())
    assert frame, "the lesson has no player frame"
    return re.search(r'data-src="([^"]+)"', frame.group(0)).group(1)


def read(response) -> bytes:
    """The body of a (possibly streamed) response, read to the end."""
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


@pytest.fixture
def learner_client(client, enrolled, activity):
    client.force_login(enrolled.user)
    return client


@pytest.fixture
def token(enrolled, activity) -> str:
    return access.grant(
        package_id=activity.current_version_id, user_id=enrolled.user.pk
    )


def content_url(token: str, path: str) -> str:
    return reverse("h5p:content", args=[token, path])


def test_the_lesson_plays_the_activity_in_a_frame_without_the_sites_origin(
    learner_client, small_course, activity
):
    page = learner_client.get(lesson_url(small_course)).content.decode()
    frame = FRAME.search(page).group(0)

    assert 'sandbox="allow-scripts"' in frame
    assert "allow-same-origin" not in page
    # The page itself loads no H5P code: all of it runs inside the frame.
    assert "frame.bundle.js" not in page
    assert "h5p/player.js" in page


def test_a_learner_not_enrolled_gets_no_player(client, other_learner, small_course):
    client.force_login(other_learner.user)
    page = client.get(lesson_url(small_course))

    if page.status_code == 200:
        assert not FRAME.search(page.content.decode())


def test_the_player_page_is_sandboxed_even_when_opened_on_its_own(
    learner_client, small_course
):
    address = player_address(learner_client, small_course)
    # A stranger's browser: no session at all. The address alone opens it,
    # and the browser gives it no origin, so its scripts reach nothing.
    response = Client().get(address)

    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert policy.startswith("sandbox allow-scripts;")
    assert "allow-same-origin" not in policy
    assert "default-src 'none'" in policy
    assert "frame-ancestors http://testserver" in policy
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_the_player_page_loads_core_then_libraries_by_hash_then_the_bridge(
    learner_client, small_course, activity
):
    html = Client().get(player_address(learner_client, small_course)).content.decode()
    scripts = re.findall(r'<script src="([^"]+)"', html)

    assert scripts[0].endswith("h5p/frame-setup.js")
    assert scripts[1].endswith("h5p-standalone/frame.bundle.js")
    assert scripts[-1].endswith("h5p/bridge.js")
    library_scripts = scripts[2:-1]
    assert library_scripts
    assert all(re.match(r"^/h5p/lib/[0-9a-f]{64}/", src) for src in library_scripts)
    # Dependencies load before what needs them: the main library comes last.
    main = activity.current_version.libraries.get(machine_name="H5P.TrueFalse")
    owners = [src.split("/")[3] for src in library_scripts]
    first_main = owners.index(main.content_hash)
    assert set(owners[first_main:]) == {main.content_hash}
    assert first_main > 0
    assert "<script>" not in html  # no inline script: settings come as JSON


def test_the_player_settings_carry_the_content_and_the_saved_state(
    learner_client, small_course, activity, enrolled
):
    H5PUserState.objects.create(
        user=enrolled.user, activity=activity, data='{"answer": false}'
    )
    html = Client().get(player_address(learner_client, small_course)).content.decode()
    data = re.search(
        r'<script id="h5p-integration" type="application/json">(.*?)</script>',
        html,
        re.S,
    ).group(1)
    settings = json.loads(data)

    content = settings["contents"][f"cid-{activity.pk}"]
    assert content["library"] == "H5P.TrueFalse 1.6"
    assert json.loads(content["jsonContent"])["correct"] in ("true", "false")
    assert content["contentUserData"] == [{"state": '{"answer": false}'}]
    assert set(settings["libraryDirectories"]) >= {"H5P.TrueFalse-1.6"}


@pytest.mark.parametrize(
    "forge",
    [
        lambda t: t.replace(t.split("-")[1], str(int(t.split("-")[1]) + 1), 1),
        lambda t: t[:-1] + ("0" if t[-1] != "0" else "1"),
        lambda t: "-".join(t.split("-")[:3]) + "-" + "0" * 32,
    ],
    ids=["another learner", "bad signature", "no signature"],
)
def test_a_forged_token_opens_nothing(token, forge):
    forged = forge(token)
    assert forged != token

    assert Client().get(reverse("h5p:player", args=[forged])).status_code == 404
    assert Client().get(content_url(forged, "h5p.json")).status_code == 404


def test_an_expired_token_opens_nothing(enrolled, activity):
    old = access.grant(
        package_id=activity.current_version_id,
        user_id=enrolled.user.pk,
        now=time.time() - 3 * access.DAY,
    )

    assert Client().get(reverse("h5p:player", args=[old])).status_code == 404


def test_a_token_for_a_learner_not_enrolled_opens_nothing(other_learner, activity):
    granted = access.grant(
        package_id=activity.current_version_id, user_id=other_learner.user.pk
    )

    assert Client().get(reverse("h5p:player", args=[granted])).status_code == 404
    assert Client().get(content_url(granted, "h5p.json")).status_code == 404


def test_content_files_are_sandboxed_and_compressed_once_when_installed(token):
    plain = Client().get(content_url(token, "content/content.json"))
    body = read(plain)
    squeezed = Client().get(
        content_url(token, "content/content.json"), HTTP_ACCEPT_ENCODING="gzip, br"
    )
    gzipped = Client().get(
        content_url(token, "content/content.json"), HTTP_ACCEPT_ENCODING="gzip"
    )

    assert plain.status_code == 200
    assert plain["Content-Type"] == "application/json"
    assert "Content-Encoding" not in plain
    assert plain["Content-Security-Policy"].startswith("sandbox")
    assert plain["X-Content-Type-Options"] == "nosniff"
    assert plain["Access-Control-Allow-Origin"] == "*"
    assert plain["Cache-Control"] == "private, max-age=86400"
    assert "Accept-Encoding" in plain["Vary"]
    assert squeezed["Content-Encoding"] == "br"
    assert brotli.decompress(read(squeezed)) == body
    assert gzipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(read(gzipped)) == body
    json.loads(body)


def test_library_files_are_public_code_cached_for_a_year(learner_client, activity):
    library = activity.current_version.libraries.get(machine_name="H5P.TrueFalse")
    url = reverse("h5p:library", args=[library.content_hash, "library.json"])

    response = Client().get(url, HTTP_ACCEPT_ENCODING="br")

    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    assert response["Content-Security-Policy"].startswith("sandbox")
    manifest = json.loads(brotli.decompress(read(response)))
    assert manifest["machineName"] == "H5P.TrueFalse"
    unknown = reverse("h5p:library", args=["0" * 64, "library.json"])
    assert Client().get(unknown).status_code == 404


ESCAPING_PATHS = [
    "../h5p.json",
    "content/../../../settings.py",
    "content/../../h5p/packages",
    "libraries/H5P.TrueFalse-1.6/library.json",
    "content/missing.json",
    "content/content.json.br",
]


def test_a_path_outside_the_content_is_not_found(token, activity):
    base = content_url(token, "x")[: -len("x")]
    for path in ESCAPING_PATHS:
        # As the browser sends it, not normalised by reverse().
        assert Client().get(base + path).status_code == 404, path
    library = activity.current_version.libraries.first()
    lib_base = reverse("h5p:library", args=[library.content_hash, "x"])[: -len("x")]
    for path in ("../../h5p.json", "../" + library.content_hash, "/etc/passwd"):
        assert Client().get(lib_base + path).status_code == 404, path


def test_each_file_after_the_first_costs_a_fixed_few_queries(
    token, django_assert_num_queries
):
    """The player loads dozens of files: access is checked once, then cached."""
    Client().get(content_url(token, "h5p.json"))

    with django_assert_num_queries(1):  # the package, for its storage path
        assert Client().get(content_url(token, "h5p.json")).status_code == 200


SVG_WITH_SCRIPT = (
    b'<svg xmlns="http://www.w3.org/2000/svg"><script>'
    b"parent.document.title='owned'</script></svg>"
)


def test_an_svg_with_a_script_is_only_ever_an_attachment_in_a_sandbox(enrolled):
    hostile = repack(
        sample("true-false.h5p"), extra=[("content/images/logo.svg", SVG_WITH_SCRIPT)]
    )
    activity = install_activity(hostile)
    granted = access.grant(
        package_id=activity.current_version_id, user_id=enrolled.user.pk
    )
    # The activity is in no course: only an editor may load it (preview).
    enrolled.user.is_superuser = True
    enrolled.user.save()

    response = Client().get(content_url(granted, "content/images/logo.svg"))

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"].startswith("sandbox")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_nothing_of_a_package_is_left_where_the_web_server_serves_media(activity):
    assert not default_storage.exists("h5p")
    assert stored_files("h5p/content")
    assert storages["private"].exists(activity.current_version.file.name)


def test_icon_fonts_are_cut_to_the_icons_the_activity_shows(
    learner_client, small_course
):
    """Font Awesome is 67 KB for a tick and a cross: the player declares a cut
    copy (same family) after the libraries' styles, and the browser loads that."""
    from io import BytesIO

    from fontTools.ttLib import TTFont

    html = Client().get(player_address(learner_client, small_course)).content.decode()
    style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
    faces = dict(
        re.findall(
            r"font-family:'([^']+)';src:url\((/h5p/font/[0-9a-f]{64}\.woff2)\)", style
        )
    )
    assert set(faces) == {"H5PFontAwesome4", "H5PFontIcons"}
    assert html.index("<style>") > html.rindex('rel="stylesheet"')

    response = Client().get(faces["H5PFontAwesome4"])
    data = read(response)
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    assert len(data) < 5_000
    shown = set(TTFont(BytesIO(data)).getBestCmap())
    # The check button's icon, the right and wrong marks: kept. A glass: not.
    assert {0xF058, 0xF00C, 0xF00D} <= shown
    assert 0xF000 not in shown
