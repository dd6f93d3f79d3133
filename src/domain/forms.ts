import type { DocumentStatus } from './documents/control'

/**
 * The office's printed forms (表单): title, paper orientation and the signature lines each needs.
 * 003 篇3: every form is approved before use and carries its number and version; every entry has
 * the filler's signature, the date and the direct supervisor's sign-off. A form's number and
 * version are not written here: they are its entry's in document control (`archived-documents`,
 * kind form, linked by `printedForm`), read when it is printed (see `formControl`).
 */
export type FormDefinition = {
  title: string
  titleEn: string
  /** Wide registers print on A4 landscape, as the paper forms do. */
  landscape?: boolean
  /** The signature lines at the foot of the form, in order; each has a date beside it. */
  signatures: readonly string[]
}

const SUPERVISOR = '直接主管审核 Supervisor'

export const FORMS = {
  complaintSlip: {
    title: '客户投诉处理单',
    titleEn: 'Complaint handling slip',
    signatures: [
      '登记人 Registered by',
      '处理人 Handler',
      '责任部门负责人 Department head',
      '客户确认 Customer confirms',
      SUPERVISOR,
    ],
  },
  writtenReply: {
    title: '投诉书面回复函',
    titleEn: 'Written reply to a complaint',
    // A letter: the company's name and seal close it.
    signatures: [],
  },
  monthlyComplaints: {
    title: '客户月投诉统计表',
    titleEn: 'Monthly complaint statistics',
    signatures: ['统计人 Compiled by', '客服主管 Supervisor', '物业总监 Director'],
  },
  dispatchSummary: {
    title: '投诉调度记录月总结表',
    titleEn: 'Monthly summary of complaint dispatch and return visits',
    signatures: ['调度员 Compiled by', '客服中心主任 Office head'],
  },
  complaintAnalysis: {
    title: '用户投诉分析报告',
    titleEn: 'Quarterly complaint analysis',
    signatures: [
      '客服中心负责人 Office head',
      '物业总监审核 Director reviews',
      '总经理批准 General manager approves',
    ],
  },
  workOrder: {
    title: '维修工作单',
    titleEn: 'Repair work order',
    signatures: [
      '填单人 Filled in by',
      '工程部签收 Engineering received',
      '维修员 Engineer',
      '住户确认 Resident',
      SUPERVISOR,
    ],
  },
  repairQuote: {
    title: '有偿服务报价单',
    titleEn: 'Quote for a paid repair',
    signatures: ['报价人 Quoted by', '住户确认 Resident accepts', SUPERVISOR],
  },
  repairSummary: {
    title: '维修服务质量统计表',
    titleEn: 'Repair service-level summary',
    signatures: ['统计人 Compiled by', '工程部主管 Engineering supervisor', '物业总监 Director'],
    // Twelve columns (派工, 签收 and 到场, each with its rate): A4 landscape.
    landscape: true,
  },
  staffAppraisal: {
    title: '员工考核月度统计表',
    titleEn: 'Staff appraisal input, monthly',
    // Fourteen columns: A4 landscape.
    landscape: true,
    signatures: ['统计人 Compiled by', '物业管理经理 Property manager', '物业总监 Director'],
  },
  dispatchRegister: {
    title: '派工单统计表',
    titleEn: 'Daily dispatch register',
    signatures: ['调度员 Dispatcher', '工程部主管 Engineering supervisor'],
  },
  rectificationNotice: {
    title: '限期整改通知书',
    titleEn: 'Rectification notice',
    // Notices close with the company's seal and the signing director.
    signatures: [],
  },
  paymentReminder: {
    title: '催缴通知书',
    titleEn: 'Payment reminder notice',
    signatures: [],
  },
  publicNotice: {
    title: '公告',
    titleEn: 'Public notice',
    signatures: [],
  },
  documentCover: {
    title: '受控文件封面',
    titleEn: 'Controlled document cover',
    signatures: ['文件管理员 Document controller'],
  },
  shiftLog: {
    title: '值班及交接班记录表',
    titleEn: 'Duty and handover log',
    signatures: [
      '交班人 Outgoing',
      '接班人 Incoming',
      '带班员 Shift leader',
      '值班经理 Manager on duty',
    ],
  },
  visitorRegister: {
    title: '来人来电来访登记表',
    titleEn: 'Register of callers, calls and visitors',
    landscape: true,
    signatures: ['登记人 Registered by', '客服主管 Supervisor'],
  },
  mailRegister: {
    title: '邮件收发记录表',
    titleEn: 'Mail register',
    landscape: true,
    signatures: ['登记人 Registered by', '客服主管 Supervisor'],
  },
  workerPass: {
    title: '装修工人临时出入证',
    titleEn: 'Renovation worker pass',
    signatures: ['发证人 Issued by'],
  },
  passRegister: {
    title: '临时出入证发放登记表',
    titleEn: 'Register of worker passes',
    landscape: true,
    signatures: ['发证人 Issued by', '秩序维护部主管 Security supervisor'],
  },
  releaseSlip: {
    title: '物品放行条',
    titleEn: 'Goods release slip',
    signatures: [
      '业主（或授权人）确认 Owner or authorised',
      '前台经办人 Desk clerk',
      '门岗放行人 Gate guard',
    ],
  },
  releaseRegister: {
    title: '物品放行登记表',
    titleEn: 'Register of goods releases',
    landscape: true,
    signatures: ['登记人 Registered by', '秩序维护部主管 Security supervisor'],
  },
  frontDeskDuty: {
    title: '客服前台值班记录表',
    titleEn: 'Front-desk duty log',
    landscape: true,
    signatures: ['值班人 On duty', '客服主管 Supervisor'],
  },
  meetingMinutes: {
    title: '会议纪要',
    titleEn: 'Minutes of a meeting',
    signatures: ['记录人 Recorder', '主持人 Chair'],
  },
  returnVisitRecord: {
    title: '回访记录表',
    titleEn: 'Return-visit record',
    signatures: ['回访人 Visited by', '住户确认 Resident', SUPERVISOR],
  },
  returnVisitStatistics: {
    title: '回访统计表',
    titleEn: 'Monthly return-visit statistics',
    // Kind, method, assignee by eleven counts and rates: A4 landscape.
    landscape: true,
    signatures: ['统计人 Compiled by', '客服主管 Supervisor', '物业总监 Director'],
  },
  returnVisitReport: {
    title: '回访报告表',
    titleEn: 'Monthly return-visit report',
    signatures: ['报告人 Reported by', '客服中心主任 Office head', '物业总监 Director'],
  },
  eventVisitReport: {
    title: '特别事件回访报告',
    titleEn: 'Report on the return visits after a special event',
    // Written by the office head (主任) to the company (DOMAIN.md → Return visits).
    signatures: ['报告人（客服中心主任） Office head', '公司签收 Received by the company'],
  },
  suggestionThanks: {
    title: '合理化建议感谢函',
    titleEn: 'Thank-you notice for a suggestion',
    // A letter to the household: the company's name and seal close it.
    signatures: [],
  },
  moveInRegistration: {
    title: '业主基本信息登记表',
    titleEn: 'Owner registration form',
    signatures: ['业主签名 Owner', '经办人 Handled by', SUPERVISOR],
  },
  houseInspection: {
    title: '房屋验收单',
    titleEn: 'Joint house inspection',
    signatures: ['业主 Owner', '开发商代表 Developer', '物业验收人 Inspected by', SUPERVISOR],
  },
  keyHandover: {
    title: '钥匙交接单',
    titleEn: 'Key handover',
    signatures: ['领取人签收 Received by', '交付人 Handed over by', SUPERVISOR],
  },
  keyCustody: {
    title: '钥匙托管书',
    titleEn: 'Key custody',
    signatures: ['业主（委托人）Owner', '物业经办人 Held by', SUPERVISOR],
  },
  renovationApproval: {
    title: '装修申请审批表',
    titleEn: 'Renovation application and approval',
    signatures: [
      '申请人（业主） Applicant',
      '施工单位负责人 Contractor',
      '受理人 Received by',
      '现场经理审批 Site manager approves',
    ],
  },
} as const satisfies Record<string, FormDefinition>

export type FormKey = keyof typeof FORMS

export const FORM_KEYS = Object.keys(FORMS) as FormKey[]

/** A form's definition, as the common shape (landscape is optional). */
export const formOf = (key: FormKey): FormDefinition => FORMS[key]

export const isFormKey = (value: unknown): value is FormKey =>
  typeof value === 'string' && Object.hasOwn(FORMS, value)

/** A form's entry in document control, as read for printing (the published version). */
export type FormEntry = {
  id: number | string
  number?: string | null
  status?: DocumentStatus | string | null
  effectiveVersion?: string | null
}

/** What a printed copy says of its control: the entry's number and the version in effect. */
export type FormControl =
  | { controlled: true; documentId: number | string; number: string; version: string }
  | { controlled: false }

export type FormControlResult =
  { ok: true; control: FormControl } | { ok: false; reason: { zh: string; en: string } }

/**
 * Whether a form may be printed, and with which number and version (003 篇3: forms are approved
 * before use). `entries` are the live documents linked to the form. None → an uncontrolled copy
 * (a fresh install): printed, marked 未受控副本. One in effect → its number and the version in
 * effect today (a revision still in review does not change it). Only entries still in review, or
 * only withdrawn ones → refused with the reason.
 */
export const formControl = (entries: readonly FormEntry[]): FormControlResult => {
  if (entries.length === 0) return { ok: true, control: { controlled: false } }
  const effective = entries.find((e) => e.status === 'effective' && e.effectiveVersion && e.number)
  if (effective) {
    return {
      ok: true,
      control: {
        controlled: true,
        documentId: effective.id,
        number: String(effective.number),
        version: String(effective.effectiveVersion),
      },
    }
  }
  if (entries.some((e) => e.status === 'draft' || e.status === 'in-review')) {
    return {
      ok: false,
      reason: {
        zh: '此表单尚未批准生效，不能使用',
        en: 'This form is still in review: it may not be used until it is approved',
      },
    }
  }
  return {
    ok: false,
    reason: {
      zh: '此表单已作废或被替代，不能使用',
      en: 'This form has been withdrawn: it may not be used',
    },
  }
}

/** The header line of a printed copy: the form's number and version, or the uncontrolled mark. */
export const controlLine = (control: FormControl): string =>
  control.controlled
    ? `表格编号 Form No. ${control.number}    版本 Version ${control.version}`
    : '未受控副本 Uncontrolled copy'

/** Statuses of an entry that no longer stands for its form: another entry may then claim it. */
const WITHDRAWN = ['obsolete', 'destroyed', 'superseded']

/**
 * Why a document may not be linked to a printed form: only a document of kind form is, and a
 * form has one live entry in document control (a withdrawn one leaves it free).
 */
export const printedFormProblem = (
  doc: { kind?: string | null; printedForm?: string | null },
  others: ReadonlyArray<{ number?: string | null; status?: string | null }>,
): string | null => {
  if (!doc.printedForm) return null
  if (!isFormKey(doc.printedForm)) return '未知的表单 / Unknown form'
  if (doc.kind !== 'form') {
    return '只有表单类文件可以对应打印表单 / Only a document of kind form stands for a printed form'
  }
  const live = others.find((o) => !WITHDRAWN.includes(String(o.status)))
  return live
    ? `该表单已由文件 ${live.number ?? ''} 受控 / This form is already controlled by ${live.number ?? 'another document'}`
    : null
}
