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
  // Focus the error summary of a form shown again, so that screen readers read it first.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('.error-summary');
    if (summary) summary.focus();
  });
})();
