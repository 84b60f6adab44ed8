"""The session editor's fields that follow one another: the program lists its pairs, people and skills; a
pair fills host and guest the right way round for the kind, and the people chosen select their pair; a
customer lists its projects, and a customer or project typed that does not exist yet is created on the spot;
each participant's local start follows the date, time and zone.

Host and guests are found by typing (views/person_search.PersonSearchField, a prefix search in a worker):
a company has thousands of people, and combos of all of them took two thirds of a second to fill. Only the
people chosen are read, with their time zones (_people).

SessionFields is the editor's half that keeps these in step; session_editor.SessionEditor, its subclass,
fills the form from a session and saves it. It needs the editor's ui, host_field, guest_field, _services,
_scheduling, detail, _people and _pairs.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QListWidgetItem

from shadowdesk.domain import SessionKind
from shadowdesk.gui import prompts
from shadowdesk.gui.forms.ui_session_dialog import Ui_SessionDialog
from shadowdesk.gui.typed_qt import qdatetime
from shadowdesk.gui.views.person_search import PersonSearchField
from shadowdesk.gui.views.schedule_common import isolate
from shadowdesk.services.customers import CustomerDraft, ProjectDraft
from shadowdesk.services.errors import UserError
from shadowdesk.services.pair_sessions import PairChoice, pair_matching
from shadowdesk.services.schedule_types import PersonRef, SessionDetail
from shadowdesk.services.scheduling import SchedulingService, known_zone

ZONES = sorted(available_timezones())


def searchable(combo: QComboBox) -> None:
    """Typing any part of an entry finds it among hundreds (zones, customers, projects)."""
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)


class SessionFields(QDialog):
    ui: Ui_SessionDialog
    _services: Any  # the application's services (app.Services)
    _scheduling: SchedulingService
    host_field: PersonSearchField
    guest_field: PersonSearchField
    detail: SessionDetail | None
    _people: dict[int, PersonRef]  # the people chosen so far, by id
    _pairs: list[PairChoice]
    _viewer_zone: str

    # --- people ----------------------------------------------------------------------------------

    def _know(self, person_ids: Iterable[int]) -> None:
        """Read the name, email and time zone of those of these people not known yet (a few rows)."""
        unknown = set(person_ids) - self._people.keys()
        if unknown:
            self._people.update((p.id, p) for p in self._services.people.contacts(unknown))

    def _person(self, person_id: int) -> PersonRef:
        self._know((person_id,))
        return self._people[person_id]

    def _show_person(self, field: PersonSearchField, person_id: int | None) -> None:
        person = self._person(person_id) if person_id is not None else None
        field.set_person(person_id, person.name if person else "", person.email if person else "")

    def _add_guest(self, person_id: int | None) -> None:
        if person_id is None or person_id in self._listed_guest_ids():
            return
        person = self._person(person_id)
        item = QListWidgetItem(f"{isolate(person.name)} ({person.email})")
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        self.ui.guestsList.addItem(item)
        self._people_changed()

    def _remove_guest(self) -> None:
        for item in self.ui.guestsList.selectedItems():
            self.ui.guestsList.takeItem(self.ui.guestsList.row(item))
        self._people_changed()

    def _listed_guest_ids(self) -> tuple[int, ...]:
        return tuple(self.ui.guestsList.item(n).data(Qt.ItemDataRole.UserRole)
                     for n in range(self.ui.guestsList.count()))

    def guest_ids(self) -> tuple[int, ...]:
        listed = self._listed_guest_ids()
        # A guest picked but not yet added with the button counts: that is what the user sees chosen.
        picked = self.guest_field.person_id()
        return listed or ((picked,) if picked is not None else ())

    def _host_chosen(self) -> None:
        host_id = self.host_field.person_id()
        host = self._person(host_id) if host_id is not None else None
        if host is not None and self.detail is None:
            # A new session is planned in its host's zone; in the viewer's when nobody knows the host's.
            self.ui.zoneCombo.setCurrentText(host.time_zone if known_zone(host.time_zone) else self._viewer_zone)
        self._people_changed()

    def _update_local_times(self) -> None:
        """Each participant's local start, so a far-away guest's evening shows before saving."""
        start = self._starts_at()
        ids = [self.host_field.person_id(), *self.guest_ids()]
        people = [self._person(i) for i in ids if i is not None]
        if start is None or not people:
            self.ui.localTimesLabel.setText("")
            return
        lines = []
        for person in people:
            zone = known_zone(person.time_zone)  # None: imported from a roster without one
            lines.append(self.tr("{name}: time zone unknown").format(name=isolate(person.name)) if zone is None
                         else "{name}: {when} ({zone})".format(  # the weekday in the window's language
                             name=isolate(person.name), zone=person.time_zone,
                             when=QLocale().toString(qdatetime(start.astimezone(zone).replace(tzinfo=None)),
                                                     "ddd HH:mm")))
        self.ui.localTimesLabel.setText("\n".join(lines))

    def _starts_at(self) -> datetime | None:
        zone = self.ui.zoneCombo.currentText()
        if zone not in ZONES:
            return None
        return datetime.combine(self.ui.dateEdit.date().toPython(),
                                time(self.ui.startEdit.time().hour(), self.ui.startEdit.time().minute()),
                                tzinfo=ZoneInfo(zone))

    # --- the pair --------------------------------------------------------------------------------

    def _program_chosen(self) -> None:
        """The program's confirmed pairs and the skills it teaches."""
        program_id = self.ui.programCombo.currentData()
        self._pairs = self._services.pair_scheduling.pairs(program_id) if program_id is not None else []
        combo = self.ui.pairCombo
        combo.clear()
        combo.addItem(self.tr("No pair (outside the rotation)"), None)
        for pair in self._pairs:
            text = pair.label if pair.round is None else self.tr("{pair} (round {round})").format(
                pair=pair.label, round=pair.round)
            combo.addItem(text, pair.id)
        self.ui.formLayout.setRowVisible(combo, program_id is not None)
        self._fill_skills(program_id)
        self._people_changed()

    def _chosen_pair(self) -> PairChoice | None:
        return next((p for p in self._pairs if p.id == self.ui.pairCombo.currentData()), None)

    def _pair_chosen(self) -> None:
        """Host and guest of the pair, the right way round for the kind."""
        pair = self._chosen_pair()
        if pair is None:
            self._people_changed()
            return
        host_id, guest_id = pair.roles(self._kind())
        self._know((host_id, guest_id))  # one read for both
        self._show_person(self.host_field, host_id)
        self._show_person(self.guest_field, guest_id)
        self.ui.guestsList.clear()
        self._add_guest(guest_id)
        self._host_chosen()

    def _kind(self) -> SessionKind:
        return SessionKind(self.ui.kindCombo.currentData())  # Qt hands an enum of str back as a plain str

    def _kind_chosen(self) -> None:
        if self._chosen_pair() is not None:
            self._pair_chosen()  # a project shadow and a customer visit have the pair the other way round

    def _people_changed(self) -> None:
        """Selects the pair of the host and guest chosen; people of no pair clear it, with a note saying so."""
        host_id = self.host_field.person_id()
        matching = pair_matching(self._pairs, host_id, self.guest_ids()) if host_id is not None else None
        self.ui.pairCombo.setCurrentIndex(max(self.ui.pairCombo.findData(matching.id if matching else None), 0))
        note = ""
        if matching is None and self._pairs and host_id is not None and self.guest_ids():
            note = self.tr("These people are not a pair of this program: the session belongs to no pair.")
        self.ui.pairNoteLabel.setText(note)
        self.ui.formLayout.setRowVisible(self.ui.pairNoteLabel, bool(note))
        self._update_local_times()

    # --- customer, project, skills ---------------------------------------------------------------

    def _fill_customers(self, chosen: int | None = None) -> None:
        combo = self.ui.customerCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)  # shown as the placeholder "None", so a name typed in starts afresh
        for customer in self._scheduling.customers():
            combo.addItem(customer.name, customer.id)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)
        self._fill_projects()

    def _fill_projects(self, chosen: int | None = None) -> None:
        """The chosen customer's projects; with no customer, every project, named with its customer."""
        combo, customer_id = self.ui.projectCombo, self.ui.customerCombo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)  # shown as the placeholder "None", so a name typed in starts afresh
        if customer_id is None:
            for project in self._scheduling.projects():
                combo.addItem(project.name, project.id)
        else:
            for project in self._services.customers.list_projects(customer_id):
                combo.addItem(project.name, project.id)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def _typed_new(self, combo: QComboBox) -> str:
        """The name typed in combo when no item has it, else ""."""
        text = " ".join(combo.currentText().split())
        if not text or combo.findText(text, Qt.MatchFlag.MatchFixedString) >= 0:
            return ""
        return text

    def _update_create_buttons(self) -> None:
        ui = self.ui
        customer = self._typed_new(ui.customerCombo)
        ui.createCustomerButton.setVisible(bool(customer))
        ui.createCustomerButton.setText(self.tr("Create customer “{name}”").format(name=customer))
        project = self._typed_new(ui.projectCombo)
        ui.createProjectButton.setVisible(bool(project))
        ui.createProjectButton.setText(self.tr("Create project “{name}”").format(name=project))
        has_customer = ui.customerCombo.currentData() is not None and not customer
        ui.createProjectButton.setEnabled(has_customer)
        ui.createProjectButton.setToolTip("" if has_customer else self.tr("Choose the project's customer first."))

    def create_customer(self) -> None:
        name = self._typed_new(self.ui.customerCombo)
        try:
            customer_id = self._services.customers.add_customer(CustomerDraft(name))
        except UserError as exc:
            prompts.show_error(self, self.tr("Cannot create the customer"), str(exc))
            return
        self._fill_customers(customer_id)
        self._update_create_buttons()

    def create_project(self) -> None:
        name, customer_id = self._typed_new(self.ui.projectCombo), self.ui.customerCombo.currentData()
        try:
            project_id = self._services.customers.add_project(ProjectDraft(name), customer_id)
        except UserError as exc:
            prompts.show_error(self, self.tr("Cannot create the project"), str(exc))
            return
        self._fill_projects(project_id)
        self._update_create_buttons()

    def _fill_skills(self, program_id: int | None) -> None:
        ticked = self.ticked_skills()
        self.ui.skillsList.clear()
        for skill in self._services.skills.catalogue(program_id) if program_id is not None else []:
            item = QListWidgetItem(skill.name)
            item.setData(Qt.ItemDataRole.UserRole, skill.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.skillsList.addItem(item)
        self._tick_skills(set(ticked))
        self.ui.formLayout.setRowVisible(self.ui.skillsList, self.ui.skillsList.count() > 0)

    def _tick_skills(self, skill_ids: set[int]) -> None:
        for n in range(self.ui.skillsList.count()):
            item = self.ui.skillsList.item(n)
            checked = item.data(Qt.ItemDataRole.UserRole) in skill_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def ticked_skills(self) -> list[int]:
        items = (self.ui.skillsList.item(n) for n in range(self.ui.skillsList.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]
