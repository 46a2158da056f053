"""The `claimcheck` command: a thin layer over the library; errors become one line and exit 2."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import click

from claimcheck import __version__
from claimcheck.corpus import load_corpus
from claimcheck.errors import ClaimcheckError, UsageError
from claimcheck.extract import extract as extract_claims
from claimcheck.models import Report
from claimcheck.models.claim import CLAIM_KINDS
from claimcheck.models.finding import SEVERITY_RANK


def _fail(message: str) -> None:
    click.echo(f"claimcheck: {message}", err=True)
    sys.exit(2)


def handles_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turns library errors into one line on stderr and exit 2 (a traceback with --debug)."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ClaimcheckError as exc:
            if os.environ.get("CLAIMCHECK_DEBUG"):
                raise
            _fail(str(exc))
        except (OSError, ValueError) as exc:
            if os.environ.get("CLAIMCHECK_DEBUG"):
                raise
            _fail(" ".join(str(exc).split()))
        except Exception as exc:  # a defect of ours: still one line, the traceback behind --debug
            if os.environ.get("CLAIMCHECK_DEBUG"):
                raise
            _fail(
                f"internal error ({type(exc).__name__}: {' '.join(str(exc).split())[:200]}); "
                "run with --debug for the traceback"
            )

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimcheck")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def main(debug: bool) -> None:
    """Find where news sources disagree on figures, dates, quotes and names."""
    if debug:
        os.environ["CLAIMCHECK_DEBUG"] = "1"


def _default_paths(paths: tuple[str, ...], fallback: str) -> list[str]:
    if paths:
        return list(paths)
    if Path(fallback).exists():
        return [fallback]
    raise UsageError(f"no paths given and no '{fallback}/' here")


@main.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default=None,
    help="table on a terminal, else json.",
)
@handles_errors
def corpus(paths: tuple[str, ...], fmt: str | None) -> None:
    """List the documents found in PATHS (files or folders)."""
    documents = load_corpus(_default_paths(paths, "seeds"))
    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    if fmt == "json":
        rows = [d.model_dump(mode="json", exclude={"text"}) | {"characters": len(d.text)} for d in documents]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for d in documents:
        click.echo(f"{str(d.published or '-'):10}  {(d.outlet or '-')[:22]:22}  {d.title[:60]:60}  {d.path}:{d.line}")
    click.echo(f"{len(documents)} documents")


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--kind", default=",".join(CLAIM_KINDS), help="Claim kinds, comma-separated.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default=None)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file.")
@handles_errors
def extract(paths: tuple[str, ...], kind: str, fmt: str | None, output: str | None) -> None:
    """Extract quantity, date, quote and name claims from PATHS."""
    kinds = [k.strip() for k in kind.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in CLAIM_KINDS]
    if unknown:
        raise UsageError(f"unknown claim kind {unknown[0]!r} (use {', '.join(CLAIM_KINDS)})")
    claims = extract_claims(load_corpus(_default_paths(paths, "seeds")), kinds)
    fmt = fmt or ("table" if sys.stdout.isatty() and not output else "jsonl")
    if fmt == "jsonl":
        text = "".join(c.model_dump_json() + "\n" for c in claims)
    elif fmt == "json":
        text = json.dumps([c.model_dump(mode="json") for c in claims], indent=2, ensure_ascii=False) + "\n"
    else:
        text = "".join(f"{c.path}:{c.line}:{c.column}  {c.kind:8}  {c.text[:70]}\n" for c in claims)
    _emit(text, output)


def _emit(text: str, output: str | None) -> None:
    if output:
        from claimcheck.report import write_atomic

        write_atomic(Path(output), text)
    else:
        click.echo(text, nl=False)


def _write_formats(report: Report, formats: list[str], output: str | None) -> None:
    from claimcheck.report import FORMATS, SUFFIXES, write_atomic

    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise UsageError(f"unknown format {unknown[0]!r} (use {', '.join(FORMATS)})")
    if len(formats) == 1 and formats[0] != "html" and not output:
        click.echo(FORMATS[formats[0]](report), nl=False)
        return
    for fmt in formats:
        if output and len(formats) == 1:
            target = Path(output)
        else:
            base = Path(output) if output else Path("reports") / "report"
            target = base.with_suffix(SUFFIXES[fmt])
        write_atomic(target, FORMATS[fmt](report))
        click.echo(f"wrote {target}", err=True)


def _gate(report: Report, fail_on: str, exit_zero: bool) -> None:
    over = [f for f in report.findings if SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on] and f.status == "new"]
    click.echo(f"{len(report.findings)} finding(s), {len(over)} new at or above {fail_on}", err=True)
    if over and not exit_zero:
        sys.exit(1)


_report_options = [
    click.argument("paths", nargs=-1),
    click.option("--format", "formats", default="html", help="html, json, md; comma-separated for several."),
    click.option("-o", "--output", type=click.Path(dir_okay=False), help="Output file (or base name for several)."),
    click.option(
        "--fail-on",
        type=click.Choice(["info", "warning", "error"]),
        default="error",
        help="Exit 1 when a new finding is at or above this severity.",
    ),
    click.option("--exit-zero", is_flag=True, help="Always exit 0 when the run succeeds."),
]


def report_options(command: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(_report_options):
        command = option(command)
    return command


@main.command()
@report_options
@click.option("--rules", "rule_paths", multiple=True, help="Rule files or folders (default: rules/).")
@handles_errors
def report(
    paths: tuple[str, ...],
    formats: str,
    output: str | None,
    fail_on: str,
    exit_zero: bool,
    rule_paths: tuple[str, ...],
) -> None:
    """Check PATHS (default: seeds/) with rules (default: rules/) and write the report."""
    from claimcheck.pipeline import check
    from claimcheck.rules import load_rules

    documents = load_corpus(_default_paths(paths, "seeds"))
    rules = load_rules(list(rule_paths) or (["rules"] if Path("rules").is_dir() else []))
    result = check(documents, extract_claims(documents), rules)
    _write_formats(result, [f.strip() for f in formats.split(",") if f.strip()], output)
    _gate(result, fail_on, exit_zero)


@main.command()
@report_options
@click.option("--write-rules", type=click.Path(dir_okay=False), help="Write the groups as a draft rule file.")
@handles_errors
def discover(
    paths: tuple[str, ...],
    formats: str,
    output: str | None,
    fail_on: str,
    exit_zero: bool,
    write_rules: str | None,
) -> None:
    """With no rules, show which facts the sources in PATHS report differently."""
    from claimcheck.discover import draft_rule_file
    from claimcheck.pipeline import discover as run_discover

    documents = load_corpus(_default_paths(paths, "seeds"))
    claims = extract_claims(documents)
    result = run_discover(documents, claims)
    if write_rules:
        from claimcheck.report import write_atomic

        write_atomic(Path(write_rules), draft_rule_file(claims))
    _write_formats(result, [f.strip() for f in formats.split(",") if f.strip()], output)
    _gate(result, fail_on, True if fail_on == "error" else exit_zero)


@main.group()
def rules() -> None:
    """Validate rule files and print their schema."""


@rules.command("check")
@click.argument("paths", nargs=-1)
@handles_errors
def rules_check(paths: tuple[str, ...]) -> None:
    """Validate rule files without running them."""
    from claimcheck.rules import load_rules

    loaded = load_rules(list(paths) or ["rules"])
    click.echo(f"{len(loaded.rules)} rule(s) in {len(loaded.files)} file(s): ok")


@rules.command("schema")
def rules_schema() -> None:
    """Print the JSON Schema of a rule file."""
    from claimcheck.rules import RuleFile

    click.echo(json.dumps(RuleFile.model_json_schema(by_alias=True), indent=2))


@main.command()
@click.argument("record", type=click.Choice(["report", "claim", "document", "rules"]))
def schema(record: str) -> None:
    """Print the JSON Schema of a record."""
    from pydantic import TypeAdapter

    from claimcheck.models import Claim, Document
    from claimcheck.rules import RuleFile

    models: dict[str, Any] = {"report": Report, "document": Document, "rules": RuleFile}
    if record == "claim":
        click.echo(json.dumps(TypeAdapter(Claim).json_schema(), indent=2))
    else:
        click.echo(json.dumps(models[record].model_json_schema(by_alias=True), indent=2))
