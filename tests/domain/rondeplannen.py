"""The clean plan of planbouw.py moved into another round: municipality, wijken and years."""

from __future__ import annotations

from domain.model import Plan
from tests.domain.planbouw import klein_plan


def verplaatst(gemeente_code: str, ronde_code: str, verschuiving: int = 0) -> Plan:
    """``klein_plan`` (2023–2024, 's-Gravenhage, round 2022) for another municipality and
    round, every year shifted by ``verschuiving``."""
    plan = klein_plan()
    plan.gemeente_code, plan.ronde_code = gemeente_code, ronde_code
    wijk = f"WK{gemeente_code[2:]}44"
    for w in plan.wijken:
        w.code = wijk
    for iv in plan.interventies:
        iv.wijk_codes = [wijk]
        if iv.jaar_van is not None:
            iv.jaar_van += verschuiving
        if iv.jaar_tot_en_met is not None:
            iv.jaar_tot_en_met += verschuiving
    plan.jaar_van += verschuiving
    plan.jaar_tot_en_met += verschuiving
    for ind in plan.indicatoren:
        ind.streefwaarden = {j + verschuiving: v for j, v in ind.streefwaarden.items()}
    for r in plan.begroting:
        r.jaar += verschuiving
    return plan


# One plan that is valid in each round (the municipality takes part in it).
GELDIG: dict[str, tuple[str, int]] = {
    "2022": ("GM0518", 0),  # 's-Gravenhage, 2023–2024
    "2023": ("GM0034", 0),  # Almere, 2023–2024
    "2024": ("GM0193", 1),  # Zwolle, 2024–2025
    "2026-2029": ("GM0518", 4),  # 's-Gravenhage, 2027–2028
}


def geldig_in(ronde_code: str) -> Plan:
    gemeente, verschuiving = GELDIG[ronde_code]
    plan = verplaatst(gemeente, ronde_code, verschuiving)
    if ronde_code == "2026-2029":
        # The round asks for the yearly application (granted per year).
        plan.aanvraagjaar = plan.jaar_van
        plan.reflectie = "Wat het programma tot juni 2025 opleverde."
        plan.vooruitblik = "Wat we van juli 2025 tot mei 2026 doen."
        plan.plan_van_aanpak = "Zorg, veiligheid en onderwijs vanuit één wijkagenda."
    return plan
