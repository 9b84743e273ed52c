from django.urls import path

from apps.linkage import views

app_name = "linkage"
urlpatterns = [
    path("", views.job_list, name="job_list"),
    path("templat.xlsx", views.list_template, name="list_template"),
    path("<int:pk>/", views.job_detail, name="job_detail"),
    path("<int:pk>/hasil.<str:fmt>", views.job_download, name="job_download"),
    path("<int:pk>/periksa/", views.job_review, name="job_review"),
    path("<int:pk>/hapus/", views.job_delete, name="job_delete"),
    path("baris/<int:pk>/putuskan/", views.row_decide, name="row_decide"),
    path("kelompok/<int:pk>/", views.group_match, name="group_match"),
    path("program/<slug:code>/", views.program_match, name="program_match"),
    path("ganda/", views.duplicates, name="duplicates"),
]
