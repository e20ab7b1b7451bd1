"""Reasoning over the registry: lineage, licence status, claim strength."""
