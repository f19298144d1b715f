"""The rule families, one module each. Importing this package registers every rule."""

from . import boilerplate, housekeeping, ncnd, pit, pit_factors, prejudice, s17

__all__ = ["boilerplate", "housekeeping", "ncnd", "pit", "pit_factors", "prejudice", "s17"]
