# Sourced by cluster.sh and throughput.sh: a Spark 4.2.0 installation made of the jars Maven resolved for this
# module (no download of a Spark distribution), in $SPARK_HOME/jars as spark-submit's launcher expects, and the JVM
# options spark-submit would add (the module's spark.java.options); both written by the module's build. Run from the
# repository root, after ./mvnw -B -o package -DskipTests (the job jar is examples/target/taperwise-spark.jar).
JAR=examples/target/taperwise-spark.jar
WORK=${WORK:-$(mktemp -d /tmp/taperwise-spark.XXXXXX)}
SPARK_HOME=$WORK/spark-home
mkdir -p "$SPARK_HOME/jars" "$SPARK_HOME/conf"
[ -f examples/spark/target/spark-classpath.txt ] && [ -f "$JAR" ] \
    || { echo "build first: ./mvnw -B -o package -DskipTests (writes examples/spark/target/spark-classpath.txt)"; exit 1; }
SPARK_CP=$(cat examples/spark/target/spark-classpath.txt):$(cat examples/spark/target/spark-classpath-shared.txt)
for jar in $(echo "$SPARK_CP" | tr ':' ' '); do
    ln -sf "$jar" "$SPARK_HOME/jars/"
done
SPARK_JAVA_OPTS=$(tr '\n' ' ' <examples/spark/target/spark-java-options.txt)
printf 'rootLogger.level = warn\nrootLogger.appenderRef.stderr.ref = console\nappender.console.type = Console\nappender.console.name = console\nappender.console.target = SYSTEM_ERR\nappender.console.layout.type = PatternLayout\nappender.console.layout.pattern = %%d{HH:mm:ss} %%p %%c{1}: %%m%%n\nlogger.taperwise.name = org.taperwise.examples.spark\nlogger.taperwise.level = info\nlogger.deploy.name = org.apache.spark.deploy\nlogger.deploy.level = info\n' \
    >"$SPARK_HOME/conf/log4j2.properties"
export SPARK_HOME SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_CONF_DIR="$SPARK_HOME/conf"
# spark-submit, as the script of a Spark distribution runs it
spark_submit() {
    # shellcheck disable=SC2086
    java $SPARK_JAVA_OPTS -cp "$SPARK_HOME/conf:$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit "$@"
}
