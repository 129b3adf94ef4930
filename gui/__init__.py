"""The PySide6 desktop app: thin widgets, Qt models and dialogs that call services."""
