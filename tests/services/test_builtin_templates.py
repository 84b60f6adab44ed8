"""The built-in reflection templates speak the reader's language while they read as shipped."""

from __future__ import annotations

import importlib

from shadowdesk.services.builtin_templates import SHIPPED
from shadowdesk.services.reflections import ReflectionService


def test_the_marked_texts_are_the_ones_the_migration_writes():
    migration = importlib.import_module("shadowdesk.storage.migrations.versions.0002_search")
    written = {text for name, _kind, _role, prompts in migration.BUILTIN_TEMPLATES for text in (name, *prompts)}
    assert written == SHIPPED


def test_a_german_reader_sees_the_built_in_templates_in_german(db, german):
    templates = {t.name: t for t in ReflectionService(db).templates() if t.builtin}
    review = templates["Nachbesprechung (After Action Review)"]
    assert review.prompts[0] == "Was sollte geschehen?"
