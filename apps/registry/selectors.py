"""Registry reads. Every query is limited to the user's region scope (the same scope as the rest
of Berdaya, applied here to ``kode_wilayah``) and sees accepted rows of published snapshots only."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.http import Http404

from apps.accounts.scope import scope_for
from apps.core.nik import clean_digits
from apps.registry import gateway
from apps.registry.models import Snapshot, SnapshotStatus
from apps.registry.sql import FLAG_LABELS, FLAGS


def snapshot_list_published():
    return Snapshot.objects.filter(status=SnapshotStatus.PUBLISHED).select_related("imported_by")


def snapshot_list_for_user(*, user):
    """Importers follow imports in progress and failed ones; everyone else sees published snapshots
    only (their metadata is not region data: counts per kabupaten at most)."""
    from apps.accounts.roles import Cap

    if user.can(Cap.REGISTRY_IMPORT):
        return Snapshot.objects.select_related("imported_by").order_by("-created_at", "-id")
    return snapshot_list_published()


def snapshot_get(*, pk: int) -> Snapshot:
    snap = Snapshot.objects.filter(pk=pk).first()
    if snap is None:
        raise Http404
    return snap


def scope_filter(user, column: str = "kode_wilayah") -> tuple[str, dict]:
    """SQL condition limiting registry rows to the user's region (parameters, never pasted)."""
    scope = scope_for(user)
    if scope.everything:
        return "TRUE", {}
    if not scope.codes:
        return "FALSE", {}
    parts, params = [], {}
    for i, code in enumerate(scope.codes):
        params[f"scope_{i}"] = code
        params[f"scope_prefix_{i}"] = code + "."
        parts.append(f"({column} = $scope_{i} OR starts_with({column}, $scope_prefix_{i}))")
    return "(" + " OR ".join(parts) + ")", params


def decode_flags(mask: int) -> list[str]:
    return [FLAG_LABELS[code] for bit, code, _ in FLAGS if mask & bit]


@dataclass
class Household:
    snapshot: Snapshot
    no_kk: str | None
    members: list[dict] = field(default_factory=list)

    @property
    def desil(self) -> int | None:
        values = [m["desil"] for m in self.members if m["desil"] is not None]
        return min(values) if values else None


def registry_lookup(*, user, query: str) -> list[Household]:
    """Households containing a NIK or No. KK, in every published snapshot the user may read,
    newest period first. A person without a No. KK forms a household of one."""
    digits = clean_digits(query)
    if len(digits) != 16 or not digits.isdigit():
        return []
    snapshots = {s.pk: s for s in snapshot_list_published()}
    if not snapshots:
        return []
    scope_sql, scope_params = scope_filter(user)
    rows = gateway.lookup_households([(s.pk, s.storage) for s in snapshots.values()], digits, scope_sql, scope_params)
    rows.sort(key=lambda r: (r["snapshot_id"], r["no_kk"] or "", r["hubungan_keluarga"] or "", str(r["tanggal_lahir"])))
    grouped: dict[tuple[int, str], Household] = {}
    for row in rows:
        key = (row["snapshot_id"], row["no_kk"] or "#" + row["id_individu"])
        hh = grouped.setdefault(key, Household(snapshot=snapshots[row["snapshot_id"]], no_kk=row["no_kk"]))
        row["flag_labels"] = decode_flags(row["flag_mask"])
        row["is_match"] = digits in (row["nik"], row["no_kk"])
        hh.members.append(row)
    return sorted(grouped.values(), key=lambda h: (h.snapshot.period, h.snapshot.pk), reverse=True)


def person_desil_history(households: list[Household], nik: str) -> list[tuple[Snapshot, int | None]]:
    """Which snapshots a NIK appears in, with its desil in each."""
    out = defaultdict(list)
    for hh in households:
        for m in hh.members:
            if m["nik"] == nik:
                out[hh.snapshot].append(m["desil"])
    return [(snap, values[0]) for snap, values in out.items()]
