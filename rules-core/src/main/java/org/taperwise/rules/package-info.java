/**
 * The facts rules see and the findings rules insert. This package, {@code org.taperwise.model},
 * {@code java.time} and {@code java.util} are all a rule file may import.
 *
 * <p>Java computes (daily doses, morphine equivalents, supply periods, date windows) and inserts the results
 * as immutable facts: {@link org.taperwise.rules.Patient}, {@link org.taperwise.rules.EvaluationDates},
 * {@link org.taperwise.rules.Parameters}, one {@link org.taperwise.rules.Medication} per prescription issue,
 * {@link org.taperwise.rules.MmeTotal}, {@link org.taperwise.rules.ContinuousOpioidSupply},
 * {@link org.taperwise.rules.PatientCondition} and {@link org.taperwise.rules.ScreeningResult}.
 * Classification rules derive small facts from these (declared in the rule files); decision rules
 * insert {@link org.taperwise.rules.FlagFinding} and {@link org.taperwise.rules.EligibilityFinding}.
 * The engine stamps every finding with the id, version and source of the rule that inserted it.
 *
 * <p>Fact components never start with "is": Drools 10 misreads such record components as boolean getters.
 */
package org.taperwise.rules;
