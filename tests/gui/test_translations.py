"""Every user-visible string goes through Qt's translation, and English is complete."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from gui.i18n import install_translators, remove_translators
from resources import resource_path
from tests.conftest import require

ROOT = Path(__file__).resolve().parents[2]


def _messages(ts: Path) -> dict[str, str | None]:
    out = {}
    for m in ET.parse(ts).iter("message"):
        tr = m.find("translation")
        done = tr is not None and tr.get("type") is None and tr.text
        out[m.find("source").text] = tr.text if done else None
    return out


def test_every_string_in_the_gui_has_an_english_translation(tmp_path):
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    require(Path(lupdate).exists(), "pyside6-lupdate is not installed")
    fresh = tmp_path / "nu.ts"
    sources = sorted(str(p) for p in (ROOT / "gui").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    now = set(_messages(fresh))
    shipped = _messages(resource_path("translations", "wijkplan_en.ts"))
    untranslated = sorted(s for s in now if not shipped.get(s))
    assert untranslated == [], "run pyside6-lupdate and translate: " + repr(untranslated[:10])
    assert len(now) > 150


@pytest.fixture
def english(qapp):
    translators = install_translators(qapp, "en")
    yield translators
    remove_translators(qapp, translators)


def test_english_is_loaded_and_used_by_the_main_window(qtbot, english, db, settings):
    from gui.main_window import MainWindow

    assert QCoreApplication.translate("PlanEditor", "&Nieuwe revisie") == "&New revision"
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "E&xport", "&Import", "&Help"]


def test_dutch_uses_qts_own_dutch_for_standard_buttons(qapp):
    translators = install_translators(qapp, "nl")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    finally:
        remove_translators(qapp, translators)



def test_field_help_and_completeness_follow_the_english_interface(english):
    from domain.volledigheid import Volledigheid
    from gui import completeness, help

    assert help.language() == "en"
    tip = help.tooltip("begroting[3].bedrag")
    assert tip.startswith("The amount you request from the ministry")
    assert "Source: Specific-grant regulation on preventing youth crime 2023" in tip
    v = Volledigheid(klaar=1, onderdelen=7, fouten=1, waarschuwingen=3)
    assert completeness.kort(v) == "1/7 done · 1 error · 3 warnings"
