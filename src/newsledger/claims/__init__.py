"""Claims: attribution, sourcing grade, hedges, loaded language and opinion."""

from .attribution import AttributionRules
from .build import ClaimBuilder
from .flags import FlagFinder

__all__ = ["AttributionRules", "ClaimBuilder", "FlagFinder"]
