"""User text is text: markup is escaped, files are never read, missing glyphs are never boxes."""

from __future__ import annotations

import sys

import pytest
from reportlab import rl_config
from reportlab.graphics import shapes

from exports.pdf import OntbrekendeTekens, render_plan_pdf
from exports.pdf.fonts import MONO, SANS, registreer
from tests.conftest import require_tool
from tests.pdf.conftest import pdftotext, run, schrijf
from tests.pdf.plannen import MARKUP, klein_plan

_geopend: list[str] | None = None


def _audit(event: str, args: tuple) -> None:
    if event == "open" and _geopend is not None:
        _geopend.append(str(args[0]))


sys.addaudithook(_audit)  # audit hooks cannot be removed; it records only inside the test


def test_an_img_tag_in_user_text_never_reads_the_file(catalogus, tmp_path):
    global _geopend
    plan = klein_plan(catalogus)
    plan.samenvatting = MARKUP
    plan.wijken[0].naam = '<img src="/etc/passwd"/>'
    _geopend = []
    try:
        data = render_plan_pdf(plan, catalogus)
    finally:
        geopend, _geopend = _geopend, None
    assert not [p for p in geopend if "passwd" in p]
    tekst = " ".join(pdftotext(schrijf(tmp_path, "p.pdf", data)).split())
    assert '<img src="/etc/passwd"/>' in tekst
    assert "<font size=40>GROOT</font>" in tekst


def test_a_character_no_font_has_is_printed_as_its_code_and_listed_with_its_field(
    catalogus, tmp_path
):
    plan = klein_plan(catalogus)
    plan.interventies[1].naam = "Wijkteam 中文"
    plan.titel = "Zuidoost क"  # also in the running header of every page
    data = render_plan_pdf(plan, catalogus)
    tekst = " ".join(pdftotext(schrijf(tmp_path, "p.pdf", data)).split())
    assert "Wijkteam [U+4E2D][U+6587]" in tekst
    assert "Zuidoost [U+0915]" in tekst
    assert "Tekens die niet afgedrukt konden worden" in tekst
    assert "(U+4E2D) in interventies[1].naam" in tekst
    assert "(U+0915) in titel" in tekst


def test_in_strict_mode_such_a_character_is_refused_with_a_dutch_message(catalogus):
    plan = klein_plan(catalogus)
    plan.interventies[1].naam = "Wijkteam 中文"
    with pytest.raises(OntbrekendeTekens) as fout:
        render_plan_pdf(plan, catalogus, strikt=True)
    bericht = str(fout.value)
    assert "U+4E2D" in bericht and "U+6587" in bericht
    assert "interventies[1].naam" in bericht
    assert "lettertype" in bericht


def test_a_character_missing_from_dejavu_sans_is_set_in_the_fallback_font(catalogus, tmp_path):
    fonts = registreer()
    teken = next(chr(c) for c in sorted(fonts.tekens[MONO] - fonts.tekens[SANS]))
    plan = klein_plan(catalogus)
    plan.interventies[0].naam = f"Interventie {teken} test"  # a bold table cell and heading
    data = render_plan_pdf(plan, catalogus)
    tekst = pdftotext(schrijf(tmp_path, "p.pdf", data))
    assert f"Interventie {teken} test" in " ".join(tekst.split())


def test_characters_beyond_the_basic_plane_print_and_read_back_unmangled(catalogus, tmp_path):
    """reportlab wrote U+1D5A0 as <1D5A0> in the ToUnicode map, read back as ᵚ (U+1D5A)."""
    plan = klein_plan(catalogus)
    plan.samenvatting = "Sans-serif \U0001d5a0 en huis \U0001f3e0"
    data = render_plan_pdf(plan, catalogus, strikt=True)
    tekst = pdftotext(schrijf(tmp_path, "p.pdf", data))
    assert "Sans-serif \U0001d5a0 en huis \U0001f3e0" in " ".join(tekst.split())
    assert "\u1d5a" not in tekst and "\u1f3e" not in tekst


def test_control_characters_are_dropped_and_line_breaks_kept(catalogus, tmp_path):
    plan = klein_plan(catalogus)
    plan.samenvatting = "Eerste\x00regel\x07\r\nTweede regel\tmet tab"
    data = render_plan_pdf(plan, catalogus)
    tekst = pdftotext(schrijf(tmp_path, "p.pdf", data))
    assert "Eersteregel\nTweede regel" in tekst


def test_rendering_leaves_reportlabs_global_defaults_as_they_were(catalogus):
    voor = (rl_config.canvas_basefontname, shapes.STATE_DEFAULTS["fontName"])
    render_plan_pdf(klein_plan(catalogus), catalogus)
    assert (rl_config.canvas_basefontname, shapes.STATE_DEFAULTS["fontName"]) == voor
    assert voor[0] != SANS


def test_an_emoji_prints_as_itself_in_the_embedded_fallback_font(catalogus, tmp_path):
    """Issue 14: 🏠 in a title printed as [U+1F3E0]; Noto Emoji (a subset) now draws it."""
    plan = klein_plan(catalogus)
    plan.titel = "Zuidoost 🏠 veilig ❤"  # cover, and the running header of pages 2 …
    plan.interventies[0].naam = "Buurtkamer 😀"  # a bold table cell (DejaVu Sans Bold lacks it)
    pad = schrijf(tmp_path, "p.pdf", render_plan_pdf(plan, catalogus, strikt=True))
    tekst = " ".join(pdftotext(pad).split())
    assert "Zuidoost 🏠 veilig ❤" in tekst
    assert "Buurtkamer 😀" in tekst
    assert "[U+" not in tekst and "Tekens die niet afgedrukt konden worden" not in tekst
    assert "Zuidoost 🏠" in pdftotext(pad, 2)  # the running header, drawn on the canvas
    fonts = [r.split() for r in run(require_tool("pdffonts"), str(pad)).splitlines()[2:]]
    emoji = [r for r in fonts if r[0].endswith("+NotoEmoji-Regular")]
    assert emoji, fonts
    # embedded, as a subset, with a ToUnicode map (the "emb sub uni" columns)
    assert emoji[0][-5:-2] == ["yes", "yes", "yes"], emoji


def test_emoji_sequences_print_as_base_glyphs_and_flags_as_country_codes(catalogus, tmp_path):
    """Issue 14: a ZWJ sequence, a flag, a skin tone and a variation selector printed as
    separate glyphs or markers. Base glyphs stay, the rest is left out, a flag is its code."""
    plan = klein_plan(catalogus)
    plan.titel = "Gezin \U0001f468\u200d\U0001f469\u200d\U0001f467 uit \U0001f1f3\U0001f1f1"
    plan.interventies[0].naam = "Duim \U0001f44d\U0001f3fd \u2764\ufe0f 1\ufe0f\u20e3"
    pad = schrijf(tmp_path, "p.pdf", render_plan_pdf(plan, catalogus, strikt=True))
    tekst = " ".join(pdftotext(pad).split())
    assert "Gezin \U0001f468\U0001f469\U0001f467 uit [NL]" in tekst
    assert "Duim \U0001f44d \u2764 1" in tekst
    for weg in ("[U+", "\u200d", "\ufe0f", "\u20e3", "\U0001f3fd", "\U0001f1f3"):
        assert weg not in tekst, weg
    assert "Gezin \U0001f468\U0001f469\U0001f467 uit [NL]" in pdftotext(pad, 2)  # running header
    assert plan.titel.endswith("\U0001f1f3\U0001f1f1")  # only the print changes, not the plan
