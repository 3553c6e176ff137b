package org.taperwise.cdshooks.server;

import java.util.UUID;

/** Hook request bodies for the tests. */
final class Requests {
    private Requests() {
    }

    static String patientView(String patientId) {
        return "{\"hook\": \"patient-view\", \"hookInstance\": \"" + UUID.randomUUID() + "\", "
                + "\"context\": {\"userId\": \"Practitioner/1\", \"patientId\": \"" + patientId + "\"}, "
                + prefetch() + "}";
    }

    static String orderHook(String hook, String patientId) {
        return "{\"hook\": \"" + hook + "\", \"hookInstance\": \"" + UUID.randomUUID() + "\", "
                + "\"context\": {\"userId\": \"Practitioner/1\", \"patientId\": \"" + patientId + "\", "
                + "\"draftOrders\": {\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": []}"
                + (hook.equals("order-select") ? ", \"selections\": []" : "") + "}, " + prefetch() + "}";
    }

    static String prefetch() {
        return "\"prefetch\": {\"patient\": {\"resourceType\": \"Patient\", \"id\": \"p1\"}, "
                + "\"medicationRequests\": {\"resourceType\": \"Bundle\", \"type\": \"searchset\"}, "
                + "\"medicationDispenses\": {\"resourceType\": \"Bundle\", \"type\": \"searchset\"}, "
                + "\"medicationStatements\": {\"resourceType\": \"Bundle\", \"type\": \"searchset\"}, "
                + "\"conditions\": {\"resourceType\": \"Bundle\", \"type\": \"searchset\"}}";
    }
}
