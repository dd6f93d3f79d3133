/**
 * The office's targets (目标), kept in office settings (→ 目标) and shown beside every figure that
 * has one. Percentages are 0–100. Defaults are the procedures' own numbers.
 */
export type KpiTargets = {
  /** 002 篇4: "target 80% of issues solved within 24 hours" — a rate, not a deadline. */
  resolvedWithin24h: number
  /** 投诉处理满意率 pass mark: the company's (office settings); 95% by default. */
  complaintSatisfaction: number
  /** A functional department's satisfaction (households satisfied / visited), here repairs'. */
  departmentSatisfaction: number
  /**
   * 综合评议满意率 pass mark of the written comprehensive survey (002 篇3: "the national standard
   * for the overall rate is ≥ 95%").
   */
  surveySatisfaction: number
  /** "Aim: valid complaints below 1% of households" (有效投诉 / 入住户数). */
  validComplaints: number
}

export const KPI_TARGET_DEFAULTS: KpiTargets = {
  resolvedWithin24h: 80,
  complaintSatisfaction: 95,
  departmentSatisfaction: 95,
  surveySatisfaction: 95,
  validComplaints: 1,
}

/** A rate reaches an "at least" target; no rate (nothing to measure) never does. */
export const reaches = (rate: number | null, target: number): boolean =>
  rate !== null && rate >= target

/** A rate stays under a "below" target; no rate (no households) never does. */
export const staysBelow = (rate: number | null, target: number): boolean =>
  rate !== null && rate < target
