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
  // The words, in the page's language, from the page (Pages/Index.cshtml #dashboard-text, the message catalogue).
  const textEl = document.getElementById('dashboard-text');
  if (!textEl) return;
  const text = JSON.parse(textEl.dataset.text);
  const fill = (format, value) => format.replace('{0}', value);

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
        legend: { top: 0, data: hasTarget ? [text.actual, text.target] : [text.actual] },
        tooltip: { trigger: 'axis', renderMode: 'richText' },
        xAxis: { type: 'category', data: rows.map(r => fill(text.month, r.month)) },
        yAxis: { type: 'value', name: 'μg/m³', nameGap: 8, nameTextStyle: { align: 'right' } },
        series: [
          {
            name: text.actual, type: 'bar', barMaxWidth: 26, itemStyle: { color: colors.bar },
            data: rows.map(r => ({
              value: r.actual,
              itemStyle: { color: r.target !== null && r.actual !== null && r.actual > r.target ? colors.red : colors.bar },
            })),
            label: { show: true, position: 'top', fontSize: 11 },
          },
          hasTarget ? {
            name: text.target, type: 'line', step: 'middle', symbol: 'none',
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
      ['overdue', colors.red], ['notReported', colors.yellow], ['dueSoon', '#f3c969'],
      ['onSchedule', colors.green], ['ongoing', '#7cbf92'], ['completed', '#1f6f43'],
    ].map(([key, color]) => [key, text[key], color]);
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
      yAxis: { type: 'category', data: [text.binding], show: false },
      series: rows.map(r => ({
        name: text[r.light], type: 'bar', stack: 'lights', barWidth: 28, itemStyle: { color: colors[r.light] },
        label: { show: true, formatter: fill(text.count, r.count), color: '#fff' }, data: [r.count],
      })),
    });
  }

  window.addEventListener('resize', () => charts.forEach(c => c.resize()));
})();

// 水质断面逐月类别: a click anywhere on a section's row opens the plan's progress (the section's name is the keyboard's link).
(function () {
  'use strict';
  document.querySelectorAll('table.water-grid tr[data-href]').forEach(tr => tr.addEventListener('click', e => {
    if (e.target.closest('a')) return;
    window.location.href = tr.dataset.href;
  }));
})();

// The map of the areas (Leaflet, wwwroot/lib/leaflet; no tile server): each area coloured by the figure chosen in
// #map-figure, from the report's figures (DashboardReport.map) — nothing is computed here but the colour of a value
// by the figure's breaks. A click on an area below the jurisdiction switches the dashboard to it. The table beside the
// map is its text alternative and is kept in step with the select.
(function () {
  'use strict';
  const el = document.getElementById('dash-map');
  const textEl = document.getElementById('dashboard-text');
  if (!el || !textEl || typeof L === 'undefined') return;
  const text = JSON.parse(textEl.dataset.text);   // the page's words (#dashboard-text)
  const data = JSON.parse(el.dataset.map);
  const boundaries = JSON.parse(el.dataset.boundaries || '{"type":"FeatureCollection","features":[]}');
  const select = document.getElementById('map-figure');
  const palette = ['#1f7a45', '#8cc084', '#f1d35b', '#ef8a45', '#c62828'];   // best … worst
  const noData = '#d3d8d5';
  const byCode = Object.fromEntries(data.areas.map(a => [a.code, a]));
  const switchable = data.level === 'sub';
  let figure = data.figures[0];

  const format = (f, v) => v === null || v === undefined ? text.noData
    : f.unit === '%' ? (v * 100).toFixed(1) + '%' : (Math.round(v * 100) / 100) + (f.unit && f.unit !== 'μg/m³' ? ' ' + f.unit : '');
  const classOf = (f, v) => { const k = f.breaks.filter(b => b <= v).length; return f.higherIsBetter ? 4 - k : k; };
  const colour = (f, v) => v === null || v === undefined ? noData : palette[classOf(f, v)];
  const go = code => {
    if (!switchable || code === el.dataset.current) return;
    window.location.href = '/?jurisdiction=' + encodeURIComponent(code) + (el.dataset.asof ? '&asOf=' + el.dataset.asof : '');
  };

  const map = L.map(el, { zoomSnap: 0.1, scrollWheelZoom: false, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(text.attribution);
  const label = a => `${a.name}<br><b>${format(figure, a[figure.key])}</b>`;
  const labels = {};   // code → its label, a tooltip of its own at the point inside the area the server gives
  const layer = L.geoJSON(boundaries, {
    style: f => ({ color: '#ffffff', weight: 1.5, fillOpacity: 0.85, fillColor: colour(figure, (byCode[f.properties.code] || {})[figure.key]) }),
    onEachFeature: (f, l) => {
      const a = byCode[f.properties.code];
      if (!a) return;
      const at = f.properties.label;
      if (at) labels[a.code] = L.tooltip({ permanent: true, direction: 'center', className: 'area-label', interactive: false }).setLatLng([at[1], at[0]]).setContent(label(a));
      l.on('click', () => go(a.code));
      l.on('mouseover', () => l.setStyle({ weight: 3, color: '#1d2a22' }));
      l.on('mouseout', () => l.setStyle({ weight: 1.5, color: '#ffffff' }));
    },
  }).addTo(map);
  if (layer.getBounds().isValid()) map.fitBounds(layer.getBounds(), { padding: [4, 4] });
  else el.textContent = text.noBoundaries;
  Object.values(labels).forEach(t => t.addTo(map));
  // each area's path names its code (the paths exist once the map has a view)
  layer.eachLayer(l => { const p = l.getElement && l.getElement(); if (p) p.dataset.area = l.feature.properties.code; });
  if (switchable) el.classList.add('switchable');

  // The legend below the map (not over it): the figure's five classes and 无数据.
  const legendBox = document.getElementById('map-legend');
  const drawLegend = () => {
    legendBox.textContent = '';
    const title = document.createElement('span');
    title.className = 'legend-title';
    title.textContent = figure.name + (figure.unit && figure.unit !== '%' ? `（${figure.unit}）` : '');
    legendBox.appendChild(title);
    const b = figure.breaks;
    const show = v => figure.unit === '%' ? Math.round(v * 100) + '%' : String(v);
    let ranges = [`< ${show(b[0])}`, `${show(b[0])}–${show(b[1])}`, `${show(b[1])}–${show(b[2])}`, `${show(b[2])}–${show(b[3])}`, `≥ ${show(b[3])}`];
    if (figure.key === 'overdue') ranges = ['0', '1–2', '3–5', '6–10', '≥ 11'];
    const item = (cls, text) => {
      const row = document.createElement('span');
      const i = document.createElement('i');
      i.className = 'swatch ' + cls;
      row.appendChild(i);
      row.appendChild(document.createTextNode(text));
      legendBox.appendChild(row);
    };
    ranges.forEach((text, k) => item('class-' + (figure.higherIsBetter ? 4 - k : k), text));
    item('no-data', text.noData);
  };

  const redraw = () => {
    figure = data.figures.find(f => f.key === select.value) || data.figures[0];
    layer.setStyle(f => ({ color: '#ffffff', weight: 1.5, fillOpacity: 0.85, fillColor: colour(figure, (byCode[f.properties.code] || {})[figure.key]) }));
    Object.entries(labels).forEach(([code, t]) => t.setContent(label(byCode[code])));
    document.querySelectorAll('#map-table td[data-figure]').forEach(td => { td.hidden = td.dataset.figure !== figure.key; });
    document.getElementById('map-figure-name').textContent = figure.name.split('（')[0] + (figure.unit && figure.unit !== '%' ? `（${figure.unit}）` : '');
    drawLegend();
  };
  select.addEventListener('change', redraw);
  redraw();
})();
