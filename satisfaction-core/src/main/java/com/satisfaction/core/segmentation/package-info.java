/**
 * The value × satisfaction segmentation of SPEC §4.8: satisfaction level from the composite score, the top share
 * by annual value within each level, and the six named cells (star, base, potential, at risk, crisis, low priority).
 */
package com.satisfaction.core.segmentation;
