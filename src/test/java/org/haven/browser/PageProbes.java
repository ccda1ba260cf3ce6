package org.haven.browser;

/** Small scripts the browser tests run in the page to look at what a person would see. */
final class PageProbes {
    /** Defines {@code describe(element)}: a short, readable selector with the element's text, for failure messages. */
    static final String DESCRIBE =
            """
            function describe(e) {
              if (!e) return 'nothing';
              if (e === document.body || e === document.documentElement) return e.tagName.toLowerCase();
              var s = e.tagName.toLowerCase();
              if (e.id) s += '#' + e.id;
              var cls = typeof e.className === 'string' ? e.className.trim() : '';
              if (cls) s += '.' + cls.split(/\\s+/).join('.');
              if (e.getAttribute('href')) s += '[href="' + e.getAttribute('href') + '"]';
              var text = (e.innerText || e.value || e.getAttribute('aria-label') || e.getAttribute('alt') || '').replace(/\\s+/g, ' ').trim();
              if (text.length > 50) text = text.slice(0, 47) + '…';
              return text ? s + ' "' + text + '"' : s;
            }
            """;

    /**
     * Whether the page scrolls sideways, and which visible elements reach past the right edge of the
     * viewport outside a container that scrolls on its own (wide tables may, WCAG 1.4.10).
     */
    static final String SIDEWAYS = DESCRIBE
            + """
            var root = document.documentElement;
            var width = root.clientWidth;
            var culprits = [];
            var all = document.body.querySelectorAll('*');
            function scrollsOnItsOwn(e) {
              for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                var o = getComputedStyle(p).overflowX;
                if (o === 'auto' || o === 'scroll') return true;
              }
              return false;
            }
            function hiddenOnPurpose(e, c, r) {
              return c.visibility === 'hidden' || r.width <= 1 || r.height <= 1
                  || (c.position === 'absolute' && c.clip && c.clip !== 'auto') || c.clipPath === 'inset(50%)';
            }
            for (var i = 0; i < all.length; i++) {
              var e = all[i];
              var r = e.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              if (r.right <= width + 1) continue;
              var c = getComputedStyle(e);
              if (hiddenOnPurpose(e, c, r) || scrollsOnItsOwn(e)) continue;
              var childTooWide = false;
              for (var k = 0; k < e.children.length; k++) {
                if (e.children[k].getBoundingClientRect().right > width + 1) { childTooWide = true; break; }
              }
              if (!childTooWide) culprits.push(describe(e) + ' reaches ' + Math.round(r.right) + 'px (width ' + Math.round(r.width) + 'px)');
              if (culprits.length >= 6) break;
            }
            return {viewport: window.innerWidth, clientWidth: width, scrollWidth: Math.max(root.scrollWidth, document.body.scrollWidth), culprits: culprits};
            """;

    /** Elements that hide part of their own text by clipping it (overflow hidden or clip, text-overflow). */
    static final String CLIPPED_TEXT = DESCRIBE
            + """
            var found = [];
            var all = document.body.querySelectorAll('*');
            for (var i = 0; i < all.length && found.length < 6; i++) {
              var e = all[i];
              var c = getComputedStyle(e);
              var clipsX = c.overflowX === 'hidden' || c.overflowX === 'clip';
              var clipsY = c.overflowY === 'hidden' || c.overflowY === 'clip';
              if (!clipsX && !clipsY) continue;
              if (e.clientWidth <= 1 || e.clientHeight <= 1 || c.visibility === 'hidden') continue;
              if (c.position === 'absolute' && c.clip && c.clip !== 'auto') continue;
              if (!(e.innerText || '').trim()) continue;
              var cutX = clipsX && e.scrollWidth > e.clientWidth + 1;
              var cutY = clipsY && e.scrollHeight > e.clientHeight + 1;
              if (cutX || cutY) {
                found.push(describe(e) + ' cuts off its text (' + (cutX ? 'width ' + e.clientWidth + ' of ' + e.scrollWidth + 'px ' : '')
                    + (cutY ? 'height ' + e.clientHeight + ' of ' + e.scrollHeight + 'px' : '') + ', overflow ' + c.overflowX + '/' + c.overflowY + ')');
              }
            }
            return found;
            """;

    private PageProbes() {}
}
