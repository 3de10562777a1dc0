"""Simple pictures drawn with Pillow for demo content: no downloads, no copying.

Covers are flat shapes (a house, coins, a phone) in the site's colours; the
budget chart shows where a household's month of money goes.
"""

import io

from PIL import Image, ImageDraw

GREEN = (11, 110, 79)
LIGHT = (229, 244, 236)
GOLD = (242, 169, 0)
INK = (29, 42, 51)
RED = (179, 38, 30)
BLUE = (36, 99, 170)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def cover(kind: str) -> bytes:
    """Return a 960x540 PNG cover for ``trainers`` or for ``learners``."""
    image = Image.new("RGB", (960, 540), LIGHT)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 400, 960, 540), fill=GREEN)
    if kind == "trainers":
        for index, x in enumerate((230, 400, 560, 730)):
            colour = (GOLD, BLUE, RED, GREEN)[index]
            draw.ellipse((x - 45, 170, x + 45, 260), fill=INK)
            draw.rounded_rectangle((x - 70, 270, x + 70, 420), radius=40, fill=colour)
        draw.rectangle((330, 60, 630, 150), fill=(255, 255, 255), outline=INK, width=6)
        draw.line((360, 90, 600, 90), fill=INK, width=6)
        draw.line((360, 120, 540, 120), fill=INK, width=6)
    else:
        draw.polygon([(180, 250), (330, 120), (480, 250)], fill=RED)
        draw.rectangle((210, 250, 450, 420), fill=(255, 255, 255), outline=INK, width=6)
        draw.rectangle((300, 320, 360, 420), fill=GOLD)
        for index in range(5):
            y = 390 - index * 34
            draw.ellipse((600, y, 760, y + 40), fill=GOLD, outline=INK, width=4)
        draw.rounded_rectangle((790, 180, 880, 350), radius=14, fill=INK)
        draw.rectangle((802, 200, 868, 320), fill=(255, 255, 255))
    return _png(image)


def budget_chart(shares: list[tuple[float, tuple[int, int, int]]]) -> bytes:
    """Return a 960x540 PNG of stacked bars: one bar per spending share (0..1)."""
    image = Image.new("RGB", (960, 540), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    left, bottom, width = 80, 480, 120
    for index, (share, colour) in enumerate(shares):
        x = left + index * (width + 40)
        draw.rectangle((x, bottom - int(400 * share), x + width, bottom), fill=colour)
    draw.line((60, bottom, 920, bottom), fill=INK, width=4)
    return _png(image)


CHART_COLOURS = (GREEN, GOLD, BLUE, RED, INK)
