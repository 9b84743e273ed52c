from django.urls import path

from apps.programs import views

app_name = "programs"
urlpatterns = [
    path("program/", views.program_list, name="program_list"),
    path("program/baru/", views.program_edit, name="program_create"),
    path("program/<slug:code>/", views.program_detail, name="program_detail"),
    path("program/<slug:code>/ubah/", views.program_edit, name="program_edit"),
    path("kelompok/", views.group_list, name="group_list"),
    path("kelompok/baru/", views.group_create, name="group_create"),
    path("kelompok/<int:pk>/", views.group_detail, name="group_detail"),
    path("kelompok/<int:pk>/ubah/", views.group_edit, name="group_edit"),
    path("kelompok/<int:pk>/status/", views.group_transition, name="group_transition"),
    path("kelompok/<int:pk>/anggota/tambah/", views.member_add, name="member_add"),
    path("kelompok/<int:pk>/anggota/<int:member_pk>/ubah/", views.member_edit, name="member_edit"),
    path("kelompok/<int:pk>/anggota/<int:member_pk>/keluarkan/", views.member_remove, name="member_remove"),
    path("kelompok/<int:pk>/anggota/ekspor.xlsx", views.members_export, name="members_export"),
    path("kelompok/<int:pk>/anggota/templat.xlsx", views.member_template, name="member_template"),
    path("kelompok/<int:pk>/anggota/impor/", views.member_import, name="member_import"),
    path("kelompok/<int:pk>/anggota/impor/<int:import_pk>/", views.member_import_review, name="member_import_review"),
    path(
        "kelompok/<int:pk>/anggota/impor/<int:import_pk>/ditolak.xlsx",
        views.member_import_rejected,
        name="member_import_rejected",
    ),
]
