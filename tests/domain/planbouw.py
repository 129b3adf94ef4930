"""A small, hand-made plan without a single finding: the base every rule test breaks once.

Its budget is chosen so that the totals are easy to compute by hand (see test_totals.py).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from domain.model import (
    Begrotingsregel,
    Categorie,
    Contactpersoon,
    Doelgroep,
    GekozenFactor,
    Indicator,
    Interventie,
    Kant,
    Kostensoort,
    Partner,
    Plan,
    Probleemanalyse,
    Wijk,
)
from domain.validation import Ernst


def klein_plan() -> Plan:
    tieners = Doelgroep(id="dg-1", naam="Tieners", leeftijd_van=12, leeftijd_tot_en_met=17)
    halt = Partner(id="p-1", naam="Halt Den Haag", soort="halt", rol="Halt-afdoeningen")
    jw = Partner(id="p-2", naam="Jongerenwerk Zuidwest", soort="jongerenwerk", rol="Ambulant")
    coaches = Interventie(
        id="iv-1",
        naam="Straatcoaches",
        omschrijving="Straatcoaches spreken jongeren 's avonds aan.",
        kant=Kant.GRENZEN,
        pijler="gebiedsgericht",
        erkenning="goed_onderbouwd",
        factoren=["R05"],
        doelgroep_ids=["dg-1"],
        wijk_codes=["WK051844"],
        lead_partner_id="p-2",
        bereik=120,
    )
    mentor = Interventie(
        id="iv-2",
        naam="Mentorprogramma",
        omschrijving="Een vaste mentor voor elke jongere.",
        kant=Kant.KANSEN,
        pijler="flexibel",
        erkenning="niet_erkend",
        factoren=["B02"],
        doelgroep_ids=["dg-1"],
        wijk_codes=["WK051844"],
        lead_partner_id="p-1",
        bereik=40,
        jaar_van=2023,
        jaar_tot_en_met=2024,
    )

    def regel(rid, iv, cat, soort, jaar, oms, bedrag, cof="0.00", bron=""):
        return Begrotingsregel(
            id=rid,
            interventie_id=iv,
            categorie=cat,
            kostensoort=soort,
            jaar=jaar,
            omschrijving=oms,
            bedrag=Decimal(bedrag),
            cofinanciering=Decimal(cof),
            cofinanciering_bron=bron,
        )

    iv, pa, po = Categorie.INTERVENTIE, Categorie.PROBLEEMANALYSE, Categorie.PROGRAMMAONDERSTEUNING
    return Plan(
        id="00000000-0000-4000-8000-000000000001",
        gemeente_code="GM0518",
        ronde_code="2022",
        titel="Preventie met Gezag Zuidwest",
        jaar_van=2023,
        jaar_tot_en_met=2024,
        iban="NL91ABNA0417164300",
        contactpersoon=Contactpersoon(
            naam="Fatima el Amrani",
            functie="Programmamanager",
            email="f.elamrani@denhaag.nl",
            telefoon="070 353 30 00",
        ),
        samenvatting="Kansen bieden en grenzen stellen in Zuidwest.",
        probleemanalyse=Probleemanalyse(
            tekst="Veel schooluitval en weinig steunende volwassenen.",
            risicofactoren=[GekozenFactor("R05", "Verzuim is het dubbele van het gemiddelde.")],
            beschermende_factoren=[GekozenFactor("B02", "Weinig jongeren hebben een mentor.")],
        ),
        doelgroepen=[tieners],
        wijken=[Wijk("WK051844", "Bouwlust en Vrederust", "Hoogste verzuim van de stad.")],
        interventies=[coaches, mentor],
        partners=[halt, jw],
        indicatoren=[
            Indicator(
                id="ind-1",
                naam="Bereik straatcoaches",
                eenheid="jongeren",
                nulmeting=Decimal("0"),
                streefwaarden={2023: Decimal("100"), 2024: Decimal("120")},
                bron="Registratie jongerenwerk",
                interventie_ids=["iv-1"],
            )
        ],
        begroting=[
            regel("b-1", "iv-1", iv, Kostensoort.PERSONEEL, 2023, "Coaches 2023", "100000.00"),
            regel(
                "b-2",
                "iv-1",
                iv,
                Kostensoort.PERSONEEL,
                2024,
                "Coaches 2024",
                "110000.00",
                "20000.00",
                "Gemeente Den Haag, eigen middelen",
            ),
            regel("b-3", "iv-2", iv, Kostensoort.INHUUR_DERDEN, 2023, "Mentoren", "50000.50"),
            regel("b-4", None, po, Kostensoort.PERSONEEL, 2023, "Coördinator", "30000.25"),
            regel("b-5", None, pa, Kostensoort.OVERIG, 2024, "Analyse 2024", "9999.25"),
        ],
    )


F, W = Ernst.FOUT, Ernst.WAARSCHUWING
Wijziging = Callable[[Plan], None]


def zet(pad: str, waarde: object) -> Wijziging:
    """A mutation that sets one attribute, addressed like ``interventies[1].bereik``."""

    def wijzig(plan: Plan) -> None:
        obj: object = plan
        *weg, laatste = pad.replace("]", "").replace("[", ".").split(".")
        for stap in weg:
            obj = obj[int(stap)] if stap.isdigit() else getattr(obj, stap)  # type: ignore[index]
        setattr(obj, laatste, waarde)

    return wijzig


def doe(*stappen: Wijziging) -> Wijziging:
    def wijzig(plan: Plan) -> None:
        for stap in stappen:
            stap(plan)

    return wijzig


def extra_regel(**kwargs: object) -> Wijziging:
    velden: dict[str, object] = {
        "interventie_id": None,
        "categorie": Categorie.PROGRAMMAONDERSTEUNING,
        "jaar": 2023,
        "omschrijving": "Extra",
        "bedrag": Decimal("1000.00"),
    }
    velden.update(kwargs)
    return lambda plan: plan.begroting.append(Begrotingsregel(**velden))  # type: ignore[arg-type]


def controleer_geval(catalogus, code: str, wijziging: Wijziging, ernst: Ernst, pad: str) -> None:
    """Apply one breaking change to the clean plan and expect exactly that finding."""
    from domain.validation import valideer

    plan = klein_plan()
    wijziging(plan)
    gevonden = valideer(plan, catalogus)
    treffers = [b for b in gevonden if b.code == code and b.pad == pad]
    assert treffers, f"verwacht {code} op {pad}, kreeg {[(b.code, b.pad) for b in gevonden]}"
    assert all(b.ernst == ernst for b in treffers)
    # A sentence a coordinator reads: starts with a capital, ends with a full stop.
    assert all(b.bericht[0].isupper() and b.bericht.endswith((".", "?")) for b in treffers)
