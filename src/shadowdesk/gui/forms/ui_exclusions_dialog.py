# Generated from ui/exclusions_dialog.ui by packaging/build_forms.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_ExclusionsDialog(object):
    def setupUi(self, ExclusionsDialog):
        if not ExclusionsDialog.objectName():
            ExclusionsDialog.setObjectName(u"ExclusionsDialog")
        ExclusionsDialog.resize(720, 540)
        self.mainLayout = QVBoxLayout(ExclusionsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(ExclusionsDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setText(u"")

        self.mainLayout.addWidget(self.headingLabel)

        self.exclusionsTable = QTableView(ExclusionsDialog)
        self.exclusionsTable.setObjectName(u"exclusionsTable")
        self.exclusionsTable.setTabKeyNavigation(False)
        self.exclusionsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.exclusionsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.exclusionsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.exclusionsTable.setWordWrap(False)

        self.mainLayout.addWidget(self.exclusionsTable)

        self.removeLayout = QHBoxLayout()
        self.removeLayout.setObjectName(u"removeLayout")
        self.removeButton = QPushButton(ExclusionsDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.removeLayout.addWidget(self.removeButton)

        self.removeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.removeLayout.addItem(self.removeSpacer)


        self.mainLayout.addLayout(self.removeLayout)

        self.addBox = QGroupBox(ExclusionsDialog)
        self.addBox.setObjectName(u"addBox")
        self.addLayout = QVBoxLayout(self.addBox)
        self.addLayout.setObjectName(u"addLayout")
        self.addForm = QFormLayout()
        self.addForm.setObjectName(u"addForm")
        self.personALabel = QLabel(self.addBox)
        self.personALabel.setObjectName(u"personALabel")
        self.personALabel.setText(u"")

        self.addForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personALabel)

        self.personACombo = QComboBox(self.addBox)
        self.personACombo.setObjectName(u"personACombo")
        self.personACombo.setEditable(True)
        self.personACombo.setInsertPolicy(QComboBox.NoInsert)

        self.addForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personACombo)

        self.personBLabel = QLabel(self.addBox)
        self.personBLabel.setObjectName(u"personBLabel")
        self.personBLabel.setText(u"")

        self.addForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.personBLabel)

        self.personBCombo = QComboBox(self.addBox)
        self.personBCombo.setObjectName(u"personBCombo")
        self.personBCombo.setEditable(True)
        self.personBCombo.setInsertPolicy(QComboBox.NoInsert)

        self.addForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personBCombo)

        self.scopeLabel = QLabel(self.addBox)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.addForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeLayout = QHBoxLayout()
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.programOnlyRadio = QRadioButton(self.addBox)
        self.programOnlyRadio.setObjectName(u"programOnlyRadio")
        self.programOnlyRadio.setChecked(True)

        self.scopeLayout.addWidget(self.programOnlyRadio)

        self.everyProgramRadio = QRadioButton(self.addBox)
        self.everyProgramRadio.setObjectName(u"everyProgramRadio")

        self.scopeLayout.addWidget(self.everyProgramRadio)

        self.scopeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scopeLayout.addItem(self.scopeSpacer)


        self.addForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.scopeLayout)

        self.reasonLabel = QLabel(self.addBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.addForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(self.addBox)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.addForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.addLayout.addLayout(self.addForm)

        self.excludeLayout = QHBoxLayout()
        self.excludeLayout.setObjectName(u"excludeLayout")
        self.excludeButton = QPushButton(self.addBox)
        self.excludeButton.setObjectName(u"excludeButton")

        self.excludeLayout.addWidget(self.excludeButton)

        self.excludeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.excludeLayout.addItem(self.excludeSpacer)


        self.addLayout.addLayout(self.excludeLayout)

        self.errorLabel = QLabel(self.addBox)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.addLayout.addWidget(self.errorLabel)


        self.mainLayout.addWidget(self.addBox)

        self.buttonBox = QDialogButtonBox(ExclusionsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personALabel.setBuddy(self.personACombo)
        self.personBLabel.setBuddy(self.personBCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExclusionsDialog)

        self.excludeButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExclusionsDialog)
    # setupUi

    def retranslateUi(self, ExclusionsDialog):
        ExclusionsDialog.setWindowTitle(QCoreApplication.translate("ExclusionsDialog", u"Excluded pairs", None))
#if QT_CONFIG(accessibility)
        self.exclusionsTable.setAccessibleName(QCoreApplication.translate("ExclusionsDialog", u"Excluded pairs", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("ExclusionsDialog", u"&Remove\u2026", None))
        self.addBox.setTitle(QCoreApplication.translate("ExclusionsDialog", u"Exclude another pair", None))
        self.scopeLabel.setText(QCoreApplication.translate("ExclusionsDialog", u"Applies", None))
        self.programOnlyRadio.setText(QCoreApplication.translate("ExclusionsDialog", u"Only in this &program", None))
        self.everyProgramRadio.setText(QCoreApplication.translate("ExclusionsDialog", u"In e&very program", None))
        self.reasonLabel.setText(QCoreApplication.translate("ExclusionsDialog", u"Rea&son", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ExclusionsDialog", u"Optional: why, for the other coordinators", None))
        self.excludeButton.setText(QCoreApplication.translate("ExclusionsDialog", u"&Exclude this pair", None))
    # retranslateUi

