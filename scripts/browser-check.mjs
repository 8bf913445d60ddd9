// Drives headless Chromium (Debian's, through playwright-core) over the built site: screenshots
// of the key pages, a search for Chinese words with keyboard navigation, the level picker, no
// horizontal overflow on desktop and phone widths, and no console errors. Exits non-zero on a
// failure. Usage: node scripts/browser-check.mjs SITE_DIR SHOTS_DIR
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import path from "node:path";

const require = createRequire(path.join(process.env.RUNGS_NODE_MODULES, "noop.js"));
const { chromium } = require("playwright-core");
const [site, shots] = process.argv.slice(2);
const url = (p) => pathToFileURL(path.join(site, p)).href;
const fail = (msg) => { console.error("FAIL: " + msg); process.exit(1); };

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const errors = [];
page.on("pageerror", (e) => errors.push(e.message));
page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });

const pages = {
  home: "index.html",
  level: "sequences/sales/s2.html",
  competency: "competencies/customer-orientation.html",
  compare: "sequences/sales/compare/s1-s2.html",
  matrix: "sequences/marketing/index.html",
};
for (const [name, p] of Object.entries(pages)) {
  for (const [width, label] of [[1280, "desktop"], [390, "phone"]]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(url(p));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) fail(`${p} overflows by ${overflow}px at ${width}px`);
    await page.screenshot({ path: path.join(shots, `${name}-${label}.png`) });
  }
}
console.log("ok: key pages render without horizontal overflow at 1280 and 390 px");

await page.setViewportSize({ width: 1280, height: 900 });
for (const word of ["客户导向", "谈判", "回款", "crm"]) {
  await page.goto(url("index.html"));
  await page.fill("#search-input", word);
  await page.waitForSelector("#search-results li[role=option]", { timeout: 5000 }).catch(() => fail(`no results for ${word}`));
  const marks = await page.$$eval("#search-results mark", (ms) => ms.map((m) => m.textContent.toLowerCase()));
  if (!marks.includes(word)) fail(`results for ${word} do not highlight it: ${marks.slice(0, 5)}`);
  if (word === "客户导向") await page.screenshot({ path: path.join(shots, "search-客户导向.png") });
}
console.log("ok: search finds and highlights 客户导向, 谈判, 回款 and crm");

await page.goto(url("index.html"));
await page.focus("#search-input");
await page.keyboard.type("客户导向");
await page.waitForSelector("#search-results li[role=option]");
await page.keyboard.press("ArrowDown");
await page.keyboard.press("ArrowDown");
const chosen = await page.$eval("#search-results li[aria-selected=true] a", (a) => a.href);
await Promise.all([page.waitForURL(chosen), page.keyboard.press("Enter")]);
console.log("ok: arrow keys select a result and Enter opens it");

await page.goto(url("sequences/sales/compare.html"));
await page.selectOption("#compare-from", "s3");
await page.selectOption("#compare-to", "s1");
await Promise.all([page.waitForURL(/compare\/s1-s3\.html$/), page.click("#compare-picker button")]);
const heading = await page.textContent("h1");
if (!heading.includes("一级") || !heading.includes("三级")) fail(`picker landed on ${heading}`);
console.log("ok: the level picker compares any two levels");

await page.goto(url("sequences/sales/s2.html"));
await page.keyboard.press("Tab");
const skip = await page.evaluate(() => document.activeElement.className);
if (skip !== "skip") fail(`the first Tab stop is "${skip}", not the skip link`);
await page.emulateMedia({ media: "print" });
await page.screenshot({ path: path.join(shots, "level-print.png"), fullPage: false });
console.log("ok: skip link first in tab order; print stylesheet applied");

if (errors.length) fail("console errors: " + errors.join("; "));
console.log("ok: no console errors");
await browser.close();
