"""``python -m marrowbot``."""

import sys

from .cli import main

sys.exit(main())
