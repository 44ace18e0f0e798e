import Hls, { ErrorTypes, Events, type Level } from 'hls.js';

/**
 * <hls-player src="/edge/{contentId}/edge-1/v/{ticket}/master.m3u8" rendition="original|480p|360p" ticket="..." message="…">
 * The preview ticket is short-lived: a new `ticket` attribute replaces the one in every later request
 * (the `/v/{ticket}/` path segment), so the player renews it without reloading.
 * A muted, low-latency-ish live preview on hls.js. Without a src it loads nothing and shows its
 * message instead of an empty video ("not live yet", "the broadcast has ended"): the server sets
 * src only once a distribution server serves the content. It retries while the edge hiccups,
 * shows a marker when told about a failover, and exposes playback facts for tests:
 * element.currentTime, .stallCount, .maxStallMs, .stalls, .markers, .levelName, and
 * window.__livePlayers (all players on the page).
 */
interface Marker {
  at: number;
  wallClock: number;
  text: string;
}

export class HlsPlayer extends HTMLElement {
  static observedAttributes = ['src', 'rendition', 'ticket', 'message'];

  hls?: Hls;
  stalls: number[] = [];
  markers: Marker[] = [];
  levelName = '';
  private readonly video = document.createElement('video');
  private readonly toast = document.createElement('div');
  private readonly strip = document.createElement('div');
  private readonly note = document.createElement('p');
  private stallStart?: number;
  private played = false;
  private retry?: number;

  constructor() {
    super();
    this.video.muted = true;
    this.video.autoplay = true;
    this.video.playsInline = true;
    this.video.controls = true;
    this.video.className = 'live-player-video';
    this.toast.className = 'live-player-toast';
    this.toast.setAttribute('role', 'status');
    this.toast.hidden = true;
    this.strip.className = 'live-player-markers';
    this.note.className = 'live-player-message';
    this.note.setAttribute('role', 'status');
    this.video.addEventListener('waiting', () => {
      if (this.played && this.stallStart === undefined) {
        this.stallStart = performance.now();
      }
    });
    this.video.addEventListener('playing', () => {
      this.played = true;
      this.endStall();
    });
    this.video.addEventListener('timeupdate', () => this.endStall());
  }

  connectedCallback() {
    if (!this.contains(this.video)) {
      this.append(this.video, this.note, this.toast, this.strip);
    }
    this.showMessage();
    const players = ((window as any).__livePlayers ??= []) as HlsPlayer[];
    if (!players.includes(this)) {
      players.push(this);
    }
    this.load();
  }

  disconnectedCallback() {
    window.clearTimeout(this.retry);
    this.hls?.destroy();
    this.hls = undefined;
    const players = ((window as any).__livePlayers ?? []) as HlsPlayer[];
    players.splice(players.indexOf(this), 1);
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null) {
    if (!this.isConnected || before === after) {
      return;
    }
    if (name === 'src') {
      this.load();
    } else if (name === 'ticket') {
      // taken by the next request (xhrSetup below); the playing media stays as it is
    } else if (name === 'message') {
      this.showMessage();
    } else {
      this.applyRendition();
    }
  }

  get currentTime(): number {
    return this.video.currentTime;
  }

  get stallCount(): number {
    return this.stalls.length;
  }

  get maxStallMs(): number {
    const open = this.stallStart === undefined ? 0 : performance.now() - this.stallStart;
    return Math.max(open, ...this.stalls, 0);
  }

  /** Called by the server on FailoverHappened: a toast over the picture and a tick on the strip. */
  markFailover(text: string) {
    const marker = { at: this.video.currentTime, wallClock: Date.now(), text };
    this.markers.push(marker);
    this.toast.textContent = text;
    this.toast.hidden = false;
    window.setTimeout(() => (this.toast.hidden = true), 6000);
    const tick = document.createElement('span');
    tick.className = 'live-player-marker';
    tick.title = text;
    this.strip.append(tick);
  }

  /** With a message (and no src) the element is a plain text box: no player controls, no requests. */
  private showMessage() {
    const message = this.getAttribute('message');
    this.note.textContent = message ?? '';
    this.note.hidden = !message;
    this.video.hidden = !!message;
    this.toggleAttribute('data-message', !!message);
  }

  private endStall() {
    if (this.stallStart !== undefined && !this.video.paused && this.video.readyState >= 3) {
      this.stalls.push(performance.now() - this.stallStart);
      this.stallStart = undefined;
    }
  }

  private load() {
    window.clearTimeout(this.retry);
    this.hls?.destroy();
    this.hls = undefined;
    const src = this.getAttribute('src');
    if (!src || !Hls.isSupported()) {
      return;
    }
    const hls = new Hls({
      liveSyncDurationCount: 3,
      liveMaxLatencyDurationCount: 6,
      maxLiveSyncPlaybackRate: 1.1,
      backBufferLength: 30,
      manifestLoadingMaxRetry: 2,
      levelLoadingMaxRetry: 6,
      fragLoadingMaxRetry: 6,
      // every playlist and segment request carries the newest preview ticket
      xhrSetup: (xhr: XMLHttpRequest, url: string) => xhr.open('GET', this.withTicket(url), true),
    });
    this.hls = hls;
    hls.on(Events.MANIFEST_PARSED, () => {
      this.applyRendition();
      this.video.play().catch(() => undefined);
    });
    hls.on(Events.LEVEL_SWITCHED, (_e, data) => (this.levelName = this.nameOf(hls.levels[data.level])));
    hls.on(Events.ERROR, (_e, data) => {
      if (!data.fatal) {
        return;
      }
      if (data.type === ErrorTypes.MEDIA_ERROR) {
        hls.recoverMediaError();
      } else {
        // the edge does not exist yet (nobody publishes) or the network hiccuped: start over
        this.retry = window.setTimeout(() => this.load(), 2000);
      }
    });
    hls.loadSource(src);
    hls.attachMedia(this.video);
  }

  /** The URL with the newest ticket in its `/v/{ticket}/` segment (unchanged without one). */
  withTicket(url: string): string {
    const ticket = this.getAttribute('ticket');
    return ticket ? url.replace(/\/v\/[A-Za-z0-9_~-]+\//, `/v/${ticket}/`) : url;
  }

  private applyRendition() {
    const hls = this.hls;
    const wanted = this.getAttribute('rendition') ?? 'original';
    if (!hls || hls.levels.length === 0) {
      return;
    }
    const index = hls.levels.findIndex((level) => this.nameOf(level) === wanted);
    hls.currentLevel = index;
    this.levelName = index >= 0 ? wanted : 'auto';
  }

  private nameOf(level: Level | undefined): string {
    const url = level?.url?.[0] ?? '';
    const match = /(original|\d+p)\/index\.m3u8/.exec(url);
    return match ? match[1] : `${level?.height ?? ''}p`;
  }
}

const style = document.createElement('style');
style.textContent = `
  hls-player { display: block; position: relative; background: #000; border-radius: var(--lumo-border-radius-m, 6px); overflow: hidden; }
  hls-player .live-player-video { display: block; width: 100%; aspect-ratio: 16 / 9; background: #000; }
  hls-player .live-player-video[hidden] { display: none; }
  hls-player .live-player-message { margin: 0; aspect-ratio: 16 / 9; display: grid; place-items: center; padding: 1rem;
    box-sizing: border-box; text-align: center; color: #fff; font: 600 1.05rem/1.4 system-ui, sans-serif; }
  hls-player .live-player-message[hidden] { display: none; }
  hls-player .live-player-toast { position: absolute; top: 0.75rem; left: 50%; transform: translateX(-50%);
    background: rgba(20, 20, 20, 0.85); color: #fff; padding: 0.4rem 0.8rem; border-radius: 999px;
    border: 2px solid #f5a623; font: 600 0.9rem/1.3 system-ui, sans-serif; }
  hls-player .live-player-markers { position: absolute; left: 0; right: 0; bottom: 0; height: 4px; display: flex; gap: 4px; padding: 0 4px; }
  hls-player .live-player-marker { width: 10px; height: 4px; background: #f5a623; }
`;
document.head.append(style);

customElements.define('hls-player', HlsPlayer);
