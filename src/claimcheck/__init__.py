"""claimcheck: find where news sources disagree on figures, dates, quotes and names.

The Python API does what the command line does::

    import claimcheck
    docs = claimcheck.load_corpus(["seeds/"])
    claims = claimcheck.extract(docs)
    report = claimcheck.check(docs, claims, claimcheck.load_rules(["rules/"]))
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("claimcheck-news")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

from claimcheck.corpus import load_corpus  # noqa: E402
from claimcheck.engine.pipeline import check, discover  # noqa: E402
from claimcheck.extract import extract, extract_document  # noqa: E402
from claimcheck.rules import load_rules  # noqa: E402

__all__ = ["__version__", "check", "discover", "extract", "extract_document", "load_corpus", "load_rules"]
