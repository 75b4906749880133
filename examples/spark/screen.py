#!/usr/bin/env python3
"""Screen a national stream of visits with earlyscreen on Apache Spark, and count the programme's
indicators.

Each partition of request lines is piped through `earlyscreen evaluate --lines` (the binary is
shipped with the job); the result lines are written out, each partition is tallied with
`earlyscreen tally --partial`, and the partial tallies are merged with `earlyscreen tally --merge`.
Tallies merge exactly, so the indicators are those of the whole stream however Spark splits it.

Local mode (what the tests run):
    python3 examples/spark/screen.py --master 'local[2]' --earlyscreen .build/release/earlyscreen \
        --input visits.jsonl --output out/ --by region,month
On a cluster:
    spark-submit --files /path/to/earlyscreen examples/spark/screen.py \
        --input hdfs:///screening/requests/ --output hdfs:///screening/results/ --by region,month

Writes OUTPUT/results/ (result lines, one per request line, in order within each partition) and
OUTPUT/tally.json (earlyscreen/tally@1); prints one summary line.
"""
import argparse
import os
import shutil
import subprocess
import sys

from pyspark import SparkConf, SparkContext, SparkFiles


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", required=True, help="request lines (a file, a folder, or hdfs:// …)")
    ap.add_argument("--output", required=True, help="a folder for results/ and tally.json (must not exist)")
    ap.add_argument("--earlyscreen", help="the binary on the driver (default: shipped with --files, or on PATH)")
    ap.add_argument("--by", default="", help="tally grouping: month, year or context keys, comma-separated")
    ap.add_argument("--partitions", type=int, default=0, help="minimum input partitions (default: Spark's)")
    ap.add_argument("--master", help="Spark master, e.g. local[2] (default: spark-submit's)")
    args = ap.parse_args()

    conf = SparkConf().setAppName("earlyscreen")
    if args.master:
        conf = conf.setMaster(args.master)
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")

    # The binary goes to every executor with the job; each partition runs it from there.
    local = args.earlyscreen or shutil.which("earlyscreen") or "earlyscreen"
    if os.path.exists(local):
        sc.addFile(os.path.abspath(local))
    name = os.path.basename(local)

    def run(partition, command):
        """Pipe one partition's lines through earlyscreen; exit 1 means some lines were rejected
        (their error lines are in the output), 2 that the stage failed."""
        exe = SparkFiles.get(name)
        os.chmod(exe, 0o755)
        data = "".join(line + "\n" for line in partition).encode()
        p = subprocess.run([exe] + command, input=data, capture_output=True,
                           env=dict(os.environ, SWIFT_BACKTRACE="enable=no"))
        if p.returncode not in (0, 1):
            raise RuntimeError("earlyscreen %s exited %d: %s" % (command[0], p.returncode, p.stderr.decode()[-500:]))
        return p.stdout.decode().splitlines()

    requests = sc.textFile(args.input, minPartitions=args.partitions or None)
    # --jobs 1: Spark already runs one task per core.
    results = requests.mapPartitions(lambda part: run(part, ["evaluate", "--lines", "--jobs", "1"])).cache()
    results.saveAsTextFile(os.path.join(args.output, "results"))

    tally_args = ["tally", "--partial", "--jobs", "1"] + (["--by", args.by] if args.by else [])
    partials = results.mapPartitions(lambda part: run(part, tally_args)).collect()
    merged = subprocess.run([local if os.path.exists(local) else SparkFiles.get(name), "tally", "--merge"],
                            input=("\n".join(partials) + "\n").encode(), capture_output=True, check=True).stdout
    with open(os.path.join(args.output, "tally.json"), "wb") as f:
        f.write(merged)
    print("earlyscreen on Spark: %d result lines in %d partitions, %d partial tallies merged into %s"
          % (results.count(), results.getNumPartitions(), len(partials), os.path.join(args.output, "tally.json")))
    sc.stop()


if __name__ == "__main__":
    sys.exit(main())
