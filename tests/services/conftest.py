import pytest

from shadowdesk import translation


@pytest.fixture
def german():
    """Texts in German for one test, English again after it."""
    translation.use("de")
    yield
    translation.use("en")
