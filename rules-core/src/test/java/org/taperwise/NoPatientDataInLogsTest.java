package org.taperwise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Form;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.StrengthUnit;

/** Patient identifiers and doses reach the logs at DEBUG at most, never above, whatever the log level. */
class NoPatientDataInLogsTest {
    private static final String PATIENT_ID = "PATIENT-7731-SECRET";
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level previous;

    @BeforeEach
    void capture() {
        previous = root.getLevel();
        root.setLevel(Level.DEBUG);
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void release() {
        root.detachAppender(appender);
        root.setLevel(previous);
    }

    @Test
    void evaluation_logsThePatientOnlyAtDebug() {
        PatientFacts facts = PatientFacts.builder(PATIENT_ID, LocalDate.of(2026, 11, 1))
                .prescription(Prescription.builder().id("RX-SECRET-99").medicine("morphine").form(Form.TABLET)
                        .strength(73, StrengthUnit.MG).dose(1, DoseUnit.UNIT).timesPerDay(2)
                        .issued(LocalDate.of(2026, 10, 20)).daysSupply(28).build())
                .build();
        Ruleset ruleset = Ruleset.fromDirectory(TestRulesets.minimalFolder());
        TaperwiseEngine.builder().ruleset(ruleset).build().evaluate(facts);

        List<ILoggingEvent> events = appender.list;
        assertTrue(events.stream().anyMatch(e -> e.getLevel() == Level.DEBUG
                && e.getFormattedMessage().contains(PATIENT_ID)), "the check must be able to see the id at DEBUG");
        for (ILoggingEvent e : events) {
            if (e.getLevel().isGreaterOrEqual(Level.INFO)) {
                String text = e.getFormattedMessage();
                assertFalse(text.contains(PATIENT_ID), () -> "patient id logged at " + e.getLevel() + ": " + text);
                assertFalse(text.contains("RX-SECRET-99"), () -> "prescription id logged at " + e.getLevel());
                assertFalse(text.contains("146"), () -> "daily dose logged at " + e.getLevel() + ": " + text);
            }
        }
    }
}
