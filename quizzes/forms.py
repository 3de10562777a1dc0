"""Admin validation of a question together with its answers."""

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm

ONE_RIGHT = {"single", "true_false", "picture"}


def answer_problems(kind: str, answers: list[dict], numeric_answer) -> list[str]:
    """Return what is wrong with a question's answers for its type (pure)."""
    right = sum(1 for answer in answers if answer.get("is_correct"))
    problems = []
    if kind in ONE_RIGHT and right != 1:
        problems.append(_("Mark exactly one answer as right."))
    if kind == "true_false" and len(answers) != 2:
        problems.append(_("A true/false question has exactly two answers."))
    if kind in ONE_RIGHT | {"multiple"} and len(answers) < 2:
        problems.append(_("Give at least two answers."))
    if kind == "multiple" and right < 2:
        problems.append(_("Mark two or more answers as right."))
    if kind == "picture" and any(not answer.get("image") for answer in answers):
        problems.append(_("Every answer of a picture question needs a picture."))
    if kind == "ordering" and len(answers) < 2:
        problems.append(_("Give at least two steps to put in order."))
    if kind == "numeric" and numeric_answer is None:
        problems.append(_("Give the correct number."))
    return problems


class QuestionForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("answers")
        if formset is None or not formset.is_valid():
            return cleaned
        answers = [
            form.cleaned_data
            for form in formset.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        for problem in answer_problems(
            cleaned.get("kind"), answers, cleaned.get("numeric_answer")
        ):
            self.add_error(None, problem)
        return cleaned
