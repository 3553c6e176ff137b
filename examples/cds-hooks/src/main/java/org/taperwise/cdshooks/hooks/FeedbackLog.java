package org.taperwise.cdshooks.hooks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The feedback received, in memory (the latest {@code capacity} entries), and logged: at INFO the service, outcome
 * and override reason code only; the free-text comment is never logged (it may name the patient), its presence
 * only. Feedback holds no patient identifier.
 */
public final class FeedbackLog {
    private static final Logger LOG = LoggerFactory.getLogger(FeedbackLog.class);

    /** One entry as kept: which service it was sent to. */
    public record Entry(String serviceId, Feedback feedback) {
    }

    private final int capacity;
    private final Deque<Entry> entries = new ArrayDeque<>();

    public FeedbackLog(int capacity) {
        this.capacity = capacity;
    }

    public void record(String serviceId, List<Feedback> feedback) {
        for (Feedback f : feedback) {
            LOG.info("feedback {}: card {} {}{}", serviceId, f.card(), f.outcome(),
                    f.overrideReasonCode() == null ? "" : " (" + org.taperwise.Problem.escapeControls(
                            org.taperwise.Problem.brief(f.overrideReasonCode(), 200)) + ")");
            synchronized (entries) {
                if (entries.size() == capacity) {
                    entries.removeFirst();
                }
                entries.addLast(new Entry(serviceId, f));
            }
        }
    }

    /** The entries kept, oldest first. */
    public List<Entry> entries() {
        synchronized (entries) {
            return new ArrayList<>(entries);
        }
    }
}
