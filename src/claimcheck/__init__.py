"""claimcheck: find where news sources disagree on figures, dates, quotes and names.

The Python API does what the command line does::

    import claimcheck
    docs = claimcheck.load_corpus(["seeds/"])
    claims = claimcheck.extract(docs)
    report = claimcheck.check(docs, claims, claimcheck.load_rules(["rules/"]))
"""

from claimcheck.corpus import load_corpus
from claimcheck.engine.pipeline import check, discover
from claimcheck.extract import extract, extract_document
from claimcheck.rules import load_rules
from claimcheck.version import __version__

__all__ = ["__version__", "check", "discover", "extract", "extract_document", "load_corpus", "load_rules"]
