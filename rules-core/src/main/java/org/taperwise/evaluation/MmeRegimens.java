package org.taperwise.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taperwise.evaluation.Normaliser.Issue;
import org.taperwise.model.Amount;
import org.taperwise.model.MmeItem;
import org.taperwise.model.MmeRegimen;
import org.taperwise.model.MmeStatus;

/**
 * Groups the current regimen's items into regimens: items of one recognised medicine, form and kind (regular or
 * as-needed) are taken together and are one regimen (issue 11: "several items of the same ingredient and form
 * taken together are one regimen in the MME and everywhere after"). An unrecognised item is a regimen of its own.
 */
final class MmeRegimens {
    private MmeRegimens() {
    }

    /** The key items of one regimen share; null for an item that is a regimen of its own. */
    static String key(Issue issue) {
        if (issue.medicine() == null || issue.rx().form() == null) {
            return null;
        }
        return issue.medicine().name() + "|" + issue.rx().form().code() + "|" + issue.rx().asNeeded();
    }

    /**
     * @param current the current regimen's issues
     * @param items   their items, in the same order
     */
    static List<MmeRegimen> of(List<Issue> current, List<MmeItem> items) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < current.size(); i++) {
            String key = key(current.get(i));
            groups.computeIfAbsent(key == null ? "#" + i : key, k -> new ArrayList<>()).add(i);
        }
        List<MmeRegimen> regimens = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            regimens.add(regimen(current.get(members.get(0)), members.stream().map(items::get).toList()));
        }
        return regimens;
    }

    private static MmeRegimen regimen(Issue first, List<MmeItem> items) {
        MmeItem head = items.get(0);
        boolean computed = items.stream().allMatch(i -> i.status() == MmeStatus.COMPUTED);
        boolean excluded = items.stream().allMatch(i -> i.status() == MmeStatus.EXCLUDED);
        MmeStatus status = computed ? MmeStatus.COMPUTED : excluded ? MmeStatus.EXCLUDED : MmeStatus.NOT_COMPUTABLE;
        Amount dose = null;
        if (items.stream().allMatch(i -> i.dailyDose() != null && i.dailyDose().unit().equals(head.dailyDose().unit()))) {
            BigDecimal sum = BigDecimal.ZERO;
            for (MmeItem i : items) {
                sum = sum.add(BigDecimal.valueOf(i.dailyDose().value()));
            }
            dose = new Amount(sum.setScale(3, RoundingMode.HALF_UP).doubleValue(), head.dailyDose().unit());
        }
        Double mme = null;
        if (computed) {
            BigDecimal sum = BigDecimal.ZERO;
            for (MmeItem i : items) {
                sum = sum.add(BigDecimal.valueOf(i.dailyMme()));
            }
            mme = sum.setScale(2, RoundingMode.HALF_UP).doubleValue();
        }
        return new MmeRegimen(head.medicine(), head.ingredient(), head.form(), first.rx().asNeeded(),
                items.stream().map(MmeItem::prescriptionId).toList(), dose, mme, status);
    }
}
