"""Signals other apps listen to (certificates listens to ``course_completed``).

``course_completed`` is sent once per completion, after the transaction that
wrote it has committed, with ``completion`` as the keyword argument.
"""

from django.dispatch import Signal

course_completed = Signal()
