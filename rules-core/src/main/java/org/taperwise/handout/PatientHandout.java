package org.taperwise.handout;

import java.util.Locale;
import java.util.Objects;
import org.taperwise.model.Assessment;

/**
 * A handout for the patient, separate from the clinician's report: the taper plan's dates and what to take each day
 * (each product by name and strength, how many tablets, capsules, millilitres or patches at which time of day), when
 * to see the prescriber, what withdrawal can feel like and what to do, that the old dose becomes dangerous as
 * tolerance falls, naloxone when the assessment recommends it, and the signs of an overdose. In plain English for a
 * reading age of 9 to 11, the aim of NHS patient information. It holds no rule id, hash, policy, algorithm or
 * morphine equivalent. When no plan is proposed (any taper status but PROPOSED), it gives no dose schedule and says
 * to talk to the prescriber.
 *
 * <pre>{@code
 * Assessment a = engine.evaluate(patient);
 * String page = PatientHandout.html(a);      // one self-contained page to print
 * String text = PatientHandout.text(a);      // the same words as plain text
 * }</pre>
 *
 * <p>Text from the assessment (medicine names, wording from a ruleset) is escaped: control characters become
 * {@code ?}, and the HTML page escapes markup, so hostile input cannot change the page. Thread-safe; pure functions
 * of the assessment.
 */
public final class PatientHandout {
    private PatientHandout() {
    }

    /** The handout as plain text, English; the emergency number follows the assessment's profile (999, or 911 for a US profile). */
    public static String text(Assessment assessment) {
        return text(assessment, null);
    }

    /**
     * The handout as plain text, English.
     *
     * @param locale the reader's country decides the emergency number (US: 911, else 999); null or no country: from
     *               the assessment's profile
     */
    public static String text(Assessment assessment, Locale locale) {
        return TextHandout.render(HandoutReader.read(Objects.requireNonNull(assessment, "assessment"), locale));
    }

    /** The handout as one self-contained HTML page (UTF-8) to print; see {@link #text(Assessment)}. */
    public static String html(Assessment assessment) {
        return html(assessment, null);
    }

    /** The handout as one self-contained HTML page (UTF-8); {@code locale} as for {@link #text(Assessment, Locale)}. */
    public static String html(Assessment assessment, Locale locale) {
        return HtmlHandout.render(HandoutReader.read(Objects.requireNonNull(assessment, "assessment"), locale));
    }
}
