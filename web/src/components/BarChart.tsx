/** Horizontal bars of counts by label (ECharts, tree-shaken): long Vietnamese labels stay readable. */
import { BarChart as EBarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCoreModule from 'echarts-for-react/esm/core.js';
import type { EChartsReactProps } from 'echarts-for-react/esm/types.js';
import type { ComponentType } from 'react';
import { formatNumber } from '../lib/format.js';
import { interopDefault } from '../lib/interop.js';

echarts.use([EBarChart, GridComponent, TooltipComponent, CanvasRenderer]);
const ReactEChartsCore = interopDefault<ComponentType<EChartsReactProps>>(ReactEChartsCoreModule);

const BAR_HEIGHT = 30;
const LABEL_CHARS = 28;

interface Props {
  bars: { label: string; value: number }[];
  /** Narrow screens: shorter labels on the left. */
  compact?: boolean;
}

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function BarChart({ bars, compact = false }: Props) {
  const labelChars = compact ? 14 : LABEL_CHARS;
  // Largest on top: ECharts draws a category axis from the bottom up.
  const ordered = [...bars].reverse();
  const option = {
    animation: false,
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => (typeof v === 'number' ? formatNumber(v) : String(v)) },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => formatNumber(v) } },
    yAxis: {
      type: 'category',
      data: ordered.map((b) => b.label),
      axisLabel: { formatter: (v: string) => shorten(v, labelChars) },
    },
    series: [
      {
        type: 'bar',
        data: ordered.map((b) => b.value),
        barMaxWidth: 22,
        itemStyle: { color: '#c62828' },
        label: { show: true, position: 'right', formatter: ({ value }: { value: number }) => formatNumber(value) },
      },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} style={{ height: Math.max(120, bars.length * BAR_HEIGHT + 40), width: '100%' }} notMerge />;
}
