/**
 * The levels a grid users define may describe: « Niveau 0 » to « Niveau 5 » (a grid uses the span its
 * criteria describe, e.g. 1 to 4). Apart so that the kinds' table reads them without the definitions' reader.
 */
export const GRID_LEVEL_MIN = 0;
export const GRID_LEVEL_MAX = 5;
