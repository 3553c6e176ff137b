package org.taperwise.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.taperwise.Problem;
import org.taperwise.model.Coding;
import org.taperwise.model.Condition;
import org.taperwise.model.Dose;
import org.taperwise.model.InstrumentScore;
import org.taperwise.model.PatientFacts;
import org.taperwise.model.Prescription;
import org.taperwise.model.Strength;
import org.taperwise.model.Form;
import org.taperwise.model.TaperRequest;
import org.taperwise.model.TimeOfDay;
import org.taperwise.model.TimedDose;
import org.taperwise.tables.Profile;

/**
 * Every check of patient facts, in one place: the facts against the contract ({@link #validate(PatientFacts)}), and
 * against the profile they will be evaluated with ({@link #validate(PatientFacts, Profile)}: the taper request's
 * policy). Every problem in the record is reported together, by JSON path, value and what was expected. The engine
 * runs the full check before any evaluation; the JSON reader runs the profile-free part after it has checked types
 * and vocabularies.
 */
public final class Validator {
    private static final String MISSING = "missing";

    private Validator() {
    }

    /** Every problem of the facts against the contract and against the profile; empty when they can be evaluated. */
    public static List<Problem> validate(PatientFacts f, Profile profile) {
        List<Problem> out = new ArrayList<>(validate(f));
        againstProfile(out, f, profile);
        return out;
    }

    /** {@link #validate(PatientFacts, Profile)} of facts the contract part has already found no problem in. */
    static List<Problem> validateAgainstProfile(PatientFacts f, Profile profile) {
        List<Problem> out = new ArrayList<>(0);
        againstProfile(out, f, profile);
        return out;
    }

    /** The check of the facts against the profile: the taper request's policy is one the profile defines. */
    private static void againstProfile(List<Problem> out, PatientFacts f, Profile profile) {
        TaperRequest request = f.taperRequest();
        if (request != null && request.policy() != null && !profile.taperPolicies().containsKey(request.policy())) {
            out.add(new Problem("taperRequest.policy", quote(request.policy()), profile.taperPolicies().isEmpty()
                    ? "no policy: profile " + profile.id() + " defines none"
                    : "one of the policies of profile " + profile.id() + ": "
                            + String.join(", ", new TreeSet<>(profile.taperPolicies().keySet()))));
        }
    }

    /** Every problem of the facts against the contract alone (no profile is needed). */
    public static List<Problem> validate(PatientFacts f) {
        List<Problem> out = new ArrayList<>();
        if (f.patientId() == null || f.patientId().isBlank()) {
            out.add(new Problem("patientId", f.patientId() == null ? MISSING : "\"\"", "a non-empty string"));
        }
        text(out, "patientId", f.patientId());
        int sized = out.size();
        size(out, "prescriptions", f.prescriptions().size(), InputRanges.MAX_PRESCRIPTIONS);
        size(out, "conditions", f.conditions().size(), InputRanges.MAX_LIST);
        size(out, "assessments", f.assessments().size(), InputRanges.MAX_LIST);
        if (out.size() > sized) {
            return out;   // too many entries: not checked one by one
        }
        LocalDate asOf = f.asOf();
        if (asOf == null) {
            out.add(new Problem("asOf", MISSING, "an ISO-8601 date, e.g. 2026-11-01"));
        }
        inYears(out, "asOf", asOf);
        notAfterAsOf(out, "birthDate", f.birthDate(), asOf);
        notAfterAsOf(out, "historyStart", f.historyStart(), asOf);
        for (int i = 0; i < f.conditions().size(); i++) {
            condition(out, "conditions[" + i + "]", f.conditions().get(i));
        }
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < f.prescriptions().size(); i++) {
            String path = "prescriptions[" + i + "]";
            Prescription rx = f.prescriptions().get(i);
            if (rx == null) {
                out.add(new Problem(path, "null", "a prescription object"));
                continue;
            }
            prescription(out, path, rx, asOf);
            if (rx.id() != null) {
                Integer earlier = ids.putIfAbsent(rx.id(), i);
                if (earlier != null) {
                    out.add(new Problem(path + ".id", quote(rx.id()), "an id not already used by prescriptions["
                            + earlier + "] (each issue has its own id)"));
                }
            }
        }
        for (int i = 0; i < f.assessments().size(); i++) {
            score(out, "assessments[" + i + "]", f.assessments().get(i), asOf);
        }
        if (f.taperRequest() != null) {
            taperRequest(out, f.taperRequest(), asOf);
        }
        return out;
    }

    private static void condition(List<Problem> out, String path, Condition c) {
        if (c == null) {
            out.add(new Problem(path, "null", "a condition object"));
            return;
        }
        if (c.code() == null && c.coding() == null) {
            out.add(new Problem(path, MISSING, "a code (a condition concept) or a coding {system, code}"));
        }
        if (c.coding() != null) {
            coding(out, path + ".coding", c.coding());
        }
        inYears(out, path + ".since", c.since());
    }

    private static void coding(List<Problem> out, String path, Coding c) {
        if (c == null) {
            out.add(new Problem(path, "null", "a coding {system, code}"));
            return;
        }
        if (c.system() == null || c.system().isBlank()) {
            out.add(new Problem(path + ".system", c.system() == null ? MISSING : "\"\"", "a code system URI"));
        }
        if (c.code() == null || c.code().isBlank()) {
            out.add(new Problem(path + ".code", c.code() == null ? MISSING : "\"\"", "a non-empty code"));
        }
        text(out, path + ".system", c.system());
        text(out, path + ".code", c.code());
        text(out, path + ".display", c.display());
    }

    /** Whether {@link #coding} finds nothing wrong with {@code c}: a record's codings are checked this way first. */
    private static boolean clean(Coding c) {
        return c != null && c.system() != null && !c.system().isBlank() && c.code() != null && !c.code().isBlank()
                && shortText(c.system()) && shortText(c.code()) && shortText(c.display());
    }

    private static boolean shortText(String value) {
        return value == null || value.length() <= InputRanges.MAX_TEXT;
    }

    private static void prescription(List<Problem> out, String path, Prescription rx, LocalDate asOf) {
        int before = out.size();
        text(out, path, ".id", rx.id());
        text(out, path, ".medicine", rx.medicine());
        size(out, path, ".coding", rx.coding().size(), InputRanges.MAX_LIST);
        size(out, path, ".doses", rx.doses().size(), TimeOfDay.values().length);
        if (out.size() > before) {
            return;
        }
        if (rx.id() != null && rx.id().isBlank()) {
            out.add(new Problem(path + ".id", "\"\"", "a non-empty string, or no id"));
        }
        boolean hasName = rx.medicine() != null && !rx.medicine().isBlank();
        if (rx.medicine() != null && rx.medicine().isBlank()) {
            out.add(new Problem(path + ".medicine", "\"\"", "a medicine name"));
        } else if (!hasName && rx.coding().isEmpty()) {
            out.add(new Problem(path + ".medicine", MISSING, "a medicine name, or a coding"));
        }
        for (int c = 0; c < rx.coding().size(); c++) {
            Coding coding = rx.coding().get(c);
            if (!clean(coding)) {
                coding(out, path + ".coding[" + c + "]", coding);
            }
        }
        Strength s = rx.strength();
        if (s != null) {
            inRange(out, path, ".strength.value", s.value(), InputRanges.STRENGTH);
            if (s.unit() == null) {
                out.add(new Problem(path + ".strength.unit", MISSING, "one of: mg, microgram, mg/ml, microgram/hour"));
            }
        }
        Dose d = rx.dose();
        if (d != null) {
            inRange(out, path, ".dose.value", d.value(), doseRange(d));
            if (d.unit() == null) {
                out.add(new Problem(path + ".dose.unit", MISSING, "one of: unit, mg, microgram, ml"));
            }
        }
        optionalInRange(out, path, ".timesPerDay", rx.timesPerDay(), InputRanges.TIMES_PER_DAY);
        timedDoses(out, path, rx);
        optionalInRange(out, path, ".changeEveryDays", rx.changeEveryDays(), InputRanges.CHANGE_EVERY_DAYS);
        optionalInRange(out, path, ".quantity", rx.quantity(), InputRanges.QUANTITY);
        if (rx.daysSupply() != null && (rx.daysSupply() <= 0
                || rx.daysSupply() > InputRanges.DAYS_SUPPLY.max().intValue())) {
            out.add(new Problem(path + ".daysSupply", rx.daysSupply().toString(), "a whole number of days from 1 to "
                    + InputRanges.DAYS_SUPPLY.max().toPlainString()));
        }
        if (rx.issued() == null) {
            out.add(new Problem(path + ".issued", MISSING, "the date of issue, not after asOf"));
        } else {
            notAfterAsOf(out, path, ".issued", rx.issued(), asOf);
        }
        if (out.size() == before && rx.daysSupply() == null) {
            lastsAtMostTheLongestSupply(out, path, rx);
        }
    }

    /**
     * With no daysSupply, the days the quantity lasts at the prescribed rate must be a days supply the contract
     * allows: a quantity of 100000 at 0.0001 tablets 0.0001 times a day would last 10^13 days (issue 13: such a
     * number once wrapped to a 5-day supply). Checked only when every number of the issue is in range.
     */
    private static void lastsAtMostTheLongestSupply(List<Problem> out, String path, Prescription rx) {
        BigDecimal days = DoseArithmetic.derivedDays(rx);
        if (days != null && days.compareTo(InputRanges.DAYS_SUPPLY.max()) > 0) {
            out.add(new Problem(path + ".quantity", InputRanges.show(rx.quantity()), "a quantity that lasts at most "
                    + InputRanges.DAYS_SUPPLY.max().toPlainString() + " days at the prescribed dose (this one lasts "
                    + InputRanges.show(days) + " days), or a daysSupply"));
        }
    }

    /**
     * Doses by time of day replace {@code dose} and {@code timesPerDay}; each needs a time of day (once), a positive
     * amount and a unit. They describe a regular oral regimen: not as-needed use, not a patch.
     */
    private static void timedDoses(List<Problem> out, String path, Prescription rx) {
        if (!rx.timed()) {
            return;
        }
        if (rx.dose() != null || rx.timesPerDay() != null) {
            out.add(new Problem(path + ".doses", "doses by time of day with " + (rx.dose() != null ? "dose" : "timesPerDay"),
                    "either doses (one per time of day) or dose with timesPerDay, not both"));
        }
        if (rx.asNeeded()) {
            out.add(new Problem(path + ".doses", "doses by time of day with asNeeded: true",
                    "a regular regimen: as-needed use is a dose with the most timesPerDay allowed"));
        }
        if (rx.form() == Form.PATCH) {
            out.add(new Problem(path + ".doses", "doses by time of day for a patch",
                    "dose (patches worn at once) with changeEveryDays"));
        }
        java.util.Set<TimeOfDay> seen = java.util.EnumSet.noneOf(TimeOfDay.class);
        for (int i = 0; i < rx.doses().size(); i++) {
            String at = path + ".doses[" + i + "]";
            TimedDose t = rx.doses().get(i);
            if (t.when() == null) {
                out.add(new Problem(at + ".when", MISSING, "one of: morning, midday, afternoon, evening, night"));
            } else if (!seen.add(t.when())) {
                out.add(new Problem(at + ".when", quote(t.when().code()), "a time of day not already given"));
            }
            if (t.dose() == null || t.dose().value() == null) {
                out.add(new Problem(at + ".value", MISSING, "a number greater than 0"));
            } else {
                inRange(out, at + ".value", t.dose().value(), t.dose().unit() == null ? InputRanges.DOSE_AMOUNT
                        : doseRange(t.dose()));
            }
            if (t.dose() != null && t.dose().unit() == null) {
                out.add(new Problem(at + ".unit", MISSING, "one of: unit, mg, microgram, ml"));
            }
        }
    }

    private static void score(List<Problem> out, String path, InstrumentScore s, LocalDate asOf) {
        if (s == null) {
            out.add(new Problem(path, "null", "an assessment object"));
            return;
        }
        if (s.instrument() == null) {
            out.add(new Problem(path + ".instrument", MISSING, "one of: COMM, COWS, BPI_SEVERITY, BPI_INTERFERENCE"));
        }
        if (s.score() == null) {
            out.add(new Problem(path + ".score", MISSING, "a number"));
        } else if (s.instrument() != null && (s.score().compareTo(BigDecimal.valueOf(s.instrument().minScore())) < 0
                || s.score().compareTo(BigDecimal.valueOf(s.instrument().maxScore())) > 0)) {
            out.add(new Problem(path + ".score", InputRanges.show(s.score()), "a " + s.instrument()
                    .code() + " total from " + s.instrument().minScore() + " to " + s.instrument().maxScore()));
        }
        notAfterAsOf(out, path + ".date", s.date(), asOf);
    }

    private static void taperRequest(List<Problem> out, TaperRequest t, LocalDate asOf) {
        text(out, "taperRequest.policy", t.policy());
        size(out, "taperRequest.order", t.order().size(), InputRanges.MAX_LIST);
        if (t.policy() != null && t.policy().isBlank()) {
            out.add(new Problem("taperRequest.policy", "\"\"", "a policy id, or no policy"));
        }
        inYears(out, "taperRequest.start", t.start());
        if (t.start() != null && asOf != null && t.start().isBefore(asOf)) {
            out.add(new Problem("taperRequest.start", t.start().toString(), "a date on or after asOf (" + asOf + ")"));
        }
        BigDecimal mme = t.startingDailyMme();
        if (mme != null && !InputRanges.DAILY_MME.contains(mme)) {
            out.add(new Problem("taperRequest.startingDailyMme", InputRanges.show(mme),
                    InputRanges.DAILY_MME.expected()));
        }
        LocalDate from = t.start() != null ? t.start() : asOf;
        if (t.holdUntil() != null && from != null && t.holdUntil().isBefore(from)) {
            out.add(new Problem("taperRequest.holdUntil", t.holdUntil().toString(), "a date on or after the plan's start ("
                    + from + ")"));
        }
        for (int i = 0; i < t.order().size(); i++) {
            String m = t.order().get(i);
            if (m == null || m.isBlank()) {
                out.add(new Problem("taperRequest.order[" + i + "]", m == null ? "null" : "\"\"", "a medicine name"));
            }
            text(out, "taperRequest.order[" + i + "]", m);
        }
    }

    /**
     * A date a JSON record can hold: years 0000 to 9999. From Java, {@code LocalDate.MAX} would make date arithmetic
     * throw {@code DateTimeException} instead of being refused as bad input (issue 13).
     */
    private static void inYears(List<Problem> out, String path, LocalDate date) {
        inYears(out, path, "", date);
    }

    private static void inYears(List<Problem> out, String path, String field, LocalDate date) {
        if (date != null && (date.getYear() < 0 || date.getYear() > 9999)) {
            out.add(new Problem(path + field, date.toString(), "a date from 0000-01-01 to 9999-12-31"));
        }
    }

    private static void notAfterAsOf(List<Problem> out, String path, LocalDate date, LocalDate asOf) {
        notAfterAsOf(out, path, "", date, asOf);
    }

    /**
     * As the other checks with a {@code field}: the value at {@code path + field}, a path made only when there is a
     * problem to report (most records have none).
     */
    private static void notAfterAsOf(List<Problem> out, String path, String field, LocalDate date, LocalDate asOf) {
        inYears(out, path, field, date);
        if (date != null && asOf != null && date.isAfter(asOf)) {
            out.add(new Problem(path + field, date.toString(), "a date not after asOf (" + asOf + ")"));
        }
    }

    /** Text no longer than {@link InputRanges#MAX_TEXT} characters (null is checked elsewhere). */
    private static void text(List<Problem> out, String path, String value) {
        text(out, path, "", value);
    }

    private static void text(List<Problem> out, String path, String field, String value) {
        if (value != null && value.length() > InputRanges.MAX_TEXT) {
            out.add(new Problem(path + field, "a text of " + value.length() + " characters", "at most "
                    + InputRanges.MAX_TEXT + " characters"));
        }
    }

    /** A list no longer than {@code max} entries. */
    private static void size(List<Problem> out, String path, int size, int max) {
        size(out, path, "", size, max);
    }

    private static void size(List<Problem> out, String path, String field, int size, int max) {
        if (size > max) {
            out.add(new Problem(path + field, "a list of " + size, "at most " + max + " entries"));
        }
    }

    /** A required number in its documented range. */
    private static void inRange(List<Problem> out, String path, BigDecimal v, InputRanges range) {
        inRange(out, path, "", v, range);
    }

    private static void inRange(List<Problem> out, String path, String field, BigDecimal v, InputRanges range) {
        if (v == null) {
            out.add(new Problem(path + field, MISSING, range.expected()));
        } else {
            optionalInRange(out, path, field, v, range);
        }
    }

    /** An optional number in its documented range. */
    private static void optionalInRange(List<Problem> out, String path, BigDecimal v, InputRanges range) {
        optionalInRange(out, path, "", v, range);
    }

    private static void optionalInRange(List<Problem> out, String path, String field, BigDecimal v,
            InputRanges range) {
        if (v != null && !range.contains(v)) {
            out.add(new Problem(path + field, InputRanges.show(v), range.expected()));
        }
    }

    /** A dose in units is a count of tablets or patches; in mg, microgram or ml an amount. */
    private static InputRanges doseRange(Dose d) {
        return d.unit() == org.taperwise.model.DoseUnit.UNIT ? InputRanges.DOSE_UNITS : InputRanges.DOSE_AMOUNT;
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}
