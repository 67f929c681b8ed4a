/**
 * Array types for the allocation-free math helpers: every helper reads `ArrayLike<number>` and
 * writes into a caller-owned {@link NumericArray}, so a `Float32Array` from MediaPipe, a
 * `Float64Array` scratch buffer or a plain `number[]` all work without copies.
 */

/** A writable, indexable array of numbers (`Float32Array`, `Float64Array` or `number[]`). */
export type NumericArray = { [index: number]: number; readonly length: number }
