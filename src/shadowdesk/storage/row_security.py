"""The team server's own protection: group roles, row-level security policies and table privileges.

`apply()` (run by `shadowdesk server init`, as the database owner) makes the server itself refuse what a
role may not do, whatever client connects:

- `shadowdesk_viewer()` is the person of the login connected (session_user, mapped in app_user), and
  `shadowdesk_program_office()` whether that login is a coordinator or manager. Both have SQL-standard
  bodies (BEGIN ATOMIC): the tables they read are bound when they are created, so a temporary table
  named app_user, which pg_temp would otherwise find first, cannot make anyone somebody else.
- the policy on reflection is the app's rule (services.visibility.reflection_visible_to) rendered with those two
  functions in place of the viewer id and the office flag: one definition for the app and the server.
- the search index's copy of note text (search_entry) and its queue (search_pending) show a reflection's
  row only to whoever may read that reflection (the subquery is itself subject to reflection's policy); a
  participant draining the queue therefore leaves the notes they cannot read for their readers.
- perception ratings: the person's own, and every one for the program office.
- skill ratings: read as the app's rule says (services.skills.rating_visible_to, rendered the same way);
  added only as services.skills.rating_writable_by allows (a person's own self-ratings, a host's observed
  levels of a completed session's guests on the skills it taught, a coordinator's recorded levels); never
  changed or removed. The skills catalogue is the coordinators'; a session's skills its host's and theirs.
- the audit trail (change_log, migration 0009): a record's history to those who may read the record (a
  note's to its readers, people's and programs' to the program office); only the audit triggers write it.
- note_state (migration 0010), whether each note is started or submitted, without its text or rating: to
  the program office, for its "notes due", and to the author; only its triggers write it.
- shadow_session: read by everyone; a participant's status change (a column privilege) only on a session
  they host or are a guest of; the coordinators' on any.
- FORCE ROW LEVEL SECURITY, so the tables' owner is held to the policies too. Superusers and BYPASSRLS
  roles still are not: `login_refusal()` is why the app will not run day to day as one.

Group roles exist once per PostgreSQL cluster (they are shared by its databases); privileges and policies
are per database. Everything here is idempotent. An upgrade of a server set up so re-applies it in the
upgrade's own transaction (storage.database.open_database, `shadowdesk db upgrade`), and a day-to-day login
is refused while a table of PROTECTED_TABLES has no row-level security (`protection_refusal()`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import (
    URL,
    Boolean,
    ColumnElement,
    Connection,
    Engine,
    ExceptionContext,
    event,
    func,
    literal_column,
    select,
    text,
)

from shadowdesk.errors import PlainWordsError
from shadowdesk.translation import _

if TYPE_CHECKING:  # the model is imported where a policy is rendered: a SQLite window never needs it
    from shadowdesk.model import Reflection, SkillRating

ROLES = ("coordinator", "manager", "participant")
INSUFFICIENT_PRIVILEGE = "42501"  # SQLSTATE of "permission denied" and of a row refused by a policy
OFFICE_ROLES = ("coordinator", "manager")


def group_role(role: str) -> str:
    return f"shadowdesk_{role}"


_GROUP_NAMES = ", ".join(f"'{group_role(role)}'" for role in ROLES)  # as an SQL list


class NotPermitted(PlainWordsError):
    """The team server refused a read or a change that the signed-in login's role does not allow."""


# Table privileges of each role. RLS then narrows the rows of the protected tables. Every role reads every
# table (policies decide the rows of the note tables). Column lists: storage/concurrency.load_for_update()
# re-writes a versioned row's first ordinary column (idea.title, shadow_session.uid) to make the versioned
# UPDATE happen, so that column is in the list of whoever may change the row at all.
_EVERY_ROLE_WRITES = {
    "reflection": "INSERT, UPDATE, DELETE",
    "perception_rating": "INSERT, UPDATE, DELETE",
    "search_entry": "INSERT, UPDATE, DELETE",
    "search_pending": "INSERT, UPDATE, DELETE",
    "idea": "INSERT",
    "idea_session": "INSERT, DELETE",
    "session_skill": "INSERT, DELETE",  # the session's host, or a coordinator: its policy says which rows
}
WRITES = {
    "coordinator": {
        **{table: "INSERT, UPDATE, DELETE" for table in (
            "person", "program", "enrollment", "pairing", "pair_exclusion", "shadow_session", "session_guest",
            "customer", "project", "reflection_template", "skill")},
        "idea": "INSERT, UPDATE (title, description, owner_id, updated_at, version_id)",
    },
    "manager": {
        "idea": "INSERT, UPDATE (title, status, decision_note, owner_id, updated_at, version_id)",
    },
    "participant": {
        "idea": "INSERT, UPDATE (title, description, updated_at, version_id)",
        "shadow_session": "UPDATE (uid, status, status_reason, sequence, updated_at, version_id)",
    },
}

# Every table apply() gives policies to (tests/storage/test_row_security.py holds the two equal): a day-to-day
# login is refused while one of them has no row-level security, so a half-set-up server never serves notes
# unprotected.
PROTECTED_TABLES = ("change_log", "note_state", "perception_rating", "reflection", "search_entry",
                    "search_pending", "session_skill", "shadow_session", "skill_rating")

# The two functions every policy is written with.
_FUNCTIONS = """
CREATE OR REPLACE FUNCTION {schema}.shadowdesk_viewer() RETURNS integer
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT app_user.person_id FROM {schema}.app_user WHERE app_user.login = session_user;
END;
CREATE OR REPLACE FUNCTION {schema}.shadowdesk_program_office() RETURNS boolean
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT pg_has_role(session_user, 'shadowdesk_coordinator', 'MEMBER')
        OR pg_has_role(session_user, 'shadowdesk_manager', 'MEMBER');
END;
"""

VIEWER, OFFICE = func.shadowdesk_viewer(), func.shadowdesk_program_office()
_COORDINATOR_SQL = f"pg_has_role(session_user, '{group_role('coordinator')}', 'MEMBER')"
COORDINATOR = literal_column(_COORDINATOR_SQL, Boolean)


def _render(entity: type[Reflection] | type[SkillRating], condition: ColumnElement[bool]) -> str:
    """A condition on entity's table as SQL, its subqueries correlated with the policy's row.

    Compiled inside `SELECT ... FROM <table> WHERE <condition>` so SQLAlchemy correlates the EXISTS
    subqueries with that row; the condition is what follows the statement's first WHERE (the outer
    statement's: the subqueries all come after it)."""
    statement = select(entity.id).where(condition)
    from sqlalchemy.dialects import postgresql  # only server init renders policies: not on every start

    sql = str(statement.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))
    return sql.split("\nWHERE ", 1)[1]


# How the caller states who reads which note: services.visibility.reflection_visible_to, handed in by the
# service so that storage does not reach up into the services, and the rules stay written once.
ReflectionRule = Callable[[ColumnElement[int], ColumnElement[bool]], ColumnElement[bool]]


def reflection_policy(rule: ReflectionRule) -> str:
    """The USING clause of reflection's SELECT policy: the app's rule for the login connected."""
    from shadowdesk.model import Reflection

    return _render(Reflection, rule(VIEWER, OFFICE))


class RatingRules(NamedTuple):
    """services.skills' two rules on skill_rating, handed in as the reflection rule is: who reads a rating
    (viewer, program office) and who may add it (viewer, coordinator)."""

    readable: ReflectionRule
    writable: ReflectionRule


# Who ticks the skills a session teaches: a coordinator, or the session's host.
_SESSION_HOST = (f"{_COORDINATOR_SQL} OR EXISTS (SELECT 1 FROM {{schema}}.shadow_session "
                 "WHERE shadow_session.id = session_skill.session_id AND shadow_session.host_id = shadowdesk_viewer())")


def _skill_policies(schema: str, ratings: RatingRules) -> dict[str, list[tuple[str, str, str | None, str | None]]]:
    """session_skill: read by all, ticked by the host; skill_rating: read by the
    app's rule, added by its writing rule, never changed or removed (no policy for UPDATE or DELETE, and no
    privilege either)."""
    from shadowdesk.model import SkillRating

    host = _SESSION_HOST.format(schema=schema)
    return {
        "session_skill": [
            ("shadowdesk_read", "SELECT", "true", None),
            ("shadowdesk_tick", "INSERT", None, host),
            ("shadowdesk_untick", "DELETE", host, None),
        ],
        "skill_rating": [
            ("shadowdesk_read", "SELECT", _render(SkillRating, ratings.readable(VIEWER, OFFICE)), None),
            ("shadowdesk_write", "INSERT", None, _render(SkillRating, ratings.writable(VIEWER, COORDINATOR))),
        ],
    }


# A reflection's row in the index or its queue, readable by whoever may read the reflection: the subquery
# on reflection is itself filtered by reflection's policy.
_INDEX_ROW = ("kind <> 'reflection' OR EXISTS (SELECT 1 FROM {schema}.reflection "
              "WHERE reflection.id = {table}.ref_id)")


# A record's history (change_log, written by the audit triggers alone: no role may write it) follows the
# record: a note's to whoever may read the note (the subquery is itself held by reflection's policy), a
# session's and a pair's to their people and the program office, people's and programs' to the program
# office, ideas' to everyone, as the ideas board is. A deleted record's history stays with the office.
_HISTORY_ROW = """CASE change_log.entity
    WHEN 'note' THEN EXISTS (SELECT 1 FROM {schema}.reflection WHERE reflection.id = change_log.record_id)
    WHEN 'idea' THEN true
    WHEN 'session' THEN shadowdesk_program_office() OR EXISTS (SELECT 1 FROM {schema}.shadow_session
        WHERE shadow_session.id = change_log.record_id AND (shadow_session.host_id = shadowdesk_viewer()
            OR EXISTS (SELECT 1 FROM {schema}.session_guest WHERE session_guest.session_id = shadow_session.id
                       AND session_guest.person_id = shadowdesk_viewer())))
    WHEN 'pair' THEN shadowdesk_program_office() OR EXISTS (SELECT 1 FROM {schema}.pairing
        WHERE pairing.id = change_log.record_id
            AND shadowdesk_viewer() IN (pairing.person_a_id, pairing.person_b_id))
    ELSE shadowdesk_program_office()
END"""
# The triggers run as the tables' owner, held by FORCE: their rows name the login's own person, and only theirs.
_HISTORY_WRITER = "change_log.changed_by IS NOT DISTINCT FROM shadowdesk_viewer()"
# A participant's change of a session's status (their column privilege) lands on their own sessions only.
# Checked on the row as changed (WITH CHECK) rather than hidden (USING): a change of somebody else's session is
# refused out loud, which the app says in plain words, instead of finding nothing and reading as a lost race.
_SESSION_CHANGER = (f"{_COORDINATOR_SQL} OR shadow_session.host_id = shadowdesk_viewer() OR EXISTS (SELECT 1 "
                    "FROM {schema}.session_guest WHERE session_guest.session_id = shadow_session.id "
                    "AND session_guest.person_id = shadowdesk_viewer())")


def _policies(schema: str, rule: ReflectionRule) -> dict[str, list[tuple[str, str, str | None, str | None]]]:
    """table -> [(policy name, command, USING, WITH CHECK)]."""
    from shadowdesk.model import PerceptionRating, Reflection

    own_note = f"{Reflection.__tablename__}.author_id = shadowdesk_viewer()"
    own_rating = f"{PerceptionRating.__tablename__}.person_id = shadowdesk_viewer()"
    index_row = {table: _INDEX_ROW.format(schema=schema, table=table) for table in ("search_entry",
                                                                                     "search_pending")}
    return {
        "reflection": [
            ("shadowdesk_read", "SELECT", reflection_policy(rule), None),
            ("shadowdesk_write", "INSERT", None, own_note),
            ("shadowdesk_edit", "UPDATE", own_note, own_note),
            ("shadowdesk_remove", "DELETE", own_note, None),
        ],
        "perception_rating": [
            ("shadowdesk_read", "SELECT", f"{own_rating} OR shadowdesk_program_office()", None),
            ("shadowdesk_write", "INSERT", None, own_rating),
            ("shadowdesk_edit", "UPDATE", own_rating, own_rating),
            ("shadowdesk_remove", "DELETE", own_rating, None),
        ],
        "search_entry": [
            ("shadowdesk_rows", "ALL", index_row["search_entry"], index_row["search_entry"]),
        ],
        # Anyone may queue an id (the triggers do, also for a note just deleted, which nobody can read any
        # more); reading and taking rows off the queue follow the note.
        "search_pending": [
            ("shadowdesk_read", "SELECT", index_row["search_pending"], None),
            ("shadowdesk_queue", "INSERT", None, "true"),
            ("shadowdesk_take", "DELETE", index_row["search_pending"], None),
            ("shadowdesk_edit", "UPDATE", index_row["search_pending"], index_row["search_pending"]),
        ],
        "change_log": [
            ("shadowdesk_read", "SELECT", _HISTORY_ROW.format(schema=schema), None),
            ("shadowdesk_record", "INSERT", None, _HISTORY_WRITER),
        ],
        # Written by its trigger alone (no role holds a write privilege on it); the trigger runs as the owner,
        # held by FORCE, so the writing policies let it through. A deleted note's row goes by its foreign key.
        "note_state": [
            ("shadowdesk_read", "SELECT", "shadowdesk_program_office() OR note_state.author_id = shadowdesk_viewer()",
             None),
            ("shadowdesk_track", "INSERT", None, "true"),
            ("shadowdesk_follow", "UPDATE", "true", "true"),
        ],
        # INSERT and DELETE are the coordinators' by their privileges.
        "shadow_session": [
            ("shadowdesk_read", "SELECT", "true", None),
            ("shadowdesk_plan", "INSERT", None, "true"),
            ("shadowdesk_change", "UPDATE", "true", _SESSION_CHANGER.format(schema=schema)),
            ("shadowdesk_remove", "DELETE", "true", None),
        ],
    }


def apply(connection: Connection, rule: ReflectionRule, ratings: RatingRules) -> None:
    """Create the group roles, the viewer functions, the policies and the privileges (idempotent). Run in
    the caller's transaction by the database owner, with the right to create roles for the first run.

    A table of a later schema than the database's is left out: the upgrade that creates it applies this
    again (storage.database.open_database)."""
    schema = connection.exec_driver_sql("SELECT current_schema()").scalar_one()
    quoted_schema = _quote(connection, schema)
    for role in ROLES:
        name = group_role(role)
        connection.exec_driver_sql(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') THEN "
            f"CREATE ROLE {name} NOLOGIN; END IF; END $$")
    connection.exec_driver_sql(_FUNCTIONS.format(schema=quoted_schema))
    tables = connection.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename").scalars().all()
    for table, policies in {**_policies(quoted_schema, rule), **_skill_policies(quoted_schema, ratings)}.items():
        if table not in tables:
            continue
        connection.exec_driver_sql(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        connection.exec_driver_sql(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        existing = connection.exec_driver_sql(
            f"SELECT policyname FROM pg_policies WHERE schemaname = current_schema() AND tablename = '{table}'"
        ).scalars().all()
        for name in existing:  # our own and any left by an older version: the list below is the whole truth
            connection.exec_driver_sql(f"DROP POLICY {_quote(connection, name)} ON {table}")
        for name, command, using, check in policies:
            clauses = (f" USING ({using})" if using else "") + (f" WITH CHECK ({check})" if check else "")
            connection.exec_driver_sql(f"CREATE POLICY {name} ON {table} FOR {command} TO PUBLIC{clauses}")
    groups = ", ".join(group_role(role) for role in ROLES)
    connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA {quoted_schema} TO {groups}")
    connection.exec_driver_sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {quoted_schema} TO {groups}")
    for table in tables:
        connection.exec_driver_sql(f"REVOKE ALL ON {_quote(connection, table)} FROM PUBLIC, {groups}")
        connection.exec_driver_sql(f"GRANT SELECT ON {_quote(connection, table)} TO {groups}")
    for role in ROLES:
        for table, privileges in {**_EVERY_ROLE_WRITES, **WRITES[role]}.items():
            connection.exec_driver_sql(f"GRANT {privileges} ON {table} TO {group_role(role)}")
    connection.exec_driver_sql(f"GRANT INSERT ON skill_rating TO {groups}")  # every role; the policy says which
    for function in ("shadowdesk_viewer()", "shadowdesk_program_office()"):
        connection.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION {quoted_schema}.{function} TO {groups}")


def login_refusal(connection: Connection, login: str | None = None) -> str | None:
    """Why the app must not run day to day as login (by default the one connected), or None when it may.

    Row-level security does not hold a superuser or a BYPASSRLS role at all, and the tables' owner can
    switch it off; a login that may become one of them (role membership) is as strong."""
    login = login or session_login(connection)
    strong = connection.execute(text(
        "SELECT rolname, rolsuper FROM pg_roles WHERE pg_has_role(:login, oid, 'MEMBER') "
        "AND (rolsuper OR rolbypassrls) ORDER BY rolsuper DESC, rolname"), {"login": login}).first()
    if strong is not None:
        direct = strong.rolname == login
        # Whole sentences, so that a translator never assembles one from pieces.
        if strong.rolsuper and direct:
            refusal = _("The login {login} is a superuser: PostgreSQL shows it every note, private ones "
                        "included, whatever ShadowDesk's rules say.")
        elif strong.rolsuper:
            refusal = _("The login {login} is a superuser through the role {role}: PostgreSQL shows it every "
                        "note, private ones included, whatever ShadowDesk's rules say.")
        elif direct:
            refusal = _("The login {login} is a role that bypasses row-level security (BYPASSRLS): PostgreSQL "
                        "shows it every note, private ones included, whatever ShadowDesk's rules say.")
        else:
            refusal = _("The login {login} is a role that bypasses row-level security (BYPASSRLS) through the "
                        "role {role}: PostgreSQL shows it every note, private ones included, whatever "
                        "ShadowDesk's rules say.")
        return refusal.format(login=login, role=strong.rolname)
    owner = connection.execute(text(
        "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'reflection' "
        "AND relnamespace = current_schema()::regnamespace AND pg_has_role(:login, relowner, 'MEMBER')"),
        {"login": login}).scalar()
    if owner is not None:
        if owner == login:
            refusal = _("The login {login} owns ShadowDesk's tables: an owner can switch off the protection of "
                        "private notes.")
        else:
            refusal = _("The login {login} owns ShadowDesk's tables (through the role {role}): an owner can "
                        "switch off the protection of private notes.")
        return refusal.format(login=login, role=owner)
    return None


def is_set_up(connection: Connection) -> bool:
    """Whether `server init` protected this database: the group roles exist (they are the cluster's, so
    another database may have made them) and reflection's row-level security is on (this database's)."""
    return bool(connection.exec_driver_sql(
        f"SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group_role('participant')}') AND "
        "coalesce((SELECT relrowsecurity FROM pg_class WHERE oid = to_regclass('reflection')), false)").scalar())


def unprotected_tables(connection: Connection) -> list[str]:
    """The tables of PROTECTED_TABLES this database has without row-level security (FORCE included)."""
    names = ", ".join(f"'{table}'" for table in PROTECTED_TABLES)
    return list(connection.exec_driver_sql(
        "SELECT relname FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r' "
        f"AND relname IN ({names}) AND NOT (relrowsecurity AND relforcerowsecurity) ORDER BY relname").scalars())


def protection_refusal(connection: Connection, server: URL) -> str | None:
    """Why a day-to-day login may not use this database yet: a table that should have row-level security has
    none (the server was never set up, or was upgraded without it). None when every one has it, and for the
    owner or a superuser, who set the server up (login_refusal keeps them from using it day to day)."""
    missing = unprotected_tables(connection)
    if not missing or login_refusal(connection) is not None:
        return None
    return _("This team server does not protect {tables} yet, so ShadowDesk does not open it: the owner of "
             "its tables must first run `shadowdesk --database-url {owner_url} server init`.").format(
        tables=", ".join(missing), owner_url=owner_url(connection, server))


def owner_url(connection: Connection, server: URL) -> str:
    """server's address as the owner of ShadowDesk's tables (reflection's, which every login may look up),
    without a password: for a message that names the command the owner must run."""
    owner = connection.exec_driver_sql(
        "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = to_regclass('reflection')").scalar()
    address = server.set(username=owner, password=None).render_as_string(hide_password=True)
    return address.replace("postgresql+psycopg://", "postgresql://", 1)


def explain_refusals(engine: Engine) -> None:
    """Turn the server's "permission denied" and "violates row-level security policy" into NotPermitted, a
    plain message, for every statement on engine (installed once per engine)."""
    if not event.contains(engine, "handle_error", _refused_in_plain_words):
        event.listen(engine, "handle_error", _refused_in_plain_words)


def _refused_in_plain_words(context: ExceptionContext) -> None:
    error = context.original_exception
    if getattr(error, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
        return
    diagnostic = getattr(error, "diag", None)
    reason = getattr(diagnostic, "message_primary", None) or str(error).splitlines()[0]
    raise NotPermitted(
        _("The team server refused this ({reason}): your role does not allow it. If you should be able to, "
          "ask the coordinator to grant you the role with `shadowdesk server grant`.").format(reason=reason)
    ) from error


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


# Logins and their roles: `shadowdesk server grant / revoke / users`. ---------------------------------------

def login_exists(connection: Connection, login: str) -> bool:
    found = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :login"), {"login": login})
    return found.first() is not None


def create_login(connection: Connection, login: str, password: str | None) -> None:
    """A login without a password (the company's pg_hba.conf decides how it signs in: LDAP, Kerberos,
    certificates), or with this one."""
    connection.exec_driver_sql(f"CREATE ROLE {_quote(connection, login)} LOGIN")
    if password is not None:
        set_password(connection, login, password)


def set_password(connection: Connection, login: str, password: str) -> None:
    """Sent as a SCRAM verifier made here, so the password itself never reaches the server or its log."""
    raw = connection.connection.driver_connection
    assert raw is not None  # an open connection holds its driver's
    verifier = raw.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256").decode()
    connection.exec_driver_sql(f"ALTER ROLE {_quote(connection, login)} PASSWORD '{verifier}'")


def grant_role(connection: Connection, login: str, role: str) -> None:
    connection.exec_driver_sql(f"GRANT {group_role(role)} TO {_quote(connection, login)}")


def revoke_role(connection: Connection, login: str, role: str) -> None:
    connection.exec_driver_sql(f"REVOKE {group_role(role)} FROM {_quote(connection, login)}")


def roles_of(connection: Connection, logins: list[str]) -> dict[str, tuple[str, ...]]:
    """The ShadowDesk roles each login was granted (directly), in ROLES order."""
    rows = connection.exec_driver_sql(
        "SELECT member.rolname, grp.rolname FROM pg_auth_members m JOIN pg_roles member ON member.oid = m.member "
        f"JOIN pg_roles grp ON grp.oid = m.roleid WHERE grp.rolname IN ({_GROUP_NAMES})").all()
    granted: dict[str, set[str]] = {}
    for member, group in rows:
        granted.setdefault(member, set()).add(group)
    return {login: tuple(r for r in ROLES if group_role(r) in granted.get(login, ())) for login in logins}


def roles_held_now(connection: Connection) -> tuple[str, ...]:
    """The roles the login connected holds, directly or through another role: what the policies see."""
    held = set(connection.exec_driver_sql(
        f"SELECT rolname FROM pg_roles WHERE rolname IN ({_GROUP_NAMES}) AND pg_has_role(session_user, oid, 'MEMBER')"
    ).scalars())
    return tuple(role for role in ROLES if group_role(role) in held)


def session_login(connection: Connection) -> str:
    login: str = connection.exec_driver_sql("SELECT session_user").scalar_one()
    return login
