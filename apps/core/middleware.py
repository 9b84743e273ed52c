from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect

from apps.core.errors import ApplicationError


class ApplicationErrorMiddleware:
    """Turns an uncaught ApplicationError into a page message and a redirect back, so a refused
    action never becomes a 500 page and the user reads why."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, ApplicationError):
            return None
        messages.error(request, exception.message)
        back = request.META.get("HTTP_REFERER") or request.path
        return HttpResponseRedirect(back)
