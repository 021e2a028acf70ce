(function () {
  'use strict';
  var q = document.getElementById('q'), fp = document.getElementById('fp'), fa = document.getElementById('fa'),
    fs = document.getElementById('fs'), shown = document.getElementById('shown'), form = document.getElementById('filters');
  var items = Array.prototype.slice.call(document.querySelectorAll('#acts > li'));
  function norm(s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
  var texts = items.map(function (li) {
    return norm(li.querySelector('h3').textContent + ' ' + li.querySelector('.sum').textContent);
  });
  function has(list, value) { return (' ' + list + ' ').indexOf(' ' + value + ' ') >= 0; }
  function apply() {
    var words = norm(q.value).split(/\s+/).filter(Boolean), n = 0;
    items.forEach(function (li, i) {
      var ok = (!fp.value || has(li.dataset.points, fp.value)) && (!fa.value || has(li.dataset.agencies, fa.value))
        && (!fs.value || li.dataset.status === fs.value)
        && words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      li.hidden = !ok;
      if (ok) { n++; }
    });
    shown.textContent = n + ' of ' + items.length + ' activities shown';
  }
  function fromHash() {
    if (location.hash.indexOf('#filter?') !== 0) { return; }
    var p = new URLSearchParams(location.hash.slice(8));
    q.value = p.get('text') || ''; fp.value = p.get('point') || ''; fa.value = p.get('agency') || '';
    fs.value = p.get('status') || '';
    apply();
    document.getElementById('list').scrollIntoView();
  }
  [q, fp, fa, fs].forEach(function (e) { e.addEventListener('input', apply); e.addEventListener('change', apply); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  window.addEventListener('hashchange', fromHash);
  fromHash();
  apply();
}());
