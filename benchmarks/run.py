"""Benchmark this SDK against raw httpx and the published ``replicate`` packages, in one run.

    python benchmarks/run.py              # everything (~35 minutes), prints the table, writes JSON
    python benchmarks/run.py --quick      # tiny counts: checks the harness end to end in seconds

See ``benchmarks/README.md`` for what is measured and how to read it. Stdlib only: any Python 3.9+
can run this file; the clients run in their own interpreters:

- ``ours`` and ``httpx`` (the floor) in ``benchmarks/.venvs/ours``: this checkout installed editable
  with its runtime dependencies and the aiohttp extra, nothing else (the project's ``.venv`` holds
  dev tools, and one of them, trio, is imported by httpcore whenever it is installed: ~75 ms on
  every cold start of every client there, which no user of the published packages pays);
- each published package in ``benchmarks/.venvs/<package>-<version>``, created on first run with
  the same ``httpx`` version as ours where pip can resolve it (reused afterwards).

Every measurement runs in a fresh subprocess against a loopback server (``server.py``) that runs in
its own process. Clients take turns within each round and the order rotates between rounds; the
reported value is the median over rounds (and, within a round, the median over calls).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
import venv
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SCENARIOS = HERE / "scenarios"
VENVS = HERE / ".venvs"
DEFAULT_JSON = HERE / "results" / "latest.json"

PEERS = ("replicate-2.0.0b4", "replicate-1.0.7")
SHORT = {"replicate-2.0.0b4": "2.0.0b4", "replicate-1.0.7": "1.0.7", "httpx-pydantic": "typed"}
# --candidate: "ours+" is ours with another src/ tree first on the path (to measure a change A/B).
CANDIDATE = "ours+"
CANDIDATE_ENV = "BENCH_CANDIDATE_SRC"
# ours on the aiohttp transport (httpx-aiohttp), in the concurrent scenarios only.
AIOHTTP = "ours-aiohttp"
# The typed floor: httpx with each body validated into a pydantic model (cold start and gets only).
TYPED_FLOOR = "httpx-pydantic"
ALL_CLIENTS = ("httpx", TYPED_FLOOR, "ours", AIOHTTP, *PEERS)
LOCAL_CLIENTS = ("httpx", TYPED_FLOOR, "ours", AIOHTTP)


# ---------------------------------------------------------------------------------------- scenarios

# name -> (runner scenario, params, rounds, per-process CPU budget in seconds); quick: tiny counts.
# Bodies are realistic (``payloads.py``) unless ``shape`` says ``simple`` (issue 5's first shapes).
# The budget is CPU time (a process over it is stopped, and the round reported as failed): waiting
# for a core on a loaded machine does not count against it. WALL_PER_CPU x the budget bounds the
# wall time only to catch a hung process (10,000 gets take ~23 s of CPU with httpx here, which a
# machine at load 12 on 2 cores stretches to ~160 s of wall time).
WALL_PER_CPU = 10
SIMPLE = {"shape": "simple"}
FULL: Dict[str, Tuple[str, Dict[str, Any], int, float]] = {
    "get": ("get", {"n": 5000, "warmup": 300}, 5, 300),
    "get-simple": ("get", {"n": 5000, "warmup": 300, **SIMPLE}, 5, 300),
    "run": ("run", {"n": 2000, "warmup": 100}, 5, 300),
    "list": ("list", {"repeats": 7, "warmup": 2}, 5, 300),
    "list-simple": ("list", {"repeats": 7, "warmup": 2, **SIMPLE}, 5, 300),
    "sse": ("sse", {"tokens": 20000, "repeats": 7, "warmup": 2}, 5, 300),
    "concurrent-1000-20": ("concurrent", {"n": 1000, "warmup": 100, "in_flight": 20}, 5, 180),
    "concurrent-1000": ("concurrent", {"n": 1000, "warmup": 100}, 5, 180),
    "concurrent-10000": ("concurrent", {"n": 10000, "warmup": 100}, 5, 90),  # ~23 s of CPU here
}
QUICK: Dict[str, Tuple[str, Dict[str, Any], int, float]] = {
    "get": ("get", {"n": 30, "warmup": 5}, 1, 120),
    "get-simple": ("get", {"n": 30, "warmup": 5, **SIMPLE}, 1, 120),
    "run": ("run", {"n": 10, "warmup": 2}, 1, 120),
    "list": ("list", {"repeats": 1, "warmup": 0}, 1, 120),
    "list-simple": ("list", {"repeats": 1, "warmup": 0, **SIMPLE}, 1, 120),
    "sse": ("sse", {"tokens": 200, "repeats": 1, "warmup": 0}, 1, 120),
    "concurrent-1000-20": ("concurrent", {"n": 50, "warmup": 5, "in_flight": 20}, 1, 120),
    "concurrent-1000": ("concurrent", {"n": 50, "warmup": 5}, 1, 120),
    "concurrent-10000": ("concurrent", {"n": 100, "warmup": 5}, 1, 120),
}
# Clients that only take part in the scenarios of these runner kinds (aiohttp is async only).
ONLY_IN = {AIOHTTP: ("concurrent",), TYPED_FLOOR: ("cold", "get")}


# The published clients send a bare gather of 10,000 gets into httpcore's pool, whose queue handling
# is quadratic: one round each used up the 90 s CPU budget here without finishing (README). Left out
# of that scenario unless --peers-at-10000 is given.
PEERS_SKIP = {
    "concurrent-10000": "a bare gather of 10,000 gets into httpcore's pool (quadratic queue handling); "
    "measure with --peers-at-10000"
}


def takes_part(client: str, scenario: str) -> bool:
    return scenario in ONLY_IN.get(client, (scenario,))


# Rows of the table: (label, scenario, metric, target as a ratio to httpx or None, lower is better).
ROWS: List[Tuple[str, str, str, Optional[float]]] = [
    ("import replicate (httpx: import httpx) (ms)", "cold", "import_ms", 1.3),
    ("import: RSS added (MiB)", "cold", "import_rss_kib", None),
    ("cold: import + client + first get (ms)", "cold", "import_to_first_call_ms", 1.3),
    ("  the same, CPU (ms)", "cold", "cpu_import_to_first_call_ms", 1.3),
    ("predictions.get median (us)", "get", "median_us", 1.0),
    ("  the same, CPU per call (us)", "get", "cpu_mean_us", 1.0),
    ("predictions.get p99 (us)", "get", "p99_us", None),
    ("predictions.get median, simple (us)", "get-simple", "median_us", 1.0),
    ("  the same, CPU per call (us)", "get-simple", "cpu_mean_us", 1.0),
    ("run() on a finished model, median (us)", "run", "median_us", 1.05),
    ("  the same, CPU per call (us)", "run", "cpu_mean_us", 1.05),
    ("list 20 pages x 100 models (ms)", "list", "median_ms", 1.2),
    ("  the same, CPU (ms)", "list", "cpu_median_ms", 1.2),
    ("list 20 pages x 100 models, simple (ms)", "list-simple", "median_ms", 1.0),
    ("  the same, CPU (ms)", "list-simple", "cpu_median_ms", 1.0),
    ("stream() 20,000 SSE tokens (ms)", "sse", "median_ms", 1.1),
    ("  the same, CPU (ms)", "sse", "cpu_median_ms", 1.1),
    ("1,000 async gets, 20 in flight (ms)", "concurrent-1000-20", "wall_ms", 1.05),
    ("  the same, CPU (ms)", "concurrent-1000-20", "cpu_ms", 1.05),
    ("1,000 concurrent async gets (ms)", "concurrent-1000", "wall_ms", 1.05),
    ("  the same, CPU (ms)", "concurrent-1000", "cpu_ms", 1.05),
    ("10,000 concurrent async gets (ms)", "concurrent-10000", "wall_ms", 1.05),
    ("  the same, CPU (ms)", "concurrent-10000", "cpu_ms", 1.05),
    ("peak RSS, predictions.get loop (MiB)", "get", "peak_rss_kib", 1.2),
    ("peak RSS, 10,000 concurrent gets (MiB)", "concurrent-10000", "peak_rss_kib", 1.15),
]
ERROR_ROWS = ("concurrent-1000-20", "concurrent-1000", "concurrent-10000")


# ---------------------------------------------------------------------------------------- interpreters


def log(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def venv_python(path: Path) -> Path:
    return path / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def cpu_limit(seconds: float) -> Any:
    """A ``preexec_fn`` capping the child's CPU time (POSIX; elsewhere only the wall limit applies)."""
    try:
        import resource
    except ImportError:
        return None
    limit = int(seconds) + 1

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (limit, limit + 5))

    return apply


def run_json(
    cmd: List[str],
    *,
    timeout: float,
    env: Optional[Dict[str, str]] = None,
    cpu_budget: Optional[float] = None,
) -> Dict[str, Any]:
    """Run ``cmd``; its last stdout line is the JSON result. A failure is returned, not raised."""
    preexec = cpu_limit(cpu_budget) if cpu_budget else None
    try:
        proc = subprocess.run(
            cmd, capture_output=True, text=True, timeout=timeout, env=env, cwd=str(HERE), preexec_fn=preexec
        )
    except subprocess.TimeoutExpired:
        return {"failed": f"did not finish within {timeout:.0f} s (wall)"}
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    if cpu_budget and proc.returncode in (-24, -9):  # SIGXCPU at the soft limit, SIGKILL at the hard one
        return {"failed": f"used up its CPU budget of {cpu_budget:.0f} s"}
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        return {"failed": f"exit {proc.returncode}: {tail[:300]}"}
    try:
        return dict(json.loads(lines[-1]))
    except ValueError:
        return {"failed": f"unreadable output: {lines[-1][:300]}"}


def probe(python: Path, code: str) -> Optional[str]:
    try:
        out = subprocess.run([str(python), "-c", code], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def ours_python(explicit: Optional[str]) -> Path:
    """``benchmarks/.venvs/ours``: this checkout (editable) with only what a user installs with it.

    Created once (needs PyPI); without it, the project's ``.venv``, with a warning: its dev tools
    change what ``import httpx`` costs (see the module docstring)."""
    if explicit:
        return Path(explicit)
    check = "import replicate, httpx_aiohttp, os; print(os.path.realpath(replicate.__file__))"
    src = str((REPO / "src").resolve())
    target = VENVS / "ours"
    python = venv_python(target)
    found = probe(python, check) if python.exists() else None
    if found and found.startswith(src):
        return python
    log(f"creating {target}: this checkout (editable) with its runtime dependencies and [aiohttp]...")
    shutil.rmtree(target, ignore_errors=True)
    venv.create(target, with_pip=True)
    if pip(python, ["-e", f"{REPO}[aiohttp]"]):
        return python
    fallback = venv_python(REPO / ".venv")
    log(f"could not create {target}; using {fallback}, whose dev packages (trio) slow every cold start")
    return fallback


def byte_compile(python: Path, trees: List[Path]) -> None:
    """Write the ``.pyc`` files an installed wheel has (pip compiled the peers'): an editable checkout
    under ``PYTHONDONTWRITEBYTECODE=1`` would otherwise compile every module on every cold start."""
    for tree in trees:
        subprocess.run([str(python), "-m", "compileall", "-q", str(tree)], capture_output=True, check=False)


def pip(python: Path, requirements: List[str]) -> bool:
    cmd = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *requirements]
    return subprocess.run(cmd, cwd=str(HERE)).returncode == 0


def peer_python(peer: str, httpx_version: Optional[str]) -> Optional[Path]:
    """``benchmarks/.venvs/<peer>``, created once with ``pip install <package>==<version>``."""
    target = VENVS / peer
    python = venv_python(target)
    marker = target / ".benchmark-ready"
    if marker.exists() and python.exists():
        return python
    package, _, version = peer.rpartition("-")
    log(f"creating {target} ({package}=={version})...")
    shutil.rmtree(target, ignore_errors=True)
    venv.create(target, with_pip=True)
    requirement = f"{package}=={version}"
    # The same httpx as ours, so the comparison measures the SDKs rather than httpx versions.
    ok = bool(httpx_version) and pip(python, [requirement, f"httpx=={httpx_version}"])
    if not ok and not pip(python, [requirement]):
        log(f"could not install {requirement}; skipping it")
        return None
    marker.write_text(requirement + "\n")
    return python


VERSIONS_CODE = """
import json, sys
from importlib import metadata
out = {"python": sys.version.split()[0]}
for name in ("replicate", "httpx", "httpcore", "pydantic"):
    try:
        out[name] = metadata.version(name)
    except Exception:
        out[name] = None
print(json.dumps(out))
"""


# ---------------------------------------------------------------------------------------- the server


class Server:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "server.py"), "--port", "0"], stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().split()
        if len(line) != 2 or line[0] != "PORT":
            self.proc.kill()
            raise SystemExit("the benchmark server did not start")
        self.root = f"http://127.0.0.1:{line[1]}"

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


# ---------------------------------------------------------------------------------------- measuring


def median_of(rounds: List[Dict[str, Any]]) -> Dict[str, Any]:
    """Per metric, the median over the rounds that succeeded; failures and n/a are kept as such."""
    ok = [r for r in rounds if "failed" not in r and "na" not in r]
    if not ok:
        return dict(rounds[0]) if rounds else {"failed": "not run"}
    out: Dict[str, Any] = {}
    for key, value in ok[0].items():
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            out[key] = statistics.median(float(r[key]) for r in ok if key in r)
        else:
            out[key] = value
    if len(ok) < len(rounds):
        out["failed_rounds"] = [r.get("failed") for r in rounds if "failed" in r]
    out["rounds"] = rounds
    return out


def rotated(clients: List[str], shift: int) -> List[str]:
    shift %= len(clients)
    return clients[shift:] + clients[:shift]


def measure(
    pythons: Dict[str, Path],
    root: str,
    scenarios: Dict[str, Tuple[str, Dict[str, Any], int, float]],
    selected: List[str],
    cold_runs: int,
    env: Dict[str, str],
    peers_at_10000: bool = False,
) -> Dict[str, Dict[str, Any]]:
    clients = list(pythons)
    results: Dict[str, Dict[str, Any]] = {}
    if "cold" in selected:
        log(f"cold start: {cold_runs} fresh processes per client, interleaved")
        runs: Dict[str, List[Dict[str, Any]]] = {c: [] for c in clients}
        cold_clients = [c for c in clients if takes_part(c, "cold")]
        for i in range(cold_runs):
            for client in rotated(cold_clients, i):
                cmd = [str(pythons[client]), str(SCENARIOS / "cold.py"), client, root]
                runs[client].append(run_json(cmd, timeout=120, env=env))
        results["cold"] = {client: median_of(runs[client]) for client in cold_clients}
    for name, (scenario, params, rounds, limit) in scenarios.items():
        if name not in selected:
            continue
        log(f"{name}: {params}, {rounds} round(s)")
        taking_part = [c for c in clients if takes_part(c, scenario)]
        skipped = (
            {}
            if peers_at_10000
            else {c: PEERS_SKIP[name] for c in taking_part if c in PEERS and name in PEERS_SKIP}
        )
        taking_part = [c for c in taking_part if c not in skipped]
        per: Dict[str, List[Dict[str, Any]]] = {c: [] for c in taking_part}
        for r in range(rounds):
            for client in rotated(taking_part, r):
                cmd = [
                    str(pythons[client]),
                    str(SCENARIOS / "runner.py"),
                    client,
                    scenario,
                    root,
                    json.dumps(params),
                ]
                started = time.perf_counter()
                result = run_json(cmd, timeout=limit * WALL_PER_CPU, env=env, cpu_budget=limit)
                log(f"  {client:<18} {summary(result)}  ({time.perf_counter() - started:.1f} s)")
                per[client].append(result)
        results[name] = {client: median_of(per[client]) for client in taking_part}
        results[name].update({client: {"na": reason} for client, reason in skipped.items()})
    return results


def summary(result: Dict[str, Any]) -> str:
    if "na" in result:
        return "n/a"
    if "failed" in result:
        return "FAILED: " + str(result["failed"])
    keys = ("median_us", "median_ms", "wall_ms")
    parts = [f"{k}={result[k]:.1f}" for k in keys if k in result]
    if "errors" in result:
        parts.append(f"errors={result['errors']}")
    return " ".join(parts)


# ---------------------------------------------------------------------------------------- reporting


def cell(
    results: Dict[str, Dict[str, Any]], scenario: str, client: str, metric: str
) -> Tuple[Optional[float], str]:
    """The value and its text; n/a and failures carry their reason in the text."""
    result = results.get(scenario, {}).get(client)
    if result is None:
        return None, "-"
    if "na" in result:
        return None, "n/a"
    if "failed" in result and metric not in result:
        return None, "FAILED"
    value = result.get(metric)
    if not isinstance(value, (int, float)):
        return None, "-"
    value = float(value)
    if metric.endswith("_kib"):
        text = f"{value / 1024:.1f}"
    elif value >= 100:
        text = f"{value:,.0f}"
    else:
        text = f"{value:.2f}"
    errors = result.get("errors")
    if scenario in ERROR_ROWS and errors:
        text += f" ({int(errors)} err)"
        return None, text  # a run with errors has no meaningful time
    return value, text


def ratio(a: Optional[float], b: Optional[float]) -> Optional[float]:
    return a / b if a is not None and b not in (None, 0) else None


def round_ratios(
    results: Dict[str, Dict[str, Any]], scenario: str, client: str, metric: str, floor_client: str = "httpx"
) -> List[float]:
    """``client``/``floor_client`` round by round (both were measured in each round, one after the other)."""
    per = results.get(scenario, {})
    mine = per.get(client, {}).get("rounds") or []
    floor = per.get(floor_client, {}).get("rounds") or []
    out: List[float] = []
    for a, b in zip(mine, floor):
        if any(k in r for r in (a, b) for k in ("failed", "na")) or a.get("errors") or b.get("errors"):
            continue
        value = ratio(a.get(metric), b.get(metric))
        if value is not None:
            out.append(value)
    return out


def ratio_text(value: Optional[float], spread: List[float]) -> str:
    if value is None:
        return "-"
    if len(spread) < 2:
        return f"{value:.2f}x"
    return f"{value:.2f}x ({min(spread):.2f}-{max(spread):.2f})"


def build_report(results: Dict[str, Dict[str, Any]], clients: List[str]) -> Tuple[List[Dict[str, Any]], str]:
    peers = [c for c in clients if c in PEERS]
    rows: List[Dict[str, Any]] = []
    short = [SHORT.get(c, c) for c in clients]
    header = [
        "",
        *short,
        *(f"{SHORT.get(c, c)}/httpx" for c in clients if c != "httpx"),
        *(f"ours/{SHORT[p]}" for p in peers),
        *(["ours/typed"] if TYPED_FLOOR in clients else []),
        "target",
        "met",
    ]
    table: List[List[str]] = [header]
    for label, scenario, metric, target in ROWS:
        if scenario not in results:
            continue
        values: Dict[str, Optional[float]] = {}
        texts: List[str] = []
        for client in clients:
            values[client], text = cell(results, scenario, client, metric)
            texts.append(text)
        ratios = {c: ratio(values[c], values.get("httpx")) for c in clients if c != "httpx"}
        spreads = {c: round_ratios(results, scenario, c, metric) for c in ratios}
        versus = {p: ratio(values.get("ours"), values[p]) for p in peers}
        typed = (
            {TYPED_FLOOR: ratio(values.get("ours"), values.get(TYPED_FLOOR))}
            if TYPED_FLOOR in clients
            else {}
        )
        typed_spread = {c: round_ratios(results, scenario, "ours", metric, c) for c in typed}
        ours_ratio = ratios.get("ours")
        met: Optional[bool] = None
        if target is not None and "ours" in values:
            errors = results[scenario].get("ours", {}).get("errors")
            met = ours_ratio is not None and ours_ratio <= target and not errors
        rows.append(
            {
                "label": label,
                "scenario": scenario,
                "metric": metric,
                "values": values,
                "ratio_to_httpx": ratios,
                "ratio_to_httpx_by_round": spreads,
                "ours_vs_peer": versus,
                "ours_vs_typed_floor": typed,
                "ours_vs_typed_floor_by_round": typed_spread,
                "target_ratio": target,
                "met": met,
            }
        )
        table.append(
            [
                label,
                *texts,
                *(ratio_text(r, spreads[c]) for c, r in ratios.items()),
                *(f"{r:.2f}x" if r is not None else "-" for r in versus.values()),
                *(ratio_text(r, typed_spread[c]) for c, r in typed.items()),
                f"<= {target}x" if target is not None else "",
                {True: "yes", False: "NO", None: ""}[met],
            ]
        )
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    lines = []
    for n, row in enumerate(table):
        lines.append(
            "  ".join(
                text.ljust(widths[i]) if i == 0 else text.rjust(widths[i]) for i, text in enumerate(row)
            )
        )
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    notes = []
    for scenario, per in results.items():
        for client, result in per.items():
            if "na" in result:
                notes.append(f"n/a  {client} {scenario}: {result['na']}")
            elif "failed" in result:
                notes.append(f"FAIL {client} {scenario}: {result['failed']}")
            elif result.get("errors"):
                notes.append(f"ERR  {client} {scenario}: {result.get('error_types')}")
    return rows, "\n".join(lines + (["", *notes] if notes else []))


def machine() -> Dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "platform": platform.platform(),
        "loadavg_at_start": load,
        "harness_python": sys.version.split()[0],
    }


# ---------------------------------------------------------------------------------------- main


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="tiny counts: a check that everything runs")
    parser.add_argument(
        "--clients", default=",".join(ALL_CLIENTS), help="comma-separated subset of %(default)s"
    )
    parser.add_argument(
        "--no-peers", action="store_true", help="only ours and httpx (no virtualenvs, no network)"
    )
    parser.add_argument(
        "--scenarios", default=",".join(["cold", *FULL]), help="comma-separated subset of %(default)s"
    )
    parser.add_argument("--rounds", type=int, help="rounds per scenario (default: 3, 1 for 10,000 gets)")
    parser.add_argument(
        "--cold-runs", type=int, help="fresh processes per client for cold start (default 21)"
    )
    parser.add_argument(
        "--peers-at-10000", action="store_true", help="also run the published clients' 10,000 concurrent gets"
    )
    parser.add_argument("--python", help="interpreter for ours and httpx (default: .venv/bin/python)")
    parser.add_argument("--json", default=str(DEFAULT_JSON), help="where to write the results (%(default)s)")
    parser.add_argument(
        "--candidate",
        metavar="SRC",
        help="also measure 'ours+', this SDK with SRC (a src/ tree with a change) first on PYTHONPATH",
    )
    args = parser.parse_args(argv)

    clients = [c for c in args.clients.split(",") if c]
    if args.no_peers:
        clients = [c for c in clients if c not in PEERS]
    unknown = set(clients) - set(ALL_CLIENTS)
    if unknown:
        parser.error(f"unknown clients: {sorted(unknown)}")
    selected = [s for s in args.scenarios.split(",") if s]
    scenarios = dict(QUICK if args.quick else FULL)
    if args.rounds:
        scenarios = {k: (s, p, args.rounds, t) for k, (s, p, _, t) in scenarios.items()}
    cold_runs = args.cold_runs or (2 if args.quick else 21)

    ours = ours_python(args.python)
    httpx_version = probe(ours, "import httpx; print(httpx.__version__)")
    pythons: Dict[str, Path] = {}
    for client in clients:
        python = ours if client in LOCAL_CLIENTS else peer_python(client, httpx_version)
        if python is not None:
            pythons[client] = python
    if args.candidate:
        pythons[CANDIDATE] = ours
    clients = list(pythons)
    versions = {c: json.loads(probe(p, VERSIONS_CODE) or "{}") for c, p in pythons.items()}

    env = {k: v for k, v in os.environ.items() if not k.startswith("REPLICATE_")}
    if args.candidate:
        env[CANDIDATE_ENV] = str(Path(args.candidate).resolve())
    byte_compile(
        ours, [REPO / "src", HERE / "scenarios", *([Path(args.candidate)] if args.candidate else [])]
    )
    server = Server()
    started = time.time()
    try:
        results = measure(pythons, server.root, scenarios, selected, cold_runs, env, args.peers_at_10000)
    finally:
        server.stop()

    rows, table = build_report(results, clients)
    command = "python benchmarks/run.py" + (
        ""
        if argv is None and len(sys.argv) == 1
        else " " + " ".join(argv if argv is not None else sys.argv[1:])
    )
    report = {
        "command": command,
        "quick": args.quick,
        "machine": machine(),
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "duration_s": round(time.time() - started, 1),
        "clients": {c: {"python": str(pythons[c]), **versions[c]} for c in clients},
        "scenarios": {
            name: {"runner": s, "params": p, "rounds": r}
            for name, (s, p, r, _) in scenarios.items()
            if name in selected
        },
        "cold_runs": cold_runs if "cold" in selected else 0,
        "results": results,
        "rows": rows,
        "table": table,
    }
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n")
    m = report["machine"]
    print(
        f"{command}\nmachine: {m['nproc']} cores, {m['cpu']}, {m['platform']}; load at start {m['loadavg_at_start']}"
    )
    print(
        "clients: "
        + "; ".join(
            f"{c}: replicate {v.get('replicate')}, httpx {v.get('httpx')}, pydantic {v.get('pydantic')}, Python {v.get('python')}"
            for c, v in versions.items()
        )
    )
    print()
    print(table)
    print(
        "\nratios are to raw httpx in the same run, in brackets the lowest and highest per-round ratio;"
        f" 'ours/X' below 1x means ours is faster (or smaller). JSON: {out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
