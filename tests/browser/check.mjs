// Opens every page of the built site in headless Chromium (playwright-core,
// Debian's /usr/bin/chromium) and checks it with axe-core. Usage:
//   node check.mjs BASE_URL OUTPUT_DIR SCREENSHOT_DIR NODE_MODULES
import { createRequire } from "node:module";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const [base, outDir, shots, modules] = process.argv.slice(2);
const require = createRequire(join(modules, "noop.js"));
const { chromium } = require("playwright-core");
const axePath = require.resolve("axe-core/axe.min.js");

function pages(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...pages(p));
    else if (name.endsWith(".html")) out.push(relative(outDir, p));
  }
  return out.sort();
}

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let passed = 0, failed = 0;
const fail = (what) => { failed++; console.log(`FAIL ${what}`); };
const ok = (what) => { passed++; console.log(`ok   ${what}`); };
try {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  const external = [];
  page.on("request", (r) => { if (!r.url().startsWith(base)) external.push(r.url()); });
  for (const p of pages(outDir)) {
    const url = `${base}/${p}`;
    const resp = await page.goto(url, { waitUntil: "load" });
    if (!resp || resp.status() !== 200) { fail(`${p}: HTTP ${resp && resp.status()}`); continue; }
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ["violations"] }));
    const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    if (bad.length) fail(`${p}: axe ${bad.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`).join(", ")}`);
    else ok(`${p}: no serious or critical axe violations (${result.violations.length} minor)`);
    await page.screenshot({ path: join(shots, p.replaceAll("/", "_") + ".png"), fullPage: true });
  }
  // The Arabic page reads right to left, and its switcher leads to Spanish.
  await page.goto(`${base}/ar/neuroblastoma-research.html`);
  const dir = await page.evaluate(() => getComputedStyle(document.documentElement).direction);
  dir === "rtl" ? ok("ar: computed direction is rtl") : fail(`ar: computed direction is ${dir}`);
  const para = await page.evaluate(() => getComputedStyle(document.querySelector("main p")).textAlign);
  ["start", "right"].includes(para) ? ok(`ar: text aligns to the start (${para})`) : fail(`ar: text-align ${para}`);
  await page.click('nav.languages a[hreflang="es"]');
  await page.waitForLoadState("load");
  const lang = await page.evaluate(() => document.documentElement.lang);
  page.url().endsWith("/es/neuroblastoma-research.html") && lang === "es"
    ? ok("ar: the switcher opens the Spanish page")
    : fail(`ar: switcher led to ${page.url()} (lang ${lang})`);
  // English fallback in the Arabic page is marked left-to-right English.
  await page.goto(`${base}/ar/neuroblastoma-research.html`);
  const fb = await page.evaluate(() => {
    const el = document.querySelector(".fallback");
    return el && { lang: el.lang, dir: getComputedStyle(el).direction };
  });
  fb && fb.lang === "en" && fb.dir === "ltr" ? ok("ar: fallback text is lang=en, ltr") : fail(`ar: fallback ${JSON.stringify(fb)}`);
  // The helpline number reads left to right inside Arabic text: its first
  // digit is drawn left of its last one.
  const order = await page.evaluate(() => {
    const a = document.querySelector('a[href^="tel:"]');
    const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode();
    const text = node.textContent;
    const rect = (i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect().left; };
    return { text, first: rect(text.indexOf("1")), last: rect(text.lastIndexOf("5")) };
  });
  order.first < order.last ? ok(`ar: the phone number ${order.text} reads left to right`) : fail(`ar: phone number drawn reversed ${JSON.stringify(order)}`);
  // A phone's width (390 CSS px): no article page scrolls sideways, and the
  // helpline number stays on one line (a narrow right-to-left column broke it).
  await page.setViewportSize({ width: 390, height: 800 });
  for (const p of pages(outDir).filter((p) => p.endsWith("neuroblastoma-research.html"))) {
    await page.goto(`${base}/${p}`);
    const m = await page.evaluate(() => {
      const w = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > w + 1 || el.getBoundingClientRect().left < -1)
        .map((el) => `${el.tagName} ${(el.textContent || "").slice(0, 40)}`);
      const tel = document.querySelector('a[href^="tel:"]');
      return { wide: wide.slice(0, 3), telLines: tel ? tel.getClientRects().length : 1 };
    });
    m.wide.length ? fail(`${p} at 390 px: wider than the screen: ${m.wide.join("; ")}`) : ok(`${p} at 390 px: nothing wider than the screen`);
    m.telLines === 1 ? ok(`${p} at 390 px: the phone number is on one line`) : fail(`${p} at 390 px: the phone number breaks over ${m.telLines} lines`);
  }
  external.length ? fail(`requests outside the site: ${[...new Set(external)].join(", ")}`) : ok("no request left the site");
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
