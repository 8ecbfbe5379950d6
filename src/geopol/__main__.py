"""``python -m geopol`` runs the command line."""

import sys

from geopol.cli import main

sys.exit(main())
