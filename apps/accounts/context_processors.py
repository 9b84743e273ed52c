from apps.accounts.roles import Cap


class _Can:
    """``{% if can.member_edit %}`` in templates asks the same capability map as the services."""

    def __init__(self, user):
        self._user = user

    def __getattr__(self, name: str) -> bool:
        return bool(getattr(self._user, "is_authenticated", False)) and self._user.can(Cap(name))


def capabilities(request):
    return {"can": _Can(request.user)}
