"""copytrace: provenance, lineage and licensing of a family of designs and their copies."""

__version__ = "0.1.0"
