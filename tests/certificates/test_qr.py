"""The certificate's QR code is the one reportlab's encoder would make.

``certificates.qr`` only chooses the mask faster; the choice, and so every
module printed, must be the same as reportlab's own eight-layout search.
"""

import random
import string

import pytest
from reportlab.graphics.barcode.qrencoder import QRUtil

from certificates import qr

ALPHANUMERIC = string.ascii_uppercase + string.digits


def addresses(count: int, seed: int) -> list[str]:
    """Short verify addresses as certificates carry them, of many lengths
    (QR versions 1 to 7, so the version information block is covered too)."""
    rnd = random.Random(seed)
    return [
        "HTTPS://ELEARN.EXAMPLE.ORG/C/"
        + "".join(rnd.choice(ALPHANUMERIC) for _ in range(rnd.randint(1, 160)))
        + "/"
        for _ in range(count)
    ]


def reportlab_layout(text: str) -> tuple[int, list[list[bool]]]:
    code = qr.encoder(text)
    code.version = code.calculate_version()
    mask = code.getBestMaskPattern()
    code.makeImpl(False, mask)
    return mask, code.modules


@pytest.mark.parametrize("text", addresses(60, seed=5))
def test_every_mask_scores_as_reportlab_scores_it(text):
    code = qr.encoder(text)
    code.version = code.calculate_version()
    for mask in qr.MASKS:
        code.makeImpl(True, mask)
        assert qr.penalty(code.modules) == QRUtil.getLostPoint(code), mask


def test_the_chosen_mask_and_modules_are_reportlabs():
    texts = addresses(150, seed=11) + ["HTTP://LOCALHOST:8000/C/ABCDEFGHJK7/"]
    versions = set()
    for text in texts:
        mask, modules = reportlab_layout(text)
        code = qr.encoder(text)
        assert qr.best_mask(code) == mask, text
        versions.add(code.version)
        assert qr.modules(text) == modules, text
    assert min(versions) <= 2 and max(versions) >= 7, versions


def test_masks_do_differ_so_the_choice_matters():
    chosen = {reportlab_layout(text)[0] for text in addresses(80, seed=3)}
    assert len(chosen) >= 4, chosen
