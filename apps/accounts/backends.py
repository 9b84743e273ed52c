from django.contrib.auth.backends import ModelBackend

from apps.accounts.roles import Cap


class RoleBackend(ModelBackend):
    """Admin Provinsi may use the Django admin: every model permission follows from the role, while
    the admin's querysets stay region-scoped (see the ModelAdmin classes)."""

    def has_perm(self, user_obj, perm, obj=None):
        if user_obj.is_active and not user_obj.is_anonymous and user_obj.can(Cap.ADMIN_SITE):
            return True
        return super().has_perm(user_obj, perm, obj)

    def has_module_perms(self, user_obj, app_label):
        if user_obj.is_active and not user_obj.is_anonymous and user_obj.can(Cap.ADMIN_SITE):
            return True
        return super().has_module_perms(user_obj, app_label)
