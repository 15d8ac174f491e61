"""Entry point of the frozen app: the same ``mystery-shop`` command as the console script.

Started with no arguments (from the desktop icon) it opens the app.
"""

import sys

from mystery_shop.cli import main

if __name__ == "__main__":
    sys.exit(main())
