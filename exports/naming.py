"""Default file names for exports: ``Wijkplan_GM0363_Amsterdam_2023-2026_r2.xlsx``.

The name carries what an assessor sorts and searches by (gemeente code and name, plan years,
revision), and only characters that survive every place a file travels: Windows folders, zip
archives made by older tools, e-mail attachments, SharePoint. Therefore the gemeente name is
reduced to plain ASCII letters, digits and hyphens:

- accents are dropped (``Súdwest-Fryslân`` → ``Sudwest-Fryslan``, ``Yeşilgöz`` → ``Yesilgoz``);
  letters without a decomposition get their usual spelling (``ß`` → ``ss``, ``ø`` → ``o`` …);
- apostrophes disappear (``'s-Gravenhage`` → ``s-Gravenhage``);
- every other run of characters (spaces, slashes, brackets) becomes one ``-``.

The full, accented name stays inside the file; only the file name is simplified.
"""

from __future__ import annotations

import logging
import re
import unicodedata

from domain.catalogue import Catalogus
from domain.model import Plan

log = logging.getLogger(__name__)

# Letters NFKD does not decompose, spelled the way Dutch and Frisian writers would.
_TRANSLITERATIE = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "SS",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "ı": "i",
    }
)
_APOSTROFS = re.compile(r"['’‘`´]")
_ONVEILIG = re.compile(r"[^A-Za-z0-9-]+")
_STREEPJES = re.compile(r"-{2,}")


def veilige_naam(text: str) -> str:
    """``text`` as plain ASCII letters, digits and single hyphens (may be empty)."""
    text = _APOSTROFS.sub("", text.translate(_TRANSLITERATIE))
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c))
    ascii_text = _ONVEILIG.sub("-", ascii_text)
    return _STREEPJES.sub("-", ascii_text).strip("-")


def default_filename(plan: Plan, catalogus: Catalogus, ext: str) -> str:
    """``Wijkplan_<code>_<gemeente>_<jaar_van>-<jaar_tot_en_met>_r<revisie>.<ext>``.

    ``ext`` may be given with or without its dot. A gemeente unknown to the catalogue (or one
    whose name has no safe characters) simply leaves the name part out.
    """
    ext = ext.lstrip(".")
    gemeente = catalogus.gemeente(plan.gemeente_code)
    delen = ["Wijkplan"]
    code = veilige_naam(plan.gemeente_code)
    if code:
        delen.append(code)
    naam = veilige_naam(gemeente.naam) if gemeente else ""
    if naam:
        delen.append(naam)
    delen.append(f"{plan.jaar_van}-{plan.jaar_tot_en_met}")
    delen.append(f"r{plan.revisie}")
    stem = "_".join(delen)
    return f"{stem}.{ext}" if ext else stem
