# Generated from ui/person_dialog.ui by packaging/build_forms.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(440, 320)
        self.mainLayout = QVBoxLayout(PersonDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.fullNameLabel = QLabel(PersonDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(PersonDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.emailLabel = QLabel(PersonDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(PersonDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(320)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.departmentLabel = QLabel(PersonDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentEdit = QLineEdit(PersonDialog)
        self.departmentEdit.setObjectName(u"departmentEdit")
        self.departmentEdit.setMaxLength(120)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.departmentEdit)

        self.jobTitleLabel = QLabel(PersonDialog)
        self.jobTitleLabel.setObjectName(u"jobTitleLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.jobTitleLabel)

        self.jobTitleEdit = QLineEdit(PersonDialog)
        self.jobTitleEdit.setObjectName(u"jobTitleEdit")
        self.jobTitleEdit.setMaxLength(160)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.jobTitleEdit)

        self.locationLabel = QLabel(PersonDialog)
        self.locationLabel.setObjectName(u"locationLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(PersonDialog)
        self.locationEdit.setObjectName(u"locationEdit")
        self.locationEdit.setMaxLength(120)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.timeZoneLabel = QLabel(PersonDialog)
        self.timeZoneLabel.setObjectName(u"timeZoneLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.timeZoneLabel)

        self.timeZoneCombo = QComboBox(PersonDialog)
        self.timeZoneCombo.setObjectName(u"timeZoneCombo")
        self.timeZoneCombo.setEditable(True)
        self.timeZoneCombo.setInsertPolicy(QComboBox.NoInsert)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.timeZoneCombo)

        self.managerLabel = QLabel(PersonDialog)
        self.managerLabel.setObjectName(u"managerLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.managerLabel)

        self.managerEmailEdit = QLineEdit(PersonDialog)
        self.managerEmailEdit.setObjectName(u"managerEmailEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.managerEmailEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(PersonDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.jobTitleLabel.setBuddy(self.jobTitleEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.timeZoneLabel.setBuddy(self.timeZoneCombo)
        self.managerLabel.setBuddy(self.managerEmailEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.fullNameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Name", None))
        self.emailLabel.setText(QCoreApplication.translate("PersonDialog", u"&Email", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"name@company.com", None))
        self.departmentLabel.setText(QCoreApplication.translate("PersonDialog", u"&Department", None))
        self.jobTitleLabel.setText(QCoreApplication.translate("PersonDialog", u"&Job title", None))
        self.locationLabel.setText(QCoreApplication.translate("PersonDialog", u"&Location", None))
        self.timeZoneLabel.setText(QCoreApplication.translate("PersonDialog", u"&Time zone", None))
        self.managerLabel.setText(QCoreApplication.translate("PersonDialog", u"&Manager's email", None))
        self.managerEmailEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"empty: no manager", None))
    # retranslateUi

