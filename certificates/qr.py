"""QR codes for certificates: reportlab's encoder, with a faster mask choice.

The QR standard has the encoder lay the code out with each of its eight masks
and keep the one with the lowest penalty (long runs, 2x2 blocks, finder-like
patterns, imbalance of dark and light). reportlab's encoder scores each layout
in Python, module by module, which took a third of a certificate's rendering
time. ``penalty`` gives the very same score (reportlab's rules, quirks
included; ``tests/certificates/test_qr.py`` compares them on many URLs) from
each line as a string and each row as an integer, so regular expressions,
``str.count`` and bit operations do the work in C.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.qrencoder import QRUtil

MASKS = range(8)
_RUN = re.compile(r"0{5,}|1{5,}")
# A finder-like pattern followed by four light modules. reportlab looks for it
# in this direction only, along rows only (its column check compares tuples
# with a list, which never matches) and never at the last place it could
# start; the scores here do the same, so both pick the same mask.
_FINDER_LIKE = "10111010000"


def _runs(lines: list[str]) -> int:
    """Rule 1: 3 points for each run of 5 same-colour modules, 1 per extra one."""
    return sum(
        match.end() - match.start() - 2
        for line in lines
        for match in _RUN.finditer(line)
    )


def _blocks(lines: list[str]) -> int:
    """Rule 2: 3 points for each 2x2 block of one colour (overlapping ones too)."""
    width = len(lines[0])
    full = (1 << width) - 1
    pairs = (1 << (width - 1)) - 1
    rows = [int(line, 2) for line in lines]
    blocks = 0
    for upper, lower in zip(rows, rows[1:], strict=False):
        dark = upper & lower
        light = ~(upper | lower) & full
        blocks += ((dark & (dark >> 1)) & pairs).bit_count()
        blocks += ((light & (light >> 1)) & pairs).bit_count()
    return 3 * blocks


def _finder_like(lines: list[str]) -> int:
    """Rule 3: 40 points for each finder-like pattern (it cannot overlap itself)."""
    return 40 * sum(line[:-1].count(_FINDER_LIKE) for line in lines)


def _line_penalty(rows: list[str]) -> int:
    columns = ["".join(column) for column in zip(*rows, strict=True)]
    dark = sum(row.count("1") for row in rows)
    balance = 10 * (abs(100 * dark // (len(rows) ** 2) - 50) // 5)
    return _runs(rows) + _runs(columns) + _blocks(rows) + _finder_like(rows) + balance


def _lines(modules: list[list[bool]]) -> list[str]:
    return ["".join("1" if dark else "0" for dark in row) for row in modules]


def penalty(modules: list[list[bool]]) -> int:
    """The penalty of one masked layout, as ``QRUtil.getLostPoint`` scores it."""
    return _line_penalty(_lines(modules))


def encoder(text: str):
    """reportlab's encoder for ``text`` at error correction level M, not laid out."""
    return QrCodeWidget(text, barLevel="M", barBorder=0).qr


@lru_cache(maxsize=8)
def _mask_changes(version: int, width: int, positions: tuple) -> tuple:
    """Per mask, per row: the data modules whose colour differs from mask 0's.

    Only data modules are masked, so every layout is mask 0's layout with
    these bits flipped (rows as integers, column 0 the highest bit).
    """
    changes = []
    for mask in MASKS:
        rows = [0] * width
        for column, row in positions:
            if QRUtil.getMask(0)(row, column) != QRUtil.getMask(mask)(row, column):
                rows[row] |= 1 << (width - 1 - column)
        changes.append(tuple(rows))
    return tuple(changes)


def best_mask(code) -> int:
    """The mask with the lowest penalty; the lowest number among equals.

    Layouts are scored with the format bits left light, as the encoder does.
    """
    if code.version is None:
        code.version = code.calculate_version()
    code.makeImpl(True, 0)
    width = len(code.modules)
    base = [int(line, 2) for line in _lines(code.modules)]
    changes = _mask_changes(code.version, width, tuple(code.dataPosIterator()))
    scores = []
    for mask, flips in zip(MASKS, changes, strict=True):
        rows = [
            format(row ^ flip, f"0{width}b")
            for row, flip in zip(base, flips, strict=True)
        ]
        scores.append((_line_penalty(rows), mask))
    return min(scores)[1]


def modules(text: str) -> list[list[bool]]:
    """The QR code of ``text``: rows of modules, True for dark, no quiet zone."""
    code = encoder(text)
    code.makeImpl(False, best_mask(code))
    return code.modules
