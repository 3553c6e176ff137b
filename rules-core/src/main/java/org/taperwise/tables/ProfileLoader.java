package org.taperwise.tables;

import org.taperwise.files.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.taperwise.RulesetProblem;
import org.taperwise.model.Codes;
import org.taperwise.rules.Comparison;
import org.taperwise.rules.Parameters;
import org.taperwise.rules.TaperPolicyRole;
import org.taperwise.rules.Threshold;

/** Reads {@code profiles/<id>.json}, checking every parameter, its range and its source. */
public final class ProfileLoader {
    private static final Set<String> TOP_FIELDS = Set.of("id", "title", "description", "conversionTable",
            "productsTable", "parameters", "taperPolicies");
    private static final Set<String> POLICY_FIELDS = Set.of("role", "reductionPercent", "basis", "intervalDays",
            "slowBelowPercent", "slowReductionPercent", "rounding", "source", "note");
    private static final Set<String> PARAMETER_FIELDS = Set.of("value", "comparison", "source", "note");

    private ProfileLoader() {
    }

    /** As {@link #load(String, String, Function, Function, List)} in a ruleset without products tables. */
    public static Profile load(String file, String text, Function<String, ConversionTable> tables,
            List<RulesetProblem> problems) {
        return load(file, text, tables, path -> null, problems);
    }

    /**
     * @param tables   reads a conversion table named by the profile, or records a problem and returns null
     * @param products reads the products table the profile names ({@code productsTable}, default
     *                 {@link ProductsTable#FILE}); null when the ruleset has no such table (a profile that names
     *                 none then has an empty one; one that names a missing table is refused)
     */
    public static Profile load(String file, String text, Function<String, ConversionTable> tables,
            Function<String, ProductsTable> products, List<RulesetProblem> problems) {
        JsonDocument doc = JsonDocument.parse(file, text, problems);
        if (doc == null) {
            return null;
        }
        JsonNode root = doc.root();
        if (!root.isObject()) {
            problems.add(doc.problem("", "must be a JSON object"));
            return null;
        }
        int before = problems.size();
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!TOP_FIELDS.contains(f)) {
                problems.add(doc.problem("/" + f, "unknown field (expected: " + String.join(", ", TOP_FIELDS) + ")"));
            }
        }
        String id = requiredText(doc, root, "id", problems);
        String expectedId = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.json$", "");
        if (id != null && !id.equals(expectedId)) {
            problems.add(doc.problem("/id", "\"" + id + "\" must match the file name (" + expectedId + ")"));
        }
        String title = requiredText(doc, root, "title", problems);
        String description = root.path("description").asText(null);
        String tablePath = requiredText(doc, root, "conversionTable", problems);
        ConversionTable table = null;
        if (tablePath != null) {
            table = tables.apply(tablePath);
            if (table == null) {
                problems.add(doc.problem("/conversionTable", "\"" + tablePath + "\" is not a table of this ruleset"));
            }
        }
        ProductsTable productsTable = null;
        JsonNode named = root.get("productsTable");
        if (named != null && (!named.isTextual() || named.asText().isBlank())) {
            problems.add(doc.problem("/productsTable", "must be a non-empty string (a products table of this ruleset,"
                    + " e.g. " + ProductsTable.FILE + ")"));
        } else {
            String productsPath = named == null ? ProductsTable.FILE : named.asText();
            productsTable = products.apply(productsPath);
            if (productsTable == null && named == null) {
                // a ruleset without tables/products.csv whose profiles name none: no products, so no plans
                productsTable = ProductsTable.empty();
            } else if (productsTable == null) {
                problems.add(doc.problem("/productsTable", "\"" + productsPath + "\" is not a table of this ruleset"));
            }
        }
        JsonNode params = root.get("parameters");
        Map<ParameterSpec, Object> values = new EnumMap<>(ParameterSpec.class);
        List<ProfileParameter> written = new ArrayList<>();
        if (params == null || !params.isObject()) {
            problems.add(doc.problem("/parameters", "must be an object of parameters"));
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                readParameter(doc, e.getKey(), e.getValue(), values, written, problems);
            }
            for (ParameterSpec spec : ParameterSpec.values()) {
                if (!params.has(spec.jsonName)) {
                    problems.add(doc.problem("/parameters", "parameter " + spec.jsonName + " is missing"));
                }
            }
        }
        java.util.Map<String, TaperPolicy> policies = readPolicies(doc, root.get("taperPolicies"), problems);
        if (problems.size() > before || table == null || productsTable == null) {
            return null;
        }
        Parameters parameters = new Parameters(id,
                (Threshold) values.get(ParameterSpec.HIGH_DOSE),
                (Threshold) values.get(ParameterSpec.ELEVATED_DOSE),
                (Integer) values.get(ParameterSpec.REVIEW_MIN_OPIOID_PRESCRIPTIONS),
                (Integer) values.get(ParameterSpec.REVIEW_WINDOW_MONTHS),
                (Integer) values.get(ParameterSpec.LONG_TERM_USE_MONTHS),
                (Integer) values.get(ParameterSpec.SUPPLY_GAP_DAYS),
                (Integer) values.get(ParameterSpec.ADULT_AGE_YEARS),
                (Integer) values.get(ParameterSpec.DEFAULT_DAYS_SUPPLY),
                (Integer) values.get(ParameterSpec.SCORE_LOOKBACK_MONTHS),
                (Threshold) values.get(ParameterSpec.VERY_HIGH_DOSE),
                (Threshold) values.get(ParameterSpec.NALOXONE_DOSE),
                (Boolean) values.get(ParameterSpec.NALOXONE_FOR_SEDATIVES),
                (Boolean) values.get(ParameterSpec.NALOXONE_FOR_SUBSTANCE_USE),
                (Boolean) values.get(ParameterSpec.NALOXONE_FOR_RESPIRATORY_DISEASE),
                (Boolean) values.get(ParameterSpec.Z_DRUGS_WITH_OPIOIDS),
                (Boolean) values.get(ParameterSpec.GABAPENTINOIDS_WITH_OPIOIDS),
                (Threshold) values.get(ParameterSpec.MISUSE_SCREEN_COMM),
                (Integer) values.get(ParameterSpec.SUPPLY_REVIEW_DAYS),
                (Double) values.get(ParameterSpec.EARLY_ISSUE_FRACTION),
                (Integer) values.get(ParameterSpec.EARLY_ISSUES_TO_FLAG),
                (Threshold) values.get(ParameterSpec.OVERSUPPLY_RATIO),
                (Integer) values.get(ParameterSpec.LONG_TERM_TAPER_AFTER_MONTHS),
                (Double) values.get(ParameterSpec.LIQUID_STEP_ML),
                (Double) values.get(ParameterSpec.SOLUTION_MAX_DOSE_ML),
                (Integer) values.get(ParameterSpec.TAPER_REVIEW_MAX_DAYS),
                (Double) values.get(ParameterSpec.TAPER_MAX_CUT_PERCENT_OF_CURRENT),
                (Boolean) values.get(ParameterSpec.PRN_MME_FROM_ESTIMATED_USE),
                (Boolean) values.get(ParameterSpec.TAPER_AS_NEEDED_FIRST),
                (Integer) values.get(ParameterSpec.TAPER_MAX_STRENGTHS_PER_PRODUCT),
                (Integer) values.get(ParameterSpec.SUPPLY_MAX_DAYS_PER_ISSUE),
                (Integer) values.get(ParameterSpec.OLDER_ADULT_AGE_YEARS),
                (Integer) values.get(ParameterSpec.CHILD_CONTRAINDICATION_AGE_YEARS),
                (Integer) values.get(ParameterSpec.RECENT_STOP_DAYS),
                (Integer) values.get(ParameterSpec.OUD_TREATMENT_LOOKBACK_DAYS),
                (Boolean) values.get(ParameterSpec.NALOXONE_FOR_EVERY_OPIOID),
                (Boolean) values.get(ParameterSpec.TAPER_SWITCH_ONCE_DAILY_MR),
                (Boolean) values.get(ParameterSpec.TAPER_STEPS_START_ON_WEEKDAYS),
                (Integer) values.get(ParameterSpec.TAPER_NEW_STRENGTH_COST_TABLETS));
        return new Profile(id, title, description, file, table, productsTable, parameters, List.copyOf(written), policies);
    }

    private static void readParameter(JsonDocument doc, String name, JsonNode node, Map<ParameterSpec, Object> values,
            List<ProfileParameter> written, List<RulesetProblem> problems) {
        String pointer = "/parameters/" + name;
        ParameterSpec spec = ParameterSpec.byJsonName(name);
        if (spec == null) {
            problems.add(doc.problem(pointer, "unknown parameter"));
            return;
        }
        if (!node.isObject()) {
            problems.add(doc.problem(pointer, "must be an object with value and source"));
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!PARAMETER_FIELDS.contains(f)) {
                problems.add(doc.problem(pointer + "/" + f, "unknown field (expected: value, comparison, source, note)"));
            }
        }
        String source = node.path("source").asText("").strip();
        if (source.isEmpty()) {
            problems.add(doc.problem(pointer, "has no source (every clinical value carries its source)"));
        }
        JsonNode v = node.get("value");
        if (spec.kind == ParameterSpec.Kind.BOOLEAN) {
            if (v == null || !v.isBoolean()) {
                problems.add(doc.problem(pointer + "/value", "must be true or false"));
                return;
            }
            if (node.has("comparison")) {
                problems.add(doc.problem(pointer + "/comparison", "applies to thresholds only"));
            }
            values.put(spec, v.booleanValue());
            written.add(new ProfileParameter(name, Boolean.toString(v.booleanValue()), null, source,
                    node.path("note").asText(null), doc.line(pointer)));
            return;
        }
        if (v == null || !v.isNumber()) {
            problems.add(doc.problem(pointer + "/value", "must be a number"));
            return;
        }
        BigDecimal value = v.decimalValue();
        // compared as decimals: 1e-999999999 is not 0, and 1e999999999 is never written out in full (issue 13)
        if (value.compareTo(BigDecimal.valueOf(spec.min)) < 0 || value.compareTo(BigDecimal.valueOf(spec.max)) > 0) {
            problems.add(doc.problem(pointer + "/value", org.taperwise.Problem.number(value) + " is out of range ["
                    + trim(spec.min) + ", " + trim(spec.max) + "]"));
            return;
        }
        String comparison = null;
        switch (spec.kind) {
            case INTEGER -> {
                if (value.stripTrailingZeros().scale() > 0) {
                    problems.add(doc.problem(pointer + "/value", value.toPlainString() + " must be a whole number"));
                    return;
                }
                if (node.has("comparison")) {
                    problems.add(doc.problem(pointer + "/comparison", "applies to thresholds only"));
                }
                values.put(spec, value.intValueExact());
            }
            case DECIMAL -> {
                if (node.has("comparison")) {
                    problems.add(doc.problem(pointer + "/comparison", "applies to thresholds only"));
                }
                values.put(spec, value.doubleValue());
            }
            case BOOLEAN -> throw new IllegalStateException("handled above");
            case THRESHOLD -> {
                comparison = node.path("comparison").asText(null);
                Comparison c = Codes.parse(Comparison.class, comparison).orElse(null);
                if (c == null) {
                    problems.add(doc.problem(pointer + "/comparison", "\"" + comparison + "\" must be one of: "
                            + Codes.allowed(Comparison.class)));
                    return;
                }
                values.put(spec, new Threshold(value.doubleValue(), c));
            }
        }
        written.add(new ProfileParameter(name, value.toPlainString(), comparison, source,
                node.path("note").asText(null), doc.line(pointer)));
    }

    private static java.util.Map<String, TaperPolicy> readPolicies(JsonDocument doc, JsonNode node,
            List<RulesetProblem> problems) {
        java.util.Map<String, TaperPolicy> out = new java.util.LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!node.isObject()) {
            problems.add(doc.problem("/taperPolicies", "must be an object of policies"));
            return out;
        }
        java.util.Map<TaperPolicyRole, String> byRole = new java.util.EnumMap<>(TaperPolicyRole.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            JsonNode p = e.getValue();
            String ptr = "/taperPolicies/" + id;
            int before = problems.size();
            if (!p.isObject()) {
                problems.add(doc.problem(ptr, "must be an object"));
                continue;
            }
            for (Iterator<String> f = p.fieldNames(); f.hasNext();) {
                String name = f.next();
                if (!POLICY_FIELDS.contains(name)) {
                    problems.add(doc.problem(ptr + "/" + name, "unknown field (expected: " + String.join(", ",
                            new java.util.TreeSet<>(POLICY_FIELDS)) + ")"));
                }
            }
            String roleText = p.path("role").asText("");
            TaperPolicyRole role = Codes.parse(TaperPolicyRole.class, roleText).orElse(null);
            if (role == null) {
                problems.add(doc.problem(ptr + "/role", "\"" + roleText + "\" must be standard or long-term"));
            } else if (byRole.putIfAbsent(role, id) != null) {
                problems.add(doc.problem(ptr + "/role", "policy " + byRole.get(role) + " already has role "
                        + role.code()));
            }
            double pct = number(doc, p, ptr, "reductionPercent", 0.1, 50, true, problems);
            org.taperwise.model.TaperBasis basis = Codes.parse(org.taperwise.model.TaperBasis.class,
                    p.path("basis").asText(null)).orElse(null);
            if (basis == null) {
                problems.add(doc.problem(ptr + "/basis", "must be ORIGINAL or CURRENT"));
            }
            double interval = number(doc, p, ptr, "intervalDays", 1, 365, true, problems);
            if (interval != Math.rint(interval)) {
                problems.add(doc.problem(ptr + "/intervalDays", "must be a whole number of days"));
            }
            Double slowBelow = p.has("slowBelowPercent")
                    ? number(doc, p, ptr, "slowBelowPercent", 1, 99, true, problems) : null;
            Double slowPct = p.has("slowReductionPercent")
                    ? number(doc, p, ptr, "slowReductionPercent", 0.1, 50, true, problems) : null;
            if ((slowBelow == null) != (slowPct == null)) {
                problems.add(doc.problem(ptr, "slowBelowPercent and slowReductionPercent go together"));
            }
            String rounding = p.path("rounding").asText("");
            if (!rounding.equals("nearest") && !rounding.equals("down")) {
                problems.add(doc.problem(ptr + "/rounding", "\"" + rounding + "\" must be nearest or down"));
            }
            String source = p.path("source").asText("").strip();
            if (source.isEmpty()) {
                problems.add(doc.problem(ptr, "has no source (every clinical value carries its source)"));
            }
            if (problems.size() == before) {
                out.put(id, new TaperPolicy(id, role, pct, basis, (int) interval, slowBelow, slowPct,
                        rounding.equals("down"), source, p.path("note").asText(null), doc.line(ptr)));
            }
        }
        if (!out.isEmpty() && byRole.size() != TaperPolicyRole.values().length) {
            problems.add(doc.problem("/taperPolicies", "needs one policy with role standard and one with role long-term"));
        }
        return out;
    }

    private static double number(JsonDocument doc, JsonNode p, String ptr, String field, double min, double max,
            boolean required, List<RulesetProblem> problems) {
        JsonNode v = p.get(field);
        if (v == null || !v.isNumber()) {
            if (required) {
                problems.add(doc.problem(ptr + "/" + field, "must be a number"));
            }
            return 0;
        }
        BigDecimal exact = v.decimalValue();
        if (exact.compareTo(BigDecimal.valueOf(min)) < 0 || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.add(doc.problem(ptr + "/" + field, org.taperwise.Problem.number(exact) + " is out of range ["
                    + trim(min) + ", " + trim(max) + "]"));
            return min;
        }
        return v.doubleValue();
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static String requiredText(JsonDocument doc, JsonNode root, String field, List<RulesetProblem> problems) {
        JsonNode n = root.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            problems.add(doc.problem("/" + field, "must be a non-empty string"));
            return null;
        }
        return n.asText();
    }
}
