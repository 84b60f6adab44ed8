# Generated from ui/perception_dialog.ui by packaging/build_forms.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PerceptionDialog(object):
    def setupUi(self, PerceptionDialog):
        if not PerceptionDialog.objectName():
            PerceptionDialog.setObjectName(u"PerceptionDialog")
        PerceptionDialog.resize(640, 560)
        self.mainLayout = QVBoxLayout(PerceptionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(PerceptionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.choiceLayout = QFormLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.programLabel = QLabel(PerceptionDialog)
        self.programLabel.setObjectName(u"programLabel")

        self.choiceLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.programLabel)

        self.programCombo = QComboBox(PerceptionDialog)
        self.programCombo.setObjectName(u"programCombo")

        self.choiceLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.programCombo)

        self.phaseLabel = QLabel(PerceptionDialog)
        self.phaseLabel.setObjectName(u"phaseLabel")

        self.choiceLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phaseLabel)

        self.phaseCombo = QComboBox(PerceptionDialog)
        self.phaseCombo.setObjectName(u"phaseCombo")

        self.choiceLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phaseCombo)


        self.mainLayout.addLayout(self.choiceLayout)

        self.whoLabel = QLabel(PerceptionDialog)
        self.whoLabel.setObjectName(u"whoLabel")
        self.whoLabel.setWordWrap(True)
        self.whoLabel.setText(u"")

        self.mainLayout.addWidget(self.whoLabel)

        self.questionsBox = QGroupBox(PerceptionDialog)
        self.questionsBox.setObjectName(u"questionsBox")
        self.questionsLayout = QFormLayout(self.questionsBox)
        self.questionsLayout.setObjectName(u"questionsLayout")
        self.questionsLayout.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)

        self.mainLayout.addWidget(self.questionsBox)

        self.saveLayout = QHBoxLayout()
        self.saveLayout.setObjectName(u"saveLayout")
        self.saveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveLayout.addItem(self.saveSpacer)

        self.saveButton = QPushButton(PerceptionDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.saveLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.saveLayout)

        self.shiftBox = QGroupBox(PerceptionDialog)
        self.shiftBox.setObjectName(u"shiftBox")
        self.shiftLayout = QVBoxLayout(self.shiftBox)
        self.shiftLayout.setObjectName(u"shiftLayout")
        self.shiftLabel = QLabel(self.shiftBox)
        self.shiftLabel.setObjectName(u"shiftLabel")
        self.shiftLabel.setWordWrap(True)
        self.shiftLabel.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)
        self.shiftLabel.setText(u"")

        self.shiftLayout.addWidget(self.shiftLabel)


        self.mainLayout.addWidget(self.shiftBox)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(PerceptionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.programLabel.setBuddy(self.programCombo)
        self.phaseLabel.setBuddy(self.phaseCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PerceptionDialog)

        QMetaObject.connectSlotsByName(PerceptionDialog)
    # setupUi

    def retranslateUi(self, PerceptionDialog):
        PerceptionDialog.setWindowTitle(QCoreApplication.translate("PerceptionDialog", u"Perception Check", None))
        self.introLabel.setText(QCoreApplication.translate("PerceptionDialog", u"When you join a program and when it closes, rate how well you understand the other side's work: 1 means hardly at all, 5 means very well.", None))
        self.programLabel.setText(QCoreApplication.translate("PerceptionDialog", u"&Program", None))
        self.phaseLabel.setText(QCoreApplication.translate("PerceptionDialog", u"P&hase", None))
        self.questionsBox.setTitle(QCoreApplication.translate("PerceptionDialog", u"Your answers (1 = hardly at all, 5 = very well)", None))
        self.saveButton.setText(QCoreApplication.translate("PerceptionDialog", u"&Save Answers", None))
        self.shiftBox.setTitle(QCoreApplication.translate("PerceptionDialog", u"How each side's understanding shifted", None))
#if QT_CONFIG(accessibility)
        self.shiftLabel.setAccessibleName(QCoreApplication.translate("PerceptionDialog", u"Shift per side", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

