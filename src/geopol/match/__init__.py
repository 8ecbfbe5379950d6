"""Matchers over normalized text: gazetteer names and date expressions, with offsets."""
