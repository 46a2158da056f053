"""The `claimcheck` command: a thin layer over the library; errors become one line and exit 2."""

from __future__ import annotations

import gc
import json
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial, wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from claimcheck import __version__
from claimcheck.corpus import MAX_DOCUMENT_CHARS, load_corpus
from claimcheck.errors import ClaimcheckError, UsageError
from claimcheck.models import Claim, Document, Report
from claimcheck.models.claim import CLAIM_KINDS

if TYPE_CHECKING:
    from claimcheck.engine.extraction import ExtractionStats, StoredCorpus
    from claimcheck.gate import GateResult
    from claimcheck.report.html import HtmlInputs
    from claimcheck.rules.model import RuleSet

Options = dict[str, Any]
GC_THRESHOLD = 100_000
PROGRESS_FROM = 1_000_000  # bytes of corpus from which a terminal shows a progress bar


def _fail(message: str) -> None:
    click.echo(f"claimcheck: {message}", err=True)
    sys.exit(2)


def handles_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turns library errors into one line on stderr and exit 2 (a traceback with --debug)."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except KeyboardInterrupt:
            click.echo("claimcheck: interrupted; earlier reports, baselines and the claim store are intact", err=True)
            sys.exit(130)
        except Exception as exc:
            if os.environ.get("CLAIMCHECK_DEBUG"):
                raise
            if isinstance(exc, ClaimcheckError):
                _fail(str(exc))
            elif isinstance(exc, OSError | ValueError):
                _fail(" ".join(str(exc).split()))
            else:  # a defect of ours: still one line, the traceback behind --debug
                detail = " ".join(str(exc).split())[:200]
                _fail(f"internal error ({type(exc).__name__}: {detail}); run with --debug for the traceback")

    return wrapper


def with_options(options: list[Callable[..., Any]]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def apply(command: Callable[..., Any]) -> Callable[..., Any]:
        for option in reversed(options):
            command = option(command)
        return command

    return apply


run_options = with_options(
    [
        click.option(
            "-j", "--jobs", type=click.IntRange(min=1), default=None, help="Extraction processes (default: cores)."
        ),
        click.option(
            "--store",
            "--cache",
            "store_path",
            type=click.Path(dir_okay=False),
            default=None,
            help="Claim store (default: .claimcheck/claims.sqlite beside the corpus).",
        ),
        click.option(
            "--no-store",
            "--no-cache",
            "no_store",
            is_flag=True,
            help="Extract everything afresh into a temporary store for this run.",
        ),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar."),
        click.option(
            "--strict",
            is_flag=True,
            help="A file that cannot be read is an error (exit 2), not skipped; resolved baseline entries fail.",
        ),
        click.option(
            "--max-document-size",
            type=click.IntRange(min=1),
            default=MAX_DOCUMENT_CHARS,
            show_default=True,
            help="Characters a document may have.",
        ),
        click.option(
            "--max-claims",
            type=click.IntRange(min=1),
            default=5_000,
            show_default=True,
            help="Claims kept per document.",
        ),
    ]
)
rule_options = with_options(
    [
        click.option("--rules", "rule_paths", multiple=True, help="Rule files or folders (default: rules/)."),
        click.option(
            "--baseline", type=click.Path(dir_okay=False), help="Accepted findings (default: baseline.yaml if present)."
        ),
    ]
)


def output_options(fail_on: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return with_options(
        [
            click.option("--format", "formats", default="html", help="html, json, sarif, md, junit; comma-separated."),
            click.option(
                "-o", "--output", type=click.Path(dir_okay=False), help="Output file (or base name for several)."
            ),
            click.option(
                "--fail-on",
                type=click.Choice(["info", "warning", "error"]),
                default=fail_on,
                help="Exit 1 when a new finding is at or above this severity.",
            ),
            click.option("--exit-zero", is_flag=True, help="Always exit 0 when the run succeeds."),
            click.option(
                "--source-url",
                metavar="TEMPLATE",
                help="HTML: link path:line to this URL, e.g. https://github.com/ORG/REPO/blob/main/{path}#L{line}.",
            ),
        ]
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimcheck")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def main(debug: bool) -> None:
    """Find where news sources disagree on figures, dates, quotes and names."""
    if debug:
        os.environ["CLAIMCHECK_DEBUG"] = "1"
    signal.signal(signal.SIGTERM, _stop)
    # A run builds millions of small objects that live until it ends; Python's default collector would walk
    # them again and again (a third of the time of a re-run). Collect far less often; cycles are still freed.
    gc.set_threshold(GC_THRESHOLD, 50, 100)


def _stop(signum: int, frame: object) -> None:
    """SIGTERM ends a run the way Ctrl-C does: temporary files are removed, finished files stay."""
    raise KeyboardInterrupt


def _default_paths(paths: tuple[str, ...], fallback: str = "seeds") -> list[str]:
    if paths:
        return list(paths)
    if Path(fallback).exists():
        return [fallback]
    raise UsageError(f"no paths given and no '{fallback}/' here")


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


@contextmanager
def _stored(
    paths: list[str], run: Options, rules: RuleSet | None = None
) -> Iterator[tuple[StoredCorpus, list[str], ExtractionStats]]:
    """The corpus of `paths` in the claim store (read a file at a time and extracted where needed, in worker
    processes, with a progress bar on a terminal), one line for each file skipped because it could not
    be read (none with --strict) and what was extracted afresh, for the length of the `with` block."""
    from claimcheck.corpus import corpus_files, iter_documents
    from claimcheck.engine.extraction import ExtractionStats, default_jobs, extract_into
    from claimcheck.engine.store import ClaimStore, default_location

    errors: list[ClaimcheckError] = []
    files = corpus_files(paths)
    documents = iter_documents(files, None if run["strict"] else errors, run["max_document_size"])  # type: ignore[arg-type]
    path = None if run["no_store"] else Path(run["store_path"] or default_location(paths))
    jobs = run["jobs"] or default_jobs()
    stats = ExtractionStats()
    options = {
        "max_claims": run["max_claims"],
        "warn": lambda line: click.echo(f"claimcheck: {line}", err=True),
        "stats": stats,
    }
    with ClaimStore(path) as store:
        size = sum(file.stat().st_size for file in files)
        if run["quiet"] or not sys.stderr.isatty() or size < PROGRESS_FROM:
            corpus = extract_into(store, documents, jobs, rules, **options)
        else:
            from rich.progress import Progress

            with Progress(console=_stderr_console(), transient=True) as progress:
                task = progress.add_task("extracting", total=size)
                advance = partial(progress.advance, task)
                corpus = extract_into(store, documents, jobs, rules, tick=advance, **options)
        skipped = [str(error) for error in errors]
        for line in skipped:
            click.echo(f"claimcheck: {_terminal(line)} (skipped; --strict makes this an error)", err=True)
        yield corpus, skipped, stats


def _claims_of(paths: list[str], run: Options) -> tuple[list[Document], list[Claim], list[str]]:
    """The documents (without their text), every claim and the files skipped."""
    with _stored(paths, run) as (corpus, skipped, _):
        return corpus.documents, list(corpus.claims()), skipped


def _emit(text: str, output: str | None) -> None:
    if output:
        from claimcheck.report import write_atomic

        write_atomic(Path(output), text)
    else:
        click.echo(text, nl=False)


def _terminal(text: str) -> str:
    """Corpus text made safe for a terminal: control characters shown as escapes."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)


@main.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default=None, help="table on a terminal, else json."
)
@handles_errors
def corpus(paths: tuple[str, ...], fmt: str | None) -> None:
    """List the documents found in PATHS (files or folders)."""
    documents = load_corpus(_default_paths(paths))
    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    if fmt == "json":
        rows = [d.model_dump(mode="json", exclude={"text"}) | {"characters": len(d.text)} for d in documents]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for d in documents:
        title = _terminal(d.title[:60])
        click.echo(
            f"{str(d.published or '-'):10}  {_terminal((d.outlet or '-')[:22]):22}  {title:60}  {d.path}:{d.line}"
        )
    click.echo(f"{len(documents)} documents")


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--kind", default=",".join(CLAIM_KINDS), help="Claim kinds, comma-separated.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default=None)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file.")
@run_options
@handles_errors
def extract(paths: tuple[str, ...], kind: str, fmt: str | None, output: str | None, **run: Any) -> None:
    """Extract quantity, date, quote and name claims from PATHS."""
    kinds = [k.strip() for k in kind.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in CLAIM_KINDS]
    if unknown:
        raise UsageError(f"unknown claim kind {unknown[0]!r} (use {', '.join(CLAIM_KINDS)})")
    where = _default_paths(paths)
    claims = [c for c in _claims_of(where, run)[1] if c.kind in kinds]
    fmt = fmt or ("table" if sys.stdout.isatty() and not output else "jsonl")
    if fmt == "jsonl":
        text = "".join(c.model_dump_json() + "\n" for c in claims)
    elif fmt == "json":
        text = json.dumps([c.model_dump(mode="json") for c in claims], indent=2, ensure_ascii=False) + "\n"
    else:
        text = "".join(f"{c.path}:{c.line}:{c.column}  {c.kind:8}  {_terminal(c.text[:70])}\n" for c in claims)
    _emit(text, output)


def _write_formats(
    report: Report,
    formats: str,
    output: str | None,
    html: HtmlInputs | None = None,
    gate: GateResult | None = None,
    source_url: str | None = None,
) -> None:
    """Every format asked for, each rendered beside its file and put in place once all are written (a
    format at a time, HTML and JSON streamed); `html`, `gate` and `source_url` are what the HTML shows
    beyond the report."""
    from claimcheck.report import FORMATS, SUFFIXES, html_chunks, json_chunks, write_all_atomic
    from claimcheck.report.page_data import links_for

    wanted = _formats(formats)
    if len(wanted) == 1 and wanted[0] != "html" and not output:
        click.echo(FORMATS[wanted[0]](report), nl=False)
        return
    base = Path(output) if output else Path("reports") / "report"
    targets = {
        fmt: Path(output) if output and len(wanted) == 1 else base.parent / (base.name.split(".")[0] + SUFFIXES[fmt])
        for fmt in wanted
    }

    def pieces(fmt: str) -> Iterable[str]:
        if fmt == "html":
            return html_chunks(report, (), html, gate, links_for(source_url, str(targets[fmt].parent)))
        return json_chunks(report) if fmt == "json" else [FORMATS[fmt](report)]

    write_all_atomic((targets[fmt], pieces(fmt)) for fmt in wanted)
    for target in targets.values():
        click.echo(f"wrote {target}", err=True)


def _formats(formats: str) -> list[str]:
    from claimcheck.report import FORMATS

    wanted = [f.strip() for f in formats.split(",") if f.strip()]
    unknown = [f for f in wanted if f not in FORMATS]
    if unknown:
        raise UsageError(f"unknown format {unknown[0]!r} (use {', '.join(FORMATS)})")
    return wanted


def _decide(report: Report, fail_on: str, exit_zero: bool, strict: bool = False) -> GateResult:
    from claimcheck.gate import gate

    return gate(report, fail_on, strict, exit_zero)  # type: ignore[arg-type]


def _gate(report: Report, decision: GateResult) -> None:
    """Print the gate's decision on stderr; exit 1 when it fails (unless --exit-zero)."""
    failing = set(decision.failing)
    over = [f for f in report.findings if f.id in failing]
    click.echo(
        f"{len(report.findings)} finding(s): {len(over)} new at or above {decision.fail_on}, "
        f"{decision.baselined} baselined, {len(decision.resolved)} resolved",
        err=True,
    )
    for finding in over:
        first = finding.claims[0]
        click.echo(
            f"  new {finding.severity} {finding.rule} {finding.id}: {_terminal(finding.message)} "
            f"({first.path}:{first.line})",
            err=True,
        )
    for entry in decision.resolved:
        click.echo(f"  resolved {entry.id} (in the baseline, no longer found)", err=True)
    click.echo(f"gate: {'passed' if decision.passed else 'failed'}: {decision.decided_by}", err=True)
    if decision.exit_code:
        sys.exit(decision.exit_code)


def _checked(
    paths: tuple[str, ...], rule_paths: tuple[str, ...], baseline: str | None, run: Options, html: bool = False
) -> tuple[Report, HtmlInputs | None]:
    """Load, extract, check and apply the baseline: what `report`, `check` and `baseline` share. With `html`,
    also what the HTML report shows beyond the report: every claim, each finding's group, the run's facts."""
    from claimcheck.baseline import apply_baseline, load_baseline
    from claimcheck.engine.pipeline import check_corpus
    from claimcheck.engine.tasks import TaskStats
    from claimcheck.models.finding import RunFacts
    from claimcheck.report.html import HtmlInputs
    from claimcheck.report.page_data import claims_view, source_date
    from claimcheck.rules import load_rules

    rules = load_rules(list(rule_paths) or (["rules"] if Path("rules").is_dir() else []))
    where = _default_paths(paths)
    inputs = None
    with _stored(where, run, rules) as (corpus, skipped, extracted):
        checked, groups = TaskStats(), dict[str, Claim]()
        result = check_corpus(corpus, rules, skipped, checked, groups if html else None)
        if html:
            facts = RunFacts(
                rule_files=rules.files,
                documents_extracted=extracted.extracted,
                tasks_checked=checked.checked,
                tasks_kept=checked.kept,
                generated=source_date(),
            )
            view = claims_view(corpus.documents, corpus.stored_claims, corpus.rows, corpus.kept_counts, corpus.store)
            inputs = HtmlInputs(view, groups, facts)
    baseline_path = Path(baseline) if baseline else (Path("baseline.yaml") if Path("baseline.yaml").is_file() else None)
    if baseline_path:
        result = apply_baseline(result, load_baseline(baseline_path), baseline_path)
    return result, inputs


@main.command()
@click.argument("paths", nargs=-1)
@output_options(fail_on="error")
@rule_options
@run_options
@handles_errors
def report(
    paths: tuple[str, ...],
    formats: str,
    output: str | None,
    fail_on: str,
    exit_zero: bool,
    source_url: str | None,
    rule_paths: tuple[str, ...],
    baseline: str | None,
    **run: Any,
) -> None:
    """Check PATHS (default: seeds/) with rules (default: rules/) and write the report."""
    result, html = _checked(paths, rule_paths, baseline, run, "html" in _formats(formats))
    decision = _decide(result, fail_on, exit_zero, run["strict"])
    _write_formats(result, formats, output, html, decision, source_url)
    _gate(result, decision)


@main.command("check")
@click.argument("paths", nargs=-1)
@rule_options
@click.option(
    "--fail-on",
    type=click.Choice(["info", "warning", "error"]),
    default="warning",
    help="Exit 1 when a new finding is at or above this severity.",
)
@click.option("--exit-zero", is_flag=True, help="Report only: always exit 0 when the run succeeds.")
@run_options
@handles_errors
def check_command(
    paths: tuple[str, ...],
    rule_paths: tuple[str, ...],
    baseline: str | None,
    fail_on: str,
    exit_zero: bool,
    **run: Any,
) -> None:
    """The CI gate: exit 1 on a new finding at or above --fail-on that the baseline does not accept."""
    result = _checked(paths, rule_paths, baseline, run)[0]
    _gate(result, _decide(result, fail_on, exit_zero, run["strict"]))


@main.command("baseline")
@click.argument("paths", nargs=-1)
@click.option("--rules", "rule_paths", multiple=True, help="Rule files or folders (default: rules/).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="baseline.yaml", show_default=True)
@run_options
@handles_errors
def baseline_command(paths: tuple[str, ...], rule_paths: tuple[str, ...], output: str, **run: Any) -> None:
    """Write the current findings to a baseline file, keeping the reasons already written there."""
    from claimcheck.baseline import baseline_from, dump_baseline, load_baseline
    from claimcheck.report import write_atomic

    result, _ = _checked(paths, rule_paths, None, run)
    target = Path(output)
    previous = load_baseline(target) if target.is_file() else None
    write_atomic(target, dump_baseline(baseline_from(result, previous)))
    click.echo(f"wrote {target}: {len(result.findings)} finding(s)", err=True)


@main.command()
@click.argument("paths", nargs=-1)
@output_options(fail_on="error")
@click.option("--write-rules", type=click.Path(dir_okay=False), help="Write the groups as a draft rule file.")
@run_options
@handles_errors
def discover(
    paths: tuple[str, ...],
    formats: str,
    output: str | None,
    fail_on: str,
    exit_zero: bool,
    source_url: str | None,
    write_rules: str | None,
    **run: Any,
) -> None:
    """With no rules, show which facts the sources in PATHS report differently."""
    from claimcheck.discover import draft_rule_file
    from claimcheck.engine.pipeline import discover as run_discover
    from claimcheck.models.finding import RunFacts
    from claimcheck.report.html import HtmlInputs
    from claimcheck.report.page_data import claims_view, source_date

    where = _default_paths(paths)
    html = None
    with _stored(where, run) as (corpus, skipped, extracted):
        documents, claims = corpus.documents, list(corpus.claims())
        if "html" in _formats(formats):
            facts = RunFacts(documents_extracted=extracted.extracted, generated=source_date())
            view = claims_view(corpus.documents, corpus.stored_claims, corpus.rows, corpus.kept_counts, corpus.store)
            html = HtmlInputs(view, {c.id: c for c in claims}, facts)
    result = run_discover(documents, claims, skipped)
    if write_rules:
        from claimcheck.report import write_atomic

        write_atomic(Path(write_rules), draft_rule_file(claims))
    decision = _decide(result, fail_on, exit_zero)
    _write_formats(result, formats, output, html, decision, source_url)
    _gate(result, decision)


@main.command("eval")
@click.argument("paths", nargs=-1)
@click.option("--gold", "gold_path", type=click.Path(dir_okay=False), required=True, help="The annotated gold file.")
@click.option(
    "--rules", "rule_paths", multiple=True, help="Rule files or folders; without them, discovery is measured."
)
@click.option(
    "--min-severity",
    type=click.Choice(["info", "warning", "error"]),
    default="info",
    help="Findings counted from this severity up.",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@run_options
@handles_errors
def eval_command(
    paths: tuple[str, ...], gold_path: str, rule_paths: tuple[str, ...], min_severity: str, fmt: str, **run: Any
) -> None:
    """Precision and recall of extraction and of findings on PATHS against an annotated gold file."""
    from claimcheck.engine.pipeline import check, discover
    from claimcheck.evaluate import evaluate, load_gold, render_score
    from claimcheck.rules import load_rules

    gold = load_gold(Path(gold_path))
    where = _default_paths(paths)
    documents, claims, skipped = _claims_of(where, run)
    result = (
        check(documents, claims, load_rules(list(rule_paths)), skipped)
        if rule_paths
        else discover(documents, claims, skipped)
    )
    score = evaluate(gold, result, claims, min_severity)
    click.echo(score.model_dump_json(indent=2) if fmt == "json" else render_score(score), nl=fmt == "json")


@main.group("store")
def store_group() -> None:
    """Inspect or reset the claim store."""


@store_group.command("clear")
@click.argument("paths", nargs=-1)
@click.option(
    "--store", "--cache", "store_path", type=click.Path(dir_okay=False), default=None, help="The store to delete."
)
@handles_errors
def store_clear(paths: tuple[str, ...], store_path: str | None) -> None:
    """Delete the claim store of PATHS (default: seeds/)."""
    from claimcheck.engine.store import clear_store, default_location

    target = Path(store_path) if store_path else default_location(_default_paths(paths))
    click.echo(f"{'removed' if clear_store(target) else 'no store at'} {target}", err=True)


@store_group.command("info")
@click.argument("paths", nargs=-1)
@click.option(
    "--store", "--cache", "store_path", type=click.Path(dir_okay=False), default=None, help="The store to read."
)
@handles_errors
def store_info(paths: tuple[str, ...], store_path: str | None) -> None:
    """Say where the claim store is and how many documents it holds."""
    from claimcheck.engine.store import ClaimStore, default_location

    target = Path(store_path) if store_path else default_location(_default_paths(paths))
    with ClaimStore(target) as store:
        click.echo(f"{target}: {store.count()} document(s) of claims")


# The old name of the `store` group, kept working and out of the help.
main.add_command(click.Group("cache", commands=store_group.commands, hidden=True, help=store_group.help))


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


@rules.command("test")
@click.argument("paths", nargs=-1)
@handles_errors
def rules_test(paths: tuple[str, ...]) -> None:
    """Run the rule tests (NAME.test.yaml beside NAME.yaml) in PATHS (default: rules/); exit 1 if any fails."""
    from claimcheck.rule_tests import run_rule_test, test_files

    files = test_files(list(paths) or ["rules"])
    if not files:
        raise UsageError("no rule tests (*.test.yaml) found")
    failed = 0
    for path in files:
        outcome = run_rule_test(path)
        failed += not outcome.passed
        click.echo(
            f"{'PASS' if outcome.passed else 'FAIL'} {path}: {len(outcome.found)} expected finding(s) found, "
            f"{len(outcome.missed)} missed, {len(outcome.unexpected)} unexpected, "
            f"{len(outcome.wrongly_found)} that must not be found"
        )
        for label, lines in (
            ("missed", outcome.missed),
            ("unexpected", outcome.unexpected),
            ("must not be found", outcome.wrongly_found),
        ):
            for line in lines:
                click.echo(f"  {label}: {_terminal(line)}")
    click.echo(f"{len(files) - failed} passed, {failed} failed")
    if failed:
        sys.exit(1)


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
