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


def _extract_with_progress(documents: list[Any], quiet: bool, kinds: list[str] | None = None) -> list[Any]:
    """Extraction with a progress bar on stderr when it is a terminal (and not --quiet)."""
    from claimcheck.extract import extract_document

    kinds = kinds or list(CLAIM_KINDS)
    if quiet or not sys.stderr.isatty() or len(documents) < 50:
        return extract_claims(documents, kinds)
    from rich.progress import track

    claims: list[Any] = []
    for document in track(documents, description="extracting", transient=True, console=_stderr_console()):
        claims += extract_document(document, kinds)
    return claims


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


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
            target = base.parent / (base.name.split(".")[0] + SUFFIXES[fmt])
        write_atomic(target, FORMATS[fmt](report))
        click.echo(f"wrote {target}", err=True)


def _gate(report: Report, fail_on: str, exit_zero: bool, strict: bool = False) -> None:
    over = [f for f in report.findings if SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on] and f.status == "new"]
    baselined = sum(f.status == "baselined" for f in report.findings)
    resolved = report.baseline.resolved
    click.echo(
        f"{len(report.findings)} finding(s): {len(over)} new at or above {fail_on}, {baselined} baselined, "
        f"{len(resolved)} resolved",
        err=True,
    )
    for finding in over:
        first = finding.claims[0]
        click.echo(
            f"  new {finding.severity} {finding.rule} {finding.id}: {_terminal(finding.message)} "
            f"({first.path}:{first.line})",
            err=True,
        )
    for fingerprint in resolved:
        click.echo(f"  resolved {fingerprint} (in the baseline, no longer found)", err=True)
    if exit_zero:
        return
    if over or (strict and resolved):
        sys.exit(1)


def _terminal(text: str) -> str:
    """Corpus text made safe for a terminal: control characters shown as escapes."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)


def _checked(paths: tuple[str, ...], rule_paths: tuple[str, ...], baseline: str | None, quiet: bool) -> Report:
    """Load, extract, check and apply the baseline: what `report`, `check` and `baseline` share."""
    from claimcheck.baseline import apply_baseline, load_baseline
    from claimcheck.pipeline import check
    from claimcheck.rules import load_rules

    rules = load_rules(list(rule_paths) or (["rules"] if Path("rules").is_dir() else []))
    documents = load_corpus(_default_paths(paths, "seeds"))
    result = check(documents, _extract_with_progress(documents, quiet), rules)
    baseline_path = Path(baseline) if baseline else (Path("baseline.yaml") if Path("baseline.yaml").is_file() else None)
    if baseline_path:
        result = apply_baseline(result, load_baseline(baseline_path), baseline_path)
    return result


_report_options = [
    click.argument("paths", nargs=-1),
    click.option(
        "--format", "formats", default="html", help="html, json, sarif, md, junit; comma-separated for several."
    ),
    click.option("-o", "--output", type=click.Path(dir_okay=False), help="Output file (or base name for several)."),
    click.option(
        "--fail-on",
        type=click.Choice(["info", "warning", "error"]),
        default="error",
        help="Exit 1 when a new finding is at or above this severity.",
    ),
    click.option("--exit-zero", is_flag=True, help="Always exit 0 when the run succeeds."),
    click.option("-q", "--quiet", is_flag=True, help="No progress bar."),
]
_gate_options = [
    click.option("--rules", "rule_paths", multiple=True, help="Rule files or folders (default: rules/)."),
    click.option(
        "--baseline", type=click.Path(dir_okay=False), help="Accepted findings (default: baseline.yaml if present)."
    ),
    click.option("--strict", is_flag=True, help="Also fail when baseline entries match nothing (resolved)."),
]


def report_options(command: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(_report_options):
        command = option(command)
    return command


def gate_options(command: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(_gate_options):
        command = option(command)
    return command


def _formats(formats: str) -> list[str]:
    return [f.strip() for f in formats.split(",") if f.strip()]


@main.command()
@report_options
@gate_options
@handles_errors
def report(
    paths: tuple[str, ...],
    formats: str,
    output: str | None,
    fail_on: str,
    exit_zero: bool,
    quiet: bool,
    rule_paths: tuple[str, ...],
    baseline: str | None,
    strict: bool,
) -> None:
    """Check PATHS (default: seeds/) with rules (default: rules/) and write the report."""
    result = _checked(paths, rule_paths, baseline, quiet)
    _write_formats(result, _formats(formats), output)
    _gate(result, fail_on, exit_zero, strict)


@main.command("check")
@click.argument("paths", nargs=-1)
@gate_options
@click.option(
    "--fail-on",
    type=click.Choice(["info", "warning", "error"]),
    default="warning",
    help="Exit 1 when a new finding is at or above this severity.",
)
@click.option("--exit-zero", is_flag=True, help="Report only: always exit 0 when the run succeeds.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@handles_errors
def check_command(
    paths: tuple[str, ...],
    rule_paths: tuple[str, ...],
    baseline: str | None,
    strict: bool,
    fail_on: str,
    exit_zero: bool,
    quiet: bool,
) -> None:
    """The CI gate: exit 1 on a new finding at or above --fail-on that the baseline does not accept."""
    _gate(_checked(paths, rule_paths, baseline, quiet), fail_on, exit_zero, strict)


@main.command("baseline")
@click.argument("paths", nargs=-1)
@click.option("--rules", "rule_paths", multiple=True, help="Rule files or folders (default: rules/).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="baseline.yaml", show_default=True)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@handles_errors
def baseline_command(paths: tuple[str, ...], rule_paths: tuple[str, ...], output: str, quiet: bool) -> None:
    """Write the current findings to a baseline file, keeping the reasons already written there."""
    from claimcheck.baseline import baseline_from, dump_baseline, load_baseline
    from claimcheck.report import write_atomic

    result = _checked(paths, rule_paths, None, quiet)
    target = Path(output)
    previous = load_baseline(target) if target.is_file() else None
    write_atomic(target, dump_baseline(baseline_from(result, previous)))
    click.echo(f"wrote {target}: {len(result.findings)} finding(s)", err=True)


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
    quiet: bool,
    write_rules: str | None,
) -> None:
    """With no rules, show which facts the sources in PATHS report differently."""
    from claimcheck.discover import draft_rule_file
    from claimcheck.pipeline import discover as run_discover

    documents = load_corpus(_default_paths(paths, "seeds"))
    claims = _extract_with_progress(documents, quiet)
    result = run_discover(documents, claims)
    if write_rules:
        from claimcheck.report import write_atomic

        write_atomic(Path(write_rules), draft_rule_file(claims))
    _write_formats(result, _formats(formats), output)
    _gate(result, fail_on, exit_zero)


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


@rules.command("docs")
def rules_docs() -> None:
    """Print the rule reference (docs/rules.md) generated from the checks' documentation."""
    from claimcheck.reference import rules_reference

    click.echo(rules_reference(), nl=False)


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
