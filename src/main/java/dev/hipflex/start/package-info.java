/**
 * The start screen: what a runner answers before their first plan or first log (current hip or groin pain, the
 * red flags, a previous bone stress injury, their usual morning pain, whether a clinician manages their plan),
 * the gate that shows it first ({@link dev.hipflex.start.StartGate}), and the answers other modules read
 * ({@link dev.hipflex.start.StartService#screening}): a red flag answered "yes" stops the programme, and the
 * suggestions of the next step read the rest. It names no diagnosis: it only says how soon to see a clinician.
 */
package dev.hipflex.start;
