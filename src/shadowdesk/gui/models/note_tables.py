"""Table models for the Reflections section: reflections due, and notes one may read, a page at a time,
each page read in the background."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shadowdesk.gui.models.rows import BackgroundPagedRowsModel
from shadowdesk.gui.typed_qt import QT_TRANSLATE_NOOP
from shadowdesk.gui.views.schedule_common import kind_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("NoteTables", text)


class DueModel(BackgroundPagedRowsModel):
    context = "NoteTables"
    COL_PERSON, COL_DATE, COL_KIND, COL_WITH, COL_SUBJECT, COL_DRAFT = range(6)
    orders = {COL_DATE: "date"}  # the due rows come in session order, from the sessions' index
    headers = (QT_TRANSLATE_NOOP("NoteTables", "Person"),
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


class NotesModel(BackgroundPagedRowsModel):
    context = "NoteTables"
    COL_DATE, COL_KIND, COL_AUTHOR, COL_SUBJECT, COL_STATUS, COL_VISIBILITY, COL_RATING = range(7)
    orders = {COL_DATE: "date", COL_KIND: "kind", COL_AUTHOR: "author", COL_STATUS: "status",
              COL_VISIBILITY: "visibility", COL_RATING: "rating"}
    headers = (QT_TRANSLATE_NOOP("NoteTables", "Session"),
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
