package org.taperwise.examples.cohort;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes {@code N} patients of a seeded cohort as JSON Lines, one patient object of the contract a line: the input
 * of {@code taperwise screen}, for demonstrations, tests and benchmarks. The same shape, N and seed always give the
 * same file. Shapes: {@code synthetic} ({@link SyntheticCohort}, the default) and {@code realistic}
 * ({@link RealisticCohort}: one to three opioids issued monthly over up to 13 months, a third with a sedative, dm+d
 * product names and codes).
 *
 * <pre>
 * java -cp examples/target/taperwise.jar org.taperwise.examples.cohort.WriteCohort 200000 7 cohort.jsonl
 * java -cp examples/target/taperwise.jar org.taperwise.examples.cohort.WriteCohort --shape realistic 80000 7 c.jsonl
 * </pre>
 */
public final class WriteCohort {
    private static final String USAGE = "usage: WriteCohort N SEED FILE, or WriteCohort"
            + " --shape synthetic|realistic|five-order N SEED FILE"
            + "   (N patients, 1 or more; SEED a whole number; FILE the JSON Lines file to write, - for standard output)";

    private WriteCohort() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    private static Cohort cohort(String shape, long seed) {
        return switch (shape) {
            case "realistic" -> new RealisticCohort(seed);
            case "five-order" -> new FiveOrderCohort(seed);
            default -> new SyntheticCohort(seed);
        };
    }

    /** @return the exit code: 0 written, 2 bad arguments or the file cannot be written */
    static int run(String[] args, PrintStream err) {
        String shape = "synthetic";
        if (args.length == 5 && args[0].equals("--shape")) {
            shape = args[1];
            args = Arrays.copyOfRange(args, 2, 5);
            if (!shape.equals("synthetic") && !shape.equals("realistic") && !shape.equals("five-order")) {
                err.println("WriteCohort: --shape must be synthetic, realistic or five-order, got \"" + shape + "\"");
                err.println(USAGE);
                return 2;
            }
        }
        if (args.length != 3) {
            err.println(USAGE);
            return 2;
        }
        int n;
        long seed;
        try {
            n = Integer.parseInt(args[0]);
            seed = Long.parseLong(args[1]);
        } catch (NumberFormatException e) {
            err.println("WriteCohort: N and SEED must be whole numbers, got \"" + args[0] + "\" and \"" + args[1] + "\"");
            err.println(USAGE);
            return 2;
        }
        if (n < 1) {
            err.println("WriteCohort: N must be 1 or more, got " + n);
            return 2;
        }
        boolean stdout = args[2].equals("-");
        try (Writer out = stdout
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            write(cohort(shape, seed), n, out);
        } catch (IOException e) {
            err.println(args[2] + ": cannot be written: " + e.getMessage());
            return 2;
        }
        if (!stdout) {
            err.println("wrote " + n + " " + shape + " patients (seed " + seed + ") to " + args[2]);
        }
        return 0;
    }

    /** Writes the cohort's next {@code n} patients, one a line, each line ending with a line feed. */
    public static void write(Cohort cohort, int n, Writer out) throws IOException {
        for (int i = 0; i < n; i++) {
            PatientJson.write(cohort.next(), out);
            out.write('\n');
        }
        out.flush();
    }
}
