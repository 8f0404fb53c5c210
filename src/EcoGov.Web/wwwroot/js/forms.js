// Small form behaviours, loaded on every page (no inline handlers: the Content-Security-Policy allows only the
// platform's own script files). <select data-submit-on-change> submits its form when the choice changes.
(function () {
  'use strict';
  document.querySelectorAll('[data-submit-on-change]').forEach(el => {
    el.addEventListener('change', () => { if (el.form) el.form.submit(); });
  });
})();
