/**
 * What the match features are made of: the session's engaged and skipped profiles (unit vectors
 * over the profile part, dotted with the item's) and the per-item style match and budget fit.
 * φ's match part for item i is [xᵢ·engaged, xᵢ·skipped, styleMatch[i], budgetFit[i]].
 */
export interface MatchInputs {
  engaged: Float64Array
  skipped: Float64Array
  styleMatch: Float64Array
  budgetFit: Float64Array
}
