"""The last two pages of the roster import wizard: the offices' time zones when the file has none, and the
preview of what changes, with the status values and the choice to skip the rows with problems."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QWidget,
)

from shadowdesk.gui.models.roster_preview_model import COL_PROBLEMS, RosterPreviewModel
from shadowdesk.services.errors import UserError
from shadowdesk.services.people import ImportSummary, ParsedRoster, RosterChoices

if TYPE_CHECKING:
    from shadowdesk.gui.dialogs.import_wizard import ImportWizard

from shadowdesk.gui.dialogs.import_pages import (
    PROBLEMS_WIDTH,
    _error_label,
    _first_rows,
    _refuse,
    _WorkingPage,
)


class ZonesPage(_WorkingPage):
    """The file gives some people no time zone: one zone per office, guessed from its name, or none."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Time zones of the offices"))
        self.setSubTitle(self.tr("The file gives some people no time zone. Choose the zone of each location; "
                                 "ShadowDesk guessed it from the name where it could."))
        # Too long for the subtitle, which the wizard's header cuts after two lines.
        note = QLabel(self.tr("Leave a zone empty if you do not know it: those people get no time zone (never a "
                              "guessed UTC), and the planner does not treat them as close to anyone."))
        note.setWordWrap(True)
        self.content_layout.addWidget(note)
        self.zone_names = sorted(available_timezones() | {"UTC"})
        self.form_widget = QWidget()
        self.form = QFormLayout(self.form_widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_widget)
        self.error_label = _error_label()
        self.content_layout.addWidget(scroll, 1)
        self.content_layout.addWidget(self.error_label)
        self.combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = {}
        completer_words = self.zone_names
        for place in self.roster.location_zones:
            combo = QComboBox()
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItems(["", *completer_words])
            completer = QCompleter(completer_words, combo)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            combo.setCompleter(completer)
            combo.setCurrentText(place.zone)
            where = place.location or self.tr("(no location)")
            label = self.tr("{location} (%n person(s)){guessed}:", "", place.rows).format(
                location=where, guessed=self.tr(", guessed") if place.guessed else "")
            self.form.addRow(label, combo)
            self.combos[place.key] = combo
        self.error_label.hide()

    def zones(self) -> dict[str, str] | None:
        """Location key -> chosen zone ("" for none), or None after saying which entry is not a zone."""
        known = {name.lower(): name for name in self.zone_names}
        chosen = {}
        for key, combo in self.combos.items():
            text = combo.currentText().strip()
            if text and text.lower() not in known:
                _refuse(self.error_label, self.tr("{zone} is not a time zone; choose one from the list, such as "
                                                  "Europe/Berlin, or leave it empty.").format(zone=text))
                return None
            chosen[key] = known.get(text.lower(), "")
        return chosen

    def validatePage(self) -> bool:  # noqa: N802
        if self.take_ready():
            return True
        zones = self.zones()
        if zones is None:
            return False
        parsed = self.roster
        choices = RosterChoices(parsed.choices.status, zones)
        people = self._wizard.people
        self.run(self.tr("Checking the rows…"),
                 lambda _progress, _cancelled: people.check_roster(parsed.table, parsed.mapping, choices),
                 self._checked, self.tr("Stopped. Nothing was changed."))
        return False

    def _checked(self, parsed: ParsedRoster) -> None:
        self._wizard.parsed = parsed
        self.ready = True
        self._wizard.next()


class PreviewPage(_WorkingPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Preview"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)  # every text in it is escaped
        self.model = RosterPreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        # What each value of the status column is read as; the user may say otherwise.
        self.status_label = QLabel(self.tr("Status values (how each value of the status column is read):"))
        self.status_form = QFormLayout()
        self.status_combos: dict[str, QComboBox] = {}
        self.skip_box = QCheckBox(self.tr("Import the good rows and skip the rows with problems"))
        self.skip_box.toggled.connect(lambda _checked: self.check())
        self.content_layout.addWidget(self.summary_label)
        self.content_layout.addWidget(self.status_label)
        self.content_layout.addLayout(self.status_form)
        self.content_layout.addWidget(self.skip_box)
        self.content_layout.addWidget(self.table)
        self.summary: ImportSummary | None = None

    def initializePage(self) -> None:  # noqa: N802
        self.skip_box.blockSignals(True)
        self.skip_box.setChecked(False)  # the default stays all or nothing
        self.skip_box.blockSignals(False)
        self.check()

    def check(self, choices: RosterChoices | None = None) -> None:
        """The dry run that fills the preview; with choices, the rows are checked under them first."""
        self.summary = None
        self.summary_label.clear()
        self.model.clear()  # rows of an earlier visit would pass for this check's result
        people, parsed, skip = self._wizard.people, self.roster, self.skip_box.isChecked()

        def work(progress, cancelled):
            checked = parsed if choices is None else people.check_roster(parsed.table, parsed.mapping, choices)
            return people.import_roster(checked, True, progress, cancelled, skip_invalid=skip)

        self.run(self.tr("Checking the rows against the people already stored…"), work,
                 self._show, self.tr("Stopped before the preview was ready. Press Back, then Next, to check "
                                     "the rows again."))

    def _show_status_values(self) -> None:
        while self.status_form.rowCount():
            self.status_form.removeRow(0)
        self.status_combos = {}
        values = self.roster.status_values
        self.status_label.setVisible(bool(values))
        for value in values:
            combo = QComboBox()
            if value.active is None:
                combo.addItem(self.tr("(unknown: choose)"), None)
            combo.addItem(self.tr("active"), True)
            combo.addItem(self.tr("inactive"), False)
            combo.setCurrentIndex(combo.findData(value.active))
            combo.activated.connect(self._status_chosen)
            self.status_form.addRow(self.tr("{value} (%n row(s)) ->", "", value.rows).format(value=value.text), combo)
            self.status_combos[value.key] = combo

    def _status_chosen(self) -> None:
        parsed = self.roster
        status = dict(parsed.choices.status)
        for key, combo in self.status_combos.items():
            if combo.currentData() is not None:
                status[key] = combo.currentData()
        self.check(RosterChoices(status, parsed.choices.zones))

    def _show(self, summary: ImportSummary) -> None:
        self.summary = summary
        if summary.checked is not None:  # the people as seen now: what Import checks them against
            self._wizard.parsed = summary.checked
        self._show_status_values()
        has_problems = bool(summary.problems or summary.skipped)
        self.skip_box.setVisible(has_problems)
        if has_problems:
            self.skip_box.setText(self.tr("Import the good rows and skip the rows with problems (they are written "
                                          "to {name}, each with its line and problems)").format(
                name=self._wizard.people.skipped_rows_path(self._wizard.path).name))
        self.model.set_rows(self.roster, summary)
        self.table.resizeColumnsToContents()
        if not summary.ok:
            self.table.setColumnWidth(COL_PROBLEMS, PROBLEMS_WIDTH)
        counts = self.tr("{added} to add, {updated} to update, {unchanged} unchanged.").format(
            added=summary.added, updated=summary.updated, unchanged=summary.unchanged)
        if summary.changed_meanwhile:
            changed = "; ".join(str(problem) for problem in summary.changed_meanwhile)
            self.summary_label.setText(
                "<b>" + escape(self.tr("Nothing was imported: someone else changed %n person(s) since the "
                                       "preview ({changed}).", "", len(summary.changed_meanwhile)).format(
                    changed=changed))
                + "</b> " + escape(self.tr("The preview now shows the rows against the people as they are: "
                                           "{counts} Press Import again to save them.").format(counts=counts)))
        elif summary.ok and summary.skipped:
            lines = len({problem.line for problem in summary.skipped})
            self.summary_label.setText(
                escape(counts + " ") + "<b>" + escape(self.tr("%n row(s) with problems will be skipped.", "", lines))
                + "</b> " + escape(self.tr("Press Import to save the others.") + " "
                                   + _first_rows(self.roster)))
        elif summary.ok:
            self.summary_label.setText(escape(counts + " " + self.tr("Press Import to save them all.") + " "
                                              + _first_rows(self.roster)))
        else:
            lines = len({problem.line for problem in summary.problems})
            self.summary_label.setText(
                "<b>" + escape(self.tr("%n row(s) with problems; nothing will be imported.", "", lines))
                + "</b> " + escape(self.tr("They are listed first, in red. Fix them in the file and "
                                           "choose it again, or skip them.")))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return not self.busy and self.summary is not None and self.summary.ok

    def validatePage(self) -> bool:  # noqa: N802
        if self.take_ready():
            return True
        people, parsed, path, skip = (self._wizard.people, self.roster, self._wizard.path,
                                      self.skip_box.isChecked())

        def work(progress, cancelled):
            summary = people.import_roster(parsed, False, progress, cancelled, skip_invalid=skip)
            if summary.written and summary.skipped:
                try:
                    people.write_skipped_rows(path, summary)
                except OSError as exc:
                    raise UserError(QCoreApplication.translate(
                        "ImportWizard", "The good rows were imported, but the skipped rows could not be written: "
                        "{reason}").format(reason=exc)) from exc
            return summary

        self.run(self.tr("Importing… Either every row is saved or none is."), work,
                 self._imported, self.tr("Stopped. Nothing was imported; the people are as they were."),
                 irreversible=True)
        return False

    def _imported(self, summary: ImportSummary) -> None:
        if not summary.written:  # the people changed since the preview; show the rows against them now
            self._show(summary)
            return
        self._wizard.summary = summary
        self._wizard.imported.emit(summary)
        self.ready = True
        self._wizard.accept()
