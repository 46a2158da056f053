"""The pattern that splits text into tokens, without what the lexicon adds to it (`tokens` fills `<multiples>`
from the lexicon's number words): a leaf that the lexicon's own phrase indexes read, so that loading the lexicon
never needs the tokenizer."""

from __future__ import annotations

import re

# What may not follow a decimal comma's digits ("22,96 seconds", "5,4%", "grew by 0,8 during"): more digits, a list
# going on ("rooms 1,2 and 3", "pages 12,13, 14"), or a plural noun of what is counted that is no unit or scale of
# a measure ("2,3 officers", "By 10,30 people had gathered": two figures, or a count, with no decimals). The
# tokenizer reads no lexicon, so the units it lets through are written here.
DECIMAL_COMMA_END = (
    r"(?![0-9]|,\s?[0-9]|\s*(?:and|or|to|&)\s+[0-9])"
    r"(?!\s+(?!(?:seconds|secs|minutes|mins|hours|metres|meters|kilometres|kilometers|kilograms|grams|litres"
    r"|liters|tonnes|tons|miles|inches|degrees|points|cents|euros|dollars|pounds|knots|percent)\b)"
    r"(?:people|men|women|children|[a-z]{2,}s)\b)"
)
TOKEN = (
    r"[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?(?![0-9])"  # lakh grouping: 12,34,567
    r"|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9])"  # 1,000 / 1,234.5
    r"|(?<![0-9],)[0-9]{1,3},[0-9]{1,2}"  # a decimal comma: 22,96 (never a group of three)
    + DECIMAL_COMMA_END
    + r"|[0-9]+(?:\.[0-9]+)?"  # 42 / 42.35
    r"|(?<![\w.])\.[0-9]+"  # .08
    r"<multiples>"  # a number word that a multiple's ending follows: "ten" of "tenfold"
    r"|[^\W\d_\u00bc-\u00be\u2150-\u215e]+(?:'[^\W\d_]+)*"  # words, with inner apostrophes; a fraction
    # written as one character is no letter of a word ("212½lbs" is 212½ and lbs)
    r"|\S"
)

_BASE = re.compile(TOKEN.replace("<multiples>", ""), re.UNICODE)


def lowered_words(text: str) -> tuple[str, ...]:
    """The tokens of `text`, lower-cased, as the tokenizer splits a lexicon phrase (no phrase holds a multiple
    written as one word, "tenfold")."""
    return tuple(m.group().lower() for m in _BASE.finditer(text))
