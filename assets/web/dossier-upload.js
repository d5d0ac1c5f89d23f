// Dossier uploads with a progress bar. Without this script the form is an ordinary multipart POST;
// with it, the same request goes by XMLHttpRequest (whose upload progress fetch cannot report yet)
// and the answer, the files section with the content check's verdict, replaces the section in place.
(function () {
  'use strict';

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-upload-progress')) return;
    var section = form.closest('section');
    if (!section || !section.id || typeof XMLHttpRequest === 'undefined' || typeof FormData === 'undefined') return;
    event.preventDefault();

    var progress = document.getElementById(form.getAttribute('data-upload-progress'));
    var button = form.querySelector('button[type="submit"]');
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.setRequestHeader('HX-Request', 'true');
    request.setRequestHeader('HX-Target', '#' + section.id);
    request.setRequestHeader('HX-Current-URL', window.location.href);

    if (progress) {
      progress.hidden = false;
      progress.value = 0;
    }
    if (button) button.disabled = true;

    request.upload.addEventListener('progress', function (e) {
      if (progress && e.lengthComputable) progress.value = Math.round((e.loaded / e.total) * 100);
    });

    request.addEventListener('load', function () {
      var redirect = request.getResponseHeader('HX-Redirect');
      if (redirect) {
        window.location.assign(redirect);
        return;
      }
      var type = request.getResponseHeader('Content-Type') || '';
      var parts = document.createElement('template');
      if ((request.status === 200 || request.status === 422) && type.indexOf('text/html') === 0) parts.innerHTML = request.responseText;
      if (parts.content.getElementById(section.id)) {
        // Each part of the answer replaces the element of the page with the same id.
        Array.prototype.slice.call(parts.content.children).forEach(function (part) {
          var current = part.id && document.getElementById(part.id);
          if (current) current.replaceWith(part);
        });
        var verdict = document.querySelector('#' + section.id + ' [data-verdict]');
        if (verdict) verdict.focus();
        return;
      }
      // Anything else (an error page): send the form as a browser without the script would.
      form.submit();
    });

    request.addEventListener('error', function () {
      if (button) button.disabled = false;
      form.submit();
    });

    request.send(new FormData(form));
  });
})();
