"""The session editor: plan, change or log a session or a series; warnings are shown before anything is saved.

A session belongs to a pair when it is planned for one: the Pair field lists the program's confirmed pairs, choosing
one fills host and guest the right way round for the kind, and choosing a pair's two people selects it. The host
and guest lists offer the program's enrolled people first. A customer or project typed that does not exist yet is
created on the spot.

When someone else saved the session (or, for a series edit, any of its occurrences) since the editor
opened, the user chooses: reload their version, overwrite it with what the form holds, or go back to the
form. When someone booked one of the participants between the check and the save, the new warnings are
shown like the check's, to accept or go back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Self
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from shadowdesk.domain import SessionKind, SessionStatus
from shadowdesk.errors import PlainWordsError
from shadowdesk.fileio import atomic_write
from shadowdesk.gui import prompts
from shadowdesk.gui.forms.ui_session_dialog import Ui_SessionDialog
from shadowdesk.gui.views.schedule_common import isolate, kind_label, status_label
from shadowdesk.services.customers import CustomerDraft, ProjectDraft
from shadowdesk.services.errors import StaleRecord, UserError
from shadowdesk.services.pair_sessions import PairChoice, pair_matching
from shadowdesk.services.schedule_types import (
    EditScope,
    Frequency,
    NewWarnings,
    PersonRef,
    Repeat,
    ScheduleWarning,
    SessionDetail,
    SessionDraft,
)

ZONES = sorted(available_timezones())


def open_mail_client(url: str) -> bool:
    """Hands a mailto: link to the desktop; tests replace this."""
    return QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.TolerantMode))


def ask_about_their_change(parent: QWidget, text: str) -> str:
    """Someone else saved the session first: "reload", "overwrite" or "cancel", asked the same way by the
    editor and by a block dragged in the week."""
    return prompts.ask_reload_or_overwrite(
        parent, QCoreApplication.translate("SessionEditor", "Changed by someone else"), text)


def _searchable(combo: QComboBox) -> None:
    """Typing any part of a name finds the person among thousands."""
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)


class SessionEditor(QDialog):
    saved = Signal(list)  # ids of the sessions written

    def __init__(self, services, viewer_zone: str, clock: Callable[[], datetime], session_id: int | None = None,
                 day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SessionDialog()
        self.ui.setupUi(self)
        self._services = services
        self._scheduling = services.scheduling
        self._clock = clock
        self._viewer_zone = viewer_zone
        self._pending: list[ScheduleWarning] = []
        self._people: dict[int, PersonRef] = {}
        self._pairs: list[PairChoice] = []
        self._fill_choices()
        self.detail: SessionDetail | None = self._scheduling.get(session_id) if session_id is not None else None
        self._program_chosen()
        # The versions saves go against: the ones opened, or the current ones once the user chose to overwrite.
        self._version = self.detail.version_id if self.detail else None
        self._series_versions = self.detail.series_versions if self.detail else ()
        if self.detail is None:
            self._new_session(day or clock().astimezone(ZoneInfo(viewer_zone)).date() + timedelta(days=1))
        else:
            self._show_detail(self.detail)
        self._connect()
        self.ui.warningsBox.hide()
        self._update_repeat_widgets()
        self._update_local_times()
        self._update_create_buttons()

    @classmethod
    def for_pair(cls, services, pair_id: int, kind: SessionKind, viewer_zone: str, clock: Callable[[], datetime],
                 parent: QWidget | None = None) -> Self:
        """A new session of a pair ("Schedule…" on a pair's row): its program, the pair, and host and guest
        the right way round for the kind, planned in the host's zone."""
        pair = services.pair_scheduling.pair(pair_id)
        editor = cls(services, viewer_zone, clock, parent=parent)
        ui = editor.ui
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(kind))
        ui.programCombo.setCurrentIndex(ui.programCombo.findData(pair.program_id))
        editor._program_chosen()
        ui.pairCombo.setCurrentIndex(ui.pairCombo.findData(pair.id))
        editor._pair_chosen()
        return editor

    # --- filling ---------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        for kind in SessionKind:
            ui.kindCombo.addItem(kind_label(kind), kind)
        ui.programCombo.addItem(self.tr("No program"), None)
        for program in self._scheduling.programs():
            ui.programCombo.addItem(program.name, program.id)
        self._people = {person.id: person for person in self._scheduling.people()}
        for combo in (ui.hostCombo, ui.guestCombo, ui.customerCombo, ui.projectCombo):
            _searchable(combo)
        for combo in (ui.customerCombo, ui.projectCombo):
            combo.lineEdit().setPlaceholderText(self.tr("None"))
        ui.zoneCombo.addItems(ZONES)
        _searchable(ui.zoneCombo)
        self._fill_customers()
        ui.repeatCombo.addItem(self.tr("Does not repeat"), None)
        ui.repeatCombo.addItem(self.tr("Every week"), Frequency.WEEKLY)
        ui.repeatCombo.addItem(self.tr("Every two weeks"), Frequency.BIWEEKLY)
        ui.repeatEndCombo.addItem(self.tr("until"), "until")
        ui.repeatEndCombo.addItem(self.tr("for"), "count")
        ui.scopeCombo.addItem(self.tr("This session only"), EditScope.ONE)
        ui.scopeCombo.addItem(self.tr("Every planned session of the series"), EditScope.SERIES)

    def _fill_people(self, enrolled: set[int]) -> None:
        """The program's enrolled people first, then everyone else who is active; the choices made stay."""
        ordered = sorted(self._people.values(), key=lambda p: p.id not in enrolled)  # sorted() keeps name order
        for combo in (self.ui.hostCombo, self.ui.guestCombo):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for n, person in enumerate(ordered):
                if n and person.id not in enrolled and ordered[n - 1].id in enrolled:
                    combo.insertSeparator(combo.count())
                combo.addItem(f"{isolate(person.name)} ({person.email})", person.id)
            combo.setCurrentIndex(combo.findData(chosen) if chosen is not None else -1)
            combo.blockSignals(False)

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

    def _new_session(self, day: date) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("New session"))
        ui.dateEdit.setDate(QDate(day))
        ui.startEdit.setTime(QTime(9, 0))
        ui.repeatUntilEdit.setDate(QDate(day + timedelta(weeks=8)))
        ui.zoneCombo.setCurrentText(self._viewer_zone)
        ui.formLayout.setRowVisible(ui.scopeCombo, False)
        ui.statusBox.hide()
        ui.exportButton.hide()
        ui.emailButton.hide()

    def _show_detail(self, detail: SessionDetail) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Session {number}").format(number=detail.id))
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(detail.kind))
        ui.programCombo.setCurrentIndex(max(ui.programCombo.findData(detail.program_id), 0))
        self._program_chosen()
        ui.pairCombo.setCurrentIndex(max(ui.pairCombo.findData(detail.pairing_id), 0))
        ui.hostCombo.setCurrentIndex(ui.hostCombo.findData(detail.host_id))
        ui.guestsList.clear()
        for guest_id in detail.guest_ids:
            self._add_guest(guest_id)
        self._tick_skills({skill.id for skill in self._services.skills.session_skills(detail.id)})
        start = detail.starts_at.astimezone(ZoneInfo(detail.time_zone))
        ui.dateEdit.setDate(QDate(start.date()))
        ui.startEdit.setTime(QTime(start.hour, start.minute))
        ui.durationSpin.setValue(int(detail.duration.total_seconds() // 60))
        ui.zoneCombo.setCurrentText(detail.time_zone)
        ui.locationEdit.setText(detail.location)
        self._fill_customers(detail.customer_id)
        self._fill_projects(detail.project_id)
        ui.agendaEdit.setPlainText(detail.agenda)
        ui.reasonEdit.clear()
        ui.formLayout.setRowVisible(ui.repeatLayout, False)
        ui.formLayout.setRowVisible(ui.loggedCheck, False)
        ui.formLayout.setRowVisible(ui.scopeCombo, detail.series_uid is not None)
        planned = detail.status is SessionStatus.PLANNED
        text = status_label(detail.status)
        if detail.status_reason:
            text += f": {detail.status_reason}"
        ui.statusLabel.setText(text)
        for widget in (ui.reasonEdit, ui.completeButton, ui.cancelSessionButton, ui.noShowButton):
            widget.setVisible(planned)
        if detail.accepted_warnings:
            ui.statusLabel.setToolTip(self.tr("Accepted warnings:\n{text}").format(text=detail.accepted_warnings))

    def _connect(self) -> None:
        ui = self.ui
        ui.addGuestButton.clicked.connect(lambda: self._add_guest(ui.guestCombo.currentData()))
        ui.removeGuestButton.clicked.connect(self._remove_guest)
        ui.hostCombo.activated.connect(self._host_chosen)
        ui.guestCombo.activated.connect(self._people_changed)
        ui.programCombo.activated.connect(self._program_chosen)
        ui.pairCombo.activated.connect(self._pair_chosen)
        ui.kindCombo.activated.connect(self._kind_chosen)
        ui.customerCombo.activated.connect(lambda: self._fill_projects())
        for combo in (ui.customerCombo, ui.projectCombo):
            combo.editTextChanged.connect(self._update_create_buttons)
        ui.customerCombo.currentIndexChanged.connect(self._update_create_buttons)
        ui.createCustomerButton.clicked.connect(self.create_customer)
        ui.createProjectButton.clicked.connect(self.create_project)
        for signal in (ui.dateEdit.dateChanged, ui.startEdit.timeChanged, ui.zoneCombo.currentTextChanged):
            signal.connect(self._update_local_times)
        ui.repeatCombo.currentIndexChanged.connect(self._update_repeat_widgets)
        ui.repeatEndCombo.currentIndexChanged.connect(self._update_repeat_widgets)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.backButton.clicked.connect(self._back)
        ui.acceptButton.clicked.connect(lambda: self._write(self._pending))
        ui.completeButton.clicked.connect(lambda: self._set_status(SessionStatus.COMPLETED))
        ui.cancelSessionButton.clicked.connect(lambda: self._set_status(SessionStatus.CANCELLED))
        ui.noShowButton.clicked.connect(lambda: self._set_status(SessionStatus.NO_SHOW))
        ui.exportButton.clicked.connect(self._export)
        ui.emailButton.clicked.connect(self._email)

    def _host_chosen(self) -> None:
        host = self._people.get(self.ui.hostCombo.currentData())
        if host is not None and self.detail is None:
            self.ui.zoneCombo.setCurrentText(host.time_zone)  # a new session is planned in its host's zone
        self._people_changed()

    # --- the pair --------------------------------------------------------------------------------

    def _program_chosen(self) -> None:
        """The program's confirmed pairs, people enrolled first, and the skills it teaches."""
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
        enrolled = {p.person_id for p in self._services.programs.enrolled(program_id)} if program_id else set()
        self._fill_people(enrolled)
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
        self.ui.hostCombo.setCurrentIndex(self.ui.hostCombo.findData(host_id))
        self.ui.guestCombo.setCurrentIndex(self.ui.guestCombo.findData(guest_id))
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
        host_id = self.ui.hostCombo.currentData()
        matching = pair_matching(self._pairs, host_id, self.guest_ids()) if host_id is not None else None
        self.ui.pairCombo.setCurrentIndex(max(self.ui.pairCombo.findData(matching.id if matching else None), 0))
        note = ""
        if matching is None and self._pairs and host_id is not None and self.guest_ids():
            note = self.tr("These people are not a pair of this program: the session belongs to no pair.")
        self.ui.pairNoteLabel.setText(note)
        self.ui.formLayout.setRowVisible(self.ui.pairNoteLabel, bool(note))
        self._update_local_times()

    # --- customer, project, skills ---------------------------------------------------------------

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

    def _add_guest(self, person_id: int | None) -> None:
        if person_id is None or person_id in self._listed_guest_ids():
            return
        person = self._people[person_id]
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
        picked = self.ui.guestCombo.currentData()
        return listed or ((picked,) if picked is not None else ())

    def _update_repeat_widgets(self) -> None:
        ui = self.ui
        repeats = ui.repeatCombo.currentData() is not None
        ui.repeatEndCombo.setVisible(repeats)
        ui.repeatUntilEdit.setVisible(repeats and ui.repeatEndCombo.currentData() == "until")
        ui.repeatCountSpin.setVisible(repeats and ui.repeatEndCombo.currentData() == "count")

    def _starts_at(self) -> datetime | None:
        zone = self.ui.zoneCombo.currentText()
        if zone not in ZONES:
            return None
        return datetime.combine(self.ui.dateEdit.date().toPython(),
                                time(self.ui.startEdit.time().hour(), self.ui.startEdit.time().minute()),
                                tzinfo=ZoneInfo(zone))

    def _update_local_times(self) -> None:
        """Each participant's local start, so a far-away guest's evening shows before saving."""
        start = self._starts_at()
        ids = [self.ui.hostCombo.currentData(), *self.guest_ids()]
        people = [self._people[i] for i in ids if i is not None]
        if start is None or not people:
            self.ui.localTimesLabel.setText("")
            return
        self.ui.localTimesLabel.setText("\n".join(
            f"{isolate(p.name)}: {start.astimezone(ZoneInfo(p.time_zone)):%a %H:%M} ({p.time_zone})" for p in people))

    # --- saving ----------------------------------------------------------------------------------

    def draft(self) -> SessionDraft:
        ui = self.ui
        start = self._starts_at()
        if start is None:
            raise UserError(self.tr("Choose a time zone from the list, e.g. Europe/Berlin."))
        if ui.hostCombo.currentData() is None:
            raise UserError(self.tr("Choose the host."))
        repeat = None
        if self.detail is None and ui.repeatCombo.currentData() is not None:
            if ui.repeatEndCombo.currentData() == "until":
                repeat = Repeat(Frequency(ui.repeatCombo.currentData()), until=ui.repeatUntilEdit.date().toPython())
            else:
                repeat = Repeat(Frequency(ui.repeatCombo.currentData()), count=ui.repeatCountSpin.value())
        return SessionDraft(
            kind=self._kind(), host_id=ui.hostCombo.currentData(), guest_ids=self.guest_ids(),
            starts_at=start.astimezone(UTC), duration=timedelta(minutes=ui.durationSpin.value()),
            time_zone=ui.zoneCombo.currentText(), location=ui.locationEdit.text().strip(),
            program_id=ui.programCombo.currentData(),
            pairing_id=ui.pairCombo.currentData(),
            customer_id=ui.customerCombo.currentData(), project_id=ui.projectCombo.currentData(),
            agenda=ui.agendaEdit.toPlainText().strip(), repeat=repeat,
        )

    def _scope(self) -> EditScope:
        return self.ui.scopeCombo.currentData() if self.detail and self.detail.series_uid else EditScope.ONE

    def save(self) -> None:
        """Check first; with warnings the user decides (Accept and save, or Back) before anything is written."""
        try:
            draft = self.draft()
            warnings = self._scheduling.check(draft, self.detail.id if self.detail else None, self._scope())
        except UserError as exc:
            prompts.show_error(self, self.tr("Cannot save the session"), str(exc))
            return
        if not warnings:
            self._write([])
            return
        self._show_warnings(warnings)

    def _show_warnings(self, warnings: list[ScheduleWarning]) -> None:
        self._pending = warnings
        self.ui.warningsList.clear()
        for warning in warnings:
            self.ui.warningsList.addItem(warning.message)
        self.ui.warningsBox.show()
        self._set_form_enabled(False)

    def _back(self) -> None:
        self._pending = []
        self.ui.warningsBox.hide()
        self._set_form_enabled(True)

    def _set_form_enabled(self, enabled: bool) -> None:
        for widget in (self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), self.ui.statusBox):
            widget.setEnabled(enabled)
        for n in range(self.ui.formLayout.count()):
            widget = self.ui.formLayout.itemAt(n).widget()
            if widget is not None:
                widget.setEnabled(enabled)

    def _write(self, accepted: list[ScheduleWarning]) -> None:
        try:
            draft = self.draft()
            if self.detail is None:
                status = SessionStatus.COMPLETED if self.ui.loggedCheck.isChecked() else SessionStatus.PLANNED
                ids = self._scheduling.create(draft, accepted, status=status)
            else:
                ids = self._scheduling.update(self.detail.id, self._version, draft, self._scope(), accepted,
                                              self._series_versions)
        except StaleRecord as exc:
            if self._settle_conflict(exc):
                self._write(accepted)
            return
        except NewWarnings as exc:
            self._show_warnings([*accepted, *exc.warnings])
            return
        except UserError as exc:
            prompts.show_error(self, self.tr("Cannot save the session"), str(exc))
            self._back()
            return
        self._save_skills(ids)
        self.saved.emit(ids)
        self.accept()

    def _save_skills(self, ids: list[int]) -> None:
        """Every session written teaches the skills ticked. The sessions are saved already, so a refusal here
        is said and the editor still closes: saving again would plan them twice."""
        if self.ui.skillsList.count() == 0:
            return
        try:
            viewer = self._services.identity.whoami()
            for session_id in ids:
                self._services.skills.set_session_skills(session_id, self.ticked_skills(), viewer)
        except UserError as exc:
            prompts.show_error(self, self.tr("The session is saved, its skills are not"), str(exc))

    def _set_status(self, status: SessionStatus) -> None:
        try:
            ids = self._scheduling.set_status(self.detail.id, self._version, status,
                                              self.ui.reasonEdit.text(), self._scope(), self._series_versions)
        except StaleRecord as exc:
            if self._settle_conflict(exc):
                self._set_status(status)
            return
        except UserError as exc:
            prompts.show_error(self, self.tr("Cannot change the status"), str(exc))
            return
        self.saved.emit(ids)
        self.accept()

    def _settle_conflict(self, conflict: StaleRecord) -> bool:
        """Asks the user; True when they chose to overwrite, so the caller saves again."""
        choice = ask_about_their_change(self, str(conflict))
        if choice == "overwrite":
            self._version = conflict.current_version
            self._series_versions = conflict.series_versions
            return True
        self._back()
        if choice == "reload":
            try:
                self.detail = self._scheduling.get(self.detail.id)
            except UserError as exc:
                prompts.show_error(self, self.tr("Cannot reload the session"), str(exc))
                return False
            self._version = self.detail.version_id
            self._series_versions = self.detail.series_versions
            self._show_detail(self.detail)
            self._update_local_times()
        return False

    # --- invites ---------------------------------------------------------------------------------

    def _export(self) -> None:
        start = str(self._services.paths.exports / f"session-{self.detail.id}.ics")
        path = prompts.choose_save_file(self, self.tr("Export calendar file"),
                                        self.tr("Calendar files (*.ics)"), start)
        if path:
            try:
                atomic_write(Path(path), self._scheduling.export_ics(session_ids=[self.detail.id]))
            except PlainWordsError as exc:
                prompts.show_error(self, self.tr("Calendar file not saved"), str(exc))

    def _email(self) -> None:
        """Saves the .ics where the user chooses, then opens their mail client with the invite text."""
        invite = self._scheduling.invite(self.detail.id)
        path = prompts.choose_save_file(self, self.tr("Save the invitation to attach it"),
                                        self.tr("Calendar files (*.ics)"),
                                        str(self._services.paths.exports / invite.file_name))
        if not path:
            return
        try:
            atomic_write(Path(path), invite.ics)
        except PlainWordsError as exc:
            prompts.show_error(self, self.tr("Invitation not saved"), str(exc))
            return
        if not open_mail_client(invite.mailto):
            prompts.show_error(self, self.tr("No mail program"), self.tr(
                "No mail program opened. The invitation was saved to {path}.").format(path=path))
