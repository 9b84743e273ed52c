from django.contrib import admin

from apps.accounts.scope import restrict
from apps.programs.models import Commodity, Group, Member, Program


class ScopedAdmin(admin.ModelAdmin):
    """The admin obeys the same region scope as every page."""

    def get_queryset(self, request):
        return restrict(super().get_queryset(request), request.user)


@admin.register(Program)
class ProgramAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "agency", "year_start", "year_end", "target", "is_active"]
    search_fields = ["name", "code"]


@admin.register(Commodity)
class CommodityAdmin(admin.ModelAdmin):
    list_display = ["name", "sector"]
    search_fields = ["name"]


@admin.register(Group)
class GroupAdmin(ScopedAdmin):
    list_display = ["name", "program", "year", "desa", "commodity", "status"]
    list_filter = ["program", "year", "status"]
    search_fields = ["name"]
    raw_id_fields = ["desa", "facilitator"]
    readonly_fields = ["status"]  # status changes only through the transition service

    def has_change_permission(self, request, obj=None):
        # Edits must go through the services (audit, rules); the admin is for looking.
        return False


@admin.register(Member)
class MemberAdmin(ScopedAdmin):
    list_display = ["name", "nik", "group", "role", "is_active"]
    search_fields = ["name", "nik"]
    raw_id_fields = ["group", "desa"]

    def has_change_permission(self, request, obj=None):
        return False
