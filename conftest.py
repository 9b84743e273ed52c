"""Shared fixtures. Regions are loaded once per test session (East Java, Banten and East
Kalimantan: every region the tests and the demo use), then each test runs in its own transaction."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("DEBUG", "1")

TEST_PROVINCES = ("35", "36", "64")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from apps.wilayah.services import wilayah_load

    with django_db_blocker.unblock():
        for province in TEST_PROVINCES:
            wilayah_load(province=province)


@pytest.fixture(autouse=True)
def _regions_present(request):
    """Reload the test regions when a transactional test (live_server, browser) emptied them.

    pytest-django flushes every table after a transactional test, including the regions loaded
    once per session above; later tests would then find no desa. One EXISTS query per test.
    """
    uses_db = request.node.get_closest_marker("django_db") or {"db", "transactional_db", "live_server"} & set(
        request.fixturenames
    )
    if not uses_db:
        return
    transactional = "live_server" in request.fixturenames or "transactional_db" in request.fixturenames
    marker = request.node.get_closest_marker("django_db")
    if marker and marker.kwargs.get("transaction"):
        transactional = True
    request.getfixturevalue("transactional_db" if transactional else "db")
    from apps.wilayah.models import Wilayah
    from apps.wilayah.services import wilayah_load

    if not Wilayah.objects.filter(code__in=TEST_PROVINCES).exists():
        for province in TEST_PROVINCES:
            wilayah_load(province=province)


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # PBKDF2 is deliberately slow; tests create many users.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def make_user(db):
    from tests.factories import make_user

    return make_user


@pytest.fixture
def kube(db):
    from tests.factories import program_kube

    return program_kube()


@pytest.fixture
def admin_jatim(db):
    from tests.factories import make_user

    return make_user("admin_provinsi", ["35"], username="admin-jatim")


@pytest.fixture
def admin_client(client, admin_jatim):
    client.force_login(admin_jatim)
    return client


@pytest.fixture
def immediate_tasks(settings):
    """Background tasks run inside enqueue(), so the request that starts one returns with it done
    (the live server of the browser tests runs in this process too)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    return settings
