# Generated from ui/project_dialog.ui by packaging/build_forms.py. Do not edit: edit the .ui file.
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

class Ui_ProjectDialog(object):
    def setupUi(self, ProjectDialog):
        if not ProjectDialog.objectName():
            ProjectDialog.setObjectName(u"ProjectDialog")
        ProjectDialog.resize(420, 220)
        self.mainLayout = QVBoxLayout(ProjectDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(ProjectDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ProjectDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.referenceLabel = QLabel(ProjectDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(ProjectDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")
        self.referenceEdit.setMaxLength(120)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.pmLabel = QLabel(ProjectDialog)
        self.pmLabel.setObjectName(u"pmLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pmLabel)

        self.pmCombo = QComboBox(ProjectDialog)
        self.pmCombo.setObjectName(u"pmCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pmCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ProjectDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProjectDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.pmLabel.setBuddy(self.pmCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProjectDialog)

        QMetaObject.connectSlotsByName(ProjectDialog)
    # setupUi

    def retranslateUi(self, ProjectDialog):
        ProjectDialog.setWindowTitle(QCoreApplication.translate("ProjectDialog", u"Project", None))
        self.nameLabel.setText(QCoreApplication.translate("ProjectDialog", u"&Name", None))
        self.referenceLabel.setText(QCoreApplication.translate("ProjectDialog", u"&Reference", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("ProjectDialog", u"e.g. the TMS project number", None))
        self.pmLabel.setText(QCoreApplication.translate("ProjectDialog", u"&PM owner", None))
    # retranslateUi

