"""Small helpers to build the editor's forms the same way everywhere.

A field row is: a label (with a mnemonic buddy), the input, and below it a message label that
shows the validation findings for that field inline (never a modal box).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui import help
from gui.binder import Binder
from gui.style import restyle


def message_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("veldmelding")
    restyle(label)
    label.setWordWrap(True)
    # A long message (an IBAN with its explanation) must wrap inside its column, not ask the
    # form for its one-line width: that widened the section and brought scroll bars.
    label.setMinimumWidth(1)
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    policy.setHeightForWidth(True)
    # The line is kept while no message shows: a message that appears must not move the
    # fields under the mouse or the caret (a message of more lines still takes its room).
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.setMinimumHeight(label.fontMetrics().lineSpacing())
    label.setVisible(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def add_field(
    form: QFormLayout,
    text: str,
    widget: QWidget,
    binder: Binder,
    path: str,
    **bind_kwargs: Any,
) -> QWidget:
    """Add ``widget`` under label ``text`` bound to ``path``; returns the widget."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(2)
    lay.addWidget(widget)
    msg = message_label(box)
    lay.addWidget(msg)
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(text.replace("&", ""))
    form.addRow(label, box)
    binder.bind(widget, path, message=msg, **bind_kwargs)
    # What the ministry asks here: tooltip on field and label, and the F1 panel (gui/help.py).
    help_path = f"{binder.help_prefix}.{path}" if binder.help_prefix else path
    help.mark(widget, help_path, label)
    return widget


def code_combo(items: list[tuple[str, str]], *, empty: str | None = None) -> QComboBox:
    """A catalogue dropdown: shows labels, holds codes.

    Not editable on purpose: Qt's keyboard search gives type-ahead on the labels, and the
    value can never be free text that is not a catalogue code.
    """
    combo = QComboBox()
    if empty is not None:
        combo.addItem(empty, "")
    for code, label in items:
        combo.addItem(label, code)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    return combo


def new_form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form
