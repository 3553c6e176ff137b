#!/bin/sh
# Fresh JVM to first decision: runs `java [OPTIONS] -jar examples/target/taperwise.jar evaluate` on one sample
# patient N times, or with --launcher the build's launcher `examples/target/bin/taperwise evaluate` (which adds the
# class-data archive and the first JIT tier, see the script), and prints the median, minimum and maximum wall time
# and the median CPU time (user + system, from /usr/bin/time when the machine has it: on a shared machine the CPU
# time is the steadier figure). Run from the repository root after `./mvnw -B -q package -DskipTests`.
# Usage: examples/cli/src/bench/sh/first-decision.sh [N] [--launcher | JVM OPTIONS...]
#   examples/cli/src/bench/sh/first-decision.sh 15
#   examples/cli/src/bench/sh/first-decision.sh 15 --launcher
#   examples/cli/src/bench/sh/first-decision.sh 15 -XX:SharedArchiveFile=examples/target/taperwise.jsa
set -eu
n=${1:-15}
[ $# -gt 0 ] && shift
jar=${TAPERWISE_JAR:-examples/target/taperwise.jar}
launcher=examples/target/bin/taperwise
patient=examples/patients/04-oxycodone-mr.json
[ -f "$jar" ] || { echo "no $jar: build it first (./mvnw -B -q package -DskipTests)" >&2; exit 2; }
use_launcher=no
if [ "${1-}" = "--launcher" ]; then use_launcher=yes; shift; fi
cpu=$(mktemp)
trap 'rm -f "$cpu"' EXIT
i=0
while [ "$i" -lt "$n" ]; do
    start=$(date +%s%N)
    if [ -x /usr/bin/time ]; then
        if [ $use_launcher = yes ]; then
            /usr/bin/time -a -o "$cpu" -f '%U %S' "$launcher" evaluate --format json "$patient" > /dev/null
        else
            /usr/bin/time -a -o "$cpu" -f '%U %S' java "$@" -jar "$jar" evaluate --format json "$patient" > /dev/null
        fi
    elif [ $use_launcher = yes ]; then
        "$launcher" evaluate --format json "$patient" > /dev/null
    else
        java "$@" -jar "$jar" evaluate --format json "$patient" > /dev/null
    fi
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
    i=$((i + 1))
done | sort -n | awk '{ t[NR] = $1 }
    END { m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
          printf "first decision: median %.2f s (%.2f-%.2f s, %d runs)\n", m / 1000, t[1] / 1000, t[NR] / 1000, NR }'
if [ -s "$cpu" ]; then
    awk '{ print $1 + $2 }' "$cpu" | sort -n | awk '{ t[NR] = $1 }
        END { m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
              printf "CPU (user + system): median %.2f s (%.2f-%.2f s)\n", m, t[1], t[NR] }'
fi
