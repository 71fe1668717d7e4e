/* certmerge dashboard client: live refresh, copy buttons, new-case form helpers. No framework, no inline script. */
/* global document, window, location, EventSource, DOMParser, Notification */
'use strict';

(function () {
  // ---- Live updates: the server says "change"; we fetch this page again and swap its content.
  var refreshTimer = null;
  var refreshing = false;
  var pendingWhileFocused = false;

  function editing() {
    var a = document.activeElement;
    var main = document.getElementById('main');
    return !!(a && main && main.contains(a) && /^(INPUT|SELECT|TEXTAREA)$/.test(a.tagName));
  }

  function openDetails() {
    return Array.prototype.map.call(document.querySelectorAll('#main details[open]'), function (d) {
      var entry = d.closest('[data-type]');
      return entry ? [Array.prototype.indexOf.call(entry.parentNode.children, entry), Array.prototype.indexOf.call(entry.querySelectorAll('details'), d)] : [-1, -1];
    });
  }

  // The focused control, as something that can be found again in the new content: its id, one of its
  // data-* keys, or its place among the focusable controls of #main.
  var FOCUS_KEYS = ['data-send-draft', 'data-discard-draft', 'data-save-draft', 'data-copy', 'data-event', 'data-confirm-send', 'data-unsorted'];
  function focusKey() {
    var a = document.activeElement;
    var main = document.getElementById('main');
    if (!a || !main || !main.contains(a) || a === main) return null;
    if (a.id) return { id: a.id };
    for (var i = 0; i < FOCUS_KEYS.length; i++) {
      if (a.hasAttribute(FOCUS_KEYS[i])) return { attr: FOCUS_KEYS[i], value: a.getAttribute(FOCUS_KEYS[i]) };
    }
    var all = main.querySelectorAll('a[href], button, summary, input, select, textarea');
    return { index: Array.prototype.indexOf.call(all, a) };
  }
  function restoreFocus(key) {
    if (!key) return;
    var main = document.getElementById('main');
    var el = null;
    if (key.id) el = document.getElementById(key.id);
    else if (key.attr) {
      var list = main.querySelectorAll('[' + key.attr + ']');
      for (var i = 0; i < list.length; i++) if (list[i].getAttribute(key.attr) === key.value) { el = list[i]; break; }
    } else if (key.index >= 0) el = main.querySelectorAll('a[href], button, summary, input, select, textarea')[key.index] || null;
    // Where the control is gone (the button did its job), focus stays in the content, not on <body>.
    (el || main).focus({ preventScroll: true });
  }
  function announce(before) {
    var region = document.getElementById('live-announce');
    if (!region) return;
    var state = document.querySelector('#main [data-current-state]');
    var now = state ? state.textContent.trim() : '';
    var text = region.getAttribute('data-updated') + (now && now !== before ? ' ' + now : '');
    // Cleared first, so the same words are announced again on the next change.
    region.textContent = '';
    setTimeout(function () { region.textContent = text; }, 50);
  }

  function refresh() {
    if (refreshing) { schedule(); return; }
    if (editing()) { pendingWhileFocused = true; return; }
    refreshing = true;
    fetch(location.pathname + location.search, { headers: { Accept: 'text/html' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (res) {
        if (!res.ok) throw new Error('HTTP ' + res.status);
        return res.text();
      })
      .then(function (text) {
        if (editing()) { pendingWhileFocused = true; return; }
        var doc = new DOMParser().parseFromString(text, 'text/html');
        var fresh = doc.getElementById('main');
        var freshStatus = doc.getElementById('mail-status');
        if (fresh) {
          var open = openDetails();
          var openIds = Array.prototype.map.call(document.querySelectorAll('#main details[open][id]'), function (d) { return d.id; });
          var key = focusKey();
          var stateEl = document.querySelector('#main [data-current-state]');
          var stateBefore = stateEl ? stateEl.textContent.trim() : '';
          var main = document.getElementById('main');
          // The word on what the user just did (shown once; the fresh page no longer has it) stays.
          var flash = main.querySelector(':scope > .flash');
          main.replaceChildren.apply(main, Array.prototype.slice.call(fresh.childNodes).map(function (n) { return document.importNode(n, true); }));
          if (flash && !main.querySelector(':scope > .flash')) main.prepend(flash);
          // Keep a "re-classify" panel open across the swap.
          var entries = document.querySelectorAll('#main .timeline > li');
          open.forEach(function (at) {
            var d = at[0] >= 0 && entries[at[0]] && entries[at[0]].querySelectorAll('details')[at[1]];
            if (d) d.open = true;
          });
          openIds.forEach(function (id) {
            var d = document.getElementById(id);
            if (d && d.tagName === 'DETAILS') d.open = true;
          });
          setupForm();
          centerDiagram();
          restoreFocus(key);
          announce(stateBefore);
        }
        var status = document.getElementById('mail-status');
        if (freshStatus && status) status.replaceWith(document.importNode(freshStatus, true));
        yourTurnChanged(doc);
        document.body.dataset.refreshed = String(Number(document.body.dataset.refreshed || '0') + 1);
      })
      .catch(function () { /* the next change event tries again */ })
      .then(function () { refreshing = false; });
  }

  function schedule() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refresh, 120);
  }

  if (document.body && document.body.dataset.live === '1' && typeof EventSource === 'function') {
    // From the mark the page was rendered at: a change made before the stream started is not missed.
    var since = document.body.dataset.mark;
    var es = new EventSource('/api/events' + (since ? '?since=' + encodeURIComponent(since) : ''));
    es.addEventListener('change', schedule);
    es.addEventListener('mail', schedule);
    es.addEventListener('open', function () { document.body.dataset.live = 'connected'; });
    document.addEventListener('focusout', function () {
      if (pendingWhileFocused) { pendingWhileFocused = false; setTimeout(function () { if (!editing()) schedule(); else pendingWhileFocused = true; }, 300); }
    });
  }

  // ---- On a narrow screen the diagram scrolls sideways: bring the current state into view.
  function centerDiagram() {
    var wrap = document.querySelector('.diagram-wrap');
    var current = wrap && wrap.querySelector('[aria-current="step"]');
    if (!wrap || !current || wrap.scrollWidth <= wrap.clientWidth) return;
    var w = wrap.getBoundingClientRect();
    var c = current.getBoundingClientRect();
    wrap.scrollLeft += c.left + c.width / 2 - (w.left + w.width / 2);
  }
  centerDiagram();

  // ---- Copy buttons (navigator.clipboard where the page is a secure context, a selection otherwise).
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    var ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.className = 'offscreen';
    document.body.appendChild(ta);
    ta.select();
    try { document.execCommand('copy'); } finally { ta.remove(); }
    return Promise.resolve();
  }

  document.addEventListener('click', function (e) {
    var btn = e.target.closest && e.target.closest('button[data-copy]');
    if (!btn) return;
    var el = document.getElementById(btn.getAttribute('data-copy'));
    if (!el) return;
    var label = btn.dataset.label || btn.textContent;
    btn.dataset.label = label;
    copyText(el.textContent).then(function () {
      btn.textContent = document.documentElement.lang === 'ja' ? 'コピーしました' : 'Copied';
      btn.classList.add('done');
      setTimeout(function () { btn.textContent = label; btn.classList.remove('done'); }, 1600);
    });
  });

  // ---- New case form: add rows, swap the accounts, show the self-service verdict while typing.
  function reindex(row, list, index) {
    var dotted = new RegExp('^' + list.replace(/\./g, '\\.') + '\\.\\d+\\.');
    var dashed = new RegExp('^f-' + list.replace(/\./g, '-') + '-\\d+-');
    row.dataset.row = String(index);
    row.querySelectorAll('input').forEach(function (input) {
      input.name = input.name.replace(dotted, list + '.' + index + '.');
      input.id = input.id.replace(dashed, 'f-' + list.replace(/\./g, '-') + '-' + index + '-');
      input.value = '';
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    });
    row.querySelectorAll('label').forEach(function (label) {
      label.htmlFor = label.htmlFor.replace(dashed, 'f-' + list.replace(/\./g, '-') + '-' + index + '-');
      label.classList.remove('invalid');
    });
    row.querySelectorAll('.field-error').forEach(function (x) { x.remove(); });
  }

  function addRow(list) {
    var box = document.querySelector('[data-list="' + list + '"]');
    if (!box || !box.lastElementChild) return null;
    var row = box.lastElementChild.cloneNode(true);
    reindex(row, list, box.children.length);
    box.appendChild(row);
    return row;
  }

  function rowsOf(form, list) {
    var rows = [];
    var box = form.querySelector('[data-list="' + list + '"]');
    if (!box) return rows;
    Array.prototype.forEach.call(box.children, function (row) {
      var values = {};
      row.querySelectorAll('input').forEach(function (input) { values[input.name.split('.').pop()] = input.value.trim(); });
      rows.push(values);
    });
    return rows;
  }

  var verdictTimer = null;
  function checkVerdict(form) {
    clearTimeout(verdictTimer);
    verdictTimer = setTimeout(function () {
      var certs = function (side) {
        return rowsOf(form, side + '.certifications').filter(function (r) { return r.name; });
      };
      fetch('/api/eligibility', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ target: { certifications: certs('target') }, source: { certifications: certs('source') } }),
      })
        .then(function (res) { return res.ok ? res.json() : null; })
        .then(function (v) {
          var box = document.getElementById('verdict');
          if (!v || !box) return;
          box.dataset.reason = v.reason;
          box.classList.remove('self', 'support');
          box.classList.add(v.selfService ? 'self' : 'support');
          box.querySelector('.verdict-text').textContent = box.getAttribute('data-text-' + v.reason) || '';
        })
        .catch(function () { /* the server renders the verdict on "Check" too */ });
    }, 250);
  }

  function swapAccounts(form) {
    var values = {};
    form.querySelectorAll('input[name^="target."], input[name^="source."]').forEach(function (i) { values[i.name] = i.value; });
    ['certifications', 'benefits'].forEach(function (list) {
      var t = form.querySelector('[data-list="target.' + list + '"]');
      var s = form.querySelector('[data-list="source.' + list + '"]');
      while (t && s && t.children.length < s.children.length) addRow('target.' + list);
      while (t && s && s.children.length < t.children.length) addRow('source.' + list);
    });
    form.querySelectorAll('input[name^="target."], input[name^="source."]').forEach(function (i) {
      var other = (i.name.indexOf('target.') === 0 ? 'source.' : 'target.') + i.name.slice(7);
      i.value = values[other] || '';
    });
    checkVerdict(form);
  }

  function setupForm() {
    var form = document.getElementById('new-case');
    if (!form || form.dataset.ready) return;
    form.dataset.ready = '1';
    form.querySelectorAll('[data-add-row], [data-swap]').forEach(function (b) { b.hidden = false; });
    form.addEventListener('click', function (e) {
      var add = e.target.closest('[data-add-row]');
      if (add) { var row = addRow(add.getAttribute('data-add-row')); if (row) row.querySelector('input').focus(); }
      if (e.target.closest('[data-swap]')) swapAccounts(form);
    });
    form.addEventListener('input', function (e) {
      if (e.target.name && /\.certifications\.\d+\.name$/.test(e.target.name)) checkVerdict(form);
    });
  }

  setupForm();

  // ---- Your turn: the tab title counts the cases waiting on you ("(2) certmerge"); with permission, a
  // browser notification when the count grows. Permission is asked once, from a button, never on load.
  function yourTurnChanged(doc) {
    if (doc.title) document.title = doc.title;
    var before = Number(document.body.dataset.yourTurn || '0');
    var now = Number((doc.body && doc.body.dataset.yourTurn) || '0');
    document.body.dataset.yourTurn = String(now);
    if (now > before && typeof Notification === 'function' && Notification.permission === 'granted') {
      var n = new Notification(document.body.dataset.notifyTitle || 'certmerge', { body: document.body.dataset.notifyBody || '', tag: 'certmerge-your-turn' });
      document.body.dataset.notified = String(Number(document.body.dataset.notified || '0') + 1);
      n.onclick = function () { window.focus(); n.close(); };
    }
  }

  var permissionButton = document.getElementById('notify-permission');
  if (permissionButton && typeof Notification === 'function' && Notification.permission === 'default') {
    permissionButton.hidden = false;
    permissionButton.addEventListener('click', function () {
      Promise.resolve(Notification.requestPermission()).then(function (p) {
        document.body.dataset.notifyPermission = p;
        if (p !== 'default') permissionButton.hidden = true;
      });
    });
  }
})();
