// thidua's only script besides htmx: small enhancements; every page works without it.
(function () {
  'use strict';
  // A button with data-confirm asks before its form is sent (deactivate a user, confirm a merger…).
  document.addEventListener(
    'submit',
    function (event) {
      var button = event.submitter;
      var message = button && button.getAttribute('data-confirm');
      if (message && !window.confirm(message)) event.preventDefault();
    },
    true,
  );
  // A button with data-copy copies the text of the element so named (a ballot receipt); shown only where it can work.
  document.addEventListener('DOMContentLoaded', function () {
    if (!navigator.clipboard) return;
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        var source = document.getElementById(button.getAttribute('data-copy'));
        if (!source) return;
        navigator.clipboard.writeText(source.textContent.trim()).then(function () {
          button.textContent = button.getAttribute('data-copied') || button.textContent;
        });
      });
    });
  });
  // A button with data-print prints the page (the list of ballot receipts); without a script, the browser's menu does.
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('button[data-print]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        window.print();
      });
    });
  });
  // Focus the error summary of a form shown again, so that screen readers read it first.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('.error-summary');
    if (summary) summary.focus();
  });
})();
