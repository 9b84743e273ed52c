"""Pemadanan pages: upload a list or match a group/program, follow the background job, download the
annotated list, review the rows the matcher left open, and check members' eligibility.

Thin views: reads through selectors, writes through services; what is left here is who may do what.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from apps.accounts.roles import Cap
from apps.core.errors import ApplicationError
from apps.linkage import selectors, services
from apps.linkage.forms import MatchUploadForm, SnapshotChoiceForm
from apps.linkage.lists import template_xlsx
from apps.linkage.models import JobKind, RowStatus
from apps.linkage.tasks import match_job_task
from apps.programs import selectors as program_selectors

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Rows per page of a job's results: a long list stays light on a slow connection.
ROWS_PER_PAGE = 100


def _need(user, cap: str) -> None:
    if not user.can(cap):
        raise PermissionDenied("Peran Anda tidak diizinkan melakukan tindakan ini.")


def _queue(job) -> None:
    match_job_task.enqueue(job_id=job.pk)


@login_required
def job_list(request):
    _need(request.user, Cap.MATCH_RUN)
    form = MatchUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            job = services.job_create_file(
                user=request.user, snapshot=form.cleaned_data["snapshot"], upload=form.cleaned_data["file"]
            )
        except ApplicationError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, exc.message)
        else:
            _queue(job)
            return redirect("linkage:job_detail", pk=job.pk)
    jobs = selectors.job_list_for_user(user=request.user)[:50]
    return render(request, "linkage/job_list.html", {"form": form, "jobs": jobs})


@login_required
def list_template(request):
    _need(request.user, Cap.MATCH_RUN)
    response = HttpResponse(template_xlsx(), content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="templat-daftar-pemadanan.xlsx"'
    return response


@login_required
def job_detail(request, pk: int):
    job = selectors.job_get(user=request.user, pk=pk)
    status, q = request.GET.get("status") or "", request.GET.get("q") or ""
    personal = request.user.can(Cap.PERSONAL_DATA)
    page, statuses = None, list(RowStatus.choices)
    if job.finished:
        rows = selectors.job_rows(job=job, status=status, q=q, by_nik=personal)
        page = Paginator(rows, ROWS_PER_PAGE).get_page(request.GET.get("page"))
        # The weakest matches get their own filter, shown only when the job has any.
        if (
            status == selectors.MATCHED_WITHOUT_ID
            or selectors.job_rows(job=job, status=selectors.MATCHED_WITHOUT_ID).exists()
        ):
            statuses.append((selectors.MATCHED_WITHOUT_ID, "Cocok tanpa NIK/KK"))
    ctx = {
        "job": job,
        "status": status,
        "q": q,
        "statuses": statuses,
        "page": page,
        "personal": personal,
        "can_review": request.user.can(Cap.MATCH_REVIEW),
        "members_changed": selectors.members_changed_since(job=job),
    }
    if request.htmx and request.GET.get("poll"):
        return render(request, "linkage/_job_status.html", ctx)
    return render(request, "linkage/job_detail.html", ctx)


@login_required
def job_download(request, pk: int, fmt: str):
    job = selectors.job_get(user=request.user, pk=pk)
    _need(request.user, Cap.EXPORT)
    _need(request.user, Cap.PERSONAL_DATA)
    if not job.finished or fmt not in ("xlsx", "csv"):
        raise PermissionDenied("Hasil belum siap.")
    out = Path(tempfile.mkstemp(prefix="berdaya-padan-", suffix=f".{fmt}")[1])
    services.job_output(job, out)
    stem = Path(job.filename).stem if job.filename else f"pemadanan-{job.pk}"
    # FileResponse closes the file; the temporary file is unlinked right away (POSIX keeps it
    # readable while open), so nothing with personal data is left behind.
    handle = open(out, "rb")  # noqa: SIM115 (closed by FileResponse)
    out.unlink()
    return FileResponse(handle, as_attachment=True, filename=f"{stem}-hasil-padan.{fmt}")


@login_required
@require_POST
def job_delete(request, pk: int):
    job = selectors.job_get(user=request.user, pk=pk)
    label = str(job)
    try:
        services.job_delete(user=request.user, job=job)
    except ApplicationError as exc:
        messages.error(request, exc.message)
        return redirect("linkage:job_detail", pk=pk)
    messages.success(request, f"{label} dihapus.")
    return redirect("linkage:job_list")


@login_required
def job_review(request, pk: int):
    job = selectors.job_get(user=request.user, pk=pk)
    _need(request.user, Cap.MATCH_REVIEW)
    # The open rows, or (?status=matched_without_id) the matches no NIK or KK backs, to confirm.
    weak = request.GET.get("status") == selectors.MATCHED_WITHOUT_ID
    rows = selectors.job_rows(job=job, status=selectors.MATCHED_WITHOUT_ID if weak else RowStatus.POSSIBLE)
    return render(
        request, "linkage/job_review.html", {"job": job, "rows": rows[:100], "left": rows.count(), "weak": weak}
    )


@login_required
@require_POST
def row_decide(request, pk: int):
    row = selectors.row_get(user=request.user, pk=pk)
    try:
        services.row_decide(user=request.user, row=row, id_individu=request.POST.get("id_individu", ""))
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        who = row.registry_nama or "tidak ditemukan"
        messages.success(request, f"Baris {row.key} ({row.inputs.get('nama', '')}): {who}. Keputusan disimpan.")
    back = reverse("linkage:job_review", args=[row.job_id])
    if request.POST.get("status") == selectors.MATCHED_WITHOUT_ID:
        back += f"?status={selectors.MATCHED_WITHOUT_ID}"
    return redirect(back)


def _start(request, create, **target):
    form = SnapshotChoiceForm(request.POST)
    if not form.is_valid():
        for error in form.errors.get("snapshot", []):
            messages.error(request, error)
        return None
    try:
        job = create(user=request.user, snapshot=form.cleaned_data["snapshot"], **target)
    except ApplicationError as exc:
        messages.error(request, exc.message)
        return None
    _queue(job)
    return redirect("linkage:job_detail", pk=job.pk)


@login_required
def group_match(request, pk: int):
    """GET: the members' eligibility from their latest match; POST: match the group now."""
    group = program_selectors.group_get_for_user(user=request.user, pk=pk)
    if request.method == "POST":
        _need(request.user, Cap.MATCH_RUN)
        return _start(request, services.job_create_group, group=group) or redirect("programs:group_detail", pk=pk)
    _need(request.user, Cap.REGISTRY_READ)
    rows = selectors.group_eligibility(group=group)
    return render(request, "linkage/group_eligibility.html", {
        "group": group, "rows": rows, "personal": request.user.can(Cap.PERSONAL_DATA),
        "latest": selectors.latest_done_group_job(user=request.user, group=group),
        "counts": {
            "layak": sum(r.eligible is True for r in rows), "tidak": sum(r.eligible is False for r in rows),
            "belum": sum(r.eligible is None for r in rows),
        },
        **match_panel(request.user, group=group),
        "match_eligibility_url": "",  # this is that page
    })  # fmt: skip


@login_required
def duplicates(request):
    _need(request.user, Cap.REGISTRY_READ)
    this_year = timezone.localdate().year
    try:
        year = int(request.GET.get("tahun") or this_year)
    except ValueError:
        year = this_year
    people = selectors.cross_program_duplicates(user=request.user, year=year)
    return render(request, "linkage/duplicates.html", {
        "year": year, "years": range(this_year + 1, this_year - 6, -1), "people": people,
        "personal": request.user.can(Cap.PERSONAL_DATA),
    })  # fmt: skip


@login_required
def program_match(request, code: str):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    program = program_selectors.program_get(code=code)
    _need(request.user, Cap.MATCH_RUN)
    return _start(request, services.job_create_program, program=program) or redirect(
        "programs:program_detail", code=code
    )


def match_panel(user, *, group=None, program=None) -> dict:
    """Context for the "Padankan" form on a group or program page (``linkage/_match_form.html``)."""
    if not user.can(Cap.MATCH_RUN):
        return {}
    form = SnapshotChoiceForm()
    form.fields["snapshot"].widget.attrs["class"] = "form-select form-select-sm"
    if group is not None:
        action = reverse("linkage:group_match", args=[group.pk])
        latest = selectors.latest_group_job(user=user, group=group)
    else:
        action = reverse("linkage:program_match", args=[program.code])
        latest = selectors.job_list_for_user(user=user).filter(kind=JobKind.PROGRAM, program=program).first()
    eligibility = reverse("linkage:group_match", args=[group.pk]) if group is not None else ""
    return {
        "match_form": form, "match_action": action, "latest_match": latest, "match_eligibility_url": eligibility,
        "match_members_changed": selectors.members_changed_since(job=latest),
    }  # fmt: skip
