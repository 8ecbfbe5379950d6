"""Extractors: one module per kind of fact, each a total function over a Document."""
