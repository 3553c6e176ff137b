package org.taperwise.examples.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.taperwise.EvaluationLimits;
import org.taperwise.RulesetException;
import org.taperwise.RulesetProblem;
import org.taperwise.TaperwiseEngine;
import org.taperwise.model.RulesetInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The Spark job: screens a population, JSON Lines or Parquet of patient facts, to assessments, as
 * {@code taperwise screen} does on one machine, with one engine per executor and the ruleset pinned by its SHA-256.
 *
 * <pre>
 * spark-submit --master spark://HOST:7077 --class org.taperwise.examples.spark.SparkScreen \
 *     examples/target/taperwise-spark.jar --input cohort.jsonl --output out --ruleset-sha256 SHA256
 * </pre>
 *
 * Writes, under {@code --output} (a folder that must not exist yet): {@code assessments/} (JSON Lines part files,
 * one assessment a line as {@code screen} writes it, in input order across the parts' names), {@code errors/} (one
 * error record a bad line or row), {@code assessments.parquet/} (with {@code --parquet}) and {@code summary.json}
 * (counts, the ruleset's id, version and SHA-256, the profile). Exit 0 every record was good; 2 a record was bad
 * (every good one is still written), or a bad option, ruleset, profile or output folder (nothing is written); 1
 * internal error.
 */
@Command(name = "taperwise-spark", mixinStandardHelpOptions = true,
        description = {"Screen JSON Lines or Parquet of patient facts on Spark: one assessment per patient, as"
            + " taperwise screen writes them, with the ruleset pinned by its SHA-256."},
        footer = {"", "Exit codes: 0 every record was good; 2 a record was bad (reported and written to OUT/errors;"
            + " every good one is still written), or a bad option, ruleset, profile or output folder; 1 internal"
            + " error."})
public final class SparkScreen implements Callable<Integer> {
    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int BAD_INPUT = 2;
    /** How many bad records' messages the driver prints; all of them are in {@code OUT/errors}. */
    static final int ERRORS_SHOWN = 20;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "A file or folder (any path the cluster's Hadoop reads: file:, hdfs:, s3a:, ...).")
    private String input;

    @Option(names = "--input-format", paramLabel = "jsonl|parquet", defaultValue = "jsonl",
            description = "jsonl: one patient object (contract section 1) a line, as taperwise screen reads;"
                    + " parquet: one patient a row, columns named and nested as the contract's fields."
                    + " Default: ${DEFAULT-VALUE}.")
    private String inputFormat;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "A folder that does not exist yet.")
    private String output;

    @Option(names = "--ruleset-sha256", required = true, paramLabel = "SHA256",
            description = "The SHA-256 of the reviewed ruleset (taperwise verify prints it; every assessment's"
                    + " ruleset.sha256). The driver and every executor refuse to run with any other ruleset.")
    private String sha256;

    @Option(names = "--ruleset", paramLabel = "DIR", description = "A ruleset folder at this path on the driver and"
            + " every executor (e.g. shipped with spark-submit --archives ruleset.zip#ruleset and named ruleset);"
            + " default: the built-in ruleset in the job jar.")
    private String rulesetDir;

    @Option(names = "--profile", paramLabel = "ID", description = "Profile to evaluate with (default: the ruleset's).")
    private String profile;

    @Option(names = "--lenient", description = "Accept fields the contract does not define, each as an UNKNOWN_FIELD"
            + " warning (default: bad input, as taperwise screen).")
    private boolean lenient;

    @Option(names = "--parquet", description = "Also write OUT/assessments.parquet: a row per assessment with"
            + " patientId, asOf, eligibility, totalDailyMg, mmeComplete, flags, taperStatus, rulesetId, rulesetVersion,"
            + " rulesetSha256, profile and the whole assessment JSON in assessment.")
    private boolean parquet;

    @Option(names = "--min-partitions", paramLabel = "N", description = "JSON Lines: split the input into at least"
            + " N parts (default: Spark's default parallelism, at least 2).")
    private Integer minPartitions;

    @Option(names = "--max-line-bytes", paramLabel = "N", defaultValue = "8388608",
            description = "The longest JSON Lines line accepted, in bytes (default: ${DEFAULT-VALUE}, 8 MiB).")
    private int maxLineBytes;

    @Option(names = "--max-rule-firings", paramLabel = "N", defaultValue = "" + EvaluationLimits.DEFAULT_MAX_RULE_FIRINGS,
            description = "Most rule firings one patient's evaluation may make (default: ${DEFAULT-VALUE}).")
    private int maxRuleFirings;

    @Option(names = "--time-budget-ms", paramLabel = "MS", defaultValue = "2000",
            description = "Longest one patient's rules may run, in milliseconds (default: ${DEFAULT-VALUE}).")
    private long timeBudgetMs;

    private SparkSession given;

    public static void main(String[] args) {
        System.exit(run(null, args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the job in {@code spark}, or in the session spark-submit set up when null (stopped at the end).
     *
     * @return the exit code
     */
    public static int run(SparkSession spark, String[] args, PrintWriter out, PrintWriter err) {
        SparkScreen job = new SparkScreen();
        job.given = spark;
        CommandLine cli = new CommandLine(job);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("taperwise-spark: internal error: " + e);
            return INTERNAL_ERROR;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        boolean parquetInput = switch (inputFormat.toLowerCase(Locale.ROOT)) {
            case "jsonl" -> false;
            case "parquet" -> true;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--input-format must be jsonl or parquet, got \"" + inputFormat + "\"");
        };
        EngineSpec engineSpec;
        try {
            engineSpec = new EngineSpec(rulesetDir, sha256, profile, lenient, maxRuleFirings, timeBudgetMs,
                    maxLineBytes);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        // the driver loads the ruleset too: a wrong pin, folder or profile is refused before anything is read
        TaperwiseEngine engine;
        try {
            engine = ExecutorEngines.engine(engineSpec);
        } catch (RulesetException e) {
            for (RulesetProblem p : e.problems()) {
                err.println((rulesetDir == null ? "(built-in ruleset) " : rulesetDir + "/") + p);
            }
            err.println("taperwise-spark: the ruleset is refused (" + e.problems().size() + " problem"
                    + (e.problems().size() == 1 ? "" : "s") + "); nothing was read or written");
            return BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("taperwise-spark: " + e.getMessage() + "; nothing was read or written");
            return BAD_INPUT;
        }
        RulesetInfo pinned = engine.rulesetInfo();
        SparkSession spark = given != null ? given
                : SparkSession.builder().appName("taperwise-screen").getOrCreate();
        try {
            return screen(spark, engineSpec, parquetInput, pinned, engine.profile(), err);
        } finally {
            if (given == null) {
                spark.stop();
            }
        }
    }

    private int screen(SparkSession spark, EngineSpec engineSpec, boolean parquetInput, RulesetInfo pinned,
            String profileId, PrintWriter err) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Path out = new Path(output);
        FileSystem fs = out.getFileSystem(jsc.hadoopConfiguration());
        if (fs.exists(out)) {
            err.println(output + ": exists; name a folder that does not exist yet (nothing was written)");
            return BAD_INPUT;
        }
        err.printf(Locale.ROOT, "taperwise-spark: ruleset %s %s (sha256 %s, as pinned), profile %s; input %s (%s)%n",
                pinned.id(), pinned.version(), pinned.sha256(), profileId, input, parquetInput ? "parquet" : "jsonl");
        long start = System.nanoTime();
        JavaRDD<InputRecord> records = parquetInput ? ParquetInput.read(spark, input)
                : JsonLinesInput.read(jsc, input, minPartitions != null ? minPartitions
                        : Math.max(2, jsc.defaultParallelism()), engineSpec.maxLineBytes());
        JavaRDD<Row> screened = records.mapPartitions(it -> Screening.evaluate(engineSpec, it), true);
        // evaluated once, then written two or three ways and counted
        Dataset<Row> results = spark.createDataFrame(screened, Screening.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> assessments = results.filter(col("kind").equalTo(Screening.ASSESSMENT));
            assessments.select("json").write().text(output + "/assessments");
            results.filter(col("kind").equalTo(Screening.ERROR)).select("json").write().text(output + "/errors");
            if (parquet) {
                assessments.drop("kind").withColumnRenamed("json", "assessment").write()
                        .parquet(output + "/assessments.parquet");
            }
            JobSummary summary = JobSummary.of(results, pinned, profileId, input, parquetInput ? "parquet" : "jsonl",
                    (System.nanoTime() - start) / 1e9);
            summary.write(fs, new Path(out, "summary.json"));
            List<String> shown = results.filter(col("kind").equalTo(Screening.ERROR)).select("json")
                    .limit(ERRORS_SHOWN).as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
            for (String record : shown) {
                JobSummary.messages(record).forEach(err::println);
            }
            summary.print(err);
            if (!summary.rulesetsMatch(pinned)) {
                err.println("taperwise-spark: internal error: an assessment names another ruleset than the pinned "
                        + pinned.sha256() + ": " + summary.rulesets());
                return INTERNAL_ERROR;
            }
            if (summary.bad() > 0) {
                err.println("taperwise-spark: " + summary.bad() + " bad record" + (summary.bad() == 1 ? "" : "s")
                        + (summary.bad() > ERRORS_SHOWN ? " (the first " + ERRORS_SHOWN + " above)" : " (above)")
                        + ", each in " + output + "/errors; every other patient was written to " + output
                        + "/assessments");
                return BAD_INPUT;
            }
            return OK;
        } finally {
            results.unpersist();
        }
    }
}
