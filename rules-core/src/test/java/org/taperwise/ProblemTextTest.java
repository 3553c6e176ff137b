package org.taperwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.json.TaperwiseJson;

/** A problem's text is one line whatever the record holds: control characters are shown escaped (issue 13). */
class ProblemTextTest {
    @Test
    void controlCharacters_areEscaped_plainTextIsKept() {
        assertEquals("a\\nb\\u001b[31mc\\u2028d", Problem.escapeControls("a\nb\u001b[31mc\u2028d"));
        String plain = "prescriptions[0].medicine \u00e9 \"quoted\"";
        assertSame(plain, Problem.escapeControls(plain));
    }

    @Test
    void aForgedLineInAnUnknownFieldName_staysOnOneLine() {
        String json = "{\"patientId\":\"p\",\"asOf\":\"2026-11-01\",\"x\\nERROR forged line\":1}";
        List<Problem> problems = assertThrows(InvalidInputException.class, () -> TaperwiseJson.readPatient(json))
                .problems();
        assertTrue(problems.stream().anyMatch(p -> p.path().contains("x\\nERROR forged line")), problems::toString);
        problems.forEach(p -> assertFalse(p.toString().contains("\n"), p::toString));
    }
}
