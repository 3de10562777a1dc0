"""The blocks a lesson is written in, gathered into one shared StreamBlock."""

from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "courses/blocks/heading.html"
        label = _("Heading")
        preview_value = "Why keep a household budget?"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alt text"),
        required=True,
        help_text=_("What the picture shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        template = "courses/blocks/image.html"
        label = _("Image")


class AudioBlock(blocks.StructBlock):
    audio = DocumentChooserBlock(
        label=_("Audio file"), help_text=_("An MP3 or OGG file of the narration.")
    )
    title = blocks.CharBlock(label=_("Title"), required=False)
    transcript = blocks.TextBlock(label=_("Transcript"), required=False)

    class Meta:
        icon = "media"
        template = "courses/blocks/audio.html"
        label = _("Audio narration")


class VideoBlock(blocks.StructBlock):
    video = DocumentChooserBlock(
        label=_("Video file"), help_text=_("A small MP4 file; learners are on 2G.")
    )
    poster = ImageChooserBlock(label=_("Poster image"), required=False)
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "media"
        template = "courses/blocks/video.html"
        label = _("Video")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            ("tip", _("Tip")),
            ("warning", _("Warning")),
            ("remember", _("Remember")),
        ],
        default="tip",
    )
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link"])

    class Meta:
        icon = "help"
        template = "courses/blocks/callout.html"
        label = _("Tip or callout")


class KeyPointsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False)
    points = blocks.ListBlock(blocks.CharBlock(label=_("Point")), label=_("Points"))

    class Meta:
        icon = "list-ul"
        template = "courses/blocks/key_points.html"
        label = _("Key points")


class MoneyLineBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("What"))
    amount = blocks.DecimalBlock(
        label=_("Amount (taka)"), min_value=0, decimal_places=2
    )
    direction = blocks.ChoiceBlock(
        label=_("In or out"),
        choices=[("in", _("Money in")), ("out", _("Money out"))],
        default="out",
    )


def money_balance(lines) -> Decimal:
    """Money in minus money out, for a worked example's bottom line."""
    total = Decimal(0)
    for line in lines:
        amount = Decimal(line["amount"] or 0)
        total += amount if line["direction"] == "in" else -amount
    return total


class MoneyExampleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    situation = blocks.TextBlock(label=_("Situation"), required=False)
    lines = blocks.ListBlock(MoneyLineBlock(), label=_("Lines"))
    result_label = blocks.CharBlock(
        label=_("Result label"), help_text=_("For example: Left to save")
    )
    lesson = blocks.TextBlock(label=_("What this shows"), required=False)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["balance"] = money_balance(value["lines"])
        return context

    class Meta:
        icon = "table"
        template = "courses/blocks/money_example.html"
        label = _("Worked money example")


class OfficialServiceBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__("courses.OfficialService", **kwargs)

    class Meta:
        icon = "site"
        template = "courses/blocks/official_service.html"
        label = _("Official service card")


class H5PBlock(SnippetChooserBlock):
    """Plays an H5P activity; the h5p app provides the model and the template."""

    def __init__(self, **kwargs):
        super().__init__("h5p.H5PActivity", **kwargs)

    class Meta:
        icon = "pick"
        template = "h5p/blocks/h5p.html"
        label = _("H5P activity")


class LessonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        icon="pilcrow",
        features=["bold", "italic", "ol", "ul", "link"],
        template="courses/blocks/paragraph.html",
    )
    image = ImageBlock()
    audio = AudioBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    key_points = KeyPointsBlock()
    money_example = MoneyExampleBlock()
    official_service = OfficialServiceBlock()
    h5p = H5PBlock()
