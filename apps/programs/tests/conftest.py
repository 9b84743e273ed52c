import pytest

from tests.factories import make_group


@pytest.fixture
def planner(make_user):
    """A Bappeda planner of Kabupaten Probolinggo, where the default test group lives."""
    return make_user("perencana", ["35.13"])


@pytest.fixture
def group(kube):
    return make_group(kube)
