from __future__ import annotations

from django import forms
from django.template.loader import render_to_string

from apps.wilayah.views import picker_context


def picked_code(data, name: str, depth: int) -> str:
    """The deepest consistent choice of a picker: each level must lie inside the one above, so a
    stale lower select (changed parent, no JavaScript) is ignored rather than trusted."""
    code = ""
    for lvl in range(1, depth + 1):
        value = (data.get(f"{name}_l{lvl}") or "").strip()
        if not value or (code and not value.startswith(code + ".")) or value.count(".") != lvl - 1:
            break
        code = value
    return code


class WilayahPicker(forms.Widget):
    """Kabupaten → kecamatan → desa cascade (htmx). Set ``user`` before rendering so the choices
    follow the user's region scope."""

    def __init__(self, depth: int = 4, attrs=None):
        super().__init__(attrs)
        self.depth = depth
        self.user = None

    def value_from_datadict(self, data, files, name):
        return picked_code(data, name, self.depth) or data.get(name, "")

    def value_omitted_from_data(self, data, files, name):
        return not any(f"{name}_l{lvl}" in data for lvl in range(1, self.depth + 1)) and name not in data

    def render(self, name, value, attrs=None, renderer=None):
        code = value.pk if hasattr(value, "pk") else (value or "")
        ctx = picker_context(user=self.user, name=name, selected=str(code), depth=self.depth, required=self.is_required)
        return render_to_string("wilayah/_picker.html", ctx)
