/**
 * The resolver's verdict on a complaint. 002: "Only complaints found true (属实) are valid
 * complaints (有效投诉): they count toward the < 1% target and in staff appraisal."
 */
export const COMPLAINT_VERDICTS = {
  substantiated: { zh: '属实（有效投诉）', en: 'Substantiated (valid complaint)' },
  unsubstantiated: { zh: '不属实', en: 'Not substantiated' },
} as const
export type ComplaintVerdict = keyof typeof COMPLAINT_VERDICTS

export const isComplaintVerdict = (value: unknown): value is ComplaintVerdict =>
  typeof value === 'string' && Object.hasOwn(COMPLAINT_VERDICTS, value)
