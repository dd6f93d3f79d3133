import fs from 'fs/promises'
import path from 'path'
import { fileURLToPath } from 'url'

import type { Payload } from 'payload'

import {
  destructionApprovals,
  documentApprovals,
  loanApprovals,
} from '../src/lib/approvals/documents'
import { lexicalFromText } from '../src/lib/lexical'
import { SERVER_WRITE } from '../src/lib/serverWrite'
import type { FormKey } from '../src/domain/forms'
import { globalSlugs, slugs } from '../src/slugs'

import { actAs } from './approvals'

type Plan = {
  title: string
  kind: 'rule' | 'form' | 'procedure' | 'record' | 'drawing'
  department: string
  text: string
  revisions: string[]
  /** The printed form this document controls (src/domain/forms.ts). */
  printedForm?: FormKey
  confidential?: boolean
  paperOriginal?: boolean
  requiresAcknowledgement?: boolean
}

/** The office's own rule book, from its procedures: rules, procedures and the forms it prints. */
const RULE_BOOK: Plan[] = [
  {
    title: '客户服务中心管理制度',
    kind: 'rule',
    department: 'management',
    text: '客户服务中心的职责、岗位与工作纪律。严禁越权处罚。',
    revisions: ['增加首问负责制', '明确周五 09:00 例会及会议纪要'],
    requiresAcknowledgement: true,
  },
  {
    title: '客户投诉处理规定',
    kind: 'rule',
    department: 'customer-service',
    text: '投诉当日核实，24 小时内处理完毕；集体投诉为重大投诉。',
    revisions: ['重大投诉即时报物业总监'],
  },
  {
    title: '客户回访制度',
    kind: 'rule',
    department: 'customer-service',
    text: '投诉回访率 100%，维修回访抽样不少于 20%。',
    revisions: ['商户维修回访期限改为 30 天', '不满意回访重新派工'],
  },
  {
    title: '违章处理规定',
    kind: 'rule',
    department: 'customer-service',
    text: '先劝阻教育；处理意见经物业总监签署后生效。',
    revisions: ['增加滞纳金计算方法'],
  },
  {
    title: '交接班制度',
    kind: 'rule',
    department: 'security',
    text: '三班制交接，接班人可拒绝交接并报主管。',
    revisions: ['增加器材清点表'],
  },
  {
    title: '档案管理制度',
    kind: 'rule',
    department: 'archives',
    text: '档案分类编号，每季度检查，销毁须经审批。',
    revisions: ['机密档案借阅须领导批准'],
  },
  {
    title: '报修处理规程',
    kind: 'procedure',
    department: 'engineering',
    text: '接报后即时派工，维修员 30 分钟内到场。',
    revisions: ['商户报修 20 分钟内派工', '有偿服务先报价经业主同意'],
  },
  {
    title: '客户投诉处理单',
    kind: 'form',
    printedForm: 'complaintSlip',
    department: 'customer-service',
    text: '投诉人、房号、投诉内容、处理部门、处理结果、回访。',
    revisions: ['增加书面回复栏'],
  },
  {
    title: '维修工作单',
    kind: 'form',
    printedForm: 'workOrder',
    department: 'engineering',
    text: '客户联、工程联、存根三联。',
    revisions: ['增加材料费用栏', '增加业主签名栏'],
  },
  {
    title: '限期整改通知书',
    kind: 'form',
    printedForm: 'rectificationNotice',
    department: 'customer-service',
    text: '违章事实、整改期限、签章。',
    revisions: ['增加盖章处'],
  },
  {
    title: '物品放行条',
    kind: 'form',
    printedForm: 'releaseSlip',
    department: 'security',
    text: '物品、房号、搬运人、业主确认。',
    revisions: ['租户搬出须业主确认'],
  },
  {
    title: '邮件收发记录表',
    kind: 'form',
    printedForm: 'mailRegister',
    department: 'customer-service',
    text: '收件、通知、领取、经手人。',
    revisions: ['增加报刊栏'],
  },
  {
    title: '投诉书面回复函',
    kind: 'form',
    printedForm: 'writtenReply',
    department: 'customer-service',
    text: '答复事实、处理结果、盖章。',
    revisions: [],
  },
  {
    title: '客户月投诉统计表',
    kind: 'form',
    printedForm: 'monthlyComplaints',
    department: 'customer-service',
    text: '投诉件数、类别、满意率、回访率。',
    revisions: [],
  },
  {
    title: '投诉调度记录月总结表',
    kind: 'form',
    printedForm: 'dispatchSummary',
    department: 'customer-service',
    text: '当月派单、处理、回访情况，主任意见。',
    revisions: [],
  },
  {
    title: '用户投诉分析报告',
    kind: 'form',
    printedForm: 'complaintAnalysis',
    department: 'customer-service',
    text: '季度投诉统计与分析、纠正及预防措施、审批。',
    revisions: [],
  },
  {
    title: '派工单统计表',
    kind: 'form',
    printedForm: 'dispatchRegister',
    department: 'engineering',
    text: '当日派工、回单、未完成。',
    revisions: [],
  },
  {
    title: '有偿服务报价单',
    kind: 'form',
    printedForm: 'repairQuote',
    department: 'engineering',
    text: '有偿服务项目、数量、单价、金额，住户确认后缴费派工。',
    revisions: [],
  },
  {
    title: '维修服务质量统计表',
    kind: 'form',
    printedForm: 'repairSummary',
    department: 'engineering',
    text: '每周、每月派工及时率、到场及时率，按维修员与类别统计。',
    revisions: [],
  },
  {
    title: '回访记录表',
    kind: 'form',
    printedForm: 'returnVisitRecord',
    department: 'customer-service',
    text: '回访类别、方式、住户评价（A/B/C）、存在不足、意见建议、住户原话，回访人与住户签名。',
    revisions: [],
  },
  {
    title: '回访统计表',
    kind: 'form',
    printedForm: 'returnVisitStatistics',
    department: 'customer-service',
    text: '每月按回访类别、方式、回访人统计应回访、已回访、评价、按时、无法联系、逾期；综合问卷发放与回收。',
    revisions: [],
  },
  {
    title: '回访报告表',
    kind: 'form',
    printedForm: 'returnVisitReport',
    department: 'customer-service',
    text: '每月满意率与合格线、存在不足、跟进事项，主任与总监签署。',
    revisions: [],
  },
  {
    title: '催缴通知书',
    kind: 'form',
    printedForm: 'paymentReminder',
    department: 'customer-service',
    text: '欠费项目、金额、缴费期限。',
    revisions: [],
  },
  {
    title: '公告',
    kind: 'form',
    printedForm: 'publicNotice',
    department: 'customer-service',
    text: '公告事项、依据、签署。',
    revisions: [],
  },
  {
    title: '受控文件封面',
    kind: 'form',
    printedForm: 'documentCover',
    department: 'archives',
    text: '文件名称、编号、版本、使用日期、部门。',
    revisions: [],
  },
  {
    title: '值班及交接班记录表',
    kind: 'form',
    printedForm: 'shiftLog',
    department: 'security',
    text: '当班记录、交接物品、交接班签名、带班员签名。',
    revisions: [],
  },
  {
    title: '来人来电来访登记表',
    kind: 'form',
    printedForm: 'visitorRegister',
    department: 'customer-service',
    text: '来访人、事由、接待人、处理结果。',
    revisions: [],
  },
  {
    title: '装修工人临时出入证',
    kind: 'form',
    printedForm: 'workerPass',
    department: 'security',
    text: '姓名、施工单位、房号、有效期、照片。',
    revisions: [],
  },
  {
    title: '临时出入证发放登记表',
    kind: 'form',
    printedForm: 'passRegister',
    department: 'security',
    text: '发放、收回、经手人。',
    revisions: [],
  },
  {
    title: '物品放行登记表',
    kind: 'form',
    printedForm: 'releaseRegister',
    department: 'security',
    text: '物品、房号、业主确认、放行人。',
    revisions: [],
  },
  {
    title: '客服前台值班记录表',
    kind: 'form',
    printedForm: 'frontDeskDuty',
    department: 'customer-service',
    text: '班次、值班人、交接事项。',
    revisions: [],
  },
  {
    title: '会议纪要',
    kind: 'form',
    printedForm: 'meetingMinutes',
    department: 'management',
    text: '会议、出席、议题、决议、跟进。',
    revisions: [],
  },
  {
    title: '特别事件回访报告',
    kind: 'form',
    printedForm: 'eventVisitReport',
    department: 'customer-service',
    text: '事件、日期、所涉回访、发现的问题、改进措施、报告人、公司签收。',
    revisions: [],
  },
  {
    title: '合理化建议感谢函',
    kind: 'form',
    printedForm: 'suggestionThanks',
    department: 'customer-service',
    text: '建议内容、采纳的整改措施与期限、盖章。',
    revisions: [],
  },
  {
    title: '员工考核月度统计表',
    kind: 'form',
    printedForm: 'staffAppraisal',
    department: 'management',
    text: '属实投诉、按期办结、回访评价、跟进事项逾期，按员工每月统计。',
    revisions: [],
  },
  {
    title: '业主基本信息登记表',
    kind: 'form',
    printedForm: 'moveInRegistration',
    department: 'customer-service',
    text: '业主身份核实、联系方式、紧急联络人、经办人签名。',
    revisions: [],
  },
  {
    title: '房屋验收单',
    kind: 'form',
    printedForm: 'houseInspection',
    department: 'customer-service',
    text: '验收项目合格与否、须开发商整改的缺陷及期限、业主与开发商代表签名。',
    revisions: [],
  },
  {
    title: '钥匙交接单',
    kind: 'form',
    printedForm: 'keyHandover',
    department: 'customer-service',
    text: '钥匙种类、数量、领取人签收。',
    revisions: [],
  },
  {
    title: '钥匙托管书',
    kind: 'form',
    printedForm: 'keyCustody',
    department: 'customer-service',
    text: '托管钥匙种类、数量、存放位置、托管原因、业主委托签名。',
    revisions: [],
  },
  {
    title: '装修申请审批表',
    kind: 'form',
    printedForm: 'renovationApproval',
    department: 'customer-service',
    text: '房号、施工单位、装修项目、期限与施工时段、施工人员、协议与押金、现场经理审批。',
    revisions: [],
  },
  {
    title: '业主身份证明登记册',
    kind: 'record',
    department: 'archives',
    text: '业主身份证明复印件登记。',
    revisions: [],
    confidential: true,
    paperOriginal: true,
  },
  {
    title: '小区总平面图及管线图',
    kind: 'drawing',
    department: 'engineering',
    text: '总平面、给排水、强弱电管线。',
    revisions: [],
    paperOriginal: true,
  },
  {
    title: '2019 年停车登记表',
    kind: 'record',
    department: 'customer-service',
    text: '2019 年临时停车登记。',
    revisions: [],
  },
]

/**
 * The rule book: each document approved through its real chain (document controller → site
 * manager → property manager or director), then revised with change notes; a few loans; one old
 * record obsolete with its destruction waiting for the director. Skipped when documents exist.
 */
export const seedDocuments = async (payload: Payload, staffIds: Record<string, number>) => {
  if ((await payload.count({ collection: slugs.archivedDocuments, trash: true })).totalDocs > 0)
    return 0
  const controller = await payload.findByID({
    collection: slugs.users,
    id: staffIds['document-controller'],
    depth: 0,
  })
  const asController = { ...controller, collection: slugs.users } as never
  const approveAll = async (id: number, kind: Plan['kind']) => {
    const last = kind === 'rule' || kind === 'procedure' ? 'director' : 'property-manager'
    for (const role of ['document-controller', 'site-manager', last]) {
      await actAs(payload, documentApprovals, id, staffIds[role])
    }
  }
  const ids: Record<string, number> = {}
  for (const plan of RULE_BOOK) {
    const doc = await payload.create({
      collection: slugs.archivedDocuments,
      data: {
        title: plan.title,
        kind: plan.kind,
        department: plan.department as never,
        confidentiality: plan.confidential ? 'confidential' : 'internal',
        paperOriginal: plan.paperOriginal ?? false,
        requiresAcknowledgement: plan.requiresAcknowledgement ?? false,
        printedForm: plan.printedForm ?? null,
        content: lexicalFromText(plan.text) as never,
        changeNote: '初版发布',
      },
      draft: true,
      user: asController,
    })
    await approveAll(doc.id, plan.kind)
    let text = plan.text
    for (const note of plan.revisions) {
      text = `${text}\n${note}。`
      await payload.update({
        collection: slugs.archivedDocuments,
        id: doc.id,
        data: { content: lexicalFromText(text) as never, changeNote: note },
        draft: true,
        user: asController,
      })
      await approveAll(doc.id, plan.kind)
    }
    ids[plan.title] = doc.id
  }

  // Loans: the site manager has the drawings out; the clerk's request for the confidential register
  // was approved by the property manager and lent.
  const day = 86_400_000
  await payload
    .create({
      collection: slugs.documentLoans,
      data: {
        documents: [ids['小区总平面图及管线图']],
        purpose: '地下车库漏水查管线',
        dueAt: new Date(Date.now() + 3 * day).toISOString(),
      },
      user: {
        ...(await payload.findByID({ collection: slugs.users, id: staffIds['site-manager'] })),
        collection: slugs.users,
      } as never,
    })
    .then((loan) =>
      payload.update({
        collection: slugs.documentLoans,
        id: loan.id,
        data: { status: 'lent', lentAt: new Date().toISOString(), lentBy: controller.id },
        context: { [SERVER_WRITE]: true },
      }),
    )
  const clerkLoan = await payload.create({
    collection: slugs.documentLoans,
    data: {
      documents: [ids['业主身份证明登记册']],
      purpose: '核对 3 栋 1202 业主身份',
      dueAt: new Date(Date.now() + 2 * day).toISOString(),
    },
    user: {
      ...(await payload.findByID({ collection: slugs.users, id: staffIds['cs-clerk'] })),
      collection: slugs.users,
    } as never,
  })
  await actAs(payload, loanApprovals, clerkLoan.id, staffIds['cs-clerk'])
  await actAs(
    payload,
    loanApprovals,
    clerkLoan.id,
    staffIds['property-manager'],
    'approve',
    '仅限核对，当日归还',
  )

  // The 2019 parking register is obsolete; its destruction waits for the director.
  const old = ids['2019 年停车登记表']
  await payload.update({
    collection: slugs.archivedDocuments,
    id: old,
    data: {
      status: 'obsolete',
      obsoleteReason: '超过保管期',
      retentionUntil: new Date(Date.now() - day).toISOString(),
    },
    context: { [SERVER_WRITE]: true },
  })
  const destruction = await payload.create({
    collection: slugs.documentDestructions,
    data: { document: old, method: 'shredding', reason: '超过三年保管期，无保留价值' },
    user: asController,
  })
  await actAs(payload, destructionApprovals, destruction.id, staffIds['document-controller'])
  return RULE_BOOK.length
}

/**
 * The company's logo (seed/assets/logo.png) in attachments and in office settings, so that every
 * print of the demo estate carries the company's mark. Skipped when a logo is already set.
 */
export const seedCompanyMark = async (payload: Payload, staffIds: Record<string, number>) => {
  const office = await payload.findGlobal({ slug: globalSlugs.officeSettings, depth: 0 })
  if (office.companyLogo) return
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets/logo.png')
  const data = await fs.readFile(file)
  // Uploaded and set by the administrator, who reads the file (a logo is held by no record).
  const admin = await payload.findByID({ collection: slugs.users, id: staffIds.admin, depth: 0 })
  const user = { ...admin, collection: slugs.users } as never
  const logo = await payload.create({
    collection: slugs.attachments,
    user,
    data: { description: '公司标志 Company logo' },
    file: { data, mimetype: 'image/png', name: 'company-logo.png', size: data.length },
  })
  await payload.updateGlobal({
    slug: globalSlugs.officeSettings,
    data: { companyLogo: logo.id },
    user,
  })
}
