"""The one application error type. Services raise it; the middleware and (later) the API map it
to a page message or JSON once, so views never translate errors themselves."""

from __future__ import annotations


class ApplicationError(Exception):
    """A rule of the domain refused an action. ``message`` is shown to users (Bahasa Indonesia)."""

    def __init__(self, message: str, *, field: str | None = None, extra: dict | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        self.extra = extra or {}
