# Generated from ui/reflection_editor.ui by packaging/build_forms.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFrame,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ReflectionEditor(object):
    def setupUi(self, ReflectionEditor):
        if not ReflectionEditor.objectName():
            ReflectionEditor.setObjectName(u"ReflectionEditor")
        ReflectionEditor.resize(760, 720)
        self.mainLayout = QVBoxLayout(ReflectionEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(ReflectionEditor)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setStyleSheet(u"font-size: 15pt; font-weight: 600;")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setText(u"")

        self.mainLayout.addWidget(self.headingLabel)

        self.sessionLabel = QLabel(ReflectionEditor)
        self.sessionLabel.setObjectName(u"sessionLabel")
        self.sessionLabel.setWordWrap(True)
        self.sessionLabel.setText(u"")

        self.mainLayout.addWidget(self.sessionLabel)

        self.recoveryLabel = QLabel(ReflectionEditor)
        self.recoveryLabel.setObjectName(u"recoveryLabel")
        self.recoveryLabel.setWordWrap(True)
        self.recoveryLabel.setStyleSheet(u"background: #fff4ce; padding: 6px; border-radius: 4px;")

        self.mainLayout.addWidget(self.recoveryLabel)

        self.scrollArea = QScrollArea(ReflectionEditor)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.NoFrame)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.scrollLayout = QVBoxLayout(self.scrollContents)
        self.scrollLayout.setObjectName(u"scrollLayout")
        self.promptsLayout = QVBoxLayout()
        self.promptsLayout.setObjectName(u"promptsLayout")

        self.scrollLayout.addLayout(self.promptsLayout)

        self.freeTextLabel = QLabel(self.scrollContents)
        self.freeTextLabel.setObjectName(u"freeTextLabel")
        self.freeTextLabel.setStyleSheet(u"font-weight: 600;")

        self.scrollLayout.addWidget(self.freeTextLabel)

        self.freeTextEdit = QPlainTextEdit(self.scrollContents)
        self.freeTextEdit.setObjectName(u"freeTextEdit")
        self.freeTextEdit.setMinimumSize(QSize(0, 120))
        self.freeTextEdit.setTabChangesFocus(True)

        self.scrollLayout.addWidget(self.freeTextEdit)

        self.scrollArea.setWidget(self.scrollContents)

        self.mainLayout.addWidget(self.scrollArea)

        self.settingsLayout = QHBoxLayout()
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.ratingLabel = QLabel(ReflectionEditor)
        self.ratingLabel.setObjectName(u"ratingLabel")

        self.settingsLayout.addWidget(self.ratingLabel)

        self.ratingCombo = QComboBox(ReflectionEditor)
        self.ratingCombo.setObjectName(u"ratingCombo")

        self.settingsLayout.addWidget(self.ratingCombo)

        self.visibilityLabel = QLabel(ReflectionEditor)
        self.visibilityLabel.setObjectName(u"visibilityLabel")

        self.settingsLayout.addWidget(self.visibilityLabel)

        self.visibilityCombo = QComboBox(ReflectionEditor)
        self.visibilityCombo.setObjectName(u"visibilityCombo")

        self.settingsLayout.addWidget(self.visibilityCombo)

        self.settingsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.settingsLayout.addItem(self.settingsSpacer)


        self.mainLayout.addLayout(self.settingsLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.statusLabel = QLabel(ReflectionEditor)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")

        self.buttonsLayout.addWidget(self.statusLabel)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(ReflectionEditor)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)

        self.submitButton = QPushButton(ReflectionEditor)
        self.submitButton.setObjectName(u"submitButton")

        self.buttonsLayout.addWidget(self.submitButton)

        self.closeButton = QPushButton(ReflectionEditor)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.freeTextLabel.setBuddy(self.freeTextEdit)
        self.ratingLabel.setBuddy(self.ratingCombo)
        self.visibilityLabel.setBuddy(self.visibilityCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReflectionEditor)

        QMetaObject.connectSlotsByName(ReflectionEditor)
    # setupUi

    def retranslateUi(self, ReflectionEditor):
        ReflectionEditor.setWindowTitle(QCoreApplication.translate("ReflectionEditor", u"Reflection", None))
        self.recoveryLabel.setText(QCoreApplication.translate("ReflectionEditor", u"Text you typed before ShadowDesk closed unexpectedly was restored. It will be saved in a moment.", None))
        self.freeTextLabel.setText(QCoreApplication.translate("ReflectionEditor", u"Anything &else you want to remember", None))
        self.freeTextEdit.setPlaceholderText(QCoreApplication.translate("ReflectionEditor", u"Free notes: what you saw, what you would do differently, what to ask next time.", None))
        self.ratingLabel.setText(QCoreApplication.translate("ReflectionEditor", u"&How useful was the session?", None))
        self.visibilityLabel.setText(QCoreApplication.translate("ReflectionEditor", u"&Who may read it:", None))
        self.saveButton.setText(QCoreApplication.translate("ReflectionEditor", u"&Save draft", None))
        self.submitButton.setText(QCoreApplication.translate("ReflectionEditor", u"S&ubmit", None))
        self.closeButton.setText(QCoreApplication.translate("ReflectionEditor", u"&Close", None))
    # retranslateUi

