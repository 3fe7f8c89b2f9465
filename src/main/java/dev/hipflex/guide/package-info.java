/**
 * The guide: the hip flexor muscles, why they matter for running, how they get hurt, the red flags,
 * and the sources behind every claim. All of it is content seeded by Flyway migrations; this package
 * only reads and renders it.
 */
package dev.hipflex.guide;
