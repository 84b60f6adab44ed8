# Generated from ui/pairing_review.ui by packaging/build_forms.py. Do not edit: edit the .ui file.
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
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_PairingReviewDialog(object):
    def setupUi(self, PairingReviewDialog):
        if not PairingReviewDialog.objectName():
            PairingReviewDialog.setObjectName(u"PairingReviewDialog")
        PairingReviewDialog.resize(900, 560)
        self.mainLayout = QVBoxLayout(PairingReviewDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(PairingReviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setText(u"")

        self.mainLayout.addWidget(self.summaryLabel)

        self.progressLayout = QHBoxLayout()
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressBar = QProgressBar(PairingReviewDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.progressLayout.addWidget(self.progressBar)

        self.cancelPlanningButton = QPushButton(PairingReviewDialog)
        self.cancelPlanningButton.setObjectName(u"cancelPlanningButton")

        self.progressLayout.addWidget(self.cancelPlanningButton)


        self.mainLayout.addLayout(self.progressLayout)

        self.proposalTable = QTableView(PairingReviewDialog)
        self.proposalTable.setObjectName(u"proposalTable")
        self.proposalTable.setTabKeyNavigation(False)
        self.proposalTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.proposalTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.proposalTable.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed)
        self.proposalTable.setWordWrap(False)

        self.mainLayout.addWidget(self.proposalTable)

        self.editLayout = QHBoxLayout()
        self.editLayout.setObjectName(u"editLayout")
        self.swapButton = QPushButton(PairingReviewDialog)
        self.swapButton.setObjectName(u"swapButton")

        self.editLayout.addWidget(self.swapButton)

        self.removeButton = QPushButton(PairingReviewDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.editLayout.addWidget(self.removeButton)

        self.editSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editLayout.addItem(self.editSpacer)


        self.mainLayout.addLayout(self.editLayout)

        self.datesHintLabel = QLabel(PairingReviewDialog)
        self.datesHintLabel.setObjectName(u"datesHintLabel")
        self.datesHintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.datesHintLabel)

        self.unpairedBox = QGroupBox(PairingReviewDialog)
        self.unpairedBox.setObjectName(u"unpairedBox")
        self.unpairedLayout = QHBoxLayout(self.unpairedBox)
        self.unpairedLayout.setObjectName(u"unpairedLayout")
        self.unpairedList = QListWidget(self.unpairedBox)
        self.unpairedList.setObjectName(u"unpairedList")
        self.unpairedList.setMaximumSize(QSize(16777215, 96))

        self.unpairedLayout.addWidget(self.unpairedList)

        self.byHandLayout = QFormLayout()
        self.byHandLayout.setObjectName(u"byHandLayout")
        self.partnerLabel = QLabel(self.unpairedBox)
        self.partnerLabel.setObjectName(u"partnerLabel")

        self.byHandLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partnerLabel)

        self.partnerCombo = QComboBox(self.unpairedBox)
        self.partnerCombo.setObjectName(u"partnerCombo")
        self.partnerCombo.setMinimumSize(QSize(200, 0))

        self.byHandLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partnerCombo)

        self.pairByHandButton = QPushButton(self.unpairedBox)
        self.pairByHandButton.setObjectName(u"pairByHandButton")

        self.byHandLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pairByHandButton)


        self.unpairedLayout.addLayout(self.byHandLayout)


        self.mainLayout.addWidget(self.unpairedBox)

        self.noteLabel = QLabel(PairingReviewDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setText(u"")

        self.mainLayout.addWidget(self.noteLabel)

        self.buttonBox = QDialogButtonBox(PairingReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.partnerLabel.setBuddy(self.partnerCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PairingReviewDialog)

        QMetaObject.connectSlotsByName(PairingReviewDialog)
    # setupUi

    def retranslateUi(self, PairingReviewDialog):
        PairingReviewDialog.setWindowTitle(QCoreApplication.translate("PairingReviewDialog", u"Review proposed pairs", None))
        self.cancelPlanningButton.setText(QCoreApplication.translate("PairingReviewDialog", u"&Stop planning", None))
#if QT_CONFIG(tooltip)
        self.swapButton.setToolTip(QCoreApplication.translate("PairingReviewDialog", u"Select two pairs of the same round to exchange their side-B partners", None))
#endif // QT_CONFIG(tooltip)
        self.swapButton.setText(QCoreApplication.translate("PairingReviewDialog", u"S&wap partners", None))
        self.removeButton.setText(QCoreApplication.translate("PairingReviewDialog", u"&Remove selected", None))
        self.datesHintLabel.setText(QCoreApplication.translate("PairingReviewDialog", u"Each round runs from its first to its last day. Double-click a date (or press F2) to change it for the whole round.", None))
        self.unpairedBox.setTitle(QCoreApplication.translate("PairingReviewDialog", u"Without a partner", None))
        self.partnerLabel.setText(QCoreApplication.translate("PairingReviewDialog", u"&Partner:", None))
#if QT_CONFIG(tooltip)
        self.pairByHandButton.setToolTip(QCoreApplication.translate("PairingReviewDialog", u"Add the person chosen on the left with this partner to the proposal", None))
#endif // QT_CONFIG(tooltip)
        self.pairByHandButton.setText(QCoreApplication.translate("PairingReviewDialog", u"Pair &by hand", None))
    # retranslateUi

