from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from apps.accounts.roles import CAPABILITIES


@login_required
def profile(request):
    user = request.user
    caps = sorted(cap for cap in CAPABILITIES if user.can(cap))
    return render(request, "accounts/profile.html", {"scopes": user.scopes.all(), "caps": caps})
