"""Review finding (issue 14): one renderer for every coded text, the plan check's findings
(domain.meldingen) and the Excel importer's messages (exports.xlsx_meldingen)."""

from __future__ import annotations

from datetime import date

import pytest

from domain import meldingen, taal
from domain.bevinding import fout
from domain.taal import Tekst
from exports import xlsx_meldingen
from exports.xlsx_meldingen import TEKSTEN, fout_code, tekst_in_talen

SJABLONEN = {"X": ("{wie} heeft {n} regels", "{wie} has {n} lines")}


class _Lui:
    """A value that renders itself per language (as rules_begroting's lazy names do)."""

    def in_taal(self, t: str) -> str:
        return "Regel 1" if t == "nl" else "Line 1"


def test_a_template_is_filled_in_per_language_with_texts_in_that_language():
    params = {"wie": Tekst("Wijk 'Moerwijk'", "Neighbourhood 'Moerwijk'"), "n": 3}
    assert taal.render(SJABLONEN, "X", params) == "Wijk 'Moerwijk' heeft 3 regels"
    assert taal.render(SJABLONEN, "X", params, "en") == "Neighbourhood 'Moerwijk' has 3 lines"
    assert taal.render(SJABLONEN, "X", {"wie": _Lui(), "n": 1}, "en") == "Line 1 has 1 lines"
    assert taal.in_beide(SJABLONEN, "X", params) == Tekst(
        "Wijk 'Moerwijk' heeft 3 regels", "Neighbourhood 'Moerwijk' has 3 lines"
    )


def test_an_unknown_code_falls_back_only_when_told():
    assert taal.render(SJABLONEN, "ONBEKEND", {}, "en", anders="zoals gelezen") == "zoals gelezen"
    with pytest.raises(KeyError):
        taal.render(SJABLONEN, "ONBEKEND", {}, "en")


def test_findings_and_import_messages_are_rendered_by_the_same_function():
    b = fout("IBAN_GEEN_NL", "iban", iban="DE89")
    m = fout_code("Plan!B3", "TE_VEEL_KOLOMMEN", maximum=200)
    assert b.tekst("en") == "IBAN 'DE89' is not a Dutch account number (it must start with NL)."
    assert m.tekst("en") == "more than 200 columns; that is not a plan"
    # Both modules call the one function; neither keeps a copy of the template logic.
    assert meldingen.taal_render is taal.render and xlsx_meldingen.render is taal.render
    assert b.tekst("en") == taal.render(meldingen.MELDINGEN, "IBAN_GEEN_NL", b.params, "en")
    assert m.tekst("en") == taal.render(TEKSTEN, "TE_VEEL_KOLOMMEN", m.params, "en")
    assert not hasattr(xlsx_meldingen, "_in_taal")


def test_format_specs_and_passed_on_texts_render_as_before():
    b = fout(
        "JAAR_BUITEN_RONDE", "jaar_van", variant="begin", van=2022,
        ronde_naam=Tekst("PmG 2023", "PmG 2023"), vanaf=date(2023, 1, 1), ronde="2023",
    )  # fmt: skip
    assert b.bericht == (
        "Het plan begint in 2022, maar PmG 2023 vergoedt kosten pas vanaf 01-01-2023 "
        "(kostenperiode van ronde 2023)."
    )
    assert b.tekst("en").endswith("only pays costs from 01-01-2023 (cost period of round 2023).")
    # A message passing on another message's text, in both languages.
    cel = tekst_in_talen("GEEN_BEDRAG", waarde="'veel'")
    m = fout_code("Begroting!E2", "CEL_MET_SLEUTEL", sleutel="bedrag", probleem=cel)
    assert m.bericht == "bedrag: 'veel' is geen bedrag"
    assert m.tekst("en") == "bedrag: 'veel' is not an amount"
    assert set(TEKSTEN) >= {"JSON_GEWEIGERD", "NIET_OPGESLAGEN"}


def test_only_the_standard_rubric_has_english_labels():
    from domain.beoordeling import Criterium

    assert Criterium("wijkgericht", "Wijkgericht").label_in("en") == "Neighbourhood-focused"
    assert Criterium("wijkgericht", "Wijkgericht").label_in("nl") == "Wijkgericht"
    # A round's own rubric (another label under the same code) keeps its own words.
    eigen = Criterium("wijkgericht", "Gericht op de focuswijken")
    assert eigen.label_in("en") == "Gericht op de focuswijken"
