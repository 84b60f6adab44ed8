# Generated from ui/settings_dialog.ui by packaging/build_forms.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGridLayout, QGroupBox, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(640, 620)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.databaseBox = QGroupBox(SettingsDialog)
        self.databaseBox.setObjectName(u"databaseBox")
        self.databaseLayout = QGridLayout(self.databaseBox)
        self.databaseLayout.setObjectName(u"databaseLayout")
        self.folderRadio = QRadioButton(self.databaseBox)
        self.folderRadio.setObjectName(u"folderRadio")
        self.folderRadio.setChecked(True)

        self.databaseLayout.addWidget(self.folderRadio, 0, 0, 1, 3)

        self.folderEdit = QLineEdit(self.databaseBox)
        self.folderEdit.setObjectName(u"folderEdit")

        self.databaseLayout.addWidget(self.folderEdit, 1, 0, 1, 2)

        self.folderBrowse = QPushButton(self.databaseBox)
        self.folderBrowse.setObjectName(u"folderBrowse")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.folderBrowse.sizePolicy().hasHeightForWidth())
        self.folderBrowse.setSizePolicy(sizePolicy)

        self.databaseLayout.addWidget(self.folderBrowse, 1, 2, 1, 1)

        self.serverRadio = QRadioButton(self.databaseBox)
        self.serverRadio.setObjectName(u"serverRadio")

        self.databaseLayout.addWidget(self.serverRadio, 2, 0, 1, 3)

        self.urlEdit = QLineEdit(self.databaseBox)
        self.urlEdit.setObjectName(u"urlEdit")
        self.urlEdit.setPlaceholderText(u"postgresql://user@host/database")

        self.databaseLayout.addWidget(self.urlEdit, 3, 0, 1, 3)

        self.testButton = QPushButton(self.databaseBox)
        self.testButton.setObjectName(u"testButton")
        sizePolicy.setHeightForWidth(self.testButton.sizePolicy().hasHeightForWidth())
        self.testButton.setSizePolicy(sizePolicy)

        self.databaseLayout.addWidget(self.testButton, 4, 0, 1, 1)

        self.testResult = QLabel(self.databaseBox)
        self.testResult.setObjectName(u"testResult")
        self.testResult.setWordWrap(True)
        self.testResult.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.databaseLayout.addWidget(self.testResult, 4, 1, 1, 2)


        self.dialogLayout.addWidget(self.databaseBox)

        self.generalBox = QGroupBox(SettingsDialog)
        self.generalBox.setObjectName(u"generalBox")
        self.settingsForm = QFormLayout(self.generalBox)
        self.settingsForm.setObjectName(u"settingsForm")
        self.settingsForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)

        self.dialogLayout.addWidget(self.generalBox)

        self.restartNote = QLabel(SettingsDialog)
        self.restartNote.setObjectName(u"restartNote")
        self.restartNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.restartNote)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.folderRadio, self.folderEdit)
        QWidget.setTabOrder(self.folderEdit, self.folderBrowse)
        QWidget.setTabOrder(self.folderBrowse, self.serverRadio)
        QWidget.setTabOrder(self.serverRadio, self.urlEdit)
        QWidget.setTabOrder(self.urlEdit, self.testButton)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Preferences", None))
        self.databaseBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Database", None))
        self.folderRadio.setText(QCoreApplication.translate("SettingsDialog", u"Data &folder on this computer", None))
#if QT_CONFIG(accessibility)
        self.folderEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Data folder", None))
#endif // QT_CONFIG(accessibility)
        self.folderBrowse.setText(QCoreApplication.translate("SettingsDialog", u"&Browse\u2026", None))
        self.serverRadio.setText(QCoreApplication.translate("SettingsDialog", u"&PostgreSQL server", None))
#if QT_CONFIG(accessibility)
        self.urlEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"PostgreSQL server URL", None))
#endif // QT_CONFIG(accessibility)
        self.testButton.setText(QCoreApplication.translate("SettingsDialog", u"&Test", None))
#if QT_CONFIG(accessibility)
        self.testResult.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Test result", None))
#endif // QT_CONFIG(accessibility)
        self.generalBox.setTitle(QCoreApplication.translate("SettingsDialog", u"General", None))
        self.restartNote.setText(QCoreApplication.translate("SettingsDialog", u"A new database or language takes effect as soon as you press OK: the window opens again.", None))
    # retranslateUi

