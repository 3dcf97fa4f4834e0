// Regiomonitor: small progressive enhancements only; every page works without this file.
// Forms with data-confirm ask before they are sent (e.g. blocking a user).
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
