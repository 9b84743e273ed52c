from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse

from apps.accounts.models import User
from apps.accounts.roles import Cap
from apps.accounts.scope import region_q, scope_for


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ["username", "first_name", "role", "agency", "is_active"]
    list_filter = ["role", "is_active"]
    filter_horizontal = ["scopes"]
    autocomplete_fields = []
    fieldsets = [
        *BaseUserAdmin.fieldsets,
        ("Peran dan wilayah", {"fields": ["role", "agency", "phone", "scopes", "may_import_registry"]}),
    ]

    def get_queryset(self, request):
        # An Admin Provinsi manages the users working inside their own region only.
        qs = super().get_queryset(request)
        scope = scope_for(request.user)
        if scope.everything:
            return qs
        return qs.filter(region_q(scope, "scopes__code")).distinct()

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "scopes":
            from apps.wilayah.models import Wilayah

            kwargs["queryset"] = Wilayah.objects.filter(level__lte=3).filter(region_q(scope_for(request.user), "code"))
        return super().formfield_for_manytomany(db_field, request, **kwargs)


def _admin_site_permission(request) -> bool:
    # The Django admin is open to Admin Provinsi by role (not by the is_staff flag), so granting
    # the role is the only switch; its querysets stay region-scoped.
    user = request.user
    return user.is_active and user.is_authenticated and user.can(Cap.ADMIN_SITE)


def _admin_login(request, extra_context=None):
    # One login page for everyone; the admin's own form would refuse non-staff users.
    return redirect_to_login(request.get_full_path(), login_url=reverse("login"))


admin.site.has_permission = _admin_site_permission
admin.site.login = _admin_login
