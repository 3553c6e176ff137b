package org.taperwise.tables;

import org.taperwise.files.CsvTable;
import org.taperwise.files.RowReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.taperwise.RulesetProblem;
import org.taperwise.model.Coding;
import org.taperwise.model.ConditionConcept;

/**
 * The ruleset's code tables: condition codings (ICD-10, ICD-10-CM, SNOMED CT) to the concepts the rules know,
 * and medicine codings (RxNorm, SNOMED CT / dm+d, ATC) to rows of the medicines table.
 *
 * <p>Matching: systems must be equal (dm+d's {@code https://dmd.nhs.uk} is read as SNOMED CT, whose identifiers
 * dm+d uses); never across ICD-10 and ICD-10-CM, whose codes mean different things. ICD codes compare without
 * their dot and case ({@code Z51.5} = {@code z515}). A row's {@code match} is {@code exact}, {@code prefix}
 * (ICD only: {@code F11} matches {@code F11.2}) or {@code range} (ICD only: {@code C00-C97} matches every code whose
 * three-character category lies in the range).
 */
public final class CodeTables {
    public static final String CONDITIONS_FILE = "tables/condition-codes.csv";
    public static final String MEDICINES_FILE = "tables/medicine-codes.csv";
    static final String SNOMED = "http://snomed.info/sct";
    static final String DMD = "https://dmd.nhs.uk";
    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
    static final String ICD10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    private static final List<String> CONDITION_COLUMNS = List.of("system", "code", "match", "concept", "display",
            "source");
    private static final List<String> MEDICINE_COLUMNS = List.of("system", "code", "medicine", "display", "kind",
            "source");

    private record Range(String system, String from, String to, ConditionConcept concept) {
    }

    private record Prefix(String system, String prefix, ConditionConcept concept) {
    }

    private final Map<String, ConditionConcept> exactConditions;
    private final List<Prefix> prefixes;
    private final List<Range> ranges;
    private final Map<String, MedicineEntry> medicines;

    private CodeTables(Map<String, ConditionConcept> exactConditions, List<Prefix> prefixes, List<Range> ranges,
            Map<String, MedicineEntry> medicines) {
        this.exactConditions = Map.copyOf(exactConditions);
        List<Prefix> longestFirst = new ArrayList<>(prefixes);
        longestFirst.sort((a, b) -> b.prefix().length() - a.prefix().length());
        this.prefixes = List.copyOf(longestFirst);
        this.ranges = List.copyOf(ranges);
        this.medicines = Map.copyOf(medicines);
    }

    /** An empty table set, for rulesets without code tables. */
    static CodeTables none() {
        return new CodeTables(Map.of(), List.of(), List.of(), Map.of());
    }

    public static CodeTables parse(String conditionsText, String medicinesText, MedicinesTable medicineTable,
            List<RulesetProblem> problems) {
        Map<String, ConditionConcept> exact = new HashMap<>();
        List<Prefix> prefixes = new ArrayList<>();
        List<Range> ranges = new ArrayList<>();
        if (conditionsText != null) {
            CsvTable t = CsvTable.parse(CONDITIONS_FILE, conditionsText, CONDITION_COLUMNS, List.of(), problems);
            Map<String, Integer> seen = new HashMap<>();
            for (CsvTable.Row row : t.rows()) {
                RowReader r = new RowReader(CONDITIONS_FILE, row, problems);
                String system = r.text("system");
                String code = r.text("code");
                String match = r.text("match");
                ConditionConcept concept = r.code("concept", ConditionConcept.class);
                r.text("source");
                if (system == null || code == null || match == null || concept == null) {
                    continue;
                }
                system = system(system);
                boolean icd = icd(system);
                switch (match) {
                    case "exact" -> {
                        String key = key(system, code);
                        Integer earlier = seen.putIfAbsent(key, row.line());
                        if (earlier != null && exact.get(key) != concept) {
                            r.problem("code", code + " is already mapped to " + exact.get(key) + " on line " + earlier);
                        }
                        exact.putIfAbsent(key, concept);
                    }
                    case "prefix" -> {
                        if (!icd) {
                            r.problem("match", "prefix matching is for ICD-10 codes only; list " + system
                                    + " codes exactly");
                        } else {
                            prefixes.add(new Prefix(system, normalise(system, code), concept));
                        }
                    }
                    case "range" -> {
                        String[] parts = code.split("-");
                        if (!icd || parts.length != 2 || parts[0].strip().length() != 3 || parts[1].strip().length() != 3) {
                            r.problem("code", "\"" + code + "\" is not an ICD-10 category range such as C00-C97");
                        } else {
                            ranges.add(new Range(system, normalise(system, parts[0]), normalise(system, parts[1]),
                                    concept));
                        }
                    }
                    default -> r.problem("match", "\"" + match + "\" is not one of: exact, prefix, range");
                }
            }
        }
        Map<String, MedicineEntry> meds = new HashMap<>();
        if (medicinesText != null) {
            CsvTable t = CsvTable.parse(MEDICINES_FILE, medicinesText, MEDICINE_COLUMNS, List.of(), problems);
            for (CsvTable.Row row : t.rows()) {
                RowReader r = new RowReader(MEDICINES_FILE, row, problems);
                String system = r.text("system");
                String code = r.text("code");
                String medicine = r.text("medicine");
                r.text("source");
                if (system == null || code == null || medicine == null) {
                    continue;
                }
                MedicineEntry entry = medicineTable == null ? null : medicineTable.find(medicine);
                if (entry == null) {
                    r.problem("medicine", "\"" + medicine + "\" is not a name in " + MedicinesTable.FILE);
                    continue;
                }
                String key = key(system(system), code);
                MedicineEntry earlier = meds.putIfAbsent(key, entry);
                if (earlier != null && earlier != entry) {
                    r.problem("code", code + " is already mapped to " + earlier.name());
                }
            }
        }
        return new CodeTables(exact, prefixes, ranges, meds);
    }

    /** The concept a condition coding maps to, or null when unmapped. */
    public ConditionConcept concept(Coding coding) {
        if (coding == null || coding.system() == null || coding.code() == null) {
            return null;
        }
        String system = system(coding.system());
        String code = normalise(system, coding.code());
        ConditionConcept c = exactConditions.get(system + "|" + code);
        if (c != null || !icd(system)) {
            return c;
        }
        for (Prefix p : prefixes) {
            if (p.system().equals(system) && code.startsWith(p.prefix())) {
                return p.concept();
            }
        }
        if (code.length() >= 3) {
            String category = code.substring(0, 3);
            for (Range r : ranges) {
                if (r.system().equals(system) && category.compareTo(r.from()) >= 0 && category.compareTo(r.to()) <= 0) {
                    return r.concept();
                }
            }
        }
        return null;
    }

    /** The medicine a coding maps to, or null when unmapped. */
    public MedicineEntry medicine(Coding coding) {
        if (coding == null || coding.system() == null || coding.code() == null) {
            return null;
        }
        return medicines.get(key(system(coding.system()), coding.code()));
    }

    /** The medicine of a {@link #key(String, String) key}, or null. */
    MedicineEntry medicineByKey(String key) {
        return medicines.get(key);
    }

    /** The key a coding is matched by: its system (dm+d read as SNOMED CT) and its normalised code. */
    static String key(String system, String code) {
        return system + "|" + normalise(system, code);
    }

    /** The system as codes are matched: trimmed, no trailing slash, dm+d read as SNOMED CT. */
    static String system(String system) {
        String s = system.strip();
        if (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.equals(DMD) || s.equals("http://dmd.nhs.uk") ? SNOMED : s;
    }

    private static boolean icd(String system) {
        return system.equals(ICD10) || system.equals(ICD10_CM);
    }

    private static String normalise(String system, String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        return icd(system) ? c.replace(".", "") : c;
    }
}
