"""Who is using ShadowDesk: never a setting or a flag, always what the database says.

- Team server (PostgreSQL): the login connected (session_user), mapped to one person in app_user by
  `shadowdesk server grant`; the roles are the login's memberships of the group roles shadowdesk_coordinator,
  shadowdesk_manager and shadowdesk_participant, which is what the server's own policies check.
- One computer (SQLite): the file belongs to one person, its owner, chosen once (claim_ownership). Nobody
  else uses the file, so the owner holds every role: they run the program (coordinator), decide its
  ideas (manager) and write their own notes (participant).

TeamServer is the owner's side of the team server: `server init`, `grant`, `revoke`, `users`;
upgrade_database is `db upgrade`, which on a protected team server applies server init again with the upgrade.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, delete, select
from sqlalchemy.orm import Session

from shadowdesk.model import AppUser, FileOwner, Person
from shadowdesk.services.errors import NotFound, UserError
from shadowdesk.services.visibility import reflection_visible_to
from shadowdesk.storage import Database, migrations, open_database, row_security
from shadowdesk.text import clean_line
from shadowdesk.translation import _

ROLES = row_security.ROLES
MAX_LOGIN_BYTES = 63  # PostgreSQL truncates longer names


@dataclass(frozen=True)
class Viewer:
    """The signed-in person and the roles they hold."""

    person_id: int
    full_name: str
    email: str
    roles: frozenset[str]

    def holds(self, role: str) -> bool:
        return role in self.roles

    @property
    def reads_every_program(self) -> bool:
        """Coordinators and managers read the notes shared with any program (visibility.py)."""
        return bool(self.roles & set(row_security.OFFICE_ROLES))


@dataclass(frozen=True)
class ServerUser:
    """One line of `shadowdesk server users`."""

    login: str
    email: str
    full_name: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class Granted:
    login: str
    created: bool  # the login did not exist and was created
    role: str


class IdentityService:
    def __init__(self, database: Database) -> None:
        self._db = database
        if not database.is_sqlite:
            # The app builds this service for every database it opens, so from here on the server's refusals
            # reach the user as plain words, whichever service ran the statement.
            row_security.explain_refusals(database.engine)

    def whoami(self) -> Viewer | None:
        """The signed-in person. None only for a SQLite file nobody has claimed yet (the first run).

        On a team server, a login that may bypass the protection of notes (superuser, BYPASSRLS, the
        tables' owner) and a login linked to nobody are refused with a UserError saying what to do."""
        if self._db.is_sqlite:
            return self.owner()
        with self._db.session() as s:
            connection = s.connection()
            refusal = row_security.login_refusal(connection)
            login = row_security.session_login(connection)
            if refusal:
                raise UserError(_("{refusal} ShadowDesk does not run day to day as such a login: "
                                  "connect as your own, one the coordinator granted with `shadowdesk "
                                  "server grant`.").format(refusal=refusal))
            person = s.scalar(select(Person).join(AppUser, AppUser.person_id == Person.id)
                              .where(AppUser.login == login))
            if person is None:
                raise UserError(_("Your login {login} is not linked to a person; ask the coordinator "
                                  "to run `shadowdesk server grant YOUR-EMAIL --role participant "
                                  "--login {login}`.").format(login=login))
            roles = row_security.roles_held_now(connection)
            if not roles:
                raise UserError(_("Your login {login} ({email}) holds no ShadowDesk role; ask the "
                                  "coordinator to run `shadowdesk server grant` with the role you need.").format(
                    login=login, email=person.email))
            return Viewer(person.id, person.full_name, person.email, frozenset(roles))

    def owner(self) -> Viewer | None:
        """The person a SQLite file belongs to, None before the first run chose one."""
        self._require_file(_("A team server has no single owner: each login is its own person."))
        with self._db.session() as s:
            person = s.scalar(select(Person).join(FileOwner, FileOwner.person_id == Person.id))
            return None if person is None else Viewer(person.id, person.full_name, person.email,
                                                      frozenset(ROLES))

    def claim_ownership(self, person_id: int) -> Viewer:
        """Make person_id the owner of this file: once. Afterwards the file is theirs and this refuses."""
        self._require_file(_("On a team server people sign in with their own login; the coordinator "
                             "links logins to people with `shadowdesk server grant`."))
        with self._db.transaction(serialized_on=("file_owner",)) as s:
            owner = s.scalar(select(Person).join(FileOwner, FileOwner.person_id == Person.id))
            if owner is not None:
                raise UserError(_("This database already belongs to {full_name} ({email}); it cannot "
                                  "change hands. Someone else starts their own database, or the team "
                                  "uses the team server (docs/TEAM_SERVER.md).").format(
                    full_name=owner.full_name, email=owner.email))
            person = s.get(Person, person_id)
            if person is None or not person.active:
                raise NotFound(_("That person is not in the roster (or is no longer active)."))
            s.add(FileOwner(id=1, person_id=person_id))
        return Viewer(person.id, person.full_name, person.email, frozenset(ROLES))

    def _require_file(self, why_not: str) -> None:
        if not self._db.is_sqlite:
            raise UserError(why_not)


class TeamServer:
    """The database owner's commands on a PostgreSQL team server."""

    def __init__(self, database: Database) -> None:
        if database.is_sqlite:
            raise UserError(_("This is a database file on this computer, not a team server: it belongs "
                              "to its owner alone. A team shares a PostgreSQL server: see "
                              "docs/TEAM_SERVER.md, then give --database-url "
                              "postgresql://owner@server/database."))
        self._db = database

    def init(self) -> str | None:
        """Roles, policies and privileges, made or brought up to date (idempotent). Returns why the login
        that ran it must not run the app day to day (None if it may: it never is the owner itself)."""
        with self._db.transaction() as s:
            connection = s.connection()
            try:
                protect(connection)
            except Exception as exc:
                driver_error = getattr(exc, "orig", None)
                if getattr(driver_error, "sqlstate", None) == row_security.INSUFFICIENT_PRIVILEGE:
                    raise UserError(_("Only the owner of the ShadowDesk database (with the right to "
                                      "create roles) can run server init: {driver_error}").format(
                        driver_error=driver_error).strip()) from exc
                raise
            return row_security.login_refusal(connection)

    def grant(self, email: str, role: str, login: str | None = None, password: str | None = None,
              new_name: str | None = None) -> Granted:
        """Link a login to the person with this email and give it the role; the login is created when it
        does not exist (no password unless one is given: pg_hba.conf decides how it signs in).

        new_name adds the person when the roster does not have them yet: the first coordinator, granted on
        an empty database, who then imports the roster under their own login."""
        role = _role(role)
        if new_name is not None:
            with self._db.session() as s:
                known = s.scalar(select(Person.id).where(Person.has_email(email)))
            if known is None:  # checked and added as the People section would
                from shadowdesk.services.people import (  # the roster's import stack: only here
                    PeopleService,
                    PersonInput,
                )

                PeopleService(self._db).add_person(PersonInput(new_name, email))
        with self._db.transaction() as s:
            person = _person(s, email)
            login = _login_name(login if login is not None else email.split("@", 1)[0])
            connection = s.connection()
            linked = s.get(AppUser, login)
            if linked is not None and linked.person_id != person.id:
                other = s.get_one(Person, linked.person_id)  # the foreign key keeps it
                raise UserError(_("The login {login} already signs in as {full_name} ({email}). Choose "
                                  "another with --login.").format(
                    login=login, full_name=other.full_name, email=other.email))
            held = s.scalar(select(AppUser.login).where(AppUser.person_id == person.id))
            if held is not None and held != login:
                raise UserError(_("{full_name} already signs in as {held}. Give --login {held}, or "
                                  "revoke it first: shadowdesk server revoke {email}").format(
                    full_name=person.full_name, held=held, email=person.email))
            created = not row_security.login_exists(connection, login)
            if created:
                row_security.create_login(connection, login, password)
            elif password is not None:
                row_security.set_password(connection, login, password)
            if linked is None:
                s.add(AppUser(login=login, person_id=person.id))
                s.flush()
            _refuse_strong(connection, login)
            row_security.grant_role(connection, login, role)
        return Granted(login, created, role)

    def revoke(self, email: str, role: str | None = None) -> tuple[str, tuple[str, ...]]:
        """Take a role (or, without one, every role and the link to the person) from the person's login.
        The login itself stays: it may be the company's, used elsewhere. Returns (login, roles taken)."""
        roles = ROLES if role is None else (_role(role),)
        with self._db.transaction() as s:
            person = _person(s, email)
            login = s.scalar(select(AppUser.login).where(AppUser.person_id == person.id))
            if login is None:
                raise UserError(_("{full_name} ({email}) has no login on this server.").format(
                    full_name=person.full_name, email=person.email))
            connection = s.connection()
            held = row_security.roles_of(connection, [login])[login]
            taken = tuple(r for r in roles if r in held)
            for taken_role in taken:
                row_security.revoke_role(connection, login, taken_role)
            if role is None:
                s.execute(delete(AppUser).where(AppUser.login == login))
        return login, taken

    def users(self) -> list[ServerUser]:
        with self._db.session() as s:
            rows = s.execute(select(AppUser.login, Person.email, Person.full_name)
                             .join(Person, Person.id == AppUser.person_id).order_by(AppUser.login)).all()
            roles = row_security.roles_of(s.connection(), [row.login for row in rows])
        return [ServerUser(row.login, row.email, row.full_name, roles[row.login]) for row in rows]


def protect(connection: Connection) -> None:
    """server init's roles, policies and privileges, with the services' rules of who reads what."""
    from shadowdesk.services.skills import RATING_RULES  # only here: server init and upgrades, not start-up

    row_security.apply(connection, reflection_visible_to, RATING_RULES)


@dataclass(frozen=True)
class Upgraded:
    """What `shadowdesk db upgrade` did."""

    from_revision: str | None  # None: the database was empty
    to_revision: str
    backup: Path | None  # of a SQLite file, taken before the upgrade
    protection_renewed: bool  # a team server `server init` had protected: its protection was applied again


def upgrade_database(url: str, backups_dir: Path | None) -> Upgraded:
    """Bring the database to this version's schema. On a team server that `server init` protected, apply that
    protection again in the upgrade's transaction (so new tables never go without policies), and also when the
    schema was current already: this version's rules may be newer than those the server holds."""
    probe = open_database(url, migrate=False)
    try:
        with probe.engine.connect() as connection:
            before = migrations.current_revision(connection)
            protected = not probe.is_sqlite and before is not None and row_security.is_set_up(connection)
    finally:
        probe.dispose()
    database = open_database(url, backups_dir, renew_protection=protect)
    try:
        if protected and before == migrations.head_revision():
            TeamServer(database).init()
    finally:
        database.dispose()
    return Upgraded(before, migrations.head_revision(), database.backup_made, protected)


def _role(role: str) -> str:
    if role not in ROLES:
        raise UserError(_("There is no role {role!r}; the roles are {roles}.").format(
            role=role, roles=", ".join(ROLES)))
    return role


def _person(s: Session, email: str) -> Person:
    person = s.scalar(select(Person).where(Person.has_email(email)))
    if person is None:
        raise NotFound(_("Nobody in the roster has the address {email}; add them first, or give --name "
                         "to add them now.").format(email=email))
    return person


def _login_name(name: str) -> str:
    login = clean_line(name)
    if not login or len(login.encode()) > MAX_LOGIN_BYTES or re.search(r"\s", login):
        raise UserError(_("{name!r} cannot be a login name: give one word of at most {limit} bytes "
                          "with --login.").format(name=name, limit=MAX_LOGIN_BYTES))
    return login


def _refuse_strong(connection: Connection, login: str) -> None:
    """A role given to a superuser or the owner would be a ShadowDesk user who sees every note."""
    refusal = row_security.login_refusal(connection, login)
    if refusal:
        raise UserError(_("{refusal} It cannot be a ShadowDesk user: give the person a login of their "
                          "own with --login.").format(refusal=refusal))
