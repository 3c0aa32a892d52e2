import { encode } from '../../vendor/uqr-0.1.3.mjs';

// A QR code as SVG DOM nodes (never a markup string: nothing for the CSP or an injection to
// object to). uqr encodes; we draw one path of dark modules on a light square, with the
// standard four-module quiet zone that camera apps need to find the code.

const SVG_NS = 'http://www.w3.org/2000/svg';
const QUIET_ZONE = 4;

// {version, size, path}: size counts modules with the quiet zone; path draws each run of dark
// modules in a row as one rectangle.
export function qrPath(text, { ecc = 'M' } = {}) {
  const qr = encode(text, { ecc, border: QUIET_ZONE });
  const runs = [];
  qr.data.forEach((row, y) => {
    for (let x = 0; x < row.length; x += 1) {
      if (!row[x]) continue;
      let end = x;
      while (end + 1 < row.length && row[end + 1]) end += 1;
      runs.push(`M${x} ${y}h${end - x + 1}v1h${x - end - 1}z`);
      x = end;
    }
  });
  return { version: qr.version, size: qr.size, path: runs.join('') };
}

// Medium error correction survives a smudged or glaring screen; a long link (a long note in
// another script) drops to low, so the code stays few enough modules for a phone camera.
const LARGEST_VERSION_AT_MEDIUM = 15; // version 15: 77 modules across, 85 with the quiet zone

export function qrSvg(text, label) {
  let code = qrPath(text, { ecc: 'M' });
  if (code.version > LARGEST_VERSION_AT_MEDIUM) code = qrPath(text, { ecc: 'L' });
  const { version, size, path } = code;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const light = document.createElementNS(SVG_NS, 'rect');
  light.setAttribute('class', 'qr-light');
  light.setAttribute('width', String(size));
  light.setAttribute('height', String(size));
  const dark = document.createElementNS(SVG_NS, 'path');
  dark.setAttribute('class', 'qr-dark');
  dark.setAttribute('d', path);
  svg.append(light, dark);
  return { svg, version, size };
}
