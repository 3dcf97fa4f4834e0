// Regiomonitor: a progress bar for upload forms (form[data-upload]). The form works without this
// file (a plain POST); with it, the same POST is sent with XMLHttpRequest so the <progress> in
// the form can show how much is sent, and the server's answer (the same page, with the result
// or the table of problems) replaces the page.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.dataset.upload || event.defaultPrevented) return;
  if (!window.XMLHttpRequest || !window.FormData) return;
  event.preventDefault();
  var box = form.querySelector('.upload-progress');
  var bar = form.querySelector('progress');
  var text = form.querySelector('.upload-percentage');
  var button = form.querySelector('button[type=submit]');
  if (box) box.hidden = false;
  if (button) button.disabled = true;
  var xhr = new XMLHttpRequest();
  xhr.open('POST', form.action);
  xhr.setRequestHeader('Accept', 'text/html');
  xhr.responseType = 'document';
  xhr.upload.addEventListener('progress', function (e) {
    if (!e.lengthComputable || !bar) return;
    var pct = Math.round((e.loaded / e.total) * 100);
    bar.value = pct;
    if (text) text.textContent = pct < 100 ? pct + '%' : 'Verzonden; de bestanden worden gecontroleerd…';
  });
  xhr.addEventListener('load', function () {
    var doc = xhr.response;
    if (!doc || !doc.documentElement) {
      window.location.assign(form.action);
      return;
    }
    document.title = doc.title;
    document.body.replaceWith(document.importNode(doc.body, true));
    var alert = document.querySelector('[role=alert], [role=status]');
    var main = document.getElementById('inhoud');
    if (main) main.focus();
    if (alert) alert.scrollIntoView();
  });
  xhr.addEventListener('error', function () {
    if (button) button.disabled = false;
    if (text) text.textContent = 'Het uploaden is mislukt; probeer het opnieuw.';
  });
  xhr.send(new FormData(form));
});
