// The SPARQL editor: posts the query to the endpoint and shows the JSON results as a table (text only, never HTML).
(function () {
  'use strict';
  var form = document.getElementById('sparql-form');
  if (!form) { return; }
  var status = document.getElementById('sparql-status');
  var out = document.getElementById('sparql-results');
  function cell(tag, text) { var e = document.createElement(tag); e.textContent = text; return e; }
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    status.textContent = 'Running…';
    out.textContent = '';
    var started = Date.now();
    fetch(form.getAttribute('data-endpoint'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
      body: new URLSearchParams({ query: document.getElementById('sparql-query').value })
    }).then(function (r) {
      return r.text().then(function (t) { if (!r.ok) { throw new Error('HTTP ' + r.status + ': ' + t); } return JSON.parse(t); });
    }).then(function (res) {
      if (typeof res.boolean === 'boolean') { status.textContent = 'ASK: ' + res.boolean; return; }
      var vars = res.head.vars, rows = res.results.bindings;
      var table = document.createElement('table'), tr = document.createElement('tr');
      vars.forEach(function (v) { tr.appendChild(cell('th', v)); });
      table.appendChild(cell('thead', '')).appendChild(tr);
      var body = table.appendChild(document.createElement('tbody'));
      rows.forEach(function (row) {
        var r = body.appendChild(document.createElement('tr'));
        vars.forEach(function (v) { r.appendChild(cell('td', row[v] ? row[v].value : '')); });
      });
      out.appendChild(table);
      status.textContent = rows.length + ' rows in ' + (Date.now() - started) + ' ms';
    }).catch(function (e) { status.textContent = e.message; });
  });
})();
