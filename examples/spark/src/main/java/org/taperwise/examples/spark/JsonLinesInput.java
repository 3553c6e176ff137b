package org.taperwise.examples.spark;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.FileInputFormat;
import org.apache.hadoop.mapred.FileSplit;
import org.apache.hadoop.mapred.InputSplit;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * JSON Lines of patient facts (the lines {@code taperwise screen} reads) as {@link InputRecord}s, each with its file
 * and line number, counted from 1 as {@code screen} counts them.
 *
 * <p>The files are read with Hadoop's text input (local files, HDFS, S3, whatever the cluster's Hadoop reads), split
 * so that every core has work ({@code minPartitions}), lines ending at a line feed only, as {@code screen} splits them
 * (a carriage return stays in the line, where JSON reads it as white space). A split does not know its first line's
 * number, so the files are read twice: a first pass counts the lines of each split, the second numbers them. The
 * first pass only counts line feeds: it costs a small part of the second, which evaluates.
 *
 * <p>Each line is checked as {@code screen} checks it: at most {@code maxLineBytes} bytes, UTF-8 without NUL bytes,
 * a byte-order mark dropped on line 1; a line that fails is a record with its problem (same words as
 * {@code screen}), never dropped.
 */
final class JsonLinesInput {
    private JsonLinesInput() {
    }

    /** A split of one file: its path and where it starts. */
    private record SplitKey(String file, long start) implements java.io.Serializable {
    }

    static JavaRDD<InputRecord> read(JavaSparkContext jsc, String path, int minPartitions, int maxLineBytes) {
        JobConf conf = new JobConf(jsc.hadoopConfiguration());
        conf.set("textinputformat.record.delimiter", "\n");
        FileInputFormat.setInputPaths(conf, path);
        JavaHadoopRDD<LongWritable, Text> lines = (JavaHadoopRDD<LongWritable, Text>) jsc.hadoopRDD(conf,
                TextInputFormat.class, LongWritable.class, Text.class, minPartitions);

        List<Tuple2<SplitKey, Long>> counts = lines.mapPartitionsWithInputSplit(
                (InputSplit split, Iterator<Tuple2<LongWritable, Text>> it) -> {
                    long n = 0;
                    while (it.hasNext()) {
                        it.next();
                        n++;
                    }
                    return List.of(new Tuple2<>(key(split), n)).iterator();
                }, true).collect();
        Broadcast<Map<SplitKey, Long>> firstLines = jsc.broadcast(firstLines(counts));

        return lines.mapPartitionsWithInputSplit((InputSplit split, Iterator<Tuple2<LongWritable, Text>> it) -> {
            SplitKey key = key(split);
            long first = firstLines.value().get(key);
            return new Iterator<InputRecord>() {
                private long line = first;

                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public InputRecord next() {
                    Text text = it.next()._2();   // reused by the reader: decoded here, before the next line
                    long n = line++;
                    return record(key.file(), n, text.getBytes(), text.getLength(), maxLineBytes);
                }
            };
        }, true);
    }

    private static SplitKey key(InputSplit split) {
        FileSplit f = (FileSplit) split;
        return new SplitKey(f.getPath().toString(), f.getStart());
    }

    /** The number of each split's first line: 1 plus the lines of the splits before it in its file. */
    private static Map<SplitKey, Long> firstLines(List<Tuple2<SplitKey, Long>> counts) {
        List<Tuple2<SplitKey, Long>> sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.comparing((Tuple2<SplitKey, Long> t) -> t._1().file())
                .thenComparingLong(t -> t._1().start()));
        Map<SplitKey, Long> first = new HashMap<>();
        String file = null;
        long next = 1;
        for (Tuple2<SplitKey, Long> t : sorted) {
            if (!t._1().file().equals(file)) {
                file = t._1().file();
                next = 1;
            }
            first.put(t._1(), next);
            next += t._2();
        }
        return first;
    }

    static InputRecord record(String file, long line, byte[] bytes, int length, int maxLineBytes) {
        if (length > maxLineBytes) {
            return InputRecord.bad(file, line, "longer than " + maxLineBytes + " bytes (expected one patient"
                    + " object a line, at most --max-line-bytes)");
        }
        String wrong = encodingProblem(bytes, length);
        if (wrong != null) {
            return InputRecord.bad(file, line, wrong);
        }
        String json = new String(bytes, 0, length, StandardCharsets.UTF_8);
        if (line == 1 && json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        return InputRecord.line(file, line, json);
    }

    /**
     * What is wrong with the encoding of a line, in the words {@code screen} uses (the command line's
     * {@code InputFiles.encodingProblem}; {@code SparkScreenMatchesScreenTest} checks both say the same), or null
     * when it is UTF-8.
     */
    static String encodingProblem(byte[] bytes, int length) {
        if (length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return "is UTF-16 text (it starts with a UTF-16 byte-order mark); expected UTF-8";
        }
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return "holds a NUL byte at byte " + (i + 1) + " (UTF-16 or binary data?); expected UTF-8 text";
            }
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CoderResult r = decoder.decode(in, CharBuffer.allocate(Math.max(16, length)), true);
        if (r.isError()) {
            return "is not valid UTF-8 text (bytes that are not UTF-8 at byte " + (in.position() + 1)
                    + "); expected UTF-8";
        }
        return null;
    }
}
