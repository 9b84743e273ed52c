"""Background matching, run by the Django Tasks worker (`manage.py db_worker`, started by `make run`)."""

from __future__ import annotations

import logging

from django_tasks import task

from apps.core.errors import ApplicationError
from apps.linkage.models import JobStatus, MatchJob
from apps.linkage.services import job_run

log = logging.getLogger(__name__)


@task()
def match_job_task(*, job_id: int) -> str:
    job = MatchJob.objects.select_related("snapshot", "group", "program", "created_by").get(pk=job_id)
    if job.status != JobStatus.QUEUED:
        # A task delivered twice must not match (and overwrite reviewed rows) again.
        log.warning("match job %s is %s: task skipped", job_id, job.status)
        return str(job.status)
    try:
        job_run(job)
    except ApplicationError:
        # Refused input is an outcome the job page shows (job_run recorded it), not a crash.
        return str(JobStatus.FAILED)
    return str(JobStatus.DONE)
