// stackdocs site script: search over stacks and resources, the section in the breadcrumbs, sortable tables.
// Works offline from file:// — the index is a local script, nothing is fetched. Only text is ever set.
(function () {
  'use strict';
  var index = window.STACKDOCS_INDEX || { stacks: [], entries: [] };
  var box = document.getElementById('stackdocs-search');
  if (!box) { return; }
  var root = box.getAttribute('data-root') || '';

  var input = document.createElement('input');
  input.type = 'search';
  input.id = 'stackdocs-search-input';
  input.placeholder = 'Search resources, types, construct paths';
  input.setAttribute('aria-label', 'Search resources');
  var results = document.createElement('ol');
  results.id = 'stackdocs-search-results';
  box.appendChild(input);
  box.appendChild(results);

  function matches(entry, terms) {
    var hay = (entry.id + ' ' + entry.type + ' ' + entry.path + ' ' + entry.stack).toLowerCase();
    for (var i = 0; i < terms.length; i++) {
      if (hay.indexOf(terms[i]) < 0) { return false; }
    }
    return true;
  }

  function show(query) {
    while (results.firstChild) { results.removeChild(results.firstChild); }
    var terms = query.toLowerCase().split(/\s+/).filter(function (t) { return t.length > 0; });
    if (terms.length === 0) { return; }
    var shown = 0;
    for (var i = 0; i < index.entries.length && shown < 25; i++) {
      var e = index.entries[i];
      if (!matches(e, terms)) { continue; }
      var li = document.createElement('li');
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
      shown++;
    }
    if (shown === 0) {
      var none = document.createElement('li');
      none.className = 'stackdocs-none';
      none.textContent = 'No resource matches.';
      results.appendChild(none);
    }
  }

  input.addEventListener('input', function () { show(input.value); });

  // #search=term pre-fills the search (handy for links and tests)
  var hash = window.location.hash;
  if (hash.indexOf('#search=') === 0) {
    input.value = decodeURIComponent(hash.substring('#search='.length));
    show(input.value);
  }

  // the section being viewed joins the breadcrumbs (Project > Stack > Section) when the address names one
  var crumbs = document.querySelector('.stackdocs-breadcrumbs ol');
  function sectionCrumb() {
    if (!crumbs) { return; }
    var old = crumbs.querySelector('.stackdocs-crumb-section');
    if (old) { crumbs.removeChild(old); }
    var id = decodeURIComponent(window.location.hash.substring(1));
    var target = id && id.indexOf('search=') !== 0 ? document.getElementById(id) : null;
    var section = target;
    while (section && !(section.classList && /^sect[12]$/.test(section.className.split(' ')[0]))) {
      section = section.parentNode;
    }
    var heading = section ? section.querySelector('h2, h3') : null;
    if (!heading) { return; }
    var li = document.createElement('li');
    li.className = 'stackdocs-crumb-section';
    li.textContent = heading.textContent;
    crumbs.appendChild(li);
  }
  window.addEventListener('hashchange', sectionCrumb);
  sectionCrumb();

  // tables marked sortable (the findings page): select a column heading to sort by it; severity sorts by rank
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
})();
