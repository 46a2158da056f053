"""The `claimcheck` command: a thin layer over the library; errors become one line and exit 2."""

from __future__ import annotations

import gc
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import click

from claimcheck import __version__, interrupts
from claimcheck.corpus import MAX_DOCUMENT_CHARS, ReadOptions, load_corpus
from claimcheck.engine.options import MAX_CLAIMS, RunOptions
from claimcheck.errors import ClaimcheckError, UsageError, printable
from claimcheck.models import Claim, Document, Report
from claimcheck.models.claim import CLAIM_KINDS
from claimcheck.models.finding import Severity
from claimcheck.models.text import clipped

if TYPE_CHECKING:
    from claimcheck.config import Project
    from claimcheck.engine.extraction import ExtractionStats, StoredCorpus
    from claimcheck.engine.store import ClaimStore
    from claimcheck.errors import CorpusError
    from claimcheck.gate import GateResult
    from claimcheck.report.html import HtmlInputs
    from claimcheck.rules.model import RuleSet

GC_THRESHOLD = 100_000
PROGRESS_FROM = 1_000_000  # bytes of corpus from which a terminal shows a progress bar


def _fail(message: str) -> None:
    click.echo(f"claimcheck: {_terminal(message)}", err=True)
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


READ_OPTIONS = [
    click.option(
        "--exclude",
        multiple=True,
        help="Leave out files matching this gitignore pattern when walking folders (repeatable).",
    ),
    click.option("--no-respect-gitignore", "no_gitignore", is_flag=True, help="Read files .gitignore leaves out."),
    click.option("--columns", help="CSV/TSV columns of each field: title=headline,text=body,date=published,..."),
]
_with_read_options = with_options(READ_OPTIONS)
_with_run_options = with_options(
    [
        *READ_OPTIONS,
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=1),
            default=None,
            help="Extraction processes (default: the CPUs this process may use).",
        ),
        click.option(
            "--store",
            "--cache",
            "store_path",
            type=click.Path(dir_okay=False),
            default=None,
            help="Claim store file (default: the configuration's `store:` folder if set, else the user's cache folder, one per corpus; `store info` says where).",
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
            "-v",
            "--verbose",
            is_flag=True,
            help="Say how long each stage took, what the store held, and what is left out and why.",
        ),
        click.option(
            "--ci", is_flag=True, help="CI mode (also when CI is set): a store the change could write is not used."
        ),
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
            default=MAX_CLAIMS,
            show_default=True,
            help="Claims kept per document.",
        ),
    ]
)


def read_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The read options, given to `command` as one `ReadOptions` (`read`)."""

    @wraps(command)
    def reading(*args: Any, exclude: tuple[str, ...], no_gitignore: bool, columns: str | None, **kwargs: Any) -> Any:
        return command(*args, read=_read_options(exclude, no_gitignore, columns), **kwargs)

    return _with_read_options(reading)


def run_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The run options, given to `command` as one `RunOptions` (`run`); --quiet and --verbose stay
    with the command line (`_progress`, `_verbose`)."""

    @wraps(command)
    def running(
        *args: Any,
        exclude: tuple[str, ...],
        no_gitignore: bool,
        columns: str | None,
        jobs: int | None,
        store_path: str | None,
        no_store: bool,
        quiet: bool,
        verbose: bool,
        ci: bool,
        strict: bool,
        max_document_size: int,
        max_claims: int,
        **kwargs: Any,
    ) -> Any:
        run = RunOptions(
            read=_read_options(exclude, no_gitignore, columns),
            strict=strict,
            max_document_size=max_document_size,
            max_claims=max_claims,
            jobs=jobs,
            store=None if no_store else _store_path(store_path),
            temporary_store=no_store,
            ci=ci,
        )
        return command(*args, run=run, **kwargs)

    return _with_run_options(running)


rule_options = with_options(
    [
        click.option("--rules", "rule_paths", multiple=True, help="Rule files or folders (default: rules/)."),
        click.option(
            "--baseline", type=click.Path(dir_okay=False), help="Accepted findings (default: baseline.yaml if present)."
        ),
    ]
)


FORMAT_HELP = "html, json, sarif, md, junit, github, gitlab, concise; comma-separated."
FAIL_ON = click.Choice(["info", "warning", "error"])


def output_options(fail_on: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return with_options(
        [
            click.option("--format", "formats", default=None, help=f"{FORMAT_HELP} (default: html)."),
            click.option(
                "-o", "--output", type=click.Path(dir_okay=False), help="Output file (or base name for several)."
            ),
            click.option(
                "--fail-on",
                type=FAIL_ON,
                default=None,
                help=f"Exit 1 when a new finding is at or above this severity (default: the configuration's fail-on:, else {fail_on}).",
            ),
            click.option("--exit-zero", is_flag=True, help="Always exit 0 when the run succeeds."),
            click.option(
                "--source-url",
                metavar="TEMPLATE",
                help="HTML: link path:line to this URL, e.g. https://github.com/ORG/REPO/blob/main/{path}#L{line}.",
            ),
        ]
    )


def _examples(*lines: str) -> str:
    """A command's help epilog: examples, kept as written."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog=_examples(
        "claimcheck init                          # a starter claimcheck.yaml and rule file",
        "claimcheck check                         # the CI gate over the configured corpus",
        "claimcheck report corpus/ --rules rules/ --format html,sarif",
    ),
)
@click.version_option(__version__, prog_name="claimcheck")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    help="Configuration file (default: claimcheck.yaml or [tool.claimcheck] in pyproject.toml, searched upwards).",
)
@click.option("--no-config", is_flag=True, help="Ignore configuration files.")
@click.pass_context
def main(context: click.Context, debug: bool, config_path: str | None, no_config: bool) -> None:
    """Find where news sources disagree on figures, dates, quotes and names.

    Settings come from the nearest claimcheck.yaml (or [tool.claimcheck] in pyproject.toml) in the current
    folder or above; options given here override them. Findings go to stdout, progress and summaries to
    stderr; NO_COLOR and FORCE_COLOR are honoured."""
    if debug:
        os.environ["CLAIMCHECK_DEBUG"] = "1"
    context.obj = {"config_path": config_path, "no_config": no_config}
    _show_log(context)
    interrupts.install()
    # A run builds millions of small objects that live until it ends; Python's default collector would walk
    # them again and again (a third of the time of a re-run). Collect far less often; cycles are still freed.
    gc.set_threshold(GC_THRESHOLD, 50, 100)


class _StderrLines(logging.Handler):
    """The library's warnings (and with --verbose its notes), from the `claimcheck` logger, as `_say` lines."""

    def emit(self, record: logging.LogRecord) -> None:
        _say(_terminal(record.getMessage()))


def _show_log(context: click.Context) -> None:
    """For the length of the command: the `claimcheck` logger's warnings on stderr (`_verbose_log` adds its
    notes); as it was again afterwards, for a process that runs commands in turn."""
    logger, handler = logging.getLogger("claimcheck"), _StderrLines()
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)

    def restore() -> None:
        logger.removeHandler(handler)
        logger.setLevel(level)

    context.call_on_close(restore)


def _project() -> Project | None:
    """The configuration this run reads (the nearest one, the one named by --config, or none)."""
    from claimcheck.config import find_project, load_project

    context = click.get_current_context()
    obj = context.find_root().obj or {}
    if "project" not in obj:
        if obj.get("no_config"):
            obj["project"] = None
        elif obj.get("config_path"):
            obj["project"] = load_project(Path(obj["config_path"]))
        else:
            obj["project"] = find_project()
        context.find_root().obj = obj
    project: Project | None = obj["project"]
    return project


def _root() -> Path:
    """What CI formats make paths relative to: the configuration's folder, else the current one."""
    project = _project()
    return project.root if project else Path.cwd()


def use_colour(stream: Any) -> bool:
    """NO_COLOR (any value) turns colour off; else FORCE_COLOR turns it on; else a terminal has it."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "").lower() not in ("", "0", "false"):
        return True
    return bool(stream.isatty())


def _say(message: str) -> None:
    """A line for the person running the command, on stderr."""
    click.echo(f"claimcheck: {message}", err=True)


def _default_paths(paths: tuple[str, ...]) -> list[str]:
    """The paths given, else the configuration's `paths:`."""
    if paths:
        return list(paths)
    project = _project()
    if project and project.config.paths:
        return [project.path(p) for p in project.config.paths]
    where = f"in {project.source}" if project else f"no claimcheck.yaml in {Path.cwd()} or above"
    raise UsageError(f"no paths given and no `paths:` configured ({where}); give PATHS or run `claimcheck init`")


def _read_options(exclude: tuple[str, ...], no_gitignore: bool, columns: str | None) -> ReadOptions:
    """How the corpus is read: options given, else the configuration's."""
    from claimcheck.corpus.tabular import parse_columns

    project = _project()
    config = project.config if project else None
    excluded = exclude or (config.exclude if config else ())
    mapping = parse_columns(columns) if columns else (dict(config.columns) if config else {})
    gitignore = not no_gitignore and (config.respect_gitignore if config else True)
    return ReadOptions(columns=mapping, exclude=tuple(excluded), root=_root(), gitignore=gitignore)


def _store_path(store_path: str | None) -> Path | None:
    """The claim store: --store, else the configuration's `store:` folder, else None (its default location)."""
    from claimcheck.config import configured_store

    if store_path:
        return Path(store_path)
    project = _project()
    return configured_store(project) if project else None


@contextmanager
def _stored(
    paths: list[str], run: RunOptions, rules: RuleSet | None = None
) -> Iterator[tuple[StoredCorpus, list[str], ExtractionStats]]:
    """The corpus of `paths` in the claim store (read a file at a time and extracted where needed, in worker
    processes, with a progress bar on a terminal), one line for each file skipped because it could not
    be read (none with --strict) and what was extracted afresh, for the length of the `with` block."""
    from claimcheck.engine.extraction import ExtractionStats, stored_corpus

    started = time.perf_counter()
    if _verbose():
        _verbose_log()
    stats = ExtractionStats()
    with stored_corpus(paths, run, rules, stats, _progress) as (corpus, errors):
        skipped = _say_what_was_read(errors, stats, len(corpus.documents), corpus.store, started)
        yield corpus, skipped, stats


def _say_what_was_read(
    errors: list[CorpusError], stats: ExtractionStats, documents: int, store: ClaimStore, started: float
) -> list[str]:
    """One line for each file skipped because it could not be read, and with --verbose what was read and
    what the store held; the skipped lines."""
    skipped = [str(error) for error in errors]
    for line in skipped:
        _say(f"{_terminal(line)} (skipped; --strict makes this an error)")
    if _verbose():
        _say(
            f"read {stats.files} file(s), {documents} document(s) in "
            f"{time.perf_counter() - started:.2f} s: {store.hits} from the store, {store.misses} extracted "
            f"({stats.jobs} job(s)); store {store.path}"
        )
    return skipped


@contextmanager
def _progress(size: int) -> Iterator[Callable[[int], None]]:
    """What extraction ticks with the characters it reads: a progress bar on stderr when it is a terminal and
    the corpus has `size` bytes or more of PROGRESS_FROM, unless --quiet."""
    if click.get_current_context().params.get("quiet") or not sys.stderr.isatty() or size < PROGRESS_FROM:
        yield lambda n: None
        return
    with click.progressbar(length=size, label="extracting", file=sys.stderr) as bar:
        yield bar.update


def _verbose_log() -> None:
    """--verbose: the notes extraction logs on the `claimcheck` logger go to stderr too, one line each."""
    logging.getLogger("claimcheck").setLevel(logging.INFO)


def _claims_of(paths: list[str], run: RunOptions) -> tuple[list[Document], list[Claim], list[str]]:
    """The documents (without their text), every claim and the files skipped."""
    with _stored(paths, run) as (corpus, skipped, _):
        return corpus.documents, list(corpus.claims()), skipped


def _emit(pieces: Iterable[str], output: str | None) -> None:
    """Text made a piece at a time, to `output` (written whole or not at all) or else to stdout as it comes."""
    if output:
        from claimcheck.report import write_all_atomic

        write_all_atomic([(Path(output), pieces)])
        return
    for piece in pieces:
        if piece:
            click.echo(piece, nl=False)


def _terminal(text: str) -> str:
    """Corpus text made safe for a terminal: control characters shown as escapes."""
    return printable(text)


@main.command(
    epilog=_examples(
        "claimcheck corpus corpus/",
        "claimcheck corpus exports/articles.csv --columns title=headline,text=body --format json",
        "curl -s https://example.org/feed.xml | claimcheck corpus -",
    )
)
@click.argument("paths", nargs=-1)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default=None, help="table on a terminal, else json."
)
@handles_errors
@read_options
def corpus(paths: tuple[str, ...], fmt: str | None, read: ReadOptions) -> None:
    """List the documents found in PATHS (files, folders, or - for standard input)."""
    documents = load_corpus(_default_paths(paths), options=read)
    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    if fmt == "json":
        rows = [d.model_dump(mode="json", exclude={"text"}) | {"characters": len(d.text)} for d in documents]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for d in documents:
        title = _terminal(clipped(d.title, 60))
        click.echo(
            f"{str(d.published or '-'):10}  {_terminal((d.outlet or '-')[:22]):22}  {title:60}  {d.path}:{d.line}"
        )
    click.echo(f"{len(documents)} documents")


@main.command(
    epilog=_examples(
        "claimcheck extract corpus/ --kind quantity,date --format table",
        "claimcheck extract corpus/ -o claims.jsonl",
    )
)
@click.argument("paths", nargs=-1)
@click.option("--kind", default=",".join(CLAIM_KINDS), help="Claim kinds, comma-separated.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default=None)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file.")
@handles_errors
@run_options
def extract(paths: tuple[str, ...], kind: str, fmt: str | None, output: str | None, run: RunOptions) -> None:
    """Extract quantity, date, quote and name claims from PATHS."""
    kinds = [k.strip() for k in kind.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in CLAIM_KINDS]
    if unknown:
        raise UsageError(f"unknown claim kind {unknown[0]!r} (use {', '.join(CLAIM_KINDS)})")
    from claimcheck.engine.extraction import ExtractionStats, streamed_corpus

    fmt = fmt or ("table" if sys.stdout.isatty() and not output else "jsonl")
    started = time.perf_counter()
    if _verbose():
        _verbose_log()
    stats = ExtractionStats()
    with streamed_corpus(_default_paths(paths), run, stats, _progress) as (stream, errors, store):
        _emit(_claim_pieces(([c for c in claims if c.kind in kinds] for claims in stream), fmt), output)
        _say_what_was_read(errors, stats, stats.extracted + stats.cached, store, started)


def _claim_pieces(by_document: Iterable[list[Claim]], fmt: str) -> Iterator[str]:
    """What `extract` prints, a document's claims at a time: the same bytes as the whole list at once."""
    opened = False
    for claims in by_document:
        if fmt == "jsonl":
            yield "".join(c.model_dump_json() + "\n" for c in claims)
        elif fmt == "table":
            yield "".join(
                f"{c.path}:{c.line}:{c.column}  {c.kind:8}  {_terminal(clipped(c.text, 70))}\n" for c in claims
            )
        elif claims:  # json: each claim as `json.dumps(..., indent=2)` puts it in a list
            items = (json.dumps(c.model_dump(mode="json"), indent=2, ensure_ascii=False) for c in claims)
            yield ("," if opened else "[") + ",".join("\n  " + item.replace("\n", "\n  ") for item in items)
            opened = True
        else:
            continue
    if fmt == "json":
        yield "\n]\n" if opened else "[]\n"


def _formats(formats: str | None, default: list[str] | None = None) -> list[str]:
    """The formats asked for, else `default`, else the configuration's (what `report` writes), else html."""
    from claimcheck.report import FORMATS

    project = _project()
    wanted = [f.strip() for f in formats.split(",") if f.strip()] if formats else []
    wanted = wanted or default or (list(project.config.format) if project and project.config.format else ["html"])
    unknown = [f for f in wanted if f not in FORMATS]
    if unknown:
        raise UsageError(f"unknown format {unknown[0]!r} (use {', '.join(FORMATS)})")
    return wanted


def _write_formats(
    report: Report,
    wanted: list[str],
    output: str | None,
    fail_on: Severity,
    html: HtmlInputs | None = None,
    gate: GateResult | None = None,
    source_url: str | None = None,
    default_base: Path | None = None,
) -> None:
    """Every format asked for, each rendered beside its file and put in place once all are written (a
    format at a time, HTML and JSON streamed); `html`, `gate` and `source_url` are what the HTML shows
    beyond the report. A single format other than HTML, with no output file, goes to stdout. With no
    output file, the others go beside `default_base` when given, else the configured `output:`, else
    reports/report."""
    from claimcheck.report import SUFFIXES, html_chunks, json_chunks, render, write_all_atomic
    from claimcheck.report.page_data import links_for

    started = time.perf_counter()
    root = _root()
    project = _project()
    if len(wanted) == 1 and wanted[0] != "html" and not output:
        colour = use_colour(sys.stdout)
        text = render(wanted[0], report, root=root, fail_on=fail_on, colour=colour)
        click.echo(text, nl=False, color=colour)
        return
    if output == "-" and len(wanted) > 1:
        raise UsageError("-o - writes one format to standard output; give a base name for several")
    configured = project.path(project.config.output) if project and project.config.output else None
    base = Path(output or default_base or configured or Path("reports") / "report")
    targets = {
        fmt: Path(output) if output and len(wanted) == 1 else base.parent / (base.name.split(".")[0] + SUFFIXES[fmt])
        for fmt in wanted
    }

    def pieces(fmt: str) -> Iterable[str]:
        if fmt == "html":
            return html_chunks(report, (), html, gate, links_for(source_url, str(targets[fmt].parent)))
        return json_chunks(report) if fmt == "json" else [render(fmt, report, root=root, fail_on=fail_on)]

    write_all_atomic((targets[fmt], pieces(fmt)) for fmt in wanted)
    for target in targets.values():
        if str(target) != "-":
            _say(f"wrote {_terminal(str(target))}")
    if _verbose():
        _say(f"wrote {len(targets)} report file(s) in {time.perf_counter() - started:.2f} s")


def _verbose() -> bool:
    return bool(click.get_current_context().params.get("verbose"))


def _fail_on(given: str | None, default: Severity) -> Severity:
    """--fail-on, else the configuration's `fail-on:`, else the command's default."""
    project = _project()
    configured = project.config.fail_on if project else None
    return cast(Severity, given) if given else configured or default


def _decide(report: Report, fail_on: Severity, exit_zero: bool, strict: bool = False) -> GateResult:
    from claimcheck.gate import gate

    return gate(report, fail_on, strict, exit_zero)


def _gate(report: Report, decision: GateResult) -> None:
    """The gate's decision on stderr (the findings themselves are in the formats written); exit 1 when it
    fails, unless --exit-zero."""
    summary = (
        f"{len(report.findings)} finding(s): {len(decision.failing)} new at or above {decision.fail_on}, "
        f"{decision.baselined} baselined, {len(decision.resolved)} resolved"
    )
    colour = use_colour(sys.stderr)
    style = {"fg": "green" if decision.passed else "red", "bold": True}
    click.echo(click.style(summary, **style) if colour else summary, err=True, color=colour)  # type: ignore[arg-type]
    for entry in decision.resolved:
        click.echo(f"  resolved {entry.id} (in the baseline, no longer found)", err=True)
    click.echo(f"gate: {'passed' if decision.passed else 'failed'}: {decision.decided_by}", err=True)
    if decision.exit_code:
        sys.exit(decision.exit_code)


def _rule_paths(rule_paths: tuple[str, ...]) -> list[str]:
    """--rules, else the configuration's `rules:`, else a rules/ folder here or at the configuration's root;
    with none of them, a warning names the folders searched."""
    if rule_paths:
        return list(rule_paths)
    project = _project()
    if project and project.config.rules:
        return [project.path(r) for r in project.config.rules]
    searched = list(dict.fromkeys([Path.cwd(), *([project.root] if project else [])]))
    for folder in searched:
        if (folder / "rules").is_dir():
            return [os.path.relpath(folder / "rules")]
    places = " and ".join(str(folder / "rules") for folder in searched)
    _say(f"warning: no rule files found (looked for {places}); only the built-in rules run")
    return []


def _baseline_path(baseline: str | None, for_writing: bool = False) -> Path | None:
    """--baseline, else the configuration's `baseline:`, else baseline.yaml at the root (when it exists,
    or when one is to be written)."""
    if baseline:
        return Path(baseline)
    project = _project()
    configured = Path(project.path(project.config.baseline or "baseline.yaml")) if project else Path("baseline.yaml")
    return configured if for_writing or configured.is_file() else None


def _checked(
    paths: tuple[str, ...], rule_paths: tuple[str, ...], baseline: str | None, run: RunOptions, html: bool = False
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

    where = _default_paths(paths)
    folders = _rule_paths(rule_paths)
    rules = load_rules(folders)
    if folders and not rules.files:
        _say(f"warning: no rule files in {', '.join(folders)}; only the built-in rules run")
    inputs = None
    with _stored(where, run, rules) as (corpus, skipped, extracted):
        started = time.perf_counter()
        checked, groups = TaskStats(), dict[str, Claim]()
        result = check_corpus(corpus, rules, skipped, checked, groups if html else None)
        if _verbose():
            store = corpus.store
            _say(
                f"checked {len(rules.rules)} rule(s) and the built-ins in {time.perf_counter() - started:.2f} s: "
                f"{store.results_kept} of {store.results_asked} result(s) from the store"
            )
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
    baseline_path = _baseline_path(baseline)
    if baseline_path:
        result = apply_baseline(result, load_baseline(baseline_path), baseline_path)
    return result, inputs


@main.command(
    epilog=_examples(
        "claimcheck report                            # the configured corpus, formats and output",
        "claimcheck report corpus/ --rules rules/ --format html,sarif -o reports/report --exit-zero",
        "claimcheck report corpus/ --format json > report.json",
    )
)
@click.argument("paths", nargs=-1)
@output_options(fail_on="error")
@rule_options
@handles_errors
@run_options
def report(
    paths: tuple[str, ...],
    formats: str | None,
    output: str | None,
    fail_on: str | None,
    exit_zero: bool,
    source_url: str | None,
    rule_paths: tuple[str, ...],
    baseline: str | None,
    run: RunOptions,
) -> None:
    """Check PATHS (default: the configured corpus) with the rules and write the report."""
    wanted = _formats(formats)
    threshold = _fail_on(fail_on, "error")
    result, html = _checked(paths, rule_paths, baseline, run, "html" in wanted)
    decision = _decide(result, threshold, exit_zero, run.strict)
    _write_formats(result, wanted, output, threshold, html, decision, source_url)
    _gate(result, decision)


@main.command(
    "check",
    epilog=_examples(
        "claimcheck check                             # the configured corpus; findings on stdout",
        "claimcheck check corpus/ --rules rules/ --fail-on error",
        "claimcheck check --format github             # annotations in a GitHub Actions log",
        "claimcheck check --format gitlab -o gl-code-quality-report.json --exit-zero",
        "claimcheck check --changed corpus/new-article.md   # as the pre-commit hook runs it",
    ),
)
@click.argument("paths", nargs=-1)
@rule_options
@click.option("--format", "fmt", default="concise", show_default=True, help=f"One of {FORMAT_HELP.rstrip('.')}.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the findings to this file.")
@click.option(
    "--fail-on",
    type=FAIL_ON,
    default=None,
    help="Exit 1 when a new finding is at or above this severity (default: the configuration's fail-on:, else warning).",
)
@click.option("--exit-zero", is_flag=True, help="Report only: always exit 0 when the run succeeds.")
@click.option(
    "--changed",
    is_flag=True,
    help="PATHS are changed files: check the configured corpus, count only the findings about them.",
)
@handles_errors
@run_options
def check_command(
    paths: tuple[str, ...],
    rule_paths: tuple[str, ...],
    fmt: str,
    output: str | None,
    baseline: str | None,
    fail_on: str | None,
    exit_zero: bool,
    changed: bool,
    run: RunOptions,
) -> None:
    """The CI gate: exit 1 on a new finding at or above --fail-on that the baseline does not accept. The
    findings go to stdout (one line each by default), the summary to stderr."""
    wanted = _formats(fmt)
    if len(wanted) != 1:
        raise UsageError("check writes one format (use `claimcheck report` for several)")
    threshold = _fail_on(fail_on, "warning")
    if changed:
        from claimcheck.rules.loader import rule_files
        from claimcheck.scope import about_changed_files

        corpus_paths = _default_paths(())
        result = _checked((), rule_paths, baseline, run)[0]
        setup = [*rule_files(_rule_paths(rule_paths)), *(p for p in (_baseline_path(baseline),) if p)]
        project = _project()
        setup += [project.source] if project and project.source else []
        result = about_changed_files(result, [Path(p) for p in paths], setup)
        if _verbose():
            _say(f"--changed: {len(paths)} changed file(s) against the corpus in {', '.join(corpus_paths)}")
    else:
        result = _checked(paths, rule_paths, baseline, run)[0]
    decision = _decide(result, threshold, exit_zero, run.strict)
    _write_formats(result, wanted, output, threshold, gate=decision)
    _gate(result, decision)


@main.command(
    "baseline",
    epilog=_examples("claimcheck baseline", "claimcheck baseline corpus/ --rules rules/ -o baseline.yaml"),
)
@click.argument("paths", nargs=-1)
@click.option("--rules", "rule_paths", multiple=True, help="Rule files or folders (default: rules/).")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), default=None, help="Baseline file (default: baseline.yaml)."
)
@handles_errors
@run_options
def baseline_command(paths: tuple[str, ...], rule_paths: tuple[str, ...], output: str | None, run: RunOptions) -> None:
    """Write the current findings to a baseline file, keeping the reasons, comments and order already there."""
    from claimcheck.baseline import baseline_from, load_baseline, updated_baseline_text
    from claimcheck.report import write_atomic

    result, _ = _checked(paths, rule_paths, None, run)
    target = _baseline_path(output, for_writing=True)
    assert target is not None
    previous_text = target.read_text(encoding="utf-8") if target.is_file() else None
    previous = load_baseline(target) if previous_text is not None else None
    write_atomic(target, updated_baseline_text(previous_text, baseline_from(result, previous)))
    _say(f"wrote {target}: {len(result.findings)} finding(s)")


@main.command(
    epilog=_examples(
        "claimcheck discover                          # the configured corpus; one line per disagreement",
        "claimcheck discover corpus/ --format html    # writes reports/discovery.html",
        "claimcheck discover corpus/ --format md -o discovery.md",
        "claimcheck discover corpus/ --write-rules rules/draft.yaml",
        "claimcheck discover corpus/ --fail-on warning   # as a gate: exit 1 on a warning",
    )
)
@click.argument("paths", nargs=-1)
@click.option(
    "--format",
    "formats",
    default=None,
    help=f"{FORMAT_HELP} (default: concise lines on stdout; html goes to reports/discovery.html).",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Output file (or base name for several).")
@click.option(
    "--fail-on",
    type=FAIL_ON,
    default=None,
    help="Act as a gate: exit 1 when a finding is at or above this severity (default: exit 0 whatever is found).",
)
@click.option("--exit-zero", is_flag=True, help="Always exit 0 when the run succeeds, even with --fail-on.")
@click.option(
    "--source-url",
    metavar="TEMPLATE",
    help="HTML: link path:line to this URL, e.g. https://github.com/ORG/REPO/blob/main/{path}#L{line}.",
)
@click.option("--write-rules", type=click.Path(dir_okay=False), help="Write the groups as a draft rule file.")
@handles_errors
@run_options
def discover(
    paths: tuple[str, ...],
    formats: str | None,
    output: str | None,
    fail_on: str | None,
    exit_zero: bool,
    source_url: str | None,
    write_rules: str | None,
    run: RunOptions,
) -> None:
    """With no rules, show which facts the sources in PATHS (default: the configured corpus) report
    differently. Writes only what is asked for (never the configured report files) and exits 0 whatever it
    finds, unless --fail-on makes it a gate."""
    from claimcheck.discover import draft_rule_file
    from claimcheck.engine.pipeline import discover as run_discover
    from claimcheck.models.finding import RunFacts
    from claimcheck.report.html import HtmlInputs
    from claimcheck.report.page_data import claims_view, source_date

    wanted = _formats(formats, DISCOVERY_FORMATS)
    where = _default_paths(paths)
    html = None
    with _stored(where, run) as (corpus, skipped, extracted):
        documents, claims = corpus.documents, list(corpus.claims())
        if "html" in wanted:
            facts = RunFacts(documents_extracted=extracted.extracted, generated=source_date())
            view = claims_view(corpus.documents, corpus.stored_claims, corpus.rows, corpus.kept_counts, corpus.store)
            html = HtmlInputs(view, {c.id: c for c in claims}, facts)
    result = run_discover(documents, claims, skipped)
    if write_rules:
        from claimcheck.report import write_atomic

        write_atomic(Path(write_rules), draft_rule_file(claims, result))
        _say(f"wrote {write_rules}: draft rules for what discovery grouped")
    threshold = cast(Severity, fail_on or "error")
    decision = _decide(result, threshold, exit_zero) if fail_on else None
    project = _project()
    base = Path(project.path(str(DISCOVERY_OUTPUT))) if project else DISCOVERY_OUTPUT
    _write_formats(result, wanted, output, threshold, html, decision, source_url, base)
    if decision is not None:
        _gate(result, decision)
    else:
        _say(_found(result))


# What `claimcheck discover` writes when no --format is given (the configuration's `format:` is `report`'s),
# and where it writes HTML, or several formats, when no -o is given (from the configuration's folder, else
# the current one): beside the report, never over it.
DISCOVERY_FORMATS = ["concise"]
DISCOVERY_OUTPUT = Path("reports") / "discovery"


def _found(report: Report) -> str:
    """How many findings a run has, by severity: the summary of a run that is no gate."""
    counts = {s: sum(f.severity == s for f in report.findings) for s in ("error", "warning", "info")}
    by = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    return f"{len(report.findings)} finding(s)" + (f" ({by})" if by else "") + "; no gate (use --fail-on for one)"


@main.command("eval", epilog=_examples("claimcheck eval corpus/ --gold gold.yaml --rules rules/"))
@click.argument("paths", nargs=-1)
@click.option("--gold", "gold_path", type=click.Path(dir_okay=False), required=True, help="The annotated gold file.")
@click.option(
    "--rules", "rule_paths", multiple=True, help="Rule files or folders; without them, discovery is measured."
)
@click.option(
    "--min-severity",
    type=click.Choice(["info", "warning", "error"]),
    default="warning",
    show_default=True,
    help="Findings counted from this severity up.",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@handles_errors
@run_options
def eval_command(
    paths: tuple[str, ...], gold_path: str, rule_paths: tuple[str, ...], min_severity: str, fmt: str, run: RunOptions
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


@main.group("store", epilog=_examples("claimcheck store info", "claimcheck store clear"))
def store_group() -> None:
    """Inspect or reset the claim store."""


def _store_target(store_path: str | None, paths: tuple[str, ...]) -> tuple[Path, bool]:
    """The store a `store` command acts on, and whether it is in claimcheck's own cache folder."""
    from claimcheck.engine.store import default_location

    if store_path:
        return Path(store_path), False
    corpus_paths = _default_paths(paths)
    configured = _store_path(None)
    default = default_location(corpus_paths)
    target = configured or default
    return target, target == default


@store_group.command("clear", epilog=_examples("claimcheck store clear", "claimcheck store clear corpus/"))
@click.argument("paths", nargs=-1)
@click.option(
    "--store", "--cache", "store_path", type=click.Path(dir_okay=False), default=None, help="The store to delete."
)
@handles_errors
def store_clear(paths: tuple[str, ...], store_path: str | None) -> None:
    """Delete the claim store of PATHS (default: the configured corpus); a file that is not a claim store is
    refused."""
    from claimcheck.engine.store import clear_store

    target, owned = _store_target(store_path, paths)
    _say(f"{'removed' if clear_store(target, owned) else 'no store at'} {_terminal(str(target))}")


@store_group.command("info", epilog=_examples("claimcheck store info", "claimcheck store info corpus/"))
@click.argument("paths", nargs=-1)
@click.option(
    "--store", "--cache", "store_path", type=click.Path(dir_okay=False), default=None, help="The store to read."
)
@handles_errors
def store_info(paths: tuple[str, ...], store_path: str | None) -> None:
    """Say where the claim store is and how many documents it holds (creates nothing)."""
    from claimcheck.engine.store import describe_store

    click.echo(_terminal(describe_store(*_store_target(store_path, paths))))


# The old name of the `store` group, kept working and out of the help.
main.add_command(click.Group("cache", commands=store_group.commands, hidden=True, help=store_group.help))


@main.group(
    epilog=_examples("claimcheck rules check", "claimcheck rules test", "claimcheck rules docs > docs/rules.md")
)
def rules() -> None:
    """Validate rule files and print their schema."""


@rules.command("check", epilog=_examples("claimcheck rules check", "claimcheck rules check rules/flood.yaml"))
@click.argument("paths", nargs=-1)
@handles_errors
def rules_check(paths: tuple[str, ...]) -> None:
    """Validate rule files without running them (default: the configured rules)."""
    from claimcheck.rules import load_rules

    loaded = load_rules(list(paths) or _rule_paths(()) or ["rules"])
    click.echo(f"{len(loaded.rules)} rule(s) in {len(loaded.files)} file(s): ok")


@rules.command("test", epilog=_examples("claimcheck rules test", "claimcheck rules test rules/"))
@click.argument("paths", nargs=-1)
@handles_errors
def rules_test(paths: tuple[str, ...]) -> None:
    """Run the rule tests (NAME.test.yaml beside NAME.yaml) in PATHS (default: the configured rules); exit 1
    if any fails."""
    from claimcheck.rule_tests import run_rule_test, test_files

    files = test_files([*paths] or [*_rule_paths(())] or ["rules"])
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


@rules.command("docs", epilog=_examples("claimcheck rules docs > docs/rules.md"))
def rules_docs() -> None:
    """Print the rule reference (docs/rules.md) generated from the checks' documentation."""
    from claimcheck.reference import rules_reference

    click.echo(rules_reference(), nl=False)


@rules.command("schema", epilog=_examples("claimcheck rules schema > rules.schema.json"))
def rules_schema() -> None:
    """Print the JSON Schema of a rule file."""
    from claimcheck.rules import RuleFile

    click.echo(json.dumps(RuleFile.model_json_schema(by_alias=True), indent=2))


@main.command(epilog=_examples("claimcheck schema report > report.schema.json", "claimcheck schema claim"))
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


@main.command(epilog=_examples("claimcheck init", "claimcheck init --force"))
@click.option("--force", is_flag=True, help="Overwrite files that exist.")
@handles_errors
def init(force: bool) -> None:
    """Write a commented starter claimcheck.yaml and rules/example.yaml in the current folder."""
    from claimcheck.config import starter_files
    from claimcheck.report import write_atomic

    files = starter_files()
    existing = [name for name in files if Path(name).exists()]
    if existing and not force:
        raise UsageError(f"{existing[0]} exists (use --force to overwrite it)")
    for name, text in files.items():
        write_atomic(Path(name), text)
        _say(f"wrote {name}")
    _say("next: put articles in corpus/, then run `claimcheck discover` to see what they disagree on")
