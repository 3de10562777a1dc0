"""The pilot learner course, assembled from its two halves."""

from .pilot_part1 import MODULES as FIRST_HALF
from .pilot_part2 import MODULES as SECOND_HALF

COURSE = {
    "slug": "managing-money-from-abroad",
    "audience": "learners",
    "estimated_minutes": 180,
    "title": {
        "bn": "বিদেশে আয় করা টাকার সঠিক ব্যবস্থাপনা",
        "en": "Managing the money you earn abroad",
    },
    "summary": {
        "bn": (
            "প্রবাসী কর্মী ও তাঁদের পরিবারের জন্য ছোট ছোট পাঠ: পারিবারিক বাজেট, সঞ্চয়, "
            "বৈধ পথে টাকা পাঠানো, টাকার লাভজনক ব্যবহার, প্রতারণা থেকে বাঁচা এবং "
            "সরকারি কল্যাণ সেবা।"
        ),
        "en": (
            "Short lessons for migrant workers and their families: the household "
            "budget, saving, sending money home through formal channels, putting "
            "remittances to productive use, avoiding fraud, and government welfare "
            "services."
        ),
    },
    "modules": FIRST_HALF + SECOND_HALF,
}
