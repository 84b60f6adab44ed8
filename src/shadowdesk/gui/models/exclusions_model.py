"""The table of excluded pairs: two people the planner must never pair, and where that applies."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shadowdesk.gui.models.rows import RowsTableModel
from shadowdesk.gui.typed_qt import QT_TRANSLATE_NOOP
from shadowdesk.services.pairing import ExclusionInfo


def scope_label(exclusion: ExclusionInfo) -> str:
    if exclusion.program_id is None:
        return QCoreApplication.translate("ExclusionsModel", "Every program")
    return QCoreApplication.translate("ExclusionsModel", "This program")


class ExclusionsTableModel(RowsTableModel):
    context = "ExclusionsModel"
    COL_A, COL_B, COL_SCOPE, COL_REASON = range(4)
    headers = (QT_TRANSLATE_NOOP("ExclusionsModel", "Person"),
               QT_TRANSLATE_NOOP("ExclusionsModel", "Never paired with"),
               QT_TRANSLATE_NOOP("ExclusionsModel", "Applies to"),
               QT_TRANSLATE_NOOP("ExclusionsModel", "Reason"))

    def cell(self, item: ExclusionInfo, column: int) -> str:
        return (item.person_a_name, item.person_b_name, scope_label(item), item.reason)[column]

    def row_of(self, exclusion_id: int) -> int:
        return next((n for n, e in enumerate(self._rows) if e.id == exclusion_id), -1)
