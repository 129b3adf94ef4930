"""Generated plans (odd names, emoji, control characters, empty fields) always render."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exports.pdf import render_plan_pdf
from tests.strategies import plannen

_INSTELLINGEN = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@_INSTELLINGEN
@given(data=st.data())
def test_any_generated_plan_renders_to_a_pdf(catalogus, data):
    plan = data.draw(plannen(catalogus))
    pdf = render_plan_pdf(plan, catalogus)
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_plans_with_any_control_characters_render_too(catalogus, data):
    plan = data.draw(plannen(catalogus, xml_veilig=False))
    assert render_plan_pdf(plan, catalogus).startswith(b"%PDF-")
