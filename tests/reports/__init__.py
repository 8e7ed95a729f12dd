"""Tests of coach.reports; a package so its conftest does not replace the top-level tests/conftest module."""
