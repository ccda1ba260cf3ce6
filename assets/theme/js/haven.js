/* Haven: leave this site quickly (click, or Shift pressed 3 times). No dependencies. */
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('js-enabled');

  function exitUrl() {
    var link = document.querySelector('.haven-leave');
    return (link && (link.getAttribute('data-exit-url') || link.getAttribute('href'))) || 'https://www.bbc.co.uk/weather';
  }

  function leave(event) {
    if (event) event.preventDefault();
    var overlay = document.createElement('div');
    overlay.className = 'haven-leaving';
    overlay.setAttribute('role', 'alert');
    overlay.textContent = 'Leaving this site…';
    document.body.appendChild(overlay);
    document.title = 'Loading…';
    try { window.sessionStorage.clear(); } catch (e) { /* nothing stored */ }
    window.location.replace(exitUrl());
  }

  var presses = [];
  function onKey(event) {
    if (event.key !== 'Shift' || event.repeat) return;
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 5000; });
    presses.push(now);
    if (presses.length >= 3) {
      presses = [];
      leave();
    }
  }

  function start() {
    var links = document.querySelectorAll('.haven-leave');
    for (var i = 0; i < links.length; i++) links[i].addEventListener('click', leave);
    document.addEventListener('keyup', onKey, true);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
