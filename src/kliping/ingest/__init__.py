"""ingest stage (see DEVELOPERS.md): read inputs into ``Article``s, clean them into ``Document``s.

``read_inputs(paths)`` yields ``Article`` or ``Problem`` per input; ``clean(article)`` returns a
``Document`` with boilerplate removed (audited in ``Document.removed``) and metadata filled in.
"""

from kliping.ingest.clean import clean
from kliping.ingest.readers import DEFAULT_MAX_BYTES, normalize_published, read_inputs

__all__ = ["DEFAULT_MAX_BYTES", "clean", "normalize_published", "read_inputs"]
