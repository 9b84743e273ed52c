from django.contrib import admin

from apps.registry.models import Snapshot


@admin.register(Snapshot)
class SnapshotAdmin(admin.ModelAdmin):
    """For looking only: a snapshot is immutable once published and changes status only through
    the import service. Its metadata holds counts, never registry rows, so it is not region-scoped."""

    list_display = ["name", "source", "period", "status", "rows_read", "rows_accepted", "rows_rejected", "published_at"]
    list_filter = ["status", "source"]
    search_fields = ["name", "original_filename"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        # Deleting the row would orphan its Parquet files and break the snapshot history.
        return False
