"""Simple pictures drawn with Pillow for demo content: no downloads, no copying.

Covers are flat shapes (a house, coins, a phone) in the site's colours; the
budget chart shows where a household's month of money goes; ``picture`` draws
the everyday things (a bank, a cow, a padlock...) that picture quiz answers show.
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


WHITE = (255, 255, 255)


def _bank(draw: ImageDraw.ImageDraw) -> None:
    draw.polygon([(90, 130), (240, 50), (390, 130)], fill=GREEN)
    draw.ellipse((215, 80, 265, 125), fill=GOLD, outline=INK, width=4)
    draw.rectangle((100, 130, 380, 150), fill=INK)
    for x in (125, 185, 265, 325):
        draw.rectangle((x, 150, x + 30, 270), fill=WHITE, outline=INK, width=4)
    draw.rectangle((80, 270, 400, 292), fill=INK)
    draw.rectangle((60, 292, 420, 312), fill=GREEN)


def _mobile_phone(draw: ImageDraw.ImageDraw) -> None:
    draw.rounded_rectangle((170, 30, 310, 330), radius=22, fill=INK)
    draw.rectangle((184, 62, 296, 278), fill=WHITE)
    draw.rounded_rectangle((198, 80, 282, 130), radius=8, fill=GREEN)
    for row in range(3):
        for col in range(3):
            x, y = 202 + col * 28, 150 + row * 38
            draw.ellipse((x, y, x + 20, y + 20), fill=BLUE)
    draw.ellipse((224, 290, 256, 320), fill=GOLD)
    for radius in (40, 70):
        draw.arc(
            (330 - radius, 100 - radius, 330 + radius, 100 + radius),
            start=-60,
            end=0,
            fill=GREEN,
            width=8,
        )


def _cash_envelope(draw: ImageDraw.ImageDraw) -> None:
    for index in range(2):
        left, top = 130 + index * 26, 70 + index * 14
        draw.rectangle((left, top, left + 200, top + 110), fill=GREEN, outline=INK)
        draw.ellipse((left + 75, top + 30, left + 125, top + 80), fill=LIGHT)
    draw.rectangle((90, 150, 390, 320), fill=WHITE, outline=INK, width=5)
    draw.polygon([(90, 150), (240, 245), (390, 150)], fill=GOLD, outline=INK)
    draw.line((90, 320, 210, 230), fill=INK, width=4)
    draw.line((390, 320, 270, 230), fill=INK, width=4)


def _piggy_bank(draw: ImageDraw.ImageDraw) -> None:
    draw.ellipse((205, 20, 275, 90), fill=GOLD, outline=INK, width=4)
    draw.rectangle((105, 250, 145, 310), fill=RED)
    draw.rectangle((305, 250, 345, 310), fill=RED)
    draw.ellipse((80, 110, 380, 290), fill=RED)
    draw.polygon([(130, 140), (150, 85), (185, 125)], fill=RED)
    draw.rounded_rectangle(
        (45, 170, 100, 235), radius=16, fill=RED, outline=INK, width=4
    )
    draw.ellipse((58, 192, 68, 212), fill=INK)
    draw.ellipse((78, 192, 88, 212), fill=INK)
    draw.ellipse((140, 160, 158, 178), fill=INK)
    draw.rounded_rectangle((205, 108, 275, 122), radius=6, fill=INK)
    draw.arc((370, 170, 420, 220), start=180, end=450, fill=INK, width=6)


def _house(draw: ImageDraw.ImageDraw) -> None:
    draw.rectangle((0, 300, 480, 360), fill=GREEN)
    draw.polygon([(80, 160), (240, 40), (400, 160)], fill=RED)
    draw.rectangle((115, 160, 365, 310), fill=WHITE, outline=INK, width=6)
    draw.rectangle((210, 210, 270, 310), fill=GOLD, outline=INK, width=4)
    for x in (140, 295):
        draw.rectangle((x, 190, x + 45, 235), fill=BLUE, outline=INK, width=4)


def _cow(draw: ImageDraw.ImageDraw) -> None:
    draw.rectangle((0, 300, 480, 360), fill=GREEN)
    for x in (120, 160, 290, 330):
        draw.rectangle((x, 220, x + 24, 315), fill=WHITE, outline=INK, width=4)
    draw.line((385, 150, 420, 240), fill=INK, width=6)
    draw.ellipse((408, 232, 432, 262), fill=INK)
    draw.rounded_rectangle(
        (100, 120, 390, 240), radius=50, fill=WHITE, outline=INK, width=5
    )
    draw.ellipse((150, 140, 215, 195), fill=INK)
    draw.ellipse((280, 170, 340, 222), fill=INK)
    draw.line((72, 80, 52, 50), fill=INK, width=8)
    draw.line((118, 80, 138, 50), fill=INK, width=8)
    draw.rounded_rectangle(
        (55, 70, 135, 180), radius=30, fill=WHITE, outline=INK, width=5
    )
    draw.ellipse((60, 140, 130, 190), fill=GOLD, outline=INK, width=4)
    draw.ellipse((78, 105, 90, 117), fill=INK)
    draw.ellipse((100, 105, 112, 117), fill=INK)


def _shop(draw: ImageDraw.ImageDraw) -> None:
    draw.rectangle((70, 50, 410, 320), fill=WHITE, outline=INK, width=5)
    stripe = 340 // 8
    for index in range(8):
        colour = RED if index % 2 == 0 else WHITE
        left = 70 + index * stripe
        draw.rectangle((left, 50, left + stripe, 110), fill=colour)
        draw.pieslice(
            (left, 90, left + stripe, 130), start=0, end=180, fill=colour, outline=INK
        )
    draw.rectangle((70, 50, 410, 110), outline=INK, width=5)
    draw.line((90, 180, 390, 180), fill=INK, width=5)
    for index, colour in enumerate((GOLD, BLUE, GREEN, RED, GOLD, BLUE)):
        left = 100 + index * 48
        draw.rectangle((left, 140, left + 36, 178), fill=colour, outline=INK, width=3)
    draw.rectangle((70, 240, 410, 320), fill=GREEN, outline=INK, width=5)
    for x in (140, 240, 340):
        draw.ellipse((x - 22, 205, x + 22, 240), fill=GOLD, outline=INK, width=3)


def _padlock(draw: ImageDraw.ImageDraw) -> None:
    draw.arc((160, 40, 320, 220), start=180, end=360, fill=INK, width=28)
    draw.line((174, 130, 174, 170), fill=INK, width=28)
    draw.line((306, 130, 306, 170), fill=INK, width=28)
    draw.rounded_rectangle(
        (130, 160, 350, 330), radius=24, fill=GOLD, outline=INK, width=6
    )
    draw.ellipse((218, 205, 262, 249), fill=INK)
    draw.polygon([(228, 240), (252, 240), (260, 295), (220, 295)], fill=INK)


PICTURES = {
    "bank": _bank,
    "mobile_phone": _mobile_phone,
    "cash_envelope": _cash_envelope,
    "piggy_bank": _piggy_bank,
    "house": _house,
    "cow": _cow,
    "shop": _shop,
    "padlock": _padlock,
}


def picture(key: str) -> bytes:
    """Return a 480x360 PNG of one everyday thing, for picture answers in quizzes.

    :raises KeyError: if ``key`` is not one of ``PICTURES``.
    """
    image = Image.new("RGB", (480, 360), LIGHT)
    PICTURES[key](ImageDraw.Draw(image))
    return _png(image)
