"""Certificates as PDF: any real name renders, is shaped, and fits the page.

The renderer is pure (plain data in, PDF bytes out), so nothing here needs a
database. Pages are rasterised with poppler's ``pdftoppm`` to look at what a
printer would put on paper.
"""

import io
import shutil
import subprocess
from datetime import date

import pypdf
import pytest
from PIL import Image, ImageDraw
from reportlab.graphics.barcode.qr import QrCodeWidget

from certificates.codes import ALPHABET, check_character, new_code
from certificates.render import (
    DEFAULT_TEMPLATE,
    INNER,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    CertificateData,
    Signatory,
    Template,
    display_code,
    metadata_for,
    render_batch,
    render_certificate,
)

LONG_NAME = (
    "মোছাঃ শ্রাবন্তী চক্রবর্তী অর্পিতা লক্ষ্মীপ্রিয়া রায়চৌধুরী ওরফে রুমা বেগম, "
    "পিতা: মোঃ আব্দুল করিম, মাতা: সালেহা খাতুন চৌধুরী"
)

NAMES = [
    pytest.param("শ্রাবন্তী চক্রবর্তী", id="conjuncts-shrabonti"),
    pytest.param("ক্ষিতীশ", id="conjunct-ksha"),
    pytest.param("লক্ষ্মী", id="conjunct-kshma"),
    pytest.param("উজ্জ্বল দত্ত", id="three-part-conjunct"),
    pytest.param("অর্পিতা", id="reph"),
    pytest.param("কার্তিক বর্মন", id="reph-twice"),
    pytest.param("র\u200d্যাব হোসেন", id="ya-phala-zwj"),
    pytest.param("অক্\u200cষয় কুমার", id="explicit-hasanta-zwnj"),
    pytest.param("কি\u200cবোর্ড মিয়া", id="zwnj-between-letters"),
    pytest.param("সত্যজিৎ রায়", id="khanda-ta"),
    pytest.param("চাঁদ মিয়া", id="chandrabindu"),
    pytest.param("মোছাঃ রহিমা খাতুন", id="mosammat-visarga"),
    pytest.param("মোঃ আব্দুল্লাহ", id="mohammad-visarga"),
    pytest.param("জ্যোতির্ময় বৈদ্য", id="split-vowel-o-and-ai"),
    pytest.param("কৌশিক ঋতুপর্ণা", id="au-kar-and-vocalic-r"),
    pytest.param("আয়েশা সিদ্দিকা", id="precomposed-yya"),
    pytest.param("আয\u09bcেশা", id="decomposed-ya-nukta"),
    pytest.param("Fatema Begum", id="english"),
    pytest.param("Md. আব্দুল করিম", id="mixed-scripts"),
    pytest.param(LONG_NAME, id="very-long"),
    pytest.param("ক", id="single-bangla-letter"),
    pytest.param("A", id="single-latin-letter"),
    pytest.param("O'Brien", id="apostrophe"),
    pytest.param("A & B <x>", id="ampersand-angle-brackets"),
    pytest.param("Rahim <b>bold</b> &amp; (Ruma)", id="markup-and-parentheses"),
]

# The names rasterised and looked at: the hardest shaping and the longest line.
LOOKED_AT = [
    pytest.param("শ্রাবন্তী চক্রবর্তী লক্ষ্মী ক্ষিতীশ", id="conjunct-heavy"),
    pytest.param("র\u200d্যাব কি\u200cবোর্ড সত্যজিৎ চাঁদ", id="zwj-zwnj"),
    pytest.param(LONG_NAME, id="very-long"),
    pytest.param("Md. আব্দুল করিম", id="mixed-scripts"),
]

A4_LANDSCAPE = (842, 595)


def code_for(seed: str) -> str:
    """A valid code that is the same on every run (easier to read failures)."""
    picks = (ALPHABET[(ord(c) * 7 + i) % len(ALPHABET)] for i, c in enumerate(seed))
    body = ("".join(picks) + "ABCDEFGHJK")[:10]
    return body + check_character(body)


def certificate(name: str, *, code: str | None = None, **changes) -> CertificateData:
    code = code or code_for(name)
    fields = dict(
        learner_name=name,
        course_title_bn="আর্থিক সাক্ষরতা: সঞ্চয় ও রেমিট্যান্স",
        course_title_en="Financial literacy: savings and remittances",
        completed_on=date(2026, 11, 26),
        centre_bn="ব্রাহ্মণবাড়িয়া জেলা",
        centre_en="Brahmanbaria district",
        code=code,
        verify_url=f"https://elearn.example.org/bn/certificates/verify/{code}/",
    )
    fields.update(changes)
    return CertificateData(**fields)


def png_bytes(size, colour, *, stroke=False) -> bytes:
    """A small transparent PNG with a ring (and a slash, like a signature)."""
    image = Image.new("RGBA", size, (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((2, 2, size[0] - 3, size[1] - 3), outline=colour, width=4)
    if stroke:
        draw.line((5, size[1] - 10, size[0] - 5, 8), fill=colour, width=3)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def branded_template(key="branded") -> Template:
    return Template(
        key=key,
        programme_bn="প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়",
        programme_en="Ministry of Expatriates' Welfare & Overseas Employment",
        logos=(png_bytes((120, 120), "black"), png_bytes((200, 100), "navy")),
        signatories=(
            Signatory(
                name_bn="মোঃ আব্দুল্লাহ আল মামুন",
                name_en="Md. Abdullah Al Mamun",
                title_bn="পরিচালক",
                title_en="Director",
                signature=png_bytes((300, 80), "black", stroke=True),
            ),
            Signatory(
                name_bn="শ্রাবন্তী চক্রবর্তী",
                name_en="Srabanti Chakraborty",
                title_bn="প্রশিক্ষণ সমন্বয়ক",
                title_en="Training Coordinator",
                signature=png_bytes((260, 90), "darkblue", stroke=True),
            ),
            Signatory(
                name_bn="ক্ষিতীশ বর্মন",
                name_en="Kshitish Barman",
                title_bn="কেন্দ্র ব্যবস্থাপক",
                title_en="Centre Manager",
            ),
        ),
    )


@pytest.fixture
def rasterise(tmp_path):
    """Turn PDF bytes into a greyscale Pillow image of page 1 with pdftoppm."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm (Debian package poppler-utils) is not installed")

    def run(pdf: bytes, *, dpi: int, name="page", crop_points=None) -> Image.Image:
        source = tmp_path / f"{name}.pdf"
        source.write_bytes(pdf)
        crop = []
        if crop_points is not None:  # (left, top, width, height) in points
            x, y, w, h = (str(round(v * dpi / 72)) for v in crop_points)
            crop = ["-x", x, "-y", y, "-W", w, "-H", h]
        subprocess.run(
            [pdftoppm, "-r", str(dpi), "-png", "-singlefile", "-f", "1", "-l", "1"]
            + crop
            + [str(source), str(tmp_path / name)],
            check=True,
            timeout=30,
        )
        with Image.open(tmp_path / f"{name}.png") as image:
            return image.convert("L")

    return run


def form_xobjects(page) -> dict[str, int]:
    """The page's form XObjects: resource name -> indirect object number."""
    xobjects = page["/Resources"].get("/XObject", {})
    return {
        name: xobjects.raw_get(name).idnum
        for name in xobjects
        if xobjects[name].get("/Subtype") == "/Form"
    }


def objects_of_subtype(reader: pypdf.PdfReader, subtype: str) -> int:
    count = 0
    for number in range(1, reader.trailer["/Size"]):
        obj = reader.get_object(number)
        if hasattr(obj, "get") and obj.get("/Subtype") == subtype:
            count += 1
    return count


def test_the_name_table_covers_what_it_claims():
    """The table has enough names and its long name really is long."""
    assert len(NAMES) >= 22
    assert len(LONG_NAME) >= 120


@pytest.mark.parametrize("name", NAMES)
def test_any_real_name_renders_to_one_a4_landscape_page(name):
    """Conjuncts, ZWJ/ZWNJ, markup characters or a 120-character name: one
    A4 landscape page comes out, never an exception."""
    pdf = render_certificate(certificate(name), DEFAULT_TEMPLATE)
    assert pdf.startswith(b"%PDF-")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(A4_LANDSCAPE[0], abs=1)
    assert float(box.height) == pytest.approx(A4_LANDSCAPE[1], abs=1)


@pytest.mark.parametrize("name", NAMES)
def test_metadata_holds_the_name_exactly(name):
    """Title, author and subject round-trip through the PDF in Unicode; the
    author is the learner's name character for character, joiners included."""
    data = certificate(name)
    metadata = pypdf.PdfReader(
        io.BytesIO(render_certificate(data, DEFAULT_TEMPLATE))
    ).metadata
    expected = metadata_for(data)
    assert metadata.author == name == expected["author"]
    assert metadata.title == expected["title"]
    assert metadata.subject == expected["subject"]


@pytest.mark.parametrize("name", NAMES)
def test_code_and_verify_address_are_text_in_the_pdf(name):
    """The code (as read aloud, with dashes) and the address are real text, so
    they can be searched and copied whatever the learner's name is."""
    data = certificate(name)
    text = (
        pypdf.PdfReader(io.BytesIO(render_certificate(data, DEFAULT_TEMPLATE)))
        .pages[0]
        .extract_text()
    )
    assert display_code(data.code) in text
    assert data.verify_url in text


def test_a_random_new_code_is_printed_with_dashes():
    """A freshly drawn code appears as ABCD-EFGH-JKM on the page."""
    code = new_code()
    pdf = render_certificate(certificate("Fatema Begum", code=code), DEFAULT_TEMPLATE)
    text = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert f"{code[:4]}-{code[4:8]}-{code[8:]}" in text


def test_page_is_mostly_white_paper_with_a_qr_code_bottom_left(rasterise):
    """Printable on a cheap black-and-white inkjet: no full-bleed background,
    and the bottom-left corner holds a black-and-white QR pattern."""
    page = rasterise(render_certificate(certificate("লক্ষ্মী"), DEFAULT_TEMPLATE), dpi=50)
    pixels = page.tobytes()
    near_white = sum(1 for value in pixels if value >= 230) / len(pixels)
    assert near_white > 0.85

    scale = 50 / 72
    # The corner the signatories leave free (render.py: area_left = INNER + 150),
    # above the code printed under the QR.
    corner = page.crop(
        (
            round(INNER * scale),
            round((PAGE_HEIGHT - INNER - 140) * scale),
            round((INNER + 140) * scale),
            round((PAGE_HEIGHT - INNER - 28) * scale),
        )
    )
    values = corner.tobytes()
    dark = sum(1 for value in values if value < 100) / len(values)
    assert 0.15 < dark < 0.6


@pytest.mark.parametrize(
    "site",
    [
        pytest.param("https://elearn.example.org", id="short-address"),
        pytest.param("https://shikkha.probashi-kallyan.gov.bd", id="long-address"),
    ],
)
def test_qr_modules_on_paper_match_the_verify_address(rasterise, site):
    """Sampled at each module's centre, the printed QR equals the QR of the
    verify address (no decoder installed: compare with the encoder instead)."""
    code = code_for(site)
    data = certificate(
        "শ্রাবন্তী চক্রবর্তী",
        code=code,
        verify_url=f"{site}/bn/certificates/verify/{code}/",
    )
    widget = QrCodeWidget(data.verify_url, barLevel="M", barBorder=0)
    widget.qr.make()
    expected = [[bool(m) for m in row] for row in widget.qr.modules]

    left, top, width, height = INNER + 4, PAGE_HEIGHT - INNER - 140, 136, 112
    dpi = 300
    corner = rasterise(
        render_certificate(data, DEFAULT_TEMPLATE),
        dpi=dpi,
        name="qr",
        crop_points=(left, top, width, height),
    )
    box = Image.eval(corner, lambda v: 255 if v < 128 else 0).getbbox()
    assert box is not None, "no QR code in the bottom-left corner"
    x0, y0, x1, y1 = box
    assert abs((x1 - x0) - (y1 - y0)) <= 2, "the QR code should be square"
    assert (x1 - x0) * 72 / dpi > 60, "the QR code should be at least 60pt wide"

    count = len(expected)
    pitch_x, pitch_y = (x1 - x0) / count, (y1 - y0) / count
    printed = [
        [
            corner.getpixel(
                (int(x0 + (c + 0.5) * pitch_x), int(y0 + (r + 0.5) * pitch_y))
            )
            < 128
            for c in range(count)
        ]
        for r in range(count)
    ]
    assert printed == expected


@pytest.mark.parametrize("name", LOOKED_AT)
def test_hard_names_rasterise_to_a_landscape_page(rasterise, name):
    """pdftoppm (not only pypdf) can draw the page, and it is landscape."""
    page = rasterise(render_certificate(certificate(name), DEFAULT_TEMPLATE), dpi=80)
    width, height = page.size
    assert width > height
    assert width == pytest.approx(842 * 80 / 72, abs=2)
    assert height == pytest.approx(595 * 80 / 72, abs=2)


def underline_below_name(page: Image.Image, dpi: int) -> float:
    """Points from the top of the page to the rule drawn under the name: the
    first row, below the name's top, dark across the middle 300pt."""
    scale = dpi / 72
    middle = page.crop(
        (
            round((PAGE_WIDTH / 2 - 150) * scale),
            0,
            round((PAGE_WIDTH / 2 + 150) * scale),
            page.height,
        )
    )
    for row in range(round(214 * scale), middle.height):
        line = middle.crop((0, row, middle.width, row + 1)).tobytes()
        if sum(1 for value in line if value < 200) > 0.95 * len(line):
            return row / scale
    raise AssertionError("no rule under the name")


@pytest.mark.parametrize(
    "name, lines",
    [
        pytest.param("Fatema Begum", 1, id="short"),
        pytest.param(LONG_NAME, 2, id="120-characters"),
        pytest.param(" ".join([LONG_NAME] * 2), 2, id="240-characters-shrinks"),
    ],
)
def test_a_long_name_shrinks_to_two_lines_inside_the_frame(rasterise, name, lines):
    """However long the name, it takes at most two 30pt lines (it is shrunk
    rather than pushing the course down) and stays clear of the side rules."""
    dpi = 144
    page = rasterise(render_certificate(certificate(name), DEFAULT_TEMPLATE), dpi=dpi)
    name_top = 214  # points from the top (render.py: PAGE_HEIGHT - 214)
    rule = underline_below_name(page, dpi)
    assert rule - name_top <= lines * 30 * 1.25 + 8

    scale = dpi / 72
    band = (round(name_top * scale), round(rule * scale) - 2)
    for left, right in (
        (INNER + 2, INNER + 25),
        (PAGE_WIDTH - INNER - 25, PAGE_WIDTH - INNER - 2),
    ):
        strip = page.crop((round(left * scale), band[0], round(right * scale), band[1]))
        assert min(strip.tobytes()) > 200, "the name runs into the frame"
    body = page.crop((0, band[0], page.width, band[1]))
    assert min(body.tobytes()) < 100, "the name should be drawn at all"


def test_a_batch_stores_the_template_once():
    """Five pages of one template: five pages, and every page stamps the same
    single form XObject (the border, headings and signatories)."""
    items = [(certificate(f"Learner {i}"), DEFAULT_TEMPLATE) for i in range(5)]
    reader = pypdf.PdfReader(io.BytesIO(render_batch(items, title="Print run")))
    assert len(reader.pages) == 5
    per_page = [form_xobjects(page) for page in reader.pages]
    assert all(len(forms) == 1 for forms in per_page)
    assert len({number for forms in per_page for number in forms.values()}) == 1
    assert objects_of_subtype(reader, "/Form") == 1


def test_batch_size_does_not_multiply_template_images():
    """Logos and signatures live inside the template's form: one page or four,
    the file holds the same images."""
    template = branded_template("images-once")
    one = pypdf.PdfReader(
        io.BytesIO(render_batch([(certificate("ক"), template)], title="one"))
    )
    four = pypdf.PdfReader(
        io.BytesIO(
            render_batch(
                [(certificate(f"L{i}"), template) for i in range(4)], title="four"
            )
        )
    )
    assert objects_of_subtype(one, "/Image") > 0
    assert objects_of_subtype(four, "/Image") == objects_of_subtype(one, "/Image")
    assert objects_of_subtype(four, "/Form") == 1


def test_two_templates_in_one_batch_give_two_forms():
    """Pages alternate between two templates: each template's form is drawn
    once and shared by its own pages only."""
    branded = branded_template("two-forms")
    templates = [DEFAULT_TEMPLATE, branded, DEFAULT_TEMPLATE, branded, branded]
    items = [(certificate(f"L{i}"), t) for i, t in enumerate(templates)]
    reader = pypdf.PdfReader(io.BytesIO(render_batch(items, title="Mixed")))
    assert len(reader.pages) == 5
    numbers = [set(form_xobjects(page).values()) for page in reader.pages]
    assert all(len(n) == 1 for n in numbers)
    default_form, branded_form = numbers[0], numbers[1]
    assert default_form != branded_form
    assert numbers == [default_form, branded_form, default_form] + [branded_form] * 2
    assert objects_of_subtype(reader, "/Form") == 2


def test_template_with_logos_and_signatures_renders(rasterise):
    """Logos top left and right, signature images above the lines: the page
    renders, the English signatory names are text, and ink appears where the
    logos go."""
    pdf = render_certificate(certificate("লক্ষ্মী অর্পিতা"), branded_template())
    text = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    for english in ("Md. Abdullah Al Mamun", "Srabanti Chakraborty", "Centre Manager"):
        assert english in text
    page = rasterise(pdf, dpi=72)
    left_logo = page.crop((INNER + 20, INNER + 14, INNER + 110, INNER + 70))
    right_logo = page.crop(
        (PAGE_WIDTH - INNER - 110, INNER + 14, PAGE_WIDTH - INNER - 20, INNER + 70)
    )
    assert min(left_logo.tobytes()) < 100
    assert min(right_logo.tobytes()) < 150


def test_bangla_signatory_names_render():
    """A custom template whose signatories are named only in Bangla (no English
    name or title) renders to a PDF holding the template form."""
    template = Template(
        key="bangla-only-signatories",
        programme_bn="জনশক্তি কর্মসংস্থান ও প্রশিক্ষণ ব্যুরো",
        programme_en="",
        signatories=(
            Signatory("মোছাঃ শ্রাবন্তী চক্রবর্তী", "", "উপপরিচালক (প্রশিক্ষণ)", ""),
            Signatory("সত্যজিৎ রায়", "", "কেন্দ্র ব্যবস্থাপক", ""),
            Signatory("র\u200d্যাব উদ্দিন", "", "সমন্বয়ক", ""),
        ),
    )
    pdf = render_certificate(certificate("ক্ষিতীশ"), template)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    assert len(form_xobjects(reader.pages[0])) == 1
