// stackdocs site script: ranked search with keyboard navigation, the section in the breadcrumbs, sortable tables,
// diagrams that zoom and pan, the navigation menu on narrow screens. Works offline from file:// (the index is a
// local script, nothing is fetched) and only ever sets text, never HTML.
(function () {
  'use strict';
  var index = window.STACKDOCS_INDEX || { stacks: [], entries: [] };
  var box = document.getElementById('stackdocs-search');
  var root = box ? (box.getAttribute('data-root') || '') : '';
  var MAX_RESULTS = 25;

  // --- search: exact and prefix matches of ids first, then types, then construct paths and other text ---
  function rank(entry, query, terms) {
    var id = entry.id.toLowerCase();
    var type = entry.type.toLowerCase();
    var path = (entry.path || '').toLowerCase();
    if (id === query) { return 0; }
    if (id.indexOf(query) === 0) { return 1; }
    if (type === query) { return 2; }
    if (type.indexOf(query) === 0) { return 3; }
    if (id.indexOf(query) >= 0) { return 4; }
    if (type.indexOf(query) >= 0) { return 5; }
    if (path.indexOf(query) >= 0) { return 6; }
    var hay = id + ' ' + type + ' ' + path + ' ' + entry.stack.toLowerCase();
    for (var i = 0; i < terms.length; i++) {
      if (hay.indexOf(terms[i]) < 0) { return -1; }
    }
    return 7;
  }

  function search(text) {
    var query = text.trim().toLowerCase();
    var terms = query.split(/\s+/).filter(function (t) { return t.length > 0; });
    if (terms.length === 0) { return []; }
    var found = [];
    for (var i = 0; i < index.entries.length; i++) {
      var r = rank(index.entries[i], query, terms);
      if (r >= 0) { found.push({ rank: r, order: i, entry: index.entries[i] }); }
    }
    found.sort(function (a, b) {
      return a.rank - b.rank || a.entry.id.length - b.entry.id.length || a.order - b.order;
    });
    return found.slice(0, MAX_RESULTS).map(function (f) { return f.entry; });
  }

  if (box) {
    var input = document.createElement('input');
    input.type = 'search';
    input.id = 'stackdocs-search-input';
    input.placeholder = 'Search resources, types, construct paths  ( / )';
    input.autocomplete = 'off';
    input.setAttribute('aria-label', 'Search resources');
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-controls', 'stackdocs-search-results');
    input.setAttribute('aria-expanded', 'false');
    var results = document.createElement('ol');
    results.id = 'stackdocs-search-results';
    results.setAttribute('role', 'listbox');
    box.appendChild(input);
    box.appendChild(results);
    var selected = -1;

    var select = function (i) {
      var items = results.querySelectorAll('li[role="option"]');
      if (items.length === 0) { selected = -1; return; }
      selected = (i + items.length) % items.length;
      Array.prototype.forEach.call(items, function (li, j) {
        li.setAttribute('aria-selected', j === selected ? 'true' : 'false');
      });
      items[selected].scrollIntoView({ block: 'nearest' });
    };

    var show = function (query) {
      while (results.firstChild) { results.removeChild(results.firstChild); }
      selected = -1;
      if (query.trim().length === 0) { input.setAttribute('aria-expanded', 'false'); return; }
      var found = search(query);
      found.forEach(function (e) {
        var li = document.createElement('li');
        li.setAttribute('role', 'option');
        var a = document.createElement('a');
        a.href = root + e.url;
        a.className = 'stackdocs-result';
        a.textContent = e.id;
        var meta = document.createElement('span');
        meta.className = 'stackdocs-result-meta';
        meta.textContent = ' ' + e.type + ' · ' + e.stack + (e.path ? ' · ' + e.path : '');
        li.appendChild(a);
        li.appendChild(meta);
        results.appendChild(li);
      });
      if (found.length === 0) {
        var none = document.createElement('li');
        none.className = 'stackdocs-none';
        none.textContent = 'No resource matches.';
        results.appendChild(none);
      }
      input.setAttribute('aria-expanded', 'true');
    };

    input.addEventListener('input', function () { show(input.value); });
    input.addEventListener('keydown', function (ev) {
      if (ev.key === 'ArrowDown') { select(selected + 1); ev.preventDefault(); }
      else if (ev.key === 'ArrowUp') { select(selected - 1); ev.preventDefault(); }
      else if (ev.key === 'Enter') {
        var items = results.querySelectorAll('li[role="option"] a');
        var target = items[selected >= 0 ? selected : 0];
        if (target) { window.location.href = target.href; ev.preventDefault(); }
      } else if (ev.key === 'Escape') { input.value = ''; show(''); }
    });
    document.addEventListener('keydown', function (ev) {
      var tag = document.activeElement ? document.activeElement.tagName : '';
      if (ev.key === '/' && tag !== 'INPUT' && tag !== 'TEXTAREA') { input.focus(); ev.preventDefault(); }
    });
    document.addEventListener('click', function (ev) {
      if (!box.contains(ev.target)) { show(''); }
    });

    // #search=term pre-fills the search (handy for links and tests)
    var hash = window.location.hash;
    if (hash.indexOf('#search=') === 0) {
      input.value = decodeURIComponent(hash.substring('#search='.length));
      show(input.value);
    }
  }

  // --- the section being viewed joins the breadcrumbs (Project > Stack > Section) when the address names one ---
  var crumbs = document.querySelector('.stackdocs-breadcrumbs ol');
  function headingText(h) {
    var text = '';
    Array.prototype.forEach.call(h.childNodes, function (n) {
      if (!(n.classList && n.classList.contains('sd-anchor'))) { text += n.textContent; }
    });
    return text.trim();
  }
  function sectionCrumb() {
    if (!crumbs) { return; }
    var old = crumbs.querySelector('.stackdocs-crumb-section');
    if (old) { crumbs.removeChild(old); }
    var id = decodeURIComponent(window.location.hash.substring(1));
    var node = id && id.indexOf('search=') !== 0 ? document.getElementById(id) : null;
    var heading = null;
    while (node && node !== document.body && !heading) {
      if (node.tagName === 'H2') { heading = node; }
      else if (node.tagName === 'SECTION' || (node.classList && node.classList.contains('sect1'))) {
        heading = node.querySelector(':scope > h2');
      }
      node = node.parentNode;
    }
    if (!heading) { return; }
    var li = document.createElement('li');
    li.className = 'stackdocs-crumb-section';
    li.textContent = headingText(heading);
    crumbs.appendChild(li);
  }
  window.addEventListener('hashchange', sectionCrumb);
  sectionCrumb();

  // --- tables marked sortable (findings): select a column heading to sort by it; severity sorts by rank ---
  var RANK = { ERROR: 3, WARN: 2, INFO: 1 };
  function cellValue(row, column, bySeverity) {
    var cell = row.cells[column];
    var text = cell ? cell.textContent.trim() : '';
    return bySeverity ? (RANK[text] || 0) : text.toLowerCase();
  }
  function sortBy(table, column, heading) {
    var body = table.tBodies[0];
    if (!body) { return; }
    var ascending = heading.getAttribute('aria-sort') !== 'ascending';
    var bySeverity = heading.textContent.trim() === 'Severity';
    var rows = Array.prototype.slice.call(body.rows);
    rows.forEach(function (r, i) { r.setAttribute('data-order', i); });
    rows.sort(function (a, b) {
      var x = cellValue(a, column, bySeverity);
      var y = cellValue(b, column, bySeverity);
      var c = x < y ? -1 : x > y ? 1 : 0;
      if (bySeverity) { c = -c; } // ascending severity order means most severe first
      return (ascending ? c : -c) || (a.getAttribute('data-order') - b.getAttribute('data-order'));
    });
    rows.forEach(function (r) { body.appendChild(r); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute('aria-sort'); });
    heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.stackdocs-sortable'), function (table) {
    if (!table.tHead || table.tHead.rows.length === 0) { return; }
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'stackdocs-sort';
      button.textContent = th.textContent;
      button.setAttribute('aria-label', 'Sort by ' + th.textContent.trim());
      while (th.firstChild) { th.removeChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener('click', function () { sortBy(table, column, th); });
    });
  });

  // --- diagrams: zoom with the buttons or the wheel, pan by dragging once zoomed (hover titles work at 100%) ---
  function button(text, label) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'sd-zoom';
    b.textContent = text;
    b.setAttribute('aria-label', label);
    return b;
  }
  Array.prototype.forEach.call(document.querySelectorAll('figure.sd-diagram'), function (figure) {
    var view = figure.querySelector('.sd-diagram-view');
    var object = view ? view.querySelector('object') : null;
    var caption = figure.querySelector('figcaption');
    if (!object || !caption) { return; }
    var state = { scale: 1, x: 0, y: 0 };
    var pan = document.createElement('div');
    pan.className = 'sd-diagram-pan';
    view.appendChild(pan);
    var level = document.createElement('span');
    level.className = 'sd-zoom-level';
    var zoomOut = button('\u2212', 'Zoom out');
    var zoomIn = button('+', 'Zoom in');
    var reset = button('Reset', 'Reset zoom');
    [zoomOut, level, zoomIn, reset].reverse().forEach(function (el) { caption.insertBefore(el, caption.firstChild); });
    function apply() {
      state.scale = Math.min(8, Math.max(1, state.scale));
      if (state.scale === 1) { state.x = 0; state.y = 0; }
      var w = view.clientWidth;
      var h = object.clientHeight;
      state.x = Math.min(0, Math.max(w - w * state.scale, state.x));
      state.y = Math.min(0, Math.max(Math.min(h, view.clientHeight) - h * state.scale, state.y));
      object.style.transform = 'translate(' + state.x + 'px,' + state.y + 'px) scale(' + state.scale + ')';
      level.textContent = Math.round(state.scale * 100) + '%';
      figure.classList.toggle('sd-zoomed', state.scale > 1);
    }
    function zoomAt(factor, cx, cy) {
      var next = Math.min(8, Math.max(1, state.scale * factor));
      state.x = cx - (cx - state.x) * (next / state.scale);
      state.y = cy - (cy - state.y) * (next / state.scale);
      state.scale = next;
      apply();
    }
    zoomIn.addEventListener('click', function () { zoomAt(1.5, view.clientWidth / 2, view.clientHeight / 2); });
    zoomOut.addEventListener('click', function () { zoomAt(1 / 1.5, view.clientWidth / 2, view.clientHeight / 2); });
    reset.addEventListener('click', function () { state.scale = 1; apply(); });
    pan.addEventListener('wheel', function (ev) {
      var r = view.getBoundingClientRect();
      zoomAt(ev.deltaY < 0 ? 1.2 : 1 / 1.2, ev.clientX - r.left, ev.clientY - r.top);
      ev.preventDefault();
    }, { passive: false });
    var drag = null;
    pan.addEventListener('pointerdown', function (ev) {
      drag = { x: ev.clientX - state.x, y: ev.clientY - state.y };
      pan.setPointerCapture(ev.pointerId);
    });
    pan.addEventListener('pointermove', function (ev) {
      if (!drag) { return; }
      state.x = ev.clientX - drag.x;
      state.y = ev.clientY - drag.y;
      apply();
    });
    pan.addEventListener('pointerup', function () { drag = null; });
    pan.addEventListener('dblclick', function () { state.scale = 1; apply(); });
    var asked = /^#zoom=([0-9.]+)$/.exec(window.location.hash); // a link can open the diagram zoomed: #zoom=2
    if (asked && figure === document.querySelector('figure.sd-diagram')) {
      state.scale = parseFloat(asked[1]) || 1;
      state.x = -view.clientWidth * (state.scale - 1) / 2;
    }
    apply();
  });

  // --- narrow screens: the menu button shows and hides the site navigation ---
  var menu = document.querySelector('.sd-menu');
  if (menu) {
    menu.addEventListener('click', function () {
      var open = document.body.classList.toggle('sd-nav-open');
      menu.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  }
})();
