"""One line per new finding, `path:line:col: severity rule message`, as compilers and linters print them
(editors and terminals make the location a link); the other sources follow the message."""

from __future__ import annotations

from claimcheck.models import Report
from claimcheck.report.paths import new_findings

COLOURS = {"error": "\x1b[1;31m", "warning": "\x1b[33m", "info": "\x1b[36m"}
BOLD, RESET = "\x1b[1m", "\x1b[0m"


def terminal_safe(text: str) -> str:
    """Control characters (from article text) shown as escapes, so they cannot drive a terminal."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)


def render_concise(report: Report, colour: bool = False) -> str:
    lines = []
    for finding in new_findings(report.findings):
        first, *others = finding.claims
        location = f"{first.path}:{first.line}:{first.column}:"
        also = f" (vs {', '.join(f'{c.path}:{c.line}' for c in others)})" if others else ""
        severity: str = finding.severity
        rule = finding.rule
        if colour:
            location, severity, rule = (
                f"{BOLD}{location}{RESET}",
                f"{COLOURS[severity]}{severity}{RESET}",
                f"{BOLD}{rule}{RESET}",
            )
        lines.append(f"{location} {severity} {rule} {terminal_safe(finding.message)}{terminal_safe(also)}\n")
    return "".join(lines)
