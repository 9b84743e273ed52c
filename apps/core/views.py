from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from apps.programs.models import GroupStatus
from apps.programs.selectors import group_list_for_user, group_status_counts


@login_required
def home(request):
    counts = group_status_counts(user=request.user)
    return render(
        request,
        "core/home.html",
        {
            "status_counts": [(s, s.label, counts.get(s.value, 0)) for s in GroupStatus],
            "total": sum(counts.values()),
            "recent": group_list_for_user(user=request.user).order_by("-updated_at")[:8],
        },
    )
