/** Trend line of an indicator's values over periods (ECharts, tree-shaken). */
import { LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCoreModule from 'echarts-for-react/esm/core.js';
import type { EChartsReactProps } from 'echarts-for-react/esm/types.js';
import type { ComponentType } from 'react';
import { formatNumber, formatQuantity } from '../lib/format.js';
import { interopDefault } from '../lib/interop.js';
import { usePeriodLabel } from './usePeriodLabel.js';

echarts.use([LineChart, GridComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);
const ReactEChartsCore = interopDefault<ComponentType<EChartsReactProps>>(ReactEChartsCoreModule);

interface Props {
  series: { period: string; value: number }[];
  target?: number;
  unit?: string;
  height: number;
  /** Small sparkline without axes (cards) or a full chart with axes (drill-down). */
  compact?: boolean;
}

export function TrendChart({ series, target, unit, height, compact = false }: Props) {
  const label = usePeriodLabel();
  const ordered = [...series].sort((a, b) => a.period.localeCompare(b.period));
  const option = {
    animation: false,
    grid: compact ? { left: 4, right: 4, top: 8, bottom: 4 } : { left: 56, right: 24, top: 24, bottom: 40 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? formatQuantity(v, unit ?? '') : String(v)),
    },
    xAxis: {
      type: 'category',
      show: !compact,
      data: ordered.map((p) => label(p.period)),
    },
    yAxis: {
      type: 'value',
      show: !compact,
      scale: true,
      axisLabel: { formatter: (v: number) => formatNumber(v) },
    },
    series: [
      {
        type: 'line',
        data: ordered.map((p) => p.value),
        smooth: false,
        symbolSize: compact ? 4 : 7,
        lineStyle: { width: 2 },
        markLine:
          target === undefined || compact
            ? undefined
            : { symbol: 'none', lineStyle: { type: 'dashed', color: '#389e0d' }, data: [{ yAxis: target }], label: { formatter: () => formatNumber(target) } },
      },
    ],
  };
  return <ReactEChartsCore echarts={echarts} option={option} style={{ height, width: '100%' }} notMerge />;
}
