import { LitElement, css, svg, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/**
 * <live-sparkline values="1200,1300,..." label="Input bitrate"> – input bitrate over the last
 * two minutes as a small SVG line, scaled to its own maximum. Values come from the server.
 */
@customElement('live-sparkline')
export class LiveSparkline extends LitElement {
  static styles = css`
    :host { display: block; height: 40px; }
    svg { width: 100%; height: 100%; overflow: visible; }
    polyline { fill: none; stroke: var(--live-sparkline-color, var(--lumo-primary-color, #1676f3)); stroke-width: 1.5; }
  `;

  @property() values = '';
  @property() label = '';

  render() {
    const points = this.values ? this.values.split(',').map(Number) : [];
    const max = Math.max(1, ...points);
    const width = 120;
    const step = points.length > 1 ? width / (points.length - 1) : width;
    const line = points.map((v, i) => `${(i * step).toFixed(1)},${(38 - (v / max) * 36).toFixed(1)}`).join(' ');
    return html`<svg viewBox="0 0 ${width} 40" preserveAspectRatio="none" role="img" aria-label=${this.label}>
      ${svg`<polyline points=${line}></polyline>`}
    </svg>`;
  }
}
