"""Full-text indexes, one per database vendor.

SQLite: an FTS5 table over ``library_paragraph.text`` (external content, porter stemming,
diacritics folded) kept in step by triggers. PostgreSQL: a stored generated ``tsvector``
column (English configuration) with a GIN index. Other vendors get no index and the
search function refuses them with a clear message.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.db import migrations
from django.db.migrations.operations.base import Operation

SQLITE_FORWARD = (
    "CREATE VIRTUAL TABLE library_paragraph_fts USING fts5("
    "text, content='library_paragraph', content_rowid='id', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER library_paragraph_fts_ai AFTER INSERT ON library_paragraph BEGIN "
    "INSERT INTO library_paragraph_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER library_paragraph_fts_ad AFTER DELETE ON library_paragraph BEGIN "
    "INSERT INTO library_paragraph_fts(library_paragraph_fts, rowid, text) "
    "VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER library_paragraph_fts_au AFTER UPDATE OF text ON library_paragraph BEGIN "
    "INSERT INTO library_paragraph_fts(library_paragraph_fts, rowid, text) "
    "VALUES ('delete', old.id, old.text); "
    "INSERT INTO library_paragraph_fts(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO library_paragraph_fts(library_paragraph_fts) VALUES ('rebuild')",
)
SQLITE_BACKWARD = (
    "DROP TRIGGER IF EXISTS library_paragraph_fts_au",
    "DROP TRIGGER IF EXISTS library_paragraph_fts_ad",
    "DROP TRIGGER IF EXISTS library_paragraph_fts_ai",
    "DROP TABLE IF EXISTS library_paragraph_fts",
)
POSTGRESQL_FORWARD = (
    "ALTER TABLE library_paragraph ADD COLUMN search tsvector "
    "GENERATED ALWAYS AS (to_tsvector('english'::regconfig, text)) STORED",
    "CREATE INDEX library_paragraph_search_gin ON library_paragraph USING GIN (search)",
)
POSTGRESQL_BACKWARD = (
    "DROP INDEX IF EXISTS library_paragraph_search_gin",
    "ALTER TABLE library_paragraph DROP COLUMN IF EXISTS search",
)

FORWARD = {"sqlite": SQLITE_FORWARD, "postgresql": POSTGRESQL_FORWARD}
BACKWARD = {"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRESQL_BACKWARD}


def _run(statements: dict[str, tuple[str, ...]], schema_editor: Any) -> None:
    for statement in statements.get(schema_editor.connection.vendor, ()):
        schema_editor.execute(statement)


def forward(apps: Any, schema_editor: Any) -> None:
    """Create the full-text index of this database's vendor."""
    _run(FORWARD, schema_editor)


def backward(apps: Any, schema_editor: Any) -> None:
    """Drop the full-text index of this database's vendor."""
    _run(BACKWARD, schema_editor)


class Migration(migrations.Migration):
    dependencies: ClassVar[list[tuple[str, str]]] = [("library", "0001_initial")]

    operations: ClassVar[list[Operation]] = [migrations.RunPython(forward, backward)]
