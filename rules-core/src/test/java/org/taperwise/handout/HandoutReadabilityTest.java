package org.taperwise.handout;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taperwise.handout.HandoutFixtures.assessment;
import static org.taperwise.handout.HandoutFixtures.none;
import static org.taperwise.handout.HandoutFixtures.oxycodoneMr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taperwise.model.Assessment;
import org.taperwise.model.FlagCode;
import org.taperwise.model.TaperReason;
import org.taperwise.model.TaperStatus;

/**
 * The handout's fixed words (everything but the schedule's lines) read at the level NHS patient information aims
 * for: a reading age of 9 to 11 (NHS digital service manual, content style guide; see package-info). Measured with
 * the Flesch-Kincaid grade level (Kincaid et al., 1975: 0.39 x words a sentence + 11.8 x syllables a word - 15.59),
 * which the NHS Library's health literacy toolkit lists as a readability test (tool 11). A US grade is a reading age
 * about 5 years lower than the age: grade 6 is a reading age of about 11, so the bound is grade 6. Sentences are
 * also kept short: at most 12 words on average and never more than 20 (GOV.UK and NHS style: short sentences;
 * the bound is this project's, set from the text as written with room for small edits).
 */
class HandoutReadabilityTest {
    static Stream<Assessment> handouts() {
        return Stream.of(assessment(oxycodoneMr(), FlagCode.NALOXONE_RECOMMENDED),
                assessment(none(TaperStatus.SPECIALIST_REQUIRED, TaperReason.SPECIALIST_REQUIRED),
                        FlagCode.NALOXONE_RECOMMENDED));
    }

    @ParameterizedTest
    @MethodSource("handouts")
    void fixedText_readsAtGradeSixOrBelow_withShortSentences(Assessment a) {
        Handout h = HandoutReader.read(a, null);
        List<String> sentences = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>(Advice.intro(h));
        for (Advice.Section s : Advice.sections(h)) {
            paragraphs.add(s.heading());
            paragraphs.addAll(s.before());
            paragraphs.addAll(s.bullets());
            paragraphs.addAll(s.after());
        }
        for (Handout.Period p : h.periods()) {
            paragraphs.add(Schedule.lead(p));
            paragraphs.addAll(Schedule.notes(p));
        }
        for (String p : paragraphs) {
            for (String s : p.split("(?<=[.:?!])\\s+")) {
                if (!s.isBlank()) {
                    sentences.add(s);
                }
            }
        }
        int words = 0;
        int syllables = 0;
        int longest = 0;
        for (String s : sentences) {
            String[] ws = s.replaceAll("[^A-Za-z0-9' -]", " ").trim().split("\\s+");
            longest = Math.max(longest, ws.length);
            words += ws.length;
            for (String w : ws) {
                syllables += syllables(w);
            }
        }
        double perSentence = (double) words / sentences.size();
        double grade = 0.39 * perSentence + 11.8 * syllables / words - 15.59;
        String figures = String.format(Locale.ROOT, "grade %.2f, %.1f words a sentence, longest %d, %d sentences",
                grade, perSentence, longest, sentences.size());
        System.out.println("Handout readability: " + figures);
        assertTrue(grade <= 6.0, figures);
        assertTrue(perSentence <= 12, figures);
        assertTrue(longest <= 20, figures);
    }

    /** Vowel groups, less a silent final e, at least one; numbers count one a digit group. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
        }
        int n = 0;
        boolean vowel = false;
        for (char c : w.toCharArray()) {
            boolean v = "aeiouy".indexOf(c) >= 0;
            if (v && !vowel) {
                n++;
            }
            vowel = v;
        }
        if (w.endsWith("e") && !w.endsWith("le") && n > 1) {
            n--;
        }
        return Math.max(1, n);
    }
}
