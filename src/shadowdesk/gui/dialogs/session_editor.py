"""The session editor: plan, change or log a session or a series; warnings are shown before anything is saved.

A session belongs to a pair when it is planned for one; how the Pair, people, customer, project and skills
fields follow one another is session_fields.SessionFields, the other half of this dialog.

When someone else saved the session (or, for a series edit, any of its occurrences) since the editor
opened, the user chooses: reload their version, overwrite it with what the form holds, or go back to the
form. When someone booked one of the participants between the check and the save, the new warnings are
shown like the check's, to accept or go back.

Someone who may not plan sessions (gui/permissions.py) gets a session as a briefing to read instead: who,
when in their zone, where, the agenda, customer and project, and what their note afterwards will ask; of
its actions only saying what happened is left, and only to the people in the session.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Self
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from shadowdesk.domain import SessionKind, SessionStatus
from shadowdesk.errors import PlainWordsError
from shadowdesk.fileio import atomic_write
from shadowdesk.gui import prompts
from shadowdesk.gui.dialogs.session_fields import ZONES, SessionFields, searchable
from shadowdesk.gui.forms.ui_session_dialog import Ui_SessionDialog
from shadowdesk.gui.permissions import PLAN_SESSIONS, SignedIn, signed_in_for
from shadowdesk.gui.typed_qt import qdate, qdatetime
from shadowdesk.gui.views.person_search import PersonSearchField
from shadowdesk.gui.views.schedule_common import kind_label, status_label
from shadowdesk.gui.workers import TaskRunner
from shadowdesk.services.errors import StaleRecord, UserError
from shadowdesk.services.pair_sessions import PairChoice
from shadowdesk.services.reflections import GUEST, HOST
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


def open_mail_client(url: str) -> bool:
    """Hands a mailto: link to the desktop; tests replace this."""
    return QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.TolerantMode))


def ask_about_their_change(parent: QWidget, text: str) -> str:
    """Someone else saved the session first: "reload", "overwrite" or "cancel", asked the same way by the
    editor and by a block dragged in the week."""
    return prompts.ask_reload_or_overwrite(
        parent, QCoreApplication.translate("SessionEditor", "Changed by someone else"), text)


class SessionEditor(SessionFields):
    saved = Signal(list)  # ids of the sessions written

    def __init__(self, services, viewer_zone: str, clock: Callable[[], datetime], session_id: int | None = None,
                 day: date | None = None, parent: QWidget | None = None, signed_in: SignedIn | None = None,
                 tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SessionDialog()
        self.ui.setupUi(self)
        self._services = services
        self._tasks = tasks or TaskRunner()  # host and guests are searched for in workers
        self.host_field, self.guest_field = self._person_fields()
        self._signed_in = signed_in_for(services, signed_in)  # sessions are planned by a coordinator
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
        self._signed_in.allow(self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), PLAN_SESSIONS)

    @classmethod
    def for_pair(cls, services, pair_id: int, kind: SessionKind | None, viewer_zone: str,
                 clock: Callable[[], datetime], parent: QWidget | None = None,
                 signed_in: SignedIn | None = None, tasks: TaskRunner | None = None) -> Self:
        """A new session of a pair ("Schedule…" on a pair's row): its program, the pair, and host and guest
        the right way round for the kind, planned in the host's zone. kind None: the kind the pair has had
        fewer of (the Kind field still changes it, and host and guest with it)."""
        pair = services.pair_scheduling.pair(pair_id)
        kind = kind or services.scheduling.kind_the_pair_had_fewer_of(pair_id)
        editor = cls(services, viewer_zone, clock, parent=parent, signed_in=signed_in, tasks=tasks)
        ui = editor.ui
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(kind))
        ui.programCombo.setCurrentIndex(ui.programCombo.findData(pair.program_id))
        editor._program_chosen()
        ui.pairCombo.setCurrentIndex(ui.pairCombo.findData(pair.id))
        editor._pair_chosen()
        return editor

    # --- filling ---------------------------------------------------------------------------------

    def _person_fields(self) -> tuple[PersonSearchField, PersonSearchField]:
        """Host and guest found by typing, in the places (and the tab order and mnemonics) of the form's
        combos, which would have to list everyone."""
        ui = self.ui
        fields = []
        for combo, label, layout in ((ui.hostCombo, ui.label2, ui.formLayout),
                                     (ui.guestCombo, ui.label3, ui.guestPickLayout)):
            field = PersonSearchField(self._services.people.find_people, self._tasks, self)
            field.setPlaceholderText(self.tr("Type a name or an email"))
            layout.replaceWidget(combo, field)
            label.setBuddy(field)
            QWidget.setTabOrder(combo, field)  # the field takes the combo's place in the tab chain
            combo.hide()
            combo.deleteLater()
            fields.append(field)
        return fields[0], fields[1]

    def _fill_choices(self) -> None:
        ui = self.ui
        for kind in SessionKind:
            ui.kindCombo.addItem(kind_label(kind), kind)
        ui.programCombo.addItem(self.tr("No program"), None)
        for program in self._scheduling.programs():
            ui.programCombo.addItem(program.name, program.id)
        for combo in (ui.customerCombo, ui.projectCombo):
            searchable(combo)
        for combo in (ui.customerCombo, ui.projectCombo):
            combo.lineEdit().setPlaceholderText(self.tr("None"))
        ui.zoneCombo.addItems(ZONES)
        searchable(ui.zoneCombo)
        self._fill_customers()
        ui.repeatCombo.addItem(self.tr("Does not repeat"), None)
        ui.repeatCombo.addItem(self.tr("Every week"), Frequency.WEEKLY)
        ui.repeatCombo.addItem(self.tr("Every two weeks"), Frequency.BIWEEKLY)
        ui.repeatEndCombo.addItem(self.tr("until"), "until")
        ui.repeatEndCombo.addItem(self.tr("for"), "count")
        ui.scopeCombo.addItem(self.tr("This session only"), EditScope.ONE)
        ui.scopeCombo.addItem(self.tr("Every planned session of the series"), EditScope.SERIES)

    def _new_session(self, day: date) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("New session"))
        ui.dateEdit.setDate(qdate(day))
        ui.startEdit.setTime(QTime(9, 0))
        ui.repeatUntilEdit.setDate(qdate(day + timedelta(weeks=8)))
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
        self._know((detail.host_id, *detail.guest_ids))  # one read for all of them
        self._show_person(self.host_field, detail.host_id)
        ui.guestsList.clear()
        for guest_id in detail.guest_ids:
            self._add_guest(guest_id)
        self._tick_skills({skill.id for skill in self._services.skills.session_skills(detail.id)})
        start = detail.starts_at.astimezone(ZoneInfo(detail.time_zone))
        ui.dateEdit.setDate(qdate(start.date()))
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
        if not self._signed_in.can(PLAN_SESSIONS):
            self._show_briefing(detail)

    # --- the briefing of someone who may not plan sessions -----------------------------------------

    def _show_briefing(self, detail: SessionDetail) -> None:
        ui = self.ui
        for row in range(ui.formLayout.rowCount()):
            ui.formLayout.setRowVisible(row, False)
        ui.briefingView.setHtml(self._briefing_html(detail))
        ui.briefingView.show()
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).hide()
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        ui.emailButton.hide()  # sending the invitation is the organizer's
        takes_part = self._viewer_role(detail) is not None
        for widget in (ui.reasonEdit, ui.completeButton, ui.cancelSessionButton, ui.noShowButton):
            widget.setEnabled(takes_part)
            if not takes_part:
                widget.setToolTip(self.tr("Only the people in this session, or a coordinator, say how it went."))

    def _viewer_role(self, detail: SessionDetail) -> str | None:
        """HOST or GUEST: the signed-in person's part in the session; None when they are not in it."""
        viewer = self._signed_in.viewer
        if viewer is None:
            return None
        return HOST if viewer.person_id == detail.host_id else GUEST if viewer.person_id in detail.guest_ids else None

    def _briefing_html(self, detail: SessionDetail) -> str:
        ui = self.ui

        def line(label: str, value: str) -> str:
            return f"<p><b>{html.escape(label)}</b> {html.escape(value)}</p>" if value else ""

        zone = ZoneInfo(self._viewer_zone)
        start, end = detail.starts_at.astimezone(zone), detail.ends_at.astimezone(zone)
        when = (f"{QLocale().toString(qdatetime(start.replace(tzinfo=None)), 'dddd d MMMM yyyy, HH:mm')} – {end:%H:%M} "
                f"({self._viewer_zone})")
        role = self._viewer_role(detail)
        prompts_asked: tuple[str, ...] = ()
        if role is not None:
            try:
                prompts_asked = self._services.reflections.template_for(detail.kind, role).prompts
            except UserError:  # no template for this kind of session: the note will be free text
                pass
        subject = " · ".join(text for text in (ui.customerCombo.currentText(), ui.projectCombo.currentText()) if text)
        asks = "".join(f"<li>{html.escape(prompt)}</li>" for prompt in prompts_asked)
        return "".join((
            f"<h3>{html.escape(kind_label(detail.kind))}</h3>",
            line(self.tr("When:"), when),
            line(self.tr("Host:"), self._name(detail.host_id)),
            line(self.tr("Guests:"), ", ".join(self._name(guest) for guest in detail.guest_ids)),
            line(self.tr("Where:"), detail.location or self.tr("not set yet")),
            line(self.tr("Customer and project:"), subject),
            line(self.tr("Program:"), ui.programCombo.currentText() if detail.program_id is not None else ""),
            line(self.tr("Agenda:"), detail.agenda),
            "<p><b>{}</b></p><ul>{}</ul>".format(html.escape(self.tr("Your note afterwards will ask:")), asks)
            if asks else "",
        ))

    def _name(self, person_id: int) -> str:
        return self._person(person_id).name

    def _connect(self) -> None:
        ui = self.ui
        ui.addGuestButton.clicked.connect(lambda: self._add_guest(self.guest_field.person_id()))
        ui.removeGuestButton.clicked.connect(self._remove_guest)
        self.host_field.chosen.connect(self._host_chosen)
        self.guest_field.chosen.connect(self._people_changed)
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

    def _update_repeat_widgets(self) -> None:
        ui = self.ui
        repeats = ui.repeatCombo.currentData() is not None
        ui.repeatEndCombo.setVisible(repeats)
        ui.repeatUntilEdit.setVisible(repeats and ui.repeatEndCombo.currentData() == "until")
        ui.repeatCountSpin.setVisible(repeats and ui.repeatEndCombo.currentData() == "count")

    # --- saving ----------------------------------------------------------------------------------

    def draft(self) -> SessionDraft:
        ui = self.ui
        start = self._starts_at()
        if start is None:
            raise UserError(self.tr("Choose a time zone from the list, e.g. Europe/Berlin."))
        host_id = self.host_field.person_id()
        if host_id is None:
            raise UserError(self.tr("Choose the host."))
        repeat = None
        if self.detail is None and ui.repeatCombo.currentData() is not None:
            if ui.repeatEndCombo.currentData() == "until":
                repeat = Repeat(Frequency(ui.repeatCombo.currentData()), until=ui.repeatUntilEdit.date().toPython())
            else:
                repeat = Repeat(Frequency(ui.repeatCombo.currentData()), count=ui.repeatCountSpin.value())
        return SessionDraft(
            kind=self._kind(), host_id=host_id, guest_ids=self.guest_ids(),
            starts_at=start.astimezone(UTC), duration=timedelta(minutes=ui.durationSpin.value()),
            time_zone=ui.zoneCombo.currentText(), location=ui.locationEdit.text().strip(),
            program_id=ui.programCombo.currentData(),
            pairing_id=ui.pairCombo.currentData(),
            customer_id=ui.customerCombo.currentData(), project_id=ui.projectCombo.currentData(),
            agenda=ui.agendaEdit.toPlainText().strip(), repeat=repeat,
        )

    def _scope(self) -> EditScope:
        return EditScope(self.ui.scopeCombo.currentData()) if self.detail and self.detail.series_uid else EditScope.ONE

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
                ids = self._scheduling.update(self.detail.id, self._stored_version(), draft, self._scope(), accepted,
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
            ids = self._scheduling.set_status(self._stored().id, self._stored_version(), status,
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

    def _stored(self) -> SessionDetail:
        """The stored session shown: what calls this is hidden or disabled in a new session's editor."""
        assert self.detail is not None
        return self.detail

    def _stored_version(self) -> int:
        """The version a save of the stored session goes against: the one opened, or the current one after
        Overwrite (the scheduling service's refusals carry it)."""
        assert self._version is not None
        return self._version

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
                self.detail = self._scheduling.get(self._stored().id)
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
        session_id = self._stored().id
        start = str(self._services.paths.exports / f"session-{session_id}.ics")
        path = prompts.choose_save_file(self, self.tr("Export calendar file"),
                                        self.tr("Calendar files (*.ics)"), start)
        if path:
            try:
                atomic_write(Path(path), self._scheduling.export_ics(session_ids=[session_id]))
            except PlainWordsError as exc:
                prompts.show_error(self, self.tr("Calendar file not saved"), str(exc))

    def _email(self) -> None:
        """Saves the .ics where the user chooses, then opens their mail client with the invite text."""
        invite = self._scheduling.invite(self._stored().id)
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
