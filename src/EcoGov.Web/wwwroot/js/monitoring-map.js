// 监测点位一张图 (Pages/MonitoringMap): the stations (circles coloured by the day's AQI level, HJ 633 colours) and the
// sections (diamonds coloured by the GB 3838 class of their latest month, a red ring when the plan's target is missed)
// from the page's MonitoringMapDto (the JSON of GET /api/monitoring/map) over the county boundaries — Leaflet, no tile
// server. Nothing is computed here: every value and colour is the server's. The tables below the map list the same points.
(function () {
  'use strict';
  const el = document.getElementById('monitoring-map');
  const textEl = document.getElementById('monitoring-map-text');
  if (!el || !textEl || typeof L === 'undefined') return;
  const text = JSON.parse(textEl.dataset.text);   // the page's words (Pages/MonitoringMap.cshtml #monitoring-map-text)
  const fill = (format, ...values) => format.replace(/\{(\d+)\}/g, (m, i) => values[Number(i)]);
  const data = JSON.parse(el.dataset.map);
  const boundaries = JSON.parse(el.dataset.boundaries || '{"type":"FeatureCollection","features":[]}');
  const noData = '#b8c0bb';

  const map = L.map(el, { zoomSnap: 0.25, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(text.attribution);
  const areas = L.geoJSON(boundaries, {
    style: { color: '#7a8c80', weight: 1.2, fillColor: '#f4f7f4', fillOpacity: 1 },
    interactive: false,
  });
  // Everything is added once the map has a view (a path added before has no renderer bounds to clip to).
  const layers = [areas];
  boundaries.features.forEach(f => {
    const at = f.properties.label;
    if (at) layers.push(L.tooltip({ permanent: true, direction: 'center', className: 'area-label', interactive: false })
      .setLatLng([at[1], at[0]]).setContent(f.properties.name));
  });

  // A popup's content: a title, rows of label and value, and links — built as elements (names are the user's data).
  const popup = (title, demo, rows, links) => {
    const box = document.createElement('div');
    box.className = 'point-popup';
    const h = document.createElement('strong');
    h.textContent = title;
    box.appendChild(h);
    if (demo) {
      const tag = document.createElement('span');
      tag.className = 'tag synthetic';
      tag.textContent = text.demo;
      box.appendChild(document.createTextNode(' '));
      box.appendChild(tag);
    }
    const table = document.createElement('table');
    table.className = 'popup';
    rows.forEach(([label, value]) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = label;
      const td = document.createElement('td');
      td.textContent = value;
      tr.appendChild(th);
      tr.appendChild(td);
      table.appendChild(tr);
    });
    box.appendChild(table);
    links.forEach(([text, href]) => {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = text;
      box.appendChild(a);
      box.appendChild(document.createTextNode(' '));
    });
    return box;
  };
  const coord = (lon, lat) => lon.toFixed(4) + ', ' + lat.toFixed(4);
  const points = [];
  const named = [];   // [marker, 'station'|'section', code]: each marker's element names its point once the map has a view

  data.stations.forEach(s => {
    const marker = L.circleMarker([s.latitude, s.longitude], {
      radius: 9, color: '#1d2a22', weight: 1.5, fillColor: s.colour || noData, fillOpacity: 0.95,
    });
    layers.push(marker);
    const year = s.date ? s.date.substring(0, 4) : null;
    marker.bindPopup(popup(s.code + (s.name !== s.code ? ' ' + s.name : ''), s.demo, [
      [text.kind, text.station],
      [text.date, s.date || text.noDataBefore],
      ['AQI', s.aqi === null ? (s.date ? text.noAqi : '—') : String(s.aqi)],
      [text.category, s.category ? fill(text.level, s.level, text.categories[s.category] || s.category) : '—'],
      [text.primary, s.primary.length ? s.primary.join(text.separator) : '—'],
      ['PM2.5', s.pm25 === null ? '—' : s.pm25 + ' μg/m³'],
      [text.coordinates, coord(s.longitude, s.latitude)],
    ], year ? [
      [text.calendar, '/Monitoring/Calendar?Station=' + encodeURIComponent(s.code) + '&Year=' + year],
      [text.hourly, '/Monitoring/Calendar?Station=' + encodeURIComponent(s.code) + '&Year=' + year + '&Resolution=hour'],
    ] : []));
    marker.bindTooltip(s.name + (s.aqi === null ? '' : ' AQI ' + s.aqi), { direction: 'top', offset: [0, -8] });
    points.push(marker.getLatLng());
    named.push([marker, 'station', s.code]);
  });

  data.sections.forEach(s => {
    // the diamond is the icon's child: Leaflet positions the icon itself with a transform
    const diamond = document.createElement('span');
    diamond.className = 'diamond wq-' + (s.class || 'none') + (s.meets === false ? ' missed' : '');
    const icon = L.divIcon({ className: 'section-marker', html: diamond, iconSize: [18, 18], iconAnchor: [9, 9], popupAnchor: [0, -9] });
    const marker = L.marker([s.latitude, s.longitude], { icon: icon, keyboard: true, title: s.name, alt: s.name });
    layers.push(marker);
    const year = s.date ? s.date.substring(0, 4) : null;
    marker.bindPopup(popup(s.name + (s.name !== s.code ? '（' + s.code + '）' : ''), s.demo, [
      [text.kind, text.section + fill(text.paren, s.kind === 'river' ? text.river : text.lake)],
      [text.latestSample, s.date || text.noSampleBefore],
      [text.monthClass, s.className ? s.className + fill(text.monthSamples, s.month, s.samples) : '—'],
      [text.target, s.targetClassName || text.noTarget],
      [text.meets, s.meets === true ? text.met : s.meets === false ? text.missed : '—'],
      [text.coordinates, coord(s.longitude, s.latitude)],
    ], s.targetPlan && year ? [[text.progress, '/Progress?Plan=' + encodeURIComponent(s.targetPlan) + '&Year=' + year]] : []));
    points.push(marker.getLatLng());
    named.push([marker, 'section', s.code]);
  });

  // The view: the points (the boundaries around them as the base), or the boundaries when no point has coordinates.
  const around = L.latLngBounds(points);
  const areaBounds = areas.getBounds();
  if (around.isValid()) map.fitBounds(around, { padding: [80, 80], maxZoom: 10.75 });
  else if (areaBounds.isValid()) map.fitBounds(areaBounds, { padding: [16, 16] });
  else map.setView([35, 105], 4);   // nothing to show: China
  layers.forEach(l => l.addTo(map));
  named.forEach(([marker, kind, code]) => { const node = marker.getElement(); if (node) node.dataset[kind] = code; });
})();
