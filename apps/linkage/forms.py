from __future__ import annotations

from django import forms

from apps.registry.models import Snapshot, SnapshotStatus


def _published_snapshots():
    return Snapshot.objects.filter(status=SnapshotStatus.PUBLISHED).order_by("-period", "-published_at")


class SnapshotChoiceForm(forms.Form):
    snapshot = forms.ModelChoiceField(
        label="Padankan dengan snapshot",
        queryset=Snapshot.objects.none(),
        empty_label=None,
        error_messages={
            "required": "Pilih snapshot registri yang sudah terbit.",
            "invalid_choice": "Snapshot itu tidak ada atau belum terbit; pilih dari daftar.",
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["snapshot"].queryset = _published_snapshots()
        self.fields["snapshot"].label_from_instance = lambda s: f"{s.name} ({s.get_source_display()} {s.period})"


class MatchUploadForm(SnapshotChoiceForm):
    file = forms.FileField(
        label="Daftar orang (Excel atau CSV)",
        help_text="Kolom: no, nama (wajib), nik, no_kk, jenis_kelamin, tanggal_lahir, alamat, kode_wilayah. "
        "Kolom selain nama boleh kosong.",
        error_messages={
            "required": "Pilih berkas Excel (.xlsx) atau CSV berisi daftar orang.",
            "empty": "Berkas kosong (0 byte); pilih berkas yang berisi daftar orang.",
        },
    )
