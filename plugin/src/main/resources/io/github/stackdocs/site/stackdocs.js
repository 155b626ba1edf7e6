// stackdocs site script: search over stacks and resources, and a stack list in the sidebar.
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

  // the stacks of the site, in the sidebar above the page's table of contents
  var toc = document.getElementById('toc');
  if (toc && index.stacks.length > 0) {
    var nav = document.createElement('nav');
    nav.id = 'stackdocs-nav';
    var title = document.createElement('div');
    title.className = 'stackdocs-nav-title';
    var home = document.createElement('a');
    home.href = root + 'index.html';
    home.textContent = 'Overview';
    title.appendChild(home);
    nav.appendChild(title);
    var list = document.createElement('ul');
    index.stacks.forEach(function (s) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = root + s.url;
      a.textContent = s.name;
      li.appendChild(a);
      list.appendChild(li);
    });
    nav.appendChild(list);
    toc.insertBefore(nav, toc.firstChild);
  }
})();
