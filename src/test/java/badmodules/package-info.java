/**
 * A small application that breaks every module boundary HipFlex keeps, each on purpose, so that
 * {@code dev.hipflex.ModuleBoundariesTest} shows its rules catch them (and leave alone what is allowed). Outside
 * {@code dev.hipflex}, so the application's scans never see it.
 */
package badmodules;
