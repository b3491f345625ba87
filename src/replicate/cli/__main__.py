"""`python -m replicate.cli`: the same as the `replicate` command."""

import sys

from . import main

sys.exit(main())
