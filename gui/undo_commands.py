"""QUndoCommands that change the in-memory plan through :class:`gui.plan_session.PlanSession`.

Every edit in the editor is one of these three, so undo/redo covers the whole editor. The
commands never touch the database: the session saves whatever the plan is after they ran,
which is why undo keeps working after an edit was saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from gui.plan_session import PlanSession

# Typing in one field merges into one undo step (like every text editor does).
_MERGE_ID = 4711


class SetValueCommand(QUndoCommand):
    def __init__(
        self, session: PlanSession, path: str, old: Any, new: Any, text: str, merge: bool
    ) -> None:
        super().__init__(text)
        self._session = session
        self.path = path
        self.old = old
        self.new = new
        self._merge = merge

    def id(self) -> int:
        return _MERGE_ID if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValueCommand) or other.path != self.path or not other._merge:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self._session.apply_value(self.path, self.new)

    def undo(self) -> None:
        self._session.apply_value(self.path, self.old)


class InsertCommand(QUndoCommand):
    def __init__(
        self, session: PlanSession, list_path: str, index: int, item: Any, text: str
    ) -> None:
        super().__init__(text)
        self._session = session
        self.list_path = list_path
        self.index = index
        self.item = item

    def redo(self) -> None:
        self._session.apply_insert(self.list_path, self.index, self.item)

    def undo(self) -> None:
        self._session.apply_remove(self.list_path, self.index)


class RemoveCommand(QUndoCommand):
    def __init__(self, session: PlanSession, list_path: str, index: int, text: str) -> None:
        super().__init__(text)
        self._session = session
        self.list_path = list_path
        self.index = index
        self.item: Any = None

    def redo(self) -> None:
        self.item = self._session.apply_remove(self.list_path, self.index)

    def undo(self) -> None:
        self._session.apply_insert(self.list_path, self.index, self.item)
