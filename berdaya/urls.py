from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from apps.core import views as core_views

admin.site.site_header = "Berdaya — Administrasi"
admin.site.site_title = "Berdaya"

urlpatterns = [
    path("", core_views.home, name="home"),
    path("masuk/", auth_views.LoginView.as_view(template_name="accounts/login.html"), name="login"),
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path("akun/", include("apps.accounts.urls")),
    path("wilayah/", include("apps.wilayah.urls")),
    path("", include("apps.programs.urls")),
    path("registri/", include("apps.registry.urls")),
    path("pemadanan/", include("apps.linkage.urls")),
    path("admin/", admin.site.urls),
]
