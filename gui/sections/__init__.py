"""The plan editor's sections, one module per part of the plan (issue 3, sections 1–8)."""
