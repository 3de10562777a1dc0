"""Assisted sessions: checks on every request while an operator acts for a
learner (implemented with the assisted-session views)."""


class AssistedSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)
