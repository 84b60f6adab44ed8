# Generated from ui/enroll_dialog.ui by packaging/build_forms.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpinBox, QTableView,
    QVBoxLayout, QWidget)

class Ui_EnrollDialog(object):
    def setupUi(self, EnrollDialog):
        if not EnrollDialog.objectName():
            EnrollDialog.setObjectName(u"EnrollDialog")
        EnrollDialog.resize(620, 520)
        self.mainLayout = QVBoxLayout(EnrollDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(EnrollDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setText(u"")

        self.mainLayout.addWidget(self.headingLabel)

        self.chosenRadio = QRadioButton(EnrollDialog)
        self.chosenRadio.setObjectName(u"chosenRadio")
        self.chosenRadio.setChecked(True)

        self.mainLayout.addWidget(self.chosenRadio)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(EnrollDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.filterDepartmentCombo = QComboBox(EnrollDialog)
        self.filterDepartmentCombo.setObjectName(u"filterDepartmentCombo")

        self.filterLayout.addWidget(self.filterDepartmentCombo)


        self.mainLayout.addLayout(self.filterLayout)

        self.peopleTable = QTableView(EnrollDialog)
        self.peopleTable.setObjectName(u"peopleTable")
        self.peopleTable.setTabKeyNavigation(False)
        self.peopleTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.peopleTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.peopleTable.setSortingEnabled(True)
        self.peopleTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.mainLayout.addWidget(self.peopleTable)

        self.departmentLayout = QHBoxLayout()
        self.departmentLayout.setObjectName(u"departmentLayout")
        self.departmentRadio = QRadioButton(EnrollDialog)
        self.departmentRadio.setObjectName(u"departmentRadio")

        self.departmentLayout.addWidget(self.departmentRadio)

        self.departmentCombo = QComboBox(EnrollDialog)
        self.departmentCombo.setObjectName(u"departmentCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.departmentCombo.sizePolicy().hasHeightForWidth())
        self.departmentCombo.setSizePolicy(sizePolicy)

        self.departmentLayout.addWidget(self.departmentCombo)


        self.mainLayout.addLayout(self.departmentLayout)

        self.emailsLayout = QHBoxLayout()
        self.emailsLayout.setObjectName(u"emailsLayout")
        self.emailsRadio = QRadioButton(EnrollDialog)
        self.emailsRadio.setObjectName(u"emailsRadio")

        self.emailsLayout.addWidget(self.emailsRadio)

        self.emailsFileEdit = QLineEdit(EnrollDialog)
        self.emailsFileEdit.setObjectName(u"emailsFileEdit")

        self.emailsLayout.addWidget(self.emailsFileEdit)

        self.browseButton = QPushButton(EnrollDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.emailsLayout.addWidget(self.browseButton)


        self.mainLayout.addLayout(self.emailsLayout)

        self.capacityLayout = QFormLayout()
        self.capacityLayout.setObjectName(u"capacityLayout")
        self.capacityLabel = QLabel(EnrollDialog)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.capacityLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacitySpin = QSpinBox(EnrollDialog)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMinimum(1)
        self.capacitySpin.setMaximum(10)

        self.capacityLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.capacitySpin)


        self.mainLayout.addLayout(self.capacityLayout)

        self.errorLabel = QLabel(EnrollDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EnrollDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.capacityLabel.setBuddy(self.capacitySpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EnrollDialog)

        QMetaObject.connectSlotsByName(EnrollDialog)
    # setupUi

    def retranslateUi(self, EnrollDialog):
        EnrollDialog.setWindowTitle(QCoreApplication.translate("EnrollDialog", u"Enroll people", None))
        self.chosenRadio.setText(QCoreApplication.translate("EnrollDialog", u"&Chosen people (select several with Ctrl or Shift)", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("EnrollDialog", u"Search by name, email or office", None))
        self.departmentRadio.setText(QCoreApplication.translate("EnrollDialog", u"Everyone active in the &department", None))
        self.emailsRadio.setText(QCoreApplication.translate("EnrollDialog", u"Email addresses from a &file", None))
        self.emailsFileEdit.setPlaceholderText(QCoreApplication.translate("EnrollDialog", u"a CSV or text file with one address per line", None))
        self.browseButton.setText(QCoreApplication.translate("EnrollDialog", u"&Browse\u2026", None))
        self.capacityLabel.setText(QCoreApplication.translate("EnrollDialog", u"&Partners each may take per round", None))
    # retranslateUi

