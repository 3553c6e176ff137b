package org.taperwise.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.taperwise.model.Instrument;
import org.taperwise.model.InstrumentScore;
import org.taperwise.model.Warning;
import org.taperwise.model.WarningCode;
import org.taperwise.rules.ScreeningResult;

/**
 * Turns questionnaire scores into the screening results rules match on, marking the latest result of each
 * instrument: a dated score beats an undated one and a later date an earlier one; of two dated the same day, the
 * later in input order is the latest, and of two undated, the earlier. An undated score is warned about.
 */
final class ScreeningResolver {
    private ScreeningResolver() {
    }

    /** One result per score, in input order; warnings are appended in input order. */
    static List<ScreeningResult> resolve(List<InstrumentScore> scores, List<Warning> warnings) {
        Map<Instrument, Integer> latest = new EnumMap<>(Instrument.class);
        for (int i = 0; i < scores.size(); i++) {
            InstrumentScore s = scores.get(i);
            Integer best = latest.get(s.instrument());
            if (best == null || newer(s, scores.get(best))) {
                latest.put(s.instrument(), i);
            }
        }
        List<ScreeningResult> out = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            InstrumentScore s = scores.get(i);
            String path = "assessments[" + i + "]";
            if (s.date() == null) {
                warnings.add(new Warning(WarningCode.SCORE_DATE_MISSING, path + ".date",
                        s.instrument().code() + " score has no date: treated as current unless a dated one exists"));
            }
            out.add(new ScreeningResult(s.instrument(), s.score().doubleValue(), s.date(), path,
                    latest.get(s.instrument()) == i));
        }
        return out;
    }

    /**
     * Whether {@code a}, later in input order, replaces {@code b} as the latest: dated beats undated, later beats
     * earlier, the same date replaces, and an undated {@code a} never does.
     */
    private static boolean newer(InstrumentScore a, InstrumentScore b) {
        if (a.date() == null) {
            return false;
        }
        return b.date() == null || a.date().isAfter(b.date()) || a.date().isEqual(b.date());
    }
}
