"""How fast our certificate PDFs are, next to the same page through WeasyPrint.

Our renderer (``certificates.render``) draws the page with reportlab and
HarfBuzz; most Django projects would instead write an HTML page and hand it to
WeasyPrint. This bench renders one certificate both ways, alternating, in one
process pinned to one CPU core, and prints the median milliseconds per
certificate for each, their ratio, and each PDF's size. It then times a
1,000-page print batch from ``render_batch`` (every page a different learner
name and code) and prints seconds and pages per second.

The HTML page is meant to be a fair equivalent, built per certificate inside
the timed call just as ours is: A4 landscape, the same bilingual texts (dates
through ``elearn.formatting``), the same Hind Siliguri files (the print copies
our renderer embeds) loaded through ``@font-face`` with ``file://`` URLs, the
same double border and rules, the same positions (absolute, in points), and the
QR code of the same verify URL, encoded per certificate by reportlab's own QR
encoder and inlined as one SVG path. The learner's name has conjuncts, so both
renderers have to shape. Two things CSS cannot copy exactly: our renderer
shrinks a name or course title that would need a third line (the bench's fit on
one, so it never does), and the code under the QR is in Helvetica, which
WeasyPrint swaps for whatever sans-serif fontconfig has (and embeds it).

Nothing touches the database, and Django is never set up:
``certificates.render`` and ``elearn.formatting`` are pure (importing the
``elearn`` package creates the Celery app, which reads no settings until used).
WeasyPrint lives in ``bench/requirements.txt``, not in the product's
requirements. Run it from the project root::

    .venv/bin/pip install -r bench/requirements.txt
    .venv/bin/python bench/certificates.py            # --rounds 20 by default

Both single-certificate PDFs are also written to ``bench-ours.pdf`` and
``bench-weasy.pdf`` in the temporary directory (``--pdf-dir`` to change it), to
be compared by eye, e.g. with ``pdftoppm -png -r 60``.

The last line is machine-readable:
``ours_ms=<float> weasyprint_ms=<float> speedup=<float> batch_1000_s=<float>``.
"""

import argparse
import base64
import html
import io
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from itertools import groupby
from pathlib import Path

from common import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT))

import reportlab  # noqa: E402
from fontpkg_hind_siliguri import ROOT as FONT_ROOT  # noqa: E402
from pypdf import PdfReader  # noqa: E402  (a product requirement already)
from reportlab.graphics.barcode.qr import QrCodeWidget  # noqa: E402

from certificates import render  # noqa: E402
from certificates.codes import new_code  # noqa: E402
from elearn.formatting import bangla_calendar_date, format_date  # noqa: E402

LEARNER_NAME = "মোছাঃ শ্রাবন্তী চক্রবর্তী"
COURSE_BN = "বিদেশে আয় করা টাকার সঠিক ব্যবস্থাপনা"
COURSE_EN = "Managing the money you earn abroad"
CENTRE_BN = "টাঙ্গাইল সদর ইউনিয়ন ডিজিটাল সেন্টার"
CENTRE_EN = "Tangail Sadar Union Digital Centre"
COMPLETED_ON = date(2026, 11, 26)
VERIFY_URL = "http://127.0.0.1:8000/certificates/verify/{code}/"
# The QR code holds the short upper-case address, as in the product
# (certificates.selectors.qr_url); both renderers encode the same string.
QR_URL = "HTTP://127.0.0.1:8000/C/{code}/"
BATCH_SIZE = 1000
WARM_UP = 3

# 10 x 10 x 10 distinct names for the batch, all with conjuncts or vowel signs.
FIRST = ("মোছাঃ", "মোঃ", "শ্রীমতী", "সৈয়দা", "বেগম", "শেখ", "কাজী", "মুন্সী", "খন্দকার", "হাজী")
GIVEN = (
    "শ্রাবন্তী",
    "রুক্সানা",
    "আক্তারুজ্জামান",
    "ঐন্দ্রিলা",
    "স্বপ্না",
    "লক্ষ্মী",
    "কৃষ্ণা",
    "মাহ্মুদা",
    "ত্রিশা",
    "জ্যোৎস্না",
)
FAMILY = (
    "চক্রবর্তী",
    "ভট্টাচার্য",
    "বন্দ্যোপাধ্যায়",
    "মুখোপাধ্যায়",
    "সরকার",
    "চৌধুরী",
    "তালুকদার",
    "মজুমদার",
    "প্রামাণিক",
    "হক",
)


def certificate(name: str = LEARNER_NAME) -> render.CertificateData:
    code = new_code()
    return render.CertificateData(
        learner_name=name,
        course_title_bn=COURSE_BN,
        course_title_en=COURSE_EN,
        completed_on=COMPLETED_ON,
        centre_bn=CENTRE_BN,
        centre_en=CENTRE_EN,
        code=code,
        verify_url=VERIFY_URL.format(code=code),
        qr_url=QR_URL.format(code=code),
    )


# --- The same page as HTML, for WeasyPrint --------------------------------

PT_W, PT_H = render.PAGE_WIDTH, render.PAGE_HEIGHT
FONT_FILES = Path(tempfile.mkdtemp(prefix="bench-fonts-"))
# WeasyPrint gets the very files our renderer embeds: the print copies without
# hinting (certificates.render.print_font).
for _name in ("HindSiliguri-Regular.ttf", "HindSiliguri-Bold.ttf"):
    (FONT_FILES / _name).write_bytes(
        render.print_font(FONT_ROOT / "files" / _name).getvalue()
    )
GREY = "#595959"  # render.GREY: 0.35 grey

CSS = f"""
@font-face {{
  font-family: "Hind Siliguri";
  font-weight: 400;
  src: url("{(FONT_FILES / "HindSiliguri-Regular.ttf").as_uri()}");
}}
@font-face {{
  font-family: "Hind Siliguri";
  font-weight: 700;
  src: url("{(FONT_FILES / "HindSiliguri-Bold.ttf").as_uri()}");
}}
@page {{ size: A4 landscape; margin: 0; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "Hind Siliguri"; color: #000; text-align: center; }}
p {{ margin: 0; }}
.grey {{ color: {GREY}; }}
.b {{ font-weight: 700; }}
.frame {{ position: absolute; box-sizing: border-box; border: solid #000; }}
.outer {{ inset: {render.MARGIN - 0.8:.2f}pt; border-width: 1.6pt; }}
.inner {{ inset: {render.INNER - 0.25:.2f}pt; border-width: 0.5pt; }}
.head {{ position: absolute; top: {render.INNER + 14}pt;
  left: {render.INNER + 130}pt; right: {render.INNER + 130}pt; }}
.logo {{ position: absolute; top: {render.INNER + 14}pt; width: 90pt;
  height: 56pt; object-fit: contain; }}
.body {{ position: absolute; top: 196pt;
  left: {render.INNER + 60}pt; right: {render.INNER + 60}pt; }}
.name {{ margin-top: 2.4pt; min-height: 40pt; font-size: 30pt; line-height: 1.25;
  font-weight: 700; }}
.rule {{ width: 360pt; margin: 4pt auto 0; border-top: 0.4pt solid #000; }}
.sig {{ position: absolute; top: {PT_H - render.INNER - 62 - 40:.2f}pt; }}
.sig img {{ display: block; margin: 0 auto 2pt; width: 140pt; height: 38pt;
  object-fit: contain; }}
.sig .blank {{ height: 40pt; }}
.sig .line {{ width: 160pt; margin: 0 auto 2pt; border-top: 0.6pt solid #000; }}
.sig p {{ line-height: 1.2; padding: 0 5pt; }}
.qr {{ position: absolute; left: {render.INNER + 22}pt;
  top: {PT_H - render.INNER - 30 - 78:.2f}pt; text-align: left;
  font-family: Helvetica, Arial, sans-serif; }}
.qr svg {{ display: block; width: 78pt; height: 78pt; }}
.code {{ font-size: 9pt; line-height: 10pt; font-weight: 700; margin-top: 2pt; }}
.url {{ font-size: 6.5pt; line-height: 9pt; white-space: nowrap; }}
"""


def qr_svg(url: str) -> str:
    """The QR code of ``url`` as inline SVG, one path, by reportlab's encoder."""
    widget = QrCodeWidget(url, barLevel="M", barBorder=0)
    widget.qr.make()
    count = widget.qr.getModuleCount()
    path = []
    for row_index, row in enumerate(widget.qr.modules):
        column = 0
        for dark, run in groupby(map(bool, row)):
            length = len(list(run))
            if dark:
                path.append(f"M{column} {row_index}h{length}v1h-{length}z")
            column += length
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {count} {count}" '
        f'shape-rendering="crispEdges"><path d="{"".join(path)}"/></svg>'
    )


def _image(data: bytes) -> str:
    kind = "png" if data.startswith(b"\x89PNG") else "jpeg"
    return f"data:image/{kind};base64,{base64.b64encode(data).decode()}"


def _p(text: str, size: float, *, css: str = "", lead: float = 1.3) -> str:
    return (
        f'<p class="{css}" style="font-size: {size}pt; line-height: {lead}">'
        f"{html.escape(text)}</p>"
    )


def certificate_html(data: render.CertificateData, template: render.Template) -> str:
    """The page ``render_certificate`` draws, as one HTML document."""
    meta = render.metadata_for(data)
    logos = "".join(
        f'<img class="logo" style="{side}: {render.INNER + 20}pt" src="{_image(logo)}">'
        for side, logo in zip(("left", "right"), template.logos[:2], strict=False)
    )
    people = template.signatories[:3]
    area_left = render.INNER + 150
    slot = (PT_W - render.INNER - 30 - area_left) / max(len(people), 1)
    signatories = "".join(
        f'<div class="sig" style="left: {area_left + i * slot:.2f}pt; '
        f'width: {slot:.2f}pt">'
        + (
            f'<img src="{_image(person.signature)}">'
            if person.signature
            else '<div class="blank"></div>'
        )
        + '<div class="line"></div>'
        + "".join(
            _p(text, size, css=css, lead=1.2)
            for text, size, css in (
                (person.name_bn, 10.5, "b"),
                (person.name_en, 9, ""),
                (person.title_bn, 9.5, "grey"),
                (person.title_en, 8.5, "grey"),
            )
            if text
        )
        + "</div>"
        for i, person in enumerate(people)
    )
    when = data.completed_on
    date_line = (
        f"সম্পন্নের তারিখ: {format_date(when, 'bn')} "
        f"({bangla_calendar_date(when)}) / Completed on {format_date(when, 'en')}"
    )
    completed = _p(
        "সফলভাবে নিচের কোর্সটি সম্পন্ন করেছেন / has successfully completed the course",
        11,
        css="grey",
    )
    centre = " / ".join(t for t in (data.centre_bn, data.centre_en) if t)
    centre_line = _p(f"কেন্দ্র / Centre: {centre}", 11) if centre else ""
    return f"""<!DOCTYPE html>
<html lang="bn"><head><meta charset="utf-8">
<title>{html.escape(meta["title"])}</title>
<meta name="author" content="{html.escape(meta["author"])}">
<meta name="description" content="{html.escape(meta["subject"])}">
<meta name="generator" content="elearn">
<style>{CSS}</style></head><body>
<div class="frame outer"></div><div class="frame inner"></div>{logos}
<div class="head">
{_p(template.programme_bn, 11, css="grey")}
{_p(template.programme_en, 9, css="grey")}
<p class="b" style="font-size: 34pt; line-height: 1.25; margin-top: 6pt">সনদপত্র</p>
<p style="font-size: 15pt; line-height: 1.2; margin-top: -2pt">\
Certificate of Completion</p>
</div>
<div class="body">
{_p("এই মর্মে প্রত্যয়ন করা যাচ্ছে যে / This is to certify that", 12, css="grey")}
<p class="name">{html.escape(data.learner_name)}</p>
<div class="rule"></div>
<div style="margin-top: 6pt">{completed}</div>
{_p(data.course_title_bn, 18, css="b", lead=1.25)}
{_p(data.course_title_en, 13, lead=1.25)}
<div style="margin-top: 6pt">{_p(date_line, 11)}</div>
{centre_line}
</div>
{signatories}
<div class="qr">{qr_svg(data.qr_url or data.verify_url)}
<div class="code">{render.display_code(data.code)}</div>
<div class="url grey">{html.escape(data.verify_url)}</div></div>
</body></html>"""


def render_weasyprint(data: render.CertificateData, template: render.Template):
    """What a Django view would do: build the page, then ``HTML().write_pdf()``."""
    from weasyprint import HTML

    return HTML(string=certificate_html(data, template)).write_pdf()


# --- The bench -------------------------------------------------------------


def timed(function, *args, **kwargs) -> tuple[float, bytes]:
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - started, result


def pin_to_one_core() -> str:
    """Run on one CPU, so neither renderer gets help from a second core."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity here)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--pdf-dir", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    try:
        import weasyprint
    except ImportError:
        sys.exit(
            "WeasyPrint is missing: .venv/bin/pip install -r bench/requirements.txt"
        )

    template = render.DEFAULT_TEMPLATE
    print(pin_to_one_core())
    print(f"reportlab {reportlab.Version}, WeasyPrint {weasyprint.__version__}")

    for _ in range(WARM_UP):  # fonts, HarfBuzz, WeasyPrint's CSS and fontconfig
        ours_pdf = render.render_certificate(certificate(), template)
        weasy_pdf = render_weasyprint(certificate(), template)

    ours, weasy = [], []
    for _ in range(args.rounds):
        data = certificate()  # a new code, so a new QR, each round
        seconds, ours_pdf = timed(render.render_certificate, data, template)
        ours.append(seconds * 1000)
        seconds, weasy_pdf = timed(render_weasyprint, data, template)
        weasy.append(seconds * 1000)

    args.pdf_dir.mkdir(parents=True, exist_ok=True)
    (args.pdf_dir / "bench-ours.pdf").write_bytes(ours_pdf)
    (args.pdf_dir / "bench-weasy.pdf").write_bytes(weasy_pdf)
    ours_ms, weasy_ms = statistics.median(ours), statistics.median(weasy)
    speedup = weasy_ms / ours_ms
    print(f"one certificate, median of {args.rounds} alternating rounds:")
    print(
        f"  ours        {ours_ms:8.2f} ms  (min {min(ours):.2f}, max {max(ours):.2f})"
        f"  {len(ours_pdf):>8,} bytes"
    )
    print(
        f"  WeasyPrint  {weasy_ms:8.2f} ms  (min {min(weasy):.2f}, "
        f"max {max(weasy):.2f})  {len(weasy_pdf):>8,} bytes"
    )
    print(f"  ours is {speedup:.1f}x faster")
    print(f"  PDFs written to {args.pdf_dir}/bench-ours.pdf and bench-weasy.pdf")

    names = [f"{a} {b} {c}" for a in FIRST for b in GIVEN for c in FAMILY]
    items = [(certificate(name), template) for name in names[:BATCH_SIZE]]
    assert len({data.learner_name for data, _ in items}) == BATCH_SIZE
    batch_s, batch_pdf = timed(render.render_batch, items, title="Bench batch")
    pages = len(PdfReader(io.BytesIO(batch_pdf)).pages)
    assert pages == BATCH_SIZE, pages
    print(
        f"batch of {BATCH_SIZE:,} certificates (one PDF, {pages:,} pages, "
        f"{len(batch_pdf):,} bytes): {batch_s:.2f} s, "
        f"{BATCH_SIZE / batch_s:.0f} pages/s"
    )
    print(
        f"ours_ms={ours_ms:.2f} weasyprint_ms={weasy_ms:.2f} "
        f"speedup={speedup:.2f} batch_1000_s={batch_s:.2f}"
    )


if __name__ == "__main__":
    main()
