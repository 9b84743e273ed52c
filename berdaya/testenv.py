"""pytest plugin (loaded with -p from pyproject): the test settings need DEBUG's dev key, and
pytest-django imports the settings before any conftest.py runs."""

import os

os.environ.setdefault("DEBUG", "1")
