"""The main window's sections: what the sidebar lists, in order, and how each builds its view.

A section's view is built the first time the section opens, and its module imported then: start-up
(benchmarked) pays for the dashboard alone."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from shadowdesk.gui.permissions import EDIT_CUSTOMERS, EDIT_PEOPLE, EDIT_PROGRAMS, PLAN_SESSIONS, SignedIn
from shadowdesk.gui.views.dashboard import DashboardView

if TYPE_CHECKING:
    from shadowdesk.app import Services

@runtime_checkable
class SectionView(Protocol):
    """What the window asks of every section's view, a widget of gui/views (they share no base class)."""

    def refresh(self) -> object: ...


def _view_class(module: str, name: str) -> Callable[[], type[QWidget]]:
    """Import a view's module only when the user first opens it: start-up pays for the dashboard alone."""

    def load() -> type[QWidget]:
        return getattr(importlib.import_module(f"shadowdesk.gui.views.{module}"), name)

    return load


def build_sections(services: Services, clock: Callable[[], datetime],
                   signed_in: Callable[[], SignedIn]) -> list[Section]:
    """The sections in sidebar order, each with how to build its view. Each view has refresh() and is
    given the window's SignedIn (signed_in()), so every view reads and acts as the same person.

    Titles carry the Go menu's mnemonic; the sidebar shows them without it.
    """
    today = lambda: clock().astimezone().date()  # noqa: E731  (the local day, not the UTC one)
    translate = QCoreApplication.translate
    return [
        Section(translate("MainWindow", "&Dashboard"), "dashboard", lambda: DashboardView,
                lambda cls: cls(services, clock)),
        Section(translate("MainWindow", "&People"), "people", _view_class("people", "PeopleView"),
                lambda cls: cls(services, signed_in=signed_in()), new=lambda view: view.add_person(),
                new_needs=EDIT_PEOPLE),
        Section(translate("MainWindow", "P&rograms"), "programs", _view_class("programs", "ProgramsView"),
                lambda cls: cls(services, today, signed_in=signed_in()), new=lambda view: view.open_new(),
                new_needs=EDIT_PROGRAMS),
        Section(translate("MainWindow", "&Schedule"), "schedule", _view_class("schedule", "ScheduleView"),
                lambda cls: cls(services, clock, signed_in=signed_in()), new=lambda view: view.open_editor(None),
                new_needs=PLAN_SESSIONS),
        Section(translate("MainWindow", "R&eflections"), "reflections",
                _view_class("reflections", "ReflectionsView"), lambda cls: cls(services, clock, signed_in=signed_in())),
        Section(translate("MainWindow", "&Ideas"), "ideas", _view_class("ideas", "IdeasView"),
                lambda cls: cls(services, clock, signed_in=signed_in()), new=lambda view: view.start_new(),
                save=lambda view: view.save()),
        Section(translate("MainWindow", "Rep&orts"), "reports", _view_class("reports", "ReportsView"),
                lambda cls: cls(services, signed_in=signed_in()), save=lambda view: view.save_as(),
                print=lambda view: view.print_pdf()),
        # Last, so Ctrl+1..Ctrl+7 keep opening what they opened before; it shares the People icon for now.
        Section(translate("MainWindow", "&Customers"), "people", _view_class("customers", "CustomersView"),
                lambda cls: cls(services, signed_in=signed_in()), new=lambda view: view.add_customer(),
                new_needs=EDIT_CUSTOMERS),
        # The signed-in person's own home (gui/views/home.py): where a participant or a manager starts. A
        # coordinator starts on the dashboard, which is their home's company-wide half.
        Section(translate("MainWindow", "&Home"), "dashboard", _view_class("home", "HomeView"),
                lambda cls: cls(services, clock, signed_in=signed_in())),
    ]


@dataclass
class Section:
    title: str
    icon: str  # resources/icons/sidebar/<icon>.svg
    view_class: Callable[[], type[QWidget]]
    # The view's class is imported when the section first opens, so these name its own methods untyped.
    build: Callable[[Any], QWidget]
    # What File > New, Save and Print do in this section; None leaves the action disabled there.
    new: Callable[[Any], object] | None = None
    save: Callable[[Any], object] | None = None
    print: Callable[[Any], object] | None = None
    new_needs: str | None = None  # the action (gui/permissions) File > New is here; None: anyone's
    view: QWidget | None = None

    @property
    def plain_title(self) -> str:
        return self.title.replace("&", "")
