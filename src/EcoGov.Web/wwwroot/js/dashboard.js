// 驾驶舱 charts (Pages/Index.cshtml), drawn with ECharts (wwwroot/lib/echarts, from npm) from the figures the page puts
// in data attributes — the same DashboardReport as GET /api/dashboard. No inline script or style (the CSP forbids them):
// tooltips are drawn on the canvas (renderMode richText). A click on a bar opens the table the figure comes from.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') return;
  const font = getComputedStyle(document.body).fontFamily;
  const charts = [];
  const base = { textStyle: { fontFamily: font }, animation: false, tooltip: { renderMode: 'richText' } };
  const colors = { red: '#c62828', yellow: '#e0a100', green: '#2e9b4f', grey: '#9e9e9e', line: '#1d2a22', bar: '#5b8f73' };

  function make(el, option) {
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(Object.assign({}, base, option));
    charts.push(chart);
    return chart;
  }

  // Monthly bars of one pollutant against the plan's monthly targets (a dashed line); over target → red.
  const months = document.getElementById('chart-months');
  if (months) {
    const figures = JSON.parse(months.dataset.figures);
    let chart = null;
    const draw = (pollutant) => {
      const rows = figures.filter(f => f.pollutant === pollutant).sort((a, b) => a.month - b.month);
      const hasTarget = rows.some(r => r.target !== null);
      const option = {
        grid: { left: 44, right: 12, top: 30, bottom: 26 },
        legend: { top: 0, data: hasTarget ? ['当月浓度', '月度目标'] : ['当月浓度'] },
        tooltip: { trigger: 'axis', renderMode: 'richText' },
        xAxis: { type: 'category', data: rows.map(r => r.month + '月') },
        yAxis: { type: 'value', name: 'μg/m³', nameGap: 8, nameTextStyle: { align: 'right' } },
        series: [
          {
            name: '当月浓度', type: 'bar', barMaxWidth: 26, itemStyle: { color: colors.bar },
            data: rows.map(r => ({
              value: r.actual,
              itemStyle: { color: r.target !== null && r.actual !== null && r.actual > r.target ? colors.red : colors.bar },
            })),
            label: { show: true, position: 'top', fontSize: 11 },
          },
          hasTarget ? {
            name: '月度目标', type: 'line', step: 'middle', symbol: 'none',
            lineStyle: { type: 'dashed', color: colors.line, width: 1.5 }, itemStyle: { color: colors.line },
            data: rows.map(r => r.target),
          } : null,
        ].filter(Boolean),
      };
      if (!chart) {
        chart = make(months, option);
        chart.on('click', () => { window.location.href = months.dataset.link; });
      } else chart.setOption(option, true);
    };
    draw('PM2.5');
    document.querySelectorAll('[data-chart-pollutant]').forEach(b => b.addEventListener('click', () => {
      document.querySelectorAll('[data-chart-pollutant]').forEach(x => x.setAttribute('aria-pressed', x === b ? 'true' : 'false'));
      draw(b.dataset.chartPollutant);
    }));
  }

  // Task states by lead department: stacked horizontal bars; a click opens the ledger filtered by department and state.
  const tasks = document.getElementById('chart-tasks');
  if (tasks) {
    const departments = JSON.parse(tasks.dataset.figures).slice().reverse();
    const states = [
      ['overdue', '逾期', colors.red], ['notReported', '本期未报', colors.yellow], ['dueSoon', '临期', '#f3c969'],
      ['onSchedule', '按期推进', colors.green], ['ongoing', '长期坚持', '#7cbf92'], ['completed', '已完成', '#1f6f43'],
    ];
    const chart = make(tasks, {
      grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
      legend: { top: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 12 } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText' },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: departments.map(d => d.department), axisLabel: { fontSize: 12, width: 120, overflow: 'truncate' } },
      series: states.map(([key, name, color]) => ({
        name, type: 'bar', stack: 'tasks', barMaxWidth: 18, itemStyle: { color },
        data: departments.map(d => d[key] || null),
      })),
    });
    chart.on('click', p => {
      const d = departments[p.dataIndex];
      const state = states[p.seriesIndex][0];
      const plan = d.plans[0];
      window.location.href = '/Supervision/Ledger?plan=' + encodeURIComponent(plan) + '&asOf=' + tasks.dataset.asof +
        '&department=' + encodeURIComponent(d.department) + '&state=' + state;
    });
  }

  // Binding indicators by light: one stacked bar.
  const lights = document.getElementById('chart-lights');
  if (lights) {
    const rows = JSON.parse(lights.dataset.figures);
    const order = ['red', 'yellow', 'green', 'grey'];
    rows.sort((a, b) => order.indexOf(a.light) - order.indexOf(b.light));
    make(lights, {
      grid: { left: 8, right: 8, top: 28, bottom: 8, containLabel: true },
      legend: { top: 0, itemWidth: 12, itemHeight: 10 },
      tooltip: { trigger: 'item', renderMode: 'richText' },
      xAxis: { type: 'value', show: false, max: rows.reduce((s, r) => s + r.count, 0) },
      yAxis: { type: 'category', data: ['约束性指标'], show: false },
      series: rows.map(r => ({
        name: { red: '未达标', yellow: '滞后', green: '达标或进度正常', grey: '无法判断' }[r.light], type: 'bar', stack: 'lights', barWidth: 28, itemStyle: { color: colors[r.light] },
        label: { show: true, formatter: r.count + ' 项', color: '#fff' }, data: [r.count],
      })),
    });
  }

  window.addEventListener('resize', () => charts.forEach(c => c.resize()));
})();
