from django.urls import path

from apps.registry import views, views_targeting

app_name = "registry"
urlpatterns = [
    path("", views.snapshot_list, name="snapshot_list"),
    path("impor/", views.snapshot_upload, name="snapshot_upload"),
    path("impor/<slug:code>/", views.snapshot_preview, name="snapshot_preview"),
    path("snapshot/<int:pk>/", views.snapshot_detail, name="snapshot_detail"),
    path("snapshot/<int:pk>/ditolak.csv", views.snapshot_rejected, name="snapshot_rejected"),
    path("cari/", views.registry_lookup, name="lookup"),
    path("sasaran/", views_targeting.targeting_view, name="targeting"),
    path("lokus/", views_targeting.locus_view, name="locus"),
    path("transisi/", views_targeting.transitions_view, name="transitions"),
]
