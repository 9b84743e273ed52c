from django.urls import path

from apps.wilayah import views

app_name = "wilayah"
urlpatterns = [path("pilih/", views.picker, name="picker")]
