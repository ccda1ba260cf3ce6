/* Haven: leave this site quickly (click, or Shift pressed 3 times). No dependencies.

   Leaving can only take away the history entry the person is on, so the site keeps to one entry
   in the tab's history: every link, search and anchor followed in the tab replaces the page
   instead of adding to the history. Leaving then replaces that one entry, and neither Back nor
   Forward shows a page of the site. The cost: Back on the site goes to the page before the site. */
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('js-enabled');

  var SHIFT_TIMEOUT_MS = 5000;
  var HIDE_PAGE = 'govuk-exit-this-page-hide-content';
  var bar, button, status, indicator, overlay;
  var presses = 0;
  var otherKey = false;
  var pressTimer = null;
  var messageTimer = null;

  function say(name) {
    return (bar && bar.getAttribute('data-' + name)) || '';
  }

  /* ---- One history entry ---- */

  function followedInThisTab(link, event) {
    var target = link.getAttribute('target');
    return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey
        && !link.hasAttribute('download') && (!target || target === '_self')
        && (link.protocol === 'http:' || link.protocol === 'https:');
  }

  function sameDocument(link) {
    return link.origin === location.origin && link.pathname === location.pathname
        && link.search === location.search && link.hash !== '';
  }

  function onClick(event) {
    if (event.defaultPrevented || !event.target.closest) return;
    var link = event.target.closest('a[href]');
    if (!link || link.classList.contains('haven-leave') || !followedInThisTab(link, event)) return;
    event.preventDefault();
    window.location.replace(link.href);
    if (sameDocument(link)) focusTarget(decodeURIComponent(link.hash.slice(1)));
  }

  /* A skip link or "on this page" link moves keyboard focus as well as the view. */
  function focusTarget(id) {
    var target = document.getElementById(id);
    if (target && target.hasAttribute('tabindex')) target.focus();
  }

  function onSubmit(event) {
    var form = event.target;
    if (event.defaultPrevented || form.method !== 'get' || (form.target && form.target !== '_self')) return;
    var url = new URL(form.action, location.href);
    url.search = new URLSearchParams(new FormData(form)).toString();
    event.preventDefault();
    window.location.replace(url.href);
  }

  /* ---- Leaving ---- */

  function leave(event) {
    if (event) event.preventDefault();
    if (overlay) return;
    overlay = document.createElement('div');
    overlay.className = 'govuk-exit-this-page-overlay haven-leaving';
    overlay.setAttribute('role', 'alert');
    overlay.textContent = say('leaving');
    document.body.appendChild(overlay);
    document.body.classList.add(HIDE_PAGE);
    document.title = say('leaving');
    try { window.sessionStorage.clear(); } catch (e) { /* nothing stored */ }
    window.location.replace(button.getAttribute('data-exit-url') || button.href);
  }

  /* ---- Shift pressed on its own 3 times, each within 5 seconds of the last ----
     Any other key in between (as when Shift is held to type a capital letter) starts the count
     again. Each press lights one dot on the button and is announced to screen readers. */

  function showPresses() {
    if (!indicator) return;
    indicator.classList.toggle('govuk-exit-this-page__indicator--visible', presses > 0);
    for (var i = 0; i < indicator.children.length; i++) {
      indicator.children[i].classList.toggle('govuk-exit-this-page__indicator-light--on', i < presses);
    }
  }

  function announce(message) {
    window.clearTimeout(messageTimer);
    if (status) status.textContent = message;
    if (message) messageTimer = window.setTimeout(function () { announce(''); }, SHIFT_TIMEOUT_MS);
  }

  function forgetPresses(message) {
    window.clearTimeout(pressTimer);
    var counting = presses > 0;
    presses = 0;
    showPresses();
    if (counting) announce(message);
  }

  function onKeyDown(event) {
    if (event.key !== 'Shift') {
      otherKey = true;
      forgetPresses('');
    } else if (!event.repeat) {
      otherKey = false;
    }
  }

  function onKeyUp(event) {
    if (event.key !== 'Shift' || otherKey || event.ctrlKey || event.altKey || event.metaKey) return;
    window.clearTimeout(pressTimer);
    presses++;
    showPresses();
    if (presses >= 3) {
      forgetPresses('');
      leave();
      return;
    }
    announce(say(presses === 1 ? 'two-more' : 'one-more'));
    pressTimer = window.setTimeout(function () { forgetPresses(say('timed-out')); }, SHIFT_TIMEOUT_MS);
  }

  function buildIndicator() {
    indicator = document.createElement('span');
    indicator.className = 'govuk-exit-this-page__indicator';
    indicator.setAttribute('aria-hidden', 'true');
    for (var i = 0; i < 3; i++) {
      var light = document.createElement('span');
      light.className = 'govuk-exit-this-page__indicator-light';
      indicator.appendChild(light);
    }
    button.appendChild(indicator);
  }

  /* A page shown again from the back-forward cache starts as if just opened. */
  function onPageShow() {
    document.body.classList.remove(HIDE_PAGE);
    if (overlay) overlay.remove();
    overlay = null;
    forgetPresses('');
    announce('');
  }

  /* What scrolls into view (a focused link, an anchor's target) stops below the sticky bar. */
  function keepClearOfTheBar() {
    function measure() {
      root.style.setProperty('--haven-leave-bar-height', bar.getBoundingClientRect().height + 'px');
    }
    measure();
    if (window.ResizeObserver) new ResizeObserver(measure).observe(bar);
  }

  function start() {
    bar = document.querySelector('.haven-leave-bar');
    button = bar && bar.querySelector('.haven-leave');
    if (!button) return;
    status = bar.querySelector('.haven-leave-status');
    buildIndicator();
    keepClearOfTheBar();
    button.addEventListener('click', leave);
    document.addEventListener('click', onClick);
    document.addEventListener('submit', onSubmit);
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('keyup', onKeyUp, true);
    window.addEventListener('pageshow', onPageShow);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
