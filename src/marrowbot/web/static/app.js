// marrowbot chat page. Everything from the server or the person is shown with textContent, never as markup.
// The conversation lives only here (in `state.session`) and in the page; the server keeps nothing.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const log = $("log");
  const form = $("ask-form");
  const input = $("message");
  const urgentAnnouncer = $("urgent-announcer");
  const statusAnnouncer = $("status-announcer");
  const dialog = $("idle-dialog");
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const ASK_SECONDS = 30; // a question whose answer has not come by then gets the failure note, not dots forever

  const state = {
    info: null, // the page's words and kiosk timings, from api/messages
    session: null, // what the last answer said to send next time
    kiosk: false,
    busy: false,
    conversation: false, // something on screen worth wiping
    generation: 0, // bumped by every wipe: late answers to a wiped chat are dropped
    controller: null,
    warnTimer: 0,
    wipeTimer: 0,
    countTimer: 0,
    lang: "en",
    words: null, // the bot's words in the language of the last answer (the idle warning speaks it too)
  };

  // --- building blocks (text only) ---------------------------------------------------------------------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function paragraphs(parent, text, className) {
    String(text || "")
      .split(/\n\s*\n/)
      .map((part) => part.trim())
      .filter(Boolean)
      .forEach((part) => parent.append(el("p", className, part)));
  }

  function safeUrl(url) {
    try {
      const parsed = new URL(String(url), window.location.href);
      return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
    } catch (_err) {
      return null;
    }
  }

  // A link to a source. In kiosk mode nothing may lead away from the page, so the address is shown as text.
  function sourceLink(url, text, label) {
    const href = safeUrl(url);
    if (state.kiosk || !href) return el("span", "link-text", text);
    const a = el("a", null, text);
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    if (label) a.setAttribute("aria-label", label + " (opens in a new tab)");
    return a;
  }

  // Buttons that ask a question; `toQuestion` turns a topic name into one ("Tell me about ...").
  function suggestionButtons(items, label, toQuestion) {
    const group = el("div", "suggestions");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", label);
    (items || []).forEach((item) => {
      const button = el("button", "chip", item);
      button.type = "button";
      button.addEventListener("click", () => ask(toQuestion ? toQuestion(item) : item));
      group.append(button);
    });
    return group;
  }

  function aboutTopic(title) {
    return "Tell me about " + title;
  }

  function scrollTo(node, block) {
    node.scrollIntoView({ block: block, behavior: reduceMotion ? "auto" : "smooth" });
  }

  // --- messages in the log -----------------------------------------------------------------------------

  function showWelcome() {
    const card = el("article", "msg msg-bot welcome");
    card.setAttribute("aria-label", "Welcome");
    const body = el("div", "msg-body");
    card.append(body);
    // The greeting's first line, then the suggested questions, then the rest: on a phone the questions stay
    // in view (the disclaimer is always shown under the question box).
    const welcome = String(state.info.welcome || "").trim();
    const cut = welcome.indexOf("\n");
    paragraphs(body, cut < 0 ? welcome : welcome.slice(0, cut));
    if (state.info.suggestions && state.info.suggestions.length) {
      body.append(el("p", "suggestions-title", "Try asking:"));
      body.append(suggestionButtons(state.info.suggestions, "Suggested questions"));
    }
    if (cut >= 0) paragraphs(body, welcome.slice(cut + 1), "welcome-more");
    log.append(card);
  }

  function addUser(text) {
    const row = el("div", "msg msg-user");
    row.append(el("span", "visually-hidden", "You asked: "));
    row.append(el("p", "msg-text", text));
    log.append(row);
    scrollTo(row, "end");
    return row;
  }

  function addNote(text, className) {
    if (!text) return null;
    const note = el("p", "note " + (className || ""), text);
    log.append(note);
    return note;
  }

  // A question that got no answer (too many requests, the server away or restarting, a request that stalled):
  // said in the bot's own words (the language of the conversation), with whom to call, never a technical
  // error; the question goes back in the box, to be sent again with one key.
  function addFailure(text) {
    const words = state.words || {};
    const note = el("div", "note note-error");
    if (state.words) note.lang = state.lang;
    note.append(el("span", "note-line", words.error || state.info.error));
    note.append(el("span", "note-line note-help", words.help_line || state.info.help_line));
    log.append(note);
    scrollTo(note, "end");
    if (!input.value) input.value = text; // unless something new was typed meanwhile
  }

  function citation(snippet) {
    const label = "[" + snippet.n + "]";
    const where = snippet.title + (snippet.section ? ", " + snippet.section : "");
    const node = sourceLink(snippet.url, label, "Source " + snippet.n + ": " + where);
    node.classList.add("cite");
    return node;
  }

  function addAnswer(data) {
    const card = el("article", "msg msg-bot" + (data.urgent ? " is-urgent" : ""));
    card.setAttribute("aria-label", data.urgent ? "Urgent answer" : "Answer");
    const lang = typeof data.lang === "string" && /^[a-z]{2}$/.test(data.lang) ? data.lang : "en";
    card.lang = lang; // the bot's own words are in the person's language; quotes stay in English
    const words = data.words || {};
    const body = el("div", "msg-body");
    card.append(body);
    const all = Array.isArray(data.snippets) ? data.snippets : [];
    const linkTitles = data.link_titles || {};
    const snippets = all.filter((s) => !linkTitles[String(s.n)]);
    const links = all.filter((s) => linkTitles[String(s.n)]);

    if (data.urgent) {
      const box = el("div", "urgent-box");
      box.append(el("p", "urgent-title", (data.words && data.words.urgent_title) || "Get help now"));
      paragraphs(box, data.lead);
      body.append(box);
      // Said at once by screen readers, before the quotes.
      urgentAnnouncer.textContent = "";
      window.setTimeout(() => { urgentAnnouncer.textContent = data.lead || ""; }, 50);
    } else if (data.lead) {
      paragraphs(body, data.lead, "lead");
    }

    if (snippets.length) {
      const quotes = el("ul", "quotes");
      snippets.forEach((snippet) => {
        const item = el("li", "quote");
        const quote = el("blockquote");
        quote.lang = "en";
        const p = el("p", null, snippet.text);
        p.append(" ", citation(snippet));
        quote.append(p);
        item.append(quote);
        item.append(el("p", "quote-where", snippet.title + (snippet.section ? " · " + snippet.section : "")));
        quotes.append(item);
      });
      body.append(quotes);
    } else if (!data.lead && data.text) {
      // Small talk with nothing quoted: the plain text, less the disclaimer shown below anyway.
      let text = String(data.text);
      if (data.disclaimer && text.trimEnd().endsWith(data.disclaimer)) {
        text = text.trimEnd().slice(0, -data.disclaimer.length);
      }
      paragraphs(body, text);
    }

    if (links.length) body.append(readMore(links, data.sources || [], words.read_more || "Read more:"));
    const own = Array.isArray(data.own_language_links) ? data.own_language_links : [];
    if (own.length) {
      body.append(el("p", "read-more-title", words.own_links || ""));
      const list = el("ul", "read-more");
      own.forEach((link) => {
        const item = el("li");
        item.append(sourceLink(link.url, link.title, link.title));
        if (state.kiosk && safeUrl(link.url)) item.append(el("span", "source-url", " " + link.url));
        list.append(item);
      });
      body.append(list);
    }
    const linkNumbers = new Set(links.map((s) => s.n));
    const sources = (Array.isArray(data.sources) ? data.sources : []).filter(
      (source) => !Array.isArray(source.cites) || !source.cites.length || !source.cites.every((n) => linkNumbers.has(n)),
    );
    if (sources.length) {
      const section = el("div", "sources");
      section.append(el("p", "sources-title", words.sources || "Sources"));
      const list = el("ol", "source-items");
      sources.forEach((source) => list.append(sourceItem(source)));
      section.append(list);
      body.append(section);
    }

    if (Array.isArray(data.suggestions) && data.suggestions.length) {
      body.append(suggestionButtons(data.suggestions, "Topics you can ask about", aboutTopic));
    }
    body.append(el("p", "answer-disclaimer", data.disclaimer));
    if (Array.isArray(data.follow_ups) && data.follow_ups.length) {
      body.append(el("p", "follow-ups-title", words.follow_ups || "You could also ask:"));
      body.append(suggestionButtons(data.follow_ups, words.follow_ups || "You could also ask"));
    }
    log.append(card);
    scrollTo(card, "start");
  }

  // Pages the documents link to: each title once, who publishes it, never shown as a quote.
  function readMore(links, sources, title) {
    const box = el("div", "read-more-box");
    box.append(el("p", "read-more-title", title));
    const list = el("ul", "read-more");
    list.lang = "en";
    const publisher = {};
    sources.forEach((source) => (source.cites || []).forEach((n) => { publisher[n] = source.publisher; }));
    const seen = new Set();
    links.forEach((snippet) => {
      const name = (snippet.text || "").trim();
      if (seen.has(name)) return;
      seen.add(name);
      const item = el("li");
      item.append(sourceLink(snippet.url, name, name));
      if (publisher[snippet.n]) item.append(el("span", "source-meta", " · " + publisher[snippet.n]));
      if (state.kiosk && safeUrl(snippet.url)) item.append(el("span", "source-url", " " + snippet.url));
      list.append(item);
    });
    box.append(list);
    return box;
  }

  function sourceItem(source) {
    const item = el("li", "source-item");
    item.value = source.n;
    item.append(sourceLink(source.url, source.title, source.title));
    const details = [source.publisher, source.updated ? "updated " + source.updated : ""].filter(Boolean);
    if (details.length) item.append(el("span", "source-meta", " · " + details.join(", ")));
    if (state.kiosk && safeUrl(source.url)) item.append(el("span", "source-url", source.url));
    return item;
  }

  function addTyping() {
    const row = el("div", "msg msg-bot typing");
    row.append(el("span", "dot"), el("span", "dot"), el("span", "dot"));
    row.append(el("span", "visually-hidden", "Looking in the documents"));
    row.setAttribute("aria-hidden", "true");
    log.append(row);
    scrollTo(row, "end");
    return row;
  }

  // --- asking ------------------------------------------------------------------------------------------

  async function ask(raw) {
    const text = String(raw || "").trim();
    if (!text || state.busy || !state.info) return;
    state.busy = true;
    state.conversation = true;
    const generation = state.generation;
    input.value = "";
    log.setAttribute("aria-busy", "true");
    const row = addUser(text);
    noteActivity();
    const typing = addTyping();
    const controller = new AbortController();
    state.controller = controller;
    const timer = window.setTimeout(() => controller.abort(), ASK_SECONDS * 1000); // a stalled request
    let data = null;
    const post = (session) =>
      fetch("api/ask", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ message: text, session: session }),
        cache: "no-store",
        signal: controller.signal,
      });
    try {
      let response = await post(state.session);
      if (response.status === 422 && state.session !== null) {
        // The server no longer knows this conversation (its documents changed): ask afresh, never leave the
        // person with an error instead of an answer (an emergency above all).
        response = await post(null);
      }
      if (response.ok) data = await response.json().catch(() => null);
    } catch (_err) {
      // no answer: the server away, the connection lost, or the time ran out (addFailure below)
    }
    window.clearTimeout(timer);
    if (generation !== state.generation) return; // the chat was wiped meanwhile: nothing typed comes back
    typing.remove();
    log.removeAttribute("aria-busy");
    state.busy = false;
    state.controller = null;
    if (data) {
      state.session = data.session || null;
      state.words = data.words || null;
      state.lang = typeof data.lang === "string" && /^[a-z]{2}$/.test(data.lang) ? data.lang : "en";
      if (typeof data.lang === "string" && /^[a-z]{2}$/.test(data.lang)) row.lang = data.lang;
      if (state.kiosk && data.intent === "goodbye" && !data.urgent) {
        // "I'm done", "bye": on a kiosk the next person must not find this conversation. Wiped as the idle
        // reset does, the farewell (in the person's language) shown with the wiped note, as the terminal kiosk does.
        const lang = state.lang;
        wipe(false);
        const farewell = addNote(data.lead || data.text, "note-farewell");
        if (farewell) farewell.lang = lang;
        addNote(state.info.wiped, "note-wiped");
        statusAnnouncer.textContent = [data.lead || data.text, state.info.wiped].filter(Boolean).join(" ");
        input.focus({ preventScroll: true });
        return;
      }
      addAnswer(data);
      pageWords(state.words, state.lang);
    } else {
      addFailure(text);
    }
    noteActivity();
    input.focus({ preventScroll: true });
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    ask(input.value);
  });

  // The page's own buttons and hints speak the language of the last answer (English again after a wipe).
  const pageDefaults = {
    ask: $("send").textContent,
    placeholder: input.getAttribute("placeholder"),
    startOver: $("new-chat").textContent,
    call: [...$("emergency-text").childNodes].map((n) => n.cloneNode(true)),
  };

  function pageWords(words, lang) {
    const w = words || {};
    const speaks = Boolean(words) && lang !== "en";
    for (const id of ["send", "message", "new-chat", "emergency"]) {
      if (speaks) $(id).lang = lang;
      else $(id).removeAttribute("lang");
    }
    $("send").textContent = (speaks && w.ask) || pageDefaults.ask;
    input.setAttribute("placeholder", (speaks && w.placeholder) || pageDefaults.placeholder);
    $("new-chat").textContent = (speaks && w.start_over) || pageDefaults.startOver;
    // The crisis line stays next to the emergency number through every answer and every wipe.
    $("crisis-line").textContent = (speaks && w.crisis) || (state.info && state.info.crisis) || "";
    $("crisis-line").hidden = !$("crisis-line").textContent;
    const number = state.info && state.info.emergency && state.info.emergency.call;
    // The words come with the number filled in ("¿Emergencia? Llame al 911").
    const template = speaks && typeof w.call === "string" && number && w.call.includes(number) ? w.call : null;
    if (!template) {
      $("emergency-text").replaceChildren(...pageDefaults.call.map((n) => n.cloneNode(true)));
      if (number) $("emergency-call").textContent = number;
      return;
    }
    // The question is the label a narrow screen hides; the number stands out.
    const at = template.indexOf(number);
    const before = template.slice(0, at), after = template.slice(at + number.length);
    const cut = before.lastIndexOf("?") + 1;
    const strong = el("strong", "", number);
    strong.id = "emergency-call";
    $("emergency-text").replaceChildren(el("span", "emergency-label", before.slice(0, cut)),
      before.slice(cut), strong, after);
  }

  // --- wiping (Start over, and the kiosk's idle reset) -------------------------------------------------

  function wipe(showNote) {
    state.generation += 1;
    if (state.controller) state.controller.abort();
    state.controller = null;
    state.busy = false;
    state.session = null;
    state.words = null;
    state.lang = "en";
    pageWords(null, "en");
    state.conversation = false;
    clearTimers();
    if (dialog.open) dialog.close();
    log.removeAttribute("aria-busy");
    log.replaceChildren();
    urgentAnnouncer.textContent = "";
    input.value = "";
    const selection = window.getSelection && window.getSelection();
    if (selection) selection.removeAllRanges();
    showWelcome();
    if (showNote) {
      addNote(state.info.wiped, "note-wiped");
      statusAnnouncer.textContent = state.info.wiped || "";
    }
    log.scrollTop = 0;
  }

  $("new-chat").addEventListener("click", () => {
    wipe(false);
    input.focus();
  });

  // --- kiosk: idle warning, then wipe ------------------------------------------------------------------

  function clearTimers() {
    window.clearTimeout(state.warnTimer);
    window.clearTimeout(state.wipeTimer);
    window.clearInterval(state.countTimer);
  }

  function noteActivity() {
    if (!state.kiosk) return;
    clearTimers();
    if (dialog.open) dialog.close();
    if (!state.conversation && !input.value) return; // nothing to protect
    const idle = state.info.kiosk.idle_seconds * 1000;
    const warn = state.info.kiosk.warn_seconds * 1000;
    if (warn > 0) state.warnTimer = window.setTimeout(showIdleWarning, idle - warn);
    state.wipeTimer = window.setTimeout(() => wipe(true), idle);
  }

  // A touch while the idle warning is up must not close it: the tap's click would then land on whatever is
  // under it (a suggested question, asked for nobody). It gives the full countdown again; "Keep going" (its
  // click), a click beside the dialog, or a key closes it.
  function warnAgain() {
    clearTimers();
    state.wipeTimer = window.setTimeout(() => wipe(true), state.info.kiosk.warn_seconds * 1000);
    showIdleWarning();
  }

  function showIdleWarning() {
    const deadline = Date.now() + state.info.kiosk.warn_seconds * 1000;
    const count = $("idle-count");
    const words = state.words || {};
    dialog.lang = (words.idle_warning && state.lang) || "en";
    $("idle-text").textContent = words.idle_warning || state.info.idle_warning;
    $("idle-continue").textContent = words.keep_going || "Keep going";
    const template = words.countdown || state.info.countdown || "Clearing in {seconds} s.";
    const update = () => {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      count.textContent = template.replace("{seconds}", String(left));
    };
    update();
    state.countTimer = window.setInterval(update, 1000);
    if (!dialog.open) dialog.showModal();
    $("idle-continue").focus();
  }

  $("idle-continue").addEventListener("click", () => {
    noteActivity();
    input.focus();
  });
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) noteActivity(); // the backdrop, or the dialog's margin: "I'm here"
  });
  dialog.addEventListener("cancel", (event) => {
    event.preventDefault(); // Escape means "I'm here", like any other key
    noteActivity();
  });

  const POINTING = new Set(["pointerdown", "touchstart", "wheel"]);
  ["keydown", "pointerdown", "input", "wheel", "touchstart"].forEach((name) =>
    document.addEventListener(name, (event) => {
      if (dialog.open && POINTING.has(event.type)) warnAgain();
      else noteActivity();
    }, { capture: true, passive: true }),
  );

  function lockDown() {
    // Nothing on a kiosk leads away from this page: no links, no context menu, no dragging text out.
    if (document.body.classList.contains("kiosk")) return; // once: before the server answers, or after
    state.kiosk = true;
    document.body.classList.add("kiosk");
    document.addEventListener("click", (event) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (link && !link.getAttribute("href").startsWith("#")) event.preventDefault();
    }, true);
    document.addEventListener("contextmenu", (event) => event.preventDefault());
    document.addEventListener("dragstart", (event) => event.preventDefault());
    // Nor on the clipboard, where a question or an answer would outlive the wipe for the next person to paste.
    ["copy", "cut"].forEach((name) => document.addEventListener(name, (event) => event.preventDefault(), true));
    // Nor do the browser's keys: save, print, open a file, view source, developer tools, history, downloads,
    // bookmarks, find, reload, close, back and forward. Typing, editing and zoom keys still work. (A browser keeps
    // some keys for itself, e.g. Ctrl+W, Ctrl+N, Ctrl+T: the README's Chromium policies close those.)
    document.addEventListener("keydown", (event) => {
      if (browserKey(event)) {
        event.preventDefault();
        event.stopPropagation();
      }
    }, true);
    // What one patient typed must not be learned by the on-screen keyboard or sent to a spelling service.
    input.spellcheck = false;
    input.setAttribute("autocorrect", "off");
    input.setAttribute("autocapitalize", "off");
  }

  // Editing keys allowed with Ctrl (or Cmd): select all, copy, cut, paste, undo, redo, and moving by words.
  // (Copying and cutting themselves do nothing on a kiosk: see lockDown.)
  const EDITING = new Set(["a", "c", "v", "x", "z", "y", "arrowleft", "arrowright", "arrowup", "arrowdown",
    "backspace", "delete", "home", "end", "enter"]);
  // Zoom in, out and back (Ctrl + / - / 0, with or without Shift): a person who needs larger text gets it.
  const ZOOM = new Set(["+", "=", "-", "_", "0"]);

  function browserKey(event) {
    const key = String(event.key || "").toLowerCase();
    if (/^f([1-9]|1[0-9]|2[0-4])$/.test(key)) return true; // F12 developer tools, F5 reload, F11, F3, F7...
    if (["browserback", "browserforward", "browserhome", "browsersearch", "browserrefresh"].includes(key)) return true;
    if (event.altKey && ["arrowleft", "arrowright", "home", "f4", "d", "e", "f"].includes(key)) return true;
    if (!(event.ctrlKey || event.metaKey)) return false;
    if (ZOOM.has(key) && !event.altKey) return false;
    // AltGr (Ctrl+Alt on some systems) types characters such as @ or ñ: never a browser command.
    if ((event.ctrlKey && event.altKey) || (event.getModifierState && event.getModifierState("AltGraph"))) {
      return key.length !== 1;
    }
    if (event.shiftKey && key !== "z" && !key.startsWith("arrow") && key !== "home" && key !== "end") {
      return true; // Ctrl+Shift+I, J, C, Delete, N, T, B...
    }
    return !EDITING.has(key);
  }

  // --- loading, again and again until it works ---------------------------------------------------------

  // A server restarting, a proxy's hiccup or the rate limit must not leave a kiosk without its page for good:
  // `load` is tried again, less and less often (2 s, 4 s ... 30 s), until it works. `failed` runs on the first
  // failure.
  async function untilLoaded(load, failed) {
    for (let wait = 2000; ; wait = Math.min(wait * 2, 30000)) {
      try {
        return await load();
      } catch (_err) {
        if (failed) failed();
        failed = null;
        await new Promise((resolve) => window.setTimeout(resolve, wait));
      }
    }
  }

  async function getJson(path) {
    const response = await fetch(path, { cache: "no-store" });
    if (!response.ok) throw new Error(path + ": status " + response.status);
    return response.json();
  }

  // --- the side panel ----------------------------------------------------------------------------------

  async function fillAbout() {
    const [sources, topics] = await untilLoaded(() => Promise.all([getJson("api/sources"), getJson("api/topics")]));
    const sourceList = $("source-list");
    (sources.sources || []).forEach((source) => sourceList.append(sourceItem(source)));
    const topicList = $("topic-list");
    // Documents, and the conditions they name: what a person can ask about.
    (topics.topics || []).forEach((topic) => {
      const item = el("li");
      const button = el("button", "topic-button", topic.title);
      button.type = "button";
      button.addEventListener("click", () => ask(aboutTopic(topic.title)));
      item.append(button);
      const conditions = Array.isArray(topic.conditions) ? topic.conditions : [];
      if (conditions.length) {
        const sub = el("ul", "topic-conditions");
        sub.setAttribute("aria-label", "Conditions in " + topic.title);
        conditions.forEach((name) => {
          const li = el("li");
          const b = el("button", "topic-button", name);
          b.type = "button";
          b.addEventListener("click", () => ask("What is " + name + "?"));
          li.append(b);
          sub.append(li);
        });
        item.append(sub);
      }
      topicList.append(item);
    });
  }

  // --- start -------------------------------------------------------------------------------------------

  async function start() {
    // A kiosk page is locked down at once: nothing leads away while it waits for the server.
    if (new URLSearchParams(window.location.search).get("kiosk") === "1") lockDown();
    let note = null;
    state.info = await untilLoaded(() => getJson("api/messages"), () => {
      note = addNote("marrowbot is not available right now. Trying again\u2026", "note-error");
    });
    if (note) note.remove();
    if (state.info.kiosk && state.info.kiosk.forced) lockDown();
    $("disclaimer-text").textContent = state.info.disclaimer;
    if (state.info.emergency && state.info.emergency.call) {
      $("emergency-call").textContent = state.info.emergency.call;
      $("emergency").hidden = false;
    }
    pageWords(null, "en"); // the crisis line next to the emergency number
    $("idle-text").textContent = state.info.idle_warning;
    showWelcome();
    fillAbout();
    document.body.classList.add("ready");
  }

  start();
})();
