// A QR code for a link, drawn as one SVG path from the qrcode package's module matrix: no canvas, no data:
// image, so the app's strict Content-Security-Policy needs nothing new. Always dark on light, never mirrored.
import QRCode from 'qrcode';
import { useMemo } from 'react';

/** Scanners need a light margin of four modules around the code. */
const QUIET_ZONE = 4;

/** The SVG path of the dark modules, one unit square each, offset by the quiet zone. */
export function qrPath(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  let path = '';
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (modules.get(row, column)) path += `M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path };
}

export interface QrCodeProps {
  text: string;
  /** What the code holds, for people who cannot see it (e.g. "QR code of the invite link"). */
  label: string;
  /** Rendered width and height in CSS pixels. */
  pixels?: number;
}

export function QrCode({ text, label, pixels = 200 }: QrCodeProps) {
  const { size, path } = useMemo(() => qrPath(text), [text]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width={pixels}
      height={pixels}
      shapeRendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
