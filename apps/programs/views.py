"""Thin views: read with selectors, write with services, map errors to forms."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.text import slugify
from django.views.decorators.http import require_POST

from apps.accounts.roles import Cap
from apps.audit.selectors import audit_list_for_record
from apps.core.errors import ApplicationError
from apps.linkage.views import match_panel
from apps.programs import selectors, services
from apps.programs.forms import GroupForm, MemberForm, MemberUploadForm, ProgramForm, RemoveMemberForm, TransitionForm
from apps.programs.models import GroupStatus, ImportStatus, Member, Sex
from apps.programs.services.groups import allowed_transitions
from apps.programs.services.members import MemberData, MemberRejected
from apps.wilayah.views import picker_context

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PAGE_SIZE = 25
AUDIT_PREVIEW = 15


def _xlsx_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _need(user, cap: str) -> None:
    if not user.can(cap):
        raise PermissionDenied("Peran Anda tidak diizinkan melakukan tindakan ini.")


def _form_error(form, exc: ApplicationError) -> None:
    field = exc.field if exc.field in form.fields else None
    form.add_error(field, exc.message)


# Programs ------------------------------------------------------------------------------------


@login_required
def program_list(request):
    return render(request, "programs/program_list.html", {"programs": selectors.program_list()})


@login_required
def program_detail(request, code: str):
    program = selectors.program_get(code=code)
    groups = selectors.group_list_for_user(user=request.user).filter(program=program)
    events = audit_list_for_record(user=request.user, record=program)[:50] if request.user.can(Cap.AUDIT_VIEW) else []
    return render(
        request,
        "programs/program_detail.html",
        {
            "program": program,
            "group_count": groups.count(),
            "events": events,
            "status_counts": {s.label: groups.filter(status=s).count() for s in GroupStatus},
            **match_panel(request.user, program=program),
        },
    )


@login_required
def program_edit(request, code: str | None = None):
    _need(request.user, Cap.PROGRAM_MANAGE)
    program = selectors.program_get(code=code) if code else None
    form = ProgramForm(request.POST or None, instance=program)
    if request.method == "POST" and form.is_valid():
        fields = {k: form.cleaned_data[k] for k in form.Meta.fields}
        fields["code"] = slugify(fields["code"])
        try:
            if program is None:
                program = services.program_create(acting_user=request.user, **fields)
                messages.success(request, f"Program {program.name} dibuat.")
            else:
                program = services.program_update(acting_user=request.user, program=program, **fields)
                messages.success(request, "Perubahan program disimpan.")
            return redirect("programs:program_detail", code=program.code)
        except ApplicationError as exc:
            _form_error(form, exc)
    return render(request, "programs/program_form.html", {"form": form, "program": program})


# Groups --------------------------------------------------------------------------------------


def _filters(request) -> selectors.GroupFilters:
    g = request.GET
    from apps.wilayah.widgets import picked_code

    return selectors.GroupFilters(
        q=g.get("q", ""),
        program=g.get("program", ""),
        year=g.get("year", ""),
        region=picked_code(g, "region", 3) or g.get("region", ""),
        status=g.get("status", ""),
        commodity=g.get("commodity", ""),
        facilitator=g.get("facilitator", ""),
    )


@login_required
def group_list(request):
    filters = _filters(request)
    groups = selectors.group_list_for_user(user=request.user, filters=filters)
    page = Paginator(groups, PAGE_SIZE).get_page(request.GET.get("page"))
    ctx = {"page": page, "filters": filters, "total": page.paginator.count}
    if request.htmx and request.htmx.target == "group-results":
        return render(request, "programs/_group_results.html", ctx)
    ctx.update(
        {
            "programs": selectors.program_list(),
            "statuses": GroupStatus.choices,
            "commodities": selectors.commodity_list(),
            "facilitators": selectors.facilitator_choices_for_user(user=request.user),
            "years": sorted({y for y in groups.values_list("year", flat=True)}, reverse=True),
            **picker_context(user=request.user, name="region", selected=filters.region, depth=3, required=False),
        }
    )
    return render(request, "programs/group_list.html", ctx)


@login_required
def group_create(request):
    _need(request.user, Cap.GROUP_CREATE)
    form = GroupForm(
        request.POST or None,
        user=request.user,
        initial={"year": request.GET.get("year") or "", "program": request.GET.get("program")},
    )
    if request.method == "POST" and form.is_valid():
        try:
            group = services.group_create(acting_user=request.user, **form.cleaned_data)
            messages.success(request, f"Kelompok {group.name} dibuat.")
            return redirect("programs:group_detail", pk=group.pk)
        except ApplicationError as exc:
            _form_error(form, exc)
    return render(request, "programs/group_form.html", {"form": form})


@login_required
def group_edit(request, pk: int):
    _need(request.user, Cap.GROUP_EDIT)
    group = selectors.group_get_for_user(user=request.user, pk=pk)
    initial = {
        "name": group.name,
        "program": group.program,
        "year": group.year,
        "desa": group.desa_id,
        "commodity": group.commodity,
        "facilitator": group.facilitator,
        "address": group.address,
        "notes": group.notes,
    }
    form = GroupForm(request.POST or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.group_update(acting_user=request.user, group=group, **form.cleaned_data)
            messages.success(request, "Perubahan kelompok disimpan.")
            return redirect("programs:group_detail", pk=group.pk)
        except ApplicationError as exc:
            _form_error(form, exc)
    return render(request, "programs/group_form.html", {"form": form, "group": group})


@login_required
def group_detail(request, pk: int):
    group = selectors.group_get_for_user(user=request.user, pk=pk)
    members = list(selectors.member_list_for_group(group=group))
    active = [m for m in members if m.is_active]
    events, events_total = [], 0
    if request.user.can(Cap.AUDIT_VIEW):
        trail = audit_list_for_record(user=request.user, record=group)
        events_total = trail.count()
        events = list(trail if request.GET.get("audit") == "semua" else trail[:AUDIT_PREVIEW])
    return render(
        request,
        "programs/group_detail.html",
        {
            "group": group,
            "members": members,
            "active_count": len(active),
            "women_count": sum(1 for m in active if m.sex == Sex.P),
            "status_changes": group.status_changes.select_related("by")[:20],
            "transitions": allowed_transitions(group),
            "transition_form": TransitionForm(),
            "events": events,
            "events_total": events_total,
            "events_more": events_total > len(events),
            "personal": request.user.can(Cap.PERSONAL_DATA),
            "pending_imports": group.imports.filter(status=ImportStatus.PENDING)[:5],
            **match_panel(request.user, group=group),
        },
    )


@login_required
@require_POST
def group_transition(request, pk: int):
    group = selectors.group_get_for_user(user=request.user, pk=pk)
    form = TransitionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Pilih status baru.")
        return redirect("programs:group_detail", pk=pk)
    try:
        services.group_transition(acting_user=request.user, group=group, **form.cleaned_data)
        messages.success(request, f"Status kelompok menjadi {GroupStatus(form.cleaned_data['to_status']).label}.")
    except ApplicationError as exc:
        messages.error(request, exc.message)
    return redirect("programs:group_detail", pk=pk)


# Members -------------------------------------------------------------------------------------


def _member_data(cd: dict) -> MemberData:
    return MemberData(
        nik=cd["nik"],
        no_kk=cd.get("no_kk") or "",
        name=cd["name"],
        sex=cd["sex"],
        birth_date=cd.get("birth_date"),
        address=cd.get("address") or "",
        desa_code=cd["desa"].code if cd.get("desa") else "",
        role=cd["role"],
        phone=cd.get("phone") or "",
    )


def _member_form_view(request, group, member: Member | None):
    _need(request.user, Cap.MEMBER_EDIT)
    if member is None:
        initial = {"desa": group.desa_id, "role": "anggota"}
    else:
        initial = {
            "nik": member.nik,
            "no_kk": member.no_kk,
            "name": member.name,
            "sex": member.sex,
            "birth_date": member.birth_date,
            "address": member.address,
            "desa": member.desa_id,
            "role": member.role,
            "phone": member.phone,
        }
    form = MemberForm(request.POST or None, user=request.user, initial=initial)
    warnings: list[tuple[str, str]] = []
    if request.method == "POST" and form.is_valid():
        data = _member_data(form.cleaned_data)
        try:
            if member is None:
                saved = services.member_add(
                    acting_user=request.user, group=group, data=data, confirmed_warnings=form.confirmed_codes()
                )
                messages.success(request, f"{saved.name} ditambahkan sebagai anggota.")
            else:
                saved = services.member_update(
                    acting_user=request.user, member=member, data=data, confirmed_warnings=form.confirmed_codes()
                )
                messages.success(request, f"Data {saved.name} disimpan.")
            return redirect("programs:group_detail", pk=group.pk)
        except MemberRejected as exc:
            for field, message in exc.check.errors:
                form.add_error(field if field in form.fields else None, message)
            warnings = exc.check.warnings
        except ApplicationError as exc:
            _form_error(form, exc)
    events = []
    if member is not None and request.user.can(Cap.AUDIT_VIEW):
        from apps.audit.selectors import audit_list_for_target

        events = audit_list_for_target(user=request.user, target=member)
    return render(
        request,
        "programs/member_form.html",
        {
            "form": form,
            "group": group,
            "member": member,
            "warnings": warnings,
            "warning_codes": ",".join(code for code, _ in warnings),
            "events": events,
        },
    )


@login_required
def member_add(request, pk: int):
    group = selectors.group_get_for_user(user=request.user, pk=pk)
    return _member_form_view(request, group, None)


@login_required
def member_edit(request, pk: int, member_pk: int):
    group = selectors.group_get_for_user(user=request.user, pk=pk)
    member = selectors.member_get_for_user(user=request.user, group=group, pk=member_pk)
    return _member_form_view(request, group, member)


@login_required
def member_remove(request, pk: int, member_pk: int):
    _need(request.user, Cap.MEMBER_EDIT)
    group = selectors.group_get_for_user(user=request.user, pk=pk)
    member = selectors.member_get_for_user(user=request.user, group=group, pk=member_pk)
    form = RemoveMemberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.member_remove(acting_user=request.user, member=member, reason=form.cleaned_data["reason"])
            messages.success(request, f"{member.name} dikeluarkan dari kelompok.")
            return redirect("programs:group_detail", pk=group.pk)
        except ApplicationError as exc:
            _form_error(form, exc)
    return render(request, "programs/member_remove.html", {"form": form, "group": group, "member": member})


@login_required
def members_export(request, pk: int):
    _need(request.user, Cap.EXPORT)
    group = selectors.group_get_for_user(user=request.user, pk=pk)
    content = services.members_export_xlsx(
        acting_user=request.user,
        group=group,
        members=selectors.member_list_for_group(group=group),
    )
    return _xlsx_response(content, f"anggota-{slugify(group.name)}-{group.year}.xlsx")


@login_required
def member_template(request, pk: int):
    group = selectors.group_get_for_user(user=request.user, pk=pk)
    return _xlsx_response(services.member_template_xlsx(group=group), "templat-anggota-berdaya.xlsx")


@login_required
def member_import(request, pk: int):
    _need(request.user, Cap.MEMBER_EDIT)
    group = selectors.group_get_for_user(user=request.user, pk=pk)
    form = MemberUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        f = form.cleaned_data["file"]
        imp = services.member_import_upload(acting_user=request.user, group=group, file=f, filename=f.name)
        if imp.file_errors:
            for err in imp.file_errors:
                form.add_error("file", err)
        else:
            return redirect("programs:member_import_review", pk=group.pk, import_pk=imp.pk)
    return render(request, "programs/member_import.html", {"form": form, "group": group})


@login_required
def member_import_review(request, pk: int, import_pk: int):
    group = selectors.group_get_for_user(user=request.user, pk=pk)
    imp = selectors.member_import_get_for_user(user=request.user, group=group, pk=import_pk)
    if request.method == "POST":
        _need(request.user, Cap.MEMBER_EDIT)
        action = request.POST.get("action")
        try:
            if action == "cancel":
                services.member_import_cancel(acting_user=request.user, imp=imp)
                messages.info(request, "Unggahan dibatalkan; tidak ada data yang disimpan.")
                return redirect("programs:group_detail", pk=group.pk)
            if any(r["warnings"] for r in imp.rows if not r["errors"]) and not request.POST.get("confirm_warnings"):
                raise ApplicationError(
                    "Centang konfirmasi bahwa Anda sudah memeriksa peringatan NIK sebelum menyimpan."
                )
            saved = services.member_import_commit(
                acting_user=request.user, imp=imp, valid_only=action == "commit_valid"
            )
            messages.success(request, f"{saved} anggota disimpan dari {imp.filename}.")
            return redirect("programs:group_detail", pk=group.pk)
        except ApplicationError as exc:
            messages.error(request, exc.message)
            imp.refresh_from_db()
    from apps.programs.services.member_import import COLUMNS

    return render(
        request,
        "programs/member_import_review.html",
        {
            "group": group,
            "imp": imp,
            "columns": COLUMNS,
            "has_warnings": any(r["warnings"] for r in imp.rows if not r["errors"]),
        },
    )


@login_required
def member_import_rejected(request, pk: int, import_pk: int):
    group = selectors.group_get_for_user(user=request.user, pk=pk)
    imp = selectors.member_import_get_for_user(user=request.user, group=group, pk=import_pk)
    return _xlsx_response(services.rejected_rows_xlsx(imp=imp), f"baris-ditolak-{imp.pk}.xlsx")
