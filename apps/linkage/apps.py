from django.apps import AppConfig


class LinkageConfig(AppConfig):
    name = "apps.linkage"
    verbose_name = "Pemadanan"
