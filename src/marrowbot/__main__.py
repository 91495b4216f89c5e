"""``python -m marrowbot``."""

import sys

from marrowbot.frontends.cli import main

sys.exit(main())
