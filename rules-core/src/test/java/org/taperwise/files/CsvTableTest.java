package org.taperwise.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.RulesetProblem;

class CsvTableTest {
    @Test
    void quotedFields_keepCommasAndDoubledQuotes() {
        assertEquals(List.of("a", "b, c", "say \"hi\"", ""), CsvTable.split("a,\"b, c\",\"say \"\"hi\"\"\","));
    }

    @Test
    void unbalancedQuote_isRefused() {
        assertNull(CsvTable.split("a,\"b"));
    }

    @Test
    void commentsAndBlankLines_areSkippedAndRowsKeepTheirLineNumbers() {
        List<RulesetProblem> problems = new ArrayList<>();
        CsvTable t = CsvTable.parse("t.csv", "# doc\n# more\nname,value\n\nx,1\ny,2\n", List.of("name", "value"),
                List.of(), problems);
        assertTrue(problems.isEmpty(), problems::toString);
        assertEquals(List.of("doc", "more"), t.comments());
        assertEquals(5, t.rows().get(0).line());
        assertEquals(6, t.rows().get(1).line());
    }

    @Test
    void missingAndUnknownColumns_areReportedOnTheHeaderLine() {
        List<RulesetProblem> problems = new ArrayList<>();
        CsvTable.parse("t.csv", "# doc\nname,colour\nx,red\n", List.of("name", "value"), List.of(), problems);
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.stream().allMatch(p -> p.line() == 2));
        assertTrue(problems.stream().anyMatch(p -> "value".equals(p.column()) && p.message().contains("missing")));
        assertTrue(problems.stream().anyMatch(p -> "colour".equals(p.column()) && p.message().contains("unknown")));
    }

    @Test
    void rowWithTheWrongNumberOfFields_isReportedWithItsLine() {
        List<RulesetProblem> problems = new ArrayList<>();
        CsvTable.parse("t.csv", "name,value\nx,1,extra\n", List.of("name", "value"), List.of(), problems);
        assertEquals(1, problems.size());
        assertEquals(2, problems.get(0).line());
    }
}
