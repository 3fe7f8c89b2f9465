/**
 * The exercise library: exercises with their muscles, equipment, dose, steps, cues, mistakes, variants,
 * cautions and illustration, filtered on the library page. Seeded by Flyway; read-only here.
 */
package dev.hipflex.exercise;
