"""Writes `cases.jsonl` from the English specs of Microsoft Recognizers-Text, quantulum3's test cases (both
MIT), Duckling's English corpora of amounts of money, of numbers and of measures, and number-parser's English
numbers in words (both BSD), see LICENSES.md: one case a line, with what each suite expects as spans of the input.

python benchmarks/number_suites/vendor.py RECOGNIZERS_CHECKOUT QUANTULUM3_CHECKOUT DUCKLING_CHECKOUT NUMBER_PARSER_CHECKOUT
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

# Recognizers-Text model → the kind claimcheck reports it as.
MODELS = {
    "Number/English/NumberModel.json": "number",
    "Number/English/PercentModel.json": "percent",
    "NumberWithUnit/English/AgeModel.json": "age",
    "NumberWithUnit/English/CurrencyModel.json": "currency",
    "NumberWithUnit/English/DimensionModel.json": "dimension",
    "NumberWithUnit/English/TemperatureModel.json": "temperature",
}


def _recognizers(root: Path) -> list[dict[str, object]]:
    cases = []
    for spec, kind in MODELS.items():
        for case in json.loads((root / "Specs" / spec).read_text(encoding="utf-8-sig")):
            expect = []
            for result in case["Results"]:
                resolution = result.get("Resolution") or {}
                value = resolution.get("value")
                value = None if value in (None, "null") else float(str(value).rstrip("%"))
                expect.append(
                    {
                        "text": result["Text"],
                        "start": result["Start"],
                        "end": result["End"] + 1,
                        "value": value,
                        "unit": resolution.get("unit") or resolution.get("subtype"),
                    }
                )
            cases.append({"suite": f"recognizers-{kind}", "kind": kind, "text": case["Input"], "expect": expect})
    return cases


def _quantulum(root: Path) -> list[dict[str, object]]:
    cases = []
    path = root / "quantulum3/_lang/en_US/tests/quantities.json"
    for case in json.loads(path.read_text(encoding="utf-8")):
        expect, at = [], 0
        for result in case["res"]:
            start = case["req"].find(result["surface"], at)
            at = start + len(result["surface"])
            value = result["value"]
            expect.append(
                {
                    "text": result["surface"],
                    "start": start,
                    "end": at,
                    "value": float(value) if not isinstance(value, list) else None,
                    "unit": result["unit"],
                }
            )
        cases.append({"suite": "quantulum3", "kind": "quantity", "text": case["req"], "expect": expect})
    return cases


# Duckling's currencies → the name the judge reads them by (agreement.py's CURRENCIES); "Unnamed" ("42 bucks")
# is a number of no currency.
DUCKLING_CURRENCIES = {
    "Dollar": "dollar",
    "Cent": "cent",
    "USD": "united states dollar",
    "EUR": "euro",
    "Pound": "pound",
    "GBP": "british pound",
    "INR": "indian rupee",
    "CAD": "canadian dollar",
    "CHF": "swiss franc",
    "CNY": "chinese yuan",
    "KWD": "kuwaiti dinar",
    "LBP": "lebanese pound",
    "EGP": "egyptian pound",
    "QAR": "qatari riyal",
    "SAR": "saudi riyal",
    "BGN": "bulgarian lev",
    "MYR": "malaysian ringgit",
    "Dinar": "dinar",
    "ILS": "israeli shekel",
    "Riyal": "riyal",
    "Rial": "rial",
    "MNT": "mongolian tugrik",
    "UAH": "ukrainian hryvnia",
}
_BLOCK = re.compile(
    r"examples\s*\((?P<how>simple|between|under|above)\s+(?P<cur>\w+)\s+(?P<value>\([^)]*\)|[0-9.e]+)\)\s*\[(?P<body>.*?)\]",
    re.S,
)
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def _haskell_string(text: str) -> str:
    """A Haskell string literal's text: `\\x20ac` is €, `\\&` separates an escape from the digits after it."""
    text = re.sub(r"\\x([0-9a-fA-F]+)", lambda m: chr(int(m.group(1), 16)), text)
    return text.replace("\\&", "").replace('\\"', '"').replace("\\\\", "\\")


def _duckling(root: Path) -> list[dict[str, object]]:
    cases = []
    source = (root / "Duckling/AmountOfMoney/EN/Corpus.hs").read_text(encoding="utf-8")
    source = source[source.index("allExamples ::") :]  # the corpus, not its latent or negative examples
    for block in _BLOCK.finditer(source):
        how, currency = block["how"], block["cur"]
        values = [float(v) for v in block["value"].strip("()").split(",")]
        unit = DUCKLING_CURRENCIES.get(currency)
        kind = "currency" if unit else "number"
        for literal in _STRING.findall(block["body"]):
            text = _haskell_string(literal)
            figure = {"text": text, "start": 0, "end": len(text), "value": values[0], "unit": unit}
            if how == "between":  # one interval: its low end is the value, its high end `high`
                figure["high"] = values[1]
            elif how in ("under", "above"):  # a bound: a claim must leave the other end open
                figure["bound"] = how
            expect = [figure]
            cases.append({"suite": "duckling-money", "kind": kind, "text": text, "expect": expect})
    return cases


_NUMERAL = re.compile(r"examples\s*\(NumeralValue\s+(?P<value>\([^)]*\)|[0-9.e]+)\)\s*\[(?P<body>.*?)\]", re.S)


def _duckling_numerals(root: Path) -> list[dict[str, object]]:
    """Duckling's English corpus of numbers (`Numeral/EN/Corpus.hs`): each input is one number, the whole of it."""
    cases = []
    source = (root / "Duckling/Numeral/EN/Corpus.hs").read_text(encoding="utf-8")
    source = source[source.index("allExamples ::") :]
    for block in _NUMERAL.finditer(source):
        value = float(block["value"].strip("()").replace(" ", ""))
        for literal in _STRING.findall(block["body"]):
            text = _haskell_string(literal)
            figure = {"text": text, "start": 0, "end": len(text), "value": value, "unit": None}
            cases.append({"suite": "duckling-numeral", "kind": "number", "text": text, "expect": [figure]})
    return cases


# Duckling's units of measure → the name the judge converts them by with pint (agreement.py's `_pint_name`);
# "M" is Duckling's "m" the text leaves open, which the corpus resolves as metres.
DUCKLING_UNITS = {
    "Kilometre": "kilometer",
    "Mile": "mile",
    "M": "meter",
    "Metre": "meter",
    "Centimetre": "centimeter",
    "Millimetre": "millimeter",
    "Inch": "inch",
    "Foot": "foot",
    "Yard": "yard",
    "Litre": "liter",
    "Millilitre": "milliliter",
    "Hectolitre": "hectoliter",
    "Gallon": "gallon",
    "Gram": "gram",
    "Pound": "pound-mass",
    "Ounce": "ounce",
    "Cup": "cup",
    "Celsius": "degree celsius",
    "Fahrenheit": "degree fahrenheit",
    "Degree": "degree",
}
# Duckling's English corpora of measures, and the kind each is judged as.
DUCKLING_MEASURES = {
    "Distance": "dimension",
    "Volume": "dimension",
    "Quantity": "dimension",
    "Temperature": "temperature",
}
_MEASURE = re.compile(
    r"examples\s*\((?P<how>simple|between|under|above)\s+(?P<unit>\w+)\s+(?P<value>\([^)]*\)|[0-9.e]+)"
    r"(?:\s+(?:Nothing|\(Just\s+\"[^\"]*\"\)))?\)\s*(?:--[^\n]*\n\s*)*\[(?P<body>.*?)\]",
    re.S,
)


def _duckling_measures(root: Path) -> list[dict[str, object]]:
    """Duckling's English corpora of distances, volumes, quantities (masses and cups) and temperatures: each input
    is one measure, the whole of it; a range is one interval, a bound has its other end open, as for money."""
    cases = []
    for corpus, kind in DUCKLING_MEASURES.items():
        source = (root / f"Duckling/{corpus}/EN/Corpus.hs").read_text(encoding="utf-8")
        source = source[source.index("allExamples ::") :]  # not the latent examples ("around 4")
        for block in _MEASURE.finditer(source):
            how = block["how"]
            values = [float(v) for v in block["value"].replace(" ", "").strip("()").split(",")]
            for literal in _STRING.findall(block["body"]):
                text = _haskell_string(literal)
                unit = DUCKLING_UNITS[block["unit"]]
                figure = {"text": text, "start": 0, "end": len(text), "value": values[0], "unit": unit}
                if how == "between":
                    figure["high"] = values[1]
                elif how in ("under", "above"):
                    figure["bound"] = how
                suite = f"duckling-{corpus.lower()}"
                cases.append({"suite": suite, "kind": kind, "text": text, "expect": [figure]})
    return cases


# Duckling's grains of time → the name the judge converts them by with pint, and how many of it each is (a quarter
# is three months).
DUCKLING_GRAINS = {
    "Second": ("second", 1),
    "Minute": ("minute", 1),
    "Hour": ("hour", 1),
    "Day": ("day", 1),
    "Week": ("week", 1),
    "Month": ("month", 1),
    "Quarter": ("month", 3),
    "Year": ("year", 1),
}
_DURATION = re.compile(r"examples\s*\(DurationData\s+(?P<value>[0-9.]+)\s+(?P<grain>\w+)\)\s*\[(?P<body>.*?)\]", re.S)


def _duckling_durations(root: Path) -> list[dict[str, object]]:
    """Duckling's English corpus of durations (`Duration/EN/Corpus.hs`): each input is one duration, the whole of
    it, in one grain ("1 hour fifteen" is 75 minutes); lines commented out are left out."""
    cases = []
    source = (root / "Duckling/Duration/EN/Corpus.hs").read_text(encoding="utf-8")
    source = source[source.index("allExamples ::") :]  # not the negative corpus ("for months")
    source = re.sub(r"--[^\n]*", "", source)
    for block in _DURATION.finditer(source):
        unit, times = DUCKLING_GRAINS[block["grain"]]
        value = float(block["value"]) * times
        for literal in _STRING.findall(block["body"]):
            text = _haskell_string(literal)
            figure = {"text": text, "start": 0, "end": len(text), "value": value, "unit": unit}
            cases.append({"suite": "duckling-duration", "kind": "dimension", "text": text, "expect": [figure]})
    return cases


def _number_parser(root: Path) -> list[dict[str, object]]:
    """number-parser's English numbers in words (`tests/data/{hundreds,permutations}/en_*.csv`: "Forty-two",
    "Three hundred forty-five thousand six hundred twelve"): each input is one number, the whole of it."""
    cases = []
    for folder in ("hundreds", "permutations"):
        for path in sorted((root / "tests" / "data" / folder).glob("en_*.csv")):
            with path.open(encoding="utf-8", newline="") as rows:
                for row in csv.DictReader(rows):
                    text = row["text"].strip()
                    figure = {"text": text, "start": 0, "end": len(text), "value": float(row["number"]), "unit": None}
                    cases.append({"suite": "number-parser", "kind": "number", "text": text, "expect": [figure]})
    return cases


def main() -> None:
    duckling = Path(sys.argv[3])
    cases = _recognizers(Path(sys.argv[1])) + _quantulum(Path(sys.argv[2])) + _duckling(duckling)
    cases += _duckling_numerals(duckling) + _duckling_measures(duckling) + _duckling_durations(duckling)
    cases += _number_parser(Path(sys.argv[4]))
    out = Path(__file__).with_name("cases.jsonl")
    out.write_text("".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases), encoding="utf-8")
    print(f"{len(cases)} cases → {out}")


if __name__ == "__main__":
    main()
