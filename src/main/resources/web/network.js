// Draws the "outperforms" network of an entity page with Cytoscape.js (served locally from /assets).
(function () {
  'use strict';
  var box = document.getElementById('network');
  if (!box || typeof cytoscape !== 'function') { return; }
  fetch(box.getAttribute('data-source'), { headers: { Accept: 'application/json' } })
    .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
    .then(function (g) {
      if (g.edges.length === 0) {
        box.textContent = 'No "outperforms" claims involve this entity yet.';
        box.style.height = 'auto';
        return;
      }
      var cy = cytoscape({
        container: box,
        elements: { nodes: g.nodes, edges: g.edges },
        style: [
          { selector: 'node', style: { 'label': 'data(label)', 'font-size': 11, 'background-color': '#8aa4e6',
            'text-valign': 'bottom', 'text-margin-y': 4, 'width': 18, 'height': 18 } },
          { selector: 'node[?center]', style: { 'background-color': '#e07a1f', 'width': 26, 'height': 26, 'font-weight': 'bold' } },
          { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'width': 1.5,
            'line-color': '#9aa4b2', 'target-arrow-color': '#9aa4b2' } }
        ],
        layout: { name: 'cose', animate: false, padding: 30 },
        maxZoom: 1.3,
        minZoom: 0.2
      });
      cy.on('tap', 'node', function (e) { window.location.href = e.target.data('href'); });
      box.setAttribute('data-drawn', String(cy.nodes().length));
    })
    .catch(function (e) { box.textContent = 'The network could not be loaded: ' + e.message; });
})();
