// Small form behaviours, loaded on every page (no inline handlers: the Content-Security-Policy allows only the
// platform's own script files). <select data-submit-on-change> submits its form when the choice changes.
// EcoGov.fetch: fetch for the platform's own API; a state-changing call (POST, PUT, PATCH, DELETE) carries the
// antiforgery token of the page (meta[name=request-verification-token]) in the RequestVerificationToken header, without
// which /api answers 400 (ApiAntiforgery). Scripts that change data call the API through it.
(function () {
  'use strict';
  document.querySelectorAll('[data-submit-on-change]').forEach(el => {
    el.addEventListener('change', () => { if (el.form) el.form.submit(); });
  });

  const safe = ['GET', 'HEAD', 'OPTIONS', 'TRACE'];
  function token() {
    const meta = document.querySelector('meta[name="request-verification-token"]');
    return meta ? meta.getAttribute('content') : null;
  }
  window.EcoGov = window.EcoGov || {};
  window.EcoGov.fetch = function (url, options) {
    const init = Object.assign({ credentials: 'same-origin' }, options || {});
    const method = (init.method || 'GET').toUpperCase();
    if (safe.indexOf(method) < 0) {
      const headers = new Headers(init.headers || {});
      const value = token();
      if (value) headers.set('RequestVerificationToken', value);
      init.headers = headers;
    }
    return fetch(url, init);
  };
})();
