package org.taperwise.handout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.taperwise.model.Assessment;
import org.taperwise.model.FlagCode;
import org.taperwise.model.Taper;
import org.taperwise.model.TaperDose;
import org.taperwise.model.TaperStatus;
import org.taperwise.model.TaperStep;

/**
 * Reads what the handout says from an assessment: the plan's steps as periods with lines a patient can follow
 * ({@link DoseWords}), the review dates, and whether naloxone is recommended. Only a PROPOSED taper gives a schedule.
 */
final class HandoutReader {
    private HandoutReader() {
    }

    static Handout read(Assessment a, Locale locale) {
        String emergency = emergencyNumber(a, locale);
        boolean naloxone = a.hasFlag(FlagCode.NALOXONE_RECOMMENDED);
        Taper taper = a.taper();
        if (taper == null || taper.status() != TaperStatus.PROPOSED || taper.steps().isEmpty()) {
            return new Handout(a.asOf(), false, taper == null ? null : taper.reasonCode(), List.of(), List.of(),
                    naloxone, emergency);
        }
        List<TaperStep> steps = taper.steps();
        List<Handout.Period> periods = new ArrayList<>();
        Set<LocalDate> reviews = new TreeSet<>();
        Set<String> before = Set.of();
        for (int i = 0; i < steps.size(); i++) {
            TaperStep s = steps.get(i);
            List<Handout.Line> lines = new ArrayList<>();
            List<String> collect = new ArrayList<>();
            Set<String> now = new LinkedHashSet<>();
            for (TaperDose d : s.doses()) {
                lines.addAll(DoseWords.lines(d));
                d.supply().forEach(q -> collect.add(Schedule.collect(q)));
                now.add(d.medicine() + " " + Words.form(d.form()));
            }
            List<String> stops = new ArrayList<>();
            for (String m : before) {
                if (!now.contains(m)) {
                    stops.add(m);
                }
            }
            List<LocalDate> seeBy = new ArrayList<>(s.reviewDates());
            if (i + 1 < steps.size() && steps.get(i + 1).reviewBefore() && !seeBy.contains(s.end())) {
                seeBy.add(s.end());
            }
            seeBy.sort(null);
            reviews.addAll(seeBy);
            boolean last = i == steps.size() - 1 && s.doses().isEmpty();
            periods.add(new Handout.Period(i, s.start(), s.end(), lines, stops, seeBy, last, collect));
            before = now;
        }
        return new Handout(a.asOf(), true, null, periods, new ArrayList<>(reviews), naloxone, emergency);
    }

    /**
     * 911 in the United States, else 999 (the UK; 112 also works there). The country is the caller's locale when it
     * names one, else the assessment's profile: a profile id starting "us-" (us-cdc-2022, us-cdc-2016) is American.
     */
    private static String emergencyNumber(Assessment a, Locale locale) {
        String country = locale == null ? "" : locale.getCountry();
        if (country.isEmpty()) {
            country = a.profile() != null && a.profile().startsWith("us-") ? "US" : "GB";
        }
        return country.equals("US") ? "911" : "999";
    }
}
