# Generated from ui/customer_dialog.ui by packaging/build_forms.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CustomerDialog(object):
    def setupUi(self, CustomerDialog):
        if not CustomerDialog.objectName():
            CustomerDialog.setObjectName(u"CustomerDialog")
        CustomerDialog.resize(420, 200)
        self.mainLayout = QVBoxLayout(CustomerDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(CustomerDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CustomerDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.industryLabel = QLabel(CustomerDialog)
        self.industryLabel.setObjectName(u"industryLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.industryLabel)

        self.industryEdit = QLineEdit(CustomerDialog)
        self.industryEdit.setObjectName(u"industryEdit")
        self.industryEdit.setMaxLength(120)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.industryEdit)

        self.countryLabel = QLabel(CustomerDialog)
        self.countryLabel.setObjectName(u"countryLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryEdit = QLineEdit(CustomerDialog)
        self.countryEdit.setObjectName(u"countryEdit")
        self.countryEdit.setMaxLength(80)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.countryEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CustomerDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CustomerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.industryLabel.setBuddy(self.industryEdit)
        self.countryLabel.setBuddy(self.countryEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CustomerDialog)

        QMetaObject.connectSlotsByName(CustomerDialog)
    # setupUi

    def retranslateUi(self, CustomerDialog):
        CustomerDialog.setWindowTitle(QCoreApplication.translate("CustomerDialog", u"Customer", None))
        self.nameLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Name", None))
        self.industryLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Industry", None))
        self.countryLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Country", None))
    # retranslateUi

