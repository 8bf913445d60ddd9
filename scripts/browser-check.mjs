// Drives headless Chromium (Debian's, through playwright-core) over the built site: screenshots
// of the key pages, a search for Chinese words with keyboard navigation and a result that lands
// on its section with the words marked, the level picker, the phone menu, no horizontal
// overflow on desktop and phone widths, axe-core over every page (no serious or critical
// violation), the 404 page served by a web server at a deep URL, the running head of printed
// pages, and no console errors. Exits non-zero on a failure.
// Usage: node scripts/browser-check.mjs SITE_DIR SHOTS_DIR
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import path from "node:path";
import fs from "node:fs";
import http from "node:http";
import { execFileSync } from "node:child_process";

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
  behaviours: "sequences/marketing/m2.html",
  position: "sequences/sales/positions/sales-manager.html",
  oneline: "competencies/integrity.html",
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

// The phone menu: closed at first (content first), opened by its button, closed by Escape.
await page.emulateMedia({ media: "screen" });
await page.setViewportSize({ width: 390, height: 844 });
await page.goto(url("sequences/sales/s2.html"));
if (await page.isVisible("#site-nav")) fail("the navigation shows before the menu is opened on a phone");
const mainTop = await page.$eval("main", (m) => m.getBoundingClientRect().top);
if (mainTop > 300) fail(`the content starts ${mainTop}px down on a phone`);
await page.click("#menu-toggle");
if (!(await page.isVisible("#site-nav a[aria-current=page]"))) fail("the menu button does not open the navigation");
if ((await page.getAttribute("#menu-toggle", "aria-expanded")) !== "true") fail("aria-expanded not set");
await page.screenshot({ path: path.join(shots, "menu-open-phone.png") });
await page.keyboard.press("Escape");
if (await page.isVisible("#site-nav")) fail("Escape does not close the menu");
console.log("ok: the phone menu opens and closes; content comes first");

// A search result lands on its section, scrolled into view, with the words marked.
await page.setViewportSize({ width: 1280, height: 900 });
await page.goto(url("index.html"));
await page.fill("#search-input", "回款");
await page.waitForSelector("#search-results li[role=option]");
const groups = await page.$$eval("#search-results .group-label", (g) => g.map((x) => x.textContent));
if (!groups.length) fail("results are not grouped by kind of page");
await Promise.all([page.waitForURL(/\?hl=.*#/), page.keyboard.press("Enter")]);
const landing = await page.evaluate(() => {
  const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  const marks = [...document.querySelectorAll("mark.hit")];
  const section = target && (target.closest("section, article") || target.parentElement);
  return {
    hash: location.hash,
    marks: marks.map((m) => m.textContent),
    inSection: marks.some((m) => section && section.contains(m)),
    top: target ? target.getBoundingClientRect().top : -1,
    height: window.innerHeight,
  };
});
if (!landing.marks.includes("回款") || !landing.inSection) fail(`the landing marks nothing in ${landing.hash}: ${JSON.stringify(landing)}`);
// At the top of the window, or lower when the page cannot scroll further.
if (landing.top < 0 || landing.top > landing.height - 60) fail(`the section ${landing.hash} is not scrolled into view (${landing.top}px)`);
await page.screenshot({ path: path.join(shots, "search-landing.png") });
console.log(`ok: a search result lands on ${landing.hash} with the words marked (groups: ${groups.join(", ")})`);

// The site over HTTP below /standards/ (as base_url says), with 404.html for missing pages.
const server = http.createServer((req, res) => {
  const prefix = "/standards/";
  const rel = req.url.split("?")[0].startsWith(prefix) ? decodeURIComponent(req.url.split("?")[0].slice(prefix.length)) : null;
  const file = rel !== null ? path.join(site, rel || "index.html") : null;
  const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript" };
  if (file && file.startsWith(site) && fs.existsSync(file) && fs.statSync(file).isFile()) {
    res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    res.end(fs.readFileSync(file));
  } else {
    res.writeHead(404, { "content-type": types[".html"] });
    res.end(fs.readFileSync(path.join(site, "404.html")));
  }
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}/standards/`;

// axe-core over every page: no serious or critical violation.
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const htmlPages = [];
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p); else if (e.name.endsWith(".html")) htmlPages.push(path.relative(site, p));
  }
})(site);
let checked = 0;
const axeFailures = [];
for (const p of htmlPages.sort()) {
  await page.goto(base + p);
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 2).map((n) => n.target.join(" ")).join("; ")}`);
  });
  if (violations.length) axeFailures.push(`${p}: ${violations.join(" | ")}`);
  checked++;
}
if (axeFailures.length) fail(`axe:\n${axeFailures.join("\n")}`);
console.log(`ok: axe-core finds no serious or critical violation on ${checked} pages`);

// The 404 page, served for a missing page deep in the site, is styled and its links work.

await page.goto(base + "sequences/sales/no/such/page.html");
const styled = await page.evaluate(() => getComputedStyle(document.querySelector(".top")).position);
if (styled !== "sticky") fail("the 404 page at a deep URL is not styled");
await page.screenshot({ path: path.join(shots, "404-deep.png") });
await Promise.all([page.waitForURL(base + "index.html"), page.click("main a")]);
const home = await page.textContent("h1");
if (!home || !home.trim()) fail("the 404 page's link does not reach the home page");
await page.goto(base + "a/b/c/d.html");
const navLink = await page.$eval(".nav a", (a) => a.href);
if (!navLink.startsWith(base)) fail(`the 404 page's navigation leaves the site: ${navLink}`);
server.close();
console.log("ok: the 404 page works when served at any depth");

// Printed pages carry the standard's name and edition, and the page number; the site's header,
// search box and navigation are not printed.
await page.emulateMedia({ media: "print" });
await page.goto(url("sequences/sales/s2.html"));
const pdfPath = path.join(shots, "level-print.pdf");
await page.pdf({ path: pdfPath, format: "A4", printBackground: true });
const printed = execFileSync("pdftotext", ["-layout", pdfPath, "-"]).toString().split("\f").filter((p) => p.trim());
const title = await page.$eval(".brand-title", (e) => e.textContent);
if (printed.length < 2) fail("the printed level fits one page; the running head is not tested");
printed.forEach((text, i) => { if (!text.includes(title)) fail(`printed page ${i + 1} lacks the standard's name`); });
const placeholder = await page.getAttribute("#search-input", "placeholder");
if (printed.join("").includes(placeholder.slice(0, 6))) fail("the search box is printed");
console.log(`ok: each of ${printed.length} printed pages carries the standard's name and edition`);

// A missing page answers 404, which the browser logs; that is the test, not an error.
const unexpected = errors.filter((e) => !e.includes("status of 404"));
if (unexpected.length) fail("console errors: " + unexpected.join("; "));
console.log("ok: no console errors");
await browser.close();
