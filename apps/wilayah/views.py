from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from apps.wilayah.codes import normalize_code
from apps.wilayah.selectors import wilayah_choices_for_user


def picker_context(*, user, name: str, selected: str | None, depth: int = 4, required: bool = True) -> dict:
    """Cascading selects (kabupaten → kecamatan → desa) for a form field holding a wilayah code.
    ``depth`` 4 ends at desa; 3 at kecamatan (for filters)."""
    code = normalize_code(selected) or ""
    parts = code.split(".") if code else []
    chosen = {lvl: ".".join(parts[:lvl]) if len(parts) >= lvl else "" for lvl in (1, 2, 3, 4)}
    provinces = list(wilayah_choices_for_user(user=user, parent_code=None, level=1))
    if not chosen[1] and len(provinces) == 1:
        chosen[1] = provinces[0].code
    levels = []
    for lvl, label in ((1, "Provinsi"), (2, "Kabupaten/Kota"), (3, "Kecamatan"), (4, "Desa/Kelurahan")):
        if lvl > depth:
            break
        parent = chosen[lvl - 1] if lvl > 1 else None
        options = (
            list(wilayah_choices_for_user(user=user, parent_code=parent, level=lvl)) if (lvl == 1 or parent) else []
        )
        levels.append({"level": lvl, "label": label, "options": options, "selected": chosen[lvl]})
    value = next((lv["selected"] for lv in reversed(levels) if lv["selected"]), "")
    return {"picker": {"name": name, "levels": levels, "depth": depth, "value": value, "required": required}}


@login_required
def picker(request):
    """Re-renders the cascade after one select changed (htmx). The deepest chosen level wins, and
    a change at one level clears the levels below it (the browser sends ``changed``)."""
    name = request.GET.get("name", "desa")
    depth = int(request.GET.get("depth", "4")) if request.GET.get("depth", "4").isdigit() else 4
    changed = int(request.GET.get("changed", "0") or 0) if (request.GET.get("changed") or "0").isdigit() else 0
    from apps.wilayah.widgets import picked_code

    selected = picked_code(request.GET, name, min(changed or depth, depth))
    ctx = picker_context(
        user=request.user, name=name, selected=selected, depth=depth, required=request.GET.get("required", "1") == "1"
    )
    return render(request, "wilayah/_picker.html", ctx)
