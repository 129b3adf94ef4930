"""ImportFout: the shape every importer's caller relies on."""

from __future__ import annotations

import pickle

from domain.errors import WijkplanFout
from exports.errors import ImportFout


def test_an_import_error_reads_as_path_colon_message():
    fout = ImportFout("begroting[3].bedrag", "is geen bedrag")
    assert str(fout) == "begroting[3].bedrag: is geen bedrag"
    assert (fout.pad, fout.bericht) == ("begroting[3].bedrag", "is geen bedrag")


def test_an_error_about_the_whole_file_is_just_the_message():
    assert (
        str(ImportFout("", "het bestand is geen geldige JSON"))
        == "het bestand is geen geldige JSON"
    )


def test_an_import_error_is_a_wijkplan_error_so_the_gui_and_cli_show_it_without_traceback():
    assert isinstance(ImportFout("id", "x"), WijkplanFout)


def test_an_import_error_survives_pickling_for_work_in_another_process():
    terug = pickle.loads(pickle.dumps(ImportFout("wijken[1].code", "komt twee keer voor")))
    assert (type(terug), terug.pad, terug.bericht) == (
        ImportFout,
        "wijken[1].code",
        "komt twee keer voor",
    )
