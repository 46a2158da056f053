"""Writes `cases.jsonl` from the English specs of Microsoft Recognizers-Text and quantulum3's test cases
(both MIT, see LICENSES.md): one case a line, with what each suite expects as spans of the input.

python benchmarks/number_suites/vendor.py RECOGNIZERS_CHECKOUT QUANTULUM3_CHECKOUT
"""

from __future__ import annotations

import json
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


def main() -> None:
    cases = _recognizers(Path(sys.argv[1])) + _quantulum(Path(sys.argv[2]))
    out = Path(__file__).with_name("cases.jsonl")
    out.write_text("".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases), encoding="utf-8")
    print(f"{len(cases)} cases → {out}")


if __name__ == "__main__":
    main()
