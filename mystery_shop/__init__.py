"""mystery-shop: mystery shopping and customer-touchpoint audits."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("mystery-shop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
