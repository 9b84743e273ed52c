"""Input checked at the edge: the upload form, the column mapping of the preview, the look-up box."""

from __future__ import annotations

from django import forms
from django.db import transaction

from apps.core.errors import ApplicationError
from apps.core.nik import clean_digits
from apps.registry.columns import CANONICAL, LABELS, PRESETS, REQUIRED, Preset, plan_columns
from apps.registry.models import Source
from apps.registry.services import snapshot_start
from apps.registry.uploads import ALLOWED_SUFFIXES

# plan_columns treats an empty choice as "let the preset decide", so a column the user set to
# "none" is passed as a value that can never be a header (headers are stripped of spaces).
UNMAPPED = " (tidak ada) "


class _DryRun(Exception):
    pass


class SnapshotUploadForm(forms.Form):
    file = forms.FileField(
        label="Berkas registri (CSV atau XLSX)",
        help_text="Ekspor DTKS, P3KE, Regsosek atau DT-SEN. Berkas besar (ratusan MB) boleh; pengunggahan bisa lama.",
        error_messages={
            "required": "Pilih berkas CSV atau XLSX yang akan diimpor.",
            "empty": "Berkas kosong (0 byte); pilih berkas yang berisi data registri.",
        },
    )
    source = forms.ChoiceField(label="Sumber data", choices=[("", "— pilih sumber —"), *Source.choices])
    period = forms.CharField(
        label="Periode data",
        max_length=7,
        help_text="Bulan keadaan data, berformat YYYY-MM, mis. 2025-11.",
        widget=forms.TextInput(attrs={"placeholder": "2025-11", "inputmode": "numeric", "autocomplete": "off"}),
    )
    name = forms.CharField(
        label="Nama snapshot",
        max_length=100,
        help_text="Nama unik untuk snapshot ini, mis. DTSEN Jatim November 2025.",
    )
    preset = forms.ChoiceField(
        label="Format kolom",
        choices=[(key, p.label) for key, p in PRESETS.items()],
        initial="canonical",
        help_text="Menentukan usulan pemetaan judul kolom; pemetaan masih bisa diubah di langkah berikutnya.",
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_file(self):
        f = self.cleaned_data["file"]
        if not (f.name or "").lower().endswith(ALLOWED_SUFFIXES):
            raise forms.ValidationError(
                "Berkas harus berformat CSV (.csv) atau Excel (.xlsx). Berkas .xls lama: simpan ulang sebagai .xlsx."
            )
        return f

    def clean(self):
        cleaned = super().clean()
        if any(f not in cleaned for f in ("name", "source", "period", "preset")):
            return cleaned  # already reported field by field
        # The service owns the rules (period format, a name not yet published, …). It registers
        # a snapshot as it checks, so ask it inside a transaction that is always rolled back: the
        # import itself is registered only when the user confirms the preview.
        try:
            with transaction.atomic():
                snapshot_start(
                    acting_user=self.user,
                    name=cleaned["name"],
                    source=cleaned["source"],
                    period=cleaned["period"],
                    preset=cleaned["preset"],
                )
                raise _DryRun
        except _DryRun:
            pass
        except ApplicationError as exc:
            self.add_error(exc.field if exc.field in self.fields else None, exc.message)
        return cleaned


class ColumnMapForm(forms.Form):
    """One choice per canonical column among the delivery's headers, preselected with what the
    preset proposes."""

    def __init__(self, *args, headers: list[str], preset: Preset, **kwargs):
        kwargs.setdefault("prefix", "kolom")
        super().__init__(*args, **kwargs)
        self.headers, self.preset = headers, preset
        self.proposal = plan_columns(headers, preset)
        # A blank header cannot be chosen: its value would read as "none".
        header_choices = [(h, h) for h in dict.fromkeys(headers) if h]
        for canon in CANONICAL:
            empty = "— tidak ada —"
            if canon == "kode_wilayah" and self.proposal.split_code:
                empty = "— dirakit dari " + " + ".join(self.proposal.split_code) + " —"
            self.fields[canon] = forms.ChoiceField(
                label=LABELS[canon],
                required=False,
                choices=[("", empty), *header_choices],
                initial=self.proposal.mapping.get(canon, ""),
            )
            self.fields[canon].is_required_column = canon in REQUIRED

    def clean(self):
        cleaned = super().clean()
        owner: dict[str, str] = {}
        for canon in CANONICAL:
            header = cleaned.get(canon)
            if not header:
                continue
            if header in owner:
                self.add_error(
                    canon,
                    f"Kolom «{header}» sudah dipilih untuk {LABELS[owner[header]]}; "
                    "satu kolom berkas hanya boleh untuk satu isian.",
                )
            else:
                owner[header] = canon
        if not self.errors:
            plan = plan_columns(self.headers, self.preset, self.column_map())
            for canon in plan.missing_required:
                self.add_error(canon, f"Wajib: pilih kolom berkas yang berisi {LABELS[canon]}.")
        return cleaned

    def column_map(self) -> dict[str, str]:
        """The chosen mapping for ``snapshot_start(column_map=...)``: every chosen header, and
        ``UNMAPPED`` for a column the preset would have matched but the user set to none."""
        out: dict[str, str] = {}
        for canon in CANONICAL:
            header = self.cleaned_data.get(canon) or ""
            if header:
                out[canon] = header
            elif canon in self.proposal.mapping:
                out[canon] = UNMAPPED
        return out

    def rows(self):
        """(bound field, is required) per canonical column, for the mapping table."""
        return [(self[canon], canon in REQUIRED) for canon in CANONICAL]


class LookupForm(forms.Form):
    q = forms.CharField(
        label="NIK atau No. KK",
        max_length=40,
        error_messages={"required": "Ketik 16 digit NIK atau No. KK."},
        widget=forms.TextInput(
            attrs={
                "type": "search",
                "inputmode": "numeric",
                "autocomplete": "off",
                "placeholder": "16 digit NIK atau No. KK",
            }
        ),
    )

    def clean_q(self) -> str:
        digits = clean_digits(self.cleaned_data["q"])
        if not digits.isdigit():
            raise forms.ValidationError("NIK atau No. KK hanya berisi angka (spasi, titik dan tanda hubung boleh).")
        if len(digits) != 16:
            raise forms.ValidationError(f"NIK atau No. KK terdiri dari 16 digit; yang diketik {len(digits)} digit.")
        return digits
