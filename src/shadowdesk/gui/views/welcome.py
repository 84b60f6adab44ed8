"""The first-run page, shown instead of an empty dashboard while the database has no people: it offers
the two ways to get started, the demo company or the staff roster, and says whose the file is: one
person's, chosen from the roster once it is in; until then the app acts as the program office."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shadowdesk.paths import resource_path

CONTENT_WIDTH = 560  # a readable line length, centred in a wide window


class WelcomeView(QWidget):
    demo_requested = Signal()
    import_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        logo = QLabel()
        logo.setPixmap(QIcon(str(resource_path("icons/shadowdesk.svg"))).pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        logo.setMinimumHeight(80)
        title = QLabel(self.tr("Welcome to ShadowDesk"))
        title.setStyleSheet("font-size: 22pt; font-weight: 600;")
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        intro = QLabel(self.tr(
            "ShadowDesk plans cross-training between sales and project management: who shadows whom, "
            "when, and what they learned. This database has nobody in it yet. How would you like to start?"))
        intro.setWordWrap(True)
        self.demo_button = QCommandLinkButton(
            self.tr("Load the &demo company"),
            self.tr("About 40 people, two programs, sessions and notes to explore. You can start a real "
                    "database later (Edit > Preferences)."))
        self.import_button = QCommandLinkButton(
            self.tr("&Import a staff roster…"),
            self.tr("A CSV file of your people, with name, email and department. You check every column "
                    "before anything is saved."))
        self.ownership = QLabel(self.tr(
            "This database is for one person on this computer: after the roster is in, you choose "
            "yourself from it, and the file is yours, with every role. Until then ShadowDesk acts as the "
            "program office. Notes by several employees, each private to its author, need the team "
            "server: see docs/TEAM_SERVER.md."))
        self.ownership.setWordWrap(True)
        self.empty_button = QPushButton(self.tr("Start with an &empty database"))
        self.empty_button.setFlat(True)
        self.demo_button.clicked.connect(self.demo_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.empty_button.clicked.connect(self.dismissed)

        content = QWidget()
        content.setFixedWidth(CONTENT_WIDTH)  # fixed, so the wrapped descriptions get their height
        column = QVBoxLayout(content)
        column.setSpacing(14)
        for widget in (logo, title, intro, self.demo_button, self.import_button, self.ownership):
            column.addWidget(widget)
        column.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignLeft)
        for button in (self.demo_button, self.import_button):
            # The layout gives a command link its one-line height; the wrapped description needs more.
            button.setMinimumHeight(button.heightForWidth(CONTENT_WIDTH - 2 * column.spacing()))
        # A layout that aligns a widget gives it its size hint, which guesses a wrapped label's height from
        # a line length of its own: a longer text (French) was cut at the top and bottom. The column's
        # height for its fixed width is what its wrapped texts need.
        content.setMinimumHeight(content.heightForWidth(CONTENT_WIDTH))
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.addStretch(1)
        outer.addWidget(content, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        # In a window lower than the page (a small screen, large fonts) it scrolls instead of being cut.
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the buttons, and the area follows them
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.setFocusProxy(self.demo_button)
