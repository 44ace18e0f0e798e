/*
 * The website player (plain script, no framework). It asks the portal's assignment endpoint for
 * an edge, plays the ticketed master playlist with hls.js, and asks again when the answer says
 * so (not live yet, all seats taken), when the ticket has lapsed (403: the tab slept) or when its
 * edge died (then avoiding that edge). Playback facts for tests: window.__player.
 */
(() => {
  'use strict';
  const root = document.getElementById('player');
  const video = root.querySelector('video');
  const messageText = root.querySelector('.message-text');
  const countdown = root.querySelector('.countdown');
  const controls = root.querySelector('.controls');
  const unmuteBig = root.querySelector('.unmute-big');
  const playButton = root.querySelector('[data-action="play"]');
  const muteButton = root.querySelector('[data-action="mute"]');
  const fullscreenButton = root.querySelector('[data-action="fullscreen"]');
  const quality = root.querySelector('select[data-action="quality"]');
  const WORDS = { loading: 'Loading', 'not-live-yet': 'NotLiveYet', ended: 'Ended', 'seats-full': 'SeatsFull',
    busy: 'Busy', unknown: 'Unknown', offline: 'Offline' };
  const LONG_STALL_MS = 8000;
  const text = (name, n) => (root.dataset['t' + name] || '').replace('{0}', String(n));

  let hls = null;
  let timer = 0;
  let assigning = false;
  let stallStart;
  let played = false;
  let edgeTimeouts = 0;
  let firstTimeoutAt = 0;
  let lastReassign = 0;
  let lastStallCheck = 0;

  const facts = {
    state: 'loading', edgeId: null, edgeChanges: 0, stalls: [], assignments: 0,
    get currentTime() { return video.currentTime; },
    /** The chosen rendition ('auto' while hls.js decides, else original, 480p, 360p). */
    get level() {
      if (!hls || hls.levels.length === 0) return '';
      return hls.autoLevelEnabled ? 'auto' : levelName(hls.levels[hls.currentLevel]);
    },
    get maxStallMs() {
      const open = stallStart === undefined ? 0 : performance.now() - stallStart;
      return Math.max(open, ...this.stalls, 0);
    },
  };
  window.__player = facts;
  const viewer = viewerId();

  /** One seat per tab: the id lives as long as the tab (sessionStorage), or the page if storage is blocked. */
  function viewerId() {
    const key = 'backup-ingest.viewer';
    try {
      const kept = sessionStorage.getItem(key);
      if (kept && /^[A-Za-z0-9_-]{22}$/.test(kept)) return kept;
    } catch (e) { /* storage blocked in a third-party frame */ }
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const id = Array.from(crypto.getRandomValues(new Uint8Array(22)), (b) => alphabet[b & 63]).join('');
    try { sessionStorage.setItem(key, id); } catch (e) { /* kept in memory only */ }
    return id;
  }

  function show(state, words) {
    facts.state = state;
    root.dataset.state = state;
    const live = state === 'live';
    video.hidden = !live;
    controls.hidden = !live;
    unmuteBig.hidden = !live || !video.muted;
    if (!live) {
      messageText.textContent = words;
      countdown.textContent = '';
    }
  }

  async function assign(avoid) {
    if (assigning) return;
    assigning = true;
    window.clearInterval(timer);
    const url = new URL(root.dataset.assign, location.href);
    url.searchParams.set('viewer', viewer);
    if (avoid) url.searchParams.set('avoid', avoid);
    let answer;
    try {
      const response = await fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
      answer = await response.json();
    } catch (e) {
      answer = null;
    }
    assigning = false;
    if (!answer || typeof answer.state !== 'string') {
      // The portal is unreachable: a viewer who plays keeps playing; others wait and ask again.
      if (facts.state !== 'live') show('loading', text(WORDS.offline));
      retryIn(5, avoid);
      return;
    }
    facts.assignments++;
    if (answer.state === 'live' && answer.master) {
      play(answer);
      return;
    }
    stopPlayback();
    const state = WORDS[answer.state] ? answer.state : 'unknown';
    show(state, text(WORDS[state]));
    if (answer.retryAfterSeconds > 0) retryIn(answer.retryAfterSeconds);
  }

  function retryIn(seconds, avoid) {
    const due = performance.now() + Math.max(1, seconds) * 1000;
    const tick = () => {
      const left = Math.ceil((due - performance.now()) / 1000);
      if (left > 0) {
        countdown.textContent = text('Retry', left);
        return;
      }
      window.clearInterval(timer);
      countdown.textContent = text('RetryNow');
      assign(avoid);
    };
    tick();
    timer = window.setInterval(tick, 250);
  }

  function play(answer) {
    if (facts.edgeId && answer.edgeId !== facts.edgeId) facts.edgeChanges++;
    facts.edgeId = answer.edgeId;
    edgeTimeouts = 0;
    firstTimeoutAt = 0;
    show('live');
    stopPlayback();
    if (window.Hls && window.Hls.isSupported()) {
      hls = createHls();
      hls.attachMedia(video);
      hls.loadSource(answer.master);
    } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
      video.src = answer.master; // Safari, iOS: native HLS
      video.play().catch(() => undefined);
    } else {
      show('unknown', text(WORDS.offline));
    }
  }

  function stopPlayback() {
    if (hls) {
      hls.destroy();
      hls = null;
    }
  }

  /** The edge or the ticket is gone: keep the picture while asking, then reload from the answer. */
  function reassign(avoid) {
    if (hls) hls.stopLoad();
    if (played && stallStart === undefined) stallStart = performance.now();
    // Errors in a row (e.g. every edge refuses) must not hammer the portal.
    const wait = performance.now() - lastReassign < 3000 ? 1000 : 0;
    lastReassign = performance.now() + wait;
    window.clearInterval(timer);
    timer = window.setTimeout(() => assign(avoid), wait);
  }

  /**
   * Short timeouts, one retry: a dead edge is noticed in a few seconds, not after hls.js's minute.
   * An edge that answers is alive: its HTTP errors (a 404 while the ingest fails over) are retried
   * in place, never a reason to leave it. 403 (seat lapsed) and no connection are handled above.
   */
  function policy(firstByteMs, loadMs) {
    return { default: { maxTimeToFirstByteMs: firstByteMs, maxLoadTimeMs: loadMs,
      timeoutRetry: { maxNumRetry: 1, retryDelayMs: 0, maxRetryDelayMs: 0 },
      errorRetry: { maxNumRetry: 4, retryDelayMs: 500, maxRetryDelayMs: 1500,
        shouldRetry: (config, count, timeout, response) =>
          count < config.maxNumRetry && !(response && (response.code === 403 || response.code === 0)) } } };
  }

  function createHls() {
    const Hls = window.Hls;
    const instance = new Hls({
      liveSyncDurationCount: 3, liveMaxLatencyDurationCount: 6, maxLiveSyncPlaybackRate: 1.1, backBufferLength: 30,
      manifestLoadPolicy: policy(2000, 4000), playlistLoadPolicy: policy(1500, 3000), fragLoadPolicy: policy(2500, 8000),
    });
    instance.on(Hls.Events.MANIFEST_PARSED, () => {
      offerQualities(instance);
      applyQuality();
      video.play().catch(() => undefined);
    });
    const healthy = () => { edgeTimeouts = 0; firstTimeoutAt = 0; };
    instance.on(Hls.Events.LEVEL_LOADED, healthy);
    instance.on(Hls.Events.FRAG_LOADED, healthy);
    instance.on(Hls.Events.ERROR, (event, data) => {
      if (instance !== hls) return;
      if (data.type === Hls.ErrorTypes.NETWORK_ERROR) {
        const code = data.response ? data.response.code : undefined;
        if (code === 403) {
          reassign(null); // the seat lapsed (a sleeping tab): a new ticket, same edge
          return;
        }
        const refused = code === 0; // no connection at all: the edge is down
        // a busy edge is slow, a dead one (unreachable, not refusing) stays silent: leave it only after
        // three timeouts in a row spanning 5 s with nothing loaded in between
        let timedOut = false;
        if (/TimeOut$/.test(data.details)) {
          const now = Date.now();
          if (!firstTimeoutAt) firstTimeoutAt = now;
          timedOut = ++edgeTimeouts >= 3 && now - firstTimeoutAt >= 5000;
        }
        if (refused || timedOut) {
          reassign(facts.edgeId);
        } else if (data.fatal) {
          reassign(null); // it answers but keeps failing: start afresh, the endpoint keeps us on it
        }
        return;
      }
      if (data.fatal) {
        if (data.type === Hls.ErrorTypes.MEDIA_ERROR) instance.recoverMediaError();
        else reassign(null);
      }
    });
    return instance;
  }

  function levelName(level) {
    const url = (level && (level.uri || (level.url && level.url[0]))) || '';
    const match = /(original|\d+p)\/index\.m3u8/.exec(url);
    return match ? match[1] : '';
  }

  function offerQualities(instance) {
    const names = instance.levels.map(levelName);
    for (const option of quality.options) {
      option.disabled = option.value !== 'auto' && !names.includes(option.value);
    }
    if (quality.selectedOptions[0] && quality.selectedOptions[0].disabled) quality.value = 'auto';
  }

  function applyQuality() {
    if (!hls || hls.levels.length === 0) return;
    const wanted = quality.value;
    hls.currentLevel = wanted === 'auto' ? -1 : hls.levels.findIndex((level) => levelName(level) === wanted);
  }

  function endStall() {
    if (stallStart !== undefined && !video.paused && video.readyState >= 3) {
      facts.stalls.push(performance.now() - stallStart);
      stallStart = undefined;
    }
  }

  function togglePlay() {
    if (video.paused) video.play().catch(() => undefined);
    else video.pause();
  }

  function toggleMute() {
    video.muted = !video.muted;
  }

  function toggleFullscreen() {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    else if (root.requestFullscreen) root.requestFullscreen().catch(() => undefined);
    else if (video.webkitEnterFullscreen) video.webkitEnterFullscreen();
  }

  function label(button, name, key) {
    button.setAttribute('aria-label', text(name));
    button.title = text(name) + ' (' + key + ')';
  }

  function syncControls() {
    const playing = !video.paused;
    root.dataset.playing = String(playing);
    label(playButton, playing ? 'Pause' : 'Play', 'k');
    root.dataset.muted = String(video.muted);
    label(muteButton, video.muted ? 'Unmute' : 'Mute', 'm');
    unmuteBig.hidden = facts.state !== 'live' || !video.muted;
    label(fullscreenButton, document.fullscreenElement ? 'ExitFullscreen' : 'Fullscreen', 'f');
  }

  video.addEventListener('waiting', () => {
    if (played && stallStart === undefined) stallStart = performance.now();
  });
  video.addEventListener('playing', () => {
    played = true;
    endStall();
  });
  video.addEventListener('timeupdate', endStall);
  video.addEventListener('ended', () => assign()); // ENDLIST reached: the answer is most likely "ended"
  video.addEventListener('error', () => { if (!hls && facts.state === 'live') reassign(facts.edgeId); });
  ['play', 'pause', 'playing', 'volumechange'].forEach((name) => video.addEventListener(name, syncControls));
  document.addEventListener('fullscreenchange', syncControls);

  playButton.addEventListener('click', togglePlay);
  muteButton.addEventListener('click', toggleMute);
  unmuteBig.addEventListener('click', () => { video.muted = false; if (video.paused) togglePlay(); });
  fullscreenButton.addEventListener('click', toggleFullscreen);
  quality.addEventListener('change', applyQuality);
  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || facts.state !== 'live') return;
    const tag = e.target && e.target.tagName;
    if (tag === 'SELECT' || tag === 'INPUT' || tag === 'TEXTAREA') return;
    const key = e.key.toLowerCase();
    if (key === 'k' || (key === ' ' && tag !== 'BUTTON')) {
      e.preventDefault();
      togglePlay();
    } else if (key === 'm') {
      toggleMute();
    } else if (key === 'f') {
      toggleFullscreen();
    }
  });

  // A long stall on a live stream: the broadcast may have ended without ENDLIST, or the edge hangs.
  window.setInterval(() => {
    const now = performance.now();
    if (facts.state === 'live' && stallStart !== undefined && now - stallStart > LONG_STALL_MS
        && now - lastStallCheck > LONG_STALL_MS && !assigning) {
      lastStallCheck = now;
      assign();
    }
  }, 1000);

  syncControls();
  assign();
})();
