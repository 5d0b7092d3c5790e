// Guardline workbench: keyboard shortcuts for the suspect queue and the suspect page.
// Progressive enhancement only: every action is also a link, a button or a form without this file.
// Loaded as a same-origin file, so the pages' strict Content-Security-Policy (script-src 'self') allows it.
(function () {
  "use strict";

  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  function queueShortcuts(table) {
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr[data-href]"));
    var current = -1;

    function move(to) {
      if (!rows.length) { return; }
      if (current >= 0) { rows[current].classList.remove("kbd-current"); }
      current = Math.max(0, Math.min(rows.length - 1, to));
      var row = rows[current];
      row.classList.add("kbd-current");
      var link = row.querySelector("a.handle");
      if (link) { link.focus(); }
    }

    rows.forEach(function (row, i) {
      row.addEventListener("focusin", function () {
        if (current >= 0 && current !== i) { rows[current].classList.remove("kbd-current"); }
        current = i;
        row.classList.add("kbd-current");
      });
    });

    // WCAG 2.1.4: single-key shortcuts can be turned off; the choice is remembered in this browser.
    var toggle = document.getElementById("shortcuts-on");
    var KEY = "guardline-shortcuts";
    if (toggle) {
      try { toggle.checked = window.localStorage.getItem(KEY) !== "off"; } catch (e) { /* storage blocked */ }
      toggle.addEventListener("change", function () {
        try { window.localStorage.setItem(KEY, toggle.checked ? "on" : "off"); } catch (e) { /* storage blocked */ }
      });
    }

    document.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) { return; }
      if (toggle && !toggle.checked) { return; }
      var row = current >= 0 ? rows[current] : null;
      switch (event.key) {
        case "j": move(current + 1); break;
        case "k": move(current < 0 ? 0 : current - 1); break;
        case "o": if (row) { window.location.assign(row.getAttribute("data-href")); } break;
        case "d": if (row) { window.location.assign(row.getAttribute("data-href") + "#decide-title"); } break;
        case "x":
          if (row) {
            var box = row.querySelector("input[type=checkbox]");
            if (box) { box.checked = !box.checked; }
          }
          break;
        case "/":
          var search = document.getElementById("f-q");
          if (search) { search.focus(); search.select(); } else { return; }
          break;
        default: return;
      }
      event.preventDefault();
    });
  }

  function suspectShortcuts() {
    // Arriving with #decide-title (the "d" shortcut): put the keyboard on the first decision.
    // After "load": the browser's own scroll to the #fragment would otherwise take the focus back.
    if (window.location.hash === "#decide-title") {
      window.addEventListener("load", function () {
        var first = document.querySelector("#decisions input[type=radio]");
        if (first) { first.focus(); }
      });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var table = document.querySelector("table[data-shortcuts=queue]");
    if (table) { queueShortcuts(table); }
    if (document.getElementById("decide-title")) { suspectShortcuts(); }
  });
}());
