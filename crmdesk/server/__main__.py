"""`python -m crmdesk.server`: the team server without the rest of the command line."""

from __future__ import annotations

import argparse
import os
import sys

from sqlalchemy.exc import DBAPIError

from crmdesk.core.errors import CrmdeskError
from crmdesk.server.serve import add_arguments, serve_as_told


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="crmdesk serve", description=__doc__)
    add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        serve_as_told(args)
    except CrmdeskError as error:
        print(f"crmdesk serve: {error.message(os.environ.get('LANG', 'en'))}", file=sys.stderr)
        return 2
    except DBAPIError as error:
        first = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        print(f"crmdesk serve: cannot use the database: {first}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
