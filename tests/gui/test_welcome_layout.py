"""The welcome page at the size it gets in a 1024 x 700 window: every wrapped text has the height it needs,
in each language (the French text was cut at its top and bottom), and a lower window scrolls instead."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QScrollArea

from shadowdesk.gui.i18n import Translations
from shadowdesk.gui.views.welcome import WelcomeView

PAGE_IN_A_1024_BY_700_WINDOW = (842, 659)  # the window less its sidebar, menu and status bars


@pytest.fixture(params=["en", "de", "fr"])
def language(request, qapp):
    before = QLocale()
    translations = Translations(qapp)
    translations.install(request.param)
    yield request.param
    translations.install("en")
    QLocale.setDefault(before)


def cut_texts(view: WelcomeView) -> list[str]:
    return [label.text()[:40] for label in view.findChildren(QLabel)
            if label.wordWrap() and label.height() < label.heightForWidth(label.width())]


def test_no_text_of_the_welcome_page_is_cut_at_the_default_window_size(qtbot, qapp, language, tmp_path):
    view = WelcomeView()
    qtbot.addWidget(view)
    view.resize(*PAGE_IN_A_1024_BY_700_WINDOW)
    view.show()
    qtbot.waitExposed(view)
    qapp.processEvents()  # the resize and layout requests the show posted
    view.grab().save(str(tmp_path / f"welcome-{language}.png"))
    assert cut_texts(view) == []
    assert view.findChild(QScrollArea).verticalScrollBar().maximum() == 0  # it all fits: nothing to scroll


def test_a_lower_window_scrolls_the_welcome_page_instead_of_cutting_it(qtbot, qapp, language):
    view = WelcomeView()
    qtbot.addWidget(view)
    view.resize(842, 300)
    view.show()
    qtbot.waitExposed(view)
    qapp.processEvents()
    assert cut_texts(view) == []
    assert view.findChild(QScrollArea).verticalScrollBar().maximum() > 0
