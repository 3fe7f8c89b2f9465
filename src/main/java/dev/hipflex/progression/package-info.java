/**
 * The suggested next step: after each session, at most one suggestion per exercise of the runner's week
 * (progress, hold or step back, or none while something stops it), made by the plain rules of
 * {@link dev.hipflex.progression.NextStepRules} from what the journal logged, with thresholds that are content
 * (the guide's {@code progression_rule}); applying one changes the runner's week through the routine editor
 * (copy-on-write) and is recorded, so that an exercise changes at most once a week.
 */
package dev.hipflex.progression;
