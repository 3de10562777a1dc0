"""Listens to courses: a completion asks for its certificate."""

from django.dispatch import receiver

from courses.signals import course_completed

from . import services


@receiver(course_completed, dispatch_uid="certificates.request_on_completion")
def request_certificate(sender, completion, **kwargs):
    services.certificate_request(completion=completion)
