// 空气质量日历 and 浓度时序 (Pages/MonitoringCalendar.cshtml), drawn with ECharts (wwwroot/lib/echarts) from the JSON the
// page puts in data attributes — the same AirCalendarDto and StationSeriesDto as GET /api/monitoring/calendar and
// /api/monitoring/stations/{code}/series. No inline script or style (the CSP forbids them): tooltips are drawn on the
// canvas (renderMode richText). The colours of the AQI levels come with the data (HJ 633 Table 2, Core's AqiLevels).
(function () {
  'use strict';
  if (typeof echarts === 'undefined') return;
  const font = getComputedStyle(document.body).fontFamily;
  const charts = {};
  // The words, in the page's language, from the page (Pages/Shared/_MonitoringChartText.cshtml #monitoring-text, the
  // message catalogue).
  const textEl = document.getElementById('monitoring-text');
  if (!textEl) return;
  const text = JSON.parse(textEl.dataset.text);
  const fill = (format, ...values) => format.replace(/\{(\d+)\}/g, (m, i) => values[Number(i)]);
  const category = c => text.categories[c] || c;
  const base = { textStyle: { fontFamily: font }, animation: false, tooltip: { renderMode: 'richText' } };

  function make(el, option) {
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(Object.assign({}, base, option));
    charts[el.id] = chart;
    return chart;
  }

  function addDays(text, n) {
    const d = new Date(text + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }

  // The calendar heat map: one cell per day, coloured by the AQI level; days without a valid AQI stay grey.
  const calendarEl = document.getElementById('chart-calendar');
  if (calendarEl) {
    const c = JSON.parse(calendarEl.dataset.calendar);
    const byDate = {};
    c.days.forEach(d => { byDate[d.date] = d; });
    const chart = make(calendarEl, {
      tooltip: {
        renderMode: 'richText',
        formatter: p => {
          const d = byDate[p.value[0]];
          return d.date + '\n' + fill(text.aqi, d.aqi, category(d.category), d.level) + '\n' +
            fill(text.primary, d.primary.length ? d.primary.join(text.separator) : text.nonePrimary);
        },
      },
      visualMap: {
        type: 'piecewise', show: false, dimension: 1,
        pieces: c.levels.map(l => ({ min: l.minAqi, max: l.maxAqi === null ? 100000 : l.maxAqi, color: l.colour, label: category(l.category) })),
      },
      calendar: {
        range: String(c.year), top: 26, left: 36, right: 12, bottom: 8, cellSize: ['auto', 17],
        dayLabel: { firstDay: 1, nameMap: text.dayNames, fontSize: 11 }, monthLabel: { nameMap: text.monthNames, fontSize: 12 }, yearLabel: { show: false },
        itemStyle: { color: '#f2f4f3', borderColor: '#fff', borderWidth: 1.5 },
        splitLine: { lineStyle: { color: '#8a9a90', width: 1 } },
      },
      series: [{
        type: 'heatmap', coordinateSystem: 'calendar',
        data: c.days.filter(d => d.valid).map(d => [d.date, d.aqi]),
        emphasis: { itemStyle: { borderColor: '#1d2a22', borderWidth: 1.5 } },
      }],
    });
    const link = calendarEl.dataset.hourLink;
    if (link) {
      chart.on('click', p => {
        const day = p.value[0];
        window.location.href = link + '&From=' + addDays(day, -3) + '&To=' + addDays(day, 3);
      });
    }
  }

  // A station's series of one pollutant, with the standard's grade II limit as a dashed red line.
  const seriesEl = document.getElementById('chart-series');
  if (seriesEl) {
    const s = JSON.parse(seriesEl.dataset.series);
    const hourly = s.resolution === 'hour';
    let chart = null;
    const draw = key => {
      const p = s.pollutants.find(x => x.key === key);
      const values = s.points.map(x => x[key]);
      const option = {
        grid: { left: 52, right: 24, top: 34, bottom: 58 },
        legend: { top: 0, data: [p.pollutant + ' ' + p.averaging] },
        tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: v => (v === null || v === undefined ? '—' : v + ' ' + p.unit) },
        xAxis: { type: 'category', data: s.points.map(x => x.time), axisLabel: { formatter: v => v.slice(5) } },
        yAxis: {
          type: 'value', name: p.unit, nameGap: 10, min: 0,
          max: p.limit === null ? null : v => { const m = Math.max(v.max, p.limit * 1.15); const step = m > 50 ? 10 : 1; return Math.ceil(m / step) * step; },
        },
        dataZoom: [{ type: 'inside' }, { type: 'slider', height: 16, bottom: 8 }],
        series: [{
          name: p.pollutant + ' ' + p.averaging, type: 'line', data: values, connectNulls: false, showSymbol: values.length <= 62,
          symbolSize: 4, lineStyle: { color: '#1f6f43', width: 1.6 }, itemStyle: { color: '#1f6f43' },
          markLine: p.limit === null ? undefined : {
            symbol: 'none', silent: true,
            lineStyle: { color: '#c62828', type: 'dashed', width: 1.5 },
            label: { formatter: fill(text.limit, p.limit), position: 'insideEndTop', color: '#c62828' },
            data: [{ yAxis: p.limit }],
          },
        }],
      };
      if (!chart) chart = make(seriesEl, option);
      else chart.setOption(Object.assign({}, base, option), true);
    };
    draw('pm25');
    document.querySelectorAll('[data-series-pollutant]').forEach(b => b.addEventListener('click', () => {
      document.querySelectorAll('[data-series-pollutant]').forEach(x => x.setAttribute('aria-pressed', x === b ? 'true' : 'false'));
      draw(b.dataset.seriesPollutant);
    }));
  }

  // 标准对比 (Pages/Monitoring.cshtml, what-if): each station's good-day ratio and comprehensive index under the two
  // standards, from the evaluation's whatIf (the same JSON as GET /api/air/evaluate?compare=…).
  const whatIfEl = document.getElementById('chart-whatif');
  if (whatIfEl) {
    const w = JSON.parse(whatIfEl.dataset.whatif);
    const names = w.rows.map(r => r.station);
    const pct = v => (v === null ? null : Math.round(v * 1000) / 10);
    make(whatIfEl, {
      tooltip: { renderMode: 'richText', trigger: 'axis' },
      legend: { top: 0, data: [w.standard, w.compare] },
      grid: [{ left: 48, right: '53%', top: 34, bottom: 48 }, { left: '55%', right: 16, top: 34, bottom: 48 }],
      xAxis: [
        { type: 'category', data: names, gridIndex: 0, axisLabel: { interval: 0, rotate: names.length > 4 ? 30 : 0 } },
        { type: 'category', data: names, gridIndex: 1, axisLabel: { interval: 0, rotate: names.length > 4 ? 30 : 0 } },
      ],
      yAxis: [
        { type: 'value', name: text.goodRatio, gridIndex: 0, max: 100 },
        { type: 'value', name: text.index, gridIndex: 1 },
      ],
      color: ['#2e7d4f', '#e0892b'],
      series: [
        { name: w.standard, type: 'bar', xAxisIndex: 0, yAxisIndex: 0, data: w.rows.map(r => pct(r.goodRatio)) },
        { name: w.compare, type: 'bar', xAxisIndex: 0, yAxisIndex: 0, data: w.rows.map(r => pct(r.compareGoodRatio)) },
        { name: w.standard, type: 'bar', xAxisIndex: 1, yAxisIndex: 1, data: w.rows.map(r => r.index) },
        { name: w.compare, type: 'bar', xAxisIndex: 1, yAxisIndex: 1, data: w.rows.map(r => r.compareIndex) },
      ],
    });
  }

  // 下载图片 (.png): the chart as drawn, on white, at twice the resolution.
  document.querySelectorAll('[data-png-for]').forEach(b => b.addEventListener('click', () => {
    const chart = charts[b.dataset.pngFor];
    if (!chart) return;
    const a = document.createElement('a');
    a.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    a.download = b.dataset.pngName || 'chart.png';
    document.body.appendChild(a);
    a.click();
    a.remove();
  }));

  window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
})();
