"""index_core: validates the report data in `data/` and builds / loads the precomputed index.

The runtime side (`index_core.index`, `index_core.store`) imports neither pandas nor the
gazetteer; only `index_core.build` does.
"""

from index_core.errors import DataError
from index_core.model import Certainty

__all__ = ["Certainty", "DataError"]
