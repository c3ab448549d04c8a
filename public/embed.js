/*! Containers on AWS embed loader (MIT). Place <div data-containers-on-aws="lessons/<slug>"></div> or
 "widgets/<name>" and this script; it inserts the iframe and keeps its height equal to its content.
 Protocol and options: README "Embedding". No dependencies. */
(function () {
  'use strict';
  if (window.ContainersOnAws) {
    window.ContainersOnAws.scan();
    return;
  }
  var SOURCE = 'containers-on-aws';
  var script = document.currentScript || document.querySelector('script[src$="/embed.js"]');
  var origin = new URL(script ? script.src : '/', location.href).origin;
  var OPTIONS = ['theme', 'header', 'round', 'filter'];
  var PATH = /^(lessons|widgets)\/[a-z0-9-]+(\/[a-z0-9-]+)?$/;
  var frames = [];

  function build(el) {
    if (el.hasAttribute('data-embed-frame')) return;
    el.setAttribute('data-embed-frame', '');
    var path = el.getAttribute('data-containers-on-aws') || '';
    if (!PATH.test(path)) {
      el.textContent = 'Containers on AWS: "' + path + '" is not a lesson or widget that can be embedded.';
      return;
    }
    var query = new URLSearchParams(el.getAttribute('data-query') || '');
    OPTIONS.forEach(function (key) {
      var value = el.getAttribute('data-' + key);
      if (value) query.set(key, value);
    });
    // Messages then go to this page's origin only, instead of to '*'.
    if (location.origin !== 'null') query.set('parentOrigin', location.origin);
    var frame = document.createElement('iframe');
    frame.src = origin + '/embed/' + path + '?' + query;
    frame.title = el.getAttribute('data-title') || 'Containers on AWS';
    frame.loading = 'lazy';
    frame.style.cssText = 'border:0;display:block;width:100%;height:' + (parseInt(el.getAttribute('data-height'), 10) || 600) + 'px';
    el.appendChild(frame);
    frames.push({ frame: frame, el: el });
  }

  function isHeight(value) {
    return typeof value === 'number' && value % 1 === 0 && value >= 0 && value <= 100000;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.source !== SOURCE || data.version !== 1 || !data.payload) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].frame.contentWindow !== event.source) continue;
      if ((data.type === 'resize' || data.type === 'ready') && isHeight(data.payload.height)) {
        frames[i].frame.style.height = data.payload.height + 'px';
      }
      // The host page listens here: el.addEventListener('containers-on-aws:result', (e) => e.detail.statement ...)
      frames[i].el.dispatchEvent(new CustomEvent(SOURCE + ':' + data.type, { detail: data.payload, bubbles: true }));
    }
  });

  function post(type, payload) {
    frames.forEach(function (entry) {
      if (entry.frame.contentWindow) entry.frame.contentWindow.postMessage({ source: SOURCE, version: 1, type: type, payload: payload }, origin);
    });
  }

  function scan() {
    var found = document.querySelectorAll('[data-containers-on-aws]');
    for (var i = 0; i < found.length; i++) build(found[i]);
  }

  window.ContainersOnAws = {
    scan: scan,
    setTheme: function (theme) {
      post('set-theme', { theme: theme });
    },
  };
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
