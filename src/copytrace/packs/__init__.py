"""Curated packs: YAML files of entities and cited statements shipped with copytrace."""

from copytrace.packs.loader import Pack, PackEntity, PackFact, available_packs, load_pack, read_pack

__all__ = ["Pack", "PackEntity", "PackFact", "available_packs", "load_pack", "read_pack"]
