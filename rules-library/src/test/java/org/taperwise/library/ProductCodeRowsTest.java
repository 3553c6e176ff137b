package org.taperwise.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taperwise.evaluation.MedicineResolver;
import org.taperwise.loader.LoadedRulesets;
import org.taperwise.model.DoseUnit;
import org.taperwise.model.Prescription;
import org.taperwise.model.Warning;

/**
 * One case per row of {@code tables/product-codes.csv}: a prescription that carries only that code resolves, through
 * the engine's resolver, to the row's medicine, form and strength, without a warning; a dm+d code under both of its
 * systems ({@code https://dmd.nhs.uk} and {@code http://snomed.info/sct}).
 */
class ProductCodeRowsTest {
    private static final String DMD = "https://dmd.nhs.uk";
    private static final String SNOMED = "http://snomed.info/sct";
    private static final MedicineResolver RESOLVER = MedicineResolver.of(LoadedRulesets.of(Builtin.RULESET));
    private static final List<BuiltinTables.Row> ROWS = BuiltinTables.rows("product-codes.csv");

    static Stream<Arguments> rows() {
        return ROWS.stream().map(r -> Arguments.of("line " + r.line() + ": " + r.get("code") + " " + r.get("display"), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aProductCodeAlone_isItsMedicineFormAndStrength(String name, BuiltinTables.Row row) {
        List<String> systems = row.get("system").equals(DMD) ? List.of(DMD, SNOMED) : List.of(row.get("system"));
        for (String system : systems) {
            Prescription rx = Prescription.builder().id("rx").coding(system, row.get("code")).dose(1, DoseUnit.UNIT)
                    .timesPerDay(1).issued(LocalDate.of(2026, 10, 1)).daysSupply(28).build();
            List<Warning> warnings = new ArrayList<>();
            MedicineResolver.Resolved r = RESOLVER.resolve(rx, "prescriptions[0]", warnings);
            assertNotNull(r.medicine(), system);
            assertEquals(row.get("medicine"), r.medicine().name(), system);
            assertEquals(row.get("form"), r.rx().form().code(), system);
            assertEquals(0, new BigDecimal(row.get("strength")).compareTo(r.rx().strength().value()),
                    () -> system + ": " + r.rx().strength());
            assertEquals(row.get("strength_unit"), r.rx().strength().unit().code(), system);
            assertEquals(List.of(), warnings, system);
            assertEquals(0, r.unmapped());
        }
    }

    @Test
    void everyRowIsLoaded_andTheCountsAreThoseReported() {
        assertEquals(ROWS.size(), LoadedRulesets.of(Builtin.RULESET).productCodes().rows().size());
        Map<String, Long> bySystem = ROWS.stream().collect(Collectors.groupingBy(r -> r.get("system"),
                Collectors.counting()));
        assertEquals(Map.of("http://www.nlm.nih.gov/research/umls/rxnorm", 1588L, DMD, 3684L), bySystem);
    }
}
