"""Input checked at the edge: types and required fields here, domain rules in services."""

from __future__ import annotations

from django import forms

from apps.programs.models import (
    Commodity,
    FundingSource,
    GroupStatus,
    MemberRole,
    Program,
    RegistrySource,
    Sex,
    SexRestriction,
    Target,
)
from apps.programs.selectors import facilitator_choices_for_user
from apps.wilayah.models import Wilayah
from apps.wilayah.widgets import WilayahPicker

REQUIRED_MSG = "Kolom ini wajib diisi."
forms.Field.default_error_messages["required"] = REQUIRED_MSG


class WilayahField(forms.CharField):
    def __init__(self, *, level: int, depth: int = 4, **kwargs):
        self.wilayah_level = level
        super().__init__(widget=WilayahPicker(depth=depth), **kwargs)

    def clean(self, value):
        code = super().clean(value)
        if not code:
            return None
        wilayah = Wilayah.objects.filter(code=code).first()
        if wilayah is None or wilayah.level != self.wilayah_level:
            names = {4: "desa/kelurahan", 3: "kecamatan", 2: "kabupaten/kota"}
            raise forms.ValidationError(f"Pilih {names.get(self.wilayah_level, 'wilayah')} sampai tingkat terakhir.")
        return wilayah


def _attach_user(form: forms.Form, user) -> None:
    for field in form.fields.values():
        if isinstance(field.widget, WilayahPicker):
            field.widget.user = user


class GroupForm(forms.Form):
    name = forms.CharField(label="Nama kelompok", max_length=150)
    program = forms.ModelChoiceField(
        label="Program", queryset=Program.objects.filter(is_active=True), empty_label="— pilih program —"
    )
    year = forms.IntegerField(
        label="Tahun",
        min_value=2000,
        max_value=2100,
        error_messages={"invalid": "Tahun harus berupa angka, mis. 2025."},
    )
    desa = WilayahField(label="Desa/kelurahan", level=4)
    commodity = forms.ModelChoiceField(
        label="Jenis usaha/komoditas", queryset=Commodity.objects.all(), empty_label="— pilih jenis usaha —"
    )
    facilitator = forms.ModelChoiceField(
        label="Fasilitator", queryset=None, required=False, empty_label="— belum ditentukan —"
    )
    address = forms.CharField(label="Alamat sekretariat", max_length=250, required=False)
    notes = forms.CharField(label="Catatan", required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        _attach_user(self, user)
        self.fields["facilitator"].queryset = facilitator_choices_for_user(user=user)
        self.fields["facilitator"].label_from_instance = lambda u: u.display_name
        if user.role == "fasilitator" and not user.is_superuser:
            del self.fields["facilitator"]


class TransitionForm(forms.Form):
    to_status = forms.ChoiceField(label="Status baru", choices=GroupStatus.choices)
    reason = forms.CharField(label="Alasan", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class MemberForm(forms.Form):
    nik = forms.CharField(
        label="NIK", max_length=30, widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"})
    )
    no_kk = forms.CharField(
        label="No. KK",
        max_length=30,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    name = forms.CharField(label="Nama lengkap", max_length=150)
    sex = forms.ChoiceField(label="Jenis kelamin", choices=Sex.choices, widget=forms.RadioSelect)
    birth_date = forms.DateField(
        label="Tanggal lahir",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"],
        error_messages={"invalid": "Tanggal lahir tidak terbaca; tulis DD-MM-YYYY, mis. 17-08-1985."},
    )
    address = forms.CharField(label="Alamat", max_length=250, required=False)
    desa = WilayahField(label="Desa/kelurahan domisili", level=4)
    role = forms.ChoiceField(label="Peran dalam kelompok", choices=MemberRole.choices, initial=MemberRole.ANGGOTA)
    phone = forms.CharField(label="Nomor HP", max_length=20, required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        _attach_user(self, user)

    def confirmed_codes(self) -> list[str]:
        # The warning checkbox is rendered by the page (not a form field): it appears only after
        # the service reported warnings, and carries their codes.
        raw = self.data.get("confirm_warnings") or ""
        return [c for c in raw.split(",") if c]


class RemoveMemberForm(forms.Form):
    reason = forms.CharField(label="Alasan dikeluarkan", max_length=250)


class MemberUploadForm(forms.Form):
    file = forms.FileField(
        label="Berkas Excel (.xlsx)",
        error_messages={
            "required": "Pilih berkas Excel yang akan diunggah.",
            "empty": "Berkas kosong; pilih berkas Excel yang berisi data anggota.",
        },
    )

    def clean_file(self):
        f = self.cleaned_data["file"]
        if not f.name.lower().endswith((".xlsx", ".xlsm")):
            raise forms.ValidationError(
                "Berkas harus berformat Excel .xlsx (bukan .xls/.csv). Simpan ulang sebagai Excel Workbook."
            )
        return f


class ProgramForm(forms.ModelForm):
    registry_sources = forms.MultipleChoiceField(
        label="Sumber data yang diterima",
        choices=RegistrySource.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    funding_sources = forms.MultipleChoiceField(
        label="Sumber dana",
        choices=FundingSource.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    target = forms.ChoiceField(label="Sasaran", choices=Target.choices)
    sex_restriction = forms.ChoiceField(label="Batasan jenis kelamin", choices=SexRestriction.choices, required=False)

    class Meta:
        model = Program
        fields = [
            "name",
            "code",
            "agency",
            "region",
            "year_start",
            "year_end",
            "target",
            "registry_sources",
            "max_desil",
            "sex_restriction",
            "group_size_min",
            "group_size_max",
            "aid_ceiling_group",
            "aid_ceiling_person",
            "funding_sources",
            "proposal_addressee",
            "training_only",
            "prerequisite",
            "description",
            "is_active",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = Wilayah.objects.filter(level__lte=2)
        self.fields["region"].label_from_instance = lambda w: f"{w.name} ({w.code})"
        self.fields["code"].help_text = "Huruf kecil dan tanda hubung, mis. kube-kaltim."
