"""Planning pages over a snapshot: targeting, locus ranking (with XLSX) and desil transitions.
Thin: forms check input, ``targeting.py`` answers."""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.text import slugify

from apps.accounts.roles import Cap
from apps.accounts.scope import restrict
from apps.programs.models import Member, Program
from apps.registry import targeting
from apps.registry.selectors import snapshot_list_published
from apps.wilayah.selectors import wilayah_choices_for_user
from apps.wilayah.views import picker_context
from apps.wilayah.widgets import picked_code

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PAGE = 50


def _need_read(user) -> None:
    if not user.can(Cap.REGISTRY_READ):
        raise PermissionDenied("Peran Anda tidak dapat membuka data registri.")


class _SnapshotChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return f"{obj.name} — {obj.get_source_display()} {obj.period}"


class TargetingForm(forms.Form):
    snapshot = _SnapshotChoice(label="Snapshot", queryset=None, empty_label=None)
    max_desil = forms.IntegerField(label="Desil maksimum", min_value=1, max_value=10, initial=2)
    sex = forms.ChoiceField(label="Memiliki anggota", required=False,
                            choices=[("", "Semua"), ("P", "Perempuan"), ("L", "Laki-laki")])  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["snapshot"].queryset = snapshot_list_published()


class LocusForm(forms.Form):
    snapshot = _SnapshotChoice(label="Snapshot", queryset=None, empty_label=None)
    kabupaten = forms.ChoiceField(label="Kabupaten/kota")
    level = forms.ChoiceField(label="Tingkat", choices=[("desa", "Desa/kelurahan"), ("kecamatan", "Kecamatan")],
                              initial="desa")  # fmt: skip

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["snapshot"].queryset = snapshot_list_published()
        kabs = []
        for prov in wilayah_choices_for_user(user=user, parent_code=None, level=1):
            kabs += [(k.code, f"{k.name} ({prov.name})")
                     for k in wilayah_choices_for_user(user=user, parent_code=prov.code, level=2)]  # fmt: skip
        self.fields["kabupaten"].choices = kabs


class TransitionForm(forms.Form):
    a = _SnapshotChoice(label="Snapshot awal (A)", queryset=None, empty_label=None)
    b = _SnapshotChoice(label="Snapshot akhir (B)", queryset=None, empty_label=None)
    program = forms.ModelChoiceField(label="Anggota program (opsional)", queryset=Program.objects.all(),
                                     required=False, empty_label="— semua orang di wilayah —")  # fmt: skip
    year = forms.IntegerField(label="Tahun program", required=False, min_value=2000, max_value=2100)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["a"].queryset = snapshot_list_published()
        self.fields["b"].queryset = snapshot_list_published()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("a") and cleaned.get("a") == cleaned.get("b"):
            raise forms.ValidationError("Pilih dua snapshot yang berbeda.")
        return cleaned


@login_required
def targeting_view(request):
    _need_read(request.user)
    form = TargetingForm(request.GET or None)
    region = picked_code(request.GET, "region", 4)
    result, page = None, 1
    if form.is_valid():
        # Not a form field: a new search must start again at page 1.
        raw_page = request.GET.get("page", "1")
        page = max(int(raw_page), 1) if raw_page.isdigit() else 1
        result = targeting.targeting(
            user=request.user, snapshot=form.cleaned_data["snapshot"], region=region or None,
            max_desil=form.cleaned_data["max_desil"], sex=form.cleaned_data["sex"], offset=(page - 1) * PAGE,
            limit=PAGE,
        )  # fmt: skip
    return render(request, "registry/targeting.html", {
        "form": form, "result": result, "page": page, "page_size": PAGE,
        **picker_context(user=request.user, name="region", selected=region, depth=4, required=False),
    })  # fmt: skip


@login_required
def locus_view(request):
    _need_read(request.user)
    form = LocusForm(request.GET or None, user=request.user)
    rows = None
    if form.is_valid():
        cd = form.cleaned_data
        rows = targeting.locus_ranking(user=request.user, snapshot=cd["snapshot"], kabupaten=cd["kabupaten"],
                                       level=cd["level"])  # fmt: skip
        if request.GET.get("format") == "xlsx":
            kab = dict(form.fields["kabupaten"].choices)[cd["kabupaten"]]
            title = f"Peringkat lokus {kab} — {cd['snapshot'].name} (desil 1–2)"
            response = HttpResponse(targeting.locus_ranking_xlsx(rows=rows, title=title, level=cd["level"]),
                                    content_type=XLSX)  # fmt: skip
            response["Content-Disposition"] = (
                f'attachment; filename="lokus-{slugify(kab)}-{cd["level"]}-{slugify(cd["snapshot"].name)}.xlsx"'
            )
            return response
    return render(request, "registry/locus.html", {"form": form, "rows": rows})


@login_required
def transitions_view(request):
    _need_read(request.user)
    form = TransitionForm(request.GET or None)
    region = picked_code(request.GET, "region", 4)
    result = None
    if form.is_valid():
        cd = form.cleaned_data
        niks = None
        if cd.get("program"):
            members = restrict(Member.objects.filter(program=cd["program"], is_active=True), request.user)
            if cd.get("year"):
                members = members.filter(year=cd["year"])
            niks = list(members.values_list("nik", flat=True))
        result = targeting.desil_transitions(user=request.user, a=cd["a"], b=cd["b"], niks=niks,
                                             region=region or None)  # fmt: skip
    matrix_rows, lists = [], []
    if result:
        for a in result.desils_a:
            cells = [result.matrix.get((a, b), 0) for b in result.desils_b] + [result.matrix.get((a, None), 0)]
            matrix_rows.append((a, cells))
        lists = [("Naik desil (lebih sejahtera)", result.up), ("Turun desil", result.down),
                 ("Tidak ditemukan di snapshot B", result.gone)]  # fmt: skip
    return render(request, "registry/transitions.html", {
        "form": form, "result": result, "matrix_rows": matrix_rows, "lists": lists,
        **picker_context(user=request.user, name="region", selected=region, depth=4, required=False),
    })  # fmt: skip
