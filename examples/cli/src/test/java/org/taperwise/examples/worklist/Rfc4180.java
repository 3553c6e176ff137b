package org.taperwise.examples.worklist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: fields may be quoted, rows end with CRLF, nothing else is accepted. */
public final class Rfc4180 {
    private Rfc4180() {
    }

    /** A strict RFC 4180 reader (test-only): rows of fields. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i++;
                while (true) {
                    char d = text.charAt(i++);
                    if (d == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(d);
                    }
                }
                continue;
            }
            if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertTrue(c != '"' && c != '\n' && c != '\r', "an unquoted field holds " + (int) c + " at " + i);
                field.append(c);
            }
            i++;
        }
        assertTrue(row.isEmpty() && field.isEmpty(), "the last row ends with CRLF");
        return rows;
    }

}
