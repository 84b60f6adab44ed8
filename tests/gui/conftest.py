"""Fixtures shared by the GUI tests: an empty database, the demo company, the error boxes shown."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from shadowdesk.app import AppContext
from shadowdesk.gui import prompts
from shadowdesk.services.demo import load_demo

DEMO_NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
def context(app_paths):
    """An app context on an empty database (a test file may override it with one holding some people)."""
    context = AppContext(app_paths)
    yield context
    context.close()


@pytest.fixture
def demo_services(app_paths):
    """The services on a freshly loaded demo company, as of DEMO_NOW."""
    context = AppContext(app_paths)
    load_demo(context.services.database, now=DEMO_NOW)
    yield context.services
    context.close()


@pytest.fixture
def shown_errors(monkeypatch) -> list[str]:
    """The texts of the error boxes the code under test would have shown."""
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, _title, text: shown.append(text))
    return shown
