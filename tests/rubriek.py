"""The default assessment rubric's criterion codes (resources/reference.json,
``beoordelingscriteria.standaard``), shared by the assessor tests."""

CRITERIA = (
    "probleemanalyse",
    "wijkgericht",
    "samenhang",
    "bewezen_effectief",
    "samenwerking",
    "monitoring",
    "begroting",
)
