import pytest


@pytest.fixture(autouse=True)
def registry_dir(settings, tmp_path):
    """Each test gets its own snapshot store."""
    settings.REGISTRY_DIR = tmp_path / "registry"
    return settings.REGISTRY_DIR
