# Generated from ui/template_editor.ui by packaging/build_forms.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_TemplateEditor(object):
    def setupUi(self, TemplateEditor):
        if not TemplateEditor.objectName():
            TemplateEditor.setObjectName(u"TemplateEditor")
        TemplateEditor.resize(900, 520)
        self.mainLayout = QVBoxLayout(TemplateEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.templatesLabel = QLabel(TemplateEditor)
        self.templatesLabel.setObjectName(u"templatesLabel")

        self.listLayout.addWidget(self.templatesLabel)

        self.templatesList = QListWidget(TemplateEditor)
        self.templatesList.setObjectName(u"templatesList")
        self.templatesList.setMaximumSize(QSize(380, 16777215))

        self.listLayout.addWidget(self.templatesList)

        self.listButtonsLayout = QHBoxLayout()
        self.listButtonsLayout.setObjectName(u"listButtonsLayout")
        self.newButton = QPushButton(TemplateEditor)
        self.newButton.setObjectName(u"newButton")

        self.listButtonsLayout.addWidget(self.newButton)

        self.deleteButton = QPushButton(TemplateEditor)
        self.deleteButton.setObjectName(u"deleteButton")

        self.listButtonsLayout.addWidget(self.deleteButton)


        self.listLayout.addLayout(self.listButtonsLayout)


        self.bodyLayout.addLayout(self.listLayout)

        self.editLayout = QVBoxLayout()
        self.editLayout.setObjectName(u"editLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(TemplateEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(TemplateEditor)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(TemplateEditor)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(TemplateEditor)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.roleLabel = QLabel(TemplateEditor)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(TemplateEditor)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)


        self.editLayout.addLayout(self.formLayout)

        self.promptsLabel = QLabel(TemplateEditor)
        self.promptsLabel.setObjectName(u"promptsLabel")

        self.editLayout.addWidget(self.promptsLabel)

        self.promptsEdit = QPlainTextEdit(TemplateEditor)
        self.promptsEdit.setObjectName(u"promptsEdit")
        self.promptsEdit.setTabChangesFocus(True)

        self.editLayout.addWidget(self.promptsEdit)

        self.keepHint = QLabel(TemplateEditor)
        self.keepHint.setObjectName(u"keepHint")
        self.keepHint.setWordWrap(True)

        self.editLayout.addWidget(self.keepHint)

        self.saveLayout = QHBoxLayout()
        self.saveLayout.setObjectName(u"saveLayout")
        self.statusLabel = QLabel(TemplateEditor)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")

        self.saveLayout.addWidget(self.statusLabel)

        self.saveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveLayout.addItem(self.saveSpacer)

        self.saveButton = QPushButton(TemplateEditor)
        self.saveButton.setObjectName(u"saveButton")

        self.saveLayout.addWidget(self.saveButton)


        self.editLayout.addLayout(self.saveLayout)


        self.bodyLayout.addLayout(self.editLayout)


        self.mainLayout.addLayout(self.bodyLayout)

        self.buttonBox = QDialogButtonBox(TemplateEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.templatesLabel.setBuddy(self.templatesList)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.promptsLabel.setBuddy(self.promptsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TemplateEditor)

        QMetaObject.connectSlotsByName(TemplateEditor)
    # setupUi

    def retranslateUi(self, TemplateEditor):
        TemplateEditor.setWindowTitle(QCoreApplication.translate("TemplateEditor", u"Reflection Templates", None))
        self.templatesLabel.setText(QCoreApplication.translate("TemplateEditor", u"&Templates", None))
        self.newButton.setText(QCoreApplication.translate("TemplateEditor", u"Ne&w Template", None))
        self.deleteButton.setText(QCoreApplication.translate("TemplateEditor", u"&Delete", None))
        self.nameLabel.setText(QCoreApplication.translate("TemplateEditor", u"&Name", None))
        self.kindLabel.setText(QCoreApplication.translate("TemplateEditor", u"Session &kind", None))
        self.roleLabel.setText(QCoreApplication.translate("TemplateEditor", u"&Role", None))
        self.promptsLabel.setText(QCoreApplication.translate("TemplateEditor", u"&Prompts, one per line", None))
        self.keepHint.setText(QCoreApplication.translate("TemplateEditor", u"Changes apply to notes started from now on; a note already written keeps the prompts it was written with.", None))
        self.saveButton.setText(QCoreApplication.translate("TemplateEditor", u"&Save Template", None))
    # retranslateUi

