"""Customers and projects as managed lists: add, rename, deactivate, merge duplicates, import from a CRM or
TMS export, and find one by the name a user types.

Names are compared folded (case and accents, in Python: SQLite's lower() folds ASCII only), so "ACME",
"Acme" and "Ácme" are one customer, and a project's name is unique within its customer. The database keeps
the exact name unique; the folded check runs inside a transaction serialized on one key per list, so two
users adding "Acme" and "ACME" at the same moment cannot both pass it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from sqlalchemy import ColumnElement, CursorResult, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from shadowdesk.interop import crm_csv
from shadowdesk.interop.roster import RowProblem
from shadowdesk.model import Customer, Person, Project, ShadowSession
from shadowdesk.services.errors import NotFound, StaleRecord, UserError
from shadowdesk.services.versioned_save import versioned_save
from shadowdesk.storage import Database, StaleVersion
from shadowdesk.storage.concurrency import load_for_update
from shadowdesk.storage.search_index import fold
from shadowdesk.text import clean_line
from shadowdesk.translation import _

# Customers and projects are saved through the one helper for either (CustomerService._saving).
_Listed = TypeVar("_Listed", Customer, Project)

# What the folded-name checks serialize on (see the module docstring).
CUSTOMER_NAMES = "customer-names"
PROJECT_NAMES = "project-names"


class ImportProblems(UserError):
    """An import refused whole: every bad row is named with its line; nothing was written."""

    def __init__(self, problems: Iterable[RowProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__(_("Nothing was imported; please correct these rows:") + "\n"
                         + "\n".join(str(problem) for problem in self.problems))


@dataclass(frozen=True)
class CustomerDraft:
    name: str
    industry: str = ""
    country: str = ""


@dataclass(frozen=True)
class CustomerInfo:
    id: int
    name: str
    industry: str
    country: str
    active: bool
    version: int
    projects: int
    sessions: int

    def as_draft(self) -> CustomerDraft:
        return CustomerDraft(self.name, self.industry, self.country)


@dataclass(frozen=True)
class ProjectDraft:
    """pm_email "" means no PM owner."""

    name: str
    reference: str = ""
    pm_email: str = ""


@dataclass(frozen=True)
class ProjectInfo:
    id: int
    name: str
    customer_id: int
    customer_name: str
    reference: str
    pm_name: str
    pm_email: str
    active: bool
    version: int
    sessions: int

    def as_draft(self) -> ProjectDraft:
        return ProjectDraft(self.name, self.reference, self.pm_email)


@dataclass(frozen=True)
class MergeSummary:
    kept: str
    sessions_moved: int
    projects_moved: int = 0
    projects_merged: int = 0  # projects of the same name in both, merged into the kept customer's


@dataclass(frozen=True)
class CrmImportSummary:
    added: int
    updated: int
    unchanged: int
    customers_added: tuple[str, ...] = ()  # customers a project import created because no customer had the name


def _cleaned(value: str, what: str, limit: int, missing: str = "") -> str:
    """what names the field in the refusal of a text too long; missing, when given, refuses a blank one."""
    cleaned = clean_line(value)
    if missing and not cleaned:
        raise UserError(missing)
    if len(cleaned) > limit:
        raise UserError(_("The {field} is longer than {limit} characters.").format(field=what, limit=limit))
    return cleaned


def _clean_customer(draft: CustomerDraft) -> CustomerDraft:
    limits = crm_csv.MAX_LENGTHS
    return CustomerDraft(_cleaned(draft.name, _("customer's name"), limits["name"],
                                  _("Please enter the customer's name.")),
                         _cleaned(draft.industry, _("industry"), limits["industry"]),
                         _cleaned(draft.country, _("country"), limits["country"]))


def _clean_project(draft: ProjectDraft) -> ProjectDraft:
    limits = crm_csv.MAX_LENGTHS
    return ProjectDraft(_cleaned(draft.name, _("project's name"), limits["name"],
                                 _("Please enter the project's name.")),
                        _cleaned(draft.reference, _("reference"), limits["reference"]), draft.pm_email.strip())


def _pick(typed: str, candidates: list[tuple[int, str, str]], none: str, several: str) -> int:
    """The id among (id, name, label) of the one candidate called typed: the exact name first, else the one
    whose folded name matches; several such are refused with their labels, so the user can say which.
    none and several are the refusals, with {name} (and {listed}) still to fill."""
    name = clean_line(typed)
    exact = [c for c in candidates if c[1] == name]
    matches = exact or [c for c in candidates if fold(c[1]) == fold(name)]
    if not matches and name.isdigit():
        matches = [c for c in candidates if c[0] == int(name)]
    if not matches:
        raise NotFound(none.format(name=name))
    if len(matches) > 1:
        listed = "; ".join(_("{label} (id {id})").format(label=label, id=id_)
                           for id_, _name, label in sorted(matches))
        raise UserError(several.format(name=name, listed=listed))
    return matches[0][0]


def _sessions_moved(session: Session, where: ColumnElement[bool], **values: int) -> int:
    """Point sessions elsewhere; their version goes up, so an editor open on one cannot write the old back."""
    # An UPDATE's result is a CursorResult, which Session.execute's signature does not say.
    result = cast(CursorResult[Any], session.execute(update(ShadowSession).where(where)
                                                     .values(version_id=ShadowSession.version_id + 1, **values)
                                                     .execution_options(synchronize_session=False)))
    return result.rowcount


class CustomerService:
    def __init__(self, database: Database) -> None:
        self._db = database

    # --- customers ----------------------------------------------------------------------------

    def list_customers(self, search: str = "", include_inactive: bool = False) -> list[CustomerInfo]:
        """Sorted by name; every word of search must occur (folded) in the name, industry or country."""
        projects = select(func.count()).where(Project.customer_id == Customer.id).scalar_subquery()
        sessions = select(func.count()).where(ShadowSession.customer_id == Customer.id).scalar_subquery()
        statement = select(Customer, projects, sessions)
        if not include_inactive:
            statement = statement.where(Customer.active.is_(True))
        with self._db.session() as session:
            found = [CustomerInfo(c.id, c.name, c.industry, c.country, c.active, c.version_id, p, s)
                     for c, p, s in session.execute(statement)]
        words = fold(search).split()
        found = [c for c in found if all(w in fold(f"{c.name}\t{c.industry}\t{c.country}") for w in words)]
        return sorted(found, key=lambda c: (fold(c.name), c.id))

    def get_customer(self, customer_id: int) -> CustomerInfo:
        found = [c for c in self.list_customers(include_inactive=True) if c.id == customer_id]
        if not found:
            raise NotFound(_("This customer no longer exists; the list was refreshed."))
        return found[0]

    def find_customer(self, name: str) -> CustomerInfo:
        """By the name as typed (case and accents folded, the exact spelling preferred), or by id."""
        with self._db.session() as session:
            candidates = [(id_, n, n) for id_, n in session.execute(select(Customer.id, Customer.name))]
        return self.get_customer(_pick(name, candidates, _('No customer is called "{name}".'),
                                       _('"{name}" could be any of these customers: {listed}. Give the id '
                                         'instead.')))

    def add_customer(self, draft: CustomerDraft) -> int:
        clean = _clean_customer(draft)
        with self._writing_names(CUSTOMER_NAMES) as session:
            self._refuse_taken_customer(session, clean.name, None)
            customer = Customer(name=clean.name, industry=clean.industry, country=clean.country)
            session.add(customer)
            session.flush()
            return customer.id

    def edit_customer(self, customer_id: int, draft: CustomerDraft, version: int | None = None) -> None:
        """version: the one the form opened with (StaleRecord when someone saved since); None acts on the
        customer as it is now (the command line)."""
        clean = _clean_customer(draft)
        try:
            with self._saving(Customer, customer_id, version) as (session, customer):
                self._refuse_taken_customer(session, clean.name, customer_id)
                customer.name, customer.industry, customer.country = clean.name, clean.industry, clean.country
        except IntegrityError as exc:
            raise UserError(_('There is already a customer called "{name}".').format(name=clean.name)) from exc

    def set_customer_active(self, customer_id: int, active: bool, version: int | None = None) -> None:
        with self._saving(Customer, customer_id, version) as (_session, customer):
            customer.active = active

    def merge_customers(self, duplicate_id: int, kept_id: int, duplicate_version: int | None = None,
                        kept_version: int | None = None) -> MergeSummary:
        """Move the duplicate's sessions and projects to the kept customer, then remove the duplicate, in one
        transaction. A project of the same (folded) name in both is merged into the kept customer's."""
        if duplicate_id == kept_id:
            raise UserError(_("Choose two different customers to merge."))
        pair = ((duplicate_id, duplicate_version), (kept_id, kept_version))
        with self._merging(Customer, *pair) as (session, dup, kept):
            sessions = _sessions_moved(session, ShadowSession.customer_id == dup.id, customer_id=kept.id)
            kept_projects = {fold(p.name): p for p in session.scalars(
                select(Project).where(Project.customer_id == kept.id))}
            moved = merged = 0
            for project in session.scalars(select(Project).where(Project.customer_id == dup.id)).all():
                twin = kept_projects.get(fold(project.name))
                if twin is None:
                    project.customer_id = kept.id
                    moved += 1
                else:
                    self._absorb_project(session, project, twin)
                    merged += 1
            session.flush()
            session.delete(dup)
            return MergeSummary(kept.name, sessions, moved, merged)

    # --- projects -----------------------------------------------------------------------------

    def list_projects(self, customer_id: int | None = None, search: str = "",
                      include_inactive: bool = False) -> list[ProjectInfo]:
        sessions = select(func.count()).where(ShadowSession.project_id == Project.id).scalar_subquery()
        statement = (select(Project, Customer.name, Person.full_name, Person.email, sessions)
                     .join(Customer, Customer.id == Project.customer_id)
                     .outerjoin(Person, Person.id == Project.pm_id))
        if customer_id is not None:
            statement = statement.where(Project.customer_id == customer_id)
        if not include_inactive:
            statement = statement.where(Project.active.is_(True))
        with self._db.session() as session:
            found = [ProjectInfo(p.id, p.name, p.customer_id, customer, p.reference, pm_name or "",
                                 pm_email or "", p.active, p.version_id, count)
                     for p, customer, pm_name, pm_email, count in session.execute(statement)]
        words = fold(search).split()
        found = [p for p in found if all(w in fold(f"{p.name}\t{p.reference}\t{p.customer_name}") for w in words)]
        return sorted(found, key=lambda p: (fold(p.customer_name), fold(p.name), p.id))

    def get_project(self, project_id: int) -> ProjectInfo:
        found = [p for p in self.list_projects(include_inactive=True) if p.id == project_id]
        if not found:
            raise NotFound(_("This project no longer exists; the list was refreshed."))
        return found[0]

    def find_project(self, name: str, customer: str | None = None) -> ProjectInfo:
        """By name as typed (folded, exact preferred) or id; customer narrows it down when two customers
        have a project of that name."""
        statement = select(Project.id, Project.name, Customer.name).join(Customer)
        if customer is not None:
            statement = statement.where(Project.customer_id == self.find_customer(customer).id)
        with self._db.session() as session:
            candidates = [(id_, n, _("{project} for {customer}").format(project=n, customer=c))
                          for id_, n, c in session.execute(statement)]
        return self.get_project(_pick(name, candidates, _('No project is called "{name}".'),
                                      _('"{name}" could be any of these projects: {listed}. Give the id instead.')))

    def add_project(self, draft: ProjectDraft, customer_id: int) -> int:
        clean = _clean_project(draft)
        with self._writing_names(PROJECT_NAMES) as session:
            if session.get(Customer, customer_id) is None:
                raise NotFound(_("This customer no longer exists; the list was refreshed."))
            self._refuse_taken_project(session, clean.name, customer_id, None)
            project = Project(name=clean.name, customer_id=customer_id, reference=clean.reference,
                              pm_id=self._pm_id(session, clean.pm_email))
            session.add(project)
            session.flush()
            return project.id

    def edit_project(self, project_id: int, draft: ProjectDraft, version: int | None = None) -> None:
        clean = _clean_project(draft)
        with self._saving(Project, project_id, version) as (session, project):
            self._refuse_taken_project(session, clean.name, project.customer_id, project_id)
            project.name, project.reference = clean.name, clean.reference
            project.pm_id = self._pm_id(session, clean.pm_email)

    def move_project(self, project_id: int, customer_id: int, version: int | None = None) -> None:
        """To another customer; its sessions that named the old customer name the new one."""
        with self._saving(Project, project_id, version) as (session, project):
            if session.get(Customer, customer_id) is None:
                raise NotFound(_("This customer no longer exists; the list was refreshed."))
            self._refuse_taken_project(session, project.name, customer_id, project_id)
            _sessions_moved(session, (ShadowSession.project_id == project.id)
                            & (ShadowSession.customer_id == project.customer_id), customer_id=customer_id)
            project.customer_id = customer_id

    def set_project_active(self, project_id: int, active: bool, version: int | None = None) -> None:
        with self._saving(Project, project_id, version) as (_session, project):
            project.active = active

    def merge_projects(self, duplicate_id: int, kept_id: int, duplicate_version: int | None = None,
                       kept_version: int | None = None) -> MergeSummary:
        if duplicate_id == kept_id:
            raise UserError(_("Choose two different projects to merge."))
        pair = ((duplicate_id, duplicate_version), (kept_id, kept_version))
        with self._merging(Project, *pair) as (session, dup, kept):
            return MergeSummary(kept.name, self._absorb_project(session, dup, kept))

    @staticmethod
    def _absorb_project(session: Session, duplicate: Project, kept: Project) -> int:
        """Sessions of duplicate go to kept (and to kept's customer where they named duplicate's); duplicate
        is deleted. Returns how many sessions moved."""
        if duplicate.customer_id != kept.customer_id:
            _sessions_moved(session, (ShadowSession.project_id == duplicate.id)
                            & (ShadowSession.customer_id == duplicate.customer_id), customer_id=kept.customer_id)
        moved = _sessions_moved(session, ShadowSession.project_id == duplicate.id, project_id=kept.id)
        session.execute(delete(Project).where(Project.id == duplicate.id))
        return moved

    # --- imports ------------------------------------------------------------------------------

    def import_customers(self, data: bytes) -> CrmImportSummary:
        """Customers from a CRM export (name, industry, country), all or nothing. A name already stored
        (folded) updates that customer's industry and country where the file gives them."""
        table = self._read(crm_csv.read_customers, data)
        with self._writing_names(CUSTOMER_NAMES) as session:
            stored = self._folded_customers(session)
            problems = list(table.problems)
            seen: dict[str, int] = {}  # folded name -> its first line
            added = updated = unchanged = 0
            for row in table.rows:
                key = fold(row.values["name"])
                if key in seen:
                    problems.append(RowProblem(row.line, _("the same customer as line {line}").format(
                        line=seen[key])))
                    continue
                seen[key] = row.line
                customers = stored.get(key, [])
                customers = [c for c in customers if c.name == row.values["name"]] or customers
                if len(customers) > 1:
                    problems.append(RowProblem(row.line, _('"{name}" could be any of {names}; merge them first').format(
                        name=row.values["name"], names=", ".join(c.name for c in customers))))
                elif not customers:
                    session.add(Customer(name=row.values["name"], industry=row.values["industry"],
                                         country=row.values["country"]))
                    added += 1
                elif self._update_given(customers[0], row.values, ("industry", "country")):
                    updated += 1
                else:
                    unchanged += 1
            if problems:
                raise ImportProblems(sorted(problems, key=lambda p: p.line))
        return CrmImportSummary(added, updated, unchanged)

    def import_projects(self, data: bytes) -> CrmImportSummary:
        """Projects from a TMS export (name, customer, reference, PM email), all or nothing. A customer no
        stored name matches is created; a project already stored under its customer gets the reference and
        PM the file gives."""
        table = self._read(crm_csv.read_projects, data)
        with self._writing_names(CUSTOMER_NAMES, PROJECT_NAMES) as session:
            customers = self._folded_customers(session)
            projects: dict[tuple[int, str], Project] = {
                (p.customer_id, fold(p.name)): p for p in session.scalars(select(Project))}
            problems, created, pm_ids = list(table.problems), [], {}
            seen: dict[tuple[int, str], int] = {}  # (customer, folded name) -> its first line
            added = updated = unchanged = 0
            for row in table.rows:
                values = row.values
                try:
                    if values["pm_email"] not in pm_ids:
                        pm_ids[values["pm_email"]] = self._pm_id(session, values["pm_email"])
                    pm_id = pm_ids[values["pm_email"]]
                except UserError as exc:
                    problems.append(RowProblem(row.line, str(exc)))
                    continue
                found = customers.get(fold(values["customer"]), [])
                found = [c for c in found if c.name == values["customer"]] or found  # the exact spelling first
                if len(found) > 1:
                    problems.append(RowProblem(row.line, _('customer "{name}" could be any of {names}; merge them '
                                                           'first').format(
                        name=values["customer"], names=", ".join(c.name for c in found))))
                    continue
                if not found:
                    found = [Customer(name=values["customer"])]
                    session.add(found[0])
                    session.flush()
                    customers[fold(values["customer"])] = found
                    created.append(values["customer"])
                key = (found[0].id, fold(values["name"]))
                if key in seen:
                    problems.append(RowProblem(row.line, _("the same project as line {line}").format(
                        line=seen[key])))
                    continue
                seen[key] = row.line
                project = projects.get(key)
                if project is None:
                    projects[key] = Project(name=values["name"], customer_id=found[0].id,
                                            reference=values["reference"], pm_id=pm_id)
                    session.add(projects[key])
                    added += 1
                elif self._update_given(project, {**values, "pm_id": pm_id}, ("reference", "pm_id")):
                    updated += 1
                else:
                    unchanged += 1
            if problems:
                raise ImportProblems(sorted(problems, key=lambda p: p.line))
        return CrmImportSummary(added, updated, unchanged, tuple(created))

    @staticmethod
    def _read(reader: Callable[[bytes], crm_csv.CrmTable], data: bytes) -> crm_csv.CrmTable:
        try:
            return reader(data)
        except crm_csv.CrmFileError as exc:
            raise UserError(str(exc)) from exc

    @staticmethod
    def _update_given(record: Customer | Project, values: Mapping[str, object], fields: tuple[str, ...]) -> bool:
        """Set the fields the file gives (not empty, not None) where they differ; True when any did."""
        changed = {f: values[f] for f in fields if values[f] not in ("", None) and getattr(record, f) != values[f]}
        for field, value in changed.items():
            setattr(record, field, value)
        return bool(changed)

    # --- shared checks ------------------------------------------------------------------------

    @contextmanager
    def _writing_names(self, *keys: str) -> Iterator[Session]:
        """A transaction serialized on keys, so a folded-name check still holds at its commit; the exact-name
        race that slips past it anyway (another program writing the table) comes out as a plain refusal."""
        try:
            with self._db.transaction(serialized_on=keys) as session:
                yield session
        except IntegrityError as exc:
            raise UserError(_("Someone else saved the same name at the same moment; nothing was saved. "
                              "Please try again.")) from exc

    def _saving(self, entity: type[_Listed], record_id: int, version: int | None
                ) -> AbstractContextManager[tuple[Session, _Listed]]:
        # Not serialized on the names (versioned_save opens its own transaction): two renames racing to
        # "ACME" and "Acme" can both pass; the lookup then names both and a merge joins them.
        if entity is Customer:
            return versioned_save(self._db, entity, record_id, version,
                                  lambda record: _('The customer "{name}"').format(name=record.name),
                                  _("This customer was deleted by someone else since you opened it."))
        return versioned_save(self._db, entity, record_id, version,
                              lambda record: _('The project "{name}"').format(name=record.name),
                              _("This project was deleted by someone else since you opened it."))

    @contextmanager
    def _merging(self, entity: type[Customer] | type[Project], duplicate: tuple[int, int | None],
                 kept: tuple[int, int | None]) -> Iterator[tuple[Session, Any, Any]]:
        """One transaction holding the duplicate and the kept record, each checked against its version."""
        keys = (CUSTOMER_NAMES, PROJECT_NAMES) if entity is Customer else (PROJECT_NAMES,)
        with self._writing_names(*keys) as session:
            try:
                records = [load_for_update(session, entity, record_id, version) for record_id, version in
                           (duplicate, kept)]
            except StaleVersion as exc:
                raise StaleRecord(_("{refusal} Look at the list again before merging.").format(refusal=exc),
                                  exc.current_version) from exc
            yield session, records[0], records[1]

    @staticmethod
    def _folded_customers(session: Session) -> dict[str, list[Customer]]:
        folded: dict[str, list[Customer]] = {}
        for customer in session.scalars(select(Customer).order_by(Customer.id)):
            folded.setdefault(fold(customer.name), []).append(customer)
        return folded

    @staticmethod
    def _refuse_taken_customer(session: Session, name: str, own_id: int | None) -> None:
        key = fold(name)
        for other_id, other in session.execute(select(Customer.id, Customer.name)):
            if other_id != own_id and fold(other) == key:
                raise UserError(_('There is already a customer called "{other}".').format(other=other))

    @staticmethod
    def _refuse_taken_project(session: Session, name: str, customer_id: int, own_id: int | None) -> None:
        key = fold(name)
        for other_id, other in session.execute(select(Project.id, Project.name)
                                               .where(Project.customer_id == customer_id)):
            if other_id != own_id and fold(other) == key:
                raise UserError(_('This customer already has a project called "{other}".').format(other=other))

    @staticmethod
    def _pm_id(session: Session, pm_email: str) -> int | None:
        if not pm_email:
            return None
        pm_id = session.scalar(select(Person.id).where(Person.has_email(pm_email)))
        if pm_id is None:
            raise UserError(_("No person has the email {email}; add them to People first.").format(
                email=pm_email))
        return pm_id
