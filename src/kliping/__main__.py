"""``python -m kliping`` runs the command line."""

import sys

from kliping.cli.main import main

sys.exit(main())
