/** The targets, each with how to read it. */
export const TARGETS = {
  liftVsContextFreeTs: { min: 10, text: '>= 10 % and CI above 0' },
  liftVsPopularity: { min: 25, text: '>= 25 %' },
  oracleFraction: { min: 0.95, text: '>= 0.95' },
  recoveryInteractions: { max: 20, text: '<= 20' },
  gini: { max: 0.5, text: '<= 0.5' },
  updateRerankMsP95: { max: 2, text: '<= 2 ms' },
} as const

/** Pass/miss per target from the figures. */
export function verdicts(f: { liftVsContextFreeTs: { estimate: number; ciLow: number }; liftVsPopularity: { estimate: number }; oracleFraction: number;
  recoveryInteractions: number | null; gini: number; updateRerankMsP95: number }): Record<keyof typeof TARGETS, boolean> {
  return {
    liftVsContextFreeTs: f.liftVsContextFreeTs.estimate >= TARGETS.liftVsContextFreeTs.min && f.liftVsContextFreeTs.ciLow > 0,
    liftVsPopularity: f.liftVsPopularity.estimate >= TARGETS.liftVsPopularity.min,
    oracleFraction: f.oracleFraction >= TARGETS.oracleFraction.min,
    recoveryInteractions: f.recoveryInteractions !== null && f.recoveryInteractions <= TARGETS.recoveryInteractions.max,
    gini: f.gini <= TARGETS.gini.max,
    updateRerankMsP95: f.updateRerankMsP95 <= TARGETS.updateRerankMsP95.max,
  }
}
