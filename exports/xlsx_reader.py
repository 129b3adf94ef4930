"""Read a Wijkplan workbook back into a plan, with Dutch messages naming file, sheet and cell.

Order of defence: :mod:`xlsx_safety` looks at the zip directory and the raw XML first (sizes,
DTDs and entities, rows and cells bounded); :mod:`xlsx_scan` finds formulas, error cells and
odd number literals; python-calamine (:mod:`xlsx_open`, values only) then reads the sheets;
every cell is read by its column's kind; the rows become a plan; the domain validation and
the content hash say what an assessor should know. Any ``fout`` message means: nothing is imported.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from domain import vorm
from domain.catalogue import Catalogus
from domain.importing import status_probleem_tekst
from domain.model import Plan, Status
from domain.money import format_bedrag, parse_canonical
from domain.serialize import content_hash, plan_from_dict
from domain.taal import Tekst
from exports import xlsx_layout as L
from exports.xlsx_build import Posities, bouw_plan_dict
from exports.xlsx_meldingen import (
    TEKSTEN,
    Ernst,
    Melding,
    fout_code,
    heeft_fout,
    melding,
    tekst_in_talen,
    waarschuwing_code,
)
from exports.xlsx_open import open_werkmap
from exports.xlsx_safety import lees_bestand
from exports.xlsx_scan import scan_delen
from exports.xlsx_tabel import Tabel, lees_blad, lees_sleutelwaarden
from exports.xlsx_verschil import plan_bij_export, samenvatting, verschillen

log = logging.getLogger(__name__)

GEWIJZIGD = "gewijzigd na export"


@dataclass
class Gelezen:
    """What reading one workbook gave: the plan (None when refused), its metadata and messages,
    and what the import records next to it, computed once here: the file's bytes as read
    and checked (for the SHA-256) and the content hash of the plan read."""

    plan: Plan | None
    metadata: dict[str, str]
    meldingen: list[Melding]
    data: bytes = b""
    content_hash: str | None = None


def read_workbook(
    path: str | os.PathLike[str], catalogus: Catalogus
) -> tuple[Plan | None, dict[str, str], list[Melding]]:
    """(plan or None when refused, metadata, messages). Never raises for a bad file."""
    gelezen = lees_werkmap(path, catalogus)
    return gelezen.plan, gelezen.metadata, gelezen.meldingen


def lees_werkmap(path: str | os.PathLike[str], catalogus: Catalogus) -> Gelezen:
    """:func:`read_workbook` with the file's bytes and the plan's content hash. The file is
    read once: the safety checks, the scan and calamine all see the same bytes."""
    naam = Path(path).name
    bestand = lees_bestand(path)
    meldingen = bestand.meldingen
    plan: Plan | None = None
    hash_berekend: str | None = None
    metadata: dict[str, str] = {}
    formules: dict[str, dict[str, str]] = {}
    foutwaarden: dict[str, dict[str, str]] = {}
    witruimte: set[str] = set()
    if not meldingen:
        scan = scan_delen(bestand)
        meldingen.extend(scan.meldingen)
        formules = scan.formules
        foutwaarden = scan.foutwaarden
        witruimte = scan.witruimte
    if not meldingen:
        try:
            wb = open_werkmap(bestand.data, foutwaarden, witruimte, path, bestand)
        except Exception as exc:  # hostile input: never a traceback in front of a user
            meldingen.append(_leesfout(exc))
        else:
            try:
                plan, metadata, hash_berekend = _lees(wb, catalogus, meldingen, formules)
            except Exception as exc:  # sheets are parsed lazily: bad XML surfaces here
                log.info("werkmap %s onleesbaar", naam, exc_info=True)
                meldingen.append(_leesfout(exc))
                plan = None
            finally:
                wb.close()
    if heeft_fout(meldingen):
        plan = None
    return Gelezen(
        plan,
        metadata,
        [_met_bestand(m, naam) for m in meldingen],
        bestand.data,
        hash_berekend if plan is not None else None,
    )


def _met_bestand(m: Melding, naam: str) -> Melding:
    return m.met_bestand(naam)


def _leesfout(exc: Exception) -> Melding:
    from defusedxml import DefusedXmlException

    # openpyxl wraps parse errors in ValueError("Unable to read workbook…"): look at the chain.
    oorzaak: BaseException | None = exc
    while oorzaak is not None and not isinstance(oorzaak, DefusedXmlException):
        oorzaak = oorzaak.__cause__ or oorzaak.__context__
    if oorzaak is not None:
        return fout_code("", "VERBODEN_XML")
    from xml.etree.ElementTree import ParseError

    from python_calamine import XmlError

    if isinstance(exc, XmlError):  # calamine's parser: bad XML, or an undeclared entity
        return fout_code("", "ONGELDIGE_XML", reden=str(exc)[:200])
    oorzaak = exc
    while oorzaak is not None and not isinstance(oorzaak, ParseError):
        oorzaak = oorzaak.__cause__ or oorzaak.__context__
    if oorzaak is not None:
        return fout_code("", "ONGELDIGE_XML", reden=str(oorzaak))
    eerste_regel = str(exc).splitlines()[0] if str(exc) else ""
    # The Dutch text was cut at 300 characters: the reason is cut to the same length.
    rand = len(TEKSTEN["GEEN_WERKMAP"][0].format(reden=""))
    reden = f"{type(exc).__name__}: {eerste_regel}"[: 300 - rand]
    return fout_code("", "GEEN_WERKMAP", reden=reden)


# Sheets the importer knows; any other sheet is reported by name (issue 10, defect 7).
BEKENDE_BLADEN = frozenset({*L.VERPLICHTE_BLADEN, L.OVERZICHT_BLAD, L.LIJSTEN_BLAD})


def _lees(
    wb: Any, catalogus: Catalogus, meldingen: list[Melding], formules: dict[str, dict[str, str]]
) -> tuple[Plan | None, dict, str | None]:
    bladen = set(wb.sheetnames)
    for blad in wb.sheetnames:
        if blad not in BEKENDE_BLADEN:
            meldingen.append(waarschuwing_code(blad, "BLAD_NIET_GEIMPORTEERD", blad=blad))
    if L.METADATA_BLAD not in bladen:
        meldingen.append(
            fout_code("", "GEEN_WIJKPLAN_BLAD", blad=L.METADATA_BLAD)
        )
        return None, {}, None
    ruw = lees_sleutelwaarden(wb[L.METADATA_BLAD], L.METADATA_BLAD, {}, meldingen)
    metadata = {k: v for k, (v, _) in ruw.items()}
    if not _controleer_format(metadata, meldingen):
        return None, metadata, None
    versie = int(str(metadata.get("format_versie")))
    for blad in L.verplichte_bladen(versie):
        if blad not in bladen:
            meldingen.append(fout_code(blad, "BLAD_ONTBREEKT"))
    if heeft_fout(meldingen):
        return None, metadata, None
    soorten = {v.sleutel: v.soort for v in L.PLAN_VELDEN if not v.afgeleid}
    afgeleid = frozenset(v.sleutel for v in L.PLAN_VELDEN if v.afgeleid)
    velden = lees_sleutelwaarden(
        wb[L.PLAN_BLAD],
        L.PLAN_BLAD,
        soorten,
        meldingen,
        formules.get(L.PLAN_BLAD),
        bekend=L.PLAN_KOPPEN,
        negeer=afgeleid,
    )
    # A row a later format version added is absent from an older file: the field stays empty.
    for sleutel in (v.sleutel for v in L.PLAN_VELDEN if not v.afgeleid and v.sinds <= versie):
        if sleutel not in velden:
            meldingen.append(fout_code(L.PLAN_BLAD, "REGEL_ONTBREEKT", sleutel=sleutel))
    _controleer_plan_velden(velden, meldingen)
    tabellen: dict[str, Tabel] = {
        b.naam: (
            lees_blad(wb[b.naam], b, meldingen, formules.get(b.naam))
            if b.naam in bladen
            else Tabel(b.naam)  # a sheet of a later format version, absent in an older file
        )
        for b in L.TABELLEN
    }
    if heeft_fout(meldingen):
        return None, metadata, None
    plan_dict, posities = bouw_plan_dict(velden, tabellen, catalogus, meldingen)
    if heeft_fout(meldingen):
        return None, metadata, None
    try:
        plan = plan_from_dict(plan_dict)
    except (KeyError, ValueError, TypeError) as exc:
        meldingen.append(fout_code("", "PLAN_ONVOLLEDIG", reden=str(exc)))
        return None, metadata, None
    if metadata.get("plan_id") != plan.id:
        meldingen.append(
            fout_code(velden["id"][1], "PLAN_ID_VERSCHILT", plan_id=metadata.get("plan_id"))
        )
        return None, metadata, None
    berekend = _vergelijk(plan, catalogus, metadata, posities, meldingen)
    _valideer(plan, catalogus, posities, velden, meldingen)
    return plan, metadata, berekend


def _controleer_plan_velden(velden: dict[str, tuple[Any, str]], meldingen: list[Melding]) -> None:
    """What the cover sheet may not say: an empty or upper-case plan id (``plans`` and
    ``export-json`` find ids in lower case), a status only an assessor decides."""
    plan_id, plaats = velden.get("id", (None, L.PLAN_BLAD))
    if "id" in velden and not plan_id:
        meldingen.append(fout_code(plaats, "PLAN_ID_LEEG"))
    elif plan_id and plan_id != plan_id.lower():
        meldingen.append(
            fout_code(plaats, "PLAN_ID_HOOFDLETTERS", plan_id=plan_id)
        )
    status, plaats = velden.get("status", (None, L.PLAN_BLAD))
    if status in {s.value for s in Status}:
        probleem = status_probleem_tekst(Status(status))
        if probleem:
            meldingen.append(fout_code(plaats, "STATUS_UIT_BESTAND", probleem=probleem))


def _controleer_format(metadata: dict[str, Any], meldingen: list[Melding]) -> bool:
    if metadata.get("format") != L.FORMAT_NAAM:
        meldingen.append(
            fout_code(L.METADATA_BLAD, "GEEN_WIJKPLAN_FORMAT", format=metadata.get("format"))
        )
        return False
    try:
        versie = int(str(metadata.get("format_versie")))
    except ValueError:
        meldingen.append(fout_code(L.METADATA_BLAD, "FORMATVERSIE_ONTBREEKT"))
        return False
    if versie > L.FORMAT_VERSIE:
        meldingen.append(
            fout_code(
                L.METADATA_BLAD, "FORMATVERSIE_NIEUWER", versie=versie, leest=L.FORMAT_VERSIE
            )
        )
        return False
    if versie < 1:
        meldingen.append(fout_code(L.METADATA_BLAD, "FORMATVERSIE_ONBEKEND", versie=versie))
        return False
    return True


def _vergelijk(
    plan: Plan,
    catalogus: Catalogus,
    metadata: dict[str, Any],
    posities: Posities,
    meldingen: list[Melding],
) -> str:
    """Changed after export: still imported, but flagged with what changed (rows and fields,
    when the file holds the plan as exported) and what differs in the totals. Returns the
    plan's content hash (computed once per import, issue 13)."""
    berekend = content_hash(plan)
    if metadata.get("content_hash") == berekend:
        return berekend
    toen = plan_bij_export(metadata)
    items = verschillen(toen, plan, posities) if toen is not None else []
    wat = None
    if toen is not None and items:
        items_en = verschillen(toen, plan, posities, "en")
        wat = Tekst(samenvatting(items), samenvatting(items_en, "en"))
    totalen = _totalen_verschil(plan, catalogus, metadata)
    if wat and totalen:
        detail = Tekst(f"{wat.nl}; totalen: {totalen.nl}", f"{wat.en}; totals: {totalen.en}")
    else:
        detail = wat or totalen or tekst_in_talen("ALLEEN_TEKSTEN_GEWIJZIGD")
    meldingen.append(waarschuwing_code(L.METADATA_BLAD, "GEWIJZIGD_NA_EXPORT", detail=detail))
    return berekend


def _totalen_verschil(plan: Plan, catalogus: Catalogus, metadata: dict[str, Any]) -> Tekst | None:
    nl: list[str] = []
    en: list[str] = []
    nu = L.overzicht_totalen(plan, catalogus)
    for sleutel in sorted(
        set(nu) | {k for k in metadata if k.startswith(("totaal_", "gevraagd_"))}
    ):
        try:
            toen = parse_canonical(str(metadata[sleutel])) if sleutel in metadata else None
        except ValueError:
            toen = None
        if toen != nu.get(sleutel):
            oud = format_bedrag(toen) if toen is not None else "—"
            nieuw = format_bedrag(nu[sleutel]) if sleutel in nu else "—"
            naam = _totaal_naam(sleutel, plan)
            nl.append(f"{naam.nl}: {oud} bij export, nu {nieuw}")
            en.append(f"{naam.en}: {oud} at export, now {nieuw}")
    return Tekst("; ".join(nl), "; ".join(en)) if nl else None


def _totaal_naam(sleutel: str, plan: Plan) -> Tekst:
    """``gevraagd_interventie_<uuid>`` → the intervention's name, never its key."""
    if sleutel.startswith("gevraagd_interventie_"):
        iid = sleutel.removeprefix("gevraagd_interventie_")
        interventie = plan.interventie(iid)
        if interventie:
            return Tekst(
                f"gevraagd voor interventie '{interventie.naam}'",
                f"requested for intervention '{interventie.naam}'",
            )
        return Tekst(
            "gevraagd voor een verwijderde interventie", "requested for a removed intervention"
        )
    return Tekst(sleutel, sleutel)


def _plaats(pad: str, posities: Posities, velden: dict[str, tuple[Any, str]]) -> str:
    """``begroting[3].bedrag`` → ``Begroting!I6``; best effort, else the path itself."""
    if pad.startswith("eerder_toegekend[") and posities.get(pad):
        # A per-year entry: eerder_toegekend[2026] → its amount cell.
        blad, rij = posities[pad][0]
        return f"{blad}!{L.EERDER_TOEGEKEND.letter('bedrag')}{rij}"
    lijst, _, rest = pad.partition("[")
    if rest and lijst in posities:
        index_tekst, _, veld = rest.partition("]")
        veld = veld.lstrip(".").split(".")[0].split("[")[0]
        if index_tekst.isdigit() and int(index_tekst) < len(posities[lijst]):
            blad, rij = posities[lijst][int(index_tekst)]
            spec = next((b for b in L.TABELLEN if b.naam == blad), None)
            if spec and any(k.sleutel == veld for k in spec.kolommen):
                return f"{blad}!{spec.letter(veld)}{rij}"
            return f"{blad}!{rij}:{rij}"
    sleutel = next((v.sleutel for v in vorm.PLAN_VELDEN if v.pad == pad), pad)
    if sleutel in velden:
        return velden[sleutel][1]
    return pad


def _valideer(
    plan: Plan,
    catalogus: Catalogus,
    posities: Posities,
    velden: dict[str, tuple[Any, str]],
    meldingen: list[Melding],
) -> None:
    """Every domain validation finding, for the record; they do not block the import (a
    draft plan legitimately has findings), the assessor sees them per file."""
    from domain.validation import valideer

    for b in valideer(plan, catalogus):
        ernst = Ernst.PLANFOUT if str(b.ernst) == "fout" else Ernst.PLANWAARSCHUWING
        meldingen.append(
            # The finding's own text in both languages (issue 14), its code as before.
            melding(
                ernst,
                _plaats(b.pad, posities, velden),
                "PLANBEVINDING",
                bericht=Tekst(b.tekst("nl"), b.tekst("en")),
                bevinding=b.code,
            )
        )
