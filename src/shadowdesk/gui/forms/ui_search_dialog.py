# Generated from ui/search_dialog.ui by packaging/build_forms.py. Do not edit: edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QSizePolicy, QSplitter, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_SearchDialog(object):
    def setupUi(self, SearchDialog):
        if not SearchDialog.objectName():
            SearchDialog.setObjectName(u"SearchDialog")
        SearchDialog.resize(820, 560)
        self.mainLayout = QVBoxLayout(SearchDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.queryLayout = QHBoxLayout()
        self.queryLayout.setObjectName(u"queryLayout")
        self.queryEdit = QLineEdit(SearchDialog)
        self.queryEdit.setObjectName(u"queryEdit")
        self.queryEdit.setClearButtonEnabled(True)

        self.queryLayout.addWidget(self.queryEdit)

        self.syntaxCheck = QCheckBox(SearchDialog)
        self.syntaxCheck.setObjectName(u"syntaxCheck")

        self.queryLayout.addWidget(self.syntaxCheck)


        self.mainLayout.addLayout(self.queryLayout)

        self.countLabel = QLabel(SearchDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.mainLayout.addWidget(self.countLabel)

        self.splitter = QSplitter(SearchDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.resultsList = QListWidget(self.splitter)
        self.resultsList.setObjectName(u"resultsList")
        self.resultsList.setWordWrap(True)
        self.resultsList.setAlternatingRowColors(True)
        self.splitter.addWidget(self.resultsList)
        self.previewBrowser = QTextBrowser(self.splitter)
        self.previewBrowser.setObjectName(u"previewBrowser")
        self.splitter.addWidget(self.previewBrowser)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(2, 1)

        self.retranslateUi(SearchDialog)

        QMetaObject.connectSlotsByName(SearchDialog)
    # setupUi

    def retranslateUi(self, SearchDialog):
        SearchDialog.setWindowTitle(QCoreApplication.translate("SearchDialog", u"Search notes and ideas", None))
        self.queryEdit.setPlaceholderText(QCoreApplication.translate("SearchDialog", u"Words to find in notes and ideas (accents do not matter)", None))
#if QT_CONFIG(tooltip)
        self.syntaxCheck.setToolTip(QCoreApplication.translate("SearchDialog", u"\"a phrase\", OR between words, -word to leave out", None))
#endif // QT_CONFIG(tooltip)
        self.syntaxCheck.setText(QCoreApplication.translate("SearchDialog", u"Search syntax", None))
    # retranslateUi

