# Generated from ui/program_dialog.ui by packaging/build_forms.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ProgramDialog(object):
    def setupUi(self, ProgramDialog):
        if not ProgramDialog.objectName():
            ProgramDialog.setObjectName(u"ProgramDialog")
        ProgramDialog.resize(480, 420)
        self.mainLayout = QVBoxLayout(ProgramDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(ProgramDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ProgramDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.startLabel = QLabel(ProgramDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startDateEdit = QDateEdit(ProgramDialog)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)
        self.startDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.endLabel = QLabel(ProgramDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endDateEdit = QDateEdit(ProgramDialog)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setCalendarPopup(True)
        self.endDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endDateEdit)

        self.sideALabel = QLabel(ProgramDialog)
        self.sideALabel.setObjectName(u"sideALabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sideALabel)

        self.sideACombo = QComboBox(ProgramDialog)
        self.sideACombo.setObjectName(u"sideACombo")
        self.sideACombo.setEditable(True)
        self.sideACombo.setInsertPolicy(QComboBox.NoInsert)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sideACombo)

        self.sideBLabel = QLabel(ProgramDialog)
        self.sideBLabel.setObjectName(u"sideBLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sideBLabel)

        self.sideBCombo = QComboBox(ProgramDialog)
        self.sideBCombo.setObjectName(u"sideBCombo")
        self.sideBCombo.setEditable(True)
        self.sideBCombo.setInsertPolicy(QComboBox.NoInsert)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sideBCombo)

        self.sessionsLabel = QLabel(ProgramDialog)
        self.sessionsLabel.setObjectName(u"sessionsLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sessionsLabel)

        self.sessionsSpin = QSpinBox(ProgramDialog)
        self.sessionsSpin.setObjectName(u"sessionsSpin")
        self.sessionsSpin.setMinimum(1)
        self.sessionsSpin.setMaximum(100)
        self.sessionsSpin.setValue(4)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sessionsSpin)

        self.hoursLabel = QLabel(ProgramDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursSpin = QDoubleSpinBox(ProgramDialog)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setDecimals(1)
        self.hoursSpin.setMinimum(0.500000000000000)
        self.hoursSpin.setMaximum(1000.000000000000000)
        self.hoursSpin.setValue(16.000000000000000)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.hoursSpin)

        self.statusLabel = QLabel(ProgramDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(ProgramDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.descriptionLabel = QLabel(ProgramDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ProgramDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ProgramDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProgramDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.startLabel.setBuddy(self.startDateEdit)
        self.endLabel.setBuddy(self.endDateEdit)
        self.sideALabel.setBuddy(self.sideACombo)
        self.sideBLabel.setBuddy(self.sideBCombo)
        self.sessionsLabel.setBuddy(self.sessionsSpin)
        self.hoursLabel.setBuddy(self.hoursSpin)
        self.statusLabel.setBuddy(self.statusCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProgramDialog)

        QMetaObject.connectSlotsByName(ProgramDialog)
    # setupUi

    def retranslateUi(self, ProgramDialog):
        ProgramDialog.setWindowTitle(QCoreApplication.translate("ProgramDialog", u"Program", None))
        self.nameLabel.setText(QCoreApplication.translate("ProgramDialog", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ProgramDialog", u"e.g. Autumn Cross-Training", None))
        self.startLabel.setText(QCoreApplication.translate("ProgramDialog", u"&Starts", None))
        self.endLabel.setText(QCoreApplication.translate("ProgramDialog", u"&Ends", None))
        self.sideALabel.setText(QCoreApplication.translate("ProgramDialog", u"Side &A department", None))
        self.sideBLabel.setText(QCoreApplication.translate("ProgramDialog", u"Side &B department", None))
        self.sessionsLabel.setText(QCoreApplication.translate("ProgramDialog", u"Target &sessions per pair", None))
        self.hoursLabel.setText(QCoreApplication.translate("ProgramDialog", u"Target &hours per participant", None))
        self.statusLabel.setText(QCoreApplication.translate("ProgramDialog", u"S&tatus", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ProgramDialog", u"&Description", None))
    # retranslateUi

