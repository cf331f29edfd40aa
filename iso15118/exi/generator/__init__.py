"""Generator for iso15118/messages (dataclasses) and iso15118/exi/_codec*.py (EXI codec), from exi_schemas/.

Generation-time only: needs xmlschema. Runtime modules never import this package.
"""
from __future__ import annotations


def generate_files() -> dict[str, str]:
    """Relative path -> file text for everything generated."""
    from .gen_messages import emit_all
    from .schema import load

    model = load()
    files = emit_all(model)
    try:
        from .gen_codec import emit_codec
    except ImportError:
        return files
    files.update(emit_codec(model))
    return files
