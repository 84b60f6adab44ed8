# Generated from ui/reports_view.ui by packaging/build_forms.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReportsView(object):
    def setupUi(self, ReportsView):
        if not ReportsView.objectName():
            ReportsView.setObjectName(u"ReportsView")
        self.mainLayout = QVBoxLayout(ReportsView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(ReportsView)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 20pt; font-weight: 600;")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ReportsView)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.choiceLayout = QFormLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.kindLabel = QLabel(ReportsView)
        self.kindLabel.setObjectName(u"kindLabel")

        self.choiceLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ReportsView)
        self.kindCombo.setObjectName(u"kindCombo")

        self.choiceLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.programLabel = QLabel(ReportsView)
        self.programLabel.setObjectName(u"programLabel")

        self.choiceLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.programLabel)

        self.programCombo = QComboBox(ReportsView)
        self.programCombo.setObjectName(u"programCombo")

        self.choiceLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.programCombo)

        self.personLabel = QLabel(ReportsView)
        self.personLabel.setObjectName(u"personLabel")

        self.choiceLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personCombo = QComboBox(ReportsView)
        self.personCombo.setObjectName(u"personCombo")

        self.choiceLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.privateNotesLabel = QLabel(ReportsView)
        self.privateNotesLabel.setObjectName(u"privateNotesLabel")
        self.privateNotesLabel.setWordWrap(True)

        self.choiceLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.privateNotesLabel)


        self.mainLayout.addLayout(self.choiceLayout)

        self.runLayout = QHBoxLayout()
        self.runLayout.setObjectName(u"runLayout")
        self.generateButton = QPushButton(ReportsView)
        self.generateButton.setObjectName(u"generateButton")

        self.runLayout.addWidget(self.generateButton)

        self.progressBar = QProgressBar(ReportsView)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.runLayout.addWidget(self.progressBar)

        self.cancelButton = QPushButton(ReportsView)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setEnabled(False)

        self.runLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.runLayout)

        self.statusLabel = QLabel(ReportsView)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.resultLayout = QHBoxLayout()
        self.resultLayout.setObjectName(u"resultLayout")
        self.openButton = QPushButton(ReportsView)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setEnabled(False)

        self.resultLayout.addWidget(self.openButton)

        self.saveButton = QPushButton(ReportsView)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)

        self.resultLayout.addWidget(self.saveButton)

        self.printButton = QPushButton(ReportsView)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setEnabled(False)

        self.resultLayout.addWidget(self.printButton)

        self.resultSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultLayout.addItem(self.resultSpacer)


        self.mainLayout.addLayout(self.resultLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.programLabel.setBuddy(self.programCombo)
        self.personLabel.setBuddy(self.personCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsView)

        QMetaObject.connectSlotsByName(ReportsView)
    # setupUi

    def retranslateUi(self, ReportsView):
        self.titleLabel.setText(QCoreApplication.translate("ReportsView", u"Reports", None))
        self.introLabel.setText(QCoreApplication.translate("ReportsView", u"A program report for management (private notes never appear in it), or one participant's record.", None))
        self.kindLabel.setText(QCoreApplication.translate("ReportsView", u"&Report:", None))
        self.programLabel.setText(QCoreApplication.translate("ReportsView", u"&Program:", None))
        self.personLabel.setText(QCoreApplication.translate("ReportsView", u"P&articipant:", None))
        self.privateNotesLabel.setText(QCoreApplication.translate("ReportsView", u"Private notes appear only in your own record, when you print it.", None))
        self.generateButton.setText(QCoreApplication.translate("ReportsView", u"&Generate", None))
        self.cancelButton.setText(QCoreApplication.translate("ReportsView", u"Cancel", None))
        self.openButton.setText(QCoreApplication.translate("ReportsView", u"&Open", None))
        self.saveButton.setText(QCoreApplication.translate("ReportsView", u"&Save As\u2026", None))
        self.printButton.setText(QCoreApplication.translate("ReportsView", u"P&rint\u2026", None))
        pass
    # retranslateUi

