"""Exports: JSON, Excel and PDF, out and in. Knows no Qt."""
