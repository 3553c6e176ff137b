package org.taperwise.examples.cqlpeer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.taperwise.model.PatientFacts;

/**
 * A cross-check of PeerBench's ratio for a machine busy with other work, where wall-clock JMH scores swing by
 * several times: both sides in one JVM, warmed, then measured in interleaved rounds by the thread's CPU time
 * ({@link ThreadMXBean#getCurrentThreadCpuTime}). CPU time leaves out GC and JIT threads, which favours the side that
 * allocates more (the peer). Not a replacement for JMH on a quiet machine.
 *
 * <p>{@code java -cp cql-peer-benchmarks.jar org.taperwise.examples.cqlpeer.InterleavedCpuTime 5} (orders per patient).
 */
public final class InterleavedCpuTime {
    private InterleavedCpuTime() {
    }

    public static void main(String[] args) {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<PeerPatient> patients = PeerPatients.generate(PeerBench.SEED, PeerBench.PATIENTS, orders);
        PeerCql peer = new PeerCql(false, false);
        peer.hold(patients);
        TaperwiseSide taperwise = new TaperwiseSide();
        List<PatientFacts> facts = taperwise.facts(patients);
        int n = patients.size();
        Object sink = null;
        for (int i = 0; i < 1_500; i++) {
            sink = peer.totalMme(patients.get(i % n).id());
        }
        for (int i = 0; i < 20_000; i++) {
            sink = taperwise.assess(facts.get(i % n));
            sink = taperwise.mapAndAssess(patients.get(i % n));
        }
        for (int round = 0; round < 5; round++) {
            long c0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < 250; i++) {
                sink = peer.totalMme(patients.get(i % n).id());
            }
            long c1 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < 2_500; i++) {
                sink = taperwise.assess(facts.get(i % n));
            }
            long c2 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < 2_500; i++) {
                sink = taperwise.mapAndAssess(patients.get(i % n));
            }
            long c3 = mx.getCurrentThreadCpuTime();
            double p = (c1 - c0) / 250e3;
            double a = (c2 - c1) / 2_500e3;
            double m = (c3 - c2) / 2_500e3;
            System.out.printf("%d order(s), round %d, CPU us per patient: peer %.1f, Taperwise assessment %.1f, map +"
                    + " assessment %.1f; ratio %.1fx / %.1fx%n", orders, round, p, a, m, p / a, p / m);
        }
        System.out.println(sink == null ? "" : "done");
    }
}
