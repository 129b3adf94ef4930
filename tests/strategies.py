"""Hypothesis strategies for whole plans, shared by the JSON, Excel and PDF tests.

``plannen(catalogus)`` draws a domain :class:`Plan` of valid *shape*: every reference points at
something that exists (budget lines at an intervention of the plan or at nothing, interventions
at the plan's doelgroepen, wijken and partners, indicators at interventions), every code is in
the catalogue, ids are unique UUIDs, amounts have cents and lie in 0.00 … 999999999.99. The
*content* is not necessarily submittable (empty fields, odd years): that is validation's job.

Texts are deliberately awkward: Dutch and Frisian names with apostrophes and accents, Turkish
letters, emoji (also joined sequences), text that a spreadsheet would take for a formula
(``=SUM(A1)``, ``+31``, ``-``, ``@x``), leading tabs and carriage returns, long paragraphs.

By default only characters that XML 1.0 can hold are drawn (so the same plans go into .xlsx and
PDF files); ``xml_veilig=False`` also draws the other control characters and U+FFFE/U+FFFF.
Lone surrogates are never drawn: no UTF-8 file, and no text a user can type, contains them.

Use with a fixture: ``@given(data=st.data())`` and ``data.draw(plannen(catalogus))``, or
``@given(plan=plannen())``, which loads the reference catalogue itself.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import TypeVar

from hypothesis import strategies as st
from stdnum import iban as stdnum_iban

from domain.catalogue import Catalogus
from domain.model import (
    Begrotingsregel,
    Categorie,
    Contactpersoon,
    Doelgroep,
    FactorSoort,
    GekozenFactor,
    Indicator,
    Interventie,
    Kant,
    Kostensoort,
    Partner,
    Plan,
    Probleemanalyse,
    Status,
    Wijk,
)
from domain.money import MAX_BEDRAG

# Names and texts that have broken exporters before; drawn often, next to random text.
VREEMDE_TEKSTEN: tuple[str, ...] = (
    "'s-Gravenhage",
    "Súdwest-Fryslân",
    "Yeşilgöz-Zegerius",
    "İstanbul ğ ş ı Ş",
    "Ærø Œuvre straße",
    "Zuidoost 😀",
    "Gezin 👩‍👩‍👧‍👦 en 🇳🇱",
    "=SUM(A1)",
    "=1+1",
    "+31 6 12345678",
    "-",
    "-5",
    "@x",
    "\tbegint met tab",
    "\rbegint met CR",
    "regel 1\nregel 2\r\nregel 3",
    "  spaties eromheen  ",
    "<b>geen opmaak</b> & 'quotes' \"dubbel\"",
    "a\\b/c:d*e?f",
    "€ 1.234,56",
    "",
)

T = TypeVar("T")

_UITGESLOTEN_XML = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r") + "\ufffe\uffff"


def _alfabet(xml_veilig: bool) -> st.SearchStrategy[str]:
    # Surrogates ("Cs") cannot be encoded as UTF-8 at all, so they are never drawn.
    if xml_veilig:
        return st.characters(exclude_categories=("Cs",), exclude_characters=_UITGESLOTEN_XML)
    return st.characters(exclude_categories=("Cs",))


@lru_cache(maxsize=8)
def teksten(*, xml_veilig: bool = True, max_size: int = 40) -> st.SearchStrategy[str]:
    """A short text: often one of :data:`VREEMDE_TEKSTEN`, otherwise random characters."""
    return st.one_of(
        st.sampled_from(VREEMDE_TEKSTEN),
        st.text(_alfabet(xml_veilig), max_size=max_size),
    )


@lru_cache(maxsize=4)
def lange_teksten(*, xml_veilig: bool = True) -> st.SearchStrategy[str]:
    """Texts up to a few thousand characters (a problem analysis is a few pages)."""
    herhaald = st.builds(
        lambda deel, n: (deel + " ") * n,
        st.sampled_from(VREEMDE_TEKSTEN[:-1]),
        st.integers(min_value=50, max_value=400),
    )
    return st.one_of(teksten(xml_veilig=xml_veilig, max_size=200), herhaald)


def bedragen(
    min_value: Decimal = Decimal("0.00"), max_value: Decimal = MAX_BEDRAG
) -> st.SearchStrategy[Decimal]:
    """Amounts with exactly two decimals (Decimal, never float), edges included."""
    lo, hi = int(min_value * 100), int(max_value * 100)
    return st.integers(min_value=lo, max_value=hi).map(lambda c: Decimal(c).scaleb(-2))


@st.composite
def ibans(draw: st.DrawFn) -> str:
    """A valid Dutch IBAN most of the time; sometimes empty or garbage (drafts hold those)."""
    soort = draw(st.sampled_from(["geldig", "geldig", "leeg", "onzin"]))
    if soort == "leeg":
        return ""
    if soort == "onzin":
        return draw(teksten())
    bank = draw(st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=4, max_size=4))
    rekening = draw(st.text("0123456789", min_size=10, max_size=10))
    bban = bank + rekening
    return f"NL{stdnum_iban.calc_check_digits('NL00' + bban)}{bban}"


class _Ids:
    """Unique UUID4 strings for one plan (two entities sharing an id would be a broken plan,
    and Hypothesis happily draws equal values while shrinking)."""

    def __init__(self, draw: st.DrawFn, aantal: int) -> None:
        uuids = st.lists(st.uuids(version=4), unique=True, min_size=aantal, max_size=aantal)
        self._vrij = [str(u) for u in draw(uuids)]

    def __call__(self) -> str:
        return self._vrij.pop()


def _deel(draw: st.DrawFn, items: list[T], max_size: int = 4) -> list[T]:
    """A subset of ``items`` (at most ``max_size``) without duplicates, in a drawn order."""
    if not items:
        return []
    return draw(st.lists(st.sampled_from(items), unique=True, max_size=min(max_size, len(items))))


@st.composite
def plannen(
    draw: st.DrawFn,
    catalogus: Catalogus | None = None,
    *,
    xml_veilig: bool = True,
    max_items: int = 4,
    statussen: tuple[Status, ...] = tuple(Status),
) -> Plan:
    """A whole plan with consistent references; lists have 0 … ``max_items`` entries."""
    cat = catalogus or referentie_catalogus()
    tekst = teksten(xml_veilig=xml_veilig)
    lang = lange_teksten(xml_veilig=xml_veilig)

    gemeente = draw(st.sampled_from(cat.gemeenten))
    ronde = draw(st.sampled_from(cat.rondes))
    jaar_van = draw(st.integers(ronde.eerste_jaar, ronde.laatste_jaar))
    jaar_tot = draw(st.integers(jaar_van, min(jaar_van + ronde.max_jaren - 1, ronde.laatste_jaar)))
    jaren = list(range(jaar_van, jaar_tot + 1))

    n_doelgroepen, n_partners, n_interventies, n_indicatoren = (
        draw(st.integers(0, max_items)) for _ in range(4)
    )
    n_regels = draw(st.integers(0, 2 * max_items))
    new_id = _Ids(draw, 1 + n_doelgroepen + n_partners + n_interventies + n_indicatoren + n_regels)

    def factoren(soort: FactorSoort) -> list[GekozenFactor]:
        codes = _deel(draw, [f.code for f in cat.factoren if f.soort == soort], max_items)
        return [GekozenFactor(code=c, toelichting=draw(tekst)) for c in codes]

    doelgroepen = [
        Doelgroep(
            id=new_id(),
            naam=draw(tekst),
            leeftijd_van=draw(st.integers(8, 27)),
            leeftijd_tot_en_met=draw(st.integers(8, 27)),
        )
        for _ in range(n_doelgroepen)
    ]
    suffix = st.text("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2)
    wijk_suffixen = draw(st.lists(suffix, unique=True, max_size=max_items))
    wijken = [
        Wijk(code=f"WK{gemeente.cijfers}{s}", naam=draw(tekst), toelichting=draw(tekst))
        for s in wijk_suffixen
    ]
    partners = [
        Partner(
            id=new_id(),
            naam=draw(tekst),
            soort=draw(st.sampled_from(["", *cat.codes("partnersoorten")])),
            rol=draw(tekst),
        )
        for _ in range(n_partners)
    ]
    jaar_of_niets = st.sampled_from([None, *jaren])
    lead_partner = st.sampled_from([None, *(p.id for p in partners)])
    interventies = [
        Interventie(
            id=new_id(),
            naam=draw(tekst),
            omschrijving=draw(lang),
            kant=draw(st.sampled_from(Kant)),
            pijler=draw(st.sampled_from(["", *cat.codes("pijlers")])),
            erkenning=draw(st.sampled_from(cat.codes("erkenningsniveaus"))),
            factoren=_deel(draw, cat.codes("factoren"), max_items),
            doelgroep_ids=_deel(draw, [d.id for d in doelgroepen]),
            wijk_codes=_deel(draw, [w.code for w in wijken]),
            lead_partner_id=draw(lead_partner),
            bereik=draw(st.one_of(st.none(), st.integers(0, 100_000))),
            jaar_van=draw(jaar_of_niets),
            jaar_tot_en_met=draw(jaar_of_niets),
        )
        for _ in range(n_interventies)
    ]
    interventie_ids = [i.id for i in interventies]
    interventie_of_niets = st.sampled_from([None, *interventie_ids])
    waarde = bedragen(Decimal("0.00"), Decimal("1000000.00"))
    indicatoren = [
        Indicator(
            id=new_id(),
            naam=draw(tekst),
            eenheid=draw(tekst),
            nulmeting=draw(st.one_of(st.none(), waarde)),
            streefwaarden={j: draw(waarde) for j in _deel(draw, jaren)},
            bron=draw(tekst),
            interventie_ids=_deel(draw, interventie_ids),
        )
        for _ in range(n_indicatoren)
    ]
    begroting = [
        Begrotingsregel(
            id=new_id(),
            interventie_id=draw(interventie_of_niets),
            categorie=draw(st.sampled_from(Categorie)),
            kostensoort=draw(st.sampled_from(Kostensoort)),
            jaar=draw(st.sampled_from(jaren)),
            omschrijving=draw(tekst),
            bedrag=draw(bedragen()),
            cofinanciering=draw(bedragen()),
            cofinanciering_bron=draw(tekst),
        )
        for _ in range(n_regels)
    ]
    return Plan(
        id=new_id(),
        gemeente_code=gemeente.code,
        ronde_code=ronde.code,
        titel=draw(tekst),
        jaar_van=jaar_van,
        jaar_tot_en_met=jaar_tot,
        status=draw(st.sampled_from(statussen)),
        revisie=draw(st.integers(1, 50)),
        iban=draw(ibans()),
        contactpersoon=Contactpersoon(
            naam=draw(tekst), functie=draw(tekst), email=draw(tekst), telefoon=draw(tekst)
        ),
        samenvatting=draw(lang),
        probleemanalyse=Probleemanalyse(
            tekst=draw(lang),
            risicofactoren=factoren(FactorSoort.RISICO),
            beschermende_factoren=factoren(FactorSoort.BESCHERMEND),
        ),
        doelgroepen=doelgroepen,
        wijken=wijken,
        interventies=interventies,
        partners=partners,
        indicatoren=indicatoren,
        begroting=begroting,
        # The yearly application (issue 11): any round may carry it.
        aanvraagjaar=draw(st.one_of(st.none(), st.sampled_from(jaren))),
        reflectie=draw(lang),
        vooruitblik=draw(tekst),
        plan_van_aanpak=draw(lang),
        eerder_toegekend={j: draw(bedragen()) for j in _deel(draw, jaren)},
    )


@lru_cache(maxsize=1)
def referentie_catalogus() -> Catalogus:
    """The shipped reference data (loaded once per test run; it is immutable)."""
    from resources import load_json

    return Catalogus.from_dict(load_json("reference.json"))
