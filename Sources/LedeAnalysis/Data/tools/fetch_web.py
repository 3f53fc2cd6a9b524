#!/usr/bin/env python3
"""Build-time tool: fetch the web libraries and the world basemap that HTML reports embed.

Lede writes HTML reports itself (Sources/LedeReport/Renderers/HTMLRenderer.swift); this script
only vendors what those pages need, from pinned packages, into Sources/LedeAnalysis/Data/web/.
It is not part of the product and is never run at run time.

Usage (from the repository root; needs pip, apt-get and dpkg-deb, and the network):

    python3 Sources/LedeAnalysis/Data/tools/fetch_web.py [--out DIR] [--keep DIR]

What it fetches, each checked against the SHA-256 pinned below before it is used:
  vl-convert-python 1.9.0.post1 (PyPI wheel, BSD-3-Clause): its `javascript_bundle()` gives
      Vega 6.2.0, Vega-Lite 6.4 and Vega-Embed 7.0.2 with their dependencies in one script.
      The wheel is installed into a throw-away virtual environment to call that function.
  libjs-leaflet 1.7.1~dfsg-7 (Debian bookworm, BSD-2-Clause): leaflet.min.js and leaflet.css.
  geopandas 0.14.4 (PyPI wheel, BSD-3-Clause): the Natural Earth 1:110m countries it ships
      (public domain), read from the shapefile and written in a compact form (below).

Outputs (in Sources/LedeAnalysis/Data/web/ unless --out is given):
  vega.min.js      the Vega bundle, as vl-convert builds it
  leaflet.min.js   Leaflet, unchanged
  leaflet.css      Leaflet's style sheet with its url(…) references (icon images, old IE's VML
                   behaviour) removed, so that a page never asks for a file (Lede draws circle
                   markers, not icon markers, and no layer control)
  countries.json   {"scale": 10, "countries": [{"name", "iso", "rings": [[x, y, dx, dy, …]]}]}:
                   every polygon ring as integer tenths of a degree, the first point absolute and
                   the others as differences, repeated points dropped (the page decodes it)
  LICENSE-vega.txt, LICENSE-leaflet.txt   the licences, with a provenance header
  SOURCES.txt      the SHA-256 of every input package and output file
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import struct
import subprocess
import sys
import tempfile
import venv
import zipfile
from pathlib import Path

VL_CONVERT = ("vl-convert-python", "1.9.0.post1")
VL_CONVERT_WHEEL = "vl_convert_python-1.9.0.post1-cp37-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"
VL_CONVERT_SHA256 = "3c1558fa0055e88c465bd3d71760cde9fa2c94a95f776a0ef9178252fd820b1f"
VEGA_LITE_VERSION = "6.4"

LEAFLET = ("libjs-leaflet", "1.7.1~dfsg-7")
LEAFLET_DEB_SHA256 = "a95fde629e1019ec3c56be88c7bbaa70e1c33e87b805a4abbb094a52ec40b467"

GEOPANDAS = ("geopandas", "0.14.4")
GEOPANDAS_WHEEL = "geopandas-0.14.4-py3-none-any.whl"
GEOPANDAS_SHA256 = "3bb6473cb59d51e1a7fe2dbc24a1a063fb0ebdeddf3ce08ddbf8c7ddc99689aa"
SHAPEFILE = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"

# Tenths of a degree (about 11 km): finer than the 1:110m source shows at any zoom Leaflet
# reaches on a page-wide map, and it keeps countries.json near 60 KB.
SCALE = 10


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def checked(path: Path, expected: str) -> Path:
    got = sha256(path)
    if got != expected:
        sys.exit(f"fetch_web: {path.name}: SHA-256 {got}, expected {expected}")
    return path


def pip_download(name: str, version: str, wheel: str, expected: str, into: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
         "--platform", "manylinux2014_x86_64", "--python-version", "3.11",
         "-d", str(into), f"{name}=={version}"],
        check=True)
    return checked(into / wheel, expected)


def apt_download(name: str, version: str, expected: str, into: Path) -> Path:
    subprocess.run(["apt-get", "download", "-q", f"{name}={version}"], cwd=into, check=True)
    debs = sorted(into.glob(f"{name}_*.deb"))
    if len(debs) != 1:
        sys.exit(f"fetch_web: apt-get download {name}={version} gave {debs}")
    return checked(debs[0], expected)


def vega_bundle(wheel: Path, work: Path) -> str:
    env = work / "venv"
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-index", "--no-deps", str(wheel)],
                   check=True)
    script = ("import sys, vl_convert as v; "
              f"sys.stdout.write(v.javascript_bundle(vl_version={VEGA_LITE_VERSION!r}))")
    return subprocess.run([str(python), "-c", script], check=True, capture_output=True,
                          text=True).stdout


def read_dbf(data: bytes) -> list[dict[str, str]]:
    """The records of a dBase III table (the shapefile's attributes), as text."""
    count, header_length, record_length = struct.unpack("<IHH", data[4:12])
    fields, offset = [], 32
    while data[offset] != 0x0D:
        name = data[offset:offset + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[offset + 16]))
        offset += 32
    records = []
    for i in range(count):
        at = header_length + i * record_length + 1  # skip the deletion flag
        record = {}
        for name, length in fields:
            record[name] = data[at:at + length].decode("latin-1").strip()  # the .cpg says ISO-8859-1
            at += length
        records.append(record)
    return records


def read_polygons(data: bytes) -> list[list[list[tuple[float, float]]]]:
    """The rings of every Polygon record (type 5) of a shapefile, in file order."""
    shapes, offset = [], 100
    while offset < len(data):
        _, words = struct.unpack(">ii", data[offset:offset + 8])
        content = data[offset + 8:offset + 8 + words * 2]
        offset += 8 + words * 2
        (kind,) = struct.unpack("<i", content[:4])
        if kind != 5:
            sys.exit(f"fetch_web: shape type {kind} where a polygon (5) was expected")
        parts, points = struct.unpack("<ii", content[36:44])
        starts = list(struct.unpack(f"<{parts}i", content[44:44 + 4 * parts])) + [points]
        base = 44 + 4 * parts
        xy = struct.unpack(f"<{2 * points}d", content[base:base + 16 * points])
        shapes.append([[(xy[2 * j], xy[2 * j + 1]) for j in range(starts[k], starts[k + 1])]
                       for k in range(parts)])
    return shapes


def compact_ring(ring: list[tuple[float, float]]) -> list[int] | None:
    out, last = [], None
    for x, y in ring:
        point = (round(x * SCALE), round(y * SCALE))
        if point == last:
            continue
        if last is None:
            out += point
        else:
            out += (point[0] - last[0], point[1] - last[1])
        last = point
    return out if len(out) >= 8 else None  # a ring needs three points and its closing one


def countries(wheel: Path) -> str:
    with zipfile.ZipFile(wheel) as z:
        shapes = read_polygons(z.read(SHAPEFILE + ".shp"))
        records = read_dbf(z.read(SHAPEFILE + ".dbf"))
    if len(shapes) != len(records):
        sys.exit(f"fetch_web: {len(shapes)} shapes but {len(records)} attribute records")
    items = []
    for shape, record in zip(shapes, records):
        rings = [r for r in (compact_ring(ring) for ring in shape) if r]
        if rings:
            items.append({"name": record["name"], "iso": record["iso_a3"], "rings": rings})
    items.sort(key=lambda c: c["name"])
    return json.dumps({"scale": SCALE, "countries": items}, ensure_ascii=False,
                      separators=(",", ":")) + "\n"


def without_urls(css: str) -> str:
    import re
    return re.sub(r"[a-z-]+:url\([^)]*\);?", "", css).replace("/*# sourceMappingURL=leaflet.css.map */", "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    root = Path(__file__).resolve().parents[1]
    parser.add_argument("--out", type=Path, default=root / "web")
    parser.add_argument("--keep", type=Path, help="keep the downloaded packages in this folder")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        vl = pip_download(*VL_CONVERT, VL_CONVERT_WHEEL, VL_CONVERT_SHA256, work)
        gp = pip_download(*GEOPANDAS, GEOPANDAS_WHEEL, GEOPANDAS_SHA256, work)
        deb = apt_download(*LEAFLET, LEAFLET_DEB_SHA256, work)
        extracted = work / "leaflet"
        subprocess.run(["dpkg-deb", "-x", str(deb), str(extracted)], check=True)
        leaflet = extracted / "usr/share/javascript/leaflet"

        (args.out / "vega.min.js").write_text(vega_bundle(vl, work) + "\n")
        shutil.copyfile(leaflet / "leaflet.min.js", args.out / "leaflet.min.js")
        (args.out / "leaflet.css").write_text(without_urls((leaflet / "leaflet.css").read_text()).rstrip() + "\n")
        (args.out / "countries.json").write_text(countries(gp))
        with zipfile.ZipFile(vl) as z:
            vl_license = z.read("vl_convert_python-1.9.0.post1.dist-info/licenses/LICENSE").decode()
        (args.out / "LICENSE-vega.txt").write_text(
            "vega.min.js: the bundle of Vega 6.2.0, Vega-Lite 6.4 and Vega-Embed 7.0.2 (BSD-3-Clause,\n"
            "University of Washington Interactive Data Lab) with their dependencies (d3 modules: ISC;\n"
            "others: BSD-3-Clause, MIT), as built by vl-convert-python 1.9.0.post1 (PyPI), whose\n"
            "licence follows.\n\n" + vl_license)
        (args.out / "LICENSE-leaflet.txt").write_text(
            "leaflet.min.js and leaflet.css: Leaflet 1.7.1 from Debian's libjs-leaflet 1.7.1~dfsg-7.\n"
            "Debian's copyright file follows.\n\n"
            + (extracted / "usr/share/doc/libjs-leaflet/copyright").read_text())

        outputs = ["vega.min.js", "leaflet.min.js", "leaflet.css", "countries.json",
                   "LICENSE-vega.txt", "LICENSE-leaflet.txt"]
        lines = ["# SHA-256 of the packages read and the files written by tools/fetch_web.py", ""]
        lines += [f"{sha256(p)}  {p.name}" for p in (vl, gp, deb)]
        lines += [""] + [f"{sha256(args.out / name)}  web/{name}" for name in outputs]
        (args.out / "SOURCES.txt").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
