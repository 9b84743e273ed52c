from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from apps.accounts.models import User
from apps.accounts.scope import region_q, scope_for


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ["username", "first_name", "role", "agency", "is_active"]
    list_filter = ["role", "is_active"]
    filter_horizontal = ["scopes"]
    autocomplete_fields = []
    fieldsets = [
        *BaseUserAdmin.fieldsets,
        ("Peran dan wilayah", {"fields": ["role", "agency", "phone", "scopes"]}),
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
