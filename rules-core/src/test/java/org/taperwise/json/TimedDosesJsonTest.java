package org.taperwise.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.taperwise.InvalidInputException;
import org.taperwise.Problem;
import org.taperwise.model.Prescription;
import org.taperwise.model.TimeOfDay;

/** {@code prescriptions[].doses}: doses that differ by time of day, read as prescribed and checked. */
class TimedDosesJsonTest {
    private static String patient(String rx) {
        return "{\"patientId\":\"p\",\"asOf\":\"2026-11-01\",\"prescriptions\":[{\"medicine\":\"oxycodone\","
                + "\"form\":\"mr-tablet\",\"strength\":{\"value\":10,\"unit\":\"mg\"},\"issued\":\"2026-10-20\"," + rx
                + "}]}";
    }

    private static List<Problem> problems(String rx) {
        return assertThrows(InvalidInputException.class, () -> TaperwiseJson.readPatient(patient(rx))).problems();
    }

    private static boolean has(List<Problem> problems, String path) {
        return problems.stream().anyMatch(p -> p.path().equals(path));
    }

    @Test
    void dosesByTimeOfDay_areReadInOrder() {
        Prescription rx = TaperwiseJson.readPatient(patient("\"doses\":[{\"when\":\"morning\",\"value\":2,"
                + "\"unit\":\"unit\"},{\"when\":\"night\",\"value\":30,\"unit\":\"mg\"}]")).facts().prescriptions().get(0);
        assertEquals(2, rx.doses().size());
        assertEquals(TimeOfDay.MORNING, rx.doses().get(0).when());
        assertEquals(TimeOfDay.NIGHT, rx.doses().get(1).when());
        assertEquals(0, rx.doses().get(1).dose().value().compareTo(java.math.BigDecimal.valueOf(30)));
    }

    @Test
    void dosesWithDoseOrTimesPerDay_areRefused() {
        List<Problem> p = problems("\"doses\":[{\"when\":\"morning\",\"value\":2,\"unit\":\"unit\"}],"
                + "\"dose\":{\"value\":1,\"unit\":\"unit\"},\"timesPerDay\":2");
        assertTrue(has(p, "prescriptions[0].doses"), p::toString);
    }

    @Test
    void aTimeOfDayGivenTwice_orMissing_orAnUnknownOne_isRefusedWithItsPath() {
        List<Problem> p = problems("\"doses\":[{\"when\":\"morning\",\"value\":2,\"unit\":\"unit\"},"
                + "{\"when\":\"morning\",\"value\":1,\"unit\":\"unit\"},{\"value\":1,\"unit\":\"unit\"},"
                + "{\"when\":\"teatime\",\"value\":1,\"unit\":\"unit\"}]");
        assertTrue(has(p, "prescriptions[0].doses[1].when"), p::toString);
        assertTrue(has(p, "prescriptions[0].doses[2].when"), p::toString);
        assertTrue(has(p, "prescriptions[0].doses[3].when"), p::toString);
    }

    @Test
    void asNeededDosesByTimeOfDay_andAZeroDose_areRefused() {
        List<Problem> p = problems("\"asNeeded\":true,\"doses\":[{\"when\":\"night\",\"value\":0,\"unit\":\"unit\"}]");
        assertTrue(has(p, "prescriptions[0].doses"), p::toString);
        assertTrue(has(p, "prescriptions[0].doses[0].value"), p::toString);
    }

    @Test
    void anUnknownFieldInATimedDose_isRefusedWithTheNearestName() {
        List<Problem> p = problems("\"doses\":[{\"when\":\"night\",\"vaule\":1,\"unit\":\"unit\"}]");
        assertTrue(p.stream().anyMatch(x -> x.path().equals("prescriptions[0].doses[0].vaule")
                && x.expected().contains("value")), p::toString);
    }
}
