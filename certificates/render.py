"""Draw certificates as PDF: plain data in, bytes out, no database.

Bangla needs shaping (conjuncts, reph, vowel signs that sit before their
consonant), so every line of text goes through a shaped ``Paragraph`` in Hind
Siliguri; reportlab hands the glyph runs to HarfBuzz. The page is drawn for a
cheap inkjet: white paper, thin black rules, no full-bleed colour.

What does not change between certificates of one template (border, headings,
logos, signatories) is drawn once per document as a form XObject and stamped
on each page, so a 1,000-page print batch holds it once.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from fontpkg_hind_siliguri import ROOT as FONT_ROOT
from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

from elearn.formatting import bangla_calendar_date, format_date

from . import qr

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN = 30
INNER = MARGIN + 8
GREY = Color(0.35, 0.35, 0.35)

REGULAR = "HindSiliguri"
BOLD = "HindSiliguri-Bold"


@dataclass(frozen=True)
class Signatory:
    name_bn: str
    name_en: str
    title_bn: str
    title_en: str
    signature: bytes | None = None


@dataclass(frozen=True)
class Template:
    """What a course's certificates share. ``key`` changes when any of it does."""

    key: str
    programme_bn: str
    programme_en: str
    logos: tuple[bytes, ...] = ()
    signatories: tuple[Signatory, ...] = ()


@dataclass(frozen=True)
class CertificateData:
    learner_name: str
    course_title_bn: str
    course_title_en: str
    completed_on: date
    centre_bn: str
    centre_en: str
    code: str
    verify_url: str
    # What the QR code holds; the printed verify_url when empty. An upper-case
    # address fits QR's alphanumeric mode: a smaller code with bigger modules,
    # easier for a phone to read off a cheap print.
    qr_url: str = ""


DEFAULT_TEMPLATE = Template(
    key="default",
    programme_bn="প্রবাসী কর্মী ও পরিবারের আর্থিক সাক্ষরতা কর্মসূচি",
    programme_en="Financial literacy programme for migrant workers and their families",
    signatories=(
        Signatory(
            name_bn="",
            name_en="",
            title_bn="কর্মসূচি সমন্বয়ক",
            title_en="Programme Coordinator",
        ),
    ),
)


def display_code(code: str) -> str:
    """Return 'ABCDEFGHJKM' as 'ABCD-EFGH-JKM', easier to read aloud."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


# What a certificate can contain: Latin with accents, Bangla, the joiners,
# punctuation, the taka sign; the shaping tables keep every conjunct these reach.
_PRINT_CHARACTERS = [
    *range(0x20, 0x7F),
    *range(0xA0, 0x250),
    *range(0x980, 0xA00),
    0x200C,
    0x200D,
    0x25CC,
    *range(0x2010, 0x2027),
    0x20B9,
]


def print_font(path) -> io.BytesIO:
    """The font without its screen hinting, and only the scripts we print.

    Hinting helps small text on screens, not on paper; without it every PDF
    embeds a third less font data (smaller downloads on 2G) and is faster to
    write. The OpenType layout tables stay, so shaping is unchanged.
    """
    from fontTools import subset
    from fontTools.ttLib import TTFont as FontFile

    font = FontFile(str(path))
    options = subset.Options()
    options.hinting = False
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=_PRINT_CHARACTERS)
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    buffer.seek(0)
    return buffer


@lru_cache(maxsize=1)
def _register_fonts() -> None:
    files = FONT_ROOT / "files"
    for name, filename in (
        (REGULAR, "HindSiliguri-Regular.ttf"),
        (BOLD, "HindSiliguri-Bold.ttf"),
    ):
        pdfmetrics.registerFont(
            TTFont(name, print_font(files / filename), shapable=True)
        )


@lru_cache(maxsize=256)
def _style(size: float, *, bold=False, colour=black, align=TA_CENTER, lead=1.3):
    # The name identifies the style in the paragraph cache, so it names it all.
    return ParagraphStyle(
        f"cert-{size}-{bold}-{align}-{lead}-{colour.hexval()}",
        fontName=BOLD if bold else REGULAR,
        fontSize=size,
        leading=size * lead,
        textColor=colour,
        alignment=align,
        shaping=1,
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_wrapped: dict[tuple, tuple[Paragraph, float]] = {}


def _paragraph(text: str, style, width: float) -> tuple[Paragraph, float]:
    """A shaped, wrapped paragraph and its height, reused while the text repeats.

    Parsing and shaping cost more than drawing; headings, phrases, course titles
    and signatories repeat on every page of a batch and across certificates.
    A wrapped paragraph holds glyphs, not font subsets, so any canvas can draw it.
    """
    key = (text, style.name, width)
    found = _wrapped.get(key)
    if found is None:
        para = Paragraph(_escape(text), style)
        _, height = para.wrap(width, PAGE_HEIGHT)
        if len(_wrapped) > 2000:
            _wrapped.clear()
        found = _wrapped[key] = (para, height)
    return found


def _centred(canv, text: str, style, y_top: float, width: float, x=None) -> float:
    """Draw ``text`` centred under ``y_top``; return the y just below it."""
    para, height = _paragraph(text, style, width)
    left = (PAGE_WIDTH - width) / 2 if x is None else x
    para.drawOn(canv, left, y_top - height)
    return y_top - height


def _fitted(text: str, *, size: float, bold: bool, width: float, lines: int):
    """A paragraph of ``text`` shrunk until it fits ``lines`` lines of ``width``."""
    while True:
        style = _style(size, bold=bold, lead=1.25)
        para, height = _paragraph(text, style, width)
        if height <= style.leading * lines + 0.5 or size <= 10:
            return para, height
        size -= 2


def _one_line(text: str, *, size: float, bold: bool, width: float):
    """A centred paragraph of ``text`` shrunk to one line of ``width`` (to 5 pt),
    cut short with an ellipsis if even that is too long."""
    while True:
        style = _style(size, bold=bold, colour=black if bold else GREY, lead=1.2)
        para, height = _paragraph(text, style, width)
        if height <= style.leading + 0.5:
            return para, height
        if size > 5:
            size -= 0.5
        else:
            text = text[: max(1, len(text) - 4)].rstrip() + "…"


@dataclass(frozen=True)
class _Prepared:
    """Per-template work done once per process: decoded images."""

    logos: tuple[ImageReader, ...]
    signatures: tuple[ImageReader | None, ...]


_prepared: dict[str, _Prepared] = {}


def _prepare(template: Template) -> _Prepared:
    """Decode a template's images once per process (keyed by ``template.key``)."""
    cached = _prepared.get(template.key)
    if cached is not None:
        return cached
    _register_fonts()
    if len(_prepared) > 64:
        _prepared.clear()
    cached = _prepared[template.key] = _Prepared(
        logos=tuple(ImageReader(io.BytesIO(logo)) for logo in template.logos),
        signatures=tuple(
            ImageReader(io.BytesIO(s.signature)) if s.signature else None
            for s in template.signatories
        ),
    )
    return cached


def _image(canv, reader: ImageReader, x: float, y: float, *, box_w, box_h):
    """Draw an image inside a box, keeping its shape; centred horizontally."""
    width, height = reader.getSize()
    scale = min(box_w / width, box_h / height)
    w, h = width * scale, height * scale
    canv.drawImage(reader, x + (box_w - w) / 2, y, w, h, mask="auto")


def _draw_static(canv, template: Template, prepared: _Prepared) -> None:
    # Two thin rules: a frame that survives a printer's unprintable margin.
    canv.setStrokeColor(black)
    canv.setLineWidth(1.6)
    canv.rect(MARGIN, MARGIN, PAGE_WIDTH - 2 * MARGIN, PAGE_HEIGHT - 2 * MARGIN)
    canv.setLineWidth(0.5)
    canv.rect(INNER, INNER, PAGE_WIDTH - 2 * INNER, PAGE_HEIGHT - 2 * INNER)

    top = PAGE_HEIGHT - INNER - 14
    logos = prepared.logos[:2]
    if logos:
        _image(canv, logos[0], INNER + 20, top - 56, box_w=90, box_h=56)
    if len(logos) > 1:
        _image(canv, logos[1], PAGE_WIDTH - INNER - 110, top - 56, box_w=90, box_h=56)

    width = PAGE_WIDTH - 2 * (INNER + 130)
    y = _centred(canv, template.programme_bn, _style(11, colour=GREY), top, width)
    y = _centred(canv, template.programme_en, _style(9, colour=GREY), y, width)
    y = _centred(canv, "সনদপত্র", _style(34, bold=True, lead=1.25), y - 6, width)
    _centred(canv, "Certificate of Completion", _style(15, lead=1.2), y + 2, width)

    body = PAGE_WIDTH - 2 * (INNER + 60)
    _centred(
        canv,
        "এই মর্মে প্রত্যয়ন করা যাচ্ছে যে / This is to certify that",
        _style(12, colour=GREY),
        PAGE_HEIGHT - 196,
        body,
    )

    _draw_signatories(canv, template, prepared)


def _draw_signatories(canv, template: Template, prepared: _Prepared) -> None:
    people = template.signatories[:3]
    if not people:
        return
    area_left = INNER + 150  # leave the bottom-left corner to the QR code
    area_width = PAGE_WIDTH - INNER - 30 - area_left
    slot = area_width / len(people)
    line_y = INNER + 78
    for index, person in enumerate(people):
        left = area_left + index * slot
        centre_x = left + slot / 2
        signature = prepared.signatures[index]
        if signature is not None:
            _image(canv, signature, centre_x - 70, line_y + 2, box_w=140, box_h=38)
        canv.setLineWidth(0.6)
        canv.line(centre_x - 80, line_y, centre_x + 80, line_y)
        y = line_y - 2
        # One line each, shrunk to fit the slot, so a long title can never run
        # into the verify line or the frame below.
        for text, size, bold in (
            (person.name_bn, 10.5, True),
            (person.name_en, 9, False),
            (person.title_bn, 9.5, False),
            (person.title_en, 8.5, False),
        ):
            if text:
                para, height = _one_line(text, size=size, bold=bold, width=slot - 10)
                para.drawOn(canv, left + 5, y - height)
                y -= height


def _qr(canv, url: str, x: float, y: float, size: float) -> None:
    """Draw the QR code of ``url`` as one filled path.

    reportlab's encoder lays the code out (``certificates.qr`` picks its mask
    faster); its modules are drawn here as runs in a single path, because
    turning each module into a validated shape object costs more than the
    rest of the page.
    """
    rows = qr.modules(url)
    box = size / len(rows)
    path = canv.beginPath()
    for row_index, row in enumerate(rows):
        top = y + size - (row_index + 1) * box
        start = None
        for column, dark in enumerate([*row, False]):
            if dark and start is None:
                start = column
            elif not dark and start is not None:
                path.rect(x + start * box, top, (column - start) * box, box)
                start = None
    canv.setFillColor(black)
    canv.drawPath(path, stroke=0, fill=1)


def _draw_variable(canv, data: CertificateData) -> None:
    body = PAGE_WIDTH - 2 * (INNER + 60)
    left = (PAGE_WIDTH - body) / 2

    name, height = _fitted(data.learner_name, size=30, bold=True, width=body, lines=2)
    name_top = PAGE_HEIGHT - 214
    name.drawOn(canv, left, name_top - height)
    y = name_top - max(height, 40) - 6
    canv.setLineWidth(0.4)
    canv.line(PAGE_WIDTH / 2 - 180, y + 2, PAGE_WIDTH / 2 + 180, y + 2)

    y = _centred(
        canv,
        "সফলভাবে নিচের কোর্সটি সম্পন্ন করেছেন / has successfully completed the course",
        _style(11, colour=GREY),
        y - 4,
        body,
    )
    course, height = _fitted(
        data.course_title_bn, size=18, bold=True, width=body, lines=2
    )
    course.drawOn(canv, left, y - height)
    y -= height
    y = _centred(canv, data.course_title_en, _style(13, lead=1.25), y, body)

    when = data.completed_on
    date_line = (
        f"সম্পন্নের তারিখ: {format_date(when, 'bn')} "
        f"({bangla_calendar_date(when)}) / Completed on {format_date(when, 'en')}"
    )
    y = _centred(canv, date_line, _style(11), y - 6, body)
    if data.centre_bn or data.centre_en:
        centre = " / ".join(t for t in (data.centre_bn, data.centre_en) if t)
        _centred(canv, f"কেন্দ্র / Centre: {centre}", _style(11), y, body)

    # The QR code keeps a quiet zone of about four modules on every side; the
    # code sits under it and the address runs along the bottom of the frame,
    # clear of the signatories.
    qr_size = 78
    qr_x, qr_y = INNER + 22, INNER + 38
    _qr(canv, data.qr_url or data.verify_url, qr_x, qr_y, qr_size)
    canv.setFont("Helvetica-Bold", 9)
    canv.drawCentredString(qr_x + qr_size / 2, INNER + 20, display_code(data.code))
    size = 7.0
    while size > 4 and canv.stringWidth(data.verify_url, "Helvetica", size) > (
        PAGE_WIDTH - 2 * INNER - 20
    ):
        size -= 0.5
    canv.setFont("Helvetica", size)
    canv.setFillColor(GREY)
    canv.drawCentredString(PAGE_WIDTH / 2, INNER + 6, data.verify_url)
    canv.setFillColor(black)


def _template_form_name(template: Template) -> str:
    return "T" + hashlib.sha1(template.key.encode()).hexdigest()[:12]


class _Document:
    """One PDF being written; templates are drawn into it once each."""

    def __init__(self, *, title: str, author: str, subject: str):
        _register_fonts()
        self.buffer = io.BytesIO()
        self.canvas = canvas.Canvas(
            self.buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1
        )
        self.canvas.setTitle(title)
        self.canvas.setAuthor(author)
        self.canvas.setSubject(subject)
        self.canvas.setCreator("elearn")
        self.forms: set[str] = set()

    def page(self, data: CertificateData, template: Template) -> None:
        name = _template_form_name(template)
        if name not in self.forms:
            self.canvas.beginForm(name)
            _draw_static(self.canvas, template, _prepare(template))
            self.canvas.endForm()
            self.forms.add(name)
        self.canvas.doForm(name)
        _draw_variable(self.canvas, data)
        self.canvas.showPage()

    def finish(self) -> bytes:
        self.canvas.save()
        return self.buffer.getvalue()


def metadata_for(data: CertificateData) -> dict[str, str]:
    """The PDF's title, author and subject: who and what, in Unicode."""
    return {
        "title": f"{data.learner_name} — {data.course_title_bn}",
        "author": data.learner_name,
        "subject": f"{data.course_title_bn} / {data.course_title_en} — "
        f"{display_code(data.code)}",
    }


def render_certificate(data: CertificateData, template: Template) -> bytes:
    """Return one certificate as a one-page A4 landscape PDF."""
    document = _Document(**metadata_for(data))
    document.page(data, template)
    return document.finish()


def render_batch(
    items: Iterable[tuple[CertificateData, Template]], *, title: str
) -> bytes:
    """Return many certificates as one PDF, a page each, for the printer."""
    document = _Document(title=title, author="elearn", subject=title)
    for data, template in items:
        document.page(data, template)
    return document.finish()
