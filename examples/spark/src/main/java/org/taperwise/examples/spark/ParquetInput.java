package org.taperwise.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.util.Arrays;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Parquet of patient facts as {@link InputRecord}s: one patient a row, its columns the fields of contract section 1
 * with the same names and nesting (structs for {@code strength}, {@code dose}, {@code taperRequest}, a condition's
 * {@code coding}; arrays of structs for {@code prescriptions}, {@code conditions}, {@code assessments}, a
 * prescription's {@code coding}). Such a file is what Spark writes from the JSON Lines
 * ({@code spark.read().json("cohort.jsonl").write().parquet(...)}).
 *
 * <p>Each row is turned back into the contract's JSON by Spark's own {@code to_json}, with null fields left out (the
 * contract's "absent", not {@code null}), and then read and checked exactly as a JSON Lines line is: a column the
 * contract does not define is bad input (or an {@code UNKNOWN_FIELD} warning with {@code --lenient}), a wrong type is
 * bad input naming its path. Dates may be strings ({@code 2026-11-01}) or Parquet dates; numbers any numeric type
 * (a double column writes {@code 30.0}, read as 30). A timestamp column is written with its time and refused as a
 * date. A row's position is its row in its file counted from 1 ({@code _metadata.row_index} + 1).
 */
final class ParquetInput {
    private static final Map<String, String> TO_JSON = Map.of("ignoreNullFields", "true");

    private ParquetInput() {
    }

    static JavaRDD<InputRecord> read(SparkSession spark, String path) {
        Dataset<Row> rows = spark.read().parquet(path);
        Column[] fields = Arrays.stream(rows.columns()).map(c -> col("`" + c.replace("`", "``") + "`"))
                .toArray(Column[]::new);
        Dataset<Row> json = rows.select(col("_metadata.file_path").as("file"),
                col("_metadata.row_index").as("row"), to_json(struct(fields), TO_JSON).as("json"));
        return json.toJavaRDD().map(r -> InputRecord.row(r.getString(0), r.getLong(1) + 1, r.getString(2)));
    }
}
