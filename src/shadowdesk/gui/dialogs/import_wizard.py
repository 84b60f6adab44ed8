"""The roster import wizard: choose a file (CSV or a spreadsheet), check the guessed columns (and the sheet),
give the offices' time zones when the file has none, preview what changes, import.

Nothing is written before the user presses Import on the preview, and then all rows or none are:
Cancel on any page leaves the database as it was. Reading, checking and importing a roster of 50,000
rows take seconds, so each runs off the GUI thread with a progress bar and Stop; a Stop or a close
during the import rolls the whole transaction back.
"""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from shadowdesk.gui.dialogs.import_pages import FilePage, MappingPage
from shadowdesk.gui.dialogs.import_preview import PreviewPage, ZonesPage
from shadowdesk.gui.workers import TaskRunner
from shadowdesk.services.people import ImportSummary, ParsedRoster


class ImportWizard(QWizard):
    imported = Signal(object)  # ImportSummary, once the rows are saved
    # A step run off the GUI thread failed or was stopped, and the page says so (tests listen to these).
    work_failed = Signal(str)
    work_stopped = Signal()

    def __init__(self, people, parent: QWidget | None = None, tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.people = people
        self.tasks = tasks or TaskRunner()
        self.parsed: ParsedRoster | None = None
        self.path = Path()  # the roster file; the skipped rows are written beside it
        self.summary: ImportSummary | None = None
        self.closing = False  # closed while a step ran: close once it has stopped
        self.setWindowTitle(self.tr("Import the staff roster"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.zones_page = ZonesPage(self)
        self.preview_page = PreviewPage(self)
        self._pages = (self.file_page, self.mapping_page, self.zones_page, self.preview_page)
        for page in self._pages:
            self.addPage(page)
        # The preview starts its check in initializePage, before QWizard enables Back for the new page.
        self.currentIdChanged.connect(self.update_buttons)
        self.resize(860, 560)

    @property
    def busy(self) -> bool:
        return any(page.busy for page in self._pages)

    def update_buttons(self) -> None:
        page = self.currentPage()
        if page is not None:
            page.completeChanged.emit()  # QWizard asks isComplete() again: Next and Import are off while busy
        if self.busy:  # QWizard enables Back from the page history alone, and again once the work ends
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def reject(self) -> None:
        """Cancel, Esc and the window's close button: a running step is stopped first (a stopped import
        is rolled back whole), and the wizard closes when it has."""
        for page in self._pages:
            if page.busy:
                self.closing = True
                page.stop()
                return
        super().reject()

    def work_ended(self) -> None:
        if self.closing and not self.busy:
            self.closing = False
            if self.isVisible():  # an import that committed before the Stop has closed it already
                super().reject()
