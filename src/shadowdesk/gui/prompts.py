"""The one place that shows modal message boxes and file dialogs; tests replace these functions."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> str:
    return QFileDialog.getExistingDirectory(parent, title, start)


def choose_open_file(parent: QWidget | None, title: str, filters: str, start: str = "") -> str:
    return QFileDialog.getOpenFileName(parent, title, start, filters)[0]


def choose_save_file(parent: QWidget | None, title: str, filters: str, start: str = "") -> str:
    return QFileDialog.getSaveFileName(parent, title, start, filters)[0]
