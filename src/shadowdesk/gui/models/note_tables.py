"""Table models for the Reflections section: reflections due, and notes one may read."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from shadowdesk.gui.views.schedule_common import kind_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("NoteTables", text)


class _RecordsModel(QAbstractTableModel):
    """Rows are frozen service dataclasses; subclasses say which text each column shows."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._records: list = []

    def set_rows(self, records: Sequence) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int):
        return self._records[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(self.HEADERS):
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or role != Qt.DisplayRole:
            return None
        return self.cell(self._records[index.row()], index.column())

    def cell(self, record, column: int) -> str:
        raise NotImplementedError


class DueModel(_RecordsModel):
    COL_PERSON, COL_DATE, COL_KIND, COL_WITH, COL_SUBJECT, COL_DRAFT = range(6)
    HEADERS = (QT_TRANSLATE_NOOP("NoteTables", "Person"),
               QT_TRANSLATE_NOOP("NoteTables", "Session"),
               QT_TRANSLATE_NOOP("NoteTables", "Kind"),
               QT_TRANSLATE_NOOP("NoteTables", "Host and guests"),
               QT_TRANSLATE_NOOP("NoteTables", "Customer or project"),
               QT_TRANSLATE_NOOP("NoteTables", "Draft"))

    def cell(self, record, column: int) -> str:
        session = record.session
        return (
            record.person_name,
            session.starts_at.astimezone().date().isoformat(),
            kind_label(session.kind),
            ", ".join((session.host_name, *session.guest_names)),
            session.subject,
            QCoreApplication.translate("NoteTables", "draft saved") if record.has_draft else "",
        )[column]


class NotesModel(_RecordsModel):
    COL_DATE, COL_KIND, COL_AUTHOR, COL_SUBJECT, COL_STATUS, COL_VISIBILITY, COL_RATING = range(7)
    HEADERS = (QT_TRANSLATE_NOOP("NoteTables", "Session"),
               QT_TRANSLATE_NOOP("NoteTables", "Kind"),
               QT_TRANSLATE_NOOP("NoteTables", "Author"),
               QT_TRANSLATE_NOOP("NoteTables", "Customer or project"),
               QT_TRANSLATE_NOOP("NoteTables", "Status"),
               QT_TRANSLATE_NOOP("NoteTables", "Visible to"),
               QT_TRANSLATE_NOOP("NoteTables", "Rating"))
    VISIBILITY = {"private": QT_TRANSLATE_NOOP("NoteTables", "only the author"),
                  "pair": QT_TRANSLATE_NOOP("NoteTables", "the pair"),
                  "program": QT_TRANSLATE_NOOP("NoteTables", "the program")}
    STATUS = {"draft": QT_TRANSLATE_NOOP("NoteTables", "Draft"),
              "submitted": QT_TRANSLATE_NOOP("NoteTables", "Submitted")}

    def cell(self, record, column: int) -> str:
        session = record.session
        return (
            session.starts_at.astimezone().date().isoformat(),
            kind_label(session.kind),
            record.author_name,
            session.subject,
            _tr(self.STATUS[str(record.status)]),
            _tr(self.VISIBILITY[str(record.visibility)]),
            "" if record.rating is None else str(record.rating),
        )[column]
