// Regiomonitor: the questionnaire re-evaluated by the server while the user types. The server
// (POST /api/v1/vragenlijsten/{wave}/{region}/controle: the one evaluator of the rules) says
// which questions are not relevant and which message stands next to which field; this script
// only shows and hides what it is told. No rule is evaluated here. Without this script the form
// works the same way: every button posts the form and the server renders it again.
(function () {
  'use strict';
  var form = document.querySelector('form.questionnaire[data-controle]');
  if (!form || !window.fetch || !window.URLSearchParams || !window.FormData) return;
  var timer = null;
  var sequence = 0;

  function ownInputs(wrapper, key) {
    return Array.prototype.filter.call(wrapper.querySelectorAll('input, select, textarea'), function (el) {
      return el.name === 'v/' + key || el.name.indexOf('k/' + key + '/') === 0;
    });
  }

  function apply(result) {
    var hidden = result.verborgen || [];
    var messages = result.meldingen || {};
    Array.prototype.forEach.call(form.querySelectorAll('[data-veld]'), function (wrapper) {
      var key = wrapper.getAttribute('data-veld');
      wrapper.hidden = hidden.indexOf(key) >= 0;
      var paragraph = document.getElementById('fout-' + key);
      if (!paragraph) return;
      var text = (messages[key] || []).join(' ');
      if (paragraph.textContent !== text) paragraph.textContent = text;
      paragraph.hidden = text === '';
      wrapper.classList.toggle('field-invalid', text !== '');
      ownInputs(wrapper, key).forEach(function (input) {
        if (text === '') input.removeAttribute('aria-invalid');
        else input.setAttribute('aria-invalid', 'true');
      });
    });
  }

  function check() {
    var mine = ++sequence;
    fetch(form.getAttribute('data-controle'), {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (result) {
      if (result && mine === sequence) apply(result);
    }).catch(function () { /* the server checks again on saving */ });
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(check, 300);
  }

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
})();
