#!/usr/bin/env node
// `node scripts/make-icons.js`: draws the app and document icons as SVG, renders them with
// Chromium (playwright-core; CHROMIUM_PATH or /usr/bin/chromium) and writes the PNG set
// plus .ico (Windows) and .icns (macOS) into resources/icons/. The outputs are committed;
// run this only to change the artwork.
import { Buffer } from 'node:buffer';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icons');

/** The map in miniature: three skills feeding one credential badge, on the app's blue. */
const GRAPH = `
  <g stroke="#cfe0f7" stroke-width="22" stroke-linecap="round" fill="none" opacity="0.9">
    <path d="M318 330 C470 330 500 470 600 480" />
    <path d="M318 512 C450 512 500 500 600 500" />
    <path d="M318 694 C470 694 500 530 600 520" />
  </g>
  <g fill="#ffffff">
    <circle cx="300" cy="330" r="62" />
    <circle cx="300" cy="512" r="62" />
    <circle cx="300" cy="694" r="62" />
  </g>
  <g fill="#7fd6c9">
    <circle cx="300" cy="330" r="30" />
    <circle cx="300" cy="512" r="30" />
    <circle cx="300" cy="694" r="30" />
  </g>
  <path d="M640 600 L600 800 L680 760 L740 820 L760 620 Z" fill="#f4a9c8" />
  <path d="M800 600 L840 800 L760 760 L700 820 L680 620 Z" fill="#e27aa6" />
  <circle cx="720" cy="500" r="168" fill="#ffffff" />
  <circle cx="720" cy="500" r="120" fill="none" stroke="#2f5fa7" stroke-width="26" />
  <path d="M664 500 l40 40 l80 -84" fill="none" stroke="#be185d" stroke-width="30" stroke-linecap="round" stroke-linejoin="round" />`;

const APP_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#3b71bf" />
      <stop offset="1" stop-color="#234a85" />
    </linearGradient>
  </defs>
  <rect x="64" y="64" width="896" height="896" rx="200" fill="url(#bg)" />
  ${GRAPH}
</svg>`;

/** A page with a folded corner carrying the same picture: how .mcred files look in a file manager. */
const FILE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024">
  <path d="M200 64 H700 L864 228 V960 H200 Z" fill="#ffffff" stroke="#c5cdd8" stroke-width="16" stroke-linejoin="round" />
  <path d="M700 64 V228 H864" fill="#e8eef8" stroke="#c5cdd8" stroke-width="16" stroke-linejoin="round" />
  <rect x="232" y="780" width="600" height="120" rx="24" fill="#2f5fa7" />
  <text x="532" y="865" font-family="Helvetica, Arial, sans-serif" font-size="84" font-weight="700" fill="#ffffff" text-anchor="middle">MCRED</text>
  <g transform="translate(276 230) scale(0.5)">
    <rect x="64" y="64" width="896" height="896" rx="200" fill="#2f5fa7" />
    ${GRAPH}
  </g>
</svg>`;

const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

async function render(page, svg, size) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

/** Windows .ico holding PNG images (supported since Vista), largest last as Windows prefers. */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, e);
    header.writeUInt8(size >= 256 ? 0 : size, e + 1);
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(png.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

/** macOS .icns with PNG-encoded members: ic07 128, ic08 256, ic09 512, ic10 1024 (512@2x). */
function icns(images) {
  const types = { 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };
  const chunks = images
    .filter(({ size }) => types[size])
    .map(({ size, png }) => {
      const head = Buffer.alloc(8);
      head.write(types[size], 0, 'ascii');
      head.writeUInt32BE(png.length + 8, 4);
      return Buffer.concat([head, png]);
    });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  await mkdir(join(out, 'png'), { recursive: true });
  for (const [name, svg] of [['icon', APP_SVG], ['file', FILE_SVG]]) {
    const images = [];
    for (const size of PNG_SIZES) images.push({ size, png: await render(page, svg, size) });
    await writeFile(join(out, `${name}.svg`), `${svg}\n`);
    await writeFile(join(out, `${name}.png`), images.find((i) => i.size === 1024).png);
    await writeFile(join(out, `${name}.ico`), ico(images.filter((i) => [16, 24, 32, 48, 64, 128, 256].includes(i.size))));
    await writeFile(join(out, `${name}.icns`), icns(images));
    // Linux wants a folder of sizes named WxH.png (electron-builder's linux.icon).
    if (name === 'icon') for (const { size, png } of images) if (size <= 512) await writeFile(join(out, 'png', `${size}x${size}.png`), png);
  }
  console.log(`Icons written to ${out}`);
} finally {
  await browser.close();
}
