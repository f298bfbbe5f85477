"""The newest migration, without importing Alembic or SQLAlchemy (for fast start-up checks)."""

# Checked against the migrations folder by tests/integration/test_migrations.py; a start-up
# whose database is at this revision skips Alembic altogether (issue 12).
HEAD_REVISION = "0018"
