/**
 * Share links for a clinician: a runner makes a secret link (label, expiry of at most three months) on
 * {@code /account/shares}, after a preview; whoever has the link sees a read-only summary of the runner's week,
 * sessions, pain and suggested next steps at {@code /shared/{token}}, without an account, until it expires or is
 * revoked. Only the token's hash is kept ({@code share_link}).
 */
package dev.hipflex.share;
