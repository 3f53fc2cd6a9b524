#!/usr/bin/env python3
"""Run a Lede plugin over JSON Lines shards with Apache Spark, and merge the partial reports.

Each Spark partition is piped into `lede report NAME - --partial` on a worker; the partial
reports (one JSON line each) come back to the driver and `lede merge` renders the report that
one `lede report NAME` over the whole corpus would print, byte for byte.

The driver ships Lede to the workers as one archive (SparkContext.addArchive): the installed
layout of `make install` (bin/lede, share/lede/plugins, share/lede/data), any extra plugin
folder, and the shared libraries the binary links that are not part of glibc, so workers need
neither Swift nor Lua installed.

    spark-submit Scripts/spark/lede_spark.py --lede-home /opt/lede --plugin overview \\
        --format md --output overview.md 'hdfs:///news/2024/*.jsonl'

Articles that cannot be read (a malformed JSON line) are counted in the partials and reported
by `lede merge` as a warning; they never fail the job. A plugin error does.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile

ARCHIVE = "lede-bundle.tar.gz"
# Libraries every Linux worker has (glibc and the loader): never bundled.
SYSTEM_LIBS = ("libc.so", "libm.so", "libpthread.so", "libdl.so", "librt.so", "ld-linux", "linux-vdso")


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("inputs", nargs="+", help="JSON Lines files, folders or globs (any path Spark reads)")
    p.add_argument("--plugin", required=True, help="the plugin to run (it must be mergeable)")
    p.add_argument("--param", action="append", default=[], metavar="KEY=VALUE", help="a plugin parameter")
    p.add_argument("--plugins", metavar="DIR", help="an extra plugin folder, shipped to the workers too")
    p.add_argument("--aliases", metavar="FILE",
                   help="entity aliases (lede --aliases): one shared table, shipped to every map step")
    p.add_argument("--lede-home", metavar="PREFIX",
                   help="an installed Lede (PREFIX/bin/lede, PREFIX/share/lede); default: from `lede` on PATH")
    p.add_argument("--format", default="text", help="text, json, csv, md, geojson or html")
    p.add_argument("--output", metavar="FILE", help="write the report to FILE instead of standard output")
    p.add_argument("--partials", metavar="FILE", help="also keep the merged partial report in FILE")
    p.add_argument("--partitions", type=int, help="read the input into at least this many partitions")
    p.add_argument("--merge-partitions", type=int, metavar="K",
                   help="merge the partials on the workers into K partials before collecting them")
    p.add_argument("--map", action="append", default=[], metavar="PART=FIELD",
                   help="read an article part from a JSON field (passed to lede)")
    p.add_argument("--master", help="Spark master for a run without spark-submit, e.g. local[2]")
    return p.parse_args(argv)


def lede_home(args):
    if args.lede_home:
        return os.path.abspath(args.lede_home)
    found = shutil.which("lede")
    if not found:
        sys.exit("lede_spark: no --lede-home and no lede on PATH (make install PREFIX=… makes one)")
    return os.path.dirname(os.path.dirname(os.path.realpath(found)))


def shared_libraries(binary):
    """The non-glibc shared libraries `binary` loads, as ldd resolves them here."""
    out = subprocess.run(["ldd", binary], capture_output=True, text=True, check=True).stdout
    paths = []
    for line in out.splitlines():
        parts = line.split("=>")
        if len(parts) != 2:
            continue
        path = parts[1].strip().split(" (")[0].strip()
        if path.startswith("/") and not any(s in os.path.basename(path) for s in SYSTEM_LIBS):
            paths.append(path)
    return paths


def bundle(home, extra_plugins, aliases, directory):
    """Packs Lede's installed layout, extra plugins, the aliases and libraries into one archive."""
    binary = os.path.join(home, "bin", "lede")
    if not os.access(binary, os.X_OK):
        sys.exit(f"lede_spark: {binary} is not an executable lede")
    path = os.path.join(directory, ARCHIVE)
    with tarfile.open(path, "w:gz") as tar:
        tar.add(binary, arcname="bin/lede")
        share = os.path.join(home, "share", "lede")
        if os.path.isdir(share):
            tar.add(share, arcname="share/lede")
        if extra_plugins:
            tar.add(extra_plugins, arcname="plugins")
        if aliases:
            tar.add(aliases, arcname="aliases")
        for lib in shared_libraries(binary):
            tar.add(lib, arcname="lib/" + os.path.basename(lib))
    return path


def plugin_options(root, args):
    """--plugins for the shipped extra plugin folder, when there is one."""
    return ["--plugins", os.path.join(root, "plugins")] if args.plugins else []


def alias_options(root, args):
    """--aliases for the shipped alias table, when there is one."""
    return ["--aliases", os.path.join(root, "aliases")] if args.aliases else []


def worker_env(root):
    env = dict(os.environ)
    libs = os.path.join(root, "lib")
    env["LD_LIBRARY_PATH"] = libs + (":" + env["LD_LIBRARY_PATH"] if env.get("LD_LIBRARY_PATH") else "")
    env["LEDE_DATA_DIR"] = os.path.join(root, "share", "lede", "data")
    return env


def run_lede(root, argv, data):
    proc = subprocess.run(argv, input=data, capture_output=True, env=worker_env(root))
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[1:3])} exited {proc.returncode}: {proc.stderr.decode(errors='replace')}")
    return proc.stdout.decode()


def main(argv):
    args = parse_args(argv)
    from pyspark import SparkFiles
    from pyspark.sql import SparkSession

    home = lede_home(args)
    workdir = tempfile.mkdtemp(prefix="lede-spark-")
    archive = bundle(home, args.plugins, args.aliases, workdir)

    builder = SparkSession.builder.appName(f"lede {args.plugin}")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.addArchive(archive)

    report_options = [x for p in args.param for x in ("--param", p)]
    report_options += [x for m in args.map for x in ("--map", m)]
    plugin = args.plugin

    def partial_of_partition(lines):
        root = SparkFiles.get(ARCHIVE)
        lede = os.path.join(root, "bin", "lede")
        data = "".join(line + "\n" for line in lines).encode()
        # An empty partition still gives a partial: the empty one, which merges as nothing.
        argv = [lede, "report", plugin, "-", "--partial", "--quiet"] + report_options
        yield run_lede(root, argv + plugin_options(root, args) + alias_options(root, args), data)

    def merge_partition(partials):
        root = SparkFiles.get(ARCHIVE)
        argv = [os.path.join(root, "bin", "lede"), "merge", "-", "--partial"] + plugin_options(root, args)
        yield run_lede(root, argv, "".join(partials).encode())

    lines = sc.textFile(",".join(args.inputs), minPartitions=args.partitions) if args.partitions \
        else sc.textFile(",".join(args.inputs))
    partials = lines.mapPartitions(partial_of_partition)
    if args.merge_partitions:
        partials = partials.coalesce(args.merge_partitions).mapPartitions(merge_partition)
    collected = partials.collect()
    spark.stop()

    # The driver merges with the same Lede, unpacked from the same archive.
    local = os.path.join(workdir, "local")
    with tarfile.open(archive) as tar:
        tar.extractall(local)
    lede = os.path.join(local, "bin", "lede")
    text = "".join(collected).encode()
    if args.partials:
        merged = run_lede(local, [lede, "merge", "-", "--partial"] + plugin_options(local, args), text)
        with open(args.partials, "w") as f:
            f.write(merged)
    command = [lede, "merge", "-", "--format", args.format] + plugin_options(local, args)
    if args.output:
        command += ["--output", args.output]
    result = subprocess.run(command, input=text, env=worker_env(local))
    shutil.rmtree(workdir, ignore_errors=True)
    print(f"lede_spark: merged {len(collected)} partial reports", file=sys.stderr)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
