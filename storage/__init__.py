"""Storage: SQLAlchemy 2.0 mapping, Alembic migrations, a unit of work per user action."""
