#!/bin/sh
# What one executor core gives: the job in local mode on ONE core (local[1], the driver and the one executor thread in
# one JVM, pinned to CPU 0 with taskset), JSON Lines in and out, on a seeded cohort, with screen pinned to the same
# core beside it for comparison.
#   examples/spark/src/bench/sh/throughput.sh [PATIENTS [SHAPE]]   (from the repository root; default 80000 synthetic)
# SHAPE is passed to WriteCohort as --shape SHAPE when given (realistic, once that generator is on the branch).
# Prints the job's wall time (spark-submit to exit, so JVM start, Spark start and the engine's load included) and the
# run time the job itself reports (reading, evaluating, writing and counting; summary.json "seconds"). Needs
# ./mvnw -B -o package -DskipTests first. Not run by CI.
set -eu
cd "$(dirname "$0")/../../../../.."
N=${1:-80000}
SHAPE=${2:-}
. examples/spark/src/bench/sh/spark-env.sh
echo "work folder: $WORK"
if [ -n "$SHAPE" ]; then
    java -cp examples/target/taperwise.jar org.taperwise.examples.cohort.WriteCohort --shape "$SHAPE" "$N" 7 "$WORK/cohort.jsonl"
else
    java -cp examples/target/taperwise.jar org.taperwise.examples.cohort.WriteCohort "$N" 7 "$WORK/cohort.jsonl"
fi
SHA256=$(java -jar examples/target/taperwise.jar verify builtin | sed -n 's/.*(sha256 \([0-9a-f]*\)).*/\1/p')

# pinned to one CPU; /usr/bin/time adds the process's CPU seconds (user + system), which a busy machine inflates less
# than the wall time
ONE_CORE="/usr/bin/time -f %U+%S -o $WORK/cpu taskset -c 0"
start=$(date +%s.%N)
# spark-submit --driver-memory 2g, as its script does it in client mode: the heap of the JVM it starts
# shellcheck disable=SC2086
$ONE_CORE java -Xmx2g $SPARK_JAVA_OPTS -cp "$SPARK_HOME/conf:$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit \
    --master 'local[1]' --class org.taperwise.examples.spark.SparkScreen "$JAR" \
    --input "$WORK/cohort.jsonl" --output "$WORK/out" --ruleset-sha256 "$SHA256" 2>"$WORK/job.err"
end=$(date +%s.%N)
grep "taperwise-spark:" "$WORK/job.err"
job=$(awk "BEGIN { print $end - $start }")
jobcpu=$(awk -F+ '{ print $1 + $2 }' "$WORK/cpu")
inner=$(sed -n 's/.*"seconds" : \([0-9.]*\).*/\1/p' "$WORK/out/summary.json")
echo "job, local[1]: $N patients in $job s wall ($(awk "BEGIN { printf \"%.0f\", $N / $job }")/s);" \
    "$inner s from reading to counting ($(awk "BEGIN { printf \"%.0f\", $N / $inner }")/s); $jobcpu s of CPU"

start=$(date +%s.%N)
$ONE_CORE java -jar examples/target/taperwise.jar screen --threads 1 "$WORK/cohort.jsonl" --out "$WORK/screen.jsonl" \
    2>"$WORK/screen.err"
end=$(date +%s.%N)
screen=$(awk "BEGIN { print $end - $start }")
screencpu=$(awk -F+ '{ print $1 + $2 }' "$WORK/cpu")
echo "screen --threads 1, one core: $N patients in $screen s wall ($(awk "BEGIN { printf \"%.0f\", $N / $screen }")/s); $screencpu s of CPU"
rm -rf "$WORK/spark-home" "$WORK/cohort.jsonl" "$WORK/screen.jsonl" "$WORK/out"
