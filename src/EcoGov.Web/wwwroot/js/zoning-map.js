// 生态环境分区管控“一张图”: draws the platform's own vector layers with Leaflet (no tile server is reachable),
// lets the user click to place a point, a line or a polygon site, and shows the assessed site and the units it touches.
// Data: GET {data-source} → { boundary: FeatureCollection, layers: { code: { name, synthetic, version, features: FeatureCollection } } }.
(function () {
  'use strict';
  // The words, in the page's language, from the page (Pages/Shared/_ZoningMapText.cshtml #zoning-text, the message
  // catalogue); layer and unit class names come in Chinese with the data and are looked up there.
  const textEl = document.getElementById('zoning-text');
  if (!textEl) return;
  const text = JSON.parse(textEl.dataset.text);
  const fill = (format, ...values) => format.replace(/\{(\d+)\}/g, (m, i) => values[Number(i)]);
  const layerName = n => text.layers[n] || n;

  const classColours = {
    '优先保护单元': '#2e7d32',
    '重点管控单元': '#c62828',
    '一般管控单元': '#f9a825'
  };
  const layerStyles = {
    parks: { color: '#6a1b9a', weight: 2, fillOpacity: 0.25, dashArray: '4 3' },
    groundwater: { color: '#00838f', weight: 1, fillOpacity: 0.15 },
    rivers: { color: '#1565c0', weight: 3 },
    'river-management': { color: '#42a5f5', weight: 1, fillOpacity: 0.1 },
    'water-sources': { color: '#0277bd', weight: 2, fillOpacity: 0.4 },
    'urban-core': { color: '#37474f', weight: 2, fillOpacity: 0.08, dashArray: '6 4' },
    sensitive: { color: '#ef6c00', weight: 2, fillOpacity: 0.4 },
    livestock: { color: '#795548', weight: 2, fillOpacity: 0.4 },
    transport: { color: '#616161', weight: 2 },
    farmland: { color: '#9e9d24', weight: 1, fillOpacity: 0.2 },
    'air-zones': { color: '#5d4037', weight: 1, fillOpacity: 0.2 },
    'water-zones': { color: '#0d47a1', weight: 1, fillOpacity: 0.2 },
    'eco-zones': { color: '#1b5e20', weight: 1, fillOpacity: 0.2 }
  };
  // Element layers (要素管控分区): filled by the class their 要素细类 names, shown when switched on in the layer control.
  const elementLayers = ['air-zones', 'water-zones', 'eco-zones'];
  function elementFill(subclass) {
    const s = String(subclass || '');
    if (s.includes('优先保护') || s.includes('生态保护红线')) return classColours['优先保护单元'];
    if (s.includes('重点管控') || s.includes('禁燃')) return classColours['重点管控单元'];
    if (s.includes('一般管控')) return classColours['一般管控单元'];
    return null;
  }
  // Attribute names an import gives (LayerColumnDetector roles), in the page's language.
  const roleNames = text.roles;

  function escapeHtml(s) {
    return String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  function popup(feature, name) {
    const p = feature.properties || {};
    const rows = Object.keys(p).filter(k => p[k] !== null && p[k] !== '').map(k =>
      `<tr><th>${escapeHtml(roleNames[k] || k)}</th><td>${escapeHtml(p[k])}</td></tr>`).join('');
    return `<strong>${escapeHtml(layerName(name))}</strong><table class="popup">${rows}</table>`;
  }

  // A control unit's card: code, name, class and county first; then the unit's own requirements by category,
  // the layer version it comes from and, where the page gives data-access-list (a URL with {county}), a link to the access
  // list of its county by level and category.
  function unitPopup(feature, layer, accessList) {
    const p = feature.properties || {};
    const row = (k, v) => v ? `<tr><th>${k}</th><td>${escapeHtml(v)}</td></tr>` : '';
    const county = p.county || p.countyCode;
    const access = accessList && county
      ? `<tr><th>${escapeHtml(text.accessList)}</th><td><a href="${escapeHtml(accessList.replace('{county}', encodeURIComponent(county)))}">` +
        `${escapeHtml(fill(text.accessLink, p.countyName || county))}</a></td></tr>` : '';
    const version = layer.version ? fill(text.version, layer.version) + (layer.effectiveFrom ? fill(text.effective, layer.effectiveFrom) : '') +
      (layer.sourceName ? fill(text.paren, layer.sourceName) : '') : '';
    const label = k => escapeHtml(roleNames[k]);
    return `<strong>${escapeHtml(layerName(layer.name))}${layer.synthetic ? escapeHtml(text.syntheticMark) : ''}</strong><table class="popup">` +
      row(label('code'), p.code || feature.id) + row(label('name'), p.name) + row(label('class'), p.class) +
      row(label('countyName'), p.countyName ? `${p.countyName}（${p.county || p.countyCode || ''}）` : (p.county || p.countyCode)) +
      // the unit's own requirements when the layer carries them (LayerUnitRequirements)
      row(label('spatialLayout'), p.spatialLayout) + row(label('pollutantDischarge'), p.pollutantDischarge) +
      row(label('riskPrevention'), p.riskPrevention) + row(label('resourceEfficiency'), p.resourceEfficiency) +
      row(escapeHtml(text.layerVersion), version) + access + '</table>';
  }

  function pointStyle(style) {
    return (feature, latlng) => L.circleMarker(latlng, Object.assign({ radius: 6 }, style));
  }

  const siteStyle = { color: '#d50000', weight: 3, fillOpacity: 0.2 };
  const hitStyle = { color: '#0d47a1', weight: 3, fillOpacity: 0.7 };
  const unitCode = f => String((f.properties || {}).code || f.id || '');

  // The map of a [data-zoning-map] element. Attributes: data-source (the map data), data-target (the id of the coordinate
  // box clicks write to: the assessment form), data-search (the id of the 查找管控单元 form), data-site (an assessed site,
  // GeoJSON), data-units (the codes of the units it touches, JSON) and data-access-list (the unit card's link). When drawn, el.zoningMap holds the functions the
  // assessment panel calls (showSite, highlightUnits) and el.dataset.ready is 'true'.
  async function init(el) {
    const map = L.map(el, { zoomSnap: 0.25, attributionControl: true });
    map.attributionControl.setPrefix(false);
    const response = await fetch(el.dataset.source, { credentials: 'same-origin' });
    if (!response.ok) {
      el.textContent = '地图数据加载失败 / map data failed to load: ' + response.status;
      return;
    }
    const data = await response.json();
    const overlays = {};
    let bounds = null;
    const target = el.dataset.target ? document.getElementById(el.dataset.target) : null;
    const form = target ? target.form : null;
    // 绘制方式 (input[name=drawMode] of the form): 查看 (browse: a click opens the card of what is under it), 点, 线, 面.
    // A page with a coordinate box and no modes (the public page) always places a point.
    const mode = () => {
      const checked = form ? form.querySelector('input[name="drawMode"]:checked') : null;
      return target ? (checked ? checked.value : 'point') : 'browse';
    };
    // A feature's card: a popup on click while browsing, a hover tooltip while clicks place the site. A tooltip once bound
    // stays (Leaflet 1.9's unbindTooltip leaves a focus listener behind that then fails): while browsing the map's
    // tooltips are hidden by the stylesheet (.browsing).
    const cards = [];
    const describe = (l, html) => cards.push([l, html]);
    const bindCards = () => {
      const placing = mode() !== 'browse';
      el.classList.toggle('placing', placing);
      el.classList.toggle('browsing', !placing);
      for (const [l, html] of cards) {
        if (placing) { l.unbindPopup(); if (!l.getTooltip()) l.bindTooltip(html, { sticky: true }); }
        else { l.closeTooltip(); if (!l.getPopup()) l.bindPopup(html); }
      }
    };

    if (data.boundary && data.boundary.features.length) {
      const b = L.geoJSON(data.boundary, { style: { color: '#263238', weight: 2, fill: false }, interactive: false }).addTo(map);
      bounds = b.getBounds();
    }
    const synthetic = [];
    let unitsLayer = null;
    for (const [code, layer] of Object.entries(data.layers || {})) {
      if (layer.synthetic) synthetic.push(layerName(layer.name));
      let g;
      if (code === 'units') {
        g = L.geoJSON(layer.features, {
          style: f => ({ color: '#455a64', weight: 0.8, fillColor: classColours[f.properties.class] || '#9e9e9e', fillOpacity: 0.45 }),
          onEachFeature: (f, l) => describe(l, unitPopup(f, layer, el.dataset.accessList))
        });
        unitsLayer = g;
      } else {
        const style = layerStyles[code] || { color: '#455a64', weight: 2 };
        const element = elementLayers.includes(code);
        g = L.geoJSON(layer.features, {
          style: f => element && elementFill(f.properties.elementSubclass)
            ? Object.assign({}, style, { fillColor: elementFill(f.properties.elementSubclass) }) : style,
          pointToLayer: pointStyle(style),
          onEachFeature: (f, l) => describe(l, popup(f, layer.name))
        });
      }
      if (!elementLayers.includes(code)) g.addTo(map);
      overlays[escapeHtml(fill(text.overlay, layerName(layer.name), layer.version, layer.synthetic ? text.overlayDemo : ''))] = g;
      if (!bounds && g.getBounds().isValid()) bounds = g.getBounds();
    }
    bindCards();
    L.control.layers(null, overlays, { collapsed: !!target }).addTo(map);
    L.control.scale({ imperial: false }).addTo(map);
    if (synthetic.length) {
      const note = L.control({ position: 'bottomleft' });
      note.onAdd = () => {
        const d = L.DomUtil.create('div', 'map-synthetic');
        d.textContent = fill(text.syntheticNote, synthetic.join(text.separator));
        return d;
      };
      note.addTo(map);
    }
    const legend = L.control({ position: 'bottomright' });
    legend.onAdd = () => {
      const d = L.DomUtil.create('div', 'map-legend');
      // Swatch colours come from the stylesheet (i.swatch[data-class]): an inline style attribute would be blocked by the CSP.
      for (const k of Object.keys(classColours)) {
        const row = L.DomUtil.create('div', '', d);
        L.DomUtil.create('i', 'swatch', row).dataset.class = k;
        row.appendChild(document.createTextNode(text.classes[k] || k));
      }
      return d;
    };
    legend.addTo(map);
    map.fitBounds(bounds && bounds.isValid() ? bounds : L.latLngBounds([35.2, 111.9], [36.1, 113.6]));

    // The assessed site (red) and the units it touches (blue outline): from the page (data-site, data-units) or from the
    // assessment panel's answer. showSite(null) removes the site.
    let siteLayer = null;
    const showSite = (geometry, fit) => {
      if (siteLayer) { map.removeLayer(siteLayer); siteLayer = null; }
      if (!geometry) return;
      siteLayer = L.geoJSON(geometry, {
        style: siteStyle, interactive: false,
        pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 8, color: '#d50000', weight: 3, fillOpacity: 0.6 })
      }).addTo(map);
      const b = siteLayer.getBounds();
      if (fit === 'always' || (fit && !map.getBounds().contains(b))) map.fitBounds(b.pad(2), { maxZoom: 12 });
    };
    const highlightUnits = codes => {
      if (!unitsLayer) return 0;
      const hit = new Set((codes || []).map(String));
      let n = 0;
      unitsLayer.eachLayer(l => {
        unitsLayer.resetStyle(l);
        l.getElement && l.getElement() && l.getElement().classList.remove('unit-hit');
        if (hit.has(unitCode(l.feature))) {
          n++;
          l.setStyle(hitStyle);
          l.bringToFront();
          if (l.getElement && l.getElement()) l.getElement().classList.add('unit-hit');
        }
      });
      if (siteLayer) siteLayer.bringToFront();
      return n;
    };
    if (el.dataset.site) showSite(JSON.parse(el.dataset.site), 'always');
    if (el.dataset.units) highlightUnits(JSON.parse(el.dataset.units));

    // Placing a site: in 点/线/面 a click adds a vertex to the coordinate box named by data-target
    // ("lon,lat" per line; one line = a point, a closed ring = a polygon); in 查看 it opens the card instead.
    if (target) {
      const drawn = L.layerGroup().addTo(map);
      const redraw = () => {
        drawn.clearLayers();
        const pts = target.value.split(/\r?\n|;/).map(s => s.trim()).filter(Boolean)
          .map(s => s.split(/[,\s]+/).map(Number)).filter(a => a.length >= 2 && a.every(Number.isFinite))
          .map(a => [a[1], a[0]]);
        const closed = pts.length >= 4 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1];
        if (pts.length === 1) L.circleMarker(pts[0], { radius: 7, color: '#d50000', interactive: false }).addTo(drawn);
        else if (closed) L.polygon(pts.slice(0, -1), { color: '#d50000', weight: 2, fillOpacity: 0.15, interactive: false }).addTo(drawn);
        else if (pts.length > 1) L.polyline(pts, { color: '#d50000', dashArray: '5 4', interactive: false }).addTo(drawn);
      };
      map.on('click', e => {
        const m = mode();
        if (m === 'browse') return;
        const line = `${e.latlng.lng.toFixed(6)},${e.latlng.lat.toFixed(6)}`;
        const current = target.value.trim();
        // 线 and 面 add a vertex per click (面 is closed by the 闭合面 button); 点 replaces the site.
        const adding = m === 'line' || m === 'polygon';
        target.value = adding && current && !current.startsWith('{') ? current + '\n' + line : line;
        const crs = form ? form.querySelector('select[name="Crs"]') : null;
        if (crs) crs.value = 'EPSG:4490';
        redraw();
      });
      target.addEventListener('input', redraw);
      if (form) form.querySelectorAll('input[name="drawMode"]').forEach(r => r.addEventListener('change', () => {
        map.closePopup();
        bindCards();
      }));
      // 闭合面: repeat the first vertex so that the list becomes a closed ring (a polygon site).
      document.querySelectorAll(`[data-close-ring="${target.id}"]`).forEach(b => b.addEventListener('click', () => {
        const lines = target.value.split(/\r?\n/).map(s => s.trim()).filter(Boolean);
        if (lines.length >= 3 && lines[0] !== lines[lines.length - 1]) target.value = lines.concat(lines[0]).join('\n');
        redraw();
      }));
      document.querySelectorAll(`[data-clear="${target.id}"]`).forEach(b => b.addEventListener('click', () => {
        target.value = '';
        redraw();
      }));
      redraw();
    }
    // 查找管控单元: by unit code (exact, or its beginning) or by a part of the name, among the units in force on the map's
    // date; the first match is shown and its card opened (as a popup, whatever the drawing mode), the others named in
    // the status line.
    const search = el.dataset.search ? document.getElementById(el.dataset.search) : null;
    if (search && unitsLayer) {
      const input = search.querySelector('input');
      const status = search.querySelector('[role=status]');
      const html = new Map(cards);
      search.addEventListener('submit', e => {
        e.preventDefault();
        const q = input.value.trim();
        if (!q) { status.textContent = text.searchEmpty; return; }
        const upper = q.toUpperCase();
        const found = unitsLayer.getLayers().filter(l => {
          const p = l.feature.properties || {};
          return (p.code && String(p.code).toUpperCase().startsWith(upper)) || (p.name && String(p.name).includes(q));
        });
        if (!found.length) { status.textContent = fill(text.notFound, q); return; }
        const first = found[0];
        map.fitBounds(first.getBounds(), { maxZoom: 14 });
        L.popup().setLatLng(first.getBounds().getCenter()).setContent(html.get(first)).openOn(map);
        const name = l => `${l.feature.properties.code} ${l.feature.properties.name || ''}`.trim();
        status.textContent = found.length === 1 ? fill(text.foundOne, name(first))
          : fill(text.foundMany, found.length, name(first), found.slice(1, 6).map(name).join(text.separator), found.length > 6 ? text.more : '');
      });
    }
    el.zoningMap = { map, showSite, highlightUnits };
    el.dataset.ready = 'true';
  }

  // 选址研判 beside the map (Pages/Zoning/Index): the form (form[data-assess-panel]) is the assessment page's own form,
  // posting to /Zoning/Assess; with the script it is sent to that page's Panel handler instead, which runs the same
  // assessment and answers the same result (_AssessmentResult) to put in the panel, and the site and the units it
  // touches are drawn on the map of data-map. The Word report button posts the form to the page's Docx handler as is.
  function initPanel(form) {
    const el = document.getElementById(form.dataset.map);
    const out = document.getElementById(form.dataset.result);
    const status = document.getElementById(form.dataset.status);
    const show = (node) => {
      const geometry = node && node.dataset.site ? JSON.parse(node.dataset.site) : null;
      const units = node && node.dataset.units ? JSON.parse(node.dataset.units) : [];
      if (!el || !el.zoningMap) return;
      el.zoningMap.showSite(geometry, true);
      el.zoningMap.highlightUnits(units);
    };
    form.addEventListener('submit', async e => {
      if (e.submitter && e.submitter.hasAttribute('formaction')) return; // the report: a download, the page stays
      e.preventDefault();
      const button = form.querySelector('button.primary');
      button.disabled = true;
      out.setAttribute('aria-busy', 'true');
      status.textContent = text.assessing;
      try {
        const r = await fetch(form.dataset.assessPanel, { method: 'POST', body: new FormData(form), credentials: 'same-origin' });
        if (r.redirected) {
          // the sign-in expired: the answer is the login page, not a result
          status.textContent = text.expired;
          return;
        }
        if (!r.ok) {
          const body = (await r.text()).slice(0, 300);
          status.textContent = fill(text.failedStatus, r.status);
          out.replaceChildren();
          const p = document.createElement('p');
          p.className = 'error';
          p.id = 'assess-error';
          p.textContent = r.status === 413 ? text.tooLarge
            : fill(text.failedHttp, r.status, body && !body.startsWith('<') ? fill(text.detail, body) : '');
          out.appendChild(p);
          show(null);
          return;
        }
        out.innerHTML = await r.text(); // the server's own Razor output (HTML-encoded), the same markup /Zoning/Assess renders
        const result = out.querySelector('[data-assessment]');
        show(result);
        const error = out.querySelector('#assess-error');
        status.textContent = error ? fill(text.unfinished, error.textContent)
          : fill(text.done, result ? JSON.parse(result.dataset.units || '[]').length : 0);
        const focus = out.querySelector('#conclusion') || error;
        if (focus) { focus.setAttribute('tabindex', '-1'); focus.focus({ preventScroll: false }); }
      } catch (err) {
        status.textContent = fill(text.failed, err.message);
      } finally {
        button.disabled = false;
        out.removeAttribute('aria-busy');
      }
    });
  }

  // 版本差异 on the map (Pages/Zoning/Import): the later version's features coloured by what changed — added, reclassified,
  // boundary changed, unchanged — and the removed ones from the earlier version, dashed; ids from the diff table.
  async function initDiff(el) {
    const ids = JSON.parse(el.dataset.diff);
    const sets = Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, new Set(v)]));
    const [from, to] = await Promise.all([el.dataset.from, el.dataset.to].map(async url => {
      const r = await fetch(url, { credentials: 'same-origin' });
      if (!r.ok) throw new Error(url + ': ' + r.status);
      return r.json();
    })).catch(e => { el.textContent = '地图数据加载失败 / map data failed to load: ' + e.message; return [null, null]; });
    if (!from || !to) return;
    const map = L.map(el, { zoomSnap: 0.25 });
    map.attributionControl.setPrefix(false);
    const kinds = [
      ['added', text.added, { color: '#1b5e20', fillColor: '#43a047', fillOpacity: 0.6, weight: 1.5 }],
      ['reclassified', text.reclassified, { color: '#e65100', fillColor: '#fb8c00', fillOpacity: 0.6, weight: 1.5 }],
      ['geometry', text.geometry, { color: '#0d47a1', fillColor: '#42a5f5', fillOpacity: 0.5, weight: 1.5 }],
      ['removed', text.removedPrevious, { color: '#c62828', fillColor: '#ef5350', fillOpacity: 0.15, weight: 2, dashArray: '6 4' }],
    ];
    const kindOf = f => kinds.find(([k]) => k !== 'removed' && sets[k].has(String(f.id)));
    const name = f => `${escapeHtml(String(f.id))} ${escapeHtml((f.properties || {}).name || '')}`;
    const later = L.geoJSON(to, {
      style: f => (kindOf(f) || [null, null, { color: '#9e9e9e', fillColor: '#e0e0e0', fillOpacity: 0.35, weight: 0.6 }])[2],
      onEachFeature: (f, l) => l.bindTooltip(fill(text.tooltip, name(f), escapeHtml((kindOf(f) || [null, text.unchanged])[1])), { sticky: true }),
    }).addTo(map);
    const removed = kinds.find(([k]) => k === 'removed');
    const earlier = L.geoJSON({ type: 'FeatureCollection', features: from.features.filter(f => sets.removed.has(String(f.id))) }, {
      style: removed[2], onEachFeature: (f, l) => l.bindTooltip(fill(text.tooltip, name(f), escapeHtml(text.removed)), { sticky: true }),
    }).addTo(map);
    const bounds = later.getBounds().extend(earlier.getBounds().isValid() ? earlier.getBounds() : later.getBounds());
    map.fitBounds(bounds.isValid() ? bounds : L.latLngBounds([35.2, 111.9], [36.1, 113.6]));
    const legend = L.control({ position: 'bottomright' });
    legend.onAdd = () => {
      const d = L.DomUtil.create('div', 'map-legend');
      for (const [k, label] of kinds.concat([['unchanged', text.unchanged]])) {
        const row = L.DomUtil.create('div', '', d);
        L.DomUtil.create('i', 'swatch diff-' + k, row);
        row.appendChild(document.createTextNode(label + (sets[k] ? fill(text.paren, sets[k].size) : '')));
      }
      return d;
    };
    legend.addTo(map);
    el.dataset.ready = 'true';
  }

  // The site file input (input[data-file-picker]) says 选择文件 / the chosen name in Chinese whatever the browser's language:
  // the input stays (focusable, in the form, what a screen reader announces), drawn by the span that follows it.
  function filePicker(input) {
    const button = document.createElement('span');
    button.className = 'file-button';
    button.textContent = text.chooseFile;
    button.setAttribute('aria-hidden', 'true');
    const name = document.createElement('span');
    name.className = 'file-name';
    name.setAttribute('aria-hidden', 'true');
    const show = () => { name.textContent = input.files && input.files.length ? input.files[0].name : text.noFile; };
    const row = document.createElement('span');
    row.className = 'file-row';
    row.append(button, name);
    input.classList.add('file-picked');
    input.after(row);
    input.addEventListener('change', show);
    if (input.form) input.form.addEventListener('reset', () => setTimeout(show));
    show();
  }

  document.querySelectorAll('input[type=file][data-file-picker]').forEach(filePicker);
  document.querySelectorAll('[data-zoning-map]').forEach(el => { init(el); });
  document.querySelectorAll('[data-diff-map]').forEach(el => { initDiff(el); });
  document.querySelectorAll('form[data-assess-panel]').forEach(form => { initPanel(form); });
})();
