"""Where certificate PDFs live: the private storage, never served directly."""

from django.core.files.storage import storages


def private_storage():
    return storages["private"]
