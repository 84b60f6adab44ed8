"""The texts of the built-in reflection templates, marked for the catalogue.

Migration 0002 writes the five built-in templates into the database in English (a migration is history and
imports nothing of the app), and coordinators may edit them. Shown, a built-in template's name and prompts
are rendered in the reader's language while they still read as shipped; a note started on one keeps its
prompts in the language its author wrote in. tests/services/test_builtin_templates.py holds this list equal
to the migration's."""

from __future__ import annotations

from shadowdesk.translation import N_, _

SHIPPED = frozenset({
    N_("Salesperson after a project shadow"),
    N_("What surprised you about delivering the project?"),
    N_("What would you now promise a customer differently?"),
    N_("What did the project manager need from sales that they did not get?"),
    N_("Project manager after hosting a project shadow"),
    N_("What did your guest from sales ask that you did not expect?"),
    N_("Which part of delivery was hardest to explain, and why?"),
    N_("What would you like sales to tell customers about how projects run?"),
    N_("Project manager after a customer visit"),
    N_("What does the customer really need?"),
    N_("What was promised, and can we keep it?"),
    N_("What did you learn about winning the business?"),
    N_("Salesperson after hosting a customer visit"),
    N_("What did the project manager notice about the customer that you had not?"),
    N_("Which customer question could the project manager answer better than you?"),
    N_("What will you hand over differently after the next deal?"),
    N_("After Action Review"),
    N_("What was supposed to happen?"),
    N_("What actually happened?"),
    N_("Why was there a difference?"),
    N_("What will we keep doing, and what will we change?"),
})


def shown(text: str, builtin: bool) -> str:
    """A template's name or prompt as the reader sees it: a built-in one still as shipped, in their language."""
    return _(text) if builtin and text in SHIPPED else text
