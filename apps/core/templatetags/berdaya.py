from django import template

from apps.core import formatting

register = template.Library()


@register.filter
def rupiah(value):
    return formatting.rupiah(value)


@register.filter
def tanggal(value):
    return formatting.tanggal(value)


@register.filter
def tanggal_jam(value):
    return formatting.tanggal(value, with_time=True)


@register.simple_tag(takes_context=True)
def query_with(context, **kwargs):
    """The current query string with some parameters replaced (for pagination links); ``None``
    removes a parameter."""
    params = context["request"].GET.copy()
    for key, value in kwargs.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    return params.urlencode()


@register.filter
def add_class(bound_field, css: str):
    """Render a form field with extra CSS classes (and is-invalid when it has errors)."""
    classes = css + (" is-invalid" if bound_field.errors else "")
    existing = bound_field.field.widget.attrs.get("class", "")
    return bound_field.as_widget(attrs={"class": f"{existing} {classes}".strip()})


@register.filter
def status_class(status: str) -> str:
    return f"status-{status}"
