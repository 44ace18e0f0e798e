import Hls from 'hls.js';
export class HlsPlayer extends HTMLElement { hls?: Hls; }
customElements.define('hls-player', HlsPlayer);
