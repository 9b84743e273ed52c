"""Registry pages: snapshot list, upload → preview → background import → summary, and look-up.

Thin views: reads through selectors, writes through services, file handling of pending uploads in
``uploads``; what is left here is who may do what and what each page shows.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.text import slugify

from apps.accounts.roles import Cap
from apps.core.errors import ApplicationError
from apps.registry import gateway, selectors, services, uploads
from apps.registry.columns import LABELS, PRESETS
from apps.registry.forms import ColumnMapForm, LookupForm, SnapshotUploadForm
from apps.registry.models import Snapshot, SnapshotStatus, Source
from apps.registry.sql import FLAG_LABELS, REJECT_LABELS
from apps.registry.tasks import snapshot_import_task
from apps.wilayah.selectors import wilayah_names


def _need(user, cap: str) -> None:
    if not user.can(cap):
        raise PermissionDenied("Peran Anda tidak diizinkan melakukan tindakan ini.")


def _visible_snapshot(user, pk: int) -> Snapshot:
    # Fetch before checking the role: an unknown number answers 404 for everyone.
    snapshot = selectors.snapshot_get(pk=pk)
    _need(user, Cap.REGISTRY_READ)
    if not snapshot.is_published and not user.can(Cap.REGISTRY_IMPORT):
        raise Http404
    return snapshot


# Snapshots -----------------------------------------------------------------------------------


@login_required
def snapshot_list(request):
    _need(request.user, Cap.REGISTRY_READ)
    return render(
        request,
        "registry/snapshot_list.html",
        {"snapshots": selectors.snapshot_list_for_user(user=request.user), "lookup_form": LookupForm()},
    )


@login_required
def snapshot_upload(request):
    _need(request.user, Cap.REGISTRY_IMPORT)
    form = SnapshotUploadForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        cd = form.cleaned_data
        upload = uploads.upload_save(
            file=cd["file"],
            user_id=request.user.pk,
            name=cd["name"],
            source=cd["source"],
            period=cd["period"],
            preset=cd["preset"],
        )
        return redirect("registry:snapshot_preview", code=upload.token)
    return render(request, "registry/snapshot_upload.html", {"form": form})


@login_required
def snapshot_preview(request, code: str):
    """``code`` is the pending upload's token (named so the scope walker can fill it)."""
    _need(request.user, Cap.REGISTRY_IMPORT)
    upload = uploads.upload_get(token=code, user_id=request.user.pk)
    if upload is None:
        raise Http404("Unggahan tidak ditemukan atau sudah diproses.")
    if upload.snapshot_id is not None:
        # Already confirmed (the back button): follow the import rather than queue it twice.
        return redirect("registry:snapshot_detail", pk=upload.snapshot_id)
    if request.method == "POST" and request.POST.get("action") == "cancel":
        uploads.upload_discard(upload)
        messages.info(request, f"Unggahan {upload.original_filename} dibatalkan dan berkasnya dihapus.")
        return redirect("registry:snapshot_upload")

    preview = uploads.upload_preview(upload)
    ctx = {
        "upload": upload,
        "preview": preview,
        "preset": PRESETS[upload.preset],
        "source_label": Source(upload.source).label,
    }
    if preview.error:
        return render(request, "registry/snapshot_preview.html", ctx)

    form = ColumnMapForm(request.POST or None, headers=preview.headers, preset=PRESETS[upload.preset])
    if request.method == "POST" and not preview.duplicate_headers and form.is_valid():
        try:
            snapshot = services.snapshot_start(
                acting_user=request.user,
                name=upload.name,
                source=upload.source,
                period=upload.period,
                preset=upload.preset,
                column_map=form.column_map(),
                original_filename=upload.original_filename,
            )
        except ApplicationError as exc:
            form.add_error(None, exc.message)
        else:
            # Recorded before enqueueing: the task deletes the upload when done, which with an
            # immediate backend (tests) is before enqueue() even returns.
            uploads.upload_mark_queued(upload, snapshot.pk)
            snapshot_import_task.enqueue(snapshot_id=snapshot.pk, path=str(upload.path))
            return redirect("registry:snapshot_detail", pk=snapshot.pk)
    ctx.update(
        {
            "form": form,
            "proposal": form.proposal,
            "missing_labels": [LABELS[c] for c in form.proposal.missing_required],
        }
    )
    return render(request, "registry/snapshot_preview.html", ctx)


def _summary(snapshot: Snapshot) -> dict:
    coverage = sorted(snapshot.coverage.items())
    names = wilayah_names([code for code, _ in coverage])
    return {
        "rejects": [(REJECT_LABELS.get(code, code), n) for code, n in snapshot.reject_counts.items()],
        "flags": [(FLAG_LABELS.get(code, code), n) for code, n in snapshot.flag_counts.items()],
        "coverage": [(code, names.get(code, ""), n) for code, n in coverage],
        "encoding_label": uploads.encoding_label(snapshot.encoding),
        "delimiter_label": uploads.delimiter_label(snapshot.delimiter) if snapshot.encoding != "xlsx" else "",
        "duration": _duration(snapshot.seconds),
    }


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f} detik".replace(".", ",")
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} menit {rest} detik"


@login_required
def snapshot_detail(request, pk: int):
    snapshot = _visible_snapshot(request.user, pk)
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET"])
    ctx = {"snapshot": snapshot, "done": snapshot.status != SnapshotStatus.IMPORTING}
    if snapshot.is_published:
        ctx.update(_summary(snapshot))
    if request.htmx:
        return render(request, "registry/_snapshot_status.html", ctx)
    return render(request, "registry/snapshot_detail.html", ctx)


@login_required
def snapshot_rejected(request, pk: int):
    snapshot = selectors.snapshot_get(pk=pk)
    # Every rejected row of every region with its personal data: importers only.
    _need(request.user, Cap.REGISTRY_IMPORT)
    if not snapshot.is_published:
        raise Http404
    path = gateway.rejected_file(snapshot.storage)
    if not path.is_file():
        raise Http404("Berkas baris ditolak tidak ditemukan.")
    return FileResponse(
        open(path, "rb"),  # noqa: SIM115 - FileResponse streams and closes it
        as_attachment=True,
        filename=f"baris-ditolak-{slugify(snapshot.name) or snapshot.pk}.csv",
        content_type="text/csv; charset=utf-8",
    )


# Look-up -------------------------------------------------------------------------------------


@login_required
def registry_lookup(request):
    _need(request.user, Cap.REGISTRY_READ)
    form = LookupForm(request.GET or None)
    ctx: dict = {"form": form, "searched": False}
    if form.is_valid():
        digits = form.cleaned_data["q"]
        households = selectors.registry_lookup(user=request.user, query=digits)
        codes = {m["kode_wilayah"] for h in households for m in h.members if m["kode_wilayah"]}
        names = wilayah_names(sorted(codes | {c[:5] for c in codes}))
        for household in households:
            for member in household.members:
                code = member["kode_wilayah"] or ""
                member["desa_name"] = names.get(code, "")
                member["kabupaten_name"] = names.get(code[:5], "")
        by_kk = any(h.no_kk == digits for h in households)
        ctx.update(
            {
                "searched": True,
                "digits": digits,
                "by_kk": by_kk,
                "households": households,
                # A No. KK has no person of its own: follow the household's desil instead.
                "history": [(h.snapshot, h.desil) for h in households]
                if by_kk
                else selectors.person_desil_history(households, digits),
            }
        )
    return render(request, "registry/lookup.html", ctx)
