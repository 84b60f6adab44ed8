# Generated from ui/session_dialog.ui by packaging/build_forms.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTextBrowser,
    QTimeEdit, QVBoxLayout, QWidget)

class Ui_SessionDialog(object):
    def setupUi(self, SessionDialog):
        if not SessionDialog.objectName():
            SessionDialog.setObjectName(u"SessionDialog")
        SessionDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(SessionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.label0 = QLabel(SessionDialog)
        self.label0.setObjectName(u"label0")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label0)

        self.kindCombo = QComboBox(SessionDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.label1 = QLabel(SessionDialog)
        self.label1.setObjectName(u"label1")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label1)

        self.programCombo = QComboBox(SessionDialog)
        self.programCombo.setObjectName(u"programCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.programCombo)

        self.pairLabel = QLabel(SessionDialog)
        self.pairLabel.setObjectName(u"pairLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pairLabel)

        self.pairCombo = QComboBox(SessionDialog)
        self.pairCombo.setObjectName(u"pairCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pairCombo)

        self.pairNoteLabel = QLabel(SessionDialog)
        self.pairNoteLabel.setObjectName(u"pairNoteLabel")
        self.pairNoteLabel.setWordWrap(True)
        self.pairNoteLabel.setText(u"")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pairNoteLabel)

        self.label2 = QLabel(SessionDialog)
        self.label2.setObjectName(u"label2")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label2)

        self.hostCombo = QComboBox(SessionDialog)
        self.hostCombo.setObjectName(u"hostCombo")
        self.hostCombo.setEditable(True)
        self.hostCombo.setInsertPolicy(QComboBox.NoInsert)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.hostCombo)

        self.label3 = QLabel(SessionDialog)
        self.label3.setObjectName(u"label3")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label3)

        self.guestPickLayout = QHBoxLayout()
        self.guestPickLayout.setObjectName(u"guestPickLayout")
        self.guestCombo = QComboBox(SessionDialog)
        self.guestCombo.setObjectName(u"guestCombo")
        self.guestCombo.setEditable(True)
        self.guestCombo.setInsertPolicy(QComboBox.NoInsert)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.guestCombo.sizePolicy().hasHeightForWidth())
        self.guestCombo.setSizePolicy(sizePolicy)

        self.guestPickLayout.addWidget(self.guestCombo)

        self.addGuestButton = QPushButton(SessionDialog)
        self.addGuestButton.setObjectName(u"addGuestButton")

        self.guestPickLayout.addWidget(self.addGuestButton)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.guestPickLayout)

        self.guestListLayout = QHBoxLayout()
        self.guestListLayout.setObjectName(u"guestListLayout")
        self.guestsList = QListWidget(SessionDialog)
        self.guestsList.setObjectName(u"guestsList")
        self.guestsList.setMaximumSize(QSize(16777215, 64))

        self.guestListLayout.addWidget(self.guestsList)

        self.removeGuestButton = QPushButton(SessionDialog)
        self.removeGuestButton.setObjectName(u"removeGuestButton")

        self.guestListLayout.addWidget(self.removeGuestButton)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.guestListLayout)

        self.label5 = QLabel(SessionDialog)
        self.label5.setObjectName(u"label5")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label5)

        self.dateEdit = QDateEdit(SessionDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd ddd")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.label6 = QLabel(SessionDialog)
        self.label6.setObjectName(u"label6")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label6)

        self.startEdit = QTimeEdit(SessionDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setDisplayFormat(u"HH:mm")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.label7 = QLabel(SessionDialog)
        self.label7.setObjectName(u"label7")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label7)

        self.durationSpin = QSpinBox(SessionDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(15)
        self.durationSpin.setMaximum(720)
        self.durationSpin.setSingleStep(15)
        self.durationSpin.setValue(120)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.label8 = QLabel(SessionDialog)
        self.label8.setObjectName(u"label8")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.label8)

        self.zoneCombo = QComboBox(SessionDialog)
        self.zoneCombo.setObjectName(u"zoneCombo")
        self.zoneCombo.setEditable(True)
        self.zoneCombo.setInsertPolicy(QComboBox.NoInsert)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.zoneCombo)

        self.label9 = QLabel(SessionDialog)
        self.label9.setObjectName(u"label9")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.label9)

        self.localTimesLabel = QLabel(SessionDialog)
        self.localTimesLabel.setObjectName(u"localTimesLabel")
        self.localTimesLabel.setWordWrap(True)
        self.localTimesLabel.setText(u"")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.localTimesLabel)

        self.label10 = QLabel(SessionDialog)
        self.label10.setObjectName(u"label10")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.label10)

        self.locationEdit = QLineEdit(SessionDialog)
        self.locationEdit.setObjectName(u"locationEdit")
        self.locationEdit.setMaxLength(300)

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.label11 = QLabel(SessionDialog)
        self.label11.setObjectName(u"label11")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.label11)

        self.customerLayout = QHBoxLayout()
        self.customerLayout.setObjectName(u"customerLayout")
        self.customerCombo = QComboBox(SessionDialog)
        self.customerCombo.setObjectName(u"customerCombo")
        self.customerCombo.setEditable(True)
        self.customerCombo.setInsertPolicy(QComboBox.NoInsert)
        sizePolicy.setHeightForWidth(self.customerCombo.sizePolicy().hasHeightForWidth())
        self.customerCombo.setSizePolicy(sizePolicy)

        self.customerLayout.addWidget(self.customerCombo)

        self.createCustomerButton = QPushButton(SessionDialog)
        self.createCustomerButton.setObjectName(u"createCustomerButton")
        self.createCustomerButton.setText(u"")

        self.customerLayout.addWidget(self.createCustomerButton)


        self.formLayout.setLayout(13, QFormLayout.ItemRole.FieldRole, self.customerLayout)

        self.label12 = QLabel(SessionDialog)
        self.label12.setObjectName(u"label12")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.label12)

        self.projectLayout = QHBoxLayout()
        self.projectLayout.setObjectName(u"projectLayout")
        self.projectCombo = QComboBox(SessionDialog)
        self.projectCombo.setObjectName(u"projectCombo")
        self.projectCombo.setEditable(True)
        self.projectCombo.setInsertPolicy(QComboBox.NoInsert)
        sizePolicy.setHeightForWidth(self.projectCombo.sizePolicy().hasHeightForWidth())
        self.projectCombo.setSizePolicy(sizePolicy)

        self.projectLayout.addWidget(self.projectCombo)

        self.createProjectButton = QPushButton(SessionDialog)
        self.createProjectButton.setObjectName(u"createProjectButton")
        self.createProjectButton.setText(u"")

        self.projectLayout.addWidget(self.createProjectButton)


        self.formLayout.setLayout(14, QFormLayout.ItemRole.FieldRole, self.projectLayout)

        self.skillsLabel = QLabel(SessionDialog)
        self.skillsLabel.setObjectName(u"skillsLabel")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.skillsLabel)

        self.skillsList = QListWidget(SessionDialog)
        self.skillsList.setObjectName(u"skillsList")
        self.skillsList.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.skillsList)

        self.label13 = QLabel(SessionDialog)
        self.label13.setObjectName(u"label13")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.label13)

        self.agendaEdit = QPlainTextEdit(SessionDialog)
        self.agendaEdit.setObjectName(u"agendaEdit")
        self.agendaEdit.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.agendaEdit)

        self.label14 = QLabel(SessionDialog)
        self.label14.setObjectName(u"label14")

        self.formLayout.setWidget(17, QFormLayout.ItemRole.LabelRole, self.label14)

        self.repeatLayout = QHBoxLayout()
        self.repeatLayout.setObjectName(u"repeatLayout")
        self.repeatCombo = QComboBox(SessionDialog)
        self.repeatCombo.setObjectName(u"repeatCombo")

        self.repeatLayout.addWidget(self.repeatCombo)

        self.repeatEndCombo = QComboBox(SessionDialog)
        self.repeatEndCombo.setObjectName(u"repeatEndCombo")

        self.repeatLayout.addWidget(self.repeatEndCombo)

        self.repeatUntilEdit = QDateEdit(SessionDialog)
        self.repeatUntilEdit.setObjectName(u"repeatUntilEdit")
        self.repeatUntilEdit.setCalendarPopup(True)
        self.repeatUntilEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.repeatLayout.addWidget(self.repeatUntilEdit)

        self.repeatCountSpin = QSpinBox(SessionDialog)
        self.repeatCountSpin.setObjectName(u"repeatCountSpin")
        self.repeatCountSpin.setMinimum(2)
        self.repeatCountSpin.setMaximum(104)
        self.repeatCountSpin.setValue(4)

        self.repeatLayout.addWidget(self.repeatCountSpin)


        self.formLayout.setLayout(17, QFormLayout.ItemRole.FieldRole, self.repeatLayout)

        self.label15 = QLabel(SessionDialog)
        self.label15.setObjectName(u"label15")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.label15)

        self.scopeCombo = QComboBox(SessionDialog)
        self.scopeCombo.setObjectName(u"scopeCombo")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.scopeCombo)

        self.loggedCheck = QCheckBox(SessionDialog)
        self.loggedCheck.setObjectName(u"loggedCheck")

        self.formLayout.setWidget(19, QFormLayout.ItemRole.FieldRole, self.loggedCheck)


        self.mainLayout.addLayout(self.formLayout)

        self.briefingView = QTextBrowser(SessionDialog)
        self.briefingView.setObjectName(u"briefingView")
        self.briefingView.setVisible(False)
        self.briefingView.setMinimumSize(QSize(0, 260))

        self.mainLayout.addWidget(self.briefingView)

        self.statusBox = QGroupBox(SessionDialog)
        self.statusBox.setObjectName(u"statusBox")
        self.statusLayout = QHBoxLayout(self.statusBox)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusLabel = QLabel(self.statusBox)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")

        self.statusLayout.addWidget(self.statusLabel)

        self.reasonEdit = QLineEdit(self.statusBox)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.statusLayout.addWidget(self.reasonEdit)

        self.completeButton = QPushButton(self.statusBox)
        self.completeButton.setObjectName(u"completeButton")

        self.statusLayout.addWidget(self.completeButton)

        self.cancelSessionButton = QPushButton(self.statusBox)
        self.cancelSessionButton.setObjectName(u"cancelSessionButton")

        self.statusLayout.addWidget(self.cancelSessionButton)

        self.noShowButton = QPushButton(self.statusBox)
        self.noShowButton.setObjectName(u"noShowButton")

        self.statusLayout.addWidget(self.noShowButton)


        self.mainLayout.addWidget(self.statusBox)

        self.warningsBox = QGroupBox(SessionDialog)
        self.warningsBox.setObjectName(u"warningsBox")
        self.warningsLayout = QVBoxLayout(self.warningsBox)
        self.warningsLayout.setObjectName(u"warningsLayout")
        self.warningsList = QListWidget(self.warningsBox)
        self.warningsList.setObjectName(u"warningsList")
        self.warningsList.setWordWrap(True)
        self.warningsList.setMaximumSize(QSize(16777215, 110))

        self.warningsLayout.addWidget(self.warningsList)

        self.warningButtonsLayout = QHBoxLayout()
        self.warningButtonsLayout.setObjectName(u"warningButtonsLayout")
        self.warningSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.warningButtonsLayout.addItem(self.warningSpacer)

        self.backButton = QPushButton(self.warningsBox)
        self.backButton.setObjectName(u"backButton")

        self.warningButtonsLayout.addWidget(self.backButton)

        self.acceptButton = QPushButton(self.warningsBox)
        self.acceptButton.setObjectName(u"acceptButton")

        self.warningButtonsLayout.addWidget(self.acceptButton)


        self.warningsLayout.addLayout(self.warningButtonsLayout)


        self.mainLayout.addWidget(self.warningsBox)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.exportButton = QPushButton(SessionDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.bottomLayout.addWidget(self.exportButton)

        self.emailButton = QPushButton(SessionDialog)
        self.emailButton.setObjectName(u"emailButton")

        self.bottomLayout.addWidget(self.emailButton)

        self.buttonBox = QDialogButtonBox(SessionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.bottomLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.label0.setBuddy(self.kindCombo)
        self.label1.setBuddy(self.programCombo)
        self.pairLabel.setBuddy(self.pairCombo)
        self.label2.setBuddy(self.hostCombo)
        self.label3.setBuddy(self.guestCombo)
        self.label5.setBuddy(self.dateEdit)
        self.label6.setBuddy(self.startEdit)
        self.label7.setBuddy(self.durationSpin)
        self.label8.setBuddy(self.zoneCombo)
        self.label10.setBuddy(self.locationEdit)
        self.label11.setBuddy(self.customerCombo)
        self.label12.setBuddy(self.projectCombo)
        self.skillsLabel.setBuddy(self.skillsList)
        self.label13.setBuddy(self.agendaEdit)
        self.label14.setBuddy(self.repeatCombo)
        self.label15.setBuddy(self.scopeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SessionDialog)

        QMetaObject.connectSlotsByName(SessionDialog)
    # setupUi

    def retranslateUi(self, SessionDialog):
        SessionDialog.setWindowTitle(QCoreApplication.translate("SessionDialog", u"Session", None))
        self.label0.setText(QCoreApplication.translate("SessionDialog", u"&Kind:", None))
        self.label1.setText(QCoreApplication.translate("SessionDialog", u"&Program:", None))
        self.pairLabel.setText(QCoreApplication.translate("SessionDialog", u"Pa&ir:", None))
        self.label2.setText(QCoreApplication.translate("SessionDialog", u"&Host:", None))
        self.label3.setText(QCoreApplication.translate("SessionDialog", u"&Guests:", None))
        self.addGuestButton.setText(QCoreApplication.translate("SessionDialog", u"&Add guest", None))
        self.removeGuestButton.setText(QCoreApplication.translate("SessionDialog", u"Re&move", None))
        self.label5.setText(QCoreApplication.translate("SessionDialog", u"&Date:", None))
        self.label6.setText(QCoreApplication.translate("SessionDialog", u"S&tart:", None))
        self.label7.setText(QCoreApplication.translate("SessionDialog", u"D&uration:", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("SessionDialog", u" min", None))
        self.label8.setText(QCoreApplication.translate("SessionDialog", u"Time &zone:", None))
        self.label9.setText(QCoreApplication.translate("SessionDialog", u"Local times:", None))
        self.label10.setText(QCoreApplication.translate("SessionDialog", u"&Location or call link:", None))
        self.label11.setText(QCoreApplication.translate("SessionDialog", u"&Customer:", None))
        self.label12.setText(QCoreApplication.translate("SessionDialog", u"Pro&ject:", None))
        self.skillsLabel.setText(QCoreApplication.translate("SessionDialog", u"Skills this session t&eaches:", None))
        self.label13.setText(QCoreApplication.translate("SessionDialog", u"Age&nda:", None))
        self.label14.setText(QCoreApplication.translate("SessionDialog", u"&Repeat:", None))
        self.repeatCountSpin.setSuffix(QCoreApplication.translate("SessionDialog", u" times", None))
        self.label15.setText(QCoreApplication.translate("SessionDialog", u"Appl&y changes to:", None))
        self.loggedCheck.setText(QCoreApplication.translate("SessionDialog", u"It already happened: l&og it as completed", None))
#if QT_CONFIG(accessibility)
        self.briefingView.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Briefing", None))
#endif // QT_CONFIG(accessibility)
        self.statusBox.setTitle(QCoreApplication.translate("SessionDialog", u"What happened", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"Reason (required to cancel)", None))
        self.completeButton.setText(QCoreApplication.translate("SessionDialog", u"Completed", None))
        self.cancelSessionButton.setText(QCoreApplication.translate("SessionDialog", u"Cancel session", None))
        self.noShowButton.setText(QCoreApplication.translate("SessionDialog", u"No-show", None))
        self.warningsBox.setTitle(QCoreApplication.translate("SessionDialog", u"Please check before saving", None))
        self.backButton.setText(QCoreApplication.translate("SessionDialog", u"&Back", None))
        self.acceptButton.setText(QCoreApplication.translate("SessionDialog", u"Accept and sa&ve", None))
        self.exportButton.setText(QCoreApplication.translate("SessionDialog", u"Export .ics\u2026", None))
        self.emailButton.setText(QCoreApplication.translate("SessionDialog", u"Email invite", None))
    # retranslateUi

