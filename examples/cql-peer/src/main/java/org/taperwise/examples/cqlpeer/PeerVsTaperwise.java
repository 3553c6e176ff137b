package org.taperwise.examples.cqlpeer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The one command: the correctness cross-check, then PeerBench under JMH, then one line per cohort with both sides'
 * times and their ratio. Arguments are JMH's own ({@code -f 1 -wi 3 -i 3}, {@code -p orders=5}, ...);
 * {@code --no-check} skips the cross-check.
 */
public final class PeerVsTaperwise {
    private PeerVsTaperwise() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        boolean check = true;
        List<String> jmhArgs = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--no-check")) {
                check = false;
            } else {
                jmhArgs.add(a);
            }
        }
        if (check && !PeerCheck.run(System.out, 400)) {
            System.out.println("the cross-check found an unexplained difference: not timing");
            System.exit(1);
        }
        CommandLineOptions cli = new CommandLineOptions(jmhArgs.toArray(String[]::new));
        OptionsBuilder builder = new OptionsBuilder();
        builder.parent(cli);
        if (cli.getIncludes().isEmpty()) {
            builder.include(PeerBench.class.getName() + "\\.");
        }
        Options options = builder.build();
        Collection<RunResult> results = new Runner(options).run();
        print(results);
    }

    private static void print(Collection<RunResult> results) {
        Map<String, Map<String, double[]>> byOrders = new TreeMap<>();
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            String orders = r.getParams().getParam("orders");
            byOrders.computeIfAbsent(orders, k -> new TreeMap<>()).put(method, new double[] {
                r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
        }
        System.out.println();
        System.out.println("Per patient, average time in us (JMH score +- 99.9% error), Taperwise profile "
                + TaperwiseSide.PROFILE + ", peer MMECalculatorTests.TotalMME (opioid-mme-r4 1357f45, CQL engine "
                + "org.cqframework 4.4.0):");
        byOrders.forEach((orders, m) -> {
            double[] peer = m.get("peerTotalMme");
            double[] assess = m.get("taperwiseAssess");
            double[] mapped = m.get("taperwiseMapAndAssess");
            StringBuilder line = new StringBuilder(orders + " order(s)/patient:");
            if (peer != null && assess != null) {
                line.append(String.format(" Taperwise %.1f us, peer %.1f us, ratio %.1fx;", assess[0], peer[0],
                        peer[0] / assess[0]));
            }
            if (peer != null && mapped != null) {
                line.append(String.format(" from HAPI objects (map + assess) Taperwise %.1f us, ratio %.1fx",
                        mapped[0], peer[0] / mapped[0]));
            }
            System.out.println(line);
            m.forEach((method, s) -> System.out.printf("    %-22s %10.1f +- %.1f us%n", method, s[0], s[1]));
        });
    }
}
