"""Checks on the budget (begroting): years, amounts, links to interventions, the ceiling.

The Regeling SPUK 2022 (art. 3) asks for a budget of at most four years with costs inside the
round's cost period; later rounds fund three categories (probleemanalyse,
programmaondersteuning, interventies).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from domain.bevinding import Bevinding, dubbelen, fout, leeg, sleutel, waarschuwing
from domain.catalogue import Catalogus
from domain.model import Begrotingsregel, Categorie, Interventie, Plan, Ronde
from domain.money import MAX_BEDRAG, NUL, format_bedrag
from domain.overnemen import zonder_notitie
from domain.taal import Tekst

_GEVRAAGD = Tekst("het gevraagde bedrag", "the amount requested")
_COFINANCIERING = Tekst("de cofinanciering", "the co-financing")
# A single line above this is probably a typo (an extra zero); warn, do not block.
GROOT_BEDRAG = Decimal("10000000.00")


def regelnaam(index: int, regel: Begrotingsregel, taal: str = "nl") -> str:
    """ "Begrotingsregel 15 ('Inhuur straatcoaches', 2024)": the row number the user sees
    (without the note of a carried-over line: OVERGENOMEN_CONTROLEREN reports that)."""
    oms = " ".join(zonder_notitie(regel.omschrijving).split())
    detail = f"'{oms}', {regel.jaar}" if oms else str(regel.jaar)
    soort = "Budget line" if taal == "en" else "Begrotingsregel"
    return f"{soort} {index + 1} ({detail})"


def controleer_begroting(plan: Plan, catalogus: Catalogus) -> Iterator[Bevinding]:
    if not plan.begroting:
        yield fout("BEGROTING_ONTBREEKT", "begroting")
    ronde = catalogus.ronde(plan.ronde_code)
    if ronde is not None:
        yield from _plafonds(plan, ronde)
    # Looked up once, not per line: a plan may hold thousands of lines and the GUI re-checks
    # after every edit.
    ctx = _Context(
        plan=plan,
        catalogus=catalogus,
        ronde=ronde,
        jaren=frozenset(plan.jaren),
        interventies={iv.id: iv for iv in plan.interventies},
    )
    for i, regel in enumerate(plan.begroting):
        if not _zonder_bevinding(ctx, regel):
            yield from _regel(ctx, i, regel)
    for i, regel, eerste in dubbele_regels(plan.begroting):
        yield waarschuwing(
            "REGEL_DUBBEL", f"begroting[{i}]", wie=_Naam(i, regel), eerste=eerste + 1
        )


def _plafonds(plan: Plan, ronde: Ronde) -> Iterator[Bevinding]:
    """The round's ceilings: for all municipalities together, and per municipality per year."""
    gevraagd = sum((r.bedrag for r in plan.begroting), NUL)
    if ronde.plafond is not None and gevraagd > ronde.plafond:
        yield fout(
            "TOTAAL_BOVEN_PLAFOND",
            "begroting",
            gevraagd=format_bedrag(gevraagd),
            ronde_naam=ronde.naam,
            plafond=format_bedrag(ronde.plafond),
        )
    per_jaar = ronde.plafond_per_gemeente_per_jaar
    if per_jaar is None:
        return
    jaren: dict[int, Decimal] = {}
    for r in plan.begroting:
        jaren[r.jaar] = jaren.get(r.jaar, NUL) + r.bedrag
    for jaar in sorted(jaren):
        if jaren[jaar] > per_jaar:
            yield fout(
                "JAAR_BOVEN_PLAFOND_GEMEENTE",
                "begroting",
                jaar=jaar,
                gevraagd=format_bedrag(jaren[jaar]),
                ronde_naam=ronde.naam,
                ronde=ronde.code,
                plafond=format_bedrag(per_jaar),
            )


def _regelsleutel(r: Begrotingsregel) -> tuple[object, ...] | None:
    if r.bedrag == NUL and r.cofinanciering == NUL:
        return None  # empty lines get their own warning
    return (
        r.interventie_id,
        r.categorie,
        r.kostensoort,
        r.jaar,
        sleutel(r.omschrijving),
        r.bedrag,
        r.cofinanciering,
    )


def dubbele_regels(begroting: list[Begrotingsregel]) -> Iterator[tuple[int, Begrotingsregel, int]]:
    """``dubbelen(begroting, _regelsleutel)``, with a cheaper first look (issue 13: the full
    key normalises every line's description, ~1 µs a line, and most plans repeat no line).
    The first look keys on every part of the full key but the description: two lines with
    equal full keys have equal first-look keys, so when no two lines share one there is no
    repeat and the full rule is skipped (property-tested in tests/domain)."""
    gezien: set[tuple[object, ...]] = set()
    for r in begroting:
        bedrag, cofinanciering = r.bedrag, r.cofinanciering
        if bedrag == NUL and cofinanciering == NUL:
            continue  # no key in the full rule either
        k = (r.interventie_id, r.categorie, r.kostensoort, r.jaar, bedrag, cofinanciering)
        if k in gezien:
            return dubbelen(begroting, _regelsleutel)
        gezien.add(k)
    return iter(())


class _Naam:
    """The line's name, built only when a finding needs it (most lines have none)."""

    __slots__ = ("i", "r")

    def __init__(self, i: int, r: Begrotingsregel) -> None:
        self.i, self.r = i, r

    def __str__(self) -> str:
        return regelnaam(self.i, self.r)

    def __format__(self, spec: str) -> str:  # f"{wie}: …"
        return str(self)

    def in_taal(self, taal: str) -> str:  # a message parameter (domain.meldingen)
        return regelnaam(self.i, self.r, taal)


@dataclass(frozen=True)
class _Context:
    plan: Plan
    catalogus: Catalogus
    ronde: Ronde | None
    jaren: frozenset[int]
    interventies: dict[str, Interventie]
    # Once per plan, not per line (issue 13, round 4: two properties and an enum's .value
    # per line): the round's first and last cost year, and its closed list of categories as
    # members (None: the round lists none).
    ronde_jaren: tuple[int, int] | None = field(init=False, default=None)
    ronde_categorieen: frozenset[Categorie] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        ronde = self.ronde
        if ronde is not None:
            object.__setattr__(self, "ronde_jaren", (ronde.eerste_jaar, ronde.laatste_jaar))
            if ronde.categorieen:
                leden = frozenset(c for c in Categorie if c.value in ronde.categorieen)
                object.__setattr__(self, "ronde_categorieen", leden)


def _regel(ctx: _Context, i: int, r: Begrotingsregel) -> Iterator[Bevinding]:
    p = f"begroting[{i}]"
    wie = _Naam(i, r)
    yield from _jaar(ctx, p, wie, r)
    yield from _categorie(ctx, p, wie, r)
    yield from _koppeling(ctx, p, wie, r)
    for veld, bedrag, naam in (
        ("bedrag", r.bedrag, _GEVRAAGD),
        ("cofinanciering", r.cofinanciering, _COFINANCIERING),
    ):
        if bedrag < 0:
            code = "BEDRAG_NEGATIEF" if veld == "bedrag" else "COFINANCIERING_NEGATIEF"
            yield fout(code, f"{p}.{veld}", wie=wie, bedrag=format_bedrag(bedrag))
        elif bedrag > MAX_BEDRAG:
            yield fout(
                "BEDRAG_TE_HOOG",
                f"{p}.{veld}",
                wie=wie,
                naam=naam,
                bedrag=format_bedrag(bedrag),
                maximum=format_bedrag(MAX_BEDRAG),
            )
        elif bedrag > GROOT_BEDRAG:
            yield waarschuwing(
                "BEDRAG_ONGEBRUIKELIJK_HOOG",
                f"{p}.{veld}",
                wie=wie,
                naam=naam,
                bedrag=format_bedrag(bedrag),
            )
    if r.bedrag == NUL and r.cofinanciering == NUL:
        yield waarschuwing("REGEL_LEEG", f"{p}.bedrag", wie=wie)
    if r.cofinanciering != NUL and leeg(r.cofinanciering_bron):
        yield waarschuwing(
            "COFINANCIERING_ZONDER_BRON",
            f"{p}.cofinanciering_bron",
            wie=wie,
            bedrag=format_bedrag(r.cofinanciering),
        )
    if leeg(r.omschrijving):
        yield waarschuwing("REGEL_OMSCHRIJVING_ONTBREEKT", f"{p}.omschrijving", wie=wie)


def _zonder_bevinding(ctx: _Context, r: Begrotingsregel) -> bool:
    """True only when :func:`_regel` finds nothing for ``r``: the common line, checked in one
    call (issue 13: _regel's four generators per line were a third of an import's validation).
    False sends the line to :func:`_regel`, which says what it finds (property-tested)."""
    jaar, categorie = r.jaar, r.categorie
    ronde_jaren = ctx.ronde_jaren
    if ronde_jaren is not None:
        if not ronde_jaren[0] <= jaar <= ronde_jaren[1]:
            return False
        toegestaan = ctx.ronde_categorieen
        # (a category of another class: the full rule says what it makes of it)
        if toegestaan is not None and (
            categorie.__class__ is not Categorie or categorie not in toegestaan
        ):
            return False
    if ctx.jaren and jaar not in ctx.jaren:
        return False
    if r.interventie_id is not None:
        iv = ctx.interventies.get(r.interventie_id)
        if iv is None or categorie != Categorie.INTERVENTIE:
            return False
        van = iv.jaar_van if iv.jaar_van is not None else ctx.plan.jaar_van
        tot = iv.jaar_tot_en_met if iv.jaar_tot_en_met is not None else ctx.plan.jaar_tot_en_met
        if not van <= jaar <= tot:
            return False
    elif categorie == Categorie.INTERVENTIE:
        return False
    bedrag, cofinanciering = r.bedrag, r.cofinanciering
    if not (NUL <= bedrag <= GROOT_BEDRAG and NUL <= cofinanciering <= GROOT_BEDRAG):
        return False
    if cofinanciering == NUL:
        if bedrag == NUL:
            return False
    elif leeg(r.cofinanciering_bron):
        return False
    return not leeg(r.omschrijving)


def _jaar(ctx: _Context, p: str, wie: _Naam, r: Begrotingsregel) -> Iterator[Bevinding]:
    plan, ronde = ctx.plan, ctx.ronde
    if ronde is not None and not ronde.eerste_jaar <= r.jaar <= ronde.laatste_jaar:
        yield fout(
            "REGEL_JAAR_BUITEN_RONDE",
            f"{p}.jaar",
            wie=wie,
            ronde_naam=ronde.naam,
            vanaf=ronde.kosten_vanaf,
            kosten_tot=ronde.kosten_tot,
            ronde=ronde.code,
        )
        return
    if ctx.jaren and r.jaar not in ctx.jaren:
        yield fout(
            "REGEL_JAAR_BUITEN_PLAN",
            f"{p}.jaar",
            wie=wie,
            van=plan.jaar_van,
            tot=plan.jaar_tot_en_met,
        )
        return
    iv = ctx.interventies.get(r.interventie_id) if r.interventie_id is not None else None
    if iv is None:
        return
    van = iv.jaar_van if iv.jaar_van is not None else plan.jaar_van
    tot = iv.jaar_tot_en_met if iv.jaar_tot_en_met is not None else plan.jaar_tot_en_met
    if not van <= r.jaar <= tot:
        yield waarschuwing(
            "REGEL_JAAR_BUITEN_INTERVENTIE",
            f"{p}.jaar",
            wie=wie,
            interventie=iv.naam,
            van=van,
            tot=tot,
            jaar=r.jaar,
        )


def _categorie(ctx: _Context, p: str, wie: _Naam, r: Begrotingsregel) -> Iterator[Bevinding]:
    """A round with a closed list of categories (2024: "wordt uitsluitend verstrekt voor")."""
    ronde = ctx.ronde
    if ronde is None or not ronde.categorieen or r.categorie.value in ronde.categorieen:
        return
    cat = ctx.catalogus

    def lijst(taal: str) -> str:
        return ", ".join(f"'{cat.label('categorieen', c, taal)}'" for c in ronde.categorieen)

    yield fout(
        "REGEL_CATEGORIE_NIET_IN_RONDE",
        f"{p}.categorie",
        wie=wie,
        categorie=cat.label_tekst("categorieen", r.categorie.value),
        ronde_naam=ronde.naam,
        ronde=ronde.code,
        lijst=Tekst(lijst("nl"), lijst("en")),
    )


def _koppeling(ctx: _Context, p: str, wie: _Naam, r: Begrotingsregel) -> Iterator[Bevinding]:
    if r.interventie_id is not None:
        iv = ctx.interventies.get(r.interventie_id)
        if iv is None:
            yield fout("REGEL_INTERVENTIE_ONBEKEND", f"{p}.interventie_id", wie=wie)
        elif r.categorie != Categorie.INTERVENTIE:
            # A warning: the money counts in the category chosen; the link is extra
            # information, but the reader probably meant "implementatie van interventies".
            yield waarschuwing(
                "REGEL_CATEGORIE_INTERVENTIE",
                f"{p}.categorie",
                wie=wie,
                interventie=iv.naam,
                categorie=ctx.catalogus.label_tekst("categorieen", r.categorie.value),
                verwacht=ctx.catalogus.label_tekst("categorieen", Categorie.INTERVENTIE.value),
            )
    elif r.categorie == Categorie.INTERVENTIE:
        # An error: "implementatie van interventies" must say which intervention, otherwise
        # the budget per intervention and the share on recognised interventions are wrong.
        yield fout(
            "REGEL_INTERVENTIE_ONTBREEKT",
            f"{p}.interventie_id",
            wie=wie,
            categorie=ctx.catalogus.label_tekst("categorieen", Categorie.INTERVENTIE.value),
        )
