"""The one place that shows modal message boxes and file dialogs; tests replace these functions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    button = QMessageBox.StandardButton
    answer = QMessageBox.question(parent, title, text, button.Yes | button.No, button.No)
    return answer == button.Yes


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> str:
    return QFileDialog.getExistingDirectory(parent, title, start)


def choose_open_file(parent: QWidget | None, title: str, filters: str, start: str = "") -> str:
    return QFileDialog.getOpenFileName(parent, title, start, filters)[0]


def choose_save_file(parent: QWidget | None, title: str, filters: str, start: str = "") -> str:
    return QFileDialog.getSaveFileName(parent, title, start, filters)[0]


def ask_reload_or_overwrite(parent: QWidget | None, title: str, text: str) -> str:
    """Someone else saved the record since the form opened: "reload" (their version, the typed values
    are dropped), "overwrite" (save the typed values over theirs) or "cancel" (back to the form)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(QCoreApplication.translate(
        "prompts", "Reload shows their changes and drops what you typed here. Overwrite saves what you "
                   "typed in place of their changes."))
    reload = box.addButton(QCoreApplication.translate("prompts", "&Reload their version"),
                           QMessageBox.ButtonRole.AcceptRole)
    overwrite = box.addButton(QCoreApplication.translate("prompts", "&Overwrite with mine"),
                              QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(reload)
    box.exec()
    clicked = box.clickedButton()
    return "reload" if clicked is reload else "overwrite" if clicked is overwrite else "cancel"
