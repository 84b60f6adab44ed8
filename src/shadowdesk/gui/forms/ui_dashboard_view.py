# Generated from ui/dashboard_view.ui by packaging/build_forms.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_DashboardView(object):
    def setupUi(self, DashboardView):
        if not DashboardView.objectName():
            DashboardView.setObjectName(u"DashboardView")
        self.mainLayout = QVBoxLayout(DashboardView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(DashboardView)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 20pt; font-weight: 600;")

        self.mainLayout.addWidget(self.titleLabel)

        self.weekLabel = QLabel(DashboardView)
        self.weekLabel.setObjectName(u"weekLabel")

        self.mainLayout.addWidget(self.weekLabel)

        self.countsLayout = QGridLayout()
        self.countsLayout.setObjectName(u"countsLayout")
        self.peopleCount = QLabel(DashboardView)
        self.peopleCount.setObjectName(u"peopleCount")
        self.peopleCount.setStyleSheet(u"font-size: 26pt; font-weight: 600;")
        self.peopleCount.setText(u"\u2013")

        self.countsLayout.addWidget(self.peopleCount, 0, 0, 1, 1)

        self.peopleCaption = QLabel(DashboardView)
        self.peopleCaption.setObjectName(u"peopleCaption")

        self.countsLayout.addWidget(self.peopleCaption, 1, 0, 1, 1)

        self.programsCount = QLabel(DashboardView)
        self.programsCount.setObjectName(u"programsCount")
        self.programsCount.setStyleSheet(u"font-size: 26pt; font-weight: 600;")
        self.programsCount.setText(u"\u2013")

        self.countsLayout.addWidget(self.programsCount, 0, 1, 1, 1)

        self.programsCaption = QLabel(DashboardView)
        self.programsCaption.setObjectName(u"programsCaption")

        self.countsLayout.addWidget(self.programsCaption, 1, 1, 1, 1)

        self.pairsCount = QLabel(DashboardView)
        self.pairsCount.setObjectName(u"pairsCount")
        self.pairsCount.setStyleSheet(u"font-size: 26pt; font-weight: 600;")
        self.pairsCount.setText(u"\u2013")

        self.countsLayout.addWidget(self.pairsCount, 0, 2, 1, 1)

        self.pairsCaption = QLabel(DashboardView)
        self.pairsCaption.setObjectName(u"pairsCaption")

        self.countsLayout.addWidget(self.pairsCaption, 1, 2, 1, 1)

        self.sessionsWeekCount = QLabel(DashboardView)
        self.sessionsWeekCount.setObjectName(u"sessionsWeekCount")
        self.sessionsWeekCount.setStyleSheet(u"font-size: 26pt; font-weight: 600;")
        self.sessionsWeekCount.setText(u"\u2013")

        self.countsLayout.addWidget(self.sessionsWeekCount, 0, 3, 1, 1)

        self.sessionsWeekCaption = QLabel(DashboardView)
        self.sessionsWeekCaption.setObjectName(u"sessionsWeekCaption")

        self.countsLayout.addWidget(self.sessionsWeekCaption, 1, 3, 1, 1)

        self.reflectionsDueCount = QLabel(DashboardView)
        self.reflectionsDueCount.setObjectName(u"reflectionsDueCount")
        self.reflectionsDueCount.setStyleSheet(u"font-size: 26pt; font-weight: 600;")
        self.reflectionsDueCount.setText(u"\u2013")

        self.countsLayout.addWidget(self.reflectionsDueCount, 0, 4, 1, 1)

        self.reflectionsDueCaption = QLabel(DashboardView)
        self.reflectionsDueCaption.setObjectName(u"reflectionsDueCaption")

        self.countsLayout.addWidget(self.reflectionsDueCaption, 1, 4, 1, 1)


        self.mainLayout.addLayout(self.countsLayout)

        self.listsLayout = QHBoxLayout()
        self.listsLayout.setObjectName(u"listsLayout")
        self.thisWeekBox = QGroupBox(DashboardView)
        self.thisWeekBox.setObjectName(u"thisWeekBox")
        self.thisWeekBoxLayout = QVBoxLayout(self.thisWeekBox)
        self.thisWeekBoxLayout.setObjectName(u"thisWeekBoxLayout")
        self.thisWeekList = QListWidget(self.thisWeekBox)
        self.thisWeekList.setObjectName(u"thisWeekList")

        self.thisWeekBoxLayout.addWidget(self.thisWeekList)


        self.listsLayout.addWidget(self.thisWeekBox)

        self.overdueBox = QGroupBox(DashboardView)
        self.overdueBox.setObjectName(u"overdueBox")
        self.overdueBoxLayout = QVBoxLayout(self.overdueBox)
        self.overdueBoxLayout.setObjectName(u"overdueBoxLayout")
        self.overdueList = QListWidget(self.overdueBox)
        self.overdueList.setObjectName(u"overdueList")

        self.overdueBoxLayout.addWidget(self.overdueList)


        self.listsLayout.addWidget(self.overdueBox)

        self.dueBox = QGroupBox(DashboardView)
        self.dueBox.setObjectName(u"dueBox")
        self.dueBoxLayout = QVBoxLayout(self.dueBox)
        self.dueBoxLayout.setObjectName(u"dueBoxLayout")
        self.dueList = QListWidget(self.dueBox)
        self.dueList.setObjectName(u"dueList")

        self.dueBoxLayout.addWidget(self.dueList)


        self.listsLayout.addWidget(self.dueBox)


        self.mainLayout.addLayout(self.listsLayout)

        self.stalledBox = QGroupBox(DashboardView)
        self.stalledBox.setObjectName(u"stalledBox")
        self.stalledBoxLayout = QVBoxLayout(self.stalledBox)
        self.stalledBoxLayout.setObjectName(u"stalledBoxLayout")
        self.stalledList = QListWidget(self.stalledBox)
        self.stalledList.setObjectName(u"stalledList")

        self.stalledBoxLayout.addWidget(self.stalledList)


        self.mainLayout.addWidget(self.stalledBox)

        self.emptyHint = QLabel(DashboardView)
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setWordWrap(True)

        self.mainLayout.addWidget(self.emptyHint)


        self.retranslateUi(DashboardView)

        QMetaObject.connectSlotsByName(DashboardView)
    # setupUi

    def retranslateUi(self, DashboardView):
        self.titleLabel.setText(QCoreApplication.translate("DashboardView", u"Dashboard", None))
        self.weekLabel.setText("")
        self.peopleCaption.setText(QCoreApplication.translate("DashboardView", u"active people", None))
        self.programsCaption.setText(QCoreApplication.translate("DashboardView", u"programs", None))
        self.pairsCaption.setText(QCoreApplication.translate("DashboardView", u"pairs", None))
        self.sessionsWeekCaption.setText(QCoreApplication.translate("DashboardView", u"sessions this week", None))
        self.reflectionsDueCaption.setText(QCoreApplication.translate("DashboardView", u"reflections due", None))
        self.thisWeekBox.setTitle(QCoreApplication.translate("DashboardView", u"This week's sessions", None))
#if QT_CONFIG(accessibility)
        self.thisWeekList.setAccessibleName(QCoreApplication.translate("DashboardView", u"This week's sessions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.thisWeekList.setToolTip(QCoreApplication.translate("DashboardView", u"Double-click or press Enter to open", None))
#endif // QT_CONFIG(tooltip)
        self.overdueBox.setTitle(QCoreApplication.translate("DashboardView", u"Past sessions without a status", None))
#if QT_CONFIG(accessibility)
        self.overdueList.setAccessibleName(QCoreApplication.translate("DashboardView", u"Past sessions without a status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.overdueList.setToolTip(QCoreApplication.translate("DashboardView", u"Double-click or press Enter to open", None))
#endif // QT_CONFIG(tooltip)
        self.dueBox.setTitle(QCoreApplication.translate("DashboardView", u"Reflections due", None))
#if QT_CONFIG(accessibility)
        self.dueList.setAccessibleName(QCoreApplication.translate("DashboardView", u"Reflections due", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.dueList.setToolTip(QCoreApplication.translate("DashboardView", u"Double-click or press Enter to open", None))
#endif // QT_CONFIG(tooltip)
        self.stalledBox.setTitle(QCoreApplication.translate("DashboardView", u"Stalled pairs", None))
#if QT_CONFIG(tooltip)
        self.stalledBox.setToolTip(QCoreApplication.translate("DashboardView", u"Pairs of active programs with no session lately and none planned", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.stalledList.setAccessibleName(QCoreApplication.translate("DashboardView", u"Stalled pairs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.stalledList.setToolTip(QCoreApplication.translate("DashboardView", u"Double-click or press Enter to open the program", None))
#endif // QT_CONFIG(tooltip)
        self.emptyHint.setText(QCoreApplication.translate("DashboardView", u"This database is empty. Load the demo company with \u201cshadowdesk demo\u201d, or import your staff roster.", None))
        pass
    # retranslateUi

