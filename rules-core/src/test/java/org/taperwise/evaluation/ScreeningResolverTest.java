package org.taperwise.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.model.Instrument;
import org.taperwise.model.InstrumentScore;
import org.taperwise.model.Warning;
import org.taperwise.model.WarningCode;
import org.taperwise.rules.ScreeningResult;

/** Questionnaire scores as screening results, the latest of each instrument marked. */
class ScreeningResolverTest {
    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    private static List<Boolean> latest(InstrumentScore... scores) {
        return ScreeningResolver.resolve(List.of(scores), new ArrayList<>()).stream().map(ScreeningResult::latest)
                .toList();
    }

    @Test
    void theLatestDatedScoreOfEachInstrument_isMarked() {
        assertEquals(List.of(false, true, true, false), latest(InstrumentScore.of(Instrument.COMM, 10, DAY),
                InstrumentScore.of(Instrument.COMM, 4, DAY.plusDays(30)), InstrumentScore.of(Instrument.COWS, 8, DAY),
                InstrumentScore.of(Instrument.COMM, 12, DAY.plusDays(10))));
    }

    @Test
    void aDatedScore_beatsAnUndatedOne_inEitherOrder() {
        assertEquals(List.of(false, true), latest(InstrumentScore.of(Instrument.COMM, 10, null),
                InstrumentScore.of(Instrument.COMM, 4, DAY)));
        assertEquals(List.of(true, false), latest(InstrumentScore.of(Instrument.COMM, 4, DAY),
                InstrumentScore.of(Instrument.COMM, 10, null)));
    }

    @Test
    void onTheSameDay_theLaterInInputOrderIsLatest_andOfUndatedTheFirst() {
        assertEquals(List.of(false, true), latest(InstrumentScore.of(Instrument.COMM, 10, DAY),
                InstrumentScore.of(Instrument.COMM, 4, DAY)));
        assertEquals(List.of(true, false), latest(InstrumentScore.of(Instrument.COMM, 10, null),
                InstrumentScore.of(Instrument.COMM, 4, null)));
    }

    @Test
    void everyScoreIsAResult_andAnUndatedOneIsWarnedAbout() {
        List<Warning> warnings = new ArrayList<>();
        List<ScreeningResult> results = ScreeningResolver.resolve(List.of(InstrumentScore.of(Instrument.COMM, 10, DAY),
                InstrumentScore.of(Instrument.COWS, 7, null)), warnings);
        assertEquals(List.of(new ScreeningResult(Instrument.COMM, 10, DAY, "assessments[0]", true),
                new ScreeningResult(Instrument.COWS, 7, null, "assessments[1]", true)), results);
        assertEquals(List.of(new Warning(WarningCode.SCORE_DATE_MISSING, "assessments[1].date",
                "COWS score has no date: treated as current unless a dated one exists")), warnings);
    }
}
