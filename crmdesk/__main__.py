import os
import sys

from crmdesk.cli import main

# The windowed program (crmdesk.exe in the bundle) has no console on Windows: what it
# would print goes nowhere instead of failing on a missing stream.
for stream in ("stdout", "stderr"):
    if getattr(sys, stream) is None:
        setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

raise SystemExit(main())
