// Drives headless Chromium against `rungs serve` as an editor uses it: a page opens and
// connects; a broken edit (a misspelt category) draws the overlay with the file, line, column,
// source line and help over the page still shown (screenshots at desktop and phone width, axe
// over the overlay); fixing the file clears it and an edit reloads the page with the new text.
// Exits non-zero on a failure.
// Usage: node scripts/serve-check.mjs RUNGS CONTENT_COPY SHOTS_DIR
import { createRequire } from "node:module";
import path from "node:path";
import fs from "node:fs";
import { spawn } from "node:child_process";

const require = createRequire(path.join(process.env.RUNGS_NODE_MODULES, "noop.js"));
const { chromium } = require("playwright-core");
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const [rungs, content, shots] = process.argv.slice(2);
const fail = (msg) => { console.error("FAIL: " + msg); server.kill(); process.exit(1); };

const server = spawn(rungs, ["serve", content, "--port", "0"], { stdio: ["ignore", "ignore", "pipe"] });
const port = await new Promise((resolve, reject) => {
  let seen = "";
  let found = null;
  server.stderr.on("data", (chunk) => {
    seen += chunk;
    const m = seen.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
    if (m) found = Number(m[1]);
    if (found && /^build 1:/m.test(seen)) resolve(found);
  });
  server.on("exit", () => reject(new Error("rungs serve exited: " + seen)));
});
const base = `http://127.0.0.1:${port}`;
const file = path.join(content, "competencies/customer-orientation.yaml");
const original = fs.readFileSync(file, "utf8");

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const errors = [];
const open = async (width, height) => {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text() + " " + (m.location().url || "")); });
  await page.goto(`${base}/competencies/customer-orientation.html`);
  return page;
};
const desktop = await open(1280, 900);
const phone = await open(390, 844);
for (const page of [desktop, phone]) {
  if (await page.locator("#rungs-problems").count()) fail("an overlay on a good build");
}

// Break the file: the overlay appears on both pages, over the page still there.
fs.writeFileSync(file, original.replace(/^category: (\S+)/m, "category: $1x"));
for (const page of [desktop, phone]) {
  await page.waitForSelector("#rungs-problems", { timeout: 20000 });
}
const text = await desktop.locator("#rungs-problems").innerText();
for (const want of ["1 处错误", "competencies/customer-orientation.yaml:", "category:", "建议"]) {
  if (!text.includes(want)) fail(`the overlay lacks "${want}": ${text}`);
}
if (!(await desktop.locator("main, article, body").first().innerText()).includes("客户导向")) {
  fail("the last good page is gone under the overlay");
}
await desktop.screenshot({ path: path.join(shots, "serve-overlay-desktop.png") });
await phone.screenshot({ path: path.join(shots, "serve-overlay-phone.png") });
const overflow = await phone.evaluate(() => {
  const panel = document.querySelector("#rungs-problems > div");
  return panel.scrollWidth > panel.clientWidth + 1 || panel.getBoundingClientRect().right > window.innerWidth + 1;
});
if (overflow) fail("the overlay overflows the phone's width");
await desktop.addScriptTag({ content: axeSource });
const axe = await desktop.evaluate(async () =>
  (await window.axe.run("#rungs-problems")).violations.filter((v) => ["serious", "critical"].includes(v.impact))
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`));
if (axe.length) fail("axe on the overlay: " + axe.join("; "));

// A YAML mistake in another file replaces the overlay with its own, pointing at the line.
const sequence = path.join(content, "sequences/sales.yaml");
const sequenceText = fs.readFileSync(sequence, "utf8");
fs.writeFileSync(file, original);
fs.writeFileSync(sequence, sequenceText.replace(/^name: (.*)$/m, "name: [$1"));
await desktop.waitForFunction(
  () => (document.querySelector("#rungs-problems") || {}).innerText?.includes("sequences/sales.yaml"),
  null, { timeout: 20000 });
await desktop.screenshot({ path: path.join(shots, "serve-overlay-yaml-desktop.png") });
fs.writeFileSync(sequence, sequenceText);
await desktop.waitForFunction(() => !document.querySelector("#rungs-problems"), null, { timeout: 20000 });

// Fix it and change the name: the overlay goes and the page reloads with the new name.
const reloaded = desktop.waitForEvent("load", { timeout: 20000 });
fs.writeFileSync(file, original.replace("name: 客户导向", "name: 客户导向（修订）"));
await reloaded;
await desktop.waitForFunction(() => document.body.innerText.includes("客户导向（修订）"), null, { timeout: 20000 });
if (await desktop.locator("#rungs-problems").count()) fail("the overlay stayed after the fix");
await desktop.screenshot({ path: path.join(shots, "serve-fixed-desktop.png") });
fs.writeFileSync(file, original);

if (errors.length) fail("console errors: " + errors.join("; "));
await browser.close();
server.kill();
console.log("ok: serve in Chromium: overlay on a broken edit (desktop and phone, axe clean), cleared and reloaded on the fix");
