"""`python -m iso15118.exi.generator [--check]`: regenerate iso15118/messages and the codec tables in place."""
from __future__ import annotations

import sys

from . import generate_files
from .schema import ROOT


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for rel, text in generate_files().items():
        path = ROOT / rel
        old = path.read_text() if path.exists() else None
        if old != text:
            stale.append(rel)
            if not check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text)
    for rel in stale:
        print(("stale: " if check else "wrote: ") + rel)
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
