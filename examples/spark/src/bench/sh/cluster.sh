#!/bin/sh
# Proves the README's cluster command: starts a standalone Spark cluster on this machine's loopback address (one
# Master, one Worker with 2 cores) from the Spark jars Maven resolved for examples/spark, submits the job jar to it
# with spark-submit's arguments as the README gives them, checks the output, and stops the cluster.
#   examples/spark/src/bench/sh/cluster.sh [PATIENTS]      (from the repository root; default 2000 patients)
# Not run by CI (about a minute on a quiet 2-core machine, and it starts servers). Needs examples/target/taperwise.jar
# (for the cohort) and taperwise-spark.jar: ./mvnw -B -o package -DskipTests first.
set -eu
cd "$(dirname "$0")/../../../../.."
N=${1:-2000}
PORT=${MASTER_PORT:-17077}
. examples/spark/src/bench/sh/spark-env.sh
echo "work folder: $WORK"
java -cp examples/target/taperwise.jar org.taperwise.examples.cohort.WriteCohort "$N" 7 "$WORK/cohort.jsonl"
SHA256=$(java -jar examples/target/taperwise.jar verify builtin | sed -n 's/.*(sha256 \([0-9a-f]*\)).*/\1/p')

# shellcheck disable=SC2086
java $SPARK_JAVA_OPTS -cp "$SPARK_HOME/conf:$SPARK_HOME/jars/*" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port "$PORT" --webui-port 0 >"$WORK/master.log" 2>&1 &
MASTER=$!
# shellcheck disable=SC2086
java $SPARK_JAVA_OPTS -cp "$SPARK_HOME/conf:$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --cores 2 --memory 2g --webui-port 0 --work-dir "$WORK/worker" "spark://127.0.0.1:$PORT" \
    >"$WORK/worker.log" 2>&1 &
WORKER=$!
trap 'kill $WORKER $MASTER 2>/dev/null; wait $WORKER $MASTER 2>/dev/null || true' EXIT
for i in $(seq 1 120); do
    grep -q "Successfully registered with master" "$WORK/worker.log" && break
    sleep 1
done
grep -q "Successfully registered with master" "$WORK/worker.log" || { echo "the worker did not register"; cat "$WORK/worker.log"; exit 1; }

# the README's command (spark-submit is the distribution's script; here the same class, run by java)
set +e
spark_submit --master "spark://127.0.0.1:$PORT" --class org.taperwise.examples.spark.SparkScreen \
    --executor-memory 1g "$JAR" --input "$WORK/cohort.jsonl" --output "$WORK/out" --ruleset-sha256 "$SHA256"
CODE=$?
set -e
echo "exit code $CODE"
cat "$WORK/out/summary.json"; echo
LINES=$(cat "$WORK"/out/assessments/part-* | wc -l)
EXECUTOR_LOGS=$(ls "$WORK"/worker/app-*/*/stderr 2>/dev/null | wc -l)
echo "assessments written: $LINES of $N; executors that ran: $EXECUTOR_LOGS"
grep -h "Taperwise engine built" "$WORK"/worker/app-*/*/stderr || true
[ "$CODE" -eq 0 ] && [ "$LINES" -eq "$N" ] && [ "$EXECUTOR_LOGS" -ge 1 ]
echo "PASS: the job ran on the standalone cluster at spark://127.0.0.1:$PORT"
