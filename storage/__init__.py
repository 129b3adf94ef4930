"""Storage: SQLAlchemy 2.0 mapping of the plan, Alembic migrations, a unit of work per user action."""
