/** Images drawn here as SVG, so the simulated pages need nothing from outside. */
import type { SimAccount, SimImage } from './content.js';
import { hashSeed } from './random.js';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function avatarSvg(account: SimAccount): string {
  const hue = hashSeed(account.id) % 360;
  const initials = account.displayName
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word[0] ?? '')
    .join('')
    .toUpperCase();
  return `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 200 200">
<rect width="200" height="200" fill="hsl(${hue} 45% 35%)"/>
<path d="M0 150 Q50 120 100 150 T200 150 V200 H0Z" fill="hsl(${hue} 45% 28%)"/>
<circle cx="100" cy="78" r="44" fill="hsl(${hue} 60% 88%)"/>
<text x="100" y="92" font-family="DejaVu Sans, Arial, sans-serif" font-size="40" font-weight="bold" text-anchor="middle" fill="hsl(${hue} 45% 30%)">${escapeXml(initials)}</text>
</svg>`;
}

/** A landscape in the image's colour with its title: three variants so a feed does not look cloned. */
export function postImageSvg(image: SimImage): string {
  const { hue, variant } = image;
  const scenery = [
    `<circle cx="780" cy="130" r="70" fill="hsl(${(hue + 40) % 360} 90% 80%)"/><path d="M0 400 L220 230 L420 380 L620 200 L960 420 V540 H0Z" fill="hsl(${hue} 40% 40%)"/>`,
    `<rect x="140" y="200" width="220" height="240" fill="hsl(${hue} 30% 92%)"/><path d="M120 210 L250 110 L380 210Z" fill="hsl(${(hue + 180) % 360} 45% 45%)"/><rect x="225" y="350" width="50" height="90" fill="hsl(${hue} 40% 30%)"/><rect x="520" y="260" width="300" height="180" fill="hsl(${hue} 25% 85%)"/>`,
    `<path d="M0 430 Q240 330 480 430 T960 430 V540 H0Z" fill="hsl(${hue} 50% 35%)"/><circle cx="300" cy="300" r="60" fill="hsl(${(hue + 120) % 360} 55% 55%)"/><circle cx="620" cy="250" r="90" fill="hsl(${(hue + 60) % 360} 55% 60%)"/>`,
  ][variant % 3];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540" viewBox="0 0 960 540">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue} 70% 75%)"/><stop offset="1" stop-color="hsl(${hue} 60% 92%)"/></linearGradient></defs>
<rect width="960" height="540" fill="url(#sky)"/>
${scenery}
<rect x="0" y="470" width="960" height="70" fill="rgba(0,0,0,0.45)"/>
<text x="32" y="517" font-family="DejaVu Sans, Arial, sans-serif" font-size="34" fill="#fff">${escapeXml(image.title)}</text>
</svg>`;
}
