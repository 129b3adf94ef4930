"""Pure-Python core of Wijkplan: plans, money, reference data, validation and services.

Imports no Qt, no SQLAlchemy, no openpyxl and no reportlab.
"""
