"""What every section builder needs: the plan, its totals, the styles, and safe Paragraphs.

:meth:`Context.p` is the only way user text becomes a Paragraph (escaped, fallback fonts);
:meth:`Context.vast` takes markup we wrote ourselves. Keeping the two apart makes a forgotten
escape visible in review.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, cast

from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Table,
    TableStyle,
)

from domain.catalogue import Catalogus
from domain.importing import Herkomst
from domain.model import Plan
from domain.totals import Totalen
from domain.validation import Bevinding
from exports.pdf.alinea import Alinea, Fragmenten, platte_alinea, platte_cellen
from exports.pdf.fonts import Lettertypen
from exports.pdf.tabel import Tabel
from exports.pdf.text import alineas, opmaak, schoon

# Room a heading needs below it for itself and the first lines of its text.
RUIMTE_ONDER_KOP = 32 * mm
# Rows from which a table is allowed to start low on a page instead of on a new one.
LANGE_TABEL = 20


@dataclass
class Context:
    plan: Plan
    catalogus: Catalogus
    totalen: Totalen
    bevindingen: list[Bevinding]
    afgedrukt_op: date
    stijlen: StyleSheet1
    fonts: Lettertypen
    ontbrekend: list[tuple[str, str]] = field(default_factory=list)  # (path, character)
    herkomst: Herkomst | None = None  # the imported file this revision came from (issue 10)
    _hoofdstuk: int = field(default=0, repr=False)
    _fragmenten: Fragmenten = field(default_factory=Fragmenten, repr=False)

    # -- paragraphs ------------------------------------------------------------------------
    def p(self, tekst: str | None, stijl: str = "Body", leeg: str = "–") -> Paragraph:
        """User text as one Paragraph, never read as markup: plain text skips the parser
        (exports/pdf/alinea.py), other text is escaped; line breaks kept, missing glyphs
        substituted."""
        st = cast(ParagraphStyle, self.stijlen[stijl])
        if not tekst or not tekst.strip():
            return self.vast(leeg, stijl)
        tekst = schoon(tekst)
        if "\n" not in tekst and self.fonts.heeft_alle(st.fontName, tekst):
            # The common case (plain Latin text): no escaping, no markup parser.
            return platte_alinea(tekst, st)
        return Alinea(opmaak(tekst, self.fonts, st.fontName), st)

    def tekstblok(self, tekst: str | None, stijl: str = "Body", leeg: str = "") -> list[Flowable]:
        """A long user text as one Paragraph per blank-line separated paragraph."""
        delen = alineas(tekst or "")
        if not delen:
            return [self.vast(leeg, "Toelichting")] if leeg else []
        return [self.p(a, stijl) for a in delen]

    def vast(self, markup: str, stijl: str = "Body") -> Paragraph:
        """Markup written by us (labels, numbers); never pass user text here."""
        st = cast(ParagraphStyle, self.stijlen[stijl])
        if "<" not in markup and "&" not in markup and self.fonts.heeft_alle(st.fontName, markup):
            return platte_alinea(markup, st)
        return self._fragmenten.alinea(markup, st)

    def met_onderregel(self, boven: str, onder: str, stijl: str = "Cel") -> Paragraph:
        """Two texts (user or catalogue text) in one cell: ``onder`` on its own line, smaller
        and grey (style ``stijl + "Onder"``). A table draws it without the markup parser
        when both are plain text (exports/pdf/alinea.py)."""
        klein = cast(ParagraphStyle, self.stijlen[stijl + "Onder"])
        p = self.vast(
            self.veilig(boven, stijl)
            + f"<br/><font color='{klein.textColor.hexval().replace('0x', '#')}'"
            f" size={klein.fontSize:g}>{self.veilig(onder, stijl)}</font>",
            stijl,
        )
        return self._twee_delen(p, boven, stijl, onder, stijl + "Onder")

    def vet_boven(self, boven: str, onder: str, stijl: str = "Cel") -> Paragraph:
        """Two texts in one cell: ``boven`` bold (style ``stijl + "Vet"``), ``onder`` on its
        own line in ``stijl``; drawn like :meth:`met_onderregel`."""
        p = self.vast(
            f"<b>{self.veilig(boven, stijl + 'Vet')}</b><br/>{self.veilig(onder, stijl)}", stijl
        )
        return self._twee_delen(p, boven, stijl + "Vet", onder, stijl)

    def _twee_delen(
        self, p: Paragraph, boven: str, boven_stijl: str, onder: str, onder_stijl: str
    ) -> Paragraph:
        """Give the paragraph of a two-part cell its plain parts (``boven``, ``onder``) when
        both are plain text, so a table can draw it as lines (alinea.platte_cellen)."""
        if not boven.strip() or not onder.strip() or "\n" in boven + onder:
            return p
        a = self.p(boven, boven_stijl)
        b = self.p(onder, onder_stijl)
        if isinstance(a, Alinea) and isinstance(b, Alinea) and a.platte_tekst and b.platte_tekst:
            p.platte_tekst = a.platte_tekst  # pyright: ignore[reportAttributeAccessIssue]  (Alinea)
            p.boven = a  # pyright: ignore[reportAttributeAccessIssue]  (Alinea)
            p.onder = b  # pyright: ignore[reportAttributeAccessIssue]  (Alinea)
        return p

    def veilig(self, tekst: str, stijl: str) -> str:
        """Escaped markup of user text, to combine with our own markup in :meth:`vast`."""
        return opmaak(tekst, self.fonts, self.stijlen[stijl].fontName)

    # -- headings ------------------------------------------------------------------------
    def hoofdstuk(self, titel: str) -> Paragraph:
        self._hoofdstuk += 1
        return self.vast(f"{self._hoofdstuk}. {titel}", "Kop1")

    def met_kop(self, kop: Flowable, inhoud: Sequence[Flowable], vast_aantal: int = 1) -> list:
        """Keep a heading with the first flowable(s) after it, so it never ends a page alone.

        A long table is not kept whole (that would push it to a new page, leaving a blank
        half page); it only needs room for the heading, its header row and a few rows.
        """
        eerste = list(inhoud[:vast_aantal])
        if any(isinstance(f, Table) and f._nrows > LANGE_TABEL for f in eerste):  # pyright: ignore[reportAttributeAccessIssue]  (reportlab internal)
            return self.kop_bij_tekst(kop, inhoud)
        return [KeepTogether([kop, *eerste]), *inhoud[vast_aantal:]]

    def kop_bij_tekst(
        self, kop: Flowable, tekst: Sequence[Flowable], vast: Sequence[Flowable] = ()
    ) -> list:
        """A heading before flowing text: start a new page unless a few lines fit below it.

        Keeping the heading together with a whole first paragraph (as :meth:`met_kop` does)
        would move long paragraphs to the next page and leave a quarter page blank each time.
        """
        return [CondPageBreak(RUIMTE_ONDER_KOP), KeepTogether([kop, *vast]), *tekst]

    # -- tables --------------------------------------------------------------------------
    def tabel(
        self,
        rijen: list[list[Any]],
        breedtes: Sequence[float],
        stijl: TableStyle,
        kopregels: int = 1,
    ) -> Table:
        """A table whose header repeats on every page and whose rows may split across pages
        (a 3,000-character cell must not make a row taller than the page)."""
        t = Tabel(
            rijen,
            colWidths=list(breedtes),
            repeatRows=kopregels,
            splitInRow=1,
            hAlign="LEFT",
        )
        t.setStyle(stijl)
        platte_cellen(t, list(breedtes))
        return t

    def kop(self, *labels: str, rechts_vanaf: int | None = None) -> list[Paragraph]:
        """A header row of our own labels (white on the accent colour). A label of two
        lines (``"Cofinan-<br/>ciering"``) is drawn as lines by the table when both are plain
        text, as a two-part cell is (:meth:`_twee_delen`)."""
        uit: list[Paragraph] = []
        for i, label in enumerate(labels):
            stijl = "CelKopRechts" if rechts_vanaf is not None and i >= rechts_vanaf else "CelKop"
            p = self.vast(label, stijl)
            delen = label.split("<br/>")
            if len(delen) == 2 and not any("<" in d or "&" in d for d in delen):
                p = self._twee_delen(p, delen[0], stijl, delen[1], stijl)
            uit.append(p)
        return uit
