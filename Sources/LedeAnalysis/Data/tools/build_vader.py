#!/usr/bin/env python3
"""Build-time tool: convert the data shipped with vaderSentiment 3.3.2 into Lede's data files.

Lede's sentiment engine is native Swift; this script only prepares its data.
It is not part of the product and is never run at run time.

Usage (from the repository root):

    python3 Sources/LedeAnalysis/Data/tools/build_vader.py [--source auto|download|installed]
                                                           [--wheel PATH] [--out DIR]

Where the package comes from:
  --source download   `pip download --no-deps vadersentiment==3.3.2` into a temporary
                      directory and read the wheel (needs PyPI).
  --source installed  read an already installed `vaderSentiment` 3.3.2 (pip install vadersentiment==3.3.2).
  --source auto       (default) the installed package if it is there, else download.
  --wheel PATH        read this wheel file instead (offline).

Every file read is checked against the SHA-256 published in the wheel's RECORD, so the
output is byte-identical whichever way the package was obtained.

Outputs (in Sources/LedeAnalysis/Data/vader/ unless --out is given):
  vader_lexicon.tsv            token<TAB>mean valence, every entry, stable-sorted by token (UTF-8 byte order)
  emoji_lexicon.tsv            emoji<TAB>description, every entry, sorted by emoji (UTF-8 byte order)
  vader_rules.json             booster/dampener dictionary, negation words, special-case idioms,
                               sentiment-laden idioms and numeric constants, read from the module
  LICENSE-vaderSentiment.txt   the package's MIT licence with a provenance header
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import importlib.util
import inspect
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from types import ModuleType

PACKAGE = "vadersentiment"
VERSION = "3.3.2"
WHEEL_NAME = "vaderSentiment-3.3.2-py2.py3-none-any.whl"
WHEEL_SHA256 = "3bf1d243b98b1afad575b9f22bc2cb1e212b94ff89ca74f8a23a588d024ea311"

# Paths inside the wheel and their SHA-256 (urlsafe base64, as in the wheel's RECORD).
MODULE_PATH = "vaderSentiment/vaderSentiment.py"
LEXICON_PATH = "vaderSentiment/vader_lexicon.txt"
EMOJI_PATH = "vaderSentiment/emoji_utf8_lexicon.txt"
LICENSE_PATH = "vaderSentiment-3.3.2.dist-info/LICENSE.txt"
RECORD_SHA256 = {
    MODULE_PATH: "Jc2BTSMAC0HA4kLZmWCDLGYgs_G4REaRc0BFAM5jIGs",
    LEXICON_PATH: "HsnG6e4Zqt4yj4vrOTpq-nGluzrPfTzCLU71aN83S_U",
    EMOJI_PATH: "uNVCI64c4io-EsH3RTFrcWeMMo619dMGOoQvN8--KCM",
    LICENSE_PATH: "dM_kHNv39pJa60wYwUjsjbBCVA7bZzn9gQaapOPIsRg",
}

TOOLS_DIR = Path(__file__).resolve().parent
DEFAULT_OUT = TOOLS_DIR.parent / "vader"


class SourceError(RuntimeError):
    pass


def _record_hash(data: bytes) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode("ascii")


class VaderPackage:
    """The files of vaderSentiment 3.3.2, verified, plus the imported reference module."""

    def __init__(self, root: Path, origin: str, tmp: tempfile.TemporaryDirectory | None = None):
        self.root = root          # directory containing vaderSentiment/ and the dist-info/
        self.origin = origin      # human-readable description of where it came from
        self._tmp = tmp           # keeps a temporary extraction alive
        self.files: dict[str, bytes] = {}
        for rel, expected in RECORD_SHA256.items():
            path = root / rel
            if not path.is_file():
                raise SourceError(f"{path} is missing")
            data = path.read_bytes()
            got = _record_hash(data)
            if got != expected:
                raise SourceError(f"{rel}: sha256 {got} does not match the 3.3.2 wheel ({expected})")
            self.files[rel] = data
        self.module = self._import_module()

    def _import_module(self) -> ModuleType:
        # Load the verified module file under a private name so that an unrelated
        # installed copy can never be picked up by mistake.  Importing it only runs
        # its module-level constant and class definitions (stdlib imports only).
        path = self.root / MODULE_PATH
        spec = importlib.util.spec_from_file_location("_lede_vader_reference", path)
        if spec is None or spec.loader is None:
            raise SourceError(f"cannot import {path}")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod

    def text(self, rel: str) -> str:
        return self.files[rel].decode("utf-8")

    def analyzer(self):
        return self.module.SentimentIntensityAnalyzer()


def _from_wheel(wheel: Path, origin: str) -> VaderPackage:
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        raise SourceError(f"{wheel}: sha256 {digest} is not that of {WHEEL_NAME} ({WHEEL_SHA256})")
    tmp = tempfile.TemporaryDirectory(prefix="lede-vader-")
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(tmp.name)
    return VaderPackage(Path(tmp.name), origin, tmp)


def _download() -> VaderPackage:
    tmp = tempfile.TemporaryDirectory(prefix="lede-vader-dl-")
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
           "--disable-pip-version-check", "-d", tmp.name, f"{PACKAGE}=={VERSION}"]
    print("running:", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, stdout=sys.stderr)
    wheel = Path(tmp.name) / WHEEL_NAME
    if not wheel.is_file():
        raise SourceError(f"pip download did not produce {WHEEL_NAME}: {os.listdir(tmp.name)}")
    pkg = _from_wheel(wheel, f"PyPI {PACKAGE} {VERSION} ({WHEEL_NAME}, via pip download)")
    pkg._dl_tmp = tmp  # keep the download directory alive as long as the package
    return pkg


def _installed() -> VaderPackage:
    import importlib.metadata as md
    try:
        dist = md.distribution("vaderSentiment")
    except md.PackageNotFoundError as exc:
        raise SourceError("vaderSentiment is not installed (pip install vadersentiment==3.3.2)") from exc
    if dist.version != VERSION:
        raise SourceError(f"installed vaderSentiment is {dist.version}, need {VERSION}")
    root = Path(dist.locate_file(""))
    return VaderPackage(root, f"PyPI {PACKAGE} {VERSION} (installed at {root})")


def load_package(source: str = "auto", wheel: str | None = None) -> VaderPackage:
    """Return the verified vaderSentiment 3.3.2 package (files + reference module)."""
    if wheel:
        return _from_wheel(Path(wheel), f"PyPI {PACKAGE} {VERSION} ({wheel})")
    if source == "installed":
        return _installed()
    if source == "download":
        return _download()
    try:
        return _installed()
    except SourceError as exc:
        print(f"note: {exc}; downloading instead", file=sys.stderr)
        return _download()


def add_source_arguments(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--source", choices=["auto", "download", "installed"], default="auto",
                    help="where to get vaderSentiment 3.3.2 (default: installed if present, else pip download)")
    ap.add_argument("--wheel", help=f"path to an already downloaded {WHEEL_NAME}")


# --------------------------------------------------------------------------- conversion


def _lexicon_rows(text: str) -> list[tuple[str, str]]:
    """Parse a lexicon file exactly the way the reference does: split on LF, strip each line
    (this also removes the CR of the CRLF line ends), keep the first two TAB-separated fields."""
    rows = []
    for line in text.rstrip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        fields = line.split("\t")
        if len(fields) < 2:
            raise ValueError(f"malformed lexicon line: {line!r}")
        token, value = fields[0], fields[1]
        if "\t" in token or "\n" in token or "\r" in token:
            raise ValueError(f"bad token {token!r}")
        rows.append((token, value))
    return rows


def _byte_sorted(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    # Stable sort on the UTF-8 bytes of the key: duplicated tokens keep their original
    # relative order, so "the later line wins" still holds after sorting.
    return sorted(rows, key=lambda r: r[0].encode("utf-8"))


def _tsv(rows: list[tuple[str, str]]) -> str:
    return "".join(f"{a}\t{b}\n" for a, b in rows)


def build_lexicon(pkg: VaderPackage) -> str:
    rows = _lexicon_rows(pkg.text(LEXICON_PATH))
    for token, value in rows:
        float(value)  # every valence must parse as a number
    # Cross-check against the reference's own parse (dict: last duplicate wins).
    ref = pkg.analyzer().lexicon
    mine: dict[str, float] = {}
    for token, value in rows:
        mine[token] = float(value)
    if mine != ref:
        raise AssertionError("lexicon parse differs from the reference SentimentIntensityAnalyzer.lexicon")
    return _tsv(_byte_sorted(rows))


def build_emoji(pkg: VaderPackage) -> str:
    rows = _lexicon_rows(pkg.text(EMOJI_PATH))
    if dict(rows) != pkg.analyzer().emojis:
        raise AssertionError("emoji parse differs from the reference SentimentIntensityAnalyzer.emojis")
    if len({k for k, _ in rows}) != len(rows):
        raise AssertionError("duplicate emoji keys")
    return _tsv(_byte_sorted(rows))


def build_license(pkg: VaderPackage) -> str:
    text = pkg.text(LICENSE_PATH).replace("\r\n", "\n").replace("\r", "\n").rstrip("\n") + "\n"
    header = (
        f"Source: PyPI {PACKAGE} {VERSION} ({WHEEL_NAME}), vaderSentiment by C.J. Hutto "
        f"(https://github.com/cjhutto/vaderSentiment). vader_lexicon.tsv, emoji_lexicon.tsv and "
        f"vader_rules.json were converted from it by tools/build_vader.py. "
        f"The licence text below is the package's LICENSE.txt, verbatim (line endings normalised to LF).\n"
        "\n"
    )
    return header + text


def _num(x) -> float:
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        raise TypeError(f"expected a number, got {x!r}")
    return float(x)


def build_rules(pkg: VaderPackage) -> str:
    m = pkg.module
    alpha = inspect.signature(m.normalize).parameters["alpha"].default

    # Numeric parameters of the method that are literals inside the reference's functions
    # rather than module attributes.  They are stated here (they are part of VADER's
    # published method description) and every one is checked against the reference's
    # behaviour below, so a mismatch fails the build instead of shipping wrong data.
    method = {
        "exclamation_increment": 0.292,
        "exclamation_max_count": 4,
        "question_increment": 0.18,
        "question_min_count": 2,
        "question_max_count": 3,
        "question_cap_amplifier": 0.96,
        "booster_distance_scale": [1.0, 0.95, 0.9],
        "never_so_this_scalar": 1.25,
        "but_before_scalar": 0.5,
        "but_after_scalar": 1.5,
        "negation_window": 3,
        "compound_round_digits": 4,
        "proportion_round_digits": 3,
    }
    SIA = m.SentimentIntensityAnalyzer
    for n in range(0, 8):
        want = min(n, method["exclamation_max_count"]) * method["exclamation_increment"]
        assert SIA._amplify_ep("!" * n) == want, ("!", n)
        if n < method["question_min_count"]:
            want_q = 0
        elif n <= method["question_max_count"]:
            want_q = n * method["question_increment"]
        else:
            want_q = method["question_cap_amplifier"]
        assert SIA._amplify_qm("?" * n) == want_q, ("?", n)
    assert SIA._but_check(["a", "but", "b"], [2.0, 0.0, 2.0]) == [
        2.0 * method["but_before_scalar"], 0.0, 2.0 * method["but_after_scalar"]]
    assert SIA._negation_check(1.0, ["never", "so", "x"], 1, 2) == method["never_so_this_scalar"]
    ana = pkg.analyzer()
    # booster at distance 1, 2, 3 in front of "good" (1.9); "x" is not in the lexicon
    for dist, scale in enumerate(method["booster_distance_scale"]):
        words = ["x", "x", "x", "very"] + ["x"] * dist + ["good"]
        sents = ana.sentiment_valence(0, m.SentiText(" ".join(words)), "good", len(words) - 1, [])
        assert abs(sents[-1] - (ana.lexicon["good"] + m.B_INCR * scale)) < 1e-12, (dist, sents)

    rules = {
        "source": {
            "package": PACKAGE,
            "version": VERSION,
            "wheel": WHEEL_NAME,
            "wheel_sha256": WHEEL_SHA256,
            "author": "C.J. Hutto",
            "license": "MIT (see LICENSE-vaderSentiment.txt)",
            "generated_by": "Sources/LedeAnalysis/Data/tools/build_vader.py",
        },
        "constants": {
            "B_INCR": _num(m.B_INCR),
            "B_DECR": _num(m.B_DECR),
            "C_INCR": _num(m.C_INCR),
            "N_SCALAR": _num(m.N_SCALAR),
            "NORMALIZE_ALPHA": _num(alpha),
        },
        "method_parameters": method,
        # word or phrase -> scalar (B_INCR for boosters, B_DECR for dampeners)
        "booster_dict": {k: _num(v) for k, v in sorted(m.BOOSTER_DICT.items())},
        # order as in the module; membership is all that matters
        "negate": list(m.NEGATE),
        # used by the special-idiom check (phrase -> valence that replaces the word's valence)
        "special_cases": {k: _num(v) for k, v in sorted(m.SPECIAL_CASES.items())},
        # defined by the module but NOT used by polarity_scores in 3.3.2 ("future work")
        "sentiment_laden_idioms": {k: _num(v) for k, v in sorted(m.SENTIMENT_LADEN_IDIOMS.items())},
    }
    return json.dumps(rules, indent=2, ensure_ascii=False) + "\n"


def write(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(content)
    print(f"wrote {path} ({len(content.encode('utf-8'))} bytes)", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_source_arguments(ap)
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="output directory (default: %(default)s)")
    args = ap.parse_args(argv)

    pkg = load_package(args.source, args.wheel)
    print(f"using {pkg.origin}", file=sys.stderr)
    out = Path(args.out)
    write(out / "vader_lexicon.tsv", build_lexicon(pkg))
    write(out / "emoji_lexicon.tsv", build_emoji(pkg))
    write(out / "vader_rules.json", build_rules(pkg))
    write(out / "LICENSE-vaderSentiment.txt", build_license(pkg))
    return 0


if __name__ == "__main__":
    sys.exit(main())
