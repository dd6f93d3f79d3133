'use client'

import React from 'react'
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

export type TrendPoint = { month: string; complaints: number; satisfaction: number | null }

/** Complaints per month (bars) and satisfaction (line, right axis), the last 12 months. */
export const TrendChart: React.FC<{ data: TrendPoint[]; target: number }> = ({ data, target }) => (
  <div style={{ width: '100%', height: 280 }} data-testid="trend-chart">
    <ResponsiveContainer>
      <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="var(--theme-elevation-100)" strokeDasharray="3 3" />
        <XAxis dataKey="month" tick={{ fontSize: 11 }} />
        <YAxis yAxisId="count" allowDecimals={false} tick={{ fontSize: 11 }} />
        <YAxis
          yAxisId="rate"
          orientation="right"
          domain={[Math.min(80, target - 5), 100]}
          unit="%"
          tick={{ fontSize: 11 }}
        />
        <Tooltip />
        <Legend />
        <Bar
          yAxisId="count"
          dataKey="complaints"
          name="投诉量 Complaints"
          fill="#4f7cac"
          isAnimationActive={false}
        />
        <Line
          yAxisId="rate"
          dataKey="satisfaction"
          name={`满意率 Satisfaction (目标 ≥${target}%)`}
          stroke="#d9822b"
          strokeWidth={2}
          connectNulls
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  </div>
)
