"""The installed claimcheck's version, which every report records."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("claimcheck-news")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"
