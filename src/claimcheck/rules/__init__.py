"""Rule files → validated rules, and selection of the claims each rule speaks of."""

from claimcheck.rules.loader import load_rule_file, load_rules
from claimcheck.rules.model import Compare, Rule, RuleFile, RuleSet, Select

__all__ = ["Compare", "Rule", "RuleFile", "RuleSet", "Select", "load_rule_file", "load_rules"]
