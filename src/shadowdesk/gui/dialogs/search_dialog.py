"""Search notes and ideas (Ctrl+F anywhere): results as you type, only what the current user may read.

After a bulk import, a restore or an upgrade, the index has a backlog: the dialog works through it in a
worker with "Indexing notes…" progress and searches once it is done, so no search waits for all of it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from shadowdesk.gui.forms.ui_search_dialog import Ui_SearchDialog
from shadowdesk.gui.views.ideas import status_label
from shadowdesk.gui.views.schedule_common import kind_label
from shadowdesk.gui.workers import Task, TaskRunner
from shadowdesk.services.search_backlog import SearchBacklog

TYPING_PAUSE_MS = 250


class SearchDialog(QDialog):
    results_shown = Signal()

    def __init__(
        self,
        search,
        viewer_id: int | None,
        parent: QWidget | None = None,
        typing_pause_ms: int = TYPING_PAUSE_MS,
        backlog: SearchBacklog | None = None,
        tasks: TaskRunner | None = None,
        office: bool = False,
    ) -> None:
        """office: the viewer is a coordinator or manager, who also read what every program shares."""
        super().__init__(parent)
        self.ui = Ui_SearchDialog()
        self.ui.setupUi(self)
        self._search = search
        self._viewer = viewer_id
        self._office = office
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(typing_pause_ms)
        self._timer.timeout.connect(self.run_search)
        self._job: Task | None = None
        self.ui.queryEdit.textChanged.connect(self._timer.start)
        self.ui.syntaxCheck.toggled.connect(self.run_search)
        self.ui.resultsList.currentItemChanged.connect(self._preview)
        self.ui.splitter.setSizes([420, 380])
        self._tasks = tasks or TaskRunner()
        self._indexing: Task | None = None
        if backlog is not None:
            self._index_backlog(backlog)
        self.finished.connect(self._stop_work)

    def _stop_work(self) -> None:
        """A closed dialog shows nothing more: what its work finds after the close is dropped."""
        for task in (self._indexing, self._job):
            if task is not None and task.running:
                task.cancel()

    def _index_backlog(self, backlog: SearchBacklog) -> None:
        """Counting what waits is quick; indexing 40,000 notes takes a minute, meanwhile the dialog says so."""
        self._indexing = self._tasks.run(lambda progress, cancelled: backlog.index(progress, cancelled), self)
        self._indexing.progress.connect(lambda done, total: self.ui.countLabel.setText(
            self.tr("Indexing notes… {done} of {total}; the search runs when it is done.").format(
                done=done, total=total)))
        self._indexing.finished.connect(self._indexed)
        self._indexing.failed.connect(self._indexed)

    def indexing(self) -> bool:
        return self._indexing is not None and self._indexing.running

    def _indexed(self, _result=None) -> None:
        if self.ui.queryEdit.text().strip():
            self.run_search()
        else:
            self.ui.countLabel.setText("")

    def run_search(self) -> None:
        """Search in a worker: after a bulk import the index first catches up, which must not freeze
        the window. A newer search makes the results of an older one stale; they are never shown."""
        self._timer.stop()
        if self._job is not None and self._job.running:
            self._job.cancel()
        if self.indexing():
            self.ui.countLabel.setText(self.tr("Indexing notes…; the search runs when it is done."))
            return  # run when the backlog is indexed (_indexed)
        query, syntax = self.ui.queryEdit.text(), self.ui.syntaxCheck.isChecked()
        search, viewer, office = self._search, self._viewer, self._office
        self._job = self._tasks.run(lambda _progress, _cancelled: search.search(query, viewer, syntax=syntax,
                                                                                office=office), self)
        self._job.finished.connect(lambda results: self._show(query, results))
        self._job.failed.connect(lambda error: self.ui.countLabel.setText(str(error)))
        self.ui.countLabel.setText(self.tr("Searching…") if query.strip() else "")

    def _show(self, query: str, results) -> None:
        self.ui.resultsList.clear()
        self.ui.previewBrowser.clear()
        for hit in results.hits:
            if hit.kind == "idea":
                heading = self.tr("Idea · {status} · {title}").format(
                    status=status_label(str(hit.idea_status)), title=hit.title
                )
            else:
                heading = self.tr("Note by {author} · {kind} on {date}").format(
                    author=hit.title,
                    kind=kind_label(hit.session.kind),
                    date=hit.session.starts_at.astimezone().date().isoformat(),
                )
            item = QListWidgetItem(f"{heading}\n{hit.snippet}")
            item.setData(Qt.ItemDataRole.UserRole, (heading, hit))
            self.ui.resultsList.addItem(item)
        if not query.strip():
            self.ui.countLabel.setText("")
        elif results.total > len(results.hits):
            self.ui.countLabel.setText(
                self.tr("{total} found; the first {shown} are shown.").format(
                    total=results.total, shown=len(results.hits)
                )
            )
        else:
            self.ui.countLabel.setText(self.tr("%n found", "", results.total))
        if results.hits:
            self.ui.resultsList.setCurrentRow(0)
        self.results_shown.emit()

    def _preview(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        heading, hit = item.data(Qt.ItemDataRole.UserRole)
        subject = hit.session.subject if hit.session else ""
        self.ui.previewBrowser.setHtml(
            f"<h3>{html.escape(heading)}</h3>"
            + (f"<p><i>{html.escape(subject)}</i></p>" if subject else "")
            + f"<p>{html.escape(hit.snippet)}</p>"
        )
