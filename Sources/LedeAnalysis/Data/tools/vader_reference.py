#!/usr/bin/env python3
"""Build-time tool: score a sentences file with the reference VADER (vaderSentiment 3.3.2).

The output is the golden file that Lede's native Swift sentiment engine is tested against.

Usage (from the repository root):

    python3 Sources/LedeAnalysis/Data/tools/vader_reference.py [SENTENCES] [OUT]
            [--source auto|download|installed] [--wheel PATH]

SENTENCES  UTF-8 text, one sentence per line, LF line ends, final LF
           (default: Tests/LedeAnalysisTests/Fixtures/vader_sentences.txt).
           Every line, including an empty one, is a sentence; only the final LF is a terminator.
OUT        TSV written with one line per sentence, in input order:
               compound<TAB>pos<TAB>neu<TAB>neg<TAB>sentence
           The numbers are Python's repr of the floats returned by
           SentimentIntensityAnalyzer().polarity_scores(sentence), i.e. exactly what the
           reference prints (compound rounded to 4 places, the others to 3).
           (default: Tests/LedeAnalysisTests/Fixtures/vader_reference.tsv)

The reference package is obtained and verified by build_vader.py (same --source/--wheel options).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep the source tree free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_vader  # noqa: E402  (sibling build-time module)

REPO_ROOT = Path(__file__).resolve().parents[4]
FIXTURES = REPO_ROOT / "Tests" / "LedeAnalysisTests" / "Fixtures"

# Characters that would break "one sentence per line" for some line readers
# (Python's str.splitlines, Foundation's line enumeration, or a TSV reader).
FORBIDDEN = {"\t": "TAB", "\r": "CR", "\n": "LF", "\x0b": "VT", "\x0c": "FF", "\x1c": "FS",
             "\x1d": "GS", "\x1e": "RS", "\x85": "NEL", "\u2028": "LINE SEPARATOR",
             "\u2029": "PARAGRAPH SEPARATOR"}


def read_sentences(path: Path) -> list[str]:
    data = path.read_bytes().decode("utf-8")  # strict: must be valid UTF-8
    if data.startswith("\ufeff"):
        raise SystemExit(f"{path}: must not start with a BOM")
    if not data.endswith("\n"):
        raise SystemExit(f"{path}: must end with a newline")
    lines = data[:-1].split("\n")
    for n, line in enumerate(lines, 1):
        for ch, name in FORBIDDEN.items():
            if ch in line:
                raise SystemExit(f"{path}:{n}: sentence contains {name}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sentences", nargs="?", default=str(FIXTURES / "vader_sentences.txt"))
    ap.add_argument("out", nargs="?", default=str(FIXTURES / "vader_reference.tsv"))
    build_vader.add_source_arguments(ap)
    args = ap.parse_args(argv)

    sentences = read_sentences(Path(args.sentences))
    pkg = build_vader.load_package(args.source, args.wheel)
    print(f"using {pkg.origin}", file=sys.stderr)
    analyzer = pkg.analyzer()

    out_lines = []
    for s in sentences:
        r = analyzer.polarity_scores(s)
        out_lines.append(f"{r['compound']!r}\t{r['pos']!r}\t{r['neu']!r}\t{r['neg']!r}\t{s}\n")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.writelines(out_lines)
    print(f"wrote {out}: {len(out_lines)} sentences", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
