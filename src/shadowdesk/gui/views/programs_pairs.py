"""The Pairs part of the Programs section: the chosen program's pairs with their progress against the
targets, and what its buttons do (plan, pair by hand, end, remove, schedule, exclusions, skills).

ProgramsView is built on it (split off to keep each module short); the view provides what PairsPart
declares. Its strings keep the view's translation context, written as literal translate() calls, since
lupdate only finds strings written at the call. The dialogs load when first opened, not with the section.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shadowdesk.domain import PairingStatus, Side
from shadowdesk.gui import prompts
from shadowdesk.gui.models.programs_model import EnrolledTableModel, ProgramPairsModel
from shadowdesk.gui.permissions import EDIT_PROGRAMS, PLAN_SESSIONS, SignedIn
from shadowdesk.gui.plurals import plurals
from shadowdesk.gui.tables import rows_table
from shadowdesk.gui.views.dashboard import system_time_zone
from shadowdesk.services.dashboard import PairProgressStatus, ProgramProgress
from shadowdesk.services.errors import StaleRecord, UserError
from shadowdesk.services.pairing import PairInfo
from shadowdesk.services.programs import ProgramInfo

translate = QCoreApplication.translate


def progress_summary(summary: ProgramProgress) -> str:
    """The share of the pairs (not ended) met, on track, behind and not started, and how many stalled."""
    if not summary.pairs:
        return ""

    def share(status: PairProgressStatus) -> str:
        return f"{round(100 * (summary.share(status) or 0.0))} %"

    text = translate("ProgramsView", "Progress against the targets: {done} met, {on_track} on track, {behind} "
                     "behind, {not_started} not started.").format(
        done=share(PairProgressStatus.DONE), on_track=share(PairProgressStatus.ON_TRACK),
        behind=share(PairProgressStatus.BEHIND), not_started=share(PairProgressStatus.NOT_STARTED))
    if summary.stalled:
        text += " " + plurals().pairs_stalled(summary.stalled)
    return text


class PairsPart(QWidget):
    """The Pairs box and its actions; ProgramsView builds it (build_pairs_box) and provides these:"""

    _services: Any
    _signed_in: SignedIn
    _today: Callable[[], date]
    _pool: QThreadPool | None
    side_models: dict[Side, EnrolledTableModel]
    side_tables: dict[Side, QTableView]
    current_program: Callable[[], ProgramInfo | None]
    refresh: Callable[..., None]

    def build_pairs_box(self) -> QGroupBox:
        self.review: Any = None  # the PairingReviewDialog open, if any
        self.session_editor: Any = None  # the SessionEditor "Schedule…" opened last
        self.pairs_model = ProgramPairsModel(self)
        self.pairs_table = rows_table(self.pairs_model, stretch=(
            ProgramPairsModel.COL_A, ProgramPairsModel.COL_B, ProgramPairsModel.COL_REASON))
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.rounds_spin = QSpinBox()
        self.rounds_spin.setRange(1, 52)
        # "1 round", "4 rounds": a spin box's suffix has no plural of its own, so it follows the value.
        self.rounds_spin.valueChanged.connect(
            lambda rounds: self.rounds_spin.setSuffix(plurals().rounds_suffix(rounds)))
        self.rounds_spin.setValue(4)
        self.plan_button = QPushButton(translate("ProgramsView", "&Plan pairs…"))
        self.pair_button = QPushButton(translate("ProgramsView", "Pair the two &selected"))
        self.pair_button.setToolTip(translate("ProgramsView",
                                              "Select one person on each side above, then pair them by hand"))
        self.end_button = QPushButton(translate("ProgramsView", "En&d pair"))
        self.remove_pair_button = QPushButton(translate("ProgramsView", "&Remove pair"))
        self.schedule_button = QPushButton(translate("ProgramsView", "S&chedule…"))
        self.schedule_button.setToolTip(translate("ProgramsView",
                                                  "Plan a session of the kind the chosen pair has had fewer of"))
        self.exclusions_button = QPushButton(translate("ProgramsView", "E&xclusions…"))
        self.exclusions_button.setToolTip(translate("ProgramsView", "Pairs the planner must never make"))
        self.skills_button = QPushButton(translate("ProgramsView", "S&kills…"))
        self.skills_button.setToolTip(translate(
            "ProgramsView", "What each side should learn from the other, and where everyone stands"))
        self.skills_button.clicked.connect(self.open_skills)
        self.plan_button.clicked.connect(self.open_review)
        self.pair_button.clicked.connect(self.pair_selected)
        self.end_button.clicked.connect(self.end_selected_pair)
        self.remove_pair_button.clicked.connect(self.remove_selected_pair)
        self.exclusions_button.clicked.connect(self.open_exclusions)
        self.schedule_button.clicked.connect(self.open_schedule)
        self.pairs_table.activated.connect(lambda _index: self.open_schedule())  # Enter, or a double-click
        self.pairs_table.selectionModel().selectionChanged.connect(lambda *_: self._allow_schedule())
        self.pairs_box = QGroupBox(translate("ProgramsView", "Pairs"))
        pairs_layout = QVBoxLayout(self.pairs_box)
        # Two rows of buttons (planning; one pair), so the section fits a 1024 px wide window.
        for widgets in ((self.rounds_spin, self.plan_button, self.exclusions_button, self.skills_button),
                        (self.schedule_button, self.pair_button, self.end_button, self.remove_pair_button)):
            pair_buttons = QHBoxLayout()
            for widget in widgets:
                pair_buttons.addWidget(widget)
            pair_buttons.addStretch(1)
            pairs_layout.addLayout(pair_buttons)
        pairs_layout.addWidget(self.progress_label)
        pairs_layout.addWidget(self.pairs_table)
        return self.pairs_box

    def _run(self, action: Callable[[], object], title: str) -> bool:
        try:
            action()
        except UserError as exc:
            prompts.show_error(self, title, str(exc))
            return False
        return True

    def _run_versioned(self, action: Callable[[int | None], object], version_id: int | None, title: str) -> bool:
        """action(version) on a record shown in the view; when someone else changed it since, the user
        reloads the view (their version) or overwrites (the action again, on the current version)."""
        try:
            action(version_id)
        except StaleRecord as exc:
            choice = prompts.ask_reload_or_overwrite(self, translate("ProgramsView", "Changed by someone else"),
                                                     str(exc))
            if choice == "overwrite":
                return self._run_versioned(action, exc.current_version, title)
            if choice == "reload":
                self.refresh()
            return False
        except UserError as exc:
            prompts.show_error(self, title, str(exc))
            return False
        return True

    def open_review(self) -> QDialog | None:
        from shadowdesk.gui.dialogs.pairing_review import PairingReviewDialog

        program = self.current_program()
        if program is None or not self._signed_in.can(EDIT_PROGRAMS):
            return None
        review = self.review = PairingReviewDialog(self._services, program, self.rounds_spin.value(), self._pool,
                                                   self)
        review.accepted.connect(self.refresh)
        # A proposal for 2,000 x 2,000 people holds about 100 MiB: let go of it once the review is closed.
        review.finished.connect(lambda _result: self._review_closed(review))
        review.open()
        return review

    def _review_closed(self, review: QDialog) -> None:
        if self.review is review:
            self.review = None
        review.deleteLater()

    def open_exclusions(self) -> QDialog | None:
        from shadowdesk.gui.dialogs.exclusions_dialog import ExclusionsDialog

        program = self.current_program()
        if program is None or not self._signed_in.can(EDIT_PROGRAMS):
            return None
        dialog = ExclusionsDialog(self._services, program, self)
        dialog.open()
        return dialog

    def open_skills(self) -> QDialog | None:
        from shadowdesk.gui.dialogs.skills_matrix import SkillsMatrixDialog

        program = self.current_program()
        if program is None:
            return None
        dialog = SkillsMatrixDialog(self._services, program.id, self)
        dialog.open()
        return dialog

    def pair_selected(self) -> None:
        if not self._signed_in.can(EDIT_PROGRAMS):
            return
        program = self.current_program()
        chosen = {side: self.side_tables[side].selectionModel().selectedRows() for side in Side}
        if program is None or len(chosen[Side.A]) != 1 or len(chosen[Side.B]) != 1:
            prompts.show_info(self, translate("ProgramsView", "Pair by hand"), translate(
                "ProgramsView", "Select one person on side A and one on side B, then pair them."))
            return
        a = self.side_models[Side.A].row_at(chosen[Side.A][0].row())
        b = self.side_models[Side.B].row_at(chosen[Side.B][0].row())
        if self._run(lambda: self._services.pairing.add_manual(program.id, a.person_id, b.person_id),
                     translate("ProgramsView", "Not paired")):
            self.refresh()

    def _selected_pair(self) -> PairInfo | None:
        rows = self.pairs_table.selectionModel().selectedRows()
        return self.pairs_model.row_at(rows[0].row()) if rows else None

    def _schedulable_pair(self) -> PairInfo | None:
        pair = self._selected_pair()
        return pair if pair is not None and pair.status is PairingStatus.CONFIRMED else None

    def _allow_schedule(self) -> None:
        self._signed_in.allow(self.schedule_button, PLAN_SESSIONS, possible=self._schedulable_pair() is not None)

    def open_schedule(self) -> QDialog | None:
        """A new session of the chosen pair in the editor; once saved, the pairs' progress is read again."""
        from shadowdesk.gui.dialogs.session_editor import SessionEditor

        pair = self._schedulable_pair()
        if pair is None or not self._signed_in.can(PLAN_SESSIONS):
            return None
        clock = lambda: datetime.combine(self._today(), time(12), tzinfo=UTC)  # noqa: E731 (its day: the view's)
        try:
            editor = SessionEditor.for_pair(self._services, pair.id, None, system_time_zone(), clock, self,
                                            self._signed_in)
        except UserError as exc:
            prompts.show_error(self, translate("ProgramsView", "Cannot schedule for this pair"), str(exc))
            return None
        editor.saved.connect(lambda _ids: self.refresh())
        editor.open()
        self.session_editor = editor
        return editor

    def end_selected_pair(self) -> None:
        pair = self._selected_pair()
        if pair is None or pair.status is PairingStatus.ENDED or not self._signed_in.can(EDIT_PROGRAMS):
            return
        if self._run_versioned(lambda version: self._services.pairing.end(pair.id, version), pair.version_id,
                               translate("ProgramsView", "Not ended")):
            self.refresh()

    def remove_selected_pair(self) -> None:
        pair = self._selected_pair()
        if pair is None or not self._signed_in.can(EDIT_PROGRAMS):
            return
        if not prompts.ask_yes_no(self, translate("ProgramsView", "Remove pair"), translate(
                "ProgramsView", "Remove the pair {a} and {b}? They may then be paired again.").format(
                    a=pair.person_a_name, b=pair.person_b_name)):
            return
        if self._run_versioned(lambda version: self._services.pairing.remove(pair.id, version), pair.version_id,
                               translate("ProgramsView", "Not removed")):
            self.refresh()
