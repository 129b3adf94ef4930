"""Checks on the plan's general part: municipality, round, title, years, IBAN, contact person.

The required content follows the Regeling SPUK 2022 (Stcrt. 2022, 24113), art. 3: the
municipality, a plan for at most four years inside the round's cost period, and its IBAN.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator

from stdnum import iban as stdnum_iban
from stdnum.exceptions import ValidationError

from domain.bevinding import Bevinding, fout, leeg, waarschuwing
from domain.catalogue import Catalogus
from domain.model import Plan, Ronde
from domain.taal import Tekst, telling

# Pragmatic e-mail check: one @, no spaces, a dot in the domain. Deliverability is the
# mail server's business; we only catch typos such as a missing @ or a comma for a dot.
_EMAIL = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[^@\s,;.]{2,}$")
# Phone: digits with the usual separators; 5 digits allow the municipal short number (14 010).
_TELEFOON = re.compile(r"^(\+|00)?\d{5,15}$")
_TELEFOON_SCHEIDING = re.compile(r"[ ()\-./]")
# NL IBAN: NL, 2 check digits, 4-letter bank code, 10 digits (ISO 13616, 18 characters).
_NL_IBAN = re.compile(r"^NL\d{2}[A-Z]{4}\d{10}$")
# Issue 13, round 4: stdnum's compact and validate walk the IBAN per character in Python and
# look the country up in its data file (45 µs, a seventh of a plan's check). For an ASCII text
# the same is written here (property-tested against stdnum): clean() maps ` to ' (the only
# ASCII character its table changes) and drops " -.", then strip and upper; an NL IBAN of
# the shape above is valid exactly when its ISO 7064 mod 97-10 checksum is 1 (NL's bban
# structure is the shape itself, and stdnum has no Dutch IBAN module).
_COMPACT = str.maketrans({"`": "'", " ": None, "-": None, ".": None})
_BASE36 = str.maketrans({c: str(int(c, 36)) for c in string.ascii_uppercase})


def iban_compact(iban: str) -> str:
    """``stdnum.iban.compact(iban)``."""
    if iban.__class__ is str and iban.isascii():
        return iban.translate(_COMPACT).strip().upper()
    return stdnum_iban.compact(iban)


def nl_iban_klopt(compact: str) -> bool:
    """``stdnum.iban.is_valid(compact)`` for a compact ASCII text of the NL shape."""
    return int((compact[4:] + compact[:4]).translate(_BASE36)) % 97 == 1


def controleer_algemeen(plan: Plan, catalogus: Catalogus) -> Iterator[Bevinding]:
    yield from _gemeente(plan, catalogus)
    ronde = catalogus.ronde(plan.ronde_code)
    if leeg(plan.ronde_code):
        yield fout("RONDE_ONTBREEKT", "ronde_code")
    elif ronde is None:
        yield fout("RONDE_ONBEKEND", "ronde_code", ronde=plan.ronde_code)
    if leeg(plan.titel):
        yield fout("TITEL_ONTBREEKT", "titel")
    if ronde is not None:
        yield from _deelname(plan, ronde, catalogus)
    yield from _jaren(plan, ronde)
    yield from _iban(plan.iban)
    yield from _contactpersoon(plan)
    if leeg(plan.samenvatting):
        yield fout("SAMENVATTING_ONTBREEKT", "samenvatting")


def _gemeente(plan: Plan, catalogus: Catalogus) -> Iterator[Bevinding]:
    if leeg(plan.gemeente_code):
        yield fout("GEMEENTE_ONTBREEKT", "gemeente_code")
    elif catalogus.gemeente(plan.gemeente_code) is None:
        yield fout("GEMEENTE_ONBEKEND", "gemeente_code", gemeente=plan.gemeente_code)


def _deelname(plan: Plan, ronde: Ronde, catalogus: Catalogus) -> Iterator[Bevinding]:
    gemeente = catalogus.gemeente(plan.gemeente_code)
    if gemeente is None or ronde.neemt_deel(gemeente.code):
        return
    andere = ", ".join(r.code for r in catalogus.rondes_van(gemeente.code))
    yield fout(
        "GEMEENTE_NIET_IN_RONDE",
        "ronde_code",
        naam=gemeente.naam,
        code=gemeente.code,
        ronde_naam=ronde.naam,
        ronde=ronde.code,
        andere=Tekst(andere or "geen", andere or "none"),
    )


def _jaren(plan: Plan, ronde: Ronde | None) -> Iterator[Bevinding]:
    van, tot = plan.jaar_van, plan.jaar_tot_en_met
    if tot < van:
        yield fout("JAREN_VOLGORDE", "jaar_tot_en_met", van=van, tot=tot)
        return
    if ronde is None:
        return
    if van < ronde.eerste_jaar:
        yield fout(
            "JAAR_BUITEN_RONDE",
            "jaar_van",
            variant="begin",
            van=van,
            ronde_naam=ronde.naam,
            vanaf=ronde.kosten_vanaf,
            ronde=ronde.code,
        )
    if tot > ronde.laatste_jaar:
        yield fout(
            "JAAR_BUITEN_RONDE",
            "jaar_tot_en_met",
            variant="eind",
            tot=tot,
            ronde_naam=ronde.naam,
            kosten_tot=ronde.kosten_tot,
            ronde=ronde.code,
        )
    aantal = tot - van + 1
    if aantal > ronde.max_jaren:
        yield fout(
            "JAREN_TE_VEEL",
            "jaar_tot_en_met",
            jaren=telling(aantal, "jaar"),
            van=van,
            tot=tot,
            ronde_naam=ronde.naam,
            maximum=telling(ronde.max_jaren, "jaar"),
            ronde=ronde.code,
        )


def _iban(iban: str) -> Iterator[Bevinding]:
    if leeg(iban):
        yield fout("IBAN_ONTBREEKT", "iban")
        return
    compact = iban_compact(iban)
    if not compact.startswith("NL"):
        yield fout("IBAN_GEEN_NL", "iban", iban=iban)
        return
    if len(compact) != 18:
        yield fout("IBAN_LENGTE", "iban", iban=iban, lengte=len(compact))
        return
    try:
        if not _NL_IBAN.match(compact):
            raise ValidationError()
        if not compact.isascii():  # (\d also matches other scripts' digits)
            stdnum_iban.validate(compact)
        elif not nl_iban_klopt(compact):
            raise ValidationError()
    except ValidationError:
        yield fout("IBAN_ONGELDIG", "iban", iban=iban)


def _contactpersoon(plan: Plan) -> Iterator[Bevinding]:
    cp = plan.contactpersoon
    if leeg(cp.naam):
        yield fout("CONTACT_NAAM_ONTBREEKT", "contactpersoon.naam")
    if leeg(cp.email):
        yield fout("CONTACT_EMAIL_ONTBREEKT", "contactpersoon.email")
    elif not _EMAIL.match(cp.email.strip()):
        yield fout("CONTACT_EMAIL_ONGELDIG", "contactpersoon.email", email=cp.email.strip())
    if not leeg(cp.telefoon) and not _TELEFOON.match(_TELEFOON_SCHEIDING.sub("", cp.telefoon)):
        yield waarschuwing(
            "CONTACT_TELEFOON_ONGELDIG", "contactpersoon.telefoon", telefoon=cp.telefoon.strip()
        )
