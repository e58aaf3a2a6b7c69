import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartDataset } from 'chart.js';
import { h } from './dom.js';
import type { Histogram } from '../src/view/api.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export const COLORS = {
  accepted: '#2e8b57',
  rejected: '#c0392b',
  other: '#8e8e93',
  series: ['#3867d6', '#20bf6b', '#f7b731', '#eb3b5a', '#8854d0', '#0fb9b1', '#fa8231'],
};

/** Marks the canvas once Chart.js has drawn it (`data-rendered`), so a reader or a test knows the plot is there. */
const renderedMark = {
  id: 'renderedMark',
  afterRender(chart: Chart) {
    chart.canvas.dataset['rendered'] = 'true';
    chart.canvas.dataset['points'] = String(chart.data.datasets.reduce((total, dataset) => total + dataset.data.length, 0));
  },
};

export interface BarOptions {
  title: string;
  labels: string[];
  datasets: Array<ChartDataset<'bar', number[]>>;
  stacked?: boolean;
  horizontal?: boolean;
  /** Called with the label of a clicked bar. */
  onClick?: (label: string) => void;
}

/** A bar chart in a titled figure. */
export function barChart(options: BarOptions): HTMLElement {
  const canvas = h('canvas', { 'aria-label': options.title, role: 'img' });
  const figure = h('figure', { class: 'chart' }, h('figcaption', {}, options.title), h('div', { class: 'chart-box' }, canvas));
  const height = options.horizontal ? Math.max(160, options.labels.length * 26 + 60) : 240;
  (figure.querySelector('.chart-box') as HTMLElement).style.height = `${height}px`;
  queueMicrotask(() => {
    new Chart(canvas, {
      type: 'bar',
      data: { labels: options.labels, datasets: options.datasets },
      options: {
        indexAxis: options.horizontal ? 'y' : 'x',
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: options.datasets.length > 1 } },
        scales: { x: { stacked: options.stacked ?? false }, y: { stacked: options.stacked ?? false, beginAtZero: true } },
        onClick: (_event, elements) => {
          const first = elements[0];
          if (first && options.onClick) options.onClick(options.labels[first.index]!);
        },
      },
      plugins: [renderedMark],
    });
  });
  return figure;
}

export function histogramChart(title: string, histogram: Histogram, color: string): HTMLElement {
  return barChart({
    title,
    labels: histogram.labels,
    datasets: [{ label: 'records', data: histogram.counts, backgroundColor: color }],
  });
}
