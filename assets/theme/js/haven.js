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

  /* Shift pressed on its own 3 times within 5 seconds. Any other key in between (as when
     Shift is held to type a capital letter) starts the count again. */
  var presses = [];
  var otherKey = false;
  function onKeyDown(event) {
    if (event.key !== 'Shift') {
      presses = [];
      otherKey = true;
    } else if (!event.repeat) {
      otherKey = false;
    }
  }
  function onKey(event) {
    if (event.key !== 'Shift' || otherKey || event.ctrlKey || event.altKey || event.metaKey) return;
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
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('keyup', onKey, true);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
