import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { departmentName, SEVERITY_NAMES, statusName } from './names'
import { TrendChart } from './TrendChart.client'
import type { TrendPoint } from './TrendChart.client'

import { loadDashboard } from '@/lib/dashboard'
import type { FollowUpsPanelData, FollowUpItem } from '@/lib/dashboard/followUpsPanel'
import type { JobsPanelData } from '@/lib/dashboard/jobsPanel'
import type { kpiFigures } from '@/lib/dashboard/panels'
import type { ReturnVisitsPanelData } from '@/lib/dashboard/returnVisitsPanel'
import { VISIT_KINDS } from '@/domain/returnVisits/kinds'

type Approval = {
  collection: string
  id: number | string
  title: string
  kind: { zh: string; en: string }
  stepLabel: { zh: string; en: string } | null
}
type Kpis = Awaited<ReturnType<typeof kpiFigures>>
type Item = { id: number | string; number?: string | null; status?: string | null }
type MyWork = {
  complaints: { total: number; items: Item[] }
  workOrders: { total: number; items: Item[] }
  returnVisits: { total: number; overdue: number }
}

const card: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 6,
  padding: 16,
  background: 'var(--theme-elevation-0)',
}
const grid: React.CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
  gap: 12,
}
const big: React.CSSProperties = { fontSize: 28, fontWeight: 600, lineHeight: 1.2 }
const small: React.CSSProperties = { fontSize: 12, color: 'var(--theme-elevation-500)' }

const Title: React.FC<{ zh: string; en: string }> = ({ zh, en }) => (
  <h3 style={{ margin: '0 0 12px' }}>
    {zh} <span style={{ ...small, fontWeight: 400 }}>{en}</span>
  </h3>
)

const Rate: React.FC<{
  zh: string
  en: string
  rate: number | null
  count: number
  of: number
  target: string
  met?: boolean
}> = ({ zh, en, rate, count, of, target, met }) => (
  <div style={card} data-testid={`kpi-${en}`}>
    <div>
      {zh} <span style={small}>{en}</span>
    </div>
    <div style={{ ...big, color: met === false ? '#c0392b' : undefined }}>
      {rate === null ? '—' : `${rate}%`}
    </div>
    <div style={small}>
      {count} / {of} · 目标 target {target}
    </div>
  </div>
)

const List: React.FC<{ items: Item[]; href: string }> = ({ items, href }) =>
  items.length === 0 ? (
    <div style={small}>无 None</div>
  ) : (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {items.map((i) => (
        <li key={i.id}>
          <a href={`${href}/${i.id}`}>{i.number ?? i.id}</a>{' '}
          <span style={small}>{statusName(href.split('/').pop() ?? '', i.status)}</span>
        </li>
      ))}
    </ul>
  )

const FollowUpList: React.FC<{
  items: Array<FollowUpItem & { owner?: string }>
  href: string
  timezone: string
}> = ({ items, href, timezone }) =>
  items.length === 0 ? (
    <div style={small}>无 None</div>
  ) : (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {items.map((i) => (
        <li key={i.id}>
          <a href={`${href}/${i.id}`}>{i.title}</a>{' '}
          {i.owner ? <span style={small}>{i.owner} · </span> : null}
          <span style={{ ...small, color: i.overdue ? '#c0392b' : undefined }}>
            {new Date(i.deadline).toLocaleDateString('zh-CN', { timeZone: timezone })}
            {i.overdue ? ' 已逾期 overdue' : ''}
          </span>
        </li>
      ))}
    </ul>
  )

/**
 * 工作台: the admin home. A server component; its figures come from `loadDashboard`, the same
 * data `GET /api/dashboard` serves. Each panel is shown when the user may see it.
 */
export async function Dashboard({ initPageResult }: AdminViewServerProps) {
  const { req } = initPageResult
  if (!req.user) return null
  const data = await loadDashboard(req)
  const panel = <T,>(key: string) =>
    data.panels.find((p) => p.key === key) as
      { title: { zh: string; en: string }; data: T } | undefined
  const myWork = panel<MyWork>('my-work')
  const today = panel<{ total: number; items: Item[] }>('today')
  const kpis = panel<Kpis>('kpis')
  const trend = panel<TrendPoint[]>('trend')
  const shifts = panel<{ awaitingReview: number; awaitingAcceptance: number; refused: number }>(
    'shift-logs',
  )
  const admin = req.payload.config.routes.admin
  const approvals = panel<{
    waiting: { total: number; items: Approval[] }
    returned: { total: number; items: Approval[] }
  }>('approvals')
  const violations = panel<{
    awaitingApproval: number
    rectificationOverdue: number
    toCollect: number
    open: number
  }>('violations')
  const documents = panel<{
    inReview: number
    dueForDisposal: number
    loansOverdue: number
    forms: Array<{
      key: string
      title: string
      state: 'unlinked' | 'unusable'
      reason: string | null
    }>
  }>('documents')
  const jobs = panel<JobsPanelData>('jobs')
  const followUps = panel<FollowUpsPanelData>('follow-ups')
  const visits = panel<ReturnVisitsPanelData>('return-visits')

  return (
    <Gutter>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 20, paddingBottom: 40 }}>
        <h1 style={{ margin: 0 }}>
          工作台 <span style={{ ...small, fontSize: 16 }}>Dashboard</span>
        </h1>
        {myWork && (
          <section>
            <Title {...myWork.title} />
            <div style={grid}>
              <div style={card} data-testid="my-complaints">
                <div>
                  我处理的投诉 <span style={small}>Complaints assigned to me</span>
                </div>
                <div style={big}>{myWork.data.complaints.total}</div>
                <List
                  items={myWork.data.complaints.items}
                  href={`${admin}/collections/complaints`}
                />
              </div>
              <div style={card}>
                <div>
                  我的维修工单 <span style={small}>My work orders</span>
                </div>
                <div style={big}>{myWork.data.workOrders.total}</div>
                <List
                  items={myWork.data.workOrders.items}
                  href={`${admin}/collections/work-orders`}
                />
              </div>
              <div style={card}>
                <div>
                  待回访 <span style={small}>Return visits due</span>
                </div>
                <div style={big}>{myWork.data.returnVisits.total}</div>
                <div style={small}>
                  已逾期 overdue {myWork.data.returnVisits.overdue} ·{' '}
                  <a href={`${admin}/collections/return-visits`}>查看 open</a>
                </div>
              </div>
              {shifts && (
                <div style={card} data-testid="shift-panel">
                  <div>
                    交接班 <span style={small}>Shift logs</span>
                  </div>
                  <div style={big}>{shifts.data.awaitingReview}</div>
                  <div style={small}>
                    待经理审核 awaiting review · 待接班 {shifts.data.awaitingAcceptance} · 拒收{' '}
                    {shifts.data.refused} · <a href={`${admin}/shift-logs-board`}>交接班看板</a>
                  </div>
                </div>
              )}
            </div>
          </section>
        )}
        {followUps && (
          <section>
            <Title {...followUps.title} />
            <div style={grid}>
              <div style={card} data-testid="my-follow-ups">
                <div>
                  我负责的跟进事项 <span style={small}>My follow-ups</span>
                </div>
                <div style={big}>{followUps.data.mine.open}</div>
                <div
                  style={{ ...small, color: followUps.data.mine.overdue ? '#c0392b' : undefined }}
                >
                  已逾期 overdue {followUps.data.mine.overdue}
                </div>
                <FollowUpList
                  items={followUps.data.mine.items}
                  href={`${admin}/collections/follow-ups`}
                  timezone={data.timezone}
                />
              </div>
              {followUps.data.team && (
                <div style={card} data-testid="team-follow-ups">
                  <div>
                    {followUps.data.team.scope === 'office' ? (
                      <>
                        全中心跟进事项 <span style={small}>The office’s follow-ups</span>
                      </>
                    ) : (
                      <>
                        本部门跟进事项{' '}
                        <span style={small}>
                          My department’s follow-ups ·{' '}
                          {followUps.data.team.departments.map(departmentName).join('、')}
                        </span>
                      </>
                    )}
                  </div>
                  <div style={big}>{followUps.data.team.open}</div>
                  <div
                    style={{
                      ...small,
                      color: followUps.data.team.overdue ? '#c0392b' : undefined,
                    }}
                  >
                    跟进中 open · 已逾期 overdue {followUps.data.team.overdue}
                  </div>
                  <FollowUpList
                    items={followUps.data.team.items}
                    href={`${admin}/collections/follow-ups`}
                    timezone={data.timezone}
                  />
                </div>
              )}
              {followUps.data.office && (
                <div style={card} data-testid="office-follow-ups">
                  <div>
                    全部逾期跟进事项 <span style={small}>Overdue across the office</span>
                  </div>
                  <div
                    style={{ ...big, color: followUps.data.office.overdue ? '#c0392b' : undefined }}
                  >
                    {followUps.data.office.overdue}
                  </div>
                  <FollowUpList
                    items={followUps.data.office.items}
                    href={`${admin}/collections/follow-ups`}
                    timezone={data.timezone}
                  />
                </div>
              )}
            </div>
          </section>
        )}
        {(approvals || violations || documents) && (
          <section>
            <Title zh="审批与事务" en="Approvals and cases" />
            <div style={grid}>
              {approvals && (
                <div style={card} data-testid="approvals-panel">
                  <div>
                    待我审批 <span style={small}>Waiting for me</span>
                  </div>
                  <div style={big}>{approvals.data.waiting.total}</div>
                  {approvals.data.waiting.items.length === 0 ? (
                    <div style={small}>无 None</div>
                  ) : (
                    <ul style={{ margin: 0, paddingLeft: 18 }}>
                      {approvals.data.waiting.items.map((a) => (
                        <li key={`${a.collection}-${a.id}`}>
                          <a href={`${admin}/collections/${a.collection}/${a.id}`}>{a.title}</a>{' '}
                          <span style={small}>
                            {a.kind.zh} · {a.stepLabel?.zh ?? ''}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                  {approvals.data.returned.total > 0 && (
                    <div style={{ ...small, color: '#c0392b' }}>
                      被驳回待修改 returned to me: {approvals.data.returned.total}
                    </div>
                  )}
                </div>
              )}
              {violations && (
                <div style={card} data-testid="violations-panel">
                  <div>
                    违章待审批 <span style={small}>Violations awaiting approval</span>
                  </div>
                  <div style={big}>{violations.data.awaitingApproval}</div>
                  <div style={small}>
                    整改逾期 overdue {violations.data.rectificationOverdue} · 待收款 to collect{' '}
                    {violations.data.toCollect} · 未结 open {violations.data.open} ·{' '}
                    <a href={`${admin}/collections/violations`}>查看 open</a>
                  </div>
                </div>
              )}
              {documents && (
                <div style={card} data-testid="documents-panel">
                  <div>
                    文件待审批 <span style={small}>Documents in review</span>
                  </div>
                  <div style={big}>{documents.data.inReview}</div>
                  <div style={small}>
                    到期待处置 due for disposal {documents.data.dueForDisposal} · 借阅逾期 loans
                    overdue {documents.data.loansOverdue} ·{' '}
                    <a href={`${admin}/collections/archived-documents`}>查看 open</a>
                  </div>
                  {documents.data.forms.length > 0 && (
                    <div style={{ ...small, marginTop: 8 }} data-testid="uncontrolled-forms">
                      未受控表单 Forms not under control ({documents.data.forms.length})：
                      <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
                        {documents.data.forms.map((f) => (
                          <li key={f.key}>
                            {f.title}
                            {' — '}
                            {f.state === 'unlinked'
                              ? '未关联受控文件，打印为未受控副本 / no entry: prints as an uncontrolled copy'
                              : f.reason}
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                </div>
              )}
            </div>
          </section>
        )}
        {jobs && (
          <section style={card} data-testid="jobs-panel">
            <Title {...jobs.title} />
            <div style={{ ...big, color: jobs.data.failedMail.total ? '#c0392b' : undefined }}>
              {jobs.data.failedMail.total}
            </div>
            <div style={small}>
              未能发出的邮件 emails not sent · 待发送 waiting {jobs.data.pendingMail} ·
              失败的定时检查 failed checks {jobs.data.failedOther}
            </div>
            {jobs.data.failedMail.items.length > 0 && (
              <ul style={{ margin: '8px 0 0', paddingLeft: 18 }}>
                {jobs.data.failedMail.items.map((m) => (
                  <li key={m.id}>
                    {m.subject} <span style={small}>→ {m.to.join(', ')}</span>
                    <div style={small}>
                      {new Date(m.failedAt).toLocaleString('zh-CN', { timeZone: data.timezone })} ·{' '}
                      {m.attempts} 次 tries · {m.error}
                    </div>
                  </li>
                ))}
              </ul>
            )}
            {jobs.data.failedAlerts.total > 0 && (
              <div style={{ marginTop: 8 }} data-testid="failed-robot-alerts">
                <div style={{ ...small, color: '#c0392b' }}>
                  未能发出的群机器人提醒 robot alerts not posted: {jobs.data.failedAlerts.total}
                </div>
                <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
                  {jobs.data.failedAlerts.items.map((a) => (
                    <li key={a.id}>
                      {a.title} <span style={small}>({a.kind})</span>
                      <div style={small}>
                        {new Date(a.failedAt).toLocaleString('zh-CN', { timeZone: data.timezone })}{' '}
                        · {a.attempts} 次 tries · {a.error}
                      </div>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>
        )}
        {today && (
          <section style={card} data-testid="today">
            <Title {...today.title} />
            <div style={small}>共 {today.data.total} 件 total</div>
            <List items={today.data.items} href={`${admin}/collections/complaints`} />
          </section>
        )}
        {kpis && (
          <section>
            <Title zh={`${kpis.title.zh}（${kpis.data.month}）`} en={kpis.title.en} />
            <div style={grid}>
              <div style={card} data-testid="kpi-open">
                <div>
                  未结投诉 <span style={small}>Open complaints</span>
                </div>
                <div style={big}>{kpis.data.openComplaints.open}</div>
                <div style={small}>
                  {Object.entries(kpis.data.openComplaints.bySeverity)
                    .map(([s, n]) => `${SEVERITY_NAMES[s] ?? s} ${n}`)
                    .join(' · ') || '—'}
                </div>
              </div>
              <div style={card} data-testid="kpi-overdue">
                <div>
                  已超时 <span style={small}>Overdue</span>
                </div>
                <div
                  style={{
                    ...big,
                    color: kpis.data.openComplaints.overdue ? '#c0392b' : undefined,
                  }}
                >
                  {kpis.data.openComplaints.overdue}
                </div>
                <div style={small}>目标 target 0</div>
              </div>
              <Rate
                zh="24小时处理率"
                en="Resolved within 24 h"
                {...kpis.data.resolvedWithin24h}
                target={`≥ ${kpis.data.resolvedWithin24h.target}%`}
              />
              <Rate
                zh="回访率"
                en="Return-visit rate"
                {...kpis.data.returnVisits}
                target={`${kpis.data.returnVisits.target}%`}
              />
              <Rate
                zh="投诉处理满意率"
                en="Complaint-handling satisfaction"
                {...kpis.data.satisfaction}
                target={`≥ ${kpis.data.satisfaction.target}%`}
              />
              <Rate
                zh="有效投诉占户数比"
                en="Valid complaints per household"
                {...kpis.data.validComplaints}
                target={`< ${kpis.data.validComplaints.target}%`}
              />
              <Rate
                zh={`维修${kpis.data.workOrdersOnSite.target}分钟到场率`}
                en="Repairs on site in time"
                {...kpis.data.workOrdersOnSite}
                target={`${kpis.data.workOrdersOnSite.target} min`}
              />
            </div>
          </section>
        )}
        {visits && (
          <section data-testid="return-visits-panel">
            <Title zh={`${visits.title.zh}（${visits.data.month}）`} en={visits.title.en} />
            <div style={grid}>
              {visits.data.byKind.map((k) => (
                <Rate
                  key={k.kind}
                  zh={`${VISIT_KINDS[k.kind].zh}满意率`}
                  en={VISIT_KINDS[k.kind].en}
                  rate={k.rate}
                  count={k.satisfied}
                  of={k.households}
                  target={k.target === null ? '—' : `≥ ${k.target}%`}
                  met={k.met ?? undefined}
                />
              ))}
              <Rate
                zh="综合问卷回收率"
                en="Survey return rate"
                rate={visits.data.survey.returnRate}
                count={visits.data.survey.returned}
                of={visits.data.survey.issued}
                target={`综合评议 ${visits.data.survey.overallRate ?? '—'}% / ≥ ${visits.data.survey.target}%`}
                met={visits.data.survey.returned > 0 ? visits.data.survey.met : undefined}
              />
              <div style={card} data-testid="visits-by-assignee">
                <div>
                  待回访（按回访人） <span style={small}>Open visits by assignee</span>
                </div>
                {visits.data.byAssignee.length === 0 ? (
                  <div style={small}>无 None</div>
                ) : (
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {visits.data.byAssignee.map((a) => (
                      <li key={a.assignee ?? 'none'}>
                        {a.name ?? '未指派'}{' '}
                        <span style={small}>
                          待回访 {a.open} · 到期 {a.due} ·{' '}
                          <span style={{ color: a.overdue ? '#c0392b' : undefined }}>
                            逾期 {a.overdue}
                          </span>
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </div>
          </section>
        )}
        {trend && kpis && (
          <section style={card}>
            <Title {...trend.title} />
            <TrendChart data={trend.data} target={kpis.data.satisfaction.target} />
          </section>
        )}
      </div>
    </Gutter>
  )
}
