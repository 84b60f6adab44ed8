"""The revision list that lets start-up skip importing Alembic agrees with Alembic's own scripts."""

from alembic.script import ScriptDirectory

from shadowdesk.storage import migrations


def test_revision_list_matches_the_migration_scripts():
    scripts = ScriptDirectory.from_config(migrations.alembic_config())
    chain = [script.revision for script in scripts.walk_revisions()][::-1]  # walk goes newest first
    assert tuple(chain) == migrations.REVISIONS
    assert scripts.get_current_head() == migrations.head_revision()
