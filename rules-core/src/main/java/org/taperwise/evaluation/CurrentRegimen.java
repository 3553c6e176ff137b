package org.taperwise.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taperwise.evaluation.Normaliser.Issue;
import org.taperwise.model.Warning;
import org.taperwise.model.WarningCode;

/**
 * Selects the issues that make up the current regimen, the one the morphine equivalent is computed for.
 *
 * <p>The current regimen is the opioid issues (and unrecognised medicines, which may be opioids) whose supply
 * covers {@code asOf}. When none does, it is the issues in supply on the last day any opioid supply covered,
 * and a warning says so. A regimen (medicine, form, strength, dose, frequency) counts once however many of its
 * issues qualify: its most recent issue, the later in input order on a tie. When a later issue of the same product
 * (medicine, form, strength) changes the dose, the earlier regimen is superseded, with a warning, unless both were
 * issued on the same day (two regimens taken together) or one is as-needed and the other regular.
 */
final class CurrentRegimen {
    private CurrentRegimen() {
    }

    /** The issues counted in the current regimen, one per regimen, in input order; warnings are appended. */
    static List<Issue> select(List<Issue> issues, LocalDate asOf, List<Warning> warnings) {
        List<Issue> candidates = issues.stream().filter(Issue::opioidOrUnknown).filter(Issue::inSupply).toList();
        if (candidates.isEmpty()) {
            LocalDate last = issues.stream().filter(Issue::opioidOrUnknown).map(Issue::lastSupplyDate)
                    .filter(d -> d.isBefore(asOf)).max(Comparator.naturalOrder()).orElse(null);
            if (last == null) {
                return List.of();
            }
            candidates = issues.stream().filter(Issue::opioidOrUnknown)
                    .filter(i -> !i.rx().issued().isAfter(last) && !i.lastSupplyDate().isBefore(last)).toList();
            warnings.add(new Warning(WarningCode.CURRENT_REGIMEN_FROM_LAST_SUPPLY, "prescriptions",
                    "no opioid supply covers " + asOf + "; the regimen in supply on " + last
                            + ", when opioid supply last ran, was used"));
        }
        // one issue per regimen: the most recent
        Map<String, Issue> byRegimen = new LinkedHashMap<>();
        for (Issue i : candidates) {
            byRegimen.merge(i.regimenKey(), i, CurrentRegimen::later);
        }
        // a later issue of the same product with another dose supersedes the earlier regimen
        List<Issue> kept = new ArrayList<>();
        for (Issue i : byRegimen.values()) {
            Issue newer = byRegimen.values().stream()
                    .filter(o -> o != i && o.productKey().equals(i.productKey())
                            && o.rx().asNeeded() == i.rx().asNeeded() && o.rx().issued().isAfter(i.rx().issued()))
                    .max(Comparator.comparing((Issue o) -> o.rx().issued())).orElse(null);
            if (newer == null) {
                kept.add(i);
            } else {
                warnings.add(new Warning(WarningCode.REGIMEN_SUPERSEDED, i.path(), "superseded by " + newer.ref()
                        + " (issued " + newer.rx().issued() + ", same product with a different dose): not counted"));
            }
        }
        kept.sort(Comparator.comparingInt(Issue::index));
        return List.copyOf(kept);
    }

    /** The more recently issued of two issues; on the same day, the later in input order. */
    private static Issue later(Issue a, Issue b) {
        int c = a.rx().issued().compareTo(b.rx().issued());
        return c > 0 ? a : c < 0 ? b : (a.index() > b.index() ? a : b);
    }
}
