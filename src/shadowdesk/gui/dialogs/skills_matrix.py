"""The skills matrix of one program: people by skills, each cell the self-ratings at the start and the end
and the level others gave, coloured by where the person stands; a filter for the people with gaps, a CSV
export, and for coordinators a small catalogue editor.

Entry point: SkillsMatrixDialog(services, program_id, parent).open(). The signed-in person and the matrix
they may read are loaded off the GUI thread (a participant sees their own row and their partners'), with
every cell's text and colour worked out there too: the GUI thread only swaps the model's rows in.
Built in code rather than from a Designer file: the matrix's columns are the program's skills.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shadowdesk.domain import Side
from shadowdesk.gui import prompts
from shadowdesk.gui.models.skills_model import SkillsMatrixModel, prepare
from shadowdesk.gui.workers import Task, TaskRunner
from shadowdesk.services.errors import UserError
from shadowdesk.services.skills import SkillDraft, SkillInfo, SkillService
from shadowdesk.services.skills_starter import STARTER_LANGUAGES


class SkillsMatrixDialog(QDialog):
    def __init__(self, services, program_id: int, parent: QWidget | None = None,
                 tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._skills = services.skills
        self._program_id = program_id
        self._tasks = tasks or TaskRunner()
        self._task: Task | None = None
        self._loaded = False
        self.viewer = None
        self.catalogue_editor: SkillCatalogueDialog | None = None
        self.setWindowTitle(self.tr("Skills matrix"))
        self.resize(1100, 620)
        layout = QVBoxLayout(self)
        self.summary_label = QLabel(self.tr("Loading the matrix…"))
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.gaps_check = QCheckBox(self.tr("Only people with &gaps (below the target on a skill of their side)"))
        layout.addWidget(self.gaps_check)
        self.model = SkillsMatrixModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Skills matrix"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(120)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)  # a name's start says most
        self.table.setWordWrap(False)
        # No row numbers: the name says whose row it is, and sizing a header of 2,000 numbers asked Python
        # for each one's text.
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        legend = QLabel(self.tr("Each cell: own rating at the start → at the end · level observed by a host or "
                                "recorded by a coordinator. 0 none, 1 knows what it is, 2 does it with help, "
                                "3 does it alone, 4 teaches it."))
        legend.setWordWrap(True)
        layout.addWidget(legend)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.catalogue_button = QPushButton(self.tr("&Catalogue…"))
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.catalogue_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_buttons)
        layout.addLayout(buttons)
        self.export_button.clicked.connect(self.export_csv)
        self.catalogue_button.clicked.connect(self.edit_catalogue)
        self.close_buttons.rejected.connect(self.reject)
        self.gaps_check.toggled.connect(self.model.set_gaps_only)
        for widget in (self.export_button, self.catalogue_button):
            widget.setEnabled(False)
        self.reload()

    @property
    def may_edit_catalogue(self) -> bool:
        return self.viewer is None or self.viewer.holds("coordinator")

    def is_loaded(self) -> bool:
        """The matrix asked for last is on screen."""
        return self._loaded

    def reload(self) -> None:
        """Who is signed in and the matrix they may read, fetched in a worker thread."""
        self._loaded = False
        identity, skills, program_id = self._services.identity, self._skills, self._program_id

        def load(_progress, _cancelled):
            viewer = identity.whoami()
            return viewer, prepare(skills.matrix(program_id, viewer))

        self._task = task = self._tasks.run(load, parent=self)
        task.finished.connect(self._show)
        task.failed.connect(self._failed)

    def _show(self, loaded) -> None:
        self.viewer, cells = loaded
        self.model.set_matrix(cells)
        matrix = cells.matrix
        # Measured on the longest name rather than by resizeColumnToContents, which asks every row (a
        # 2,000-people matrix blocked the window for 60 ms on that alone).
        name_width = self.table.fontMetrics().horizontalAdvance(cells.longest_name) + 2 * self.table.frameWidth() + 16
        header = self.table.horizontalHeader()
        self.table.setColumnWidth(SkillsMatrixModel.COL_NAME, max(name_width, header.sectionSizeHint(
            SkillsMatrixModel.COL_NAME)))
        self.setWindowTitle(self.tr("Skills matrix: {program}").format(program=matrix.program_name))
        if not matrix.skills:
            self.summary_label.setText(self.tr("This program has no skills yet. A coordinator adds them, or loads "
                                               "the starter catalogue, with Catalogue…"))
        else:
            self.summary_label.setText(self.tr("{people} people, {skills} skills. Hover over a cell for each kind "
                                               "of rating and the target.").format(people=len(matrix.rows),
                                                                                   skills=len(matrix.skills)))
        self.export_button.setEnabled(bool(matrix.rows))
        self.catalogue_button.setEnabled(self.may_edit_catalogue)
        if not self.may_edit_catalogue:
            self.catalogue_button.setToolTip(self.tr("Only a coordinator changes the skills catalogue."))
        self._loaded = True

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self.summary_label.setText(str(error))
        prompts.show_error(self, self.tr("Skills matrix"), str(error))

    def export_csv(self) -> None:
        path = prompts.choose_save_file(self, self.tr("Export the skills matrix"), self.tr("CSV files (*.csv)"),
                                        "skills-matrix.csv")
        if not path:
            return
        try:
            count = self._skills.export_matrix(self._program_id, path, self.viewer)
        except (UserError, OSError) as exc:
            prompts.show_error(self, self.tr("Export the skills matrix"), str(exc))
            return
        prompts.show_info(self, self.tr("Export the skills matrix"),
                          self.tr("Wrote %n people to {path}.", "", count).format(path=path))

    def edit_catalogue(self) -> None:
        editor = SkillCatalogueDialog(self._skills, self._program_id, self.viewer, self._services, self)
        editor.finished.connect(lambda _result: self.reload())
        editor.open()
        self.catalogue_editor = editor


class SkillCatalogueDialog(QDialog):
    """Add, rename and describe the program's skills, or load the starter catalogue (coordinators)."""

    def __init__(self, skills: SkillService, program_id: int, viewer, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._skills, self._program_id, self._viewer = skills, program_id, viewer
        self._language = services.settings.get("language") or "en"
        self.setWindowTitle(self.tr("Skills catalogue"))
        self.resize(720, 460)
        layout = QHBoxLayout(self)
        self.skill_list = QListWidget()
        self.skill_list.setAccessibleName(self.tr("Skills"))
        layout.addWidget(self.skill_list, 1)
        form_box = QVBoxLayout()
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.side_combo = QComboBox()
        program = services.programs.get(program_id)
        self.side_combo.addItem(self.tr("{department} (side A)").format(department=program.side_a), Side.A)
        self.side_combo.addItem(self.tr("{department} (side B)").format(department=program.side_b), Side.B)
        self.description_edit = QPlainTextEdit()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Learned by:"), self.side_combo)
        form.addRow(self.tr("&Description:"), self.description_edit)
        form_box.addLayout(form)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add as new"))
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.starter_button = QPushButton(self.tr("Load the &starter catalogue"))
        for button in (self.add_button, self.save_button, self.starter_button):
            row.addWidget(button)
        form_box.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        form_box.addWidget(close)
        layout.addLayout(form_box, 2)
        self.skill_list.currentItemChanged.connect(self._chosen)
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.starter_button.clicked.connect(self.load_starter)
        self._fill()

    def current(self) -> SkillInfo | None:
        item = self.skill_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _fill(self, select_id: int | None = None) -> None:
        self.skill_list.clear()
        for skill in self._skills.catalogue(self._program_id):
            item = QListWidgetItem(f"{skill.name} ({skill.side.value.upper()})")
            item.setData(Qt.ItemDataRole.UserRole, skill)
            self.skill_list.addItem(item)
            if skill.id == select_id:
                self.skill_list.setCurrentItem(item)
        self.save_button.setEnabled(self.current() is not None)

    def _chosen(self) -> None:
        skill = self.current()
        self.save_button.setEnabled(skill is not None)
        if skill is not None:
            self.name_edit.setText(skill.name)
            self.description_edit.setPlainText(skill.description)
            self.side_combo.setCurrentIndex(self.side_combo.findData(skill.side))

    def _draft(self, keep: SkillInfo | None) -> SkillDraft:
        rubric, target = (keep.rubric, keep.target_level) if keep else ((), 3)
        return SkillDraft(self.name_edit.text(), self.description_edit.toPlainText(), rubric, target)

    def add(self) -> None:
        self._try(lambda: self._skills.add(self._program_id, Side(self.side_combo.currentData()), self._draft(None),
                                           self._viewer).id)

    def save(self) -> None:
        skill = self.current()
        if skill is not None:
            self._try(lambda: self._skills.update(skill.id, self._draft(skill), skill.version_id, self._viewer).id)

    def load_starter(self) -> None:
        """In the user's language when the catalogue exists in it, else in English."""
        language = self._language if self._language in STARTER_LANGUAGES else "en"

        def load() -> None:
            self._skills.load_starter(self._program_id, language, self._viewer)

        self._try(load)

    def _try(self, change) -> None:
        """Run a change of the catalogue; then list it again with the changed skill chosen (its id, if any)."""
        try:
            selected = change()
        except UserError as exc:
            prompts.show_error(self, self.tr("Skills catalogue"), str(exc))
            return
        self._fill(selected)
