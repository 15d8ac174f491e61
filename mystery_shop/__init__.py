"""mystery-shop: mystery shopping and customer-touchpoint audits."""

import warnings
from importlib.metadata import PackageNotFoundError, version

# cryptography 51 deprecates DSA and warns when pyHanko imports its key type: a note for pyHanko's
# developers that would otherwise be printed under every command a person runs (we sign with RSA/ECDSA).
warnings.filterwarnings("ignore", message="DSA is deprecated", module=r"pyhanko\.")

try:
    __version__ = version("mystery-shop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
