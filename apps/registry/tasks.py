"""Background work for registry snapshots, run by the Django Tasks worker (`manage.py db_worker`,
started by `make run`)."""

from __future__ import annotations

import logging
from pathlib import Path

from django_tasks import task

from apps.core.errors import ApplicationError
from apps.registry import selectors
from apps.registry.models import SnapshotStatus
from apps.registry.services import snapshot_run
from apps.registry.uploads import discard_path

log = logging.getLogger(__name__)


@task()
def snapshot_import_task(*, snapshot_id: int, path: str) -> str:
    """Import a confirmed upload into its registered snapshot, then delete the upload."""
    try:
        snapshot = selectors.snapshot_get(pk=snapshot_id)
        if snapshot.status != SnapshotStatus.IMPORTING:
            # A task delivered twice must not import the same file again.
            log.warning("snapshot %s is %s, not importing: task skipped", snapshot_id, snapshot.status)
            return str(snapshot.status)
        snapshot_run(snapshot=snapshot, path=Path(path))
    except ApplicationError:
        # A refused file (wrong columns, nothing acceptable, a name taken meanwhile) is an outcome,
        # not a crash: snapshot_run has already marked the snapshot failed with the reason the
        # status page shows. Anything else propagates and the worker records it as a failure.
        return str(SnapshotStatus.FAILED)
    finally:
        discard_path(Path(path))
    return str(SnapshotStatus.PUBLISHED)
