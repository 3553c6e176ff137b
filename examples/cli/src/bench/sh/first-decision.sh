#!/bin/sh
# Fresh JVM to first decision: runs `java [OPTIONS] -jar examples/target/taperwise.jar evaluate` on one sample
# patient N times and prints the median, minimum and maximum wall time. Run from the repository root after
# `./mvnw -B -q package -DskipTests`. Usage: examples/cli/src/bench/sh/first-decision.sh [N] [JVM OPTIONS...]
#   examples/cli/src/bench/sh/first-decision.sh 15
#   examples/cli/src/bench/sh/first-decision.sh 15 -XX:SharedArchiveFile=taperwise.jsa
set -eu
n=${1:-15}
[ $# -gt 0 ] && shift
jar=examples/target/taperwise.jar
patient=examples/patients/04-oxycodone-mr.json
[ -f "$jar" ] || { echo "no $jar: build it first (./mvnw -B -q package -DskipTests)" >&2; exit 2; }
i=0
while [ "$i" -lt "$n" ]; do
    start=$(date +%s%N)
    java "$@" -jar "$jar" evaluate --format json "$patient" > /dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
    i=$((i + 1))
done | sort -n | awk '{ t[NR] = $1 }
    END { m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
          printf "first decision: median %.2f s (%.2f-%.2f s, %d runs)\n", m / 1000, t[1] / 1000, t[NR] / 1000, NR }'
