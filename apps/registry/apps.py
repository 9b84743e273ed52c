from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "apps.registry"
    verbose_name = "Data registri (DTKS, P3KE, Regsosek, DT-SEN)"
