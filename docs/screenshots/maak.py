"""Make the screenshots in this folder: every section and dialog, offscreen, with the demo plans.

    .venv/bin/python docs/screenshots/maak.py            # both sets below
    .venv/bin/python docs/screenshots/maak.py --schaal 1.5 --uit /tmp/shots

Without arguments it runs itself twice, each in a fresh process (Qt reads the scale factor
once, when the application starts):

- a 1366×768 laptop screen at 100 % → ``docs/screenshots/*.png`` (the README's pictures);
- the same screen at 150 % scaling (``QT_SCALE_FACTOR=1.5``: 911×512 logical pixels) →
  ``docs/screenshots/150/*.png``.

The screen is Qt's offscreen platform with a configured screen size, so the window gets the
size it would get on that laptop at first start (see ``gui/screen.py``). Everything happens in
a temporary folder (database, settings); the user's own data is never touched.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HIER = Path(__file__).resolve().parent
ROOT = HIER.parents[1]
SCHERM = (1366, 768)


def _kind(schaal: float, uit: Path) -> int:
    return subprocess.call(
        [sys.executable, __file__, "--schaal", str(schaal), "--uit", str(uit)], cwd=ROOT
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schaal", type=float)
    parser.add_argument("--uit", type=Path)
    parser.add_argument("--breedte", type=int, default=SCHERM[0])
    parser.add_argument("--hoogte", type=int, default=SCHERM[1])
    args = parser.parse_args()
    if args.schaal is None:
        rc = _kind(1.0, HIER)
        return rc or _kind(1.5, HIER / "150")
    return maak(args.schaal, args.uit or HIER, (args.breedte, args.hoogte))


def maak(schaal: float, uit: Path, scherm: tuple[int, int]) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="wijkplan-shots-"))
    config = tmp / "scherm.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": scherm[0],
                        "height": scherm[1],
                        "logicalDpi": 96,
                        "logicalDpiBase": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = str(schaal)
    os.environ["WIJKPLAN_DATA_DIR"] = str(tmp / "data")
    sys.path.insert(0, str(ROOT))
    uit.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(["wijkplan"])
    from gui.i18n import install_translators

    translators = install_translators(app, "nl")  # noqa: F841  (keep alive)
    fotos = Fotograaf(app, uit, tmp)
    QTimer.singleShot(0, fotos.alles)
    app.exec()
    print(f"{len(fotos.gemaakt)} schermafdrukken in {uit}")
    return 0 if fotos.gemaakt else 1


class Fotograaf:
    """Opens each screen in turn and saves what a person would see."""

    def __init__(self, app, uit: Path, tmp: Path) -> None:
        self.app = app
        self.uit = uit
        self.tmp = tmp
        self.gemaakt: list[Path] = []

    # -- helpers ---------------------------------------------------------------------------
    def wacht(self, ms: int = 150) -> None:
        import time

        from PySide6.QtCore import QCoreApplication

        eind = time.monotonic() + ms / 1000
        while time.monotonic() < eind:
            QCoreApplication.processEvents()
            time.sleep(0.01)

    def wacht_tot(self, voorwaarde, seconden: float = 20) -> None:
        import time

        eind = time.monotonic() + seconden
        while not voorwaarde():
            if time.monotonic() > eind:
                raise TimeoutError("scherm werd niet klaar")
            self.wacht(20)

    def foto(self, widget, naam: str) -> None:
        self.wacht()
        pad = self.uit / f"{naam}.png"
        if not widget.grab().save(str(pad)):
            raise OSError(f"kon {pad} niet schrijven")
        self.gemaakt.append(pad)

    # -- the screens -----------------------------------------------------------------------
    def alles(self) -> None:
        try:
            self._alles()
        finally:
            self.app.quit()

    def _alles(self) -> None:
        from application.database import laad_demo, open_database
        from domain.demo import DEMO_COMPLEET_ID, DEMO_CONCEPT_ID
        from gui.main_window import MainWindow
        from gui.settings import Settings

        # First start: an empty database, the window at its first-start size.
        leeg = open_database(str(self.tmp / "leeg.sqlite"))
        window = MainWindow(leeg, Settings.at(self.tmp / "leeg.ini"))
        window.show()
        self.foto(window, "00_eerste_start")
        window.close()
        leeg.dispose()

        db = open_database(str(self.tmp / "wijkplan.sqlite"))
        laad_demo(db)
        window = MainWindow(db, Settings.at(self.tmp / "instellingen.ini"))
        # The rest as the window is most used on a laptop: as large as the screen allows.
        window.setGeometry(window.screen().availableGeometry())
        window.show()
        window.refresh_list()
        self.wacht_tot(lambda: window.list_page.model.complete())
        self.foto(window, "00_planlijst")

        window.open_plan(DEMO_CONCEPT_ID)
        window.session.flush()
        editor = window.editor
        for n, key in enumerate(editor.section_keys(), start=1):
            editor.show_section(key)
            section = editor.section(key)
            self.wacht_tot(section.isVisible)
            if key == "begroting":
                tabellen = (
                    section.totals.per_jaar,
                    section.totals.per_categorie,
                    section.totals.per_interventie,
                )
                self.wacht_tot(lambda t=tabellen: all(x.model().rowCount() for x in t))
            self.foto(window, f"{n:02d}_{key}")
        # The help panel (F1) beside the Probleemanalyse.
        editor.show_section("doelgroepen")
        doelgroepen = editor.section("doelgroepen")
        doelgroepen.analyse.setFocus()
        window.actions_.help_panel.setChecked(True)
        self.foto(window, "20_hulp_bij_veld")
        window.actions_.help_panel.setChecked(False)

        self.dialogen(window, db, DEMO_COMPLEET_ID)
        window.close()

    def dialogen(self, window, db, compleet_id: str) -> None:
        from datetime import date

        from application.exporteren import maak
        from application.importeren import importeer_bestanden
        from application.plannen import open_plan
        from domain.verschillen import Verschil
        from gui.about import OverDialoog
        from gui.conflict_dialog import DifferencesDialog
        from gui.excel_dialogs import ImportResultatenDialoog
        from gui.handleiding import HandleidingDialoog
        from gui.new_plan_dialog import NewPlanDialog
        from gui.pdf_preview import PdfVoorbeeld
        from gui.settings_dialog import SettingsDialog

        def toon(dialoog, naam: str) -> None:
            dialoog.show()
            self.foto(dialoog, naam)
            dialoog.close()
            dialoog.deleteLater()

        editor = window.editor
        editor.show_section("controle")
        toon(editor.submit_question(), "30_indienen_bevestigen")
        toon(NewPlanDialog(db.catalogus(), window, vandaag=date(2026, 5, 1)), "31_nieuw_plan")
        toon(SettingsDialog(window.settings, window), "32_instellingen")
        plan = open_plan(db, compleet_id)
        pdf = maak(plan, db.catalogus(), "pdf")
        toon(PdfVoorbeeld(pdf, plan.titel, window), "33_pdf_voorbeeld")
        werkmap = self.tmp / "export" / "plan.xlsx"
        werkmap.parent.mkdir()
        werkmap.write_bytes(maak(plan, db.catalogus(), "xlsx"))
        (werkmap.parent / "kapot.xlsx").write_bytes(b"geen werkmap")
        uitkomsten = importeer_bestanden(db, [werkmap.parent])
        toon(ImportResultatenDialoog(uitkomsten, window), "34_import_resultaat")
        verschillen = [
            Verschil("titel", "Preventie met Gezag Zuid", "Preventie met Gezag Rotterdam-Zuid"),
            Verschil("interventies[1].bereik", "120", "90"),
        ]
        toon(DifferencesDialog(verschillen, window), "35_verschillen")
        toon(HandleidingDialoog(window), "36_handleiding")
        # A fixed, typical folder (not the temporary one): the picture stays the same per run.
        voorbeeldmap = Path("/home/coordinator/.local/share/Wijkplan")
        toon(OverDialoog(window, voorbeeldmap), "37_over_wijkplan")
        self.referentie(window, db, toon)
        # After an export: the status bar says where, with "Map openen" beside it.
        window.help.offer_folder(werkmap)
        self.foto(window, "40_na_export_map_openen")
        self.qt_dialogen(window, werkmap.parent, toon)
        self.beoordeling(window, db, compleet_id)

    def beoordeling(self, window, db, plan_id: str) -> None:
        """The Beoordeling tab (the assessor's overview of a round) and one worksheet, with
        the complete demo plan submitted, no scores yet; docs/screenshots/2x_beoordeling_*
        show them filled in, at 100 % (tests/gui/test_beoordeling_screenshots.py)."""
        from application.indienen import dien_in

        dien_in(db, plan_id)  # a worksheet is for a submitted plan
        window.settings.beoordelaar = "Anna de Vries"  # (else a dialog asks for the name)
        window.statusBar().clearMessage()  # (the export's message of the picture before)
        pagina = window.beoordeling.toon_overzicht()
        self.wacht_tot(lambda: not pagina.bezig() and pagina.ronde.count() > 0)
        self.foto(window, "41_beoordeling_tab")
        pagina.laad(None)  # (the submitted plan)
        self.wacht_tot(lambda: not pagina.bezig())
        venster = window.beoordeling.open_werkblad(plan_id)
        self.wacht_tot(lambda: not venster.bezig() and venster.gegevens is not None)
        self.foto(venster, "42_beoordeling_werkblad_leeg")
        for i, naam in enumerate(("notities", "besluit", "revisies", "logboek"), start=1):
            venster.tabs.setCurrentIndex(i)
            self.foto(venster, f"42{'abcd'[i - 1]}_werkblad_{naam}")
        from gui.beoordeling.fouten import RedenDialog
        from gui.beoordeling.naam import NaamDialog
        from gui.beoordeling.notities import NotitieDialog

        for dialoog, naam in (
            (NotitieDialog(venster.blad.plan, None, venster), "44_notitie"),
            (
                RedenDialog(
                    "Waarom wordt revisie 1 afgewezen? Het besluit is definitief.", venster
                ),
                "45_reden_afwijzen",
            ),
            (NaamDialog(window), "46_naam_beoordelaar"),
        ):
            dialoog.show()
            self.foto(dialoog, naam)
            dialoog.close()
            dialoog.deleteLater()
        venster.close()
        from application.toewijzen import pro_rata_voorstel
        from gui.beoordeling.prorata import ProRataDialog

        namen = {r.plan_id: r.gemeente_naam for r in pagina.overzicht.rijen if r.plan_id}
        dialoog = ProRataDialog(pro_rata_voorstel(db, "2022"), namen, window)
        dialoog.show()
        self.foto(dialoog, "43_pro_rata_voorstel")
        dialoog.close()
        window.beoordeling.tabs.setCurrentIndex(0)

    def qt_dialogen(self, window, map_, toon) -> None:
        """Qt's own file and print dialogs, in Dutch (Qt's translation and ours, gui/i18n.py);
        Qt's dialog, not the desktop's, as the offscreen platform has no other."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        from PySide6.QtWidgets import QFileDialog

        bestand = QFileDialog(window, "Excel-werkmappen importeren", str(map_))
        bestand.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        bestand.setNameFilter("Excel-werkmappen (*.xlsx)")
        toon(bestand, "47_bestand_kiezen")
        self.printer = QPrinter()  # (kept: the dialog holds a pointer to it)
        toon(QPrintDialog(self.printer, window), "48_afdrukken")

    def referentie(self, window, db, toon) -> None:
        """Bestand → Referentiegegevens bijwerken… (the preview of a changed file) and
        Overnemen in ronde… (a plan of the 2022 round into 2026-2029)."""
        from application.overnemen import rondes_om_naar_over_te_nemen
        from application.plannen import open_plan
        from application.referentie import exporteer_referentie, lees_referentie
        from domain.demo import DEMO_COMPLEET_ID
        from gui.reference_dialog import CarryOverDialog, ReferencePreviewDialog

        ref = exporteer_referentie(db, self.tmp / "referentie.json")
        doc = json.loads(ref.read_text("utf-8"))
        ronde = next(r for r in doc["rondes"] if r["code"] == "2026-2029")
        ronde["aanvragen_tot"] = "2029-11-01"
        ronde["gemeenten"].append("GM0307")
        doc["gemeenten"].append({"code": "GM0307", "naam": "Amersfoort", "focusgebieden": []})
        nieuw = self.tmp / "referentie-nieuw.json"
        nieuw.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
        voorbeeld = lees_referentie(db, str(nieuw))
        toon(ReferencePreviewDialog(voorbeeld, window), "38_referentie_bijwerken")
        plan = open_plan(db, DEMO_COMPLEET_ID)
        rondes = rondes_om_naar_over_te_nemen(db, DEMO_COMPLEET_ID)
        toon(CarryOverDialog(plan.titel, rondes, window), "39_overnemen_in_ronde")


if __name__ == "__main__":
    sys.exit(main())
