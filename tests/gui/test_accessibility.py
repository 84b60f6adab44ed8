"""A screen reader can name every control: each focusable widget without visible text of its own has an
accessible name, or a label that names it (a buddy, or its label in a form)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QFormLayout, QLabel, QWidget

from shadowdesk.gui.dialogs.settings_dialog import SettingsDialog
from shadowdesk.gui.main_window import MainWindow
from shadowdesk.gui.views.welcome import WelcomeView
from shadowdesk.paths import SavedLocation


def labelled_by_form(widget: QWidget) -> bool:
    for layout in (w.layout() for w in widget.window().findChildren(QWidget) if w.layout()):
        if isinstance(layout, QFormLayout):
            for row in range(layout.rowCount()):
                field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
                label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if field and label and label.widget() and field.widget() and (
                        field.widget() is widget or field.widget().isAncestorOf(widget)):
                    return True
    return False


def unnamed(root: QWidget) -> list[str]:
    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        has_text = isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip()
        if widget.accessibleName() or has_text or widget in buddies or labelled_by_form(widget):
            continue
        if type(widget).__name__ in ("QScrollBar", "QLineEdit") and widget.parent() and \
                type(widget.parent()).__name__ in ("QComboBox", "QAbstractSpinBox", "QSpinBox", "QScrollArea"):
            continue  # parts of a named control
        missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_the_main_window_controls_are_named(qtbot, context):
    window = MainWindow(context.services, QSettings(str(context.paths.config / "t.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    window.show()
    assert window.ui.navList.accessibleName() == "Sections"
    assert unnamed(window) == []


def test_the_preferences_controls_are_named(qtbot, context):
    dialog = SettingsDialog(context.services, SavedLocation(data_dir=str(context.paths.data)))
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed(dialog) == []
    assert dialog.ui.urlEdit.accessibleName() == "PostgreSQL server URL"


def test_the_welcome_page_controls_are_named(qtbot):
    welcome = WelcomeView()
    qtbot.addWidget(welcome)
    welcome.show()
    assert unnamed(welcome) == []
